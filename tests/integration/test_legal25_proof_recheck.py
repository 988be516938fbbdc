"""legal25: `policy at DAY --proof`, filed as is by a DPO, named the source commit, the fingerprints of the source and
of the published page and PDF, and the commit that added the publication record, but not how anyone checks them again
without this tool (an auditor, a court's expert, years later). Its last line now gives the git and sha256sum commands;
run as written in the repository, they print the very fingerprints and the commit the proof states."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGES = {"fr": "---\ndate: 2024-05-01\n---\n\n# Politique de confidentialité\n\n## 1. Qui sommes-nous\n\nExample SAS "
               "vend des outils de jardin.\n",
         "en": "---\ndate: 2024-05-01\n---\n\n# Privacy policy\n\n## 1. Who we are\n\nExample SAS sells garden "
               "tools.\n"}


def _published(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    for lang, text in PAGES.items():
        (site / "docs" / lang / "index.md").write_text(text, encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def _shell(site: Path, command: str) -> str:
    return subprocess.run(["bash", "-c", command], cwd=site, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_proof_says_how_to_check_it_with_git_alone_and_its_commands_print_what_it_states(tmp_path, capsys, lang):
    site = _published(tmp_path)
    capsys.readouterr()
    assert cli.main(["--root", str(site), "at", "2024-06-01", "--proof", "--messages", lang]) == 0
    said = capsys.readouterr()
    lines = (said.out + said.err).replace("\u00a0", " ").splitlines()
    recheck = next(line for line in lines if line.startswith(("to check it without this tool",
                                                              "pour le vérifier sans cet outil")))
    commands = re.findall(r"`([^`]+)`", recheck)
    source, page, added, record = commands
    fingerprints = re.findall(r"\b[0-9a-f]{64}\b", "\n".join(lines))
    assert _shell(site, source).split()[0] == fingerprints[0]  # the source line's, first
    assert _shell(site, page).split()[0] in fingerprints[1:]  # the published page's, as its line says
    commit = _shell(site, added).split()[0]
    assert commit == git(site, "rev-parse", "gh-pages").strip() and any(commit in line for line in lines[:-1])
    assert _shell(site, page).split()[0] in _shell(site, record)  # the record lists it
