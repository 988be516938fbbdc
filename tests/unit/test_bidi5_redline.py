"""bidi5: a change that only puts in or takes out direction isolates or marks (`⁦+966 11 123 4567⁩`, as `policy import`
writes a number of a right-to-left text and editorial.bidi asks for it) is a formatting-only edit, as a typographic
apostrophe is (redline8): no word of it shows as inserted or deleted in the text, Markdown, JSON, Word or PDF
redline; a word changed beside them is marked alone."""
from __future__ import annotations

import json

import pytest

from policysite import redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy

AR = ("## 1. التواصل\n\nاتصل بنا على الرقم +966 11 123 4567 في أي وقت.\n\n"
      "- البريد: privacy@mithal.example\n- الموقع: https://mithal.example/contact/\n\n"
      "| القناة | العنوان |\n|---|---|\n| الهاتف | 011-123-4567 |\n\n"
      "## 2. الحقوق 05\n\nيمكنك طلب الوصول إلى بياناتك.\n")
LRI, PDI = "\u2066", "\u2069"


@pytest.mark.parametrize(("old", "new"), [
    ("+966 11 123 4567", f"{LRI}+966 11 123 4567{PDI}"),  # isolated, in a paragraph
    ("privacy@mithal.example", f"{LRI}privacy@mithal.example{PDI}"),  # ... in a list item
    ("https://mithal.example/contact/", f"{LRI}https://mithal.example/contact/{PDI}"),
    ("| 011-123-4567 |", f"| {LRI}011-123-4567{PDI} |"),  # ... in a table's cell
    ("## 2. الحقوق 05", "## 2. الحقوق \u200e05"),  # a left-to-right mark, in a heading
    ("في أي وقت.", "في أي وقت.\u200f"),  # a right-to-left mark
    ("يمكنك طلب", "\u202bيمكنك طلب\u202c"),  # an embedding
    ("بنا على", "بنا\u061c على"),  # the Arabic letter mark
])
def test_direction_marks_put_in_or_taken_out_are_a_formatting_only_edit(old: str, new: str) -> None:
    for a, b in ((AR, AR.replace(old, new)), (AR.replace(old, new), AR)):
        r = redline.diff(policy(a, lang="ar"), policy(b, lang="ar", date="2030-02-01"))
        assert not r.changed and r.summary.changed == () and r.notes.formatting == 1, new
        text = redline.render_text(r, color=False)
        assert "{+" not in text and "[-" not in text, text


ISOLATED = AR.replace("+966 11 123 4567", f"{LRI}+966 11 123 4567{PDI}")
REWORDED = ISOLATED.replace("في أي وقت", "في كل وقت")


def test_a_word_changed_beside_isolates_is_marked_alone_the_isolates_kept() -> None:
    r = redline.diff(policy(AR, lang="ar"), policy(REWORDED, lang="ar", date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert [op for op in block.ops if op[0] != "equal"] == [("delete", "أي "), ("insert", "كل ")]
    assert redline.apply(block.old.text, block.ops) == block.new.text  # the new text, its isolates in it
    assert f"{LRI}+966 11 123 4567{PDI}" in block.new.text
    text = redline.render_text(r, color=False)
    assert f"{{+{LRI}+}}" not in text and f"{{+{PDI}" not in text, text
    assert f"الرقم {LRI}+966 11 123 4567{PDI} في [-أي-] {{+كل+}} وقت." in text, text


def test_no_renderer_shows_an_isolate_put_in_as_a_change() -> None:
    r = redline.diff(policy(AR, lang="ar"), policy(REWORDED, lang="ar", date="2030-02-01"))
    markdown = redline.render_markdown(r)
    assert f"الرقم {LRI}+966 11 123 4567{PDI} في <del>أي</del> <ins>كل</ins> وقت." in markdown, markdown
    ops = [op for s in redline.to_json(r)["sections"] for b in s["blocks"] for op in b.get("ops", [])]
    changed = [op for op in ops if op[0] != "equal"]
    assert [op[1].strip() for op in changed] == ["أي", "كل"], changed
    payload = json.dumps(redline_pdf.data(r, site="Mithal", lang="ar"), ensure_ascii=False)
    assert f'["insert", "{LRI}' not in payload and f'["insert", "{PDI}' not in payload, payload


def test_the_word_redline_has_no_revision_for_isolates_put_in() -> None:
    from unit.test_redline8_docx import text_of

    r = redline.diff(policy(AR, lang="ar"), policy(ISOLATED, lang="ar", date="2030-02-01"))
    data = render_docx(r, author="Mithal")
    assert text_of(data, accept=True) == text_of(data, accept=False)

