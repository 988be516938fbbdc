"""Words9: a version's build that failed with one of this package's messages said it in English in a French line
("la construction à partir du commit abc1234 a échoué : … is not …"): the message is kept, said in the site's language."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from policysite import building, messages
from policysite.errors import PublishError
from policysite.messages import Said


def test_a_failed_build_says_its_reason_in_the_sites_language(monkeypatch, tmp_path: Path):
    def failing(*_args, **_kwargs):
        raise ValueError(Said("at.day-invalid", value="2021-13-01"))

    monkeypatch.setattr(building, "build_version", failing)
    snap = SimpleNamespace(commit="abc1234" + "0" * 33)
    with pytest.raises(PublishError) as failed:
        building.build_or_refuse(None, ("2021-02-17", [], snap, tmp_path, None))
    said = messages.said_in(messages.text_of(failed.value), "fr")
    assert said == "2021-02-17\u00a0: la construction à partir du commit abc1234 a échoué\u00a0: " + \
        messages.said_in(Said("at.day-invalid", value="2021-13-01"), "fr")
