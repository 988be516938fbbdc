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
    assert cli.verify(argparse.Namespace(branch="gh-pages", print_pdfs=False), tmp_path) == cli.OK
    said = capsys.readouterr().out
    assert said.startswith("gh-pages")
    assert "14" in said and "5 " in said
    assert "0 " not in said and "rebuilt" not in said and "reconstruite" not in said
    assert said == messages.say("verify.ok/none-rebuilt", {"branch": "gh-pages", "files": 14, "versions": 2,
                                                           "archive_files": 5}, lang) + "\n"
