"""A command's start imports no importlib.metadata: manifest (through findingcache, which every check imports),
spelling and pdfengine imported it with the module, and with it the email package it reads metadata with (~55 ms of
CPU at the start of `policy check`, `diff`, `history`…); each imports it where a version number is read (perf22)."""
from __future__ import annotations

import json
import subprocess
import sys

_IMPORTED = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
print(json.dumps(sorted(name for name in sys.modules if name.startswith(("importlib.metadata", "email")))))
"""


def test_importing_what_every_command_imports_leaves_importlib_metadata_out():
    done = subprocess.run([sys.executable, "-c", _IMPORTED, "policysite.cli", "policysite.checks",
                           "policysite.findingcache", "policysite.manifest", "policysite.spelling",
                           "policysite.pdfengine"], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_the_versions_are_still_read_where_asked():
    from policysite import manifest, pdfengine, spelling

    assert dict(manifest._installed())["mkdocs"] == "1.6.1"
    assert pdfengine._version("mkdocs") == "1.6.1"
    assert pdfengine._version("no-such-distribution-here") == pdfengine.UNKNOWN
    assert len(spelling._answers_key("fr", True)) == 64
