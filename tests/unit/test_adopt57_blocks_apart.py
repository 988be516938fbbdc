"""Adopt57: blocks markdownify has no converter for (`<address>`, `<aside>`, `<header>`, `<figure>` …) were written as
their words alone, glued to the next block's: two `<address>` lines read "4 Kiln LaneStoke", an `<aside>` "our
bank.The bank"; and an empty `<div>` between two runs of words (a page builder's spacer, `<span>…,</span><div
class="spacer"></div><span>kept…</span>`), left out as showing nothing, glued them too ("address,kept"). Each such
block is now a block of its own, as a `<div>` is; an empty one between words parts them as a line break."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert
from policysite.convert.markdown_writer import Converter

DATA = Path(__file__).parents[1] / "data" / "adoption57" / "blocks-apart-2023-08-01.html"


def test_blocks_without_a_converter_and_empty_blocks_part_words():
    markdown = convert(DATA, lang="en").markdown
    assert "Thistle Yard Ceramics  \n4 Kiln Lane\n\nStoke, ST1 1AA\n" in markdown, markdown
    assert "Your name and address,  \nkept for six years.\n" in markdown, markdown
    assert "Payment is handled by our bank.\n\nThe bank keeps its own records." in markdown, markdown
    page = f"---\ndate: 2023-08-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
    words = " ".join(block.text for section in rendering.read(page, lang="en").sections for block in section.blocks)
    assert "LaneStoke" not in words and "address,kept" not in words and "bank.The" not in words


def test_each_block_element_is_a_block():
    for tag in ("address", "aside", "header", "footer", "nav", "main", "figure", "hgroup", "search"):
        assert Converter().convert(f"<{tag}>One</{tag}><{tag}>Two</{tag}>Three").split("\n\n") == \
            ["One", "Two", "Three"], tag


def test_an_empty_block_among_blocks_adds_nothing(tmp_path: Path):
    page = tmp_path / "privacy-2023-08-01.html"
    page.write_text("<html><body><main><h1>Privacy</h1><p>One.</p><div></div><p>Two.</p><div>Three<div></div></div>"
                    "</main></body></html>", encoding="utf-8")
    assert convert(page, lang="en").markdown.strip() == "# Privacy\n\nOne.\n\nTwo.\n\nThree"
