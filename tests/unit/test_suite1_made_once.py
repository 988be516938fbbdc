"""A state a test module makes for itself (`made_once(tmp_path_factory, maker)`, maker a function of that module) is
made once for the module's tests, by a module-scoped fixture they copy, not again in each test that starts from it:
test_histories25 published its two versions (two commits, two `policy history`) six times over for seven tests,
test_histories23 its three versions twice (suite1, session 56)."""
from __future__ import annotations

import ast

from helpers import ROOT

TESTS = ROOT / "tests"


def made_again(source: str) -> dict[str, list[str]]:
    """Each maker of the module's own that its test functions give `made_once` where more than one test (or one test
    run for several parameters) would make the state again, with those tests."""
    tree = ast.parse(source)
    makers = {node.name for node in tree.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("test_")}
    runs: dict[str, list[str]] = {}
    for function in tree.body:
        if not (isinstance(function, ast.FunctionDef) and function.name.startswith("test_")):
            continue
        parametrized = any("parametrize" in ast.unparse(mark) for mark in function.decorator_list)
        named = {call.args[1].id for call in ast.walk(function)
                 if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "made_once"
                 and len(call.args) > 1 and isinstance(call.args[1], ast.Name) and call.args[1].id in makers}
        for maker in named:
            runs.setdefault(maker, []).extend([function.name] * (2 if parametrized else 1))
    return {maker: sorted(set(tests)) for maker, tests in runs.items() if len(tests) > 1}


def test_the_scan_finds_a_state_made_again_by_two_tests_or_by_a_parametrized_one():
    source = ("import pytest\n\ndef _state(project, folder):\n    project.commit('2021-02-17')\n\n"
              "def test_one(tmp_path_factory):\n    made_once(tmp_path_factory, _state)\n\n"
              "def test_two(tmp_path_factory):\n    copy_of(made_once(tmp_path_factory, _state), 'p')\n\n"
              "@pytest.mark.parametrize('x', [1, 2])\ndef test_three(tmp_path_factory, x):\n"
              "    made_once(tmp_path_factory, _other)\n\ndef _other(project, folder):\n    pass\n\n"
              "def test_four(tmp_path_factory):\n    made_once(tmp_path_factory, history_two)\n\n"
              "@pytest.fixture(scope='module')\ndef kept(tmp_path_factory):\n    return made_once(tmp_path_factory, _kept)\n\n"
              "def _kept(project, folder):\n    pass\n")
    assert made_again(source) == {"_state": ["test_one", "test_two"], "_other": ["test_three"]}


def test_no_test_module_makes_a_state_of_its_own_again_for_each_test():
    files = sorted(path for path in TESTS.rglob("test_*.py") if "node_modules" not in path.parts)
    assert len(files) > 500
    again = {str(path.relative_to(TESTS)): found for path in files
             if "made_once" in (text := path.read_text(encoding="utf-8")) and (found := made_again(text))}
    assert again == {}
