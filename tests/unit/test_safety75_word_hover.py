"""safety75: a served Word redline's comment saying a block's hover words ("Text shown on hover: …") passed whatever
words followed the label: a hand commit of the branch whose redline said "Text shown on hover: [+This clause no longer
applies.]" beside a clause passed, words no check read. The redline writes a block's tooltips there, which the checks
let say only words the page shows (editorial.tooltip) and no character that draws nothing; a comment's hover words
are now read so against the document's words, each side (the older text's, the newer's) against its own."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import document, docxactions, redline
from policysite.redline.docx import render_docx

OLD = ("---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. One\n\nWrite to [us](https://example.test/a \"our desk\") under "
       'the <abbr title="General Data Protection Regulation">GDPR</abbr>.\n\n## 2. Two\n\nOur desk is open.\n')


def _redline(old: str, new: str, lang: str = "en") -> bytes:
    changes = redline.diff(document.parse(old, path="a.md", lang=lang), document.parse(new, path="a.md", lang=lang))
    return render_docx(changes, author="Zephyr Widgets SAS", lang=lang)


def _with_comments(data: bytes, old: bytes, new: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "word/comments.xml":
                assert old in part, part
                part = part.replace(old, new, 1)
            target.writestr(info, part)
    return out.getvalue()


NEW = OLD.replace("2030-01-01", "2030-03-01").replace("General Data", "Global Data")


@pytest.mark.parametrize(("old", "new"), [
    ("[+Global]", "[+This clause no longer applies.]"),  # words of the comment's own
    ("Data Protection Regulation", "Data Protection Regulation. We sell your data"),
    ("[\u2212General]", "[\u2212We never sell your data]"),  # (the older side's words too)
    ("[+Global]", "[+Glo\u200b\u200b\u200bbal]"),  # characters that draw nothing, as the page refuses them
    ("[+Global]", "[+Regulation Protection]"),  # the page's words, in another order
])
def test_hover_words_the_document_does_not_show_are_refused(old, new):
    data = _redline(OLD, NEW)
    assert docxactions.docx_action(data) == ""
    forged = _with_comments(data, old.encode(), new.encode())
    found = docxactions.docx_action(forged)
    assert found.startswith("word/comments.xml: <w:comment> Text shown on hover: "), found


@pytest.mark.parametrize("new", [
    # a link's title repeating words the page shows elsewhere, in that order (a term the text defines)
    OLD.replace("2030-01-01", "2030-03-01").replace('"our desk"', '"Our desk is open"'),
    # the older title's words are the older text's only: each side is read against its own words
    OLD.replace("2030-01-01", "2030-03-01").replace('"our desk"', '"our office"').replace("Our desk", "Our office"),
    # an abbreviation spelled out, added
    OLD.replace("2030-01-01", "2030-03-01").replace('<abbr title="General Data Protection Regulation">GDPR</abbr>',
                                                     "GDPR").replace("Write to", "Write, under the "
                                                                     '<abbr title="Data Protection Officer">DPO</abbr>, to'),
])
def test_the_redline_s_own_hover_words_pass(new):
    data = _redline(OLD, new)
    with zipfile.ZipFile(io.BytesIO(data)) as word:
        assert b"Text shown on hover: " in word.read("word/comments.xml")
    assert docxactions.docx_action(data) == ""
