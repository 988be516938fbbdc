"""Safety hunt 64 through the real commands: each input committed as a dated version of a temporary repository and
run through `policy history`, which refused none of the unsafe ones before (tests/unit/test_gate_catalogue64.py holds
the pieces): words hidden in characters that draw nothing, written as named references or as default-ignorable code
points the class of hidden runs lacked; a link showing an address with ideographic full stops or a domain in
capitals, or naming a section by its number and going to another. Each is refused, and nothing reaches gh-pages until
the team records it as never published; writing that needs such characters is published unchanged."""
from __future__ import annotations

import pytest

from helpers import git
from integration.test_gate_catalogue import refusals, run_catalogue

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
    """The cases run as the gate's catalogue runs its own: `policy history`, then again once the refused are recorded
    in unpublished.yml (spelling off: each refusal the safety layers' own)."""
    return run_catalogue(tmp_path_factory.mktemp("hunt64") / "project", unsafe=UNSAFE, benign=BENIGN)


def test_history_refuses_them_and_writes_no_branch(hunted):
    assert hunted["code"] == 1 and "Traceback" not in hunted["stderr"]
    assert not hunted["first_branch"] and "gh-pages is as it was" in hunted["stdout"]


@pytest.mark.parametrize("name", [case[0] for case in UNSAFE])
def test_each_is_refused_with_its_line(hunted, name):
    _date, commit, _kind = hunted["cases"][name]
    block = refusals(hunted["stderr"]).get(commit[:7], "")
    rule = "editorial.link-text" if "link" in name else "text.control"
    assert f"docs/en/index.md:15: [{rule}]" in block, hunted["stderr"]


def test_the_benign_is_published_unchanged_once_the_refused_are_recorded(hunted):
    code, stdout, stderr = hunted["second"]
    assert code == 0, stdout + stderr
    date, _commit, _kind = hunted["cases"]["joined-and-hyphenated"]
    published = git(hunted["repo"], "show", f"gh-pages:en/{date}/index.html")
    assert "Fish &amp; chips, 10&nbsp;%, Schiff\u00adfahrt, 👨\u200d👩\u200d👧." in published
    for name, _kind, _payload in UNSAFE:
        refused, _commit, _unsafe = hunted["cases"][name]
        assert f"en/{refused}/" not in git(hunted["repo"], "ls-tree", "-r", "--name-only", "gh-pages")
