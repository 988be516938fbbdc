"""`policy diff --format text` and `--format markdown` show a changed table as the changes page does: its header, each
changed row with a row of context on each side, and how many unchanged rows are left out between, in the redline's
language (render.laid_out over render.shown_rows). Before, they wrote the changed rows alone, without the header that
names their columns, each run of rows between an unnumbered "…"."""
from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from policysite import redline
from unit.test_redline import policy
from unit.test_redline_long_tables import long_table

EDITED = {100: "| item 100 | kept 101 days |\n"}


def diffed(edited: dict[int, str], *, lang: str = "en", old: str = "") -> redline.Redline:
    return redline.diff(policy(old or long_table(), lang=lang), policy(long_table(edited), lang=lang, date="2030-02-01"))


@pytest.mark.parametrize(("lang", "said"), [("en", "Unchanged rows not shown: {}"),
                                            ("fr", "Lignes inchangées non montrées\u00a0: {}")])
def test_the_text_redline_shows_the_header_the_changed_row_with_a_row_around_and_the_counts_left_out(lang, said):
    text = redline.render_text(diffed(EDITED, lang=lang), color=False)
    body = text.split("\n\n", 1)[1].splitlines()[1:]
    assert body == ["  Item | Kept", f"  … {said.format(98)}", "  item 99 | kept 99 days",
                    "  item 100 | kept [-100-] {+101+} days", "  item 101 | kept 101 days", f"  … {said.format(99)}"]


def table_of(markdown: str) -> list[list[str]]:
    """The rows of the one table a GitHub-like Markdown reader finds in `markdown`, each its cells' HTML."""
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    (table,) = re.findall(r"<table>.*?</table>", html, re.S)
    return [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


@pytest.mark.parametrize(("lang", "said"), [("en", "Unchanged rows not shown: {}"),
                                            ("fr", "Lignes inchangées non montrées\u00a0: {}")])
def test_the_markdown_redline_is_a_table_of_the_header_the_changed_rows_with_context_and_the_counts_left_out(
        lang, said):
    shown = table_of(redline.render_markdown(diffed(EDITED, lang=lang)))
    assert shown == [["Item", "Kept"], [f"<em>{said.format(98)}</em>", ""], ["item 99", "kept 99 days"],
                     ["item 100", "kept <del>100</del> <ins>101</ins> days"], ["item 101", "kept 101 days"],
                     [f"<em>{said.format(99)}</em>", ""]]


def test_a_cell_writing_a_bar_or_a_link_stays_in_its_column_and_the_links_target_follows_the_table():
    old = long_table({3: "| a \\| b | [the register](https://old.example/) |\n"})
    r = diffed({3: "| a \\| b | [the register](https://new.example/) |\n"}, old=old)
    markdown = redline.render_markdown(r)
    # a run of one unchanged row (item 1) is shown, as on the pages
    assert table_of(markdown)[:6] == [["Item", "Kept"], ["item 1", "kept 1 days"], ["item 2", "kept 2 days"],
                                      ["a | b", "the register"], ["item 4", "kept 4 days"],
                                      ["<em>Unchanged rows not shown: 196</em>", ""]]
    after = markdown.split("| item 4 | kept 4 days |", 1)[1]
    assert re.search(r"\n\nLink targets: <del>`⟨https://old\.example/⟩`</del> <ins>`⟨https://new\.example/⟩`</ins>",
                     after), after
    assert "new.example" in redline.render_text(r, color=False).split("item 4 | kept 4 days", 1)[1]


def test_a_table_whose_every_row_changed_is_shown_whole_and_a_short_one_as_it_is():
    every = {k: f"| item {k} | kept {k} weeks |\n" for k in range(1, 201)}
    text = redline.render_text(diffed(every), color=False)
    assert "not shown" not in text and text.count("{+weeks+}") == 200 and "  Item | Kept" in text
    short = "## 1. Register\n\n| Item | Kept |\n|---|---|\n| a | 1 |\n| b | 2 |\n"
    r = redline.diff(policy(short), policy(short.replace("| b | 2 |", "| b | 3 |"), date="2030-02-01"))
    assert table_of(redline.render_markdown(r)) == [["Item", "Kept"], ["a", "1"], ["b", "<del>2</del> <ins>3</ins>"]]
