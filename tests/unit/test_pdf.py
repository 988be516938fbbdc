"""A version's PDF: drawn from the document model, the same bytes at every build, tagged in its language."""
from __future__ import annotations

import hashlib
import re
import subprocess

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, ROOT, poppler
from policysite import document, layout, pdf

URL = "https://example.test/policy/fr/2024-03-01/"
TEXT = """---
date: 2024-03-01
---

# Politique d’essai

Introduction en **gras** ici.

## 1. Données

Nous traitons vos **données** et vos **données** de contact.

- premier point
    - point imbriqué
- second point

| Donnée | Durée |
|---|---|
| nom | 3 ans |
| adresse | 1 an |

## 2. Droits {#droits}

Écrivez à dpo@example.test.
"""


def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)


def test_runs_mark_each_bold_span_in_order():
    assert layout.runs("a b a c", ("a", "a")) == [("a", True), (" b ", False), ("a", True), (" c", False)]
    assert layout.runs("plain", ()) == [("plain", False)]
    assert layout.runs("x", ("missing",)) == [("x", False)]


def test_parts_group_items_into_nested_lists_and_rows_into_a_table_with_its_header():
    policy = document.parse(TEXT, path="fr/index.md", lang="fr")
    parts = layout.parts(policy.sections[0].blocks)
    assert [p.kind for p in parts] == ["paragraph", "list", "table"]
    items = parts[1].items
    assert [i.runs for i in items] == [[("premier point", False)], [("second point", False)]]
    assert [c.runs for c in items[0].children] == [[("point imbriqué", False)]]
    assert parts[2].header == ("Donnée", "Durée") and parts[2].rows == [("nom", "3 ans"), ("adresse", "1 an")]


def test_html_names_the_language_the_date_the_digest_and_each_section_by_its_anchor():
    source = TEXT.encode("utf-8")
    page = pdf.html(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    assert '<html lang="fr">' in page and "<title>Politique d’essai</title>" in page
    assert "Version du 1er mars 2024." in page and URL in page and hashlib.sha256(source).hexdigest() in page
    assert re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>', page) == [("s1", "1 Données"), ("droits", "2 Droits")]
    assert "<strong>gras</strong>" in page
    assert "<link" not in page and "<script" not in page and "src=" not in page  # nothing to fetch


def test_the_same_source_gives_the_same_bytes_and_another_url_other_bytes():
    source = TEXT.encode("utf-8")
    first = pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    assert first.startswith(b"%PDF-1.7")
    assert pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL) == first
    assert pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL + "x") != first


def test_the_frozen_policy_prints_every_section_title(tmp_path):
    source = (FROZEN / "en" / "index.md").read_bytes()
    policy = document.parse(source.decode("utf-8"), path="en/index.md", lang="en")
    path = tmp_path / "policy.pdf"
    path.write_bytes(pdf.render_pdf(source, env=env(), lang="en", version="2021-02-17", url=URL))
    text = " ".join(subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Version of February 17, 2021." in text
    missing = [s.title for s in policy.sections if f"{s.numeral} {s.title}".strip() not in text]
    assert missing == [] and len(policy.sections) > 20


def test_an_undated_page_has_no_pdf():
    with pytest.raises(pdf.PdfError, match="no date"):
        pdf.html(b"# Title\n\n## 1. One\n\nText.\n", env=env(), lang="fr", version="2024-03-01", url=URL)


def test_a_failure_of_the_print_engine_is_said_and_never_a_traceback(monkeypatch):
    import weasyprint

    def fail(*args, **kwargs):
        raise RecursionError("nested too deeply")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", fail)
    with pytest.raises(pdf.PdfUnavailable, match=r"fr/2024-03-01: no PDF: the print engine failed \(RecursionError"):
        pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
