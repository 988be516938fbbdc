"""Suite 2 (session 56): the integration files whose `policy` commands (`Project.run`) are not about the process run
them by the CLI's main in the worker (`commands_in_process`, or `Project.in_process` set by a module's fixture for the
state it makes), not in a fork of the 800 MB worker each (some 35 to 75 ms of CPU a fork, and what it reads of the
installed theme, stylesheets and print faces read again: helpers.KEPT_CACHES stays in the worker only). suite1 turned
five files; suite2 the ones it named and left (test_histories28_at, _28_diff, _27_at, _27_verify,
test_company12_root_sitemap, test_notice), nine more histories files, then every other the scan below finds, module
fixtures too (test_redline20_filing's made its twelve redlines in twelve forks). The scan keeps every integration
file so, those to come too: a file that asserts something of a process (its signals, exit, terminal, what it leaves
running) keeps its forks."""
from __future__ import annotations

import ast

import pytest

from helpers import ROOT
from unit.test_suite1_in_process import fixtures_of_every_test

IN_PROCESS = ("test_histories28_at", "test_histories28_diff", "test_histories27_at", "test_histories27_verify",
              "test_company12_root_sitemap", "test_notice", "test_histories29_single_branch", "test_small1_carried_merge",
              "test_histories28_verify", "test_histories19", "test_small1_detached_publish", "test_later_translation",
              "test_histories29_quoted_paths", "test_histories28_monorepo")
# what a file about the process holds (suite1's list): its commands keep a real process of their own
ABOUT_THE_PROCESS = ("policy_process", "Started(", "signal", "os.kill", "_exit", "terminal=")
NOT_POLICY = ("subprocess", "policy_git")  # `.run` of these is no policy command


def _runs(function: ast.AST) -> bool:
    """Whether `function` (nested functions included) runs a policy command by `Project.run` (`project.run(…)`)."""
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
               and ast.unparse(node.func.value) not in NOT_POLICY for node in ast.walk(function))


def _sets_in_process(function: ast.AST) -> bool:
    """Whether `function` sets `Project.in_process` (`….setattr(Project, "in_process", True)`)."""
    return any(isinstance(node, ast.Call) and ast.unparse(node.func).endswith("setattr") and len(node.args) == 3
               and isinstance(node.args[1], ast.Constant) and node.args[1].value == "in_process"
               for node in ast.walk(function))


def _kind(function: ast.FunctionDef) -> str:
    """"wide" for a fixture made once for more than one test (made before any test's own fixtures: the module's
    `commands_in_process` is not yet in force), "test" for a test or a test's own fixture, "helper" otherwise."""
    for decorator in function.decorator_list:
        if ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).endswith("fixture"):
            scopes = [k.value for k in getattr(decorator, "keywords", []) if k.arg == "scope"]
            wide = any(not (isinstance(s, ast.Constant) and s.value == "function") for s in scopes)
            return "wide" if wide else "test"
    return "test" if function.name.startswith("test_") else "helper"


def forked(source: str) -> list[str]:
    """The functions of a test module whose policy commands run in a fork though the module asserts nothing of a
    process: a test or test's fixture without the module's `commands_in_process`, a module's fixture (or a maker of
    the module's it runs) that does not set `Project.in_process`, a helper of a module where neither is done."""
    if any(about in source for about in ABOUT_THE_PROCESS):
        return []
    body = [node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
    marked = "commands_in_process" in fixtures_of_every_test(source)
    runs = {function.name for function in body if _runs(function)}
    found = []
    for function in body:
        kind = _kind(function)
        if kind == "wide":
            named = {node.id for node in ast.walk(function) if isinstance(node, ast.Name)}
            if (function.name in runs or named & runs) and not _sets_in_process(function):
                found.append(function.name)
        elif function.name in runs and not marked and not (
                kind == "helper" and any(_sets_in_process(other) for other in body)):
            found.append(function.name)
    return found


def test_the_scan_finds_commands_forked_by_tests_fixtures_and_the_makers_they_run():
    head = "import pytest\n\n"
    test = "def test_it(tmp_path):\n    assert project(tmp_path).run('verify').returncode == 0\n\n"
    assert forked(head + test) == ["test_it"]
    assert forked(head + 'pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")\n\n' + test) == []
    assert forked(head + test + "def _f():\n    policy_process(['verify'])\n") == []  # about the process: kept
    assert forked(head + "def test_git(tmp_path):\n    subprocess.run(['git'])\n    policy_git.run(['x'])\n") == []
    maker = "def _made(project, folder):\n    assert project.run('history').returncode == 0\n\n"
    wide = ("@pytest.fixture(scope='module')\ndef made(tmp_path_factory):\n"
            "    return made_once(tmp_path_factory, _made)\n\n")
    marked = 'pytestmark = pytest.mark.usefixtures("commands_in_process")\n\n'
    assert forked(head + marked + maker + wide) == ["made"]  # made before the test's commands_in_process
    patched = wide.replace("    return", "    with pytest.MonkeyPatch.context() as mp:\n"
                                         "        mp.setattr(Project, 'in_process', True)\n        return")
    assert forked(head + marked + maker + patched) == []
    assert forked(head + maker + patched) == []  # the maker a helper: its caller's setting is in force
    assert forked(head + maker) == ["_made"]
    own = "@pytest.fixture\ndef made(tmp_path):\n    return project(tmp_path).run('history')\n"
    assert forked(head + own) == ["made"] and forked(head + marked + own) == []


@pytest.mark.parametrize("name", IN_PROCESS)
def test_each_file_named_here_runs_its_commands_in_process(name):
    source = (ROOT / "tests" / "integration" / f"{name}.py").read_text(encoding="utf-8")
    assert ".run(\"" in source  # its commands go through Project.run, which the fixture turns in process
    for about_the_process in ABOUT_THE_PROCESS:
        assert about_the_process not in source, about_the_process
    assert "commands_in_process" in fixtures_of_every_test(source)


def test_no_integration_file_forks_commands_it_asserts_nothing_of_the_process_about():
    files = sorted((ROOT / "tests" / "integration").glob("test_*.py"))
    assert len(files) > 200
    found = {path.name: names for path in files if (names := forked(path.read_text(encoding="utf-8")))}
    assert found == {}
