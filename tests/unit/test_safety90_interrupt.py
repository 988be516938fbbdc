"""safety90: a Ctrl-C while `policy` reads its arguments (half a second into `policy publish`, before the command ran)
ended with Python's traceback, some 30 lines ending in argparse's, where a Ctrl-C during the command says
`error: interrupted` (exit 130)."""
from __future__ import annotations

import argparse

import pytest

from policysite import cli


def _interrupted(*_args, **_kwargs):
    raise KeyboardInterrupt


@pytest.mark.parametrize(("messages", "said"), [("en", "error: interrupted\n"), ("fr", "error: interrompu\n")])
def test_a_ctrl_c_while_the_arguments_are_read_is_an_error_line(tmp_path, monkeypatch, capsys, messages, said):
    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", _interrupted)
    assert cli.main(["--root", str(tmp_path), "--messages", messages, "publish"]) == 130
    out, err = capsys.readouterr()
    assert err == said and out == ""


def test_a_second_ctrl_c_while_the_error_is_said_is_said_in_english(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", _interrupted)
    monkeypatch.setattr(cli.arguments, "language", _interrupted)
    assert cli.main(["--root", str(tmp_path), "--messages", "fr", "publish"]) == 130
    assert capsys.readouterr().err == "error: interrupted\n"


_INTERRUPTED_IMPORT = """
import builtins, sys
real = builtins.__import__
def imported(name, *args, **kwargs):
    if name == "policysite.findings":  # a module the command reads first, as a Ctrl-C half a second in finds it
        raise KeyboardInterrupt
    return real(name, *args, **kwargs)
builtins.__import__ = imported
from policysite.cli import main
sys.exit(main())
"""


def test_a_ctrl_c_while_the_command_reads_its_modules_is_an_error_line(tmp_path):
    """As the `policy` script starts: `from policysite.cli import main`, interrupted in cli's own imports."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", _INTERRUPTED_IMPORT, "--root", str(tmp_path), "publish"],
                            capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr, result.stdout) == (130, "error: interrupted\n", "")


@pytest.mark.parametrize("number", [28, 122, 27])  # ENOSPC, EDQUOT, EFBIG
def test_a_full_disk_is_said_with_what_to_do(number):
    import errno
    import os

    from policysite import messages

    said, code = cli.error_of(OSError(number, os.strerror(number)))
    assert number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    assert code == cli.REFUSED and said.key == "cli.disk-full"
    assert messages.said_in(said, "fr").startswith("le disque est plein, ou un fichier a atteint la taille")


def test_another_file_error_keeps_its_words():
    from policysite import messages

    assert cli.error_of(FileNotFoundError(2, "No such file or directory", "x.md")) == (
        "[Errno 2] No such file or directory: 'x.md'", cli.REFUSED)
    own = OSError(messages.Said("files.unchanged", path="x", reason="No space left on device"))
    assert cli.error_of(own)[0].key == "files.unchanged"
