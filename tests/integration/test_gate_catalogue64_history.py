"""Safety hunt 64 through the real commands: each input committed as a dated version of a temporary repository and
run through `policy history`, which refused none of the unsafe ones before (tests/unit/test_gate_catalogue64.py holds
the pieces): words hidden in characters that draw nothing, written as named references or as default-ignorable code
points the class of hidden runs lacked; a link showing an address with ideographic full stops or a domain in
capitals, or naming a section by its number and going to another. Each is refused, and nothing reaches gh-pages until
the team records it as never published; writing that needs such characters is published unchanged."""
from __future__ import annotations

import contextlib
import io
import os
import subprocess

import pytest

from helpers import git
from integration.test_gate_catalogue import commit_case, one_language_repo, refusals

UNSAFE = [
    ("named-reference-run", "body", "We keep your data.&ZeroWidthSpace;&NoBreak;&it;&ic;&af;&zwnj;&zwj; Nothing else."),
    ("named-reference-stray", "body", "We&ZeroWidthSpace; keep&zwnj; your&zwj; data&NoBreak; for&ZeroWidthSpace; a year."),
    ("format-characters-run", "body", "We keep your data.\u206a\u206b\u206c\u206d\U0001d173\U0001d174 Nothing else."),
    ("unassigned-plane-14", "body", "We keep your data.\U000e0080\U000e0081\U000e0082 Nothing else."),
    ("ideographic-stops-link", "body", "Ask [www。cnil。fr](https://evil.example/) for help."),
    ("capitals-domain-link", "body", "Ask [CNIL.FR](https://evil.example/) for help."),
    ("section-link", "body", "As [section 2](#s1) says."),
]
BENIGN = [("joined-and-hyphenated", "body", "Fish &amp; chips, 10&nbsp;%, Schiff\u00adfahrt, 👨\u200d👩\u200d👧.")]


@pytest.fixture(scope="module")
def hunted(tmp_path_factory) -> dict:
    from policysite import cli, spelling

    repo = one_language_repo(tmp_path_factory.mktemp("hunt64") / "project")
    cases = {name: commit_case(repo, n, name, kind, payload)
             for n, (name, kind, payload) in enumerate([*UNSAFE, *BENIGN], 1)}
    patch = pytest.MonkeyPatch()
    patch.setattr(spelling, "check", lambda *args, **kwargs: [])  # (each refusal the safety layers' own)
    patch.setattr(spelling, "lint_words", lambda *args, **kwargs: [])
    patch.setenv("GIT_CONFIG_GLOBAL", os.devnull)

    def history() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--root", str(repo), "history"])
        return code, out.getvalue(), err.getvalue()

    try:
        first = history()
        branch = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "gh-pages"], cwd=repo,
                                capture_output=True).returncode == 0
        (repo / "unpublished.yml").write_text("".join(f"- commit: {commit}\n  reason: refused by the gate\n"
                                                      for commit in refusals(first[2])), encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "record the refused versions", date="2024-06-01T12:00:00+00:00")
        second = history()
    finally:
        patch.undo()
    return {"repo": repo, "cases": cases, "first": first, "branch": branch, "second": second}


def test_history_refuses_them_and_writes_no_branch(hunted):
    code, stdout, stderr = hunted["first"]
    assert code == 1 and "Traceback" not in stderr
    assert not hunted["branch"] and "gh-pages is as it was" in stdout


@pytest.mark.parametrize("name", [case[0] for case in UNSAFE])
def test_each_is_refused_with_its_line(hunted, name):
    _date, commit = hunted["cases"][name]
    block = refusals(hunted["first"][2]).get(commit[:7], "")
    rule = "editorial.link-text" if "link" in name else "text.control"
    assert f"docs/en/index.md:15: [{rule}]" in block, hunted["first"][2]


def test_the_benign_is_published_unchanged_once_the_refused_are_recorded(hunted):
    code, stdout, stderr = hunted["second"]
    assert code == 0, stdout + stderr
    date, _commit = hunted["cases"]["joined-and-hyphenated"]
    published = git(hunted["repo"], "show", f"gh-pages:en/{date}/index.html")
    assert "Fish &amp; chips, 10&nbsp;%, Schiff\u00adfahrt, 👨\u200d👩\u200d👧." in published
    for name, _kind, _payload in UNSAFE:
        refused, _commit = hunted["cases"][name]
        assert f"en/{refused}/" not in git(hunted["repo"], "ls-tree", "-r", "--name-only", "gh-pages")
