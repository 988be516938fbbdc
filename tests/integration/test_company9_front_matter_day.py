"""A Markdown text whose front matter dates it by another day than its file's name (`date: 2024-02-20` in
politique-2024-01-10.md) is imported dated by the name, as before, and now said so with what to do: it said only
"dropped front matter key date"; one whose front matter agrees with its name is not warned."""
from __future__ import annotations

from helpers import GIT_ENV, policy_in_process

PAGE = "---\ndate: {day}\n---\n\n# Politique de confidentialité\n\n## 1. Responsable\n\nNous traitons vos données.\n"


def _imported(tmp_path, monkeypatch, day: str) -> str:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    site = tmp_path / "site"
    assert policy_in_process(["init", str(site), "--company", "Exemple SAS", "--languages", "fr"]).returncode == 0
    source = tmp_path / "politique-2024-01-10.md"
    source.write_text(PAGE.format(day=day), encoding="utf-8")
    done = policy_in_process(["--root", str(site), "import", "--lang", "fr", str(source), "--messages", "en"])
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert (site / "docs" / "fr" / "index.md").read_text(encoding="utf-8").startswith("---\ndate: 2024-01-10\n")
    return done.stdout + done.stderr


def test_a_front_matter_day_other_than_the_name_s_is_said(tmp_path, monkeypatch) -> None:
    said = _imported(tmp_path, monkeypatch, "2024-02-20")
    assert "its front matter says `date: 2024-02-20`, another day than January 10, 2024" in said, said
    assert "politique-2024-02-20.md" in said, said


def test_a_front_matter_day_that_agrees_is_not(tmp_path, monkeypatch) -> None:
    assert "another day" not in _imported(tmp_path, monkeypatch, "2024-01-10")
