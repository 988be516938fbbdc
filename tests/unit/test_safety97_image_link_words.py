"""safety97: a link whose words are an image's text (`<a href="https://evil.example/"><img alt="www.cnil.fr"></a>`)
showed an address it does not go to, and the output check did not say so: it read the link's text alone, though a
screen reader says the image's text as the link's name, and a browser shows it where the image is not drawn. The
import already read it so (its note: the link shows www.cnil.fr but goes elsewhere); `policy check` refuses the
image itself (editorial.image), so a page another tool built, or a hand commit on the branch, was what it let through.
The output check now reads an image's text inside a link as the link's words (link.shows-address-goes, -writes); an
image's text naming where the link goes, or no address, passes."""
from __future__ import annotations

import pytest

from policysite import safety
from unit.test_safety import THEME, page


def _keys(article: str) -> list[str]:
    return [v.message.key for v in safety.check_page(page(article), file="en/2024-05-01/index.html",
                                                       theme_dirs=THEME)]


@pytest.mark.parametrize(("link", "key"), [
    ('<a href="https://evil.example/"><img src="logo.png" alt="www.cnil.fr"></a>', "link.shows-address-goes"),
    ('<a href="https://evil.example/">Complain <img src="logo.png" alt="to the CNIL at https://www.cnil.fr/"></a>',
     "link.shows-address-goes"),
    ('<a href="https://www.cnil.fr.evil.example/"><img src="a.png" alt="cnil.fr"></a>', "link.shows-address-goes"),
    ('<a href="mailto:spy@evil.example"><img src="mail.png" alt="dpo@example.org"></a>',
     "link.shows-address-writes"),
    ('<a href="https://evil.example/"><img src="a.png" alt="CNIL"><img src="b.png" alt="www.cnil.fr"></a>',
     "link.shows-address-goes"),
])
def test_a_link_whose_image_text_shows_another_address_is_refused(link, key):
    assert key in _keys(f"<p>See {link} for more.</p>")


@pytest.mark.parametrize("link", [
    '<a href="https://www.cnil.fr/"><img src="logo.png" alt="www.cnil.fr"></a>',
    '<a href="https://www.cnil.fr/plaintes"><img src="logo.png" alt="The CNIL\'s logo"></a>',
    '<a href="mailto:dpo@example.org"><img src="mail.png" alt="dpo@example.org"></a>',
])
def test_an_image_text_naming_where_the_link_goes_or_no_address_passes(link):
    assert not [key for key in _keys(f"<p>See {link} for more.</p>") if key.startswith("link.")]
