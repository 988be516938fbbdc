"""Every finding `policy check` and `policy publish` print names a file and a line, in English and in French: a catalogue
of bad inputs of every kind the gate refuses (the text's Markdown, HTML written in it, the theme folder's stylesheet,
templates and images, mkdocs.yml's settings nested in lists) through the real commands. Before lines1, a stylesheet's
declaration and a setting of mkdocs.yml were named by their file alone (`policy check` put every setting at
`mkdocs.yml:1`): a legal team with a 400-line extra.css or mkdocs.yml could not find what was refused."""
from __future__ import annotations

import contextlib
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import git
from integration.test_gate_catalogue66 import (
    _appended,
    _replaced,
    page,
    published as published,  # (the fixture: the first version published)
)

_CSS = "overrides/assets/stylesheets/policy.css"


def _new(path: str, text: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    return change


# The text's Markdown, and HTML written in it: a script, a frame, a handler, a script URL, an image from elsewhere.
_MARKDOWN = ("We keep your data for one year.\n\nWe <img src=x onerror=alert(1)> sell it.\n\n"
             "<script>alert(1)</script>\n\n<iframe src=\"https://tracker.example/\"></iframe>\n\n"
             "See [our partners](javascript:alert(1)) and ![a chart](https://tracker.example/chart.png).\n\n"
             "A paragraph with a handler.\n{: onclick=\"alert(1)\" }\n")

# The configuration, nested settings too, and the theme folder: a stylesheet that hides, loads and writes unreadably,
# a template and an image of the project's own.
_CONFIGURATION = [
    _appended(_CSS, "\n/* the brand's rules,\n   over two lines */\n.md-typeset h2 { display: none }\n"
                    "@import url(https://tracker.example/x.css);\n.md-typeset p {\n  color: #ffffff;\n}\n"
                    ".md-typeset ul { oops }\n"),  # (a typo: the parser's error, once a traceback)
    _new("overrides/partials/footer.html", "<footer>We sell your data.</footer>\n"),
    _new("overrides/assets/images/badge.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n'
                                              '    <rect onload="alert(1)"/>\n  </g>\n</svg>\n'),
    _replaced("mkdocs.yml", "markdown_extensions:\n", "markdown_extensions:\n  - pymdownx.snippets\n"),
    _replaced("mkdocs.yml", "extra_css:\n", "extra_css:\n  - https://cdn.example/brand.css\n"),
    _appended("mkdocs.yml", "repo_url: https://example.com/acme/policy\nextra_templates:\n  - notice.html\n"),
]

# A finding's place: a file (no space in its name) and a line, `path:12` or `path:12:3`, before its words (French
# spaces its colon); the settings a configuration refusal names together, each at its line.
_PLACE = re.compile(r"\S+:\d+(?::\d+)?(?:, \S+:\d+(?::\d+)?)*(?:\u00a0)?: ")


def _said(repo: Path, argv: list[str], lang: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    from policysite import cli

    monkeypatch.setenv("POLICY_MESSAGES", lang)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--root", str(repo), *argv])
    said = out.getvalue() + err.getvalue()
    assert "Traceback" not in said, said
    return code, said


def _unplaced(said: str, *, check: bool) -> list[str]:
    """The lines of a command's output that say a finding without its file and line: `policy check`'s every line but
    its count, a refusal's every indented line (each a finding or a refused setting)."""
    lines = said.splitlines()
    findings = lines[:-1] if check else [line.removeprefix("  ") for line in lines if line.startswith("  ")]
    return [line for line in findings if not _PLACE.match(line)]


def _project(published: Path, tmp_path: Path, changes: list[Callable[[Path], None]], body: str) -> Path:
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(page("2001-02-01", body), encoding="utf-8")
    for change in changes:
        change(repo)
    return repo


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_finding_of_policy_check_names_its_file_and_line(published, tmp_path, monkeypatch, lang):
    repo = _project(published, tmp_path, _CONFIGURATION, _MARKDOWN)
    code, said = _said(repo, ["check"], lang, monkeypatch)
    assert code == 1, said
    assert _unplaced(said, check=True) == [], said
    css = (repo / _CSS).read_text(encoding="utf-8").splitlines()
    line = max(n for n, text in enumerate(css, 1) if "display: none" in text)  # (the generator's has one)
    assert f"{_CSS}:{line}:18 " in said, said  # (the declaration's own place, inside the setting's finding)
    assert "overrides/assets/images/badge.svg:3 " in said, said  # (the element's line)
    assert f"{_CSS}:{len(css)}:" in said, said  # (the typo's line)
    config = (repo / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    snippets = next(n for n, text in enumerate(config, 1) if "pymdownx.snippets" in text)
    assert f"mkdocs.yml:{snippets}: [config.refused] markdown_extensions" in said, said
    for words in ("onerror", "<script>", "<iframe", "javascript:", "chart.png", "onclick"):
        markdown = (repo / "docs" / "en" / "index.md").read_text(encoding="utf-8").splitlines()
        where = next(n for n, text in enumerate(markdown, 1) if words in text)
        assert f"docs/en/index.md:{where}: " in said, (words, said)


# The text's front matter, unreadable: the page's other findings wait for it.
_FRONT_MATTER = [_replaced("docs/en/index.md", "date: 2001-02-01\n", "date: 2001-02-01\nsummary: [unclosed\n")]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", ["configuration", "markdown", "front-matter"])
def test_every_finding_of_a_refused_publication_names_its_file_and_line(published, tmp_path, monkeypatch, lang,
                                                                        kind):
    changes, body = {"configuration": (_CONFIGURATION, "Charlie paragraph."), "markdown": ([], _MARKDOWN),
                     "front-matter": (_FRONT_MATTER, "Charlie paragraph.")}[kind]
    repo = _project(published, tmp_path, changes, body)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", kind, date="2024-02-01T12:00:00+00:00")
    before = git(repo, "rev-parse", "gh-pages")
    code, said = _said(repo, ["publish"], lang, monkeypatch)
    assert code == 1, said
    assert _unplaced(said, check=False) == [], said
    assert len([line for line in said.splitlines() if line.startswith("  ")]) >= (1 if kind == "front-matter" else 5), \
        said
    assert git(repo, "rev-parse", "gh-pages") == before
