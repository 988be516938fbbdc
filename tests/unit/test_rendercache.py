"""A page's Markdown as MkDocs renders it, kept between commands (rendercache): given back for the same inputs only."""
from __future__ import annotations

import logging
from pathlib import Path

import markdown
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from policysite import document, rendercache
from policysite.rendercache import FOLDER

TEXT = """# Politique de confidentialité

## 1. Préambule {#s1}

Voir [les cookies](cookies.md#s2) et [la section 2](#s2-1), ou écrire à <dpo@example.test>.

## 2. Données

### 2.1 Données traitées

| Donnée | Durée |
|---|---|
| Nom | 3 ans |
"""


@pytest.fixture
def conversions(monkeypatch):
    """The texts Python-Markdown converted."""
    texts: list[str] = []
    real = markdown.Markdown.convert

    def counted(self, source):
        texts.append(source)
        return real(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counted)
    return texts


def config_of(tmp_path, *, permalink_title: str = "Lien permanent", slugify=document.slugify,
              directory_urls: bool = True) -> MkDocsConfig:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "Politique", "docs_dir": str(docs), "site_dir": str(tmp_path / "site"),
                      "use_directory_urls": directory_urls,
                      "markdown_extensions": [{"toc": {"permalink": True, "slugify": slugify,
                                                       "permalink_title": permalink_title}},
                                              "tables", "attr_list", "sane_lists"]})
    errors, _ = config.validate()
    assert not errors
    return config


def files_of(config: MkDocsConfig, *names: str) -> Files:
    return Files([File(name, config.docs_dir, config.site_dir, config.use_directory_urls) for name in names])


def kept_site(tmp_path, *names: str, **options) -> tuple[MkDocsConfig, Files, Path]:
    """A site's configuration, its files (`names`, else a page and the page it links) and where a repository keeps
    its renderings."""
    config = config_of(tmp_path, **options)
    (tmp_path / "git").mkdir()
    return config, files_of(config, *(names or ("index.md", "cookies.md"))), tmp_path / "git" / "policysite" / FOLDER


def rendered(config: MkDocsConfig, files: Files, text: str = TEXT, name: str = "index.md") -> Page:
    """A new page (as in a new process) rendered through the cache."""
    file = files.get_file_from_path(name)
    assert file is not None
    page = Page(None, file, config)
    page.markdown = text
    rendercache.render(page, config, files)
    return page


def plain(config: MkDocsConfig, files: Files, text: str = TEXT, name: str = "index.md") -> Page:
    """The same page as MkDocs renders it."""
    file = files.get_file_from_path(name)
    assert file is not None
    page = Page(None, file, config)
    page.markdown = text
    page.render(config, files)
    return page


def same(one: Page, other: Page) -> None:
    assert one.content == other.content
    assert str(one.toc) == str(other.toc) and [item.active for item in one.toc] == [item.active for item in other.toc]
    assert one.title == other.title and one.present_anchor_ids == other.present_anchor_ids
    assert {file.src_uri: links for file, links in (one.links_to_anchors or {}).items()} == \
        {file.src_uri: links for file, links in (other.links_to_anchors or {}).items()}


def test_a_page_rendered_by_one_process_is_given_back_to_the_next_as_mkdocs_renders_it(tmp_path, conversions):
    config, files, kept = kept_site(tmp_path)
    expected = plain(config, files)
    conversions.clear()
    with rendercache.kept_in(kept):
        first = rendered(config, files)
        assert len(conversions) == 1 and len(list(kept.iterdir())) == 1
        again = rendered(config, files)
        assert len(conversions) == 1
    for page in (first, again):
        same(page, expected)
    assert 'href="cookies/#s2"' in again.content and again.title == "Politique de confidentialité"
    assert [item.id for item in again.toc] == ["politique-de-confidentialité"]
    assert [child.id for child in again.toc.items[0].children] == ["s1", "s2"]
    assert {file.src_uri for file in again.links_to_anchors or {}} == {"index.md", "cookies.md"}


@pytest.mark.parametrize("change", ["text", "options", "slugify", "urls", "files", "served", "log level"])
def test_a_rendering_is_given_back_only_for_the_same_inputs(tmp_path, conversions, change):
    """Each input of the rendering changed alone misses what was kept, and gives MkDocs' own rendering of it."""
    config, files, kept = kept_site(tmp_path)
    text, name = TEXT, "index.md"
    with rendercache.kept_in(kept):
        first = rendered(config, files)
        if change == "text":
            text = TEXT.replace("3 ans", "5 ans")
        elif change == "options":
            config = config_of(tmp_path, permalink_title="Permanent link")
        elif change == "slugify":
            config = config_of(tmp_path, slugify=document.title_slug)
        elif change == "urls":
            config = config_of(tmp_path, directory_urls=False)
            files = files_of(config, "index.md", "cookies.md")
        elif change == "files":
            files = files_of(config, "index.md", "cookies.md", "contact.md")
        elif change == "served":
            files = files_of(config, "politique.md", "cookies.md")
            name = "politique.md"  # served at politique/: its link is ../cookies/
        else:
            logging.getLogger("mkdocs.structure.pages").setLevel(logging.DEBUG)
        try:
            conversions.clear()
            page = rendered(config, files, text, name)
            assert len(conversions) == 1
            same(page, plain(config, files, text, name))
            # (another file beside it, another level of MkDocs' log: the same HTML, rendered again all the same)
            assert (page.content != first.content) is (change not in ("files", "log level"))
        finally:
            logging.getLogger("mkdocs.structure.pages").setLevel(logging.NOTSET)
    assert len(list(kept.iterdir())) == 2


def test_a_rendering_that_logged_is_never_kept(tmp_path, conversions, caplog):
    """A page whose link MkDocs cannot resolve warns at every build, the rendering rendered again each time."""
    config, files, kept = kept_site(tmp_path, "index.md")
    with rendercache.kept_in(kept), caplog.at_level(logging.WARNING, logger="mkdocs"):
        for n in (1, 2):
            rendered(config, files)
            assert len(conversions) == n
            assert len([r for r in caplog.records if "contains a link 'cookies.md#s2'" in r.getMessage()]) == n
    assert not kept.exists() or not list(kept.iterdir())


def _project_slugify(value: str, separator: str) -> str:  # not the package's, nor an installed distribution's
    return value.lower().replace(" ", separator)


def test_a_rendering_whose_options_cannot_be_named_is_not_kept(tmp_path, conversions):
    config, files, kept = kept_site(tmp_path, slugify=_project_slugify)
    with rendercache.kept_in(kept):
        rendered(config, files)
        page = rendered(config, files)
    assert len(conversions) == 2 and not kept.exists()
    assert [item.id for item in page.toc] == ["politique-de-confidentialité"]


def test_a_kept_file_that_is_not_a_rendering_is_rendered_again_and_written_anew(tmp_path, conversions):
    config, files, kept = kept_site(tmp_path)
    expected = plain(config, files)
    with rendercache.kept_in(kept):
        rendered(config, files)
        (file,) = kept.iterdir()
        for damaged in (b"\0" * 40, file.read_bytes()[:-5]):
            file.write_bytes(damaged)
            conversions.clear()
            same(rendered(config, files), expected)
            assert len(conversions) == 1
        conversions.clear()
        same(rendered(config, files), expected)
        assert conversions == []


def test_outside_a_repository_nothing_is_kept_nor_read(tmp_path, conversions):
    config = config_of(tmp_path)
    files = files_of(config, "index.md", "cookies.md")
    rendered(config, files)
    rendered(config, files)
    assert len(conversions) == 2
    with rendercache.kept_in(tmp_path / "gone" / "policysite" / "renderings"):
        rendered(config, files)
    assert not (tmp_path / "gone").exists()


def test_a_text_holding_a_lone_surrogate_is_kept_and_given_back_as_it_rendered(tmp_path, conversions):
    """Text read with `surrogateescape` (bytes that are not UTF-8) renders; its rendering is kept as it is."""
    config, files, kept = kept_site(tmp_path)
    text = TEXT.replace("3 ans", "3 ans \udce9")
    with rendercache.kept_in(kept):
        first = rendered(config, files, text)
        again = rendered(config, files, text)
    assert len(conversions) == 1 and "3 ans \udce9" in again.content
    same(again, first)


def test_a_redline_and_the_kept_renderings_are_imported_without_mkdocs_or_jinja(tmp_path):
    """`policy diff` (text, Markdown, JSON) imported MkDocs (with click and pathspec) through this module and Jinja
    through the redline's renderers for their type annotations alone: some 60 ms of CPU of each diff's 0.45 s. MkDocs
    is imported where a page is rendered, Jinja where an HTML redline is (its caller's environment)."""
    import subprocess
    import sys

    code = ("import sys; from policysite import project, redline, rendercache, sides; from policysite.redline import "
            "render; print(sorted({name.split('.')[0] for name in sys.modules} & {'mkdocs', 'jinja2', 'click', 'pathspec'}))")
    env = {"PYTHONPATH": str(Path(rendercache.__file__).parents[1]), "PATH": "/usr/bin"}
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert (run.returncode, run.stdout, run.stderr) == (0, "[]\n", "")
