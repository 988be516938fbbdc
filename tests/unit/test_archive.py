"""Pure parts of the dated archive: section differences, manifests, versions.json, links."""
from __future__ import annotations

import datetime as dt
import json

from mike.versions import Versions

from policy_repo import fr_page
from policysite import archive, branch, building, git, history, manifest as mf, pages
from policysite.settings import Language, Release, Settings, release_from_extra

SETTINGS = Settings(company="C", brand="C", public_url="https://example.test/policy/",
                    languages=(Language("fr", "Français", "mkdocs.yml"), Language("en", "English", "mkdocs.en.yml")),
                    authoritative="fr", page="index.md", version_section="1")


def test_describe_names_edited_added_and_removed_sections_from_the_redline():
    old = fr_page("2021-02-17")
    new = fr_page("2022-03-01", "Un autre texte.").replace("### 2.1 Durée de conservation", "### 2.1 Durée")
    new += "\n## 3. Nouvelle section\n\nTexte.\n"

    def describe(a: str, b: str) -> list[str]:
        return archive.describe(archive.changes_of(b, previous_text=a, lang="fr"))

    assert describe(old, new) == ["§2", "§2.1", "§3 (new)"]
    assert describe(new, old) == ["§2", "§2.1", "§3 (removed)"]
    assert describe(old, old.replace("2021-02-17", "2022-03-01")) == []
    retitled = old.replace("# Politique de confidentialité de test", "# Politique de test")
    assert describe(old, retitled.replace("## 2. Données", "## 3. Données").replace("### 2.1", "### 3.1")
                    .replace("## 1. Version du document\n\nCe document est daté.\n\n",
                             "## 1. Version du document\n\nCe document est daté.\n\n## 2. Ajout\n\nNeuf.\n\n")) \
        == ["title", "§2 (new)", "§2 → §3 (renumbered)", "§2.1 → §3.1 (renumbered)"]


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
        ("index.html", "changed (recorded fingerprint 111111111111…, branch 333333333333…)"),
        ("x.js", "missing (listed in the publication record, absent from the branch)"),
        ("y.js", "added (on the branch, not in the publication record)"),
    ]


def test_versions_json_is_mikes_newest_first_with_latest_and_titles_in_the_language():
    data = json.loads(branch.versions_json(["2021-02-17", "2023-05-10", "2022-03-01"], "fr",
                                           today=dt.date(2024, 1, 1)))
    assert data == [
        {"version": "2023-05-10", "title": "10 mai 2023 (en vigueur)", "aliases": ["latest"],
         "properties": {"in_force": {"from": "2023-05-10", "until": None}, "date_text": "10 mai 2023"}},
        {"version": "2022-03-01", "title": "1er mars 2022", "aliases": [],
         "properties": {"in_force": {"from": "2022-03-01", "until": "2023-05-09"}, "date_text": "1er mars 2022"}},
        {"version": "2021-02-17", "title": "17 février 2021", "aliases": [],
         "properties": {"in_force": {"from": "2021-02-17", "until": "2022-02-28"}, "date_text": "17 février 2021"}}]


def test_versions_json_marks_a_version_published_ahead_upcoming_and_keeps_latest_on_the_one_in_force():
    dates = ["2022-03-01", "2027-03-01"]
    before = json.loads(branch.versions_json(dates, "en", today=dt.date(2027, 2, 28)))
    assert [(v["version"], v["title"], v["aliases"], v["properties"].get("upcoming")) for v in before] == [
        ("2027-03-01", "March 1, 2027 (upcoming)", [], True),
        ("2022-03-01", "March 1, 2022 (in force)", ["latest"], None)]
    on_the_day = json.loads(branch.versions_json(dates, "en", today=dt.date(2027, 3, 1)))
    assert [(v["version"], v["aliases"], v["properties"].get("upcoming")) for v in on_the_day] == [
        ("2027-03-01", ["latest"], None), ("2022-03-01", [], None)]


def test_versions_json_is_byte_for_byte_what_mike_writes_for_its_entries():
    dates = [(dt.date(2020, 1, 6) + dt.timedelta(weeks=n)).isoformat() for n in range(30)] + ["2031-05-01"]
    for lang in ("fr", "en"):
        written = branch.versions_json(dates, lang, today=dt.date(2024, 6, 1))
        assert written == (Versions.loads(written).dumps() + "\n").encode("utf-8")
        assert [v["version"] for v in json.loads(written)] == sorted(dates, reverse=True)


def test_versions_json_is_pythons_indented_json_in_every_language_whatever_the_calendar():
    # written by a template of the C encoder's strings (perf5: Python's indenting encoder was 8 of the 14 ms of a list
    # of 1,000 versions): the bytes json.dumps(indent=2) writes, non-ASCII escaped, upcoming and in force marked
    dates = [(dt.date(2020, 1, 6) + dt.timedelta(weeks=n)).isoformat() for n in range(12)] + ["2031-05-01"]
    for lang in ("fr", "en", "de", "fa", "ja", "ar", "zh"):
        for today in (dt.date(2019, 1, 1), dt.date(2020, 2, 1), dt.date(2024, 6, 1), dt.date(2032, 1, 1)):
            for count in (1, 2, len(dates)):
                written = branch.listings(dates[-count:], lang, today=today)[0]
                assert written == (json.dumps(json.loads(written), indent=2) + "\n").encode("utf-8")
    entry = {"version": 'a"\\\u00e9\u2028\x01', "title": "t", "aliases": ["latest"],
             "properties": {"in_force": {"from": "a", "until": None}, "date_text": "\u6708", "upcoming": True}}
    assert branch._indented([entry, {**entry, "aliases": []}]) == json.dumps([entry, {**entry, "aliases": []}],
                                                                            indent=2)
    # another shape (a field more) is written by json.dumps itself
    other = [{**entry, "extra": [1, {"b": False}]}, {**entry, "properties": {**entry["properties"], "x": 1.5}}]
    assert branch._indented(other) == json.dumps(other, indent=2) and branch._indented([]) == "[]"


def test_versions_recent_is_the_first_entries_up_to_five_archived_after_the_one_in_force_whatever_the_archive():
    def recent(count: int, today: dt.date) -> list[dict]:
        dates = [(dt.date(2020, 1, 6) + dt.timedelta(weeks=n)).isoformat() for n in range(count)]
        full, recent_bytes = branch.listings(dates, "fr", today=today)
        kept = json.loads(recent_bytes)
        assert kept == json.loads(full)[:len(kept)]  # the same entries, in the same order
        return kept

    assert len(recent(3, dt.date(2030, 1, 1))) == 3
    assert len(recent(10, dt.date(2030, 1, 1))) == 1 + branch.RECENT_ARCHIVED
    assert len(recent(1000, dt.date(2040, 1, 1))) == 1 + branch.RECENT_ARCHIVED
    # Two versions published ahead: both, the one in force, and five before it.
    ahead = recent(12, dt.date(2020, 1, 6) + dt.timedelta(weeks=10, days=-1))
    assert [v["aliases"] for v in ahead[:3]] == [[], [], ["latest"]] and len(ahead) == 3 + branch.RECENT_ARCHIVED


def test_language_links_stay_on_the_same_version():
    assert pages.alternates(SETTINGS, current="fr")[1]["link"] == "../en/"
    assert [a["link"] for a in pages.alternates(SETTINGS, current="fr", version="2021-02-17")] == [
        "../../fr/2021-02-17/", "../../en/2021-02-17/"]
    assert pages.alternates(SETTINGS, current="fr", version="2021-02-17", page="changes/")[1]["link"] == \
        "../../en/2021-02-17/changes/"
    assert pages.alternates(SETTINGS, current="fr", page="history/")[1]["link"] == "../en/history/"
    # A version older than its translation links only the languages it has.
    assert [a["lang"] for a in pages.alternates(SETTINGS, current="fr", version="2018-05-25", languages=("fr",))] == [
        "fr"]


def test_each_languages_first_version():
    assert building.first_versions({"2022-03-01": {"fr", "en"}, "2018-05-25": {"fr"}, "2023-01-01": ["fr", "en"]}) \
        == {"fr": "2018-05-25", "en": "2022-03-01"}


def test_release_settings_canonical_and_banner():
    assert release_from_extra({"policy": {}}) is None
    release = release_from_extra({"policy": {"release": {"version": "2021-02-17", "versions": ["2021-02-17"]}}})
    assert release == Release("2021-02-17", ("2021-02-17",), "latest")
    assert pages.latest_url(SETTINGS, lang="en", release=release) == "https://example.test/policy/en/latest/"
    assert pages.archived_banner(lang="en", release=release) == {
        "text": "Archived version of February 17, 2021: this text is no longer in force.",
        "link_text": "Read the version in force", "href": "../latest/", "keep_section": True, "ui": ""}
    # from the version's changes page: the latest policy, whose sections are not the redline's
    assert pages.archived_banner(lang="en", release=release, page="changes/")["href"] == "../../latest/"
    assert not pages.archived_banner(lang="en", release=release, page="changes/")["keep_section"]


def test_blob_ids_are_gits_and_fast_import_paths_are_quoted():
    assert git.blob_sha(b"") == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
    assert git._quote("fr/2021-02-17/index.html") == "fr/2021-02-17/index.html"
    assert git._quote('a b/"c"') == '"a b/\\"c\\""'


def test_an_upcoming_version_followed_by_a_later_date_waits_for_the_team_to_say_what_it_was():
    """An announcement re-dated in review, both commits landing by a rebase, took effect on the abandoned date
    (history hunt 9: f_redated_forward); a change in two stages looks the same to git."""
    import datetime as dt_

    from policysite.history import DatedVersion, History

    history = History([DatedVersion(dt_.date(2021, 2, 17), "a" * 40), DatedVersion(dt_.date(2027, 1, 15), "b" * 40),
                       DatedVersion(dt_.date(2027, 2, 1), "c" * 40)])
    waiting = history.superseded(["2021-02-17"], today=dt_.date(2026, 12, 1))
    assert [(v.version, after.version) for v, after in waiting] == [("2027-01-15", "2027-02-01")]
    message = History.superseded_message(*waiting[0], "unpublished.yml")
    assert "record bbbbbbb in unpublished.yml" in message and "git checkout bbbbbbb" in message
    assert history.superseded(["2021-02-17", "2027-01-15"], today=dt_.date(2026, 12, 1)) == []  # published first
    assert history.superseded(["2021-02-17"], today=dt_.date(2027, 1, 20)) == []  # its date came: in force
