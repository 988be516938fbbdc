"""The redline's PDF as a reader of the print reads it (redline16): a word deleted and the word inserted in its place
are two words in its text layer, `[−one] [+two]`, not `[−one][+two]` (the HTML and Word redlines space them so,
engine.segments), at a paragraph's end, before punctuation and in a table's cell alike; text written without spaces
(Japanese) gets none."""
from __future__ import annotations

import pytest

from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from unit.test_redline import policy

SITE = "Zephyr Widgets policies"


def printed(old: str, new: str, lang: str = "en") -> str:
    r = redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))
    return pdftext.text(redline_pdf.render_pdf(r, site=SITE, lang=lang))


@pytest.mark.parametrize(("old", "new", "shown"), [
    ("We keep the logs one year", "We keep the logs two years", "[−one year] [+two years]"),  # at its end
    ("We keep the logs one year.", "We keep the logs two year.", "[−one] [+two] year."),  # before punctuation
    ("We keep it for one.", "We keep it for two.", "[−one] [+two]."),
])
def test_a_deletion_and_the_insertion_beside_it_read_as_two_words(old, new, shown):
    text = printed(f"## 1. Logs\n\n{old}\n", f"## 1. Logs\n\n{new}\n")
    assert shown in " ".join(text.split())


def test_in_a_tables_cell_too():
    table = "## 1. Logs\n\n| What | How long |\n|---|---|\n| Logs of the web servers | {} |\n"
    text = printed(table.format("one year"), table.format("two years"))
    assert "[−one year] [+two years]" in " ".join(text.split())


def test_text_written_without_spaces_gets_none():
    # (what the template sets, the engine carrying no font of Japanese)
    ops = redline.word_ops("データを３年間保存します。", "データを５年間保存します。")
    assert redline_pdf._ops(ops) == [["", "データを"], ["delete", "３"], ["insert", "５"], ["", "年間保存します。"]]
    assert redline_pdf._ops(redline.word_ops("for one.", "for two.")) == [
        ["", "for "], ["delete", "one"], ["", " "], ["insert", "two"], ["", "."]]
