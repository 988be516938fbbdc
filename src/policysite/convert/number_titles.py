"""A section's number standing alone over its title's line is one heading (`## Article 1` over `**Objet**`, or over
`### Objet`, as French, Spanish and Italian contracts centre an article's number and its title on two lines): `##
Article 1 Objet`. One rule for every format the import reads: a Markdown page, and the Markdown an HTML page or a Word
document became (session 44, adopt29: only a Word or HTML page's bold lines were joined; a Markdown page's, and a
number heading over a title heading in any format, stayed a section of a number only, the contents listing
"Article 1", "Article 2", its title an unnumbered subsection or a bold line)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from policysite import inline as inline_text
from policysite.convert.bold_headings import HEADING_WORDS, SENTENCE_END, annex_title, lead_in
from policysite.convert.notes import Notes, quoted
from policysite.document import HEADING_ATTRS
from policysite.heading_numbers import heading_number, section_heading_number
from policysite.messages import Said

# A heading that is only a Roman numeral or a letter and its mark (`## II.`, `## C)`): the document reads its number
# by its series (document._roman_parts, lettered.py); its title may be the line under it as a number's is
_BARE_LABEL = re.compile(r"[IVXLCDM]{1,6}\.|[A-Z][.)]")
_ATX = re.compile(r"[ ]{0,3}(#{1,6})[ \t]+")
_LIST_ESCAPE = re.compile(r"^(\d{1,9})\\(?=[.)])")  # `1\.` (escaped as no list's number): in a heading, `1.`


@dataclass(frozen=True)
class _Block:
    """A block at the top of the text: its kind ("heading", "bold" for a paragraph of one bold line, "lead" for a
    paragraph whose first line is one, its text under it, "other"), its lines (`start` to `end`, 0-based, end
    excluded; a lead's first line only), a heading's level, and its words as shown."""

    kind: str
    start: int
    end: int
    level: int = 0
    words: str = ""


def number_only(words: str) -> bool:
    """Whether a heading's `words` are a section's number alone (`Article 1`, `2.`, `§ 3`, `II.`), no title."""
    found = section_heading_number(words)
    return found is not None and not found[1].strip() or bool(_BARE_LABEL.fullmatch(words))


def title_line(words: str) -> bool:
    """Whether `words` may be the title a number alone stands over: short, unnumbered, neither a sentence nor a
    lead-in (`Nous traitons vos données.`, `Note:`), no annex's own title."""
    return bool(words) and len(words.split()) <= HEADING_WORDS and not words.endswith(SENTENCE_END) \
        and heading_number(words) is None and not number_only(words) and not annex_title(words) \
        and not lead_in(words)


def joined(body: str, notes: Notes, *, at_lines: bool = True) -> str:
    """`body` with each heading that is a number alone, right over its title (a line of bold words alone, or a heading
    at its level or under it that is no sibling of others), as one heading, number then title, said (`at_lines`: with
    the line, where the notes name the text's lines). The title's lines are left blank, so that the lines below keep
    their numbers; the caller makes one blank line of them. A title needs text of its own under it: a bold line over
    another bold line, a heading over a heading, is no title."""
    if "#" not in body:
        return body
    blocks = _blocks(body)
    lines = body.split("\n")
    made: list[tuple[int, str]] = []
    under_heading = 0
    for k, (number, title) in enumerate(zip(blocks, blocks[1:])):
        after = blocks[k + 2] if k + 2 < len(blocks) else None
        # (a number alone in bold over a heading, `**II.**` over `## Objet`: a bold line's bold titles became sections)
        bold_number = number.kind == "bold" and title.kind == "heading" and title.level >= 2
        if not (number.kind == "heading" and number.level >= 2 or bold_number) or not number_only(number.words) \
                or title.kind not in ("heading", "bold", "lead") or not title_line(title.words) \
                or title.kind != "lead" and (after is None or after.kind == "heading"
                                             or title.kind == "bold" and after.kind in ("bold", "lead")) \
                or title.start != number.end \
                and any(line.strip() for line in lines[number.end:title.start]):
            continue
        top = title.level if bold_number else number.level
        if title.kind == "heading" and title.level < top or _siblings(blocks, k, top, title):
            continue
        merged = _merged("#" * title.level + " " + _LIST_ESCAPE.sub(r"\1", _unbolded(lines[number.start].strip())[0])
                         if bold_number else lines[number.start],
                         lines[title.start].rstrip().removesuffix("\\"), bold=title.kind != "heading")
        if merged is None:
            continue
        lines[number.start] = merged
        for n in range(number.start + 1, title.end):
            lines[n] = ""
        made.append((number.start + 1, f"{number.words} {title.words}"))
        under_heading += title.kind == "heading"
    if made:
        key = "convert.number-over-title/heading" if under_heading == len(made) else "convert.number-over-title"
        notes.add(Said(key, count=len(made), shown=quoted([words for _line, words in made])),
                  made[0][0] if at_lines else None)
    return "\n".join(lines)


def _siblings(blocks: list[_Block], k: int, top: int, title: _Block) -> bool:
    """Whether the line `title` under a number alone has others beside it in the number's section (`top` the number
    heading's level): a heading at its level or between it and the number's, a bold line of the same shape after text
    (`**Definitions**` … `**Interpretation**` …): subsections of their own, none the number's title."""
    for block in blocks[k + 2:]:
        if block.kind == "heading" and block.level <= top:
            return False
        if block.kind == "heading" and title.kind == "heading" and block.level <= title.level \
                or block.kind in ("bold", "lead") and title.kind != "heading" and title_line(block.words):
            return True
    return False


def _merged(number: str, title: str, *, bold: bool) -> str | None:
    """The heading line written `number` (`## Article 1 {#a1}`) joined with its title's line as written (`**Objet**`,
    `### Objet`): its marks, the number, the title without its bold marks or heading marks, one id; None where both
    lines give one (which would the links keep?)."""
    marks = _ATX.match(number)
    if marks is None:
        return None
    numbered, number_attrs = _without_attrs(number[marks.end():].rstrip().rstrip("#").rstrip())
    if bold:
        written, bold_mark = _unbolded(title.strip())
        title_attrs = ""
        if not bold_mark:
            return None
    else:
        opened = _ATX.match(title)
        if opened is None:
            return None
        written, title_attrs = _without_attrs(title[opened.end():].rstrip().rstrip("#").rstrip())
    if number_attrs and title_attrs:
        return None
    attrs = number_attrs or title_attrs
    inner, mark = _unbolded(numbered)
    if mark:  # `## **Article 3**` (Google Docs' Markdown): the title inside its bold, `## **Article 3 Objet**`
        numbered, written = mark + inner, _unbolded(written)[0] + mark
    return f"{marks.group(1)} {numbered} {written}{attrs}"


def _unbolded(words: str) -> tuple[str, str]:
    """`words` without the bold marks around all of them (`**Article 3**`), and those marks ("" for none)."""
    mark = words[:2]
    if len(words) > 4 and mark in ("**", "__") and words.endswith(mark) and mark not in words[2:-2]:
        return words[2:-2], mark
    return words, ""


def _without_attrs(words: str) -> tuple[str, str]:
    """A heading's words and its attribute list (` {#id}`), apart."""
    found = HEADING_ATTRS.search(words)
    return (words[:found.start()].rstrip(), words[found.start():]) if found else (words, "")


def _blocks(body: str) -> list[_Block]:
    """The blocks at the top of `body`, in order (markdown-it's reading, as the site's)."""
    from policysite.convert import neutralise  # (it imports to_markdown, which runs this module)

    tokens = neutralise._md.parse(body)
    out: list[_Block] = []
    for k, token in enumerate(tokens):
        if token.level != 0 or token.nesting < 0 or not token.map:
            continue
        start, end = token.map
        inline = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].type == "inline" else None
        if token.type == "heading_open" and inline is not None and token.markup.startswith("#"):
            words, _attrs = _without_attrs(" ".join(inline_text.plain(inline.children or [], html="drop").split()))
            out.append(_Block("heading", start, end, int(token.tag[1]), words))
        elif token.type == "heading_open":
            out.append(_Block("other", start, end))  # (a setext heading: no title line of ours)
        elif token.type == "paragraph_open" and inline is not None and end - start == 1 \
                and [c.type for c in inline.children or [] if c.type != "text" or c.content.strip()] == [
                    "strong_open", "text", "strong_close"]:
            out.append(_Block("bold", start, end, 0, " ".join(inline_text.plain(inline.children or []).split())))
        elif token.type == "paragraph_open" and inline is not None and (lead := _lead(inline.children or [])):
            out.append(_Block("lead", start, start + 1, 0, lead))  # (`**Droits**` over `Trois.`, a line break between)
        else:
            out.append(_Block("other", start, end))
    return out


def _lead(children: list) -> str:
    """The words of a paragraph's first line where it is bold words alone over more lines of the paragraph, else ""."""
    kept = [child for child in children if child.type != "text" or child.content.strip()]
    breaks = [n for n, child in enumerate(kept) if child.type in ("softbreak", "hardbreak")]
    if not breaks or breaks[0] + 1 == len(kept) or [c.type for c in kept[:breaks[0]]] != [
            "strong_open", "text", "strong_close"]:
        return ""
    return " ".join(kept[1].content.split())
