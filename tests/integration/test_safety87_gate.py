"""safety87 through the branch's own rules: a page of gh-pages committed by hand (or another generator's build) is
judged by the output check before any command writes the branch again. Words it holds that a browser never draws, a
clause struck out as the redline marks a deletion, ARIA telling a screen reader of another structure, a head's link
Firefox prefetches from another host: each passed, each is refused (the unit rows: test_safety87_*)."""
from __future__ import annotations

import shutil

import pytest

from helpers import git, stored
from integration.test_gate_catalogue66 import published as published  # (the fixture: the first version published)
from integration.test_gate_catalogue76 import served_refusal
from policysite import servedpages
from policysite.messages import said_in
from policysite.project import opened


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


def test_a_served_page_whose_head_has_firefox_prefetch_another_host_is_refused(published, tmp_path):
    """A `<link rel="next">` of another host in a page's head, which Firefox prefetches (the unit rows:
    test_safety87_link_next); the first version's own page, whose head names no such link, passes."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    own = git(repo, "show", "gh-pages:en/2001-01-01/index.html")
    forged = own.replace("</head>", '<link rel="next" href="//evil.example/x"></head>', 1)
    assert forged != own
    listing = {"en/2001-01-01/index.html": ("100644", stored(repo, own)),
               "en/2001-02-01/index.html": ("100644", stored(repo, forged))}
    with opened(repo) as site:
        found = servedpages.unsafe(site, listing)
    assert [path.partition(":")[0] for path in found] == ["en/2001-02-01/index.html"], found
    assert "<link rel=" in said_in(found[0], "en") and "//evil.example/x" in said_in(found[0], "en"), found
