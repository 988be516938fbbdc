"""Import defects adopt23 left (session 41, adopt24): links re-pointed from a generator's heading ids land on the
heading the built page names so, Pandoc's paragraph bookmarks, an MDX page's first line, dead in-page links."""
from __future__ import annotations

from policysite import anchors, document, importer
from policysite.convert import markdown_source
from policysite.convert.notes import Notes


def test_links_to_generated_ids_of_two_headings_of_one_title_land_on_each_heading_as_the_page_names_it():
    """Two headings titled alike get `data` and `data_1` on the built page (Python-Markdown's toc, document.unique):
    the link re-pointed from the second one's Google id went to `#data`, the first heading."""
    converted = markdown_source.convert(
        b"# Privacy\n\n[a](#h.abc123) [b](#h.def456) [c](#_Toc77)\n\n## Data {#h.abc123}\n\nX.\n\n"
        b"## Data {#h.def456}\n\nY.\n\n## []{#_Toc77 .anchor}Data\n\nZ.\n",
        name="privacy-2021-06-01.md")
    assert converted.markdown.startswith("# Privacy\n\n[a](#data) [b](#data_1) [c](#data_2)\n\n## Data\n"), \
        converted.markdown


def test_an_mdx_pages_lines_taken_out_under_its_front_matter_leave_no_blank_line_at_its_start():
    """The import lines under the front matter left a blank line at the body's start: a run of one blank line above
    `# Privacy` elsewhere in the file (under the imports) was read as one the source wrote at its start."""
    converted = markdown_source.convert(
        b"---\ntitle: Privacy\n---\nimport Tabs from '@theme/Tabs';\n\n# Privacy\n\nWe keep.\n",
        name="privacy-2024-01-10.mdx")
    assert converted.markdown == "# Privacy\n\nWe keep.\n", repr(converted.markdown)
    kept = markdown_source.convert(b"---\ntitle: Privacy\n---\n\n\n# Privacy\n\nWe keep.\n", name="privacy-2024-01-10.md")
    assert kept.markdown == "\n\n# Privacy\n\nWe keep.\n", repr(kept.markdown)


def test_pandocs_anchor_of_a_paragraphs_word_bookmark_stays_where_its_links_lead():
    """`[]{#_Hlk9 .anchor}A note.` (Pandoc's Markdown of a .docx) was written as its words, its id left out: the
    cross-references to it led nowhere. It stays an empty `<span id>`, as the Word import keeps a paragraph's bookmark,
    which the page's anchors read; a name that is no id as written (LibreOffice's `__RefHeading…`, the theme's `__`)
    is left out as before, and the link to it is then unlinked at import, said."""
    converted = markdown_source.convert(
        b"# Privacy\n\n## 1. Scope\n\n[]{#_Hlk9 .anchor}A note.\n\n[]{#__RefHeading___Toc3 .anchor}Another.\n\n"
        b"See [the note](#_Hlk9) and [the other](#__RefHeading___Toc3).\n", name="privacy-2021-06-01.md")
    assert converted.markdown == (
        '# Privacy\n\n## 1. Scope\n\n<span id="_Hlk9"></span>A note.\n\nAnother.\n\n'
        "See [the note](#_Hlk9) and [the other](#__RefHeading___Toc3).\n"), converted.markdown
    landed, said = _landed(converted.markdown)
    assert "See [the note](#_Hlk9) and the other.\n" in landed, landed
    assert said == [_DEAD.format(line=9, target="#__RefHeading___Toc3")], said
    assert "_Hlk9" in anchors.page_anchors(document.parse(landed, path="p.md", lang="en"))


def test_an_in_page_link_no_id_answers_in_a_heading_or_by_reference_is_said_at_import_with_its_line():
    """_land_links read the blocks' inline links only: a heading's link to a place the page lacks (a table of contents
    written as headings, `## [2. Data](#_Toc5)` whose bookmark was left out) was kept, read by no check; a reference
    link's (`[x][n]` over `[n]: #nowhere`) was found but not rewritten, said nowhere, refused later by the gate."""
    landed, said = _landed(
        "# Policy\n\n## 1. [Scope](#nowhere) and [data](#s2)\n\nSee [this][n], [that][ok] and [top](#top).\n\n"
        "## 2. Data\n\nNames.\n\n[n]: #gone\n[ok]: #s1\n")
    assert landed == ("# Policy\n\n## 1. Scope and [data](#s2)\n\nSee this, [that][ok] and [top](#top).\n\n"
                      "## 2. Data\n\nNames.\n\n[ok]: #s1\n"), landed
    assert said == [_DEAD.format(line=3, target="#nowhere"), _DEAD.format(line=5, target="#gone")], said


def test_raw_htmls_in_page_link_no_id_answers_keeps_its_words_said_with_its_line():
    """`<a href="#_Toc5">` kept in a Markdown text: read by no check (the model reads Markdown links), it was published
    leading nowhere. One that names an anchor itself (`id=`), one in a code span and one that lands stay."""
    landed, said = _landed(
        '# Policy\n\n## 1. Scope\n\nSee <a href="#_Toc5" class="x">scope</a>, <a href=\'#s1\'>here</a>, '
        '<a id="k" href="#_Toc5">kept</a> and `<a href="#_Toc5">code</a>`.\n')
    assert landed == ('# Policy\n\n## 1. Scope\n\nSee scope, <a href=\'#s1\'>here</a>, <a id="k" href="#_Toc5">kept</a>'
                      ' and `<a href="#_Toc5">code</a>`.\n'), landed
    assert said == [_DEAD.format(line=5, target="#_Toc5")], said


_DEAD = "line {line}: the link to {target} (which no heading of the page has): kept its text, removed the target"


def _landed(markdown: str) -> tuple[str, list[str]]:
    """The import's text of `markdown` after its links are landed, and its notes."""
    notes = Notes("line")
    return importer._land_links(markdown, notes, lang="en"), notes.sentences()
