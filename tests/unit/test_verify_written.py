"""The day a branch was last written, as verify accepts a branch's calendar files as of it (verify._written_on)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython

from helpers import git
from policysite import verify


def test_the_day_a_branch_was_last_written_is_its_latest_commit_date_not_its_tips(tmp_path: Path):
    """History hunt 18, High: a hand commit dated before the publications under it had verify accept latest/ put back
    on a superseded text "as of the day it was last written"."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    for day, name in (("2026-11-01T12:00:00+00:00", "a"), ("2026-12-02T09:00:00+00:00", "b"),
                      ("2026-10-15T12:00:00+00:00", "c")):
        (tmp_path / name).write_text(name, encoding="utf-8")
        git(tmp_path, "add", name)
        git(tmp_path, "commit", "-q", "-m", name, date=day)
    repo = gitpython.Repo(tmp_path)
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a", "b", "c"]) == dt.date(2026, 12, 2)
    # history hunt 18, finding 5: a commit that writes no calendar file (here c) says nothing of when they were written
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a"]) == dt.date(2026, 11, 1)
    assert verify._written_on(repo, "0" * 40, ["a"]) is None


def test_the_day_a_branch_was_last_written_is_the_day_in_utc_not_the_committers(tmp_path: Path):
    """History hunt 31: a publication at 01:30 in Paris on 1 March (23:30 UTC on 29 February) was taken as written
    on 1 March, so on the morning of 1 March (UTC), before the daily job, verify refused the calendar files as of then."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "a").write_text("published", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "Publish", date="2024-03-01T01:30:00+02:00")
    repo = gitpython.Repo(tmp_path)
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a"]) == dt.date(2024, 2, 29)


def test_a_merge_bringing_in_an_older_days_calendar_files_does_not_make_the_branch_that_old(tmp_path: Path):
    """History hunt 19, finding 2: a merge of an orphan commit dated 2026-10-15 holding that day's files, kept by the
    merge, had git follow that side only: the publications of the other side no longer counted."""
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "a").write_text("published", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "Publish", date="2026-12-02T09:00:00+00:00")
    git(tmp_path, "checkout", "-q", "--orphan", "old")
    (tmp_path / "a").write_text("as of 2026-10-15", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "old", date="2026-10-15T12:00:00+00:00")
    git(tmp_path, "checkout", "-q", "gh-pages")
    git(tmp_path, "merge", "-q", "--allow-unrelated-histories", "-s", "ours", "--no-commit", "old")
    (tmp_path / "a").write_text("as of 2026-10-15", encoding="utf-8")
    git(tmp_path, "add", "a")
    git(tmp_path, "commit", "-q", "-m", "merge", date="2026-10-15T12:00:00+00:00")
    repo = gitpython.Repo(tmp_path)
    assert verify._written_on(repo, repo.head.commit.hexsha, ["a"]) == dt.date(2026, 12, 2)


def test_the_branchs_history_is_read_alike_whatever_the_users_git_configuration(tmp_path: Path):
    """History hunt 20, finding 3: with `log.showRoot=false` a branch squashed into one commit showed no manifest added,
    with `log.diffMerges=first-parent` a merge dropping a version showed no deletion."""
    from policysite import branch

    git(tmp_path, "init", "-q", "-b", "gh-pages")
    git(tmp_path, "config", "log.showRoot", "false")
    git(tmp_path, "config", "log.diffMerges", "first-parent")
    (tmp_path / "manifest").mkdir()
    manifest = ('{"layout": 5, "version": "%s", "languages": {"fr": {"source": {"path": "docs/fr/index.md", "commit": '
                '"%s", "sha256": "%s"}, "files": {}}}}')
    for version in ("2021-02-17", "2022-03-01"):
        (tmp_path / "manifest" / f"{version}.json").write_text(manifest % (version, "a" * 40, "b" * 64),
                                                                encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "Squash gh-pages")  # the root commit adds both
    repo = gitpython.Repo(tmp_path)
    assert set(branch.unproven_versions(repo, "gh-pages")) == {"2021-02-17", "2022-03-01"}
    # a merge whose first parent lacks a version the second had: a deletion, as git shows it against each parent
    git(tmp_path, "rm", "-q", "manifest/2022-03-01.json")
    git(tmp_path, "commit", "-q", "-m", "drop")
    dropped = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "checkout", "-q", "-b", "side", "HEAD~1")
    (tmp_path / "other").write_text("x", encoding="utf-8")
    git(tmp_path, "add", "other")
    git(tmp_path, "commit", "-q", "-m", "side")
    git(tmp_path, "checkout", "-q", "gh-pages")
    git(tmp_path, "reset", "-q", "--hard", "HEAD~1")
    git(tmp_path, "merge", "-q", "--no-ff", "-m", "merge", "side")
    git(tmp_path, "merge", "-q", "--no-ff", "-m", "merge the drop", dropped)
    assert set(branch.removed_versions(repo, "gh-pages")) == {"2022-03-01"}


def test_a_manifest_moved_then_deleted_is_a_removal(tmp_path: Path):
    """History hunt 21, finding 3: git's rename detection showed `git mv x.json x.json.bak` as a rename, and the
    later deletion of the .bak was no manifest's."""
    from policysite import branch

    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "manifest").mkdir()
    (tmp_path / "manifest" / "2022-03-01.json").write_text('{"version": "2022-03-01"}\n', encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "Publish 2022-03-01 (fr) from 0123456789ab")
    git(tmp_path, "mv", "manifest/2022-03-01.json", "manifest/2022-03-01.json.bak")
    git(tmp_path, "commit", "-q", "-m", "tidy")
    git(tmp_path, "rm", "-q", "manifest/2022-03-01.json.bak")
    git(tmp_path, "commit", "-q", "-m", "tidy more")
    assert set(branch.removed_versions(gitpython.Repo(tmp_path), "gh-pages")) == {"2022-03-01"}


def test_a_versions_links_to_another_document_changed_on_the_branch_are_named(tmp_path: Path):
    """Legal hunt 36: the privacy policy's link to the retention policy in force on its date, redirected on gh-pages
    to a later retention policy, in the page and in its manifest's `links`, passed verify (rebuilds keep `links`)."""
    import json

    from policysite import branch

    def manifest(target: str) -> str:
        entry = {"source": {"path": "docs/fr/index.md", "commit": "a" * 40, "sha256": "b" * 64},
                 "files": {"index.html": "c" * 64}}
        return json.dumps({"version": "2021-02-17", "languages": {"fr": entry},
                           "links": {"retention.md": ["retention", target]}})

    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "manifest").mkdir()
    for n, target in enumerate(("2021-01-10", "2021-06-01")):
        (tmp_path / "manifest" / "2021-02-17.json").write_text(manifest(target), encoding="utf-8")
        git(tmp_path, "add", "-A")
        git(tmp_path, "commit", "-q", "-m", f"step {n}")
    repo = gitpython.Repo(tmp_path)
    found = branch.relinked_versions(repo, repo.head.commit.hexsha)
    assert list(found) == ["2021-02-17"]
    assert found["2021-02-17"][1:] == ({"retention.md": ["retention", "2021-01-10"]},
                                       {"retention.md": ["retention", "2021-06-01"]})
    assert branch.relinked_versions(repo, repo.head.commit.parents[0].hexsha) == {}


def test_an_items_paragraph_after_the_list_it_holds_is_read_on_the_page_of_a_version_not_rebuilt():
    """Adoption 27: a version built by another generator is checked against its source's words; an item holding a
    paragraph, a list, then another paragraph (GitHub's privacy statement of 2022-09-01) was "not on the page: the
    page was edited", its paragraphs read as one text while the page shows its list between them."""
    import re

    import markdown
    from selectolax.lexbor import LexborHTMLParser

    from policysite import document

    text = ("---\ndate: 2022-09-01\n---\n# Privacy\n\n## Cookies\n\n1. **Generally for all websites**\n\n"
            "    You can control cookies. For example:\n\n    - If your browser sends a signal, we stop.\n"
            "    - Many browsers provide controls.\n\n    These choices are specific to the browser.\n\n"
            "## Contact\n\nWrite to us.\n")
    policy = document.parse(text, path="docs/en/index.md", lang="en")

    def words(body: str) -> str:
        html = markdown.markdown(body.split("---\n", 2)[2], extensions=["sane_lists"])
        return " ".join(re.findall(r"\w+", LexborHTMLParser(html).body.text(deep=True)))
    assert verify.missing_text(policy, words(text)) is None
    assert verify.missing_text(policy, words(text.replace("specific to the browser", "specific to you"))) == \
        "These choices are specific to the browser."


def test_an_attribute_list_under_a_paragraph_is_not_text_the_page_lost():
    """Adoption 28: Mozilla's paragraphs end with an id on the line under them (`…or opt out of studies.` over
    `{: #telemetry }`), which attr_list takes out; after a generator's upgrade `policy verify` checks such versions
    against their source's words, and all 27 versions in 8 languages were "“Read the telemetry documentation …” of
    its source … is not on the page: the page was edited". A paragraph's words still missing are still named."""
    import re

    import markdown
    from selectolax.lexbor import LexborHTMLParser

    from policysite import document

    text = ("---\ndate: 2024-05-13\n---\n# Notice\n\n## Telemetry\n\nRead the telemetry documentation for Desktop.\n"
            "{: #telemetry }\n\n- An item.\n{: .note }\n\n## Contact\n\nWrite to us.\n")
    policy = document.parse(text, path="docs/en/index.md", lang="en")

    def words(body: str) -> str:
        html = markdown.markdown(body.split("---\n", 2)[2], extensions=["attr_list", "sane_lists"])
        return " ".join(re.findall(r"\w+", LexborHTMLParser(html).body.text(deep=True)))
    assert "telemetry" not in words(text).split()[-8:] and 'id="telemetry"' in markdown.markdown(
        text.split("---\n", 2)[2], extensions=["attr_list"])
    assert verify.missing_text(policy, words(text)) is None
    assert verify.missing_text(policy, words(text.replace("for Desktop", "for Windows"))) == \
        "Read the telemetry documentation for Desktop."
