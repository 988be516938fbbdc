"""legal29: the changes page and the compare page say each number changed in a sentence or a cell and each link's
address changed under the same words, with the section's heading, as the Word and PDF redlines do (render.filed_lines;
compare.js figureLines, run in Node on redline.js's redline of the two versions' policy.json): one answer."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from policysite import archive, document, export, redline
from policysite.redline.render import filed_lines, render_html
from policysite.strings import redline_labels

COMPARE = ROOT / "overrides" / "assets" / "javascripts" / "compare.js"
ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"

OLD = ("## 1. Retention\n\nWe keep the data for 30 days after the contract ends.\n\n"
       "| Data | Kept |\n|---|---|\n| Name | 3 years |\n| Logs | 12 months |\n\n"
       "## 2. Complaints\n\nSee the [CNIL](https://www.cnil.fr/fr) or [write to us](mailto:dpo@example.com).\n\n"
       "## 3. Age\n\nThe site is for people aged 16 or more, in 2030.\n")


def _functions() -> str:
    """compare.js's heading, replacedLines, figureLines and what they call, as the page runs them."""
    source = COMPARE.read_text(encoding="utf-8")
    return (source[source.index("  function blank(text)"):source.index("\n", source.index("  function blank(text)"))]
            + source[source.index("  function heading(s)"):source.index("  // render.titled:")]
            + source[source.index("  var TERM ="):source.index("\n  // render.moved_line:")])


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
    t = {key: text for key, text in redline_labels(lang).items()
         if key.startswith("term_replaced") or key in ("figure_changed", "link_changed", "preamble", "section",
                                                       "untitled_section")}
    script = ("const engine = require(process.argv[1]);"
              "const EQUAL = engine.EQUAL, DELETE = engine.DELETE, INSERT = engine.INSERT;"
              "const window = {policyPlural: () => 'other', policyNumber: (n) => String(n)};"
              "function fill(text, values) { return text.replace(/\\{(\\w+)\\}/g, (all, name) => "
              "name in values ? values[name] : all); }"
              + _filled() +  # (each line the site's words and the text's quoted, reader34: joined here)
              f"const t = {json.dumps({**t, 'plural_lang': lang, 'plural_rule': '', 'number': None})};"
              + _functions() +
              "const [a, b] = JSON.parse(require('fs').readFileSync(0, 'utf-8'));"
              "const sections = engine.diff(a, b).sections;"
              "process.stdout.write(JSON.stringify(replacedLines(sections).concat(figureLines(sections))"
              ".map((line) => line.join(''))));")
    return json.loads(subprocess.run([node, "-e", script, str(ENGINE)], input=json.dumps(docs), capture_output=True,
                                     text=True, check=True).stdout)


def _redline(old: str, new: str) -> redline.Redline:
    return redline.diff(document.parse(synthetic_policy("2030-01-15", sections=old), path="old.md", lang="en"),
                        document.parse(synthetic_policy("2030-02-01", sections=new), path="new.md", lang="en"))


EDITS = [
    OLD.replace("30 days", "60 days").replace("| 3 years", "| 5 years"),  # a sentence's number, a cell's
    OLD.replace("cnil.fr/fr)", "cnil.fr/fr/plaintes)").replace("mailto:dpo@", "mailto:privacy@"),  # two addresses
    OLD.replace("aged 16 or more, in 2030.", "aged 15 or more, in 2031."),  # two numbers in one sentence, the last
    OLD.replace("30 days after the contract ends", "as long as the law asks, 10 years at most"),  # rewritten: none
    OLD.replace("## 3. Age", "## 3. Age limits").replace("| 12 months", "| 6 months"),  # a title renamed, a cell
]


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
@pytest.mark.parametrize("new", EDITS)
def test_the_compare_page_says_what_the_changes_page_and_the_filed_redlines_say(new, lang):
    python = filed_lines(_redline(OLD, new), redline_labels(lang), lang)
    assert _javascript(OLD, new, lang) == python


def test_what_is_said_in_english():
    assert filed_lines(_redline(OLD, EDITS[0]), redline_labels("en"), "en") == [
        "“for 30 days” becomes “for 60 days” (§1 Retention).", "“3 years” becomes “5 years” (§1 Retention)."]
    assert filed_lines(_redline(OLD, EDITS[1]), redline_labels("en"), "en") == [
        "The link to https://www.cnil.fr/fr now leads to https://www.cnil.fr/fr/plaintes (§2 Complaints).",
        "The link to mailto:dpo@example.com now leads to mailto:privacy@example.com (§2 Complaints)."]
    assert filed_lines(_redline(OLD, EDITS[3]), redline_labels("en"), "en") == []


def test_the_changes_page_says_them_under_its_counts():
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    html = render_html(_redline(OLD, EDITS[0]), env=env, lang="en")
    assert '<p class="redline-replaced">“for 30 days” becomes “for 60 days” (§1 Retention).</p>' in html
    page = archive.compare_page(env=env, lang="fr")  # the compare page's script is given both sentences
    assert "figure_changed" in page and "link_changed" in page
