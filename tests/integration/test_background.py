"""The checks a build runs beside itself: forked or as a process, the same findings as `policy check`."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from policysite import background, checks, preview
from tests.helpers import copy_project, until


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the site sources whose English page says one word twice."""
    copy_project(tmp_path)
    page = tmp_path / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Automatic backup", "Automatic automatic backup", 1),
                    encoding="utf-8")
    return tmp_path


def in_fresh_python(project: Path, code: str) -> list[str]:
    """Run `code` in a new interpreter (no other thread, as `mkdocs build`); its printed lines."""
    script = f"from pathlib import Path\nfrom policysite import background\nroot = Path({str(project)!r})\n{code}"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def test_forked_checks_give_what_policy_check_gives(project):
    shown = in_fresh_python(project, "running = background.Checks(root=root, lang='en')\n"
                                     "print(running._pid is not None)\n"
                                     "for finding in running.result(): print(finding)")
    assert shown[0] == "True"  # forked, not a second interpreter
    assert shown[1:] == [str(f) for f in checks.check_project(root=project, langs=["en"])]
    assert len(shown) == 2 and "[editorial.doubled-word]" in shown[1]


def test_with_other_threads_the_checks_run_as_a_process(project):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # as `mkdocs serve`'s server thread
    other.start()
    try:
        running = background.Checks(root=project, lang="en")
        assert running._process is not None
        found = running.result()
    finally:
        stop.set()
        other.join()
    assert found == checks.check_project(root=project, langs=["en"])


def test_checks_that_cannot_run_say_why(project):
    (project / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")  # no extra.policy
    with pytest.raises(background.CheckError, match=r"settings \(`extra.policy`\) are missing"):
        background.Checks(root=project, lang="fr").result()


def test_checks_whose_process_was_killed_say_so_in_the_site_s_language(project, monkeypatch):
    """Forked or as a `policy check` process, checks killed before their answer are named in the catalogue's words
    (a French site's build log read "the checks' process ended with status 9" inside its French line). The checks
    wait until they are killed: however busy the machine, none ends first."""
    shown = in_fresh_python(project, "import os, signal, threading\nfrom policysite import checks, preview\n"
                                     "checks.check_project = lambda **_: threading.Event().wait()\n"
                                     "running = background.Checks(root=root, lang='en')\n"
                                     "os.kill(running._pid, signal.SIGKILL)\n"
                                     "try:\n    running.result()\nexcept background.CheckError as exc:\n"
                                     "    print(preview.checks_failed(exc, 'fr'))\n"
                                     "    print(preview.checks_failed(exc, 'en'))")
    assert shown == ["les vérifications de la politique n'ont pas pu s'exécuter\u00a0: le processus des vérifications "
                     "s'est terminé avec le statut 9",
                     "the policy checks could not run: the checks' process ended with status 9"]
    popen = subprocess.Popen
    asleep = [sys.executable, "-c", "import time; time.sleep(600)"]  # a `policy check` that never answers
    monkeypatch.setattr(subprocess, "Popen", lambda _args, **kw: popen(asleep, **kw))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # as `mkdocs serve`'s server thread: a `policy check` process
    other.start()
    try:
        running = background.Checks(root=project, lang="en")
        assert running._process is not None
        running._process.kill()
        with pytest.raises(background.CheckError) as raised:
            running.result()
    finally:
        stop.set()
        other.join()
    assert preview.checks_failed(raised.value, "fr") == ("les vérifications de la politique n'ont pas pu "
                                                         "s'exécuter\u00a0: policy check s'est terminé avec le code -9")


def test_cancel_leaves_nothing_running(project):
    shown = in_fresh_python(project, "import os\nrunning = background.Checks(root=root, lang='en')\n"
                                     "pid = running._pid\nrunning.cancel()\n"
                                     "try:\n    os.waitpid(pid, 0)\nexcept ChildProcessError:\n    print('reaped')")
    assert shown == ["reaped"]


def _interruptible() -> None:
    """Ctrl-C stops the child as it stops a reader's server, even where the suite was started with SIGINT ignored (a
    background job of a shell without job control): a child inherits an ignored signal, and mkdocs serve then ran on
    for 30 s, was killed and left its mkdocs_* folder (the speed task's flake, 3 of 4 background runs)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_preview_shows_the_findings_and_keeps_serving(project, tmp_path):
    """`make preview`: mkdocs serve --no-strict logs each finding and serves the page all the same; stopped as
    a reader stops it (Ctrl-C), it removes the folder it served from."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-f", "mkdocs.en.yml",
                               "-a", f"127.0.0.1:{port}"], cwd=project, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(tmp_path)},
                              preexec_fn=_interruptible)
    lines, page = [], ""
    try:
        for line in server.stdout:
            lines.append(line)
            if "Serving on" in line:
                break
        url = f"http://127.0.0.1:{port}/politique-de-confidentialite/en/"

        def served() -> bool:
            nonlocal page
            try:
                page = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
            except OSError:
                return False
            return True

        until(served, what=f"{url} served")
    finally:
        server.send_signal(signal.SIGINT)  # SIGTERM would leave mkdocs's mkdocs_* folder behind
        try:
            server.wait(timeout=120)  # a net only: mkdocs ends at once, when a busy machine gets to it
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    log = "".join(lines) + server.stdout.read()
    assert not list(tmp_path.glob("mkdocs_*")), log
    assert "WARNING -  policy: docs/en/index.md:" in log and "[editorial.doubled-word]" in log, log
    assert "Automatic automatic backup" in page
