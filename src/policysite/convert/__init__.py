"""The converters behind `policy import`: earlier policy versions, as published, into our Markdown.

`dated_sources` finds the dated files to import; `convert` turns one file (Markdown, HTML, DOCX, ODT, a .doc or .rtf
through LibreOffice) into a Markdown body, the front matter worth keeping, and notes saying what was changed. Nothing is
reworded: a conversion changes the form, and neutralises only what the publishing gate refuses
(script URLs, images from other hosts, raw HTML off the allow-list), each change in a note.
"""
from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from policysite.convert.model import Converted, ConvertError, Source
from policysite.convert.sources import FORMATS, dated_sources, too_large
from policysite.messages import Said

_HUGO_PARAM = re.compile(rb"\{\{[<%]-?\s*param\s")

__all__ = ["FORMATS", "Converted", "ConvertError", "Source", "convert", "dated_sources"]


def convert(path: Path, *, lang: str = "", markdown_in_html: bool = False,
            site_params: Mapping[str, str] | None = None, constants: Mapping[str, str] | None = None,
            stylesheets: Mapping[str, str] | None = None, template: bool = False,
            includes: Mapping[str, str] | None = None, page: str = "") -> Converted:
    """The Markdown body, kept front matter and notes of one policy version, by its extension. `lang` is the language
    it is imported as: of a page holding parts marked as written in several languages, the part in that one.
    `markdown_in_html`: the old site read a Markdown page's raw HTML blocks' Markdown (kramdown's parse_block_html);
    `site_params`: the params of the Hugo site the page was part of, which its `{{< param key >}}` show; `constants`:
    the string constants an MDX page imports, which its `{NAME}` show; `stylesheets`: an HTML page's, by the address
    it links each by, where they are not in its folder (--git: its repository's at that commit); `template`: an HTML
    file of the old site's source (--git), whose PHP is its server's template, not a page saved with its code;
    `includes`: the files such a page's template includes, by the name it includes each by (--git), or a Markdown
    page's, by their path in its repository, where `page` is its own (--git)."""
    from policysite.checks import LFS_POINTER
    from policysite.convert import (
        data_source,
        disguised,
        docx_source,
        html_source,
        hugo,
        markdown_source,
        md_includes,
        odt_source,
        office_legacy,
        text_source,
    )

    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ConvertError(Said("import.format", name=path.name, extension=path.suffix or "none"))
    if (large := too_large(path, kind)) is not None:  # (a text of an old site's history, a page's part)
        raise ConvertError(large)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConvertError(Said("import.unreadable", name=path.name, error=str(exc.strerror or exc))) from None
    if data.startswith(LFS_POINTER):  # what a clone without git-lfs holds, and what git's history stores (history 25)
        raise ConvertError(Said("import.lfs", name=path.name))
    if kind in ("markdown", "html", "text", "data") and \
            (refused := disguised.refusal(data, name=path.name, extension=path.suffix.lower())):
        raise ConvertError(refused)
    module = {"markdown": markdown_source, "html": html_source, "docx": docx_source, "odt": odt_source,
              "office": office_legacy, "text": text_source, "data": data_source}[kind]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))  # HTML nested thousands deep is converted, not refused
    try:
        if module not in (html_source, markdown_source):
            return module.convert(data, name=path.name, lang=lang)
        if template:  # --git: the files its commit held, as read then (`includes`, by their path), the page's `page`
            read, page = md_includes.given_reader(includes or {}), page
        else:
            root = md_includes.repository_of(path)
            read, page = md_includes.disk_reader(root), path.resolve().relative_to(root).as_posix()
            if not site_params and _HUGO_PARAM.search(data):  # a Hugo page's `{{< param key >}}`: its site's
                # configuration in its repository, as --git reads it at each commit (adopt53: removed, "Write to .")
                site_params = hugo.site_params(read, posixpath.dirname(page))
        if module is html_source:  # (a Jekyll site's page: its `{{ site.key }}` read as a Markdown page's)
            return module.convert(data, name=path.name, lang=lang, folder=path.parent, stylesheets=stylesheets,
                                  template=template, includes=includes, site_params=site_params, read=read, page=page)
        return module.convert(data, name=path.name, markdown_in_html=markdown_in_html, site_params=site_params,
                              constants=constants, page=page, read=read, lang=lang)
    except ConvertError:
        raise
    except RecursionError:
        raise ConvertError(Said("import.nested", name=path.name)) from None
    finally:
        sys.setrecursionlimit(limit)
