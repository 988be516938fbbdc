"""Pure parts of the dated archive: section differences, manifests, versions.json, links."""
from __future__ import annotations

import datetime as dt
import json

from policy_repo import fr_page
from policysite import git, history, manifest as mf, pages, publish
from policysite.settings import Language, Release, Settings, release_from_extra

SETTINGS = Settings(company="C", brand="C", public_url="https://example.test/policy/",
                    languages=(Language("fr", "Français", "mkdocs.yml"), Language("en", "English", "mkdocs.en.yml")),
                    authoritative="fr", page="index.md", version_section="1")


def test_changed_sections_names_edited_added_and_removed_sections():
    old = fr_page("2021-02-17")
    new = fr_page("2022-03-01", "Un autre texte.").replace("### 2.1 Durée de conservation", "### 2.1 Durée")
    new += "\n## 3. Nouvelle section\n\nTexte.\n"
    assert history.changed_sections(old, new, lang="fr") == ["§2", "§2.1", "§3 (new)"]
    assert history.changed_sections(new, old, lang="fr") == ["§2", "§2.1", "§3 (removed)"]
    assert history.changed_sections(old, old.replace("2021-02-17", "2022-03-01"), lang="fr") == []


def test_date_of_reads_the_front_matter_only():
    assert history.date_of(fr_page("2021-02-17")) == dt.date(2021, 2, 17)
    assert history.date_of("# No front matter\n") is None
    assert history.date_of("---\ndate: 17/02/2021\n---\n") is None


def test_manifest_round_trip_is_canonical_and_names_differences():
    entry = mf.LanguageEntry(mf.Source("docs/fr/index.md", "a" * 40, "b" * 64), {"index.html": "1" * 64, "x.js": "2" * 64})
    manifest = mf.VersionManifest("2021-02-17", {"fr": entry}, {"mkdocs": "1.6.1"})
    data = manifest.dumps()
    assert mf.VersionManifest.loads(data) == manifest
    assert mf.VersionManifest.loads(data).dumps() == data
    assert mf.path_for("2021-02-17") == "manifest/2021-02-17.json"
    assert mf.differences(entry.files, {"index.html": "3" * 64, "y.js": "4" * 64}) == [
        ("index.html", "changed (manifest sha256 111111111111…, branch 333333333333…)"),
        ("x.js", "missing (listed in the manifest, absent from the branch)"),
        ("y.js", "added (on the branch, not in the manifest)"),
    ]


def test_versions_json_is_mikes_newest_first_with_latest_and_titles_in_the_language():
    data = json.loads(publish.versions_json(["2021-02-17", "2023-05-10", "2022-03-01"], "fr"))
    assert data == [{"version": "2023-05-10", "title": "10 mai 2023", "aliases": ["latest"]},
                    {"version": "2022-03-01", "title": "1 mars 2022", "aliases": []},
                    {"version": "2021-02-17", "title": "17 février 2021", "aliases": []}]


def test_language_links_stay_on_the_same_version():
    assert pages.alternates(SETTINGS, current="fr")[1]["link"] == "../en/"
    assert [a["link"] for a in pages.alternates(SETTINGS, current="fr", version="2021-02-17")] == [
        "../../fr/2021-02-17/", "../../en/2021-02-17/"]


def test_release_settings_canonical_and_banner():
    assert release_from_extra({"policy": {}}) is None
    release = release_from_extra({"policy": {"release": {"version": "2021-02-17", "versions": ["2021-02-17"]}}})
    assert release == Release("2021-02-17", ("2021-02-17",), "latest")
    assert pages.latest_url(SETTINGS, lang="en", release=release) == "https://example.test/policy/en/latest/"
    assert pages.archived_banner(lang="en", release=release) == {
        "text": "Archived version of February 17, 2021: this text is no longer in force.",
        "link_text": "Read the version in force", "href": "../latest/"}


def test_blob_ids_are_gits_and_fast_import_paths_are_quoted():
    assert git.blob_sha(b"") == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
    assert git._quote("fr/2021-02-17/index.html") == "fr/2021-02-17/index.html"
    assert git._quote('a b/"c"') == '"a b/\\"c\\""'
