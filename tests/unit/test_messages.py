"""The catalogues of messages: each language's templates say what the English say, with the same fields; a finding
is said in the legal team's language, its rule, place and JSON keys unchanged."""
from __future__ import annotations

import ast
import functools
import json
import re
import string
from pathlib import Path

import pytest

from helpers import copy_project, git, package_sources, parsed, walked
from policy_repo import en_page, fr_page
from policysite import cli, gate, messages, settings as policy_settings
from policysite.findings import WARNING, Finding

TRANSLATED = [lang for lang in messages.LANGUAGES if lang != messages.DEFAULT]


def _sample(template: str) -> dict[str, object]:
    """Fields for `template`: a number where a spec counts it (wherever in the template), a language code where one
    names it, else a word."""
    fields: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name and fields.get(name) != 2:
            kind = (spec or "").partition(":")[0]
            fields[name] = 2 if kind in ("plural", "form", "number", "ordinal", "decimal") else \
                "en" if kind == "language" else "2021-02-01" if kind == "month" else "x"
    return fields


def _counted(lang: str) -> dict[str, str]:
    """The templates of `lang` whose fields are counted there, by key: their fields must be numbers in English too."""
    return {key: template for key, template in messages.catalogue(lang).items()
            if any((spec or "").startswith(("plural", "form", "number", "ordinal"))
                   for _, _, spec, _ in string.Formatter().parse(template))}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_translated_message_has_the_english_message_s_fields(lang):
    english = messages.catalogue(messages.DEFAULT)
    for key, template in messages.catalogue(lang).items():
        assert key in english, f"{lang}: {key} has no English message"
        assert messages.fields_of(template) == messages.fields_of(english[key]), f"{lang}: {key}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_catalogue_says_every_message_of_each_rule_it_translates(lang):
    """A rule half translated would say some of its findings in English: each rule id the catalogue claims has
    every variant the English has."""
    english = messages.catalogue(messages.DEFAULT)
    claimed = {messages.rule_of(key) for key in messages.catalogue(lang)}
    for key in english:
        if messages.rule_of(key) in claimed:
            assert key in messages.catalogue(lang), f"{lang} says {messages.rule_of(key)} but not {key}"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_every_template_formats_and_counts_as_the_english_does(lang):
    english = messages.catalogue(messages.DEFAULT)
    for key, template in messages.catalogue(lang).items():
        fields = {**_sample(english[key]), **_sample(template)}
        said = messages.say(key, fields, lang)
        assert said and (said != template or not messages.fields_of(template)), key
    for key, template in _counted(lang).items():  # a count in one language is a number in the others
        counted = {name for _, name, spec, _ in string.Formatter().parse(template)
                   if name and (spec or "").startswith(("plural", "form", "number"))}
        for name in counted:
            assert messages.english(key, {**_sample(english[key]), name: 7}), key


def test_every_french_message_is_spaced_as_french_typography_wants():
    """A no-break space before `:` and inside « », a narrow one before ; ! ?, never an ordinary one (a line broken
    between a word and its colon, « text » apart from its quotes), in every French message as it is said, a new one
    too; a code span, words to type as written, keeps its own spaces."""
    english = messages.catalogue(messages.DEFAULT)
    ordinary = re.compile(r" [:;!?»]|« ")
    for key, template in messages.catalogue("fr").items():
        said = messages.say(key, {**_sample(english[key]), **_sample(template)}, "fr") or ""
        assert not ordinary.search(re.sub(r"`[^`]*`", "", said)), (key, said)
    assert messages.say("said.prefixed", {"name": "a.md", "text": "x"}, "fr") == "a.md\u00a0: x"
    assert messages.say("check.join", {}, "fr") == "\u202f; "
    assert messages.spaced("« `a : b` » ? !", messages.SPACING["fr"]) == "«\u00a0`a : b`\u00a0»\u202f?\u202f!"
    assert messages.say("said.prefixed", {"name": "a.md", "text": "x"}, "en") == "a.md: x"


def test_french_messages_write_numbers_the_french_way():
    """Counts grouped by a narrow no-break space (1 234), decimals with a comma (4,5:1), in French; English as
    before."""
    assert messages.say("refusal.more", {"count": 1234}, "fr") == "… et 1\u202f234 autres"
    assert messages.say("refusal.more", {"count": 1234}, "en") == "… and 1,234 more"
    assert messages.say("source.encoding", {"offset": 20480}, "fr") == \
        "la page n'est pas en UTF-8 (octet n° 20\u202f480)\u00a0: enregistrez-la en UTF-8"
    fields = {"name": "color", "value": "#777", "selector": "p", "ratio": "4.4", "minimum": 4.5, "what": "x",
              "dark": ""}
    assert "un contraste de 4,4:1 avec x, inférieur au 4,5:1" in messages.say("css.contrast", fields, "fr")
    assert "a contrast of 4.4:1 with x, under the 4.5:1" in messages.say("css.contrast", fields, "en")


def test_french_is_complete_for_the_findings_a_legal_team_meets_most():
    french = {messages.rule_of(key) for key in messages.catalogue("fr")}
    for rule in ("frontmatter.date-missing", "frontmatter.date-invalid", "frontmatter.date-future",
                 "frontmatter.notice", "sync.notice", "structure.date-stated", "source.unpublished-file"):
        assert rule in french


def test_plurals_follow_the_language_s_rule():
    template = "{n:plural:day|days}"
    assert [messages._Formatter("en").format(template, n=n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    # French counts zero as one, and writes thousands with a narrow space
    assert [messages._Formatter("fr").format("{n:plural:jour|jours}", n=n) for n in (0, 1, 2, 1500)] == [
        "0 jour", "1 jour", "2 jours", "1\u202f500 jours"]
    assert messages._Formatter("fr").format("{n:form:fait|font}, {n:number}", n=1000) == "font, 1\u202f000"
    assert messages.language_name("en", "fr") == "anglais" and messages.language_name("fr", "en") == "French"


def test_a_finding_is_said_in_french_its_rule_place_and_json_keys_unchanged():
    finding = Finding.of("docs/fr/index.md", 2, "frontmatter.date-invalid", value="2021-02-30")
    assert finding.message == "date “2021-02-30” is not a date written YYYY-MM-DD (year, month, day, e.g. 2021-02-17)"
    assert str(finding) == f"docs/fr/index.md:2: [frontmatter.date-invalid] {finding.message}"
    french = finding.in_language("fr")
    assert french.message == "la date «\u00a02021-02-30\u00a0» n'est pas une date écrite AAAA-MM-JJ (année, mois, jour, " \
        "par exemple 2021-02-17)"
    assert (french.path, french.line, french.rule, french.severity) == (finding.path, 2, finding.rule, finding.severity)
    assert list(french.as_dict()) == ["path", "line", "rule", "message", "severity"]
    assert finding.said("fr").startswith("docs/fr/index.md:2: [frontmatter.date-invalid] la date «\u00a02021-02-30\u00a0»")
    # a message written in English only stays so; a warning is marked in the language
    plain = Finding("a.md", 1, "x.y", "as written", WARNING)
    assert plain.said("fr") == "a.md:1: avertissement\u00a0: [x.y] as written"
    assert plain.said() == "a.md:1: warning: [x.y] as written"


def test_a_refusal_is_said_in_french():
    finding = Finding.of("docs/fr/index.md", 2, "frontmatter.date-missing")
    refusal = gate.Refusal("2024-01-10", "0123456789abcdef", (finding,) * 21)
    assert str(refusal).startswith("2024-01-10 (commit 0123456): not published, 21 findings:\n  docs/fr/index.md:2: "
                                   "[frontmatter.date-missing] the front matter has no date")
    french = refusal.said("fr")
    assert french.startswith("2024-01-10 (commit 0123456)\u00a0: non publiée, 21 problèmes\u00a0:\n  docs/fr/index.md:2: "
                             "[frontmatter.date-missing] l'en-tête de la page n'indique pas de date")
    assert french.endswith("\n  … et 1 autre")


def test_the_check_summary_in_each_language():
    assert cli.check_summary(1, 0) == "1 finding fails the check"
    assert cli.check_summary(2, 1) == "2 findings fail the check; 1 warning does not"
    assert cli.check_summary(0, 2) == "2 warnings, which do not fail the check"
    assert cli.check_summary(1, 0, lang="fr") == "1 problème fait échouer la vérification"
    assert cli.check_summary(3, 2, lang="fr") == ("3 problèmes font échouer la vérification\u202f; 2 avertissements ne "
                                                 "la font pas échouer")
    assert cli.check_summary(0, 1, lang="fr") == "1 avertissement, qui ne fait pas échouer la vérification"


def test_the_language_is_the_option_s_then_the_environment_s_then_the_setting_s_then_the_authoritative(monkeypatch):
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    assert messages.choose(authoritative="fr") == "fr"
    assert messages.choose(authoritative="de") == "en"  # no German messages: English
    assert messages.choose(authoritative="fr-CA") == "fr"  # Canadian French's: French
    assert messages.choose(setting="fr-BE", authoritative="de") == "fr"
    assert messages.choose(setting="en", authoritative="fr") == "en"
    monkeypatch.setenv(messages.ENVIRONMENT, "fr")
    assert messages.choose(setting="en", authoritative="de") == "fr"
    assert messages.choose(option="en", setting="fr") == "en"
    with pytest.raises(messages.MessagesError,
                       match=r"--messages: no messages in “de”: they are written in English \(en\) and French \(fr\)"):
        messages.choose(option="de")


def test_a_setting_naming_a_language_without_messages_is_an_error_naming_those_there_are():
    extra = {"policy": {"company": "Example", "languages": [{"code": "fr"}, {"code": "en"}], "authoritative": "fr",
                        "public_url": "https://example.test/"}}
    assert policy_settings.from_extra(extra).messages == ""
    assert policy_settings.from_extra({"policy": {**extra["policy"], "messages": "en"}}).messages == "en"
    with pytest.raises(policy_settings.SettingsError, match="extra.policy.messages: no messages in “de”"):
        policy_settings.from_extra({"policy": {**extra["policy"], "messages": "de"}})



def test_settings_read_again_make_no_message_and_a_refusal_still_names_its_file(monkeypatch):
    """The hooks read the settings at each event of each page: the places of the settings a refusal would name
    (`mkdocs.yml: extra.policy.brand_variants`) were made as messages at each reading, before anything was refused.
    They are kept by file and setting: read again, the settings make none, and a refusal names its own file."""
    from helpers import calls_to

    extra = {"policy": {"company": "Example", "languages": [{"code": "fr"}, {"code": "en"}], "authoritative": "fr",
                        "public_url": "https://example.test/"}}
    policy_settings.from_extra(extra, where="mkdocs.yml")
    made = calls_to(monkeypatch, policy_settings, "Said")
    assert policy_settings.from_extra(extra, where="mkdocs.yml").company == "Example"
    assert made == []
    for where in ("mkdocs.yml", "mkdocs.en.yml"):
        with pytest.raises(policy_settings.SettingsError) as refused:
            policy_settings.from_extra({"policy": {**extra["policy"], "brand_variants": "Exemple"}}, where=where)
        assert str(refused.value).startswith(f"{where}: extra.policy.brand_variants")
        assert messages.said_in(messages.text_of(refused.value), "fr").startswith(
            f"{where}\u00a0: extra.policy.brand_variants")

def _french_project(path: Path) -> Path:
    """A French-authoritative project whose French page has a date that is not one, and a translation with an extra
    paragraph."""
    project = copy_project(path, docs=None)
    (project / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-30"), encoding="utf-8")
    (project / "docs" / "en" / "index.md").write_text(en_page("2021-02-17"), encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    return project


def test_a_french_project_s_check_speaks_french_and_its_json_keeps_its_keys(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    project = _french_project(tmp_path / "site")
    assert cli.main(["--root", str(project), "check", "--lang", "fr"]) == 1
    out, err = capsys.readouterr()
    assert "docs/fr/index.md:2: [frontmatter.date-invalid] la date «\u00a02021-02-30\u00a0» n'existe pas\u00a0: février " \
        "2021 compte 28 jours (le dernier est le 2021-02-28)" in out
    # (and the warning that mkdocs.yml's definitions_section, "5", names no section of this three-section text)
    assert err.strip() == "1 problème fait échouer la vérification\u202f; 1 avertissement ne la fait pas échouer"
    assert cli.main(["--root", str(project), "check", "--lang", "fr", "--messages", "en"]) == 1
    out, err = capsys.readouterr()
    assert "[frontmatter.date-invalid] date “2021-02-30” does not exist: February 2021 has 28 days (its last is " \
        "2021-02-28)" in out
    assert err.strip() == "1 finding fails the check; 1 warning does not"
    assert cli.main(["--root", str(project), "check", "--lang", "fr", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [sorted(f) for f in data] == [["line", "message", "path", "rule", "severity"]] * 2
    assert data[1]["rule"] == "config.section-missing" and data[1]["path"] == "mkdocs.yml"
    assert data[0]["rule"] == "frontmatter.date-invalid" and data[0]["message"].startswith("la date «\u00a02021-02-30\u00a0»")


def test_a_language_without_messages_is_a_usage_error_and_nothing_else(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    project = _french_project(tmp_path / "site")
    assert cli.main(["--root", str(project), "check", "--messages", "de"]) == cli.USAGE
    out, err = capsys.readouterr()
    assert out == "" and err == "error: --messages: no messages in “de”: they are written in English (en) and French (fr)\n"


def test_a_translation_s_findings_are_said_in_french_with_the_languages_named_in_french(tmp_path):
    from policysite import document, sync

    fr = tmp_path / "fr.md"
    en = tmp_path / "en.md"
    fr.write_text(fr_page("2021-02-17"), encoding="utf-8")
    en.write_text(en_page("2021-02-16", "We process your data with care.\n\nAn extra paragraph of 2 lines."),
                  encoding="utf-8")
    findings = sync.compare(document.read(fr, lang="fr", display_path="docs/fr/index.md"),
                            document.read(en, lang="en", display_path="docs/en/index.md"))
    said = {f.rule: f.in_language("fr").message for f in findings}
    english = {f.rule: f.message for f in findings}
    assert english["sync.paragraphs"] == "§2: French has 1 paragraph, English has 2"
    assert said["sync.paragraphs"] == "§2\u00a0: le texte en français compte 1 paragraphe, celui en anglais 2"
    assert english["sync.date"].startswith("French is dated February 17, 2021, English is dated February 16, 2021")
    assert said["sync.date"] == ("le texte en français est daté du 17 février 2021, celui en anglais du 16 février 2021\u00a0: les "
                                 "deux textes d'une version portent sa date\u202f; indiquez ici `date: 2021-02-17`, ou "
                                 "modifiez les deux")
    assert english["sync.numbers"] == "§2: numbers differ: French has none; English has 2"
    assert said["sync.numbers"] == ("§2\u00a0: les nombres diffèrent (texte en français\u00a0: aucun nombre\u202f; texte en "
                                    "anglais\u00a0: 2)")


def test_what_a_translation_lacks_is_named_in_french_in_the_gender_of_what_it_lacks(tmp_path):
    """Words 30: an empty list was said with one word for every kind, "texte en anglais : aucun" of e-mail addresses
    and dates, both feminine; each kind names what it lacks now ("aucune adresse"), English as before."""
    from policysite import document, sync

    fr = tmp_path / "fr.md"
    en = tmp_path / "en.md"
    fr.write_text(fr_page("2021-02-17", "Écrivez à dpo@example.com avant le 1er mars 2021."), encoding="utf-8")
    en.write_text(en_page("2021-02-17", "Write to us."), encoding="utf-8")
    findings = sync.compare(document.read(fr, lang="fr", display_path="docs/fr/index.md"),
                            document.read(en, lang="en", display_path="docs/en/index.md"))
    said = {f.rule: f.in_language("fr").message for f in findings}
    english = {f.rule: f.message for f in findings}
    assert english["sync.emails"] == "§2: e-mail addresses differ: French has dpo@example.com; English has none"
    assert said["sync.emails"] == ("§2\u00a0: les adresses électroniques diffèrent (texte en français\u00a0: dpo@example.com\u202f; texte en "
                                   "anglais\u00a0: aucune adresse)")
    assert said["sync.dates"] == ("§2\u00a0: les dates diffèrent (texte en français\u00a0: 2021-03-01\u202f; texte en anglais\u00a0: "
                                  "aucune date)"), said


def test_spelling_and_link_findings_are_said_in_french_where_they_are_in_the_page(tmp_path):
    from policysite import anchors, document, spelling

    page = tmp_path / "index.md"
    page.write_text("---\ndate: 2021-02-17\nsummary: Nous traitons vos donées.\n---\n\n# Politique\n\n"
                    "## 1. Données\n\nNous traitons vos donées. Voir [la suite](#s9).\n", encoding="utf-8")
    policy = document.read(page, lang="fr", display_path="docs/fr/index.md")
    words = tmp_path / ".words.txt"
    words.write_text("RGPD\n", encoding="utf-8")
    found = spelling.check(policy, words=frozenset(), words_path="docs/fr/.words.txt") + spelling.lint_words(
        words, lang="fr", display_path="docs/fr/.words.txt", policy=policy) + anchors.dead_links(
        policy, anchors.page_anchors(policy))
    said = sorted(f.said("fr") for f in found)
    assert said == [
        "docs/fr/.words.txt:1: [spelling.word-list] «\u00a0RGPD\u00a0» n'est pas justifié\u00a0: écrivez `RGPD  # où et pourquoi il "
        "est employé`",
        "docs/fr/index.md:10: [links.dead] le lien «\u00a0la suite\u00a0» mène à #s9, qu'aucune section ni aucun identifiant de "
        "cette page ne porte\u00a0: faites-le pointer vers l'une des sections de la page (#s1) ou vers un identifiant "
        "défini dans un titre par {#…}, ou supprimez-le",
        "docs/fr/index.md:10: [spelling.unknown-word] §1\u00a0: «\u00a0donées\u00a0» ne figure ni dans le dictionnaire français ni "
        "dans docs/fr/.words.txt (vouliez-vous dire «\u00a0données\u00a0»\u202f?)\u00a0: corrigez-le ou, s'il est juste, ajoutez-le à "
        "cette liste en indiquant pourquoi (`donées  # …`)",
        "docs/fr/index.md:3: [spelling.unknown-word] champ summary de l'en-tête\u00a0: «\u00a0donées\u00a0» ne figure ni dans le "
        "dictionnaire français ni dans docs/fr/.words.txt (vouliez-vous dire «\u00a0données\u00a0»\u202f?)\u00a0: corrigez-le ou, s'il "
        "est juste, ajoutez-le à cette liste en indiquant pourquoi (`donées  # …`)"]
    assert sorted(f.said() for f in found)[2] == (
        "docs/fr/index.md:10: [spelling.unknown-word] §1: “donées” is not in the French dictionary nor in "
        "docs/fr/.words.txt (did you mean “données”?): correct it, or if it is right, list it there with why "
        "(`donées  # …`)")


def test_heading_and_front_matter_findings_are_said_in_french(tmp_path):
    """A section's title is quoted as French quotes in a French message (it read “Données” inside French words)."""
    from policysite import document

    page = tmp_path / "index.md"
    page.write_text("---\ndate: 2021-02-17\nsumary: Résumé\n---\n\n# Politique\n\n## 1. Objet\n\nTexte.\n\n"
                    "## 3. Données\n\nTexte.\n\n### Durée\n\nTexte.\n", encoding="utf-8")
    policy = document.read(page, lang="fr", display_path="docs/fr/index.md")
    said = {f.rule: f.in_language("fr").message for f in policy.problems}
    english = {f.rule: f.message for f in policy.problems}
    assert english["structure.number-skipped"] == \
        "§3 “Données” follows §1: §2 is missing: renumber it, or add the missing section"
    assert said["structure.number-skipped"] == "§3 «\u00a0Données\u00a0» suit §1\u00a0: il manque §2\u00a0: " \
        "renumérotez-la, ou ajoutez la section manquante"
    assert said["frontmatter.key"] == ("le champ d'en-tête «\u00a0sumary\u00a0» n'est pas de ceux qu'une page de politique "
                                       f"indique ({', '.join(document.META_KEYS)})\u00a0: écrivez-le summary:")
    assert said["structure.unnumbered-heading"].startswith("le titre «\u00a0Durée\u00a0» n'a pas de numéro de section")
    first = document.read(_written(tmp_path / "b.md", "## 2. Objet\n\nTexte.\n"), lang="fr", display_path="b.md")
    assert [f.in_language("fr").message for f in first.problems] == [
        "§2 «\u00a0Objet\u00a0» suit le début de la numérotation\u00a0: il manque §1\u00a0: renumérotez-la, ou "
        "ajoutez la section manquante"]
    assert [f.message for f in first.problems] == [
        "§2 “Objet” follows the start of the numbering: §1 is missing: renumber it, or add the missing section"]
    # a section without a number is named by its title, quoted as the language quotes
    plain = document.read(_written(tmp_path / "c.md", "## Objet\n\nTexte.\n"), lang="fr", display_path="c.md")
    label = plain.sections[0].label
    assert (label, messages.said_in(label, "fr")) == ("“Objet”", "«\u00a0Objet\u00a0»")


def _written(path: Path, body: str) -> Path:
    path.write_text(f"---\ndate: 2021-02-17\n---\n\n# Politique\n\n{body}", encoding="utf-8")
    return path


@functools.cache
def _package_nodes() -> dict[Path, tuple[ast.Module, list[ast.AST]]]:
    """Each module of the package, parsed, with every node of its tree (ast.walk's): parsed and walked once for the
    tests that read the package's calls (some 150 modules: parsing and walking them was 7 s of CPU a time)."""
    return {source: (parsed(source), list(walked(source)))
            for source in package_sources(Path(messages.__file__).parents[1])}


def _calls_of_finding_of() -> list[tuple[str, int, list[str], set[str] | None]]:
    """(file, line, message keys, keyword fields or None where some are spread from a dict) of each
    `Finding.of(path, line, key, …)` (and staleness's `RecordError(key, …)`) in the package, its key's parts read
    from string constants and the modules' `NAME = "…"` constants."""
    found = []
    trees = _package_nodes()
    constants = {source.stem: {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                               for target in node.targets if isinstance(target, ast.Name)
                               and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}
                 for source, (tree, _) in trees.items()}
    for source, (_, nodes) in trees.items():
        names = dict(constants[source.stem])
        names.update({f"{n.value.id}.{n.attr}": constants[n.value.id][n.attr] for n in nodes
                      if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                      and n.attr in constants.get(n.value.id, {})})
        for node in nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "Finding":
                key = node.args[2]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "RecordError" \
                    and source.stem == "staleness":  # (its message, a translation record's finding's)
                key = node.args[0]
            else:
                continue
            bases = [n.value for n in ast.walk(key) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                     and not n.value.startswith("/") and n.value] + \
                [names[n.id] for n in ast.walk(key) if isinstance(n, ast.Name) and n.id in names] + \
                [names[f"{n.value.id}.{n.attr}"] for n in ast.walk(key) if isinstance(n, ast.Attribute)
                 and isinstance(n.value, ast.Name) and f"{n.value.id}.{n.attr}" in names]
            suffixes = [n.value for n in ast.walk(key) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                        and n.value.startswith("/")]
            keys = [base + suffix for base in bases for suffix in suffixes or [""]]
            if not suffixes or any(isinstance(n, ast.Constant) and n.value == "" for n in ast.walk(key)):
                keys += bases
            if isinstance(key, ast.Name) and key.id not in names or isinstance(key, ast.Attribute) \
                    and isinstance(key.value, ast.Name) and f"{key.value.id}.{key.attr}" not in names \
                    or isinstance(key, ast.Subscript):
                continue  # a key its caller or a helper gives (checks._unreadable's, a RecordError's, editorial's
                # digits'): judged where it is written, below
            spread = any(k.arg is None for k in node.keywords)
            found.append((source.name, node.lineno, sorted(set(keys)),
                          None if spread else {k.arg for k in node.keywords if k.arg}))
        # a key written as a rule and its variant anywhere (`RULE_DIGITS + "/split"`, a helper's answer)
        found += [(source.name, node.lineno, [names[node.left.id] + node.right.value], None) for node in nodes
                  if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Name)
                  and node.left.id in names and node.left.id.startswith("RULE") and isinstance(node.right, ast.Constant)
                  and isinstance(node.right.value, str) and node.right.value.startswith("/")]
    return found


def test_every_finding_the_package_makes_has_an_english_message_with_the_fields_it_is_given():
    """A key missing from the catalogue, or a field of its template not given, would end `policy check` in a
    traceback."""
    english = messages.catalogue(messages.DEFAULT)
    calls = _calls_of_finding_of()
    assert len(calls) > 50
    for file, line, keys, fields in calls:
        assert keys, f"{file}:{line}: no key read"
        for key in keys:
            assert key in english, f"{file}:{line}: {key} is in no catalogue"
            if fields is not None:  # (a field more is one a variant of the same call uses)
                assert messages.fields_of(english[key]) <= fields, f"{file}:{line}: {key}"


def test_a_translation_record_that_cannot_be_read_is_said_in_french(tmp_path):
    from policysite import staleness

    record = tmp_path / ".translated-from.yml"
    record.write_text("sections: [1, 2\n", encoding="utf-8")
    with pytest.raises(staleness.RecordError) as raised:
        staleness.read_record(record)
    assert str(raised.value).startswith(".translated-from.yml is not a translation record: ")
    finding = Finding.of("docs/en/index.md", 1, raised.value.key, **raised.value.fields)
    assert finding.rule == "sync.record-missing" and finding.message == str(raised.value)
    assert finding.in_language("fr").message.startswith(
        ".translated-from.yml n'est pas un registre de traduction lisible\u00a0: ")
    assert finding.in_language("fr").message.endswith(
        "\u202f; une fois la traduction alignée, `policy sync-mark LANGUE --all` le réécrit")


def test_an_image_and_marks_piled_or_struck_are_said_in_french():
    from policysite import document as model, editorial, rendering

    text = "---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Objet\n\nVoir ![schéma](schema.png).\n\nMot s\u0336ur.\n"
    said = {f.rule: f.said("fr") for f in rendering.check(text, path="p.md", lang="fr")
            + editorial.check(model.parse(text, path="p.md", lang="fr"), brand="Acme")}
    assert said["editorial.image"] == (
        "p.md:9: [editorial.image] une image (schema.png)\u00a0: ce qu'elle représente n'est lu par aucune vérification, "
        "aucune comparaison ni aucun PDF, seul son texte alternatif l'est\u202f; écrivez son contenu sous forme de texte "
        "(un tableau, une liste)")
    assert said["editorial.struck"].startswith("p.md:11: [editorial.struck] §1\u00a0: un signe tracé en travers du "
                                               "caractère qui le précède (U+0336) fait apparaître «\u00a0")


def test_a_letter_among_digits_is_said_in_french():
    from policysite import document as model, editorial

    text = "---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Durée\n\nNous conservons vos données 3O jours.\n"
    found = [f for f in editorial.check(model.parse(text, path="p.md", lang="fr"), brand="Acme")
             if f.rule == editorial.RULE_DIGITS]
    assert [f.message for f in found] == [
        "§1: “3O” writes a letter (O, latin capital letter o) among digits, where a reader sees a digit: the checks "
        "read 3; write the number with digits only"]
    assert [f.in_language("fr").message for f in found] == [
        "§1\u00a0: «\u00a03O\u00a0» contient une lettre (O, latin capital letter o) parmi des chiffres, là où un lecteur voit un "
        "chiffre\u00a0: les vérifications lisent 3\u202f; écrivez le nombre avec des chiffres seulement"]


def test_a_direction_override_and_a_stray_mark_are_said_in_french():
    from policysite import document as model, editorial

    text = ("---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Objet\n\nUn mot \u202eà l'envers.\n\n"
            "Une marque\u200f ici.\n")
    found = sorted((f for f in editorial.check(model.parse(text, path="p.md", lang="fr"), brand="Acme")
                    if f.rule == editorial.RULE_BIDI), key=lambda f: f.line)
    assert [f.in_language("fr").message for f in found] == [
        "§1\u00a0: un forçage de direction (U+202D ou U+202E) affiche les caractères qui le suivent dans un autre ordre que "
        "celui du texte (et de la lecture des vérifications)\u00a0: supprimez-le (les marques U+200E et U+200F et les "
        "isolats restent permis à côté de mots écrits de droite à gauche)",
        "§1\u00a0: une marque de direction (U+200F) sans mot écrit de droite à gauche à côté d'elle peut afficher les "
        "caractères qui l'entourent dans un autre ordre, autrement que les vérifications ne les lisent\u00a0: supprimez-la "
        "(une marque sert aux mots d'une écriture de droite à gauche)"]
    assert found[1].message == (
        "§1: a direction mark (U+200F) with no right-to-left word beside it can show the characters around it in "
        "another order, not as the checks read them: remove it (a mark is for words of a right-to-left script)")


def test_a_refused_link_is_said_in_french_with_its_reason():
    """editorial.link-text and link-target: the reason safety.py gives (a `Said`) is said again in the template's
    language; the English is the reason as the output check writes it."""
    from policysite import document as model, editorial, safety

    text = ("---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Contact\n\n"
            "Écrivez à [dpo@acme.example](mailto:dpo@evil.example).\n\n"
            "Ou à [notre délégué](mailto:dpo@acme.example?bcc=collecte@evil.example).\n\n"
            "Voir [ce site](https://аррӏе.com/).\n")
    found = {f.line: f for f in editorial.check(model.parse(text, path="p.md", lang="fr"), brand="Acme")
             if f.rule in (editorial.RULE_LINK_TEXT, editorial.RULE_LINK_TARGET)}
    assert {line: f.message for line, f in found.items()} == {
        9: "§1: the link shows the address dpo@acme.example but writes to dpo@evil.example",
        11: "§1: the e-mail link “mailto:dpo@acme.example?bcc=collecte@evil.example” writes to more than its address "
            "(cc, bcc, another header or address): a reader's request would reach others",
        13: "§1: the link's host “xn--80ak6aa92e.com” has a part written in Cyrillic letters that each look like a Latin one "
            "(аррӏе, read as “apple”) under a Latin ending: it may pass for another host"}
    assert found[9].message == f"§1: {safety.shown_address('mailto:dpo@evil.example', 'dpo@acme.example')}"
    assert {line: f.in_language("fr").message for line, f in found.items()} == {
        9: "§1\u00a0: le lien affiche l'adresse dpo@acme.example mais écrit à dpo@evil.example",
        11: "§1\u00a0: le lien de courriel «\u00a0mailto:dpo@acme.example?bcc=collecte@evil.example\u00a0» écrit à d'autres "
            "destinataires que son adresse (cc, bcc, un autre en-tête ou une autre adresse)\u00a0: la demande d'un "
            "lecteur leur parviendrait aussi",
        13: "§1\u00a0: le nom du site du lien, «\u00a0xn--80ak6aa92e.com\u00a0», contient une partie écrite en lettres cyrilliques qui "
            "ressemblent chacune à une lettre latine (аррӏе, qui se lit «\u00a0apple\u00a0»), sous une terminaison latine\u00a0: il "
            "peut se faire passer pour un autre site"}


def test_a_said_reason_keeps_its_key_through_pickling_and_every_reason_has_an_english_message():
    """A `Said` crosses processes as itself; each `Said("key", …)` of the package (and editorial's HTML check's
    `self._refuse("key", …)`, which adds where) names a message of the English catalogue with the fields its template
    needs (a typo would end `policy check` in a traceback)."""
    import pickle

    from policysite import editorial

    said = messages.Said("link.mail-at", target="mailto:a@b@c.example")
    again = pickle.loads(pickle.dumps(said))
    assert (again, again.key, again.fields) == (said, said.key, said.fields)
    english = messages.catalogue(messages.DEFAULT)
    package = Path(messages.__file__).parents[1]
    calls = [(source.name, node) for source, (_, nodes) in _package_nodes().items()
             if source.parent != package / "messages" for node in nodes
             if isinstance(node, ast.Call) and (isinstance(node.func, ast.Name) and node.func.id == "Said"
                                                or isinstance(node.func, ast.Attribute) and node.func.attr == "_refuse")]
    assert len(calls) > 40
    for file, node in calls:
        if not isinstance(node.args[0], (ast.Constant, ast.IfExp)):
            continue  # a key its caller gives (editorial's _refuse, REFUSED_TAGS' reasons: below)
        keys = [n.value for n in ast.walk(node.args[0]) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        given = {k.arg for k in node.keywords} | ({"where"} if isinstance(node.func, ast.Attribute) else set())
        assert keys, f"{file}:{node.lineno}: no key read"
        for key in keys:
            assert key in english, f"{file}:{node.lineno}: {key}"
            assert messages.fields_of(english[key]) <= given, f"{file}:{node.lineno}: {key}"
    assert all(key in english and not messages.fields_of(english[key]) for key in editorial.REFUSED_TAGS.values())


def test_html_the_text_may_not_hold_is_said_in_french():
    """editorial.html: a refused tag and its reason, a class set by an attribute list, exponents nested (safety.py's
    reason, which the output check shares), a code block's attributes."""
    from policysite import document as model, editorial

    text = ("---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Objet\n\nVoir <iframe src=\"x\"></iframe>.\n\n"
            "Texte.\n{: .md-typeset__table }\n\nUn m<sup>2<sup>petit</sup></sup>.\n\n```text { .mermaid }\nx\n```\n")
    found = editorial.check(model.parse(text, path="p.md", lang="fr"), brand="Acme") + editorial.fences(
        text, path="p.md")
    html = sorted((f for f in found if f.rule == editorial.RULE_HTML), key=lambda f: f.line)
    assert [f.message for f in html] == [
        "§1: <iframe> is refused in the policy: it embeds another page, a request to another host",
        "§1: the attribute list “{: .md-typeset__table }” sets the class md-typeset__table: classes are the page's "
        "own: the theme's can hide, move or cover the text; the policy text may set ids (#id) only",
        "§1: <sup> inside <sup>: each draws its words smaller than the text around it, so words nested in several are "
        "fine print no reader sees; a mark or an exponent needs one, write the words as text",
        "code block: the attribute list “```text { .mermaid }” sets the class mermaid: the theme's script would load "
        "a script from another site for it; the policy text may set ids (#id) only"]
    assert [f.in_language("fr").message for f in html] == [
        "§1\u00a0: la balise <iframe> est refusée dans la politique\u00a0: elle intègre une autre page, ce qui adresse une "
        "requête à un autre site",
        "§1\u00a0: la liste d'attributs «\u00a0{: .md-typeset__table }\u00a0» attribue la classe md-typeset__table\u00a0: les classes sont "
        "celles de la page, et celles du thème peuvent masquer, déplacer ou recouvrir le texte\u202f; le texte de la "
        "politique ne peut définir que des identifiants (#id)",
        "§1\u00a0: <sup> à l'intérieur de <sup>\u00a0: chacune affiche ses mots en plus petit que le texte qui l'entoure, si "
        "bien que des mots pris dans plusieurs d'entre elles deviennent des petits caractères qu'aucun lecteur ne "
        "voit\u202f; un symbole ou un exposant n'en demande qu'une\u00a0: écrivez ces mots comme du texte",
        "bloc de code\u00a0: la liste d'attributs «\u00a0```text { .mermaid }\u00a0» attribue la classe mermaid\u00a0: le script du thème "
        "chargerait pour elle un script d'un autre site\u202f; le texte de la politique ne peut définir que des "
        "identifiants (#id)"]


def test_paragraphs_in_bold_typed_as_headings_and_tags_nested_too_deep_are_said_in_french():
    from policysite import document as model

    text = ("---\ndate: 2021-02-17\n---\n\n# Politique\n\n**1. Qui sommes-nous**\n\nNous sommes Exemple.\n\n"
            "**2. Ce que nous collectons**\n\nDes noms.\n\n**2.1 Auprès de vous**\n\nFormulaires.\n")
    found = model.parse(text, path="p.md", lang="fr").problems
    assert [(f.rule, f.severity) for f in found] == [("structure.bold-heading", WARNING)] * 3
    assert [f.message for f in found][::2] == [
        "“1. Qui sommes-nous” is a paragraph in bold, not a heading: no section starts there (its number's link lands "
        "nowhere, and a change in its text is shown as a change of the title and introduction): write it as a "
        "heading, `## 1. Qui sommes-nous`",
        "“2.1 Auprès de vous” is a paragraph in bold, not a heading: no section starts there (its number's link lands "
        "nowhere, and a change in its text is shown as a change of the title and introduction): write it as a "
        "heading, `### 2.1 Auprès de vous`"]
    assert found[0].said("fr") == (
        "p.md:7: avertissement\u00a0: [structure.bold-heading] «\u00a01. Qui sommes-nous\u00a0» est un paragraphe en gras, et non un "
        "titre\u00a0: aucune section n'y commence (le lien vers son numéro ne mène nulle part, et une modification de son "
        "texte apparaît comme une modification du titre et de l'introduction)\u00a0: écrivez-le comme un titre, "
        "`## 1. Qui sommes-nous`")
    under = model.parse(text.replace("# Politique\n\n", "# Politique\n\n## 1. Objet\n\nTexte.\n\n"), path="p.md",
                        lang="fr").problems
    assert under[0].message.endswith("is shown as a change of §1): write it as a heading, `## 1. Qui sommes-nous`")
    assert "apparaît comme une modification de la section §1)\u00a0: écrivez-le" in under[0].in_language("fr").message
    deep = model.too_deep_tags("<b>" * (model.MAX_TAG_DEPTH + 1500), path="p.md")
    assert deep is not None and deep.message.startswith(
        f"HTML tags open within each other {model.MAX_TAG_DEPTH + 1500:,} deep (more than {model.MAX_TAG_DEPTH}): ")
    assert deep.in_language("fr").message.startswith(
        "des balises HTML s'ouvrent les unes dans les autres sur "
        f"{messages._Formatter('fr').format('{n:number}', n=model.MAX_TAG_DEPTH + 1500)} niveaux (plus de ")


def test_a_version_re_dated_or_merged_in_is_refused_in_french():
    """history.superseded and history.merged: the refusals publish makes of them, their English as before."""
    import datetime as dt

    from policysite.history import DatedVersion, History

    waiting, after = DatedVersion(dt.date(2027, 1, 15), "b" * 40), DatedVersion(dt.date(2027, 2, 1), "c" * 40)
    superseded = Finding.of("docs/fr/index.md", 1, "history.superseded",
                            reason=History.superseded_message(waiting, after, "unpublished.yml"))
    assert superseded.message == (
        "2027-01-15 is still to come and the branch holds a later date after it, February 1, 2027 (ccccccc): if 2027-01-15 "
        "was re-dated to February 1, 2027 before its date came, record bbbbbbb in unpublished.yml as never published; if it "
        "takes effect between them (a change in two stages), publish it first from its commit (`git checkout "
        "bbbbbbb`, `policy publish`, then back to the branch)")
    assert superseded.in_language("fr").message == (
        "la version du 15 janvier 2027 n'est pas encore entrée en vigueur et la branche porte après elle une date plus "
        "récente, le 1er février 2027 (ccccccc)\u00a0: si la version du 15 janvier 2027 a été redatée au 1er février 2027 avant d'entrer en "
        "vigueur, inscrivez bbbbbbb dans unpublished.yml comme jamais publié\u202f; si elle s'applique entre les deux (une "
        "modification en deux temps), publiez-la d'abord depuis son commit (`git checkout bbbbbbb`, `policy "
        "publish`, puis revenez à la branche)")
    merged = Finding.of("docs/fr/index.md", 1, "history.merged",
                        reason=History([]).merged_message("d" * 40, "e" * 40, "unpublished.yml"))
    assert merged.message.startswith("the text of eeeeeee, reached only through the 2nd parent of the merge "
                                     "ddddddd and dated before the newest version")
    assert merged.in_language("fr").message.startswith(
        "le texte de eeeeeee, qui n'est atteint que par le 2e parent de la fusion ddddddd et qui est daté d'avant "
        "la version la plus récente")
    assert merged.in_language("fr").message.endswith("s'il ne l'a jamais été, inscrivez eeeeeee dans unpublished.yml")


def test_findings_kept_for_a_commit_already_judged_are_said_in_french_again(tmp_path):
    """The gate keeps a commit's findings (findingcache): read back, they had lost their message's key, and a second
    `policy history` on a French site refused in English what the first said in French."""
    from policysite import findingcache

    kept = [Finding.of("docs/fr/index.md", 13, "editorial.doubled-word", where="§2", first="traitons",
                       second="traitons"),
            Finding.of("docs/fr/index.md", 9, "editorial.link-target", where="§1",
                       reason=messages.Said("link.mail-at", target="mailto:a@b@c.example")),
            Finding("docs/fr/index.md", 1, "x.y", "as written")]
    findingcache.save(tmp_path, "d" * 64, kept)
    again = findingcache.load(tmp_path, "d" * 64)
    assert again == kept
    assert [f.said("fr") for f in again] == [f.said("fr") for f in kept]
    assert again[0].said("fr").endswith("[editorial.doubled-word] §2\u00a0: «\u00a0traitons traitons\u00a0»\u00a0: le mot «\u00a0traitons\u00a0» est "
                                        "répété")
    assert again[1].in_language("fr").message.startswith("§1\u00a0: le lien de courriel «\u00a0mailto:a@b@c.example\u00a0» écrit à")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_english_message_has_a_translation_with_the_same_fields(lang):
    """A key added to en.py alone would be said in English on a site in `lang`: each catalogue says them all."""
    translated = messages.catalogue(lang)
    for key, template in messages.catalogue(messages.DEFAULT).items():
        assert key in translated, f"{lang} has no {key}"
        assert messages.fields_of(translated[key]) == messages.fields_of(template), f"{lang}: {key}"


def test_a_said_line_keeps_its_key_when_a_document_is_named_before_it_or_its_branch_renamed():
    """publish.py names a document before each of its lines and its staging branch back as the branch: the line is
    still said in another language, its English as `f"{name}: {line}"` and `line.replace(staging, branch)` gave."""
    line = messages.Said("publish.pages-updated", branch="gh-pages.publishing-42")
    named = messages.replaced(messages.prefixed("terms", line), "gh-pages.publishing-42", "gh-pages")
    assert named == "terms: updated the history, compare and feed pages on gh-pages"
    assert messages.said_in(named, "fr") == "terms\u00a0: pages d'historique, de comparaison et flux mis à jour sur gh-pages"
    assert messages.said_in(named, "en") == named
    assert messages.prefixed("terms", "plain") == "terms: plain" and messages.said_in("plain", "fr") == "plain"
    assert messages.text_of(ValueError(line)) is line and messages.text_of(ValueError("a", 1)) == "('a', 1)"


def test_a_re_dated_announcement_and_latest_moved_are_said_in_french():
    """publish.not_postponed and writing.moved_lines: pure functions whose lines a French site reads in French."""
    import datetime as dt

    from policysite import publish, writing

    page = b"---\ndate: 2030-03-15\n---\n\n# P\n\nText.\n"
    [postponed] = publish.not_postponed("2030-03-15", page, {"2030-03-01": page.replace(b"15", b"01", 1)})
    assert postponed == ("2030-03-15 has the words of 2030-03-01, published ahead of its date: publishing 2030-03-15 "
                         "does not postpone it; 2030-03-01 still takes effect on March 1, 2030 (a published version "
                         "stays), in force to March 14, 2030 inclusive")
    assert messages.said_in(postponed, "fr") == (
        "la version 2030-03-15 reprend les termes de la version 2030-03-01, publiée avant sa date\u00a0: publier la "
        "version 2030-03-15 ne la reporte pas\u202f; la version 2030-03-01 prend quand même effet le 1er mars 2030 (une "
        "version publiée demeure) et reste en vigueur jusqu'au 14 mars 2030 inclus")
    [moved] = writing.moved_lines(["2021-01-01", "2021-02-01"], ["fr", "en"], today=dt.date(2021, 2, 3))
    assert moved == "latest is now 2021-02-01, the version in force on February 3, 2021 (fr, en: versions.json and " \
        "latest/ rewritten)"
    assert messages.said_in(moved, "fr") == ("latest est désormais la version 2021-02-01, en vigueur le 3 février 2021 "
                                             "(fr, en\u00a0: versions.json et latest/ réécrits)")


def test_what_the_site_s_renderer_would_build_otherwise_is_said_in_french():
    """render.structure and render.read-apart (rendering.py): a list item the page would not build, a numbered list
    from 0, a footnote, [TOC], a backslash break, a heading without its space, a table row's extra cell, words the
    page hides; each said in French, its rule and line as in English."""
    from policysite import rendering

    body = ("#1 Titre collé\n\n0. un\n1. deux\n\n[^1]: Ibid.\n\n[TOC]\n\nune ligne\\\nla suite\n\n"
            "| a | b |\n|---|---|\n| c | d | e |\n")
    found = rendering.check(f"---\ndate: 2021-02-17\n---\n\n# Titre\n\n{body}", path="docs/fr/index.md", lang="fr")
    english = {f.said("en") for f in found}
    french = {f.said("fr") for f in found}
    assert "docs/fr/index.md:7: [render.structure] “#1 Titre collé” is a heading on the published page and a " \
           "paragraph for the checks: write a space after the # for a heading, or \\# for the text" in english
    assert "docs/fr/index.md:7: [render.structure] «\u00a0#1 Titre collé\u00a0» est un titre sur la page publiée et un " \
           "paragraphe pour les vérifications\u00a0: mettez une espace après le # pour un titre, ou écrivez \\# pour du " \
           "texte" in french
    assert any(f.startswith("docs/fr/index.md:9: [render.structure] cette liste numérotée commence à 0\u00a0:")
               for f in french), french
    assert any("[render.read-apart] «\u00a0[^1]: Ibid.\u00a0» est une note de bas de page, que le site n'affiche pas" in f
               for f in french), french
    assert any("[render.read-apart] «\u00a0[TOC]\u00a0» seul dans un paragraphe" in f for f in french), french
    assert any("[render.read-apart] une barre oblique inverse termine cette ligne" in f for f in french), french
    assert any("[render.structure] cette ligne du tableau compte 3 cellules et son en-tête 2\u00a0: la page n'affiche "
               "que les 2 premières et omet «\u00a0e\u00a0»" in f for f in french), french
    assert not any("“" in f for f in french), french  # no English left
    assert [f.rule for f in found] == [f.in_language("fr").rule for f in found]
    assert rendering.check("x", path="p", lang="fr") == [] and messages.said_in(rendering.NESTED, "fr").startswith(
        "la page est trop profondément imbriquée")


def test_a_renderer_s_finding_kept_by_the_gate_is_said_in_french_again(tmp_path):
    """A finding made with a `Said` message (rendering's) keeps it through the gate's findingcache: a second run on a
    French site says it in French too."""
    from policysite import findingcache, rendering

    [kept] = rendering.check("---\ndate: 2021-02-17\n---\n\n# T\n\n[TOC]\n", path="docs/fr/index.md", lang="fr")
    findingcache.save(tmp_path, "e" * 64, [kept])
    [again] = findingcache.load(tmp_path, "e" * 64)
    assert again == kept and again.said("en") == kept.said("en")
    assert again.said("fr") == kept.said("fr") == (
        "docs/fr/index.md:7: [render.read-apart] «\u00a0[TOC]\u00a0» seul dans un paragraphe\u00a0: la page afficherait ici une table "
        "des matières qu'aucune vérification, aucun comparatif ni aucun PDF ne lit\u202f; supprimez-le (le site affiche le "
        "sommaire de la page à côté)")


def test_a_refusal_naming_several_versions_says_each_in_french_and_names_the_branch():
    """`{items:each}`: a refusal joining one sentence per version says each in the template's language; the staging
    branch's name is replaced in each (publish's multi-document staging)."""
    items = [messages.Said("refuse.removed/item", version=v, branch="gh-pages.publishing-7", commit=c)
             for v, c in (("2022-01-01", "1a2b3c4"), ("2023-01-01", "5d6e7f8"))]
    refusal = messages.replaced(messages.Said("refuse.removed", items=items), "gh-pages.publishing-7", "gh-pages")
    assert refusal == ("2022-01-01 was published, then removed from gh-pages by its commit 1a2b3c4; 2023-01-01 was "
                       "published, then removed from gh-pages by its commit 5d6e7f8: a published version stays; "
                       "restore it (git revert that commit on the branch). Nothing was published.")
    assert messages.said_in(refusal, "fr") == (
        "la version 2022-01-01 a été publiée, puis retirée de gh-pages par son commit 1a2b3c4\u202f; la version 2023-01-01 "
        "a été publiée, puis retirée de gh-pages par son commit 5d6e7f8\u00a0: une version publiée demeure\u202f; "
        "rétablissez-la (git revert de ce commit sur la branche). Rien n'a été publié.")


@pytest.mark.parametrize(("count", "english", "french"), [
    (1, ["fix it in a new commit, or record its commit in", "2 passed and wait for it;",
         "1 version had its own copy of the theme: its pages now link"],
     ["corrigez-la dans un nouveau commit, ou inscrivez son commit dans",
      "1 version datée refusée (ci-dessous)\u202f; 2 versions acceptées en attente",
      "1 version avait sa propre copie du thème\u00a0: ses pages renvoient"]),
    (3, ["fix them in a new commit, or record each commit in", "2 passed and wait for them;",
         "3 versions had their own copy of the theme: their pages now link"],
     ["corrigez-les dans un nouveau commit, ou inscrivez chaque commit dans",
      "3 versions datées refusées (ci-dessous)\u202f; 2 versions acceptées en attente",
      "3 versions avaient leur propre copie du thème\u00a0: leurs pages renvoient"]),
])
def test_a_refusal_of_one_version_speaks_of_it_in_the_singular(count, english, french):
    """histories4: one version refused by the checks was told "fix them … record each commit", one refused while two
    passed "wait for them", and one converted to the shared theme "1 version avait leur propre copie du thème"."""
    said = [messages.Said("refusal.summary", count=count, file="unpublished.yml"),
            messages.Said("publish.refused/passed", count=count, passed=2, branch="gh-pages"),
            messages.Said("publish.themes-shared", count=count)]
    for one, words in zip(said, english, strict=True):
        assert words in str(one), str(one)
    for one, words in zip(said, french, strict=True):
        assert words in messages.said_in(one, "fr"), messages.said_in(one, "fr")


@pytest.mark.parametrize(("count", "english", "french"), [
    (1, "listed 1 word of the imported text that the French dictionary lacks (x): review it; a misspelling there is",
     "1 mot du texte importé absent du dictionnaire français ajouté à la liste (x)\u00a0: relisez-le\u202f; s'il est "
     "mal orthographié, la faute est celle du texte"),
    (3, "listed 3 words of the imported text that the French dictionary lacks (x): review them; a misspelling among "
     "them is", "3 mots du texte importé absents du dictionnaire français ajoutés à la liste (x)\u00a0: "
     "relisez-les\u202f; une faute d'orthographe parmi eux est celle du texte"),
])
def test_the_words_an_import_listed_are_one_word_or_several(count, english, french):
    """histories4 (session 35) read "1 mot … absents … relisez-les ; une faute d'orthographe parmi eux" and "review
    them" for a single word the import added to the word list."""
    said = messages.Said("import.words", path="p.md", count=count, lang="fr", examples="x")
    assert english in str(said), str(said)
    assert french in messages.said_in(said, "fr"), messages.said_in(said, "fr")


def test_the_way_to_bring_a_reverted_text_back_is_said_in_french():
    """publish_refusals.bringing_back (a revert's advice, in `policy publish`'s warning and history's): each case in
    French, the English as before."""
    import datetime as dt

    from policysite import publish_refusals

    today = dt.date(2030, 1, 10)
    kept = publish_refusals.bringing_back(["2030-01-01"], today=today)
    assert kept == "the site keeps 2030-01-01 in force; to bring this text back, give it a new date, after January 1, 2030"
    assert messages.said_in(kept, "fr") == ("le site maintient en vigueur la version 2030-01-01\u202f; pour rétablir ce "
                                            "texte, donnez-lui une nouvelle date, postérieure au 1er janvier 2030")
    ahead = publish_refusals.bringing_back(["2030-01-20"], today=today, notice_days=30)
    assert ahead.endswith("give it a date after January 20, 2030 (January 21, 2030 at the soonest for an editorial change "
                          "(`change: editorial`), February 9, 2030 for a material one (30 days' notice from today)): "
                          "2030-01-20 is then in force until the day before")
    assert messages.said_in(ahead, "fr").endswith(
        "(le 21 janvier 2030 au plus tôt pour une modification rédactionnelle (`change: editorial`), le 9 février 2030 pour une "
        "modification substantielle (préavis de 30 jours à compter d'aujourd'hui))\u00a0: la version 2030-01-20 est alors "
        "en vigueur jusqu'à la veille")
    head = messages.Said("revert.head", version="2030-01-01", newer="2030-01-20", advice=ahead)
    assert head == f"the text of the current commit (HEAD) is that of 2030-01-01, and 2030-01-20 came after it: {ahead}"
    assert messages.said_in(head, "fr").startswith("le texte du commit en cours (HEAD) est celui de la version "
                                                   "2030-01-01, antérieure à 2030-01-20\u00a0: la version 2030-01-20 "
                                                   "est publiée avant sa date")


def test_policy_at_s_answer_and_its_notes_are_said_in_french(monkeypatch):
    """at.InForce.said, day_of's note for an instant, none_in_force: a DPO's answer in their language; English as
    `str()` gave it."""
    import datetime as dt

    from policysite import at, clock, periods

    [first, second] = periods.periods(["2021-01-01", "2021-03-01"])
    answer = at.InForce(dt.date(2021, 2, 1), "2021-01-01", "https://x.example/fr/2021-01-01/", first, False)
    assert str(answer) == ("2021-01-01 https://x.example/fr/2021-01-01/ (in force from January 1, 2021 to "
                           "February 28, 2021 inclusive)")
    assert answer.said("fr") == ("2021-01-01 https://x.example/fr/2021-01-01/ (en vigueur du 1er janvier 2021 au "
                                 "28 février 2021 inclus)")
    # a version announced ahead, the translation's first later still: said in the future (session 37's list: "was")
    ahead = at.InForce(dt.date(2021, 3, 2), "2021-03-01", "u", second, True, note=at.prevails_note(
        dt.date(2021, 3, 2), lang="en", first="2021-04-01", authoritative="fr", today=dt.date(2021, 2, 10)))
    assert str(ahead) == ("2021-03-01 u (upcoming: will be in force on March 2, 2021, from March 1, 2021)\nno English text "
                          "will be in force yet on March 2, 2021 (the first takes effect on April 1, 2021): the French text, "
                          "which prevails, will be in force")
    assert ahead.said("fr") == ("2021-03-01 u (à venir\u00a0: sera en vigueur le 2 mars 2021, à compter du 1er mars 2021)"
                                "\naucun texte en anglais ne sera encore en vigueur le 2 mars 2021 (le premier entre "
                                "en vigueur le 1er avril 2021)\u00a0: le texte en français, qui fait foi, sera en vigueur")
    past = at.prevails_note(dt.date(2021, 3, 2), lang="en", first="2021-04-01", authoritative="fr",
                            today=dt.date(2021, 3, 2))
    assert past == ("no English text was published yet on March 2, 2021 (the first dates from April 1, 2021): the French text, "
                    "which prevails, was in force")
    assert messages.said_in(past, "fr") == ("aucun texte en anglais n'était encore publié le 2 mars 2021 (le premier "
                                            "date du 1er avril 2021)\u00a0: le texte en français, qui fait foi, était en "
                                            "vigueur")
    with clock.company_zone("Europe/Paris"):
        day, note = at.day_of(dt.datetime(2024, 2, 28, 23, 30, tzinfo=dt.UTC))
    assert day == dt.date(2024, 2, 29) and note == ("2024-02-28T23:30:00+00:00 is 2024-02-29T00:30+01:00, on "
                                                    "February 29, 2024 in Europe/Paris, the company's time zone, where "
                                                    "a version takes effect at 00:00")
    assert messages.said_in(note, "fr") == ("2024-02-28T23:30:00+00:00 correspond à 2024-02-29T00:30+01:00, soit le "
                                            "29 février 2024 dans le fuseau Europe/Paris, celui de l'entreprise, où "
                                            "une version entre en vigueur à 00:00")
    none = at.none_in_force(dt.date(2020, 1, 1), first="2099-01-01", today=dt.date(2021, 1, 1))
    assert messages.said_in(none, "fr") == ("aucune version n'est en vigueur le 1er janvier 2020\u00a0: la première publiée, "
                                            "2099-01-01, est annoncée à l'avance et entre en vigueur le 1er janvier 2099")


def test_what_the_output_check_refuses_is_said_in_french():
    """Words 30: the gate's safety.output findings (a built page's script, event handler, hidden text …) were English
    on every site; each is a catalogue message now, said in the site's language, English word for word as before. What
    the text holds is said at its section's line (the script and the handler in §1: safety82), the page's own at 1."""
    from policysite import safety

    html = ("<!doctype html><html><head></head><body><article class=\"md-content__inner\"><h2 id=\"s1\">1.</h2>"
            "<p onclick=\"x()\" hidden>Texte <del>barré</del>.</p><script>var x</script></article></body></html>")
    found = gate.output_findings(safety.check_page(html, file="fr/2021-02-17/index.html", theme_dirs=()),
                                 page="docs/fr/index.md", text=fr_page("2021-02-17"), lang="fr")
    said = {f.said() for f in found}
    assert {"docs/fr/index.md:1: [safety.output] fr/2021-02-17/index.html: the page has no Content-Security-Policy",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html: <script> that is not one of the theme's "
            "own: 'var x'",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html: <p onclick=…>: event handler attributes are "
            "not allowed",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html: <p hidden>: hides the text",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html: <del> in the policy text: its words are "
            "drawn struck out as the redline marks a change, which the text is not"} <= said, said
    french = {f.said("fr") for f in found}
    assert {"docs/fr/index.md:1: [safety.output] fr/2021-02-17/index.html\u00a0: la page n'a pas de "
            "Content-Security-Policy",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html\u00a0: un <script> qui n'est pas l'un de ceux du "
            "thème\u00a0: 'var x'",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html\u00a0: <p onclick=…>\u00a0: les attributs de gestion "
            "d'événement ne sont pas autorisés",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html\u00a0: <p hidden>\u00a0: masque le texte",
            "docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html\u00a0: <del> dans le texte de la politique\u00a0: ses "
            "mots sont barrés comme la comparaison marque une modification, ce que le texte n'est pas"} <= french, \
        french
    assert ("docs/fr/index.md:7: [safety.output] fr/2021-02-17/index.html\u00a0: un <script> dans le texte de la politique\u00a0: "
            "seuls les scripts du thème s'exécutent") in french, french


def test_an_import_note_s_lines_are_named_in_the_site_s_language():
    """convert.notes: the lines a note of `policy import` names, past eight counted, in French words and English as
    before; a note that is a catalogue message is said in the same language."""
    from policysite.convert.notes import Notes

    notes = Notes("Markdown line")
    note = messages.Said("convert.first-heading-title", level=2, shift=1)
    for line in range(1, 11):
        notes.add(note, line)
    notes.add("a note as written", 3)
    many, one = notes.sentences()
    assert many == ("Markdown lines 1, 2, 3, 4, 5, 6, 7, 8 and 2 more: the text's first heading, a level 2 heading "
                    "above all the others, is its title (#), its other headings 1 level up")
    assert messages.said_in(many, "fr") == (
        "lignes 1, 2, 3, 4, 5, 6, 7, 8 et 2 autres du Markdown\u00a0: le premier titre du texte, de niveau 2 et au-dessus "
        "de tous les autres, est son titre principal (#)\u202f; ses autres titres remontent de 1 niveau")
    assert (one, messages.said_in(one, "fr")) == ("Markdown line 3: a note as written",
                                                   "ligne 3 du Markdown\u00a0: a note as written")


NB, NNB = "\u00a0", "\u202f"


@pytest.mark.parametrize(("key", "fields", "english", "french"), [
    ("sync.notice", {"key": "change", "source": "fr", "translation": "en", "value": "material", "other": "editorial"},
     "change: the French page has material, the English page has editorial (only the French page's value counts: "
     "remove the field or give it the same value)", None),
    ("sync.outdated", {"where": "§2", "source": "fr", "translation": "en", "number": "2"},
     "§2: the French text changed after the English translation was last brought in line; update this section, or "
     "run `policy sync-mark en 2` if it needs no change", None),
    ("frontmatter.yaml/size", {"most": 4096},
     "front matter is longer than 4,096 bytes: it should hold only the date and a few short fields",
     f"l'en-tête dépasse 4{NNB}096 octets{NB}: il ne doit contenir que la date et quelques champs courts"),
    ("frontmatter.markup", {"key": "summary", "markup": "**x**"},
     "front matter “summary” is shown as written, Markdown and HTML included: “**x**” would show its marks; write it "
     "in plain words", None),
    ("publish.earlier/one", {"earlier": "2021-02-17", "version": "2022-03-01"},
     "2021-02-17: dated before March 1, 2022 and not yet published, in the branch's history: published with it, from its "
     "last commit",
     f"2021-02-17{NB}: de date antérieure au 1er mars 2022 et pas encore publiée, dans l'historique de la branche{NB}: "
     "publiée avec elle, à partir de son dernier commit"),
    ("publish.previous-missing/gone", {"commit": "abc1234"}, None,
     f"le commit qui a servi à la publier n'est plus dans l'historique (une branche écrasée ou réécrite depuis), et ce "
     f"texte ne se trouve dans aucun autre commit{NB}: récupérez le commit depuis un clone qui l'a encore (`git fetch "
     "<ce clone> abc1234`)"),
    ("sync.section-missing/shifted", {"section": "§3", "source": "fr", "translation": "en", "there": "§3", "after": "§4"},
     None, f"§3 figure dans le texte en français mais manque dans celui en anglais, dont les sections suivantes ont un "
           f"numéro de moins{NB}: son §3 correspond au §4 du texte en français, et ainsi de suite (leurs contenus se "
           f"répondent ainsi, et non numéro pour numéro){NB}: traduisez-la avant son §3, et ajoutez un au numéro des "
           "sections suivantes"),
])
def test_the_legal_teams_messages_read_as_a_dpo_and_a_lawyer_write(key, fields, english, french):
    """Words8's reading: English said "the fr page has …, only the fr page's counts" (a code and a verb read as a noun),
    "Markdown and HTML and all", "it holds the date … only" (what it should hold), "the English was last brought in
    line", "oldest first, each from its last commit" of one version; French "datée d'avant le", "numérotées avec un de
    moins", "il ne contient que" (ce qu'il doit contenir), "le commit dont elle a été publiée"."""
    said = messages.Said(key, **fields)
    if english is not None:
        assert str(said) == english
    if french is not None:
        assert messages.said_in(said, "fr") == french
