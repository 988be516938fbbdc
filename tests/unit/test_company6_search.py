"""company6: a site already configured with a search language Material's plugin refuses (`lang: he`, `el`: MkDocs'
list lacks them, the build searches in English and says so at INFO only) is told so by `policy check` at the line, with
the fix; `policy init`'s note for them says that reason, not that Material has no stemmer."""
from __future__ import annotations

from pathlib import Path

from helpers import copy_project
from policysite import checks, config_rules, init, messages
from policysite.findings import WARNING


def test_search_languages_the_plugin_does_not_take_are_found_at_their_line():
    assert config_rules.search_languages_unsearched("plugins:\n  - search:\n      lang: he\n") == [(3, "he", "en")]
    assert config_rules.search_languages_unsearched(
        "site_name: x\nplugins:\n  - material/search:\n      lang:\n        - fr\n        - el\n        - uk\n") \
        == [(6, "el", "en"), (7, "uk", "ru")]
    assert config_rules.search_languages_unsearched("plugins:\n  search:\n    lang: [he, de]\n") == [(3, "he", "en")]
    # what the plugin takes as written, or no language at all: nothing to say
    for taken in ("plugins:\n  search:\n    lang: fr\n", "plugins:\n  - search\n", "plugins: []\n", "",
                  "plugins:\n  - search:\n      lang: {he: 1}\n", "plugins: [\n", "hooks:\n  - hooks/policy.py\n"):
        assert config_rules.search_languages_unsearched(taken) == [], taken


def test_policy_check_names_the_line_and_the_fix(tmp_path: Path):
    root = copy_project(tmp_path / "site")
    config = root / "mkdocs.en.yml"
    text = config.read_text(encoding="utf-8")
    assert "  search:\n    lang: en\n" in text
    config.write_text(text.replace("  search:\n    lang: en\n", "  search:\n    lang: el\n"), encoding="utf-8")
    line = config.read_text(encoding="utf-8").splitlines().index("    lang: el") + 1
    found = [f for f in checks.check_project(root=root) if f.rule == "config.search-lang"]
    assert [(f.path, f.line, f.severity) for f in found] == [("mkdocs.en.yml", line, WARNING)]
    assert "searches in en instead" in found[0].message and "remove el from lang" in found[0].message
    french = found[0].said("fr")
    assert f"mkdocs.en.yml:{line}:" in french
    assert "cherche en en à la place" in french and "retirez el de lang" in french
    assert "plugins\u00a0: search\u00a0: lang\u00a0: el\u00a0:" in french


def test_init_notes_the_true_reason_for_hebrew_and_greek():
    assert {"he", "el"} <= init.search_refused()
    assert not {"fr", "en", "de"} & init.search_refused()
    langs = [init.new_language(code, company="Acme", public_url="https://example.test/",
                               themes=init.material_languages(), stemmers=init.search_stemmers(),
                               dictionaries=init.spelling_dictionaries()) for code in ("el", "ga")]
    notes = {said.fields["code"]: said for said in init.notes_for(langs) if said.key.startswith("init.note-search")}
    assert notes["el"].key == "init.note-search/refused"
    assert "refuses `lang: el`" in messages.said_in(notes["el"], "en")
    assert "refuse `lang: el`" in messages.said_in(notes["el"], "fr")
    assert notes["ga"].key == "init.note-search"  # (Irish: Material ships no stemmer for it)
