"""The package's sources parsed once a process for the tests that scan them (helpers.parsed, helpers.walked): four test
files each parsed all of the package's modules again (five parses of some 2.3 s of CPU each, in one worker)."""
from __future__ import annotations

import ast
import os

import pytest
import test_dict_keys_once
import test_messages
import test_messages_scan
import test_words14_catalogue

import helpers
from helpers import PACKAGE, package_sources, parsed, walked


@pytest.fixture
def parses(monkeypatch):
    """The paths `ast.parse` is asked to read while the test runs (helpers' trees forgotten before it)."""
    monkeypatch.setattr(helpers, "_TREES", {})
    monkeypatch.setattr(helpers, "_NODES", {})
    seen: list[str] = []
    real = ast.parse

    def counted(source, filename="<unknown>", *args, **kwargs):
        seen.append(str(filename))
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(ast, "parse", counted)
    return seen


def test_the_scans_of_the_package_share_one_parse_of_each_module(parses):
    """The scans of test_dict_keys_once, test_messages_scan (two), test_messages and test_words14_catalogue, one after
    the other in one process: each module parsed once, by the first."""
    test_dict_keys_once.test_no_dict_of_the_code_names_a_key_twice()
    modules = len(package_sources())
    assert modules > 50 and sorted(parses) == sorted(map(str, package_sources()))
    test_messages_scan.test_no_error_a_command_says_nor_import_note_is_written_outside_the_catalogue()
    test_messages_scan.test_no_sentence_a_user_reads_is_built_outside_the_catalogue()
    test_messages._package_nodes.cache_clear()
    test_messages._package_nodes()
    test_words14_catalogue._days_scanned.cache_clear()
    test_words14_catalogue._days_given()
    assert len(parses) == modules


def test_a_tree_is_the_files_text_and_the_walk_is_ast_walks(parses):
    path = PACKAGE / "messages" / "__init__.py"
    tree = parsed(path)
    assert ast.dump(tree) == ast.dump(compile(path.read_text(encoding="utf-8"), str(path), "exec", ast.PyCF_ONLY_AST))
    assert walked(path) == tuple(ast.walk(tree)) and parsed(path) is tree and parses == [str(path)]


def test_a_file_changed_since_it_was_parsed_is_parsed_again(parses, tmp_path):
    path = tmp_path / "module.py"
    path.write_text("A = {'a': 1}\n", encoding="utf-8")
    first = parsed(path)
    assert [type(node).__name__ for node in walked(path)].count("Dict") == 1
    path.write_text("A = {'a': 1}\nB = {'b': 2, 'c': 3}\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a second later, whatever the clock
    assert parsed(path) is not first and [type(node).__name__ for node in walked(path)].count("Dict") == 2
    assert parses == [str(path), str(path)]
