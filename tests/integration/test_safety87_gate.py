"""safety87 through the branch's own rules: a page of gh-pages committed by hand (or another generator's build) is
judged by the output check before any command writes the branch again. Words it holds that a browser never draws
passed (the unit rows: test_safety87_undrawn)."""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue66 import published as published  # (the fixture: the first version published)
from integration.test_gate_catalogue76 import served_refusal
from policysite.messages import said_in


@pytest.mark.parametrize("tag", ["title", "meter"])
def test_a_served_page_holding_words_a_browser_never_draws_is_refused(published, tmp_path, tag):
    found = served_refusal(published, tmp_path,
                           f"<p>Bravo paragraph. <{tag}>We sell your data to brokers.</{tag}></p>".encode())
    assert f"<{tag}> “We sell your data to brokers.”: words a browser never draws" in said_in(found, "en"), found
    assert f"<{tag}> «\u00a0We sell your data to brokers.\u00a0»\u00a0: des mots qu'un navigateur n'affiche jamais" \
        in said_in(found, "fr"), found


def test_a_served_policy_page_striking_a_clause_out_as_the_redline_does_is_refused(published, tmp_path):
    """The redline's class on a policy page's <del> (the unit rows: test_safety87_redline_marks)."""
    found = served_refusal(published, tmp_path, b'<p>Bravo <del class="redline-del">never</del> paragraph.</p>')
    assert "<del> in the policy text: its words are drawn struck out as the redline marks a change" \
        in said_in(found, "en"), found


def test_a_served_policy_page_whose_paragraph_a_screen_reader_is_told_is_a_heading_is_refused(published, tmp_path):
    """ARIA telling a screen reader of a structure the eye does not see (the unit rows: test_safety87_aria_structure)."""
    found = served_refusal(published, tmp_path, b'<p role="heading">Bravo paragraph.</p>')
    assert "<p role=“heading”>: tells a screen reader of a structure the eye does not see" in said_in(found, "en"), found
