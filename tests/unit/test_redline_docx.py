"""The redline as a Word document: one revision per inserted or deleted run of the redline, with author and
date; accepting every revision gives the new text, rejecting them the old one; the same bytes every time."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import mammoth
import pytest
from babel.dates import format_date
from docx.oxml.ns import qn

from policysite import redline
from policysite.redline import DELETE, INSERT
from policysite.redline.docx import render_docx
from policysite.redline.engine import opcodes
from unit.test_redline import BASE, REFERENCE_EDITS, edit, everything, policy, synthetic_policy
from unit.test_redline_inline import FOOTNOTED, FOOTNOTED_EDITED, TABLE

AUTHOR = "Zephyr Widgets SAS"
W16DU = "http://schemas.microsoft.com/office/word/2023/wordml/word16du"


def json_revisions(r: redline.Redline) -> int:
    """Insertions and deletions of the redline's JSON: every op of titles and blocks (a table row's ` | ` cut into
    its cells, as the Word table has them); link targets are said in comments, no revision (redline14)."""
    data = redline.to_json(r)
    ops = [op for s in data["sections"] for ops in [s["title_ops"]] + [b["ops"] for b in s["blocks"]] for op in ops]
    # a renumbered or moved section's number: the old one deleted, the new one inserted (hunt 8)
    numbers = sum(2 for s in data["sections"] if s["kind"] in ("renumbered", "moved") and s["old_number"] != s["new_number"])
    return numbers + restyled(r) + sum(len([cell for cell in text.split(" | ") if cell.strip()]) for tag, text in ops
                                       if tag in (DELETE, INSERT))


def restyled(r: redline.Redline) -> int:
    """A kept word of a changed paragraph written otherwise (`l’accès` for `l'accès`): deleted as the old text writes
    it and inserted as the new one does, two revisions, so that rejecting them all gives the old text (hunt 9)."""
    count = 0
    for block in (b for s in r.sections for b in s.blocks if b.kind == "changed" and b.old and b.new and not b.cells):
        a, b = redline.word_tokens(block.old.text), redline.word_tokens(redline.apply(block.old.text, block.ops))
        for tag, i1, i2, j1, _ in opcodes([k for k, _ in a], [k for k, _ in b]):
            count += 2 * sum(tag == "equal" and a[i][1].strip() != b[j1 + i - i1][1].strip() for i in range(i1, i2))
    return count


def revisions(document) -> list:
    """The revisions of runs (not those of paragraph marks or table rows: inserted or deleted whole)."""
    body = document.element.body
    return [found for found in body.findall(".//" + qn("w:ins")) + body.findall(".//" + qn("w:del"))
            if found.getparent().tag not in (qn("w:rPr"), qn("w:trPr"))]


def paragraph_text(paragraph, *, accept: bool) -> str:
    """A paragraph's text with every revision accepted (or rejected): a move's source (w:moveFrom) is gone once
    accepted, as a deletion is, its destination (w:moveTo) once rejected, as an insertion is."""
    out = []
    for node in paragraph.iter(qn("w:t"), qn("w:delText")):
        inside = {a.tag for a in node.iterancestors()}
        if accept and (node.tag == qn("w:delText") or qn("w:del") in inside or qn("w:moveFrom") in inside):
            continue
        if not accept and (qn("w:ins") in inside or qn("w:moveTo") in inside):
            continue
        out.append(node.text or "")
    return "".join(out)


def texts(document, *, accept: bool) -> list[str]:
    return [paragraph_text(p, accept=accept) for p in document.element.body.iter(qn("w:p"))]


def row_gone(paragraph, *, accept: bool) -> bool:
    """The paragraph is in a table row inserted (gone on rejecting) or deleted (gone on accepting) whole."""
    gone = qn("w:del") if accept else qn("w:ins")
    return any(row.find(f"{qn('w:trPr')}/{gone}") is not None for row in paragraph.iterancestors(qn("w:tr")))


def table_rows(document, *, accept: bool) -> list[list[str]]:
    """Each table row kept once every revision is accepted (or rejected), its cells' text; a cell deleted (inserted)
    as a revision of its own, `w:cellDel` (`w:cellIns`), is gone once accepted (rejected)."""
    gone = qn("w:cellDel") if accept else qn("w:cellIns")
    return [[paragraph_text(cell, accept=accept) for cell in row.iter(qn("w:p"))
             if next(cell.iterancestors(qn("w:tc"))).find(f"{qn('w:tcPr')}/{gone}") is None]
            for row in document.element.body.iter(qn("w:tr")) if not row_gone(row[0], accept=accept)]


def tokens(text: str) -> list[str]:
    return [k for k, _ in redline.word_tokens(text)]


CASES = {"everything": everything, **{name: (lambda body=body: (policy(BASE), policy(body)))
                                      for name, body in REFERENCE_EDITS.items()},
         # a footnote call, an <abbr>, a <br> and a table's <sup>, <sub> and <br>, edited: words as the page shows them
         "inline tags": lambda: (policy(FOOTNOTED + TABLE.split("\n\n", 1)[1], lang="fr"),
                                 policy(FOOTNOTED_EDITED + TABLE.split("\n\n", 1)[1].replace("one<br>", "two<br>"),
                                        lang="fr"))}


def shown(block) -> str:
    """A block's words as its page shows them (a code block's as written): what the redline says."""
    return block.text if block.kind == "code" else block.shown


@pytest.mark.parametrize("name", list(CASES))
def test_as_many_revisions_as_the_json_has_insertions_and_deletions(name):
    old, new = CASES[name]()
    r = redline.diff(old, new)
    document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR)))
    found = revisions(document)
    assert len(found) == json_revisions(r)
    # a link's target changed: a comment on its block, no revision (redline14)
    from unit.test_redline14_word import comments

    noted = sum(bool(b.link_ops or b.tip_ops) for s in r.sections for b in s.blocks) + sum(
        bool(s.link_ops) for s in r.sections)
    assert len(comments(render_docx(r, author=AUTHOR))) == noted and found or noted
    for revision in found:
        assert revision.get(qn("w:author")) == AUTHOR
        assert revision.get(qn("w:date")) == f"{new.date.isoformat()}T00:00:00Z"
    assert len({revision.get(qn("w:id")) for revision in found}) == len(found)


@pytest.mark.parametrize("name", list(CASES))
def test_accepting_every_revision_gives_the_new_text_and_rejecting_them_the_old(name):
    old, new = CASES[name]()
    document = docx.Document(io.BytesIO(render_docx(redline.diff(old, new), author=AUTHOR)))
    accepted = [" ".join(t.split()) for t in texts(document, accept=True)]
    rejected = [tokens(t) for t in texts(document, accept=False)]
    for policy_, accept in ((new, True), (old, False)):  # a row's cells in a row of a table
        rows = [[" ".join(cell.split()) for cell in row] for row in table_rows(document, accept=accept)]
        for block in (b for section in policy_.sections for b in section.blocks if b.kind == "row"):
            assert any(row[:len(block.cells)] == [" ".join(c.split()) for c in block.shown_cells] for row in rows), \
                block
    for section in new.sections:
        for block in section.blocks:
            assert block.kind == "row" or any(" ".join(shown(block).split()) in line for line in accepted), block.text
    for section in old.sections:
        for block in section.blocks:
            if block.kind == "row":
                continue
            want = tokens(shown(block))
            assert any(want == line[-len(want):] for line in rejected if want), block.text


def test_punctuation_next_to_an_edit_is_no_revision():
    body = "## 1. Hébergement\n\nLes données sont hébergées en Allemagne.\n"
    r = redline.diff(policy(body, lang="fr"), policy(edit(body, "Allemagne.", "Allemagne et aux Pays-Bas."),
                                                     lang="fr", date="2030-02-01"))
    document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR)))
    (revision,) = revisions(document)
    # the space before the words inserted is theirs: the old text has none before its full stop (hunt 8)
    assert revision.tag == qn("w:ins") and "".join(t.text for t in revision.iter(qn("w:t"))) == " et aux Pays-Bas"


def test_language_styles_headings_and_same_bytes():
    r = redline.diff(*everything())
    data = render_docx(r, author=AUTHOR, lang="fr")
    assert render_docx(redline.diff(*everything()), author=AUTHOR, lang="fr") == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.testzip() is None
    document = docx.Document(io.BytesIO(data))
    lang = document.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "fr"
    assert document.core_properties.language == "fr" and document.core_properties.author == AUTHOR
    assert document.paragraphs[0].text == "Modifications de la version du 15 janvier 2030 à la version du 1er mars 2030"  # as the page
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Synthetic policy" and "§1.1 Sample list" in headings
    assert document.settings.element.find(qn("w:trackRevisions")) is not None


def test_a_right_to_left_language_is_laid_out_right_to_left_in_word():
    """Reader audit 13 (f_docx_rtl_left_to_right) and adoption hunt 13 (f_docx_redline_rtl): an Arabic or Hebrew
    redline opened left to right, flush left."""
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    for lang, rtl in (("ar", True), ("he", True), ("fr", False)):
        data = render_docx(r, author=AUTHOR, lang=lang)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            styles = package.read("word/styles.xml").decode("utf-8")
            body = package.read("word/document.xml").decode("utf-8")
        assert ("<w:bidi/>" in styles and "<w:rtl/>" in styles and f'w:bidi="{lang}"' in styles) is rtl, styles
        paragraphs = body.count("<w:p>")
        assert (body.count("<w:bidi/>") == paragraphs and "<w:rtl/>" in body) is rtl  # each paragraph, as Word writes
        assert ("<w:bidi/>" not in body + styles and "<w:rtl/>" not in body + styles) is not rtl
        read = docx.Document(io.BytesIO(data))
        assert len(read.paragraphs) + sum(len(c.paragraphs) for t in read.tables for c in t._cells) == paragraphs


def test_bold_italics_and_sizes_reach_a_complex_scripts_words():
    """Hunt 41: the title and headings set bold and size for Latin letters only (w:b, w:sz), the status line italics
    (w:i): Word and LibreOffice draw Arabic, Hebrew, Devanagari or Thai words, and any run marked w:rtl, with the
    complex-script twins (w:bCs, w:szCs, w:iCs), so an Arabic or Hindi redline's title and headings were plain
    body text, and its words a size smaller than its digits and Latin words."""
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    twins = {"b": "bCs", "i": "iCs", "sz": "szCs"}
    for lang in ("ar", "hi", "fr"):
        with zipfile.ZipFile(io.BytesIO(render_docx(r, author=AUTHOR, lang=lang))) as package:
            parts = [package.read(f"word/{name}.xml").decode("utf-8") for name in ("styles", "document")]
        checked = 0
        for part in parts:
            for props in re.findall(r"<w:rPr>(.*?)</w:rPr>", part):
                for latin, complex_script in twins.items():
                    value = re.search(rf'<w:{latin}( w:val="\d+")?/>', props)
                    if value:
                        checked += 1
                        assert f"<w:{complex_script}{value[1] or ''}/>" in props, (lang, props)
        assert checked >= 7, lang  # the default size, the title's and four headings' bold and size, the status's italics


def test_the_redlines_english_words_in_a_right_to_left_language_it_has_no_words_for_read_left_to_right():
    """Hunt 41: a Persian redline (the site has no Persian words: English) set its title, counts and statuses right to
    left: Word and LibreOffice showed "changed 1" and the title's words and dates out of order. Now those paragraphs
    are left to right, each date a run embedded right to left; the text's paragraphs stay right to left, and an
    Arabic redline (the site has Arabic words) is as it was."""
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    with zipfile.ZipFile(io.BytesIO(render_docx(r, author=AUTHOR, lang="ur"))) as package:
        body = package.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p>.*?</w:p>", body)
    title, counts = paragraphs[0], paragraphs[2]  # (the site's name between: redline20)
    assert '<w:pStyle w:val="Title"/><w:bidi w:val="0"/>' in title
    # (its words named English, redline15)
    assert re.search(r'<w:rtl w:val="0"/><w:lang w:val="en"/></w:rPr><w:t xml:space="preserve">Changes from the version '
                     r'of </w:t>', title)
    day = format_date(dt.date(2030, 1, 15), "long", locale="ur")
    assert f'<w:rtl/></w:rPr><w:t xml:space="preserve">\u202b{day}\u202c</w:t>' in title, title
    assert '<w:bidi w:val="0"/>' in counts and "<w:rtl/>" not in counts and "1 changed" in counts
    assert sum('<w:bidi w:val="0"/>' not in p and "<w:bidi/>" in p for p in paragraphs) >= 3  # the text's
    with zipfile.ZipFile(io.BytesIO(render_docx(r, author=AUTHOR, lang="ar"))) as package:
        assert '<w:bidi w:val="0"/>' not in package.read("word/document.xml").decode("utf-8")


def test_a_numbered_items_number_is_in_the_document_and_a_changed_number_a_revision():
    """Legal hunt 36: every list item was a bullet ("• "): the Word redline of a numbered list had none of its numbers,
    and accepting every revision did not give the new numbering."""
    from unit.test_redline import NUMBERED

    document = docx.Document(io.BytesIO(render_docx(
        redline.diff(policy(NUMBERED), policy(NUMBERED.replace("2. for the law;\n3.", "2."))), author=AUTHOR)))
    accepted, rejected = texts(document, accept=True), texts(document, accept=False)
    assert "1. for the contract;" in accepted and "2. for marketing." in accepted
    assert "2. for the law;" in rejected and "3. for marketing." in rejected
    # a paragraph become an item: its bullet is an insertion (rejecting every revision gives the paragraph back)
    document = docx.Document(io.BytesIO(render_docx(redline.diff(
        policy("## 1. Purposes\n\nWe use your data for the contract only.\n"),
        policy("## 1. Purposes\n\n- We use your data for the contract only.\n")), author=AUTHOR)))
    assert "• We use your data for the contract only." in texts(document, accept=True)
    assert "We use your data for the contract only." in texts(document, accept=False)


def kept(document, *, accept: bool) -> list[str]:
    """The text of each paragraph left once every revision is accepted (or rejected): a paragraph whose mark is
    deleted goes on accepting, one whose mark is inserted on rejecting."""
    gone = qn("w:del") if accept else qn("w:ins")
    return [paragraph_text(p, accept=accept) for p in document.element.body.iter(qn("w:p"))
            if p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{gone}") is None and not row_gone(p, accept=accept)]


@pytest.mark.parametrize("name", ["section added", "section removed", "list item added", "list item removed",
                                  "paragraph added", "paragraph removed"])
def test_accepting_or_rejecting_every_revision_leaves_no_empty_paragraph_bullet_or_section_number(name):
    """Legal hunt 36: a removed paragraph, item or section was deleted word by word in a paragraph that stayed, so
    accepting every revision left an empty paragraph, a "• " or a "§3" heading without its title (rejecting them
    did so for an added one)."""
    document = docx.Document(io.BytesIO(render_docx(redline.diff(*CASES[name]()), author=AUTHOR)))
    for accept in (True, False):
        left = [text for text in kept(document, accept=accept)
                if re.fullmatch(r"(§[\d.]+|•|\d+\.)?", text.strip())]
        assert left == [], (accept, left)


def test_the_language_of_chinese_japanese_korean_indic_and_thai_words_is_named_for_their_kind():
    """Scripts task, finding 7: Word reads a run's Chinese, Japanese or Korean letters in the language `w:eastAsia`
    names, Devanagari, Thai (and Arabic, Hebrew) ones in `w:bidi`'s: a Hindi, Thai or Japanese redline named only
    `w:val` (Latin letters), so Word proofed and read its words in its default language for their kind. A French or
    Arabic redline names what it named before."""
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))

    def named(lang: str) -> dict[str, str]:
        document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR, lang=lang)))
        found = document.styles.element.find(f"{qn('w:docDefaults')}//{qn('w:lang')}")
        return {key.split("}")[1]: value for key, value in found.attrib.items()}

    for lang in ("zh", "zh-Hant", "ja", "ko"):
        assert named(lang) == {"val": lang, "eastAsia": lang}, lang
    for lang in ("hi", "mr", "th", "bn", "ta", "km"):
        assert named(lang) == {"val": lang, "bidi": lang}, lang
    assert named("ar") == {"val": "ar", "bidi": "ar"} and named("he") == {"val": "he", "bidi": "he"}
    for lang in ("fr", "el", "ru", "tr", "vi", "pl"):
        assert named(lang) == {"val": lang}, lang


def test_the_redlines_english_words_in_a_left_to_right_language_it_has_no_words_for_are_marked_english():
    """Scripts task, finding 12: a Lithuanian, Hindi or Thai redline (the site has no words in them: English) had its
    title, counts and statuses in the document's language, so Word proofed "Changes from the version of" as
    Lithuanian; their runs now say English, each date in them in the text's language. A language the site speaks, and
    a right-to-left one (its own way, above), are as they were. (Thai has the site's words since company19: Khmer
    stands for a script the site has no words in; Hindi since company20: Georgian for a third.)"""
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    for lang in ("lt", "ka", "km"):
        data = render_docx(r, author=AUTHOR, lang=lang)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = package.read("word/document.xml").decode("utf-8")
        title = re.search(r'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>(.*?)</w:p>', body).group(1)
        runs = re.findall(r'<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>', title)
        english = [text for props, text in runs if 'w:lang w:val="en"' in props]
        dates = [text for props, text in runs if "w:lang" not in props]
        assert english == ["Changes from the version of ", " to the version of "], (lang, runs)
        assert len(dates) == 2 and all("2030" in date for date in dates), (lang, runs)
        assert '<w:i/><w:iCs/><w:lang w:val="en"/></w:rPr><w:t xml:space="preserve">(changed)' in body
    for lang in ("fr", "en", "ar"):
        assert 'w:lang w:val="en"' not in zipfile.ZipFile(io.BytesIO(render_docx(r, author=AUTHOR, lang=lang))).read(
            "word/document.xml").decode("utf-8"), lang


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_each_section_is_bookmarked_by_its_changes_page_id_and_the_summary_links_to_it(lang):
    """Session 30: the Word redline had no bookmarks, so a link to a section of it (`…docx#redline-s2`) was dead and a
    reader could not go from the list of changes to a section. Each section's heading is now a bookmark of the id
    the changes page gives it, and the summary lists the sections shown, each a link to its bookmark."""
    r = redline.diff(*everything())
    body = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR, lang=lang))).element.body
    starts = body.findall(".//" + qn("w:bookmarkStart"))
    names = [start.get(qn("w:name")) for start in starts]
    assert names == [f"redline-{redline.render.page_id(s)}" for s in r.sections]
    assert "redline-preamble" in names and len(set(names)) == len(names)
    ends = body.findall(".//" + qn("w:bookmarkEnd"))
    assert [start.get(qn("w:id")) for start in starts] == [end.get(qn("w:id")) for end in ends]
    for start in starts:  # in the heading's paragraph, around its words
        assert start.getparent().tag == qn("w:p") and start.getparent().pPr.find(qn("w:pStyle")).get(
            qn("w:val")).startswith("Heading")
    links = body.findall(".//" + qn("w:hyperlink"))
    shown = [s for s in r.sections if s.displayed]
    assert [link.get(qn("w:anchor")) for link in links] == [f"redline-{redline.render.page_id(s)}" for s in shown]
    assert set(link.get(qn("w:anchor")) for link in links) <= set(names) and len(shown) > 3
    t = redline.labels(lang)
    removed = next(s for s in shown if s.kind == "removed")
    link = links[shown.index(removed)]
    assert f"redline-old-{removed.old_anchor}" == link.get(qn("w:anchor"))
    said = "".join(node.text for node in link.iter(qn("w:t")))
    assert redline.render._heading(removed, t) in said.replace("\u202b", "").replace("\u202c", "") \
        or lang == "ar"
    assert t["removed"] in said


def test_a_translations_bookmarks_are_the_ids_its_page_gives_its_sections():
    r = redline.diff(*everything())
    shown = next(s for s in r.sections if s.displayed and s.new_anchor)
    body = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR, ids={shown.new_anchor: "cookies"}))).element.body
    names = [start.get(qn("w:name")) for start in body.findall(".//" + qn("w:bookmarkStart"))]
    assert "redline-cookies" in names and f"redline-{shown.new_anchor}" not in names
    assert "redline-cookies" in [link.get(qn("w:anchor")) for link in body.findall(".//" + qn("w:hyperlink"))]


def test_a_version_s_docx_is_kept_between_commands_by_its_texts_and_what_it_is_rendered_with(tmp_path, monkeypatch):
    """A rebuild (or `policy verify`) renders every version's .docx again from the same two texts: inside
    `kept_in`, the same bytes are read back, and any other input (a text, the author, the ids, the language, the
    generator's code) renders anew."""
    from policysite import archive, findingcache
    from policysite.redline import docx as redline_docx

    old = synthetic_policy("2030-01-15", sections=BASE, title="Synthetic policy")
    new = synthetic_policy("2030-03-01", sections=REFERENCE_EDITS["word inserted"], title="Synthetic policy")
    other = synthetic_policy("2030-03-01", sections=REFERENCE_EDITS["word deleted"], title="Synthetic policy")
    ids = {"s1": "scope"}
    plain = render_docx(archive.changes_of(new, previous_text=old, lang="en"), author=AUTHOR, ids=ids)
    kept = tmp_path / "git" / "policysite" / "redlines"
    (tmp_path / "git").mkdir()
    with redline_docx.kept_in(kept):
        assert render_docx(archive.changes_of(new, previous_text=old, lang="en"), author=AUTHOR, ids=ids) == plain
    assert len(list(kept.iterdir())) == 1

    rendered: list[str] = []
    real = redline_docx._rendered
    monkeypatch.setattr(redline_docx, "_rendered", lambda r, **k: rendered.append(k["author"]) or real(r, **k))
    archive._changes.cache_clear()  # another command: another reading of the same texts
    with redline_docx.kept_in(kept):
        assert render_docx(archive.changes_of(new, previous_text=old, lang="en"), author=AUTHOR, ids=ids) == plain
        assert rendered == []  # read back, not rendered
        for change, author, lang, given in (
                (archive.changes_of(other, previous_text=old, lang="en"), AUTHOR, "en", ids),  # another text
                (archive.changes_of(new, previous_text=old, lang="en"), "Another Company", "en", ids),
                (archive.changes_of(new, previous_text=old, lang="en"), AUTHOR, "en", {"s1": "other"}),
                (archive.changes_of(new, previous_text=old, lang="fr"), AUTHOR, "fr", ids)):
            made = render_docx(change, author=author, lang=lang, ids=given)
            assert made != plain and made == real(change, author=author, lang=lang, ids=given)
        assert len(rendered) == 4
        monkeypatch.setattr(findingcache, "checks_digest", lambda: "another generator")
        assert render_docx(archive.changes_of(new, previous_text=old, lang="en"), author=AUTHOR, ids=ids) == plain
        assert len(rendered) == 5  # the generator's code changed: rendered anew


def test_a_redline_not_worked_out_from_two_texts_or_a_kept_file_cut_short_is_rendered(tmp_path, monkeypatch):
    import dataclasses

    from policysite import archive, keptfiles
    from policysite.redline import docx as redline_docx

    old = synthetic_policy("2030-01-15", sections=BASE, title="Synthetic policy")
    new = synthetic_policy("2030-03-01", sections=REFERENCE_EDITS["word inserted"], title="Synthetic policy")
    change = archive.changes_of(new, previous_text=old, lang="en")
    kept = tmp_path / "redlines"
    with redline_docx.kept_in(kept):
        # sides other than those texts (the edited text's, `policy diff`'s own): no origin, nothing kept
        edited = dataclasses.replace(change, new_edited=True)
        assert not edited.origin and render_docx(edited, author=AUTHOR) == redline_docx._rendered(
            edited, author=AUTHOR, lang="en", ids=None)
        assert not kept.exists()
        first = render_docx(change, author=AUTHOR)
        (path,) = kept.iterdir()
        path.write_bytes(path.read_bytes()[:-10])  # a file cut short (a full disk) is not read as the .docx
        assert render_docx(change, author=AUTHOR) == first
        assert path.read_bytes()[32:] == first  # and written anew
    gone = tmp_path / "no-git-folder" / "policysite" / "redlines"
    with redline_docx.kept_in(gone):
        assert render_docx(change, author=AUTHOR) == first
    assert not gone.parent.exists()
    monkeypatch.setattr(redline_docx, "KEPT_REDLINES", 2)
    with redline_docx.kept_in(kept):
        for name in ("One", "Two", "Three"):
            render_docx(change, author=name)
        monkeypatch.setattr(keptfiles, "_PRUNED", set())  # the next command's first: only the newest are kept
        render_docx(change, author="Four")
    assert len(list(kept.iterdir())) == 2


@pytest.mark.parametrize(("zone", "instant"), [("Europe/Paris", "T-1 23:00"), ("America/Los_Angeles", "T 08:00"),
                                               ("Asia/Kolkata", "T-1 18:30"), ("", "T 00:00")])
def test_tracked_changes_are_dated_when_the_version_takes_effect_in_the_sites_time_zone(zone, instant):
    """Adoption 15 of session 37 dated the redline's tracked changes at the instant the new version takes effect,
    00:00 in the site's `time_zone`, written in UTC in `w:date`. But Word and LibreOffice read `w:date` as the wall
    clock (its `Z` notwithstanding: Word 365 writes the instant apart, in `w16du:dateUtc`): a Madrid company's
    redline of a version of 15 January 2027 listed its changes on 14 January at 23:00 (LibreOffice, session 37
    newco4). `w:date` is 00:00 of the version's day, as the site dates it; `w16du:dateUtc` (declared ignorable) and
    the document's core dates are that instant in UTC."""
    import datetime as dt

    from lxml import etree

    old, new = everything()
    day = new.date + dt.timedelta(days=-1 if instant.startswith("T-1") else 0)
    expected = f"{day.isoformat()}T{instant.split()[1]}:00Z"
    data = render_docx(redline.diff(old, new), author=AUTHOR, time_zone=zone)
    marks = revisions(docx.Document(io.BytesIO(data)))
    assert {revision.get(qn("w:date")) for revision in marks} == {f"{new.date.isoformat()}T00:00:00Z"}
    assert {revision.get(f"{{{W16DU}}}dateUtc") for revision in marks} == {expected}
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    ignorable = root.get("{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable", "").split()
    assert W16DU in {root.nsmap.get(prefix) for prefix in ignorable}, root.nsmap
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode("utf-8")
    assert f">{expected}<" in core, core


TABLE_EDITED = (("| testing | 12 months |", "| testing | 24 months | yearly |"),  # a cell changed, one added
                ("| demo | 3 weeks |\n", "| extra | 1 day |\n"),  # a row removed, one added
                ("| Purpose | Duration |\n|---|---|", "| Purpose | Duration | Review |\n|---|---|---|"))  # a column


def test_a_table_is_a_word_table_its_header_marked_its_rows_and_cells_tracked():
    """Its rows were paragraphs, `testing | 12 24 months`: a table's columns lost in Word, its header unmarked, a
    row removed deleted word by word in a paragraph left empty."""
    new = BASE
    for old_text, new_text in TABLE_EDITED:
        new = edit(new, old_text, new_text)
    r = redline.diff(policy(BASE), policy(new, date="2030-02-01"))
    data = render_docx(r, author=AUTHOR)
    assert data == render_docx(r, author=AUTHOR)
    document = docx.Document(io.BytesIO(data))
    (table,) = document.tables
    assert len(table.columns) == 3 and len(table._tbl.tblGrid.gridCol_lst) == 3
    assert all(len(row.cells) == 3 for row in table.rows) and not any("|" in p for p in texts(document, accept=True))
    header, *rest = table._tbl.tr_lst
    assert header.trPr.find(qn("w:tblHeader")) is not None
    assert all(row.trPr is None or row.trPr.find(qn("w:tblHeader")) is None for row in rest)
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert [b.get(qn("w:val")) for b in borders] == ["single"] * 6
    marks = [[m.tag for m in row.trPr if m.tag != qn("w:tblHeader")] if row.trPr is not None else [] for row in rest]
    assert marks == [[], [qn("w:del")], [qn("w:ins")]]
    for mark in (m for row in rest if row.trPr is not None for m in row.trPr):
        assert mark.get(qn("w:author")) == AUTHOR and mark.get(qn("w:date")) == "2030-02-01T00:00:00Z"
    ids = [m.get(qn("w:id")) for m in document.element.body.iter(qn("w:ins"), qn("w:del"))]
    assert len(ids) == len(set(ids))
    assert table_rows(document, accept=True) == [["Purpose", "Duration", "Review"], ["testing", "24 months", "yearly"],
                                                 ["extra", "1 day", ""]]
    # the column added is cells inserted (w:cellIns): rejecting every revision takes it away
    assert table_rows(document, accept=False) == [["Purpose", "Duration"], ["testing", "12 months"],
                                                  ["demo", "3 weeks"]]
    html = mammoth.convert_to_html(io.BytesIO(data)).value  # mammoth reads a .docx with its changes accepted
    assert ("<thead><tr><th><p>Purpose</p></th><th><p>Duration</p></th><th><p>Review</p></th></tr></thead>"
            "<tbody><tr><td><p>testing</p></td><td><p>24 months</p></td><td><p>yearly</p></td></tr>"
            "<tr><td><p>extra</p></td><td><p>1 day</p></td><td></td></tr></tbody>") in html
    # (the summary says "“12 months” becomes “24 months”" in the redline's own words: the text is from the table on)
    assert "demo" not in html and "12" not in html[html.index("<table>"):]


def test_a_column_removed_keeps_each_cells_words_in_its_cell_and_a_right_to_left_table_is_laid_out_so():
    """Cells are paired by their column (the redline's, engine.match_columns), as the redline PDF pairs them: a
    column removed in the middle is a column of deleted cells, the others' words in their own columns (paired by their
    place, `Why` read as replacing `Kept`, and `security` as deleted)."""
    body = "## 1. Retention\n\n| Data | Kept | Why |\n|---|---|---|\n| logs | 30 days | security |\n"
    new = edit(edit(body, "| Data | Kept | Why |\n|---|---|---|", "| Data | Why |\n|---|---|"),
               "| logs | 30 days | security |", "| logs | security |")
    r = redline.diff(policy(body), policy(new, date="2030-02-01"))
    for lang in ("en", "ar"):
        document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR, lang=lang)))
        (table,) = document.tables
        assert table_rows(document, accept=True) == [["Data", "Why"], ["logs", "security"]]
        assert table_rows(document, accept=False) == [["Data", "Kept", "Why"], ["logs", "30 days", "security"]]
        assert (table._tbl.tblPr.find(qn("w:bidiVisual")) is not None) is (lang == "ar")


def test_a_tables_row_of_empty_cells_is_a_row_of_its_table():
    """A header of one empty cell (`| |`) has no words, so no ops: it was left out, and the first row with words was
    marked the table's header."""
    body = "## 1. Retention\n\n| |\n|---|\n| logs kept 30 days |\n"
    r = redline.diff(policy(body), policy(edit(body, "30 days", "60 days"), date="2030-02-01"))
    document = docx.Document(io.BytesIO(render_docx(r, author=AUTHOR)))
    (table,) = document.tables
    assert table_rows(document, accept=True) == [[""], ["logs kept 60 days"]]
    assert [row.trPr is not None and row.trPr.find(qn("w:tblHeader")) is not None for row in table._tbl.tr_lst] \
        == [True, False]
