"""Adopting the generator as a new company would: `policy init`, `policy import` of earlier texts in
Markdown, HTML and Word, then check, history and export. Synthetic texts of a fictional company."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import docx_file, git, kinds_read
from policysite import cli

# An unnumbered policy as another site published it: setext headings, a table of contents written for that
# site's ids, a bold "last updated" line, a script link and an image from another host.
FIRST_MD = """\
---
title: Example Ltd privacy notice
redirect_from: /privacy
---

Example Ltd privacy notice
==========================

**Last updated: January 10, 2023**

Contents: [Who we are](#who-we-are), [What we collect](#2-what-we-collect), [Your rights](#your-rights).

Who we are
----------

Example Ltd is a fictional company that sells garden tools. [Cookie settings](javascript:openCookies()).

What we collect
---------------

We collect your name and your postal address when you order.

![Our office](https://cdn.example.net/office.png)

#### Your rights

You may ask us for a copy of your data at any time.
"""

HTML = """\
<!DOCTYPE html><html lang="en"><head><title>Privacy | Example Ltd</title>
<script src="https://tracker.example.net/t.js"></script></head>
<body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main>
<h1>Example Ltd privacy notice</h1>
<p><strong>Last updated: June 1, 2023</strong></p>
<p>Contents: <a href="#who">Who we are</a>, <a href="#collect">What we collect</a>,
<a href="#keep">How long we keep it</a>, <a href="#rights">Your rights</a>.</p>
<h2 id="who">Who we are</h2>
<p>Example Ltd is a fictional company that sells garden tools.</p>
<h2 id="collect">What we collect</h2>
<p>We collect your name and your postal address when you order.</p>
<h2 id="keep">How long we keep it</h2>
<p>We keep orders for six years, as the law requires.</p>
<h2 id="rights">Your rights</h2>
<p>You may ask us for a copy of your data at any time.</p>
</main>
<footer><p>© Example Ltd</p></footer>
</body></html>
"""

DOCX = [
    ("heading 1", "Example Ltd privacy notice"),
    (None, "Last updated: February 1, 2024"),
    ("heading 2", "Who we are"),
    (None, "Example Ltd is a fictional company that sells garden tools and seeds."),
    ("heading 2", "What we collect"),
    (None, "We collect your name and your postal address when you order."),
    ("heading 2", "How long we keep it"),
    (None, "We keep orders for six years, as the law requires."),
    ("heading 2", "Your rights"),
    (None, "You may ask us for a copy of your data at any time."),
]


pytestmark = pytest.mark.usefixtures("fixed_git")


def policy(*args: str) -> int:
    return cli.main(list(args))


def sources(folder: Path) -> Path:
    """Four dated files in three formats; the second is the first again (a republication, no change)."""
    folder.mkdir()
    (folder / "privacy-2023-01-10.md").write_text(FIRST_MD, encoding="utf-8")
    (folder / "privacy-2023-03-01.md").write_text(FIRST_MD, encoding="utf-8")
    (folder / "privacy_2023-06-01.html").write_text(HTML, encoding="utf-8")
    docx_file(folder / "privacy 2024-02-01.docx", DOCX)
    return folder


def landing(page: str) -> list[str]:
    """Each in-page link of a built page's article whose target the page does not have."""
    tree = LexborHTMLParser(page)
    ids = {node.attributes.get("id") for node in tree.css("[id]")}
    article = tree.css_first("article")
    return [href for node in article.css("a[href^='#']") if (href := node.attributes.get("href") or "")
            and unquote(href[1:]) not in ids and href not in ("#", "#top")]


def test_one_language_adoption_imports_three_formats_and_publishes_every_distinct_text(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    capsys.readouterr()
    folder = sources(tmp_path / "archive")

    assert policy("--root", str(site), "import", "--lang", "en", str(folder)) == 0
    out = capsys.readouterr().out
    assert "privacy-2023-03-01.md: the same text as the version before it: skipped" in out
    assert re.search(r"privacy-2023-01-10\.md: committed .* \([0-9a-f]{7}\)", out)
    assert "javascript:" in out and "cdn.example.net/office.png" in out  # what it changed, said per file
    assert "recorded 3 changes in the site's history" in out
    log = git(site, "log", "--format=%ad %s", "--date=short").splitlines()
    assert [line.split()[0] for line in log[:3]] == ["2024-02-01", "2023-06-01", "2023-01-10"]
    first = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert first.startswith("---\ndate: 2024-02-01\n")
    old = git(site, "show", "HEAD~2:docs/en/index.md")
    assert old.startswith('---\ndate: 2023-01-10\ntitle: "Example Ltd privacy notice"\n---\n')
    assert "redirect_from" not in old and "javascript:" not in old and "[Cookie settings]" not in old
    assert "Cookie settings" in old and "https://cdn.example.net/office.png" in old and "![" not in old
    assert (site / "imported.yml").read_text(encoding="utf-8").count("sha256:") == 3

    # Twice: nothing more.
    assert policy("--root", str(site), "import", "--lang", "en", str(folder)) == 0
    assert "nothing new recorded in the site's history" in capsys.readouterr().out
    assert len(git(site, "log", "--format=%h").splitlines()) == 4

    # Checked: the spelling of texts already public is a warning, not a stop.
    assert policy("--root", str(site), "check") == 0
    capsys.readouterr()
    assert policy("--root", str(site), "history", "-j", "1") == 0
    out = capsys.readouterr().out
    assert "published 3 dated versions on gh-pages: 2023-01-10, 2023-06-01, 2024-02-01" in out
    assert policy("--root", str(site), "export", "--site-dir", str(site / "public")) == 0
    for version in ("2023-01-10", "2023-06-01", "2024-02-01"):
        page = (site / "public/en" / version / "index.html").read_text(encoding="utf-8")
        assert landing(page) == [], version
        assert "We collect your name and your postal address when you order." in page
        assert not re.search(r"""<(?:img|script|iframe)[^>]+src=["']?(?:https?:)?//""", page), version
        assert not re.search(r"""<link[^>]+rel="(?:stylesheet|icon|preload|modulepreload)"[^>]+href="(?:https?:)?//""",
                             page), version
    first_page = (site / "public/en/2023-01-10/index.html").read_text(encoding="utf-8")
    # The table of contents written for another site's ids lands: #2-what-we-collect is an id of its heading.
    assert 'id="2-what-we-collect"' in first_page and 'href="#2-what-we-collect"' in first_page
    changes = (site / "public/en/2023-06-01/changes/index.html").read_text(encoding="utf-8")
    assert "How long we keep it" in changes


def test_two_languages_each_translation_beside_the_version_it_translates(tmp_path, capsys):
    site = tmp_path / "exemple"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr,en") == 0
    fr, en = tmp_path / "fr", tmp_path / "en"
    fr.mkdir()
    en.mkdir()
    for date, extra in (("2023-01-10", ""), ("2023-06-01", "\n## Durée de conservation\n\nSix ans.\n")):
        (fr / f"politique-{date}.md").write_text(
            f"# Politique de confidentialité\n\n## Qui sommes-nous\n\nExample Ltd vend des outils.\n\n"
            f"## Vos droits\n\nÉcrivez-nous.\n{extra}", encoding="utf-8")
    for date, extra in (("2023-01-12", ""), ("2023-06-01", "\n## How long we keep it\n\nSix years.\n")):
        (en / f"policy-{date}.md").write_text(
            f"# Privacy policy\n\n## Who we are\n\nExample Ltd sells tools.\n\n## Your rights\n\nWrite to us.\n{extra}",
            encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "en", str(en)) == 1
    assert "import the authoritative language (French) first" in capsys.readouterr().err
    assert policy("--root", str(site), "import", "--lang", "fr", str(fr)) == 0
    assert policy("--root", str(site), "import", "--lang", "en", str(en)) == 0
    out = capsys.readouterr().out
    # The translation record, in the commit of the version whose French text has its date; the other one said
    # (newco2: the first `policy check` after an import gave `sync.record-missing` until the team ran sync-mark).
    assert "docs/en/.translated-from.yml: recorded in the same commit: the English text of June 1, 2023 translates the French " \
           "text of the same date" in out
    assert "docs/en/.translated-from.yml: not recorded for January 10, 2023: policy-2023-01-12.md is dated January 12, 2023" in out
    assert git(site, "log", "-1", "--format=%s", "--", "docs/en/.translated-from.yml").strip() == \
        "Import du texte en anglais de la version 2023-06-01"
    assert policy("--root", str(site), "import", "--lang", "en", str(en)) == 0
    assert "nothing new" in capsys.readouterr().out
    # The working tree holds the newest version in both languages, dated alike.
    assert (site / "docs/en/index.md").read_text(encoding="utf-8").startswith("---\ndate: 2023-06-01\n")
    assert "Six years." in (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert policy("--root", str(site), "check") == 0
    assert "sync." not in capsys.readouterr().out  # in line: no record missing, no section outdated
    assert policy("--root", str(site), "history", "-j", "1") == 0
    assert "published 2 dated versions on gh-pages: 2023-01-10, 2023-06-01" in capsys.readouterr().out
    assert "Example Ltd sells tools." in git(site, "show", "gh-pages:en/2023-01-10/index.html")
    page = git(site, "show", "gh-pages:en/2023-06-01/index.html")
    # Headings without numbers, matched by position: the English page has the French ids, and its own.
    assert '<h2 id="durée-de-conservation">' in page and 'id="how-long-we-keep-it"' in page
    assert landing(page) == []


def test_a_translation_put_online_after_the_version_it_translates_is_said(tmp_path, capsys):
    """History 25: an English text dated 12 January, committed as the page of the French version of 10 January, was
    said as any other ("committed the English text of 2023-01-10"), though the old site showed it two days later only."""
    site = tmp_path / "exemple"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr,en") == 0
    (tmp_path / "fr").mkdir()
    (tmp_path / "en").mkdir()
    for date in ("2023-01-10", "2023-06-01"):
        (tmp_path / "fr" / f"politique-{date}.md").write_text(
            f"# Politique de confidentialité\n\n## Qui sommes-nous\n\nExample Ltd vend des outils ({date}).\n",
            encoding="utf-8")
    (tmp_path / "en/policy-2023-01-12.md").write_text(
        "# Privacy policy\n\n## Who we are\n\nExample Ltd sells tools (2023-01-10).\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "fr", str(tmp_path / "fr")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "en")) == 0
    assert ("policy-2023-01-12.md: dated January 12, 2023, after January 10, 2023, the version it translates: committed as its "
            "English page, published from January 10, 2023, though the old site showed it from January 12, 2023 only (the French text "
            "prevails)") in capsys.readouterr().out


def test_a_translation_imported_before_the_text_it_translates_is_said_and_moved_by_the_next_import(tmp_path, capsys):
    """en dated 2021-06-01 imported while the newest fr version is 2021-01-01 becomes that version's page, and
    the import says so; once fr 2021-06-01 is imported, importing en again moves it there."""
    site = tmp_path / "exemple"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr,en") == 0
    texts = {"fr-2021-01-01": "Nous gardons les journaux 30 jours.", "fr-2021-06-01": "Nous gardons les journaux 14 jours.",
             "en-2021-06-01": "We keep logs for 14 days."}
    for name, sentence in texts.items():
        title = "Politique" if name.startswith("fr") else "Policy"
        (tmp_path / f"{name}.md").write_text(f"# {title}\n\n## 1. Logs\n\n{sentence}\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "fr", str(tmp_path / "fr-2021-01-01.md")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "en-2021-06-01.md")) == 0
    assert ("en-2021-06-01.md: dated June 1, 2021, after the newest French version, January 1, 2021: committed as its English page"
            in capsys.readouterr().out)
    assert policy("--root", str(site), "import", "--lang", "fr", str(tmp_path / "fr-2021-06-01.md")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "en-2021-06-01.md")) == 0
    out = capsys.readouterr().out
    assert "2021-01-01: the English page an earlier import gave it (en-2021-06-01.md) translates a later text" in out
    commits = git(site, "log", "--format=%H %s").splitlines()
    january = next(line.split()[0] for line in commits if "2021-01-01 n'a pas de page en anglais" in line)
    assert "docs/en/index.md" not in git(site, "ls-tree", "-r", "--name-only", january).split()
    assert "30 jours" in git(site, "show", f"{january}:docs/fr/index.md")
    assert "14 days" in (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert (site / "docs/en/index.md").read_text(encoding="utf-8").startswith("---\ndate: 2021-06-01\n")
    # Again: nothing more.
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "en-2021-06-01.md")) == 0
    assert "nothing new" in capsys.readouterr().out


def test_a_translation_dated_before_the_first_version_it_could_translate_is_named(tmp_path, capsys):
    """Adoption hunt 15: en 2023-12-01 beside en 2024-01-12, fr from 2024-01-10: the first was left out unsaid."""
    site = tmp_path / "exemple"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr,en") == 0
    for name, title, sentence in (("fr-2024-01-10", "Politique", "Nous gardons les journaux 30 jours."),
                                  ("en-2023-12-01", "Policy", "We keep logs for 60 days."),
                                  ("en-2024-01-12", "Policy", "We keep logs for 30 days.")):
        (tmp_path / name[:2]).mkdir(exist_ok=True)
        (tmp_path / name[:2] / f"{name}.md").write_text(f"# {title}\n\n## 1. Logs\n\n{sentence}\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "fr", str(tmp_path / "fr")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "en")) == 0
    out = capsys.readouterr().out
    assert "en-2023-12-01.md: dated before January 10, 2024, replaced by en-2024-01-12.md before the next version: " \
           "not kept" in out
    assert "30 days" in (site / "docs/en/index.md").read_text(encoding="utf-8")


def test_an_import_that_refuses_a_file_fails_and_says_which(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    for date in ("2021-06-01", "2021-01-01"):
        (tmp_path / f"privacy-{date}.md").write_text(f"# Policy\n\n## 1. Logs\n\nText of {date}.\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md")) == 1
    captured = capsys.readouterr()
    assert "privacy-2021-01-01.md: not imported: January 1, 2021 is before the newest version committed" in captured.out
    assert "error: 1 file not imported, each said above: privacy-2021-01-01.md" in captured.err


@pytest.mark.parametrize(("name", "languages"), [("imported.yml", "en"), ("docs/en/.words.txt", "en"),
                                                 ("docs/en/index.md", "en"), ("docs/en/.translated-from.yml", "fr,en")])
def test_a_record_or_word_list_that_is_a_symbolic_link_is_refused_naming_it(tmp_path, capsys, name, languages):
    """Security hunt 30: imported.yml linked to a file outside the project ended the import with Python's own words
    ("… is not in the subpath of …"). A translation's record, which its import writes (newco2), is refused alike."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", languages) == 0
    outside = tmp_path / "outside.txt"
    outside.write_text("kept\n", encoding="utf-8")
    (site / name).unlink(missing_ok=True)
    (site / name).symlink_to(outside)
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "link")
    (tmp_path / "privacy-2021-06-01.md").write_text("# Policy\n\n## 1. Logs\n\nText.\n", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md")) == 1
    assert f"error: {name}: a symbolic link (or in one): import writes the project's own" in capsys.readouterr().err
    assert outside.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_symbolic_link_in_an_archive_folder_is_refused_and_nothing_is_read_through_it(tmp_path, capsys, kind):
    """Safety hunt 22: an archive received (a zip keeps links) holding `privacy-2021-06-01.md -> ~/.aws/credentials`:
    `policy import` read the file it points to and committed its words, the key, as the 2021-06-01 text (in the
    project's history for good, pushed with it); a linked folder was passed over without a word."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    secret = tmp_path / "home" / "credentials"
    secret.parent.mkdir()
    secret.write_text("aws_secret_access_key = EXAMPLEKEYNOTREAL\n", encoding="utf-8")
    (secret.parent / "privacy-2021-09-01.md").write_text("# Policy\n\n## 1. Logs\n\nOutside.\n", encoding="utf-8")
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2021-01-01.md").write_text("# Policy\n\n## 1. Logs\n\nText.\n", encoding="utf-8")
    link = archive / ("privacy-2021-06-01.md" if kind == "file" else "later")
    link.symlink_to(secret if kind == "file" else secret.parent)
    head = git(site, "rev-parse", "HEAD")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(archive)) == 2  # (a source refused: cli._exit_codes)
    captured = capsys.readouterr()
    assert f"error: {link}: a symbolic link (to {link.readlink()}): import reads the files of the folders it is " \
           "given, never what a link inside them points to" in captured.err, captured.err
    assert git(site, "rev-parse", "HEAD") == head and git(site, "status", "--porcelain") == ""
    # named on the command line, a link is the user's choice
    assert policy("--root", str(site), "import", "--lang", "en", str(archive / "privacy-2021-01-01.md")) == 0


def test_a_file_with_no_text_is_refused_and_nothing_is_committed(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    head = git(site, "rev-parse", "HEAD")
    (tmp_path / "privacy-2021-06-01.md").write_text("# Policy\n\n## 1. Logs\n\nText.\n", encoding="utf-8")
    (tmp_path / "privacy-2021-09-01.htm").write_text("<html><body><img src=policy.png></body></html>", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md"),
                  str(tmp_path / "privacy-2021-09-01.htm")) == 2  # bad input, as a broken .docx (leads44)
    assert "error: privacy-2021-09-01.htm: no text in it" in capsys.readouterr().err
    assert git(site, "rev-parse", "HEAD") == head


@pytest.mark.parametrize(("service", "mount"), [
    ("Termly", '<div name="termly-embed" data-id="3f2a1b9c-0000-4000-8000-000000000000" data-type="iframe"></div>'
               '<script>(function(d,s,id){var js=d.createElement(s);js.id=id;js.src="https://app.termly.io/embed-'
               'policy.min.js";d.body.appendChild(js)}(document,"script","termly-jssdk"));</script>'),
    ("OneTrust", '<div id="otnotice-0a1b2c3d-4e5f-6789-abcd-ef0123456789" class="otnotice"></div><script>OneTrust.'
                 'NoticeApi.Initialized.then(function(){OneTrust.NoticeApi.LoadNotices(["https://privacyportal-cdn.'
                 'onetrust.com/storage/notices/x/privacy.json"])});</script>'),
    ("Cookiebot", '<script id="CookieDeclaration" src="https://consent.cookiebot.com/0000/cd.js" async></script>'),
])
def test_a_page_whose_text_a_services_script_writes_in_is_refused_naming_it(tmp_path, capsys, service, mount):
    """Adoption 11 of session 34: a page saved before Termly's or OneTrust's script wrote the policy into its empty
    `<div>` was imported as a version holding its title (and its date line) alone: a published policy of no words. It
    is refused naming the service and what to save instead, nothing committed; the same page saved once the script
    ran (the text inside the element) is imported."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    head = git(site, "rev-parse", "HEAD")
    page = tmp_path / "privacy-2024-02-01.html"
    page.write_text(f"<html><body><main><h1>Privacy Policy</h1><p>Last updated: February 1, 2024</p>{mount}</main>"
                    "</body></html>", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(page)) == 2  # bad input (leads44)
    err = capsys.readouterr().err
    assert f"privacy-2024-02-01.html: no text but its title (“Privacy Policy”): the page's text is one {service} " \
        "writes into it by script when it is opened, which the saved page does not hold" in err, err
    assert git(site, "rev-parse", "HEAD") == head
    if service != "Cookiebot":
        page.write_text(page.read_text(encoding="utf-8").replace("></div>", "><h2>1. Who we are</h2><p>Example Ltd."
                                                                            "</p></div>", 1), encoding="utf-8")
        assert policy("--root", str(site), "import", "--lang", "en", str(page)) == 0
        assert "## 1. Who we are" in (site / "docs/en/index.md").read_text(encoding="utf-8")


def test_an_import_finding_no_dated_text_says_first_why_each_file_was_left_out(tmp_path, capsys):
    """Adoption hunt 44: the archive as the legal team sent it, `policies.zip` (or a folder of PDFs), gave "no dated
    text found: file names must hold the date …" alone, though the zip's versions are well named: each file left out
    is said. (A zip, in a folder or named, is read as the folder it holds: test_import_zip.)"""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "sent").mkdir()
    (tmp_path / "sent/overview.key").write_text("x", encoding="utf-8")
    (tmp_path / "notes.docx.bak").write_text("x", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "sent"),
                  str(tmp_path / "notes.docx.bak")) == 1
    said = capsys.readouterr()
    assert f"{tmp_path / 'sent/overview.key'}: skipped: not a kind of file import reads ({kinds_read()})" in said.out
    assert f"{tmp_path / 'notes.docx.bak'}: skipped: not a kind of file import reads ({kinds_read()})" in said.out
    assert "no dated text found" in said.err


def test_a_commit_refused_midway_takes_the_import_back_and_says_so_in_a_line(tmp_path, capsys):
    """History hunt 20, finding 4: a commit-msg hook refusing the second commit left the imported text staged in
    docs/ (a later `git commit -a` would have published it) and an error of four lines repeating git's command."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    head = git(site, "rev-parse", "HEAD")
    for date in ("2021-01-01", "2021-06-01"):
        (tmp_path / f"privacy-{date}.md").write_text(f"# Policy\n\n## 1. Logs\n\nText of {date}.\n", encoding="utf-8")
    hook = site / ".git" / "hooks" / "commit-msg"
    hook.write_text('#!/bin/sh\ngrep -q 2021-06-01 "$1" && { echo "commit-msg: no ticket number" >&2; exit 1; }\n'
                    "exit 0\n", encoding="utf-8")
    hook.chmod(0o755)
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md"),
                  str(tmp_path / "privacy-2021-06-01.md")) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "privacy-2021-06-01.md: git refused the commit" in said and \
        "no ticket number; nothing imported" in said, said
    assert git(site, "rev-parse", "HEAD") == head and git(site, "status", "--porcelain") == ""


def test_an_import_that_cannot_be_taken_back_says_so_with_its_own_error(tmp_path, capsys, monkeypatch):
    """On a full disk git could not write its index to take the import back either: the command said only that
    put-back's git error (`git rm -q --cached …: index.lock write error`), leaving the text staged without a word of
    it (history hunt 27). The file goes first now (its space freed), and a put-back that fails is said."""
    from policysite import git as policy_git

    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    for date in ("2021-01-01", "2021-06-01"):
        (tmp_path / f"privacy-{date}.md").write_text(f"# Policy\n\n## 1. Logs\n\nText of {date}.\n", encoding="utf-8")
    hook = site / ".git" / "hooks" / "commit-msg"
    hook.write_text('#!/bin/sh\ngrep -q 2021-06-01 "$1" && exit 1\nexit 0\n', encoding="utf-8")
    hook.chmod(0o755)
    real = policy_git.run

    def full(repo, *args):
        if args[:1] in (("rm",), ("checkout",)):
            assert args[0] == "checkout" or not (site / args[-1]).exists()  # the file gone first: its space freed
            raise policy_git.GitError("git rm: fatal: sha1 file '.git/index.lock' write error. Out of diskspace")
        return real(repo, *args)

    monkeypatch.setattr(policy_git, "run", full)
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md"),
                  str(tmp_path / "privacy-2021-06-01.md")) == 1
    said = capsys.readouterr().err
    assert "privacy-2021-06-01.md: git refused the commit" in said and "putting back what it wrote failed too" in \
        said and "`git status` shows what is left of it (docs/en/index.md, imported.yml" in said, said


def test_an_import_git_cannot_stage_leaves_no_file_of_it_behind(tmp_path, capsys):
    """History hunt 40: with a stale .git/index.lock (a git process that crashed), the import failed at `git add`,
    took back docs/en/index.md, then stopped at git's refusal to unstage it: imported.yml stayed, and the import run
    again once the lock was gone was refused for it ("uncommitted changes to imported.yml")."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "privacy-2021-01-01.md").write_text("# Policy\n\n## 1. Logs\n\nText.\n", encoding="utf-8")
    (site / ".git" / "index.lock").write_text("", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md")) == 1
    said = capsys.readouterr().err
    assert "index.lock': File exists" in said and "putting back" not in said, said
    (site / ".git" / "index.lock").unlink()
    assert git(site, "status", "--porcelain") == ""
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md")) == 0


def test_a_commit_refused_on_a_branch_with_no_commit_yet_leaves_it_with_none(tmp_path, capsys):
    """History hunt 21, finding 5: on an unborn branch the failed import kept its first commit and the text staged."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    git(site, "update-ref", "-d", "refs/heads/main")  # the site's files, staged, and no commit yet
    for date in ("2021-01-01", "2021-06-01"):
        (tmp_path / f"privacy-{date}.md").write_text(f"# Policy\n\n## 1. Logs\n\nText of {date}.\n", encoding="utf-8")
    hook = site / ".git" / "hooks" / "commit-msg"
    hook.write_text('#!/bin/sh\ngrep -q 2021-06-01 "$1" && exit 1\nexit 0\n', encoding="utf-8")
    hook.chmod(0o755)
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-01-01.md"),
                  str(tmp_path / "privacy-2021-06-01.md")) == 1
    assert "nothing imported" in capsys.readouterr().err
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=site).returncode != 0
    assert not (site / "docs" / "en" / "index.md").exists()


def test_a_text_dated_after_today_is_imported_with_what_the_checks_will_ask(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "privacy-2099-01-01.md").write_text("# Policy\n\n## 1. Logs\n\nLater.\n", encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2099-01-01.md")) == 0
    assert "privacy-2099-01-01.md: dated January 1, 2099, after today" in capsys.readouterr().out


def test_a_renumbered_sections_old_anchor_lands_on_it_and_an_unnumbered_policy_has_a_redline(tmp_path, capsys):
    from helpers import one_language_project, synthetic_policy

    site = one_language_project(tmp_path / "example")
    git(site, "init", "-q", "-b", "main")
    page = site / "docs/en/index.md"
    three = ("## 1. First section\n\nAlpha paragraph one.\n\n## 2. Second section\n\nBravo paragraph.\n\n"
             "## 3. Third section\n\nCharlie paragraph, see [the first](#s1).\n")
    page.write_text(synthetic_policy("2024-01-10", sections=three), encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "v1", date="2024-01-10T12:00:00+00:00")
    # §2 removed: §3 becomes §2, and #s3 no longer names any section of the new text.
    page.write_text(synthetic_policy("2024-03-01", sections=three.replace(
        "## 2. Second section\n\nBravo paragraph.\n\n## 3.", "## 2.")), encoding="utf-8")
    git(site, "commit", "-q", "-am", "v2", date="2024-03-01T12:00:00+00:00")
    # Then a text without any numbered heading.
    page.write_text(synthetic_policy("2024-06-01", sections=(
        "## First section\n\nAlpha paragraph one, changed.\n\n## Third section\n\nCharlie paragraph, "
        "see [the first](#first-section).\n")), encoding="utf-8")
    git(site, "commit", "-q", "-am", "v3", date="2024-06-01T12:00:00+00:00")
    assert policy("--root", str(site), "history", "-j", "1") == 0
    capsys.readouterr()
    second = git(site, "show", "gh-pages:en/2024-03-01/index.html")
    # and each id it had, dated with the last version that had it (the version selector's, reader hunt 44)
    # (then the dated ids its links name it by for good, anchors.since_ids: reader16; §2's from the version after the
    # removal of the §2 of 2024-01-10, whose dated id names no section now, in no heading: reader19)
    # (and its title's slug, which links from other sites name it by: reader23)
    assert re.search(r'<h2 id="s2"><span class="policy-alias" id="s3"></span>'
                     r'<span class="policy-alias" id="third-section"></span>'
                     r'<span class="policy-alias" id="2024-01-10.s3"></span>'
                     r'<span class="policy-since" id="2024-03-01.s2"></span>2\. Third section', second)
    assert re.search(r'</h1>(<p class="policy-updated">.*?</p>)?'
                     r'<span class="policy-alias" data-policy-removed="2024-01-10.s2"></span>\s*<h2 id="s1">', second)
    third = git(site, "show", "gh-pages:en/2024-06-01/index.html")
    # Unnumbered: slugs, and the anchors of the version before still land on the same sections.
    assert re.search(r'<h2 id="first-section"><span class="policy-alias" id="s1"></span>'
                     r'<span class="policy-alias" id="2024-03-01.s1"></span><span class="policy-since" id="2024-01-10.s1">'
                     r'</span><span class="policy-since" id="2024-01-10.first-section"></span>First section', third)
    assert re.search(r'<h2 id="third-section"><span class="policy-alias" id="s2"></span>'
                     r'<span class="policy-alias" id="s3"></span><span class="policy-alias" id="2024-01-10.s3"></span>'
                     r'<span class="policy-alias" id="2024-03-01.s2"></span>'
                     r'<span class="policy-since" id="2024-01-10.third-section"></span>Third section', third)
    assert landing(third) == []
    changes = git(site, "show", "gh-pages:en/2024-06-01/changes/index.html")
    assert "changed" in changes and "First section" in changes
    assert policy("--root", str(site), "verify") == 0


def test_control_characters_of_an_old_text_are_removed_and_said(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "privacy-2021-06-01.md").write_text("# Policy\n\n## 1. Logs\n\nKept\x0c one year.\x1b\n",
                                                    encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md")) == 0
    assert "removed control characters" in capsys.readouterr().out
    page = (site / "docs" / "en" / "index.md").read_text(encoding="utf-8")
    assert "Kept one year." in page and "\x0c" not in page and "\x1b" not in page


def test_a_page_that_says_it_is_in_another_language_is_said(tmp_path, capsys):
    """Adoption hunt 26: a German page (`<html lang="de">`) imported as the English text was committed without a
    word (only a spelling warning, later, said anything); an `en-GB` page, or `nb` for `no`, says nothing."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2021-06-01.html").write_text(
        '<html lang="de"><body><h1>Datenschutz</h1><h2>1. Wer wir sind</h2><p>Example Ltd.</p></body></html>',
        encoding="utf-8")
    (archive / "privacy-2022-06-01.html").write_text(
        '<html lang="en-GB"><body><h1>Privacy</h1><h2>1. Who we are</h2><p>Example Ltd.</p></body></html>',
        encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "en", str(archive)) == 0
    out = capsys.readouterr().out
    assert out.count("the page says it is written in") == 1, out
    assert "the page says it is written in German (its lang attribute, “de”), and is imported as the English text: if " \
           "it is the German text, import it with --lang de" in out


def test_the_words_of_the_imported_text_the_dictionary_lacks_are_listed_so_its_first_edit_passes(tmp_path, capsys):
    """Adoption hunt 13 (f_italian_spelling, f_ptbr_spelling): a real policy's first edit, its date only, was refused
    by hundreds of its own words the dictionary lacks (the imported text's were warnings, the edit's errors)."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "privacy-2023-01-10.md").write_text(
        "# Privacy policy\n\n## 1. Who we are\n\nExample Ltd sells Zorblaxian tools through Quuxly and Zorblaxian "
        "resellers.\n\n## 2. Your rights\n\nWrite to us; we answer frobnicated requests too.\n", encoding="utf-8")
    capsys.readouterr()
    (site / "notes.txt").write_text("the team's own notes\n", encoding="utf-8")
    git(site, "add", "notes.txt")  # staged by the team: import commits its own files only (hunt 14)
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2023-01-10.md")) == 0
    out = capsys.readouterr().out
    assert git(site, "status", "--porcelain") == "A  notes.txt\n"
    assert "notes.txt" not in git(site, "log", "--name-only", "--format=")
    git(site, "rm", "-q", "--cached", "notes.txt")
    (site / "notes.txt").unlink()
    assert "docs/en/.words.txt: listed 3 words of the imported text that the English dictionary lacks " \
           "(Zorblaxian, Quuxly, frobnicated): review them" in out, out
    listed = (site / "docs/en/.words.txt").read_text(encoding="utf-8")
    assert "Zorblaxian  # in the imported text, not in the English dictionary\n" in listed
    assert listed.count("Zorblaxian") == 1 and "Quuxly  #" in listed and "frobnicated  #" in listed
    assert git(site, "log", "-1", "--format=%s") == ("Import: 3 words of the imported English text that the English "
                                                     "dictionary lacks, listed in docs/en/.words.txt\n")
    assert git(site, "status", "--porcelain") == ""
    page = site / "docs/en/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2023-01-10", "date: 2024-03-01"), encoding="utf-8")
    assert policy("--root", str(site), "check") == 0, capsys.readouterr()
    assert "[spelling" not in capsys.readouterr().out


def test_an_imported_text_not_yet_in_force_is_published_as_the_import_says(tmp_path, capsys, monkeypatch):
    """Adoption hunt 29: a company adopting with its next version announced (dated after today) was told to add the
    day it was announced; that day, before the site showed the text, is refused by the gate, which asks for today.
    The import now names the day the gate takes, and publishing as it says passes."""
    import datetime as dt

    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 2))
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en",
                  "--url", "https://privacy.example.org/") == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2024-03-01.md").write_text("# Policy\n\n## 1. Data\n\nNames.\n", encoding="utf-8")
    (archive / "privacy-2027-01-16.md").write_text("# Policy\n\n## 1. Data\n\nNames and addresses.\n",
                                                    encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(archive)) == 0
    out = capsys.readouterr().out
    assert "privacy-2027-01-16.md: dated January 16, 2027, after today (December 2, 2026): not yet in force, it is published as a " \
           "new text, announced the day this site first shows it: add `announced: 2026-12-02` to its front matter" in out
    page = site / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2027-01-16\n",
                                                             "date: 2027-01-16\nannounced: 2026-12-02\n"),
                    encoding="utf-8")
    git(site, "commit", "-qam", "Announce the next version")
    assert policy("--root", str(site), "history") == 0
    assert "2027-01-16" in git(site, "ls-tree", "--name-only", "gh-pages:en")


def test_a_translation_carried_to_a_later_version_it_does_not_translate_is_said(tmp_path, capsys):
    """Adoption hunt 29: a company that stopped translating (its Spanish text of 2021, none for 2023) had the 2021
    Spanish text committed as the 2023 version's page, said as "committed the Spanish text of 2023-01-01" only: readers
    read the earlier text under the later date. The import keeps it (a translated version is published in every
    language after) and says what it is."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en,es") == 0
    archive = tmp_path / "archive"
    (archive / "en").mkdir(parents=True)
    (archive / "es").mkdir()
    (archive / "en" / "privacy-2021-01-01.md").write_text("# Privacy\n\n## 1. Who\n\nUs.\n", encoding="utf-8")
    (archive / "en" / "privacy-2023-01-01.md").write_text("# Privacy\n\n## 1. Who\n\nUs and our partners.\n",
                                                          encoding="utf-8")
    (archive / "es" / "privacidad-2021-01-01.md").write_text("# Privacidad\n\n## 1. Quiénes\n\nNosotros.\n",
                                                             encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "en", str(archive / "en")) == 0
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "es", str(archive / "es")) == 0
    out = capsys.readouterr().out
    assert "privacidad-2021-01-01.md: dated January 1, 2021, before January 1, 2023, it translates the English text of January 1, 2021, " \
           "not this one's: committed as its Spanish page too" in out
    assert out.count("it translates the English text of") == 1  # the 2021 version's own translation is no such case


@pytest.mark.parametrize(("english", "version"), [("Us and our partners, since 2023.", "2023-03-01"),
                                                  ("Us, since 2022.", "2022-01-01")])
def test_a_translation_put_online_before_the_text_it_translates_is_that_texts_page(tmp_path, capsys, english, version):
    """Adoption hunt 29: the English text of the version of 1 March 2023, put online on 25 February, was committed
    and published as the English page of the 2022 version (which never had one), and carried to 2023 said as not its
    own. A translation dated less than a month before the next version is that version's where its numbers, dates,
    links and sections are that version's text's (or its date line says that day); else the earlier one's."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example GmbH", "--languages", "de,en") == 0
    archive = tmp_path / "archive"
    (archive / "de").mkdir(parents=True)
    (archive / "en").mkdir()
    (archive / "de" / "datenschutz-2022-01-01.md").write_text("# Datenschutz\n\n## 1. Wer\n\nWir, seit 2022.\n",
                                                              encoding="utf-8")
    (archive / "de" / "datenschutz-2023-03-01.md").write_text(
        "# Datenschutz\n\n## 1. Wer\n\nWir und unsere Partner, seit 2023.\n", encoding="utf-8")
    (archive / "en" / "privacy-2023-02-25.md").write_text(f"# Privacy\n\n## 1. Who\n\n{english}\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "de", str(archive / "de")) == 0
    assert policy("--root", str(site), "import", "--lang", "en", str(archive / "en")) == 0
    out = capsys.readouterr().out
    # the first version it is committed with: the one it translates (later ones carry it)
    assert min(dt.datetime.strptime(day, "%B %d, %Y").date().isoformat() for day in re.findall(
        r"committed the English text of the version of (\w+ \d+, \d+) ", out)) == version, out
    assert ("2022-01-01: no English text dated before March 1, 2023 but privacy-2023-02-25.md, which translates the next "
            "version: this version has no English page" in out) == (version == "2023-03-01")
    # histories5: moved ahead, it is that version's translation: recorded in its commit as in line with it, as one of
    # the same date is (it was left unrecorded, `sync.record-missing` at the first check), by `policy import`
    record = "docs/en/.translated-from.yml"
    if version == "2023-03-01":
        assert (f"{record}: recorded in the same commit: the English text of March 1, 2023, privacy-2023-02-25.md, dated "
                "February 25, 2023 (it reached the site ahead), translates the German text of March 1, 2023") in out, out
        assert git(site, "log", "-1", "--format=%s", "--", record).strip() == "Import the English text of 2023-03-01"
        assert git(site, "show", f"HEAD:{record}").startswith(
            "# The fingerprint of the authoritative text each section of this translation was last\n"
            "# brought in line with. Written by `policy import`; not edited by hand.\nsource: docs/de/index.md\n")
        assert policy("--root", str(site), "check") == 0
        assert "sync." not in capsys.readouterr().out
    else:
        assert f"{record}: not recorded for January 1, 2022: privacy-2023-02-25.md is dated February 25, 2023" in out, out


def test_a_version_whose_title_alone_changed_is_a_version(tmp_path, capsys):
    """Adoption hunt 38: a Markdown page titled by its front matter (Hugo, Jekyll), renamed "Privacy Notice" from
    "Privacy Policy" with the same body, was "the same text as the version before it: skipped": the new title, which
    the page shows as its heading, was never published."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    folder = tmp_path / "archive"
    folder.mkdir()
    for day, title in (("2021-06-01", "Privacy Policy"), ("2022-06-01", "Privacy Notice"),
                       ("2023-06-01", "Privacy Notice")):
        (folder / f"privacy-{day}.md").write_text(f"---\ntitle: {title}\n---\n\n## 1. Logs\n\nKept one year.\n",
                                                  encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(folder)) == 0
    out = capsys.readouterr().out
    assert "privacy-2022-06-01.md: committed" in out and "privacy-2023-06-01.md: the same text" in out, out
    assert 'title: "Privacy Notice"' in (site / "docs" / "en" / "index.md").read_text(encoding="utf-8")


def test_direction_overrides_of_an_old_text_are_written_as_read_and_said(tmp_path, capsys):
    """Safety hunt 48: an old text's `\u202esannod sov\u202c` (drawn right to left: a reader saw "vos donnas") was
    imported as written, said nowhere, and its publication refused (editorial.bidi). Now the words are written as the
    reader saw them, a left-to-right override is taken out with its words as written, each said with its line, and the
    text passes the checks."""
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    (tmp_path / "privacy-2021-06-01.md").write_text(
        "# Policy\n\n## 1. Logs\n\nWe keep \u202esgol ruoy\u202c one year.\n\nOur office: \u202dTel Aviv\u202c.\n",
        encoding="utf-8")
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md")) == 0
    out = capsys.readouterr().out
    assert "overriding their direction (U+202E) as a reader saw them: “your logs”" in out, out
    assert "removed direction overrides (U+202D, U+202E), which the site refuses, keeping their words as written: " \
        "“Tel Aviv”" in out, out
    page = (site / "docs" / "en" / "index.md").read_text(encoding="utf-8")
    assert "We keep your logs one year." in page and "Our office: Tel Aviv." in page
    assert not set(page) & set("\u202a\u202b\u202c\u202d\u202e")
    assert policy("--root", str(site), "check") == 0, capsys.readouterr()


@pytest.mark.parametrize(("name", "data", "said"), [
    ("privacy-2021-09-01.html", b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n", "a PDF under a .html name, not a text"),
    ("privacy-2021-09-01.docx", None, "declares a DTD"),
])
def test_a_file_of_unknown_origin_refused_among_dated_files_commits_nothing(tmp_path, capsys, name, data, said):
    """safety61: a former vendor's files imported together, one a PDF saved under a page's name or a Word document
    declaring a DTD: `error:` naming it, exit 2, no traceback, no commit, the docs as they were."""
    import zipfile

    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    head = git(site, "rev-parse", "HEAD")
    (tmp_path / "privacy-2021-06-01.md").write_text("# Policy\n\n## 1. Logs\n\nText.\n", encoding="utf-8")
    if data is None:
        docx_file(tmp_path / name, DOCX)
        parts = {}
        with zipfile.ZipFile(tmp_path / name) as archive:
            parts = {part: archive.read(part) for part in archive.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"<w:document", b'<!DOCTYPE w:document [<!ENTITY x "We sell your data.">]><w:document', 1)
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            for part, body in parts.items():
                archive.writestr(part, body)
    else:
        (tmp_path / name).write_bytes(data)
    docs = {path: path.read_bytes() for path in (site / "docs").rglob("*") if path.is_file()}
    capsys.readouterr()
    assert policy("--root", str(site), "import", "--lang", "en", str(tmp_path / "privacy-2021-06-01.md"),
                  str(tmp_path / name)) == 2
    err = capsys.readouterr().err
    assert f"error: {name}: " in err and said in err and "Traceback" not in err, err
    assert git(site, "rev-parse", "HEAD") == head and git(site, "status", "--porcelain") == ""
    assert {path: path.read_bytes() for path in (site / "docs").rglob("*") if path.is_file()} == docs
