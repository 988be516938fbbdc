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


def test_a_search_entry_s_location_is_not_a_version_s_name():
    """A search index's locations are pages of the version (`changes/#s2`): no single folder is asked of them."""
    index = json.dumps({"docs": [{"location": "changes/#s2", "title": "x", "text": "y"}]}).encode()
    assert servedpages.json_markup(index, index=True) == ""
