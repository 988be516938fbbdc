"""legal16: what a site's publication says of its language, said once where the team can act, not of every version.

A Hebrew site (no spelling dictionary) published three versions: each was "published with 1 warning recorded, not
blocking (spelling.no-dictionary)", a warning of no version's, which nothing the team does on any version removes
(session 49's leftover). Now one line names the versions and the page's line saying why; a version's own warnings
are still said with it."""
from __future__ import annotations

from pathlib import Path

from helpers import git
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)

DAYS = ("2028-03-01", "2028-09-01", "2029-06-15")


def _hebrew(months: int) -> str:
    return f"# מדיניות פרטיות\n\n## 1. מי אנחנו\n\nאנו שומרים את המידע למשך {months} חודשים.\n"


def test_a_language_without_a_dictionary_is_said_once_for_the_versions_published(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Shomrim Ltd", "--languages", "he", "--url", "https://p.example/"])
    archive = tmp_path / "archive"
    archive.mkdir()
    for months, day in enumerate(DAYS, 12):
        (archive / f"policy-{day}.md").write_text(_hebrew(months), encoding="utf-8")
    _run(["import", "--lang", "he", str(archive)], site)
    said = _run(["history"], site)
    assert "published with 1 warning" not in said, said
    assert said.count("spelling.no-dictionary") == 1, said
    page = (site / "docs" / "he" / "index.md").read_text(encoding="utf-8").splitlines()
    line = page.index("# מדיניות פרטיות") + 1
    assert (f"3 versions, {DAYS[0]} to {DAYS[2]}, published without their Hebrew spelling checked: "
            f"docs/he/index.md:{line}: warning: [spelling.no-dictionary] spelling is not checked: there is no Hebrew "
            "dictionary") in said.splitlines(), said
    # a version of its own, later: said of it alone, in the team's language
    text = site / "docs" / "he" / "index.md"
    text.write_text(text.read_text(encoding="utf-8").replace("date: 2029-06-15", "date: 2030-01-10")
                    .replace("14 חודשים", "24 חודשים"), encoding="utf-8")
    git(site, "commit", "-qam", "24 months")
    said = _run(["publish", "--messages", "fr"], site)
    assert "2030-01-10\u00a0: publiée sans vérification de l'orthographe du texte en hébreu\u00a0: " \
           f"docs/he/index.md:{line}: avertissement\u00a0: [spelling.no-dictionary] l'orthographe n'est pas vérifiée\u00a0: " \
           "il n'existe pas de dictionnaire hébreu" in said.splitlines(), said
    assert "publiée avec" not in said, said
