"""Hooks are run from their source while MkDocs loads a configuration (build._hooks_from_source)."""
from __future__ import annotations

import importlib.util
import py_compile
import sys
import tempfile
from pathlib import Path

from policysite import build


def test_a_hook_runs_from_its_source_and_nothing_compiled_is_read_or_left(tmp_path: Path, monkeypatch):
    hook = tmp_path / "hooks" / "hook.py"
    hook.parent.mkdir()
    hook.write_text("VALUE = 'other'\n", encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(hook)))
    py_compile.compile(str(hook), cfile=str(cached), invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    hook.write_text("VALUE = 'source'\n", encoding="utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = sys.pycache_prefix, sys.dont_write_bytecode
    with build._hooks_from_source():
        spec = importlib.util.spec_from_file_location("policy_test_hook", hook)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    assert module.VALUE == "source"
    assert sorted(p.name for p in cached.parent.iterdir()) == [cached.name] and list(scratch.iterdir()) == []
    assert (sys.pycache_prefix, sys.dont_write_bytecode) == before
