"""A Word document's right-to-left and left-to-right paragraphs and runs, kept as Word shows them once imported.

Word sets a paragraph's direction (`w:bidi`, on the paragraph, its style or the document's defaults) and a run's
(`w:rtl`: its spaces and punctuation read right to left). The import's HTML has neither: the site sets each page's
direction from its language, so an English paragraph of a Hebrew policy (a contact line, an address) was shown right to
left, its final stop and brackets on the wrong side, and a phone number typed left to right in a Hebrew paragraph showed
its groups in reverse ("4567 123 3 972+"). Such words are put between Unicode's direction isolates (U+2066 LRI,
U+2067 RLI … U+2069 PDI), which the site keeps and its checks read, as an HTML page's `dir` is (html_source).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_DIGIT = re.compile(r"\d")
_OFF = ("0", "false", "off")


def _on(properties: Any, name: str) -> bool | None:
    """Whether the toggle `name` of `properties` (a w:pPr or w:rPr) is on, off, or not set (None)."""
    if properties is None:
        return None
    element = properties.find(f"{_W}{name}")
    if element is None:
        return None
    return str(element.get(f"{_W}val", "true")).strip().lower() not in _OFF


def _style_directions(styles: Any) -> tuple[bool, dict[str, bool]]:
    """The document's default paragraph direction (right to left: True) and each paragraph style's, its base's where
    it sets none."""
    if styles is None:
        return False, {}
    default = bool(_on(styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr"), "bidi"))
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        if style.get(f"{_W}type") != "paragraph":
            continue
        ident = style.get(f"{_W}styleId") or ""
        own[ident] = _on(style.find(f"{_W}pPr"), "bidi")
        base = style.find(f"{_W}basedOn")
        if base is not None:
            based[ident] = base.get(f"{_W}val") or ""
    resolved = {}
    for ident in own:
        seen, current = set(), ident
        while current in own and own[current] is None and current in based and current not in seen:
            seen.add(current)
            current = based[current]
        value = own.get(current)
        resolved[ident] = default if value is None else value
    return default, resolved


def _paragraph_rtl(paragraph: Any, default: bool, styles: dict[str, bool]) -> bool:
    properties = paragraph.find(f"{_W}pPr")
    said = _on(properties, "bidi")
    if said is not None:
        return said
    style = properties.find(f"{_W}pStyle") if properties is not None else None
    return styles.get(style.get(f"{_W}val") or "", default) if style is not None else default


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


def _runs(paragraph: Any) -> Iterator[list[Any]]:
    """The paragraph's runs, in order, as lists of consecutive runs of one parent (the paragraph, a link, an
    insertion)."""
    group: list[Any] = []
    for run in paragraph.iter(f"{_W}r"):
        if group and (run.getparent() is not group[-1].getparent()
                      or run.getprevious() is not group[-1]):
            yield group
            group = []
        group.append(run)
    if group:
        yield group


def _isolate(runs: list[Any], opening: str) -> None:
    """Put `runs` (consecutive, one parent) between `opening` and PDI, each in a run of its own."""
    for where, mark in ((runs[0], opening), (runs[-1], PDI)):
        run = where.makeelement(f"{_W}r", {})
        text = run.makeelement(f"{_W}t", {})
        text.text = mark
        run.append(text)
        (where.addprevious if mark == opening else where.addnext)(run)


def keep(root: Any, styles: Any, *, rtl_document: bool | None) -> list[str]:
    """Isolate, in the document `root` (w:document), each paragraph set in the other direction than the document's
    (`rtl_document`: the import's language's; None, the direction of most of its paragraphs with words) and, in a
    right-to-left paragraph, each stretch of runs Word reads left to right (no `w:rtl`) holding Latin letters or digits
    and no right-to-left letter; in a left-to-right one, each stretch of runs Word reads right to left (`w:rtl`)
    holding right-to-left letters and no Latin letter (its brackets, stops and numbers are set right to left: a
    Hebrew address quoted in an English paragraph). Returns the words isolated."""
    default, by_style = _style_directions(styles)
    paragraphs = [(p, _paragraph_rtl(p, default, by_style)) for p in root.iter(f"{_W}p")
                  if p.find(f".//{_W}p") is None and _text(p).strip()]
    if rtl_document is None:
        rtl_document = sum(rtl for _, rtl in paragraphs) * 2 > len(paragraphs)
    kept = []
    for paragraph, rtl in paragraphs:
        words = _text(paragraph)
        if rtl != rtl_document and (_RTL_LETTER if rtl else _LTR_LETTER).search(words):
            for mark, at in ((RLI if rtl else LRI, 1 if paragraph.find(f"{_W}pPr") is not None else 0),
                             (PDI, len(paragraph) + 1)):
                run = paragraph.makeelement(f"{_W}r", {})
                run.append(run.makeelement(f"{_W}t", {}))
                run[0].text = mark
                paragraph.insert(at, run)
            kept.append(" ".join(words.split()))
            continue
        for group in _runs(paragraph):
            stretch: list[Any] = []
            for run in [*group, None]:
                if run is not None and _other_way(run, rtl, started=bool(stretch)):
                    stretch.append(run)
                    continue
                while stretch and not _strong(_text(stretch[-1]), rtl):
                    stretch.pop()  # (a space or stop after the words stays the paragraph's)
                said = "".join(_text(r) for r in stretch)
                if stretch and re.search(r"[^\w]", said.strip()):  # one word alone keeps its order anyway
                    _isolate(stretch, RLI if not rtl else LRI)
                    kept.append(" ".join(said.split()))
                stretch = []
    return kept


def _strong(text: str, rtl: bool) -> bool:
    """Whether `text`, in a paragraph of that direction, holds what the other direction's stretch ends on: Latin (or
    Greek, Cyrillic) letters or digits in a right-to-left paragraph; right-to-left letters or digits in the other."""
    return bool((_LTR_LETTER if rtl else _RTL_LETTER).search(text) or _DIGIT.search(text))


def _other_way(run: Any, rtl: bool, *, started: bool) -> bool:
    """Whether `run` belongs to a stretch set the other way than its paragraph (`rtl`): in a right-to-left paragraph,
    a run Word reads left to right (no `w:rtl`) with no right-to-left letter, starting on a letter or digit; in a
    left-to-right one, a run Word reads right to left (`w:rtl`) with no Latin letter, starting on a right-to-left
    letter (a right-to-left word Word does not flag so is left to the reader's browser, as its letters ask)."""
    text = _text(run)
    flagged = bool(_on(run.find(f"{_W}rPr"), "rtl"))
    if rtl:
        return not flagged and not _RTL_LETTER.search(text) and (started or _strong(text, rtl))
    return flagged and not _LTR_LETTER.search(text) and (started or bool(_RTL_LETTER.search(text)))
