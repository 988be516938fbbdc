"""A section inserted before others, the others only renumbered (redline23): the text, Markdown and HTML redlines say
the run once ("§3–§6 → §4–§7 (4 renumbered, text unchanged)", render.shifted); the PDF and the Word redline, which set
every section's text, said each of its headings "§3 → §4 … (renumbered, text unchanged)", a redline of every later
heading drowning the one section added. They say the run once too, before its first section (render.in_runs): the PDF
sets each heading with its new number alone, Word keeps its number a revision (accepting every revision gives the
new numbers, rejecting them the old) without a status under it."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from policysite import docxactions, pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.render import in_runs, run_heading, run_status
from policysite.strings import aside, redline_labels
from unit.test_redline import policy, renumber
from unit.test_redline14_word import read, reading

TEXTS = {"en": ["Intro", "Data", "Rights", "Security", "Transfers", "End"],
         "fr": ["Introduction", "Données", "Droits", "Sécurité", "Transferts", "Fin"]}
ADDED = {"en": "## 2. Cookies\n\nWe set no cookie without your consent.\n\n",
         "fr": "## 2. Témoins\n\nNous ne déposons aucun témoin sans votre accord.\n\n"}


def _diff(lang: str) -> tuple[redline.Redline, object, object]:
    old = "".join(f"## {n}. {title}\n\nThe text of {title.lower()} stays as it was.\n\n"
                  for n, title in enumerate(TEXTS[lang], start=1))
    first = old.index("## 2.")
    new = old[:first] + ADDED[lang] + renumber(old[first:], start=2)
    a, b = policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang)
    return redline.diff(a, b), a, b


def _line(r: redline.Redline, lang: str) -> str:
    t = redline_labels(lang)
    (run,) = {id(run): run for run in in_runs(r).values()}.values()
    assert len(run) == 5
    return run_heading(run, t["section"]) + aside(run_status(run, t, lang), lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pdf_says_the_run_once_and_sets_each_heading_with_its_new_number(lang):
    r, _, _ = _diff(lang)
    printed = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang=lang)).split())
    t = redline_labels(lang)
    assert printed.count(" ".join(_line(r, lang).split())) == 2  # (the summary, and the text before its first)
    assert t["text_unchanged"] not in printed.replace(" ".join(_line(r, lang).split()), "")
    assert printed.count("→") == 2, printed
    for n, title in enumerate(TEXTS[lang][1:], start=3):
        assert f"§{n} {title}" in printed or f"§ {n} {title}" in printed, (n, printed)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_says_the_run_once_its_numbers_still_revisions(lang):
    r, old, new = _diff(lang)
    data = render_docx(r, author="Acme", lang=lang)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    t = redline_labels(lang)
    assert paragraphs.count(_line(r, lang)) == 2  # (the summary's link, and the text before its first)
    assert not [p for p in paragraphs if t["text_unchanged"] in p and p != _line(r, lang)]
    body = docx.Document(io.BytesIO(data)).element.body
    assert len([d for d in body.iter(qn("w:del")) if d.getparent().tag == qn("w:p")]) == 5  # (each old number)
    assert docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)
