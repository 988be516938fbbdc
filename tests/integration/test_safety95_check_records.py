"""`policy check` softens the misspellings of a text recorded in imported.yml only where `policy publish` does: the
record's entry written by an import, in the commit that wrote the text (imported.produced). A record written by hand
beside a new text made its misspellings warnings, the check exiting 0, and publish then refused the text on those same
findings (safety94's open note, safety95): one gate, the check says every finding publish refuses on, in its words."""
from __future__ import annotations

from pathlib import Path

from helpers import git, one_language_project, policy_in_process
from policysite import imported

MISSPELT = "## 3. Third section\n\nThe frobnicatorz keep it.\n"


def _page(date: str, body: str = "") -> str:
    return (f"---\ndate: {date}\n---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph.\n\n"
            f"## 2. Second section\n\nBravo paragraph.\n\n{body}")


def _record(root: Path, date: str) -> None:
    data = (root / "docs/en/index.md").read_bytes()
    (root / imported.FILE).write_text(imported.render([{"lang": "en", "date": date, "sha256": imported.digest(data),
                                                        "source": "policy.md"}]), encoding="utf-8")


def _project(path: Path, *, repo: Path | None = None) -> Path:
    root = one_language_project(path)
    (root / "docs/en/index.md").write_text(_page("2001-01-01"), encoding="utf-8")
    top = repo or root
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    return root


def _misspelling_lines(said: str) -> list[str]:
    return [line for line in said.splitlines() if "frobnicatorz" in line]


def test_a_record_written_by_hand_beside_a_new_text_softens_nothing_check_refuses_as_publish_does(tmp_path: Path):
    root = _project(tmp_path / "project")
    (root / "docs/en/index.md").write_text(_page("2001-02-01", MISSPELT), encoding="utf-8")
    _record(root, "2001-02-01")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "new text, recorded by hand", date="2024-02-01T12:00:00+00:00")
    checked = policy_in_process(["--root", str(root), "check", "--messages", "en"])
    said = _misspelling_lines(checked.stdout + checked.stderr)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert len(said) == 1 and "[spelling.unknown-word]" in said[0] and "warning:" not in said[0], said
    published = policy_in_process(["--root", str(root), "publish", "--messages", "en"])
    refused = _misspelling_lines(published.stdout + published.stderr)
    assert published.returncode == 1 and refused, published.stdout + published.stderr
    assert refused[0].strip() == said[0].strip(), (refused, said)  # (the same finding, in the same words)


def test_a_record_not_committed_softens_nothing(tmp_path: Path):
    root = _project(tmp_path / "project")
    (root / "docs/en/index.md").write_text(_page("2001-02-01", MISSPELT), encoding="utf-8")
    _record(root, "2001-02-01")
    checked = policy_in_process(["--root", str(root), "check", "--messages", "en"])
    assert checked.returncode == 1, checked.stdout + checked.stderr
    said = _misspelling_lines(checked.stdout + checked.stderr)
    assert said and not any("warning:" in line for line in said), said


def test_a_text_an_import_committed_with_its_record_keeps_its_misspellings_as_warnings(tmp_path: Path):
    # (the first text of the repository, public before the site, committed with its entry: what publish softens)
    root = one_language_project(tmp_path / "project")
    (root / "docs/en/index.md").write_text(_page("2001-01-01", MISSPELT), encoding="utf-8")
    _record(root, "2001-01-01")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "import", date="2024-01-01T12:00:00+00:00")
    checked = policy_in_process(["--root", str(root), "check", "--messages", "en"])
    said = _misspelling_lines(checked.stdout + checked.stderr)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert said and all("warning: [spelling.unknown-word]" in line for line in said), said


def test_a_project_in_a_folder_of_its_repository_is_read_at_its_own_path(tmp_path: Path):
    repo = tmp_path / "repo"
    repo.mkdir()
    root = one_language_project(repo / "privacy")
    (root / "docs/en/index.md").write_text(_page("2001-01-01", MISSPELT), encoding="utf-8")
    _record(root, "2001-01-01")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "import", date="2024-01-01T12:00:00+00:00")
    assert imported.produced_here(root) == imported.in_tree(root) != frozenset()
    checked = policy_in_process(["--root", str(root), "check", "--messages", "en"])
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_outside_a_repository_or_before_a_first_commit_nothing_is_softened(tmp_path: Path):
    root = one_language_project(tmp_path / "project")
    (root / "docs/en/index.md").write_text(_page("2001-01-01", MISSPELT), encoding="utf-8")
    _record(root, "2001-01-01")
    assert imported.in_tree(root) and imported.produced_here(root) == frozenset()
    git(root, "init", "-q", "-b", "main")
    assert imported.produced_here(root) == frozenset()
