"""safety60: the archive's alias spans (`span.policy-alias`, `span.policy-since`: a section's former ids, and the ids of
the sections removed before a version) were accepted by the output check anywhere in the text: one in a paragraph took
an earlier version's links (`#2021-02-17.s1`) to a place of its choosing, one naming a removed section made policy.js
say that a section was removed that never was. They pass where the build writes them only; the text may never write
one (`policy check`, with its file and line)."""
from __future__ import annotations

import pytest

from policysite import anchors, rendering, safety
from policysite.document import parse
from policysite.messages import said_in
from unit.test_safety import THEME, page


def _said(article: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(page(article), file="en/2022-03-01/index.html", theme_dirs=THEME)]


def _placed(found: list[str]) -> list[str]:
    return [message for message in found if "of the archive's former ids" in message]


def test_the_spans_the_build_writes_pass():
    """anchors.with_aliases: a section's aliases and dated id in its heading, the removed sections' ids under the
    title, in the article itself; partials/redline.html: a changes page's section carries the aliases of the sections
    it shows."""
    policy = parse("---\ndate: 2022-03-01\n---\n\n# Policy\n\n## 1. Scope\n\nText.\n", path="p.md", lang="en")
    found = anchors.page_anchors(policy)
    found.aliases[0] = ["2021-02-17.s2", "scope-of-the-policy"]
    found.removed = ["2021-02-17.s5"]
    html = anchors.with_aliases('<h1 id="policy">Policy</h1><h2 id="s1">1. Scope</h2><p>Text.</p>', found)
    assert html.count("policy-alias") == 3
    assert _said(html) == []
    changes = ('<section class="redline-section redline-renumbered" id="redline-s1"><span class="policy-alias" '
               'id="redline-s2"></span><span class="policy-alias" id="2021-02-17.s1"></span><h2>1. Scope</h2>'
               '</section><section class="policy-sides-row" id="s3"><span class="policy-alias" id="2021-02-17.s4">'
               '</span></section>')
    assert _said(changes) == []
    assert safety.REMOVED_ALIAS == anchors.REMOVED_ATTRIBUTE


@pytest.mark.parametrize(("article", "where"), [
    ('<p>We keep <span class="policy-alias" id="2021-02-17.s1"></span>your data.</p>', "in a <p>"),
    ('<ul><li><span class="policy-since" id="2021-02-17.s1"></span>Item</li></ul>', "in a <li>"),
    ('<p><span class="policy-alias" data-policy-removed="2021-02-17.s9"></span></p>', "naming a removed section in a <p>"),
    ('<h3 id="s3">3. x<span class="policy-alias" data-policy-removed="2021-02-17.s9"></span></h3>',
     "naming a removed section in a <h3>"),
    ('<h3>3. x<span class="policy-alias" id="2021-02-17.s1"></span></h3>', "in a <h3>, not in a heading with an id"),
    ('<section class="redline-section"><span class="policy-since" id="2021-02-17.s1"></span></section>',
     "in a <section>"),
    ('<h3 id="s3">3. x<span class="policy-alias" id="2021-02-17.s1">We sell your data.</span></h3>', "not an empty span"),
    ('<h3 id="s3">3. x<a class="policy-alias" id="2021-02-17.s1"></a></h3>', "not an empty span"),
    ('<h3 id="s3">3. x<span class="policy-alias x" id="old-title"></span></h3>', "not an empty span"),
    ('<h3 id="s3">3. x<span class="policy-alias" id="old-title" title="t"></span></h3>', "not an empty span"),
    ('<div data-policy-removed="2021-02-17.s9"></div>', "not an empty span"),
    ('<span class="policy-alias" data-policy-removed="s9"></span>', "not an empty span"),
])
def test_a_span_the_build_never_writes_there_is_refused(article, where):
    found = _placed(_said(article))
    assert found and where in found[0], _said(article)


def test_the_refusal_is_said_in_french():
    found = safety.check_page(page('<p><span class="policy-alias" id="2021-02-17.s1"></span></p>'),
                              file="fr/2022-03-01/index.html", theme_dirs=THEME)
    assert any(said_in(v.message, "fr").startswith("<span> des anciens identifiants de l'archive") for v in found)


@pytest.mark.parametrize("markdown", [
    'We keep <span class="policy-alias" id="2021-02-17.s1"></span>your data.',
    '<span class="policy-alias" data-policy-removed="2021-02-17.s9"></span>',
    "We keep your data.\n{: .policy-alias }",
    "We keep *your data*{: .policy-since #old-title }.",
])
def test_the_text_writing_one_is_refused_by_policy_check_at_its_line(markdown):
    text = f"---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Scope\n\nWe keep records.\n\n{markdown}\n\n## 2. End\n\nDone.\n"
    found = [f for f in rendering.check(text, path="docs/en/index.md", lang="en") if f.rule == "editorial.html"]
    assert found and all(11 <= f.line <= 11 + markdown.count("\n") for f in found), [str(f) for f in found]
    assert any("class=“policy-" in str(f) for f in found), [str(f) for f in found]


@pytest.mark.parametrize("chrome", [
    '<span class="policy-alias" data-policy-removed="2021-02-17.s9"></span>',
    '<nav><span class="policy-since" id="2021-02-17.s1"></span></nav>', '<h2 id="x"><span class="policy-alias" id="y"></span></h2>',
])
def test_one_in_the_theme_s_part_of_the_page_is_refused(chrome):
    """policy.js and provenance read `.policy-alias` anywhere on the page (a removed section's note, the aliases a
    version records): the build writes none outside the text."""
    found = _placed([str(v.message) for v in safety.check_page(page(chrome=chrome), file="en/2022-03-01/index.html",
                                                              theme_dirs=THEME)])
    assert len(found) == 1 and "outside the policy's text" in found[0], found


def test_one_on_a_page_whose_text_is_not_judged_is_refused():
    """The history, compare and at pages (checked with text=False): the build writes none there."""
    html = page('<h2 id="s3">3. x<span class="policy-alias" id="2021-02-17.s1"></span></h2>')
    assert _placed([str(v.message) for v in safety.check_page(html, file="en/history/index.html", theme_dirs=THEME,
                                                             text=False)])
