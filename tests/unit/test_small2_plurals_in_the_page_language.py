"""small2: the counts the browser's scripts write (compare.js's summary, policy.js's versions left out of a version's
list) take the form the page's language gives the number, whatever the reader's browser speaks. `new
Intl.PluralRules(lang)` in a browser that has no rules for `lang` silently uses the reader's own language's: a
French reader's browser lacking Polish counted "5" as French's `other`, "2" as `other` where Polish says `few`.
Where the browser lacks the language, policy.js's policyPlural counts by the rules the site's build counts with
(strings.plural_rule, Babel's CLDR rules, as strings.counted); never by the reader's language's. As reader27's test,
the scripts run in Node under several locales; a browser lacking the language is Node's Intl with the language taken
out of it (Intl.PluralRules answering it in the reader's language, as a browser does)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import archive, strings

SCRIPTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts"
# the site's languages whose counts have forms apart (Polish, Czech, Russian 2-4 and 5+, Arabic's zero and dual,
# Hebrew's dual, Latvian's zero, Romanian's few, French's 0 and 1 and millions), one with none, and pages in
# languages the site has no words for (their counts in English, as the build writes them)
LANGS = ("pl", "cs", "ru", "uk", "ar", "he", "lv", "ro", "fr", "pt-BR", "ja", "en", "dv", "ht", "xx-Invalid")
COUNTS = (*range(0, 130), 1001, 1002, 1011, 1_000_000, 2_000_000, 1_000_001)
READERS = ("fr_FR.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8")

# policy.js loaded; Intl.PluralRules without the languages in `lacking` (a browser lacking them: their rules are the
# reader's default locale's); compare.js's counted taken out of its closure, with the compare page's strings
RUNNER = r"""
const fs = require("fs");
global.window = global;
global.document = { querySelector: () => null, querySelectorAll: () => [], getElementById: () => null,
  addEventListener: () => {}, documentElement: { lang: "" } };
const given = JSON.parse(fs.readFileSync(0, "utf8"));
const Real = Intl.PluralRules, lacking = new Set(given.lacking);
const Lacking = function (lang, options) { return new Real(lacking.has(lang) ? undefined : lang, options); };
Lacking.supportedLocalesOf = (langs, options) =>
  Real.supportedLocalesOf(langs, options).filter((lang) => !lacking.has(lang));
Intl.PluralRules = Lacking;
try { eval(fs.readFileSync(process.argv[1], "utf8")); } catch (error) {}  // (its page's code needs a browser)
const compare = fs.readFileSync(process.argv[2], "utf8");
const fill = compare.match(/\n  function fill\(text, values\) \{[\s\S]*?\n  \}\n/)[0];
const counted = compare.match(/\n  function counted\(key, n\) \{[\s\S]*?\n  \}\n/)[0];
console.log(JSON.stringify(given.pages.map((page) => {
  const t = page.strings;
  const count = eval("(function () {" + fill + counted + "; return counted; })")();
  return { counted: given.counts.map((n) => count(page.key, n)),
           between: given.counts.map((n) => window.policyPlural(n, page.between.lang, page.between.rule)) };
})));
"""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    return node


def _compare_strings(lang: str) -> dict:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    return json.loads(re.search(r'class="policy-compare-strings">(.*?)</script>',
                                archive.compare_page(env=env, lang=lang)).group(1))


def _run(pages: list[dict], lacking: list[str], reader: str) -> list[dict]:
    env = {**os.environ, "LANG": reader, "LC_ALL": reader, "TZ": "UTC"}
    given = {"pages": pages, "lacking": lacking, "counts": list(COUNTS)}
    result = subprocess.run([_node(), "-e", RUNNER, str(SCRIPTS / "policy.js"), str(SCRIPTS / "compare.js")],
                            input=json.dumps(given), capture_output=True, text=True, timeout=60, check=True, env=env)
    return json.loads(result.stdout)


def _pages() -> list[dict]:
    # the version page's `between` as pages.decorate writes it: the language of the site's words and their rules
    return [{"lang": lang, "key": "count_changed", "strings": _compare_strings(lang),
             "between": {"lang": strings.spoken(lang), "rule": strings.plural_rule(lang)}} for lang in LANGS]


@pytest.mark.parametrize("lacking", [False, True], ids=["browser-has-them", "browser-lacks-them"])
@pytest.mark.parametrize("reader", READERS)
def test_a_count_takes_the_form_the_build_gives_it_whatever_the_browser_speaks(reader, lacking):
    pages = _pages()
    gone = sorted({strings.spoken(lang) for lang in LANGS}) if lacking else []
    said = _run(pages, gone, reader)
    for page, browser in zip(pages, said, strict=True):
        lang, t = page["lang"], strings.redline_labels(page["lang"])
        assert browser["counted"] == [strings.counted(t, "count_changed", n, lang, n=n) for n in COUNTS], (reader, lang)
        assert browser["between"] == [strings.plural_category(n, lang) for n in COUNTS], (reader, lang)


def test_the_rules_given_to_the_browser_are_those_the_build_counts_with():
    """plural_rule is Babel's rule for the language of the site's words (English's for a page the site has no words
    for, or a code no locale reads), each of its categories there."""
    assert strings.plural_rule("dv") == strings.plural_rule("ht") == strings.plural_rule("xx-Invalid") \
        == strings.plural_rule("en")
    assert [category for category, _ in strings.plural_rule("pl")] == ["few", "many", "one"]
    assert strings.plural_rule("ja") == []
    assert _compare_strings("pl")["plural_rule"] == strings.plural_rule("pl")
