"""safety57 hunt: a list of versions (versions.json) names each version by a folder's name, which the theme's and the
site's scripts join into an address (`../<version>/`): Material's version selector links it, policy.js' notices link
its changes page, compare.js fetches `../<version>/policy.json` and shows it as that version's text. A name that is no
single folder (`../../other-project/x`, `%2e%2e/x`) made them read another site of the same host as a version of the
site's, and the check of the branch read names leaving the host only."""
from __future__ import annotations

import json

import pytest

from policysite import servedpages


def _versions(*names: str) -> bytes:
    return json.dumps([{"version": name, "title": "17 février 2021", "aliases": []} for name in names]).encode()


@pytest.mark.parametrize("name", ["../../other-project/x", "..", "%2e%2e", ".%2E/x", "a/b", "a\\b", ".", "x?y=1",
                                  "x#y", "", "/x", "//evil.example"])
def test_a_version_named_other_than_one_folder_is_refused(name):
    assert servedpages.json_markup(_versions("2021-02-17", name), index=False) == name


@pytest.mark.parametrize("name", ["2021-02-17", "latest", "v1.2", "2021-02-17-rc", "brouillon été"])
def test_a_version_named_by_one_folder_passes(name):
    assert servedpages.json_markup(_versions("2020-01-01", name), index=False) == ""


@pytest.mark.parametrize("name", ["2021-02-17", "latest", "A-z_0-9", "-", "_", "x" * 300, "2021-02-17-rc"])
def test_a_name_of_letters_digits_hyphens_and_underscores_is_one_folder_as_the_url_parser_reads_it(name):
    """Told without the URL parser (perf5: 15 µs a name, a list of 1,000 versions read each publication): the
    parser's own reading agrees; a name with any other character is read by it."""
    assert servedpages._one_folder(name) and servedpages._parsed_one_folder(name)
    for other in (f"{name}.", f".{name}", f"{name}\u0130", f"{name}\t", f"{name}%2f", f"{name}/x", f"\u0660{name}"):
        assert servedpages._one_folder(other) == servedpages._parsed_one_folder(other), other


def _index(location: str) -> bytes:
    return json.dumps({"docs": [{"location": "#s1", "title": "x", "text": "y"},
                                {"location": location, "title": "x", "text": "y"}]}).encode()


@pytest.mark.parametrize("location", ["", "#s2", "changes/", "changes/#redline-s2", "side-by-side/#s2", "?h=x#s2"])
def test_a_search_entry_s_location_in_its_version_s_folder_passes(location):
    """A search index's locations are pages of its version: its page, a section of it, its changes page."""
    assert servedpages.json_markup(_index(location), index=True) == ""


@pytest.mark.parametrize("location", ["../", "../../../other-project/", "/other-project/", "%2e%2e/x/", "..\\x/",
                                      ".%2E/.%2e/x/"])
def test_a_search_entry_s_location_outside_its_version_s_folder_is_refused(location):
    """An index written whole is used as it is: each result links its location from the version's folder, under words
    no check read."""
    assert servedpages.json_markup(_index(location), index=True) == location
