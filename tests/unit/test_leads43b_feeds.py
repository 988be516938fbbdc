"""A feed's or a sitemap's relative address above the site's folder (session 42, leads43b): `xml_elsewhere` read every
relative address as the site's; a feed entry's `<img src="../../../x">` or a sitemap's `<loc>../x/</loc>` is another
site of the same host (on GitHub Pages another project of the same owner), shown or followed as the site's own. Refused
where the file is served, naming file and line, as safety56's `above_root` does for pages."""
from __future__ import annotations

import subprocess

import pytest

from policy_repo import new_project
from policysite import messages, servedpages
from policysite.project import opened

FOLDER = "/politique-de-confidentialite/"
SITE = f"https://www.company.example{FOLDER}"
FEED_AT = f"{SITE}x/"  # (a language's feed, fr/feed.xml: one folder below the site's)

ATOM = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Politique</title>\n'
        '<entry>\n<title>2021-02-17</title>\n{entry}\n</entry>\n</feed>\n')
SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           "<url>\n<loc>{loc}</loc>\n</url>\n</urlset>\n")


@pytest.mark.parametrize(("xml", "named", "line"), [
    (ATOM.format(entry='<content type="html">&lt;p&gt;&lt;img src="../../../x.png"&gt;&lt;/p&gt;</content>'),
     "../../../x.png", 6),
    (ATOM.format(entry='<link rel="alternate" href="../../other/"/>'), "../../other/", 6),
    (ATOM.format(entry='<summary type="html">&lt;img srcset="a.png 1x, ../../x/big.png 2x"&gt;</summary>'),
     "../../x/big.png", 6),
    (SITEMAP.format(loc="../../x/"), "../../x/", 4),
    (SITEMAP.format(loc="%2e%2e/%2E%2e/x/"), "%2e%2e/%2E%2e/x/", 4),
])
def test_a_relative_address_above_the_site_s_folder_in_a_feed_or_a_sitemap_is_named_with_its_line(xml, named, line):
    assert servedpages.xml_above_root(xml.encode(), base=FEED_AT, root=FOLDER) == (named, line)


@pytest.mark.parametrize("address", [
    "../", "../fr/2021-02-17/", "2021-02-17/", "../../politique-de-confidentialite/en/", "#s2", f"{SITE}fr/",
    "https://www.cnil.fr/",  # (another host: xml_elsewhere's; `/x/` and an absolute address of the host outside the
])                           # folder are this rule's since safety57: tests/unit/test_safety57_folder.py)
def test_an_address_within_the_site_or_not_relative_is_not_this_rule_s(address):
    for xml in (SITEMAP.format(loc=address), ATOM.format(entry=f'<link href="{address}"/>')):
        assert servedpages.xml_above_root(xml.encode(), base=FEED_AT, root=FOLDER) == ("", 0)


def _blob(root, text: str) -> str:
    return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode().strip()


@pytest.mark.usefixtures("no_identity")
def test_the_branch_s_check_refuses_a_sitemap_above_the_site_s_folder_where_it_is_served(tmp_path, monkeypatch):
    """`../../x/` is the site's root from a version's folder, above it from the root's: the root's sitemap is refused,
    naming file and line in both languages, cold and warm (kept by the file's depth); a version's passes."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    blob = _blob(project.root, SITEMAP.format(loc="../../x/"))
    listing = {"sitemap.xml": ("100644", blob), "fr/2021-02-17/sitemap.xml": ("100644", blob)}
    with opened(project.root) as site:
        cold = [line for line in servedpages.unsafe(site, listing) if "../../x/" in line]
        assert cold == [f"sitemap.xml:4: refused: an XML file (a feed, a sitemap) naming “../../x/”, which a feed "
                        f"reader or a search engine reads on the site's host outside its folder {FOLDER} (another site "
                        "of the same host, shown or followed as the site's own); publishing writes addresses within "
                        "the site only"], cold
        assert messages.said_in(cold[0], "fr") == (
            "sitemap.xml:4\u00a0: refusé\u00a0: un fichier XML (un flux, un plan de site) qui nomme «\u00a0../../x/\u00a0», "
            f"qu'un lecteur de flux ou un moteur de recherche lit sur l'hôte du site hors de son dossier {FOLDER} (un "
            "autre site du même hôte, montré ou suivi comme le sien)\u202f; la publication n'écrit que des adresses du "
            "site")
        monkeypatch.setattr(servedpages, "_PASSED", set())  # (the next command: a new process)
        assert [line for line in servedpages.unsafe(site, listing) if "../../x/" in line] == cold
