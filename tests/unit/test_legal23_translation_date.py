"""legal23: a translation left at its old date while the authoritative page announces a new version.

French set `date: 2027-02-01` and `announced: 2026-12-07`; English kept `date: 2025-01-10`. Besides `sync.date` ("give
it date: 2027-02-01"), the English page was told "announced 2026-12-07 is after the version's date, January 10, 2025"
at its date line: of an `announced:` it does not have, judged against the date it is told to change. A translation
whose date is not its authoritative page's is judged on its date alone (present, a real day); sync.date says the rest.
"""
from __future__ import annotations

import datetime as dt

from policysite import checks, document, sync

TODAY = dt.date(2026, 12, 7)
BODY = "# P\n\n## 1. Objet\n\nTexte.\n"


def _page(front: str, lang: str) -> document.Policy:
    return document.parse(f"---\n{front}\n---\n\n{BODY}", path=f"docs/{lang}/index.md", lang=lang)


def test_a_translation_at_its_old_date_is_told_the_date_once():
    french = _page("date: 2027-02-01\nannounced: 2026-12-07", "fr")
    english = _page("date: 2025-01-10", "en")
    assert checks.date_findings(french, today=TODAY) == []
    assert checks.date_findings(english, today=TODAY, notice=french) == []
    assert [f.rule for f in sync.compare(french, english)] == ["sync.date"]


def test_a_translation_at_the_same_date_is_judged_by_the_authoritative_notice():
    french = _page("date: 2027-01-01\nannounced: 2026-12-07", "fr")
    english = _page("date: 2027-01-01", "en")
    assert [f.rule for f in checks.date_findings(english, today=TODAY, notice=french)] == ["frontmatter.notice"]
    invalid = _page("date: 2025-02-30", "en")  # its own date still judged
    assert [f.rule for f in checks.date_findings(invalid, today=TODAY, notice=french)] == ["frontmatter.date-invalid"]
