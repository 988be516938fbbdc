"""safety60: a title in the text (`<abbr title>`, a link's `"title"`, `{title=…}`) is shown by a browser only while a
pointer rests on its element (tests/e2e/test_safety60_browser.py): never on a phone, on paper, in the PDF or the
redline. Its words were read by the spelling check alone, so a clause there (`<abbr title="We sell your data to
anyone">GDPR</abbr>`) reached the page, binding readers who never saw it. `policy check` names it at its line
(editorial.tooltip), an error for a text recorded in imported.yml too (safety77); what a title may say: its element's words, the
expansion of an abbreviation among them, or words the page shows elsewhere in that order."""
from __future__ import annotations

import pytest

from policysite import imported, rendering, tooltips
from policysite.messages import said_in

PAGE = "Le délégué à la protection des données (DPO) veille sur vos droits. We do not sell your data."


@pytest.mark.parametrize(("title", "shown"), [
    ("Règlement général sur la protection des données", "RGPD"),
    ("Commission nationale de l'informatique et des libertés", "la CNIL"),
    ("General Data Protection Regulation", "GDPR"), ("Gesellschaft mit beschränkter Haftung", "GmbH"),
    ("exempli gratia", "e.g."), ("Union européenne", "UE"), ("the regulator", "The Regulator"),
    ("délégué à la protection des données", "DPO"),  # (words the page shows, in that order)
    ("", "x"),
])
def test_a_title_saying_what_is_shown_passes(title, shown):
    assert not tooltips.unshown(title, shown=shown, page=PAGE)


@pytest.mark.parametrize(("title", "shown"), [
    ("We sell your data to anyone", "GDPR"), ("We sell your data", "rules"),
    ("General Data Protection Regulation, under which we sell your data", "GDPR"),
    ("we sell your data", "rules"),  # (each word is on the page, not in that order: "We do not sell your data")
])
def test_a_title_saying_more_than_the_page_shows_is_unshown(title, shown):
    assert tooltips.unshown(title, shown=shown, page=PAGE)


def _text(body: str) -> str:
    return (f"---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Scope\n\nWe do not sell your data.\n\n{body}\n\n"
            "## 2. End\n\nDone.\n")


@pytest.mark.parametrize(("body", "tag"), [
    ('We follow the <abbr title="We sell your data to anyone">GDPR</abbr>.', "abbr"),
    ('We follow the <span title="We may share your data with partners">rules</span>.', "span"),
    ('See [the regulator](https://www.cnil.fr "By reading on you consent to profiling").', "a"),
    ('We follow *the rules*{title="We may share your data with partners"}.', "em"),
    ('We keep records.\n{: title="We may share your data with partners" }', "p"),
])
def test_policy_check_names_the_title_at_its_line(body, tag):
    found = [f for f in rendering.check(_text(body), path="docs/en/index.md", lang="en")
             if f.rule == rendering.RULE_TOOLTIP]
    assert [(f.line, f.severity) for f in found] == [(11 + body.count("\n"), "error")], [str(f) for f in found]
    assert found[0].message.startswith(f"<{tag}> “"), found[0].message
    assert said_in(found[0].message, "fr").startswith(f"<{tag}> «\u00a0"), said_in(found[0].message, "fr")
    # an error for a text recorded as imported too: the import removes such titles (safety77), and a record written
    # by hand beside a new text softened it onto gh-pages
    assert [f.severity for f in imported.downgrade(found)] == ["error"]


@pytest.mark.parametrize("body", [
    'We follow the <abbr title="General Data Protection Regulation">GDPR</abbr>.',
    'See [the CNIL](https://www.cnil.fr "Commission nationale de l\'informatique et des libertés").',
    'See [the regulator](https://www.cnil.fr "the regulator").',
    'We keep records.\n{: title="We do not sell your data" }',
])
def test_a_title_the_page_shows_passes_policy_check(body):
    assert [str(f) for f in rendering.check(_text(body), path="docs/en/index.md", lang="en")
            if f.rule == rendering.RULE_TOOLTIP] == []


def test_a_link_title_showing_another_address_is_said_once_as_the_link_s():
    found = rendering.check(_text('See [the CNIL](https://www.cnil.fr "https://evil.example/")'), path="docs/en/index.md",
                            lang="en")
    assert [f.rule for f in found] == ["editorial.link-text"], [str(f) for f in found]
