"""The lines the extended scan of test_messages_scan found built as English text outside the catalogue (session 41,
words9), each said in French with French typography now: a page that is not UTF-8, a logo the site refuses, a
configuration file that is a link, what an import skips or notes."""
from __future__ import annotations

import pytest

from policysite import cli, document, image_rules, messages
from policysite.convert.language_runs import one_language
from policysite.convert.sources import dated_sources
from policysite.messages import said_in, text_of

NB, NNB = "\u00a0", "\u202f"


def test_a_page_that_is_not_utf8_is_said_in_french():
    with pytest.raises(document.DecodeError) as raised:
        document.decode(b"# Politique\n\nDonn\xe9es\n", path="docs/fr/index.md")
    assert str(raised.value) == "docs/fr/index.md:3: not UTF-8 (byte offset 17): save the file as UTF-8"
    assert said_in(text_of(raised.value), "fr") == (f"docs/fr/index.md:3{NB}: pas en UTF-8 (octet n° 17){NB}: "
                                                    "enregistrez le fichier en UTF-8")


def test_a_logo_wider_than_a_mark_is_said_in_french(tmp_path):
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="24">'
                                                     '<path d="M0 0h1000v24z"/></svg>', encoding="utf-8")
    config = {"theme": {"name": "material", "custom_dir": "overrides", "logo": "logo.svg"}}
    [found] = image_rules.logo_problems(config, "mkdocs.yml", tmp_path)
    assert found == ("mkdocs.yml: theme.logo: logo.svg is 1000×24, wider than 4:1: drawn beside the site's name on "
                     "every page it could hold a line of words no check reads; a logo is a mark")
    assert said_in(found, "fr") == (f"mkdocs.yml{NB}: theme.logo{NB}: logo.svg mesure 1000×24, plus large que 4:1{NB}: "
                                    "dessiné à côté du nom du site sur chaque page, il pourrait porter une ligne de mots "
                                    f"qu'aucune vérification ne lit{NNB}; un logo est une marque")


def test_a_configuration_file_that_is_a_link_is_said_in_french(tmp_path):
    (tmp_path / "elsewhere.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").symlink_to(tmp_path / "elsewhere.yml")
    [found] = [line for line in cli._refused_configuration(tmp_path) if line.startswith("mkdocs.yml")]
    assert said_in(found, "fr") == f"mkdocs.yml{NB}: un lien symbolique{NB}: la construction lit les fichiers propres " \
                                   "au projet"


def test_what_an_import_skips_beside_the_texts_is_said_in_french(tmp_path):
    (tmp_path / "privacy-2021-03-01.html").write_text("a", encoding="utf-8")
    (tmp_path / "privacy-2021-03-01_files").mkdir()  # what a browser saves beside the page
    (tmp_path / "privacy-2021-03-01_files" / "style.css").write_text("p{}", encoding="utf-8")
    (tmp_path / "~$ivacy-2021-03-01.md").write_bytes(b"\x0bJane")  # Word's lock file
    skipped: list[str] = []
    dated_sources([tmp_path], skipped=skipped)
    assert sorted(said_in(line, "fr") for line in skipped) == [
        f"{tmp_path}/privacy-2021-03-01_files{NB}: ignoré{NB}: les ressources qu'un navigateur a enregistrées à côté "
        "de la page (ses images, styles, scripts et cadres)",
        f"{tmp_path}/~$ivacy-2021-03-01.md{NB}: ignoré{NB}: le fichier de verrou que Word garde à côté d'un document "
        "ouvert, pas un document"]


def test_a_page_in_two_languages_under_their_lines_is_noted_in_french():
    page = ("Deutsch:\n\nWir nehmen den Schutz Ihrer Daten sehr ernst und behandeln sie vertraulich und gemäß den "
            "gesetzlichen Vorschriften.\n\nEnglisch:\n\nWe take the protection of your data very seriously and treat "
            "it confidentially and in accordance with the law.\n")
    _text, _title, notes = one_language(page, "de")
    assert [said_in(note, "fr") for note in notes] == [
        f"la page présente son texte en deux langues l'une après l'autre, chacune sous une ligne qui la nomme{NB}: lu "
        f"la partie en {messages.language_name('de', 'fr')}, sous «{NB}Deutsch:{NB}»{NNB}; omis l'autre, sous "
        f"«{NB}Englisch:{NB}» («{NB}We take the protection of your data very seriously and treat…{NB}»){NB}: "
        "importez ce fichier avec le --lang de cette langue pour l'obtenir"]
