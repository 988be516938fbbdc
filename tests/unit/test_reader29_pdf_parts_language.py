"""The PDF redline tags a part the text marks as written in another language (`<span lang="en">session cookie</span>`
in a French text) in that language, its words kept, deleted or inserted (reader29, WCAG 3.1.2 / PDF/UA: a marked-content
sequence's /Lang): it set them in the text's language, as the changes page did before. Its data gains a language only
where a stretch has one: every other redline's PDF data is the same."""
from __future__ import annotations

import json

from policysite.redline import pdf as redline_pdf
from unit.test_reader29_parts_language import OLD, _diff
from unit.test_redline16_pdf_title_lang import _spans

NEW = OLD.replace("session cookie", "persistent cookie")


def _ops(data: dict) -> list[list]:
    return [op for section in data["sections"] for block in section["blocks"] for op in block.get("ops", [])]


def test_the_pdfs_data_says_each_stretchs_language():
    data = redline_pdf.data(_diff(OLD, NEW), site="Acme", lang="fr")
    said = [[op[0], op[1].strip(), op[3]] for op in _ops(data) if len(op) > 3]
    assert said == [["delete", "session", "en"], ["insert", "persistent", "en"], ["", "cookie", "en"]]
    json.dumps(data)


def test_a_redline_without_parts_has_the_data_it_had():
    plain = "Nous déposons un témoin sur votre appareil."
    data = redline_pdf.data(_diff(plain, plain.replace("témoin", "traceur")), site="Acme", lang="fr")
    assert all(len(op) <= 3 for op in _ops(data))


def test_the_printed_words_of_a_part_are_tagged_in_its_language():
    spans = _spans(redline_pdf.render_pdf(_diff(OLD, NEW), site="Acme", lang="fr"))
    tagged = [(lang, " ".join(text.split())) for lang, text in spans if lang == "en" and text.strip()]
    assert [text for _, text in tagged] == ["session", "persistent", "cookie"], tagged
