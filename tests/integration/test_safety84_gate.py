"""safety84 through the real `policy publish` and `policy verify`: an id of the text naming a global the site's
scripts define (`policySearchQuery`, Material's `document$`) reached gh-pages, the element standing for that global
until the script assigned it (DOM clobbering; the unit rows: test_safety84_script_globals), and so did a link showing
no words (`[](https://evil.example/)`, a zero-width space: test_safety84_unseen_links). Publishing refuses each at the
line writing it, gh-pages as it was; a hand commit putting one on the branch is named by verify."""
from __future__ import annotations

import shutil
import subprocess
import types

import pytest

from integration.test_gate_catalogue66 import (  # (the fixture: the first version published)
    published as published,
    refused,
)
from policy_repo import commit_on_branch
from policysite import verify

_SAID = ": {rule} <{tag} id=“{name}”>: the name of a global the site's scripts define"
# (the checks of a version's commit know the installed theme's globals, Material's `document$`: editorial.html; the
# site's own scripts' are the output check's, which reads the project's theme folder: both at the line writing it)
_OUTPUT = "[safety.output] index.html:"

CASES = [
    ("attribute-list", "We keep your data one year.\n{: #policySearchQuery }", 16, "p", "policySearchQuery", _OUTPUT),
    ("raw-span", 'We keep <span id="document$">your data</span> one year.', 15, "span", "document$",
     "[editorial.html]"),
    ("heading", "### 2.1 Kept data {: #policyVersions }\n\nWe keep your data.", 15, "h3", "policyVersions", _OUTPUT),
]


@pytest.mark.parametrize(("body", "line"), [("Alpha [](https://evil.example/) beta.", 15),
                                            ("Alpha [\u200b](https://evil.example/) beta.", 15),
                                            ("See [the terms][t] and [][t].\n\n[t]: https://evil.example/", 15)])
def test_publish_refuses_a_link_showing_no_words_at_its_line(published, tmp_path, monkeypatch, body, line):
    refused(published, tmp_path, monkeypatch, "wordless", body, lambda repo: None,
            f"docs/en/index.md:{line}: [editorial.html] <a href=“https://evil.example/”> shows no words")


@pytest.mark.parametrize(("name", "body", "line", "tag", "ident", "rule"), CASES, ids=[case[0] for case in CASES])
def test_publish_refuses_an_id_naming_a_script_s_global_at_its_line(published, tmp_path, monkeypatch, name, body,
                                                                      line, tag, ident, rule):
    refused(published, tmp_path, monkeypatch, name, body, lambda repo: None,
            f"docs/en/index.md:{line}" + _SAID.format(rule=rule, tag=tag, name=ident))


@pytest.mark.parametrize(("forged", "said"), [
    (b'<p id="policyVersions">Alpha paragraph.</p>', "the name of a global the site's scripts define"),
    (b'<p>Alpha paragraph.<a href="https://evil.example/"></a></p>', "shows no words"),
])
def test_verify_names_a_page_given_one_by_hand(published, tmp_path, forged, said):
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    path = "en/2001-01-01/index.html"
    page = subprocess.run(["git", "show", f"gh-pages:{path}"], cwd=repo, capture_output=True, check=True).stdout
    assert page.count(b"<p>Alpha paragraph.</p>") == 1
    commit_on_branch(types.SimpleNamespace(root=repo),  # type: ignore[arg-type]
                     {path: page.replace(b"<p>Alpha paragraph.</p>", forged)})
    told = [str(line) for line in verify.verify(root=repo).problems if said in str(line)]
    assert told and all(path in line for line in told), told
