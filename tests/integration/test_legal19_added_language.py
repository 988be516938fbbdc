"""legal19: the README `policy init` writes says how a language is added later and what the tool then does, and the
tool does it: followed as written in a published site, German under the published date is refused by `policy check`
with the way out (a new date for every language: it was told to mark a correction, `change: editorial`), then, under
a new date, the pull request's redline shows its whole text as inserted and says why, and publishing puts it on the
site with the new version."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from helpers import git
from policysite import checks, cli

DATE, NEW = "2024-05-01", "2024-06-03"
PAGES = {
    "fr": ("Politique de confidentialité", "Qui sommes-nous", "Example SAS traite vos données."),
    "en": ("Privacy policy", "Who we are", "Example SAS processes your data."),
    "de": ("Datenschutzerklärung", "Wer wir sind", "Example SAS verarbeitet Ihre Daten."),
}

pytestmark = pytest.mark.usefixtures("fixed_git")


def _page(lang: str, date: str) -> str:
    title, first, text = PAGES[lang]
    return f"---\ndate: {date}\n---\n\n# {title}\n\n## 1. {first}\n\n{text}\n"


def _adding(readme: str) -> str:
    """The README's section on adding a language, its lines joined."""
    part = readme.split("### Adding a language\n", 1)[1].split("\n#", 1)[0]
    return " ".join(part.split())


def _commit(site: Path, message: str, date: str) -> None:
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", message, date=f"{date}T09:00:00+00:00")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A French and English site made by `policy init`, published."""
    site = tmp_path_factory.mktemp("legal19") / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    for lang in ("fr", "en"):
        (site / "docs" / lang / "index.md").write_text(_page(lang, DATE), encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
    _commit(site, "Policy", DATE)
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def test_the_readme_says_how_a_language_is_added_and_what_the_tool_does(published):
    said = _adding((published / "README.md").read_text(encoding="utf-8"))
    for claim in ("`extra.policy.languages` in `mkdocs.yml`", "`docs/<code>/index.md`", "`mkdocs.<code>.yml`",
                  "`INHERIT: mkdocs.yml`", "as `mkdocs.en.yml` does", "`policy sync-mark <code> --all`",
                  "give the pages of every language one new date", "refuses it under a date already published",
                  "shows its whole text as inserted"):
        assert claim in said, (claim, said)


def _add_german(site: Path, date: str) -> None:
    """German added as the README says: listed in mkdocs.yml, its page, its mkdocs.de.yml as mkdocs.en.yml is, its
    translation record."""
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        '      - code: en\n        name: "English"\n',
        '      - code: en\n        name: "English"\n      - code: de\n        name: "Deutsch"\n'), encoding="utf-8")
    english = yaml.safe_load((site / "mkdocs.en.yml").read_text(encoding="utf-8").replace("INHERIT", "inherit"))
    assert set(english) >= {"docs_dir", "site_dir", "site_url", "theme", "plugins", "site_name", "copyright"}
    german = (site / "mkdocs.en.yml").read_text(encoding="utf-8")
    for old, new in (("docs/en", "docs/de"), ("public/en", "public/de"), ("/en/", "/de/"),
                     ("language: en", "language: de"), ("lang: en", "lang: de"),
                     ("Privacy policy of", "Datenschutzerklärung von"), ("All rights reserved.", "Alle Rechte vorbehalten.")):
        german = german.replace(old, new)
    (site / "mkdocs.de.yml").write_text(german, encoding="utf-8")
    (site / "docs" / "de").mkdir()
    (site / "docs" / "de" / "index.md").write_text(_page("de", date), encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "de", "--all"]) == 0


def test_publish_refuses_a_language_added_under_the_published_date_with_the_same_way_out(published, tmp_path, capsys):
    """Merged without the check (a push to main): `policy publish` refuses it, saying what `policy check` says."""
    site = tmp_path / "example"
    shutil.copytree(published, site, symlinks=True)
    _add_german(site, DATE)
    _commit(site, "Deutsch", NEW)
    tip = git(site, "rev-parse", "gh-pages")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {DATE} is already published without this text (German: not in the published "
                          "version): a published version never changes, and a language joins the site with a new "
                          "version: give the pages of every language one new date ("), err
    assert "change: editorial" not in err
    assert git(site, "rev-parse", "gh-pages") == tip


def test_a_language_added_as_the_readme_says_is_refused_under_the_published_date_then_redlined_and_published(
        published, tmp_path, capsys):
    site = tmp_path / "example"
    shutil.copytree(published, site, symlinks=True)
    _add_german(site, DATE)
    capsys.readouterr()

    # under the published date: refused at the German page's date, with the way out the README gives
    found = [f for f in checks.check_project(root=site, today=dt.date.fromisoformat(NEW)) if f.severity == "error"]
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/de/index.md", 2, "published.changed")], found
    english_said = found[0].said("en")
    assert f"{DATE} is already published without this text (German: not in the published version): a published " \
           f"version never changes, and a language joins the site with a new version: give the pages of every " \
           "language one new date (June 3, 2024 at the soonest), their words changed or not" in english_said, english_said
    assert "change: editorial" not in english_said
    assert "une langue rejoint le site avec une nouvelle version" in found[0].said("fr")

    # one new date for every language: nothing refused, and the redline shows German whole, inserted, and why
    for lang in PAGES:
        (site / "docs" / lang / "index.md").write_text(_page(lang, NEW), encoding="utf-8")
    found = [f for f in checks.check_project(root=site, today=dt.date.fromisoformat(NEW)) if f.severity == "error"]
    assert found == []
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--lang", "de", "--format", "markdown",
                     "--messages", "en"]) == 0
    out, err = capsys.readouterr()
    assert f"version {DATE} has no German page" in err, err
    assert "<ins>Example SAS verarbeitet Ihre Daten.</ins>" in out, out

    # merged and published: the new version is on the site in the three languages, the first one as it was
    _commit(site, "Deutsch", NEW)
    assert cli.main(["--root", str(site), "publish"]) == 0
    tree = git(site, "ls-tree", "-r", "--name-only", "gh-pages")
    assert re.search(rf"^de/{NEW}/index\.html$", tree, re.M), tree
    assert not re.search(rf"^de/{DATE}/", tree, re.M)
    assert re.search(rf"^fr/{DATE}/index\.html$", tree, re.M)
