"""Redlines a lawyer files, in every format (redline15): the PDF's headings at the level each heading is written at,
as the Word redline's, not the level its number would say."""
from __future__ import annotations

from policysite import redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import heading_level
from unit.test_redline import edit, policy

SITE = "Zephyr Widgets policies"


def _levels(body: str) -> list[int]:
    r = redline.diff(policy(body), policy(edit(body, "kept", "held"), date="2030-02-01"))
    return [s["level"] for s in redline_pdf.data(r, site=SITE, lang="en")["sections"]]  # type: ignore[index,union-attr]


def test_the_pdf_sets_a_heading_at_its_written_level_not_its_numbers():
    # numbered 1.1 but written `##` (a document whose levels do not follow its numbers): a section, not a subsection
    flat = "## 1. One\n\nFirst words kept.\n\n## 1.1 Flat\n\nWords kept here.\n\n## 2. Two\n\nLast words kept.\n"
    assert _levels(flat)[1:] == [2, 2, 2]
    # a subsection without a number under a numbered section: written `###`, one level below it
    unnumbered = "## 1. One\n\nFirst words kept.\n\n### Backups\n\nBackups kept.\n\n## 2. Two\n\nLast words.\n"
    assert _levels(unnumbered)[1:] == [2, 3, 2]
    # `### 2.1.1` under `## 2`: the level it is written at (3), as the Word redline's style says
    deep = "## 2. Two\n\nFirst words kept.\n\n### 2.1.1 Deep\n\nDeep words kept.\n"
    assert _levels(deep)[1:] == [2, 3]


def test_the_pdf_and_the_word_redline_agree_on_every_headings_level():
    body = ("## 1. One\n\nFirst words kept.\n\n## 1.1 Flat\n\nWords kept.\n\n### Backups\n\nBackups kept.\n\n"
            "#### 1.1.1.1 Deepest\n\nDeep words.\n")
    r = redline.diff(policy(body), policy(edit(body, "kept", "held"), date="2030-02-01"))
    pdf_levels = [s["level"] for s in redline_pdf.data(r, site=SITE, lang="en")["sections"]]  # type: ignore[index,union-attr]
    assert pdf_levels == [heading_level(s.number, s.new_level) for s in r.sections] == [2, 2, 2, 3, 4]
