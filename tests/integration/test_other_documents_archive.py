"""A document's publication and the other documents' archive files (their history, compare and feed pages, the site's
root page) that are not what publishing writes from their manifests: an earlier generator's, or edited under
publishing's name. Written again from the publication records, never carried, and no document's publication blocked by them."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_repo import Site, first_versions_published, made_for_the_run

from helpers import git, without_identity
from policy_repo import copy_of, edit_pages
from policysite import messages

pytestmark = pytest.mark.usefixtures("no_identity")

# Pages each document's publication writes for itself, as an earlier version of this package wrote them
STALE = ("en/history/index.html", "fr/terms/history/index.html")
EARLIER = "<!-- written by an earlier generator -->"


def _upgraded(site: Site, folder: Path) -> None:
    """The three documents' first versions published (documents_repo.first_versions_published); then an archive page
    of privacy and of terms as an earlier generator wrote them (a commit named as publishing's); then privacy's next
    text committed."""

    def earlier(work: Path) -> None:
        for path in STALE:
            page = (work / path).read_text(encoding="utf-8")
            (work / path).write_text(page.replace("</body>", f"{EARLIER}</body>", 1), encoding="utf-8")

    edit_pages(site, folder, earlier, "Update the history, compare and feed pages of 1 dated version")
    site.commit("2022-03-01", fr="Texte deux.", en="Text two.")


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory) -> Iterator[Site]:
    """`_upgraded` of a copy of the run's first versions published, made once for the module (without a git identity,
    as on CI)."""
    mp = without_identity(pytest.MonkeyPatch())
    folder = tmp_path_factory.mktemp("upgraded")
    site = copy_of(made_for_the_run(tmp_path_factory, first_versions_published), folder / "project")
    _upgraded(site, folder)
    yield site
    mp.undo()


@pytest.fixture
def cold(upgraded, tmp_path) -> Site:
    """A copy of `upgraded` on a machine that never saw its pages written or judged (a fresh clone, a CI job)."""
    site = copy_of(upgraded, tmp_path / "project")
    shutil.rmtree(site.root / ".git" / "policysite", ignore_errors=True)
    return site


@pytest.mark.parametrize("command", ["publish -d privacy", "history --archive-only"])
def test_another_documents_archive_pages_an_earlier_generator_wrote_block_no_publication(cold, command):
    """publish9: `policy publish -d privacy` on a cold machine built terms' archive pages, found its history page not
    what publishing writes (an earlier generator's) and refused ("edited on the branch … revert that edit"); with
    privacy's own stale too, every command refused, each for another document's pages, `policy history
    --archive-only` included: nothing could be published. The other document's archive files are written again from
    its manifests in a commit on top of the publication's; no stale page remains, and its latest/ is left as it was."""
    before = cold.branch()
    latest = git(cold.root, "rev-parse", "gh-pages:fr/terms/latest")
    if command.startswith("publish"):
        outcome = cold.publish(document="privacy")
        assert outcome.published == ["privacy 2022-03-01"] and not outcome.refused
    else:
        outcome = cold.history(archive_only=True)
        assert not outcome.refused and outcome.commit
    assert all(EARLIER not in cold.show(path) for path in STALE)
    said = [messages.said_in(line, "en") for line in outcome.messages if "written again" in line]
    assert any("terms: fr/terms/history/index.html: not what publishing writes from its publication records (written by an "
               "earlier version of this generator, or edited on the branch): written again from them" in line
               for line in said) or command.startswith("history"), outcome.messages
    assert said and all(": not what publishing writes from its publication records" in line for line in said)
    french = messages.said_in(next(line for line in outcome.messages if "written again" in line), "fr")
    assert "\u00a0: pas ce que la publication écrit à partir de ses relevés de publication (écrit par une version antérieure de ce " \
        "générateur, ou modifié sur la branche)\u00a0: réécrit à partir d'eux" in french, french
    assert git(cold.root, "rev-parse", "gh-pages:fr/terms/latest") == latest
    assert git(cold.root, "merge-base", "--is-ancestor", before, "gh-pages") == ""
    subjects = git(cold.root, "log", "--format=%s", f"{before}..gh-pages").splitlines()
    assert any(subject.startswith("policy: the archive pages of ") and subject.endswith(
        " written again from their manifests") for subject in subjects), subjects
