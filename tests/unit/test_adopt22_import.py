"""Import defects of texts from where companies really keep them (session 41, adopt22): an MDX docs site's components
(Mintlify's accordions, a callout's title), a Hugo site's e-mail shortcodes."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite.convert import ConvertError, convert, dated_sources, markdown_source
from policysite.convert.model import Converted
from unit.test_convert import docx_with

# A Mintlify (or Nextra, Fumadocs) site's privacy page: its questions are accordions' titles, their answers Markdown
# indented under the tag, as its editor and its docs write them.
MINTLIFY = """\
---
title: Privacy Policy
---

Nimbus Inc. respects your privacy.

<Callout type="info" title="In short">
  We only collect what we need to run the service.
</Callout>

## Questions

<AccordionGroup>
  <Accordion title="What data do we collect?" icon="database">
    We collect **your name** and [your e-mail](#contact):

    - when you sign up;
      - and when you invite a colleague.
  </Accordion>
  <Accordion title="How long do we keep it?">

    Two years after your last login.

  </Accordion>
</AccordionGroup>

<Accordion title="2. Who receives it?">Our hosting provider only.</Accordion>

## Contact

<Note>
  Write to privacy@nimbus.example.
</Note>
"""


def _mdx(text: str, name: str = "privacy-2024-01-10.mdx") -> Converted:
    return markdown_source.convert(text.encode(), name=name)


def test_an_mdx_components_title_is_kept_above_its_text_read_as_markdown():
    """The accordions' questions were lost (read as HTML, a component's attributes are no text), their answers shown as
    written (`\\*\\*your name\\*\\*`, the link's brackets), and an answer indented four spaces under its tag shown as
    code: MDX reads the Markdown under a component as Markdown, without indented code."""
    converted = _mdx(MINTLIFY)
    text = converted.markdown
    assert "**In short**\n\nWe only collect what we need to run the service.\n" in text, text
    assert ("**What data do we collect?**\n\nWe collect **your name** and [your e-mail](#contact):\n\n"
            "- when you sign up;\n    - and when you invite a colleague.\n") in text, text
    assert "**How long do we keep it?**\n\nTwo years after your last login.\n" in text, text
    assert "\n## 2. Who receives it?\n\nOur hosting provider only.\n" in text, text  # numbered: a section
    assert "\nWrite to <privacy@nimbus.example>.\n" in text or "\nWrite to privacy@nimbus.example.\n" in text, text
    assert "<" not in text.replace("<privacy@nimbus.example>", ""), text  # no tag left
    assert "    We collect" not in text and "    Two years" not in text, text  # no code block
    notes = "\n".join(converted.notes)
    assert "(<Accordion> … </Accordion>), which the old site drew: its title (“What data do we collect?”) kept in bold" \
        in notes, notes
    assert "(<AccordionGroup> … </AccordionGroup>), which the old site drew: its text is kept" in notes, notes


def test_a_component_in_code_and_an_html_element_in_capitals_are_left_as_they_were():
    """A fence's lines are code (a component shown as an example stays), and `<DIV>` of an old page is HTML's."""
    text = _mdx("# Privacy\n\n```jsx\n<Accordion title=\"Example\">\n  Shown as code.\n</Accordion>\n```\n\n"
                "<DIV>\nOld words.\n</DIV>\n").markdown
    assert '\n<Accordion title="Example">\n  Shown as code.\n</Accordion>\n```' in text, text
    assert "**Example**" not in text and "Old words." in text, text


def test_a_hugo_shortcode_writing_an_e_mail_address_keeps_the_address_as_its_link():
    """hugo-cloak-email's `{{< cloakemail "…" >}}` (a theme's `{{< email … >}}`) wrote the address as a link readers
    clicked: removed as any shortcode, the sentence read "Write to ." and the company's address was lost."""
    body = ('## Contact\n\nWrite to {{< email "privacy@orbit.example" >}} or '
            '{{< cloakemail address="dpo@orbit.example" display="our DPO" >}}.\n\n'
            '`{{< email "code@orbit.example" >}}` is code.\n')
    converted = markdown_source.convert(body.encode(), name="privacy-2022-07-15.md")
    assert ("Write to [privacy@orbit.example](mailto:privacy@orbit.example) or [our DPO](mailto:dpo@orbit.example)."
            in converted.markdown), converted.markdown
    assert '`{{< email "code@orbit.example" >}}` is code.' in converted.markdown, converted.markdown
    assert ('line 3: the Hugo shortcode {{< cloakemail address="dpo@orbit.example" display="our DPO" >}} written as '
            'the link it made, to dpo@orbit.example, as the old site showed it') in converted.notes, converted.notes


# A Notion page exported as HTML (Export › HTML): its table of contents block and its headings' ids, its blocks'.
NOTION = """\
<html><head><meta charset="utf-8"/><title>Privacy Policy</title></head><body>
<article id="4f8e2b1c-9d0a-4e6f-8b7c-6d5e4f3a2b1c" class="page sans"><header><h1 class="page-title">Privacy Policy</h1>
</header><div class="page-body"><p id="1a2b3c4d-0000-4000-8000-000000000001" class="">Effective: June 1, 2021</p>
<nav id="d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f0a" class="block-color-gray table_of_contents">
<div class="table_of_contents-item table_of_contents-indent-0"><a class="table_of_contents-link"
href="#3f0e6a3c-7d2a-4b1e-9f8a-2c1d0e9f8a7b">What we collect</a></div>
<div class="table_of_contents-item table_of_contents-indent-0"><a class="table_of_contents-link"
href="#c0ffee00-1234-4abc-9def-0123456789ab">Contact</a></div></nav>
<h2 id="3f0e6a3c-7d2a-4b1e-9f8a-2c1d0e9f8a7b" class="">What we collect</h2>
<p id="1a2b3c4d-0000-4000-8000-000000000002" class="">Your e-mail address (ask us through
<a href="#c0ffee00-1234-4abc-9def-0123456789ab">Contact</a>).</p>
<h2 id="c0ffee00-1234-4abc-9def-0123456789ab" class="">Contact</h2>
<p id="1a2b3c4d-0000-4000-8000-000000000003" class="">Write to privacy@lumen.example.</p>
</div></article></body></html>
"""


def test_a_notion_pages_table_of_contents_and_block_ids_are_left_out(tmp_path: Path):
    """Notion's table of contents block (`<nav class="table_of_contents">`) was imported as paragraphs of links above
    the text, and each heading kept its block's id (`## Contact {#c0ffee00-…}`): random, another in the translation's
    page, and one starting with a digit is no id the site's model reads (its section was `what-we-collect` to the
    checks, `3f0e6a3c-…` on the page)."""
    source = tmp_path / "privacy-2021-06-01.html"
    source.write_text(NOTION, encoding="utf-8")
    converted = convert(source, lang="en")
    text = converted.markdown
    assert "\n## What we collect\n" in text and "\n## Contact\n" in text, text
    assert "(ask us through [Contact](#contact))" in text, text
    assert text.count("What we collect") == 1 and "{#" not in text, text
    notes = "\n".join(converted.notes)
    assert "left out a table of contents' box (“What we collect Contact…”)" in notes, notes
    assert "Markdown lines 5 and 9: left out Notion's id of the heading ({#3f0e6a3c-…}, its block's" in notes, notes


@pytest.mark.parametrize(("front", "day"), [
    ('date: "2 February 2023"', "2023-02-02"),  # Pandoc's, R Markdown's: shown under the title as written
    ("date: February 2, 2023", "2023-02-02"),
    ('date: 2019-03-01\nlastmod: "15 July 2022"', "2022-07-15"),  # the later key first, worded or not
])
def test_a_day_written_in_words_in_the_front_matter_names_the_file(tmp_path: Path, front: str, day: str):
    """A Pandoc or Quarto page's front matter writes its date as it is shown (`date: "2 February 2023"`): only an ISO
    day was read, and the page was refused as saying no day, without the name to give it."""
    (tmp_path / "privacy.md").write_text(f"---\ntitle: Privacy Notice\n{front}\n---\n\n# Who we are\n\nUs.\n",
                                         encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("en",), lang="en")
    assert f": if its text took effect that day, rename it privacy-{day}.md" in str(raised.value), raised.value


def test_a_day_in_words_that_reads_as_two_days_names_none(tmp_path: Path):
    (tmp_path / "privacy.md").write_text('---\ntitle: Privacy\ndate: "03/04/2023"\n---\n\n# Us\n\nUs.\n',
                                         encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("en",), lang="en")
    assert "rename it privacy-2023" not in str(raised.value), raised.value


def test_text_word_formatted_as_hidden_in_a_page_it_saved_is_left_out_as_in_its_documents(tmp_path: Path):
    """Word saves hidden text (w:vanish, which the Word import leaves out) as `display:none;mso-hide:all`: kept as a
    panel a script might open, the legal team's drafting note was published. Hidden by `display:none` alone, a closed
    panel's text stays, said, as before."""
    source = tmp_path / "privacy-2019-09-01.htm"
    source.write_text(
        "<html><head><meta name=Generator content=\"Microsoft Word 15\"></head><body lang=EN-GB>"
        "<div class=WordSection1><h1>Privacy Notice</h1><p class=MsoNormal>We ship parcels.<span "
        "style='display:none;mso-hide:all'> Internal: reviewed by legal 30/08</span><o:p></o:p></p>"
        "<p class=MsoNormal style='display:none'>Our retention table.</p></div></body></html>", encoding="utf-8")
    converted = convert(source, lang="en")
    assert "We ship parcels." in converted.markdown and "Internal" not in converted.markdown, converted.markdown
    assert "Our retention table." in converted.markdown, converted.markdown
    assert ("left out 1 passage of text formatted as hidden in Word (mso-hide:all, not shown, not printed: a drafting "
            "note): “Internal: reviewed by legal 30/08”") in converted.notes, converted.notes


def test_links_out_of_an_archive_today_copy_and_archived_mail_links_go_to_the_companys_addresses(tmp_path: Path):
    """archive.today (archive.ph, .is …) links each address of its copy as `https://archive.ph/o/<id>/<address>`, and
    it and the Wayback Machine's older copies wrap e-mail links so too: the terms link went to the archive, and the
    e-mail link, to `http://mailto:…` or the archive, lost its address (kept as words only)."""
    source = tmp_path / "privacy-2022-04-01.html"
    source.write_text(
        '<html><head><link rel="canonical" href="https://archive.ph/Xy7Qz"></head><body><main>'
        "<h1>Privacy Policy</h1><p>See our <a href=\"https://archive.ph/o/Xy7Qz/https://www.tern.example/terms\">terms"
        '</a>. Write to <a href="https://archive.ph/o/Xy7Qz/mailto:privacy@tern.example">privacy@tern.example</a> or '
        '<a href="https://web.archive.org/web/20090301000000/mailto:dpo@tern.example">our DPO</a>.</p>'
        "</main></body></html>", encoding="utf-8")
    converted = convert(source, lang="en")
    assert ("See our [terms](https://www.tern.example/terms). Write to [privacy@tern.example](mailto:privacy@tern.example)"
            " or [our DPO](mailto:dpo@tern.example).") in converted.markdown, converted.markdown
    assert "3 addresses of the web archive's copy point to the original again" in converted.notes, converted.notes


def test_the_ids_confluence_makes_of_the_page_title_and_headings_are_left_out(tmp_path: Path):
    """Confluence's export ids each heading `PrivacyPolicy-1.Controller` (the page's title and the heading's words):
    the sections' identities were those, another in the French page (`Politiquedeconfidentialité-1.Responsable`),
    where the site gives §1 `#s1` in every language. A heading's own id (a macro's anchor) stays."""
    source = tmp_path / "privacy-2022-11-15.html"
    source.write_text(
        '<html><body><div id="main-header"><h1 id="title-heading"><span id="title-text">Legal : Privacy Policy</span>'
        '</h1></div><div id="main-content" class="wiki-content"><p>Effective 15 November 2022.</p>'
        '<h2 id="PrivacyPolicy-1.Controller">1. Controller</h2><p>Fabrikam GmbH, see <a '
        'href="#PrivacyPolicy-2.Yourrights">section 2</a>.</p><h2 id="PrivacyPolicy-2.Yourrights">2. Your rights</h2>'
        '<p>Access.</p><h2 id="retention">3. Retention</h2><p>30 days.</p></div></body></html>', encoding="utf-8")
    converted = convert(source, lang="en")
    text = converted.markdown
    assert "\n## 1. Controller\n\nFabrikam GmbH, see [section 2](#s2).\n\n## 2. Your rights\n" in text, text
    assert "\n## 3. Retention {#retention}\n" in text, text
    assert ("left out the ids Confluence made of the page's title and the words of 2 headings "
            "(PrivacyPolicy-1.Controller: another in each language's page), the links to them led to the ids the site "
            "gives them") in converted.notes, converted.notes


def test_a_page_saved_from_the_wayback_machine_without_a_day_is_refused_naming_its_capture(tmp_path: Path):
    """A page saved from the Wayback Machine as `privacy.html`, its text dating itself nowhere: refused with the
    general "no date in the file name", though its toolbar names the day the archive saw it; that day is said, as a
    day the text was in force, not the day it took effect (no name is given from it)."""
    (tmp_path / "privacy.html").write_text(
        '<html><head><script>__wm.init("https://web.archive.org/web");\n  __wm.wombat("https://www.acme.example/'
        'privacy","20210217123456","https://web.archive.org/","web","https://web.archive.org/_static/",\n'
        '"1613565296");</script></head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"></div>'
        '<!-- END WAYBACK TOOLBAR INSERT --><main><h1>Privacy</h1><h2>Who we are</h2><p>Acme Ltd.</p></main>'
        "</body></html>", encoding="utf-8")
    with pytest.raises(ConvertError) as raised:
        dated_sources([tmp_path], languages=("en",), lang="en")
    assert str(raised.value) == (
        "privacy.html: no date in the file name, and its text says none; the web archive captured this page on "
        "February 17, 2021 (its toolbar's 20210217123456), a day its text was in force, not the day it took effect: rename it "
        "privacy-YYYY-MM-DD.html, the day it took effect (an earlier capture or the announcement may say it)")


def test_a_day_a_word_date_field_shows_is_said_as_the_day_word_updated_it(tmp_path: Path):
    """"Last updated: " followed by a SAVEDATE or DATE field shows the day Word last saved or opened the document: read
    as any words, it was taken for the day the text took effect, and said nowhere. It is kept, and said."""
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SAVEDATE  \\@ '
             '"d MMMM yyyy"  \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:t>30 August 2019</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    simple = '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; "><w:r><w:t>5 December 2026</w:t></w:r></w:fldSimple>'
    body = ('<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Privacy Notice</w:t></w:r></w:p>'
            f'<w:p><w:r><w:t xml:space="preserve">Last updated: </w:t></w:r>{field}</w:p>'
            f'<w:p><w:r><w:t xml:space="preserve">Printed on </w:t></w:r>{simple}</w:p>'
            '<w:p><w:r><w:t>We ship parcels.</w:t></w:r></w:p>')
    converted = convert(docx_with(tmp_path / "privacy-2019-09-01.docx", body), lang="en")
    assert "Last updated: 30 August 2019" in converted.markdown, converted.markdown
    assert ("kept the day “30 August 2019” a Word field shows (SAVEDATE \\@ \"d MMMM yyyy\" \\* MERGEFORMAT): the day "
            "Word last updated it (the day the document was opened, printed or saved), not the day the text took "
            "effect; check the version's day against it") in converted.notes, converted.notes
    assert any("“5 December 2026” a Word field shows (DATE" in note for note in converted.notes), converted.notes


def test_an_mdx_string_expression_is_its_characters_and_another_expression_is_said():
    """`{' '}`, the space JSX writes between a line's last word and the next line's, was published as `\\{' '\\}`; a
    year the old site's build computed, `{new Date().getFullYear()}`, was kept as written and said nowhere."""
    converted = _mdx("# Privacy\n\nimport { Callout } from 'nextra/components'\n\nWe respect your privacy.{' '}\n"
                     "Read on, {\"and\"} more.\n\n© {new Date().getFullYear()} Kite Inc. See <a href={URL}>this</a>.\n")
    text = converted.markdown
    assert "We respect your privacy. \nRead on, and more." in text or "We respect your privacy. Read on, and more." \
        in text, text
    assert "© {new Date().getFullYear()} Kite Inc." in text, text
    assert "line 5: wrote the MDX expression {' '}, a string, as its characters, as MDX showed them" in converted.notes
    assert ("line 8: kept the MDX expression {new Date().getFullYear()} as written: it showed what the old site's "
            "build computed (a year, a date); write the words it showed") in converted.notes, converted.notes
    assert not any("expression { Callout }" in note or "expression {URL}" in note for note in converted.notes), \
        converted.notes


def test_a_confluence_panels_title_is_in_bold_over_its_text(tmp_path: Path):
    """An info panel's title (`<p class="title">Data protection officer</p>`), bold over the panel on the wiki, was a
    line of plain words, read as a sentence of the text."""
    source = tmp_path / "privacy-2022-11-15.html"
    source.write_text(
        '<html><body><div id="main-content" class="wiki-content"><h2>1. Controller</h2><p>Fabrikam GmbH.</p>'
        '<div class="confluence-information-macro confluence-information-macro-information"><p class="title">Data '
        'protection officer</p><span class="aui-icon confluence-information-macro-icon"></span><div class='
        '"confluence-information-macro-body"><p>Write to dpo@fabrikam.example.</p></div></div></div></body></html>',
        encoding="utf-8")
    text = convert(source, lang="en").markdown
    assert "Fabrikam GmbH.\n\n**Data protection officer**\n\nWrite to dpo@fabrikam.example." in text, text
