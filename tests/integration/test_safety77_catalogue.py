"""Safety 77's attack catalogue, through the real commands: an attacker editing the policy's Markdown in a pull request
(or a company whose old page is hostile), one commit on a temporary repository whose first version is published.

FIXED: what reached gh-pages before this session, now refused by `policy publish` with a finding naming the file and
line in the reader's language, gh-pages as it was. HELD: what the gate already refused, each by `policy check` (the
source check `policy publish` runs first) at the line writing it: mXSS through namespaces (svg and math in a table,
`<noscript>`, `<template>`, `<select>`), script URLs written with entities, controls, full-width letters or a
reference, request attributes (`srcset`, `ping`, `formaction`, `xlink:href`, `poster`), attribute lists setting
styles, handlers, the theme's classes, `target`, `dir`, `tabindex`; direction overrides, characters drawing nothing,
strike-through marks; links to private hosts, a user name before a host, lookalike letters; the theme's ids and the
archive's; front matter keys the theme reads (`template`, `hide`, `search`); nesting and sizes no policy has.
"""
from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from integration.test_gate_catalogue66 import page, published as published, refused  # (the fixture)
from integration.test_gate_catalogue76 import _recorded

_LINE = "docs/en/index.md:15: "

def _none(repo: Path) -> None:
    """No other change than the page's."""


# (name, the page's added Markdown, the change to the project's other files, what the refusal says in English and in
# French, after the file and line naming where the page writes it)
FIXED = [
    # the words show an https address, the link goes to http: the reader checking where it goes reads an encrypted
    # address, and is sent over a connection anyone on the way reads and rewrites
    ("https-shown-http-target", "See [https://example.org/optout](http://example.org/optout).", _none,
     ("[editorial.link-text] §2: the link shows the secure address https://example.org but goes to "
      "http://example.org/optout, over a connection that is not encrypted (http:)",
      "le lien affiche l'adresse sécurisée https://example.org mais mène à http://example.org/optout, par une "
      "connexion non chiffrée (http:)")),
    ("https-title-http-target", 'See [the opt-out](http://example.org/optout "https://example.org/optout").', _none,
     ("[editorial.link-text] the link's title (shown when the pointer rests on it) shows the secure address "
      "https://example.org but goes to http://example.org/optout",
      "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse sécurisée https://example.org mais "
      "mène à http://example.org/optout")),
    # the words name the version in force, the link goes to the archived version before it
    ("in-force-another-version", "See [the version in force](../2001-01-01/).", _none,
     ("[editorial.link-text] §2: the link's words “the version in force” name the version in force but it goes to "
      "the version of January 1, 2001, this page being that of February 1, 2001",
      "les mots du lien «\u00a0the version in force\u00a0» nomment la version en vigueur mais il mène à la version du "
      "1er janvier 2001, cette page étant celle du 1er février 2001")),
    # another section's title as the words of a link to §2, the page recorded as imported by hand in the same commit:
    # the source check's finding was a warning (editorial.link-text is advisory for an imported text), and the output
    # check read section numbers only. The record softens nothing now (imported._before_the_site), and the output
    # check reads the title too (test_safety77_sections)
    ("section-title-forged-import", "See [First section](#s2).", _recorded,
     ("[editorial.link-text] §2: the link's words are the title of the section “First section” but it goes to "
      "the section “2. Second section”",
      "les mots du lien sont le titre de la section «\u00a0First section\u00a0» mais il mène à la section "
      "«\u00a02. Second section\u00a0»")),
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "body", "change", "said"), FIXED, ids=[case[0] for case in FIXED])
def test_each_fixed_case_is_refused_by_publish_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, language,
                                                                        name, body, change, said):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, name, body, change, said[1] if language == "fr" else _LINE + said[0])


# (name, the page's added Markdown) recorded as imported by hand in the same commit, which softened its source
# findings before (imported.produced): each refused at its line, by the source check as any new text's, or the output
# check's where the source check's is a warning
_TEXT = _LINE + "[editorial.link-text] §2: "
FORGED = [
    ("shows-other-host", "See [example.org](https://evil.example/).",
     _TEXT + "the link shows the address example.org but goes to https://evil.example/"),
    ("shows-other-section-number", "See [§ 1](#s2).", _TEXT + "the link shows section 1 but goes to the section 2"),
    ("names-another-version", "See [the version of 1 January 2001](../2001-02-01/).",
     _TEXT + "the link's words “the version of 1 January 2001” name the version of January 1, 2001 but it goes to the "
     "version of February 1, 2001"),
    ("shows-other-mailbox", "Write to [dpo@example.org](mailto:x@evil.example).",
     _TEXT + "the link shows the address dpo@example.org but writes to x@evil.example"),
    ("shows-other-number", "Call [+33 1 23 45 67 89](tel:+33999999999).",
     _TEXT + "the link shows the number +33 1 23 45 67 89 but dials +33999999999"),
    ("shows-own-path", "See [/privacy/en/](https://evil.example/).",
     _TEXT + "the link shows /privacy/en/, a path a reader takes for a page of this site"),
    ("tooltip", 'Our <span title="we sell your data">partners</span>.', _LINE + "[editorial.tooltip]"),
    ("misspelling", "We keep your data for one yeer.", _LINE + "[spelling.unknown-word]"),
]


@pytest.mark.parametrize(("name", "body", "said"), FORGED, ids=[case[0] for case in FORGED])
def test_each_case_recorded_as_imported_by_hand_is_refused_by_publish(published, tmp_path, monkeypatch, name, body,
                                                                     said):
    refused(published, tmp_path, monkeypatch, name, body, _recorded, said)


_SCRIPT = "a script URL runs code in the reader's browser"
_ALLOW = "is not on the HTML allow-list"
_ONLY_IDS = "the policy text may set ids (#id) only"

# (name, the page's added Markdown, or a front matter line (`---` first), what `policy check` says of it)
HELD = [
    ("entity-tab-in-scheme", "See [partners](jav&#x09;ascript:alert(1)).", _LINE + "[editorial.html] §2: link to"),
    ("raw-entity-tab-in-scheme", '<a href="jav&#x09;ascript:alert(1)">partners</a>', _SCRIPT),
    ("raw-named-colon", '<a href="javascript&colon;alert(1)">x</a>', _SCRIPT),
    ("raw-decimal-colon-no-semicolon", '<a href="javascript&#58alert(1)">x</a>', _SCRIPT),
    ("raw-newline-in-scheme", '<a href="java\nscript:alert(1)">x</a>', "[editorial.html] §2: <a href=\"java"),
    ("markdown-named-colon", "[x](javascript&colon;alert(1))", _SCRIPT),
    ("markdown-line-separator", "See [partners](https://example.org/\u2028javascript:alert(1)).", _SCRIPT),
    ("markdown-escaped-colon", "[x](javascript\\:alert(1))", _LINE + "[render.read-apart]"),
    ("reference-script", "See [our partners][p].\n\n[p]: javascript:alert(1)", "docs/en/index.md:17: [editorial.html]"),
    ("reference-angle-script", "See [x][j].\n\n[j]: <javascript:alert(1)>", "docs/en/index.md:17: [editorial.html]"),
    ("autolink-script", "See <javascript:alert(1)>.", _SCRIPT),
    ("vbscript", "See [partners](vbscript:msgbox).", _SCRIPT),
    ("data-upper-case", '<a href="DATA:text/html,x">x</a>', _LINE + "[editorial.html] §2: <a href=\"DATA:"),
    ("sms-with-body", "Text [+33 6 12 34 56 78](sms:+33612345678?body=I%20consent).", "sms:+33612345678"),
    ("svg-style-in-table", "<table><tr><td><svg><style><img src=x onerror=alert(1)></style></svg></td></tr></table>",
     _ALLOW),
    ("noscript-title-breakout", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', _ALLOW),
    ("template-content", "<template><img src=x onerror=alert(1)></template>", _ALLOW),
    ("select-template-style", "<select><template><style><img src=x onerror=alert(1)></style></template></select>",
     _ALLOW),
    ("math-mglyph-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>"
     "</mtext></math>", _ALLOW),
    ("svg-xlink", '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="15">click</text></a></svg>', _ALLOW),
    ("svg-animate-href", '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
     "[editorial.html] <animate"),
    ("img-srcset", '<img alt="logo" src="logo.png" srcset="https://evil.example/x.png 1x">', _ALLOW),
    ("a-ping", '<a href="https://example.org/" ping="https://evil.example/t">example.org</a>', "ping= on <a>"),
    ("button-formaction", '<form><button formaction="https://evil.example/">Send</button></form>', _ALLOW),
    ("video-poster", '<video poster="https://evil.example/p.png"></video>', _ALLOW),
    ("iframe-srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>', "[editorial.html] §2: <iframe>"),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">', _ALLOW),
    ("base-href", '<base href="https://evil.example/">', _ALLOW),
    ("style-element", "<style>p{display:none}</style>", "[editorial.html] §2: <style>"),
    ("div-markdown-1", '<div markdown="1">\n[x](javascript:alert(1))\n</div>', _ALLOW),
    ("cdata-script", "<![CDATA[<script>alert(1)</script>]]>", "[editorial.html] §2: <![CDATA["),
    ("attr-list-style", 'We sell your data.\n{: style="display:none" }', _ONLY_IDS),
    ("attr-list-handler", 'We keep your data.\n{: onclick="alert(1)" }', _ONLY_IDS),
    ("attr-list-theme-classes", "We sell your data.\n{: .md-typeset__scrollwrap .hidden }", "sets the class hidden"),
    ("attr-list-target-blank", 'See [our partners](https://example.org/){: target="_blank" }.', _ONLY_IDS),
    ("raw-target-blank", '<a href="https://example.org/" target="_blank">our partners</a>', "target= on <a>"),
    ("attr-list-dir", 'We keep.\n{: dir="rtl" }', _ONLY_IDS),
    ("attr-list-tabindex", 'We keep.\n{: tabindex="-1" }', _ONLY_IDS),
    ("attr-list-title-heading", '## 3. Third { title="we sell your data" }\n\nText.', _ONLY_IDS),
    ("nested-sub", "<sub><sub><sub><sub>We sell your data.</sub></sub></sub></sub>", "<sub> inside <sub>"),
    ("raw-del", "We <del>do not</del> sell your data.", _ALLOW),
    ("combining-long-stroke", "We s\u0336e\u0336l\u0336l\u0336 keep your data.", "[editorial.struck]"),
    ("direction-override-text", "We do not \u202eesu\u202c sell data.", "[editorial.bidi]"),
    ("direction-override-entity", "We do not &#x202e;lles&#x202c; data.", "[editorial.bidi]"),
    ("direction-override-link", "See [https://exam\u202eelpmaxe.org](https://example.org).", "[editorial.bidi]"),
    ("isolate-without-rtl-word", "We \u2067do not\u2069 sell.", "[editorial.bidi]"),
    ("variation-selector", "We do n\ufe0fot sell.", "[text.control]"),
    ("tag-characters", "We do not sell\U000e0041\U000e0042 data.", "[text.control]"),
    ("nul", "We keep\x00 your data.", "[text.control]"),
    ("private-ip-host", "See [our partners](https://192.168.0.1/partners).", "[editorial.link-target]"),
    ("decimal-ip-host", "See [our partners](https://3232235521/partners).", "[editorial.link-target]"),
    ("user-name-before-host", "See [https://example.org](https://example.org@evil.example/).",
     "[editorial.link-target]"),
    ("autolink-user-name", "See <https://example.org@evil.example/>.", "[editorial.link-target]"),
    ("backslash-host", "See [example.org](https:\\\\evil.example/).", "[editorial.link-target]"),
    ("protocol-relative", "See [example.org](//evil.example/).", "[editorial.link-text]"),
    ("percent-encoded-host", "See [example.org](https://%65vil.example/).", "[editorial.link-text]"),
    ("zero-width-in-host", "See [example.org](https://exa\u200bmple.org.evil.example/).", "[editorial.link-text]"),
    ("soft-hyphen-in-words", "See [exam&shy;ple.org](https://evil.example/).", "[editorial.link-text]"),
    ("mixed-script-host", "See [paypal.com](https://p\u0430ypal.com/).", "[editorial.link-target]"),
    ("lookalike-words", "See [\u0435xample.org](https://\u0435xample.org/).", "[editorial.address-lookalike]"),
    ("email-entity-words", "Write to [dpo&#64;example.org](mailto:x@evil.example).", "[editorial.link-text]"),
    ("mailto-bcc", "Write to [dpo@example.org](mailto:dpo@example.org?bcc=evil@evil.example).",
     "[editorial.link-target]"),
    ("tel-other-number", "Call [+33 1 23 45 67 89](tel:+33999999999).", "[editorial.link-text]"),
    ("section-sign-elsewhere", "See [§ 1](#s2).", "[editorial.link-text]"),
    ("theme-drawer-link", "See [the menu](#__drawer).", "[links.dead]"),
    ("theme-search-id", "We sell your data.\n{: #__search }", "docs/en/index.md:16: [editorial.html]"),
    ("theme-drawer-heading-id", "## 3. Third {#__drawer}\n\nText.", "[editorial.html] <h2 id="),
    ("archive-alias-id", '<span id="2001-01-01.s1">evil</span>', "[editorial.html] <span id="),
    ("section-id-twice", '<a id="s1">evil</a>', "[editorial.html] the id “s1” is on two elements"),
    ("tooltip-in-tooltip", '<abbr title="x"><abbr title="we sell your data">GDPR</abbr></abbr>', "[editorial.tooltip]"),
    ("deep-quotes", ">" * 200 + " deep", "[render.structure]"),
    ("deep-tags", "<div>" * 3000 + "x" + "</div>" * 3000, "[render.structure] HTML tags open within each other"),
    ("unclosed-brackets", "[" * 50000, "[render.structure]"),
    ("unclosed-angles", "<" * 100000, "[editorial.html]"),
    ("references-bomb", "&amp;" * 100000, "[render.structure]"),
    ("over-a-megabyte", "word " * 400000, "docs/en/index.md:1: [text.size]"),
    ("front-matter-template", "---template: 404.html", "docs/en/index.md:3: [frontmatter.key]"),
    ("front-matter-hide", "---hide:\n  - navigation\n  - toc", "docs/en/index.md:3: [frontmatter.key]"),
    ("front-matter-search-exclude", "---search:\n  exclude: true", "docs/en/index.md:3: [frontmatter.key]"),
    ("front-matter-description-markup", '---description: "<img src=x onerror=alert(1)>"', "docs/en/index.md:3: "),
    ("front-matter-summary-script", '---summary: "We changed [a thing](javascript:alert(1))."',
     "docs/en/index.md:3: [editorial.html]"),
    ("front-matter-summary-override", '---summary: "We do not \u202eesu\u202c sell data."',
     "docs/en/index.md:3: [editorial.bidi]"),
]


def _checked(repo: Path, text: str) -> tuple[int, str]:
    """`policy check` of the project with `text` as its English page: its exit code and what it printed."""
    from policysite import cli

    (repo / "docs" / "en" / "index.md").write_text(text, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(["--root", str(repo), "check"])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def project(published, tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("safety77") / "project"
    shutil.copytree(published, repo, symlinks=True)
    return repo


@pytest.mark.parametrize(("name", "body", "said"), HELD, ids=[case[0] for case in HELD])
def test_each_held_case_is_refused_at_its_line(project, monkeypatch, name, body, said):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    if body.startswith("---"):  # a line of the front matter
        text = page("2001-02-01", "Charlie paragraph.").replace("---\n\n#", body[3:] + "\n---\n\n#", 1)
    else:
        text = page("2001-02-01", body)
    code, printed = _checked(project, text)
    assert code == 1 and "Traceback" not in printed, printed[:2000]
    assert said in printed, printed[:2000]
    assert "docs/en/index.md:" in printed
