"""Words10's audit of what a legal editor meets in `policy check`, `diff`, `publish` and `import`: each finding names
where, and says what to do in plain words, in French as French typography wants."""
from __future__ import annotations

from policysite import document, messages, sync

NB, NNB = "\u00a0", "\u202f"


def _parse(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


def _french(findings, rule: str) -> list[str]:
    return [finding.in_language("fr").message for finding in findings if finding.rule == rule]


def test_a_section_number_repeated_names_the_line_of_the_first_and_what_to_do():
    """"§2 reprend un numéro de section déjà employé plus haut": which one, of some forty, and then what?"""
    policy = _parse("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nTexte.\n\n## 2. Données\n\nTexte.\n\n"
                    "## 2. Durée\n\nTexte.\n", "fr")
    assert _french(policy.problems, "structure.number-repeated") == [
        f"§2 «{NB}Durée{NB}» reprend le numéro de la section de la ligne 10{NB}: renumérotez l'une des deux (chaque "
        "numéro est l'adresse de sa section, #s…)"]


def test_a_section_the_translation_lacks_or_adds_says_what_to_do_with_it():
    french = _parse("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nTexte.\n\n## 2. Données\n\nTexte.\n",
                    "fr")
    english = _parse("---\ndate: 2021-02-17\n---\n# Policy\n\n## 1. Purpose\n\nText.\n\n## 3. Rights\n\nText.\n", "en")
    found = sync.compare(french, english)
    assert _french(found, "sync.section-missing") == [
        f"§2 «{NB}Données{NB}» figure dans le texte en français mais manque dans celui en anglais{NB}: traduisez-la ici"]
    assert _french(found, "sync.section-extra") == [
        f"§3 figure dans le texte en anglais mais pas dans celui en français{NB}: supprimez-la, ou "
        "ajoutez-la d'abord au texte en français (le texte qui fait foi)"]
    assert messages.english("sync.section-extra", {"section": "§3", "source": "fr", "translation": "en"}) == \
        "§3 is in English but not in French: remove it, or add it to the French text first (the text that prevails)"


def test_a_day_its_month_lacks_is_said_with_the_months_days_and_a_date_written_otherwise_how_to_write_it():
    """"la date « 2021-02-30 » n'est pas une date ISO valide": ISO is no word of a legal team's, and the date looks
    right to whoever wrote it; now its month's days are said, in the language's names."""
    import datetime as dt

    from policysite import checks

    def said(value: str, lang: str) -> list[str]:
        page = _parse(f"---\ndate: {value}\n---\n# Politique\n\n## 1. Objet\n\nTexte.\n", "fr")
        return [f.in_language(lang).message for f in checks.date_findings(page, today=dt.date(2026, 1, 1))]

    assert said("2021-02-30", "fr") == [
        f"la date «{NB}2021-02-30{NB}» n'existe pas{NB}: février 2021 compte 28 jours (le dernier est le 2021-02-28)"]
    assert said("2024-04-31", "en") == ["date “2024-04-31” does not exist: April 2024 has 30 days (its last is "
                                        "2024-04-30)"]
    assert said("2024-02-29", "fr") == []  # a leap year's
    assert said("17/02/2021", "fr") == [f"la date «{NB}17/02/2021{NB}» n'est pas une date écrite AAAA-MM-JJ (année, "
                                        "mois, jour, par exemple 2021-02-17)"]
    assert said("2021-13-01", "en") == ["date “2021-13-01” is not a date written YYYY-MM-DD (year, month, day, e.g. "
                                        "2021-02-17)"]


def test_a_link_to_another_page_on_a_site_of_one_text_says_what_to_link_instead(tmp_path):
    """A one-text site's link to `manquante.md` was told "a link to another document uses its page's file name, as in
    extra.policy.documents", a setting of sites of several documents that this site has no use for."""
    from policysite import crosslinks
    from policysite.settings import Language, Settings

    settings = Settings(company="Acme", brand="Acme", public_url="https://example.com/",
                        languages=(Language("fr", "Français", "mkdocs.yml"),), authoritative="fr", page="index.md",
                        version_section="")
    page = _parse("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nVoir [la page](manquante.md).\n", "fr")
    assert [f.in_language("fr").message for f in crosslinks.check(page, settings, {})] == [
        f"le lien vers manquante.md ne mène à aucune page du site, qui ne publie que ce texte{NB}: faites-le pointer "
        "vers une section de cette page (#s2), ou donnez l'adresse complète de la page d'un autre site (https://…)"]


def test_an_announced_day_written_otherwise_is_said_without_iso():
    from policysite.findings import Finding

    finding = Finding.of("docs/fr/index.md", 3, "frontmatter.announced-invalid", value="20/01/2027")
    assert finding.in_language("fr").message == (f"la date d'annonce «{NB}20/01/2027{NB}» n'est pas une date écrite "
                                                 "AAAA-MM-JJ (année, mois, jour), ou n'existe pas")
    assert "ISO" not in finding.message


def test_a_month_is_named_in_the_message_s_language_whatever_language_was_named_before_in_the_process():
    """`policy history` of a zh-TW site, then a French check in the same process, said "2月 2021 compte 28 jours":
    Babel 2.18 kept the stand-alone month names the first language resolved in data every language shares (babel
    #1234), and `policy history` builds and checks several languages in one process. A new interpreter: in this one
    an earlier test may have named a French month first, which hides the fault."""
    import subprocess
    import sys

    code = ("import datetime as dt\n"
            "from babel import Locale\n"
            "from babel.dates import format_date\n"
            "from policysite import messages\n"
            "format_date(dt.date(2021, 2, 1), 'LLLL y', locale=Locale.parse('zh_Hant_TW'))\n"
            "print(messages.say('frontmatter.date-invalid/day', {'value': '2021-02-30', 'month': '2021-02-28',"
            " 'days': 28, 'last': '2021-02-28'}, lang='fr'))\n")
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "février 2021 compte 28 jours" in said, said
