"""The theme's files a build keeps: one rule (assets.unused), applied before MkDocs copies them and on what a
build wrote."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from policysite import assets

LUNR = "javascripts/lunr"
THEME = ("javascripts/bundle.min.js", "javascripts/bundle.min.js.map", "javascripts/workers/search.min.js",
         "javascripts/workers/search.min.js.map", "stylesheets/main.min.css", "stylesheets/main.min.css.map",
         "images/favicon.png", f"{LUNR}/tinyseg.js", f"{LUNR}/wordcut.js", f"{LUNR}/min/lunr.fr.min.js",
         f"{LUNR}/min/lunr.de.min.js", f"{LUNR}/min/lunr.ja.min.js", f"{LUNR}/min/lunr.th.min.js",
         f"{LUNR}/min/lunr.stemmer.support.min.js", f"{LUNR}/min/lunr.multi.min.js")


def kept(languages: list[str]) -> set[str]:
    return {path for path in THEME if not assets.unused(path, languages=languages)}


def test_a_build_searching_french_keeps_french_and_lunrs_support_and_no_source_map():
    assert kept(["fr"]) == {"javascripts/bundle.min.js", "javascripts/workers/search.min.js",
                            "stylesheets/main.min.css", "images/favicon.png", f"{LUNR}/min/lunr.fr.min.js",
                            f"{LUNR}/min/lunr.stemmer.support.min.js", f"{LUNR}/min/lunr.multi.min.js"}


@pytest.mark.parametrize("languages", [["en"], []])
def test_english_or_no_search_needs_no_lunr_language(languages):
    assert not [path for path in kept(languages) if path.startswith(LUNR)]


def test_japanese_and_thai_keep_the_segmenters_their_stemmers_import():
    assert {f"{LUNR}/tinyseg.js", f"{LUNR}/wordcut.js", f"{LUNR}/min/lunr.ja.min.js",
            f"{LUNR}/min/lunr.th.min.js"} <= kept(["ja", "th"])
    assert f"{LUNR}/wordcut.js" not in kept(["ja"])


def test_every_segmenter_materials_search_worker_imports_is_kept_for_its_language():
    """Hunt 41: Material's worker imports wordcut.js for Hindi as for Thai; the build dropped it for a Hindi site, whose
    search then never started ("Failed to execute 'importScripts'"). The worker installed is the reference."""
    import re

    import material

    worker = next((Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers").glob(
        "search.*.min.js")).read_text(encoding="utf-8")
    imported: dict[str, str] = {}
    for cases, name in re.findall(r'((?:case"[\w-]+":)+)\w+\.push\(`\$\{\w+\}/([\w.]+\.js)`\)', worker):
        imported.update(dict.fromkeys(re.findall(r'case"([\w-]+)"', cases), name))
    assert imported and imported == assets.LUNR_EXTRA
    assert f"{LUNR}/wordcut.js" in kept(["hi"])


def test_prune_removes_from_a_written_build_what_the_rule_says(tmp_path: Path):
    for path in THEME:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x")
    assets.prune(tmp_path, languages=["de"])
    assert {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()} == kept(["de"])


def plugin(**config):
    return SimpleNamespace(config={"enabled": True, **config})


@pytest.mark.parametrize(("plugins", "languages"), [
    ({"material/search": plugin(lang=["fr", "en"])}, ["fr", "en"]),
    ({"search": plugin(lang="de")}, ["de"]),
    ({"material/search": plugin(lang=["fr"], enabled=False)}, []),
    ({"hooks/policy.py": object()}, []),
])
def test_the_languages_a_build_searches_come_from_its_search_plugin(plugins, languages):
    assert assets.searched(plugins) == languages


def test_a_folders_digest_follows_its_files_and_leaves_out_those_ignored(tmp_path: Path):
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.pyc").write_bytes(b"\0")
    compiled = lambda path: "__pycache__" in path.parts  # noqa: E731
    first = assets.digest_of(tmp_path, ignored=compiled)
    (tmp_path / "__pycache__" / "a.pyc").write_bytes(b"\1")
    assert assets.digest_of(tmp_path, ignored=compiled) == first != assets.digest_of(tmp_path)
    (tmp_path / "a.py").write_text("x = 2\n")
    assert assets.digest_of(tmp_path, ignored=compiled) != first


def test_a_manifest_names_the_generators_own_files_by_their_digest():
    from policysite import manifest

    assert manifest.generator("t")["code"] == manifest.code_digest() and len(manifest.code_digest()) == 16


def test_a_folders_digest_is_found_again_from_its_listing_and_verify_names_a_file_replaced_with_its_line(tmp_path):
    """Legal hunt 36: on an archive whose versions are not rebuilt (another generator's), a theme script replaced on
    the branch together with its line in manifest/assets/<digest>.json passed verify; the folder's name is the digest
    of its files, so the listing read from the branch must give it again."""
    import hashlib

    from policysite import verify

    for rel, text in (("a.js", "1"), ("a-b/x.js", "2"), ("a/b.js", "3"), ("A.css", "4")):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    listing = {p.relative_to(tmp_path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in tmp_path.rglob("*") if p.is_file()}
    name = assets.files_digest(listing)
    assert name == assets.digest_of(tmp_path)
    tree = {f"assets/{name}/{rel}": ("100644", digest) for rel, digest in listing.items()}
    def shared(listed: dict[str, str], **first) -> list[str]:  # no manifest links the folder here: not said
        return [line for line in verify._shared(tree, {name: listed}, [], lambda blob: blob, **first)
                if "no version links it" not in line]

    assert shared(listing) == []
    forged = {**listing, "a/b.js": hashlib.sha256(b"rewrite the text").hexdigest()}
    tree[f"assets/{name}/a/b.js"] = ("100644", forged["a/b.js"])
    problems = shared(forged, first=lambda _name: listing)
    assert len(problems) == 1 and problems[0].startswith(f"assets/{name}/a/b.js: not the files the folder is named")


def _relinked_by_the_expression(html: str, *, page_dir: str, depth: int, digest: str) -> str:
    """assets.relink as it was written, one regular expression: what the string search must give."""
    import posixpath
    import re

    old = posixpath.relpath(assets.FOLDER, page_dir if page_dir not in ("", ".") else ".") + "/"
    new = "../" * (depth + (0 if page_dir in ("", ".") else page_dir.count("/") + 1)) + f"{assets.FOLDER}/{digest}/"
    return re.compile(r'((?:\b(?:href|src)=|"search":\s*)")' + re.escape(old)).sub(lambda m: m.group(1) + new, html)


def test_a_page_s_links_to_its_theme_files_are_relinked_where_and_only_where_the_expression_relinked_them():
    """assets.relink finds each `"assets/` as a string and reads what stands before it: on pages made of attributes
    (`href=`, `src=`, `data-src=`, `xsrc=`, `HREF=`), the theme's configuration (`"search":` and spaces), word and
    non-word characters and quotes around the theme's folder, it writes what the regular expression wrote."""
    import random

    page = ('<link href="assets/stylesheets/main.css"><script src="assets/javascripts/bundle.js"></script>'
            '<script id="__config">{"search": "assets/javascripts/workers/search.js"}</script>')
    assert assets.relink(page, page_dir=".", depth=2, digest="abc") == (
        '<link href="../../assets/abc/stylesheets/main.css"><script src="../../assets/abc/javascripts/bundle.js">'
        '</script><script id="__config">{"search": "../../assets/abc/javascripts/workers/search.js"}</script>')
    rng = random.Random(28)
    for page_dir, depth in ((".", 2), ("changes", 2), ("side-by-side", 3), ("", 1)):
        old = "assets/" if page_dir in (".", "") else "../assets/"
        pool = ["href=", "src=", "data-src=", "xsrc=", "_href=", "éhref=", "HREF=", '"search":', '"search": \n ',
                '"search":\u2003', '"', old, f'"{old}', "x", " ", "-", "=", ":", "\n", "assets", "/"]
        for _ in range(3000):
            html = "".join(rng.choice(pool) for _ in range(rng.randint(1, 14)))
            assert assets.relink(html, page_dir=page_dir, depth=depth, digest="d1") == _relinked_by_the_expression(
                html, page_dir=page_dir, depth=depth, digest="d1"), repr(html)


THEME_FILES = {"javascripts/own.js": b"// comment\r\nvar  shown = 'md-own--x' ;\r\n",
               "javascripts/bundle.min.js": b"var a='md-used';\n",
               "javascripts/lunr/min/lunr.de.min.js": b"x\n", "javascripts/bundle.min.js.map": b"{}\n",
               "stylesheets/main.min.css": b".md-used{color:red}.md-never{color:blue}\n",
               "stylesheets/own.css": b"/* ours */\n.md-own--x {\n  color: var(--md-c);\n}\n:root{--md-c:red}\n",
               "images/favicon.png": bytes(range(256))}


def _site(folder: Path) -> None:
    for rel, html in (("index.html", '<link href="assets/stylesheets/main.min.css" rel="stylesheet">'
                                     '<p class="md-used">x</p><script src="assets/javascripts/own.js"></script>'),
                      ("changes/index.html", '<img src="../assets/images/favicon.png">')):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(html, encoding="utf-8")
    (folder / "search").mkdir()
    (folder / "search" / "search_index.json").write_text('{"config": {"lang": ["fr"]}, "docs": []}', encoding="utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_theme_files_a_build_did_not_copy_are_shared_as_the_copied_ones_were(tmp_path: Path):
    """A dated version's build no longer copies the theme's files (build.build_language's `theme_files`):
    assets.share reads them from the theme, compacted as compact.site compacts a build's, pruned and trimmed. The
    folder, its digest and the pages' links are those of a build that copied them."""
    from policysite import compact

    theme = tmp_path / "theme"
    for rel, data in THEME_FILES.items():
        (theme / rel).parent.mkdir(parents=True, exist_ok=True)
        (theme / rel).write_bytes(data)
    copied, taken = tmp_path / "copied", tmp_path / "taken"
    for site in (copied, taken):
        _site(site)
    for rel, data in THEME_FILES.items():  # MkDocs' copy, before this change
        (copied / assets.FOLDER / rel).parent.mkdir(parents=True, exist_ok=True)
        (copied / assets.FOLDER / rel).write_bytes(data)
    compact.site(copied)
    compact.site(taken)
    before = assets.share(copied, depth=2, out=tmp_path / "out-copied")
    after = assets.share(taken, depth=2, out=tmp_path / "out-taken",
                         theme_files={rel: theme / rel for rel in THEME_FILES})
    assert before is not None and after is not None
    assert after.digest == before.digest
    shared = _files(after.folder)
    assert shared == _files(before.folder) == dict(after.files)
    assert "javascripts/lunr/min/lunr.de.min.js" not in shared and "javascripts/bundle.min.js.map" not in shared
    assert shared["javascripts/own.js"] == compact.script("// comment\nvar  shown = 'md-own--x' ;\n").encode()
    assert b"md-never" not in shared["stylesheets/main.min.css"] and b"md-used" in shared["stylesheets/main.min.css"]
    assert _files(taken) == _files(copied)
    assert f'href="../../{assets.FOLDER}/{after.digest}/stylesheets/main.min.css"' in (
        taken / "index.html").read_text(encoding="utf-8")
    assert not (taken / assets.FOLDER).exists()


def test_a_dated_versions_build_names_the_theme_files_it_does_not_copy(tmp_path: Path):
    """build._UnusedThemeFiles with a dict: the theme's files under assets/ stay in the build's files (links to them
    resolve) but are not copied; the unused ones are dropped as before; the text's own files are copied."""
    from mkdocs.structure.files import File, Files

    from policysite import build

    theme, docs, site = tmp_path / "theme", tmp_path / "docs", tmp_path / "site"
    for folder, rel in ((theme, "assets/javascripts/bundle.min.js"), (theme, "assets/javascripts/bundle.min.js.map"),
                        (docs, "assets/images/logo.png")):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(b"x")
    files = Files([File("assets/javascripts/bundle.min.js", str(theme), str(site), False),
                   File("assets/javascripts/bundle.min.js.map", str(theme), str(site), False),
                   File("assets/images/logo.png", str(docs), str(site), False)])
    config = SimpleNamespace(docs_dir=str(docs), plugins={})
    taken: dict[str, Path] = {}
    files = build._UnusedThemeFiles(taken).on_files(files, config)
    files.copy_static_files()
    assert taken == {"javascripts/bundle.min.js": theme / "assets/javascripts/bundle.min.js"}
    assert files.get_file_from_path("assets/javascripts/bundle.min.js") is not None
    assert files.get_file_from_path("assets/javascripts/bundle.min.js.map") is None
    assert {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} == {"assets/images/logo.png"}
