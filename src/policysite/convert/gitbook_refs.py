"""GitBook's card linking to another page of the book: `{% content-ref url="contact.md" %}` over
`[contact.md](contact.md)` and `{% endcontent-ref %}`. GitBook drew a card showing the linked page's title; the
Markdown holds the file's name as the link's words, which the import kept as the text (adopt36). The link's words
become that page's title where the import can read the page (the file beside it, in its folder or repository; with
`--git`, as the commit held it), else they stay, said, for the legal team to write the title."""
from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from policysite.convert import markdown_lines, md_includes
from policysite.convert.markdown_writer import escape_text
from policysite.convert.notes import Notes
from policysite.messages import Said

OPEN = re.compile(r"\{%-?\s*content-ref\s+url\s*=\s*[\"'](?P<url>[^\"'\n]*)[\"']\s*-?%\}")
CLOSE = re.compile(r"\{%-?\s*endcontent-ref\s*-?%\}")
_LINK = re.compile(r"\[(?P<words>[^\]\n]*)\]\((?P<target>[^()\s]*)\)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_FRONT = re.compile(r"\A---[ \t]*\n(?P<front>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(?P<q>[\"']?)(?P<title>.+?)(?P=q)[ \t]*$", re.M)
_HEADING = re.compile(r"^[ ]{0,3}#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$")
_WRAPPED = re.compile(r"^(?P<mark>\*\*|__|\*|_)(?P<words>.+)(?P=mark)$")  # `# **Contact us**`: a title in bold
MOST_BYTES = 1 << 20  # a linked page larger than this is no page of a book

def targets(body: str, page: str) -> Iterator[str]:
    """The path from the repository's top of each page `body` (the page at `page`) links by a card."""
    for found in OPEN.finditer(body):
        path = _path(found["url"], page)
        if path:
            yield path


def _path(url: str, page: str) -> str | None:
    """The path of the page `url` names, from the repository's top (`legal/` a folder's README.md, as GitBook reads
    it); None for another site's address, an anchor, a path out of the repository or into its `.git/`."""
    url = url.split("#", 1)[0].strip()
    if not url or _SCHEME.match(url) or url.startswith("/"):
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), url))
    if path == ".." or path.startswith("../") or ".git" in path.split("/"):  # (out of it, or git's own files)
        return None
    return posixpath.join(path, "README.md") if url.endswith("/") else path


def title_of(text: str) -> str | None:
    """A GitBook page's title: its first heading at level 1 (GitBook's), else its front matter's `title`."""
    front = _FRONT.match(text)
    lines = text[front.end():].split("\n") if front else text.split("\n")
    for n in markdown_lines.outside_fences(lines):
        if heading := _HEADING.match(lines[n]):
            return _WRAPPED.sub(r"\g<words>", " ".join(heading["title"].split())) or None
    titled = _FRONT_TITLE.search(front["front"]) if front else None
    return " ".join(titled["title"].split()) or None if titled else None


def _read_title(url: str, page: str, read: md_includes.Reader | None, known: dict[str, str | None]) -> str | None:
    """The title of the page `url` links to, each page read once a conversion (`known`, by path): a page holding
    thousands of cards to one page reads it once."""
    path = _path(url, page)
    if read is None or path is None:
        return None
    if path not in known:
        known[path] = _title_read(path, read)
    return known[path]


def _title_read(path: str, read: md_includes.Reader) -> str | None:
    try:
        data = read(path)
    except md_includes.Outside:  # (through a symbolic link, or into `.git/`: no page of the book)
        return None
    if data is None or len(data) > MOST_BYTES:
        return None
    return title_of(data.decode("utf-8", "replace"))


def cards(body: str, *, page: str, read: md_includes.Reader | None, notes: Notes) -> str:
    """`body` with each card's tags taken out (a line for a line: the notes' lines hold) and its link's words the
    linked page's title, each said with its line."""
    if "content-ref" not in body:
        return body
    lines = body.split("\n")
    url: str | None = None  # the card's, from its opening tag to its closing tag
    linked = False  # whether its link was read
    known: dict[str, str | None] = {}
    for n in markdown_lines.outside_fences(lines):
        line = lines[n]
        opened = OPEN.search(line)
        if opened:
            url, linked = opened["url"], False
            line = OPEN.sub("", line, count=1)
        if url is None:
            continue
        link = None if linked else _LINK.search(line)
        if link:
            linked = True
            title = _read_title(url, page, read, known)
            if title:
                words = escape_text(title, line_start=False, in_cell=False)
                line = f"{line[:link.start()]}[{words}]({link['target']}){line[link.end():]}"
                notes.add(Said("convert.content-ref", url=url[:80], title=title[:80]), n + 1)
            else:
                notes.add(Said("convert.content-ref-untitled", url=url[:80], words=link["words"][:80]), n + 1)
        closed = CLOSE.search(line)
        if closed:
            line = CLOSE.sub("", line, count=1)
            url = None
        lines[n] = line.strip() if opened or link or closed else line
    return "\n".join(lines)
