"""legal31: an imported history whose English text still translates an older French version (French changed on 1 March
and 1 May 2024, the English text of 15 January imported as the page of each later version, as `policy import` commits
it: `import.translates-earlier`). The English page of 1 March said "Last updated: March 1, 2024" over words of 15
January, and nothing of the French text it no longer translates. It now says the day its words last changed, and that
the French text of the version, which prevails, is newer, linking it; the version's manifest records that day
(`words`), so that the next version's page and a rebuild say it too; a page whose words are its version's says its
version's date as before."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, manifest as mf

pytestmark = pytest.mark.usefixtures("fixed_git")

FR = ("# Politique de confidentialité\n\n## 1. Données\n\nNous collectons le nom.\n\n## 2. Durée\n\n"
      "Nous gardons les données {years} ans.\n")
EN = "# Privacy policy\n\n## 1. Data\n\nWe collect the name.\n\n## 2. Retention\n\nWe keep the data for 3 years.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    top = tmp_path_factory.mktemp("legal31")
    site = top / "site"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    (top / "fr").mkdir()
    (top / "en").mkdir()
    for day, years in (("2024-01-15", 3), ("2024-03-01", 5), ("2024-05-01", 4)):
        (top / "fr" / f"politique-{day}.md").write_text(FR.format(years=years), encoding="utf-8")
    (top / "en" / "policy-2024-01-15.md").write_text(EN, encoding="utf-8")
    assert cli.main(["--root", str(site), "import", "--lang", "fr", str(top / "fr")]) == 0
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(top / "en")]) == 0
    assert cli.main(["--root", str(site), "history"]) == 0
    return site


def _line(site: Path, path: str) -> str:
    page = git(site, "show", f"gh-pages:{path}")
    start = page.index('<p class="policy-updated"')
    return page[start:page.index("</p>", start) + 4]


@pytest.mark.parametrize("version", ["2024-03-01", "2024-05-01"])
def test_the_english_page_says_when_its_words_last_changed_and_that_the_french_text_is_newer(site, version):
    said = _line(site, f"en/{version}/index.html")
    month = {"2024-03-01": "March 1, 2024", "2024-05-01": "May 1, 2024"}[version]
    assert said == (
        '<p class="policy-updated"><time datetime="2024-01-15">Last updated: January 15, 2024</time> The '
        f'<a href="../../fr/{version}/" hreflang="fr">French text of {month}</a>, which prevails, is newer: this '
        'translation does not include its changes yet.</p>'), said
    manifest = mf.VersionManifest.loads(git(site, "show", f"gh-pages:manifest/{version}.json"))
    assert manifest.languages["en"].changes["words"] == "2024-01-15"
    assert "words" not in manifest.languages["fr"].changes


def test_pages_whose_words_are_their_version_s_say_its_date(site):
    assert _line(site, "en/2024-01-15/index.html") == (
        '<p class="policy-updated"><time datetime="2024-01-15">Last updated: January 15, 2024</time></p>')
    french = _line(site, "fr/2024-03-01/index.html")
    assert french.startswith('<p class="policy-updated"><time datetime="2024-03-01">Dernière mise à jour') and \
        "<a " not in french, french
    manifest = json.loads(git(site, "show", "gh-pages:manifest/2024-01-15.json"))
    assert "words" not in manifest["languages"]["en"]["changes"]


def test_the_archive_keeps_saying_it_when_rebuilt(site, capsys):
    capsys.readouterr()
    assert cli.main(["--root", str(site), "verify"]) == 0, capsys.readouterr()


def test_an_old_record_without_the_day_still_reads():
    raw = {"version": "2024-03-01", "languages": {"en": {"source": {"path": "docs/en/index.md", "commit": "0" * 40,
                                                                      "sha256": "0" * 64},
                                                           "files": {}, "changes": {"previous": "2024-01-15"}}}}
    read = mf.VersionManifest.loads(json.dumps(raw))
    assert mf.changes_problem(read.languages["en"].changes) == ""
    assert mf.changes_problem({"previous": "2024-01-15", "words": "15 janvier"}) != ""
