"""What `policy verify`, `policy at` and `policy check` say of a branch whose published language's code the configuration renamed
(en → en-GB), which publish, history and export refuse (publish_refusals.renamed_said: one reading of a rename)."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import Project, copy_of, edit_pages, made_once, publish_first, rename_english
from policysite import at, checks, messages, verify
from policysite.findings import WARNING

pytestmark = pytest.mark.usefixtures("no_identity")

SET_BACK = ("en is published on gh-pages and no longer configured, and en-GB, never published, took its place: a "
            "language's code is its folder on the site, the addresses its readers cite (en/2021-02-17/, en/latest/), "
            "which the archive keeps for ever, so a published language keeps its code: set `code: en` back in "
            "the site's languages (`extra.policy.languages`), with mkdocs.en.yml (`theme.language: en`); its name (`name:`) and the folder of "
            "its pages (`docs_dir`) may change")


@pytest.fixture(scope="module")
def renamed(tmp_path_factory) -> Project:
    """2021-02-17 published by `policy publish`, then English's code renamed en-GB and committed (read, never
    changed, by the tests)."""
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path_factory.mktemp("renamed") / "project")
    with pytest.MonkeyPatch.context() as mp:
        from helpers import without_identity

        without_identity(mp)
        rename_english(project)
        project.commit_all("English is en-GB")
    return project


def test_verify_says_the_rename_and_not_that_policy_history_rebuilds_the_archive_pages(renamed):
    """publish10: verify said each archive page "differs … `policy history` rebuilds them", en/'s files "a language
    the configuration no longer has", and the root page not the redirect publishing writes, while `policy history`
    refuses the rename: it says what publishing says, once, and compares those pages as published (publish11)."""
    report = verify.verify(root=renamed.root)
    assert report.problems == [
        SET_BACK + "; the archive's pages and the root page are compared with what `policy history` writes once the "
        "code is set back"]
    assert report.archive_files > 0  # (none were read while a rename stood)
    assert messages.said_in(report.problems[0], "fr").endswith(
        "(`docs_dir`) peuvent changer\u202f; les pages de l'archive et la page racine sont comparées à ce que "
        "`policy history` écrit une fois le code remis")


def test_verify_compares_the_archive_pages_and_the_root_page_while_a_rename_stands(renamed, tmp_path):
    """publish11: while a rename stood, verify compared none of the archive's pages nor the root page: an edit of
    en/history/ or of the root page on the branch passed. They are compared with what `policy history` writes
    once the code is set back (the switcher's en, English's theme.language: en)."""
    project = copy_of(renamed, tmp_path / "project")

    def tamper(checkout):
        for page in ("en/history/index.html", "index.html"):  # a byte added: the same page to a browser
            (checkout / page).write_bytes((checkout / page).read_bytes() + b"\n")

    edit_pages(project, tmp_path, tamper)
    assert verify.verify(root=project.root).problems[1:] == [
        "index.html: is not the redirect publishing writes (to fr/latest/)",
        "en/history/index.html: differs from the archive's pages the publication records give (edited, or built with another "
        "theme: `policy history` rebuilds them)"]


@pytest.mark.parametrize("code", ["en", "en-GB"])
def test_at_answers_under_the_published_code_and_says_the_configuration_renamed_it(renamed, code):
    """publish10: `policy at --lang en` said the site publishes no English text (en), `--lang en-GB` that no en-GB
    version is published: the site serves it under en; said so, with the rename and what to set back."""
    answer = at.in_force(root=renamed.root, day=dt.date(2022, 1, 1), lang=code)
    assert answer.url.endswith("/en/2021-02-17/")
    assert answer.said("en").splitlines() == [
        f"2021-02-17 {answer.url} (in force from February 17, 2021)",
        "the site serves this text under en, its published code; the configuration now names it en-GB, which "
        "`policy publish` and `policy history` refuse: " + SET_BACK]
    assert answer.said("fr").splitlines()[1].startswith(
        "le site sert ce texte sous en, son code publié\u202f; la configuration le nomme désormais en-GB, ce que "
        "`policy publish` et `policy history` refusent\u00a0: en est publiée sur gh-pages")


def test_check_warns_at_the_line_naming_the_renamed_code_that_publishing_will_refuse_it(renamed):
    """publish10: `policy check` passed the rename silently, and the publication refused it: a warning (the check
    still passes) at mkdocs.yml's line naming en-GB, saying what publishing says, in the legal team's French too."""
    found = [f for f in checks.check_project(root=renamed.root) if f.rule == "config.renamed-language"]
    line = (renamed.root / "mkdocs.yml").read_text(encoding="utf-8").splitlines().index("      - code: en-GB") + 1
    assert [(f.path, f.line, f.severity) for f in found] == [("mkdocs.yml", line, WARNING)]
    assert found[0].message == SET_BACK + ": `policy publish` and `policy history` will refuse to publish until then"
    assert found[0].said("fr").endswith(
        "(`docs_dir`) peuvent changer\u00a0: `policy publish` et `policy history` refuseront de publier d'ici là")
