"""cpu_record.py, the browser tests' CPU recorder (`POLICY_E2E_CPU`): its reading of /proc and its summary."""
from __future__ import annotations

import os

import pytest
from cpu_record import descendants, kind, stat_line, summary

TICKS = os.sysconf("SC_CLK_TCK")


def test_a_stat_line_is_read_past_a_command_holding_spaces_and_brackets():
    # pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    fields = ["S", "42", "1", "1", "0", "-1", "0", "0", "0", "0", "0", str(3 * TICKS), str(TICKS), str(2 * TICKS), "0",
              "20", "0", "9", "0", "123456"]
    parent, seconds, start = stat_line("4711 (a (b) c) " + " ".join(fields))
    assert (parent, seconds, start) == (42, 6.0, "123456")


@pytest.mark.parametrize(("command", "name", "expected"), [
    (b"/usr/lib/chromium/chromium-headless-shell --type=renderer --lang=en", "chromium-headle", "chromium-renderer"),
    (b"/usr/lib/chromium/chromium-headless-shell\0--type=utility\0--utility-sub-type=network.mojom.NetworkService",
     "chromium-headle", "chromium-utility:network"),
    (b"/usr/lib/chromium/chromium-headless-shell\0--headless\0--no-sandbox", "chromium-headle", "chromium-browser"),
    (b"/bin/sh\0-e\0/usr/bin/chromium-headless-shell\0--headless", "chromium-headle", "chromium-browser"),
    (b"/x/playwright/driver/node\0/x/playwright/driver/package/cli.js\0run-driver", "node-MainThread",
     "node-MainThread"),
    (b"", "git", "git"),  # a zombie's command is empty
])
def test_a_process_is_named_by_its_chromium_role_else_by_its_name(command, name, expected):
    assert kind(command, name) == expected


def test_only_the_processes_under_the_worker_are_counted_each_once():
    processes = {10: (1, 5.0, "python"), 11: (10, 1.5, "node"), 12: (11, 2.0, "chromium-browser"),
                 13: (12, 0.5, "chromium-renderer"), 14: (12, 0.25, "chromium-renderer"), 20: (1, 9.0, "other")}
    assert descendants(processes, 10) == {"node": 1.5, "chromium-browser": 2.0, "chromium-renderer": 0.75}
    assert descendants(processes, 13) == {}


def test_the_summary_adds_each_file_s_tests_costliest_first_and_the_run_by_kind():
    records = [
        {"test": "tests/e2e/test_a.py::test_one", "cpu": {"self": 0.5, "chromium-renderer": 1.0}, "calls": {
            "new_context": 1, "goto": 2, "axe": 1}},
        {"test": "tests/e2e/test_a.py::test_two", "cpu": {"self": 0.5, "children": 3.0}, "calls": {"new_context": 1}},
        {"test": "tests/e2e/test_b.py::test_three[x]", "cpu": {"chromium-browser": 6.0}, "calls": {"pdf": 1}},
        {"end": "gw0"},
    ]
    lines = summary(records)
    assert lines[1].split() == ["test_b.py", "1", "6.0", "0.0", "0.0", "6.0", "0", "0", "0", "1"]
    assert lines[2].split() == ["test_a.py", "2", "5.0", "1.0", "3.0", "1.0", "2", "2", "1", "0"]
    assert lines[3] == ("total 11.0 s CPU: chromium-browser 6.0, children 3.0, self 1.0, chromium-renderer 1.0")
