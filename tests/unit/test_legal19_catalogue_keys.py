"""legal19: a key written twice in one of the catalogues' dict literals (messages/*.py, locales/*.py, strings.py) is
refused with the file and the line of both: Python keeps the second silently, and a clash between two helpers'
messages hid the first wording last session."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import policysite

PACKAGE = Path(policysite.__file__).parent
CATALOGUES = sorted([*(PACKAGE / "messages").glob("*.py"), *(PACKAGE / "locales").glob("*.py"), PACKAGE / "strings.py"])


def duplicate_keys(source: str, *, name: str) -> list[str]:
    """Each key a dict literal of `source` writes twice (a constant key: a string, a number), as
    `name:line: 'key' again (first at line N)`."""
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if not isinstance(node, ast.Dict):
            continue
        first: dict[object, int] = {}
        for key in node.keys:  # (None: a `**mapping` unpacked, no key of its own)
            if isinstance(key, ast.Constant):
                if key.value in first:
                    found.append(f"{name}:{key.lineno}: {key.value!r} again (first at line {first[key.value]})")
                else:
                    first[key.value] = key.lineno
    return found


def test_the_scan_names_both_lines_of_a_key_written_twice():
    source = ('MESSAGES = {\n    "a.b": "one",\n    "c": {"x": 1, "x": 2},\n    **OTHER,\n'
              '    "a.b": "two",\n}\nSTRINGS = {"a.b": "alone"}\n')
    assert duplicate_keys(source, name="fr.py") == ["fr.py:5: 'a.b' again (first at line 2)",
                                                    "fr.py:3: 'x' again (first at line 3)"]
    assert duplicate_keys('M = {"a": 1, "b": 2, ("a"): 3}', name="m.py") == ["m.py:1: 'a' again (first at line 1)"]
    assert duplicate_keys('M = {"a": 1}\nN = {"a": 2}\n', name="m.py") == []


def test_the_catalogues_are_all_read():
    names = {path.relative_to(PACKAGE).as_posix() for path in CATALOGUES}
    assert {"messages/en.py", "messages/fr.py", "locales/de.py", "locales/pt_br.py", "strings.py"} <= names


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_no_catalogue_writes_a_key_twice(path):
    name = path.relative_to(PACKAGE.parent).as_posix()
    assert duplicate_keys(path.read_text(encoding="utf-8"), name=name) == []
