"""One source for a past version's section ids (session 47, histories20): the pages that link into a version published
under an older id rule (its page has `article-3`, today's rules give `s3`) name the ids its manifest records, not those
today's rules derive: the changes page's links into the version before, the history page's link to a section removed
since, the side-by-side page. Synthetic texts of a fictional company, in temporary repositories with fixed identity and
dates."""
from __future__ import annotations

import json
import re
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from policy_repo import Project, new_project
from policysite import anchors, cli, settings as policy_settings

pytestmark = pytest.mark.usefixtures("fixed_git")

FR = ("---\ndate: {date}\n---\n\n# Politique de confidentialité de test\n\n"
      "## 1. Version du document\n\nCe document est daté.\n\n"
      "## 2. Données traitées\n\n{second}\n\n"
      "## 3. Cookies\n\nNous déposons un cookie de session.\n\n"
      "## 4. Vos droits\n\nVous pouvez nous écrire.\n")
EN = ("---\ndate: {date}\n---\n\n# Test privacy policy\n\n"
      "## 1. Document version\n\nThis document is dated.\n\n"
      "## 2. Data processed\n\n{second}\n\n"
      "## 3. Cookies\n\nWe set one session cookie.\n\n"
      "## 4. Your rights\n\nYou may write to us.\n")


def _write(project: Project, date: str, *, second: tuple[str, str], cookies: bool = True) -> None:
    texts = {"fr": FR.format(date=date, second=second[0]), "en": EN.format(date=date, second=second[1])}
    if not cookies:  # §3 removed, §4 renumbered §3
        texts = {"fr": texts["fr"].replace("## 3. Cookies\n\nNous déposons un cookie de session.\n\n", "")
                 .replace("## 4. Vos droits", "## 3. Vos droits"),
                 "en": texts["en"].replace("## 3. Cookies\n\nWe set one session cookie.\n\n", "")
                 .replace("## 4. Your rights", "## 3. Your rights")}
    for lang, text in texts.items():
        (project.root / "docs" / lang / "index.md").write_text(text, encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all(f"policy {date}")


def _older_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ids an older generator's rule gave numbered sections (`article-3`, today's `s3`), on the page and in the
    record alike."""
    real = anchors.own_anchors

    def older(policy, *, source=None):
        found = real(policy, source=source)
        return anchors.Anchors([re.sub(r"^s(\d+)$", r"article-\1", name) for name in found.ids],
                               {index: list(values) for index, values in found.aliases.items()}, set(found.others))

    monkeypatch.setattr(anchors, "own_anchors", older)
    _forget()


def _forget() -> None:
    anchors._own_of_texts.cache_clear()
    with anchors._read_lock:
        anchors._read.clear()


def _ids(html: str) -> set[str]:
    return {node.attributes.get("id") or "" for node in LexborHTMLParser(html).css("[id]")}


def _unlanded(project: Project) -> list[str]:
    """Each link of a page on gh-pages into a version's page whose fragment names no element of that page."""
    public = policy_settings.load(project.root).public_url
    files = set(project.files())
    pages = {path: project.show(path) for path in files if path.endswith(".html")}
    ids: dict[str, set[str]] = {}
    wrong = []
    for path, html in sorted(pages.items()):
        for node in LexborHTMLParser(html).css("a[href]"):
            href = node.attributes.get("href") or ""
            target = urljoin(public + path, href)
            if "#" not in target or not target.startswith(public):
                continue
            where, fragment = target[len(public):].split("#", 1)
            where = urlsplit(where).path
            page = where + "index.html" if where.endswith("/") or not where else where
            if not re.match(r"[^/]+/(?:[^/]+/)?(?:\d{4}-\d{2}-\d{2}|latest)/", page) or page == path \
                    or page not in pages or not fragment:  # (into a version: the compare and at pages' are their JS's)
                continue
            if page not in ids:
                ids[page] = _ids(pages[page])
            if unquote(fragment) not in ids[page]:
                wrong.append(f"{path}: {href} ({page} has no #{unquote(fragment)})")
    return wrong


def test_every_link_into_a_version_published_under_an_older_id_rule_lands_on_an_id_its_page_has(tmp_path,
                                                                                                 monkeypatch):
    """2021-02-17 is published by a generator whose rule named numbered sections `article-N` (its pages and manifest
    say so); 2022-03-01, published today (`sN`), removes §3 Cookies and changes §2. Its changes page linked the version
    before's sections at `#s1`…, the history page linked the removed §3 at `2021-02-17/#s3`: none of which that page
    has. Each link of every page on the branch into a version's page lands on an id that page has, and once every
    version is rebuilt under today's rule too. (The side-by-side pages, checked alike, link into no other version.)"""
    project = new_project(tmp_path / "project")
    with monkeypatch.context() as older:
        _older_rule(older)
        _write(project, "2021-02-17", second=("Nous traitons vos données.", "We process your data."))
        project.history()
    _forget()
    recorded = json.loads(project.show("manifest/2021-02-17.json"))["languages"]
    assert recorded["fr"]["ids"] == ["article-1", "article-2", "article-3", "article-4"], recorded["fr"]
    assert 'id="article-3"' in project.show("fr/2021-02-17/index.html")
    assert 'id="s3"' not in project.show("fr/2021-02-17/index.html")  # (the page of the older rule has none)
    _write(project, "2022-03-01", second=("Nous traitons vos données avec soin.", "We process your data with care."),
           cookies=False)
    project.publish()
    changes = project.show("fr/2022-03-01/changes/index.html")
    assert 'href="../../2021-02-17/#article-2"' in changes and 'href="../../2021-02-17/#article-3"' in changes
    history = project.show("fr/history/index.html")
    assert 'href="../2021-02-17/#article-3"' in history, history
    assert _unlanded(project) == []
    # rebuilt under today's rule, each page keeps the ids the record names (aliases), and every link still lands
    assert project.history(rebuild=True).published == ["2021-02-17", "2022-03-01"]
    for page in ("fr/2021-02-17/index.html", "en/2021-02-17/index.html", "en/2021-02-17/side-by-side/index.html"):
        assert {"article-1", "article-2", "article-3", "article-4", "s3"} <= _ids(project.show(page)), page
    assert _unlanded(project) == []

