"""safety58: a former folder of the site is one its own host had. HEAD's history of mkdocs.yml naming a folder on another
host (`https://elsewhere.example/other-project/`) made `/other-project/` of the site's host the site's: a page served
there loaded that other project's scripts as the site's own (the pages' `'self'` is the whole host), and the branch's
check took it."""
from __future__ import annotations

import pytest

from helpers import stored
from policy_repo import new_project
from policysite import servedpages
from policysite.formerhosts import former_folders
from policysite.project import opened
from unit.test_gate_catalogue56 import PAGE


@pytest.mark.usefixtures("no_identity")
@pytest.mark.parametrize("elsewhere", ["https://elsewhere.example/other-project/", "http://company.example/other-project/",
                                       "https://www.company.example.evil.example/other-project/"])
def test_a_folder_the_history_named_on_another_host_is_not_the_site_s(tmp_path, elsewhere):
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    present = "https://www.dial-once.com/politique-de-confidentialite/"
    assert present in text
    config.write_text(text.replace(present, elsewhere), encoding="utf-8")
    project.commit("2021-02-17")
    config.write_text(text.replace(present, present.replace("www.dial-once.com", "WWW.Dial-Once.com")), encoding="utf-8")
    project.commit_all("back on the site's host")
    page = PAGE.format(head='<script src="/other-project/x.js"></script>', text="")
    with opened(project.root) as site:
        assert former_folders(site) == {"/politique-de-confidentialite/"}
        refused = servedpages.unsafe(site, {"fr/404.html": ("100644", stored(project.root, page))})
    assert [line.partition(":")[0] for line in refused] == ["fr/404.html"], refused
    assert "/other-project/x.js" in refused[0]
