"""Hooks are run from their source while MkDocs loads a configuration (build._hooks_from_source)."""
from __future__ import annotations

import importlib.util
import py_compile
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from policysite import build

ROOT = Path(__file__).resolve().parents[2]


def _hook_with_stale_pyc(tmp_path: Path) -> tuple[Path, Path]:
    """A hook whose source says VALUE = 'source' beside an unchecked hash-based pyc saying 'other' (Python would run it)."""
    hook = tmp_path / "hooks" / "hook.py"
    hook.parent.mkdir()
    hook.write_text("VALUE = 'other'\n", encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(hook)))
    py_compile.compile(str(hook), cfile=str(cached), invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    hook.write_text("VALUE = 'source'\n", encoding="utf-8")
    return hook, cached


def test_a_hook_runs_from_its_source_and_nothing_compiled_is_read_or_left(tmp_path: Path, monkeypatch):
    hook, cached = _hook_with_stale_pyc(tmp_path)
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


def test_a_module_beside_the_hook_is_not_imported_for_the_packages_own(tmp_path: Path):
    """MkDocs imports a hook with its folder first on sys.path: a pull request's hooks/selectolax.py beside the
    generator's hooks/policy.py ran when `make preview` served the site with MkDocs (security hunt 30). A fresh
    interpreter loads the hook as MkDocs does; the module beside it must not run, and the hook must load."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "policy.py").write_bytes((ROOT / "hooks" / "policy.py").read_bytes())
    ran = tmp_path / "ran"
    (hooks / "selectolax.py").write_text(f"open({str(ran)!r}, 'w').write('ran')\n", encoding="utf-8")
    code = ("from mkdocs.config.config_options import Hooks\n"
            f"module = Hooks('plugins')._load_hook('policy', {str(hooks / 'policy.py')!r})\n"
            "print(callable(module.on_page_markdown))\n")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          timeout=300)
    assert (done.returncode, done.stdout.strip(), ran.exists()) == (0, "True", False), done.stderr[-2000:]


def test_the_hooks_mkdocs_loads_run_from_their_source_whatever_loads_them(tmp_path: Path):
    """Only the hooks' own loading runs without compiled files (the whole configuration's did, and the installed
    plugins and extensions it imports were compiled from source: 0.13 s a process): MkDocs' loader of hooks, as the
    builds have it, still runs a hook's source, never the unchecked pyc beside it."""
    from mkdocs.config.config_options import Hooks

    hook, cached = _hook_with_stale_pyc(tmp_path)
    build._read_configs_once()
    before = sys.pycache_prefix, sys.dont_write_bytecode
    module = Hooks("plugins")._load_hook("policy_test_hook_mkdocs", str(hook))
    assert module.VALUE == "source" and (sys.pycache_prefix, sys.dont_write_bytecode) == before
    assert sorted(p.name for p in cached.parent.iterdir()) == [cached.name]


def test_settings_the_hook_refuses_stop_the_build_in_the_site_s_language(tmp_path: Path, monkeypatch):
    """`make preview` or `mkdocs build` of a French site whose extra.policy lacks a setting stopped on the English
    message, where `policy check` says it in French."""
    from types import SimpleNamespace

    from mkdocs.config.config_options import Hooks
    from mkdocs.exceptions import PluginError

    monkeypatch.delenv("POLICY_MESSAGES")  # (the suite's English)
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: x\nextra: {policy: {authoritative: fr}}\n", encoding="utf-8")
    hook = Hooks("plugins")._load_hook("policy_refused_settings", str(ROOT / "hooks" / "policy.py"))
    config = SimpleNamespace(extra={"policy": {"authoritative": "fr"}}, config_file_path=str(config_file),
                             theme={"language": "fr"})
    with pytest.raises(PluginError) as refused:
        hook.on_config(config)
    assert str(refused.value) == f"{config_file}\u00a0: le réglage du site `extra.policy.company` manque"
