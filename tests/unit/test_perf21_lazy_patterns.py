"""A command's start compiles no pattern only some commands use: sync's address patterns, whose letter classes
(`[^\\W…]` over every code point) took ~70 ms of every command's start, are compiled when first asked for (perf21)."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

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


def test_the_url_pattern_reads_only_its_scheme_ignoring_case():
    from policysite import sync

    assert not sync.url_pattern().flags & re.IGNORECASE  # (its classes compiled ignoring case: 59 ms, not 17)
    text = "Voir HTTPS://Example.COM/Privée, Www.Example.org. ou Http://例子.com/隐私。éhttps://x.example"
    assert sync.url_pattern().findall(text) == ["HTTPS://Example.COM/Privée", "Www.Example.org", "Http://例子.com/隐私"]


@pytest.mark.parametrize("name", ["_LETTER", "_IN_ADDRESS", "_ADDRESS_END", "_PATH_SIGN", "_CJK"])
def test_each_class_of_the_url_pattern_matches_the_same_characters_in_any_case(name: str):
    from policysite import sync

    every = "".join(map(chr, range(sys.maxunicode + 1)))  # (each code point once, surrogates included)
    one = f"[{sync._CJK}]" if name == "_CJK" else getattr(sync, name)  # (_IN_PATH: a sign, then an ideograph)
    assert re.fullmatch(r"\[[^\[\]]+\]", one)  # (one class: one character)
    # (what is left once the characters it matches are removed: the same, so the same characters matched)
    assert re.sub(one, "", every, flags=re.IGNORECASE) == re.sub(one, "", every)


def test_the_url_pattern_finds_what_it_found_ignoring_case_throughout():
    from policysite import sync

    before = re.compile(sync.url_pattern().pattern.replace("(?i:", "(?:"), re.IGNORECASE)  # (as it was compiled)
    texts = ["HTTPS://EXAMPLE.COM/A?b=C#D, www.EXAMPLE.fr/ÄÖ.", "voirhttps://x.fr ou Ahttps://y.fr", "详见https://example.com/privacy。",
             "ſhttps://a.example Kwww.b.example ıhttps://c.example", "(https://a.example/path_(x)) «www.b.example» ΣWWW.c.gr"]
    for text in texts:
        assert sync.url_pattern().findall(text) == before.findall(text)
