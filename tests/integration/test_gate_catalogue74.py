"""Safety hunt 74 through the real `policy publish`: an attacker with commit rights on mkdocs.yml, the theme folder,
the policy's Markdown and its front matter, or who hands the company a policy to import. Each case is a commit on a
temporary repository whose first version is published, then `policy publish`: before this hunt each reached
gh-pages; now each is refused, its finding naming the file and line in English and in French, and gh-pages is as it
was. The holes' unit rows: test_safety74. (The routes tried and already refused are listed in the hunt's report.)"""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue66 import (
    _replaced,
    placed,
    published as published,  # (the fixture: the first version published)
    refused,
)

_CHANGED = "We sell your data to brokers."


# (name, the page's added Markdown, the change to the project's other files, what the refusal says in en and fr)
CASES = [
    # The English pages' digits chosen Bengali: every date the site writes (under the title, "in force since", the
    # archived notice, the history) in digits a reader takes for others, ৪ (4) for an 8, ৭ (7) for a 9.
    ("digits-of-another-script", _CHANGED,
     _replaced("mkdocs.yml", "      - code: en\n        name: English\n",
               "      - code: en\n        name: English\n        digits: beng\n"),
     {"en": placed("mkdocs.yml", "digits: beng", ": extra.policy.languages: en is given the digits beng "
                   "(০১২৩৪৫৬৭৮৯), which are not those its language is written with"),
      "fr": placed("mkdocs.yml", "digits: beng", "\u00a0: extra.policy.languages\u00a0: en reçoit les chiffres beng "
                   "(০১২৩৪৫৬৭৮৯), qui ne sont pas ceux dans lesquels s'écrit sa langue")}),
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "body", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, body, change, said,
                                                    language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, name, body, change, said[language])


def test_the_catalogue_names_its_cases():
    assert len({case[0] for case in CASES}) == len(CASES)
