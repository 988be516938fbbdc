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
