"""Test helpers: the project root, synthetic policy pages, git with a fixed identity and dates."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "politique-de-confidentialite-dialonce.txt"
# A frozen copy of the policy pages (fr, en) with their word lists and translation record: tests read
# these, never the live `docs/`, so that the legal team's edits never turn the suite red.
FROZEN = ROOT / "tests" / "data" / "policy"
PROJECT_FILES = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "overrides")

# A fixed identity and fixed dates: tests never depend on the machine's git config.
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@example.test",
    "GIT_COMMITTER_NAME": "Test Committer",
    "GIT_COMMITTER_EMAIL": "committer@example.test",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def synthetic_policy(date: str = "2030-01-15", *, sections: str | None = None, title: str = "Synthetic policy") -> str:
    """A small, clearly synthetic policy page with numbered sections."""
    body = sections if sections is not None else (
        "## 1. First section\n\nAlpha paragraph one.\n\n"
        "### 1.1 Sub section\n\n- item one\n- item two\n\n"
        "## 2. Second section\n\nBravo paragraph with [a link](https://example.test/).\n"
    )
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}"


def git(repo: Path, *args: str, date: str = "2030-01-01T12:00:00+00:00") -> str:
    """Run git in `repo` with the fixed identity and the given author and committer date."""
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    result = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True)
    return result.stdout


def copy_project(target: Path, *, docs: Path | None = FROZEN) -> Path:
    """The project's configuration, hooks and overrides in `target` (not a repo), with the frozen policy
    pages as its docs/ (or an empty docs/fr and docs/en when `docs` is None)."""
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    if docs is None:
        for lang in ("fr", "en"):
            (target / "docs" / lang).mkdir(parents=True)
    else:
        shutil.copytree(docs, target / "docs")
    return target
