"""The only test that reads the live policy in docs/: `policy check` passes on it.

Every other test reads frozen copies (tests/data/) or synthetic policies, so that the legal team's
edits (a new section, a new date, a reworded paragraph) never turn the suite red; the guarantees
about the text itself are `policy check`'s, which CI runs on docs/ here and in its own step.
`.ci/legal-edit-proof` shows it: in a clone, it edits the policy as the legal team would and runs
`make test` there.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

from helpers import ROOT

LIVE = re.compile(r"""ROOT\s*/\s*["']docs|cwd=ROOT\b|root=ROOT\b|["']--root["'],\s*str\(ROOT\)""")


def test_policy_check_passes_on_the_live_policy():
    result = subprocess.run([sys.executable, "-m", "policysite.cli", "--root", str(ROOT), "check"],
                            capture_output=True, text=True, env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_other_test_reads_the_live_policy():
    readers = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "tests").rglob("*.py"))
               if path.name != "test_live_docs.py" and "node_modules" not in path.parts
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if LIVE.search(line)]
    assert readers == [], "read tests/data/ (helpers.FROZEN, helpers.copy_project) instead"
