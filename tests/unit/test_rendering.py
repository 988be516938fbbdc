"""Lists as MkDocs' renderer reads them: a list right after a paragraph, nesting, a list's first number."""
from __future__ import annotations

import markdown as python_markdown

from policysite import anchors, gate, rendering

BODY = "# Policy\n\n## Who we are\n\nWe collect:\n- names\n- e-mails\n\nThen:\n\n3. third\n4. fourth\n"
EXTENSIONS = ["tables", "attr_list", "sane_lists"]  # as mkdocs.yml and the skeleton's


def test_a_list_right_after_a_paragraph_is_written_apart_and_built_as_a_list():
    policy = rendering.read(BODY, lang="en")
    written = rendering.lists_apart(BODY, policy)
    assert "We collect:\n\n- names\n- e-mails\n" in written
    html = python_markdown.markdown(written, extensions=EXTENSIONS)
    assert "<li>names</li>" in html and '<ol start="3">' in html
    assert rendering.unrendered(html, policy) == []
    as_written = python_markdown.markdown(BODY, extensions=EXTENSIONS)
    assert rendering.unrendered(as_written, policy) == [
        (6, "this list item is not a list item of the published page: leave a blank line before the list")]


def test_an_item_nested_by_two_spaces_is_named_at_its_line():
    body = "# Policy\n\n## Lists\n\n- top\n  - nested\n- next\n"
    policy = rendering.read(body, lang="en")
    html = python_markdown.markdown(rendering.lists_apart(body, policy), extensions=EXTENSIONS)
    assert [line for line, _ in rendering.unrendered(html, policy)] == [6]
    fixed = body.replace("  - nested", "    - nested")
    assert rendering.unrendered(python_markdown.markdown(fixed, extensions=EXTENSIONS),
                                rendering.read(fixed, lang="en")) == []


def test_a_numbered_list_from_0_is_named_the_pdf_draws_it_with_bullets():
    """Security hunt 23, finding 3: the page numbered `0.`, `1.` from 0, the PDF (number 0: no number) drew bullets."""
    text = "---\ndate: 2021-02-17\n---\n\n# Policy\n\n## Lists\n\nWe:\n\n0. protect\n1. keep\n\nThen:\n\n1. one\n"
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule, f.message) for f in found] == [
        (11, "render.structure", "this numbered list starts at 0: the page numbers its items from 0, the PDF would "
                                 "draw them as bullets; number it from 1")]
    assert rendering.check(text.replace("0. protect\n1. keep", "1. protect\n2. keep"), path="docs/en/index.md",
                           lang="en") == []


def test_a_body_line_of_a_build_warning_is_a_line_of_the_file():
    text = "---\ndate: 2021-02-17\n---\n\n" + BODY
    found = gate.build_findings(["body line 6: this list item is not a list item of the published page"],
                                page="docs/en/index.md", text=text, lang="en")
    assert [(f.line, f.message) for f in found] == [(10, "this list item is not a list item of the published page")]
    assert text.split("\n")[9] == "- names"


def test_items_numbered_with_a_parenthesis_and_a_table_after_a_paragraph_are_built_as_such():
    body = "# Policy\n\n## Rights\n\nYou may:\n1) ask\n2) object\n\nRetention:\n| Data | Kept |\n|---|---|\n| Logs | 1 year |\n"
    policy = rendering.read(body, lang="en")
    written = rendering.lists_apart(body, policy)
    assert "You may:\n\n1. ask\n2. object\n" in written and "Retention:\n\n| Data | Kept |\n" in written
    html = python_markdown.markdown(written, extensions=EXTENSIONS)
    assert "<li>ask</li>" in html and "<td>Logs</td>" in html and rendering.unrendered(html, policy) == []
    assert rendering.unrendered(python_markdown.markdown(body, extensions=EXTENSIONS), policy)[0][0] == 6
    no_list = body.replace("1) ask\n2) object", "ask or object")
    as_written = python_markdown.markdown(no_list, extensions=EXTENSIONS)
    assert rendering.unrendered(as_written, rendering.read(no_list, lang="en")) == [
        (9, "this table row is not a row of a table on the published page: leave a blank line before the table, "
            "and give it its header line")]


def test_policy_check_names_an_item_the_site_would_flatten_at_its_line_in_the_file():
    text = "---\ndate: 2021-02-17\n---\n\n# Policy\n\n## Lists\n\nWe keep:\n- logs\n  - access logs\n"
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/en/index.md", 11, "render.structure")]
    assert "indent it by four spaces" in found[0].message
    assert rendering.check(text.replace("  - access", "    - access"), path="docs/en/index.md", lang="en") == []


def test_nesting_the_renderer_cannot_build_is_named_at_its_line():
    page = ("---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. One\n\n" + "*" * 5000 + "Contact" + "*" * 5000
            + "\n\n" + "- " * 100 + "Item\n\n" + "> " * 40 + "Quote\n")
    found = rendering.check(page, path="docs/fr/index.md", lang="fr")
    assert [(f.line, f.rule) for f in found] == [(9, "render.structure"), (11, "render.structure"),
                                                 (13, "render.structure")]
    assert found[0].message.startswith("32 or more emphasis marks (* or _) in a row: nested too deeply")
    assert "list markers on one line" in found[1].message and "quote marks (>)" in found[2].message
    rules = "---\ndate: 2024-02-01\n---\n\n# Policy\n\n" + "*" * 40 + "\n\nName: " + "_" * 40 + "\n"
    assert rendering.check(rules, path="docs/fr/index.md", lang="fr") == []  # a rule, a blank to fill in


def test_an_item_starting_with_an_inline_tag_is_read_by_its_first_word():
    """A Word footnote imported as `1. <span id="footnote-2"></span> Registered …`: its words, not its tag."""
    body = "# Policy\n\n## Notes\n\nAs registered.\n\n1. <span id=\"footnote-2\"></span> Registered &amp; kept.\n"
    policy = rendering.read(body, lang="en")
    html = python_markdown.markdown(body, extensions=EXTENSIONS)
    assert '<li><span id="footnote-2"></span> Registered' in html and rendering.unrendered(html, policy) == []


def test_a_hash_without_a_space_is_named_where_the_site_and_the_checks_read_it_apart():
    text = "---\ndate: 2023-01-01\n---\n# T\n\n## 1. A\n\n#1 in our values.\n\n\\#2 is escaped. And # 3 is prose.\n"
    found = rendering.check(text, path="p.md", lang="en")
    assert [(f.line, f.rule) for f in found] == [(8, "render.structure")]
    assert "is a heading on the published page and a paragraph for the checks" in found[0].message


LINKS_READ_ALIKE = """# Title

## 1. Links

Write to <dpo@acme.example> or [the DPO](mailto:dpo@acme.example "The DPO"), see [the ICO](https://ico.org.uk/make-a-complaint)
and [here](<https://acme.example/a b>), [ref][ico], [ico], [Ça](https://exämple.com/é?a=1&b=2#x), <https://acme.example/x?y=1&z=2>.

- an item with [a link](https://acme.example/list)

    more of the same item with [another](https://acme.example/more)

| a | b |
|---|---|
| [c](https://acme.example/c) | <a href="https://acme.example/raw">raw</a> |

[ico]: https://ico.org.uk 'The ICO'
"""


def read_apart(text: str) -> list:
    return [f for f in rendering.check(text, path="docs/en/index.md", lang="en") if f.rule == rendering.RULE_READ]


def test_links_and_definitions_both_readers_read_alike_are_not_findings():
    assert read_apart(LINKS_READ_ALIKE) == []


def test_a_note_written_as_a_link_definition_twice_is_said_as_a_note_to_remove():
    """Adoption hunt 34: two `[//]: # (note)` comments (the first one CommonMark reads, the last Python-Markdown)
    were "the link definition [//] is read one way by the checks and another by the page …: write the link in full
    where it is used", advice about a link the text does not have."""
    found = read_apart("# Title\n\n[//]: # (First note)\n\nText.\n\n[//]: # (Second note)\n")
    assert [(f.line, f.message) for f in found] == [(3, "“[//]: …” is a note written as a link definition, which the "
                                                        "page would not read as the checks do: remove it (a note to the "
                                                        "team belongs in the commit message or the pull request)")]


def test_braces_in_a_code_span_are_code_not_an_attribute_list():
    """Adoption hunt 34: a cookie's value set as code, `{"ads":false}`, alone in a table cell (and after a word), was
    taken for an attribute list the page drops: "the page would show “ads false” here, which no check reads"."""
    text = ('# Cookies\n\n| Name | Value |\n| --- | --- |\n| consent | `{"ads":false}` |\n\nStored as `{"ads":false}`.\n'
            "\nA `term`{#t} with an id.\n")
    assert read_apart(text) == []


def test_a_definition_whose_title_runs_over_two_lines_is_a_paragraph_of_the_page_nothing_checked():
    """markdown-it takes the three lines as one definition and drops them; Python-Markdown takes the first only,
    and shows the other two as a paragraph (security hunt 13, finding 1)."""
    text = ('# Title\n\n## 1. Version\n\nWrite to us by post.\n\n[policy]: #s1\n"We sell your personal data\n'
            'to our advertising partners."\n')
    found = read_apart(text)
    assert [(f.line, f.severity) for f in found] == [(7, "error")]
    assert "[policy]" in found[0].message


def test_a_definition_under_a_paragraph_s_line_is_a_link_the_checks_never_saw():
    """CommonMark cannot start a definition inside a paragraph; Python-Markdown does: the page sends the reader
    elsewhere than the words say (security hunt 13, finding 3), and so do destinations read apart."""
    text = ("# Title\n\n## 1. Version\n\nComplain at [https://ico.org.uk][c] or write to [dpo@acme.example][m].\n"
            "[c]: https://evil.example/complaints\n[m]: mailto:dpo@evil.example\n\n"
            "See [https://ico.org.uk](https://evil.example\\ ) and [https://ico.org.uk](https://evil.example/ \"t\" x).\n")
    found = read_apart(text)
    assert {f.line for f in found} == {6, 7, 9}
    said = " ".join(f.message for f in found)
    assert "mailto:dpo@evil.example" in said and "https://evil.example/complaints" in said
    assert "https://evil.example\\" in said and '"t" x' in said


def test_an_image_in_the_text_is_a_finding_at_its_line():
    """Security hunt 13, f_image_words: a theme SVG holding only <text> drew a sentence under a checked alt text."""
    text = "# Title\n\n## 1. Version\n\nWe protect your data.\n\n![We protect your personal data.](/en/assets/images/note.svg)\n"
    found = [f for f in rendering.check(text, path="docs/en/index.md", lang="en") if f.rule == rendering.RULE_IMAGE]
    assert [(f.line, f.severity) for f in found] == [(7, "error")] and "/en/assets/images/note.svg" in found[0].message


def test_a_table_row_the_page_shows_with_other_words_than_the_checks_read_is_a_finding():
    """Security hunt 15: a code span holding `|` is one cell to Python-Markdown and two to the checks' reader (GFM),
    which drops the cell beyond the header's: the page showed words no check, PDF or redline had."""
    text = ("# T\n\n## 1. Retention\n\n| Data | Period |\n|---|---|\n| Invoices | `10 years | then sold to our "
            "partners` |\n| Logs | 5 \\| 6 months |\n| Mail | <span lang=\"fr\">un an</span> |\n")
    found = read_apart(text)
    assert [f.line for f in found] == [7] and "shows other words on the page" in found[0].message


def test_a_footnote_the_page_would_read_as_a_link_definition_is_a_finding_at_its_line():
    """Reader hunt 37: `[^1]: 隐私是一项基本权利。` (a note without spaces: Chinese, Japanese, or `Ibid.`) is a link's
    definition to both readers: the note vanished from the page and its mark linked to the note's words."""
    text = "# T\n\n## 1. 目的\n\n我们谨慎处理您的信息。[^1]\n\n[^1]: 隐私是一项基本权利。\n\n[^a]: Ibid.\n"
    found = read_apart(text)
    assert [f.line for f in found] == [7, 9] and "footnote" in found[0].message
    assert read_apart("# T\n\n## 1. Purpose\n\nWe care.[^1]\n\n[^1]: Privacy is a right.\n") == []



def test_a_footnote_the_page_shows_as_written_is_a_warning_at_its_note_in_the_teams_language():
    """Texts 30 (a year of a legal team's edits): a footnote written as Markdown renderers with footnotes write one,
    `Dix ans[^1]` and `[^1]: Durée imposée par le Code de commerce.`, passed `policy check` without a word and was
    published with "[^1]" in the table and the note as written (the site's Markdown has no footnotes; the changes
    page and the Word redline showed "[^1]" too). A warning at the note's line now, in the team's language; a mark
    in a code span or a note in a code block is code, and a note read as a link's definition keeps its own rule."""
    from policysite.findings import WARNING

    page = ("---\ndate: 2024-01-15\n---\n\n# Politique\n\n## 1. Durée\n\n| Données | Durée |\n| --- | --- |\n"
            "| Factures | Dix ans[^1] |\n\n[^1]: Durée imposée par le Code de commerce.\n\n"
            "Écrivez `[^2]: ainsi` dans un bloc :\n\n    [^3]: du code\n")
    found = [f for f in rendering.check(page, path="docs/fr/index.md", lang="fr") if f.rule == "render.footnote"]
    assert [(f.line, f.severity) for f in found] == [(13, WARNING)], found
    assert found[0].said("fr") == (
        "docs/fr/index.md:13: avertissement\u00a0: [render.footnote] «\u00a0[^1]: Durée imposée par le Code de commerce.\u00a0» est "
        "une "
        "note de bas de page, que le site n'affiche pas comme telle\u00a0: la page montrerait cette ligne telle qu'elle est "
        "écrite, et «\u00a0[^1]\u00a0» là où le texte l'appelle\u202f; écrivez la note comme un paragraphe distinct («\u00a0(1) …\u00a0» sous "
        "le texte) et son appel comme du texte simple, «\u00a0(1)\u00a0»"), found[0].said("fr")
    assert found[0].said("en") == (
        "docs/fr/index.md:13: warning: [render.footnote] “[^1]: Durée imposée par le Code de commerce.” is a footnote, which "
        "the site does not draw as one: the page would show this line as it is written, and “[^1]” where the text "
        "cites it; write the note as a paragraph of its own (“(1) …” under the text) and its mark as plain text, "
        "“(1)”"), found[0].said("en")
    ibid = rendering.check("---\ndate: 2024-01-15\n---\n\n# T\n\n## 1. P\n\nWe care.[^a]\n\n[^a]: Ibid.\n",
                           path="p.md", lang="en")
    assert [f.rule for f in ibid] == [rendering.RULE_READ], ibid


def test_a_backslash_line_break_is_read_apart():
    """Adoption hunt 15: `Acme Ltd\\` then `London` is a line break to the checks and a backslash on the page."""
    text = "# T\n\n## 1. Who we are\n\nAcme Ltd\\\nLondon\n\nA path C:\\\\\nstays.\n\n    code \\\n    more\n"
    assert [f.line for f in read_apart(text)] == [5]


def _apart(body: str) -> list[str]:
    page = f"---\ndate: 2024-01-15\n---\n\n# Politique\n\n## 1. Objet\n\n{body}\n"
    return [f"{f.line}: {f.message}" for f in rendering.check(page, path="p.md", lang="fr")
            if f.rule == rendering.RULE_READ]


def test_words_the_page_shows_and_no_check_reads_are_named_at_their_line():
    """Security hunt 18, findings 2 and 3: a character reference without its `;` is noise to the checks and letters
    on the page; words after ``` on a line are a code block's "info string" to the checks and prose on the page."""
    charrefs = _apart("Nous conservons vos données. &#78&#111&#117&#115 &#118&#101&#110&#100&#111&#110&#115.")
    assert len(charrefs) == 1 and charrefs[0].startswith("9: the page would show “nous vendons”"), charrefs
    fence = _apart("- Nous conservons vos données pendant ```\n  3 ans\n  ``` puis nous les vendons à des tiers.")
    assert len(fence) == 1 and "puis nous les vendons" in fence[0], fence


def test_words_the_checks_read_and_the_page_hides_are_named():
    """Security hunt 18, finding 4: `\\<!--` is an escaped `<` to the checks, and a comment hiding what follows on
    the page."""
    found = _apart("Vous pouvez vous opposer \\<!-- à tout moment et sans motif. -->dans les cas prévus.")
    assert len(found) == 1 and found[0].startswith("9: the checks read “à tout moment et sans motif”"), found


def test_what_both_readers_show_alike_is_not_named():
    body = ("Nous &eacute;crivons &#233;galement à **privacy**@example.test, `code`, *emphase* et "
            "<abbr title=\"Règlement\">RGPD</abbr>.\n\n"
            "## 2. Durées {#durees}\n\n| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |\n\n"
            "- un\n    - deux\n\n![Logo de la société](logo.png)\n\nVoir <https://www.cnil.fr/>.\n\n"
            "```\nDialOnce, 11 rue Exemple\n```")
    assert _apart(body) == []


def test_a_line_break_and_a_tag_inside_a_word_are_read_as_the_page_shows_them():
    """Adoption hunt 26: `<br>` parts two words on the page (a cell's two paragraphs, imported as `a<br>b`; an
    address), and `1<sup>st</sup>`, `m<sup>2</sup>`, `CO<sub>2</sub>` are one word there: neither is read apart."""
    body = ("Osprey Ltd<br>1 Quay Street<br/>Bristol, from the 1<sup>st</sup> of May; 120 m<sup>2</sup>, "
            "CO<sub>2</sub> and <abbr title=\"Regulation\">GDPR</abbr>s.\n\n"
            "| Purpose | Data |\n|---|---|\n| Billing | Payment data<br>Billing address |\n")
    assert _apart(body) == []


def test_words_a_line_break_parts_are_still_compared():
    """A `<br>` between words no check reads (a character reference without its `;`) is still named."""
    found = _apart("Osprey Ltd<br>&#78&#111 sale of data.")
    assert len(found) == 1 and "“no”" in found[0], found


def test_a_table_of_contents_marker_is_named_the_page_would_draw_contents_no_check_reads():
    """Adoption hunt 26: `[TOC]` alone in a paragraph is a table of contents on the page (the site's toc extension),
    "[TOC]" to the checks, the redline and the PDF; in a sentence it is text."""
    found = _apart("[TOC]\n\nSee the [TOC] marker.")
    assert len(found) == 1 and found[0].startswith("9: “[TOC]” alone in a paragraph"), found


def test_words_in_braces_the_page_shows_are_read_and_attribute_lists_are_not():
    """Adoption hunt 26: any `{…}` was taken for an attribute list and left out of the checks' words, so "greet you
    as {first name}" or "{amount} EUR" (text the page shows) refused the version; attr_list reads one only at a
    heading's or a cell's end, on a block's last line of its own, or right after an inline element."""
    assert _apart("Our e-mails greet you as {first name}; the fee is {amount} EUR.\n\nHello {name}") == []
    assert _apart("A *word*{: #w } here, [a link](https://example.com){: #l } too.\n\nLast line.\n{: #p }\n\n"
                  "## 2. Title {#two}\n\nText.") == []


def test_words_apart_on_a_page_of_thousands_of_paragraphs_is_named_from_where_they_differ():
    """Security hunt 28, f_words_apart_cubic: difflib compared every word the checks read with every word the page
    shows, its time growing with the cube of words repeated: 3,000 short paragraphs and one word no check reads held
    `policy check` for hours. The words both begin and end with are set aside first, and a middle too long to
    compare is named whole, from where they first differ. (Its time is bench material: this says what it finds.)"""
    many = "\n\n".join("Le texte." for _ in range(3000))
    found = _apart(f"{many}\n\nNous conservons vos données. &#78&#111&#117&#115 vendons.\n\n{many}")
    assert len(found) == 1 and found[0].startswith("6009: the page would show “nous”"), found
    spread = _apart("&#78&#111&#117&#115 " + many + "\n\nNous &#78&#111&#117&#115 fin.")
    assert len(spread) == 1 and spread[0].startswith("9: the page would show “nous le texte"), spread


def test_a_paragraph_of_more_inline_elements_than_the_renderer_builds_fast_is_named():
    """Security hunt 28, f_inline_quadratic: Python-Markdown's time grows with the square of a paragraph's inline
    elements (150,000 `&#x41;`, or `<b>x</b>`, in one paragraph held `policy check` for minutes): named at the
    paragraph's line before anything renders it; a long list or table of ordinary items is not."""

    for unit in ("&#x41;", "<b>x</b> ", "**a** ", "[a](b) ", "a  \n"):
        page = "---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. One\n\nFirst.\n\n" + unit * (rendering.INLINE_MARKS + 500) + "\n"
        found = rendering.check(page, path="docs/fr/index.md", lang="fr")
        assert [(f.line, f.rule) for f in found] == [(11, "render.structure")], (unit, found)
        assert "in one paragraph: the site's renderer would take minutes" in found[0].message
    rows = "| A | B |\n|---|---|\n" + "| *a* | &amp; _c_ |\n" * 2000
    items = "".join(f"- **{i}** &amp; *x*\n" for i in range(2000))
    page = f"---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. One\n\n{rows}\n{items}"
    assert not [f for f in rendering.check(page, path="docs/fr/index.md", lang="fr") if "in one paragraph" in f.message]


def test_policy_check_names_a_link_whose_title_shows_another_address():
    """Safety hunt 35: what the output check refuses of a link's title, at its line, whatever syntax wrote it."""
    text = ("---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. Complaints\n\nComplain to [the commission](https://evil"
            '.example/p "https://www.cnil.fr/p").\n\nOr <a href="https://evil.example/q" title="www.cnil.fr">here</a>.\n')
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule) for f in found] == [(9, "editorial.link-text"), (11, "editorial.link-text")], found


def test_a_table_row_with_more_cells_than_its_header_is_named_the_page_drops_them():
    """Legal hunt 36: a column added to the rows and not to the header: the page, the checks, the redline and the PDF
    all dropped its cells, and nothing said so."""
    text = ("---\ndate: 2021-02-17\n---\n\n# Policy\n\n## Cookies\n\n| Cookie | Purpose |\n|---|---|\n"
            "| _ga | audience | 13 months |\n| session | login |  |\n| a \\| b | c |\n")
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule, f.message) for f in found] == [
        (11, "render.structure", "this table row has 3 cells and its header 2: the page shows the first 2 and drops "
                                 "“13 months”; add the column to the header (and its --- line), or remove the cell")]


def test_a_table_in_a_quote_or_with_a_code_span_is_not_taken_for_a_row_wider_than_its_header():
    """Legal hunt 36 (a follow-up): the quote's `>` and a code span's `|` (which cells_apart names) are no cells."""
    assert rendering.extra_cells("> | A | B |\n> |---|---|\n> | 1 | 2 |\n") == []
    assert rendering.extra_cells("| A | B |\n|---|---|\n| `x | y` | 2 |\n") == []
    assert [line for line, _ in rendering.extra_cells("> | A | B |\n> |---|---|\n> | 1 | 2 | 3 |\n")] == [3]


def test_a_front_matter_mkdocs_cannot_read_is_named_at_its_line():
    """Safety hunt 39: libyaml (MkDocs' reader) refuses what the checks' PyYAML takes: a directive, a YAML version
    after 1.2, a day no calendar has; an invalid date or announcement day is the date checks' to name."""
    def apart(front: str) -> list[int]:
        return [line for line, _message in rendering.front_matter_apart(f"---\n{front}\n---\n\n# T\n")]

    assert apart("%FOO x\n--- {date: 2024-01-10}") == [2]
    assert apart("%YAML 1.3\n--- {date: 2024-01-10}") == [2]
    assert apart("date: 2024-01-10\ntitle: Policy\nsummary: 2024-02-30") == [4]
    assert apart("date: 2024-01-10\nsummary: '2024-02-30'\n# a note") == []  # a quoted day is text to both
    assert apart("date: 2024-02-30") == apart("date: 2024-01-10\nannounced: 2023-13-01") == []
    assert apart("date: [unclosed") == []  # frontmatter.yaml's


def test_an_id_the_text_gives_twice_or_a_sections_id_is_named_by_the_check_as_publishing_refuses_it():
    """Safety hunt 39: `<span id="s1">` (section 1's id: its links landed on the span) or one id on two spans passed
    `policy check`, and only publishing refused them (the output check)."""
    page = ("---\ndate: 2024-01-10\n---\n\n# Policy\n\n## 1. One\n\nAn <span id=\"s1\">early</span> mark.\n\n"
            "## 2. Two\n\nOne <span id=\"x1\">a</span> and\n<span id=\"x1\">b</span>.\n\nA note.\n{: #x2 }\n")
    found = [(f.line, f.rule, f.message.split(":")[0]) for f in rendering.check(page, path="p.md", lang="en")]
    assert found == [(9, "editorial.html", "the id “s1” is on two elements of the text"),
                     (14, "editorial.html", "the id “x1” is on two elements of the text")], found


def test_an_id_of_a_section_the_version_lacks_or_the_titles_is_named_on_the_element_that_takes_it():
    """Safety hunt 66: `{: #s7 }` on a paragraph of a text without a §7 took the links to §7 (from a later version,
    its changes, the history) to that paragraph, where the site says the version has no §7; `{: #policy }` on a
    paragraph took the title's id, the title's heading renamed `policy_1` (the skip link went to the paragraph).
    An id of the text that is no section's form stays."""
    page = ("---\ndate: 2024-01-10\n---\n\n# Policy\n\n## 1. One\n\nWe sell.\n{: #s7 }\n\nIt <span id=\"s1-2-bis\">is"
            "</span>.\n\nKept.\n{: #policy }\n\n## 2. Two\n\nA note.\n{: #s2-notes }\n\nSee <span id=\"s\">x</span>.\n")
    found = [(f.line, f.rule, f.message.split(":")[0]) for f in rendering.check(page, path="p.md", lang="en")]
    assert found == [(10, "editorial.html", "the id “s7” is the one the site gives a numbered section's heading"),
                     (12, "editorial.html", "the id “s1-2-bis” is the one the site gives a numbered section's heading"),
                     (15, "editorial.html", "the id “policy” is on two elements of the text")], found
    titled = page.replace("# Policy", "# Policy {#top}")
    assert [f.line for f in rendering.check(titled, path="p.md", lang="en")] == [10, 12]  # (the title's id is top)
    assert [f.line for f in rendering.check(titled.replace("#policy", "#top"), path="p.md", lang="en")] == [10, 12, 15]


def test_brackets_nested_past_the_renderer_are_named_however_much_text_lies_between_them():
    """Only a paragraph's brackets are walked for their depth (its other characters were walked one by one, 6 ms of
    every page's check): the depth is the same whatever text lies between and around them."""
    head = "---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. One\n\n"
    deep = "".join(f"[w{i} é " for i in range(51)) + "x" + "] t" * 51
    shallow = "".join(f"[w{i} ( " for i in range(50)) + "x" + "] t" * 50 + " ]]]] [a] [b]"
    found = rendering.check(head + deep + "\n\n" + shallow + "\n", path="docs/fr/index.md", lang="fr")
    assert [(f.line, f.rule) for f in found] == [(9, "render.structure")]
    assert found[0].message.startswith("brackets nested more than 50 deep")
    assert [rendering._nesting(t) for t in ("", "no brackets", "]][[", "[a[b]c[d[e]]]", "] [x] [[y]]")] == [0, 0, 2, 3, 2]


def test_a_page_whose_html_tags_nest_too_deep_is_not_rendered_by_the_check(monkeypatch):
    """Safety hunt 46, finding 3: the document model says it (render.structure, not read); the renderer's check,
    whose readers of HTML take time with the square of the depth, reads it no further."""
    text = "---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un\n\n" + "<div>" * 20_000 + "x" + "</div>" * 20_000 + "\n"

    def rendered(*_args, **_kwargs):
        raise AssertionError("the page was read")

    monkeypatch.setattr(rendering, "read", rendered)
    assert rendering.check(text, path="p.md", lang="fr") == []


def test_braces_after_plain_text_are_shown_and_read_as_the_page_shows_them():
    """Adoption 28 (Mozilla's Portuguese and Arabic privacy notices): a heading `### Firefox Suggest e Top Pick
    (Melhores opções){: #searches }` was refused, "the page would show “searches” here, which no check reads": a `)` or
    `]` of plain text was taken for a link's end, after which attr_list reads a list; Python-Markdown shows the braces
    there, and the checks now read them too. After a link, an image, emphasis or code the list is still taken out."""
    assert _apart("## 2. Suggestions (best picks){: #searches }\n\nText (see below){: #w } and [not a link]{: #v} "
                  "here.") == []
    assert _apart("A [link](https://example.com){: #l }, ![a logo](logo.png){: #q }, **bold**{: #s } and "
                  "`code`{: #k } too.") == []
    shown = python_markdown.markdown("## Suggestions (best picks){: #searches }", extensions=EXTENSIONS)
    assert "{: #searches }" in shown


def _reading(policy, ahead: int) -> tuple:
    """What the build reads of a page's reading: its title, its sections and blocks by the body's lines."""
    blocks = [*policy.preamble, *(b for s in policy.sections for b in s.blocks)]
    return (policy.title, policy.title_line - ahead if policy.title else 0,
            [(s.number, s.title, s.level, s.line - ahead) for s in policy.sections],
            [(b.kind, b.line - ahead, b.text, b.depth, b.number, b.markdown) for b in blocks])


def test_the_page_s_body_read_from_its_whole_text_is_read_as_the_body_alone():
    """rendering.read_page: MkDocs' page body is not read a second time where the whole text, read already, holds it as
    written; the title, sections and blocks, by the body's lines, and what lists_apart and unrendered make of them are
    those of the body read alone, front matter long or short, blank lines after it, CRLF line ends and a byte order
    mark; so are the ids anchors.for_page writes into it; a body rewritten by a hook, or that starts as a front matter
    does, is read itself."""
    from helpers import FROZEN

    body = BODY + "\n| a | b |\n|---|---|\n| 1 | 2 |\nText:\n| c | d |\n|---|---|\n\n- top\n  - nested\n1) one\n"
    texts = [
        f"---\ndate: 2021-02-17\n---\n{body}",
        f"---\ndate: 2021-02-17\nsummary: >\n  Two\n  lines.\n---\n\n\n{body}",
        f"\ufeff---\r\ndate: 2021-02-17\r\n---\r\n\r\n{body}".replace("\n", "\r\n").replace("\r\r\n", "\r\n"),
        *((FROZEN / lang / "index.md").read_text(encoding="utf-8") for lang in ("fr", "en")),
    ]
    for text in texts:
        markdown, above = rendering.body_of(text)
        policy, ahead = rendering.read_page(markdown, lang="en", source=text)
        alone = rendering.read(markdown, lang="en")
        assert ahead == above > 0 and policy is not alone  # (the whole text's reading)
        assert _reading(policy, ahead) == _reading(alone, 0)
        source = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8")
        assert anchors.for_page(markdown, lang="en", source_text=source, reading=(policy, ahead)) == \
            anchors.for_page(markdown, lang="en", source_text=source)  # (the ids written into it, its anchors)
        written = rendering.lists_apart(markdown, policy, ahead=ahead)
        assert written == rendering.lists_apart(markdown, alone)
        for html in (python_markdown.markdown(markdown, extensions=EXTENSIONS),
                     python_markdown.markdown(written, extensions=EXTENSIONS)):
            assert rendering.unrendered(html, policy, ahead=ahead) == rendering.unrendered(html, alone)
    raw = python_markdown.markdown(rendering.body_of(texts[1])[0], extensions=EXTENSIONS)
    assert [line for line, _ in rendering.unrendered(raw, *rendering.read_page(
        rendering.body_of(texts[1])[0], lang="en", source=texts[1])[:1], ahead=8)] == [6]  # BODY's line 6, its list
    ruled = f"---\ndate: 2021-02-17\n---\n---\ntitle: a rule\n---\n{body}"  # a body a front matter could start
    for source, markdown in ((texts[0], rendering.body_of(texts[0].replace("We collect", "We gather"))[0]),
                             (ruled, rendering.body_of(ruled)[0])):
        assert rendering.read_page(markdown, lang="en", source=source) == (rendering.read(markdown, lang="en"), 0)


def test_a_page_s_own_ids_worked_out_by_publishing_are_not_worked_out_again_by_its_build(monkeypatch):
    """Publishing works each text's ids out (anchors.of_texts, for the next version's aliases); the build's hook then
    worked the same page's own ids out again from the body's reading (1.4 ms a page and language, every version of a
    history). Read from the whole text (read_page), the page takes them, and writes the same ids: for a translation
    (its source's ids) and for the authoritative text; a body a hook rewrote, read itself, is worked out itself."""
    from helpers import FROZEN

    source = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8")
    translation = (FROZEN / "en" / "index.md").read_text(encoding="utf-8")
    worked: list[int] = []
    real = anchors.own_anchors
    monkeypatch.setattr(anchors, "own_anchors", lambda policy, **kw: worked.append(1) or real(policy, **kw))
    for text, lang, source_text in ((source, "fr", None), (translation, "en", source)):
        anchors.of_texts(text, lang=lang, source_text=source_text)
        markdown, _ = rendering.body_of(text)
        worked.clear()
        given = anchors.for_page(markdown, lang=lang, source_text=source_text,
                                 reading=rendering.read_page(markdown, lang=lang, source=text))
        assert worked == []
        assert given == anchors.for_page(markdown, lang=lang, source_text=source_text)
        rewritten = markdown.replace("\n\n", "\n\n\n", 1)
        worked.clear()
        anchors.for_page(rewritten, lang=lang, source_text=source_text,
                         reading=rendering.read_page(rewritten, lang=lang, source=text))
        assert worked == [1]


def test_a_script_link_written_in_code_or_escaped_is_read_as_the_words_the_page_shows():
    """Adoption lead (session 33): the checks left out the address of any `](javascript:…)` in an inline run's text,
    as a link the page makes and they do not; a policy saying it never uses such links, the example in a code span
    or its brackets escaped, shows the address as words, and was refused for words no check reads. Read on the
    parsed run: what the page links is left out, code and escaped text are words."""
    assert _apart("We never use `[x](javascript:void(0))` links, nor \\[y\\](javascript:alert) ones.") == []
    assert _apart("Nor `](vbscript:x)` and [a](https://example.com) here [b][ref].\n\n[ref]: https://example.com/r") == []
    assert _apart("A link [x](javascript:alert(1)) the page makes.") == []  # its address is no word it shows
    for block in ("```\n[x](javascript:void)\n```", "    [x](javascript:void)", "<div>[x](javascript:void)</div>"):
        assert _apart(f"Text.\n\n{block}\n\nMore.") == [], block  # code and HTML blocks link nothing either


def test_an_item_the_page_joins_to_the_one_above_is_named_at_its_own_line_not_past_the_rendered_count():
    """Round 16: the check named the first item past the rendered count (here the list's last), which in a long list is
    hundreds of lines below the item the page joined to the one above it."""
    body = "# Policy\n\n## Data\n\n- Your name\n- Your address\n- Your phone\n- Your e-mail\n"
    policy = rendering.read(body, lang="en")
    joined = "<ul><li>Your name Your address</li><li>Your phone</li><li>Your e-mail</li></ul>"
    assert rendering.unrendered(joined, policy) == [
        (6, "this list item is not a list item of the published page: leave a blank line before the list")]
    shown = ('<ul><li>Your <a href="https://example.org/n">name</a> <img alt="x" src="i.png"></li><li>Your address</li>'
             "<li>Your phone</li></ul>")
    assert rendering.unrendered(shown, rendering.read(body.replace("- Your name", "- Your [name](https://example.org/"
                                                                   "n) ![x](i.png)"), lang="en"))[0][0] == 8


def test_a_table_row_the_page_does_not_build_is_named_at_its_own_line_not_past_the_built_count():
    """Round 16: as for list items, the check named the first row past the built count, not the row that went."""
    body = "# Policy\n\n## Data\n\n| Data | Kept |\n|---|---|\n| Logs | 1 year |\n| Mail | 2 years |\n| Bills | 10 years |\n"
    policy = rendering.read(body, lang="en")
    built = ("<table><tr><th>Data</th><th>Kept</th></tr><tr><td>Logs</td><td>1 year Mail 2 years</td></tr>"
             "<tr><td>Bills</td><td>10 years</td></tr></table>")
    assert [line for line, _ in rendering.unrendered(built, policy)] == [8]


def test_a_footnotes_mark_whose_note_no_line_writes_is_a_warning_at_the_mark():
    """Redline19: `données[^1]` with no `[^1]: …` on the page (its note deleted, or kept on another page) passed
    `policy check` without a word, and the page, its PDF and every redline showed "[^1]" pointing at nothing (the site's
    Markdown has no footnotes: config_rules refuses the extension, for every site `policy init` makes too). A warning
    at each mark's line, in a paragraph's second line, a cell or a heading too; a mark whose note is written is said
    at its note (above); a mark in code is code."""
    from policysite.findings import WARNING

    page = ("---\ndate: 2024-01-15\n---\n\n# Politique\n\n## 1. Durée[^t]\n\nNous gardons vos données\npendant un "
            "an[^1].\n\n| Données | Durée |\n| --- | --- |\n| Factures | Dix ans[^2] |\n\nÉcrivez `[^3]` ainsi.\n\n"
            "Une note écrite[^4].\n\n[^4]: Elle est dite à sa ligne.\n")
    found = [f for f in rendering.check(page, path="docs/fr/index.md", lang="fr") if f.rule == "render.footnote"]
    assert sorted((f.line, f.severity) for f in found) == [(7, WARNING), (10, WARNING), (14, WARNING), (20, WARNING)]
    assert [f for f in found if "[^4]" in f.message][0].line == 20  # (at its note, as before)
    found.sort(key=lambda f: f.line)
    assert "« [^1] » est l'appel d'une note de bas de page" in found[1].said("fr").replace("\u00a0", " ")
    assert "“[^2]” is a footnote's mark" in found[2].said("en")
