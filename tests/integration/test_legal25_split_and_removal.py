"""legal25: in one change the French text splits §2 in two (its second paragraph becomes a new §3) and removes §4
“Cookies”, so it still has five sections; the English translation is untouched. `policy check` compared the sections
number for number: French §3 “Adresse” with English §3 “Retention” ("numbers differ: French has none; English has 3"),
French §4 “Durée” with English §4 “Cookies”, a cascade of false findings, and no word of the section to translate nor of
the one to remove. The translation's record (`.translated-from.yml`) says which French text each English section was
last in line with: English §3 is French §4 now (renumber it), §3 “Adresse” is to translate, English §4 is to remove;
`policy sync-mark` does not record English §3 in line with French §3."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli, document, staleness, sync

pytestmark = pytest.mark.usefixtures("fixed_git")

FR = """---
date: 2024-05-01
---

# Politique de confidentialité

## 1. Qui sommes-nous

Example SAS vend des outils de jardin.

## 2. Données collectées

Nous collectons votre nom.

Nous collectons votre adresse postale.
{split}
## {retention}. Durée de conservation

Nous gardons vos données 3 ans.
{cookies}
## 5. Contact

Écrivez à dpo@example.test.
"""
COOKIES = "\n## 4. Cookies\n\nNous déposons 2 cookies, décrits sur https://example.test/cookies.\n"
EN = """---
date: 2024-05-01
---

# Privacy policy

## 1. Who we are

Example SAS sells garden tools.

## 2. Data we collect

We collect your name.

We collect your postal address.

## 3. Retention

We keep your data for 3 years.

## 4. Cookies

We set 2 cookies, described on https://example.test/cookies.

## 5. Contact

Write to dpo@example.test.
"""
BEFORE = FR.format(split="", retention=3, cookies=COOKIES)
AFTER = FR.format(split="", retention=4, cookies="").replace(
    "Nous collectons votre nom.\n\nNous collectons votre adresse postale.\n",
    "Nous collectons votre nom.\n\n## 3. Adresse\n\nNous collectons votre adresse postale.\n")


def _site(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    (site / "docs" / "fr" / "index.md").write_text(BEFORE, encoding="utf-8")
    (site / "docs" / "en" / "index.md").write_text(EN, encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Policy of 2024-05-01")
    (site / "docs" / "fr" / "index.md").write_text(AFTER, encoding="utf-8")
    return site


def _lines(site: Path, lang: str, capsys) -> list[str]:
    capsys.readouterr()
    cli.main(["--root", str(site), "check", "--messages", lang])
    said = capsys.readouterr()
    return [line for line in (said.out + said.err).splitlines() if line.startswith("docs/en/index.md")]


def test_check_says_the_section_to_translate_the_one_to_remove_and_the_one_to_renumber(tmp_path, capsys):
    site = _site(tmp_path)
    lines = _lines(site, "en", capsys)
    assert not [line for line in lines if "[sync.numbers]" in line or "[sync.links]" in line], lines
    assert any("[sync.section-missing] §3 “Adresse” is in French, missing in English" in line for line in lines), lines
    assert any(":21: [sync.section-extra] §4 is in English but not in French" in line for line in lines), lines
    renumbered = [line for line in lines if "[sync.section-renumbered]" in line]
    assert renumbered == [next(line for line in lines if line.startswith("docs/en/index.md:17: [sync.section-renumbered] "
                                                                          "English §3 translates French §4 “Durée de "
                                                                          "conservation”"))], lines
    assert "number it §4, as French does" in renumbered[0]
    # §2, whose second paragraph left it, is still said changed since it was translated, as before
    assert any("§2" in line and "[sync." in line for line in lines), lines
    french = _lines(site, "fr", capsys)
    assert any("[sync.section-renumbered] le §3 du texte en anglais traduit le §4 « Durée de conservation » du texte "
               "en français" in line.replace("\u00a0", " ") for line in french), french


def test_sync_mark_all_does_not_record_a_renumbered_section_in_line_with_the_one_under_its_number(tmp_path, capsys):
    site = _site(tmp_path)
    source = document.parse(AFTER, path="docs/fr/index.md", lang="fr")
    english = document.parse(EN, path="docs/en/index.md", lang="en")
    record = staleness.read_record(site / "docs" / "en" / ".translated-from.yml")
    assert sync.shifted_sections(source, english, record) == {2}  # English §3, French §4's translation
    assert sync.shifted_sections(source, english, None) == set()  # (no record: nothing tells it)
