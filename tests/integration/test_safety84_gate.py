"""safety84 through the real `policy publish` and `policy verify`: an id of the text naming a global the site's
scripts define (`policySearchQuery`, Material's `document$`) reached gh-pages, the element standing for that global
until the script assigned it (DOM clobbering; the unit rows: test_safety84_script_globals). Publishing refuses it at the
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

_SAID = ": [safety.output] index.html: <{tag} id=“{name}”>: the name of a global the site's scripts define"

CASES = [
    ("attribute-list", "We keep your data one year.\n{: #policySearchQuery }", 16, "p", "policySearchQuery"),
    ("raw-span", 'We keep <span id="document$">your data</span> one year.', 15, "span", "document$"),
    ("heading", "### 2.1 Kept data {: #policyVersions }\n\nWe keep your data.", 15, "h3", "policyVersions"),
]


@pytest.mark.parametrize(("name", "body", "line", "tag", "ident"), CASES, ids=[case[0] for case in CASES])
def test_publish_refuses_an_id_naming_a_script_s_global_at_its_line(published, tmp_path, monkeypatch, name, body,
                                                                      line, tag, ident):
    refused(published, tmp_path, monkeypatch, name, body, lambda repo: None,
            f"docs/en/index.md:{line}" + _SAID.format(tag=tag, name=ident))


def test_verify_names_a_page_given_such_an_id_by_hand(published, tmp_path):
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    path = "en/2001-01-01/index.html"
    page = subprocess.run(["git", "show", f"gh-pages:{path}"], cwd=repo, capture_output=True, check=True).stdout
    assert page.count(b"<p>Alpha paragraph.</p>") == 1
    commit_on_branch(types.SimpleNamespace(root=repo),  # type: ignore[arg-type]
                     {path: page.replace(b"<p>Alpha paragraph.</p>", b'<p id="policyVersions">Alpha paragraph.</p>')})
    report = verify.verify(root=repo)
    told = [str(line) for line in report.problems if "policyVersions" in str(line)]
    assert told and all(path in line for line in told), [str(line) for line in report.problems]
    assert any("the name of a global the site's scripts define" in line for line in told), told
