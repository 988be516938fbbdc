"""A page kept as its server's template (Jinja, Django, Nunjucks, Twig: a Flask or Django site's `privacy.html`), read
as the page it made: its statements (`{% extends %}`, `{% block %}`, `{% if %}`) and comments (`{# … #}`) ran on the
server and no reader saw them; a block of words alone in a template that extends a layout is the page's `<title>` or
such, not its text, where its words are the page's heading too. The output of an expression (`{{ macro(…) }}`) is
not known here: it stays as written, said. The import published the statements as a first paragraph of code
(adoption 6 of session 30: GOV.UK Notify's privacy notice, 23 versions since 2018, a Flask app's Jinja template)."""
from __future__ import annotations

import html
import re
from collections.abc import Mapping

from policysite.convert.notes import Notes
from policysite.messages import Said

_STATEMENT = re.compile(r"\{%-?\s*(?P<word>[A-Za-z_]\w*)\b.*?-?%\}", re.S)
_COMMENT = re.compile(r"\{#(?P<words>.*?)#\}", re.S)
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)
_BLOCK = re.compile(r"\{%-?\s*block\s+(?P<name>\w+)\s*-?%\}(?P<content>[^<{]*?)\{%-?\s*endblock\b[^%]*-?%\}", re.S)
_HEADING = re.compile(r"<h1\b[^>]*>(?P<words>.*?)</h1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def _words(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


# PHP's code (`<?php include("include/navbar.php") ?>`, to the end of the file where it is not closed) and its echoes
# (`<?= $websiteTitle ?>`), in a page of a PHP site's source (adoption 8: a goldsmith's privacy.php, imported with
# --git, was refused as a page saved with its server's code).
_PHP = re.compile(r"<\?php\b(?P<code>.*?)(?:\?>|\Z)", re.S | re.I)
_PHP_ECHO = re.compile(r"<\?=.*?\?>", re.S)


# A Jekyll page's `{% include privacy-text.html %}` (from the site's `_includes/`), `{% include_relative x.html %}`
# (beside the page), a Jinja or Nunjucks template's `{% include "partials/x.html" %}`: the words it wrote there were the
# page's, readers saw them (adoption 9 of session 32: they were said as a statement "no reader saw").
INCLUDE = re.compile(r"\{%-?\s*(?P<kind>include|include_relative)\s+[\"']?(?P<name>[\w./-]+?)[\"']?"
                     r"(?:\s[^%]*)?-?%\}")
_DEPTH = 3  # includes inside includes read, as deep as a site's partials go


def included(page: str) -> list[str]:
    """The names of the files `page`'s template includes, as written (`privacy-text.html`, `partials/x.html`)."""
    return list(dict.fromkeys(match["name"] for match in INCLUDE.finditer(page)))


def read(page: str, notes: Notes, includes: Mapping[str, str] | None = None) -> str:
    """`page` without its template's statements and comments, each kind said with its words; its expressions said;
    each file it includes that `includes` gives (--git: its site's at that commit) written in where it is included,
    said, one it lacks left out and said as words readers saw."""
    if "<?" in page:
        page = _php(page, notes)
    if not _STATEMENT.search(page):
        return page
    page = _included(page, includes or {}, notes)
    heading = _HEADING.search(page)
    title = _words(heading["words"]) if heading else ""
    if re.search(r"\{%-?\s*extends\b", page):
        def block(match: re.Match[str]) -> str:
            words = _words(match["content"])
            if words and words.casefold() == title.casefold():
                notes.add(Said("convert.template-title-block", name=match["name"], words=words[:60]))
                return ""
            return match.group(0)
        page = _BLOCK.sub(block, page)
    comments = [" ".join(match["words"].split()) for match in _COMMENT.finditer(page)]
    page = _COMMENT.sub("", page)
    if comments:
        notes.add(Said("convert.template-comments", count=len(comments), words=comments[0][:60]))
    statements = [match["word"] for match in _STATEMENT.finditer(page)]
    page = _STATEMENT.sub("", page)
    notes.add(Said("convert.template-statements", count=len(statements),
                   statements=", ".join(dict.fromkeys(f"{{% {word} %}}" for word in statements))))
    _expressions(_EXPRESSION, page, notes)
    return page


# The site's data a page's template reads its words from: Jekyll's `site.data.privacy` (`_data/privacy.yml`), Hugo's
# `.Site.Data.privacy` (`data/privacy.yaml`), Eleventy's and others' alike.
_DATA = re.compile(r"\b(?:site\.data|\.Site\.Data|hugo\.Data)\.(?P<name>[\w-]+)", re.I)


def output_only(text: str, page: str) -> tuple[str, str] | None:
    """(its first expression, the site's data file it reads, if it names one) where `text`, a page's main text with
    its template's statements left out (`read`), holds no word outside its template's expressions: every word the
    reader saw was written there by the server from elsewhere (adoption 9 of session 32: OnionBrowser's Jekyll page,
    `{% for item in site.data.privacy.privacy_items %}`, was imported as a version of nothing but `{{ item.text }}`,
    and `policy check` passed it)."""
    expressions = [" ".join(match.group(0).split()) for match in _EXPRESSION.finditer(text)]
    if not expressions or re.search(r"\w", html.unescape(_EXPRESSION.sub(" ", text))):
        return None
    data = _DATA.search(page)
    return expressions[0][:80], data["name"] if data else ""


def _included(page: str, includes: Mapping[str, str], notes: Notes) -> str:
    """`page` with each file it includes that `includes` gives written in, said; one it lacks left out, said."""
    read_in: list[str] = []
    missing: list[str] = []

    def write_in(match: re.Match[str]) -> str:
        name = match["name"]
        if name in includes:
            read_in.append(name)
            return includes[name]
        missing.append(name)
        return ""

    for _ in range(_DEPTH):
        if not INCLUDE.search(page):
            break
        page = INCLUDE.sub(write_in, page)
    if read_in:
        notes.add(Said("convert.includes", count=len(set(read_in)), names=", ".join(dict.fromkeys(read_in))))
    if missing:
        notes.add(Said("convert.includes/missing", count=len(set(missing)), names=", ".join(dict.fromkeys(missing))))
    return INCLUDE.sub("", page)


def _php(page: str, notes: Notes) -> str:
    """`page` without its PHP code, said with the first block's words; its echoes kept as written, said."""
    blocks = [" ".join(match.group(0).split()) for match in _PHP.finditer(page)]
    if blocks:
        page = _PHP.sub("", page)
        notes.add(Said("convert.php-blocks", count=len(blocks), first=blocks[0][:60]))
    _expressions(_PHP_ECHO, page, notes)
    return page


def _expressions(pattern: re.Pattern[str], page: str, notes: Notes) -> None:
    """Say each template expression of `page` kept as written, its output unknown here."""
    for expression in dict.fromkeys(" ".join(match.group(0).split()) for match in pattern.finditer(page)):
        notes.add(Said("convert.template-expression", code=expression[:80]))
