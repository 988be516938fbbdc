"""safety58: a `<meta>` whose content is a web address off the site. A link-preview bot (a chat's, a social network's)
fetches a shared page's `og:image`, `og:video`, `twitter:image`, `twitter:player` and follows its `og:url` (Facebook's
scrapes the page it names), a search engine reads microdata's `itemprop="image"`: a page's Open Graph or X card naming
another host passed the gate (the theme writes none; an override or a raw `<meta>` could), and every reader who shared
the page had that host asked for its preview, as the site's. Judged on the branch, where the site's host is known, as
a canonical address is (servedpages.page_elsewhere)."""
from __future__ import annotations

import pytest

from policysite import messages, servedpages
from unit.test_gate_catalogue56 import PAGE
from unit.test_safety57_canonical import refused_on_the_branch

HOST = "www.company.example"


@pytest.mark.parametrize(("meta", "named"), [
    ('<meta property="og:url" content="https://evil.example/privacy/">', "https://evil.example/privacy/"),
    ('<meta property="og:image" content="https://tracker.example/p.png">', "https://tracker.example/p.png"),
    ('<meta property="og:image:secure_url" content="https://tracker.example/p.png">', "https://tracker.example/p.png"),
    ('<meta property="og:video" content="//tracker.example/v.mp4">', "//tracker.example/v.mp4"),
    ('<meta property="og:audio" content="https://tracker.example/a.mp3">', "https://tracker.example/a.mp3"),
    ('<meta name="twitter:image" content=" https://tracker.example/p.png ">', "https://tracker.example/p.png"),
    ('<meta name="twitter:player" content="https://evil.example/player">', "https://evil.example/player"),
    ('<meta property="al:web:url" content="HTTPS://EVIL.EXAMPLE/">', "HTTPS://EVIL.EXAMPLE/"),
    ('<meta itemprop="image" content="https://tracker.example/p.png">', "https://tracker.example/p.png"),
    ('<meta name="thumbnail" content="https:\\\\tracker.example/p.png">', "https:\\\\tracker.example/p.png"),
    ('<meta property="og:image" content="https://tracker.example\\@www.company.example/p.png">',
     "https://tracker.example\\@www.company.example/p.png"),
    ('<meta property="og:image" content="https://www.company.example.tracker.example/p.png">',
     "https://www.company.example.tracker.example/p.png"),
    ('<meta property="&#111;g:image" content="&#104;ttps://tracker.example/p.png">', "https://tracker.example/p.png"),
])
def test_a_meta_giving_a_web_address_off_the_site_is_named(meta, named):
    page = PAGE.format(head=meta, text="")
    assert servedpages.page_elsewhere(page, host=HOST) == named


@pytest.mark.parametrize("meta", [
    '<meta property="og:url" content="https://www.company.example/politique/fr/latest/">',
    '<meta property="og:image" content="HTTPS://WWW.COMPANY.EXAMPLE/politique/fr/assets/card.png">',
    '<meta property="og:image" content="../assets/card.png">',
    '<meta name="description" content="Note: https://www.cnil.fr/ explains your rights.">',
    '<meta property="og:description" content="Attention : vos données.">',
    '<meta name="twitter:site" content="@company">', '<meta name="viewport" content="width=device-width">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">',
    '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14">',
])
def test_the_site_s_own_address_a_relative_one_or_words_pass(meta):
    assert servedpages.page_elsewhere(PAGE.format(head=meta, text=""), host=HOST) == ""


@pytest.mark.usefixtures("no_identity")
def test_the_branch_s_check_refuses_a_page_whose_meta_gives_another_host_but_a_former_one_of_the_site(tmp_path,
                                                                                                      monkeypatch):
    """Named with its file and its <meta>, in both languages, cold and warm; a page naming the site's host passes, and
    a former host of the site is the site's where the manifests give it."""
    refused = refused_on_the_branch(
        tmp_path, monkeypatch,
        own='<meta property="og:url" content="https://www.dial-once.com/politique-de-confidentialite/fr/latest/">',
        forged='<meta name="twitter:image" content="https://tracker.example/p.png">', needle="tracker.example")
    assert '<meta name="twitter:image">' in refused[0] and "link-preview" in refused[0], refused[0]
    assert "www.dial-once.com" in refused[0]
    french = messages.said_in(refused[0], "fr")
    assert "robot d'aperçu" in french and '<meta name="twitter:image">' in french, french
    former = PAGE.format(head='<meta property="og:url" content="https://old.example/politique/">', text="")
    assert servedpages.page_elsewhere(former, host=HOST, former={"old.example"}) == ""


FOLDER = "/politique-de-confidentialite/"
VERSION = f"https://{HOST}{FOLDER}fr/2021-02-17/"


@pytest.mark.parametrize("meta", [
    '<meta property="og:image" content="/other-project/card.png">',
    '<meta name="twitter:image" content="../../../other/card.png">',
    '<meta property="og:video:secure_url" content="https://www.company.example/other/v.mp4">',
    '<meta itemprop="image" content="/other/x.png">', '<meta name="msapplication-config" content="/other/b.xml">',
])
def test_a_meta_s_picture_on_the_site_s_host_outside_its_folder_is_named(meta):
    """A preview bot fetches it from the page's host: another site of the host's picture shown as the site's."""
    named = servedpages.above_root(PAGE.format(head=meta, text=""), base=VERSION, root=FOLDER)
    assert named and named in meta, named


@pytest.mark.parametrize("meta", [
    '<meta property="og:image" content="../../assets/card.png">', '<meta property="og:url" content="/other/">',
    '<meta name="description" content="/other/ is not a picture">',
])
def test_a_meta_s_picture_within_the_folder_or_a_followed_address_is_not_named(meta):
    assert servedpages.above_root(PAGE.format(head=meta, text=""), base=VERSION, root=FOLDER) == ""
