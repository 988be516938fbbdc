"""Texts as Hugo and Astro sites write them in Markdown (Goldmark's heading attributes, shortcodes, a layout's
subtitle), imported (adoption 7 of session 31: an Italian site's privacy page and a German research network's, kept in
their Hugo repositories, an open source foundation's Astro page and a government service's Gatsby page)."""
from __future__ import annotations

from pathlib import Path

import markdown

from policysite.convert import convert, sources


def converted(tmp_path: Path, text: str, name: str = "privacy-2021-07-12.md", **options):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return convert(source, **options)


def rendered(body: str) -> str:
    return markdown.Markdown(extensions=["tables", "attr_list", "sane_lists"]).convert(body)


def test_a_heading_id_written_against_its_title_is_the_headings_id(tmp_path: Path):
    """`#### 1. TITOLARE DEL TRATTAMENTO{#titolare}`, no space before the braces, is a heading of id `titolare` to
    Goldmark (Hugo), and the contents above linked to it: the page published “TITOLARE DEL TRATTAMENTO{#titolare}” as
    its title and the contents' link lost its target. The braces are the heading's id, said; braces in the words
    of a heading, and an id with its space, stay as they are."""
    text = converted(tmp_path, (
        "---\ntitle: Privacy\n---\n\nIndice:\n\n1. [TITOLARE](#titolare)\n2. [DATI](#dati)\n\n"
        "## 1. TITOLARE DEL TRATTAMENTO{#titolare}\n\nIl titolare.\n\n"
        "## 2. DATI {#dati}\n\nI dati {#non-un-id} del sito.\n\n## 3. Il modulo{nome} del sito\n\nNulla.\n"))
    body = text.markdown
    assert "## 1. TITOLARE DEL TRATTAMENTO {#titolare}\n" in body, body
    assert "## 2. DATI {#dati}\n" in body and "## 3. Il modulo{nome} del sito\n" in body, body
    html = rendered(body)
    assert '<h2 id="titolare">1. TITOLARE DEL TRATTAMENTO</h2>' in html, html
    assert '<a href="#titolare">TITOLARE</a>' in html and '<a href="#dati">DATI</a>' in html, html
    notes = "\n".join(text.notes)
    assert "line 10: the heading's id {#titolare}, written against its title, is its id, as the old site's Markdown " \
        "(Goldmark, Hugo's) read it" in notes, notes
    assert notes.count("written against its title") == 1 and "removed the target" not in notes, notes


def test_a_link_whose_address_is_a_shortcode_keeps_its_words_with_a_title_too(tmp_path: Path):
    """`[German version]({{< relref path="datenschutz.md" lang="de" >}} "Legal Notice in German")`: Hugo wrote the
    address of its page in the other language; the shortcode was removed and the page would link its words to
    nothing, which the check refuses (render.read-apart), the import's text unpublishable. The link keeps its words,
    said, with a title after its address as without."""
    text = converted(tmp_path, (
        "---\ntitle: Privacy\n---\n\nSee the [German version]({{< relref path=\"datenschutz.md\" lang=\"de\" >}} "
        "\"Legal Notice in German\") and the [notice]({{< ref \"notice.md\" >}}).\n"))
    body = text.markdown
    assert "See the German version and the notice.\n" in body, body
    notes = "\n".join(text.notes)
    assert "the link to {{< relref path=\"datenschutz.md\" lang=\"de\" >}} (an address the old site's templates " \
        "filled in, which the text does not hold): kept its text “German version”, removed the target" in notes, notes
    assert notes.count("removed the target") == 2, notes


def test_a_heading_without_a_space_after_its_hashes_is_a_heading_said(tmp_path: Path):
    """`##1. TITOLARE DEL TRATTAMENTO` and `##INDICE` (the first version of the Italian page, corrected in the next):
    Python-Markdown, which renders the site, reads a heading there, CommonMark, which the checks read, a paragraph,
    and the gate refused the imported version (render.structure, 3 findings). Each is written `## …`, as its author
    meant and the next version wrote it, said with the hashes a CommonMark site showed; a hashtag in a sentence, a
    heading already spaced, an indented line and code stay."""
    text = converted(tmp_path, (
        "---\ntitle: Privacy\n---\n\n##INDICE\n\nVoci.\n\n##1. TITOLARE DEL TRATTAMENTO\n\nIl titolare.\n\n"
        "## 2. DATI\n\nSeguici su #privacy.\n\n    ##codice\n\n```\n##fenced\n```\n"))
    body = text.markdown
    assert "\n## INDICE\n" in f"\n{body}" and "\n## 1. TITOLARE DEL TRATTAMENTO\n" in body, body
    assert "\n## 2. DATI\n" in body and "Seguici su #privacy.\n" in body, body
    assert "    ##codice" in body and "```\n##fenced\n```" in body, body
    notes = "\n".join(text.notes)
    assert "2 headings written without a space after their # marks (“##INDICE”, “##1. TITOLARE DEL TRATTAMENTO”) " \
        "are written with one: the site's Markdown reads a heading there, as the text's author meant, the checks a " \
        "paragraph (a CommonMark site, Hugo's or GitHub's, showed the # marks as text)" in notes, notes


def test_an_opening_tag_with_no_words_after_it_in_its_paragraph_is_left_out_said(tmp_path: Path):
    """A stray ` <strong> ` on the last line of a paragraph (the Italian page's second version, under its cookies
    sentence): it marked no words, in any renderer, and the gate refused the version (editorial.html: “<strong> is not
    closed in this paragraph”). It is left out, said; a tag opened before words, or closed later, stays as written."""
    text = converted(tmp_path, (
        "---\ntitle: Privacy\n---\n\n## Cookie\n\nIl sito usa cookie.\n <strong> \n\nAltro <em>testo</em> qui.\n\n"
        "Un <strong>inizio senza fine.\n"))
    body = text.markdown
    assert "Il sito usa cookie.\n" in body and "<strong> \n" not in body, body
    assert "Altro <em>testo</em> qui." in body and "Un <strong>inizio senza fine." in body, body
    notes = "\n".join(text.notes)
    assert "line 8: an opening <strong> with no words after it in its paragraph, never closed, marked nothing: " \
        "removed" in notes, notes


def test_a_front_matter_subtitle_is_the_line_under_the_title(tmp_path: Path):
    """`subtitle: "Last updated: July 12, 2026"` in an Astro page's front matter, which its layout showed under the
    title: the import dropped it with the other keys, the page lost the line, and the version was dated by its commit
    (12 days later, “its text says no one day it took effect”). It is the text's first paragraph, said, its date read;
    the notes still name the source's lines."""
    text = converted(tmp_path, (
        "---\nlayout: ../layouts/Page.astro\ntitle: Privacy Policy\nsubtitle: \"Last updated: July 12, 2026\"\n---\n\n"
        "import Box from \"../components/Box.astro\"\n\n## Who we are\n\nExample Ltd sells garden tools.\n"),
        name="privacy.mdx")
    assert text.markdown.startswith("Last updated: July 12, 2026\n\n"), text.markdown
    assert "## Who we are\n\nExample Ltd sells garden tools." in text.markdown, text.markdown
    notes = "\n".join(text.notes)
    assert "the front matter's subtitle, which the old site's layout showed under the title, is the text's " \
        "first paragraph: “Last updated: July 12, 2026”" in notes, notes
    assert "line 7: left out an MDX line, import Box" in notes, notes
    said = sources.stated_day(tmp_path / "privacy.mdx", ("en",), lang="en", markdown=text.markdown,
                              title="Privacy Policy")
    assert said is not None and said[1] == ["2026-07-12"], said


def test_an_mdx_components_words_are_kept_and_an_import_over_several_lines_left_out(tmp_path: Path):
    """A Gatsby page draws its headings with its own components, `<LargeTitle text={'What data we need'} />`, and
    imports them in a statement over two lines: the page published each component's tag as text, its headings lost
    (0 sections), and the import's second line (“LargeTitle, Logo, … } from …”) as a paragraph. Each component's
    words (`text=`, `title=`, `label=`, `heading=`) are kept in bold, as a tab's title is, and so become sections
    where two or more stand over their text; the whole import is left out, each said."""
    text = converted(tmp_path, (
        "---\ntitle: Privacy notice\n---\nimport { Link } from 'gatsby'\nimport { Accordion, BoxIcon,\n"
        "LargeTitle, Paragraph } from \"../config/import\"\n\nWe run the platform.\n\n"
        "<LargeTitle text={'What data we need'} />\n\nYour name.\n\n<LargeTitle text=\"How we use it\" />\n\n"
        "To pay you.\n\n<Panel size=\"2\" />\n"), name="privacy.mdx")
    body = text.markdown
    assert "import" not in body and "LargeTitle" not in body and "BoxIcon" not in body, body
    assert "## What data we need\n\nYour name." in body and "## How we use it\n\nTo pay you." in body, body
    notes = "\n".join(text.notes)
    assert "line 5: left out an MDX import over 2 lines, import { Accordion, BoxIcon, LargeTitle, Paragraph } from " \
        in notes, notes
    assert "lines 10 and 14: a component's words (<LargeTitle text=…/>) kept in bold above its text, as the old " \
        "site drew them" in notes, notes
