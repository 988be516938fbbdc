"""Safety hunt 68 through the real `policy publish`: holes safety66 left in the project's stylesheet and configuration.
Each case is one commit on a temporary repository whose first version is published, then `policy publish`: before
this hunt each reached gh-pages; now each is refused, its finding naming the file, and gh-pages is as it was. The
holes' unit rows: test_config_rules (the script's entries, the marks' colours, the archived notice's words and link)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gate_changes import CHANGED, CSS
from integration.test_gate_catalogue66 import (
    _appended,
    _replaced,
    placed,
    published as published,  # (the fixture: the first version published)
    refused,
)

CASES: list[tuple[str, Callable[[Path], None], str | Callable[[Path], str]]] = [
    # The site's own script written with a type no browser runs: the page's script (the version menu, the redline's
    # keys) stopped on every page, the HTML the gate judges unchanged but for its attribute.
    ("script-type-plain", _replaced("mkdocs.yml", "  - assets/javascripts/policy.js",
                                    "  - {path: assets/javascripts/policy.js, type: text/plain}"),
     placed("mkdocs.yml", "type: text/plain", ": extra_javascript: 'type': 'text/plain': the site's script is written "
            "into each page")),
    # A redline's strike and underline drawn in the page's white, or in the deletions' own pale background.
    ("redline-strike-white", _appended(CSS, "\n.redline del { text-decoration-color: #fff }\n"),
     placed(CSS, "text-decoration-color: #fff", " sets text-decoration-color: #fff (.redline del): a contrast of "
            "1.0:1 with the page's background")),
    ("redline-underline-background", _appended(CSS, "\n.redline ins { text-decoration-color: #e4f3ea; "
                                                     "background-color: #e4f3ea }\n"),
     placed(CSS, "text-decoration-color: #e4f3ea", " sets text-decoration-color: #e4f3ea (.redline ins): a contrast "
            "of 1.0:1 with the background its rule")),
    # The archived version's notice ("this text is no longer in force") drawn in the banner's own yellow on a dark
    # screen, where the banner stays yellow: its paragraph was read against the dark page.
    ("archived-notice-dark", _appended(CSS, "\n@media (prefers-color-scheme: dark) { .md-banner--warning p { color: "
                                             "#ffff99 } }\n"),
     placed(CSS, "color: #ffff99", " sets color: #ffff99 (.md-banner--warning p): a contrast of 1.0:1 with the "
            "background the theme draws its md-banner--warning on (#ffff99)")),
    # Its link to the version in force in the banner's yellow on a dark screen: a link colour set on the banner's
    # wrapper (its attribute selector), read against the dark page only.
    ("archived-link-dark", _appended(CSS, "\n@media (prefers-color-scheme: dark) { [data-md-color-scheme] { "
                                           "--md-typeset-a-color: #ffff66 } }\n"),
     placed(CSS, "--md-typeset-a-color: #ffff66", " sets --md-typeset-a-color: #ffff66 ([data-md-color-scheme]): a "
            "contrast of 1.0:1 with the background the theme draws its md-banner--warning on (#ffff99) on a dark "
            "screen")),
]


@pytest.mark.parametrize(("name", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, change, said):
    refused(published, tmp_path, monkeypatch, name, CHANGED, change, said)
