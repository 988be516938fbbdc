"""The theme's files served once: versions built with the same theme link one shared folder; a version
built with another theme keeps its own; `policy verify` accounts for every file; `--rebuild` converts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import policy_process
from policy_repo import copy_of, new_project
from policysite import export_site

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-05-10"


def linked(html: str) -> set[str]:
    """The shared folders a page links."""
    return set(re.findall(r'(?:href|src)="(?:\.\./)+assets/([0-9a-f]{16})/', html))


def requested(html: str, page: Path) -> list[Path]:
    """The files a page loads (stylesheets, scripts, icons), resolved from where the page is."""
    urls = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"#?]+\.(?:js|css|svg))"', html)
    return [(page.parent / url).resolve() for url in urls if not url.startswith(("http:", "https:", "//"))]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = new_project(tmp_path_factory.mktemp("shared") / "site")
    project.commit(V1)
    project.commit(V2, fr="Nous traitons vos données avec le plus grand soin.",
                   en="We process your data with the greatest care.")
    assert project.run("history", "-j", "1").returncode == 0
    # The theme changes (one rule of a stylesheet; a comment alone is not published, nor a rule for a class no
    # page has): the next version is built with other theme files.
    css = project.root / "overrides/assets/stylesheets/policy.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.md-typeset mark { color: inherit; }\n", encoding="utf-8")
    project.commit(V3, fr="Nous traitons vos données avec soin, et vous en informons.",
                   en="We process your data with care, and tell you so.")
    assert project.run("history", "-j", "1").returncode == 0
    return project


def test_versions_of_one_theme_share_its_files_and_another_theme_has_its_own(site):
    files = site.files()
    assert not [f for f in files if re.match(r"(fr|en)/\d{4}-\d{2}-\d{2}/assets/", f)]
    first = {lang: linked(site.show(f"{lang}/{V1}/index.html")) for lang in ("fr", "en")}
    assert first == {lang: linked(site.show(f"{lang}/{V2}/index.html")) for lang in ("fr", "en")}
    third = {lang: linked(site.show(f"{lang}/{V3}/index.html")) for lang in ("fr", "en")}
    assert all(len(v) == 1 for v in first.values()) and first["fr"] != third["fr"]
    assert linked(site.show(f"fr/{V3}/changes/index.html")) == third["fr"]
    digests = {f.split("/")[1] for f in files if f.startswith("assets/")}
    assert digests == set().union(*first.values(), *third.values())
    assert all(f"manifest/assets/{d}.json" in files for d in digests)
    # Only what is requested: no source maps, no search language the site does not use.
    shared = [f for f in files if f.startswith("assets/")]
    assert not [f for f in shared if f.endswith(".map")]
    lunr = {f.rsplit("/", 1)[1] for f in shared if "/lunr/" in f}
    # Nor the theme's rules no page can match (content tabs, blog posts, a bug's admonition and its icon), while
    # the header's are kept, and the admonition's that the notice of an upcoming version is drawn with.
    main = [site.show(f) for f in shared if re.search(r"stylesheets/main\.[0-9a-f]+\.min\.css$", f)]
    assert main and all(".md-search__inner" in css and ".md-typeset .admonition" in css for css in main)
    assert not [css for css in main if ".tabbed-set" in css or ".md-post" in css or ".admonition.bug" in css
                or "--md-admonition-icon--bug" in css]
    assert lunr <= {"lunr.fr.min.js", "lunr.stemmer.support.min.js", "lunr.multi.min.js"} and "lunr.fr.min.js" in lunr
    # The history, compare and at pages of a language search nothing: their theme files hold no search language.
    archive_theme = [f for f in files if re.match(r"(fr|en)/assets/", f)]
    assert archive_theme and not [f for f in archive_theme if f.endswith(".map") or "/lunr/" in f]


def test_every_version_finds_its_theme_files_as_served_and_verify_accounts_for_them(site, tmp_path):
    public = export_site.export(root=site.root, branch="gh-pages", site_dir=tmp_path / "public")
    for lang in ("fr", "en"):
        for page in (f"{lang}/{V1}/index.html", f"{lang}/{V3}/index.html", f"{lang}/{V3}/changes/index.html",
                     f"{lang}/latest/index.html", f"{lang}/history/index.html", f"{lang}/compare/index.html",
                     f"{lang}/at/index.html"):
            path = public / page
            wanted = requested(path.read_text(encoding="utf-8"), path)
            assert wanted and all(p.is_file() for p in wanted), [str(p) for p in wanted if not p.is_file()]
    result = site.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr


def test_verify_names_a_shared_file_changed_on_the_branch(site, tmp_path):
    from helpers import git

    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--branch", "main", str(site.root), str(clone))
    git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")
    git(clone, "checkout", "-q", "gh-pages")
    target = next(p for p in sorted((clone / "assets").rglob("*.css")))
    target.write_text("body{display:none}", encoding="utf-8")
    git(clone, "commit", "-qam", "tamper")
    git(clone, "checkout", "-q", "main")
    result = policy_process(["--root", str(clone), "verify"])
    assert result.returncode == 1
    assert f"{target.relative_to(clone).as_posix()}: changed" in result.stdout


def test_rebuild_puts_every_version_on_todays_theme_and_drops_unused_theme_folders(site, tmp_path):
    site = copy_of(site, tmp_path / "site")  # the module's site keeps its two themes for the other tests, in any order
    pages_before = {f for f in site.files() if re.fullmatch(r"(fr|en)/[^/]+/(changes/)?index\.html|(fr|en)/[^/]+\.(json|xml)", f)}
    before = {f.split("/")[1] for f in site.files() if f.startswith("assets/")}
    result = site.run("history", "--rebuild", "-j", "1")
    assert result.returncode == 0, result.stderr
    after = {f.split("/")[1] for f in site.files() if f.startswith("assets/")}
    now = linked(site.show(f"fr/{V1}/index.html"))
    assert now == linked(site.show(f"fr/{V3}/index.html")) and now <= after < before | after
    assert len(after) < len(before)
    assert pages_before <= set(site.files())  # every URL of a page still lands
    assert "removed 2 shared theme folders no version links any more" in result.stdout  # fr and en
    assert site.run("verify").returncode == 0
