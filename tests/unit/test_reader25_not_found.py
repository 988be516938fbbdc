"""Reader25: the 404 page's words for an address of a day before a later translation's first version."""
from __future__ import annotations

import dataclasses

from test_pages import SETTINGS

from policysite import archive, pages
from policysite.settings import Language


def test_a_translation_that_starts_later_says_so_with_links_to_that_day_and_its_first_version():
    settings = dataclasses.replace(SETTINGS, languages=(Language("fr", "Français", "mkdocs.yml"),
                                                        Language("de", "Deutsch", "mkdocs.de.yml")),
                                   authoritative="fr")
    said = {one["code"]: one for one in pages.not_found(settings, lang="de", starts={"de": "2022-03-01"})}
    assert "first" not in said["fr"]  # the text that prevails: nothing to say
    de = said["de"]
    assert de["first"] == "2022-03-01"
    assert de["before"] == "Vor dem 1. März 2022 gab es dieses Dokument nur in der verbindlichen Sprache."
    assert de["that_day_href"] == "/p/fr/at/" and de["that_day"].endswith("(Français)")
    assert (de["first_href"], de["first_text"]) == ("/p/de/2022-03-01/", "Fassung vom 1. März 2022")
    assert all("first" not in one for one in pages.not_found(settings, lang="de"))


def test_the_starts_are_read_from_an_archive_build_s_listing_only():
    assert archive.starts_from_extra({"policy": {"archive": {"starts": {"de": "2022-03-01"}}}}) == {"de": "2022-03-01"}
    assert archive.starts_from_extra({"policy": {"archive": {"entries": []}}}) == {}
    assert archive.starts_from_extra({}) == {}
