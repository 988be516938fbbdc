"""Adopt60: a heading with a no-break hyphen (U+2011, Word's `w:noBreakHyphen`, kept by the import) got the id
`optout-rights` where the same title typed with a hyphen gets `opt-out-rights`: a link written to the section by its
title's usual slug missed it. Its id is now the one the hyphen gives; the id it had keeps landing on the section."""
from __future__ import annotations

import markdown

from policysite import anchors, document


def test_a_no_break_hyphen_gives_the_id_a_hyphen_gives():
    assert document.slugify("Opt\u2011out rights") == document.slugify("Opt-out rights") == "opt-out-rights"
    assert document.slugify("Opt\u2010out rights") == "opt-out-rights"
    page = markdown.markdown("## Opt\u2011out rights", extensions=["toc"],
                             extension_configs={"toc": {"slugify": document.slugify}})
    assert 'id="opt-out-rights"' in page, page


def test_the_id_a_no_break_hyphen_gave_before_still_lands_on_its_section():
    text = "---\ndate: 2023-06-01\n---\n# Privacy\n\n## Opt\u2011out rights\n\nYou may.\n\n## Contact\n\nWrite.\n"
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    found = anchors.own_anchors(policy)
    assert found.ids == ["opt-out-rights", "contact"]
    assert found.aliases.get(0) == ["optout-rights"], found.aliases
