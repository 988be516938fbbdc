"""The checks a build runs beside itself: forked or as a process, the same findings as `policy check`."""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from policysite import background, checks
from tests.helpers import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the site sources whose English page says one word twice."""
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    page = tmp_path / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Automatic backup", "Automatic automatic backup", 1),
                    encoding="utf-8")
    return tmp_path


def test_forked_checks_give_what_policy_check_gives(project):
    assert threading.active_count() == 1
    running = background.Checks(root=project, lang="en")
    assert running._pid is not None  # forked, not a second interpreter
    found = running.result()
    assert found == checks.check_project(root=project, langs=["en"])
    assert [f.rule for f in found] == ["editorial.doubled-word"]


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
    with pytest.raises(background.CheckError, match="extra.policy is missing"):
        background.Checks(root=project, lang="fr").result()


def test_cancel_leaves_nothing_running(project):
    running = background.Checks(root=project, lang="en")
    pid = running._pid
    running.cancel()
    with pytest.raises(ChildProcessError):  # killed and reaped
        os.waitpid(pid, 0)
