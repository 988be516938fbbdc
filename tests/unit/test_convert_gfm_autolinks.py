"""Bare addresses in Markdown written for GitHub, Hugo or Docusaurus (GFM's autolinks: the old site showed links),
imported as links the site's Markdown reads; a Jekyll page's (kramdown links none) stay text."""
from __future__ import annotations

import markdown
import pytest

from policysite import messages
from policysite.convert import gfm_autolinks, markdown_source, neutralise
from policysite.convert.notes import Notes


def imported(text: str, name: str = "privacy-2021-07-12.md", *, lang: str = "en", **options) -> tuple[str, str]:
    converted = markdown_source.convert(text.encode("utf-8"), name=name, **options)
    return converted.markdown, "\n".join(messages.said_in(note, lang) for note in converted.notes)


def rendered(body: str) -> str:
    return markdown.Markdown(extensions=["tables", "attr_list", "sane_lists"]).convert(body)


GITHUB = ("# Privacy\n\n## 1. Contact\n\n"
          "Complain to https://www.cnil.fr. See www.cnil.fr/fr/plaintes, (https://en.wikipedia.org/wiki/Foo_(bar)) "
          "or write to dpo@example.org.\n")


def test_a_github_page_s_bare_addresses_are_the_links_github_showed():
    """GFM's rules: trailing punctuation left out, a `)` kept where the address opens one, `www.` linked to http://,
    an e-mail address to its mailto; the site's Markdown shows them as links, and the import says so."""
    body, notes = imported(GITHUB)
    assert "Complain to <https://www.cnil.fr>. See [www.cnil.fr/fr/plaintes](http://www.cnil.fr/fr/plaintes), " \
        "(<https://en.wikipedia.org/wiki/Foo_(bar)>) or write to <dpo@example.org>.\n" in body, body
    html = rendered(body)
    assert '<a href="https://www.cnil.fr">https://www.cnil.fr</a>.' in html, html
    assert '<a href="http://www.cnil.fr/fr/plaintes">www.cnil.fr/fr/plaintes</a>,' in html, html
    assert '<a href="https://en.wikipedia.org/wiki/Foo_(bar)">https://en.wikipedia.org/wiki/Foo_(bar)</a>)' in html
    assert "line 5: 4 bare addresses (“https://www.cnil.fr”, “www.cnil.fr/fr/plaintes”, " in notes, notes
    _body, french = imported(GITHUB, lang="fr")
    assert "ligne 5\u00a0: 4 adresses nues écrites («\u00a0https://www.cnil.fr\u00a0», «\u00a0www.cnil.fr/fr/plaintes\u00a0», " \
        in french and "le Markdown du site affiche une adresse nue comme du texte" in french, french


@pytest.mark.parametrize("line", [
    "Not `https://code.example` in code.",
    "Not [https://x.example](https://x.example) in a link.",
    'Not <a href="https://a.example">https://a.example</a> in a raw link.',
    "Not <https://auto.example> again.",
    "Not www.a_b.example (an underscore in its last two segments) nor example.org (no www.).",
    "Not xhttps://www.example.org (another scheme) nor x.www.example.org (www. after a letter).",
])
def test_what_gfm_does_not_link_stays_as_written(line: str):
    body, _notes = imported(f"# Privacy\n\n## 1. Contact\n\n{line}\n")
    assert f"\n{line}\n" in body, body


def test_an_html_tag_s_attributes_stay_as_written():
    text = 'A <img alt="x" src="https://img.example/x.png"> and <span title="www.t.example">https://s.example</span>.\n'
    written = gfm_autolinks.link(text, neutralise.spanned(text), Notes())
    assert written == 'A <img alt="x" src="https://img.example/x.png"> and <span title="www.t.example">' \
        '<https://s.example></span>.\n', written


def test_fenced_code_and_html_blocks_stay_as_written():
    text = "# Privacy\n\n## 1. Contact\n\n```\nhttps://fenced.example\n```\n\n<div>\nhttps://block.example\n</div>\n"
    body, _notes = imported(text)
    assert "\nhttps://fenced.example\n" in body and "\nhttps://block.example\n" in body, body


def test_a_scheme_s_address_after_punctuation_is_linked():
    """cmark-gfm (GitHub) and remark-gfm (Docusaurus) link `http(s)://` after anything but a letter: quotes too."""
    body, _notes = imported('# Privacy\n\n## 1. Contact\n\nSee "https://q.example" and «\u00a0https://g.example\u00a0».\n')
    assert 'See "<https://q.example>" and «\u00a0<https://g.example>\u00a0».\n' in body, body


def test_trailing_entities_and_punctuation_are_left_out():
    body, _notes = imported("# Privacy\n\n## 1. Contact\n\nSee https://a.example/?q=1&amp; and https://b.example/x_.\n")
    assert "See <https://a.example/?q=1>&amp; and <https://b.example/x>_.\n" in body, body


def test_a_table_cell_s_addresses_are_linked():
    body, _notes = imported("# Privacy\n\n## 1. Data\n\n| Who | Mail |\n|---|---|\n| www.cell.example | m@cell.example |\n")
    assert "| [www.cell.example](http://www.cell.example) | <m@cell.example> |" in body, body


@pytest.mark.parametrize(("text", "name", "options"), [
    ("+++\ntitle = \"Privacy\"\n+++\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", "privacy-2021-07-12.md", {}),
    ("---\ntitle: Privacy\nlastmod: 2021-07-12\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n",
     "privacy-2021-07-12.md", {}),
    ("---\ntitle: Privacy\nsidebar_position: 3\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n",
     "privacy-2021-07-12.md", {}),
    ("---\ntitle: Privacy\nslug: privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", "privacy-2021-07-12.md",
     {"page": "docs/privacy.md"}),
    ("---\ntitle: Privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", "privacy-2021-07-12.mdx", {}),
    ("---\ntitle: Privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", "privacy-2021-07-12.md",
     {"page": "site/content/legal/privacy.md"}),
])
def test_hugo_and_docusaurus_pages_link_their_bare_addresses(text: str, name: str, options: dict):
    body, _notes = imported(text, name, **options)
    assert "See <https://www.cnil.fr>.\n" in body, body


@pytest.mark.parametrize(("text", "options"), [
    ("---\nlayout: page\ntitle: Privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", {}),
    ("---\ntitle: Privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n\n{% include note.html %}\n", {}),
    ("---\ntitle: Privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", {"markdown_in_html": True}),
    ("Title: Privacy\nSlug: privacy\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n", {}),
    ("---\ntitle: Privacy\nslug: privacy\n---\n\n## 1. Contact\n\nSee https://www.cnil.fr.\n",
     {"page": "_pages/privacy.md"}),
])
def test_jekyll_and_python_markdown_pages_keep_their_bare_addresses_as_text(text: str, options: dict):
    """kramdown (Jekyll) and Python-Markdown (Pelican) link no bare address: the old site showed text."""
    body, notes = imported(text, **options)
    assert "See https://www.cnil.fr.\n" in body, body
    assert "bare address" not in notes, notes
