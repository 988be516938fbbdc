"""No English sentence reaches a user outside the catalogue: an error a command says (`error: …`) or a note of an import
is raised or added as a catalogue message (`Said`), never as text written in the code."""
from __future__ import annotations

import ast
from pathlib import Path

import policysite

# The errors `policy` says to its user (cli._exit_codes, and those they wrap), by class name.
SAID_ERRORS = {"ImportRefused", "ConvertError", "PublishError", "RefusedError", "ManifestUnreadable", "GateError",
               "SourceError", "ManifestError", "SettingsError", "InitError", "SideError", "UpgradeError", "CheckError",
               "RootPageRefused", "RecordError", "PdfError", "MessagesError"}


def _written(node: ast.expr) -> bool:
    """`node` is text written in the code: an f-string, a sentence (a message key has no space), or made of one."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.IfExp):
        return _written(node.body) or _written(node.orelse)
    if isinstance(node, ast.BinOp):
        return _written(node.left) or _written(node.right)
    return False


def _said_outside(tree: ast.AST) -> list[tuple[int, str]]:
    """Each error of SAID_ERRORS raised, and each import note added (`notes.add`), with text written in the code."""
    found = []
    for node in ast.walk(tree):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            call = node.exc if name in SAID_ERRORS else None
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "notes":
            call = node
        if call is not None and call.args and _written(call.args[0]):
            found.append((call.lineno, ast.unparse(call)[:100]))
    return found


def test_the_scan_finds_a_sentence_written_in_the_code():
    tree = ast.parse('raise ImportRefused(f"{exc} (nothing imported)")\nnotes.add("a note as written", 3)\n'
                     'notes.add(Said("import.done", count=1) if x else f"{y} done")\n'
                     'raise RecordError("sync.record-missing/sections", record=name)\nraise ValueError(f"{x} bad")\n')
    assert [line for line, _ in _said_outside(tree)] == [1, 2, 3]


def test_no_error_a_command_says_nor_import_note_is_written_outside_the_catalogue():
    package = Path(policysite.__file__).parent
    found = [f"{path.relative_to(package)}:{line}: {code}" for path in sorted(package.rglob("*.py"))
             if "messages" not in path.relative_to(package).parts
             for line, code in _said_outside(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
