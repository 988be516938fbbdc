"""The pool of builds, ended before its results were all taken (Ctrl-C, a failure): nothing of it outlives the call."""
from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import multiprocessing
import threading
import time

from helpers import until
from policysite import building


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _pool_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate()
            if isinstance(thread, concurrent.futures.process._ExecutorManagerThread) and thread.is_alive()]


def test_an_ended_pool_leaves_no_worker_and_no_thread_to_race_the_interpreter_s_exit(monkeypatch):
    """The pool's own thread, left running after its workers were ended, raced the interpreter's exit: now and then
    "Exception ignored … OSError: [Errno 9] Bad file descriptor" after "error: interrupted" (CI, stop 49). Here
    that thread is slowed as it closes its pipe, so that the race is not left to chance."""
    manager = concurrent.futures.process._ExecutorManagerThread
    real = manager.join_executor_internals

    def slowly(self):
        time.sleep(0.5)
        real(self)

    monkeypatch.setattr(manager, "join_executor_internals", slowly)
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))
    futures = [pool.submit(_sleep, 30) for _ in range(4)]
    until(lambda: any(future.running() for future in futures), what="a build running in the pool")
    assert _pool_threads()
    building._end_pool(pool, futures)
    assert not multiprocessing.active_children()
    assert not _pool_threads()
