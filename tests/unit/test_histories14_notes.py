"""A page that is no version for one cause (removed, made a link) is said once (session 43, histories14): one note for
the commit that made it so, however many commits touch the pages while it lasts, and, between versions, said by the
publication of the version after it, not at every `policy history`. Temporary repositories, fixed identity and dates."""
from __future__ import annotations

from helpers import git
from policy_repo import Project, en_page, fr_page, new_project
from policysite import history as hist, messages
from policysite.project import opened

REMOVED = "{commit}: docs/fr/index.md removed, so it is no version: the site keeps the version before it in force " \
    "until the next"
LINK = "{commit}: docs/fr/index.md a symbolic link (publishing reads no link), so it is no version: the site keeps " \
    "the version before it in force until the next"


def _found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _english_edited(project: Project, words: str) -> str:
    (project.root / "docs" / "en" / "index.md").write_text(en_page("2024-01-15", words), encoding="utf-8")
    return project.commit_all(f"English: {words}")


def test_a_page_removed_while_its_translation_is_edited_is_said_once_by_the_publication_after_it(tmp_path):
    """The French page removed, the English one edited twice while it was gone: each of the three commits was said
    "removed", at every `policy history`."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    (project.root / "docs" / "fr" / "index.md").unlink()
    removed = project.commit_all("the French page removed")
    _english_edited(project, "We process your data.")
    _english_edited(project, "We process your data with great care.")
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"]
    assert found.warnings == [] and found.said_by_publishing(["2024-01-15"]) == []
    assert found.said_by_publishing(["2024-03-01"]) == [REMOVED.format(commit=removed[:7])]


def test_a_page_removed_after_the_newest_version_is_said_at_every_run_once(tmp_path):
    """After the newest version the removal is what the branch holds now: said by every run, but once, not once more
    for each edit of the translation since."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    (project.root / "docs" / "fr" / "index.md").unlink()
    removed = project.commit_all("the French page removed")
    _english_edited(project, "We process your data.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15"]
    assert found.warnings == [REMOVED.format(commit=removed[:7])]
    assert found.said_by_publishing(["2024-01-15"]) == []


def test_a_link_retargeted_is_one_cause_said_once(tmp_path):
    """The page made a link to a shared folder, then pointed at another file there: two notes "a symbolic link"."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    shared = project.root / "shared"
    shared.mkdir()
    page = project.root / "docs" / "fr" / "index.md"
    page.rename(shared / "fr.md")
    page.symlink_to("../../shared/fr.md")
    linked = project.commit_all("the French page in a shared folder")
    (shared / "fr-2.md").write_text((shared / "fr.md").read_text(encoding="utf-8"), encoding="utf-8")
    page.unlink()
    page.symlink_to("../../shared/fr-2.md")
    project.commit_all("the link retargeted")
    page.unlink()
    again = project.commit_all("the link removed")
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"]
    assert found.warnings == []
    # two causes: the link (its retargeting no other), then the page removed
    assert found.said_by_publishing(["2024-03-01"]) == [REMOVED.format(commit=again[:7]),
                                                        LINK.format(commit=linked[:7])]


def test_a_page_made_a_folder_is_said_a_folder_not_a_date_that_cannot_be_read(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    page = project.root / "docs" / "fr" / "index.md"
    page.unlink()
    page.mkdir()
    (page / "text.md").write_text("Texte.\n", encoding="utf-8")
    folder = project.commit_all("the page a folder")
    (page / "text.md").unlink()
    page.rmdir()
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"] and found.warnings == []
    said = found.said_by_publishing(["2024-03-01"])
    assert said == [f"{folder[:7]}: docs/fr/index.md a folder, not a file, so it is no version: the site keeps the "
                    "version before it in force until the next"]
    assert messages.said_in(said[0], "fr") == f"{folder[:7]}\u00a0: docs/fr/index.md devenu un dossier, non un " \
        "fichier, ce n'est donc pas une version\u00a0: le site garde en vigueur la version précédente jusqu'à la suivante"


def test_a_page_committed_executable_is_a_text_its_tag_dates_as_any(tmp_path):
    """A page committed with its executable bit (a Windows checkout, `chmod +x`), its `date:` left out and its commit
    tagged v2024-02-10: said "no date that can be read", its tag unsaid, as if it were no file."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(fr_page("2024-01-15", "Deuxième texte.").replace("date: 2024-01-15\n", ""), encoding="utf-8")
    page.chmod(0o755)
    tagged = project.commit_all("no date, tagged")
    git(project.root, "tag", "v2024-02-10")
    project.commit("2024-03-01", fr="Troisième texte.", en="Third text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"] and found.warnings == []
    [said] = found.said_by_publishing(["2024-03-01"])
    assert said.startswith(f"{tagged[:7]}: docs/fr/index.md has no `date:` in its front matter, though its tag "
                           "v2024-02-10 names February 10, 2024"), said


def test_a_pull_requests_tag_is_its_merged_texts_own_in_the_history_too(tmp_path):
    """A text without `date:` merged from a pull request whose commit is tagged v2024-02-10 (as `policy import --git`
    reads it): it was said to have "no date that can be read", the tag unsaid, and an undated HEAD's refusal named no
    tag."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    git(project.root, "checkout", "-q", "-b", "pr")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(fr_page("2024-01-15", "Deuxième texte.").replace("date: 2024-01-15\n", ""), encoding="utf-8")
    project.commit_all("no date, tagged")
    git(project.root, "tag", "v2024-02-10")
    git(project.root, "checkout", "-q", "main")
    (project.root / "README.md").write_text("The site.\n", encoding="utf-8")
    project.commit_all("the site")
    git(project.root, "merge", "-q", "--no-ff", "pr", "-m", "merge pr", date="2024-01-01T13:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    with opened(project.root) as site:
        tagged = hist.page_tag_days(site.repo, "docs/fr/index.md")
    assert [(commit, str(day), tag.tag if tag else None) for commit, day, tag, _wrong in tagged] == [
        (merge, "2024-02-10", "v2024-02-10")]
    project.commit("2024-03-01", fr="Troisième texte.", en="Third text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"] and found.warnings == []
    [said] = found.said_by_publishing(["2024-03-01"])
    assert said.startswith(f"{merge[:7]}: docs/fr/index.md has no `date:` in its front matter, though its tag "
                           "v2024-02-10 names February 10, 2024"), said


def test_a_translation_dated_before_its_authoritative_text_is_said_by_the_first_versions_publication(tmp_path):
    """The English text dated 2021-02-17 committed before any French page: said at every `policy history`, for ever."""
    project = new_project(tmp_path / "project")
    project.write("2021-02-17")
    (project.root / "docs" / "fr" / "index.md").unlink()
    alone = project.commit_all("the English policy")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2022-06-01", fr="Troisième texte.", en="Third text.")
    found = _found(project)
    assert [v.version for v in found.versions] == ["2022-03-01", "2022-06-01"] and found.warnings == []
    assert found.said_by_publishing(["2022-06-01"]) == []
    assert found.said_by_publishing(["2022-03-01", "2022-06-01"]) == [
        f"{alone[:7]}: docs/en/index.md dated 2021-02-17, but docs/fr/index.md, the authoritative text, is not there "
        "yet: a version needs it, so this text is no version, and the archive starts with the first version that has "
        "it (2022-03-01)"]
