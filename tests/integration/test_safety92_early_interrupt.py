"""safety92: a Ctrl-C at any moment of the `policy` command says `error: interrupted` and exits 130. The wrapper pip
writes for an entry point ([project.scripts]) imported `re` and the command's module before any line of ours, and a
Ctrl-C in that first tenth of a second ended in Python's traceback; the command is now scripts/policy, every import
of which is within its `try`. The interrupt is raised where an import happens (no timing)."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]
SCRIPT = TOP / "scripts" / "policy"

# Runs the script as the installed command runs it, a KeyboardInterrupt raised at the import of `name`.
_INTERRUPTED_AT = """
import builtins, sys
name, script = sys.argv[1], sys.argv[2]
code = compile(open(script, encoding="utf-8").read(), script, "exec")
real, raised = builtins.__import__, []
def interrupted(module, *args, **kwargs):
    if module == name and not raised:
        raised.append(module)
        raise KeyboardInterrupt
    return real(module, *args, **kwargs)
sys.argv = [script, "languages"]
builtins.__import__ = interrupted
exec(code, {"__name__": "__main__", "__file__": script})
"""


def test_the_command_is_the_project_s_script_not_an_entry_point_s_wrapper():
    project = tomllib.loads((TOP / "pyproject.toml").read_text(encoding="utf-8"))
    assert "scripts" not in project["project"]
    assert project["tool"]["setuptools"]["script-files"] == ["scripts/policy"]
    text = SCRIPT.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "#!python"  # (pip writes the environment's Python there)
    body = ast.parse(text).body
    before = [statement for statement in body[:next(i for i, s in enumerate(body) if isinstance(s, ast.Try))]]
    # nothing runs before the try but its docstring: no import of `re`, as the wrapper had
    assert all(isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) for s in before), before
    handlers = next(s for s in body if isinstance(s, ast.Try)).handlers
    assert [ast.unparse(h.type) for h in handlers] == ["KeyboardInterrupt"]


@pytest.mark.parametrize("name", ["sys", "policysite.cli"])
def test_an_interrupt_while_the_command_s_modules_are_read_says_interrupted(name):
    done = subprocess.run([sys.executable, "-c", _INTERRUPTED_AT, name, str(SCRIPT)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    assert (done.returncode, done.stderr) == (130, "error: interrupted\n"), done


def test_the_installed_command_is_the_script():
    installed = Path(sys.executable).parent / "policy"
    assert installed.read_text(encoding="utf-8").splitlines()[1:] == SCRIPT.read_text(encoding="utf-8").splitlines()[1:]
