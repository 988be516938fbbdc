"""The DPO files a redline (session 48, redline18): two versions of a hard text (tests/data/redline18, a fictional
company's, French and its English translation): a section split into two, two merged, a table with a row moved and a
cell edited, a list renumbered by an item inserted, a footnote edited, a link's target changed but not its words, a
date changed in a sentence, whitespace-only and punctuation-only edits, a section moved and edited. Its HTML
(`policy diff --format html`, the changes page's partial), PDF (read by pdftotext) and Word (its XML) redlines each say
the same thing: the two versions' dates in the reader's language, the same summary in the same order, and the same
edits of words inside the text in the same order.

Known apart, by design: the PDF and the Word redline show a changed section's whole text, where the HTML leaves
unchanged blocks out (but for a list item numbered anew, its number revised in all three: redline19); Word tracks a block or section moved as a move (w:moveFrom/w:moveTo) and a link's target changed in a
comment; a section moved is set in Word where it is and again where it was."""
from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import zipfile

import pytest
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from helpers import GIT_ENV, ROOT, poppler
from policy_repo import Project, new_project
from policysite import cli
from policysite.redline.render import labels
from policysite.strings import long_date

pytestmark = pytest.mark.usefixtures("fixed_git")
DATA = ROOT / "tests" / "data" / "redline18"
OLD, NEW = "2024-01-15", "2024-06-01"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a section's number or a list item's, revised apart in Word and the PDF (known apart: the HTML says §2 → §3)
_NUMBERS = re.compile(r"§\d+|\d+\.")


@pytest.fixture(scope="module")
def filed(tmp_path_factory) -> dict[tuple[str, str], bytes]:
    """Each language's three redlines from OLD to NEW, as `policy diff` writes them for the DPO."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in GIT_ENV.items():
            mp.setenv(key, value)
        mp.setattr(Project, "in_process", True)  # its commands are not about the process
        project = new_project(tmp_path_factory.mktemp("filing") / "project")
        for n, version in enumerate((OLD, NEW), start=1):
            for lang in ("fr", "en"):
                (project.root / "docs" / lang / "index.md").write_text(
                    (DATA / f"{lang}-{n}.md").read_text(encoding="utf-8"), encoding="utf-8")
            assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
            project.commit_all(f"policy {version}")
        out = {}
        for lang in ("fr", "en"):
            for form in ("html", "pdf", "docx"):
                target = project.root.parent / f"redline.{lang}.{form}"
                result = project.run("diff", OLD, NEW, "--lang", lang, "--format", form, "-o", str(target))
                assert result.returncode == 0, result.stderr
                out[lang, form] = target.read_bytes()
    return out


def _edits(units: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The words deleted ("-") and inserted ("+") inside a text, unit by unit (a paragraph, a cell, a heading): those of
    a unit that keeps some words unmarked, its whitespace collapsed, its numbers left out (_NUMBERS)."""
    found = []
    for unit in units:
        if not any(kind == "=" and text.strip() for kind, text in unit):
            continue  # (a block or row added, removed or moved whole: its words said as a whole)
        found += [(kind, words) for kind, text in unit if kind != "=" and (words := " ".join(text.split()))
                  and not _NUMBERS.fullmatch(words)]
    return found


def _html(data: bytes) -> tuple[list[str], list[tuple[str, str]]]:
    tree = LexborHTMLParser(data.decode("utf-8"))
    for node in tree.css(".redline-sr, .redline-legend, .redline-number, script, style"):  # (numbers: _NUMBERS)
        node.decompose()
    summary = [" ".join(li.text().split()) for li in tree.css(".redline-summary li")]
    units = []
    for node in tree.css(".redline-section p, .redline-section td, .redline-section th"):
        if len(node.css("p, td, th")) > 1:  # (the node itself among them)
            continue  # (its own paragraphs read apart)
        unit: list[tuple[str, str]] = []
        for child in node.iter(include_text=True):
            kind = {"del": "-", "ins": "+"}.get(child.tag, "=")
            unit.append((kind, child.text(deep=True) if child.tag != "-text" else child.text_content or ""))
        units.append(unit)
    return summary, _edits(units)


def _docx(data: bytes, lang: str) -> tuple[list[str], list[tuple[str, str]]]:
    parts = zipfile.ZipFile(io.BytesIO(data))
    body = etree.fromstring(parts.read("word/document.xml")).find(W + "body")
    comments = {}
    if "word/comments.xml" in parts.namelist():
        for comment in etree.fromstring(parts.read("word/comments.xml")):
            said = []
            for run in comment.iter(W + "r"):
                text = "".join(run.itertext())
                props = run.find(W + "rPr")
                kind = "-" if props is not None and props.find(W + "strike") is not None else \
                    "+" if props is not None and props.find(W + "u") is not None else "="
                said.append((kind, text[2:-1] if kind != "=" else text))  # ([− and ], [+ and ] around its words)
            comments[comment.get(W + "id")] = said
    paragraphs = list(body.iter(W + "p"))
    texts = ["".join(p.itertext()) for p in paragraphs]
    start = texts.index(labels(lang)["summary"]) + 1
    summary = []
    for text in texts[start:]:
        if not text.startswith("§"):
            break
        summary.append(" ".join(text.split()))
    units = []
    for p in paragraphs:
        if p.find(f"{W}pPr/{W}rPr/{W}del") is not None or p.find(f"{W}pPr/{W}rPr/{W}moveFrom") is not None:
            continue  # (a paragraph deleted whole, or a section moved, where it was: its words said where it is)
        unit = []
        for node in p.iter(W + "t", W + "delText", W + "commentReference"):
            if node.tag == W + "commentReference":
                units.append(comments[node.get(W + "id")])
                continue
            kinds = {a.tag for a in node.iterancestors()}
            unit.append(("-" if W + "del" in kinds else "+" if W + "ins" in kinds else "=", node.text or ""))
        units.append(unit)
    return summary, _edits(units)


def _pdf(data: bytes, tmp_path) -> tuple[list[str], str]:
    path = tmp_path / "redline.pdf"
    path.write_bytes(data)
    text = subprocess.run([poppler("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    summary = [" ".join(line.split())[2:] for line in text.splitlines() if line.strip().startswith("• ")]
    return summary, " ".join(text.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_html_pdf_and_word_redlines_say_the_same_changes_in_the_same_order(filed, tmp_path, lang):
    html, (pdf_summary, pdf_text), docx = _html(filed[lang, "html"]), _pdf(filed[lang, "pdf"], tmp_path), \
        _docx(filed[lang, "docx"], lang)
    # each names the two versions by their days, in the reader's language, as the changes page does
    title = labels(lang)["heading"].format(**dict(zip(("old", "new"), (
        long_date(dt.date.fromisoformat(day), lang) for day in (OLD, NEW)))))
    word = etree.fromstring(zipfile.ZipFile(io.BytesIO(filed[lang, "docx"])).read("word/document.xml"))
    for said in (LexborHTMLParser(filed[lang, "html"].decode("utf-8")).text(), pdf_text, "".join(word.itertext())):
        assert title in " ".join(said.split()), (lang, title)
    summary, edits = html
    assert len(summary) == 9, summary  # every section but the unchanged ones, in the new version's order
    assert pdf_summary == summary
    assert docx[0] == summary
    # the edits inside the text, in order: the day, the moved section's words, the title, the footnote, the cell, the
    # link's target, the punctuation (the whitespace-only edit said in the notes, not marked)
    assert docx[1] == edits, (docx[1], edits)
    words = [text for _kind, text in edits]
    assert len(words) >= 10, edits
    at = 0
    for text in words:  # the PDF's text holds each, in the same order
        found = pdf_text.find(text, at)
        assert found >= 0, (text, pdf_text[at:at + 400])
        at = found + len(text)
