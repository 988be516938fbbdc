"""helpers.policy_process: `policy` in a forked process ends as the command's own process does."""
from __future__ import annotations

from pathlib import Path

from helpers import one_language_project, policy_process
from policysite import typeset


def _print_servers(tmp: Path) -> list[int]:
    """Processes of the print engine (`python -m policysite.typeset`) started with TMPDIR=`tmp`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:  # not a process, or ended meanwhile
            continue
        if b"policysite.typeset" in command and f"TMPDIR={tmp}".encode() in environ:
            found.append(int(entry.name))
    return found


def test_a_command_ends_with_its_print_server_and_its_folder(tmp_path, monkeypatch):
    """A command exits through Python's exit, which waits for its print server (typeset's finalizer): its empty
    folder is gone when the command ends. The fork left by os._exit without it: the server and its `policy-typeset-…`
    folder outlived the command, and test_gate's check of the scratch folder failed as often as not."""
    project = one_language_project(tmp_path / "site")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(typeset, "_printed", {})  # the glyph probe printed in the command, not found printed here
    result = policy_process(["--root", str(project), "check"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert _print_servers(scratch) == [] and list(scratch.iterdir()) == []


def test_a_command_in_process_says_what_its_fork_says_and_leaves_the_process_as_it_was(tmp_path):
    """helpers.policy_in_process, which the tests not about the process use instead of a fork: the same exit codes,
    stdout and stderr as the fork's (argparse's usage error, a refusal of a folder without settings), standard input
    empty, and the test's folder, environment and standard streams as they were."""
    import os
    import sys

    from helpers import policy_in_process

    before = os.getcwd(), dict(os.environ), (sys.stdin, sys.stdout, sys.stderr)
    env = {**os.environ, "POLICY_TEST_MARK": "set"}
    for argv in (["--no-such-option"], ["--root", str(tmp_path), "check"], ["--root", str(tmp_path), "diff", "a", "b"]):
        forked = policy_process(argv, cwd=tmp_path, env=env)
        here = policy_in_process(argv, cwd=tmp_path, env=env)
        assert (here.returncode, here.stdout, here.stderr) == (forked.returncode, forked.stdout, forked.stderr)
        assert here.returncode != 0 and here.stderr
    assert (os.getcwd(), dict(os.environ), (sys.stdin, sys.stdout, sys.stderr)) == before
