"""The command line where the shell's folder is gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import cli


def test_a_command_run_from_a_deleted_folder_says_so_without_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys):
    """Adoption hunt 29: `policy check` in a folder deleted since the shell entered it (a site made again with
    `rm -rf` and `policy init` from another terminal) ended in Python's FileNotFoundError traceback."""
    def gone() -> Path:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "cwd", staticmethod(gone))
    assert cli.main(["check"]) == 2
    assert capsys.readouterr().err == ("error: the current folder no longer exists (deleted or moved since the shell "
                                       "entered it): cd to the site's folder, or give it with --root\n")


def test_a_redline_that_cannot_be_written_where_asked_is_said_in_words(tmp_path, capsys):
    """Legal hunt 36: `policy diff … -o <a folder>` ended "error: [Errno 21] Is a directory: '…'"."""
    from policysite import cli

    assert cli._write_output(str(tmp_path), b"x") == cli.USAGE
    assert f"error: {tmp_path} is a folder: name the file to write, such as {tmp_path / 'redline.docx'}" in \
        capsys.readouterr().err
    assert cli._write_output(str(tmp_path / "no" / "r.md"), b"x") == cli.USAGE
    assert f"{tmp_path / 'no'} does not exist: create it first" in capsys.readouterr().err
    assert cli._write_output(str(tmp_path / "r.md"), b"x") == cli.OK and (tmp_path / "r.md").read_bytes() == b"x"


def test_a_command_run_from_a_deleted_folder_says_so_in_the_language_asked_for(monkeypatch: pytest.MonkeyPatch,
                                                                                 capsys):
    """Where the folder is gone no site's setting can be read: $POLICY_MESSAGES (or --messages) names the language."""
    def gone() -> Path:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "cwd", staticmethod(gone))
    monkeypatch.setenv("POLICY_MESSAGES", "fr")
    assert cli.main(["check"]) == 2
    assert capsys.readouterr().err == ("error: le dossier courant n'existe plus (supprimé ou déplacé depuis que le "
                                       "terminal y est entré)\u00a0: placez-vous dans le dossier du site (cd), ou "
                                       "indiquez-le avec --root\n")


def test_history_s_progress_on_a_terminal_is_said_in_the_site_s_language(capsys):
    """`policy history` on a terminal rewrites one line, version by version: in French on a French site."""
    progress = cli._progress("fr")
    progress(1, 2, "2021-02-17", 1.25)
    progress(2, 2, "2022-03-01", 3.0)
    assert capsys.readouterr().err == ("\r\x1b[Kversion 1 sur 2\u00a0: 2021-02-17 (1,2 s)"
                                       "\r\x1b[Kversion 2 sur 2\u00a0: 2022-03-01 (3,0 s)\n")
    cli._progress("en")(1, 1, "2021-02-17", 0.5)
    assert capsys.readouterr().err == "\r\x1b[Kversion 1 of 1: 2021-02-17 (0.5s)\n"
