"""safety57 hunt: a page's canonical or alternate address to another host. A search engine takes a page for a copy of
the canonical one it names (and shows that address in its results), a feed reader subscribes to the feed a page names
as its alternate: a forged page of the branch naming another host there passed, where a sitemap or a feed naming one is
refused (xml_elsewhere). The site writes its own host's, or relative ones."""
from __future__ import annotations

import pytest

from helpers import stored
from policy_repo import new_project
from policysite import messages, servedpages
from policysite.project import opened
from unit.test_gate_catalogue56 import PAGE

HOST = "www.company.example"


@pytest.mark.parametrize("link", [
    '<link rel="canonical" href="https://evil.example/privacy/">',
    '<link rel="CANONICAL" href="//evil.example/privacy/">',
    '<link rel="&#99;anonical" href="https://evil.example/privacy/">',
    '<link rel="alternate" type="application/atom+xml" href="https://evil.example/feed.xml">',
    '<link rel="alternate" hreflang="en" href="https://evil.example/en/">',
    '<link rel="canonical" href="https://evil.example\\@www.company.example/">',
    '<link rel="canonical" href="javascript:x()">',
    '<link rel="canonical" href="http:\\\\evil.example/">',
])
def test_a_canonical_or_alternate_address_off_the_site_is_named(link):
    page = PAGE.format(head=link, text="")
    named = servedpages.page_elsewhere(page, host=HOST)
    assert named and named.replace("\\", "") in link.replace("\\", ""), named


@pytest.mark.parametrize("link", [
    '<link rel="canonical" href="https://www.company.example/politique/fr/latest/">',
    '<link rel="canonical" href="HTTPS://WWW.COMPANY.EXAMPLE/politique/">', '<link rel="canonical" href="latest/">',
    '<link rel="alternate" type="application/atom+xml" href="../feed.xml">',
    '<link rel="icon" href="../favicon.svg">', '<link rel="license" href="https://creativecommons.org/x/">',
])
def test_the_site_s_own_or_a_relative_one_passes(link):
    assert servedpages.page_elsewhere(PAGE.format(head=link, text=""), host=HOST) == ""


def test_a_former_host_is_the_site_s_where_it_is_given():
    page = PAGE.format(head='<link rel="canonical" href="https://old.example/politique/">', text="")
    assert servedpages.page_elsewhere(page, host=HOST) == "https://old.example/politique/"
    assert servedpages.page_elsewhere(page, host=HOST, former={"old.example"}) == ""


def refused_on_the_branch(tmp_path, monkeypatch, *, own: str, forged: str, needle: str) -> list[str]:
    """What the branch's check says, cold then warm (the same both times), of a version's page whose head holds `own`
    and a history page whose head holds `forged`: the lines naming `needle`, only the history page's."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    listing = {"fr/2021-02-17/index.html": ("100644", stored(project.root, PAGE.format(head=own, text=""))),
               "fr/history/index.html": ("100644", stored(project.root, PAGE.format(head=forged, text="")))}
    with opened(project.root) as site:
        for _run in range(2):
            refused = [line for line in servedpages.unsafe(site, listing) if needle in line]
            assert [line.partition(":")[0] for line in refused] == ["fr/history/index.html"], refused
            monkeypatch.setattr(servedpages, "_PASSED", set())
    return refused


@pytest.mark.usefixtures("no_identity")
def test_the_branch_s_check_refuses_a_page_canonical_elsewhere(tmp_path, monkeypatch):
    """Named with its file, in both languages, cold and warm; a page of the site's host passes."""
    refused = refused_on_the_branch(
        tmp_path, monkeypatch, own='<link rel="canonical" href="https://www.dial-once.com/politique-de-confidentialite/'
                                   'fr/latest/">',
        forged='<link rel="canonical" href="https://evil.example/privacy/">', needle="evil.example")
    assert "canonical" in refused[0] and "www.dial-once.com" in refused[0]
    assert "adresse canonique" in messages.said_in(refused[0], "fr")
