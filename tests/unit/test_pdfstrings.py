"""A PDF's page contents written with their strings' bytes raw: the same instructions, fewer bytes (issue 16)."""
from __future__ import annotations

import io

import pikepdf
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import pdf, pdfstrings, typeset

URL = "https://example.test/policy/fr/2024-03-01/"
TEXT = """---
date: 2024-03-01
---

# Politique d’essai (version « courte »)

## 1. Données

Nous traitons vos **données** (nom, adresse\\) et vos données de contact : 3 ans, 1 an — c:\\temp\\000.

| Donnée | Durée |
|---|---|
| nom | 3 ans |
"""


def instructions(content: bytes) -> bytes:
    """`content` as qpdf reads it, written back in its one way: two streams that draw the same read the same."""
    with pikepdf.new() as doc:
        return pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pikepdf.Stream(doc, content)))


def test_every_escape_typst_writes_is_read_as_the_same_string_and_those_that_must_be_stay_escaped():
    content = (b"/Span<</MCID 0/Lang(fr)>>BDC\nBT 0 Tr/f0 9 Tf 1 0 0 -1 0 0 Tm"
               b"[(\\000\\001\\000\\n\\000\\r\\000\\t\\000\\b\\000\\f\\000\\177\\000\\037A)-7"
               b"(\\000\\(\\000\\)\\000\\\\\\000\\\\000 (balanced) \\\\\\\\\\001)80(\\000\\003)]TJ\nET\nEMC")
    shorter = pdfstrings.unescaped(content)
    assert instructions(shorter) == instructions(content)
    assert len(shorter) < len(content) and b"\\000" not in shorter.replace(b"\\\\000", b"")
    # a backslash, a parenthesis and a carriage return are still escaped: a raw CR in a string reads as a newline
    assert b"\x00\\(\x00\\)\x00\\\\\x00\\\\000" in shorter and b"\x00\\r\x00" in shorter and b"\r" not in shorter
    assert pdfstrings.unescaped(b"BT [(plain text)] TJ ET") == b"BT [(plain text)] TJ ET"


def test_a_stream_with_an_escape_typst_never_writes_is_left_as_written():
    """PDF reads `\\a` as `a` where Python's decoding reads a bell, and `\\050` written raw would be a bare
    parenthesis: such a stream is kept as it is."""
    for odd in (b"(\\000\\a)", b"(\\000\\x41)", b"(\\000\\050)", b"(\\000\\8)", b"(\\000\\\n)", b"(\\000\\015)"):
        content = b"BT [" + odd + b"] TJ ET"
        assert pdfstrings.unescaped(content) == content, odd


def test_a_printed_pdf_draws_what_typst_drew_in_fewer_bytes(monkeypatch):
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    page = pdf.source(TEXT.encode("utf-8"), env=env, lang="fr", version="2024-03-01", url=URL)
    monkeypatch.setitem(typeset.OPTIONS, "font_codes", "two bytes")  # (pdfcodes' own: test_perf8_pdf_codes)
    printed = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
    monkeypatch.setitem(typeset.OPTIONS, "content_strings", "escaped")  # as Typst writes them
    escaped = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
    with pikepdf.open(io.BytesIO(printed)) as new, pikepdf.open(io.BytesIO(escaped)) as old:
        assert len(new.pages) == len(old.pages)
        for now, before in zip(new.pages, old.pages):
            assert b"\\000" in before.Contents.read_bytes() and b"\\000" not in now.Contents.read_bytes()
            assert instructions(now.Contents.read_bytes()) == instructions(before.Contents.read_bytes())
            assert len(now.Contents.read_raw_bytes()) < len(before.Contents.read_raw_bytes())
    assert len(printed) < len(escaped)
