"""A dict literal of the product's code names each key once: a message catalogue's second entry of a key silently
replaced the first (company17 named a new message `import.format`, a key en.py had already, and the command that said
it failed with KeyError: 'name')."""
from __future__ import annotations

import ast
import collections
from collections.abc import Iterable

from helpers import PACKAGE as SOURCE, package_sources, walked


def repeated_keys(text: str) -> list[tuple[int, object]]:
    """(line, key) of each constant key a dict literal of `text` names more than once."""
    return repeated_keys_among(ast.walk(ast.parse(text)))


def repeated_keys_among(nodes: Iterable[ast.AST]) -> list[tuple[int, object]]:
    """(line, key) of each constant key a dict literal among `nodes` names more than once."""
    found = []
    for node in nodes:
        if isinstance(node, ast.Dict):
            counts = collections.Counter(key.value for key in node.keys if isinstance(key, ast.Constant))
            found += [(key.lineno, key.value) for key in node.keys
                      if isinstance(key, ast.Constant) and counts[key.value] > 1]
    return found


def test_a_key_written_twice_in_a_dict_is_found():
    assert repeated_keys('M = {\n    "a.b": "one",\n    "c": "two",\n    "a.b": "three",\n}\n') == [(2, "a.b"), (4, "a.b")]
    assert repeated_keys('M = {"a": 1, **{"a": 2}}\nN = {"a": 1}\n') == []


def test_no_dict_of_the_code_names_a_key_twice():
    files = package_sources()
    assert len(files) > 50 and any(path.parent.name == "messages" for path in files)
    repeated = {str(path.relative_to(SOURCE)): keys for path in files if (keys := repeated_keys_among(walked(path)))}
    assert repeated == {}
