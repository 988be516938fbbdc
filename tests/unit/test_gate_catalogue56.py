"""Safety hunt 56: what session 42 added, attacked as the gate reads it (the table of outcomes is in the report).

An address a page names on the site's own host but outside the site's folder (`../../../../x/`, `%2e%2e/…`, `/x/`) is
another site of the same host (on GitHub Pages another project of the same owner, on a company's host its other
pages): the pages' Content-Security-Policy (`'self'`) lets them load its scripts, stylesheets and images as their own.
A page's bytes alone cannot tell (`../../x/` is the site's root from a version's page, above it from the root's): the
check of the branch (servedpages), which knows each page's place, refuses it there.
"""
from __future__ import annotations

import html
import subprocess

import pytest

from helpers import stored
from policy_repo import new_project
from policysite import servedpages
from policysite.project import opened

FOLDER = "/politique-de-confidentialite/"
SITE = f"https://www.company.example{FOLDER}"
VERSION = f"{SITE}fr/2021-02-17/"  # a version's page, two folders below the site's

PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'\"><title>Politique</title>{head}</head><body>"
        "<article class=\"md-content__inner md-typeset\"><p>Version</p>{text}</article></body></html>")


@pytest.mark.parametrize(("head", "text"), [
    ('<script src="../../../x/evil.js"></script>', ""),
    ('<link rel="stylesheet" href="%2e%2e/%2E%2e/.%2e/x/evil.css">', ""),
    ("", '<p><img src="a.png" srcset="a.png 1x, ../../../../x/big.png 2x" alt="x"></p>'),
    ('<link rel="icon" href="../../../favicon.png">', ""),
    ('<meta http-equiv="refresh" content="0; url=../../../">', ""),
    ("", '<div style="background: url(\'../../../x.png\')"></div>'),
    ("", '<svg><image href="../../../x.svg"/></svg>'),
    ("", '<p><img src="..\\..\\..\\x.png" alt="x"></p>'),
    ('<script id="__config" type="application/json">{"base": "../..", "search": "../../../x/worker.js"}</script>', ""),
    ('<script id="__config" type="application/json">{"base": "../../.."}</script>', ""),
])
def test_an_address_of_the_site_s_host_outside_its_folder_is_named(head, text):
    html = PAGE.format(head=head, text=text)
    named = servedpages.above_root(html, base=VERSION, root=FOLDER)
    assert named and named in html.replace("&#x27;", "'"), named


@pytest.mark.parametrize("address", [
    "../../", "../../assets/javascripts/policy.js", "../../../politique-de-confidentialite/en/", "../",
    "./%2e%2e/x/", "#s2", f"{SITE}fr/", "https://www.cnil.fr/", "mailto:dpo@company.example",
    "/politique-de-confidentialite", "/Politique-De-Confidentialite/fr/", "javascript:x()",
    # (a path from the host's root or an absolute address of the host outside the folder is this rule's since
    # safety57, a former folder of the site's excepted: tests/unit/test_safety57_folder.py)
])
def test_an_address_within_the_site_or_on_another_host_is_not_this_rule_s(address):
    """Within the site's folder, whatever the way (`../../` from a version's page is the site's root), or on another
    host (the output check's rules judge those)."""
    html = PAGE.format(head="", text=f'<p><a href="{address}">x</a><img src="{address}" alt=""></p>')
    assert servedpages.above_root(html, base=VERSION, root=FOLDER) == ""


@pytest.mark.parametrize("markup", [
    '<p><a href="https://www.company.example/cgu/">our terms</a></p>', '<p><a href="../../../cgu/">terms</a></p>',
    '<p><a href="/">home</a></p>', '<map><area href="/cgu/" alt="terms"></map>',
    '<blockquote cite="https://www.company.example/blog/"><p>Quoted.</p></blockquote>',
])
def test_a_link_its_reader_may_follow_to_the_host_s_other_pages_is_not_this_rule_s(markup):
    """A link to the company's other pages (its terms) loads nothing: the reader follows it or not, as a link to any
    other site; so is a page's canonical address (a version published when the site's folder was another)."""
    head = '<link rel="canonical" href="https://www.company.example/privacy/fr/2021-02-17/">'
    assert servedpages.above_root(PAGE.format(head=head, text=markup), base=VERSION, root=FOLDER) == ""


def test_material_s_configuration_within_the_site_is_not_this_rule_s():
    """The generator's own: the base the version's parents, the worker a script of the site."""
    config = ('<script id="__config" type="application/json">{"base": "../..", '
              '"search": "../../assets/javascripts/workers/search.js"}</script>')
    assert servedpages.above_root(PAGE.format(head=config, text=""), base=VERSION, root=FOLDER) == ""


@pytest.mark.usefixtures("no_identity")
def test_the_branch_s_check_refuses_a_page_above_the_site_s_folder_where_it_is_served(tmp_path, monkeypatch):
    """The same bytes loading `../../x.js` are the site's own script from a version's page and another site's from the
    root's: refused at the root's place only, a finding naming the file, on a cold machine and on a warm one (the verdict
    kept by the page's depth, not by its bytes alone)."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    climbing = stored(project.root, PAGE.format(head='<script src="../../x.js"></script>', text=""))
    listing = {"fr/2021-02-17/index.html": ("100644", climbing), "fr/latest/index.html": ("100644", climbing),
               "index.html": ("100644", climbing), "fr/index.html": ("100644", climbing),
               "fr/2021-02-17/deep/index.html": ("100644", stored(project.root, PAGE.format(
                   head="", text='<p><img src="../../../../../x.png" alt=""></p>')))}
    with opened(project.root) as site:
        cold = [line for line in servedpages.unsafe(site, listing) if "politique-de-confidentialite" in line]
        assert [line.partition(":")[0] for line in cold] == ["fr/2021-02-17/deep/index.html", "fr/index.html",
                                                             "index.html"], cold
        assert "../../x.js" in cold[1] and FOLDER in cold[1]
        monkeypatch.setattr(servedpages, "_PASSED", set())  # (the next command: a new process)
        assert [line for line in servedpages.unsafe(site, listing) if "politique-de-confidentialite" in line] == cold


# adopt26: the address an imported page says it was published at (canonical link, og:url) gives its relative links to
# the old site's other pages their address there. Read by urllib, `https://evil.example\@www.company.example/legal/`
# was on www.company.example: `/terms` became `https://evil.example\@www.company.example/terms` (Markdown then reads
# `\@` as `@`, a user name before the host), unsaid; a script's or a document's scheme is no page's address.
@pytest.mark.parametrize(("canonical", "written", "said"), [
    ("https://evil.example\\@www.company.example/legal/privacy", "https://evil.example/terms", True),
    ("https://www.company.example\\@evil.example/legal/", "https://www.company.example/terms", True),
    ("https:\\\\evil.example/legal/", "https://evil.example/terms", True),
    ("https:evil.example/legal/", "https://evil.example/terms", True),
    ("HTTPS://0x7f.1/legal/", "https://127.0.0.1/terms", True),
    ("https://evil.example/legal/privacy", "https://evil.example/terms", True),
    ("javascript:alert(1)//www.company.example/", "", False),
    (" JaVaScRiPt:alert(1)", "", False),
    ("data:text/html,<script>x()</script>", "", False),
])
def test_an_imported_page_s_address_is_read_as_a_browser_reads_it(tmp_path, canonical, written, said):
    """A relative link to another page of the old site is given the address a browser reads in the page's canonical
    one, and said (kept: the reader leaves the text, to a host the Markdown shows); no address but a web page's is
    taken (the link loses its target, said)."""
    from unit.test_adopt26_import import _imported

    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        f"<html><head><link rel='canonical' href='{html.escape(canonical)}'></head><body><main><h1>Privacy Policy</h1>"
        "<p>See <a href='/terms'>terms</a>.</p><h2>Cookies</h2><p>We use.</p></main></body></html>"))
    line = next(line for line in text.body.splitlines() if "terms" in line)
    assert line == (f"See [terms]({written})." if written else "See terms."), line
    notes = [note for note in text.notes if "terms" in note]
    assert notes and (written in notes[0] if said else "removed the target" in notes[0]), notes


# A tag of the publishing branch's versions (histories7: refs/tags/policy/gh-pages/…) is named in the refusal of a
# branch reset to before a publication, whose advice is a command to paste: git takes `$(…)`, `;`, backquotes and `|`
# in a tag's name, and `git tag -d policy/gh-pages/x;curl …|sh` ran what the tag's author wrote.
@pytest.mark.parametrize("name", ["2021-02-17$(touch${IFS}pwned)", "x;id", "x`id`", "x|sh", "2021-02-17\"><script>"])
def test_a_tag_s_name_in_the_refusal_s_command_is_one_word_to_the_shell(tmp_path, name):
    from types import SimpleNamespace

    import git as gitpython

    from helpers import git
    from policysite import manifest, messages, publish_refusals
    from policysite.errors import PublishError

    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / manifest.DIRECTORY).mkdir()
    (tmp_path / manifest.DIRECTORY / "2021-02-17.json").write_text("{}", encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "Publish 2021-02-17")
    tag = f"policy/gh-pages/{name}"
    git(tmp_path, "update-ref", f"refs/tags/{tag}", "HEAD")
    git(tmp_path, "checkout", "-q", "--orphan", "gh-pages")
    git(tmp_path, "rm", "-q", "-r", "--cached", ".")
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "Reset")
    base = git(tmp_path, "rev-parse", "HEAD").strip()
    project = SimpleNamespace(repo=gitpython.Repo(tmp_path), settings=SimpleNamespace(manifest_dir=manifest.DIRECTORY))
    with pytest.raises(PublishError) as refused:
        publish_refusals.refuse_removed(project, SimpleNamespace(base=base), "gh-pages")
    for lang in ("en", "fr"):
        said = messages.said_in(messages.text_of(refused.value), lang)
        words = said.rsplit("`git tag -d ", 1)[1].rsplit("`", 1)[0]
        # what a shell makes of the command's words (in a folder of its own: unquoted, `touch pwned` ran there)
        shell = subprocess.run(["sh", "-c", f"printf '%s\\n' {words}"], cwd=tmp_path, capture_output=True, text=True)
        assert shell.stdout == f"{tag}\n" and not (tmp_path / "pwned").exists(), (said, shell.stdout)


# company5: a language's `digits` is written into every page (`data-policy-digits`, at.js's data) and the browser
# writes dates with them. Only a numbering system's name is taken: markup, ten letters (dates no one can read), a
# direction override (a date read backwards), a terminal's escape are refused by name, no traceback.
@pytest.mark.parametrize("value", ['"><script>x()</script>', "ABCDEFGHIJ", "\u202e0123456789", "9876543210",
                                   "latn\u202e", "\x1b[2Jlatn", "arab\n", "<", "'"])
def test_a_language_s_digits_other_than_a_numbering_system_are_refused_by_name(value):
    from policysite import messages, settings, strings
    from policysite.findings import visible
    from unit.test_company5_digits import extra

    with pytest.raises(settings.SettingsError) as refused:
        settings.from_extra(extra(digits=value), where="mkdocs.yml")
    strings.choose_digits({})
    for lang in ("en", "fr"):
        said = visible(messages.said_in(messages.text_of(refused.value), lang))  # (as the CLI's `error:` line)
        assert said.startswith("mkdocs.yml") and "arabext" in said, said
        assert "\x1b" not in said, repr(said)
        # (lead: a line break or a direction override quoted as is turned the French line's words around)
        assert "\u202e" not in said and "\n" not in said, repr(said)


# redline10: a sentence moved and edited within a paragraph carries its words as `moved_ops` (the JSON, the changes
# page); words of the text spelling markup stay words in the HTML page
def test_moved_words_spelling_markup_are_escaped_on_the_changes_page():
    from selectolax.lexbor import LexborHTMLParser

    from policysite import redline
    from unit.test_asides import ENV
    from unit.test_redline9 import S1, S2, S3, _body
    from unit.test_redline10 import _diff

    markup = " &lt;img src=x onerror=alert(1)&gt;"
    old = _body(f"{S1[:-1]}{markup}. {S2} {S3}")
    new = _body(f"{S2} {S3} {S1[:-1].replace('anyone', 'any partner')}{markup}.")
    changes = _diff(old, new)
    (block,) = [b for s in changes.sections for b in s.blocks if b.kind != "unchanged"]
    assert block.moved_within and any("<img" in text for _tag, text in block.shown_ops)
    page = LexborHTMLParser(redline.render_html(changes, env=ENV, lang="en"))
    assert not page.css("img") and "<img src=x onerror=alert(1)>" in page.body.text(deep=True)
