"""legal17: the pull request job `policy init` writes, run step by step as GitHub runs it, on a site of three languages
whose legal team edits the published text: its findings are annotations on their lines, its redline is in the job
summary for every language and in Word documents the run keeps as its artifact."""
from __future__ import annotations

import os
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

from helpers import git
from policysite import cli

DATE = "2024-05-01"
PAGES = {
    "fr": ("Politique de confidentialité", "Qui sommes-nous", "Example SAS traite vos données.",
           "Contact", "Écrivez-nous par courrier."),
    "en": ("Privacy policy", "Who we are", "Example SAS processes your data.", "Contact", "Write to us by post."),
    "de": ("Datenschutzerklärung", "Wer wir sind", "Example SAS verarbeitet Ihre Daten.", "Kontakt",
           "Schreiben Sie uns per Post."),
}

pytestmark = pytest.mark.usefixtures("fixed_git")


def _page(lang: str) -> str:
    title, first, text, second, contact = PAGES[lang]
    return f"---\ndate: {DATE}\n---\n\n# {title}\n\n## 1. {first}\n\n{text}\n\n## 2. {second}\n\n{contact}\n"


def _steps(site: Path) -> dict[str, dict]:
    workflow = yaml.safe_load((site / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    return {step.get("name", step.get("uses", "")): step for step in workflow["jobs"]["check"]["steps"]}


def _run(site: Path, script: str, summary: Path) -> subprocess.CompletedProcess:
    """A step's script as GitHub's runner runs it (bash -eo pipefail), with the job's BIN and summary file."""
    env = {**os.environ, "BIN": sysconfig.get_path("scripts"), "GITHUB_STEP_SUMMARY": str(summary),
           "POLICY_MESSAGES": "en"}
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=site, env=env,
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("legal17") / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en,de"]) == 0
    for lang in PAGES:
        (site / "docs" / lang / "index.md").write_text(_page(lang), encoding="utf-8")
    (site / "docs" / "de" / ".words.txt").write_text("Datenschutzerklärung  # the title\n", encoding="utf-8")
    for lang in ("en", "de"):
        assert cli.main(["--root", str(site), "sync-mark", lang, "--all"]) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Policy", date=f"{DATE}T09:00:00+00:00")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def test_the_check_step_puts_each_finding_on_its_line_of_the_pull_request(published, tmp_path):
    """The check step printed `file:line: [rule] message` into the job's log, where the legal team never looks; its
    findings are now annotations GitHub shows on the lines of the pull request's files."""
    step = _steps(published)["Check the policy"]
    page = published / "docs" / "fr" / "index.md"
    before = page.read_text(encoding="utf-8")
    page.write_text(before.replace("par courrier", "par courier"), encoding="utf-8")
    try:
        ran = _run(published, step["run"], tmp_path / "summary.md")
    finally:
        page.write_text(before, encoding="utf-8")
    assert ran.returncode == 1, ran.stderr
    lines = ran.stdout.splitlines()
    assert any(line.startswith("::error file=docs/fr/index.md,line=13,title=[spelling.unknown-word]::") and
               "“courier”" in line for line in lines), ran.stdout
    assert all(line.startswith("::") for line in lines), ran.stdout


def test_the_redline_step_writes_every_language_to_the_summary_and_a_word_document_kept_as_the_artifact(published,
                                                                                                        tmp_path):
    steps = _steps(published)
    kept = steps["Keep the Word redlines"]
    assert kept["uses"].startswith("actions/upload-artifact@") and kept["with"]["path"] == "redline/"
    assert kept["if"] == "!cancelled()"  # a failed check step still leaves the redline to download
    for lang in ("fr", "en"):  # German left as published
        page = published / "docs" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace(DATE, "2024-06-01").replace(
            "par courrier", "par courrier ou par e-mail").replace("by post", "by post or e-mail"), encoding="utf-8")
    page = published / "docs" / "de" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace(DATE, "2024-06-01"), encoding="utf-8")
    summary = tmp_path / "summary.md"
    ran = _run(published, steps["Redline against the published version"]["run"], summary)
    assert ran.returncode == 0, ran.stderr
    said = summary.read_text(encoding="utf-8")
    assert "par courrier <ins>ou par e-mail</ins>" in said and "by post <ins>or e-mail</ins>" in said, said
    assert "newest and worktree have the same German text" in said  # said, not left out
    assert "the artifact `redline` of this run" in said
    for lang, inserted in (("fr", "ou par e-mail"), ("en", "or e-mail"), ("de", "")):
        with zipfile.ZipFile(published / "redline" / f"redline-{lang}.docx") as document:
            body = document.read("word/document.xml").decode("utf-8")
        assert ("<w:ins " in body) == bool(inserted) and inserted in body, lang
    assert "redline/" not in git(published, "status", "--porcelain")  # ignored: never committed by mistake
