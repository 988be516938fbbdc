"""The commits `policy import` writes are in the site's language (leads47): a French site's history, which its legal
team reads (git log), said "Import the French text…" in English while every line the command printed was French."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

TEXT = ("# Politique de confidentialité\n\nDernière mise à jour : {day}\n\n## 1. Qui sommes-nous\n\nExemple SAS vend des "
        "outils de jardin Zorglubix.\n\n## 2. Contact\n\nÉcrivez à dpo@exemple.test.{more}\n")


def _old_site(path: Path) -> Path:
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    for when, day, more in (("2021-01-07T10:00:00+00:00", "5 janvier 2021", ""),
                            ("2022-03-02T10:00:00+00:00", "1 mars 2022", " Ou appelez-nous.")):
        (path / "politique.md").write_text(TEXT.format(day=day, more=more), encoding="utf-8")
        git(path, "add", "-A")
        git(path, "commit", "-q", "-m", f"politique {when}", date=when)
    return path


def test_a_french_sites_import_commits_are_in_french_whoever_runs_it(initialized, tmp_path, capsys, monkeypatch):
    old = _old_site(tmp_path / "old")
    site = initialized(tmp_path / "site", "--company", "Exemple SAS", "--languages", "fr,en")
    before = git(site, "rev-parse", "HEAD").strip()
    monkeypatch.setenv("POLICY_MESSAGES", "en")  # one user's terminal in English: the team's history stays French
    assert cli.main(["--root", str(site), "import", "--lang", "fr", "--git", str(old / "politique.md")]) == 0
    capsys.readouterr()
    log = git(site, "log", "--reverse", "--format=%B%x00", f"{before}..HEAD").split("\x00")
    messages = [message.strip() for message in log if message.strip()]
    subjects = [message.splitlines()[0] for message in messages]
    assert subjects[:2] == ["Import du texte en français en vigueur à partir du 5 janvier 2021",
                            "Import du texte en français en vigueur à partir du 1er mars 2022"], subjects
    assert subjects[2:] == ["Import\u00a0: 1 mot du texte importé en français absent du dictionnaire français, ajouté "
                            "à docs/fr/.words.txt"], subjects
    first = messages[0]
    commit = git(old, "log", "--reverse", "--format=%H").split()[0]
    assert f"\n\nSource\u00a0: politique.md au commit {commit} de " in first, first
    assert ", commité le 7 janvier 2021\u00a0: daté du " in first and " le jour que son texte indique " in first, first
    assert "\n\nModifié à l'import\u00a0:\n- ligne 11\u00a0: 1 adresse nue écrite (" in first, first
    for message in messages:  # nothing of it in English
        assert "Import the" not in message and "Import:" not in message and "From " not in message, message
        assert " at commit " not in message and "committed " not in message and "dictionary" not in message, message


def test_an_english_sites_import_commits_stay_in_english_whoever_runs_it(initialized, tmp_path, capsys, monkeypatch):
    old = _old_site(tmp_path / "old")
    site = initialized(tmp_path / "site", "--company", "Exemple SAS", "--languages", "en")
    monkeypatch.setenv("POLICY_MESSAGES", "fr")
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "politique.md")]) == 0
    capsys.readouterr()
    message = git(site, "log", "-1", "--format=%B", "--grep", "Import the English text").strip()
    assert message.startswith("Import the English text in force from March 1, 2022\n\nFrom politique.md at commit "), message
