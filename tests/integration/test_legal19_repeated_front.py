"""legal19: a new version that keeps the version before's `summary:` while its text changes (or its `announced:`, in
force today) is refused by `policy check` at that line, in the team's language, as `policy publish` refuses it: the
check passed such a pull request, and its publication failed after the merge."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import new_project
from policysite import checks, cli

TODAY = dt.date(2021, 3, 1)


def _front(project, **keys: str) -> None:
    """Front matter keys written under each page's date."""
    for lang in ("fr", "en"):
        page = project.root / "docs" / lang / "index.md"
        text = page.read_text(encoding="utf-8")
        date = text.split("date: ", 1)[1].split("\n", 1)[0]
        page.write_text(text.replace(f"date: {date}\n", f"date: {date}\n" + "".join(
            f"{key}: {value[lang] if isinstance(value, dict) else value}\n" for key, value in keys.items())),
                        encoding="utf-8")


SUMMARY = {"fr": "Nous conservons vos données un an.", "en": "We keep your data for a year."}


@pytest.fixture
def project(tmp_path):
    """A version announced ahead, with its summary, committed."""
    project = new_project(tmp_path / "project")
    project.write("2021-02-17")
    _front(project, announced="2021-01-10", summary=SUMMARY)
    project.commit_all("2021-02-17")
    return project


def _repeated(project) -> list:
    return [f for f in checks.check_project(root=project.root, today=TODAY) if f.rule.endswith("-repeated")]


def test_the_summary_left_from_the_version_before_is_refused_at_its_line(project, capsys):
    project.write("2021-03-01", fr="Nous traitons aussi votre adresse postale.",
                  en="We also process your postal address.")
    _front(project, summary=SUMMARY)
    found = _repeated(project)
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/en/index.md", 3, "frontmatter.summary-repeated"),
                                                         ("docs/fr/index.md", 3, "frontmatter.summary-repeated")]
    assert found[1].said("fr").startswith(
        "docs/fr/index.md:3: [frontmatter.summary-repeated] summary: est identique à celui de 2021-02-17, la version "
        "précédente, alors que cette version modifie le texte"), found[1].said("fr")
    # what publishing refuses too, after the merge
    project.commit_all("2021-03-01")
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "publish", "--messages", "en"]) == 1
    err = capsys.readouterr().err
    assert "docs/fr/index.md:3: [frontmatter.summary-repeated]" in err, err


def test_the_announced_day_left_from_the_version_before_is_refused_on_a_version_in_force(project):
    project.write("2021-03-01", fr="Nous traitons aussi votre adresse postale.",
                  en="We also process your postal address.")
    _front(project, announced="2021-01-10", summary={"fr": "Adresse postale.", "en": "Postal address."})
    found = _repeated(project)
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/en/index.md", 3, "frontmatter.announced-repeated"),
                                                         ("docs/fr/index.md", 3, "frontmatter.announced-repeated")]
    assert "announced: 2021-01-10" in found[0].said("en"), found[0].said("en")


def test_a_summary_of_its_own_or_the_same_words_are_not_said(project):
    project.write("2021-03-01", fr="Nous traitons aussi votre adresse postale.",
                  en="We also process your postal address.")
    _front(project, summary={"fr": "Adresse postale.", "en": "Postal address."})
    assert _repeated(project) == []
    project.write("2021-03-01")  # the same words under a new date: the summary still says them
    _front(project, summary=SUMMARY)
    assert _repeated(project) == []
