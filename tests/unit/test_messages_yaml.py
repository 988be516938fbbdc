"""What YAML finds wrong in a page's front matter or a record is said in the legal team's language: PyYAML's
problems a person meets writing YAML by hand in the catalogue's words, a rare one in PyYAML's own, the line and
column where it found it kept."""
from __future__ import annotations

import pytest
import yaml

from policysite import document, imported, messages

NB, NNB = "\u00a0", "\u202f"


@pytest.mark.parametrize(("value", "english", "french"), [
    ("summary: Nous conservons: dix ans.", "a field's value (after “: ”) is not allowed here",
     f"une valeur de champ (après «{NB}:{NB}») n'est pas permise ici"),
    ("summary: @équipe", "the character “@” cannot start a value",
     f"le caractère «{NB}@{NB}» ne peut commencer aucune valeur"),
    ("title: [Politique", "expected “,” or “]”, found the end of the text",
     f"attendu{NB}: «{NB},{NB}» ou «{NB}]{NB}»{NNB}; trouvé{NB}: la fin du texte"),
    ("title: \"Politique", "the text ends unexpectedly", "fin du texte inattendue"),
    ("title: \"Politique \\q\"", "unknown escape character “q”",
     f"caractère d'échappement inconnu «{NB}q{NB}»"),
    ("title: T\ntitle: U", "key “title” is given twice", f"la clé «{NB}title{NB}» est donnée deux fois"),
    ("title: 'Politique' de DialOnce", "expected the end of the block, found a value",
     f"attendu{NB}: la fin du bloc{NNB}; trouvé{NB}: une valeur"),
    ("title: *nom", "aliases (*name) are not allowed", "les alias (*nom) ne sont pas permis"),
])
def test_a_yaml_problem_in_front_matter_is_said_in_french_and_in_english_in_plain_words(value, english, french):
    policy = document.parse(f"---\ndate: 2024-01-01\n{value}\n---\n# T\n\n## 1. A\n\nB.\n", path="p.md", lang="fr")
    [finding] = [f for f in policy.problems if f.rule == "frontmatter.yaml"]
    assert f"({english})" in finding.message or finding.message.endswith(f": {english}")
    said = finding.in_language("fr").message
    assert said.startswith(f"l'en-tête ne peut pas être lu ({french})") or \
        said == f"l'en-tête ne peut pas être lu{NB}: {french}"


def test_a_record_that_is_not_yaml_is_said_with_its_line_and_column_in_each_language():
    with pytest.raises(imported.RecordError) as raised:
        imported.parse(b"- lang: fr\n  date: 2021: 02\n")
    error = messages.text_of(raised.value)
    assert error == f"{imported.FILE}: cannot be read: a field's value (after “: ”) is not allowed here (line 2, column 13)"
    assert messages.said_in(error, "fr") == (f"{imported.FILE}{NB}: illisible{NB}: une valeur de champ (après "
                                             f"«{NB}:{NB}») n'est pas permise ici (ligne 2, colonne 13)")


def test_a_problem_the_catalogue_does_not_know_is_said_as_pyyaml_says_it_in_every_language():
    try:
        yaml.safe_load("a: 1\nc: *y\n")
    except yaml.YAMLError as exc:
        said = messages.yaml_reason(exc, at=True)
    assert str(said) == "found undefined alias 'y' (line 2, column 4)"
    assert messages.said_in(said, "fr") == "found undefined alias 'y' (ligne 2, colonne 4)"
    with pytest.raises(yaml.YAMLError) as raised:  # what PyYAML says of the first anchor is kept with the second
        yaml.safe_load("a: &x 1\nb: &x 2\n")
    assert messages.said_in(messages.yaml_reason(raised.value), "fr") == \
        "found duplicate anchor 'x'; first occurrence, second occurrence"


def test_a_control_character_is_said_in_french():
    with pytest.raises(yaml.YAMLError) as raised:
        yaml.load("title: a\x01b\n", Loader=document.MetaLoader)
    said = messages.yaml_reason(raised.value)
    assert str(said) == "character #x0001 refused: control characters are not allowed"
    assert messages.said_in(said, "fr") == f"caractère #x0001 refusé{NB}: les caractères de contrôle ne sont pas permis"


def test_a_configuration_that_is_not_yaml_is_said_in_french_with_its_file_and_line(tmp_path):
    from policysite import settings

    (tmp_path / "mkdocs.yml").write_text("site_name: Example\n", encoding="utf-8")
    said = {}
    for written in ("site_name: a: b\n", "INHERIT: ../mkdocs.yml\n", "x: !ENV [HOME]\n", "a: &x 1\nb: *x\n"):
        (tmp_path / "mkdocs.fr.yml").write_text(written, encoding="utf-8")
        with pytest.raises(settings.SettingsError) as refused:
            settings.load_yaml(tmp_path / "mkdocs.fr.yml")
        error = messages.text_of(refused.value)
        said[written] = (str(error), messages.said_in(error, "fr"))
    assert said["site_name: a: b\n"] == (
        "mkdocs.fr.yml:1: cannot be read: a field's value (after “: ”) is not allowed here",
        f"mkdocs.fr.yml:1{NB}: illisible{NB}: une valeur de champ (après «{NB}:{NB}») n'est pas permise ici")
    assert said["INHERIT: ../mkdocs.yml\n"][1].endswith(
        f"INHERIT{NB}: '../mkdocs.yml' est refusé{NB}: une configuration hérite d'une autre placée à côté d'elle dans le "
        "projet, par son nom de fichier (mkdocs.yml), une ou deux fois")
    assert said["x: !ENV [HOME]\n"][1] == (
        f"mkdocs.fr.yml:1{NB}: illisible{NB}: l'étiquette !ENV est refusée{NB}: elle mettrait dans les pages "
        "l'environnement de la machine de construction (un secret de la CI)")
    assert said["a: &x 1\nb: *x\n"][0].startswith("mkdocs.fr.yml:2: cannot be read: the alias *x is refused")
    assert f"l'alias *x est refusé{NB}: une configuration ne répète aucun nœud" in said["a: &x 1\nb: *x\n"][1]


@pytest.mark.parametrize(("written", "english", "french"), [
    ("site_name: a: b", "a field's value (after “: ”) is not allowed here",
     f"une valeur de champ (après «{NB}:{NB}») n'est pas permise ici (ligne 1, colonne 13)"),
    ("nav: [a, b\nx: 1", "not found where expected: “,” or “]”",
     f"élément attendu introuvable ici{NB}: «{NB},{NB}» ou «{NB}]{NB}» (ligne 2, colonne 2)"),
    ("site_name: x\n- b", "not found where expected: a key", f"élément attendu introuvable ici{NB}: une clé (ligne 2, colonne 1)"),
    ("site_name: @x", "a character cannot start a value",
     "un caractère ne peut commencer aucune valeur (ligne 1, colonne 12)"),
    ("a:\n\t- b", "a character cannot start a value",
     "un caractère ne peut commencer aucune valeur (ligne 2, colonne 1)"),
])
def test_libyaml_s_problems_the_configuration_s_reader_meets_are_said_in_french(written, english, french):
    """The configuration is read with libyaml (CSafeLoader, as MkDocs reads it), whose words are not PyYAML's."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        pytest.skip("PyYAML without libyaml")
    with pytest.raises(yaml.YAMLError) as raised:
        yaml.load(written, Loader=loader)
    said = messages.yaml_reason(raised.value, at=True)
    assert str(said).startswith(english)
    assert messages.said_in(said, "fr") == french


@pytest.mark.parametrize(("tagged", "said"), [
    ('site_url: !ENV [SITE_URL, "https://example.com/"]\n', "l'étiquette !ENV est refusée"),
    ("x: !!python/name:os.system\n", "!!python/name:os.system est refusé"),
])
def test_a_refused_tag_in_a_french_site_s_configuration_is_said_in_french(tmp_path, monkeypatch, capsys, tagged, said):
    """Company10: a French site whose mkdocs.yml held `!ENV` (as MkDocs' docs suggest) or a `!!python/name` (as
    Material's docs write for superfences) was refused in English: the language the file names was read by the loader
    that refuses it. It is read from the file's nodes, nothing constructed."""
    from policysite import cli

    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Politique\n" + tagged + "theme:\n  name: material\n  language: fr\nextra:\n  policy:\n"
        "    authoritative: fr\n", encoding="utf-8")
    assert cli.main(["--root", str(tmp_path), "check"]) == cli.USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: mkdocs.yml:2\u00a0: illisible\u00a0: ") and said in err, err
