"""safety86 through the real `policy publish`: a heading taking §2's id (`### Anchor {: #s2 }`) on a new version whose
page and imported.yml entry one hand commit adds (as an import would) was an advisory `structure.` finding, and the
page reached gh-pages with every link to §2 landing on "Anchor". Publishing refuses it at the heading's line,
gh-pages as it was; a reference link showing no words is refused at the line using it (the unit rows:
test_safety86_section_ids, test_safety86_reference_use)."""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue66 import (  # (the fixture: the first version published)
    published as published,
    refused,
)
from integration.test_gate_catalogue76 import _recorded

_SECTION = "docs/en/index.md:15: [editorial.html] the id “s2” is the one the site gives a numbered section's heading"


@pytest.mark.parametrize("change", [_recorded, lambda repo: None], ids=["recorded-as-imported", "written"])
def test_publish_refuses_a_heading_taking_a_section_s_id(published, tmp_path, monkeypatch, change):
    refused(published, tmp_path, monkeypatch, "taken-section", "### Anchor {: #s2 }\n\nWe keep your data.", change,
            _SECTION)


def test_publish_refuses_a_wordless_reference_link_at_its_use(published, tmp_path, monkeypatch):
    refused(published, tmp_path, monkeypatch, "wordless-reference",
            "Alpha [][t] beta.\n\nCharlie paragraph.\n\n[t]: https://evil.example/", _recorded,
            "docs/en/index.md:15: [editorial.html] <a href=“https://evil.example/”> shows no words")
