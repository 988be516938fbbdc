"""Heading ids a tool generated (Google's `h.30j0zll`, Notion's block ids, Word's `_Toc39474561`) in a text converted
to Markdown: random, another in each copy of a document."""
from __future__ import annotations

import re

from policysite import document
from policysite.convert import markdown_lines
from policysite.convert.markdown_lines import outside_fences
from policysite.convert.notes import Notes
from policysite.messages import Said

# Google Docs' "Download › Markdown" gives a heading the id of its document's heading, `## 2. Data {#h.y1abc}`, and
# its links to it that id (so do its export as a web page and Google Sites' pages, `<h2 id="h.y1abc">`, which the HTML
# import writes so: adoption hunt 20): random, other in each copy of the document and in each language's, it became
# the section's identity (the site pairs a text's sections with its translation's and its earlier versions' by their
# ids, else their numbers). The id is left out, and each link to it leads to the id the site gives the heading (`#s2`),
# said. A Word or OpenDocument file Google Docs exported names the heading's bookmark so (`_heading=h.y1abc`, the
# Word import's id `_heading-h.y1abc`): the same.
# A Notion page's export gives each heading its block's id, `<h2 id="3f0e6a3c-7d2a-4b1e-9f8a-2c1d0e9f8a7b">` (its table
# of contents and its links to a block go there): another in each page, a translation's too, and one starting with a
# digit is no id the site's model reads, though the renderer sets it (adoption hunt 22).
# Word names the bookmarks it makes itself by a number it draws: its table of contents' (`_Toc39474561`), a
# cross-reference's (`_Ref123456789`), a copied passage's (`_Hlk12345678`), a pasted link's (`OLE_LINK1`); `_GoBack`
# is where the cursor last was. On a heading (`## 1. Scope {#_Toc39474561}` from a .docx or a page Word saved, a second
# bookmark a `<span id="_Ref…">` line over it; Pandoc's Markdown of a .docx, `## []{#_Toc39474561 .anchor}1. Scope`)
# each was the section's identity, another in each document and language.
_GOOGLE = r"(?:_heading-)?h\.[0-9a-z]{4,16}"
_NOTION = r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}"
# Word's other hidden bookmarks (their names start with `_`, which its Bookmark dialog refuses to a name typed): an
# older Word's hyperlink targets (`_Hlt12345678`), an embedded object's (`_MON_1234567890`), its picture bullets'
# (`_PictureBullets`), a number alone (`_1234567890`), and Microsoft 365's Editor's marks on the passages it suggests
# rewording (`_Int_Ab3Cd4Ef`): on a heading, each was the section's identity (`## 2. Data {#_Int_Ab3Cd4Ef}`, another in
# each document and language: adopt41).
_WORD = (r"(?:_Toc|_Ref|_Hlk|_Hlt|OLE_LINK|_MON_)\d+|_Int_[A-Za-z0-9]+|_GoBack|_PictureBullets|_\d+|"
         r"_RefHeading_+(?:Toc)?\d+(?:_\d+)?")
_GENERATED = rf"{_GOOGLE}|(?P<notion>{_NOTION})|(?P<word>{_WORD})"
_GOOGLE_ID = re.compile(rf"^(?P<heading>[ ]{{0,3}}#{{1,6}}[ \t].*?)[ \t]*\{{#(?P<id>{_GENERATED})\}}[ \t]*$")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<words>.*?)(?:[ \t]*\{#[^}]*\})?[ \t]*$")
_WORD_SPANS = re.compile(rf'^(?:<span id="(?:{_WORD})"></span>)+$')
# A heading's anchor its author named (`## []{#privacy-contact .anchor}Contact`, a Word bookmark typed by hand): the
# heading keeps the site's id, the links to the name lead there, said with the name (they were unlinked).
_PANDOC_ANCHORS = re.compile(r"^(?P<marks>[ ]{0,3}#{1,6}[ \t]+)"
                             r"(?P<anchors>(?:\[\]\{#[A-Za-z_][\w.:-]*(?:[ \t]+\.anchor)?\})+)")
_SAID = {"notion": "convert.notion-heading-ids", "word": "convert.word-heading-ids"}
# Any other id on a heading that the document model reads as none, and as no alias either (`{#§1}`: document.OTHER_ID;
# one starting with a digit, a WordPress table of contents plugin's `## 1. Administrator {#1_Administrator}`, is kept,
# the section's alias, since adopt33): the page showed the site's own id, the Markdown a name nothing answered, and the
# links to it went nowhere (adopt32).
_ANY_ID = re.compile(r"^(?P<heading>[ ]{0,3}#{1,6}[ \t].*?)[ \t]*\{#(?P<id>[^\s}]+)\}[ \t]*$")


def heading_ids(body: str, notes: Notes, *, blank: bool = False) -> str:
    """`body` without Google Docs', Notion's and Word's heading ids, its links to them led to the headings' own (see
    above). A line of Word's bookmarks over a heading goes with the blank line under it, or is left blank (`blank`:
    a Markdown text, whose notes name its source's lines)."""
    if ("{#h." not in body and "{#_heading-h." not in body and not re.search(rf"\{{#{_NOTION}\}}", body)
            and not re.search(rf'(?:\{{#|<span id="){_WORD}', body) and "[]{#" not in body
            and not re.search(r"\{#[^A-Za-z_]", body)):
        return body
    lines, gone = body.split("\n"), set()
    ids: dict[str, int] = {}  # each generated id: the index of its heading's line
    own: dict[str, int] = {}  # each anchor an author named on a heading: the same
    unread: dict[str, int] = {}  # each id the model reads as none on a heading: the same
    for n in outside_fences(lines):
        other = _ANY_ID.match(lines[n])
        if other and not document.ID_RE.fullmatch(other["id"]) and not document.OTHER_ID.fullmatch(other["id"]) \
                and not re.fullmatch(_GENERATED, other["id"]):
            unread[other["id"]] = n
            lines[n] = other["heading"]
        anchors = _PANDOC_ANCHORS.match(lines[n])
        if anchors:
            lines[n] = anchors["marks"] + lines[n][anchors.end():]
            for name in re.findall(r"\{#([^\s}]+)", anchors["anchors"]):
                (ids if re.fullmatch(_WORD, name) else own)[name] = n
            if any(ids[name] == n for name in ids):
                notes.add(Said("convert.word-heading-ids"), n + 1)
        found = _GOOGLE_ID.match(lines[n])
        if found:
            ids[found.group("id")] = n
            lines[n] = found.group("heading")
            notes.add(Said(next((_SAID[kind] for kind in _SAID if found[kind]), "convert.google-heading-ids")), n + 1)
        heading = _HEADING.match(lines[n])
        above = n - 1 if n and lines[n - 1].strip() else n - 2
        if heading and above >= 0 and _WORD_SPANS.match(lines[above].strip()):
            for name in re.findall(r'id="([^"]*)"', lines[above]):
                ids[name] = n
            lines[above] = ""
            gone |= set() if blank else set(range(above, n))
            if not found:
                notes.add(Said("convert.word-heading-ids"), n + 1)
    site = site_ids(lines, set(ids.values()) | set(own.values()) | set(unread.values()))
    for name, n in own.items():
        notes.add(Said("convert.own-heading-anchor", name=name, id=site[n]), n + 1)
    first = next(iter(unread), "")  # (one note, its lines merged: the first id and the site's for it as the example)
    for n in unread.values():
        notes.add(Said("convert.unread-heading-id", name=first, id=site[unread[first]]), n + 1)
    own |= {name: n for name, n in unread.items() if name not in own}
    ids |= {name: n for name, n in own.items() if name not in ids}
    kept = "\n".join(line for k, line in enumerate(lines) if k not in gone)
    link = re.compile(_LINK_TO.format(ids="|".join([_GOOGLE, _NOTION, _WORD, *map(re.escape, own)])))

    def led(found: re.Match[str], line: int) -> str | None:
        if found["id"] not in ids or (found["address"] and found["id"] in own):
            return None  # (a name its author gave may be another page's too)
        if found["address"]:
            notes.add(Said("convert.generated-id-address", address=found["address"], id=found["id"],
                           site=site[ids[found["id"]]]), line)
        return found["lead"] + "#" + site[ids[found["id"]]]
    return markdown_lines.substitute(kept, link, led, needle="#")


# A link to an id: inline (`[x](#id)`, a title after it too), by a reference's definition (`[n]: #id`) or raw HTML's
# (`<a href="#id">`): each is led to the heading (a definition's and raw HTML's were left, then unlinked at import).
# So is one to a generated id at an address (`https://example.com/privacy#_Toc5`, the text's page on the old site, or
# its copy's): the id was drawn for this document's heading, no other page's.
_LINK_TO = (r"(?P<lead>\]\(<?|\bhref=[\"']|^[ ]{{0,3}}\[[^\]\n]+\]:[ \t]*<?)(?P<address>https?://[^\s#()<>\"']+)?#"
            r"(?P<id>{ids})(?=[)\s\"'>]|$)")


def site_ids(lines: list[str], headings: set[int]) -> dict[int, str]:
    """The id the built page gives each heading of `lines` at `headings` (their indexes), as the document model reads
    them (one slug rule): its number's (`## 2. Data` → `s2`), else its title's slug, a second heading of the same
    title's `data_1` (Python-Markdown's toc, document.unique)."""
    if not headings:
        return {}
    policy = document.parse("\n".join(lines), path="import", lang="und")
    site = {section.line - 1: section.anchor for section in policy.sections}
    return {n: site.get(n) or _site_id(lines[n]) for n in headings}


def _site_id(heading: str) -> str:
    """The id of a heading the document model reads as no section (the text's title): its words' slug."""
    words = _HEADING.match(heading)
    text = words.group("words") if words else heading.lstrip(" #\t")
    text = re.sub(r"\\(.)", r"\1", re.sub(r"(?<!\\)[*_]{1,3}", "", text))
    return document.slugify(" ".join(text.split()))


def heading_anchor(line: str, start: int) -> bool:
    """Whether the `[` at `start` opens one of Pandoc's anchors of Word's bookmarks at a heading's start (`## []{#_Toc1
    .anchor}1. Scope`): left for heading_ids, which leads the links to it to the heading."""
    anchors = _PANDOC_ANCHORS.match(line)
    return anchors is not None and anchors.start("anchors") <= start < anchors.end()
