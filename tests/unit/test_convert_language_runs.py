"""One text set in two languages one after the other on one page, its parts unmarked: each import reads its own
language's run of sections (adoption hunt 26)."""
from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from policysite import cli, messages
from policysite.convert.language_runs import names_a_language, one_language

pytestmark = pytest.mark.usefixtures("fixed_git")  # (as CI: no identity of the machine's)

EN = ("## 1. Who we are\n\nMaple Co. Inc. operates the website and the shop, and decides why and how your personal "
      "data is processed.\n\n## 2. What we collect\n\nYour name and email address when you create an account, and "
      "the orders you place with us.\n\n## 3. Contact\n\nWrite to our privacy team by email at any time; we answer "
      "within one month.\n")
FR = ("## 1. Qui nous sommes\n\nMaple Co. Inc. exploite le site et la boutique, et décide pourquoi et comment vos "
      "données personnelles sont traitées.\n\n## 2. Ce que nous recueillons\n\nVotre nom et votre adresse courriel "
      "lorsque vous créez un compte, et les commandes que vous passez.\n\n## 3. Nous joindre\n\nÉcrivez à notre équipe "
      "par courriel à tout moment ; nous répondons dans un délai d'un mois.\n")
PAGE = ("# Privacy Policy / Politique de confidentialité\n\n[English](#english) | [Français](#francais)\n\n"
        "## English {#english}\n\nLast updated: May 1, 2023\n\n" + EN + "\n---\n\n## Français {#francais}\n\n"
        "Dernière mise à jour : 1er mai 2023\n\n" + FR)

NAMES = {"en": "English", "fr": "French"}  # how the English notes name the languages


@pytest.mark.parametrize("lang, title, date, sections, left", [
    ("en", "Privacy Policy", "Last updated: May 1, 2023", EN, "Français Dernière mise à jour"),
    ("fr", "Politique de confidentialité", "Dernière mise à jour : 1er mai 2023", FR, "English Last updated")])
def test_each_language_reads_its_run_of_sections(lang: str, title: str, date: str, sections: str, left: str):
    """A Canadian site's page: `English` sections, then `Français` ones, numbered again, under a title in both. Both
    were imported as each language's text, the page holding the policy twice."""
    markdown, kept, notes = one_language(PAGE, lang)
    assert markdown == f"# {title}\n\n{date}\n\n{sections}", markdown
    assert kept == title
    assert notes[0].startswith(f"the page sets its text in two languages one after the other, unmarked: read the 4 "
                               f"sections in {NAMES[lang]}") and f"(“{left}" in notes[0], notes
    assert "left out the links to the parts of each language above the text" in notes


def test_runs_numbered_again_without_a_languages_name_are_read_too():
    markdown, _title, notes = one_language(f"# Privacy\n\n{EN}\n{FR}", "fr")
    assert markdown == f"# Privacy\n\n{FR}" and notes


@pytest.mark.parametrize("text", [
    f"# Privacy\n\n{EN}\n{EN.replace('Maple', 'Birch')}",  # one language, numbered again (two parts of one text)
    "# Datenschutz\n\n## 1. Wer wir sind\n\nDie Maple GmbH betreibt die Website und den Shop, und entscheidet über "
    "Zwecke und Mittel der Verarbeitung Ihrer personenbezogenen Daten.\n\n## 2. Ihre Rechte\n\nSie haben das Recht "
    "auf Auskunft, Berichtigung und Löschung Ihrer Daten bei uns, sowie auf Einschränkung der Verarbeitung und auf "
    "Datenübertragbarkeit.\n\n## 3. Speicherdauer\n\nWir speichern Ihre Daten nur so lange, wie es für die Zwecke "
    "erforderlich ist, für die sie erhoben wurden, oder wie es das Gesetz verlangt.\n\n## 4. Kontakt\n\nSchreiben "
    "Sie uns jederzeit an die oben genannte Adresse oder per E-Mail an unseren Datenschutzbeauftragten.\n\n"
    + EN.split("## 3.")[0],  # an English annex, numbered again, far shorter than the German text: kept
    f"# Privacy\n\n{EN}",  # one language
])
def test_a_text_in_one_language_or_with_a_short_passage_in_another_is_kept_whole(text: str):
    assert one_language(text, "en" if text.startswith("# Privacy") else "de") == (text, text.split("\n")[0][2:], [])


def test_a_languages_name_is_told():
    assert all(names_a_language(t) for t in ("English", "Français", "Version française", "Deutsche Fassung",
                                             "Nederlands", "English version", "Español"))
    assert not any(names_a_language(t) for t in ("Contact", "1. Who we are", "Your rights", "Cookies"))


def test_a_page_in_two_languages_gives_each_import_its_part(tmp_path: Path, capsys):
    site = tmp_path / "maple"
    assert cli.main(["init", str(site), "--company", "Maple Co.", "--languages", "en,fr"]) == 0
    page = tmp_path / "privacy-2023-05-01.html"
    page.write_text(f"<html lang=en-CA><body><main>{markdown.markdown(PAGE, extensions=['attr_list'])}</main></body>"
                    "</html>", encoding="utf-8")
    capsys.readouterr()
    for lang in ("en", "fr"):
        assert cli.main(["--root", str(site), "import", "--lang", lang, str(page)]) == 0
    out = capsys.readouterr().out
    assert "the page says it is written in en-CA" not in out
    english = (site / "docs/en/index.md").read_text(encoding="utf-8")
    french = (site / "docs/fr/index.md").read_text(encoding="utf-8")
    assert "Qui nous sommes" not in english and "## 1. Who we are" in english and 'title: "Privacy Policy"' in english
    assert "Who we are" not in french and "## 1. Qui nous sommes" in french, french
    assert 'title: "Politique de confidentialité"' in french
    assert cli.main(["--root", str(site), "check"]) == 0


DE = ("# Datenschutzerklärung\n\nStand: 1. Mai 2023\n\n## 1. Verantwortliche Stelle\n\nVerantwortlich für die "
      "Datenbearbeitungen auf dieser Website ist die Alpen Software AG.\n\n## 2. Erhobene Daten\n\nWir bearbeiten "
      "Ihren Namen, Ihre E-Mail-Adresse und die Daten, die Sie uns bei einer Bestellung mitteilen.\n")
FR_TITLED = ("# Déclaration de protection des données\n\nÉtat : 1er mai 2023\n\n## 1. Responsable du traitement\n\n"
             "Le responsable des traitements de données sur ce site est Alpen Software SA.\n\n## 2. Données collectées"
             "\n\nNous traitons votre nom, votre adresse e-mail et les données que vous nous communiquez lors d'une "
             "commande.\n")


@pytest.mark.parametrize("lang, kept, left", [("de", DE, "Déclaration de protection"),
                                              ("fr", FR_TITLED, "Datenschutzerklärung Stand")])
def test_each_language_under_its_own_title_reads_its_part(lang: str, kept: str, left: str):
    """A Swiss page: the German text under `<h1>Datenschutzerklärung</h1>`, then the French one under its own `<h1>`:
    imported whole as each, the French title a section of the German text, its sections "repeating a section number"
    (11 warnings)."""
    markdown, title, notes = one_language(f"{DE}\n{FR_TITLED}", lang)
    assert markdown == kept and title == kept.split("\n")[0][2:], markdown
    assert notes[0].startswith("the page sets its text in two languages one after the other, each under its own "
                               f"title: read the {messages.language_name(lang, 'en')} one") and f"(“{left}" in notes[0], notes


def test_two_documents_in_one_language_under_their_titles_are_kept_whole():
    text = "# Privacy Policy\n\n" + EN + "\n# Cookie Policy\n\n" + EN.replace("Maple", "Birch")
    assert one_language(text, "en")[2] == []


HE = ("## 1. מי אנחנו\n\nחברת אקמה בע\"מ מפעילה את האתר ואחראית על המידע האישי שלך.\n\n## 2. המידע שאנו אוספים\n\n"
      "שם, כתובת דואר אלקטרוני ומספר טלפון, כאשר אתה נרשם לשירות.\n\n## 3. יצירת קשר\n\nניתן לפנות אלינו בכל עת.\n")
EN_HE = ("## 1. Who we are\n\nAcme Ltd. operates the website and is responsible for your personal information.\n\n"
         "## 2. Information we collect\n\nName, email address and phone number, when you sign up.\n\n## 3. Contact\n\n"
         "You may contact us at any time.\n")


@pytest.mark.parametrize("lang, kept", [("he", HE), ("en", EN_HE)])
def test_languages_written_in_two_scripts_are_told_apart_without_a_dictionary(lang: str, kept: str):
    """An Israeli site's page, Hebrew sections then English ones: pyspellchecker has no Hebrew dictionary, so the page
    was imported whole as each. Where the two runs are written in different scripts, the share of each run's letters
    in the language's script tells them apart (Arabic, Chinese, Japanese, Russian beside English too)."""
    page = f"# מדיניות פרטיות / Privacy Policy\n\n## עברית\n\n{HE}\n## English\n\n{EN_HE}"
    markdown, title, notes = one_language(page, lang)
    assert markdown == f"# {title}\n\n{kept}", markdown
    assert title == ("מדיניות פרטיות" if lang == "he" else "Privacy Policy") and notes


DE_PART = ("Datenschutzerklärung für Website ohne Datenverarbeitung\n\nWir nehmen den Schutz Ihrer persönlichen Daten "
           "ernst: auf unserer Website werden keine personenbezogenen Daten verarbeitet, und es werden keine Cookies "
           "eingesetzt.\n\nSollten Sie Fragen zum Datenschutz haben, können Sie sich jederzeit an uns wenden.\n")
EN_PART = ("Privacy Policy for Website without Data Processing\n\nWe take the protection of your personal data "
           "seriously: no personal data is processed on our website, and no cookies are used.\n\nIf you have any "
           "questions about data protection, please feel free to contact us at any time.\n")


@pytest.mark.parametrize("lang, part, label, left", [("de", DE_PART, "Deutsch:", "Englisch:"),
                                                     ("en", EN_PART, "Englisch:", "Deutsch:")])
def test_each_language_reads_its_part_under_a_line_naming_it(lang: str, part: str, label: str, left: str):
    """A German developer's page without a heading sets its text in German under a line 'Deutsch:', then in English
    under 'Englisch:' (adoption 8: pages/info/datenschutz.php): it was imported whole as the German text, the English
    half published in it (policy check: the dictionary lacked 55 of its 135 words). Each language's import reads the
    part under the line naming it, the lines naming the languages left out, said."""
    page = f"Deutsch:\n\n{DE_PART}\nEnglisch:\n\n{EN_PART}"
    markdown, _title, notes = one_language(page, lang)
    assert markdown == part, markdown
    assert notes and notes[0].startswith(f"the page sets its text in two languages one after the other, each under a "
                                         f"line naming it: read the {messages.language_name(lang, 'en')} part, under “{label}”; left out the other, "
                                         f"under “{left}”"), notes
    assert one_language(f"Deutsch:\n\n{DE_PART}", lang)[2] == []  # one part: nothing to choose
