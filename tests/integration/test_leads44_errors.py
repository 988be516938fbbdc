"""Leads 44: one rule for the `error:` lines of bad input: `policy import` names a source it cannot import (broken,
empty) by its file's name, as the converters do, and exits 2 for each; the checks that cannot run say their error's
words, not Python's name of it (session 43)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import git
from policysite import cli
from tests.helpers import copy_project

pytestmark = pytest.mark.usefixtures("fixed_git")

BAD = {"empty-2021-02-17.html": b"<html><body><p>   </p></body></html>",
       "broken-2021-03-01.docx": b"not a zip at all",
       "title-2021-04-01.html": b"<html><body><h1>Privacy</h1><script src=app.js></script></body></html>",
       "nothing-2021-05-01.md": b""}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_source_import_cannot_read_is_named_by_its_name_and_exits_2(tmp_path, capsys, monkeypatch, name):
    """An empty page said its path (absolute where given so) and exited 1, a broken .docx its name and exited 2."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    head = git(site, "rev-parse", "HEAD")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / name).write_bytes(BAD[name])
    capsys.readouterr()
    monkeypatch.chdir(site)
    for given in (f"../old/{name}", str(tmp_path / "old" / name), "../old"):
        assert cli.main(["import", "--lang", "en", given]) == 2, given
        err = capsys.readouterr().err
        assert err.startswith(f"error: {name}: ") and err.count("\n") == 1, (given, err)
    assert git(site, "rev-parse", "HEAD") == head and git(site, "status", "--porcelain") == ""


# The checks as a strict build runs them, in a process of one thread (a fork) or beside another (a new process):
# printed by a fresh interpreter, so that the threads a test worker holds (other tests' servers) do not choose.
_CHECKS = """
import sys, threading
from pathlib import Path
from policysite import background, preview
stop = threading.Event()
other = threading.Thread(target=stop.wait)
if sys.argv[2] == "process":
    other.start()
try:
    running = background.Checks(root=Path(sys.argv[1]), lang="fr")
    print("forked" if running._process is None else "process")
    try:
        running.result()
        print("no error")
    except background.CheckError as error:
        print(preview.checks_failed(error, "en"))
finally:
    stop.set()
"""


@pytest.mark.parametrize("kind", ["forked", "process"])
def test_checks_that_cannot_run_say_the_words_of_their_error_not_its_class(tmp_path, kind):
    """A strict build logged "the policy checks could not run: SettingsError: mkdocs.yml: …" (forked), or "… could not
    run: error: mkdocs.yml: …" (a `policy check` process, beside `mkdocs serve`'s threads)."""
    copy_project(tmp_path)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")  # no extra.policy
    done = subprocess.run([sys.executable, "-c", _CHECKS, str(tmp_path), kind], capture_output=True, text=True,
                          timeout=120, check=False)
    how, _, said = done.stdout.partition("\n")
    assert how == kind, (done.stdout, done.stderr)
    assert "the site's settings (`extra.policy`) are missing" in said and "Error:" not in said and "error:" not in said, said
