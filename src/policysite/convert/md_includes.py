"""The files a Markdown page includes, written in where it includes them, as the old site's generator did: Jekyll's
`{% include x.md %}` (from `_includes/`) and `{% include_relative x.md %}`, Hugo's and Quarto's `{{< include x.md >}}`,
a server's `<!--#include file="x.md" -->` and MkDocs' snippets `--8<-- "x.md"` (session 33: each was left out as a tag
no reader saw, and the words readers read there with it). Only inside the page's repository: a path out of it, or
through a symbolic link leading out, or into its `.git/` folder (`../.git/config` wrote a remote's address, token and
all, into the imported text, which the import commits), is refused at its line; an include of itself, or nested past
`DEPTH`, or writing in more than `MOST_INCLUDES` files or `MOST_WRITTEN` bytes in all, too."""
from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from policysite.convert import markdown_lines, markdown_source
from policysite.convert.model import ConvertError
from policysite.convert.notes import Notes
from policysite.messages import Said

DEPTH = 5  # includes inside includes, as deep as a site's partials go
MOST_BYTES = 1 << 20  # an included file larger than this is no part of a policy's page
# what all includes of a page may write in, together: a file included 40 times by a file included 40 times, five
# deep, wrote 100 million copies in and `policy import` ran until memory ran out (safety5, session 34)
MOST_WRITTEN = 4 * MOST_BYTES
MOST_INCLUDES = 2_000  # and as many files written in, all told (each read from the disk and its includes found)

INCLUDE = re.compile(
    r"\{%-?\s*(?P<liquid>include_relative|include)\s+[\"']?(?P<a>[\w./@-]+?)[\"']?(?:\s[^%]*)?-?%\}"
    r"|\{\{[<%]-?\s*include\s+(?:file\s*=\s*)?[\"']?(?P<b>[\w./@-]+?)[\"']?\s*-?[>%]\}\}"
    r"|<!--#include\s+(?P<ssi>file|virtual)\s*=\s*[\"'](?P<c>[^\"']+)[\"']\s*-->"
    r"|^[ \t]*-{1,}8<-{1,}[ \t]+[\"'](?P<d>[^\"'\n]+)[\"'][ \t]*$", re.M)


class Outside(Exception):
    """A path that leads out of the repository (by `..`, or through a symbolic link)."""


class GitFolder(Outside):
    """A path into the repository's `.git/` folder: git's own files (its configuration, a remote's address with its
    token), never a page's part."""


# Reads a file of the repository by its path from the repository's top (POSIX), None where it has none.
Reader = Callable[[str], bytes | None]


def expand(body: str, *, page: str, read: Reader, name: str, notes: Notes, offset: int = 0) -> str:
    """`body` (of the file `page`, its path from the repository's top, below `offset` lines of front matter) with each
    file it includes written in."""
    if not any(mark in body for mark in ("include", "--8<--", "-8<-")):
        return body
    read_in: list[str] = []
    missing: list[tuple[str, int]] = []
    body = _expand(body, page, read, name, (page,), read_in, missing, [0], offset)
    if read_in:
        notes.add(Said("convert.md-includes", count=len(set(read_in)), names=", ".join(dict.fromkeys(read_in))))
    absent = [one for one, _ in missing if not one.startswith(CONTENTS)]
    said = Said("convert.md-includes-missing", count=len(set(absent)), names=", ".join(dict.fromkeys(absent)))
    for one, line in missing:  # (at the page's line that includes it, or its include's)
        notes.add(Said("convert.md-include-contents", target=one.removeprefix(CONTENTS)) if one.startswith(CONTENTS)
                  else said, line)
    return body


# An include the old site's generator ran over the page's own text, `{% include toc.html html=content %}` (jekyll-toc,
# the table of contents most Jekyll sites draw from their headings), or named as a table of contents (`toc.html`,
# `table-of-contents.md`): template code making links to the page's headings, no words of its own (adopt53: written
# in, its Liquid was left in the text, which policy check refused).
CONTENTS = "\x00contents "  # (how `missing` holds such an include, left out)
_PAGE_CONTENT = re.compile(r"\b\w+\s*=\s*(?:page\.)?content\b")
_CONTENTS_NAME = re.compile(r"(?i)(?:^|/)(?:_?toc|table[-_]of[-_]contents)(?:\.\w+)?$")


def contents_of_page(match: re.Match[str]) -> bool:
    """Whether the include `match` (INCLUDE's) is a table of contents the generator drew from the page itself."""
    target = next(match[g] for g in "abcd" if match[g])
    return bool(match["liquid"]) and (_PAGE_CONTENT.search(match.group(0)) is not None or
                                      _CONTENTS_NAME.search(target) is not None)


def _expand(body: str, page: str, read: Reader, name: str, chain: tuple[str, ...], read_in: list[str],
            missing: list[tuple[str, int]], written: list[int], offset: int = 0, top: int = 0) -> str:
    def write_in(match: re.Match[str], at: int) -> str:
        line = at + offset
        target = next(match[g] for g in "abcd" if match[g])
        if contents_of_page(match):
            missing.append((CONTENTS + target, top or line))
            return ""
        try:
            found = _find(target, match, page, read)
        except GitFolder:
            raise ConvertError(Said("import.include-git", name=name, line=line, target=target, page=page)) from None
        except Outside:
            raise ConvertError(Said("import.include-outside", name=name, line=line, target=target,
                                    page=page)) from None
        if found is None:
            missing.append((target, top or line))
            return ""
        path, data = found
        if path in chain:
            raise ConvertError(Said("import.include-cycle", name=name, line=line, target=target, page=page))
        if len(chain) > DEPTH:
            raise ConvertError(Said("import.include-deep", name=name, line=line, page=page, target=target,
                                    most=DEPTH))
        if len(data) > MOST_BYTES:
            raise ConvertError(Said("import.include-large", name=name, line=line, page=page, target=target))
        written[0] += len(data)
        if written[0] > MOST_WRITTEN or len(read_in) >= MOST_INCLUDES:
            raise ConvertError(Said("import.include-too-much", name=name, line=line, page=page, target=target,
                                    files=MOST_INCLUDES, most=MOST_WRITTEN >> 20))
        read_in.append(path)
        text = data.decode("utf-8", "replace").removeprefix("\ufeff").replace("\r\n", "\n")
        text = markdown_source.without_front_matter(text)
        return _expand(text.rstrip("\n"), path, read, name, (*chain, path), read_in, missing, written,
                       top=top or line)

    return markdown_lines.substitute(body, INCLUDE, write_in, needle="")


def _find(target: str, match: re.Match[str], page: str, read: Reader) -> tuple[str, bytes] | None:
    """The path and bytes of the file `target` names, where the generator that wrote `match` looked for it."""
    folder = posixpath.dirname(page)
    if target.startswith("/"):  # from the site's top (a server's `virtual="/…"`)
        candidates = [target.lstrip("/")]
    elif match["liquid"] == "include":  # Jekyll: the `_includes/` of the site, nearest above the page
        candidates, above = [], folder
        while True:
            candidates.append(posixpath.join(above, "_includes", target))
            if not above:
                break
            above = posixpath.dirname(above)
    elif match["d"]:  # MkDocs' snippets: from the site's top (its base path), else beside the page
        candidates = [target, posixpath.join(folder, target)]
    else:  # beside the page, then from the top (Quarto's project, Hugo's content)
        candidates = [posixpath.join(folder, target), target]
    for candidate in candidates:
        path = posixpath.normpath(candidate)
        if path == ".." or path.startswith("../"):
            raise Outside(path)
        if _in_git_folder(path):
            raise GitFolder(path)
        data = read(path)
        if data is not None:
            return path, data
    return None


def _in_git_folder(path: str) -> bool:
    return any(part.casefold() == ".git" for part in path.split("/"))


def disk_reader(root: Path) -> Reader:
    """Reads the files under `root` (the page's repository, or its folder), refusing any whose real path leaves it.
    One the system cannot look up or open (a name longer than it allows, a file it may not read) is one the page's
    repository does not give, left out and said as missing (`policy import` ended on "error: [Errno 36] File name
    too long: …", naming neither the page nor its line)."""
    top = root.resolve()

    def read(path: str) -> bytes | None:
        file = root / path
        try:
            if not file.exists() and not file.is_symlink():
                return None
            real = file.resolve()
        except OSError:
            return None
        if real != top and top not in real.parents:
            raise Outside(path)
        if _in_git_folder(real.relative_to(top).as_posix()):  # (through a symbolic link)
            raise GitFolder(path)
        try:
            if not real.is_file():
                return None
            with real.open("rb") as handle:  # (no more than a part of a page may be: a larger one is refused)
                return handle.read(MOST_BYTES + 1)
        except OSError:
            return None
    return read


OUTSIDE = "\x00outside"  # what `recording` keeps of a path leading out of the repository


def recording(read: Reader, kept: dict[str, str]) -> Reader:
    """`read`, keeping in `kept` each file it read (by path, as text), and each path it refused as leading out."""
    def recorded(path: str) -> bytes | None:
        try:
            data = read(path)
        except Outside:
            kept[path] = OUTSIDE
            raise
        if data is not None and len(data) <= MOST_BYTES:
            kept[path] = data.decode("utf-8", "replace")
        return data
    return recorded


def given_reader(files: Mapping[str, str]) -> Reader:
    """Reads the files `recording` kept (--git: as the page's commit held them)."""
    def read(path: str) -> bytes | None:
        if files.get(path) == OUTSIDE:
            raise Outside(path)
        return files[path].encode() if path in files else None
    return read


def repository_of(path: Path) -> Path:
    """The top of the git working tree holding `path`, else its folder."""
    for folder in path.resolve().parents:
        if (folder / ".git").exists():
            return folder
    return path.resolve().parent
