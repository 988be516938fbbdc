"""Material's configuration's base (session 42, leads43b): `_CONFIG_BASE` took any `/path` (`/a/../b/`, `/a/%2e%2e/b/`);
Material reads the versions from under it and links each version of its selector there. MkDocs writes a page's base relative (`.`, `../..`) and an
error page's as its site_url's path (a site built here: `/politique-de-confidentialite/fr/` in fr/404.html and the
root's 404.html): those pass; a base from the host's root is plain folders, or refused."""
from __future__ import annotations

import pytest

from unit.test_safety import CONFIG, page, violations

SEARCH = "assets/javascripts/workers/search.a7633da7.min.js"


def _configured(base: str) -> str:
    return CONFIG.format(base=base, search=SEARCH)


@pytest.mark.parametrize("base", ["/other/?q=1", "/politique-de-confidentialite/fr/../../x/", "/a/%2e%2e/b/",
                                  "/x/#y", "/fr", "/a/./b/"])
def test_a_base_from_the_host_s_root_other_than_plain_folders_is_refused_by_the_output_check(base):
    said = violations(page(head=_configured(base)))
    assert [one for one in said if "reads the list of versions from under" in one and base in one], said


@pytest.mark.parametrize("base", [".", "..", "../..", "../../..", "/politique-de-confidentialite/fr/", "/",
                                  "/politique-de-confidentialité/en-GB/"])
def test_the_bases_mkdocs_writes_pass_the_output_check(base):
    assert violations(page(head=_configured(base))) == [], base
