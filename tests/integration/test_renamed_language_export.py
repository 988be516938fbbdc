"""`policy export` of a branch whose published language's code the configuration renamed (en → en-GB)."""
from __future__ import annotations

import pytest

from policy_repo import new_project, rename_english
from policysite import export_site, messages
from policysite.errors import PublishError

pytestmark = pytest.mark.usefixtures("no_identity")


def test_export_after_a_language_code_renamed_says_the_rename_and_what_to_set_back(tmp_path):
    """publish9: publish and history refuse a renamed language saying what to set back (histories5); `policy export`
    said every file of en/ was "on gh-pages as no publication wrote it (edited by hand on the branch)" and to revert
    that edit or rebuild every version, neither of which helps. It says the rename now, and exports nothing."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.publish()
    rename_english(project)
    project.commit_all("English is en-GB")
    with pytest.raises(PublishError) as refused:
        export_site.export(root=project.root, site_dir=tmp_path / "public")
    said = messages.text_of(refused.value)
    assert str(refused.value) == (
        "en is published on gh-pages and no longer configured, and en-GB, never published, took its place: a "
        "language's code is its folder on the site, the addresses its readers cite (en/2021-02-17/, en/latest/), "
        "which the archive keeps for ever, so a published language keeps its code: set `code: en` back in "
        "the site's languages (`extra.policy.languages`), with mkdocs.en.yml (`theme.language: en`); its name (`name:`) and the folder of its "
        "pages (`docs_dir`) may change; nothing was exported")
    assert messages.said_in(said, "fr").endswith("(`docs_dir`) peuvent changer\u202f; rien n'a été exporté")
    assert not (tmp_path / "public").exists()
