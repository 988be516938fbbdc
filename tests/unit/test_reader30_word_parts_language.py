"""A part the text marks as written in another language (`<span lang="en">session cookie</span>` in a French text)
keeps its language in the Word redline (`w:lang` on its runs, WCAG 3.1.2 as on the pages, reader30): Word proofed and
read it as the text's language. Its words kept, inserted or deleted, in a table's cell, in paragraphs merged, in a
paragraph moved; in a right-to-left document, an English part is set left to right; the gate passes it."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline9 import _body

OLD = 'Nous déposons un <span lang="en">session cookie</span> sur votre appareil.'
_FILLER = ("Ce paragraphe décrit en détail une autre partie du service que nous fournissons à nos clients, "
           "avec ses conditions propres et ses limites précises.")


def _word(old: str, new: str, *, lang: str = "fr") -> bytes:
    changes = redline.diff(policy(_body(old), lang=lang), policy(_body(new), date="2030-02-01", lang=lang))
    return render_docx(changes, author="Acme", lang=lang)


def _runs(data: bytes) -> list[tuple[str, str, str, bool]]:
    """Each run of the body naming a language: what holds it (del, ins, moveFrom, moveTo, or p), its words, its
    language's `w:val` and whether it is set right to left."""
    body = docx.Document(io.BytesIO(data)).element.body
    out = []
    for run in body.iter(qn("w:r")):
        props = run.find(qn("w:rPr"))
        lang = props.find(qn("w:lang")) if props is not None else None
        if lang is None or lang.get(qn("w:val")) is None:
            continue
        holder = run.getparent().tag.split("}")[1]
        words = "".join(t.text or "" for t in run.iter(qn("w:t"), qn("w:delText")))
        out.append((holder if holder != "hyperlink" else "p", words, lang.get(qn("w:val")),
                    props.find(qn("w:rtl")) is not None))
    return out


def test_the_words_kept_in_a_part_are_named_in_its_language():
    data = _word(OLD, OLD.replace("Nous déposons", "Nous pouvons déposer"))
    assert _runs(data) == [("p", "session cookie", "en", False)]
    assert docxactions.docx_action(data) == ""


def test_a_word_inserted_or_deleted_in_a_part_is_named_inside_its_revision():
    data = _word(OLD, OLD.replace("session cookie", "persistent cookie"))
    assert [(holder, words.strip(), code) for holder, words, code, _ in _runs(data)] == [
        ("del", "session", "en"), ("ins", "persistent", "en"), ("p", "cookie", "en")]


def test_a_part_added_or_removed_whole_and_no_word_of_the_text_named_so():
    plain = "Nous déposons un témoin sur votre appareil."
    assert [(h, w.strip(), c) for h, w, c, _ in _runs(_word(plain, OLD))] == [("ins", "session cookie", "en")]
    assert [(h, w.strip(), c) for h, w, c, _ in _runs(_word(OLD, plain))] == [("del", "session cookie", "en")]
    # a text without parts: no run names a language (the document's default, its styles, names the text's)
    assert _runs(_word(plain, plain.replace("témoin", "petit témoin"))) == []


def test_a_tables_cell_and_a_nested_part_say_their_language():
    table = '| Nom | Type |\n|---|---|\n| sid | <span lang="en">session cookie</span> |\n'
    assert [(w, c) for _, w, c, _ in _runs(_word(table, table.replace("sid", "sid2")))] == [("session cookie", "en")]
    nested = 'Le terme <q lang="de">Datenschutz <span lang="en">by design</span></q> est repris.'
    assert [(w.strip(), c) for _, w, c, _ in _runs(_word(nested, nested.replace("est repris", "est cité")))] == [
        ("Datenschutz", "de"), ("by design", "en")]


def test_paragraphs_merged_keep_the_parts_language():
    second = "Il expire à la fermeture du navigateur."
    runs = _runs(_word(f"{OLD}\n\n{second}", f"{OLD} {second}"))
    assert runs and {(w.strip(), c) for _, w, c, _ in runs} == {("session cookie", "en")}


def test_a_paragraph_moved_keeps_the_parts_language_in_its_move():
    old = f"{OLD}\n\n" + "\n\n".join(f"{_FILLER} ({n})" for n in range(4))
    new = "\n\n".join(f"{_FILLER} ({n})" for n in range(4)) + f"\n\n{OLD}"
    runs = _runs(_word(old, new))
    assert {(holder, words.strip(), code) for holder, words, code, _ in runs} == {
        ("moveFrom", "session cookie", "en"), ("moveTo", "session cookie", "en")}


def test_in_a_right_to_left_document_an_english_part_is_set_left_to_right():
    old = 'نضع <span lang="en">session cookie</span> على جهازك.'
    data = _word(old, old.replace("على جهازك", "على جهازك الآن"), lang="ar")
    assert _runs(data) == [("p", "session cookie", "en", False)]
    body = docx.Document(io.BytesIO(data)).element.body
    assert any(run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
               for run in body.iter(qn("w:r")))  # (the text's own words stay right to left)
    assert docxactions.docx_action(data, served_rtl=True) == ""


def test_a_part_in_a_complex_or_east_asian_script_is_named_for_its_letters():
    old = 'Le mot <span lang="ja">個人情報</span> et le mot <span lang="hi">गोपनीयता</span> sont repris.'
    data = _word(old, old.replace("sont repris", "sont cités"))
    body = docx.Document(io.BytesIO(data)).element.body
    named = {lang.get(qn("w:val")): (lang.get(qn("w:eastAsia")), lang.get(qn("w:bidi")))
             for lang in body.iter(qn("w:lang"))}
    assert named == {"ja": ("ja", None), "hi": (None, "hi")}
    # a left-to-right document sets no run right to left (the gate refuses it there: safety78)
    assert not list(body.iter(qn("w:rtl")))
    assert docxactions.docx_action(data) == ""
