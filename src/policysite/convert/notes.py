"""Notes of a conversion: one sentence per kind of change, the lines it happened on merged."""
from __future__ import annotations

from collections.abc import Sequence

from policysite.messages import Said


def quoted(words: Sequence[str], *, most: int = 3) -> Said:
    """The first `most` of `words` quoted, and how many more: “a”, “b” and 2 more (« a », « b » et 2 autres)."""
    return Said("convert.quoted-list", quoted=[Said("convert.quoted", words=one) for one in words[:most]],
                more=Said("convert.and-more", count=len(words) - most) if len(words) > most else "")


def clipped(text: str, most: int) -> Said:
    """`text`'s first `most` characters quoted, `…` after them where it is longer."""
    return Said("convert.quoted", words=f"{text[:most]}{'…' if len(text) > most else ''}")


def each_quoted(words: Sequence[str], *, most: int | None = None) -> list[Said]:
    """Each of `words` quoted (its first `most` characters), to be said joined (`{passages:each:, }`)."""
    return [Said("convert.quoted", words=one[:most]) for one in words]


def say_margins(words: Sequence[str], notes: Notes) -> None:
    """Said: the words of a document's page headers and footers (`words`, one string each) were left out (a web page
    has no pages), a few of them quoted, so that what the policy needs of them is written into its text."""
    said = " · ".join(dict.fromkeys(word for word in words if word))
    if said:
        notes.add(Said("convert.word-margins", words=f"{said[:100]}{'…' if len(said) > 100 else ''}"))


class Notes:
    """Collects what a conversion changed; the same change on several lines becomes one note."""

    def __init__(self, where: str = "line") -> None:
        self.where = where  # how lines are named: "line" (the source's) or "Markdown line" (a conversion's)
        self.offset = 0  # added to every line: the front matter's lines above a Markdown body
        self.source_lines: list[int] = []  # where given, the source's line of each line of the text (not offset)
        # each message's lines, a dict for its order and a look-up in constant time (a list's `in` made one note
        # spread over 20,000 lines quadratic: adopt39)
        self._lines: dict[str, dict[int, None]] = {}
        self._order: list[str] = []

    def add(self, message: str, line: int | None = None) -> None:
        """Record `message`, at a 1-based `line` of the text being converted (None: the whole file)."""
        if message not in self._lines:
            self._lines[message] = {}
            self._order.append(message)
        if line is not None and 0 < line <= len(self.source_lines):
            line = self.source_lines[line - 1] - self.offset
        if line is not None:
            self._lines[message][line + self.offset] = None

    def said(self, key: str, **fields: object) -> str | None:
        """The message of catalogue `key` recorded with these `fields`, if any: a later pass reading the same words
        adds its lines to it rather than saying them a second time, in other words."""
        return next((message for message in self._order if isinstance(message, Said) and message.key == key
                     and all(message.fields.get(name) == value for name, value in fields.items())), None)

    def remap(self, origin: Sequence[int]) -> None:
        """A pass wrote a text whose line k stands for line `origin[k - 1]` of the one it read: the notes of the passes
        after it name the lines of the source still (a term a definition list's pass put on a line of its own moved
        every line under it, and each note after it named the wrong line: adopt30)."""
        if list(origin) == list(range(1, len(origin) + 1)):
            return
        prior = self.source_lines
        self.source_lines = [prior[n - 1] if n <= len(prior) else n + self.offset for n in origin]

    def shift(self, *, after: int, by: int) -> None:
        """Move the lines after line `after` by `by` (lines put in or taken out of the text above them)."""
        for message, lines in self._lines.items():
            self._lines[message] = dict.fromkeys(line + by if line > after else line for line in lines)

    def messages(self) -> list[str]:
        """The notes in the order first seen, without their lines."""
        return list(self._order)

    def sentences(self) -> list[str]:
        """The notes in the order first seen: `line 3: …`, `lines 3, 8 and 12: …`, or the message alone; a `Said`
        where lines are named or the message is one (said in the site's language: `lignes 3, 8 et 12 : …`)."""
        out: list[str] = []
        markdown = "markdown-" if self.where == "Markdown line" else ""
        for message in self._order:
            lines = sorted(self._lines[message])
            if not lines:
                out.append(message)
                continue
            shown: list[str] = [str(n) for n in lines[:8]]
            if len(lines) > 8:
                shown.append(Said("import.note/more", count=len(lines) - 8))
            out.append(Said(f"import.note/{markdown}line", line=shown[0], note=message) if len(shown) == 1 else
                       Said(f"import.note/{markdown}lines", lines=", ".join(shown[:-1]), last=shown[-1], note=message))
        return out
