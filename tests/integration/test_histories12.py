"""Histories as companies really keep them (session 42, histories12): versions marked by git tags, not front matter;
pages added on the published branch through a merge. Synthetic texts in temporary repositories, fixed identity and
dates."""
from __future__ import annotations

import pytest

from helpers import git
from integration.test_import_git import imported, new_site, old_site, page
from policy_repo import copy_of, made_once, new_project, publish_first
from policysite import cli, history as hist, messages, publish
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def test_import_git_dates_texts_by_their_tags_own_or_of_the_release_after_them(tmp_path, capsys, initialized):
    """A text saying no day was dated by its commit's day (2021-02-20), its tag `v2021-02-17` unread; a release tagged
    after it (an annotated tag stating the day) too."""
    old = old_site(tmp_path / "old", [("2021-02-20T10:00:00+00:00", "", "One."),
                                      ("2021-05-20T10:00:00+00:00", "", "Two.")])
    git(old, "tag", "v2021-02-17", "HEAD~1")
    (old / "CHANGELOG.md").write_text("a release\n", encoding="utf-8")  # (its record alone: histories14)
    git(old, "add", "CHANGELOG.md")
    git(old, "commit", "-q", "-m", "release", date="2021-05-25T10:00:00+00:00")
    git(old, "tag", "-a", "release-7", "-m", "Privacy notice in force from 2021-06-01", date="2021-05-25T10:00:00Z")
    (old / "privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "three", date="2022-01-03T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-02-17", "One."), ("2021-06-01", "Two."), ("2022-01-03", "Three.")]
    first, second, release, _third = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {first} (committed February 20, 2021): dated February 17, 2021, the day tag v2021-02-17 at {first} " \
        "names" in out
    assert f"privacy.md at {second} (committed May 20, 2021): dated June 1, 2021, the day tag release-7 at {release} " \
        "names" in out


def test_import_git_refuses_a_tag_naming_no_day_for_a_text_saying_none(tmp_path, capsys, initialized):
    old = old_site(tmp_path / "old", [("2021-02-20T10:00:00+00:00", "", "One.")])
    git(old, "tag", "v2021-02-30")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 1
    err = capsys.readouterr().err
    commit = git(old, "rev-parse", "--short", "HEAD").strip()
    assert err.startswith(f"error: tag v2021-02-30 (2021-02-30) at {commit} names no one day for privacy.md's text"), err
    assert "Traceback" not in err and imported(site) == []


def test_import_git_keeps_the_day_a_text_says_and_names_its_tag_naming_another(tmp_path, capsys, initialized):
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    git(old, "tag", "v2021-01-10")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One.")]
    assert "dated January 5, 2021, the day its text says (“Last updated: January 5, 2021”); committed January 7, 2021; its tag " \
        "v2021-01-10 names January 10, 2021: check which day it took effect" in out, out


def _tagged_site(tmp_path, capsys, initialized, *, second_tag: str = "2022-03-01") -> tuple:
    """A site whose page, without `date:`, was committed twice, each commit tagged with its day."""
    site = new_site(tmp_path, initialized)
    (site / "docs" / "en").mkdir(parents=True, exist_ok=True)
    commits = []
    for words, tag in (("One.", "v2021-02-17"), ("Two.", second_tag)):
        (site / "docs" / "en" / "index.md").write_text(page("", words), encoding="utf-8")
        git(site, "add", "-A")
        git(site, "commit", "-q", "-m", f"policy {words}")
        git(site, "tag", tag)
        commits.append(git(site, "rev-parse", "--short", "HEAD").strip())
    return site, commits


def test_history_of_pages_dated_by_tags_names_each_tag_s_day_and_publishes_nothing(tmp_path, capsys, initialized):
    """It said "no date that can be read", the tags unsaid."""
    site, (first, second) = _tagged_site(tmp_path, capsys, initialized)
    git(site, "tag", "-a", "in-force", "-m", "In force from 2022-03-01", "HEAD")  # the same day: no conflict

    assert cli.main(["--root", str(site), "history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: docs/en/index.md in the current commit (HEAD) has no `date:` in its front matter; "
                          f"its tags name the days (2022-03-01 at {second}: 2022-03-01, v2021-02-17 at {first}: "
                          "2021-02-17), but the day a version takes effect is read from its text, never from a tag: "
                          "write `date: 2022-03-01` in its front matter"), err
    assert git(site, "branch", "--list", "gh-pages") == ""


def test_history_names_the_tags_that_disagree(tmp_path, capsys, initialized):
    site, (_first, second) = _tagged_site(tmp_path, capsys, initialized)
    git(site, "tag", "privacy-2022.04.01", "HEAD")

    assert cli.main(["--root", str(site), "history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: docs/en/index.md in the current commit (HEAD) has no `date:` in its front matter, "
                          "and the tags 2022-03-01 (2022-03-01), privacy-2022.04.01 (2022.04.01) at "
                          f"{second} name different days for docs/en/index.md's text there"), err


@pytest.fixture
def published(tmp_path_factory, tmp_path):
    """2021-02-17 committed and published by `policy publish` (made once for the run), copied for the test."""
    return copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")


DEPLOYED = "Deployed 1234567 to 1.0 with MkDocs 1.6.1 and mike 2.1.3"


def _merge_on_pages(project, tmp_path, *, shape: str) -> str:
    """`mike deploy 1.0` made on a branch of gh-pages, merged into it (`shape`: "merged", its commit the merge's second
    parent; "in-merge", the page added by the merge commit itself, as a merge whose conflict was resolved by hand;
    "first-parent", gh-pages merged into the deploy branch, pushed as gh-pages): the commit adding the page."""
    checkout = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    git(checkout, "checkout", "-q", "-b", "deploy")
    git(checkout, "commit", "-q", "--allow-empty", "-m", "start a deploy")
    page_1 = checkout / "fr" / "1.0" / "index.html"
    page_1.parent.mkdir(parents=True)
    page_1.write_text("<!doctype html><title>1.0</title><p>Deployed by mike.</p>\n", encoding="utf-8")
    if shape != "in-merge":
        git(checkout, "add", "-A")
        git(checkout, "commit", "-q", "-m", DEPLOYED)
    git(checkout, "checkout", "-q", "gh-pages")
    git(checkout, "commit", "-q", "--allow-empty", "-m", "tidy")  # gh-pages moved on: no fast-forward
    if shape == "first-parent":
        git(checkout, "checkout", "-q", "deploy")
        git(checkout, "merge", "-q", "--no-ff", "-m", "Merge branch 'gh-pages' into deploy", "gh-pages")
        git(checkout, "checkout", "-q", "--detach")
        git(checkout, "branch", "-q", "-f", "gh-pages", "deploy")
    elif shape == "in-merge":
        git(checkout, "merge", "-q", "--no-ff", "--no-commit", "deploy")
        git(checkout, "add", "-A")
        git(checkout, "commit", "-q", "-m", "Merge branch 'deploy' into gh-pages")
    else:
        git(checkout, "merge", "-q", "--no-ff", "-m", "Merge branch 'deploy' into gh-pages", "deploy")
    git(project.root, "worktree", "remove", "--force", str(checkout))
    return git(project.root, "log", "-1", "--format=%H", *(["--diff-merges=first-parent"] if shape == "in-merge" else
                                                             ["--grep", "Deployed"]), "gh-pages").strip()


@pytest.mark.parametrize("shape", ["merged", "in-merge", "first-parent"])
def test_a_page_added_on_the_published_branch_through_a_merge_is_refused_not_removed(published, tmp_path, shape):
    project = published
    adder = _merge_on_pages(project, tmp_path, shape=shape)
    tip = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    with pytest.raises(publish.PublishError) as raised:
        project.publish()
    said = messages.text_of(raised.value)
    assert said.startswith(f"fr/1.0/index.html: on gh-pages, beside the versions, added by commit {adder[:7]}"), said
    assert project.branch() == tip


def test_a_tagged_text_without_date_before_the_first_dated_version_is_said_not_left_out_unsaid(tmp_path):
    """A team that kept versions by tags, then started writing `date:`: the tagged texts before were left out of the
    archive without a word. Said once, by the publication of the version after it (histories13: it was in every
    `policy history`'s warnings, for a version published long since)."""
    project = new_project(tmp_path / "project")
    project.write("2020-05-01", fr="Texte un.", en="Text one.")
    for lang in ("fr", "en"):
        page_file = project.root / "docs" / lang / "index.md"
        page_file.write_text(page_file.read_text(encoding="utf-8").replace("---\ndate: 2020-05-01\n---\n\n", ""),
                             encoding="utf-8")
    undated = project.commit_all("first text, kept by its tag")
    git(project.root, "tag", "v2020-05-01")
    project.commit("2021-02-17")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [version.version for version in found.versions] == ["2021-02-17"]
    assert not [line for line in found.warnings if "v2020-05-01" in line] and found.said_by_publishing([]) == []
    said = [line for line in found.said_by_publishing(["2021-02-17"]) if "v2020-05-01" in line]
    assert said == [f"{undated[:7]}: docs/fr/index.md has no `date:` in its front matter, though its tag v2020-05-01 "
                    "names May 1, 2020: its text is no version (a version's day is read from its text); to keep it in "
                    "the archive, import it dated (`policy import`, the file named by its day)"], found.warnings
    assert messages.said_in(said[0], "fr").startswith(
        f"{undated[:7]}\u00a0: docs/fr/index.md n'a pas de `date:` dans son en-tête, bien que son étiquette "
        "v2020-05-01 nomme le 1er mai 2020\u00a0: son texte n'est pas une version")
