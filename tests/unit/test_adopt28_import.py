"""Import's leftovers of session 42 and what a corpus of real shapes found (session 43, adopt28): Jina Reader's header,
ids a heading shares with another element, back-to-top links beside a contents link, malformed fragments."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from policysite import importer
from policysite.convert import Source

DAY = dt.date(2021, 6, 1)


def _imported(tmp_path: Path, name: str, text: str) -> importer.Text:
    """The import's text of a source file `name` holding `text`, as `policy import` commits it."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    kind = {"md": "markdown", "html": "html"}[name.rsplit(".", 1)[1]]
    return importer._convert(Source(source, DAY, kind), lang="en", authoritative=True)


def test_a_page_saved_by_jina_reader_has_its_header_read_as_front_matter_and_its_address_as_its_own(tmp_path: Path):
    """Jina Reader's `Title:`, `URL Source:`, `Published Time:` over `Markdown Content:`: only the Title line was read
    (a blank line ended the metadata), `URL Source: …` and `Markdown Content:` were the text's first paragraphs and the
    page's address unread, so `/terms` lost its target. The header is the page's metadata, its address its own."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "Title: Privacy Policy | Acme\n\nURL Source: https://acme.example/legal/privacy\n\n"
        "Published Time: 2021-05-30T10:00:00Z\n\nMarkdown Content:\n# Privacy Policy\n\nSee our [terms](/terms) and "
        "[rights](https://acme.example/legal/privacy#rights).\n\n## Rights {#rights}\n\nYou have rights.\n"))
    assert text.body.startswith("# Privacy Policy\n\nSee our [terms](https://acme.example/terms) and [rights](#rights)."
                                "\n"), text.body
    assert "URL Source" not in text.body and "Markdown Content" not in text.body, text.body
    assert any("Jina Reader's header" in note for note in text.notes), text.notes


def test_a_text_opening_with_a_line_of_its_own_like_a_key_keeps_it(tmp_path: Path):
    """Lines shaped as keys with no `Markdown Content:` under them are the text's own words, as before."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "Effective: 1 June 2021\n\nScope: this notice.\n\n# Privacy\n\nText.\n"))
    assert "Effective: 1 June 2021" in text.body and "Scope: this notice." in text.body, text.body
