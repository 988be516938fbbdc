"""A version announced ahead of its date (`announced:` before `date:`) says so in its redline, in every format and in
the reader's language, with the day it applies (redline21, session 50's leftover): "Announced on 1 February 2030,
this version takes effect on 1 March 2030; it is not in force before that day." A redline filed or read in the weeks
of notice read as the text in force. A translation without its own `announced:` says the authoritative page's."""
from __future__ import annotations

import io
import re

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import archive, document, pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.render import announced_line
from policysite.strings import long_date, redline_labels

BODY = "# Synthetic policy\n\n## 1. Data\n\nWe keep your data for one year.\n"
OLD = f"---\ndate: 2030-01-15\n---\n\n{BODY}"
NEW = "---\ndate: 2030-03-01\nannounced: 2030-02-01\n---\n\n" + BODY.replace("one year", "two years")
ON_TIME = "---\ndate: 2030-03-01\n---\n\n" + BODY.replace("one year", "two years")


def _diff(old: str, new: str, lang: str) -> redline.Redline:
    return redline.diff(document.parse(old, path=f"{lang}/old.md", lang=lang),
                        document.parse(new, path=f"{lang}/index.md", lang=lang))


def _expected(lang: str) -> str:
    import datetime as dt

    return redline_labels(lang)["announced"].format(announced=long_date(dt.date(2030, 2, 1), lang),
                                                    date=long_date(dt.date(2030, 3, 1), lang))


@pytest.mark.parametrize("lang", ["en", "fr", "de", "ar", "ja"])
def test_every_format_says_an_announced_version_is_not_in_force_before_its_date(lang):
    r = _diff(OLD, NEW, lang)
    said = _expected(lang)
    assert announced_line(r, redline_labels(lang), lang) == said
    assert said in redline.render_text(r, color=False, lang=lang).splitlines()
    assert said in redline.render_markdown(r, lang=lang)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    announced = re.search(r'<p class="redline-announced"[^>]*>(.*?)</p>', html, re.S)
    assert announced and re.sub(r"<[^>]+>", "", announced.group(1)) == said
    assert '<time datetime="2030-02-01"' in announced.group(1) and '<time datetime="2030-03-01"' in announced.group(1)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(r, author="Acme", lang=lang))).paragraphs]
    assert said in paragraphs
    assert said in redline_pdf.data(r, site="Acme", lang=lang)["lines"]


def test_the_printed_pdf_says_it():
    r = _diff(OLD, NEW, "en")
    text = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert _expected("en") in text


@pytest.mark.parametrize("new", [ON_TIME, NEW.replace("announced: 2030-02-01", "announced: 2030-03-01")])
def test_a_version_in_force_once_published_says_nothing_of_it(new):
    r = _diff(OLD, new, "en")
    assert r.announced is None and announced_line(r, redline_labels("en"), "en") == ""
    assert "not in force" not in redline.render_text(r, color=False)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    assert "redline-announced" not in html
    assert not any("not in force" in p.text
                   for p in docx.Document(io.BytesIO(render_docx(r, author="Acme"))).paragraphs)


def test_a_translation_says_the_authoritative_page_s_announcement():
    old = OLD.replace("We keep your data", "Nous gardons vos données")
    new = ON_TIME.replace("We keep your data", "Nous gardons vos données")
    change = archive.changes_of(new, previous_text=old, lang="fr", source_text=NEW)
    assert change is not None and str(change.announced) == "2030-02-01"
    assert announced_line(change, redline_labels("fr"), "fr") == _expected("fr")
    # its own first; and without the authoritative page, nothing (its .docx kept apart: another origin)
    assert archive.changes_of(new, previous_text=old, lang="fr").announced is None
    assert archive.changes_of(new, previous_text=old, lang="fr").origin != change.origin
