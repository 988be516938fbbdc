"""safety92: publish's refusal of files one commit of the branch brought names its message by a plain key, whose
fields the catalogue checks read (test_messages': a key built by `str.replace` was skipped by them)."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from policysite import messages, writing
from policysite.messages import Said


def _rewritten_keys() -> list[str]:
    """Each `Said(…)` of the package whose key is another message's rewritten (`key.replace(…)`, `.removeprefix`…)."""
    package = Path(writing.__file__).parent
    found = []
    for source in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Said" \
                    and node.args and isinstance(node.args[0], ast.Call) \
                    and isinstance(node.args[0].func, ast.Attribute) \
                    and node.args[0].func.attr in {"replace", "removeprefix", "removesuffix", "format"}:
                found.append(f"{source.relative_to(package)}:{node.lineno}")
    return found


def test_no_message_key_is_another_s_rewritten():
    assert _rewritten_keys() == []


@pytest.mark.parametrize(("verify_key", "publish_key"), [("verify.unaccounted/merge", "publish.carried/merge"),
                                                         ("verify.unaccounted/commit", "publish.carried/commit")])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_commit_s_files_are_said_as_publish_s_refusal_with_every_field_of_its_template(verify_key, publish_key,
                                                                                          lang):
    files = ("a.html", "b.html", "c.html", "d.html", "e.html")
    verify_said = Said(verify_key, count=5, paths="a.html, b.html, c.html", more=" …", commit="abc1234",
                       subject="Add pages", day=dt.date(2024, 1, 1), branch="gh-pages", files=files)
    said = writing._carried_said(verify_said)
    english = messages.catalogue(messages.DEFAULT)
    assert said.key == publish_key
    assert messages.fields_of(english[publish_key]) <= set(said.fields)
    text = messages.said_in(Said("publish.carried-brought", brought=[said], besides=""), lang)
    assert "abc1234" in text and "a.html, b.html, c.html" in text and "gh-pages" in text and "{" not in text
