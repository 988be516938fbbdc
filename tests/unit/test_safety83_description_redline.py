"""A front matter `description:` changed between two versions: the page shows it under its title (safety81), so the
redline marks it and says the title and introduction changed, in every rendering and language (safety83)."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import archive, document, pdftext, redline
from policysite.redline import docx as word, pdf as redline_pdf

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
BODY = "# Synthetic policy\n\n## 1. Scope\n\nZephyr Widgets keeps fictional records.\n"


def described(description: str | None, *, date: str, lang: str) -> document.Policy:
    front = f"date: {date}\n" + (f"description: {description}\n" if description is not None else "")
    return document.parse(f"---\n{front}---\n\n{BODY}", path=f"{lang}/index.md", lang=lang)


@pytest.mark.parametrize("lang, said", [("en", "no section changed; the title and introduction changed"),
                                        ("fr", "aucune section modifiée\u202f; le titre et l’introduction ont été "
                                               "modifiés")])
def test_a_description_changed_alone_is_marked_and_said(lang: str, said: str) -> None:
    r = redline.diff(described("Fictional records kept thirty days.", date="2030-01-15", lang=lang),
                     described("Fictional records kept ninety days.", date="2030-02-01", lang=lang))
    assert r.changed
    # (what the version's history entry, changes page and feed item say: the title and introduction changed)
    assert archive.summary(r, previous="2030-01-15")["preamble"] is True
    text = redline.render_text(r, color=False, lang=lang)
    assert text.splitlines()[1] == said, text
    assert "[-thirty-]" in text and "{+ninety+}" in text, text
    html = redline.render_html(r, env=ENV, lang=lang)
    assert re.search(r'<del class="redline-del">(<span[^>]*>[^<]*</span>)?thirty</del>', html), html
    assert re.search(r'<ins class="redline-ins">(<span[^>]*>[^<]*</span>)?ninety</ins>', html), html
    markdown = redline.render_markdown(r, lang=lang)
    assert "<del>thirty</del>" in markdown and "<ins>ninety</ins>" in markdown, markdown
    with zipfile.ZipFile(io.BytesIO(word.render_docx(r, author="Legal", lang=lang))) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "<w:del " in xml and ">thirty</w:delText>" in xml and ">ninety</w:t>" in xml, xml
    pdf = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Example", lang=lang)).split())
    assert "[\u2212thirty] [+ninety]" in pdf, pdf


def test_a_description_added_or_removed_is_a_change_the_same_one_none() -> None:
    plain = described(None, date="2030-01-15", lang="en")
    added = redline.diff(plain, described("Records we keep.", date="2030-02-01", lang="en"))
    assert added.changed and "{+Records we keep.+}" in redline.render_text(added, color=False)
    removed = redline.diff(described("Records we keep.", date="2030-01-15", lang="en"),
                           described(None, date="2030-02-01", lang="en"))
    assert removed.changed and "[-Records we keep.-]" in redline.render_text(removed, color=False)
    same = redline.diff(described("Records  we keep.", date="2030-01-15", lang="en"),
                        described("Records we keep.", date="2030-02-01", lang="en"))
    assert not same.changed
    assert not redline.diff(plain, described(None, date="2030-02-01", lang="en")).changed


def test_the_compare_page_marks_a_description_changed_as_policy_diff_does() -> None:
    """policy.json's preamble opens with the description (format 10): the browser's compare page (redline.js) gives
    what `policy diff` gives, the description changed, added or removed."""
    from integration.test_redline_parity import _check

    def text(description: str | None) -> str:
        front = "date: 2030-01-15\n" + (f"description: {description}\n" if description is not None else "")
        return f"---\n{front}---\n\n{BODY}"

    texts = [text("Fictional records kept thirty days."), text("Fictional records kept ninety days."), text(None)]
    _check([(old, new) for old in texts for new in texts if old != new])


def test_an_export_of_a_described_text_before_format_10_is_not_compared() -> None:
    from policysite import export

    source = b"---\ndate: 2030-01-15\ndescription: Records.\n---\n\n# T\n\n## 1. A\n\nText.\n"
    assert not export.comparable({"format": 9}, source) and export.comparable({"format": 10}, source)
    assert export.comparable({"format": 9}, source.replace(b"description: Records.\n", b""))
    assert export.words_of(source, lang="en")[1][0] == ("Records.", None)
