"""publish.older names the newest version published as the newest, as published.older (the check's) does: it said
"the latest published version", while `latest` is the site's word for the version in force (mike's alias), another
version where a later one is announced ahead (legal23's notes; legal24)."""
from __future__ import annotations

import pytest

from policysite.messages import say


@pytest.mark.parametrize("key", ["publish.older", "publish.older/same"])
def test_the_version_a_new_text_must_follow_is_said_the_newest_published(key):
    fields = {"version": "2021-06-01", "latest": "2022-03-01", "changes": "fr: §2", "commit": "abc1234",
              "file": "unpublished.yml"}
    said = say(key, fields, "en") or ""
    assert said.startswith("2021-06-01 is older than the newest published version 2022-03-01"), said
    assert "latest" not in said, said
    assert "la dernière version publiée, 2022-03-01" in (say(key, fields, "fr") or "")
