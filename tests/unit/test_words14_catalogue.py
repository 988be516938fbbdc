"""Words 14: the words the legal team and readers read in the catalogues: a day in a sentence written as the language
writes dates, plain words where a reader is no developer, no option the user did not type."""
from __future__ import annotations

import re

import pytest

from policysite import messages

_CODE_SPAN = re.compile(r"`[^`]*`")


def test_french_says_copyright_in_french_outside_code_and_keys():
    """« la ligne de copyright qui clôt la page »: French says « droits d'auteur »; `copyright` stays where it is the
    key of mkdocs.yml to write (in code quotes, or as the place a finding is at)."""
    english = {key: template for key, template in messages.catalogue("fr").items()
               if re.search(r"(?<![\w-])copyright(?![\w-])", _CODE_SPAN.sub("", template).removeprefix("copyright :")
                            .removeprefix("copyright\u00a0:"))}
    assert english == {}
    said = messages.say("convert.scraped-copyright", {"words": ["© 2024 Acme"]}, "fr")
    assert said == "la mention des droits d'auteur qui clôt la page (© 2024 Acme)\u00a0: laissée de côté", said


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_archive_s_branch_checked_out_is_said_without_an_option_not_typed(lang):
    """publish and history refuse gh-pages checked out in a worktree though `-b` was never typed (its default): the
    refusal says the archive's branch, not "-b gh-pages:"."""
    said = messages.say("refuse.checked-out", {"branch": "gh-pages", "where": "/srv/pages",
                                               "way": messages.Said("refuse.checked-out/prune")}, lang)
    assert "-b" not in said and "gh-pages" in said, said
