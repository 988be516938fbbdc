"""company13: a further document's folder (`en/cookies/`, where its pages' logo and 404 page lead) sends readers on to
its text in force; the words they see if they stay (a text browser, no refresh) named the privacy policy: "Privacy
policy of Trailhead Outfitters, Inc." over a link to the cookie policy. They name the document, by its title."""
from __future__ import annotations

from policysite import pages
from policysite.settings import Document, Language, Settings

SITE = Settings(company="Trailhead Outfitters, Inc.", brand="Trailhead", public_url="https://legal.example.test/",
                languages=(Language("en", "English", "mkdocs.yml"), Language("es", "Español", "mkdocs.es.yml")),
                authoritative="en", page="index.md", version_section="",
                documents=(Document("privacy", "index.md", {"en": "Privacy Policy"}),
                           Document("cookies", "cookies.md", {"en": "Cookie Policy", "es": "Política de cookies"})))


def test_a_further_document_s_folder_is_titled_by_the_document():
    door = pages.front_door(SITE.for_document("cookies"), lang="es")
    assert door["title"] == "Política de cookies"
    assert [link["text"] for link in door["links"]] == ["Política de cookies (Español)"]
    assert pages.front_door(SITE.for_document("cookies"), lang="en")["title"] == "Cookie Policy"


def test_the_first_document_s_doors_keep_their_words():
    assert pages.front_door(SITE, lang="en")["title"] == "Trailhead Outfitters, Inc. legal documents"
    one = Settings(company="Acme", brand="Acme", public_url="https://example.test/", languages=SITE.languages[:1],
                   authoritative="en", page="index.md", version_section="")
    assert pages.front_door(one, lang="en")["title"] == "Privacy policy of Acme"
