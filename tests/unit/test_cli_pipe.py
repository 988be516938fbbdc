"""The command line when a pipe it writes to is closed."""
from __future__ import annotations

import argparse
import signal
from pathlib import Path

import pytest

from policysite import cli


def test_a_broken_pipe_the_output_check_does_not_see_ends_the_command_without_a_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    """Round 11: a broken pipe where standard output is not a pipe whose reader left (a socket, a pipe to another
    process) printed "error: [Errno 32] Broken pipe", Python's English; it ends silent, exit 141, as Unix tools do."""
    def stopped(args: argparse.Namespace, root: Path) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli.COMMANDS, "check", stopped)
    assert cli.main(["--root", str(tmp_path), "check"]) == 128 + signal.SIGPIPE
    assert capsys.readouterr() == ("", "")
