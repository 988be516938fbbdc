"""The test modules' asserts rewritten once for a run's workers (helpers.rewrite_once, called by tests/conftest.py)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from _pytest.assertion import rewrite

from helpers import rewrite_once


class _Collecting:
    """The run's configuration, collecting `args` from `root` (the rest is the real one: its ini, its rewriter)."""

    def __init__(self, config: pytest.Config, args: list[str], root: Path):
        self._config, self.args, self.rootpath = config, args, root
        self.invocation_params = SimpleNamespace(dir=root)

    def __getattr__(self, name: str):
        return getattr(self._config, name)


def _pyc(source: Path) -> Path:
    return rewrite.get_cache_dir(source) / (source.name[:-3] + rewrite.PYC_TAIL)


def test_each_collected_module_is_rewritten_once_into_the_pyc_pytest_reads(request, tmp_path):
    (tmp_path / "conftest.py").write_text("VALUE = 1\n", encoding="utf-8")
    suite = tmp_path / "suite"
    (suite / "node_modules").mkdir(parents=True)
    (suite / "node_modules" / "test_vendored.py").write_text("def test_no():\n    assert True\n", encoding="utf-8")
    (suite / "support.py").write_text("HELP = 1\n", encoding="utf-8")  # no test module: imported as Python does
    sample = suite / "test_sample.py"
    sample.write_text("def test_lists():\n    found = [1]\n    assert found == [2]\n", encoding="utf-8")
    config = _Collecting(request.config, ["suite"], tmp_path)

    assert rewrite_once(config) == [tmp_path / "conftest.py", sample]
    code = rewrite._read_pyc(sample, _pyc(sample))  # what a worker's import of the module reads
    assert code is not None
    module: dict = {}
    exec(code, module)
    with pytest.raises(AssertionError) as failed:
        module["test_lists"]()
    assert "assert [1] == [2]" in str(failed.value)  # pytest's rewritten assert, which explains itself

    assert rewrite_once(config) == []  # up to date: nothing rewritten again
    sample.write_text("def test_lists():\n    assert [1] == [1]\n", encoding="utf-8")
    assert rewrite_once(config) == [sample]


def test_a_module_named_on_the_command_line_is_rewritten_with_the_conftest_files_above_it(request, tmp_path):
    (tmp_path / "conftest.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "unit").mkdir()
    (tmp_path / "unit" / "test_other.py").write_text("def test_other():\n    assert True\n", encoding="utf-8")
    one = tmp_path / "unit" / "test_one.py"
    one.write_text("def test_one():\n    assert True\n", encoding="utf-8")
    config = _Collecting(request.config, ["unit/test_one.py::test_one"], tmp_path)
    assert rewrite_once(config) == [tmp_path / "conftest.py", one]


def test_nothing_is_written_when_asserts_are_not_rewritten(request, tmp_path):
    (tmp_path / "test_plain.py").write_text("def test_plain():\n    assert True\n", encoding="utf-8")
    config = _Collecting(request.config, ["."], tmp_path)
    config.stash = pytest.Stash()  # --assert=plain: no rewriter installed
    assert rewrite_once(config) == []
    assert not list(tmp_path.rglob("*.pyc"))


def test_no_conftest_outside_the_rootdir_is_written(request, tmp_path):
    """A module named outside the run's rootdir: pytest's own writes stop at it; so do these."""
    (tmp_path / "conftest.py").write_text("VALUE = 1\n", encoding="utf-8")  # someone else's folder
    (tmp_path / "project").mkdir()
    there = tmp_path / "elsewhere" / "test_there.py"
    there.parent.mkdir()
    there.write_text("def test_there():\n    assert True\n", encoding="utf-8")
    assert rewrite_once(_Collecting(request.config, [str(there)], tmp_path / "project")) == [there]
    assert not (tmp_path / "__pycache__").exists()


def test_a_module_that_does_not_compile_is_left_for_the_collection_to_report(request, tmp_path):
    """A syntax error in one test module is one collection error of the run, as without workers, not a run that
    stops before its workers start."""
    broken = tmp_path / "test_broken.py"
    broken.write_text("def test_broken(:\n    assert True\n", encoding="utf-8")
    sample = tmp_path / "test_sample.py"
    sample.write_text("def test_sample():\n    assert True\n", encoding="utf-8")
    assert rewrite_once(_Collecting(request.config, ["."], tmp_path)) == [sample]
