"""Every line a command prints speaks the site's language (session 41, words9): the lines `policy history` and
`publish` say of files a hand edit changed and they write again, and verify's word on a page an older generator
built without the guard of the theme's version check."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from policy_repo import commit_on_branch, copy_of, history_two, made_once
from policysite import branch, messages, project as projects, publish, safety, verify, writing

NB, NNB = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """2021-02-17 and 2022-03-01 published by `policy history` (made once for the run), then on gh-pages by hand: in
    fr/latest/ a page changed, a file added and one removed, and a page of fr/2022-03-01/ changed."""
    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path_factory.mktemp("words9") / "project")
    page = project.show("fr/latest/index.html")
    latest = [path for path in project.files() if path.startswith("fr/latest/")]
    removed = next(path for path in latest if path != "fr/latest/index.html" and path.endswith(".html"))
    commit_on_branch(project, {"fr/latest/index.html": page.replace("</body>", "<p>vendues</p></body>"),
                               "fr/latest/extra.html": "<p>x</p>", removed: None,
                               "fr/2022-03-01/index.html": page.replace("</body>", "<p>cédées</p></body>")},
                     "à la main")
    return project, removed


def test_latest_put_back_is_said_in_the_site_s_language(edited):
    """writing.latest_put_back wrote its lines as English f-strings: `policy history` on a French site said them in
    English. Each is now a catalogue message, said in French with French typography."""
    project, removed = edited
    with projects.opened(project.root) as site:
        state = branch.read_branch(site.repo, branch="gh-pages", remote=None)
        lines = writing.latest_put_back(site, state, branch="gh-pages", today=dt.date(2026, 1, 1))
    def english(path: str, what: str) -> str:
        return (f"{path}: {what} by a hand edit of gh-pages since it was published: fr/latest/ is written again, a copy "
                f"of the version in force (`git log gh-pages -- {path}` shows that edit)")

    assert sorted(lines) == sorted([english("fr/latest/extra.html", "added"), english("fr/latest/index.html", "changed"),
                                    english(removed, "removed")])
    french = sorted(messages.said_in(line, "fr") for line in lines)
    assert french == sorted([
        f"fr/latest/extra.html{NB}: ajouté à la main sur gh-pages depuis sa publication{NB}: fr/latest/ est réécrit, "
        "copie de la version en vigueur (`git log gh-pages -- fr/latest/extra.html` montre cet ajout)",
        f"fr/latest/index.html{NB}: modifié à la main sur gh-pages depuis sa publication{NB}: fr/latest/ est réécrit, "
        "copie de la version en vigueur (`git log gh-pages -- fr/latest/index.html` montre cette modification)",
        f"{removed}{NB}: supprimé à la main sur gh-pages depuis sa publication{NB}: fr/latest/ est réécrit, copie de "
        f"la version en vigueur (`git log gh-pages -- {removed}` montre cette suppression)"])


def test_a_rebuild_s_put_back_files_are_said_in_the_site_s_language(edited):
    """publish._replaced_edits (`policy history --rebuild`) wrote its lines as English f-strings, the file's state
    (a catalogue message) said in English inside them whatever the language."""
    project, _removed = edited
    with projects.opened(project.root) as site:
        state = branch.read_branch(site.repo, branch="gh-pages", remote=None)
        lines = publish._replaced_edits(site, state, ["2022-03-01"], "gh-pages")
    assert len(lines) == 1 and lines[0].startswith("fr/2022-03-01/index.html: changed (recorded fingerprint ") and \
        lines[0].endswith(", by a hand edit of gh-pages since it was published: the rebuild put the version back as "
                          "its source gives it (`git log gh-pages -- fr/2022-03-01/index.html` shows that edit)")
    french = messages.said_in(lines[0], "fr")
    assert french.startswith(f"fr/2022-03-01/index.html{NB}: modifié (empreinte enregistrée ") and french.endswith(
        f", à la suite d'une modification à la main de gh-pages depuis sa publication{NB}: la reconstruction a remis "
        "la version telle que sa source la donne (`git log gh-pages -- fr/2022-03-01/index.html` montre cette "
        "modification)"), french


def test_a_page_without_the_version_check_s_guard_of_an_older_generator_is_told_so(edited):
    """verify named each page of a version built before the guard of the theme's version check (commit cbc40a54) as
    unguarded, with no word of its generator, where a script of an older theme was told "built by another generator:
    `policy history --rebuild`" (history hunt 31). A page of today's generator is named as before."""
    project, _removed = edited
    with projects.opened(project.root) as site:
        manifests = branch.manifests_at(site.repo, "gh-pages")
        older = {**manifests, "2021-02-17": dataclasses.replace(manifests["2021-02-17"], generator={"policysite": "0"})}
        unguarded = messages.Said("output.outdated-unguarded")
        found = [safety.Violation(f"fr/{version}/index.html", None, unguarded) for version in ("2021-02-17", "2022-03-01")]
        told = verify._with_older_generators(site, older, found)
    assert told[0] == (
        "fr/2021-02-17/index.html: the page runs the theme's version check without the site's guard "
        "(overrides/partials/javascripts/outdated.html), as every page built before it did (a version built by another "
        "generator): the theme stores “is this version the latest?” in the reader's browser for each version read; "
        "`policy history --rebuild` builds it again with today's theme, guard included")
    assert messages.said_in(told[0], "fr") == (
        f"fr/2021-02-17/index.html{NB}: la page exécute la vérification de version du thème sans la protection du site "
        "(overrides/partials/javascripts/outdated.html), comme toute page construite avant elle (une version "
        f"construite par un autre générateur){NB}: le thème enregistre «{NB}cette version est-elle la dernière{NNB}?"
        f"{NB}» dans le navigateur du lecteur pour chaque version lue{NNB}; `policy history --rebuild` la reconstruit "
        "avec le thème d'aujourd'hui, protection comprise")
    assert told[1] == f"fr/2022-03-01/index.html: {messages.english('output.outdated-unguarded', {})}"
