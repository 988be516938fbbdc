"""The theme's Jinja environment, kept a process by what its folders hold (build._share_theme): each command reads the
project's theme from a folder of its own, and a process running several (the tests, the bench) loaded the templates
again for each. The same files in another folder share it; a byte, a file, the translations' language or
another digest of a command's folder misses."""
from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest

from policysite import build, settings

CONFIG = ("site_name: Example\nsite_url: https://example.test/\ntheme:\n  name: material\n  language: en\n"
          "  locale: {locale}\n  custom_dir: overrides\n")
MAIN = '{{% extends "base.html" %}}\n{{% block content %}}<p class="marker">{marker}</p>{{{{ super() }}}}{{% endblock %}}\n'


def _project(folder: Path, *, marker: str = "first words", locale: str = "en") -> Path:
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Title\n\nText.\n", encoding="utf-8")
    (folder / "overrides").mkdir()
    (folder / "overrides" / "main.html").write_text(MAIN.format(marker=marker), encoding="utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG.format(locale=locale), encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The templates read from their folders (each template an environment loads is read once, then kept)."""
    read: list[str] = []
    get_source = jinja2.FileSystemLoader.get_source

    def counted(self, environment, template):
        read.append(template)
        return get_source(self, environment, template)
    monkeypatch.setattr(jinja2.FileSystemLoader, "get_source", counted)
    return read


def _built(folder: Path, *, digest: str = "") -> str:
    language = settings.Language("en", "English", "mkdocs.yml")
    build.build_language(folder, language, site_dir=folder / "site", share_theme=True,
                         **({"theme_digest": digest} if digest else {}))
    return (folder / "site" / "index.html").read_text(encoding="utf-8")


def test_the_same_theme_files_in_another_folder_share_the_loaded_templates(tmp_path, reads):
    first = _project(tmp_path / "first")
    assert '<p class="marker">first words</p>' in _built(first)
    assert "main.html" in reads and "base.html" in reads
    second = tmp_path / "second"
    shutil.copytree(first, second)
    shutil.rmtree(first)  # a command's folder is gone once it ends: what is not loaded yet is read from the new one
    reads.clear()
    assert '<p class="marker">first words</p>' in _built(second)
    assert reads == []


def test_a_byte_or_a_file_more_another_locale_or_another_digest_is_another_environment(tmp_path, reads):
    first = _project(tmp_path / "first")
    _built(first)
    edited = _project(tmp_path / "edited", marker="other words")
    reads.clear()
    assert '<p class="marker">other words</p>' in _built(edited)  # the same names, one template's bytes differ
    assert "main.html" in reads
    added = tmp_path / "added"
    shutil.copytree(first, added)
    (added / "overrides" / "partials").mkdir()
    (added / "overrides" / "partials" / "footer.html").write_text('<footer class="own">Ours</footer>\n',
                                                                  encoding="utf-8")
    assert '<footer class="own">Ours</footer>' in _built(added)  # one file more: Material's footer not kept
    french = _project(tmp_path / "french", locale="fr")
    reads.clear()
    _built(french)
    assert "main.html" in reads  # the same files, the theme's translations in another language
    # a command's digest of its folder stands for the files: another digest is another environment
    reads.clear()
    _built(first.parent / "edited", digest="a")
    assert "main.html" in reads
    same = tmp_path / "same"
    shutil.copytree(tmp_path / "edited", same, ignore=shutil.ignore_patterns("site"))
    reads.clear()
    assert '<p class="marker">other words</p>' in _built(same, digest="a")
    assert reads == []


def test_a_theme_folder_holding_a_link_is_not_shared_with_another_folder(tmp_path, reads):
    """A link's target is not among the files digested: such a folder's environment is kept for its own place only."""
    first = _project(tmp_path / "first")
    (tmp_path / "elsewhere.html").write_text("<p>linked</p>\n", encoding="utf-8")
    (first / "overrides" / "linked.html").symlink_to(tmp_path / "elsewhere.html")
    _built(first)
    second = tmp_path / "second"
    shutil.copytree(first, second, symlinks=True, ignore=shutil.ignore_patterns("site"))
    reads.clear()
    _built(second)
    assert "main.html" in reads


def test_a_template_edited_in_its_folder_between_two_builds_of_a_process_is_read_again(tmp_path):
    """A preview's theme is the project's own folder (build_site): keyed by its place, the environment served the
    template as the process first read it after the file changed."""
    folder = _project(tmp_path / "project")
    assert '<p class="marker">first words</p>' in _built(folder)
    (folder / "overrides" / "main.html").write_text(MAIN.format(marker="edited words"), encoding="utf-8")
    assert '<p class="marker">edited words</p>' in _built(folder)
