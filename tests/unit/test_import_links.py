"""The links of an imported text that would land nowhere on this site: kept as their words (importer._land_links)."""
from __future__ import annotations

from policysite import importer
from policysite.convert.notes import Notes


def test_a_headings_link_to_a_page_of_the_old_site_keeps_its_words_only():
    """Adoption hunt 38: `<h2><a href="/about">2. Rights</a></h2>` kept its link to /about, a page of the old site
    (a paragraph's was removed, a heading's only where it named a file, `about.html`): published, it went nowhere."""
    markdown = ("# Policy\n\n## [1. Who we are](/about)\n\nAcme, see [us](/about).\n\n## 2. [Rights](rights.html)\n\n"
                "Object.\n\n## [3. Contact](https://example.org/contact)\n\nMail.\n")
    notes = Notes("Markdown line")
    landed = importer._land_links(markdown, notes, lang="en")
    assert landed == ("# Policy\n\n## 1. Who we are\n\nAcme, see us.\n\n## 2. Rights\n\nObject.\n\n"
                      "## [3. Contact](https://example.org/contact)\n\nMail.\n"), landed
    assert any(note.startswith("Markdown lines 3 and 5: the link to /about (a page or file of the site it was published "
                               "on") for note in notes.sentences()), notes.sentences()


def test_a_reference_links_to_a_page_of_the_old_site_keep_their_words_and_lose_their_definition():
    """Adoption hunt 25: a Markdown policy from a GitHub or Jekyll site links by reference (`[cookie policy][cookies]`,
    `[terms][]`, `[Cookies]`, defined below as `[cookies]: /cookies/ "Title"`): `_unlink` reads inline links only, and
    they were published leading nowhere. Each keeps its words and its definition goes, said; a link to another site
    stays, and one to another document's old address goes to its page, its uses as written."""
    markdown = ("# Policy\n\nSee our [cookie policy][cookies], the [GDPR] and [terms][] and [Cookies].\n\n"
                "[cookies]: /cookies/ \"Cookie policy\"\n[GDPR]: https://eur-lex.europa.eu/eli/reg/2016/679/oj\n"
                "[terms]: terms.html\n")
    notes = Notes("Markdown line")
    assert importer._land_links(markdown, notes, lang="en") == (
        "# Policy\n\nSee our cookie policy, the [GDPR] and terms and Cookies.\n\n"
        "[GDPR]: https://eur-lex.europa.eu/eli/reg/2016/679/oj\n")
    assert notes.sentences() == [
        "Markdown line 3: the link to /cookies/ (a page or file of the site it was published on, not of this one): "
        "kept its text, removed the target",
        "Markdown line 3: the link to terms.html (a page or file of the site it was published on, not of this one): "
        "kept its text, removed the target"]
    notes = Notes("Markdown line")
    landed = importer._land_links(markdown, notes, lang="en", documents={"cookies": "cookies.md"})
    assert "See our [cookie policy][cookies], the [GDPR] and terms and [Cookies]." in landed, landed
    assert "\n[cookies]: cookies.md \"Cookie policy\"\n" in landed
    assert "Markdown line 5: the link to /cookies/, the cookies document's address on the old site, goes to its page" \
        in notes.sentences()


def test_autotitle_links_are_given_the_title_of_what_they_land_on_else_their_address_in_words():
    """Adoption hunt 27: GitHub Docs writes `[AUTOTITLE](/path#anchor)`, its renderer putting the linked page's title
    there; the import kept the word and dropped the old site's target, and readers saw "For more information, see
    AUTOTITLE." Now a link into the text takes the title of its section (or of the text), one to the text's own address
    the same, and one elsewhere the words of its address, said: no AUTOTITLE is published."""
    markdown = ("# Acme Privacy Statement\n\nSee [AUTOTITLE](#cookie-choices) and [AUTOTITLE](#top).\n\n"
                "## Cookie choices\n\nEach copy is a [AUTOTITLE](/get-started/learning/github-glossary#fork), see "
                "[AUTOTITLE](/repositories/about-large-files-on-github \"Files\").\n\n"
                "## Contact\n\nAs said in [AUTOTITLE](/en/legal/privacy-statement/#contact) and "
                "[AUTOTITLE](/legal/privacy-statement).\n")
    notes = Notes("Markdown line")
    landed = importer._land_links(markdown, notes, lang="en", own=("/legal/privacy-statement",))
    assert "AUTOTITLE" not in landed, landed
    assert "See [Cookie choices](#cookie-choices) and [Acme Privacy Statement](#top)." in landed, landed
    assert "Each copy is a Fork, see About large files on github." in landed, landed
    assert "As said in [Contact](#contact) and Acme Privacy Statement." in landed, landed
    said = notes.sentences()
    assert any(n.startswith("Markdown line 3: “AUTOTITLE” (GitHub Docs") and "became “Cookie choices”" in n
               for n in said), said
    assert any(n.startswith("Markdown line 7: “AUTOTITLE” (GitHub Docs") and "became “Fork”, the words of its address "
               "/get-started/learning/github-glossary#fork, whose title the import does not have" in n for n in said), said
    assert any("became “About large files on github”, the words of its address" in n for n in said), said


def test_a_link_to_the_texts_own_old_address_and_a_section_lands_on_that_section(tmp_path):
    """Adoption hunt 27: GitHub's privacy statement links `/site-policy/privacy-policies/github-privacy-statement#what-
    are-your-cookie-choices-and-controls`, its own section at an address its front matter's `redirect_from` lists: the
    front matter was dropped before it was read, and the link unlinked as "a page of the old site". Now the addresses
    a front matter lists (Jekyll's and GitHub Docs' `redirect_from`, Hugo's `aliases`, `permalink`, `url`), with a
    language before them or not, make such a link one into the page; one to another page is unlinked as before.
    (Fails without the fix: every one of them unlinked.)"""
    (tmp_path / "privacy.md").write_text(
        "---\ntitle: Acme Privacy Statement\nredirect_from:\n  - /privacy\n  - /legal/privacy-statement\n"
        "aliases: [/old/privacy.html]\nversions:\n  fpt: '*'\n---\n\n## What we collect\n\nYour name.\n\n"
        "## Your cookie choices and controls\n\nSee [what we collect](/legal/privacy-statement#what-we-collect), "
        "[that](/en/privacy/#your-cookie-choices-and-controls), [those](/old/privacy.html#what-we-collect), "
        "[choices](/privacy#cookie-controls) and our [terms](/legal/terms#what-we-collect), as [this](/privacy/) "
        "says.\n",
        encoding="utf-8")
    source = importer.Source(tmp_path / "privacy.md", importer.dt.date(2024, 2, 1), "markdown")
    text = importer._convert(source, lang="en", authoritative=True)
    assert ("See [what we collect](#what-we-collect), [that](#your-cookie-choices-and-controls), "
            "[those](#what-we-collect), choices and our terms, as this says.") in text.body, text.body
    assert "line 17: the link to /privacy/, this text's own address on the old site (its front matter lists it), the " \
           "page the reader is on: kept its text, removed the target" in text.notes, text.notes
    # an anchor none of its headings has, at its own address: unlinked as an in-page link no heading answers
    assert any("the link to #cookie-controls (which no heading of the page has): kept its text" in n
               for n in text.notes), text.notes
    assert any("the link to /legal/privacy-statement#what-we-collect, this text's own address on the old site" in n
               for n in text.notes), text.notes
    assert any(n.startswith("left out fields of the page's header (its front matter) that this site does not use: redirect_from, aliases, versions (having read the "
                            "page's addresses on the old site, 3") for n in text.notes), text.notes


def test_an_autotitle_link_to_another_document_of_the_site_takes_that_documents_title():
    """An `[AUTOTITLE](…)` to another document's old address goes to its page with the title the site gives that
    document in the text's language (`extra.policy.documents`' `title`), as GitHub Docs showed the linked page's."""
    markdown = "# Privacy\n\n## Use\n\nYou have read the [AUTOTITLE](/legal/terms-of-use) and [AUTOTITLE](/help).\n"
    notes = Notes("Markdown line")
    landed = importer._land_links(markdown, notes, lang="en", documents={"terms": "terms.md"},
                                  titles={"terms": "Acme Terms of Use"})
    assert "You have read the [Acme Terms of Use](terms.md) and Help.\n" in landed, landed
    assert any("became “Acme Terms of Use”, the title of the page or section /legal/terms-of-use lands on" in n
               for n in notes.sentences()), notes.sentences()


def test_the_notes_on_links_name_the_source_files_lines_when_the_conversion_took_lines_out(tmp_path):
    """Adoption hunt 27: GitHub's privacy statement, its comments taken out by the conversion, was told "line 218: the
    link to /site-policy/…" of its line 221: the import's notes counted the converted text's lines. Now they name the
    line of the file the link is on."""
    lines = ["---", "title: Acme Privacy", "redirect_from:", "  - /privacy", "---",
             "<!-- markdownlint-disable search-replace -->", "", "## Who we are", "",
             "<!-- a note for the editors", "on two lines -->", "", "Acme.", "", "## Cookies", "",
             "See our [cookie list](/legal/cookies) and [AUTOTITLE](/privacy#who-we-are).", ""]
    (tmp_path / "privacy.md").write_text("\n".join(lines), encoding="utf-8")
    source = importer.Source(tmp_path / "privacy.md", importer.dt.date(2024, 2, 1), "markdown")
    text = importer._convert(source, lang="en", authoritative=True)
    assert "See our cookie list and [Who we are](#who-we-are)." in text.body, text.body
    at = lines.index("See our [cookie list](/legal/cookies) and [AUTOTITLE](/privacy#who-we-are).") + 1
    assert f"line {at}: the link to /legal/cookies (a page or file of the site it was published on, not of this " \
           "one): kept its text, removed the target" in text.notes, text.notes
    assert any(n.startswith(f"line {at}: “AUTOTITLE”") for n in text.notes), text.notes


def test_the_notes_name_the_line_a_rewritten_line_came_from_when_a_comment_above_it_was_taken_out(tmp_path):
    """A comment over three lines taken out right above a line the conversion rewrote (its ==marks== dropped): git's
    diff reads them as one passage replaced, and the note on that line's link named the comment's first line, 7 for
    10. Now each rewritten line is named by the line it reads most like, in order."""
    lines = ["---", "title: Acme Privacy", "---", "", "## Who we are", "", "<!-- a note", "for the editors",
             "over three lines -->", "See our ==own== [cookie list](/legal/cookies) now.", "And a ~~struck~~ [term](/terms).",
             "", "## Other", "", "Text.", ""]
    (tmp_path / "privacy.md").write_text("\n".join(lines), encoding="utf-8")
    source = importer.Source(tmp_path / "privacy.md", importer.dt.date(2024, 2, 1), "markdown")
    text = importer._convert(source, lang="en", authoritative=True)
    assert "See our own cookie list now.\nAnd a term." in text.body, text.body
    for words, target in (("cookie list", "/legal/cookies"), ("term", "/terms")):
        at = next(n for n, line in enumerate(lines, 1) if f"[{words}]({target})" in line)
        assert f"line {at}: the link to {target} (a page or file of the site it was published on, not of this " \
               "one): kept its text, removed the target" in text.notes, text.notes


def test_autotitle_reference_links_are_given_the_title_of_what_they_land_on_too():
    """`[AUTOTITLE][label]` over `[label]: /path#anchor` (GitHub Docs' word in a reference link, and the collapsed
    `[AUTOTITLE][]`) kept its word: the reader saw "see AUTOTITLE". Now it is given the words of what it lands on, as
    the inline form is, and stays a reference link; a definition to the text's own old address and a section lands on
    that section."""
    markdown = ("# Acme Privacy Statement\n\nSee [AUTOTITLE][choices] and [AUTOTITLE][Top].\n\n"
                "## Cookie choices\n\nEach copy is a [AUTOTITLE][fork], see [AUTOTITLE][].\n\n"
                "[choices]: #cookie-choices\n[top]: #top\n[fork]: /get-started/learning/github-glossary#fork\n"
                "[autotitle]: </en/legal/privacy-statement#cookie-choices> \"Choices\"\n")
    notes = Notes("Markdown line")
    landed = importer._land_links(markdown, notes, lang="en", own=("/legal/privacy-statement",))
    assert "See [Cookie choices][choices] and [Acme Privacy Statement][Top]." in landed, landed
    assert "Each copy is a Fork, see [Cookie choices][AUTOTITLE]." in landed, landed
    assert "\n[autotitle]: <#cookie-choices> \"Choices\"\n" in landed, landed
    said = notes.sentences()
    assert any(n.startswith("Markdown lines 3 and 7: “AUTOTITLE” (GitHub Docs") and "became “Cookie choices”" in n
               for n in said), said
    assert any(n.startswith("Markdown line 7: “AUTOTITLE” (GitHub Docs") and "became “Fork”, the words of its address "
               "/get-started/learning/github-glossary#fork" in n for n in said), said
    read = importer.document.parse(landed, path="import", lang="en")
    blocks = [*read.preamble, *(b for s in read.sections for b in s.blocks)]
    assert not any("AUTOTITLE" in b.text for b in blocks), blocks  # what the reader sees
    assert [link for b in blocks for link in b.links] == ["#cookie-choices", "#top", "#cookie-choices"], blocks


def test_links_to_the_texts_own_page_on_the_old_site_and_its_sections_land_on_them(tmp_path):
    """Automattic's privacy policy links `https://automattic.com/privacy/#your-rights` and eight more of its own
    sections so: each archived version sent its reader to the old site's text of today instead of the section of the
    version read. An address whose links all land on the text's own headings, named as the text is or used with several
    of them, is its own page: each such link goes to the section in the page, said. Another page's, or one of its
    anchors that no heading has, stays as it was."""
    (tmp_path / "privacy.md").write_text(
        "# Privacy Policy\n\nSee [Your Rights](https://acme.example/privacy/#your-rights) and "
        "[how we share](https://acme.example/privacy/#sharing-information).\n\n## Sharing Information\n\nWith "
        "[our processors](https://acme.example/processors/#list) and [GDPR](https://gdpr.example/#your-rights).\n\n"
        "## Your Rights\n\nSee [contact][c] and the [terms](https://acme.example/terms/#your-rights).\n\n"
        "[c]: https://acme.example/legal/acme-privacy#your-rights\n", encoding="utf-8")
    source = importer.Source(tmp_path / "privacy.md", importer.dt.date(2024, 2, 1), "markdown")
    text = importer._convert(source, lang="en", authoritative=True)
    assert "See [Your Rights](#your-rights) and [how we share](#sharing-information)." in text.body, text.body
    assert "[our processors](https://acme.example/processors/#list) and [GDPR](https://gdpr.example/#your-rights)" \
        in text.body, text.body
    assert "[terms](https://acme.example/terms/#your-rights)" in text.body and "\n[c]: #your-rights\n" in text.body, \
        text.body
    assert "line 3: a link to https://acme.example/privacy/ and a section's anchor, this text's own page on the old " \
           "site (the page gives it as its own address, or it names the text, or the text links there to its own " \
           "sections only): a link into the page, to that section" in text.notes, \
        text.notes


def test_a_link_to_a_page_of_the_old_site_takes_its_attribute_list_along():
    """Adoption hunt 39: `[cookies](/cookies/){#c}` (an id kept by the conversion) and a reference link with kramdown's
    `{:target="_blank"}` became `cookies{#c}`: the words stayed, the link went, and its attribute list, set on nothing,
    was shown as text. It goes with the link; a link sent to another document's page keeps it."""
    markdown = ("# Policy\n\nSee [cookies](/cookies/){#c}, [terms](terms.html){: #t} and [x][r]{:target=\"_blank\"}.\n\n"
                "[r]: /old/\n")
    notes = Notes("Markdown line")
    assert importer._land_links(markdown, notes, lang="en") == "# Policy\n\nSee cookies, terms and x.\n\n"
    notes = Notes("Markdown line")
    assert importer._land_links("# Policy\n\nSee [cookies](/cookies/){#c}.\n", notes, lang="en",
                                documents={"cookies": "cookies.md"}) == "# Policy\n\nSee [cookies](cookies.md){#c}.\n"


def test_a_link_sent_to_another_document_s_page_is_said_once():
    """company13: a US company's Markdown privacy policy linking `[Cookie Policy](cookie-policy.md)`, imported after
    its cookie policy, was said twice at the same line: "the link to cookie-policy.md … goes to its page", then "the
    link to cookies.md, the cookies document's address on the old site, goes to its page", cookies.md being the page
    the first had sent it to, no address of the old site. A link to a page of the site's documents leads somewhere."""
    markdown = "# Privacy Policy\n\n## 3. How we use it\n\nSee our [Cookie Policy](cookie-policy.md) for cookies.\n"
    notes = Notes("line")
    landed = importer._land_links(markdown, notes, lang="en", documents={"privacy": "index.md", "cookies": "cookies.md"})
    assert "See our [Cookie Policy](cookies.md) for cookies." in landed, landed
    assert notes.sentences() == ["line 5: the link to cookie-policy.md, the cookies document's address on the old "
                                 "site, goes to its page"], notes.sentences()
    notes = Notes("line")  # written to the page already: kept, nothing said
    assert importer._land_links(landed, notes, lang="en", documents={"privacy": "index.md", "cookies": "cookies.md"}) \
        == landed
    assert notes.sentences() == []
