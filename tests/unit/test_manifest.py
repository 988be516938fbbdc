"""A manifest read from the branch: what the archive's pages are built from is checked as it is read."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from policysite import manifest as mf

RECORDED = {"change": "material", "note": "Plus de prudence.", "announced": "2022-01-20", "previous": "2021-02-17",
            "counts": {"added": 0, "changed": 1, "moved": 0, "removed": 0, "renumbered": 0}, "preamble": False,
            "sections": [{"kind": "changed", "old": "1", "new": "1", "title": "Objet", "changed": True},
                         {"kind": "added", "old": None, "new": "2", "title": "Contact", "changed": False}]}


def _manifest(changes) -> bytes:
    entry = {"source": {"path": "docs/fr/index.md", "commit": "a" * 40, "sha256": "b" * 64},
             "files": {"index.html": "c" * 64}, **({"changes": changes} if changes is not ... else {})}
    return json.dumps({"version": "2022-03-01", "languages": {"fr": entry}}).encode("utf-8")


# `...`: no `changes` at all (a manifest written before changes pages existed); without `change`: before the class
@pytest.mark.parametrize("changes", [RECORDED, {"previous": None}, {"previous": None, "change": "editorial"}, ...,
                                     {key: value for key, value in RECORDED.items() if key != "change"}])
def test_what_publishing_records_and_earlier_generators_recorded_is_read(changes):
    assert mf.VersionManifest.loads(_manifest(changes)).version == "2022-03-01"


@pytest.mark.parametrize("key, value, said", [
    ("previous", 7, "`previous` is not a day"),
    ("previous", "2021-13-01", "`previous` is not a day"),
    ("announced", "le 20 janvier", "`announced` is not a day"),
    ("change", ["material"], "`change` is not text"),
    ("note", {"x": 1}, "`note` is not text"),
    ("counts", 3, "`counts` is not a set of fields holding numbers"),
    ("counts", {"changed": "1"}, "`counts` is not a set of fields holding numbers"),
    ("preamble", "no", "`preamble` is not true or false"),
    ("sections", 5, "`sections` is not a list"),
    ("sections", [{"kind": "rewritten", "old": "1", "new": "1", "title": "Objet", "changed": True}], "section 1"),
    ("sections", [{"kind": "changed", "old": 1, "new": "1", "title": "Objet", "changed": True}], "section 1"),
    ("sections", [{"kind": "changed", "old": "1", "new": "1", "title": None, "changed": True}], "section 1"),
])
def test_recorded_changes_of_another_shape_are_a_manifest_error_naming_what(key, value, said):
    """The history page, the feed and the home page read them: another type or an impossible day was met there as a
    Python error naming no file (history hunt 27)."""
    with pytest.raises(mf.ManifestError, match=f"fr: changes: {said}"):
        mf.VersionManifest.loads(_manifest({**RECORDED, key: value}))


def test_recorded_changes_that_are_not_a_mapping_are_a_manifest_error():
    with pytest.raises(mf.ManifestError, match="fr: changes: not a set of fields"):
        mf.VersionManifest.loads(_manifest(["changed"]))



@pytest.mark.parametrize(("data", "said"), [
    (b'{"version": "2022-03-01",', "JSON mal formé à la ligne 1, colonne 26"),
    (b"{}", "il n'a pas de champ « version »"),
    (b'{"version": "2022-03-01", "languages": ["fr"]}',
     "un champ contient une valeur d'une autre sorte que celle que la publication y écrit"),
    (b'{"version": "2022-03-01\xe9"}', "pas en UTF-8, octet 0xE9 à la position 23"),
])
def test_a_manifest_json_cannot_read_is_said_in_the_catalogue_not_in_pythons_english(data, said):
    """Words9: "manifeste non valide (JSONDecodeError: Expecting ',' delimiter: line 1 column 26 (char 25))"."""
    from policysite import messages

    with pytest.raises(mf.ManifestError) as refused:
        mf.VersionManifest.loads(data)
    assert messages.said_in(messages.text_of(refused.value), "fr") == \
        "manifeste non valide (" + said.replace(" »", "\u00a0»").replace("« ", "«\u00a0") + ")"


def test_a_manifest_that_cannot_be_read_is_said_in_french_by_every_command_reading_the_branch(tmp_path):
    """Every command reading the branch (publish, verify, at) names such a manifest in the site's language."""
    import git as gitpython

    from helpers import git
    from policysite import branch, messages
    from policysite.errors import ManifestUnreadable

    said = []
    for data in (_manifest({**RECORDED, "announced": "le 20 janvier"}), _manifest({**RECORDED, "sections": 5}),
                 b'{"version": "2022", "languages": {}}', b"[" * 5000 + b"]" * 5000):
        with pytest.raises(mf.ManifestError) as refused:
            mf.VersionManifest.loads(data)
        said.append(messages.said_in(messages.text_of(refused.value), "fr"))
    assert said == [
        "manifeste non valide (fr\u00a0: changes\u00a0: `announced` n'est pas un jour (AAAA-MM-JJ))",
        "manifeste non valide (fr\u00a0: changes\u00a0: `sections` n'est pas une liste)",
        "manifeste non valide (une version, un commit, un chemin ou une empreinte n'est pas ce qu'il devrait être)",
        "manifeste non valide (imbriqué trop profondément)"]
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "manifest").mkdir()
    (tmp_path / "manifest" / "2022-03-01.json").write_bytes(_manifest({**RECORDED, "sections": 5}))
    git(tmp_path, "add", "manifest")
    git(tmp_path, "commit", "-q", "-m", "publish")
    with pytest.raises(ManifestUnreadable) as unread:
        branch.manifests_at(gitpython.Repo(tmp_path), "gh-pages")
    assert str(messages.text_of(unread.value)) == (
        "gh-pages: manifest/2022-03-01.json: not a valid manifest (fr: changes: `sections` is not a list): `policy "
        "verify` lists what is wrong; the branch is left as it is")
    assert messages.said_in(messages.text_of(unread.value), "fr") == (
        "gh-pages\u00a0: manifest/2022-03-01.json\u00a0: manifeste non valide (fr\u00a0: changes\u00a0: `sections` n'est pas une liste)\u00a0: "
        "`policy verify` liste ce qui ne va pas\u202f; la branche est laissée telle quelle")

def _printed(pdf_key: str, pdf_digest: str) -> mf.VersionManifest:
    entry = {"source": {"path": "docs/fr/index.md", "commit": "a" * 40, "sha256": "b" * 64}, "pdf_key": pdf_key,
             "files": {"index.html": "c" * 64, "policy-fr-2022-03-01.pdf": pdf_digest}}
    return mf.VersionManifest.loads(json.dumps({"version": "2022-03-01", "languages": {"fr": entry}}).encode())


def test_a_pdf_whose_digest_changed_under_the_same_print_key_was_replaced():
    """Legal hunt 36: a PDF replaced on the branch together with its manifest's digest passed verify (a rebuild takes
    a PDF of unchanged key when its digest is the manifest's); one key always prints the same bytes."""
    first = _printed("k1", "d" * 64)
    assert mf.replaced_prints(first, _printed("k1", "e" * 64)) == [("fr", "policy-fr-2022-03-01.pdf")]
    assert mf.replaced_prints(first, _printed("k1", "d" * 64)) == []
    assert mf.replaced_prints(first, _printed("k2", "e" * 64)) == []  # printed again since (history --rebuild)
    assert mf.replaced_prints(_printed("", "d" * 64), _printed("", "e" * 64)) == []  # before keys: no proof


def test_the_generators_packages_are_looked_up_once_a_process_and_recorded_as_installed(monkeypatch):
    """A rebuild recorded each version's generator four times a version, each time looking every installed package
    up (2.4 ms a time): the installed versions are read once."""
    from importlib import metadata

    asked: list[str] = []
    real = metadata.version

    def version(name: str) -> str:
        asked.append(name)
        return real(name)

    monkeypatch.setattr(metadata, "version", version)
    recorded = [mf.generator(theme) for theme in ("t", "u", "v")]
    assert len(asked) <= 4  # each package once at most (none if an earlier test of the process read them)
    assert {one["mkdocs"] for one in recorded} == {real("mkdocs")} and recorded[2]["theme"] == "v"


def test_a_published_moment_is_read_as_strptime_reads_it_and_anything_else_as_none():
    # read field by field (perf5: strptime was 10 µs a manifest, read four times each by a publication)
    for value in ("2024-02-15T09:30:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z",
                  "9999-12-31T23:59:59Z", "\u0662\u0660\u0662\u0664-02-15T09:30:00Z"):
        assert mf.moment(value) == int(dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.UTC).timestamp())
    assert mf.moment("2024-02-15T09:30:00Z") == 1707989400
    assert [mf.moment(value) for value in (
        ["2024"], {"a": 1}, None, 5, "2024-02-15", "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
        "2024-02-15T24:00:00Z", "2024-02-15T09:60:00Z", "2024-02-15T09:30:60Z", "0000-01-01T00:00:00Z",
        "2024-02-15T09:30:00Z ", "2024-02-15 09:30:00Z", "2024-02-15T09:30:00")] == [None] * 15
