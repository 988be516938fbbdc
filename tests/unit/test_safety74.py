"""safety74: holes of the configuration an attacker with commit rights on mkdocs.yml could use, the gate judging the
published pages. A language's `digits` (extra.policy.languages) was checked to be a numbering system the generator
writes, any of them: `digits: beng` on English wrote every date the site shows on its pages (the version's date under
the title, "in force since…", the history) in Bengali digits, whose 4 looks like an 8 and 7 like a 9, a reader told
another day than the version's; the text's own such digits are refused (editorial.digits). A language's digits are
now those CLDR says it is written with, or 0-9 (config_rules, config.language-digits, at the setting's line)."""
from __future__ import annotations

import pytest

from policysite import config_lines, config_rules, settings, strings


def _digits(code: str, digits: str) -> list[str]:
    config = {"extra": {"policy": {"languages": [{"code": code, "name": code, "digits": digits}]}}}
    return [str(found) for found in config_rules._language_digits(config, lambda *key: "mkdocs.yml")]


@pytest.mark.parametrize(("code", "digits", "own"), [("en", "beng", "latn"), ("fr", "deva", "latn"),
                                                     ("en", "arab", "latn"), ("fa", "arab", "arabext, latn"),
                                                     ("ar", "arabext", "arab, latn"), ("hi", "beng", "deva, latn"),
                                                     ("en", "hanidec", "latn"), ("th", "laoo", "latn, thai")])
def test_digits_of_another_script_than_the_languages_are_refused(code, digits, own):
    assert _digits(code, digits) == [
        f"mkdocs.yml: extra.policy.languages: {code} is given the digits {digits} ({strings.DIGITS[digits]}), which "
        "are not those its language is written with: every date and count the site writes on its pages would be in "
        f"them, and a reader takes them for other digits (a Bengali 4 looks like an 8): use {own}, or leave `digits` "
        "out"]


@pytest.mark.parametrize(("code", "digits"), [("fa", "latn"), ("fa", "arabext"), ("ar", "arab"), ("ar-EG", "latn"),
                                              ("bn", "beng"), ("hi", "deva"), ("zh", "hanidec"), ("ja", "hanidec"),
                                              ("en", "latn"), ("th", "thai"), ("my", "mymr"), ("ne", "deva")])
def test_a_languages_own_digits_pass(code, digits):
    assert _digits(code, digits) == []


def test_the_refusal_names_the_line_of_the_setting(tmp_path):
    written = ("site_name: X\nextra:\n  policy:\n    languages:\n      - code: en\n        name: English\n"
               "        digits: beng\n")
    (tmp_path / "mkdocs.yml").write_text(written, encoding="utf-8")
    found = config_rules._language_digits(settings.read_yaml(written),
                                          config_lines.placer("mkdocs.yml", tmp_path / "mkdocs.yml"))
    assert [str(line).split(": extra.")[0] for line in found] == ["mkdocs.yml:7"]


# The configuration's words every page shows (the site's name in the header and each title, its description, the
# footer's line, a document's title) stating a date: every version's page was built with them beside its own date, the
# history beside every version's, as a front matter's `summary:` stating another day was refused (safety71).
def _stated(config: dict, config_file: str = "mkdocs.yml") -> list[str]:
    base = {"extra": {"policy": {"authoritative": "fr", "languages": [{"code": "fr"}, {"code": "en"}]}}}
    return [str(found) for found in config_rules._stated_dates({**base, **config}, lambda *key: config_file,
                                                               config_file)]


@pytest.mark.parametrize(("config", "config_file", "said"), [
    ({"site_name": "Example Org privacy policy in force since 1 March 2001"}, "mkdocs.en.yml",
     "site_name: “Example Org privacy policy in force since 1 March 2001” states a date (2001-03-01)"),
    ({"copyright": "© DialOnce {year}. Dernière mise à jour : 1er mars 2001"}, "mkdocs.yml",
     "copyright: “Dernière mise à jour : 1er mars 2001” states a date (2001-03-01)"),
    ({"site_description": "Privacy policy, version 2001-03-01"}, "mkdocs.en.yml",
     "site_description: “Privacy policy, version 2001-03-01” states a date (2001-03-01)"),
    ({"extra": {"policy": {"authoritative": "fr", "languages": [{"code": "fr"}],
                           "documents": [{"id": "privacy", "page": "index.md"},
                                         {"id": "cookies", "page": "cookies.md",
                                          "title": {"fr": "Cookies (mars 2001)"}}]}}}, "mkdocs.yml",
     "extra.policy.documents[1].title.fr: “Cookies (mars 2001)” states a date (2001-03)"),
])
def test_the_configurations_shown_words_stating_a_date_are_refused(config, config_file, said):
    assert [line.split(": every page")[0] for line in _stated(config, config_file)] == [f"{config_file}: {said}"]


@pytest.mark.parametrize("config", [
    {"copyright": "Copyright © DialOnce. 2016-{year}. Tous droits réservés."},
    {"site_name": "Politique de confidentialité de DialOnce", "site_description": "RGPD 2016/679"},
    {"copyright": "© 2001 Example Org", "site_name": "Example Org 24/7 support privacy policy"},
])
def test_the_configurations_words_without_a_date_pass(config):
    assert _stated(config) == []


# A page handed to `policy import` whose words its readers never saw: each letter drawn as a dot
# (`-webkit-text-security`), masked by a gradient letting nothing through, or inked white by an older page's own
# attribute (`<font color="white">`), was imported as the text in force without a word, where every other way of
# hiding words is kept and said at its Markdown line, for the team to remove.
@pytest.mark.parametrize("hidden", [
    '<p style="-webkit-text-security:disc">We sell your data.</p>',
    '<p class="x">We sell your data.</p>',
    '<p style="-webkit-mask-image:linear-gradient(transparent, transparent)">We sell your data.</p>',
    '<p style="mask-image:linear-gradient(to right, rgba(0,0,0,0) 0%, transparent 100%)">We sell your data.</p>',
    '<p><font color="white">We sell your data.</font></p>',
    '<p><font color="#FFFFFF">We sell your data.</font></p>',
])
def test_imported_words_no_reader_saw_are_kept_and_said_at_their_line(tmp_path, hidden):
    from policysite.convert import convert

    source = tmp_path / "privacy-2023-01-01.html"
    source.write_text("<html><head><style>.x{-webkit-text-security:square}</style></head><body><main><h1>Privacy</h1>"
                      f"<h2>1. Sharing</h2><p>Shown.</p>{hidden}</main></body></html>", encoding="utf-8")
    converted = convert(source)
    notes = "\n".join(str(note) for note in converted.notes)
    line = converted.markdown.splitlines().index("We sell your data.") + 1
    assert f"Markdown line {line}: kept 1 element that the page's style hid" in notes, notes
    assert "“We sell your data.”" in notes


@pytest.mark.parametrize("shown", ['<p style="-webkit-text-security:none">Shown too.</p>',
                                   '<p style="mask-image:linear-gradient(black, transparent)">Shown too.</p>',
                                   '<p><font color="#333333">Shown too.</font></p>', '<p><font color="red">Shown too.</font>'])
def test_imported_words_drawn_readable_stay_unsaid(tmp_path, shown):
    from policysite.convert import convert

    source = tmp_path / "privacy-2023-01-01.html"
    source.write_text(f"<html><body><main><h1>Privacy</h1><h2>1. Sharing</h2><p>Shown.</p>{shown}</main></body></html>",
                      encoding="utf-8")
    converted = convert(source)
    assert "Shown too." in converted.markdown
    assert not any("hid" in str(note) for note in converted.notes), converted.notes


# The site's script left out of a site's configuration, or replaced by another of the generator's scripts: every page
# was published without it, and the reader of the version in force never shown that a new version was announced (its
# banner is in every page, hidden until the script reads versions.json), as safety68's `type: text/plain` did.
def _site(scripts: object) -> dict:
    return {"theme": {"name": "material", "custom_dir": "overrides", "font": False}, "extra_javascript": scripts,
            "extra": {"policy": {"company": "Example"}}}


@pytest.mark.parametrize("scripts", [[], None, ["assets/javascripts/at.js"], [{"path": "assets/javascripts/redline.js"}],
                                     "assets/javascripts/policy.js"])
def test_a_site_without_its_script_is_refused(scripts):
    assert [str(why) for why in config_rules._site_script_missing(_site(scripts))] == [
        "extra_javascript: assets/javascripts/policy.js is not listed: every page would be published without the "
        "site's own script, which shows the notices a reader must see (a new version announced, a section the "
        "address names that this version lacks): list it, as `policy init` writes it"]


@pytest.mark.parametrize("scripts", [["assets/javascripts/policy.js"], [{"path": "assets/javascripts/policy.js",
                                                                          "async": True}]])
def test_a_site_loading_its_script_passes(scripts):
    assert config_rules._site_script_missing(_site(scripts)) == []


def test_a_part_of_a_configuration_is_not_asked_for_the_script():
    assert config_rules._site_script_missing({"theme": {"name": "material"}}) == []
    assert config_rules._site_script_missing({"extra": {"policy": {"company": "Example"}}}) == []


# An extension the checks, the redline and the PDF read the text with, left out of the configuration: without
# sane_lists a list numbered from 3 was published shown from 1; without attr_list, `{: #id }` was shown as words.
def _extended(names: list) -> dict:
    return {**_site(["assets/javascripts/policy.js"]), "markdown_extensions": names}


@pytest.mark.parametrize(("names", "missing"), [(["toc", "tables", "attr_list"], ["sane_lists"]),
                                                (["toc", "sane_lists"], ["attr_list"]), ([], ["attr_list", "sane_lists"])])
def test_an_extension_the_checks_read_the_text_with_left_out_is_refused(names, missing):
    assert [str(why).split(" is not listed")[0] for why in config_rules._extensions_missing(_extended(names))] == [
        f"markdown_extensions: {name}" for name in missing]


@pytest.mark.parametrize("names", [["toc", "attr_list", "sane_lists"],
                                   ["markdown.extensions.attr_list", {"sane_lists": {}}, "tables"]])
def test_the_extensions_the_checks_read_the_text_with_pass(names):
    assert config_rules._extensions_missing(_extended(names)) == []


# A face installed on readers' machines that draws each letter as a Braille cell (macOS's Apple Braille), as nothing
# (Adobe Blank), as a box naming its Unicode block (macOS's LastResort) or as a scribble (Redacted Script), set as the
# text's font in the project's stylesheet: published, its readers shown no words.
@pytest.mark.parametrize("family", ['"Apple Braille"', '"Apple Braille Outline 6 Dot", serif', '"Adobe Blank"',
                                    "LastResort", '"Redacted Script"', '"Flow Circular"'])
def test_a_face_drawing_no_letters_is_refused_as_the_texts_font(family):
    from policysite import css_rules

    css = f".md-typeset p {{ font-family: {family} }}\n"
    found = css_rules.css_problems(css)
    assert [str(why).split(": a symbol font")[0] for _place, why in found] == [
        f"sets font-family: {family.split(',')[0]} (.md-typeset p)"], found


@pytest.mark.parametrize("family", ['"Noto Sans", sans-serif', '"Segoe UI Symbol"', "Georgia, serif"])
def test_a_text_face_stays_allowed(family):
    from policysite import css_rules

    assert css_rules.css_problems(f".md-typeset p {{ font-family: {family} }}\n") == []
