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
