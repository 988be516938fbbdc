"""company13: the root's `sitemap.xml` (company12's sitemap index) named the first document's sitemaps only: a further
document's (`fr/retention/sitemap.xml`, beside its history page) was named by nothing a search engine reads, its text in
force in no sitemap it is given. The index names every document's sitemap of each published language; a publication of
one document keeps the others', and verify accounts for them."""
from __future__ import annotations

from xml.etree import ElementTree

import pytest
from documents_repo import Site, first_versions_published, made_for_the_run, retention

from policy_repo import copy_of
from policysite import settings as policy_settings

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process
INDEX = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _named(site: Site) -> list[str]:
    tree = ElementTree.fromstring(site.show("sitemap.xml"))
    assert tree.tag == f"{INDEX}sitemapindex"
    return [loc.text or "" for loc in tree.iter(f"{INDEX}loc")]


def _expected(site: Site) -> list[str]:
    url = policy_settings.load(site.root).public_url
    return [f"{url}{folder}/sitemap.xml" for lang in ("fr", "en") for folder in (lang, f"{lang}/retention",
                                                                                 f"{lang}/terms")]


def test_the_root_sitemap_index_names_every_document_s_sitemaps(tmp_path_factory):
    site = made_for_the_run(tmp_path_factory, first_versions_published)
    assert _named(site) == _expected(site)
    url = policy_settings.load(site.root).public_url
    for lang in ("fr", "en"):  # each one named is there, listing its document's text in force
        for folder in (f"{lang}/retention", f"{lang}/terms"):
            assert f"<loc>{url}{folder}/latest/</loc>" in site.show(f"{folder}/sitemap.xml")


def test_a_further_document_s_publication_keeps_them_and_verify_accounts_for_them(tmp_path_factory, tmp_path):
    site = copy_of(made_for_the_run(tmp_path_factory, first_versions_published), tmp_path / "project")
    result = site.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr
    site.write_doc("retention.md", {"fr": retention("fr", "2021-06-01", "Six mois."),
                                    "en": retention("en", "2021-06-01", "Six months.")}, document="retention")
    site.commit_all("retention 2021-06-01")
    outcome = site.publish(document="retention")
    assert outcome.published == ["retention 2021-06-01"] and not outcome.refused, outcome.messages
    assert _named(site) == _expected(site)
    result = site.run("verify")
    assert result.returncode == 0, result.stdout + result.stderr
