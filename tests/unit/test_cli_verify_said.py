"""`policy verify`'s last line, as the command says it."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from policysite import cli, messages, verify as verification


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_verify_says_no_rebuild_it_did_not_make(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, lang):
    """Round 11: an archive none of whose versions was rebuilt (each built by another generator, its text checked
    against its source instead, as its note says) ended "0 versions rebuilt from their source commit came out byte
    for byte as published": a proof of nothing, said as one."""
    report = verification.Verification(versions=2, files=14, archive_files=5, rebuilt=0)
    monkeypatch.setattr(verification, "verify", lambda **_: report)
    monkeypatch.setenv(messages.ENVIRONMENT, lang)
    assert cli.verify(argparse.Namespace(branch="gh-pages", print_pdfs=False, messages=None), tmp_path) == cli.OK
    said = capsys.readouterr().out
    assert said.startswith("gh-pages")
    assert "14" in said and "5 " in said
    assert "0 " not in said and "rebuilt" not in said and "reconstruite" not in said
    assert said == messages.say("verify.ok/none-rebuilt", {"branch": "gh-pages", "files": 14, "versions": 2,
                                                           "archive_files": 5}, lang) + "\n"


def test_verify_of_a_branch_with_no_version_says_nothing_is_published_yet():
    """Session 37's list: a branch with no version yet ended "0 files of 0 versions match the publication record; 0 files of the
    history … are as the manifests give" ("0 fichier de 0 version conforme …"): nothing was published, and it says so."""
    empty = verification.said_ok(verification.Verification(), branch="gh-pages")
    assert empty == "gh-pages: nothing is published yet (no version): there is nothing to verify"
    assert messages.said_in(empty, "fr") == ("gh-pages\u00a0: rien n'est encore publié (aucune version)\u00a0: il n'y "
                                             "a rien à vérifier")
    one = verification.said_ok(verification.Verification(versions=1, files=7, archive_files=3, rebuilt=1),
                               branch="gh-pages")
    assert one.startswith("gh-pages: 7 files of 1 version match the publication record; 3 files of the history"), one
