"""Every command that speaks to the user takes `--messages LANG`, one option defined once: `policy diff … --messages
fr` was "unrecognized arguments" (only check, publish and history had it)."""
from __future__ import annotations

import pytest

from helpers import policy_in_process
from policy_repo import new_project
from policysite import cli

# a command's own arguments, as few as it needs to be read
NEEDED = {"sync-mark": ["en"], "import": ["--lang", "fr", "a.md"], "diff": ["2021-02-17", "latest"],
          "at": ["2021-02-17"], "init": ["site", "--company", "Example", "--languages", "fr"], "note": ["redlines"]}


def _commands() -> list[str]:
    parser = cli._parser()
    sub = next(action for action in parser._actions if action.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_reads_messages(command: str) -> None:
    args = cli._parser().parse_args([command, *NEEDED.get(command, []), "--messages", "fr"])
    assert args.messages == "fr"


def test_a_reading_command_speaks_the_language_asked(tmp_path) -> None:
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17", fr="Nous traitons vos données avec soin.")
    french = policy_in_process(["--root", str(project.root), "diff", "worktree", "worktree", "--messages", "fr"])
    english = policy_in_process(["--root", str(project.root), "diff", "worktree", "worktree", "--messages", "en"])
    assert french.returncode == english.returncode == 0, french.stderr + english.stderr
    assert "ont le même texte en" in french.stderr and "have the same" in english.stderr


def test_a_language_without_messages_is_refused_in_words(tmp_path) -> None:
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17", fr="Nous traitons vos données avec soin.")
    said = policy_in_process(["--root", str(project.root), "export", "--messages", "xx"])
    assert said.returncode == cli.USAGE and said.stderr.startswith("error: ") and "--messages" in said.stderr
    assert "Traceback" not in said.stderr

