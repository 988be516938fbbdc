"""Safety hunt 66 through the real `policy publish`: an attacker with commit rights on the policy's Markdown, mkdocs.yml
and the theme folder, not on the generator. Each case is one commit on a temporary repository whose first version is
published, then `policy publish`: before this hunt each reached gh-pages; now each is refused, its finding naming the
file (and line), and gh-pages is as it was. The holes' unit rows: test_config_rules (the stylesheet's chrome, links,
corners and weights; the configuration's keys), test_rendering (the ids of sections and of the title)."""
from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gate_changes import CSS
from helpers import git, one_language_project


def page(date: str, body: str = "") -> str:
    return (f"---\ndate: {date}\n---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph.\n\n"
            f"## 2. Second section\n\nBravo paragraph.\n\n{body}\n")


def publish(repo: Path) -> tuple[int, str, str]:
    """`policy publish` in this process: its exit code, stdout and stderr."""
    from policysite import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--root", str(repo), "publish"])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """Example Org's project with its first version (2001-01-01) published."""
    return published_first(tmp_path_factory.mktemp("hunt66") / "project", page("2001-01-01"))


def published_first(folder: Path, text: str) -> Path:
    """Example Org's project in `folder` whose first version, `text`, is committed and published: its root."""
    repo = one_language_project(folder)
    (repo / "docs" / "en" / "index.md").write_text(text, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
        code, stdout, stderr = publish(repo)
    assert code == 0, stdout + stderr
    return repo


def _appended(path: str, text: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        file = repo / path
        file.write_text(file.read_text(encoding="utf-8") + text, encoding="utf-8")
    return change


def placed(path: str, words: str, said: str) -> Callable[[Path], str]:
    """What a refusal says (`said`) after the place of the last `words` of the changed project's file `path`:
    `path:line` (a stylesheet's `path:line:column`), as the refusal names the setting or declaration it refuses."""
    def where(repo: Path) -> str:
        lines = (repo / path).read_text(encoding="utf-8").splitlines()
        number = max(n for n, line in enumerate(lines, 1) if words in line)
        column = f":{lines[number - 1].index(words) + 1}" if path.endswith(".css") else ""
        return f"{path}:{number}{column}{said}"
    return where


def _replaced(path: str, old: str, new: str) -> Callable[[Path], None]:
    def change(repo: Path) -> None:
        file = repo / path
        text = file.read_text(encoding="utf-8")
        assert old in text, old
        file.write_text(text.replace(old, new), encoding="utf-8")
    return change


# (name, the page's added Markdown, the change to the project's other files, what the refusal says)
CASES: list[tuple[str, str, Callable[[Path], None], str | Callable[[Path], str]]] = [
    # A chrome class's name in an attribute selector took a rule of the text for the theme's header, whose colours
    # the contrast check does not read: the paragraph given that id was drawn white on white.
    ("stylesheet-attribute-chrome", "We keep your data for one year.\n\nWe sell it to brokers.\n{: #md-header-note }",
     _appended("overrides/assets/stylesheets/policy.css", "\n.md-typeset [id^=md-header] { color: #ffffff }\n"),
     placed(CSS, "color: #ffffff", " sets color: #ffffff (.md-typeset [id^=md-header]): a contrast of 1.0:1")),
    # The chrome's colours were not read at all: an archived version's notice ("this text is no longer in force", in
    # Material's warning banner) drawn in the banner's own yellow, the header's version name in the header's indigo.
    ("stylesheet-banner-notice", "Charlie paragraph.",
     _appended("overrides/assets/stylesheets/policy.css", "\n.md-banner--warning { color: #ffff99 }\n"),
     placed(CSS, "color: #ffff99", " sets color: #ffff99 (.md-banner--warning): a contrast of 1.0:1 with the "
            "background the theme draws its md-banner--warning on (#ffff99)")),
    ("stylesheet-header-version", "Charlie paragraph.",
     _appended("overrides/assets/stylesheets/policy.css", "\n.md-version__current { color: #4051b5 }\n"),
     placed(CSS, "color: #4051b5", " sets color: #4051b5 (.md-version__current): a contrast of 1.0:1 with the "
            "background the theme draws its md-version on (#4051b5)")),
    # A white header with black words: Material draws the text's links in the header's colour, white on white.
    ("stylesheet-header-links", "Charlie paragraph, with [our partners](https://example.org/partners).",
     _appended("overrides/assets/stylesheets/policy.css",
               "\n:root { --md-primary-fg-color: #ffffff; --md-primary-bg-color: #000000 }\n"),
     placed(CSS, "--md-primary-fg-color: #ffffff", " sets --md-primary-fg-color: #ffffff (:root): a contrast of "
            "1.0:1 with the page's background, on which the theme draws the text's links in this colour")),
    # A table's corners rounded to an ellipse: the theme hides a table's overflow, the corner cells' words clipped.
    ("stylesheet-round-table", "| Data | Kept for |\n|---|---|\n| Contact details | 3 years |\n| Sold to brokers | ever |",
     _appended("overrides/assets/stylesheets/policy.css", "\n.md-typeset table { border-radius: 50% }\n"),
     placed(CSS, "border-radius: 50%", " sets border-radius: 50% (.md-typeset table): a corner rounder than 8px, "
            "0.5em clips the words under it")),
    # Words drawn in a variable system font's thinnest strokes.
    ("stylesheet-hairline", "We sell your data to brokers.",
     _appended("overrides/assets/stylesheets/policy.css", "\n.md-typeset p { font-weight: 1 }\n"),
     placed(CSS, "font-weight: 1", " sets font-weight: 1 (.md-typeset p): words drawn in hairline strokes")),
    # An id of the text in a section's form, on a paragraph (links to a §7 this version lacks landed there, no notice
    # saying so), or the title's (the title's heading became `…_1`, the skip link going to the paragraph).
    ("section-id", "We sell your data.\n{: #s7 }", lambda repo: None,
     "docs/en/index.md:16: [editorial.html] the id “s7” is the one the site gives a numbered section's heading"),
    ("title-id", "We sell your data.\n{: #example-privacy-policy }", lambda repo: None,
     "docs/en/index.md:16: [editorial.html] the id “example-privacy-policy” is on two elements of the text"),
    # MkDocs' settings no check read: the text left out of the build (the version published with its PDF, its
    # changes and its sitemap, without its page), every page written as a file where the site names folders.
    ("draft-docs", "Charlie paragraph.", _appended("mkdocs.yml", "draft_docs: |\n  index.md\n"),
     placed("mkdocs.yml", "draft_docs:", ": draft_docs: not a setting the generator builds with")),
    ("exclude-docs", "Charlie paragraph.", _appended("mkdocs.yml", "exclude_docs: |\n  /index.md\n"),
     placed("mkdocs.yml", "exclude_docs:", ": exclude_docs: not a setting the generator builds with")),
    ("directory-urls", "Charlie paragraph.",
     _replaced("mkdocs.yml", "use_directory_urls: true", "use_directory_urls: false"),
     placed("mkdocs.yml", "use_directory_urls:", ": use_directory_urls: False: each page would be written as a file "
            "of its own")),
]


@pytest.mark.parametrize(("name", "body", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, body, change, said):
    refused(published, tmp_path, monkeypatch, name, body, change, said)


def refused(published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str,
            change: Callable[[Path], None], said: str | Callable[[Path], str]) -> None:
    """A copy of the published project with the page's new version (its Markdown `body`) and `change`, committed as
    `name`: `policy publish` refuses it saying `said` (or what `said` says of the changed project: `placed`), no
    traceback, gh-pages as it was."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(page("2001-02-01", body), encoding="utf-8")
    change(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", name, date="2024-02-01T12:00:00+00:00")
    before = git(repo, "rev-parse", "gh-pages")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    code, stdout, stderr = publish(repo)
    assert code == 1 and "Traceback" not in stderr, stdout + stderr
    said = said if isinstance(said, str) else said(repo)
    assert said in stderr, stderr
    assert git(repo, "rev-parse", "gh-pages") == before
    assert "2001-02-01" not in git(repo, "ls-tree", "-r", "--name-only", "gh-pages")
