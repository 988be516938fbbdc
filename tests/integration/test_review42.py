"""review42: `policy publish` of an undated HEAD whose commits' tags name days says them, as `policy history` does."""
from __future__ import annotations

import pytest

from helpers import git
from integration.test_histories12 import _tagged_site
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")


def test_publish_of_a_page_dated_by_tags_names_each_tag_s_day_and_publishes_nothing(tmp_path, capsys, initialized):
    """It said "no valid date in the front matter", the tags unsaid, where `policy history` named them (histories12)."""
    site, (first, second) = _tagged_site(tmp_path, capsys, initialized)

    assert cli.main(["--root", str(site), "publish"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: docs/en/index.md in the current commit (HEAD) has no `date:` in its front matter; "
                          f"its tags name the days (2022-03-01 at {second}: 2022-03-01, v2021-02-17 at {first}: "
                          "2021-02-17)"), err
    assert git(site, "branch", "--list", "gh-pages") == ""


def test_publish_of_an_undated_page_without_tags_still_says_it_has_no_date(tmp_path, capsys, initialized):
    site, _commits = _tagged_site(tmp_path, capsys, initialized)
    for tag in git(site, "tag", "--list").split():
        git(site, "tag", "-d", tag)

    assert cli.main(["--root", str(site), "publish"]) == 1
    assert capsys.readouterr().err.startswith("error: docs/en/index.md: no valid date in the front matter")
