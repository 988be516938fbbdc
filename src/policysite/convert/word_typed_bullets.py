"""Lists whose bullets were typed by hand in Word: paragraphs each starting with a bullet and a tab or spaces
(`•\\tyour name;`, a Symbol-font `\\uf0b7` inserted as a symbol, `-`, `o`), with no Word numbering. The import kept
them as paragraphs starting with "•" (adopt58): a list no screen reader announces as one. Consecutive such paragraphs
are a list, nested by their indentation (`w:ind`, and tabs typed before the bullet), the bullet left to Markdown's
"-". A dash, a star, a dot or an "o" alone before spaces may be prose's (`- as the law allows`): such a paragraph is
an item only over or under another starting with the same mark, or when a tab follows its mark, as no sentence
writes one."""
from __future__ import annotations

import html
import re

from policysite.convert import word_symbols

STYLE = "PolicysiteTypedBullet"  # (our style id, which the style map makes a list item of its level)
DEEPEST = 6

# The bullets Word's own lists and its Symbol and Wingdings fonts draw (as word_symbols reads them), and those typed
_BULLETS = "•◦▪▫‣⁃●○■□◆◇❖➢➣➤►▸▹▶✓✔✗➔→⇨➙➛🡪"
_PROSE_MARKS = "-–—*o·"  # (which a sentence may start with, before a space)
_LEAD = re.compile(rf"(?P<tabs>[ \t]*)(?P<mark>[{_BULLETS}\uf000-\uf0ff]|[{re.escape(_PROSE_MARKS)}])"
                   r"(?P<gap>[ \t\u00a0]+)(?=\S)")
_PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?/>|<w:p(?=[\s>])[^>]*>(?:(?!<w:p[\s>/]|</w:p>).)*</w:p>", re.S)
_PROPERTIES = re.compile(r"<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>|<w:pPr\s*/>", re.S)
_PIECE = re.compile(r'(?P<text><w:t\b[^>]*>)(?P<words>[^<]*)</w:t>|<w:tab\s*/>|<w:br\b[^>]*/>|<w:cr\s*/>'
                    r'|<w:sym\b(?=[^>]*\bw:font="(?P<font>[^"]*)")(?=[^>]*\bw:char="(?P<char>[0-9A-Fa-f]{1,6})")[^>]*/>')
_INDENT = re.compile(r'<w:ind\b[^>]*\bw:(?:left|start)="(-?\d+)"')
_STYLED = re.compile(r'<w:pStyle w:val="([^"]*)"\s*/>')
# (the paragraph styles a list or a heading is made of: their paragraphs are no typed bullets' even if typed so)
_OWN_STYLE = re.compile(r'<w:style\b(?=[^>]*w:type="paragraph")[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', re.S)
_BETWEEN = re.compile(r"(?:\s|<w:bookmark(?:Start|End)\b[^>]*/>|<w:proofErr\b[^>]*/>|<w:perm(?:Start|End)\b[^>]*/>)*")
_TWIPS_PER_TAB = 720
_SHOWN = re.compile(r"<w:(?:t|sym|tab|drawing|pict|object|br|cr)\b")  # (a paragraph that is not empty)


def _kept_styles(styles: str) -> set[str]:
    """The ids of the paragraph styles that number their paragraphs or make headings, titles or outline levels."""
    kept = set()
    for style_id, body in _OWN_STYLE.findall(styles):
        named = re.search(r'<w:name w:val="([^"]+)"', body)
        if "<w:numPr" in body or "<w:outlineLvl" in body or \
                re.match(r"(?i)heading|title|toc", named.group(1) if named else style_id):
            kept.add(style_id)
    return kept


def _lead(paragraph: str) -> tuple[re.Match[str], int] | None:
    """The typed bullet starting `paragraph`'s words (its tabs before it, its mark, its gap) and its indentation."""
    properties = _PROPERTIES.search(paragraph)
    start = properties.end() if properties else paragraph.find(">") + 1
    words = []
    for piece in _PIECE.finditer(paragraph, start):
        if piece.group("text"):
            words.append(html.unescape(piece.group("words")))
        elif piece.group("char"):
            code = int(piece.group("char"), 16)
            char = chr(code) if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
            words.append(word_symbols.drawn_char(piece.group("font"), char) or char)
        elif piece.group(0).startswith("<w:tab"):
            words.append("\t")
        else:
            break  # (a line break: the words after it are the next line's)
    found = _LEAD.match("".join(words))
    if found is None:
        return None
    indent = _INDENT.search(properties.group(0)) if properties else None
    return found, (int(indent.group(1)) if indent else 0) + _TWIPS_PER_TAB * found.group("tabs").count("\t")


def _unmarked(paragraph: str, lead: re.Match[str], level: int) -> str:
    """`paragraph` without its typed bullet and the gap after it, styled as an item of a list at `level`."""
    left = lead.end()
    properties = _PROPERTIES.search(paragraph)
    start = properties.end() if properties else paragraph.find(">") + 1
    out, at = [], start
    for piece in _PIECE.finditer(paragraph, start):
        if left <= 0:
            break
        out.append(paragraph[at:piece.start()])
        at = piece.end()
        if piece.group("text"):
            words = html.unescape(piece.group("words"))
            kept, left = words[left:], left - len(words)
            out.append(piece.group("text") + html.escape(kept, quote=False) + "</w:t>")
        else:
            left -= 1
    rest = "".join(out) + paragraph[at:]
    style = f'<w:pStyle w:val="{STYLE}{level}"/>'
    if properties is None:
        return paragraph[:start] + f"<w:pPr>{style}</w:pPr>" + rest
    inside = re.sub(r"<w:pStyle\b[^>]*/>", "", properties.group(0)[len("<w:pPr>"):-len("</w:pPr>")]
                    if properties.group(0).endswith("</w:pPr>") else "", count=1)
    return paragraph[:properties.start()] + f"<w:pPr>{style}{inside}</w:pPr>" + rest


def listed(document: str, styles: str) -> tuple[str, int]:
    """`document` (word/document.xml) with each run of paragraphs starting with a typed bullet styled as list items
    (`STYLE` and their level, which the style map reads), their bullets left out; how many paragraphs."""
    kept = _kept_styles(styles)
    paragraphs = list(_PARAGRAPH.finditer(document))
    leads: list[tuple[re.Match[str], int] | None] = []
    for paragraph in paragraphs:
        xml = paragraph.group(0)
        properties = _PROPERTIES.search(xml)
        style = _STYLED.search(properties.group(0)) if properties else None
        if properties and ("<w:numPr" in properties.group(0) or style and style.group(1) in kept):
            leads.append(None)
        else:
            leads.append(_lead(xml))

    def neighbour(n: int, step: int) -> int | None:
        """The paragraph right before or after the n-th, with nothing but empty paragraphs between (Word users'
        blank lines, which mammoth leaves out: the list goes on over them), if it starts with a typed bullet."""
        other = n
        while True:
            first, other = other, other + step
            if not 0 <= other < len(paragraphs) or _BETWEEN.fullmatch(
                    document, paragraphs[min(first, other)].end(), paragraphs[max(first, other)].start()) is None:
                return None
            if leads[other] is not None:
                return other
            if _SHOWN.search(_PROPERTIES.sub("", paragraphs[other].group(0))):
                return None

    def mark(n: int | None) -> str:
        lead = leads[n] if n is not None else None
        return lead[0].group("mark") if lead is not None else ""

    # an item: by its bullet or the tab after it, or a dash beside a paragraph starting with the same dash
    items = [n for n, lead in enumerate(leads) if lead is not None and (
        _certain(lead) or any(mark(neighbour(n, step)) == mark(n) for step in (-1, 1)))]
    changed: dict[int, str] = {}
    stack: list[int] = []  # (the indentation of each level of the list open)
    for n in items:
        lead = leads[n]
        assert lead is not None
        if neighbour(n, -1) not in changed:
            stack = []
        while stack and lead[1] < stack[-1]:
            stack.pop()
        if (not stack or lead[1] > stack[-1]) and len(stack) < DEEPEST:
            stack.append(lead[1])
        changed[n] = _unmarked(paragraphs[n].group(0), lead[0], len(stack))
    if not changed:
        return document, 0
    out, at = [], 0
    for n, paragraph in enumerate(paragraphs):
        if n in changed:
            out += [document[at:paragraph.start()], changed[n]]
            at = paragraph.end()
    return "".join(out) + document[at:], len(changed)


def _certain(lead: tuple[re.Match[str], int] | None) -> bool:
    """Whether a paragraph alone is a list's item by its typed bullet: one no sentence starts with, or a tab after
    it."""
    return lead is not None and (lead[0].group("mark") not in _PROSE_MARKS or "\t" in lead[0].group("gap"))


def style_map() -> str:
    """The style map's lines making each level's paragraphs items of a bulleted list nested in the item before."""
    return "".join(f"\np.{STYLE}{level} => {' > '.join(['ul|ol > li'] * (level - 1) + ['ul > li:fresh'])}"
                   for level in range(1, DEEPEST + 1))
