"""safety86: the globals a script defines, read as a browser runs it (script_globals). safety84 read `window.X =`,
`self.X =`, `globalThis.X =` only: redline.js's UMD wrapper defines `PolicyRedline` by `root.PolicyRedline = factory()`,
`root` being the global object it is called with, and a script defines a name by `window["X"] =` and by declaring it
at its top level (`var X`): an element of the text with that id was that global for any script reading it first."""
from __future__ import annotations

from pathlib import Path

from policysite import safety, script_globals
from unit.test_safety import THEME, page

UMD = ('(function (root, factory) {\n  if (typeof module === "object" && module.exports) module.exports = factory();\n'
       '  else root.PolicyDiffer = factory();\n})(typeof self !== "undefined" ? self : this, function () {\n'
       '  "use strict";\n  var inner = 1;\n  return {};\n});\n')


def test_a_wrapper_s_parameter_bound_to_the_global_object_defines_on_it():
    assert script_globals.defined(UMD) == {"PolicyDiffer"}
    assert script_globals.defined("!function (g) { g.policyBang = 1; }(this);") == {"policyBang"}


def test_a_wrapper_called_with_another_object_defines_nothing_global():
    assert script_globals.defined("(function (r) { r.notGlobal = 1; })(document.body);") == frozenset()
    assert script_globals.defined("(function (r) { r.notGlobal = 1; })(window.something);") == frozenset()


def test_bracketed_names_and_aliases_of_the_global_object():
    script = ('window["policyA"] = 1; globalThis[\'policyB\'] = 2; var g = self; g.policyC = 3;\n'
              'this.policyD = 4; function f() { this.notE = 5; window[name] = 6; }')
    assert script_globals.defined(script) == {"policyA", "policyB", "g", "policyC", "policyD", "f"}


def test_top_level_declarations_only():
    script = ("var policyA = 1, policyB = f(x, y), policyC;\nfunction policyD() { var notE = 1; }\n"
              "if (x) { var policyF = 2; }\n(function () { var notG = 3; function notH() {} })();\n"
              "var policyI = { a: 1, notJ: 2 }; let notK = 1;")
    assert script_globals.defined(script) == {"policyA", "policyB", "policyC", "policyD", "policyF", "policyI"}


def test_strings_comments_templates_and_regular_expressions_define_nothing():
    script = ('var s = "window.notA = 1"; // window.notB = 2\n/* var notC = 3; */ var r = /window.notD = 4 {/g;\n'
              'var t = `window.notE = ${x}`; var q = a / b; window.policyF = 1;')
    assert script_globals.defined(script) == {"s", "r", "t", "q", "policyF"}


def test_the_site_s_redline_engine_is_read():
    assert "PolicyRedline" in safety.theme_globals(THEME)


def test_a_template_s_module_script_defines_nothing_on_window(tmp_path: Path):
    partials = tmp_path / "partials" / "javascripts"
    partials.mkdir(parents=True)
    (partials / "extra.html").write_text('<p>It\'s {{ x }}</p><script>window.policyClassic = 1;</script>\n'
                                         '<script type="module">window.policyModule = 1;</script>\n', encoding="utf-8")
    names = safety.theme_globals((str(tmp_path),))
    assert "policyClassic" in names and "policyModule" not in names


def test_a_template_s_own_declarations_and_an_overridden_template_are_not_read(tmp_path: Path):
    """Material's consent.html declares `var consent` for itself alone: a policy's `## Consent` heading (id `consent`)
    clobbers nothing and is published; a template the first theme folder overrides is not the site's."""
    partials = tmp_path / "partials" / "javascripts"
    partials.mkdir(parents=True)
    (partials / "consent.html").write_text("<script>var consent = 1; window.policyOwn = 2;</script>\n", encoding="utf-8")
    ours = tmp_path / "ours"
    (ours / "partials" / "javascripts").mkdir(parents=True)
    (ours / "partials" / "javascripts" / "consent.html").write_text("{# nothing #}\n", encoding="utf-8")
    assert "policyOwn" in safety.theme_globals((str(tmp_path),))
    assert "consent" not in safety.theme_globals((str(tmp_path),))
    assert "policyOwn" not in safety.theme_globals((str(ours), str(tmp_path)))
    html = page('<h2 id="consent">Consent</h2><p>We ask.</p>')
    assert safety.check_page(html, file="index.html", theme_dirs=THEME) == []


def test_an_id_naming_the_umd_global_is_refused_on_the_published_page(tmp_path: Path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "differ.js").write_text(UMD, encoding="utf-8")
    html = page('<p id="PolicyDiffer">We keep your data.</p>')
    assert safety.check_page(html, file="index.html", theme_dirs=THEME) == []
    found = safety.check_page(html, file="index.html", theme_dirs=(str(tmp_path), *THEME))
    assert [v.message.key for v in found] == ["output.script-global"], found
    found = safety.check_page(page('<p id="PolicyRedline">We keep your data.</p>'), file="index.html",
                              theme_dirs=THEME)
    assert [v.message.key for v in found] == ["output.script-global"], found
