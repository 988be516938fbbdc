"""legal27: the compare page says a term replaced everywhere as `policy diff` and the changes page do (one answer: the
compare page must give what `policy diff` gives). compare.js's replacedLines, run in Node on redline.js's redline of
the two versions' policy.json, gives render.replaced_lines' words."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from helpers import ROOT, synthetic_policy
from policysite import document, export, redline
from policysite.redline.render import replaced_lines
from policysite.strings import redline_labels

COMPARE = ROOT / "overrides" / "assets" / "javascripts" / "compare.js"
ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"

OLD = ("## 1. Definitions\n\nThe “User” means anyone who visits the site.\n\n"
       "## 2. Data\n\n- the User's name;\n- the User's address.\n\n"
       "## 3. Duties\n\nThe User follows the rules. Each user may write to us.\n\n"
       "| Who | What |\n|---|---|\n| User | name |\n")


def _functions() -> str:
    """compare.js's replacedLines and what it calls, as the page runs them."""
    source = COMPARE.read_text(encoding="utf-8")
    return source[source.index("  var TERM ="):source.index("\n  // render.moved_line:")]


def _filled() -> str:
    """compare.js's filled, which its lines are written with (the text's words quoted apart: reader34)."""
    source = COMPARE.read_text(encoding="utf-8")
    return source[source.index("  function filled(text"):source.index("\n  }\n", source.index("  function filled(text"))
                  + 4]


def _javascript(old: str, new: str, lang: str) -> list[str]:
    node = shutil.which("node") or pytest.skip("node not found")
    docs = [json.loads(export.policy_json(synthetic_policy(day, sections=text).encode("utf-8"), lang="en",
                                          version=day, url="", previous=None))
            for day, text in (("2030-01-15", old), ("2030-02-01", new))]
    t = {key: text for key, text in redline_labels(lang).items() if key.startswith("term_replaced")}
    script = ("const engine = require(process.argv[1]);"
              "const EQUAL = engine.EQUAL, DELETE = engine.DELETE, INSERT = engine.INSERT;"
              "const window = {policyPlural: () => 'other', policyNumber: (n) => String(n)};"
              "function fill(text, values) { return text.replace(/\\{(\\w+)\\}/g, (all, name) => "
              "name in values ? values[name] : all); }"
              + _filled() +  # (each line the site's words and the text's quoted, reader34: joined here)
              f"const t = {json.dumps({**t, 'plural_lang': lang, 'plural_rule': '', 'number': None})};"
              + _functions() +
              "const [a, b] = JSON.parse(require('fs').readFileSync(0, 'utf-8'));"
              "process.stdout.write(JSON.stringify(replacedLines(engine.diff(a, b).sections)"
              ".map((line) => line.join(''))));")
    return json.loads(subprocess.run([node, "-e", script, str(ENGINE)], input=json.dumps(docs), capture_output=True,
                                     text=True, check=True).stdout)


def _python(old: str, new: str, lang: str) -> list[str]:
    change = redline.diff(document.parse(synthetic_policy("2030-01-15", sections=old), path="old.md", lang="en"),
                          document.parse(synthetic_policy("2030-02-01", sections=new), path="new.md", lang="en"))
    return replaced_lines(change, redline_labels(lang), lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("new", [
    OLD.replace("User", "Customer").replace("user", "customer"),  # everywhere, a lower-case one too: said
    OLD.replace("User", "Customer"),  # "user" left in §3: not everywhere, not said
    OLD.replace("User", "Customer", 2),  # twice only: not said
])
def test_the_compare_page_says_what_policy_diff_says(new, lang):
    python = _python(OLD, new, lang)
    assert _javascript(OLD, new, lang) == python
    assert python == ([redline_labels(lang)["term_replaced"].format(old="User", new="Customer", count=6)]
                      if "customer" in new else [])
