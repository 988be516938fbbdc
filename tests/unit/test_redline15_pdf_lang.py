"""The PDF redline of a language whose words the site has not (its own words in English, `ui`) tags each paragraph of
its own words as English (redline15): a section's status ("changed"), the summary's label, where a block moved and its
links' targets were set as emphasis or a label inside a paragraph of the text's language, and Typst tags a paragraph's
language (/Lang), not a run's: a screen reader read "changed" and "Summary" in Urdu or Lithuanian. The text's own
paragraphs keep the text's language."""
from __future__ import annotations

import io
import re
from collections import defaultdict

import pikepdf
import pytest

from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from unit.test_redline import policy

BODIES = {
    "ur": ("## 1. ڈیٹا\n\nہم آپ کا ڈیٹا ایک سال تک رکھتے ہیں۔\n\nہم اسے [یہاں](https://example.test/a) شائع کرتے ہیں۔\n\n"
           "## 2. حقوق\n\nآپ کو رسائی کا حق حاصل ہے اور آپ اپنا ڈیٹا درست کروا سکتے ہیں۔\n\nشکریہ۔\n",
           (("ایک سال", "دو سال"), ("/a)", "/b)"))),
    "lt": ("## 1. Duomenys\n\nMes saugome jūsų duomenis vienerius metus.\n\nJuos skelbiame [čia](https://example.test/a).\n\n"
           "## 2. Teisės\n\nJūs turite teisę susipažinti su savo duomenimis ir juos ištaisyti.\n\nAčiū.\n",
           (("vienerius metus", "dvejus metus"), ("/a)", "/b)"))),
}

LETTERS = {"ur": "[\u0600-\u06ff]", "lt": "[ąčęėįšųūž]"}


def _tagged(data: bytes) -> list[tuple[str, str, str]]:
    """Each paragraph and heading of the PDF's structure tree: its tag, the language it is read in (its /Lang, else its
    nearest ancestor's, else the document's) and its text (its marked contents', by their MCIDs)."""
    with pikepdf.open(io.BytesIO(data)) as document:
        marked: dict[tuple[int, int], str] = defaultdict(str)
        pages = {page.objgen: n for n, page in enumerate(document.pages)}
        for n, page in enumerate(document.pages):
            fonts = {str(name): (pdftext.to_unicode(font), pdftext.code_width(font))
                     for name, font in page.Resources.get("/Font", {}).items()}
            open_ids: list[int | None] = []
            codes: tuple[dict[int, str], int] = ({}, 1)
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    props = operands[1] if name == "BDC" else None
                    open_ids.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props
                                    else None)
                elif name == "EMC" and open_ids:
                    open_ids.pop()
                elif name == "Tf":
                    codes = fonts.get(str(operands[0]), ({}, 1))
                elif name in ("Tj", "TJ") and (mcid := next((m for m in reversed(open_ids) if m is not None), None)) \
                        is not None:
                    shown = operands[-1]
                    for item in shown if isinstance(shown, pikepdf.Array) else [shown]:
                        if isinstance(item, pikepdf.String):
                            marked[n, mcid] += "".join(pdftext._decoded(bytes(item), *codes))
        out: list[tuple[str, str, str]] = []

        def text_of(node, page: int | None) -> str:
            if isinstance(node, int):
                return marked.get((page, node), "") if page is not None else ""
            if isinstance(node, pikepdf.Array):
                return "".join(text_of(kid, page) for kid in node)
            if isinstance(node, pikepdf.Dictionary):
                here = pages.get(node.Pg.objgen, page) if "/Pg" in node else page
                if "/MCID" in node:
                    return marked.get((here, int(node.MCID)), "")
                return text_of(node.get("/K"), here)
            return ""

        def walk(node, lang: str, page: int | None) -> None:
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    walk(kid, lang, page)
                return
            if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
                return
            lang = str(node.Lang) if "/Lang" in node else lang
            page = pages.get(node.Pg.objgen, page) if "/Pg" in node else page
            if str(node.S) in ("/P", "/H1", "/H2", "/H3", "/H4", "/LBody"):
                out.append((str(node.S), lang, " ".join(text_of(node.get("/K"), page).split())))
            walk(node.get("/K"), lang, page)

        walk(document.Root.StructTreeRoot.K, str(document.Root.Lang), None)
    return out


@pytest.mark.parametrize("lang", BODIES)
def test_its_own_words_are_tagged_english_and_the_texts_its_language(lang):
    body, edits = BODIES[lang]
    new = body
    for old_words, new_words in edits:
        new = new.replace(old_words, new_words)
    # a paragraph moved to another section too: said "Moved to §2", "Moved here from §1"
    moved = body.split("\n\n")[2]
    new = new.replace(moved.replace("/a)", "/b)") + "\n\n", "").replace("\n\nشکریہ۔", f"\n\n{moved}\n\nشکریہ۔") \
        .replace("\n\nAčiū.", f"\n\n{moved}\n\nAčiū.")
    r = redline.diff(policy(body, lang=lang), policy(new, date="2030-02-01", lang=lang))
    t = redline.labels(lang)
    tagged = _tagged(redline_pdf.render_pdf(r, site="Acme", lang=lang))
    own = [(tag, said, words) for tag, said, words in tagged
           if words.startswith((t["changed"], t["summary"], t["links"], "Moved "))]
    assert len(own) >= 5, tagged  # (the summary's label, both sections' status, a move said twice, a link's target)
    assert {said for _, said, _ in own} == {"en"}, own
    # the text's paragraphs: those of its letters (drawn in the order they are shown, a right-to-left line reversed)
    text = [said for tag, said, words in tagged if tag == "/P" and re.search(LETTERS[lang], words)
            and not words.startswith((t["links"], "Moved "))]
    assert len(text) >= 4 and set(text) == {lang}, tagged
