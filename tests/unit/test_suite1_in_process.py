"""Test files whose `policy` commands (`Project.run`) are not about the process (no signal, exit, terminal or leftover
of it is asserted) run them by the CLI's main in the worker (the `commands_in_process` fixture), not in a fork of the
800 MB worker each (some 75 ms of CPU a fork, and what the fork reads of the installed theme and fonts read again by
every command: KEPT_CACHES stays in the worker only). suite1, session 56: five files of the histories and legal hunts
forked some 60 commands."""
from __future__ import annotations

import ast

import pytest

from helpers import ROOT

IN_PROCESS = ("test_histories25", "test_histories26_archive", "test_histories26_branches", "test_histories27_diff",
              "test_legal20_source_branch")


def fixtures_of_every_test(source: str) -> set[str]:
    """The fixtures a module's `pytestmark = pytest.mark.usefixtures(…)` gives each of its tests."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            marks = node.value.elts if isinstance(node.value, ast.List | ast.Tuple) else [node.value]
            return {arg.value for mark in marks if isinstance(mark, ast.Call) and ast.unparse(mark.func).endswith(
                "usefixtures") for arg in mark.args if isinstance(arg, ast.Constant)}
    return set()


def test_the_reading_of_a_module_s_marks():
    assert fixtures_of_every_test('pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")\n') == {
        "fixed_git", "commands_in_process"}
    assert fixtures_of_every_test('pytestmark = [pytest.mark.usefixtures("a"), pytest.mark.slow]\n') == {"a"}
    assert fixtures_of_every_test("import pytest\n") == set()


@pytest.mark.parametrize("name", IN_PROCESS)
def test_a_file_whose_commands_are_not_about_the_process_runs_them_in_process(name):
    source = (ROOT / "tests" / "integration" / f"{name}.py").read_text(encoding="utf-8")
    assert ".run(" in source  # its commands go through Project.run, which the fixture turns in process
    for about_the_process in ("policy_process", "Started(", "signal", "os.kill", "_exit", "terminal="):
        assert about_the_process not in source, about_the_process
    assert "commands_in_process" in fixtures_of_every_test(source)
