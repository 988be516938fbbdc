"""A policy kept as a site's data file (Jekyll's `_data/privacy.yml`, a Hugo data file, a headless CMS's JSON export),
read into the text its template showed when its shape is a policy's, refused at its line when not (session 33)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite.convert import ConvertError, convert, sources
from policysite.messages import said_in

JEKYLL = """\
title: Privacy Policy
updated: March 1, 2023
intro: |
  This policy explains how **Acme** handles your data.
sections:
  - id: collect
    heading: What we collect
    body: |
      We collect:

      - your e-mail address;
      - your [IP address](https://example.com/ip).
  - heading: How long we keep it
    body: We keep it for 3 years.
    subsections:
      - heading: Backups
        body: Backups are kept 30 days.
  - heading: Contact
    body:
      - Write to privacy@example.com.
      - Or call us.
"""


def converted(tmp_path: Path, text: str, name: str, lang: str = "en"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return convert(source, lang=lang)


def test_a_jekyll_data_file_is_its_title_and_sections_in_their_order(tmp_path: Path):
    """Its title a `#`, each section's heading a `##` (a section's own sections `###`, its id kept), its Markdown body
    as written, a list of strings its paragraphs; a field no policy's names (the date the page may have shown) is
    left out and said at its line."""
    text = converted(tmp_path, JEKYLL, "privacy-2023-03-01.yml")
    assert text.markdown.strip() == (
        "# Privacy Policy\n\nThis policy explains how **Acme** handles your data.\n\n## What we collect {#collect}\n\n"
        "We collect:\n\n- your e-mail address;\n- your [IP address](https://example.com/ip).\n\n"
        "## How long we keep it\n\nWe keep it for 3 years.\n\n### Backups\n\nBackups are kept 30 days.\n\n"
        "## Contact\n\nWrite to privacy@example.com.\n\nOr call us.")
    notes = [said_in(note, "en") for note in text.notes]
    assert any("its title and 4 sections" in note and "sections[].subsections[].body" in note for note in notes), notes
    assert "line 2: left out the data file's field updated (“March 1, 2023”)" in "\n".join(notes), notes
    assert any("omis le champ updated" in said_in(note, "fr") for note in text.notes)


def test_a_cms_json_export_with_html_bodies_and_locales_is_read_in_the_language_imported(tmp_path: Path):
    """A Strapi export (`data.attributes`, indented with tabs) whose bodies are HTML is read as an HTML page; a
    Contentful entry's fields by locale give the import's language's words."""
    strapi = ('{"data": {"id": 3, "attributes": {"title": "Privacy Notice", "createdAt": "2023-04-01T10:00:00Z",\n'
              '\t"sections": [{"id": 1, "title": "Who we are", "content": "<p>We are <strong>Acme</strong>.</p>"},\n'
              '\t\t{"title": "Your rights", "content": "<ul><li>access</li><li>erasure</li></ul>"}]}}}\n')
    text = converted(tmp_path, strapi, "privacy-2023-04-01.json")
    assert text.markdown.strip() == ("# Privacy Notice\n\n## Who we are\n\nWe are **Acme**.\n\n## Your rights\n\n"
                                     "- access\n- erasure"), text.markdown
    contentful = ('{"fields": {"title": {"en-US": "Privacy", "fr-FR": "Confidentialité"}, "sections": [\n'
                  '{"heading": {"en-US": "Data", "fr-FR": "Données"}, "body": {"en-US": "We keep little.", '
                  '"fr-FR": "Nous gardons peu."}}]}}\n')
    french = converted(tmp_path, contentful, "privacy-2023-05-01.json", lang="fr")
    assert french.markdown.strip() == "# Confidentialité\n\n## Données\n\nNous gardons peu."


@pytest.mark.parametrize(("text", "line", "why"), [
    ("menu:\n  - home\n  - about\nfooter: Copyright\n", 1, "no title"),
    ("title: Privacy\nfooter: Copyright\n", 1, "no list of sections"),
    ("title: Privacy\nsections:\n  - heading: One\n    body: Text.\n  - 42\n", 5, "an entry of `sections`"),
    ("title: Privacy\nsections:\n  - heading: [One\n", 4, "does not read as YAML, JSON or TOML"),
])
def test_a_data_file_not_shaped_as_a_policy_is_refused_at_its_line(tmp_path: Path, text: str, line: int, why: str):
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, text, "privacy-2023-03-01.yaml")
    said = said_in(refused.value.args[0], "en")
    assert said.startswith(f"privacy-2023-03-01.yaml:{line}: ") and why in said, said
    assert said_in(refused.value.args[0], "fr").startswith(f"privacy-2023-03-01.yaml:{line}\u00a0: ")


def test_a_data_file_of_aliases_expanding_past_any_policy_is_refused_not_read(tmp_path: Path):
    """Anchors and aliases make a small file a vast tree (a “billion laughs”): refused once it counts more values than
    a policy holds, before any is written out."""
    many = ", ".join(["*a{n}"] * 30)
    levels = ["a0: &a0 {heading: x, body: y}"] + [
        f"a{n}: &a{n} {{heading: x, body: y, subsections: [{many.format(n=n - 1)}]}}" for n in range(1, 4)]
    text = "\n".join(levels) + f"\ntitle: Privacy\nsections: [{many.format(n=3)}]\n"
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, text, "privacy-2023-03-01.yml")
    assert "more than 100,000 values" in said_in(refused.value.args[0], "en")


def test_a_folder_s_undated_data_file_is_its_sites_and_skipped_said_a_dated_one_is_a_version(tmp_path: Path):
    """A site's `_config.yml` is no version; nor is a dated data file beside a page of its day (the capture's own
    metadata, `privacy-2023-06-01.json` beside `privacy-2023-06-01.html`): each skipped, said."""
    (tmp_path / "_config.yml").write_text("title: My site\n", encoding="utf-8")
    (tmp_path / "privacy-2023-06-01.html").write_text("<h1>Privacy</h1><h2>One</h2><p>Text.</p>", encoding="utf-8")
    (tmp_path / "privacy-2023-06-01.json").write_text('{"status": 200}', encoding="utf-8")
    (tmp_path / "privacy-2023-03-01.yml").write_text(JEKYLL, encoding="utf-8")
    skipped: list[str] = []
    found = sources.dated_sources([tmp_path], skipped=skipped)
    assert [(s.path.name, s.format) for s in found] == [("privacy-2023-03-01.yml", "data"),
                                                        ("privacy-2023-06-01.html", "html")]
    assert [said_in(one, "en") for one in skipped] == [
        f"{tmp_path / '_config.yml'}: skipped: a data file whose name holds no date (a site's settings; a policy's "
        "data file is read when named on its own or dated in its name)",
        f"{tmp_path / 'privacy-2023-06-01.json'}: skipped: the text of June 1, 2023 is imported from "
        "privacy-2023-06-01.html"]


def test_a_data_files_day_field_dates_its_text_as_a_pages_front_matter_does(tmp_path: Path):
    """`updated: March 1, 2023` (or a CMS's `effective_date`) is the day the text says, where its name says none: the
    import names it (asking for the file's name to carry it), and --git dates the commit's text by it."""
    path = tmp_path / "privacy.yml"
    path.write_text(JEKYLL, encoding="utf-8")
    assert sources.stated_day(path, ("en",), lang="en") == ("updated: March 1, 2023", ["2023-03-01"], "its text")
    path.write_text('{"data": {"attributes": {"title": "Privacy", "effective_date": "2023-04-01", "sections": '
                    '[{"title": "One", "content": "Text."}]}}}', encoding="utf-8")
    assert sources.stated_day(path, ("en",), lang="en") == ("effective_date: 2023-04-01", ["2023-04-01"], "its text")
    path.write_text("title: Privacy\nsections:\n  - heading: One\n    body: Text.\n", encoding="utf-8")
    assert sources.stated_day(path, ("en",), lang="en") is None


HUGO_TOML = '''\
# data/privacy.toml
title = "Privacy Policy"
updated = 2023-03-01
intro = "This policy explains how **Acme** handles your data."

[[sections]]
id = "collect"
heading = "What we collect"
body = """
We collect your e-mail address.
"""

  [[sections.subsections]]
  heading = "Backups"
  body = "Backups are kept 30 days."

[[sections]]
heading = "Contact"
body = ["Write to privacy@example.com.", "Or call us."]
note = "Reviewed by counsel."
'''


def test_a_hugo_toml_data_file_is_read_as_a_yaml_one_its_lines_named(tmp_path: Path):
    """Adoption 11 of session 34: Hugo's `data/privacy.toml` was refused as a format the import does not read, where
    the same data in YAML or JSON was a page; its fields' lines are the file's own, and so is the line of a file that
    does not read as TOML; its `updated` day dates it as a YAML file's does."""
    text = converted(tmp_path, HUGO_TOML, "privacy-2023-03-01.toml")
    assert text.markdown.strip() == (
        "# Privacy Policy\n\nThis policy explains how **Acme** handles your data.\n\n## What we collect {#collect}\n\n"
        "We collect your e-mail address.\n\n### Backups\n\nBackups are kept 30 days.\n\n"
        "## Contact\n\nWrite to privacy@example.com.\n\nOr call us.")
    notes = "\n".join(said_in(note, "en") for note in text.notes)
    assert "line 20: left out the data file's field sections[].note (“Reviewed by counsel.”)" in notes, notes
    assert "line 3: left out the data file's field updated (“2023-03-01”)" in notes, notes
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, 'title = "Privacy"\n\n[[sections]]\nheading = "One\n', "privacy-2023-04-01.toml")
    assert said_in(refused.value.args[0], "en").startswith(
        "privacy-2023-04-01.toml:4: a data file that does not read as YAML, JSON or TOML ("), refused.value
    assert said_in(refused.value.args[0], "fr").startswith("privacy-2023-04-01.toml:4\u00a0: un fichier de données qui ne "
                                                           "se lit ni en YAML, ni en JSON, ni en TOML (")
    path = tmp_path / "privacy.toml"
    path.write_text(HUGO_TOML, encoding="utf-8")
    assert sources.stated_day(path, ("en",), lang="en") == ("updated: 2023-03-01", ["2023-03-01"], "its text")
    site = tmp_path / "site"  # (the site's own settings beside it: no version)
    site.mkdir()
    (site / "hugo.toml").write_text('baseURL = "https://acme.example/"\n', encoding="utf-8")
    (site / "privacy-2023-03-01.toml").write_text(HUGO_TOML, encoding="utf-8")
    assert [s.path.name for s in sources.dated_sources([site], skipped=[])] == ["privacy-2023-03-01.toml"]


@pytest.mark.parametrize(("name", "text", "line"), [
    ("privacy.json", '{"title": "Privacy",\n "sections": [{"heading": "One", "body": "Text \\ud800."}]}', 2),
    ("privacy.yml", 'title: Privacy\nsections:\n  - heading: One\n    body: "Text \\udfff."\n', 4),
])
def test_an_escape_writing_half_of_a_character_is_refused_at_its_line(tmp_path: Path, name: str, text: str,
                                                                       line: int):
    """A lone surrogate written by an escape (`\\ud800`) ended `policy import` on "error: 'utf-8' codec can't encode
    character '\\ud800' …", naming neither file nor line; now refused at its line, in the site's language. A pair of
    them (JSON's way of writing a character outside the first plane) is that character."""
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, text, name)
    assert said_in(refused.value.args[0], "en").startswith(f"{name}:{line}: an escape writing half of a character")
    assert said_in(refused.value.args[0], "fr").startswith(f"{name}:{line}\u00a0: un échappement qui écrit la moitié")
    pair = '{"title": "Privacy \\ud83d\\udd12", "sections": [{"heading": "One", "body": "Text."}]}'
    assert converted(tmp_path, pair, "pair.json").markdown.startswith("# Privacy \U0001f512\n")


def test_a_data_file_of_lists_nested_past_any_policy_is_refused_at_its_line(tmp_path: Path):
    """Lists inside lists 3,000 deep (6 kB) took PyYAML's scanner 35 s to read (its time grows with the square of the
    nesting: 20,000 deep, some half an hour) before the import refused them; refused now as soon as the nesting passes
    100, at its line, in the site's language."""
    text = "title: Privacy\nsections:\n  - heading: One\n    body: " + "[" * 3000 + "]" * 3000 + "\n"
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, text, "privacy.yml")
    assert said_in(refused.value.args[0], "en") == ("privacy.yml:4: lists and sets of fields written in brackets nested more "
                                                     "than 100 deep, which no policy's data needs: not read")
    assert said_in(refused.value.args[0], "fr").startswith("privacy.yml:4\u00a0: des listes et des tableaux associatifs")


def test_a_toml_data_file_nested_past_any_policy_is_refused_at_its_line(tmp_path: Path):
    """TOML's reader (tomllib) reads nesting by recursion: arrays 5,000 deep ended `policy import` in a RecursionError
    instead of the line a YAML or JSON file gets. Brackets inside a string or a comment are words, not nesting."""
    text = 'title = "Privacy"\n# [[[[\nintro = "[[[["\nsections = ' + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(ConvertError) as refused:
        converted(tmp_path, text, "privacy.toml")
    assert said_in(refused.value.args[0], "en") == ("privacy.toml:4: lists and sets of fields written in brackets nested "
                                                     "more than 100 deep, which no policy's data needs: not read")
    words = 'title = "Privacy [" # [[[\n[[sections]]\nheading = "One"\nbody = "' + "[" * 200 + '"\n'
    assert "[" * 200 in converted(tmp_path, words, "words.toml").markdown


@pytest.mark.parametrize(("text", "said"), [
    ("title = Privacy\n", "une valeur illisible\u00a0: écrivez un texte entre guillemets, `clé = \"texte\"`"),
    ('title = "Privacy\n', "une chaîne dont le guillemet fermant manque"),
    ('[sections\nheading = "One"\n', "un en-tête de table sans son crochet fermant\u00a0: `[table]`, `[[liste]]`"),
    ('title = "A"\ntitle = "B"\n', "une clé ou une table donnée deux fois\u00a0: ne donnez chacune qu'une fois"),
    ('date = 2021-02-30\n', "une date qui n'existe pas ou n'est pas écrite AAAA-MM-JJ"),
    ('title = "a \\q"\n', "un échappement `\\` invalide dans une chaîne"),
])
def test_a_toml_data_file_tomllib_refuses_is_said_in_the_catalogue_not_in_tomllibs_english(tmp_path: Path, text: str,
                                                                                           said: str):
    """Words9: "un fichier de données qui ne se lit ni en YAML, ni en JSON, ni en TOML (Invalid value)"."""
    path = tmp_path / "privacy-2023-04-01.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        convert(path)
    assert f"ni en TOML ({said}" in said_in(refused.value.args[0], "fr")
