"""What a test of `policy import` reads of a policy imported into a new site and built (adopt32, adopt33): the built
page's headings, ids, links and words, beside the words of its source."""
from __future__ import annotations

import collections
import html
import re
import zipfile
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from tests.helpers import policy_in_process


def built(tmp_path: Path, initialized, lang: str, *sources: Path | str) -> tuple[str, str]:  # noqa: ANN001
    """(what `policy import` printed, the built page of the text in force) of `sources` imported into a new site."""
    site = initialized(tmp_path / "site", "--company", "Example", "--languages", lang)
    imported = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", lang,
                                  *map(str, sources)])
    assert imported.returncode == 0, imported.stdout + imported.stderr
    done = policy_in_process(["--root", str(site), "build", "--site-dir", str(tmp_path / "out")])
    assert done.returncode == 0, done.stdout + done.stderr
    return imported.stdout, (tmp_path / "out" / lang / "index.html").read_text(encoding="utf-8")


def text(page: str) -> LexborHTMLParser:
    """The built page's text: its article without the version's line, the headings' ¶ links and the description the
    import gave its front matter (from the page's own meta description, shown under the title since safety81)."""
    article = LexborHTMLParser(page).css_first("article")
    assert article is not None
    tree = LexborHTMLParser(article.html or "")
    for node in tree.css(".policy-version, a.headerlink, .policy-description"):
        node.decompose()
    return tree


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"\w+", text.casefold()))


def source_words(html: str) -> collections.Counter[str]:
    """The words a browser shows of a saved page: no style, no script, nothing hidden by its own style."""
    tree = LexborHTMLParser(html)
    for node in tree.css("style, script, [style*='display:none']"):
        node.decompose()
    assert tree.body is not None
    return words(tree.body.text(separator=" "))


def headings(tree: LexborHTMLParser) -> list[tuple[str, str, str]]:
    return [(node.tag, str(node.attributes.get("id")), " ".join(node.text().split()))
            for node in tree.css("h1, h2, h3, h4")]


def links(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    return [(" ".join(node.text().split()), str(node.attributes.get("href"))) for node in tree.css("a")]


def markdown_words(markdown: str) -> collections.Counter[str]:
    """The words a Markdown page shows (front matter, attribute lists and Docusaurus' `:::` markers aside, `::::` of
    one holding another too: an admonition's title after its marker shows)."""
    import markdown as python_markdown

    body = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    body = re.sub(r"^:{3,}\w*[ \t]*", "", re.sub(r"[ \t]*\{#[^}]*\}[ \t]*$", "", body, flags=re.M), flags=re.M)
    tree = LexborHTMLParser(python_markdown.markdown(body, extensions=["tables"]))
    assert tree.body is not None
    return words(tree.body.text(separator=" "))


def word_words(path: Path) -> str:
    """Every word of a Word file's text (its runs' `<w:t>`), hidden runs too; not a tracked deletion's (`w:delText`)."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return " ".join(html.unescape(words) for words in re.findall(r"<w:t\b[^>]*>([^<]*)</w:t>", xml))
