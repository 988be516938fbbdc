"""legal20: the site's Makefile says its own `error:` lines (the generator missing, `make import` without its
arguments, the local address about to be published) in the site's language: a French team read them in English."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import generated, init, makefile_lines

MAKE = shutil.which("make")


def _languages(codes: str) -> list[init.NewLanguage]:
    return [init.new_language(code, company="Acme", public_url="https://e.test/p/", themes=init.material_languages(),
                              stemmers=init.search_stemmers(), dictionaries=init.spelling_dictionaries())
            for code in init.parse_codes(codes)]


def _make(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([MAKE, "--no-print-directory", "-C", str(folder), *args], capture_output=True, text=True,
                          timeout=60)


def test_a_text_stays_itself_inside_an_echo_of_a_recipe(tmp_path):
    assert makefile_lines.in_echo('a \\n') == 'a \\\\n'
    text = 'a "quoted" `cmd` $HOME 100 $'
    assert makefile_lines.in_echo(text) == 'a \\"quoted\\" \\`cmd\\` \\$$HOME 100 \\$$'
    if MAKE is None:
        pytest.skip("make is not installed")
    (tmp_path / "Makefile").write_text(f'say:\n\t@echo "{makefile_lines.in_echo(text)}"\n', encoding="utf-8")
    assert _make(tmp_path, "say").stdout == text + "\n"


def test_each_line_is_said_in_the_catalogue_of_the_language_and_keeps_make_variables():
    french, english = makefile_lines.error_lines("fr"), makefile_lines.error_lines("en")
    assert set(french) == set(english) == set(makefile_lines.LINES)
    assert french["tools_error"].startswith("$(POLICY) introuvable\u00a0: installez le générateur")
    assert english["tools_error"].startswith("$(POLICY) not found: install the generator")
    assert "dossier ou fichier" in french["import_error"] and "folder or file" in english["import_error"]
    assert "l'adresse locale" in french["local_error"] and "the local address" in english["local_error"]
    # a language without a catalogue of its own: English
    assert makefile_lines.error_lines("pl") == english


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_a_french_sites_makefile_refuses_in_french(tmp_path):
    files = init.render(company="Acme", languages=_languages("fr,en"), public_url="http://127.0.0.1:8000/",
                        bin_dir=str(tmp_path / "no venv"))
    (tmp_path / "Makefile").write_text(files["Makefile"], encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(files["mkdocs.yml"], encoding="utf-8")
    tools = _make(tmp_path, "tools")
    assert tools.returncode != 0
    assert tools.stdout == (f"error: {tmp_path / 'no venv'}/policy introuvable\u00a0: installez le générateur "
                            "(README.md, «\u00a0Setting up\u00a0») ou donnez son dossier\u00a0: make "
                            "BIN=/chemin/du/venv/bin\n"), tools.stdout
    usage = _make(tmp_path, "import", f"POLICY={shutil.which('true') or '/bin/true'}")
    assert usage.returncode != 0 and usage.stdout.startswith(
        "error: dites quelle langue et quels textes\u00a0: make import lang=<code>"), usage.stdout
    local = _make(tmp_path, "public-url")
    assert local.returncode != 0 and local.stdout.startswith(
        "error: l'adresse publique du site dans mkdocs.yml (`extra.policy.public_url`) est l'adresse locale"), local.stdout
    english = init.render(company="Acme", languages=_languages("en,fr"), public_url="https://e.test/p/",
                          bin_dir="/b")["Makefile"]
    assert 'echo "error: $(POLICY) not found: install the generator' in english


def test_upgrade_reads_the_lines_back_and_brings_an_english_one_into_the_sites_language(tmp_path):
    files = init.render(company="Acme", languages=_languages("fr,en"), public_url="https://e.test/p/", bin_dir="/b")
    today = generated.templates("Makefile.j2")[0]
    read = generated.values(files["Makefile"], today)
    assert read is not None and read["tools_error"].startswith("$(POLICY) introuvable")
    # the Makefile a French site kept from before legal20 (its lines in English) is still the tool's, and takes them
    # in French
    former = (generated.FORMER / "Makefile.e1584a6b.j2").read_text(encoding="utf-8")
    variables = {**generated.defaults(time_zone="", authoritative="fr"), "bin_dir": "/b"}
    (tmp_path / "Makefile").write_text(generated.render(former, variables), encoding="utf-8")
    brought = {b.path: b for b in generated.brought(tmp_path, time_zone="", authoritative="fr")}
    text = brought["Makefile"].text
    assert text is not None and 'echo "error: $(POLICY) introuvable' in text
    assert "not found: install the generator" not in text


def test_a_line_the_company_wrote_itself_is_kept_by_upgrade():
    english = makefile_lines.error_lines("en")
    assert makefile_lines.retold({"tools_error": "ask Marie for the tools", "import_error": english["import_error"]},
                                 "fr") == {"import_error": makefile_lines.error_lines("fr")["import_error"]}


def test_a_new_site_names_its_publishing_branch(tmp_path):
    from policysite import settings as policy_settings

    files = init.render(company="Acme", languages=_languages("fr,en"), public_url="https://e.test/p/", bin_dir="/b",
                        branch="trunk")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert policy_settings.load(tmp_path).publish_from == "trunk"
    assert "`make publish` publishes from `trunk` only" in files["README.md"]
