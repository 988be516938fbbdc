"""A command's start compiles no pattern only some commands use: sync's address patterns, whose letter classes
(`[^\\W…]` over every code point) took ~70 ms of every command's start, are compiled when first asked for (perf21)."""
from __future__ import annotations

import json
import subprocess
import sys

# Records every pattern `re` compiles (not found in its cache) while the modules named are imported, then prints them.
_RECORDER = """
import json, re, sys
compiled = []
original = re._compile
def recording(pattern, flags):
    compiled.append(str(pattern))
    return original(pattern, flags)
re._compile = recording
for name in sys.argv[1:]:
    __import__(name)
print(json.dumps(compiled))
"""

_LETTER_CLASS = "[^\\W\u3040-"  # (sync's letter class: a word character but no ideograph, kana or hangul)


def _compiled_importing(*modules: str) -> list[str]:
    """The patterns compiled while a fresh Python imports `modules`."""
    done = subprocess.run([sys.executable, "-c", _RECORDER, *modules], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_importing_what_every_command_imports_compiles_no_address_pattern():
    compiled = _compiled_importing("policysite.cli", "policysite.checks", "policysite.publish", "policysite.editorial",
                                   "policysite.sync")
    assert compiled  # (the recorder saw the modules' own patterns compiled)
    assert [pattern for pattern in compiled if _LETTER_CLASS in pattern] == []


def test_the_address_patterns_are_compiled_once_when_asked_for():
    from policysite import sync

    assert sync.url_pattern() is sync.url_pattern()
    assert sync.email_pattern() is sync.email_pattern()
    assert sync.url_pattern().findall("详见https://example.com/privacy。") == ["https://example.com/privacy"]
    assert sync.email_pattern().findall("请发邮件至privacy@example.com联系我们") == ["privacy@example.com"]
