"""What a change to the configuration, the hooks or the theme's script templates may not publish."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import ROOT
from policysite import config_rules, init, safety, settings as policy_settings


@pytest.fixture
def files(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    return tmp_path


def problems(config: dict, files: Path) -> list[str]:
    return config_rules.problems(config, config_file="mkdocs.yml", files=files)


@pytest.mark.parametrize(("config", "fragment"), [
    ({"plugins": ["search", {"material/projects": {"projects_dir": "overrides/projects"}}]},
     "'material/projects' is not one the generator builds with"),
    ({"plugins": {"search": {}, "material/privacy": {}}}, "'material/privacy' is not one the generator builds with"),
    # security hunt 30: a separator the search runs on the text in every reader's browser, backtracking for ever
    ({"plugins": [{"search": {"lang": "fr", "separator": r"(\w+\s?)+$"}}]}, "plugins: search: separator: not an"),
    ({"plugins": {"material/search": {"jieba_dict_user": "/etc/passwd"}}}, "material/search: jieba_dict_user: not"),
    ({"theme": {"custom_dir": "overrides"}, "extra_javascript": ["https://cdn.example/x.js"]},
     "'https://cdn.example/x.js' is not a file of the theme folder"),
    ({"theme": {"custom_dir": "overrides"}, "extra_javascript": ["assets/javascripts/missing.js"]},
     "'assets/javascripts/missing.js' is not a file of the theme folder"),
    ({"theme": {"custom_dir": "overrides"}, "extra_css": ["../../etc/x.css"]}, "is not a file of the theme folder"),
    ({"extra_templates": ["robots.txt"]}, "extra_templates: a template of the project's own"),
    # safety66: MkDocs' settings that change which pages a version publishes, where, or how MkDocs judges them
    ({"draft_docs": "index.md\n"}, "draft_docs: not a setting the generator builds with"),
    ({"exclude_docs": "index.md\n"}, "exclude_docs: not a setting the generator builds with"),
    ({"validation": {"links": {"not_found": "ignore"}}}, "validation: not a setting the generator builds with"),
    ({"google_analytics": ["UA-1-1", "example.test"]}, "google_analytics: not a setting the generator builds with"),
    ({"use_directory_urls": False}, "use_directory_urls: False: each page would be written as a file of its own"),
    ({"edit_uri_template": "https://evil.example/{path}"}, "edit_uri_template: the theme would ask"),
])
def test_plugins_and_scripts_of_the_projects_own_are_refused(files, config, fragment):
    assert any(fragment in line for line in problems(config, files)), problems(config, files)


@pytest.mark.parametrize("config", [
    {"extra": {"policy": {"documents": [{"id": "privacy", "page": "index.md"},
                                        {"id": "cookies", "page": "cookies.md", "title": "Cookies\f policy"}]}}},
    {"extra": {"policy": {"languages": [{"code": "fr", "name": "Fran\x00çais"}]}}},
    {"site_name": "Acme\x1b[2J"},
])
def test_a_control_character_in_a_printed_setting_is_refused(files, config):
    """A document's title holding U+000C made both languages' updates.xml ill-formed XML (security hunt 25)."""
    assert any("holds a control character (U+" in line for line in problems(config, files)), problems(config, files)


@pytest.mark.parametrize("config", [
    {"site_name": "Politique \u202eelbatpecca"}, {"copyright": "© Acme {year} &#x202E;sevreser"},
    {"extra": {"policy": {"company": "Acme\u202d SAS"}}},
])
def test_a_direction_override_in_a_printed_setting_is_refused(files, config):
    """Security hunt 30: a site_name or copyright holding U+202E, written or as a character reference (the hook
    leaves `&` as it is), was published on every page, its words shown in another order than written."""
    assert any("holds a direction override (U+202" in line for line in problems(config, files)), problems(config, files)


@pytest.mark.parametrize("config", [
    {"site_name": "Acme n\u0336o\u0336t\u0336 privacy policy"}, {"copyright": "© Acme {year} &#x338;"},
    {"extra": {"policy": {"company": "Acme." + "\u0305\u0304\u030d\u030e" * 10}}},
])
def test_marks_striking_a_printed_setting_or_piled_on_it_are_refused(files, config):
    """Safety hunt 39: as in the text (editorial.struck, editorial.stacked), a setting printed on every page may not
    show words struck out or pile marks over the header's words; an accent passes."""
    assert any("holds marks drawn across its characters or piled on one" in line for line in problems(config, files)), \
        problems(config, files)
    assert not [line for line in problems({"site_name": "Politique de confidentialite\u0301 d'Acme"}, files)]


@pytest.mark.parametrize("config", [
    {"site_description": "Politique de confidentialité" + "".join(chr(0xE0000 + ord(c)) for c in "we sell data")},
    {"site_name": "Politique \u200b\u200c\u200b\u200c"}, {"copyright": "© Acme {year} &#xE0041;&#xE0042;"},
])
def test_words_hidden_in_a_printed_setting_are_refused(files, config):
    """Safety hunt 35: a sentence spelt in tag characters in site_description was published in every page's head,
    read by search engines and assistants, seen by no reviewer."""
    assert any("holds characters that draw nothing" in line for line in problems(config, files)), problems(config, files)


def test_a_name_in_a_right_to_left_script_keeps_its_marks(files):
    assert problems({"site_name": "מדיניות הפרטיות של \u2067Acme Ltd\u2069 \u200f"}, files) == []


def test_a_script_in_the_theme_folder_that_is_not_the_generators_is_refused(files):
    (files / "overrides" / "assets" / "javascripts" / "t.js").write_text("location='https://evil.example/'",
                                                                          encoding="utf-8")
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert any("overrides/assets/javascripts/t.js is a script of the project's own" in line for line in found)


def test_a_theme_language_other_than_the_configurations_own_is_refused(files):
    """Security hunt 30: `theme.language: ar` in mkdocs.en.yml published the English pages lang="ar" dir="rtl"."""
    languages = {"extra": {"policy": {"authoritative": "fr", "languages": [{"code": "fr"}, {"code": "en"}]}}}
    found = config_rules.problems({"theme": {"name": "material", "language": "ar"}, **languages},
                                  config_file="mkdocs.en.yml", files=files)
    assert any("theme.language: 'ar' is not the language this configuration builds (en)" in line for line in found)


def test_a_languages_own_direction_passes(files):
    assert problems({"theme": {"name": "material", "language": "he", "direction": "rtl", "font": False}}, files) == []
    assert problems({"theme": {"name": "material", "language": "fr", "direction": "ltr", "font": False}}, files) == []


def test_the_themes_icons_named_as_material_names_them_pass(files):
    config = {"theme": {"name": "material", "language": "pt-BR", "font": False,
                        "icon": {"logo": "material/library", "admonition": {"note": "octicons/tag-16"}}}}
    assert problems(config, files) == []


def test_the_sites_own_configurations_pass(files):
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        assert config_rules.problems(policy_settings.load_yaml(ROOT / name), config_file=name, files=files) == []


@pytest.mark.parametrize(("config", "fragment"), [
    ({"markdown_extensions": ["tables", "pymdownx.snippets"]}, "'pymdownx.snippets' is not one the checks read"),
    ({"markdown_extensions": [{"pymdownx.snippets": {"base_path": ["/"]}}]}, "'pymdownx.snippets' is not one"),
    ({"hooks": ["hooks/policy.py", "hooks/quiet.py"]}, "hooks/quiet.py is not one of the generator's"),
    ({"hooks": ["elsewhere/policy.py"]}, "elsewhere/policy.py is not one of the generator's"),
    ({"copyright": '<div class="md-consent__overlay"></div>©'}, "copyright: HTML is written into every page"),
    ({"repo_url": "https://github.com/example/site"}, "repo_url: the theme would ask the repository's host"),
])
def test_a_configuration_that_would_publish_what_the_checks_do_not_read_is_refused(files, config, fragment):
    found = problems(config, files)
    assert len(found) == 1 and fragment in found[0], found


_SCRIPT = "assets/javascripts/policy.js"


@pytest.mark.parametrize(("entry", "fragment"), [
    # safety68: a type no browser runs, or runs otherwise, on the site's own script; a key MkDocs does not write
    ({"path": _SCRIPT, "type": "text/plain"}, "extra_javascript: 'type': 'text/plain': the site's script"),
    ({"path": _SCRIPT, "type": "module"}, "extra_javascript: 'type': 'module': the site's script"),
    ({"path": _SCRIPT, "type": "text/javascript"}, "extra_javascript: 'type': 'text/javascript'"),
    ({"path": _SCRIPT, "async_": True}, "extra_javascript: 'async_': True"),
    ({"path": _SCRIPT, "defer": "no"}, "extra_javascript: 'defer': 'no'"),
])
def test_an_extra_javascript_entry_that_writes_the_sites_script_otherwise_is_refused(files, entry, fragment):
    found = problems({"theme": {"custom_dir": "overrides"}, "extra_javascript": [entry]}, files)
    assert len(found) == 1 and fragment in found[0], found


@pytest.mark.parametrize("entry", [_SCRIPT, {"path": _SCRIPT}, {"path": _SCRIPT, "defer": True},
                                   {"path": _SCRIPT, "async": True, "defer": False}, {"path": _SCRIPT, "type": ""}])
def test_an_extra_javascript_entry_deferred_or_async_passes(files, entry):
    assert problems({"theme": {"custom_dir": "overrides"}, "extra_javascript": [entry]}, files) == []


def test_an_extra_css_entry_of_keys_is_refused(files):
    found = problems({"theme": {"custom_dir": "overrides"},
                      "extra_css": [{"path": "assets/stylesheets/policy.css", "media": "print"}]}, files)
    assert len(found) == 1 and "extra_css: {'path': 'assets/stylesheets/policy.css'" in found[0], found


def test_a_hook_edited_in_the_project_is_refused(files):
    hook = files / "hooks" / "policy.py"
    hook.write_text(hook.read_text(encoding="utf-8") + "\nimport policysite.safety as s\n"
                    "s.check_site = lambda *a, **k: []\n", encoding="utf-8")
    generator = init.generator_root()  # where the package is installed from (not always this checkout: CI's clone)
    assert [f"mkdocs.yml: hooks: hooks/policy.py differs from the generator's own: a hook runs any code while the "
            f"site is built and checked; `policy upgrade` copies the generator's over it ({generator}/hooks/policy.py: "
            "a new version of the generator may change it)"] == problems({"hooks": ["hooks/policy.py"]}, files)


def test_the_generators_files_checked_out_with_crlf_are_the_generators(files):
    """History hunt 33: in a Windows checkout (`core.autocrlf=true`), every hook, template and script has CRLF line
    ends: `policy check` and `make preview` refused each as "not the generator's", and `policy upgrade` rewrote them
    all. The same file but for its line ends is the generator's; one more line is not."""
    from policysite import upgrade

    for path in [*(files / "hooks").rglob("*"), *(files / "overrides").rglob("*")]:
        if path.is_file() and path.suffix in (".py", ".html", ".js", ".css", ".typ"):
            path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    config = policy_settings.load_yaml(ROOT / "mkdocs.yml")
    assert config_rules.problems(config, config_file="mkdocs.yml", files=files) == []
    assert config_rules.own_templates(files / "overrides")
    assert [rel for rel in upgrade.stale(files) if rel.startswith(("hooks/", "overrides/"))] == []
    hook = files / "hooks" / "policy.py"
    hook.write_bytes(hook.read_bytes() + b"import os\r\n")
    assert "differs from the generator's own" in problems({"hooks": ["hooks/policy.py"]}, files)[0]


def test_a_script_template_of_the_projects_own_is_not_the_themes(tmp_path):
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    (overrides / "partials" / "javascripts" / "extra.html").write_text(
        '<script>document.cookie="tracked=1"</script>', encoding="utf-8")
    material = str(Path(__import__("material").__file__).parent / "templates")
    patterns = safety.theme_scripts((str(overrides), material))
    assert not any(p.fullmatch('document.cookie="tracked=1"') for p in patterns)
    assert patterns  # the generator's own templates and Material's are still the theme's


@pytest.mark.parametrize(("name", "content", "fragment"), [
    ("assets/evil.es", "document.body.innerHTML='x'", "is a file of a kind (.es) the site would serve unchecked"),
    ("assets/feed.xml", '<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>',
     "is a file of a kind (.xml)"),
    ("page.shtml", "<script>alert(1)</script>", "is a file of a kind (.shtml)"),
    ("hooks.py", "import os", "is a file of a kind (.py)"),
    ("assets/stylesheets/brand.css", "@import url(https://tracker.example/x.css);", "loads a file or escapes"),
    ("assets/stylesheets/brand.css", "@font-face{font-family:x;src:local(x)}", "loads a file or escapes"),
    ("assets/stylesheets/brand.css", '#s2::before{content:"Nous vendons vos données"}', "sets content (#s2::before)"),
    ("assets/stylesheets/brand.css", "#s2 + p { visibility: hidden }", "sets visibility (#s2 + p)"),
    ("assets/stylesheets/brand.css", "#s2 + p { clip-path: inset(50%) }", "sets clip-path"),
    ("assets/stylesheets/brand.css", 'q { quotes: "Nous vendons" "" }', "sets quotes"),
    ("assets/stylesheets/brand.css", "p { color: transparent }", "no transparency"),
    # security hunt 30: a symbol font draws the words as pictographs where a reader has it installed
    ("assets/stylesheets/brand.css", "td { font-family: Wingdings, sans-serif }", "sets font-family: Wingdings (td)"),
    ("assets/stylesheets/brand.css", ":root { --md-text-font: 'Symbol' }", "a symbol font draws letters"),
    # text coloured as the page it is on (security hunt 13, High 7: the right to object published invisible)
    ("assets/stylesheets/brand.css", ".md-typeset #s1 + p + p { color: #ffffff }",
     "a contrast of 1.0:1 with the page's background, under the 4.5:1"),
    ("assets/stylesheets/brand.css", "p::selection { color: #eee; background-color: #fff }",
     "with the background its rule sets"),
    ("assets/stylesheets/brand.css", ":root { --md-typeset-color: hsl(0, 0%, 90%) }", "with the page's background"),
    ("assets/stylesheets/brand.css", ":root { --md-primary-fg-color: #ffcc00 }", "with the header's text"),
    ("assets/stylesheets/brand.css", 'a::before { content: "/*" } b { background: url(data:x) } c { content: "*/" }',
     "loads a file"),
    # security hunt 15: declarations before a nested rule (CSS nesting) are the outer rule's, judged as such
    ("assets/stylesheets/brand.css", ".md-typeset #s1 + p + p { display: none; & { color: #212121 } }",
     "sets display (.md-typeset #s1 + p + p)"),
    ("assets/stylesheets/brand.css", ".md-typeset p { visibility: hidden; @media screen { color: #212121 } }",
     "sets visibility (.md-typeset p)"),
    ("assets/stylesheets/brand.css", ".md-typeset h2 { b { content: 'Nous vendons vos données' } }",
     "sets content (.md-typeset h2 b)"),
    # ... a chrome class named anywhere in a selector is not the chrome; rules combine
    ("assets/stylesheets/brand.css", ".md-typeset p:not(.md-top) { color: #ffffff }", "a contrast of 1.0:1"),
    # safety66: nor is a chrome class's name in an attribute selector (an id or an address of the text holds it)
    ("assets/stylesheets/brand.css", ".md-typeset [id^=md-header] { color: #ffffff }", "a contrast of 1.0:1"),
    ("assets/stylesheets/brand.css", '.md-typeset a[href*="md-footer"] { color: #fff }', "a contrast of 1.0:1"),
    ("assets/stylesheets/brand.css", ".md-typeset p[title~='.md-top'] { color: #fff }", "a contrast of 1.0:1"),
    # safety66: the chrome's words are read against the chrome's own colours (an archived version's notice in the
    # warning banner, the header's version, the footer), not left unread
    ("assets/stylesheets/brand.css", ".md-banner--warning { color: #ffff99 }",
     "a contrast of 1.0:1 with the background the theme draws its md-banner--warning on (#ffff99)"),
    ("assets/stylesheets/brand.css", ".md-banner__inner { background-color: #212121 }",
     "with the text colour the theme gives its md-banner"),
    ("assets/stylesheets/brand.css", ".md-version__current { color: #3f51b5 }",
     "with the background the theme draws its md-version on (#4051b5)"),
    ("assets/stylesheets/brand.css", ":root { --md-primary-fg-color: #8a1538 } .md-header__title { color: #8a1538 }",
     "with the background the theme draws its md-header on (#8a1538)"),
    ("assets/stylesheets/brand.css", ".md-footer-meta { color: #222222 }", "its md-footer on (#212121)"),
    ("assets/stylesheets/brand.css", "@media (prefers-color-scheme: dark) { .md-tooltip { color: #222222 } }",
     "its md-tooltip on (#1e2129) on a dark screen"),
    ("assets/stylesheets/brand.css", ".md-dialog { background-color: #ffffff }", "gives its md-dialog (#ffffff)"),
    # safety66: words in hairline strokes, or sheared flat
    ("assets/stylesheets/brand.css", ".md-typeset p { font-weight: 1 }", "sets font-weight: 1 (.md-typeset p)"),
    ("assets/stylesheets/brand.css", ".md-typeset p { font-style: oblique 89deg }", "sets font-style: oblique 89deg"),
    # safety66: a corner round enough to clip the words of a table's corner cells (the theme hides a table's overflow)
    ("assets/stylesheets/brand.css", ".md-typeset table { border-radius: 50% }", "sets border-radius: 50% (.md-typeset"),
    ("assets/stylesheets/brand.css", ".md-typeset table { border-radius: 2em 0 }", "a corner rounder than 8px, 0.5em"),
    ("assets/stylesheets/brand.css", ".md-typeset pre > code { border-radius: 100vw }", "clips the words under it"),
    # safety66: the header's colour is the text's links' (Material's --md-typeset-a-color), where none is set for them
    ("assets/stylesheets/brand.css", ":root { --md-primary-fg-color: #ffffff; --md-primary-bg-color: #000000 }",
     "a contrast of 1.0:1 with the page's background, on which the theme draws the text's links in this colour"),
    ("assets/stylesheets/brand.css", ".md-typeset { --md-primary-fg-color: #fafafa; --md-primary-bg-color: #212121 }",
     "on which the theme draws the text's links"),
    ("assets/stylesheets/brand.css", ".md-typeset p { background-color: #ffffff !important }", "!important"),
    ("assets/stylesheets/brand.css", ".md-content { background-color: #000000; color: #ffffff } .md-typeset p "
     "{ color: #000000 }", "a contrast of 1.0:1 between color: #000000 (.md-typeset p) and background-color: #000000"),
    # security hunt 16: a media query that also applies on screen; Material's other colour variables; a broken colour
    ("assets/stylesheets/brand.css", "@media screen, print { .md-typeset #s1 + p { color: #ffffff; background-color: "
     "#000000 } .md-content .md-typeset #s1 + p { background-color: #ffffff } }", "a contrast of 1.0:1 between"),
    ("assets/stylesheets/brand.css", ":root { --md-default-fg-color--lighter: #ffffff }",
     "sets --md-default-fg-color--lighter (:root): the theme's variables"),
    ("assets/stylesheets/brand.css", ":root { --md-default-fg-color--light: #ffffff }", "a contrast of 1.0:1"),
    ("assets/stylesheets/brand.css", "p { color: rgb(26, 35, .) }", "not a colour the check can read"),
    # safety68: a redline's strike and underline (a link's underline) drawn in the page's colour, or the rule's own
    ("assets/stylesheets/brand.css", ".redline del { text-decoration-color: #ffffff }",
     "sets text-decoration-color: #ffffff (.redline del): a contrast of 1.0:1 with the page's background"),
    ("assets/stylesheets/brand.css", "ins { text-decoration-color: #fafafa; background-color: #fafafa }",
     "sets text-decoration-color: #fafafa (ins): a contrast of 1.0:1 with the background its rule sets"),
    ("assets/stylesheets/brand.css", "@media (prefers-color-scheme: dark) { :root { --md-default-bg-color: #1e2129 } }"
     " .redline ins { text-decoration-color: #222222 }", "(.redline ins): a contrast of 1.0:1 with the page's "
     "background on a dark screen"),
    ("assets/stylesheets/brand.css", "del { text-decoration-color: transparent }", "no transparency"),
    # safety68: what stands in the theme's chrome stands on its colours: the archived notice's paragraph on the
    # banner's yellow, on a dark screen too; a sibling of the chrome's stands on the page
    ("assets/stylesheets/brand.css", "@media (prefers-color-scheme: dark) { .md-banner--warning p { color: #ffff99 } }",
     "sets color: #ffff99 (.md-banner--warning p): a contrast of 1.0:1 with the background the theme draws its "
     "md-banner--warning on (#ffff99)"),
    ("assets/stylesheets/brand.css", ".md-banner--warning > .md-banner__inner strong { color: #fafa9e }",
     "with the background the theme draws its md-banner"),
    ("assets/stylesheets/brand.css", ".md-header ~ .md-container p { color: #ffffff }",
     "(.md-header ~ .md-container p): a contrast of 1.0:1 with the page's background"),
    ("assets/stylesheets/brand.css", "@media (prefers-color-scheme: dark) { * { --md-accent-fg-color: #ffffcc } }",
     "sets --md-accent-fg-color: #ffffcc (*): a contrast of 1.0:1 with the background the theme draws its "
     "md-banner--warning on (#ffff99) on a dark screen"),
    ("assets/stylesheets/brand.css", "del { text-decoration-color: hsl(0, 0%, 100%) }", "a contrast of 1.0:1"),
    ("assets/stylesheets/brand.css", ".redline del { text-decoration: none }", "sets text-decoration (.redline del)"),
    ("assets/stylesheets/brand.css", "ins { text-decoration-line: none }", "sets text-decoration-line (ins)"),
    ("assets/stylesheets/brand.css", "ins { text-decoration-thickness: 0 }", "sets text-decoration-thickness (ins)"),
    ("assets/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><desc><noembed><script>alert(1)</script>'
     "</noembed></desc></svg>", "holds a <script> element"),
    ("assets/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "has onload="),
    # hunt 11: f_svg_xslt, f_svg_external_refs, f_chain_refresh_xslt
    ("assets/images/logo.svg", '<?xml-stylesheet type="text/xsl" href="logo.svg"?><svg '
     'xmlns="http://www.w3.org/2000/svg"/>', "holds a processing instruction"),
    ("assets/images/logo.svg", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>',
     "is not an SVG image"),
    ("assets/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><h:p xmlns:h="http://www.w3.org/1999/xhtml"'
     '>x</h:p></svg>', "outside the SVG namespace"),
    ("assets/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://x.example/a#b)"/>'
     "</svg>", "has fill="),
    # hunt 12: f_svg_utf16_xslt (the processing instruction in UTF-16), an XSLT stylesheet named .png
    ("assets/images/logo.svg", '\ufeff<?xml version="1.0" encoding="UTF-16"?><?xml-stylesheet type="text/xsl" '
     'href="x.png"?><svg xmlns="http://www.w3.org/2000/svg"/>', "holds a processing instruction"),
    ("assets/images/x.png", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>',
     "is not the PNG image its name says"),
    # safety hunt 44: a page named as a font, published as the theme's (a server not knowing the kind sends it
    # without a type: a browser reads it for what its bytes are, an HTML page on the site's origin)
    ("assets/fonts/x.woff2", "<html><body>Nous vendons vos données.<script src=x.js></script></body></html>",
     "is not the WOFF2 font its name says"),
    ("assets/fonts/x.woff", "<!doctype html><p>Nous vendons vos données.", "is not the WOFF font its name says"),
    ("assets/fonts/x.ttf", "AWS_SECRET_ACCESS_KEY=abc", "is not the TTF font its name says"),
    ("assets/fonts/x.otf", "<svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>", "is not the OTF font its name says"),
    ("partials/policy-pdf.typ", '#import "@preview/cetz:0.2.2": canvas', "is a print template of the project's own"),
    ("partials/policy-archived.html", "Cette version est en vigueur.", "is a template of the project's own"),
    # Material includes its icons into every page as templates (hunt 14: f_svg_icon_template)
    (".icons/material/menu.svg", '<svg xmlns="http://www.w3.org/2000/svg"><text>{{ "x" }}</text></svg>',
     "is an icon of the project's own"),
    ("partials/footer.html", "<footer>Nous vendons vos données.</footer>", "is a template of the project's own"),
])
def test_a_theme_folder_holds_only_files_the_site_may_serve(files, name, content, fragment):
    """Scripts by any name, documents a browser runs scripts in, code, and stylesheets or print templates that
    load, hide or write what the checks never read (hunt 9: f_extra_javascript_ext, f_overrides_xml_script,
    f_css_unchecked, f_typst_package_fetch)."""
    path = files / "overrides" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content.removeprefix("\ufeff"), encoding="utf-16" if content.startswith("\ufeff") else "utf-8")
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    place = r"(?::\d+(?::\d+)?)? "  # (a stylesheet's or an SVG's: where in it, `brand.css:1:6`, `logo.svg:1`)
    assert any(re.search(f"overrides/{re.escape(name)}{place}", line) and fragment in line for line in found), found


@pytest.mark.parametrize("css", [".redline del { text-decoration-color: #b2182b }",
                                 "a { text-decoration-color: #3f51b5 } ins { text-decoration-color: inherit }",
                                 ".redline ins { background-color: #f0f0f0; text-decoration-color: #1a9850 }",
                                 ".md-header .md-ellipsis { color: #ffffff } .md-banner--warning a { color: #1a237e }",
                                 "@media (prefers-color-scheme: dark) { :root, body[data-md-color-scheme] { "
                                 "--md-typeset-a-color: #9fb2ff } }"])
def test_lines_and_words_drawn_to_be_seen_pass(files, css):
    (files / "overrides" / "assets" / "stylesheets" / "brand.css").write_text(css, encoding="utf-8")
    assert config_rules.foreign_files(files / "overrides") == []


def test_fonts_of_the_theme_folder_that_are_fonts_may_be_served(files):
    """A TrueType font, and the same as WOFF, pass: the rule reads a font's first bytes (safety hunt 44)."""
    from fontTools.ttLib import TTFont

    font = _font(files / "overrides" / "assets" / "fonts" / "Acme.ttf", {0x41: "A"})
    woff = TTFont(str(font))
    woff.flavor = "woff"
    woff.save(str(font.with_suffix(".woff")))
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []


def test_a_languages_theme_strings_are_the_ones_policy_init_writes_or_refused(files):
    """`policy init` writes partials/languages/<code>.html for a language Material lacks; any other words there
    (the skip link's, the search box's) would be on every page, unchecked."""
    from policysite import init

    folder = files / "overrides" / "partials" / "languages"
    folder.mkdir(parents=True, exist_ok=True)
    written = init.language_strings("de-CH")
    assert written is not None and '{% import "partials/languages/de.html" as base %}' in written
    (folder / "de-CH.html").write_text(written, encoding="utf-8")
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []
    (folder / "de-CH.html").write_text(written.replace('"language": "de-CH"',
                                                       '"language": "de-CH",\n  "skip": "Wir verkaufen Ihre Daten"'),
                                       encoding="utf-8")
    (folder / "fr.html").write_text('{% macro t(key) %}{{ key }}{% endmacro %}', encoding="utf-8")  # Material's own
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert [line.split(" is ")[0] for line in found] == [
        "mkdocs.yml: theme.custom_dir: overrides/partials/languages/de-CH.html",
        "mkdocs.yml: theme.custom_dir: overrides/partials/languages/fr.html"], found
    assert all("is not the theme strings `policy init` writes for its language" in line for line in found)


INKSCAPE = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net'
            '/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.'
            'org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" viewBox="0 0 8 8"><sodipodi:namedview id="n" '
            'inkscape:zoom="1"/><metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format></cc:Work>'
            '</rdf:RDF></metadata><g inkscape:label="Layer 1" inkscape:groupmode="layer"><circle r="4" cx="4" cy="4"/>'
            '</g></svg>')


def test_an_svg_saved_by_a_drawing_program_may_be_served(files):
    """Regression hunt 12, f_svg_inkscape_logo: Inkscape's editing state and metadata refused the configuration."""
    (files / "overrides" / "assets" / "images").mkdir(parents=True, exist_ok=True)
    (files / "overrides" / "assets" / "images" / "logo.svg").write_text(INKSCAPE, encoding="utf-8")
    (files / "overrides" / "assets" / "images" / "old.svg").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/'
        'svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', encoding="utf-8")
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []


def _image(kind: str, **saved: object) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 80, 160)).save(buffer, kind, **saved)
    return buffer.getvalue()


def _exif() -> object:
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B], exif[0x8825] = "Jean Dupont", {1: "N", 2: (48.0, 51.0, 24.0)}
    return exif


def _png_text() -> object:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "GIMP")
    info.add_text("Author", "Jean Dupont")
    return info


@pytest.mark.parametrize(("name", "data", "said"), [
    ("logo.svg", INKSCAPE.replace('viewBox="0 0 8 8"', 'viewBox="0 0 8 8" inkscape:export-filename="/home/jdupont/'
                                  'charte/logo.png"'), "its export path"),
    ("logo.svg", INKSCAPE.replace("<dc:format>", "<dc:creator><cc:Agent><dc:title>Jean Dupont</dc:title></cc:Agent>"
                                  "</dc:creator><dc:format>"), "its creator"),
    ("logo.png", lambda: _image("PNG", exif=_exif()), "EXIF Artist, EXIF GPSInfo"),
    ("logo.png", lambda: _image("PNG", pnginfo=_png_text()), "the text “Author”"),
    ("logo.jpg", lambda: _image("JPEG", comment=b"C:\\Users\\jdupont\\logo.psd"), "a comment"),
])
def test_an_image_carrying_its_makers_names_places_or_paths_is_refused(files, name, data, said):
    """Safety hunt 35: the site serves the theme folder's images as they are, with what the software that made them
    wrote: a GPS position, an author's name, a path on their computer."""
    folder = files / "overrides" / "assets" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data() if callable(data) else data.encode("utf-8"))
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert len(found) == 1 and f"carries what its maker's software wrote of them ({said})" in found[0], found
    (folder / name).write_bytes(_image("PNG", pnginfo=None) if name.endswith(".png") else _image("JPEG")
                                if name.endswith(".jpg") else INKSCAPE.encode("utf-8"))
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []


def test_an_svg_of_shapes_with_local_references_may_be_served(files):
    (files / "overrides" / "assets" / "images").mkdir(parents=True, exist_ok=True)
    (files / "overrides" / "assets" / "images" / "logo.svg").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="8" height="8"/></svg>', encoding="utf-8")
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []


def test_a_stylesheet_may_change_the_generators_colours_and_add_its_own(files):
    own = files / "overrides" / "assets" / "stylesheets" / "policy.css"
    own.write_text(own.read_text(encoding="utf-8") + "\n:root { --md-primary-fg-color: #8a1538; }\n"
                   ".md-typeset h2 { color: #8a1538; font-weight: 700 }\n"
                   "@media screen and (prefers-color-scheme: dark) { .md-typeset h2 { color: #f28aa8 } }\n"
                   ".md-header__title, .md-footer a[href] .md-footer__title { color: #ffffff }\n"
                   ".md-header { --md-primary-fg-color: #ffffff; --md-primary-bg-color: #000000 }\n",
                   encoding="utf-8")
    (files / "overrides" / "assets" / "stylesheets" / "brand.css").write_text(
        '.md-typeset { font-family: "Open Sans", sans-serif; border-radius: 4px }\n', encoding="utf-8")
    assert problems({"theme": {"custom_dir": "overrides"}, "extra_css": ["assets/stylesheets/brand.css"]}, files) == []


@pytest.mark.parametrize(("added", "said"), [
    (".md-typeset h2 { color: #8a1538 }", "a contrast of 1.7:1 between color: #8a1538 (.md-typeset h2) and the page's "
     "background on a dark screen (its colours are those of @media (prefers-color-scheme: dark)"),
    ("@media (prefers-color-scheme: dark) { .md-typeset h2 { color: #333333 } }",
     "a contrast of 1.3:1 with the page's background on a dark screen"),
])
def test_a_colour_the_stylesheet_sets_is_read_on_a_dark_screen_too(files, added, said):
    """Reader hunt 46: the generator's stylesheet gives a screen set to dark its dark colours; a brand's dark red title,
    readable on white, stood on that dark background (1.7:1), and a colour meant for the dark screen was read on white
    only. Each scheme's colours are read against that scheme's background."""
    own = files / "overrides" / "assets" / "stylesheets" / "policy.css"
    own.write_text(own.read_text(encoding="utf-8") + "\n" + added + "\n", encoding="utf-8")
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert any(said in line for line in found), found


def test_extra_javascript_names_one_of_the_generators_scripts(files):
    (files / "overrides" / "assets" / "x.png").write_bytes(b"alert(1)")
    found = problems({"theme": {"custom_dir": "overrides"}, "extra_javascript": ["assets/x.png"]}, files)
    assert any("extra_javascript: 'assets/x.png' is not one of the generator's scripts" in line for line in found)
    assert [line for line in problems({"theme": {"custom_dir": "overrides"},
                                       "extra_javascript": ["assets/javascripts/policy.js"]}, files)
            if "extra_javascript" in line] == []


def test_a_pages_script_is_a_js_file_of_the_site():
    html = ('<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body>'
            '<script src="../assets/images/x.png"></script><script src="../assets/javascripts/policy.js?v=1">'
            '</script></body></html>')
    found = [v.message for v in safety.check_page(html, file="index.html", theme_dirs=(), text=False)]
    assert len(found) == 1 and "x.png" in found[0] and "none of the site's scripts" in found[0], found


def test_a_configuration_with_an_alias_is_refused_before_it_expands():
    import yaml
    bomb = "a0: &a0 [x, x, x]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n" for i in range(1, 9))
    with pytest.raises(yaml.YAMLError, match=r"the alias \*a0 is refused"):
        yaml.load(bomb, Loader=policy_settings.ConfigLoader)
    assert yaml.load("a: [1, 2]\nb: {c: d}\n", Loader=policy_settings.ConfigLoader) == {"a": [1, 2], "b": {"c": "d"}}


def test_the_sites_root_page_is_rendered_in_the_sandbox_and_checked(tmp_path: Path):
    from policysite import build

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    template = tmp_path / "overrides" / "policy-redirect.html"
    assert 'href="fr/"' in build.render_root_redirect(root=tmp_path, target="fr/")
    template.write_text("{{ cycler.__init__.__globals__.os.system('touch /tmp/pwned-by-root-page') }}",
                        encoding="utf-8")
    with pytest.raises(build.RootPageRefused, match="cannot be rendered"):
        build.render_root_redirect(root=tmp_path, target="fr/")
    template.write_text('<!doctype html><html><head></head><body><img src="https://tracker.example/p.gif">'
                        "</body></html>", encoding="utf-8")
    with pytest.raises(build.RootPageRefused, match="loads from another site"):
        build.render_root_redirect(root=tmp_path, target="fr/")


def test_a_refused_root_page_is_said_in_the_site_s_language_each_reason_joined_as_it_joins_them(tmp_path: Path):
    """A French site's refusal read "… est refusée : <img> loads …; its Content-Security-Policy is not the site's":
    English words and an English join inside its French line."""
    from policysite import build, messages

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "overrides" / "policy-redirect.html").write_text(
        '<!doctype html><html><head></head><body><img src="https://tracker.example/p.gif"></body></html>',
        encoding="utf-8")
    with pytest.raises(build.RootPageRefused) as refused:
        build.render_root_redirect(root=tmp_path, target="fr/")
    english, french = str(refused.value), messages.said_in(messages.text_of(refused.value), "fr")
    assert english.startswith("overrides/policy-redirect.html: the site's root page it writes is refused: ")
    assert english.endswith("; its Content-Security-Policy is not the site's (allow nothing but the site's own files "
                            "and the theme's own scripts it holds)")
    assert french.startswith("overrides/policy-redirect.html\u00a0: la page racine du site qu'il écrit est refusée\u00a0: ")
    assert french.endswith("\u202f; sa Content-Security-Policy n'est pas celle du site (n'autorisez que les fichiers du "
                           "site et les scripts du thème qu'il contient)")
    assert "another site" not in french and "d'un autre site" in french, french


def test_the_sites_root_page_of_several_languages_runs_the_themes_language_script_alone(tmp_path: Path):
    """Reader hunt 47: the root sent every reader to the authoritative language. With several languages it runs the
    theme's one script (partials/javascripts/door.html: the browser's language), allowed by its hash, the refresh
    kept for a browser without scripts; so does a language's root (one link: the script sends the address's section
    along), and a page of no links has the refresh alone. A script of the template's own, or the door's script edited in
    the project's copy, is refused."""
    import base64
    import hashlib
    import re

    from policysite import build

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    links = [{"href": f"{code}/latest/", "lang": code, "dir": "ltr", "text": code} for code in ("fr", "en")]
    html = build.render_root_redirect(root=tmp_path, target="fr/latest/", door={"title": "t", "links": links})
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1 and "navigator.languages" in scripts[0], html
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode("ascii")
    assert safety.csp_contents(html) == [safety.csp([digest])]
    assert '<noscript><meta http-equiv="refresh" content="0; url=fr/latest/"></noscript>' in html, html
    assert safety.check_page(html, file="index.html", theme_dirs=(str(tmp_path / "overrides"),), text=False) == []
    # a language's root (one link) runs it too, which sends the address's section along (reader13: its refresh drops it)
    single = build.render_root_redirect(root=tmp_path, target="fr/latest/", door={"title": "t", "links": links[:1]})
    assert re.findall(r"<script>(.*?)</script>", single, re.S) == scripts
    assert safety.csp_contents(single) == [safety.csp([digest])]
    assert '<noscript><meta http-equiv="refresh" content="0; url=fr/latest/"></noscript>' in single, single
    bare = build.render_root_redirect(root=tmp_path, target="fr/")  # no links: the refresh alone, no script
    assert "<script" not in bare and safety.csp_contents(bare) == [safety.csp([])]
    assert '<meta http-equiv="refresh" content="0; url=fr/">' in bare and "<noscript" not in bare
    door = tmp_path / "overrides" / "partials" / "javascripts" / "door.html"
    door.write_text(door.read_text(encoding="utf-8").replace("links[0]", "links[1]"), encoding="utf-8")
    with pytest.raises(build.RootPageRefused, match="not one of the theme's own"):
        build.render_root_redirect(root=tmp_path, target="fr/latest/", door={"title": "t", "links": links})
    shutil.copy(ROOT / "overrides" / "partials" / "javascripts" / "door.html", door)
    template = tmp_path / "overrides" / "policy-redirect.html"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "</body>", "<script>location.replace('https://tracker.example/')</script></body>"), encoding="utf-8")
    with pytest.raises(build.RootPageRefused, match="not one of the theme's own"):
        build.render_root_redirect(root=tmp_path, target="fr/latest/", door={"title": "t", "links": links})


def test_a_configuration_or_record_linked_outside_is_refused_unread(tmp_path):
    """Hunt 10, finding 10: a committed symlink mkdocs.en.yml or imported.yml was read where it pointed (its errors
    quoted the outside file)."""
    from policysite import imported
    outside = tmp_path / "secret.txt"
    outside.write_text("token: hunter2\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "mkdocs.en.yml").symlink_to(outside)
    (project / "imported.yml").symlink_to(outside)
    with pytest.raises(policy_settings.SettingsError, match=r"^mkdocs\.en\.yml: a symbolic link"):
        policy_settings.load_yaml(project / "mkdocs.en.yml")
    with pytest.raises(imported.RecordError, match=r"^imported\.yml: a symbolic link"):
        imported.in_tree(project)
    (project / "mkdocs.yml").symlink_to(outside)
    (project / "mkdocs.fr.yml").write_text("INHERIT: mkdocs.yml\n", encoding="utf-8")
    with pytest.raises(policy_settings.SettingsError, match="INHERIT: 'mkdocs.yml' is a symbolic link"):
        policy_settings.load_yaml(project / "mkdocs.fr.yml")


def test_a_configuration_read_again_is_parsed_once_each_reading_its_own_and_what_it_inherits_read_again(
        tmp_path, monkeypatch):
    """A history's every version holds the same mkdocs.yml, which each build's MkDocs read and parsed again (0.36 ms a
    time, twice a version and language): the same bytes are parsed once, under any file name; each reading is a
    copy of its own (MkDocs changes what it is given), and the file a configuration inherits is read each time (its
    bytes, parsed once too)."""
    import yaml

    parsed: list[object] = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda stream, Loader: parsed.append(stream) or real(stream, Loader=Loader))
    text = b"INHERIT: base.yml\nextra:\n  policy: {company: Parsed Once Ltd, languages: [{code: en}]}\n"
    readings = []
    for n in range(3):
        (tmp_path / f"v{n}").mkdir()
        (tmp_path / f"v{n}" / "mkdocs.yml").write_bytes(text)
        (tmp_path / f"v{n}" / "base.yml").write_text(f"site_name: {'Its own' if n == 2 else 'Parsed once'}\n",
                                                     encoding="utf-8")
        with open(tmp_path / f"v{n}" / "mkdocs.yml", "rb") as source:
            readings.append(policy_settings.read_yaml(source))
        readings[-1]["extra"]["policy"]["company"] = "changed by its reader"
    assert len(parsed) == 3  # the configuration once, each of the two files it inherits (read each time) once
    assert [reading["site_name"] for reading in readings] == ["Parsed once", "Parsed once", "Its own"]
    assert policy_settings.read_yaml(text)["extra"]["policy"]["company"] == "Parsed Once Ltd"


@pytest.mark.parametrize(("config", "fragment"), [
    ({"site_name": 'Acme</title></head><body><h1>Politique</h1><noframes>'}, "site_name: “Acme</title>"),
    ({"site_description": 'x"><meta http-equiv="refresh" content="0;url=x.svg">'}, "site_description:"),
    ({"extra": {"policy": {"company": "<b>Acme</b>"}}}, "extra.policy.company:"),
    ({"nav": [{"<i>x</i>": "index.md"}]}, "nav[0] (a key):"),
    # security hunt 15: words and links to another host on every page, from the configuration
    ({"nav": [{"Politique": "index.md"}, {"Vous acceptez la vente de vos données": "https://evil.example/"}]},
     "nav: the generator writes the site's navigation itself"),
    ({"extra": {"homepage": "https://evil.example/"}}, "extra.homepage: the theme prints it"),
    ({"extra": {"social": [{"icon": "fontawesome/brands/github", "link": "https://evil.example/"}]}}, "extra.social:"),
    ({"markdown_extensions": [{"toc": {"marker": "Nous protégeons vos données."}}]}, "toc: marker:"),
    ({"markdown_extensions": [{"toc": {"permalink": "Lire la suite"}}]}, "toc: permalink: 'Lire la suite'"),
    ({"markdown_extensions": [{"tables": {"use_align_attribute": True}}]}, "tables: use_align_attribute"),
    ({"theme": {"name": "material", "palette": [{"scheme": "default"}]}}, "theme.palette:"),
    # an image of the theme folder rendered as a template after the checks read it (hunt 14: f_static_template_svg)
    ({"theme": {"name": "material", "static_templates": ["assets/images/note.svg"]}}, "theme.static_templates:"),
    ({"theme": {"name": "material", "features": ["content.tabs.link"]}}, "'content.tabs.link' is not one"),
    # security hunt 30: paths the theme would make file names of ended with Jinja's bare "partials/languages/../…"
    ({"theme": {"name": "material", "language": "../../main"}}, "theme.language: '../../main' is not a language"),
    ({"theme": {"name": "material", "language": "fr", "direction": "rtl"}},
     "theme.direction: 'rtl' is not the direction fr is written in (ltr)"),
    ({"theme": {"name": "material", "icon": {"admonition": {"note": "../../../etc/passwd"}}}},
     "theme.icon.admonition.note: '../../../etc/passwd' is not the name of one of the theme's icons"),
    # security hunt 30: Material writes each title into its tooltip as HTML
    ({"theme": {"name": "material", "features": ["content.tooltips"]}}, "'content.tooltips' writes each title"),
])
def test_configuration_strings_extension_options_and_theme_features_that_write_unchecked_things(files, config,
                                                                                                   fragment):
    """Security hunt 11: HTML in site_name or site_description printed raw into every page (f_config_site_name_html,
    f_chain_refresh_xslt); toc's marker and title replacing a checked sentence (f_toc_marker_title); a palette
    writing localStorage (f_palette_localstorage)."""
    found = problems(config, files)
    assert any(fragment in line for line in found), found


def test_the_generators_own_configuration_passes_the_rules(files):
    config = policy_settings.load_yaml(ROOT / "mkdocs.yml")
    assert problems(config, ROOT) == []


def test_a_linked_file_in_the_theme_folder_is_refused_unread(files, tmp_path):
    """Security hunt 11, f_check_symlink_override_file: a linked stylesheet's findings quoted the file it pointed
    to (a token)."""
    secret = tmp_path / "secret.css"
    secret.write_text("ghp_SECRET { display: none }", encoding="utf-8")
    (files / "overrides" / "assets" / "stylesheets" / "extra.css").symlink_to(secret)
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert [line for line in found if "extra.css" in line] == [
        "mkdocs.yml: theme.custom_dir: overrides/assets/stylesheets/extra.css is a symbolic link: the theme folder "
        "holds the project's own files, as git stores them"]
    assert "ghp_SECRET" not in " ".join(found)


def _font(path: Path, cmap: dict[int, str]) -> Path:
    """A font drawing each glyph of `cmap` as a box whose size its name's length gives (a copy, `a.copy`, draws what
    its original draws)."""
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyphs = {}
    for name in [".notdef", *sorted(set(cmap.values()))]:
        pen = TTGlyphPen(None)
        size = 100 + 10 * len(name.split(".")[0])
        if name != ".notdef":
            pen.moveTo((0, 0)), pen.lineTo((0, size)), pen.lineTo((size, size)), pen.closePath()
        glyphs[name] = pen.glyph()
    return _saved_font(path, cmap, glyphs, advance=500)


def _saved_font(path: Path, cmap: dict[int, str], glyphs: dict, *, advance: int, features: str = "") -> Path:
    """`glyphs` (name: outline, in order) saved as a TrueType font of an em of 1000 at `path`, with OpenType
    `features` (feature-file syntax)."""
    from fontTools.fontBuilder import FontBuilder

    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(list(glyphs))
    builder.setupCharacterMap(cmap)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (advance, 0) for name in glyphs})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    if features:
        builder.addOpenTypeFeatures(features)
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path


def test_a_pdf_font_drawing_one_scripts_characters_with_anothers_letters_is_refused(files):
    """Security hunt 11, f_pdf_font_glyphs: Khmer digits drawn as Latin letters printed, in the PDF, a sentence no
    check read."""
    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    _font(files / "fonts" / "Ok.ttf", {0x41: "A", 0x410: "Acyr", 0x4E00: "one", 0x2F00: "one", 0x30: "zero",
                                       0xFF10: "zero"})
    assert problems(config, files) == []
    _font(files / "fonts" / "Acme.ttf", {0x61: "a", 0x17E0: "a"})
    assert problems(config, files) == ["mkdocs.yml: extra.policy.pdf_fonts: fonts/Acme.ttf draws characters of Khmer "
                                       "and Latin with one shape: a PDF could show letters where the text has "
                                       "other characters"]
    # security hunt 12, f_pdf_font_glyph_copies: a copy of the Latin letter's outline under another name
    _font(files / "fonts" / "Acme.ttf", {0x61: "a", 0x17E0: "a.copy"})
    assert len(problems(config, files)) == 1



def test_the_same_font_bytes_are_judged_once_a_process(files):
    """Adoption hunt 13, f_cjk_font_check_slow: a CJK collection's 400,000 glyphs were drawn at every check (a
    history checks its configuration at every version): the verdict is kept by the file's digest."""
    from policysite import config_rules

    first = _font(files / "fonts" / "One.ttf", {0x62: "b", 0x17E3: "b"})  # bytes no other test judges
    second = files / "elsewhere" / "Same.ttf"
    second.parent.mkdir()
    second.write_bytes(first.read_bytes())
    judged = []
    original = config_rules._font_verdict
    config_rules._font_verdict = lambda path: judged.append(path) or original(path)
    try:
        assert config_rules.font_problem(first) == config_rules.font_problem(second) != ""
    finally:
        config_rules._font_verdict = original
    assert judged == [str(first)]


def test_a_name_in_quotes_may_be_the_sites_and_is_written_as_references(files):
    """Regression hunt 12, f_init_company_quotes: ООО "Ромашка" (a registered name) refused every new site."""
    from policysite import pages
    config = {"site_name": 'Политика ООО "Ромашка"', "site_description": 'ООО "Ромашка"', "copyright": '© ООО "Р"',
              "extra": {"policy": {"company": 'ООО "Ромашка"', "brand": 'ООО "Ромашка"'}}}
    assert problems(config, files) == []
    pages.quote_config(config)
    assert config["site_description"] == "ООО &quot;Ромашка&quot;" and config["copyright"] == "© ООО &quot;Р&quot;"


def test_an_svgs_style_element_may_colour_its_shapes_and_load_nothing(files):
    """Regression hunt 12, f_svg_inkscape_logo (Illustrator's default export): a <style> of fill rules."""
    folder = files / "overrides" / "assets" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><style>.st0{fill:#8A1538;} .st1{fill:'
                                     'url(#g)}</style><rect class="st0" width="1" height="1"/></svg>', encoding="utf-8")
    assert problems({"theme": {"custom_dir": "overrides"}}, files) == []
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css'
                                     ');</style></svg>', encoding="utf-8")
    assert any("holds a <style> element" in line for line in problems({"theme": {"custom_dir": "overrides"}}, files))


@pytest.mark.parametrize(("name", "content", "fragment"), [
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 24"><text y="20">Nous vendons vos '
     "données</text></svg>", "writes words (<text>)"),
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 24"><path d="M0 0h1000v24z"/></svg>',
     "is 1000×24, wider than 4:1"),
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h10v10z"/></svg>', "cannot be read"),
    # security hunt 16: the browser sizes it by its width and height, whatever its viewBox
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="24" viewBox="0 0 24 24"><path '
     'd="M0 0h24v24z"/></svg>', "is 1000×24, wider than 4:1"),
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="24" viewBox="0 0 24 24"/>',
     "cannot be read"),
    # security hunt 18: the XML a browser reads, not the file's bytes: a prefix with a hyphen, a size in a comment
    ("logo.svg", '<?xml version="1.0"?>\n<!-- <svg width="24" height="24"> -->\n<svg xmlns="http://www.w3.org/2000/svg" '
     'xmlns:s-v="http://www.w3.org/2000/svg" width="24" height="24"><s-v:text y="18">Nous vendons</s-v:text></svg>',
     "writes words (<text>)"),
    ("logo.svg", '<!-- <svg width="24" height="24"> --><svg xmlns="http://www.w3.org/2000/svg" width="1000" '
     'height="24"><path d="M0 0h1000v24z"/></svg>', "is 1000×24, wider than 4:1"),
])
def test_a_logo_of_the_projects_own_is_a_mark_without_words(files, name, content, fragment):
    """Security hunt 15: the header's logo, drawn on every page, held a sentence no check read."""
    (files / "overrides" / "assets" / "images" / name).write_text(content, encoding="utf-8")
    config = {"theme": {"name": "material", "custom_dir": "overrides", "logo": f"assets/images/{name}"}}
    assert any(fragment in p for p in problems(config, files)), problems(config, files)


def test_a_square_logo_and_the_generators_own_images_may_be_drawn(files):
    (files / "overrides" / "assets" / "images" / "mark.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="24"><circle cx="12" cy="12" r="10"/></svg>',
        encoding="utf-8")
    for logo in ("assets/images/mark.svg", "assets/images/favicon.svg"):
        config = {"theme": {"name": "material", "custom_dir": "overrides", "logo": logo}}
        assert not [p for p in problems(config, files) if "theme.logo" in p]


def test_the_scripts_kept_in_the_code_are_those_unicode_counts():
    """config_rules keeps the list of scripts of this Python's Unicode rather than counting 0x30000 characters in every
    process (0.4 s); counted again here, they are the same."""
    import unicodedata

    assert unicodedata.unidata_version == config_rules.SCRIPTS_UNICODE
    assert config_rules._counted_scripts() == config_rules._SCRIPTS
    assert config_rules.script_of(ord("a")) == "LATIN" and config_rules.script_of(ord("а")) == "CYRILLIC"


def test_a_stylesheet_not_in_utf8_is_named(files):
    """Security hunt 16: a Latin-1 stylesheet passed the rules and stopped the publication with an error naming no
    file."""
    (files / "overrides" / "assets" / "stylesheets" / "brand.css").write_bytes(b"p { font-family: 'Caf\xe9' }")
    found = config_rules.foreign_files(files / "overrides")
    assert any(rel == "assets/stylesheets/brand.css:1" and "is not UTF-8" in why for rel, why in found), found


def test_a_file_in_another_repository_is_no_file_of_the_project(tmp_path: Path):
    """History hunt 33's leftover: a translation's folder made a submodule passed `policy check`, which read the
    files on disk, and was refused by publishing, which finds a commit of another repository there."""
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "fr").mkdir()
    (tmp_path / "docs" / "en" / ".git").write_text("gitdir: ../../.git/modules/en\n", encoding="utf-8")
    assert config_rules.linked(tmp_path, tmp_path / "docs" / "en" / "index.md")
    assert config_rules.linked(tmp_path, tmp_path / "docs" / "en" / ".words.txt")
    assert not config_rules.linked(tmp_path, tmp_path / "docs" / "fr" / "index.md")
    (tmp_path / ".git").mkdir()  # the project's own repository: the root is not another one
    assert not config_rules.linked(tmp_path, tmp_path / "docs" / "fr" / "index.md")


def _drawn_font(path: Path, cmap: dict[int, str], sizes: dict[str, int], *, features: str = "") -> Path:
    """A font whose glyph `name` is a box `sizes[name]` units wide (0: no outline) in an em of 1000, each glyph's box
    of its own height (no two alike), with OpenType `features` (feature-file syntax)."""
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyphs = {}
    for n, name in enumerate([".notdef", *sorted(sizes)]):
        pen, size = TTGlyphPen(None), sizes.get(name, 500)
        if size:
            pen.moveTo((0, 0)), pen.lineTo((0, size + n)), pen.lineTo((size, size + n)), pen.closePath()
        glyphs[name] = pen.glyph()
    return _saved_font(path, cmap, glyphs, advance=600, features=features)


_THAI = {0x0E40: "sara_e", 0x0E23: "ro", 0x0E32: "sara_aa", 0x0E44: "sara_ai", 0x0E21: "mo", 0x0E48: "mai_ek",
         0x0E02: "kho", 0x0E22: "yo", 0x0E53: "three", 0x0E59: "nine", 0x20: "space"}


def test_a_pdf_font_drawing_a_letter_as_nothing_is_refused(files):
    """Safety hunt 22: a Thai font of the project's (extra.policy.pdf_fonts, the engine's fonts have no Thai) whose
    glyphs for ไ, ม and ่ are empty printed เราไม่ขาย ("we do not sell") as เรา   ขาย ("we sell"), while the PDF's
    text, pdftotext and every check read the text as written; only shapes shared by two scripts were refused."""
    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    sizes = {name: 500 for name in _THAI.values()} | {"space": 0}  # a space draws nothing, as it should
    _drawn_font(files / "fonts" / "Thai.ttf", _THAI, sizes)
    assert problems(config, files) == []
    for blank in (0, 5):  # no outline, or a speck of 5 units in 1,000
        _drawn_font(files / "fonts" / "Thai.ttf", _THAI, sizes | {"sara_ai": blank})
        assert problems(config, files) == [
            "mkdocs.yml: extra.policy.pdf_fonts: fonts/Thai.ttf draws U+0E44 (thai character sara ai maimalai) as "
            "nothing a reader sees (no outline, or a speck): a PDF would hide the words holding it, which its text, "
            "and every check, read"]


def test_a_pdf_font_drawing_two_digits_alike_is_refused(files):
    """Safety hunt 22: ๓ (3) drawn with ๙'s (9) shape printed "90 days" for a text of 30, both digits Thai (one
    script: not refused); the same digit of two scripts drawn alike (Arabic-Indic and Persian ٣ ۳) stays allowed."""
    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    sizes = {name: 500 for name in _THAI.values()} | {"space": 0}
    _drawn_font(files / "fonts" / "Thai.ttf", {**_THAI, 0x0E53: "nine"}, sizes)
    assert problems(config, files) == [
        "mkdocs.yml: extra.policy.pdf_fonts: fonts/Thai.ttf draws U+0E53 (thai digit three) and U+0E59 (thai digit "
        "nine) with one shape: a PDF would show another number than its text holds"]
    _drawn_font(files / "fonts" / "Thai.ttf", {0x0663: "three", 0x06F3: "three"}, {"three": 500})
    assert problems(config, files) == []


def test_a_pdf_font_substituting_nothing_for_words_is_refused(files):
    """Safety hunt 22: every glyph drawn, but a ligature of the font's own (GSUB) turning ไม่ into an empty glyph
    hid the words as well; a mark drawn as nothing in context stays allowed (Noto Sans Devanagari's anusvara after a
    reph), and the generator's pinned fonts pass."""
    from policysite import config_rules, scriptfonts

    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    sizes = {name: 500 for name in _THAI.values()} | {"space": 0, "null": 0}
    _drawn_font(files / "fonts" / "Thai.ttf", _THAI, sizes, features="feature liga { sub sara_ai mo mai_ek by null; } liga;")
    assert problems(config, files) == [
        "mkdocs.yml: extra.policy.pdf_fonts: fonts/Thai.ttf substitutes nothing a reader sees for U+0E44 (thai "
        "character sara ai maimalai), U+0E21 (thai character mo ma), U+0E48 (thai character mai ek) (its GSUB table): "
        "a PDF would hide the words holding them, which its text, and every check, read"]
    _drawn_font(files / "fonts" / "Thai.ttf", _THAI, sizes, features="feature ccmp { sub mai_ek by null; } ccmp;")
    assert problems(config, files) == []
    for lang in ("ar", "hi"):
        for font in sorted(Path(scriptfonts.folders(lang)[0]).rglob("*.ttf")):
            assert config_rules.font_problem(font) == "", font


@pytest.mark.parametrize("kind", ["svg", "colr"])
def test_a_pdf_font_drawing_glyphs_with_pictures_or_colour_layers_is_refused(files, kind):
    """Safety hunt 22: every outline of the Thai font drawn, but an OpenType-SVG table holding an empty picture for ไ,
    ม and ่, or a COLR layer in a transparent colour, hid them in the PDF just as well (Typst draws a glyph's picture or
    colour layers instead of its outline)."""
    from fontTools.colorLib.builder import buildCOLR, buildCPAL
    from fontTools.ttLib import TTFont, newTable

    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    path = _drawn_font(files / "fonts" / "Thai.ttf", _THAI, {name: 500 for name in _THAI.values()} | {"space": 0})
    hidden = ["sara_ai", "mo", "mai_ek"]
    font = TTFont(str(path))
    if kind == "svg":
        order = font.getGlyphOrder()
        svg = newTable("SVG ")
        svg.docList = sorted((f'<svg xmlns="http://www.w3.org/2000/svg"><g id="glyph{order.index(name)}"/></svg>',
                              order.index(name), order.index(name)) for name in hidden)
        font["SVG "] = svg
    else:
        font["CPAL"] = buildCPAL([[(0.0, 0.0, 0.0, 0.0)]])
        font["COLR"] = buildCOLR({name: [(name, 0)] for name in hidden}, version=0)
    font.save(str(path))
    assert problems(config, files) == [
        f"mkdocs.yml: extra.policy.pdf_fonts: fonts/Thai.ttf draws glyphs with pictures or colour layers "
        f"({'SVG' if kind == 'svg' else 'COLR'}), which a PDF shows instead of their outlines: what they show, an "
        "empty picture or a transparent colour, no check reads; a legal text's font draws outlines only (remove those "
        "tables, or take the font without them)"]


def test_each_face_of_a_collection_is_judged(files):
    """A collection's faces are judged one after the other: its second face drawing ไ as nothing is refused, and
    a collection of two clean faces passes (312c1a7 reused the name of the outlines drawn so far for its verdict, and
    a second face's check stopped on it)."""
    from fontTools.ttLib import TTCollection, TTFont

    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    sizes = {name: 500 for name in _THAI.values()} | {"space": 0}
    clean = _drawn_font(files / "faces" / "Clean.ttf", _THAI, sizes)
    blank = _drawn_font(files / "faces" / "Blank.ttf", _THAI, sizes | {"sara_ai": 0})
    for second, said in ((clean, []), (blank, [
            "mkdocs.yml: extra.policy.pdf_fonts: fonts/Thai.ttc draws U+0E44 (thai character sara ai maimalai) as "
            "nothing a reader sees (no outline, or a speck): a PDF would hide the words holding it, which its text, "
            "and every check, read"])):
        collection = TTCollection()
        collection.fonts = [TTFont(str(clean)), TTFont(str(second))]
        (files / "fonts").mkdir(exist_ok=True)
        collection.save(str(files / "fonts" / "Thai.ttc"))
        assert problems(config, files) == said


def test_a_pdf_font_whose_character_map_swaps_letters_of_one_script_is_refused(files):
    """Scripts task, finding 3 (font glyph-swap attack): `a` drawn with the glyph `o` and `o` with `a`, or both with
    one glyph, printed words the text does not hold and passed the check (one script only: no two scripts shared a
    shape). A font of capitals only (`a` drawn as `A`) and Cyrillic а drawn with Latin a's glyph stay allowed."""
    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    _font(files / "fonts" / "Ok.ttf", {0x41: "A", 0x61: "A", 0x6F: "o", 0x430: "a", 0x31: "one", 0xB5: "mu",
                                       0x3BC: "mu", 0x62C: "uni062C", 0x6F1: "uni06F1", 0x661: "uni0661"})
    assert problems(config, files) == []
    _font(files / "fonts" / "Ok.ttf", {0x61: "o", 0x6F: "a", 0x62: "b"})
    assert problems(config, files) == ["mkdocs.yml: extra.policy.pdf_fonts: fonts/Ok.ttf draws a (U+0061) with the "
                                       "glyph named o, which is o's: a PDF could show letters where the text (what a "
                                       "reader copies, searches and hears) has others"]
    _font(files / "fonts" / "Ok.ttf", {0x61: "g1", 0x6F: "g1"})
    assert problems(config, files)[0].endswith("draws a and o with one glyph (g1): a PDF could show letters where the "
                                               "text (what a reader copies, searches and hears) has others")
    _font(files / "fonts" / "Ok.ttf", {0x4E00: "g1", 0x4E01: "g1"})  # two ideographs: and what a project may do
    assert problems(config, files)[0].endswith("draws 一 and 丁 with one glyph (g1): a PDF could show letters where the "
                                               "text (what a reader copies, searches and hears) has others (if they "
                                               "are one ideograph encoded twice, take the one your texts do not use out "
                                               "of the font: fontTools' subsetter, installed with the generator, keeps "
                                               "every character of the font but U+4E01: `pyftsubset fonts/Ok.ttf "
                                               "--unicodes=0-4E00,4E02-10FFFF --layout-features='*' --name-IDs='*' "
                                               "--glyph-names --notdef-outline --output-file=fonts/Ok.ttf`)")
    _font(files / "fonts" / "Ok.ttf", {0x31: "seven", 0x37: "one"})  # digits: 1 printed as 7
    assert "draws 1 (U+0031) with the glyph named seven" in problems(config, files)[0]


def test_the_command_a_font_of_one_ideograph_encoded_twice_is_refused_with_makes_it_one_the_check_accepts(files):
    """newco3 (a Japanese site, IPAGothic): the refusal said to run "pyftsubset, given every character of the font but
    U+29FD7" and left the newcomer to work out how; it gives the command, naming the file (quoted for the shell), and
    that command, run where `policy check` runs, makes the font one the check accepts."""
    import shlex
    import subprocess
    import sys

    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    _font(files / "fonts" / "House Gothic.ttf", {0x41: "A", 0x4E00: "g1", 0x4E01: "g1", 0x4E03: "g3", 0x4E05: "g3",
                                                 0x4E07: "g7"})
    (refused,) = problems(config, files)
    command = shlex.split(refused.split("`")[1])
    assert command[:2] == ["pyftsubset", "fonts/House Gothic.ttf"] and command[-1] == "--output-file=fonts/House Gothic.ttf"
    # every pair at once (Noto Sans CJK has several: a command per pair was a subset and a check of minutes each)
    assert "--unicodes=0-4E00,4E02-4E04,4E06-10FFFF" in command and "but U+4E01, U+4E05:" in refused
    subprocess.run([sys.executable, "-m", "fontTools.subset", *command[1:]], cwd=files, check=True)
    assert problems(config, files) == []
    from fontTools.ttLib import TTCollection, TTFont
    assert sorted(TTFont(str(files / "fonts" / "House Gothic.ttf")).getBestCmap()) == [0x41, 0x4E00, 0x4E03, 0x4E07]
    # a collection (.ttc, as Noto Sans CJK comes): the subsetter writes one face as a font file, put in its place
    face = _font(files / "faces" / "Face.ttf", {0x41: "A", 0x4E00: "g1", 0x4E01: "g1"})
    collection = TTCollection()
    collection.fonts = [TTFont(str(face))]
    (files / "fonts" / "House Gothic.ttf").unlink()
    collection.save(str(files / "fonts" / "CJK.ttc"))
    (refused,) = problems(config, files)
    command = shlex.split(refused.split("`")[1])
    assert command[:3] == ["pyftsubset", "fonts/CJK.ttc", "--font-number=N"] and command[-1] == "--output-file=…"
    subprocess.run([sys.executable, "-m", "fontTools.subset", "fonts/CJK.ttc", "--font-number=0", *command[3:-1],
                    "--output-file=fonts/CJK.ttf"], cwd=files, check=True)
    (files / "fonts" / "CJK.ttc").unlink()
    assert problems(config, files) == []


def test_a_hook_and_a_font_refused_are_said_in_french(files):
    """Words 30: `policy check` and `make preview` said in English why a hook or a PDF font is refused, on every
    site: each is a catalogue message now (config.hook, config.font and its reason, font.*), English as before."""
    from policysite import messages

    config = {"extra": {"policy": {"pdf_fonts": ["fonts"]}}}
    said = [messages.said_in(line, "fr") for line in problems({"hooks": ["hooks/other.py"]}, files)]
    own = ", ".join(sorted(config_rules.generator_hooks() or {}))
    assert said == [f"mkdocs.yml\u00a0: hooks\u00a0: hooks/other.py n'est pas l'un de ceux du générateur ({own} dans hooks/)\u00a0: "
                    "un hook exécute n'importe quel code pendant la construction et la vérification du site"]
    _font(files / "fonts" / "Ok.ttf", {0x4E00: "g1", 0x4E01: "g1"})
    assert [messages.said_in(line, "fr") for line in problems(config, files)] == [
        "mkdocs.yml\u00a0: extra.policy.pdf_fonts\u00a0: fonts/Ok.ttf dessine 一 et 丁 avec un seul glyphe (g1)\u00a0: un PDF pourrait "
        "montrer des lettres là où le texte (ce qu'un lecteur copie, cherche et entend) en a d'autres (s'il s'agit "
        "d'un même idéogramme encodé deux fois, retirez de la police celui que vos textes n'emploient pas\u00a0: le "
        "sous-ensembleur de fontTools, installé avec le générateur, garde chaque caractère de la police sauf "
        "U+4E01\u00a0: `pyftsubset fonts/Ok.ttf --unicodes=0-4E00,4E02-10FFFF --layout-features='*' --name-IDs='*' "
        "--glyph-names --notdef-outline --output-file=fonts/Ok.ttf`)"]
    sizes = {name: 500 for name in _THAI.values()} | {"space": 0}
    _drawn_font(files / "fonts" / "Ok.ttf", {**_THAI, 0x0E53: "nine"}, sizes)
    assert [messages.said_in(line, "fr") for line in problems(config, files)] == [
        "mkdocs.yml\u00a0: extra.policy.pdf_fonts\u00a0: fonts/Ok.ttf dessine U+0E53 (thai digit three) et U+0E59 (thai digit "
        "nine) d'une seule forme\u00a0: un PDF montrerait un autre nombre que celui de son texte"]
    (files / "fonts" / "Ok.ttf").unlink()
    _font(files / "fonts" / "Acme.ttf", {0x61: "a", 0x17E0: "a"})  # words 31: the scripts were named in English
    assert [messages.said_in(line, "fr") for line in problems(config, files)] == [
        "mkdocs.yml\u00a0: extra.policy.pdf_fonts\u00a0: fonts/Acme.ttf dessine d'une seule forme des caractères d'écritures "
        "différentes (khmer et latin)\u00a0: un PDF pourrait montrer des lettres là où le texte a d'autres caractères"]
    (files / "fonts" / "Acme.ttf").unlink()
    (files / "fonts" / "Ok.ttf").write_bytes(b"not a font")
    assert [messages.said_in(line, "fr") for line in problems(config, files)] == [
        "mkdocs.yml\u00a0: extra.policy.pdf_fonts\u00a0: fonts/Ok.ttf ne se lit pas comme une police (TTLibError)\u00a0: les PDF ne "
        "s'impriment qu'avec des polices"]


def test_a_theme_folder_s_files_the_site_may_not_serve_are_said_in_french(files):
    """Why the theme folder's own files are refused (an SVG that runs, an image carrying its maker's name, a
    stylesheet's colour the text cannot be read on, a template of the project's own) is said in the site's language."""
    from policysite import messages

    images = files / "overrides" / "assets" / "images"
    images.mkdir(parents=True, exist_ok=True)
    (images / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', encoding="utf-8")
    (images / "photo.jpg").write_bytes(_image("JPEG", comment=b"C:\\Users\\jdupont\\logo.psd"))
    (files / "overrides" / "assets" / "stylesheets" / "brand.css").write_text(".md-typeset p { color: #ffffff }\n",
                                                                              encoding="utf-8")
    (files / "overrides" / "footer.html").write_text("<p>Nous vendons vos données.</p>", encoding="utf-8")
    said = sorted(messages.said_in(line, "fr") for line in problems({"theme": {"custom_dir": "overrides"}}, files))
    assert said == [
        "mkdocs.yml\u00a0: theme.custom_dir\u00a0: overrides/assets/images/logo.svg:1 a onload=\"alert(1)\"\u00a0: une image propre au "
        "projet n'exécute, ne charge et ne lie rien",
        "mkdocs.yml\u00a0: theme.custom_dir\u00a0: overrides/assets/images/photo.jpg porte ce que le logiciel de son auteur y a "
        "écrit (un commentaire)\u00a0: des noms, des lieux ou des chemins de fichiers, publiés avec l'image\u202f; "
        "enregistrez-la de nouveau sans ses métadonnées (un export pour le web)",
        "mkdocs.yml\u00a0: theme.custom_dir\u00a0: overrides/assets/stylesheets/brand.css:1:17 définit color: #ffffff (.md-typeset "
        "p)\u00a0: un contraste de 1,0:1 avec le fond de la page, inférieur au 4,5:1 dont les lecteurs ont besoin (WCAG 2.1 "
        "AA)\u00a0: les mots seraient illisibles, ou invisibles",
        "mkdocs.yml\u00a0: theme.custom_dir\u00a0: overrides/assets/stylesheets/brand.css:1:17 définit color: #ffffff (.md-typeset "
        "p)\u00a0: un contraste de 1,0:1 entre color: #ffffff (.md-typeset p) et le fond de la page, inférieur au 4,5:1 dont "
        "les lecteurs ont besoin (WCAG 2.1 AA)\u00a0: tout texte de la page peut se trouver sur n'importe quel fond que "
        "définit la feuille de style",
        "mkdocs.yml\u00a0: theme.custom_dir\u00a0: overrides/footer.html est un modèle propre au projet\u00a0: il écrit autour du "
        "texte vérifié des mots (l'avis d'une version, l'historique, la page racine, un pied de page) qu'aucune "
        "vérification ne lit\u00a0: le site s'affiche avec les modèles du générateur\u202f; supprimez-le (`policy upgrade` "
        "supprime les scripts et les modèles que ce générateur n'a pas\u00a0: ceux d'un générateur antérieur)"], said


@pytest.mark.parametrize(("config", "name"), [
    ({"theme": {"name": "readthedocs", "custom_dir": "overrides"}, "extra": {"policy": {}}}, "'readthedocs'"),
    ({"theme": "mkdocs"}, "'mkdocs'"),
])
def test_a_theme_other_than_material_is_refused_by_the_check(files, config, name):
    """Company10: a new company's mkdocs.yml naming another theme passed `policy check --configuration`; `policy
    history` then failed building the archive pages ("the text is in <div>, not where the theme writes it"), saying
    that `policy check --configuration` names what it finds there, which found nothing."""
    assert any(f"theme: {name} is not Material for MkDocs" in line for line in problems(config, files)), \
        problems(config, files)


def test_material_is_not_refused(files):
    config = {"theme": {"name": "material", "custom_dir": "overrides", "font": False}, "extra": {"policy": {}}}
    assert not [line for line in problems(config, files) if "Material for MkDocs" in line]
