"""legal18: the pull request job's redline step reads the site's languages when it runs (`policy languages`), so that
a language added after `policy init`, or in the pull request itself, is redlined (its text shown whole as new, where it
stopped the step with "version … has no German page"); its notes are said in the site's language, not in English
whatever it was; and `policy upgrade` brings a workflow the former template wrote (its languages fixed) to this one."""
from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

from helpers import git
from policysite import cli, generated, init

DATE = "2024-05-01"
PAGES = {
    "fr": ("Politique de confidentialité", "Qui sommes-nous", "Example SAS traite vos données."),
    "en": ("Privacy policy", "Who we are", "Example SAS processes your data."),
    "de": ("Datenschutzerklärung", "Wer wir sind", "Example SAS verarbeitet Ihre Daten."),
}
WORKFLOW = ".github/workflows/pull-request.yml"
STEP = "Redline against the published version"

pytestmark = pytest.mark.usefixtures("fixed_git")


def _page(lang: str) -> str:
    title, first, text = PAGES[lang]
    return f"---\ndate: {DATE}\n---\n\n# {title}\n\n## 1. {first}\n\n{text}\n"


def _step(site: Path) -> str:
    workflow = yaml.safe_load((site / WORKFLOW).read_text(encoding="utf-8"))
    return next(step["run"] for step in workflow["jobs"]["check"]["steps"] if step.get("name") == STEP)


def _run(site: Path, summary: Path) -> subprocess.CompletedProcess:
    """The step as GitHub's runner runs it (bash -eo pipefail), with the job's BIN and summary file, no language asked
    for the messages (the site's own, as on GitHub)."""
    env = {key: value for key, value in os.environ.items() if key != "POLICY_MESSAGES"}
    env.update(BIN=sysconfig.get_path("scripts"), GITHUB_STEP_SUMMARY=str(summary))
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", _step(site)], cwd=site, env=env,
                          capture_output=True, text=True)


def _site(folder: Path, languages: str) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", languages]) == 0
    codes = languages.split(",")
    for lang in codes:
        (site / "docs" / lang / "index.md").write_text(_page(lang), encoding="utf-8")
        if lang == "de":
            (site / "docs" / "de" / ".words.txt").write_text("Datenschutzerklärung  # the title\n", encoding="utf-8")
        if lang != codes[0]:
            assert cli.main(["--root", str(site), "sync-mark", lang, "--all"]) == 0
    return site


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A French and English site, published: its workflow written by `policy init` for those two."""
    site = _site(tmp_path_factory.mktemp("legal18"), "fr,en")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Policy", date=f"{DATE}T09:00:00+00:00")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def test_a_language_added_in_the_pull_request_is_redlined_as_new(published, tmp_path):
    """German added to the site after `policy init` (its files as `policy init` writes a German site's), in the pull
    request: the step redlines it, its whole text inserted, with the reason said; it stopped the step before."""
    site = tmp_path / "site"
    shutil.copytree(published, site, symlinks=True)
    three = _site(tmp_path / "three", "fr,en,de")
    for path in sorted(three.rglob("*")):
        rel = path.relative_to(three)
        if path.is_file() and rel.parts[0] not in (".git", ".github") and rel.parts[:2] not in (("docs", "fr"),
                                                                                               ("docs", "en")):
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, site / rel)
    ran = subprocess.run([sysconfig.get_path("scripts") + "/policy", "languages"], cwd=site, capture_output=True,
                         text=True)
    assert (ran.returncode, ran.stdout) == (0, "fr en de\n"), ran.stderr
    summary = tmp_path / "summary.md"
    ran = _run(site, summary)
    assert ran.returncode == 0, ran.stderr
    said = summary.read_text(encoding="utf-8")
    assert "la version 2024-05-01 n'a pas de page en allemand" in said, said
    assert "<ins>Example SAS verarbeitet Ihre Daten.</ins>" in said, said
    with zipfile.ZipFile(site / "redline" / "redline-de.docx") as document:
        body = document.read("word/document.xml").decode("utf-8")
    assert "<w:ins " in body and "verarbeitet" in body
    # two versions without the language: no text to show, an error as before (only the edited text is new)
    ran = subprocess.run([sysconfig.get_path("scripts") + "/policy", "diff", "newest", DATE, "--lang", "de",
                          "--messages", "en"], cwd=site, capture_output=True, text=True)
    assert (ran.returncode, ran.stderr) == (2, "error: version 2024-05-01 has no German page\n"), ran.stderr


def test_the_notes_are_in_the_sites_language(published, tmp_path):
    """A French site's summary says where the Word redlines are in French, and, before any publication, that there is
    nothing to compare with in French too (both were in English whatever the site's language)."""
    summary = tmp_path / "summary.md"
    ran = _run(published, summary)
    assert ran.returncode == 0, ran.stderr
    said = summary.read_text(encoding="utf-8")
    assert said.rstrip().endswith("l'artefact `redline` de cette exécution."), said
    assert "artifact" not in said
    unpublished = _site(tmp_path / "new", "fr,en")
    ran = _run(unpublished, summary)
    assert ran.returncode == 0, ran.stderr
    assert summary.read_text(encoding="utf-8").endswith(f"{said}Aucune version publiée pour l'instant\u00a0: "
                                                        "rien à comparer.\n")
    english = _site(tmp_path / "english", "en")
    ran = _run(english, tmp_path / "english.md")
    assert (tmp_path / "english.md").read_text(encoding="utf-8") == "No published version yet: nothing to compare " \
                                                                   "with.\n"


def test_upgrade_brings_the_workflow_with_its_languages_fixed_to_this_one(tmp_path, capsys):
    """A site's workflow as the former template wrote it (`for lang in fr en`) is the tool's: `policy upgrade` writes
    today's, which reads the languages when it runs."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    today = (site / WORKFLOW).read_text(encoding="utf-8")
    assert "policy\" languages" in today and "for lang in fr en" not in today
    former = (init.SKELETON / "former" / "pull-request.yml.fd703c65.j2").read_text(encoding="utf-8")
    old = generated.render(former, {"generator": "", "codes": "fr en"})
    assert "for lang in fr en; do" in old
    (site / WORKFLOW).write_text(old, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "as policy init wrote it before legal18")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert f"updated {WORKFLOW}: as this generator's policy init writes it" in capsys.readouterr().out
    assert (site / WORKFLOW).read_text(encoding="utf-8") == today
