"""safety57: an address of the site's own host outside the site's folder, written from the host's root (`/other/x.js`,
Material's `"base": "/other/"`) or absolute (`https://www.company.example/other/x.js`), as safety56 refused the relative
ones (`../../../x/`): on GitHub Pages another project of the same owner, on a company's host its other pages, which the
pages' Content-Security-Policy (`'self'`: the whole host) lets a page load as its own scripts, stylesheets, frames,
workers, and send its forms to. A link its reader may follow (`<a href="/cgu/">`) loads nothing into the page: a browser
opens it as it opens a link to any other site, so it is none of this rule's. A site moved to another folder serves its
error pages, and its versions' sitemaps, built for the former folder until the next publication: a folder HEAD's history
of mkdocs.yml named on the host is the site's (formerhosts.former_folders), a folder it never named is not."""
from __future__ import annotations

import pytest

from helpers import stored
from policy_repo import new_project
from policysite import messages, servedpages
from policysite.formerhosts import former_folders
from policysite.project import opened
from unit.test_gate_catalogue56 import PAGE

FOLDER = "/politique-de-confidentialite/"
HOST = "https://www.company.example"
VERSION = f"{HOST}{FOLDER}fr/2021-02-17/"
SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           "<url>\n<loc>{loc}</loc>\n</url>\n</urlset>\n")


@pytest.mark.parametrize(("head", "text"), [
    ('<script src="/other-project/x.js"></script>', ""),
    ('<script src="https://www.company.example/other-project/x.js"></script>', ""),
    ('<script src="//www.company.example/other-project/x.js"></script>', ""),
    ('<script src="\\/www.company.example/other-project/x.js"></script>', ""),
    ('<script src="HTTPS://WWW.COMPANY.EXAMPLE/other-project/x.js"></script>', ""),
    ('<script src="/politique-de-confidentialite/..%2fother/x.js"></script>', ""),
    ('<script src="/politique-de-confidentialite/%2e%2e/other/x.js"></script>', ""),
    ('<script src="/politique-de-confidentialite-evil/x.js"></script>', ""),
    ('<link rel="stylesheet" href="/other/x.css">', ""),
    ('<link rel="modulepreload" href="/other/x.js">', ""),
    ('<meta http-equiv="refresh" content="0; url=/other/">', ""),
    ('<script id="__config" type="application/json">{"base": "/other/fr/", "search": "../../assets/w.js"}</script>', ""),
    ('<script id="__config" type="application/json">{"base": "../..", "search": "/other/w.js"}</script>', ""),
    ("", '<iframe src="/other/"></iframe>'),
    ("", '<form action="/other/collect"><button>x</button></form>'),
    ("", '<p><img src="/" alt=""></p>'),
    ("", '<p><img src="https://www.company.example/blog/pixel.png" alt=""></p>'),
    ("", '<svg><image href="/other/x.svg"/></svg>'),
])
def test_an_address_of_the_host_outside_the_site_s_folder_from_its_root_or_absolute_is_named(head, text):
    html = PAGE.format(head=head, text=text)
    named = servedpages.above_root(html, base=VERSION, root=FOLDER)
    assert named and named in html, named


@pytest.mark.parametrize("address", [
    "/politique-de-confidentialite/fr/assets/javascripts/bundle.js", "/Politique-De-Confidentialite/fr/x.png",
    f"{HOST}{FOLDER}fr/assets/x.png", "/politique-de-confidentialite", "https://cdn.example/x.js",
    "/politique-de-confidentialite/fr/../en/x.png",
])
def test_an_address_within_the_site_s_folder_however_written_is_not_named(address):
    html = PAGE.format(head=f'<script src="{address}"></script>', text=f'<p><img src="{address}" alt=""></p>')
    assert servedpages.above_root(html, base=VERSION, root=FOLDER) == ""


@pytest.mark.parametrize("markup", [
    '<p><a href="/other-project/">another project</a></p>', f'<p><a href="{HOST}/cgu/">terms</a></p>',
    '<map><area href="/cgu/" alt="terms"></map>',
])
def test_a_link_to_the_host_s_other_pages_is_not_named(markup):
    head = f'<link rel="canonical" href="{HOST}/privacy/fr/2021-02-17/"><link rel="alternate" href="/other/feed.xml">'
    assert servedpages.above_root(PAGE.format(head=head, text=markup), base=VERSION, root=FOLDER) == ""


def test_a_former_folder_of_the_site_is_the_site_s():
    html = PAGE.format(head='<script src="/privacy/fr/assets/javascripts/bundle.js"></script><script id="__config" '
                            'type="application/json">{"base": "/privacy/fr/"}</script>', text="")
    assert servedpages.above_root(html, base=VERSION, root=FOLDER) == "/privacy/fr/assets/javascripts/bundle.js"
    assert servedpages.above_root(html, base=VERSION, root=FOLDER, former={"/privacy/"}) == ""
    assert servedpages.above_root(html, base=VERSION, root=FOLDER, former={"/priv/"})


@pytest.mark.parametrize("loc", ["/other/", f"{HOST}/other/fr/", f"{HOST}/politique-de-confidentialite-2/"])
def test_a_sitemap_s_location_on_the_host_outside_the_folder_is_named(loc):
    assert servedpages.xml_above_root(SITEMAP.format(loc=loc).encode(), base=f"{HOST}{FOLDER}x/", root=FOLDER) \
        == (loc, 4)


@pytest.mark.usefixtures("no_identity")
def test_the_branch_s_check_takes_a_former_folder_of_the_source_s_history_only(tmp_path, monkeypatch):
    """After the site moved from /politique-de-confidentialite/ to /privacy/, an error page and a version's sitemap
    built before name the former folder from the host's root: they pass, cold and warm; a page naming a folder the
    history never named is refused, naming the file, in both languages."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("/politique-de-confidentialite/", "/privacy/"),
                      encoding="utf-8")
    project.commit_all("the site moves to /privacy/")
    former = '<script src="/politique-de-confidentialite/fr/assets/javascripts/bundle.js"></script>'
    other = former + former.replace("/politique-de-confidentialite/", "/other-project/")  # (the second named)
    listing = {"404.html": ("100644", stored(project.root, PAGE.format(head=former, text=""))),
               "fr/404.html": ("100644", stored(project.root, PAGE.format(head=other, text=""))),
               "fr/2021-02-17/sitemap.xml": ("100644", stored(project.root, SITEMAP.format(
                   loc="https://www.dial-once.com/politique-de-confidentialite/fr/2021-02-17/")))}
    with opened(project.root) as site:
        assert former_folders(site) == {"/politique-de-confidentialite/", "/privacy/"}
        for _run in range(2):  # (cold, then warm: the next command is a new process)
            refused = [line for line in servedpages.unsafe(site, listing) if "/privacy/" in line]
            assert [line.partition(":")[0] for line in refused] == ["fr/404.html"], refused
            assert "/other-project/" in refused[0]
            monkeypatch.setattr(servedpages, "_PASSED", set())
        said = messages.said_in(refused[0], "fr")
        assert "/other-project/" in said and "hors de son dossier /privacy/" in said, said


@pytest.mark.parametrize("chrome", [
    '<a href="/other-project/sign-in/">Sign in to object</a>', '<a href="https://www.company.example/x/">x</a>',
    '<map><area href="../../../x/" alt="x"></map>', '<svg><a href="/other/"><text>x</text></a></svg>',
])
def test_a_link_of_the_theme_s_part_to_the_host_outside_the_folder_is_named(chrome):
    """Outside the policy text the words around a link are no check's (`safety._theme_links` refuses one to another
    host there): one to another site of the same host is named as a load is."""
    html = PAGE.replace("<body>", f"<body><header>{chrome}</header>").format(head="", text="")
    named = servedpages.above_root(html, base=VERSION, root=FOLDER)
    assert named and named in html, named


def test_the_theme_s_links_within_the_folder_are_not_named():
    links = ('<a href="/politique-de-confidentialite/fr/latest/">x</a><a href="../../">y</a><a href="#s2">z</a>'
             '<a href="https://squidfunk.github.io/mkdocs-material/">Material</a>')
    html = PAGE.replace("<body>", f"<body><header>{links}</header>").format(head="", text="")
    assert servedpages.above_root(html, base=VERSION, root=FOLDER) == ""


@pytest.mark.usefixtures("no_identity")
def test_a_former_site_at_the_host_s_root_makes_no_folder_of_the_host_the_site_s(tmp_path):
    """A history whose mkdocs.yml once put the site at the host's root (`https://www.dial-once.com/`) would have made
    every address of the host a former folder's."""
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("/politique-de-confidentialite/", "/"), encoding="utf-8")
    project.commit("2021-02-17")
    config.write_text(text, encoding="utf-8")
    project.commit_all("the site moves to /politique-de-confidentialite/")
    with opened(project.root) as site:
        assert former_folders(site) == {"/politique-de-confidentialite/"}
