"""company18: a Swiss German site (de-CH, de-LI) reads the theme's words as Switzerland spells them: Material's German
footer said "Fußzeile" beside the site's own Swiss words (strings.NO_ESZETT). `policy init` writes the region's
spelling into the language's theme strings, the checks accept exactly those bytes, and `policy upgrade` brings a site
whose strings an earlier `policy init` wrote to today's."""
from __future__ import annotations

from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

from helpers import git
from policysite import cli, config_rules, init


def _theme_word(strings: str, code: str, key: str) -> str:
    """What Material's `t(key)` says on a page of `code` through the site's strings (its own folder first)."""
    env = Environment(loader=ChoiceLoader([DictLoader({f"partials/languages/{code}.html": strings}),
                                           FileSystemLoader(str(init._material()))]))
    return env.from_string(f'{{% import "partials/languages/{code}.html" as lang %}}{{{{ lang.t("{key}") }}}}').render()


def test_swiss_theme_strings_write_ss_where_material_s_german_writes_eszett():
    for code in ("de-CH", "de-LI"):
        written = init.language_strings(code)
        assert written is not None and "ß" not in written
        assert _theme_word(written, code, "footer") == "Fusszeile"
        assert _theme_word(written, code, "language") == code
        assert _theme_word(written, code, "search.placeholder") == "Suche"  # the rest is German's
    austrian = init.language_strings("de-AT")
    assert austrian is not None and _theme_word(austrian, "de-AT", "footer") == "Fußzeile"  # Austria writes ß
    assert init.respelt("de-AT", "de") == {} and init.respelt("de-CH", "de") == {"footer": "Fusszeile"}


def test_policy_init_writes_them_checks_accept_them_and_upgrade_brings_an_earlier_sites(tmp_path, capsys):
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Beispiel AG", "--languages", "de-CH,fr-CH"]) == 0
    rel = "overrides/partials/languages/de-CH.html"
    today = (site / rel).read_text(encoding="utf-8")
    assert today == init.language_strings("de-CH") and "Fusszeile" in today
    earlier = init.language_strings("de-CH", former=True)
    assert earlier is not None and "Fusszeile" not in earlier and earlier != today
    (site / rel).write_text(earlier, encoding="utf-8")
    git(site, "commit", "-q", "-am", "as policy init wrote it before company18")
    assert [path for path, _why in config_rules.foreign_files(site / "overrides")] == ["partials/languages/de-CH.html"]
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"{rel}" in out and (site / rel).read_text(encoding="utf-8") == today
    assert config_rules.foreign_files(site / "overrides") == []  # today's: accepted
    git(site, "commit", "-q", "-am", "upgraded")
    (site / rel).write_text(earlier.replace('"direction": "ltr"', '"direction": "ltr",\n  "skip": "Weiter"'),
                            encoding="utf-8")  # the company's own words: not an earlier generator's, kept
    git(site, "commit", "-q", "-am", "our own")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert "Weiter" in (site / rel).read_text(encoding="utf-8")


def test_serbian_in_latin_letters_reads_the_theme_in_latin_letters(tmp_path, capsys):
    """A Serbian site written in Latin letters (sr-Latn-RS; sr-ME, which CLDR writes in Latin) read Material's Serbian
    strings, in Cyrillic (`Претрага` in the search box of a Latin page): it reads Serbo-Croatian's, in Latin (`sh`);
    Serbian in Cyrillic keeps Material's own."""
    for code in ("sr-Latn-RS", "sr-Latn", "sr-ME"):
        written = init.language_strings(code)
        assert written is not None and '{% import "partials/languages/sh.html" as base %}' in written
        assert _theme_word(written, code, "search.placeholder") == "Pretraga"
        assert _theme_word(written, code, "language") == code
    cyrillic = init.language_strings("sr-Cyrl-ME")
    assert cyrillic is not None and _theme_word(cyrillic, "sr-Cyrl-ME", "search.placeholder") == "Претрага"
    assert init.language_strings("sr") is None  # Material's own
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Primer d.o.o.", "--languages", "sr-Latn-RS"]) == 0
    rel = "overrides/partials/languages/sr-Latn-RS.html"
    today = (site / rel).read_text(encoding="utf-8")
    assert today == init.language_strings("sr-Latn-RS")
    assert "the site uses its Serbo-Croatian ones" in capsys.readouterr().err
    earlier = init.language_strings("sr-Latn-RS", former=True)
    assert earlier is not None and '{% import "partials/languages/sr.html" as base %}' in earlier
    (site / rel).write_text(earlier, encoding="utf-8")
    git(site, "commit", "-q", "-am", "as policy init wrote it before company18")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert (site / rel).read_text(encoding="utf-8") == today
    assert config_rules.foreign_files(site / "overrides") == []


def test_languages_material_has_under_another_code_read_its_strings_there():
    """`no` (Norwegian), `fil` (Filipino), `bs` (Bosnian), `cnr` (Montenegrin) and `ckb` (Central Kurdish) read
    Material's English: it has them as Bokmål (`nb`), Tagalog (`tl`), Serbo-Croatian (`sh`, Serbian's in Cyrillic) and
    Kurdish of Iraq (`ku-IQ`)."""
    for code, base, search in (("no", "nb", "Søk"), ("fil", "tl", "Hanapin"), ("bs", "sh", "Pretraga"),
                               ("cnr", "sh", "Pretraga"), ("bs-Cyrl", "sr", "Претрага"), ("ckb", "ku-IQ", "گەڕان")):
        written = init.language_strings(code)
        assert written is not None and f'{{% import "partials/languages/{base}.html" as base %}}' in written
        assert _theme_word(written, code, "search.placeholder") == search
    assert init.language_strings("nb") is None and init.language_strings("tl") is None  # Material's own
