"""GitHub's emoji shortcodes (`:white_check_mark:`, `:warning:`) as the emoji the old site showed.

GitHub, Jekyll's jemoji and MkDocs Material's emoji extension draw a shortcode as its emoji; the site's Markdown
shows it as written, words between colons (a cookie table's `:white_check_mark:` and `:x:` lost what they said at a
glance). Their names and characters are GitHub's, as pymdown-extensions (pinned) keeps them.
"""
from __future__ import annotations

import re

from pymdownx import gemoji_db

_SHORTCODE = re.compile(r"(?<![\w:]):([a-z0-9_+-]+):(?![\w:])")


def _character(name: str) -> str | None:
    entry = gemoji_db.emoji.get(f":{name}:") or gemoji_db.emoji.get(gemoji_db.aliases.get(f":{name}:", ""))
    points = entry.get("unicode_alt") or entry.get("unicode") if entry else None  # `_alt`: with its emoji style
    return "".join(chr(int(point, 16)) for point in points.split("-")) if points else None


def shortcodes(text: str) -> tuple[str, list[str]]:
    """`text` with each shortcode GitHub knows as its emoji, and the shortcodes replaced (others stay words)."""
    found: list[str] = []

    def emoji(match: re.Match[str]) -> str:
        character = _character(match.group(1))
        if character is None:
            return match.group(0)
        found.append(match.group(0))
        return character

    return _SHORTCODE.sub(emoji, text), found
