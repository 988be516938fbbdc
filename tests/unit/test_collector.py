"""The `policy` script's process collects its garbage at the pace collector.py sets (perf6); a test calling cli.main
with its arguments keeps the test process's own."""
from __future__ import annotations

import gc
import sys

import pytest

from policysite import cli, collector


@pytest.fixture
def fresh(monkeypatch):
    """collector as in a new process; this process's collector as it was, after."""
    monkeypatch.setattr(collector, "_SET", [])
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_the_script_sets_the_pace_once(fresh, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["policy", "--root", str(tmp_path / "none"), "check"])
    cli.main()  # (a folder without a site: an error line, after the collector is set)
    assert gc.get_threshold() == collector.THRESHOLDS
    assert gc.get_freeze_count() > 0  # the modules loaded before the command: set apart
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    cli.main()  # once a process
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0
    assert "error:" in capsys.readouterr().err


def test_a_call_with_arguments_keeps_the_callers(fresh, tmp_path):
    before = gc.get_threshold()
    cli.main(["--root", str(tmp_path / "none"), "check"])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
