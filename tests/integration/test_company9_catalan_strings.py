"""Material's Catalan strings write a straight apostrophe ("Torna a l'inici", its back-to-top button) where the
site's own Catalan words write ’: `policy init` writes Material's strings for such a language with the apostrophe
the site's words use, a file the configuration's rules accept as the generator's (and no file where nothing
changes: French, German)."""
from __future__ import annotations

from helpers import GIT_ENV, policy_in_process
from policysite import config_rules, init

PAGE = "---\ndate: 2024-01-10\n---\n\n# Política de privacitat\n\n## 1. Responsable\n\nL’empresa tracta les dades.\n"


def test_catalan_pages_say_the_theme_s_words_with_a_typographic_apostrophe(tmp_path, monkeypatch) -> None:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    site = tmp_path / "site"
    assert policy_in_process(["init", str(site), "--company", "Exemple SL", "--languages", "ca"]).returncode == 0
    strings = site / "overrides" / "partials" / "languages" / "ca.html"
    assert '"top": "Torna a l’inici"' in strings.read_text(encoding="utf-8")
    assert config_rules.foreign_files(site / "overrides") == []
    source = tmp_path / "politica-2024-01-10.md"
    source.write_text(PAGE, encoding="utf-8")
    assert policy_in_process(["--root", str(site), "import", "--lang", "ca", str(source)]).returncode == 0
    built = policy_in_process(["--root", str(site), "build"])
    assert built.returncode == 0, built.stderr
    page = (site / "public" / "ca" / "index.html").read_text(encoding="utf-8")
    assert "Torna a l’inici" in page and "Torna a l'inici" not in page


def test_no_file_where_material_s_words_need_no_change() -> None:
    assert [code for code in ("fr", "de", "it", "en", "ja") if init.typographic_strings(code) is not None] == []
