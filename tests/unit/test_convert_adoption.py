"""Policies as their tools export them, kept in tests/data/adoption/ (adoption hunt 39): each found a defect."""
from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite.convert import convert
from unit.test_convert import gate_problems, render

DATA = ROOT / "tests" / "data" / "adoption"


def shown(markdown: str) -> str:
    """The words the built page shows."""
    return " ".join(LexborHTMLParser(render(markdown)).body.text(separator=" ").split())


def test_a_notion_callouts_markdown_is_read_as_markdown():
    """Notion writes a callout as `<aside>` over its words in Markdown (`💡 **Summary:** we collect …`): CommonMark
    reads those lines as an HTML block, and the import wrote them as HTML's text, `\\*\\*Summary:\\*\\*`: the page
    showed the asterisks where Notion showed bold. Read as Markdown, said; the icon still goes."""
    converted = convert(DATA / "Privacy Policy 2024-05-20 8f3a1c2b9d7e4f60a1b2c3d4e5f6a7b8.md", lang="en")
    text = converted.markdown
    assert "\n**Summary:** we collect as little as we can, and never sell your data.\n" in text, text
    assert "\\*" not in text and "<aside>" not in text and "</aside>" not in text and "\U0001f4a1" not in text
    assert "Summary: we collect as little as we can" in shown(text) and "**" not in shown(text)
    assert "<strong>Summary:</strong>" in render(text)
    assert any("Markdown Notion writes inside a callout" in note for note in converted.notes), converted.notes


def test_another_markdown_pages_aside_stays_html(tmp_path: Path):
    """A Markdown page no tool marks as Notion's keeps CommonMark's reading of its `<aside>` block."""
    source = tmp_path / "privacy-2024-01-01.md"
    source.write_text("# Privacy\n\n<aside>\nA **note**.\n</aside>\n\n## 1. Us\n\nAcme.\n", encoding="utf-8")
    assert "Markdown Notion writes" not in " ".join(convert(source).notes)


def test_githubs_emoji_shortcodes_are_the_emojis_its_page_showed(tmp_path: Path):
    """A PRIVACY.md as GitHub shows it: `:warning: **We never sell your data.** :lock:` is ⚠️ … 🔒 on GitHub (and on
    GitLab, Jekyll's jemoji, Hugo's enableEmoji), and the import kept the codes, which the site's Markdown shows as
    written. Each code of GitHub's list is its emoji, said with its lines; a code span, a fence, a time (`10:30:15`),
    a name no emoji has and an address keep theirs."""
    converted = convert(DATA / "PRIVACY-2023-01-05.md", lang="en")
    text = converted.markdown
    assert "\n\u26a0\ufe0f **We never sell your data.** \U0001f512\n" in text, text
    assert "on your device only \U0001f4f1." in text and "<privacy@pebble.example> \U0001f4e7." in text
    assert ":warning:" not in text and ":email:" not in text
    assert [note for note in converted.notes if "emoji" in note] == [
        "lines 3, 9 and 19: 4 emoji shortcodes (:warning:, :lock:, :iphone:, :email:) written as the emojis GitHub's "
        "Markdown showed (\u26a0\ufe0f \U0001f512 \U0001f4f1 \U0001f4e7): the site's Markdown shows the code as it is "
        "written"]
    kept = ("# Privacy\n\n## 1. Logs\n\nType `:smile:` here; at 10:30:15; a :notanemoji: code; "
            "[the list](https://example.org/:smile:/).\n\n```\n:lock:\n```\n")
    source = tmp_path / "privacy-2023-01-05.md"
    source.write_text(kept, encoding="utf-8")
    other = convert(source, lang="en")
    assert other.markdown.endswith(kept.split("\n\n", 1)[1]), other.markdown
    assert not any("emoji" in note for note in other.notes)


def test_a_webflow_pages_contents_column_and_finsweet_consent_banner_are_left_out(tmp_path: Path):
    """A Webflow legal page: its "On this page" column of links to its headings (`.toc-wrapper`, no plugin's box) and
    Finsweet's cookie banner (`fs-cc="banner"`, the usual one on Webflow) were imported as the policy's first and last
    paragraphs ("By clicking “Accept”, you agree to the storing of cookies on your device." and "Accept"). Both go,
    said; a contents list the text itself holds, and a box named so holding words of its own, stay."""
    converted = convert(DATA / "webflow-privacy-2024-09-15.html", lang="en")
    text = converted.markdown
    assert "On this page" not in text and "[HIPAA](#hipaa)" not in text, text
    assert "By clicking" not in text and not text.rstrip().endswith("Accept"), text
    assert text.startswith("# Privacy Policy\n\nLast updated September 15, 2024\n\nHalcyon Health, Inc."), text
    assert "## HIPAA {#hipaa}" in text and text.rstrip().endswith("[privacy@halcyon.example](mailto:privacy@halcyon.example)")
    notes = " ".join(converted.notes)
    assert "left out a table of contents' box (“On this page Information we collect How we use it HIPAA…”)" in notes
    assert "removed the page's consent banner (“By clicking “Accept”" in notes
    source = tmp_path / "privacy-2024-01-01.html"
    source.write_text('<html><body><main><h1>Privacy</h1><div class="toc-note"><p>Read <a href="#a">A</a> and <a href='
                      '"#b">B</a> first: they say what we keep, for how long, and why we keep it.</p></div><ol><li><a '
                      'href="#a">A</a></li><li><a href="#b">B</a></li></ol><h2 id="a">1. A</h2><p>x</p><h2 id="b">2. '
                      'B</h2><p>y</p></main></body></html>', encoding="utf-8")
    own = convert(source, lang="en").markdown
    assert "1. [A](#a)\n2. [B](#b)" in own and "they say what we keep" in own, own


def test_an_mdx_export_over_several_lines_is_left_out_whole():
    """A Docusaurus page defines a component before its text, `export const Highlight = ({children, color}) => (` over
    three lines: only its first line was left out, and its JSX (`<span style={{backgroundColor: color …}}>{children}`)
    was imported as the policy's preamble, refused by the check (editorial.html). MDX reads an export to the next
    blank line: all of it goes, said; the words the page showed stay."""
    converted = convert(DATA / "docusaurus-privacy-2024-04-04.mdx", lang="en")
    text = converted.markdown
    assert "backgroundColor" not in text and "{children}" not in text and ");" not in text, text
    assert text.startswith("Effective April 4, 2024.\n") and "- Device ID" in text, text  # (no lines the removal left)
    assert gate_problems(converted) == []
    assert any(note.startswith("line 11: left out an MDX export over 3 lines, export const Highlight = ({children, "
                               "color}) => ( <span") for note in converted.notes), converted.notes


def test_a_link_to_a_liquid_address_goes_with_its_attribute_list(tmp_path: Path):
    """A Jekyll page links `[Plausible]({{ site.plausible_url }}){:target="_blank"}`: the link, whose address the old
    site's templates filled in, became its words, and kramdown's attribute list after it stayed, shown as text on the
    page ("We use Plausible{:target="_blank"}, which …"), said nowhere. It goes with the link; `{{ … }}` after a link
    is no attribute list."""
    text = convert(DATA / "jekyll-2021-05-10-privacy.md", lang="en").markdown
    assert "\nWe use Plausible, which sets no cookies.\n" in text, text
    assert "{:target" not in text and "_blank" not in shown(text)
    source = tmp_path / "privacy-2021-05-10.md"
    source.write_text("# Privacy\n\n## 1. Us\n\nSee [us]({{ site.url }}){{ site.suffix }} now.\n", encoding="utf-8")
    assert "See us{{ site.suffix }} now." in convert(source, lang="en").markdown
