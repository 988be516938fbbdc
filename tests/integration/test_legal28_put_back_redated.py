"""legal27 left: an edit dated 2024-06-01 (never published), its date put back to the published 2024-05-01, then dated
anew 2024-07-01 without recording the commit that dated it 2024-06-01: `policy check` passed (it read no history) and
`policy publish` refused it with published.dated-back, whose "give the new text a new date" half was done already.
Both now say published.put-back, one sentence: which commit put the date back, which dated it later, and that the
latter is to be recorded in unpublished.yml, the new date kept. Doing it, both pass."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_legal27_date_put_back import _dates, _site

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

FRONT = {"fr": "\nchange: editorial\nsummary: Formulation du contact.", "en": "\nchange: editorial\nsummary: Contact."}


def _short(site: Path) -> str:
    return git(site, "rev-parse", "--short=7", "HEAD").strip()


def test_check_says_before_the_merge_what_publish_says_and_recording_the_commit_publishes(tmp_path, capsys):
    site = _site(tmp_path)
    published = git(site, "rev-parse", "gh-pages").strip()
    _dates(site, "2024-05-01", "2024-06-01", words=True)
    dated = _short(site)
    _dates(site, "2024-06-01", "2024-05-01")
    back = _short(site)
    _dates(site, "2024-05-01", "2024-07-01", front=FRONT)
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 1
    check = capsys.readouterr().out
    said = (f"this text is dated July 1, 2024, but {back} put its date back to May 1, 2024, a version already "
            f"published, after {dated} had dated it June 1, 2024, a date never published: publishing refuses a date "
            f"going back while {dated} stays a version of the branch's history; record {dated} in unpublished.yml as "
            "never published (the date July 1, 2024 can stay)")
    assert f"docs/fr/index.md:2: [published.put-back] {said}" in check.splitlines(), check
    assert f"docs/en/index.md:2: [published.put-back] {said}" in check.splitlines(), check
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 1
    publish = capsys.readouterr().err
    assert f"error: {said}" in publish.splitlines(), publish
    assert "give the new text a new date" not in publish, publish
    assert git(site, "rev-parse", "gh-pages").strip() == published
    assert cli.main(["--root", str(site), "check", "--messages", "fr"]) == 1
    assert (f"[published.put-back] ce texte est daté du 1er juillet 2024, mais {back} a remis sa date au 1er mai "
            f"2024") in capsys.readouterr().out
    assert cli.main(["--root", str(site), "publish", "--messages", "fr"]) == 1
    assert f"inscrivez {dated} dans unpublished.yml comme jamais publié" in capsys.readouterr().err
    # doing what it says
    (site / "unpublished.yml").write_text(f"- commit: {dated}\n  reason: dated 2024-06-01, then put back\n",
                                          encoding="utf-8")
    git(site, "add", "unpublished.yml")
    git(site, "commit", "-q", "-m", "Never published")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 0, capsys.readouterr()
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 0, capsys.readouterr()
    assert "published 2024-07-01 (fr, en) on gh-pages" in capsys.readouterr().out


def test_a_date_dated_later_then_put_back_with_the_published_words_is_no_put_back(tmp_path, capsys):
    site = _site(tmp_path)
    _dates(site, "2024-05-01", "2024-06-01")  # the same words, dated later: then the published date again
    _dates(site, "2024-06-01", "2024-05-01")
    _dates(site, "2024-05-01", "2024-07-01", words=True)
    capsys.readouterr()
    cli.main(["--root", str(site), "check", "--messages", "en"])
    assert "[published.put-back]" not in capsys.readouterr().out


def test_the_commit_that_put_the_date_back_recorded_instead_is_no_put_back_either(tmp_path, capsys):
    site = _site(tmp_path)
    _dates(site, "2024-05-01", "2024-06-01", words=True)
    _dates(site, "2024-06-01", "2024-05-01")
    back = _short(site)
    _dates(site, "2024-05-01", "2024-07-01", front=FRONT)
    (site / "unpublished.yml").write_text(f"- commit: {back}\n  reason: put back by mistake\n", encoding="utf-8")
    git(site, "add", "unpublished.yml")
    git(site, "commit", "-q", "-m", "Never published")
    capsys.readouterr()
    cli.main(["--root", str(site), "check", "--messages", "en"])
    check = capsys.readouterr().out
    assert "[published.put-back]" not in check, check
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 0  # as the history leaves it out
    assert "published 2 dated versions on gh-pages: 2024-06-01, 2024-07-01" in capsys.readouterr().out
