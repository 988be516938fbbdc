"""Adopt41: a company's Word policy, two dated versions written as Word writes them (page breaks typed between
sentences, cross-references to a section and to a clause, a footnote on a heading; the later one saved by a template with macros, `.docm`),
imported with `policy import`, checked and built: every
word kept apart as Word showed it, and every internal link landing on an element of the built page."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.adoption_pages import text, words
from tests.helpers import policy_in_process
from unit.test_adopt41_word import _bookmarked, _field, _paragraph, _run
from unit.test_convert import docx_parts, docx_with, write_docx

pytestmark = pytest.mark.usefixtures("fixed_git")

_STYLES = '<w:style w:type="paragraph" w:styleId="Titre3"><w:name w:val="heading 3"/></w:style>'
_PAGE = '<w:r><w:br w:type="page"/></w:r>'


def _version(path: Path, retention: str) -> Path:
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(_run("This policy applies to our shop.") + _PAGE + _run("Read section ")
                   + _field([" REF _Ref301 \\r \\h "], "2.1") + _run(" and clause ")
                   + _field([" REF _Ref302 \\h "], "(b)") + _run(".")),
        _paragraph(_run("2. Retention") + '<w:r><w:footnoteReference w:id="1"/></w:r>', "Titre2"),  # (a note on it)
        _bookmarked("_Ref301", _run("2.1 Periods"), "Titre3"),
        _paragraph(_run("We keep:")),
        _paragraph(_run("(a) orders for ten years;")),
        _bookmarked("_Ref302", _run(f"(b) {retention}")),
    ])
    return docx_with(path, body, styles=_STYLES)


def test_a_word_policy_with_page_breaks_and_cross_references_is_imported_checked_and_built(tmp_path, initialized):
    site = initialized(tmp_path / "site", "--company", "Example", "--languages", "en")
    sources = tmp_path / "archive"
    sources.mkdir()
    _version(sources / "privacy-2023-05-01.docx", "logs for one year.")
    macros = _version(sources / "privacy-2024-01-01.docm", "logs for six months.")  # (its template's macros)
    parts = docx_parts(macros)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"officedocument.wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    write_docx(macros, parts)
    said = ""
    for argv in (["import", "--messages", "en", "--lang", "en", str(sources)], ["check"],
                 ["build", "--site-dir", str(tmp_path / "out")]):
        done = policy_in_process(["--root", str(site), *argv])
        assert done.returncode == 0, (argv, done.stdout + done.stderr)
        said += done.stdout
    assert "a macro-enabled Word document (.docm): its text read, its macros left out, never run" in said, said
    page = (tmp_path / "out" / "en" / "index.html").read_text(encoding="utf-8")
    tree = text(page)
    for node in tree.css(".policy-updated"):
        node.decompose()
    assert tree.body is not None
    shown = tree.body.text(separator=" ")
    assert "shop.Read" not in shown
    assert words(shown) == words(
        "Acme Privacy Policy 1. Scope This policy applies to our shop. Read section 2.1 and clause (b). 2. Retention 1 "
        "2.1 Periods We keep: (a) orders for ten years; (b) logs for six months. As defined by the GDPR. ↑")
    assert [(node.tag, node.attributes.get("id")) for node in tree.css("h2, h3")] == [
        ("h2", "s1"), ("h2", "s2"), ("h3", "s2-1")]
    whole = LexborHTMLParser(page)
    ids = {node.attributes.get("id") for node in whole.css("[id]")}
    targets = [(" ".join(node.text().split()), str(node.attributes.get("href"))) for node in tree.css("a")]
    assert [words for words, _ in targets] == ["2.1", "(b)", "[1]", "↑"], targets
    assert all(href.startswith("#") and href[1:] in ids for _, href in targets), (targets, sorted(map(str, ids)))
