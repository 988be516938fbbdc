"""company6: the company's choice of digits is that of the configuration being written, not of the last one read: a
process that reads or builds another commit's configuration (history, publish, verify) writes the rest with its own."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython
import pytest

from policy_repo import new_project
from policysite import history, settings, strings

DAY = dt.date(2021, 2, 17)


@pytest.fixture(autouse=True)
def no_choice():
    strings.choose_digits({})
    yield
    strings.choose_digits({})


def test_digits_kept_restores_the_choice_read_before():
    extra = {"policy": {"company": "Example", "authoritative": "fa", "public_url": "https://example.test/",
                        "languages": [{"code": "fa", "name": "فارسی", "digits": "latn"}]}}
    settings.from_extra(extra)
    assert strings.long_date(DAY, "fa") == "17 فوریه 2021"
    with strings.digits_kept():
        settings.from_extra({"policy": {**extra["policy"], "languages": [{"code": "fa", "name": "فارسی"}]}})
        assert strings.long_date(DAY, "fa") == "۱۷ فوریه ۲۰۲۱"
    assert strings.long_date(DAY, "fa") == "17 فوریه 2021"


def test_reading_an_older_commits_configuration_leaves_the_sites_digits(tmp_path: Path):
    project = new_project(tmp_path / "site")
    config = project.root / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    assert "      - code: fr\n        name: Français\n" in plain
    config.write_text(plain.replace("      - code: fr\n        name: Français\n",
                                    "      - code: fr\n        name: Français\n        digits: deva\n"),
                      encoding="utf-8")
    project.commit("2021-02-17")
    config.write_text(plain, encoding="utf-8")
    second = project.commit("2022-03-01")
    site = settings.load(project.root)  # HEAD's: French in 0-9
    assert strings.long_date(DAY, "fr") == "17 février 2021"
    pages = history._configured_pages(gitpython.Repo(project.root), project.root, site)(second)
    assert pages  # the first commit's configuration was read (its digits: Devanagari)
    assert strings.long_date(DAY, "fr") == "17 février 2021"
