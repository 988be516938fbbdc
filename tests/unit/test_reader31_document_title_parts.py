"""The document's title (`# Politique de <span lang="en">cookies</span>`) keeps the parts it marks as written in another
language in the redlines (reader31, WCAG 3.1.2), as a section's heading does since reader30: the changes page's title
line, the Word redline's title (Heading 1) runs and the PDF's title data. Policy had no marks for its title: the
preamble's title was drawn unmarked."""
from __future__ import annotations

import io
import json

import docx
from docx.oxml.ns import qn
from selectolax.lexbor import LexborHTMLParser

from policysite import docxactions, redline, safety
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_asides import ENV
from unit.test_redline import policy

BODY = "## 1. Objet\n\nTexte un.\n\n## 2. Autre\n\nTexte deux.\n"
TITLE = 'Politique de <span lang="en">cookies</span> et <q lang="de">Daten</q>'
RENAMED = 'Politique des <span lang="en">cookies and trackers</span> et <q lang="de">Daten</q>'


def _diff(old: str, new: str, *, old_body: str = BODY, new_body: str = BODY) -> redline.Redline:
    return redline.diff(policy(old_body, lang="fr", title=old), policy(new_body, date="2030-02-01", lang="fr",
                                                                        title=new))


def _spans(markup: str, selector: str) -> list[tuple[str, str, str]]:
    page = LexborHTMLParser(markup)
    return [(str(node.parent.tag), str(node.attributes["lang"]), node.text()) for node in page.css(selector)
            if node.parent is not None]


def test_the_documents_title_parts_are_read_from_its_heading():
    said = policy(BODY, lang="fr", title=TITLE)
    assert said.title == "Politique de cookies et Daten"
    assert [(said.title[a:b], code) for a, b, code in said.title_parts] == [("cookies", "en"), ("Daten", "de")]
    for plain in ("Politique de cookies", 'Politique de <span class="x">cookies</span>',
                  'Politique <span lang="x&quot; onclick=&quot;y">cookies</span>'):
        assert policy(BODY, lang="fr", title=plain).title_parts == (), plain


def test_a_renamed_documents_title_line_marks_its_parts_inside_its_marks():
    markup = redline.render_html(_diff(TITLE, RENAMED), env=ENV, lang="fr")
    assert _spans(markup, ".redline-title span[lang]") == [
        ("p", "en", "cookies"), ("ins", "en", "and trackers"), ("p", "de", "Daten")]
    page = (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Changes</title></head><body>'
            f'<div class="md-content"><article class="md-content__inner md-typeset">{markup}</article></div>'
            "</body></html>")
    found = [v.message for v in safety.check_page(page, file="fr/changes/index.html", theme_dirs=())]
    assert found == ["the page has no Content-Security-Policy"]  # (the theme's head, which this page has not)


def test_a_title_given_by_the_front_matter_has_no_parts():
    old = policy(BODY, lang="fr", title=TITLE)
    new = policy(BODY, date="2030-02-01", lang="fr", title="x")
    new.title, new.meta["title"] = "", "Politique de cookies, revue"  # an imported page's title: plain words
    markup = redline.render_html(redline.diff(old, new), env=ENV, lang="fr")
    # the words kept are the new title's, plain; the old one's deleted part keeps its language
    assert _spans(markup, ".redline-title span[lang]") == [("del", "de", "Daten")]


def _title_parts(data: bytes) -> list[tuple[str, str, str]]:
    out = []
    for paragraph in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != "Heading1":
            continue
        for run in paragraph.iter(qn("w:r")):
            lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            if lang is not None:
                out.append((run.getparent().tag.split("}")[1],
                            "".join(t.text or "" for t in run.iter(qn("w:t"), qn("w:delText"))).strip(),
                            lang.get(qn("w:val"))))
    return out


def test_the_word_redlines_title_names_its_parts_language():
    data = render_docx(_diff(TITLE, RENAMED), author="Acme", lang="fr")
    assert _title_parts(data) == [("p", "cookies", "en"), ("ins", "and trackers", "en"), ("p", "Daten", "de")]
    unchanged = render_docx(_diff(TITLE, TITLE, new_body=BODY.replace("un.", "un, revu.")), author="Acme", lang="fr")
    assert _title_parts(unchanged) == [("p", "cookies", "en"), ("p", "Daten", "de")]
    assert docxactions.docx_action(data) == ""


def test_the_pdfs_title_data_says_its_parts_language():
    for new, want in ((RENAMED, [["", "cookies", "en"], ["insert", "and trackers", "en"], ["", "Daten", "de"]]),
                      (TITLE, [["", "cookies", "en"], ["", "Daten", "de"]])):
        data = redline_pdf.data(_diff(TITLE, new, new_body=BODY.replace("un.", "un, revu.")), site="Acme", lang="fr")
        title = data["sections"][0]["heading"]
        assert [[op[0], op[1].strip(), op[3]] for op in title if len(op) > 3] == want, new
        json.dumps(data)


def test_a_title_without_parts_draws_what_it_drew():
    data = redline_pdf.data(_diff("Politique", "Politique", new_body=BODY.replace("un.", "un, revu.")), site="Acme",
                            lang="fr")
    assert data["sections"][0]["heading"] == [["", "Politique"]]
