"""Suite 2 (session 56): more integration files whose `policy` commands (`Project.run`) are not about the process run
them by the CLI's main in the worker (the `commands_in_process` fixture), not in a fork of the 800 MB worker each (some
35 to 75 ms of CPU a fork, and what it reads of the installed theme, stylesheets and print faces read again:
helpers.KEPT_CACHES stays in the worker only): the ones suite1 named and left (test_histories28_at, _28_diff, _27_at,
_27_verify, test_company12_root_sitemap, test_notice), then nine more histories files found the same way. Each stays
so: it goes through Project.run, asserts nothing of a process (no signal, exit, terminal or leftover) and has
`commands_in_process` among its pytestmark's fixtures."""
from __future__ import annotations

import pytest

from helpers import ROOT
from unit.test_suite1_in_process import fixtures_of_every_test

IN_PROCESS = ("test_histories28_at", "test_histories28_diff", "test_histories27_at", "test_histories27_verify",
              "test_company12_root_sitemap", "test_notice", "test_histories29_single_branch", "test_small1_carried_merge",
              "test_histories28_verify", "test_histories19", "test_small1_detached_publish", "test_later_translation",
              "test_histories29_quoted_paths", "test_histories28_monorepo")
# what a file about the process holds (suite1's list): its commands keep a real process of their own
ABOUT_THE_PROCESS = ("policy_process", "Started(", "signal", "os.kill", "_exit", "terminal=")


@pytest.mark.parametrize("name", IN_PROCESS)
def test_each_file_named_here_runs_its_commands_in_process(name):
    source = (ROOT / "tests" / "integration" / f"{name}.py").read_text(encoding="utf-8")
    assert ".run(\"" in source  # its commands go through Project.run, which the fixture turns in process
    for about_the_process in ABOUT_THE_PROCESS:
        assert about_the_process not in source, about_the_process
    assert "commands_in_process" in fixtures_of_every_test(source)
