"""A part a section's heading marks as written in another language (`## 1. Le <span lang="en">cloud</span> public`)
keeps its language in the redlines (reader30, WCAG 3.1.2): the changes page's heading, summary and title line, the
Word redline's heading runs (`w:lang`) and the PDF's heading data; its words kept, inserted or deleted. Section had no
marks: the title was drawn unmarked, as the block's parts were before reader29."""
from __future__ import annotations

import io
import json

import docx
from docx.oxml.ns import qn
from selectolax.lexbor import LexborHTMLParser

from policysite import document, docxactions, redline, safety
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_asides import ENV
from unit.test_redline import policy

OLD = '## 1. Le <span lang="en">cloud</span> public\n\nTexte un.\n\n## 2. Autre\n\nTexte deux.\n'
RENAMED = OLD.replace("<span lang=\"en\">cloud</span> public", "<span lang=\"en\">cloud computing</span> privé")
TEXT_ONLY = OLD.replace("Texte un.", "Texte un, revu.")


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(old, lang="fr"), policy(new, date="2030-02-01", lang="fr"))


def _page(old: str, new: str) -> LexborHTMLParser:
    return LexborHTMLParser(redline.render_html(_diff(old, new), env=ENV, lang="fr"))


def _spans(page: LexborHTMLParser, selector: str) -> list[tuple[str, str, str]]:
    return [(str(node.parent.tag), str(node.attributes["lang"]), node.text()) for node in page.css(selector)
            if node.parent is not None]


def test_the_sections_title_parts_are_read_from_its_heading():
    text = '## 2. Le <span lang="en">cloud</span> et <q lang="de">Daten</q> {#x}\n\nTexte.\n'
    (section,) = policy(text, lang="fr").sections
    assert section.title == "Le cloud et Daten"
    assert [(section.title[a:b], code) for a, b, code in section.title_parts] == [("cloud", "en"), ("Daten", "de")]
    for plain in ("## 2. Le cloud\n\nTexte.\n", '## 2. Le <span class="x">cloud</span>\n\nTexte.\n',
                  '## 2. Le <span lang="x&quot; onclick=&quot;y">cloud</span>\n\nTexte.\n'):
        assert policy(plain, lang="fr").sections[0].title_parts == (), plain
    assert isinstance(document.Section("1", "t", 2, 1).title_parts, tuple)


def test_a_renamed_titles_line_marks_its_part_inside_its_marks():
    page = _page(OLD, RENAMED)
    assert _spans(page, ".redline-title span[lang]") == [("p", "en", "cloud"), ("ins", "en", "computing")]
    # the heading and the summary's link show the new title, its part marked
    assert _spans(page, ".redline-section h2 span[lang]") == [("h2", "en", "cloud computing")]
    assert _spans(page, ".redline-summary a span[lang]") == [("a", "en", "cloud computing")]
    assert "privé" not in " ".join(text for _, _, text in _spans(page, "span[lang]"))


def test_a_section_whose_text_changed_marks_its_headings_part():
    page = _page(OLD, TEXT_ONLY)
    assert _spans(page, ".redline-section h2 span[lang]") == [("h2", "en", "cloud")]
    assert not page.css(".redline-title")


def test_a_section_removed_marks_its_old_titles_part():
    page = _page(OLD, OLD.replace('## 1. Le <span lang="en">cloud</span> public\n\nTexte un.\n\n', ""))
    assert ("h2", "en", "cloud") in _spans(page, ".redline-section h2 span[lang]")


def test_the_changes_page_with_title_parts_passes_the_output_check():
    markup = redline.render_html(_diff(OLD, RENAMED), env=ENV, lang="fr")
    page = (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Changes</title></head><body>'
            f'<div class="md-content"><article class="md-content__inner md-typeset">{markup}</article></div>'
            "</body></html>")
    found = [v.message for v in safety.check_page(page, file="fr/changes/index.html", theme_dirs=())]
    assert found == ["the page has no Content-Security-Policy"]  # (the theme's head, which this page has not)


def _word_parts(data: bytes) -> list[tuple[str, str, str]]:
    body = docx.Document(io.BytesIO(data)).element.body
    out = []
    for paragraph in body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or not style.get(qn("w:val")).startswith("Heading") or style.get(qn("w:val")) == "Heading1":
            continue
        for run in paragraph.iter(qn("w:r")):
            lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            if lang is not None:
                holder = run.getparent().tag.split("}")[1]
                out.append((holder, "".join(t.text or "" for t in run.iter(qn("w:t"), qn("w:delText"))).strip(),
                            lang.get(qn("w:val"))))
    return out


def test_the_word_redlines_heading_names_its_parts_language():
    data = render_docx(_diff(OLD, RENAMED), author="Acme", lang="fr")
    assert _word_parts(data) == [("p", "cloud", "en"), ("ins", "computing", "en")]
    assert _word_parts(render_docx(_diff(OLD, TEXT_ONLY), author="Acme", lang="fr")) == [("p", "cloud", "en")]
    assert docxactions.docx_action(data) == ""


def test_the_pdfs_heading_data_says_its_parts_language():
    for new, want in ((RENAMED, [["", "cloud", "en"], ["insert", "computing", "en"]]), (TEXT_ONLY, [["", "cloud", "en"]])):
        data = redline_pdf.data(_diff(OLD, new), site="Acme", lang="fr")
        said = [[op[0], op[1].strip(), op[3]] for section in data["sections"] for op in section["heading"]
                if len(op) > 3]
        assert said == want, new
        json.dumps(data)


def test_a_title_without_parts_draws_what_it_drew():
    plain = OLD.replace('<span lang="en">cloud</span>', "cloud")
    data = redline_pdf.data(_diff(plain, TEXT_ONLY.replace('<span lang="en">cloud</span>', "cloud")), site="Acme",
                            lang="fr")
    headings = [section["heading"] for section in data["sections"]]
    assert all(len(op) <= 3 for heading in headings for op in heading)
    assert ["", "§1 Le cloud public"] in [op for heading in headings for op in heading]
