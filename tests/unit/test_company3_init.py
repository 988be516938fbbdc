"""The new site's English files name its languages in English, their own names beside (company3: a German site's
README said "the policy in Deutsch", its word list "Words of the Deutsch policy")."""
from __future__ import annotations

from policysite import init


def rendered(codes: str) -> dict[str, str]:
    languages = [init.new_language(code, company="Muster GmbH", public_url="https://e.test/p/",
                                   themes=init.material_languages(), stemmers=init.search_stemmers(),
                                   dictionaries=init.spelling_dictionaries()) for code in codes.split(",")]
    return init.render(company="Muster GmbH", languages=languages, public_url="https://e.test/p/", bin_dir="/b")


def test_the_readme_word_lists_and_settings_name_each_language_in_english():
    files = rendered("de,en,es")
    readme = files["README.md"]
    assert "in\nGerman (Deutsch), English and Spanish (Español). German (Deutsch) is authoritative" in readme
    assert "| `docs/de/index.md` | the policy in German (Deutsch) (authoritative) |" in readme
    assert "| `docs/en/index.md` | the policy in English |" in readme
    assert "Deutsch," not in readme and "in Deutsch" not in readme
    assert files["docs/es/.words.txt"].startswith("# Words of the Spanish (Español) policy that")
    assert files["mkdocs.yml"].startswith("# The site's settings, and those of its authoritative language (German "
                                          "(Deutsch)).")
    assert files["mkdocs.es.yml"].startswith("# The Spanish (Español) translation:")


def test_a_regional_and_a_script_code_read_in_english_too():
    assert init.english_name("pt-BR", init.language_name("pt-BR")) == "Portuguese (Brazil) (Português (Brasil))"
    assert init.english_name("hu", init.language_name("hu")) == "Hungarian (Magyar)"
    assert init.english_name("en-GB", init.language_name("en-GB")) == "English (United Kingdom)"
