"""Texts as Jekyll sites write them in Markdown (kramdown's attribute lists, Liquid), imported (adoption 5 of session
29: a Spanish personal site's privacy page, kept in its Jekyll repository since 2018)."""
from __future__ import annotations

from pathlib import Path

import markdown

from policysite.convert import convert, sources


def converted(tmp_path: Path, text: str, name: str = "privacy-2024-02-01.md"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return convert(source)


def rendered(body: str) -> str:
    return markdown.Markdown(extensions=["tables", "attr_list", "sane_lists"]).convert(body)


def test_a_reference_link_with_a_kramdown_attribute_list_stays_a_link(tmp_path: Path):
    """`[Tinylytics][1]{:target="_blank"}`, as a Jekyll page opens a link in a new tab, was taken for a Pandoc
    bracketed span `[1]{…}`: the page read “[Tinylytics]1”, the link lost, the label's number in the sentence. The link
    keeps its address and its words, and the attributes the site does not allow go, said as an inline link's are; a
    Pandoc span (`[words]{.smallcaps}`) is still its words."""
    text = converted(tmp_path, (
        "---\ntitle: Privacidad\n---\n\n## Analítica\n\nUso [Tinylytics][1]{:target=\"_blank\" rel=\"noopener\"} y "
        "[el RGPD][rgpd]{: target=\"_blank\"}, [otra][]{:target=\"_blank\"} y [Artículo 15]{.smallcaps}.\n\n"
        "[1]: https://tinylytics.example/\n[rgpd]: https://gdpr.example/\n[otra]: https://other.example/\n"))
    html = rendered(text.markdown)
    for link in ('<a href="https://tinylytics.example/">Tinylytics</a>', '<a href="https://gdpr.example/">el RGPD</a>',
                 '<a href="https://other.example/">otra</a>'):
        assert link in html, html
    assert "]1" not in text.markdown and "target" not in html and "Artículo 15 ." not in html, html
    assert "y Artículo 15." in html, html
    notes = "\n".join(text.notes)
    assert "bracketed span (Pandoc) written as its words, its attributes {.smallcaps}" in notes, notes
    assert "“1”" not in notes and "“rgpd”" not in notes, notes
    assert notes.count("set attributes the site does not allow") == 3, notes


def test_a_page_variable_is_the_words_its_front_matter_gives(tmp_path: Path):
    """Jekyll fills `{{ page.key }}` with the page's front matter (a line "Última actualización: {{ page.updated }}"
    under the title): the imported page showed the tag, escaped, where readers saw the day. Each is written as its
    words and said; a key the front matter lacks, a date's or a list's, and a tag in code stay, the missing one said as
    other Liquid is."""
    text = converted(tmp_path, (
        "---\ntitle: Privacidad\nupdated: 2 de febrero de 2024\nversion: 3\nday: 2024-02-01\ntags: [a, b]\n---\n\n"
        "# {{ page.title }}\n\nÚltima actualización: {{page.updated}} (versión {{- page.version -}}).\n\n"
        "## Datos\n\nNada {{ page.missing }}, {{ page.day }}, {{ page.tags }} y `{{ page.title }}`.\n"))
    body = text.markdown
    assert "# Privacidad\n\nÚltima actualización: 2 de febrero de 2024 (versión 3).\n" in body, body
    assert "{{ page.missing }}" in body and "{{ page.tags }}" in body and "`{{ page.title }}`" in body, body
    assert "{{ page.day }}" in body, body
    notes = "\n".join(text.notes)
    assert "wrote {{page.updated}} as the words the old site filled in, its front matter's updated: “2 de febrero" \
        in notes, notes
    assert notes.count("as the words the old site filled in") == 3, notes
    assert "template code {{ page.missing }} was left as it is (the old site's generator wrote its words, this site " \
        "runs none): policy check refuses it until the words it showed are written there" in notes, notes
    assert "Liquid" not in notes, notes  # Jekyll's, Zola's (Tera) or a Jinja page's alike (round 16)


def test_a_link_whose_address_is_liquid_keeps_its_words_without_its_target(tmp_path: Path):
    """`[Guestbook][6]` over `[6]: {{ site.url }}/guestbook/`: the old site filled in its settings' address, which the
    text does not hold; the definition (its spaces no address) was published as a paragraph of its own, and the link
    as “[Guestbook][6]”. The link keeps its words, the definition goes, each said; a link to a written address, and
    Liquid in code, stay."""
    text = converted(tmp_path, (
        "# Privacidad\n\n## Blog\n\nComenta en [Mastodon][5], en el [Guestbook][6], en [mi perfil]({{ site.url }}/yo) "
        "o en [GitHub][7]; `[x]({{ site.url }})` es código.\n\n"
        "[5]: {{ site.mastodon_url }}\n[6]: {{ site.url }}/guestbook/\n[7]: https://github.example/\n"))
    body = text.markdown
    assert "Comenta en Mastodon, en el Guestbook, en mi perfil o en [GitHub][7]; `[x]({{ site.url }})` es código." \
        in body, body
    assert "{{ site" not in body.replace("`[x]({{ site.url }})`", ""), body
    html = rendered(body)
    assert '<a href="https://github.example/">GitHub</a>' in html and "[" not in html.replace("[x]", ""), html
    notes = "\n".join(text.notes)
    assert "the link to {{ site.url }}/guestbook/ (an address the old site's templates filled in, which the text does " \
        "not hold): kept its text “Guestbook”, removed the target" in notes, notes
    assert notes.count("removed the target") == 3, notes


def test_a_page_variable_through_liquid_filters_is_the_words_they_give(tmp_path: Path):
    """`{{ page.updated | date: "%d/%m/%Y" }}` under the title: Jekyll showed the front matter's day in the filter's
    form, and the import kept the tag as written, escaped, its version dated by its commit. A date filter (strftime's
    form, Jekyll's date_to_string and date_to_long_string) and a case filter give their words, said; a date without a
    filter (Jekyll's own form), a directive Python reads otherwise than Ruby (`%o`) and a filter not known here stay,
    said as other Liquid is."""
    text = converted(tmp_path, (
        "---\ntitle: Privacidad\nday: 2024-02-01\nat: 2024-02-03 19:55:00 +01:00\nname: acme\n---\n\n"
        "Última actualización: {{ page.day | date: \"%d/%m/%Y\" }}.\n\n## Datos\n\n"
        "Desde el {{ page.at | date: '%-d %B %Y, %H:%M' }}, {{page.day|date_to_long_string}}, {{ page.name | upcase }}"
        ", {{ page.day }}, {{ page.day | date: \"%o\" }} y {{ page.name | slugify }}.\n"))
    body = text.markdown
    assert "Última actualización: 01/02/2024.\n" in body, body
    assert "Desde el 3 February 2024, 19:55, 01 February 2024, ACME, {{ page.day }}, {{ page.day | date: \"%o\" }} y " \
        "{{ page.name | slugify }}." in body, body
    notes = "\n".join(text.notes)
    assert "line 8: wrote {{ page.day | date: \"%d/%m/%Y\" }} as the words the old site filled in, its front matter's " \
        "day through its filters: “01/02/2024”" in notes, notes
    assert notes.count("through its filters") == 4, notes
    assert "line 12: template code {{ page.name | slugify }} was left as it is" in notes, notes  # Tera's too
    assert "Liquid template code {{ page.day | date: \"%o\" }} was left as it is" in notes, notes


def test_a_date_line_written_as_a_heading_inside_raw_html_is_a_paragraph(tmp_path: Path):
    """A date line under the title written as a heading inside a raw HTML block (`<div><h4>Last updated: …</h4>
    </div>`, or `#### …` in a `markdown="1"` card under a front matter's title, as a Jekyll theme draws it) stayed a
    heading with no text of its own, and the import did not read it as the text's date line: the version was dated
    by its commit. It is a paragraph, said at its line, and gives the text's day, as a `####` line written in the
    Markdown does."""
    from policysite.convert import sources

    for name, text, line in (
            ("a.md", "# Privacy\n\n<div class=\"updated\">\n<h4>Last updated: March 1, 2022</h4>\n</div>\n\n"
             "## 1. Data\n\nNothing.\n", 4),
            ("b.md", "---\ntitle: Privacy\n---\n\n<div class=\"card\" markdown=\"1\">\n"
             "#### <code>Last updated:</code> March 1, 2022\n</div>\n\n## Data\n\nNothing.\n", 6)):
        result = converted(tmp_path, text, name)
        assert "\nLast updated: March 1, 2022\n\n## " in f"\n{result.markdown}" and "####" not in result.markdown, \
            result.markdown
        notes = "\n".join(result.notes)
        assert f"line {line}: the date line under the title written as a heading (“Last updated: March 1, 2022”) is " \
            "a paragraph" in notes, notes
        said = sources.stated_day(tmp_path / name, ("en",), lang="en", markdown=result.markdown,
                                  title=result.meta.get("title", ""))
        assert said is not None and said[1] == ["2022-03-01"], said


def test_markdown_inside_raw_html_is_read_as_markdown_where_the_old_site_read_it(tmp_path: Path):
    """Where the old site's kramdown read the Markdown inside raw HTML blocks (`parse_block_html: true`), a `<div>`'s
    `#### Contact` and `*all*` are a heading and italics, its tags left out, said; a block of HTML alone, a `<div>`
    hidden or styled (read as HTML, its hiding said there) and a `<p>` stay HTML's. Where it did not (CommonMark,
    kramdown's default), the lines are shown as written, as before."""
    from policysite.convert import markdown_in_html

    source = tmp_path / "privacy-2024-02-01.md"
    source.write_text(
        "# Privacy\n\n<section class=\"a\">\n  <div>\n  #### Contact\n  We keep *all*, <b>always</b>.\n  </div>\n"
        "</section>\n\n<div class=\"b\">\n<p>Kept *as written*.</p>\n</div>\n\n<div hidden>\nGone *now*.\n</div>\n",
        encoding="utf-8")
    read, plain = convert(source, markdown_in_html=True), convert(source)
    assert "\n#### Contact\nWe keep *all*, <strong>always</strong>.\n" in read.markdown, read.markdown
    assert "Kept \\*as written\\*." in read.markdown and "Gone" not in read.markdown, read.markdown
    assert "\\#### Contact" in plain.markdown and "\\*all\\*" in plain.markdown, plain.markdown
    notes = "\n".join(read.notes)
    assert "1 element marked hidden, which readers never saw: “Gone *now*.”" in notes, notes
    assert "line 3: read the Markdown inside the raw HTML (<div>, <section>) as the old site did" in notes, notes
    assert notes.count("read the Markdown inside") == 1 and "read the Markdown inside" not in "\n".join(plain.notes)
    assert markdown_in_html.site_reads_it(b"kramdown:\n  input: GFM\n  parse_block_html: true\n")
    for settings in (None, b"kramdown:\n  parse_block_html: false\n", b"markdown: CommonMarkGhPages\nkramdown:\n"
                     b"  parse_block_html: true\n", b"title: [", b"- a list\n"):
        assert not markdown_in_html.site_reads_it(settings), settings


def test_an_html_page_s_front_matter_is_read_not_shown(tmp_path: Path):
    """A Jekyll or Hugo site's page written in HTML (`privacy.html`) opens with front matter, as its Markdown pages
    do: the import read it as the text's first paragraph, `--- layout: default permalink: /privacy/ …`, and a page
    whose layout drew its title (`{{ page.title }}`) had none. It is read as a Markdown page's is: its title the
    page's where the page has no heading of its own, its other keys left out and said, its address the page's own."""
    text = converted(tmp_path, (
        "---\nlayout: default\ntitle: Privacy Policy\npermalink: /privacy/\n---\n"
        "<h2>Contact</h2>\n<p>Write to us. Read <a href=\"/privacy/#contact\">this</a> again.</p>\n"
        "<h2>Data</h2>\n<p>We keep none.</p>\n"), name="privacy-2024-02-01.html")
    assert "layout" not in text.markdown and "---" not in text.markdown, text.markdown
    assert text.markdown.lstrip().startswith("## Contact"), text.markdown
    assert text.meta.get("title") == "Privacy Policy", text.meta
    assert text.addresses == ("/privacy",), text.addresses
    notes = "\n".join(text.notes)
    assert "left out fields of the page's header (its front matter) that this site does not use: layout, permalink" in notes, notes
    titled = converted(tmp_path, "---\ntitle: Privacy\n---\n<h1>Our privacy policy</h1>\n<p>We keep none.</p>\n",
                       name="privacy-2024-03-01.html")
    assert titled.meta.get("title") == "Our privacy policy" and "title:" not in titled.markdown, titled
    filled = converted(tmp_path, "---\ntitle: Privacy & cookies\nupdated: 2024-01-15\n---\n<h1>{{ page.title }}</h1>\n"
                       "<p>Last updated: {{ page.updated | date: \"%B %-d, %Y\" }}. {{ page.other }}</p>\n",
                       name="privacy-2024-03-02.html")
    assert filled.meta.get("title") == "Privacy & cookies", filled.meta  # as the page's layout showed them
    assert "Last updated: January 15, 2024. {{ page.other }}" in filled.markdown.replace("\\", ""), filled.markdown
    assert "wrote {{ page.title }} as the words the old site filled in, its front matter's title: “Privacy & " \
        "cookies”" in filled.notes, filled.notes
    plain = converted(tmp_path, "<h1>Privacy</h1>\n<hr>\n<p>--- not front matter</p>\n", name="privacy-2024-04-01.html")
    assert "--- not front matter" in plain.markdown.replace("\\", ""), plain.markdown


def test_an_html_page_is_dated_by_its_front_matter_as_a_markdown_page_is(tmp_path: Path):
    """A Jekyll site's privacy.html saying its day in its front matter only (`last_modified_at: 2024-01-15`, which its
    layout shows) was dated by its commit, or refused undated in a folder: its front matter was read as text. It says
    that day, as a Markdown page's front matter does; a page without front matter says none."""
    page = tmp_path / "privacy.html"
    page.write_text("---\nlayout: page\nlast_modified_at: 2024-01-15\n---\n<h1>Privacy</h1>\n<p>We keep none.</p>\n",
                    encoding="utf-8")
    assert sources.stated_day(page, ("en",), lang="en") == ("last_modified_at: 2024-01-15", ["2024-01-15"], "its text")
    page.write_text("<h1>Privacy</h1>\n<p>Title: none. We keep none.</p>\n", encoding="utf-8")
    assert sources.stated_day(page, ("en",), lang="en") is None
