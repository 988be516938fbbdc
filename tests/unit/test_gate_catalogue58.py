"""Safety hunt 58: what a legal team's pull request (raw HTML in the Markdown, a theme override) or an imported page could
carry to the published page, its redline and its print, read as a browser, a Word or a PDF viewer reads them. Each input
here was refused already (or holds nothing that acts, for the redline documents): one line each, that it stays so. The
holes found are fixed with their own tests (test_safety58_former_folders, _meta, _feeds, _unread)."""
from __future__ import annotations

import io
import re
import zipfile

import pikepdf
import pytest

from policysite import docxactions, pdfactions, redline, safety, servedpages
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import BASE, edit, policy
from unit.test_safety import THEME, page

EVIL = "https://evil.example/x"


def _refused(html: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(html, file="index.html", theme_dirs=THEME)]


@pytest.mark.parametrize("head", [
    f'<link rel="preconnect" href="{EVIL}">', '<link rel="dns-prefetch" href="//evil.example">',
    f'<link rel="modulepreload" href="{EVIL}.js">', f'<link rel="prefetch" href="{EVIL}">',
    f'<link rel="prerender" href="{EVIL}">', f'<link rel="apple-touch-icon" href="{EVIL}.png">',
    f'<link rel="mask-icon" href="{EVIL}.svg">', f'<link rel="image_src" href="{EVIL}.png">',
    f'<link rel="pingback" href="{EVIL}">', f'<link rel="webmention" href="{EVIL}">',
    f'<link rel="compression-dictionary" href="{EVIL}">', f'<link rel="import" href="{EVIL}">',
    f'<link rel="PRELOAD" as="image" imagesrcset="{EVIL}.png 1x">', '<link rel="preconnect" href="https:evil.example">',
    f'<script type="importmap">{{"imports": {{"a": "{EVIL}.js"}}}}</script>',
    f'<meta http-equiv="Link" content="<{EVIL}>; rel=preload">', '<meta http-equiv="origin-trial" content="x">',
    '<meta http-equiv="Accept-CH" content="Sec-CH-UA-Model">', f'<meta http-equiv="refresh" content="0; url={EVIL}">',
    f'<style>@font-face{{font-family:x;src:url({EVIL}.woff)}}</style>',
])
def test_a_head_that_fetches_from_another_host_is_refused(head):
    assert _refused(page(head=head)), head


@pytest.mark.parametrize("markup", [
    f'<svg><use href="{EVIL}.svg#a"/></svg>', '<svg><use href="data:image/svg+xml,&lt;svg id=\'a\'/&gt;#a"/></svg>',
    f'<object data="{EVIL}"></object>', f'<embed src="{EVIL}">', f'<portal src="{EVIL}"></portal>',
    f'<iframe srcdoc="&lt;img src={EVIL}&gt;"></iframe>', f'<button formaction="{EVIL}">x</button>',
    f'<input formaction="{EVIL}">', f'<area href="/x" ping="{EVIL}" alt="">', f'<a href="{EVIL}" ping="{EVIL}">x</a>',
    f'<div style="background:image-set(\'{EVIL}.png\' 1x)">x</div>',
    f'<div style="background:-webkit-image-set(url({EVIL}.png) 1x)">x</div>',
    f'<div style="--x: url({EVIL}.png)">x</div>', f'<div style="background: u\\rl({EVIL}.png)">x</div>',
    f'<img src="x.png" alt="" style="content:url({EVIL})">', f'<svg><feImage href="{EVIL}.png"/></svg>',
    f'<svg><tref href="{EVIL}#t"/></svg>', f'<svg><textPath href="{EVIL}#p">x</textPath></svg>',
    f'<svg><pattern href="{EVIL}#p"/></svg>', f'<svg><linearGradient href="{EVIL}#g"/></svg>',
    f'<svg><rect filter="url({EVIL}#f)"/></svg>', f'<svg><rect clip-path="url({EVIL}#c)"/></svg>',
    f'<svg><rect cursor="url({EVIL}.png), auto"/></svg>', f'<svg><foreignObject><img src="{EVIL}.png"/></foreignObject>'
                                                          '</svg>',
    f'<math href="{EVIL}"><mi>x</mi></math>', f'<video><track src="{EVIL}.vtt"></video>', f'<bgsound src="{EVIL}.mid">',
    f'<img lowsrc="{EVIL}.png" src="x.png" alt="">', f'<applet code="x" codebase="{EVIL}"></applet>',
    f'<html manifest="{EVIL}.appcache">', f'<body background="{EVIL}.png">', f'<image src="{EVIL}.png">',
])
def test_markup_that_fetches_from_another_host_is_refused_in_the_text_and_around_it(markup):
    assert _refused(page(article=markup)), markup
    assert _refused(page(chrome=markup)), markup


@pytest.mark.parametrize("markup", [
    f'<template><img src="{EVIL}.png"></template>', f'<noscript><img src="{EVIL}.png"></noscript>',
    f'<link rel="stylesheet" href="{EVIL}.css">', '<a href="/politique.pdf" download>PDF</a>',
    '<div popover>x</div>', '<p inert>x</p>',
])
def test_markup_of_the_text_a_policy_never_needs_is_refused(markup):
    """Raw HTML a pull request's Markdown or an imported page could carry."""
    assert _refused(page(article=markup)), markup


@pytest.mark.parametrize("comment", [f'<!--[if IE]><img src="{EVIL}.png"><![endif]-->',
                                     f'<!--[if lt IE 9]><script src="{EVIL}.js"></script><![endif]-->'])
def test_a_conditional_comment_is_a_comment_to_every_browser_the_site_serves(comment):
    """Internet Explorer's conditional comments ended with its version 10: every browser reads them as a comment, which
    loads nothing and shows nothing. Not a hole: passed, as read."""
    html = page(article=f"<p>Text.</p>{comment}")
    assert _refused(html) == []
    assert not any("evil" in address for address in servedpages.html_addresses(html, page=True))


def test_a_downlevel_revealed_conditional_comment_reveals_its_content_to_every_browser_and_is_refused():
    """`<![if !IE]>` is a bogus comment ending at its first `>`: what follows is markup to every browser."""
    assert _refused(page(article=f'<p>Text.</p><![if !IE]><img src="{EVIL}.png"><![endif]>'))


# Markdown a pull request could carry into a redline: links of every scheme, raw HTML, Word's field codes and parts
# written as words, Typst's markup (the PDF's engine)
HOSTILE = ["[cnil](javascript:alert(1))", "[x](file:///etc/passwd)", "[x](\\\\evil.example\\share)", "[x](//evil.example/x)",
           f"[x]({EVIL})", f'<a href="{EVIL}">y</a>', f"![i]({EVIL}.png)", f'<img src="{EVIL}.png">',
           f'<object data="{EVIL}"></object>', f'{{ INCLUDEPICTURE "{EVIL}.png" }}', "<w:instrText>INCLUDETEXT</w:instrText>",
           "]]><w:fldSimple/>", "DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe", '<altChunk r:id="x"/>',
           "[x](smb://evil.example/s)", '[x](#s1" TargetMode="External)', "[x](ms-word:ofe|u|https://evil.example/x.docx)",
           "&#x3C;w:instrText&#x3E;", "[x](data:text/html,<script>)", "[x](launch:calc)", '#link("javascript:x")[y]',
           '#import "x.typ"', '`#read("/etc/passwd")`']


def _hostile_redline() -> redline.Redline:
    new = BASE
    for n, words in enumerate(HOSTILE):
        new = edit(new, "keeps fictional records", f"keeps fictional records {words} ({n})")
    return redline.diff(policy(BASE), policy(new, date="2030-03-01"))


def test_the_redline_documents_of_a_hostile_text_do_nothing_but_show_it():
    """The Word redline holds no relationship outside it, no field, chunk or object (docxactions), and links to its own
    headings only; the PDF redline no action (pdfactions) and no link: what a viewer opens shows the words as words."""
    changes = _hostile_redline()
    word = render_docx(changes, author="Zephyr Widgets SAS", lang="en")
    assert docxactions.docx_action(word) == ""
    with zipfile.ZipFile(io.BytesIO(word)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        assert "TargetMode" not in archive.read("word/_rels/document.xml.rels").decode("utf-8")
    assert all("w:anchor=" in link for link in re.findall(r"<w:hyperlink\b[^>]*>", body))
    assert "INCLUDEPICTURE" in body and "<w:instrText" not in body  # (the words, as words)
    printed = redline_pdf.render_pdf(changes, site="Zephyr Widgets", lang="en")
    assert pdfactions.pdf_action(printed) == ""
    with pikepdf.open(io.BytesIO(printed)) as pdf:
        assert [str(note.get("/Subtype")) for one in pdf.pages for note in one.get("/Annots", [])] == []
