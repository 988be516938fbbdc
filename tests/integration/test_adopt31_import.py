"""Adopt31: a company's past versions as it really keeps them: a translation saved among the versions of its
authoritative text is no new version of it. Synthetic texts of a fictional company."""
from __future__ import annotations

import subprocess
from pathlib import Path

from policysite import cli

FRENCH = ("# Politique de confidentialité\n\nDernière mise à jour : {day}\n\n## 1. Qui sommes-nous\n\nExample SAS vend "
          "des outils de jardin et des graines à ses clients en France{more}.\n\n## 2. Vos droits\n\nVous pouvez "
          "demander une copie de vos données à tout moment en nous écrivant à Example SAS, Privacy Team.\n")
ENGLISH = ("# Privacy policy\n\nLast updated: March 1, 2021\n\n## 1. Who we are\n\nExample SAS sells garden tools and "
           "seeds to its customers in France.\n\n## 2. Your rights\n\nYou may ask for a copy of your data at any time "
           "by writing to us.\n")


def _log(site: Path) -> list[str]:
    return subprocess.run(["git", "-C", str(site), "log", "--format=%s"], capture_output=True, text=True,
                          check=True).stdout.split("\n")


def test_a_translation_among_the_versions_is_refused_naming_its_language(tmp_path, capsys):
    """The English page saved in the French folder between two French versions (`politique-2021-04-01.md`) was
    committed as the French text of 1 April, and the French text of 1 May after it as another version: the site
    published English as French. Refused, naming the file, its language and the command that imports it; nothing
    imported. French words with English names in them stay French."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "politique-2021-03-01.md").write_text(FRENCH.format(day="1er mars 2021", more=""), encoding="utf-8")
    (folder / "politique-2021-04-01.md").write_text(ENGLISH, encoding="utf-8")
    (folder / "politique-2021-05-01.md").write_text(FRENCH.format(day="1er mai 2021", more=" et en Belgique"),
                                                    encoding="utf-8")
    before = _log(site)
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--messages", "en", "--lang", "fr", str(folder)]) != 0
    err = capsys.readouterr().err
    assert "error: 1 file is not in French: politique-2021-04-01.md is in English (97% of its words are in the " \
           "English dictionary, " in err
    assert "a translation, not a new version of the French text: take it out of the files given, and import it " \
           "with --lang en (nothing imported)" in err
    assert _log(site) == before
    (folder / "politique-2021-04-01.md").unlink()
    assert cli.main(["--root", str(site), "import", "--messages", "en", "--lang", "fr", str(folder)]) == 0
    assert len(_log(site)) == len(before) + 3  # two versions and the word list
