"""An image replaced under the same alt text is a change (redline17): the model holds each block's images (source,
alt text, and the digest of its file in the version, so that a file changed under the same name counts), the redline
says "image replaced" with both alt texts, in the text, Markdown, HTML, PDF, Word and JSON redlines, in every language
the project ships, and the compare page's engine alike from policy.json (format 9); a file renamed, its bytes the same,
is not one. An image added or removed is said too (one without alt text changed no word)."""
from __future__ import annotations

import io
import json
import string
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _javascript, _python
from policysite import document, export, imagefiles, pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.strings import REDLINE_STRINGS, redline_labels
from unit.test_redline import policy

BODY = ("## 1. Logo\n\nOur seal {image} appears on every page.\n\n| Seal | Where |\n|---|---|\n| {cell} | footer |\n\n"
        "## 2. End\n\nThank you.\n")
SEAL = "![Acme privacy seal](img/seal.png)"
CELL = '<img src="img/small.png" alt="Small seal">'
OLD = BODY.format(image=SEAL, cell=CELL)
FILES = {"en/img/seal.png": b"\x89PNG old seal", "en/img/small.png": b"\x89PNG small", "en/img/new.png": b"\x89PNG new"}


def reader(files: dict[str, bytes]):
    return files.get


def digested(text: str, files: dict[str, bytes] | None, date: str = "2030-01-15") -> document.Policy:
    parsed = policy(text, date=date)
    return imagefiles.with_digests(parsed, reader(files), page="en/index.md") if files is not None else parsed


def replaced(old: str, new: str, *, old_files=None, new_files=None) -> list[tuple[str, str, str]]:
    r = redline.diff(digested(old, old_files), digested(new, new_files, "2030-02-01"))
    return [pair for s in r.sections for b in s.blocks for pair in b.images]


def test_the_model_holds_each_blocks_images_and_their_digests():
    parsed = policy(OLD.replace("appears", f"appears <img src='img/b.png' alt=\"B\"> and {SEAL}") +
                    '\n<p><img src="img/html.png" alt="In HTML"></p>\n\n- item ![I](i.png)\n')
    images = [(b.kind, b.images) for s in parsed.sections for b in s.blocks if b.images]
    assert images == [
        ("paragraph", (("img/seal.png", "Acme privacy seal", ""), ("img/b.png", "B", ""),
                       ("img/seal.png", "Acme privacy seal", ""))),
        ("row", (("img/small.png", "Small seal", ""),)),
        ("html", (("img/html.png", "In HTML", ""),)), ("item", (("i.png", "I", ""),))]
    filled = imagefiles.with_digests(parsed, reader(FILES), page="en/index.md")
    (seal, *_), = [b.images for b in filled.sections[0].blocks if b.kind == "paragraph" and b.images]
    assert seal == ("img/seal.png", "Acme privacy seal", imagefiles.digest(FILES["en/img/seal.png"]))
    assert [b.images for b in parsed.sections[0].blocks if b.images][0][0][2] == ""  # the parsed one untouched


@pytest.mark.parametrize(("page", "source", "path"), [
    ("en/index.md", "img/a.png", "en/img/a.png"), ("en/index.md", "../img/a.png", "img/a.png"),
    ("en/index.md", "/img/a%20b.png?v=2#x", "img/a b.png"), ("index.md", "./a.png", "a.png"),
    ("en/index.md", "../../a.png", None), ("en/index.md", "https://example.test/a.png", None),
    ("en/index.md", "//cdn.test/a.png", None), ("en/index.md", "data:image/png;base64,AAAA", None),
    ("en/index.md", "", None)])
def test_an_images_file_is_found_from_its_page(page, source, path):
    assert imagefiles.image_path(page, source) == path


def test_another_file_or_the_same_files_bytes_changed_is_an_image_replaced():
    assert replaced(OLD, OLD) == []
    # another file, the alt text the same (no file read: told by its source)
    assert replaced(OLD, OLD.replace("img/seal.png", "img/new.png")) == [
        ("replaced", "Acme privacy seal", "Acme privacy seal")]
    # the same name, other bytes: told by the digests
    changed = {**FILES, "en/img/seal.png": b"\x89PNG new seal"}
    assert replaced(OLD, OLD, old_files=FILES, new_files=changed) == [
        ("replaced", "Acme privacy seal", "Acme privacy seal")]
    assert replaced(OLD, OLD, old_files=FILES, new_files=FILES) == []
    # a file renamed, its bytes the same: the same picture
    renamed = {**FILES, "en/img/seal-2030.png": FILES["en/img/seal.png"]}
    assert replaced(OLD, OLD.replace("img/seal.png", "img/seal-2030.png"), old_files=FILES, new_files=renamed) == []
    # the alt text edited too: both named; an image in a table's cell; an HTML block's
    assert replaced(OLD, OLD.replace(SEAL, "![Acme trust seal](img/new.png)").replace("small.png", "new.png")) == [
        ("replaced", "Acme privacy seal", "Acme trust seal"), ("replaced", "Small seal", "Small seal")]
    html = "## 1. Logo\n\n<p><img src=\"a.png\" alt=\"\"></p>\n"
    assert replaced(html, html.replace("a.png", "b.png")) == [("replaced", "a.png", "b.png")]  # no alt: its file
    # an image added beside the others is one added, not the others replaced (paired by their sources, in order)
    assert replaced(OLD, OLD.replace("Our seal", "![Extra](img/x.png) Our seal")) == [("added", "", "Extra")]
    assert replaced(OLD.replace("Our seal", "![Extra](img/x.png) Our seal"), OLD) == [("removed", "Extra", "")]
    # one put before it while it was replaced: that one added, it replaced (paired by its alt text, not by its place)
    assert replaced(OLD, OLD.replace(SEAL, '<img src="img/rule.png" alt=""> ![Acme privacy seal](img/new.png)')) == [
        ("added", "", "rule.png"), ("replaced", "Acme privacy seal", "Acme privacy seal")]


def test_an_image_without_words_added_or_removed_is_said():
    """Its alt text empty, it changed no word: it read as a formatting-only edit, nothing said where."""
    decorative = OLD.replace("appears", '<img src="img/rule.png" alt=""> appears')
    r = redline.diff(policy(OLD), policy(decorative, date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind != "unchanged"]
    assert block.kind == "changed" and block.images == (("added", "", "rule.png"),)
    assert "Image “rule.png” added." in redline.render_text(r, color=False)
    back = redline.diff(policy(decorative), policy(OLD, date="2030-02-01"))
    assert "Image “rule.png” removed." in redline.render_text(back, color=False)


def test_a_block_only_its_image_replaced_is_changed_not_a_formatting_edit():
    r = redline.diff(policy(OLD), policy(OLD.replace("img/seal.png", "img/new.png"), date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind != "unchanged"]
    assert block.kind == "changed" and block.note == "" and all(tag == "equal" for tag, _ in block.ops)
    assert r.changed and r.notes.formatting == 0 and [s.number for s in r.summary.changed] == ["1"]


SAID = "Image “Acme privacy seal” replaced by another of the same description."
BOTH = "Image “Acme privacy seal” replaced by “Acme trust seal”."


def _both() -> redline.Redline:
    new = OLD.replace(SEAL, "![Acme trust seal](img/new.png)").replace("img/small.png", "img/new.png")
    return redline.diff(policy(OLD), policy(new, date="2030-02-01"))


def test_every_renderer_says_it_with_both_alt_texts():
    from jinja2 import Environment, FileSystemLoader

    r = _both()
    row = "Image “Small seal” replaced by another of the same description."
    assert redline.render_text(r, color=False).count(BOTH) == 1 and row in redline.render_text(r, color=False)
    assert redline.render_markdown(r).count(BOTH) == 1 and row in redline.render_markdown(r)
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    assert html.count(BOTH) == 1 and html.count(row) == 1
    text = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert BOTH in text and row in text
    body = docx.Document(io.BytesIO(render_docx(r, author="Acme"))).element.body
    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert BOTH in paragraphs and row in paragraphs
    blocks = [b for s in redline.to_json(r)["sections"] for b in s["blocks"] if b.get("images")]
    assert [b["images"] for b in blocks] == [[["replaced", "Acme privacy seal", "Acme trust seal"]],
                                             [["replaced", "Small seal", "Small seal"]]]


@pytest.mark.parametrize("lang", sorted(REDLINE_STRINGS))
def test_said_in_every_language(lang):
    t = redline_labels(lang)
    fields = {key: {f for _, f, _, _ in string.Formatter().parse(t[key]) if f}
              for key in ("image_replaced", "image_replaced_same", "image_replaced_untitled",
                          "image_replaced_same_untitled", "image_added", "image_added_untitled", "image_removed",
                          "image_removed_untitled")}
    assert fields == {"image_replaced": {"old", "new"}, "image_replaced_same": {"image"},
                      "image_replaced_untitled": set(), "image_replaced_same_untitled": set(),
                      "image_added": {"image"}, "image_added_untitled": set(), "image_removed": {"image"},
                      "image_removed_untitled": set()}
    english = redline_labels("en")
    assert lang == "en" or all(t[key] != english[key] for key in fields), lang


def test_the_compare_pages_engine_says_it_alike_from_policy_json():
    changed = {**FILES, "en/img/seal.png": b"\x89PNG new seal"}
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (
        OLD, OLD.replace("img/small.png", "img/new.png"), OLD.replace(SEAL, "![Acme trust seal](img/new.png)"),
        OLD.replace("Our seal", '<img src="img/rule.png" alt=""> ![Extra](img/x.png) Our seal'),
        OLD.replace(SEAL, '<img src="img/rule.png" alt=""> ![Acme privacy seal](img/new.png)'))]
    cases = [(texts[0], FILES, texts[0], changed), (texts[0], FILES, texts[0], FILES),
             (texts[0], FILES, texts[1], FILES), (texts[1], FILES, texts[2], FILES), (texts[2], FILES, texts[0], FILES),
             (texts[0], FILES, texts[3], FILES), (texts[3], changed, texts[0], FILES), (texts[0], FILES, texts[4], FILES),
             (texts[4], FILES, texts[3], FILES)]

    def doc(text: str, files: dict[str, bytes], version: str) -> dict:
        return json.loads(export.policy_json(text.encode("utf-8"), lang="en", version=version, url="", previous=None,
                                             read=reader(files), page="en/index.md"))

    docs = [[doc(a, fa, "2030-01-01"), doc(b, fb, "2030-01-02")] for a, fa, b, fb in cases]
    assert docs[0][0]["format"] == export.FORMAT >= 10
    (image,) = [b["images"] for b in docs[0][0]["sections"][0]["blocks"] if b["kind"] == "paragraph" and "images" in b]
    assert image == [["img/seal.png", "Acme privacy seal", imagefiles.digest(FILES["en/img/seal.png"])]]
    got = _javascript([(a, b) for a, _, b, _ in cases], docs=docs)
    for (a, fa, b, fb), js in zip(cases, got):
        old = imagefiles.with_digests(document.parse(a, path="old.md", lang="en"), reader(fa), page="en/index.md")
        new = imagefiles.with_digests(document.parse(b, path="new.md", lang="en"), reader(fb), page="en/index.md")
        py = json.loads(json.dumps(redline.to_json(redline.diff(old, new))))
        assert {k: v for k, v in js.items() if k != "segments"} == py
    assert [b.get("images") for s in got[0]["sections"] for b in s["blocks"]] == [
        [["replaced", "Acme privacy seal", "Acme privacy seal"]]]
    assert [b.get("images") for s in got[5]["sections"] for b in s["blocks"]] == [
        [["added", "", "rule.png"], ["added", "", "Extra"]]]
    # an export of format 8 knows no image: nothing said (not "none replaced" read as known)
    older = [[{**d, "format": 8} for d in pair] for pair in docs[:1]]
    assert not any(b.get("images") for s in _javascript(
        [(texts[0], texts[0])], docs=older)[0]["sections"] for b in s["blocks"])
    assert _python(texts[0], texts[0])["sections"] == []


def test_compare_js_says_it_as_render_does():
    from unit.test_redline13_columns import moved_lines

    words = redline.labels("fr")
    r = _both()
    r.sections[1].blocks.append(replace(r.sections[1].blocks[0], images=(
        ("added", "", "Extra"), ("removed", "Gone", ""), ("added", "", ""), ("replaced", "", "New"))))
    changed = [b for s in r.sections for b in s.blocks if b.images]
    blocks = [{"images": [list(p) for p in b.images], "new": {"kind": b.new.kind, "cells": list(b.new.cells)},
               "old": {"kind": b.old.kind, "cells": list(b.old.cells)}} for b in changed]
    from policysite.redline import render

    assert moved_lines(words, blocks) == [render.moved_line(b, words, "fr") for b in changed]
    assert moved_lines(words, blocks)[0] == ("Image «\u00a0Acme privacy seal\u00a0» remplacée par "
                                             "«\u00a0Acme trust seal\u00a0».")
    assert moved_lines(words, blocks)[-1] == ("Image «\u00a0Extra\u00a0» ajoutée. Image «\u00a0Gone\u00a0» supprimée. "
                                              "Une image sans description ajoutée. Une image sans description "
                                              "remplacée.")


def test_the_compare_page_is_given_the_words():
    """compare.js says them from the words its page holds: row_moved_up/down were never given it (redline16)."""
    import re

    from jinja2 import Environment, FileSystemLoader

    from policysite import archive

    page = archive.compare_page(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="fr")
    (found,) = re.findall(r'<script type="application/json" class="policy-compare-strings">(.*?)</script>', page)
    given = json.loads(found)
    for key in ("image_replaced", "image_replaced_same", "image_replaced_untitled", "image_replaced_same_untitled",
                "image_added", "image_added_untitled", "image_removed", "image_removed_untitled", "row_moved_up",
                "row_moved_down"):
        assert given[key] == redline_labels("fr")[key], key


def test_a_commits_images_are_read_from_it_and_what_is_no_file_is_unknown(tmp_path):
    import subprocess

    from policysite import git

    def run(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, text=True,
                              env={"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.test",
                                   "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.test",
                                   "GIT_AUTHOR_DATE": "2030-01-01T00:00:00Z",
                                   "GIT_COMMITTER_DATE": "2030-01-01T00:00:00Z", "PATH": "/usr/bin:/bin"}).stdout
    run("init", "-q", "-b", "main")
    (tmp_path / "docs" / "img").mkdir(parents=True)
    (tmp_path / "docs" / "img" / "seal.png").write_bytes(b"\x89PNG seal")
    (tmp_path / "docs" / "en").mkdir()
    (tmp_path / "docs" / "en" / "index.md").write_text("x", encoding="utf-8")
    run("add", "-A")
    run("commit", "-q", "-m", "one")
    commit = run("rev-parse", "HEAD").strip()
    read = imagefiles.commit_reader(git.open_repo(tmp_path), commit, "docs")
    assert read("img/seal.png") == b"\x89PNG seal"
    assert read("img") is None and read("img/none.png") is None and read("en/../../x") is None
    parsed = policy("## 1. Logo\n\n![Seal](../img/seal.png) ![Folder](../img) ![None](none.png)\n")
    found = imagefiles.with_digests(parsed, read, page="en/index.md").sections[0].blocks[0].images
    assert [digest for _, _, digest in found] == [imagefiles.digest(b"\x89PNG seal"), "", ""]
    # on disk: a link is no file of the version
    (tmp_path / "docs" / "img" / "link.png").symlink_to(tmp_path / "docs" / "img" / "seal.png")
    on_disk = imagefiles.folder_reader(tmp_path / "docs")
    assert on_disk("img/seal.png") == b"\x89PNG seal" and on_disk("img/link.png") is None and on_disk("img") is None
