"""The built French page says, sentence for sentence, what the scraped public page said."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from helpers import FROZEN, ROOT, SEED

ARTIFACT_LINES = {"top of page", "bottom of page", "GRPD - FR.png"}
STALE_BLOCK_START = "19 Comment la présente Politique est mise à jour"  # the older page's copy, no dot


class _Text(HTMLParser):
    """Visible text of a page, permalink signs and scripts left out."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style") or ("class", "headerlink") in attrs:
            self._skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self._skip and tag in ("script", "style", "a"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def corrections() -> list[tuple[str, str]]:
    """The README's content-notes table: (seed text, published text)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = readme[readme.index("## Content notes"):]  # other tables of the README are not corrections
    rows = re.findall(r"^\| [^|]+ \| `([^`]+)` \| `([^`]+)` \|", readme, re.M)
    assert len(rows) >= 5, "the README's content notes table was not found"
    return rows


def seed_units() -> list[str]:
    """Lines of the seed without scrape artifacts, corrected as the README lists."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    lines = lines[: lines.index(STALE_BLOCK_START)]
    units = []
    for line in lines:
        line = normalise(line.replace("•", ""))
        if line and line not in ARTIFACT_LINES:
            for old, new in corrections():
                line = line.replace(old, new)
            units.append(line)
    return units


def sentences(unit: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;:…])\s+", unit) if s]


def test_every_sentence_of_the_seed_is_on_the_built_french_page(built_site):
    parser = _Text()
    parser.feed((built_site / "fr" / "index.html").read_text(encoding="utf-8"))
    page = normalise("".join(parser.parts))
    missing = [s for unit in seed_units() for s in sentences(unit) if s not in page]
    assert missing == []
    assert len(seed_units()) == 167  # headings, paragraphs and list items of the seed


def test_every_correction_is_used_and_artifacts_are_gone(built_site):
    seed = SEED.read_text(encoding="utf-8")
    source = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8")
    page = (built_site / "fr" / "index.html").read_text(encoding="utf-8")
    for old, _new in corrections():
        assert old in seed, f"correction {old!r} is not in the seed"
    for artifact in ("Dial-Once", "GRPD", "top of page", "2016-2020", "par par"):
        assert artifact not in source and artifact not in page
