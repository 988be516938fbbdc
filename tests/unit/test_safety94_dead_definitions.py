"""Safety hunt 94: the import leaves no dead link definition holding what it removed.

A reference link the import writes inline (its tracking parameters, a title naming another address or saying words the
page does not show, a mail's hidden copy removed, an upper-case scheme lowered) left its definition behind: read by no
link, rendering nothing, but `[r]: mailto:dpo@example.test?bcc=x@evil.example` or `[r]: https://www.cnil.fr/ "We sell
your data"` stayed in the Markdown a reviewer reads and the site's history keeps (safety93's open note). A definition
another link still uses, or one no link used before the import, stays as written.
"""
from __future__ import annotations

import pytest

from policysite.convert import neutralise
from policysite.convert.notes import Notes

_PAGE = "# Terms\n\n## 1. Us\n\nThe General Data Protection Regulation applies.\n\n{body}\n"


def _neutralised(body: str) -> str:
    return neutralise.neutralise(_PAGE.format(body=body), Notes("line"))


@pytest.mark.parametrize(("body", "gone"), [
    ("See [the CNIL][r] today.\n\n[r]: https://www.cnil.fr/?utm_source=x", "utm_source"),
    ("See [the CNIL][r] and [again][r].\n\n[r]: https://www.cnil.fr/?fbclid=1", "fbclid"),
    ("See [the CNIL][] today.\n\n[the CNIL]: https://www.cnil.fr/?fbclid=1", "fbclid"),
    ("See [the CNIL] today.\n\n[The CNIL]: https://www.cnil.fr/?fbclid=1", "fbclid"),
    ('See [the CNIL][r] today.\n\n[r]: https://www.cnil.fr/ "https://evil.example/"', "evil.example"),
    ('See [the CNIL][r] today.\n\n[r]: https://www.cnil.fr/ "We sell your data"', "We sell your data"),
    ("Write [to us][r].\n\n[r]: mailto:dpo@example.test?bcc=x@evil.example", "evil.example"),
    ('See [the CNIL][r] today.\n\n[r]: HTTPS://www.cnil.fr/ "the CNIL"', "HTTPS://"),
    ("See [the CNIL][r] today.\n\n> [r]: https://www.cnil.fr/?utm_source=x", "utm_source"),
])
def test_a_definition_no_link_uses_once_written_inline_is_removed(body, gone):
    text = _neutralised(body)
    assert gone not in text, text
    assert "]: " not in text and "[r]" not in text and "\n\n\n" not in text, text
    assert "(https://www.cnil.fr/)" in text or "(mailto:dpo@example.test)" in text, text


@pytest.mark.parametrize(("body", "kept"), [
    # another link still reads the definition as a reference: it stays
    ("See [the CNIL][r] today and ![logo][r].\n\n[r]: www.cnil.fr", "[r]: https://www.cnil.fr"),
    # no link used it before the import: the author's, as written
    ("See the CNIL today.\n\n[r]: https://www.cnil.fr/?utm_source=x", "[r]: https://www.cnil.fr/?utm_source=x"),
    # a reference link left a reference: its definition is the link's
    ('See [CNIL][1] today.\n\n[1]: www.cnil.fr "CNIL"', '[1]: https://www.cnil.fr "CNIL"'),
])
def test_a_definition_still_or_never_used_stays(body, kept):
    assert kept in _neutralised(body)


def test_the_lines_around_stay_as_they_were():
    text = _neutralised("See [the CNIL][r].\n\n[r]: https://www.cnil.fr/?utm_source=x\n[s]: https://x.example/\n\n"
                        "Then [more][s].")
    assert text.endswith("See [the CNIL](https://www.cnil.fr/).\n\n[s]: https://x.example/\n\nThen [more][s].\n"), text
