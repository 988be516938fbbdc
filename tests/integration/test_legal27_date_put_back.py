"""legal26 left: an edit committed under a new date (2024-06-01), then its date put back to the published one
(2024-05-01). `policy check` said [published.changed] "give the new text a new date"; `policy publish` refused it with
history.backdated, "date it after June 1, 2024, or record in unpublished.yml …": two reasons, each half of what to do
(a new date alone still left the commit dated 2024-06-01 in the history, refused at every run). Both now say one
sentence: the published version never changes, give the new text a new date, and record the commit that dated it
2024-06-01 in unpublished.yml as never published. Doing both, it publishes."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGES = {"fr": ("Politique de confidentialité", "Contact", "Écrivez à privacy@example.com.", "Écrivez-nous à"),
         "en": ("Privacy policy", "Contact", "Write to privacy@example.com.", "Write to us at")}


def _site(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    for lang, (title, heading, text, _) in PAGES.items():
        (site / "docs" / lang / "index.md").write_text(
            f"---\ndate: 2024-05-01\n---\n\n# {title}\n\n## 1. {heading}\n\n{text}\n", encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def _dates(site: Path, old: str, new: str, *, words: bool = False, front: dict[str, str] | None = None) -> None:
    for lang, (_, _, text, edited) in PAGES.items():
        page = site / "docs" / lang / "index.md"
        said = page.read_text(encoding="utf-8").replace(f"date: {old}", f"date: {new}{(front or {}).get(lang, '')}")
        page.write_text(said.replace(text.split(" privacy")[0], edited) if words else said, encoding="utf-8")
    git(site, "commit", "-q", "-am", f"{old} -> {new}")


def test_check_and_publish_say_one_reason_and_doing_it_publishes(tmp_path, capsys):
    site = _site(tmp_path)
    published = git(site, "rev-parse", "gh-pages").strip()
    _dates(site, "2024-05-01", "2024-06-01", words=True)
    dated = git(site, "rev-parse", "--short=7", "HEAD").strip()
    _dates(site, "2024-06-01", "2024-05-01")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 1
    check = capsys.readouterr().out
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 1
    publish = capsys.readouterr().err
    assert git(site, "rev-parse", "gh-pages").strip() == published
    told = (f"and record {dated} in unpublished.yml as never published: it dated this text June 1, 2024, a date "
            "never published")
    assert check.count(told) == 2 and "[published.changed]" in check, check  # (each language's page)
    assert told in publish and "give the new text a new date" in publish, publish
    assert "history.backdated" not in publish and "of the earlier commit" not in publish, publish
    # French alike
    assert cli.main(["--root", str(site), "publish", "--messages", "fr"]) == 1
    assert f"et inscrivez {dated} dans unpublished.yml comme jamais publié" in capsys.readouterr().err
    # doing what it says: a new date, and the commit recorded
    _dates(site, "2024-05-01", "2024-07-01", front={
        "fr": "\nchange: editorial\nsummary: Formulation du contact.", "en": "\nchange: editorial\nsummary: Contact."})
    (site / "unpublished.yml").write_text(f"- commit: {dated}\n  reason: dated 2024-06-01, then put back\n",
                                          encoding="utf-8")
    git(site, "add", "unpublished.yml")
    git(site, "commit", "-q", "-m", "Never published")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 0, capsys.readouterr()
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 0, capsys.readouterr()
    assert "published 2024-07-01 (fr, en) on gh-pages" in capsys.readouterr().out


def test_a_commit_already_recorded_is_not_told_again(tmp_path, capsys):
    site = _site(tmp_path)
    _dates(site, "2024-05-01", "2024-06-01", words=True)
    dated = git(site, "rev-parse", "--short=7", "HEAD").strip()
    _dates(site, "2024-06-01", "2024-05-01")
    (site / "unpublished.yml").write_text(f"- commit: {dated}\n  reason: dated 2024-06-01, then put back\n",
                                          encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 1
    check = capsys.readouterr().out
    assert "[published.changed]" in check and "unpublished.yml" not in check, check
