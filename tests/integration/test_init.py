"""`policy init`: a new company's site, in one or two languages, that checks, publishes and exports with
nothing more installed; refusals leave the disk as it was; nothing of the generator's own company."""
from __future__ import annotations

import os
import re
import subprocess
import sysconfig
from pathlib import Path

import pytest
import yaml

from helpers import git
from policysite import cli, passcache

DATE = "2024-05-01"
EN_PAGE = f"""---
date: {DATE}
---

# Privacy policy of Example Ltd

## 1. Who we are

Example Ltd is a fictional company. Write to [privacy@example.test](mailto:privacy@example.test).

## 2. Data we process

We process your name and e-mail address.

### 2.1 How long we keep it

We keep it for one year.
"""
DE_PAGE = f"""---
date: {DATE}
---

# Datenschutzerklärung von Example Ltd

## 1. Wer wir sind

Example Ltd ist ein erfundenes Unternehmen. Schreiben Sie an [privacy@example.test](mailto:privacy@example.test).

## 2. Welche Daten wir verarbeiten

Wir verarbeiten Ihren Namen und Ihre Adresse.

### 2.1 Wie lange wir sie aufbewahren

Wir bewahren sie ein Jahr auf.
"""
DE_WORDS = "Datenschutzerklärung  # the title\nExample  # the company's name, everywhere\n"
# The generator's first company, however written ("dialog", HTML's, is not it).
FOREIGN = re.compile(r"Dial|(?i:dial-?once)")


pytestmark = pytest.mark.usefixtures("fixed_git")


def policy(*args: str) -> int:
    return cli.main(list(args))


def foreign_mentions(root: Path, *, suffixes: tuple[str, ...] | None = None) -> list[str]:
    """Every file naming the generator's first company: the repository's (git's folder and the ignored public/
    aside), or the pages of an exported site (`suffixes`: Material's own assets mention its Dialog component)."""
    found = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if {".git", "public"} & set(parts) or not path.is_file() or suffixes and path.suffix not in suffixes:
            continue
        hits = FOREIGN.findall(path.read_text(encoding="utf-8", errors="replace"))
        if hits:
            found.append(f"{path.relative_to(root)}: {hits[:3]}")
    return found


def commit_policy(site: Path, pages: dict[str, str], extra: dict[str, str] | None = None,
                  before: tuple[str, ...] = ()) -> None:
    """Write the pages (and add to word lists), run `policy BEFORE…` if given, commit it all on DATE."""
    for relative, text in {**pages, **(extra or {})}.items():
        path = site / relative
        path.write_text(path.read_text(encoding="utf-8") + text if relative.endswith(".words.txt") else text,
                        encoding="utf-8")
    if before:
        assert policy("--root", str(site), *before) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", f"Policy of {DATE}", date=f"{DATE}T09:00:00+00:00")


def test_one_language_site_checks_publishes_and_exports(tmp_path, capsys):
    site = tmp_path / "example"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    out = capsys.readouterr()
    assert f"made {site}" in out.out and "next:" in out.out and "make check" in out.out
    assert out.err.startswith("note: English (en): the spelling check reads it as American English") and out.err.count("\n") == 1
    assert git(site, "log", "--format=%s").splitlines() == ["Policy site for Example Ltd"]
    assert git(site, "branch", "--show-current").strip() == "main"
    assert git(site, "status", "--porcelain") == ""
    for name in ("mkdocs.yml", "docs/en/.words.txt", "hooks/policy.py", "overrides/main.html", "Makefile",
                 "README.md", ".gitignore", ".github/workflows/publish.yml", ".github/workflows/pull-request.yml"):
        assert (site / name).is_file(), name
    assert not list(site.glob("mkdocs.*.yml")) and not (site / "docs" / "en" / "index.md").exists()
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    for line in ('site_name: "Privacy policy of Example Ltd"', "  language: en", "    lang: en",
                 'company: "Example Ltd"', 'public_url: "http://127.0.0.1:8000/"', "authoritative: en",
                 "slugify: !!python/name:policysite.document.slugify", "font: false"):
        assert line in config, line
    makefile = (site / "Makefile").read_text(encoding="utf-8")
    assert f"BIN    ?= {sysconfig.get_path('scripts')}\n" in makefile
    # the README's `policy …` commands (sync-mark, import --git) name the command a new shell has not on its PATH
    command = re.search(r"that is `([^`]+)` \(or `policy` after `\. ([^`]+)`",
                        (site / "README.md").read_text(encoding="utf-8"))
    assert command and os.access(command.group(1), os.X_OK) and Path(command.group(2)).is_file(), command
    assert "cron:" in (site / ".github/workflows/publish.yml").read_text(encoding="utf-8")

    commit_policy(site, {"docs/en/index.md": EN_PAGE})
    assert policy("--root", str(site), "check") == 0
    assert capsys.readouterr().out == ""
    # the Makefile's `policy` is this environment's: no further install
    made = subprocess.run(["make", "-s", "check"], cwd=site, capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr
    assert policy("--root", str(site), "history", "-j", "1") == 0
    # the daily job verifies the archive before publishing on top of it
    assert "then make verify publish-history" in (site / ".github/workflows/publish.yml").read_text(encoding="utf-8")
    # and each run starts from the verdicts the last one kept (a fresh clone has none: every served page read again)
    workflow = yaml.safe_load((site / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["publish"]["steps"]
    cache = next(step["with"] for step in steps if step.get("uses", "").startswith("actions/cache@"))
    assert cache["path"] == passcache.folder(".git").parent.as_posix() == ".git/policysite"
    assert cache["key"] == "policysite-${{ github.run_id }}" and cache["key"].startswith(cache["restore-keys"])
    made = subprocess.run(["make", "-s", "verify"], cwd=site, capture_output=True, text=True)
    assert made.returncode == 0 and "match the publication record" in made.stdout, made.stdout + made.stderr
    assert policy("--root", str(site), "export", "--site-dir", str(site / "public")) == 0
    page = (site / "public" / "en" / DATE / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in page and "Privacy policy of Example Ltd" in page and "Last updated: May 1, 2024" in page
    root = (site / "public" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in root and 'content="0; url=en/latest/"' in root
    assert git(site, "status", "--porcelain") == ""  # public/ is ignored
    assert foreign_mentions(site) == []


def test_two_language_site_the_first_authoritative(tmp_path, capsys):
    site = tmp_path / "beispiel"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "de,en",
                  "--url", "https://privacy.example.test/policy") == 0
    assert "German (de, authoritative), English (en)" in capsys.readouterr().out
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert "authoritative: de" in config and "    lang: de" in config and "docs_dir: docs/de" in config
    assert '- code: de\n        name: "Deutsch"\n      - code: en\n        name: "English"' in config
    assert 'public_url: "https://privacy.example.test/policy/"' in config
    translation = (site / "mkdocs.en.yml").read_text(encoding="utf-8")
    for line in ("INHERIT: mkdocs.yml", 'site_url: "https://privacy.example.test/policy/en/"', "docs_dir: docs/en",
                 "  language: en", "    lang: en", 'copyright: "Copyright © Example Ltd. All rights reserved."'):
        assert line in translation, line
    pull_request = (site / ".github/workflows/pull-request.yml").read_text(encoding="utf-8")
    assert 'langs=$("$BIN/policy" languages)' in pull_request and "for lang in $langs;" in pull_request \
        and '"$BIN/policy" diff newest worktree' in pull_request  # (the languages read at run time: legal18)

    # a dated version is judged as committed: its word list and translation record in the same commit
    commit_policy(site, {"docs/de/index.md": DE_PAGE, "docs/en/index.md": EN_PAGE},
                  extra={"docs/de/.words.txt": DE_WORDS}, before=("sync-mark", "en", "--all"))
    capsys.readouterr()
    assert policy("--root", str(site), "check") == 0, capsys.readouterr().out
    assert policy("--root", str(site), "history", "-j", "1") == 0
    assert policy("--root", str(site), "export", "--site-dir", str(tmp_path / "public")) == 0
    for lang in ("de", "en"):
        assert (tmp_path / "public" / lang / DATE / "index.html").is_file()
    german = (tmp_path / "public" / "de" / DATE / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de"' in german and "1. Mai 2024" in german
    assert 'content="0; url=de/latest/"' in (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    assert foreign_mentions(site) == []
    assert foreign_mentions(tmp_path / "public", suffixes=(".html", ".json", ".xml")) == []


ZH_TW_PAGE = f"""---
date: {DATE}
---

# Example Ltd隱私權政策

## 1. 我們是誰

Example Ltd是一家虛構的公司。請寫信至[privacy@example.test](mailto:privacy@example.test)。

## 2. 我們處理的資料

我們處理您的姓名與電子郵件地址。
"""


def test_a_traditional_chinese_site_reads_its_own_words_in_traditional_characters(tmp_path, capsys):
    """Words 29: a zh-TW site (Mozilla's notices were adopted in zh-TW) showed its header, its history, its compare
    page and "Last updated: May 1, 2024" in English, as Chinese's words were Simplified only; they are Traditional
    now, as Taiwan writes them, beside Material's own zh-TW words and its Chinese search."""
    site = tmp_path / "taiwan"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "zh-TW") == 0
    assert "the site's own words" not in capsys.readouterr().err
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Example Ltd隱私權政策"' in config and "  language: zh-TW" in config and "    lang: zh" in config
    commit_policy(site, {"docs/zh-TW/index.md": ZH_TW_PAGE})
    assert policy("--root", str(site), "history", "-j", "1") == 0
    assert policy("--root", str(site), "export", "--site-dir", str(tmp_path / "public")) == 0
    built = tmp_path / "public" / "zh-TW"
    page, history, compare = ((built / name / "index.html").read_text(encoding="utf-8")
                              for name in (DATE, "history", "compare"))
    assert "最後更新日期：2024年5月1日" in page and "版權所有 © Example Ltd。保留一切權利。" in page
    assert "搜尋" in page  # Material's zh-TW strings
    assert "自2024年5月1日起有效" in history and "（現行有效）" in history and "版本紀錄" in history
    assert "比較兩個版本" in compare and "加底線" in compare
    for html in (page, history, compare):
        assert ' lang="en"' not in html and "Last updated" not in html and "Version history" not in html
        assert not {"隐", "权", "历", "录", "变", "较"} & set(html)


def test_a_non_empty_folder_is_refused_untouched(tmp_path, capsys):
    site = tmp_path / "taken"
    site.mkdir()
    (site / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert [p.name for p in site.iterdir()] == ["notes.txt"]
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    assert policy("init", str(a_file), "--company", "Example Ltd", "--languages", "en") == 2
    assert a_file.read_text(encoding="utf-8") == "x"


def test_a_folder_inside_another_repository_is_refused_naming_it_unless_nested(tmp_path, capsys):
    """company11: `policy init` in an empty folder of the company's own repository made a repository inside it,
    which that one's `git status` showed as one untracked folder and never held: refused, naming the outer one and
    --nested; nothing is written, the folder new or empty; --nested makes it all the same."""
    outer = tmp_path / "company"
    git(tmp_path, "init", "-q", "-b", "main", str(outer))
    (outer / "legal").mkdir()
    for site in (outer / "legal", outer / "new" / "policy"):
        assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 2
        err = capsys.readouterr().err
        assert err == (f"error: {site}: lies inside the git repository {outer}: policy init makes the site a git "
                       f"repository of its own, which {outer} would show as an untracked folder and never hold; "
                       "nothing was written: give a folder outside it, or add --nested to make the site's repository "
                       "there all the same\n")
    assert [p.name for p in (outer / "legal").iterdir()] == [] and not (outer / "new").exists()
    assert policy("init", str(outer / "legal"), "--company", "Example Ltd", "--languages", "en", "--nested") == 0
    assert git(outer / "legal", "rev-parse", "--show-toplevel").strip() == str(outer / "legal")


def _state(folder: Path) -> tuple[dict[str, bytes], str]:
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and ".git" not in p.relative_to(folder).parts}
    return files, git(folder, "for-each-ref", "--format=%(refname) %(objectname)")


def test_a_folder_holding_a_site_is_refused_saying_what_a_new_site_would_replace(tmp_path, capsys, monkeypatch):
    """A company's engineer runs `policy init .` in the repository of the site they publish today (an MkDocs site:
    mkdocs.yml, docs/, a gh-pages branch): "not an empty folder" said neither what was in the way nor what to do.
    Nothing is written; the error names the files a new site would replace, the published branch, and the way on
    (a new folder, then `policy import`, `--git` for texts kept in git)."""
    site = tmp_path / "old-site"
    (site / "docs").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: Our docs\n", encoding="utf-8")
    (site / "docs" / "privacy.md").write_text("# Privacy\n\nWe keep nothing.\n", encoding="utf-8")
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "Our docs")
    git(site, "branch", "gh-pages")
    before = _state(site)
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 2
    err = capsys.readouterr().err
    assert err.count("error: ") == 1 and "\n" not in err.rstrip("\n"), err
    assert "its docs/, mkdocs.yml would be replaced" in err and "gh-pages branch, a published site" in err, err
    assert f"(policy init {os.path.relpath(site)}-policy …)" in err and "policy import (--git" in err, err
    assert _state(site) == before
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr", "--messages", "fr") == 2
    assert "ses docs/, mkdocs.yml seraient remplacés" in capsys.readouterr().err
    assert _state(site) == before
    monkeypatch.chdir(site)  # `policy init .` in it: the new folder offered is beside it
    assert policy("init", ".", "--company", "Example Ltd", "--languages", "en") == 2
    assert "(policy init ../old-site-policy …)" in capsys.readouterr().err
    assert _state(site) == before


def test_a_policy_site_is_refused_naming_policy_upgrade(tmp_path, capsys):
    site = tmp_path / "site"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    capsys.readouterr()
    before = _state(site)
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en", "--url",
                  "https://example.com/") == 2
    err = capsys.readouterr().err
    assert f"it holds a policy site already: `policy --root {site} upgrade`" in err, err
    assert _state(site) == before


def test_a_site_that_cannot_be_written_is_named_and_nothing_is_left(tmp_path, capsys, monkeypatch):
    """History hunt 40: on a full disk `policy init` said only "error: [Errno 28] No space left on device" (a write
    names no file); what it had made is removed, as before."""
    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name == "README.md":
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    site = tmp_path / "site"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 1
    err = capsys.readouterr().err  # (safety90: a full disk is said with what to do, and the folder still named)
    assert err.startswith("error: the disk is full") and f"No space left on device: '{site}'\n" in err, err
    assert not site.exists()


def test_an_empty_folder_is_used(tmp_path):
    site = tmp_path / "empty"
    site.mkdir()
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "fr") == 0
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Politique de confidentialité d’Example Ltd"' in config and 'name: "Français"' in config


@pytest.mark.parametrize("languages", ["xx yy", "", " , ", "en,en", "pt-BR,pt-br", "xx", "en;fr", "english"])
def test_bad_languages_are_refused_and_nothing_is_made(tmp_path, capsys, languages):
    site = tmp_path / "site"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", languages) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --languages") and err.count("\n") == 1, err
    assert not site.exists()


@pytest.mark.parametrize("options", [["--company", "  "], ["--company", "Example Ltd", "--url", "ftp://x.test/"],
                                     ["--company", "Example Ltd", "--url", "example.test"]])
def test_bad_company_or_address_is_refused(tmp_path, capsys, options):
    site = tmp_path / "site"
    assert policy("init", str(site), "--languages", "en", *options) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert not site.exists()


def test_without_a_git_identity_the_commit_is_policy_inits(tmp_path, monkeypatch):
    for key in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"):
        monkeypatch.delenv(key, raising=False)
    site = tmp_path / "ci"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    assert git(site, "log", "--format=%an <%ae>|%cn <%ce>").strip() == \
        "policy init <policy-init@localhost>|policy init <policy-init@localhost>"


def test_a_configured_git_identity_is_kept(tmp_path, monkeypatch):
    for key in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(key, raising=False)
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Legal Team\n\temail = legal@example.test\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    site = tmp_path / "team"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en") == 0
    assert git(site, "log", "--format=%an <%ae>").strip() == "Legal Team <legal@example.test>"
    assert os.environ["GIT_CONFIG_GLOBAL"] == str(config)


def test_a_language_material_lacks_borrows_its_base_and_says_so(tmp_path, capsys):
    site = tmp_path / "swiss"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en,de-ch") == 0
    err = capsys.readouterr().err
    assert "note: German (de-CH): Material has no strings of its own for it; the site uses its German ones" in err
    assert "  language: de-CH  #" in (site / "mkdocs.de-CH.yml").read_text(encoding="utf-8")
    override = (site / "overrides/partials/languages/de-CH.html").read_text(encoding="utf-8")
    assert '{% import "partials/languages/de.html" as base %}' in override and '"language": "de-CH"' in override
    assert (site / "docs" / "de-CH" / ".words.txt").is_file()


def test_a_site_an_earlier_generator_made_takes_this_ones_files_with_policy_upgrade(tmp_path, capsys):
    """A site keeps the generator's hooks and theme as `policy init` copied them; after a move to a newer generator,
    its copies of the earlier one's files were refused with no word of what to do."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    css = site / "overrides" / "assets" / "stylesheets" / "policy.css"
    logo = site / "overrides" / "assets" / "images" / "favicon.svg"
    # an earlier generator's copies: a rule the stylesheet no longer has, a partial it did not have yet
    css.write_text(css.read_text(encoding="utf-8") + "\n.md-select__link {\n  max-width: 8.5rem;\n}\n",
                   encoding="utf-8")
    (site / "overrides" / "partials" / "policy-at.html").unlink()
    # a script an earlier generator had and this one dropped: refused as the project's own (history hunt 27)
    dropped = site / "overrides" / "assets" / "javascripts" / "search-on-demand.js"
    dropped.write_text("document.title = 'x';\n", encoding="utf-8")
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" '
                    'fill="#123456"/></svg>\n', encoding="utf-8")  # the site's own favicon
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--configuration"]) == 1
    assert "sets max-width (.md-select__link)" in (said := capsys.readouterr().err) and \
        "an earlier generator's copies? `policy upgrade` brings this one's" in said, said
    assert cli.main(["--root", str(site), "upgrade"]) == 1  # not committed: what it replaces must stay in git
    assert "not committed" in capsys.readouterr().err and "max-width: 8.5rem" in css.read_text(encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "the site's state under the earlier generator")
    (site / "overrides" / "partials" / "policy-at.html").mkdir()  # a folder where a file goes: refused, after
    assert cli.main(["--root", str(site), "upgrade"]) == 1  # policy.css was written: it is put back
    assert "policy-at.html: not a file" in capsys.readouterr().err
    assert "max-width: 8.5rem" in css.read_text(encoding="utf-8") and git(site, "status", "--porcelain") == ""
    (site / "overrides" / "partials" / "policy-at.html").rmdir()
    # security hunt 20, finding 5: a folder that is a link sends the files elsewhere, out of what git keeps
    elsewhere = tmp_path / "elsewhere"
    (site / "overrides" / "partials").rename(elsewhere)
    (site / "overrides" / "partials").symlink_to(elsewhere)
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "partials elsewhere")
    before = {f: f.read_bytes() for f in elsewhere.rglob("*") if f.is_file()}
    assert cli.main(["--root", str(site), "upgrade"]) == 1
    assert "overrides/partials: a symbolic link" in capsys.readouterr().err
    assert {f: f.read_bytes() for f in elsewhere.rglob("*") if f.is_file()} == before
    assert git(site, "status", "--porcelain") == ""
    (site / "overrides" / "partials").unlink()
    elsewhere.rename(site / "overrides" / "partials")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "partials back")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    out = capsys.readouterr().out
    assert "updated overrides/assets/stylesheets/policy.css" in out and "added overrides/partials/policy-at.html" \
        in out and "favicon" not in out, out
    assert "removed overrides/assets/javascripts/search-on-demand.js" in out and not dropped.exists()
    assert "then `policy history --rebuild`: it moves the published versions onto this generator's theme" in out  # 31
    assert "#123456" in logo.read_text(encoding="utf-8")
    assert cli.main(["--root", str(site), "check", "--configuration"]) == 0
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert "already hold this generator's files" in capsys.readouterr().out
    # history hunt 33: `overrides` itself a link to a folder holding the generator's files and a script of another's:
    # nothing to write, and the script, taken for an earlier generator's, was removed where the link goes
    (site / "overrides" / "assets" / "javascripts" / "mine.js").write_text("x\n", encoding="utf-8")
    shared = tmp_path / "shared-overrides"
    (site / "overrides").rename(shared)
    (site / "overrides").symlink_to(shared)
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "overrides shared")
    assert cli.main(["--root", str(site), "upgrade"]) == 1
    assert "overrides: a symbolic link" in capsys.readouterr().err
    assert (shared / "assets" / "javascripts" / "mine.js").is_file()


def test_a_company_whose_default_branch_is_not_main_names_it(tmp_path, capsys):
    """Company10: a company whose repositories' default branch is `trunk` (or an old `master`) got a site on `main`
    whose publishing workflow ran on pushes to `main` only: merged pull requests into its default branch never
    published. `--branch` names it: the repository, the workflow's trigger, the README and the summary say it; a name
    git refuses, or gh-pages, is refused before anything is written."""
    site = tmp_path / "trunk-site"
    assert policy("init", str(site), "--company", "Example Ltd", "--languages", "en", "--branch", "trunk") == 0
    assert "  a git repository on trunk, one commit " in capsys.readouterr().out
    assert git(site, "branch", "--show-current").strip() == "trunk"
    assert git(site, "branch", "--list", "main") == ""
    workflow = yaml.safe_load((site / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["trunk"]  # (YAML 1.1 reads the key `on` as True)
    readme = (site / "README.md").read_text(encoding="utf-8")
    assert "Merging into `trunk` publishes." in readme and "`main`" not in readme
    assert "main" not in (site / ".github/workflows/publish.yml").read_text(encoding="utf-8").replace("maintenance", "")
    for wrong in ("gh-pages", "a b", "x..y", "x~1"):
        target = tmp_path / f"refused-{len(wrong)}"
        assert policy("init", str(target), "--company", "Example Ltd", "--languages", "en", "--branch", wrong) == 2
        assert f"--branch: “{wrong}” is not a branch name git takes" in capsys.readouterr().err
        assert not target.exists()
