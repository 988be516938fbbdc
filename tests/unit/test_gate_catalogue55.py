"""Safety hunt 55: addresses that Python's urllib and a browser read apart, as the gate reads them.

A browser reads a page's addresses with the WHATWG URL parser (Ada, the one Node.js uses, is its Python binding here:
`ada_url`); `urllib.parse` follows RFC 3986, and reads `\\`, a percent-escaped or fullwidth dot, an IPv4 address in
hexadecimal, a user name before a `\\` otherwise. Each row says where a browser goes from a page of the site, where
urllib says it goes, and what the gate says in every place a page names an address: a link of the text, an image's
`src` and `srcset`, a CSS `url()`, a `<meta>` refresh, a form's action, SVG's `href` and `xlink:href`, a script's
`src`, a stylesheet's `href`, a link of the theme's part of the page. Each refusal is a finding naming the file and the
Markdown page's line, never an exception.
"""
from __future__ import annotations

import html
from urllib.parse import urlsplit

import ada_url
import pytest

from policy_repo import en_page
from policysite import gate, safety
from unit.test_safety import THEME, page

# A page of a project's site on GitHub Pages, which a browser reads every address of against its own
PAGE = "https://owner.github.io/policy/fr/2021-02-17/"

# (the address as the page's HTML writes it, the host a browser goes to from PAGE, the host urllib reads, whether a
# link of the text to it is refused: its host hidden from its reader, a machine of a private network, a user name
# that reads as the host)
TABLE = [
    (r"https:\\evil.example/", "evil.example", None, True),
    (r"/\evil.example/", "evil.example", None, True),
    (r"\\evil.example/", "evil.example", None, True),
    ("///evil.example/", "evil.example", None, True),
    ("////%2e%2E/", "..", None, True),  # (a host of dots: no written host is the one it shows)
    ("/&#9;/evil.example/", "evil.example", "evil.example", True),
    ("https://evil%2Eexample/", "evil.example", "evil%2Eexample", False),
    ("https://evil\u3002example/", "evil.example", "evil\u3002example", False),
    ("https://\uff45\uff56\uff49\uff4c\uff0e\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45/", "evil.example",
     "\uff45\uff56\uff49\uff4c\uff0e\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45", False),
    ("https://0x7f.1/", "127.0.0.1", "0x7f.1", True),
    ("http://2130706433/", "127.0.0.1", "2130706433", True),
    ("http://0177.0.0.1/", "127.0.0.1", "0177.0.0.1", True),
    (r"https://evil.example\@www.cnil.fr/", "evil.example", "www.cnil.fr", True),
    (r"https://www.cnil.fr\@evil.example/", "www.cnil.fr", "evil.example", True),
    ("https://www.cnil.fr@evil.example/", "evil.example", "evil.example", True),
    ("HTTPS://evil.example/", "evil.example", "evil.example", False),
    ("&#1;https://evil.example/", "evil.example", "evil.example", False),
    ("h&#10;ttps://evil.example/", "evil.example", "evil.example", True),
]


def _written(address: str) -> str:
    """The address as the HTML parser hands it to the URL parser: its character references read."""
    return html.unescape(address)


@pytest.mark.parametrize(("address", "host", "by_urllib", "_refused"), TABLE)
def test_a_browser_and_urllib_read_the_host_of_each_address_apart(address, host, by_urllib, _refused):
    """What the table stands on: the WHATWG parser's host for each address, and urllib's, another, none, or the
    same where urllib strips what a browser strips (the reason the gate reads none with urllib alone)."""
    assert ada_url.URL(_written(address), PAGE).hostname == host
    read = urlsplit(_written(address)).hostname
    assert read == by_urllib, read


@pytest.mark.parametrize(("address", "host", "_by_urllib", "_refused"), TABLE)
def test_the_gate_reads_the_host_a_browser_goes_to(address, host, _by_urllib, _refused):
    """`safety.as_followed`, the gate's reading of a link's target, names the host the browser goes to, as the browser
    writes it (`https://evil%2Eexample/` read by hand as the host `evil%2eexample`, a fullwidth `ｅｖｉｌ．ｅｘａｍｐｌｅ`
    as itself, `0x7f.1` as written: each is evil.example or 127.0.0.1 to a browser)."""
    assert urlsplit(safety.as_followed(_written(address))).hostname == host


# Where a page names an address, the theme's part of it (`chrome`, `head`) or the policy text (`article`): each loads
# it, follows it, or sends its reader to it
PLACES = {
    "img src": ("article", '<p><img src="{}" alt="x"></p>'),
    "srcset": ("article", '<p><img src="a.png" srcset="a.png 1x, {} 2x" alt="x"></p>'),
    "svg fill url()": ("chrome", '<svg><rect fill="url({})"/></svg>'),
    "style url()": ("chrome", '<div style="background: url({})"></div>'),
    "meta refresh": ("head", '<meta http-equiv="refresh" content="0; url={}">'),
    "form action": ("chrome", '<form action="{}"></form>'),
    "svg image href": ("chrome", '<svg><image href="{}"/></svg>'),
    "svg xlink:href": ("chrome", '<svg><image xlink:href="{}"/></svg>'),
    "script src": ("chrome", '<script src="{}"></script>'),
    "stylesheet": ("head", '<link rel="stylesheet" href="{}">'),
    "theme link": ("chrome", '<a href="{}">Sign in</a>'),
}
# Addresses no place may name, besides the table's: schemes that run a script or read what no check read
SCHEMES = ["java&#9;script:alert(1)", "&#x20;JaVaScRiPt:alert(1)", "&#1;javascript:alert(1)",
           "jav&#x0A;ascript:alert(1)", "blob:https://evil.example/0c2e", "data:text/html,<script>x()</script>",
           "filesystem:https://evil.example/temporary/x"]


def _findings(place: str, address: str) -> list[str]:
    where, markup = PLACES[place]
    fragment = markup.format(address.replace('"', "&quot;"))
    built = page(**{where: fragment}) if where != "article" else page(fragment)
    violations = safety.check_page(built, file="en/2021-02-17/index.html", theme_dirs=THEME)
    return [str(f) for f in gate.output_findings(violations, page="docs/en/index.md", text=en_page("2021-02-17"),
                                                 lang="en")]


# A form's action is refused whatever it names (the site sends no form anywhere)
ANY_ADDRESS = frozenset({"form action"})


def _cases() -> list[tuple[str, str]]:
    """Each place with each address, but those a `srcset` does not read as one: it ends an address at a space, a tab
    or a line break (`h&#10;ttps://…` is the image `h` with a descriptor a browser refuses, and loads nothing)."""
    return [(place, address) for place in sorted(PLACES) for address in [row[0] for row in TABLE] + SCHEMES
            if not (place == "srcset" and any(space in _written(address).strip() for space in " \t\n\f\r"))]


@pytest.mark.parametrize(("place", "address"), _cases())
def test_every_place_that_loads_or_follows_an_address_of_another_host_is_refused_at_a_file_and_line(place, address):
    """Each address of the table leaves the site, and each scheme runs a script or another document: wherever a
    page names one, a finding names the Markdown page's line and the built file, and says more than the same place
    naming a file of the site does."""
    found = set(_findings(place, address))
    assert found, (place, address)
    assert place in ANY_ADDRESS or found - set(_findings(place, "assets/images/a.png")), (place, address)
    assert all(line.startswith("docs/en/index.md:") and " en/2021-02-17/index.html: " in line for line in found), found


@pytest.mark.parametrize(("address", "_host", "_by_urllib", "refused"), TABLE)
def test_a_link_of_the_text_is_refused_where_its_reader_cannot_see_where_it_goes(address, _host, _by_urllib, refused):
    """A link of the text may go to another site (the authority's, a law's): it is refused where the host it shows is
    not the one a browser goes to (`\\` read as `/`, a user name before the host), or is a machine of the reader's
    network; a percent-escaped or fullwidth dot in the host, an upper-case scheme, what a browser strips, are what they
    show."""
    said = [str(reason) for reason in safety.deceptive_link(_written(address), "the authority")]
    assert bool(said) == refused, said


@pytest.mark.parametrize(("href", "words"), [
    ("https://www.cnil%2Efr/", "www.cnil.fr"),
    ("https://WWW.CNIL.FR:443/plaintes", "www.cnil.fr/plaintes"),
    ("https://www.cnil.fr\u3002/", "www.cnil.fr"),
    ("https://b\u00fccher.de/", "b\u00fccher.de"),
    ("https://xn--bcher-kva.de/", "b\u00fccher.de"),
])
def test_a_link_whose_words_name_the_host_a_browser_goes_to_passes(href, words):
    """Its words show the host a browser reads in its address: `www.cnil%2Efr` is www.cnil.fr to a browser, the
    default port is none, an international name is its punycode. urllib's host (`www.cnil%2efr`) was refused as
    another than the words'."""
    assert safety.shown_address(href, words) == ""
    assert list(safety.deceptive_link(href, words)) == []


@pytest.mark.parametrize(("href", "words"), [
    ("https://cnil%2Efr.evil.example/", "cnil.fr"),
    ("https://www.cnil.fr%E3%80%82evil.example/", "www.cnil.fr"),
    (r"https://evil.example\@www.cnil.fr/", "www.cnil.fr"),
    ("https://evil.example#\\@www.cnil.fr", "www.cnil.fr"),
    ("https://www.cnil.fr.evil.example/", "www.cnil.fr"),
])
def test_a_link_whose_words_name_another_host_than_a_browsers_is_refused(href, words):
    assert "but goes to https://" in str(safety.shown_address(href, words))


def test_a_hidden_host_is_said_in_french_and_english():
    """The reason names the address as written and the host a browser reads in it, in both languages."""
    from policysite.messages import said_in

    reason = next(iter(safety.deceptive_link("https:\\\\evil.example/", "x")))
    assert str(reason).startswith("the link to “https:\\\\evil.example/” goes to the host evil.example,"), str(reason)
    assert said_in(reason, "fr").startswith("le lien vers «\u00a0https:\\\\evil.example/\u00a0» mène au site "
                                            "evil.example,"), said_in(reason, "fr")


@pytest.mark.parametrize("address", ["https:/evil.example/", "https:evil.example/", "HTTP:\\evil.example/"])
def test_a_web_address_without_its_two_slashes_is_read_as_the_host_a_page_of_another_scheme_reaches(address):
    """From a page of its own scheme a browser reads `https:/evil.example/` as a path of the site; from a page of
    another (`make serve`'s http, a copy opened from disk) as the host evil.example: the gate reads the host, and
    refuses a page that loads it."""
    assert ada_url.URL(address, PAGE).hostname == ("owner.github.io" if address.startswith("https") else "evil.example")
    assert ada_url.URL(address, "http://127.0.0.1:8000/fr/").hostname == ("evil.example" if address.startswith("https")
                                                                          else "127.0.0.1")
    assert urlsplit(safety.as_followed(address)).hostname == "evil.example"
    assert _findings("img src", address)


@pytest.mark.parametrize(("address", "path"), [
    ("../../../../x/", "/x/"), ("%2e%2e/%2E%2e/.%2e/%2e./x/", "/x/"), ("/x/", "/x/"), ("./%2e%2e/x", "/policy/fr/x"),
])
def test_a_relative_address_is_a_path_of_the_same_host(address, path):
    """A relative address, its dots percent-escaped or not, climbing above the site's folder or not, is a path of the
    page's own host to a browser (Ada resolves `%2e%2e` as `..`): the gate reads no other host in it, and a page that
    loads it makes no request elsewhere. (Above the site's folder on GitHub Pages is another site of the same owner:
    what the check of a built page, which does not know its folder, cannot tell.)"""
    followed = ada_url.URL(address, PAGE)
    assert (followed.hostname, followed.pathname) == ("owner.github.io", path)
    assert not safety.leaves_site(address)
    assert urlsplit(safety.as_followed(address)).hostname is None
