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
    assert len(problems) == 1 and problems[0].startswith(f"assets/{name}/a/b.js: not the file(s) the folder is named")


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
