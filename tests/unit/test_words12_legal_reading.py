"""Words 12: the messages read as a lawyer reads them, every one of both catalogues, in each form a count gives it.

French elides before a vowel what a terminal's user reads in one piece ("la case que elle montrait" was written for one
box; "qu'elle"); a code to type is between backticks, so that it is not read as a word ("un code de langue tel que
fr, de" read "que fr", a French "de"); no message cites the project's own work notes ("(history hunt 18)" ended
verify.shallow in both languages)."""
from __future__ import annotations

import re

import pytest

from policysite.messages import LANGUAGES, catalogue, say

_FORMS = re.compile(r"\{(\w+):(form|plural):([^{}]*)\}")
# A word French elides before a vowel or a mute h, written whole before one (not a pronoun after its verb,
# `enregistrez-le en`, nor `si` but before il, ils)
_UNELIDED = re.compile(r"(?<![\w'’`-])(?:le|la|de|que|ne|se|ce|je|me|te|jusque|lorsque|puisque) "
                       r"(?=[aeiouyéèêëàâîïôûœ]|h(?:abit|eur|ist|om|ôt|yp|ui|orair|ébe))"
                       r"|(?<![\w'’`-])si (?=ils?\b)", re.IGNORECASE)
# A setting's or a file's name (extra.policy.public_url, .github/), typed as written
_CODE_NAME = re.compile(r"[\w-]+(?:[./_][\w-]+)+/?")


def _said_forms(template: str) -> list[str]:
    """The template as a user reads it for each form its counts give (one, many), its other fields left as `X`, its
    code spans as ``."""
    variants = [re.sub(r"`[^`]*`", "``", template)]
    for match in _FORMS.finditer(variants[0]):
        forms = match.group(3).split("|")
        variants = [variant.replace(match.group(0), ("2 " if match.group(2) == "plural" else "") + form, 1)
                    for variant in variants for form in forms][:64]
    return [_CODE_NAME.sub("``", re.sub(r"\{[^{}]*\}", "X", variant)) for variant in variants]


def test_french_elides_before_a_vowel_in_every_form_of_every_message():
    unelided = sorted({(key, said[max(0, found.start() - 20):found.end() + 15])
                       for key, template in catalogue("fr").items() for said in _said_forms(template)
                       for found in _UNELIDED.finditer(said)})
    assert unelided == []


# How a message would cite the project's own work notes: a hunt, a session, a reader's or a helper's report
_WORK_NOTES = re.compile(r"\b(?:hunt|session|adoption|reader|words|histories|company|review)\s*\d+\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_cites_the_projects_work_notes(lang):
    cited = sorted(key for key, template in catalogue(lang).items()
                   if _WORK_NOTES.search(re.sub(r"\{[^{}]*\}", "X", template)))
    assert cited == []


def test_one_box_is_said_with_qu_elle():
    one = say("convert.task-boxes", {"count": 1, "ticked": "[x]", "unticked": "[ ]"}, "fr")
    assert "comme la case qu'elle montrait" in one and "que elle" not in one, one


# The YAML parser's own words (PyYAML's problems as it says them), which the legal team meets writing a page's front
# matter: said in plain words in English as in French ("mapping values are not allowed here", "expected <block end>,
# but found <scalar>" were said so in English); outside code spans. A rare problem's text, PyYAML's own, is no
# template of the catalogue (yaml.other).
_PARSER_WORDS = re.compile(r"\bmappings?\b|\bscalars?\b|sequence entr|node content|\bstream\b|constructor|any token"
                           r"|<(?:block|flow|document|stream|scalar|key|value)[a-z ]*>", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_says_the_yaml_parsers_words(lang):
    said = sorted(key for key, template in catalogue(lang).items()
                  if _PARSER_WORDS.search(re.sub(r"`[^`]*`", "``", template)))
    assert said == []


def test_a_colon_in_a_summary_is_said_in_plain_english():
    from policysite import document

    policy = document.parse("---\ndate: 2024-01-01\nsummary: We keep: ten years.\n---\n# T\n\n## 1. A\n\nB.\n",
                            path="p.md", lang="en")
    [finding] = [f for f in policy.problems if f.rule == "frontmatter.yaml"]
    assert "a field's value (after “: ”) is not allowed here" in finding.message, finding.message
