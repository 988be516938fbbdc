"""What the redlines said wrongly after hunt 10 (redline11): a merge or a split of three or more paragraphs names its
count ("3 paragraphs merged into this one"), in each language's plural form, and a split is said once, in HTML after
its first part and in Word after its last, never once per part."""
from __future__ import annotations

import io

import docx
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import redline
from policysite.redline.docx import render_docx
from policysite.strings import counted, redline_labels
from unit.test_redline import policy
from unit.test_redline8_docx import reading, text_of
from unit.test_redline9 import A, B, C, _body
from unit.test_redline10 import D
from unit.test_redline_docx import paragraph_text

E = "We answer every request within one month of receiving it."
MERGED_THREE = (_body(A, B, D, C), _body(f"{A} {B} {D}", C))
MERGED_FOUR = (_body(A, B, D, E, C), _body(f"{A} {B} {D} {E}", C))


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(old), policy(new, date="2030-02-01"))


def _html(r: redline.Redline, lang: str = "en") -> str:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    return redline.render_html(r, env=env, lang=lang)


def _said_in_word(data: bytes) -> list[str]:
    """The Word redline's paragraphs of the section holding the paragraphs, as accepted."""
    texts = [paragraph_text(p._p, accept=True) for p in docx.Document(io.BytesIO(data)).paragraphs]
    start = next(k for k, text in enumerate(texts) if text.endswith("Retention"))
    end = next(k for k, text in enumerate(texts) if text.endswith("Rights"))
    return [text for text in texts[start + 1:end] if text]


@pytest.mark.parametrize(("texts", "n"), [(MERGED_THREE, 3), (MERGED_FOUR, 4)])
def test_a_merge_names_how_many_paragraphs_it_joined_in_every_redline(texts, n):
    r = _diff(*texts)
    line = f"{n} paragraphs merged into this one."
    assert redline.render_text(r, color=False).count(line) == 1
    assert _html(r).count(f'<p class="redline-moved">{line}</p>') == 1
    assert f"{n} paragraphes réunis en celui-ci." in redline.render_markdown(r, lang="fr")
    data = render_docx(r, author="Acme")
    assert _said_in_word(data).count(line) == 1


@pytest.mark.parametrize(("texts", "n"), [(MERGED_THREE, 3), (MERGED_FOUR, 4)])
def test_a_split_into_several_is_said_once_with_its_count_after_its_first_part_on_the_page(texts, n):
    r = _diff(texts[1], texts[0])
    line = f"One paragraph split into {n}, this one among them."
    text = redline.render_text(r, color=False)
    assert text.count(line) == 1 and "Split into this paragraph and the next" not in text
    html = _html(r)
    assert html.count('<p class="redline-moved">') == 1 and html.count(line) == 1
    # under the first part: before the second part's words
    assert html.index(line) < html.index("You may ask us")
    assert [b.get("joined_count") for s in redline.to_json(r)["sections"] for b in s["blocks"] if b.get("joined")] \
        == [n] + [None] * (n - 2)


@pytest.mark.parametrize(("texts", "n"), [(MERGED_THREE, 3), (MERGED_FOUR, 4)])
def test_a_split_into_several_is_said_once_in_word_after_its_last_part_exact_both_ways(texts, n):
    new, old = texts
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    data = render_docx(redline.diff(old_policy, new_policy), author="Acme")
    said = _said_in_word(data)
    line = f"One paragraph split into {n}, this one among them."
    # its status, the paragraph before, the n parts, then the line (after the last part), then C
    assert said.count(line) == 1 and said.index(line) == n + 2 and said[n + 3] == C
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)


@pytest.mark.parametrize(("lang", "key", "said"), [
    ("fr", "joined_split", {2: "Un paragraphe scindé en 2, dont celui-ci.", 5: "Un paragraphe scindé en 5, dont celui-ci."}),
    ("pl", "joined_merged", {2: "2 akapity połączone w ten akapit.", 5: "5 akapitów połączonych w ten akapit.",
                             22: "22 akapity połączone w ten akapit."}),
    ("cs", "joined_merged", {3: "3 odstavce sloučeny do tohoto.", 5: "5 odstavců sloučeno do tohoto."}),
    ("ar", "joined_merged", {2: "دُمجت فقرتان (2) في هذه الفقرة.", 3: "دُمجت 3 فقرات في هذه الفقرة.",
                             11: "دُمجت 11 فقرة في هذه الفقرة."}),
])
def test_the_count_takes_the_plural_form_its_language_asks_for(lang, key, said):
    labels = redline_labels(lang)
    assert {n: counted(labels, key, n, lang, n=n) for n in said} == said


def test_the_compare_page_is_given_every_form_of_the_counted_merge_and_split():
    """compare.js counts the merge and the split with Intl.PluralRules: it needs each form, not only `other`."""
    import json
    import re

    from policysite import archive

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    given = json.loads(re.search(r'class="policy-compare-strings">(.*?)</script>',
                                 archive.compare_page(env=env, lang="pl")).group(1))
    assert {key: text for key, text in given.items() if key.startswith("joined_")} == {
        key: text for key, text in redline_labels("pl").items() if key.startswith("joined_")}
    assert given["joined_merged|few"] == "{n} akapity połączone w ten akapit."
