"""company6: the company's choice of digits is that of the configuration being written, not of the last one read: a
process that reads or builds another commit's configuration (history, publish, verify) writes the rest with its own."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import git as gitpython
import pytest

from policy_repo import new_project
from policysite import history, settings, strings

DAY = dt.date(2021, 2, 17)
SCRIPTS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts"


@pytest.fixture(autouse=True)
def no_choice():
    strings.choose_digits({})
    yield
    strings.choose_digits({})


def test_digits_kept_restores_the_choice_read_before():
    extra = {"policy": {"company": "Example", "authoritative": "fa", "public_url": "https://example.test/",
                        "languages": [{"code": "fa", "name": "فارسی", "digits": "latn"}]}}
    settings.from_extra(extra)
    assert strings.long_date(DAY, "fa") == "17 فوریهٔ 2021"
    with strings.digits_kept():
        settings.from_extra({"policy": {**extra["policy"], "languages": [{"code": "fa", "name": "فارسی"}]}})
        assert strings.long_date(DAY, "fa") == "۱۷ فوریهٔ ۲۰۲۱"
    assert strings.long_date(DAY, "fa") == "17 فوریهٔ 2021"


def test_reading_an_older_commits_configuration_leaves_the_sites_digits(tmp_path: Path):
    project = new_project(tmp_path / "site")
    config = project.root / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    assert "      - code: fr\n        name: Français\n" in plain
    config.write_text(plain.replace("      - code: fr\n        name: Français\n",
                                    "      - code: fr\n        name: Français\n        digits: deva\n"),
                      encoding="utf-8")
    project.commit("2021-02-17")
    config.write_text(plain, encoding="utf-8")
    second = project.commit("2022-03-01")
    site = settings.load(project.root)  # HEAD's: French in 0-9
    assert strings.long_date(DAY, "fr") == "17 février 2021"
    pages = history._configured_pages(gitpython.Repo(project.root), project.root, site)(second)
    assert pages  # the first commit's configuration was read (its digits: Devanagari)
    assert strings.long_date(DAY, "fr") == "17 février 2021"


# policy.js's renumbered note (formerly), run by Node on a page of stubs: the section the address names (#s3), the
# one that held its id until a version (§5, until 2021-02-17), the note's words and the print line's digits
NOTE = r"""
const fs = require("fs");
global.window = global;
global.document = { querySelector: () => null, querySelectorAll: () => [], getElementById: () => null,
  addEventListener: () => {}, documentElement: { lang: "" } };
const policy = fs.readFileSync(process.argv[1], "utf8");
try { eval(policy); } catch (error) {}  // (policyDigits: its page's code needs a browser)
const noteCode = policy.match(/\n  function formerly\(\) \{[\s\S]*?\n  \}\n/)[0];
const dayCode = policy.match(/\n  function dayText\(date, lang, zone\) \{[\s\S]*?\n  \}\n/)[0];
// (the holder's title is read as policy.js reads every heading's: without its ¶, reader20's `unmarked`)
const unmarkedCode = policy.match(/\n  function unmarked\(node, also\) \{[\s\S]*?\n  \}\n/)[0];
// (the section the address names, as policy.js finds it: its id, or a dated id no element has (reader28))
const targetedCode = policy.match(/\n  var DATED = [^\n]*\n/)[0] +
  policy.match(/\n  function targeted\(\) \{[\s\S]*?\n  \}\n/)[0];
const c = JSON.parse(fs.readFileSync(0, "utf8"));
const inserted = [];
function node(tag, attrs, text) {
  return { tagName: tag, attrs: attrs || {}, children: [], textContent: text || "", lang: "", dir: "",
    getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; },
    setAttribute(name, value) { this.attrs[name] = value; }, appendChild(child) { this.children.push(child); },
    cloneNode() { return node(tag, attrs, text); }, querySelector() { return null; }, querySelectorAll() { return []; }, remove() {},
    parentNode: { insertBefore(child) { inserted.push(child); } } };
}
// (the words end with the space before the link, pages.missing_section's; their language is the element's `lang`)
const said = Object.assign(node("P", { "data-policy-renumbered": c.words || "until {date}: ",
                                       "data-policy-untitled": c.untitled || null }), { lang: c.ui || "" });
const accessed = c.digits === null ? null : node("SPAN", { "data-policy-digits": c.digits });
const sections = { s3: node("H2", {}, "3. Security"), s5: node("H2", {}, "5. Cookies") };
document.documentElement.lang = c.lang;
if (c.blank) sections.s5 = node("H2", {}, " \u00a0 ");  // a heading that shows nothing
document.querySelector = (s) => s === ".policy-unscripted" ? said : s === ".policy-accessed" ? accessed : null;
document.getElementById = (id) => sections[id] || null;
document.createElement = (tag) => node(tag.toUpperCase());
const fragment = () => "s3", dated = () => [["2021-02-17", "s3", "s5"]];
eval(dayCode + unmarkedCode + targetedCode + noteCode + "formerly();");
const line = inserted[0].children[0];
console.log(JSON.stringify(c.link ? line.children[0].textContent : line.textContent));
"""


@pytest.mark.parametrize(("lang", "ui", "digits", "day"), [
    ("fa", None, "۰۱۲۳۴۵۶۷۸۹", ["۱۷", "۲۰۲۱"]),  # the page's digits, as its print line's day
    ("fa", "en", "۰۱۲۳۴۵۶۷۸۹", ["17", "2021"]),  # words of another language: 0-9, as at.js writes them
    ("fr", None, None, ["17", "2021"]),  # a page in 0-9 (no digits said)
])
def test_the_renumbered_note_writes_its_date_in_the_pages_digits(lang, ui, digits, day):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to run the site's scripts")
    result = subprocess.run([node, "-e", NOTE, str(SCRIPTS / "policy.js")], capture_output=True, text=True,
                            input=json.dumps({"lang": lang, "ui": ui, "digits": digits}), timeout=60, check=True)
    said = json.loads(result.stdout)
    assert said.startswith("until ") and said.endswith(": ")
    assert re.findall(r"\d+", said) == day, said


def test_a_build_of_another_configuration_leaves_the_choice_it_found(tmp_path: Path, monkeypatch):
    from helpers import copy_project
    from policysite import build

    root = copy_project(tmp_path / "site", docs=None)
    config = root / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    config.write_text(plain.replace("      - code: fr\n        name: Français\n",
                                    "      - code: fr\n        name: Français\n        digits: deva\n"),
                      encoding="utf-8")
    chosen = []

    def hooks(config):  # what the build's hooks do at each event: read its settings, choosing its digits
        settings.from_extra(config.extra)
        chosen.append(strings.long_date(DAY, "fr"))

    monkeypatch.setattr(build, "mkdocs_build", hooks)
    site = settings.load(root)  # (the commit being written: French in Devanagari)
    strings.choose_digits({})  # the site's own choice, as HEAD's: 0-9
    build.build_language(root, site.language("fr"), site_dir=tmp_path / "out")
    assert chosen == ["१७ février २०२१"]  # its own configuration's, while it built
    assert strings.long_date(DAY, "fr") == "17 février 2021"
