"""The JSON export of a dated version, `<lang>/<date>/policy.json`: its text as the document model reads it.

Built with the version, so it never changes once published. The compare page fetches two of
them and diffs them in the reader's browser; anyone can fetch them to process the policy.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable

from policysite import anchors, document, imagefiles
from policysite.redline.engine import ahead
from policysite.redline.raised import languages
from policysite.strings import long_date

FILE = "policy.json"
# Bumped if a field changes meaning (2: a section's text is its blocks' only, not repeated; 3: source lines,
# bold spans, table cells and digests of each block's Markdown, so that the compare page's redline engine
# (overrides/assets/javascripts/redline.js) gives exactly what redline.py gives; 4: `title` is the title the reader
# sees, the front matter's `title:` on a page without a `# ` heading, which format 3 left out, and the compare page
# then called a change of that title alone "no change"). A section's `mark`, where its heading names its number as
# `§` and the number would not (`§2a`, `第３条`: document.Section.mark), is a field added, absent before; so is a
# numbered section's `numbering`, its number as its heading writes it (`1.`, `I.`, `Article 1 –`: Section.numbering),
# by which the compare page shows a heading whose numbering alone changed (absent on either side: not compared).
# 5: a block's `md` holds one digest where its Markdown's and its Markdown's with whitespace collapsed are the same
# (nearly every block: 0.44 KB gzip a language less); a reader takes the last as the whitespace-collapsed one.
# 6: a block's `tips`, the words its links and inline tags show on hover (document.Block.tooltips: an `<abbr
# title="…">`'s), where it has some: the compare page says an edit of them as redline.py does, a change of words; a
# block of an earlier format has none said, not none known (redline.js compares them only where both formats know).
# 7: an HTML image's alt text (`<img alt="…">`) is words, as a Markdown image's was (inline.image_alt): an export of
# 4 to 6 holds the same words as today's reading of a text without one (`comparable`).
# 8: a block's `sup`, where its superscripts (`<sup>a</sup>`, a footnote's call) begin and end in its `text` ([start,
# end] in characters, Python's: code points), where it has some: the compare page cuts words there as redline.py does
# ("clauses" and "a" of "clausesa"); a block of an earlier format has none said, not none known: the compare page reads
# them from that version's page (redline.js: pageSup), else cuts only where both formats know. The words are format
# 7's. And a block's `hrefs`, where its inline HTML links to (`<a href>`: document.Block.html_links), compared with its
# `links` alike; and a section's `links`, where its heading links to (document.Section.links).
# 9: a block's `images`, the pictures it shows ([source as written, alt text, digest of its file in the version or ""
# where not read], document.Block.images), where it has some: the compare page says an image replaced under the same
# words as redline.py does; a block of an earlier format has none said, not none known (redline.js compares them only
# where both formats know). The words are format 8's.
# A section's `id`, the id its version's page has it by where that is not the anchor of its number (`anchor_for`: `s3`;
# a translation's page taking the authoritative text's ids, an older rule's `article-3`), is a
# field added, absent before: the compare page links each section into its version's page by it, else by its number.
# So are `announced` and `editorial` (notice): an export without them says none, as before (compare.js says neither).
# So is a block's `parts`, where the text marks some of its words as written in another language (`<span lang="en">`:
# [start, end, language], in code points of its `text`, a row's counted as its `sup`): the compare page marks them
# (redline.js: parted) as the changes page does; an export without them marks none (reader29, WCAG 3.1.2).
# 10: the preamble opens with the front matter's `description:` (document.Policy.shown_preamble), which the page shows
# under its title since safety81: the compare page marks it changed as `policy diff` does (safety83).
# 11: `parts` said wherever there are some, a block's and a section's title's (reader30): a format 10 export may have
# been written before blocks said them (reader29), and none of its sections did; the compare page reads an earlier
# format's blocks' parts from its version's page (redline.js: pageSup), as a format before 8's superscripts. The words
# are format 10's.
# 12: `title_parts`, where the document's title (its `# ` heading) marks parts as written in another language
# (document.Policy.title_parts, [start, end, language] in code points of `title`), absent where none (reader31): an
# export of an earlier format says none, not none known; the compare page reads them from its version's page (its
# <h1>, redline.js: pageSup) where the title is shown (changed), and a format 10 export's sections' titles' from its
# headings. The words are format 10's.
FORMAT = 12
# the formats whose words (`words`) are read as today's: an export in another is not compared
WORDS = (4, 5, 6, 7, 8, 9, 10, 11, 12)
_HTML_ALT = 7
_DESCRIBED = 10
_HTML_IMAGE = re.compile(rb"<im(?:g|age)\b", re.IGNORECASE)  # (`<image>` is an `<img>` to an HTML5 parser)


def comparable(published: object, source: bytes) -> bool:
    """Whether the words of `published` (a policy.json read as JSON) are read as today's reading of the text `source`
    gives them: its format is one of WORDS, one before 7 only where the text writes no HTML image (whose alt
    text those formats did not count), one before 10 only where its front matter has no description (its preamble's
    first block since): a version published before with one is not said edited by verify or provenance for words no
    one changed."""
    form = published.get("format") if isinstance(published, dict) else None
    return form in WORDS and (form >= _HTML_ALT or not _HTML_IMAGE.search(source)) and (
        form >= _DESCRIBED or not document.meta_description(document.front(source.decode("utf-8", "replace")).meta))


def policy_json(source: bytes, *, lang: str, version: str, url: str, previous: str | None,
                read: Callable[[str], bytes | None] | None = None, page: str = "", source_text: str = "") -> str:
    """The version's page `source` (Markdown, UTF-8) as JSON: sections with numbers, anchors, titles and blocks.

    A section's text is its blocks' texts in order (one per paragraph, list item or table row), written
    once: a reader wanting the whole section joins them with newlines. `read`: the version's files in its docs folder
    (a path there -> its bytes, None for none), `page` the page's path there: its images' digests (imagefiles).
    `source_text`: the authoritative language's page of the version, for a translation, whose page takes its ids.
    """
    text = source.decode("utf-8")
    policy = document.parse(text, path=f"{lang}/{version}", lang=lang)
    # the ids the version's page has its sections by, where not their number's anchor (anchors.page_ids)
    ids = anchors.page_ids(text, lang=lang, source_text=source_text or None)
    if read is not None:
        policy = imagefiles.with_digests(policy, read, page=page)
    data = {
        "format": FORMAT,
        "version": version,
        "date": policy.date.isoformat() if policy.date else None,
        "lang": lang,
        "url": url,
        "previous": previous,
        "source": {"sha256": hashlib.sha256(source).hexdigest()},
        "title": policy.shown_title,
        "title_line": policy.shown_title_line,
        # its `# ` title's parts in another language, as a section title's (none for a front matter title)
        **({"title_parts": [list(part) for part in policy.title_parts]} if policy.title and policy.title_parts else {}),
        **notice(policy, lang=lang, source_text=source_text),
        "preamble": [_block(b) for b in policy.shown_preamble],
        "sections": [{"number": s.number, "anchor": s.anchor, "title": s.title, "level": s.level, "line": s.line,
                      **({"id": ids[key]} if (key := document.anchor_for(s.number)) in ids else {}),
                      **({"mark": s.mark} if s.mark else {}),
                      **({"numbering": s.numbering} if s.numbering else {}), **_numeral(s),
                      **({"links": list(s.links)} if s.links else {}),
                      # its title's parts in another language, as a block's (`parts`: code points of `title`)
                      **({"parts": [list(part) for part in s.title_parts]} if s.title_parts else {}),
                      "blocks": [_block(b) for b in s.blocks]}
                     for s in policy.sections],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def notice(policy: document.Policy, *, lang: str, source_text: str = "") -> dict[str, object]:
    """What the redlines say under their title of how the version was published, for the compare page to say it too
    (compare.js: noticeLines; render.notice_lines): `announced`, [its ISO date, that date as the language writes it]
    where it was announced ahead of its date, and `editorial` where marked `change: editorial`: for a translation, the
    authoritative page's (`source_text`), whatever its own say (document.notice_page, as archive.notice_of reads them
    for the history and engine.diff for every redline; a translation without `change:` was said material in its
    policy.json while its history said editorial). Absent where not: most versions' export is no byte longer."""
    counts = document.notice_page(policy, document.front(source_text, path=f"{lang}/source", lang=lang)
                                  if source_text else None)
    day = ahead(counts.announced, policy.date)
    return {**({"announced": [day.isoformat(), long_date(day, lang)]} if day is not None else {}),
            **({"editorial": True} if counts.change == "editorial" else {})}


def _numeral(section: document.Section) -> dict[str, str]:
    """A section's `numeral`, the number its heading carries, where its identity does not say it: a numbered heading
    on a page that does not number its headings (`2.1 Access` is `access` there) or with an id of its own, or a heading
    without a number whose slug reads as one. The compare page tells a renumbered section by it, as redline.py does
    (it said "renumbered" of every section of a page that stopped numbering its headings, redline.py nothing)."""
    implied = section.number if document.SECTION_NUMBER.fullmatch(section.number) else ""
    return {"numeral": section.numeral or ""} if (section.numeral or "") != implied else {}


def _block(block: document.Block) -> dict:
    data: dict[str, object] = {"kind": block.kind, "text": block.page_text, "line": block.line}
    if block.depth:
        data["depth"] = block.depth
    if block.number:
        data["number"] = block.number
    if block.links:
        data["links"] = list(block.links)
    if block.strong:
        data["strong"] = list(block.strong)
    if block.cells:
        data["cells"] = list(block.page_cells)
    if block.tooltips:
        data["tips"] = list(block.tooltips)
    if block.html_links:
        data["hrefs"] = list(block.html_links)
    if sup := [[start, end] for start, end, kind, _ in block.marks if kind == "sup" and block.kind != "code"]:
        data["sup"] = sup
    if block.images:
        data["images"] = [list(image) for image in block.images]
    if parts := [[start, end, code] for start, end, code in languages(block)]:
        data["parts"] = parts
    if block.markdown:
        # Not the Markdown itself: what tells a whitespace-only or formatting-only edit from a change of text.
        written, collapsed = _digest(block.markdown), _digest(" ".join(block.markdown.split()))
        data["md"] = [written] if written == collapsed else [written, collapsed]
    return data


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def words_of(source: bytes, *, lang: str) -> list:
    """`words` of the policy.json of the page `source` (Markdown, UTF-8), read from the document model without
    writing the JSON and reading it back: what tells whether a published export holds a text (provenance, verify),
    a twentieth of the time (its blocks' digests and the JSON were most of an export past the parse)."""
    policy = document.parse(source.decode("utf-8"), path=lang, lang=lang)

    def blocks(items: list[document.Block]) -> list:
        return [(b.page_text, list(b.page_cells) if b.cells else None) for b in items]
    return [policy.shown_title, blocks(policy.shown_preamble), *((s.title, blocks(s.blocks)) for s in policy.sections)]


def words(data: dict) -> list:
    """The words of a policy.json (`data`, read as JSON): title, then each section's title and its blocks' texts and
    cells; what tells whether two exports hold one text."""
    def blocks(items: object) -> list:
        return [(b.get("text"), b.get("cells")) for b in items if isinstance(b, dict)] if isinstance(items, list) \
            else [items]
    sections = data.get("sections")
    return [data.get("title"), blocks(data.get("preamble")), *(
        (s.get("title"), blocks(s.get("blocks"))) if isinstance(s, dict) else s
        for s in (sections if isinstance(sections, list) else [sections]))]
