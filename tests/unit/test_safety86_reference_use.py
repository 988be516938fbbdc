"""safety86: a reference link showing no words (`[][t]`) was refused at its definition's line (`[t]: https://…`, often
the page's last), where the reader sees no link: `policy check` and the output check say it at the line using it."""
from __future__ import annotations

import pytest

from policysite import reference_uses, rendering
from unit.test_safety82_catalogue import HEAD, _published

DEFINED = "\n\nGamma paragraph.\n\nDelta paragraph.\n\n[t]: https://evil.example/\n"  # (the definition: line 19)


@pytest.mark.parametrize("used", ["Alpha [][t] beta.", "Alpha [\u200b][T] beta.", "Alpha [] [t] beta."])
def test_a_wordless_reference_link_is_refused_at_its_use(used):
    text = HEAD + used + DEFINED
    found = [(f.line, f.message.key) for f in rendering.check(text, path="p.md", lang="en") if f.rule == "editorial.html"]
    assert found == [(13, "output.link-unseen")], found
    assert (13, "output.link-unseen") in _published(text)


def test_the_use_of_a_definition_is_its_first_line_naming_its_label():
    text = "Intro.\n\nSee [our partners][Partner  List] and [partner list].\n\n[partner list]:\n  https://x.example/\n"
    assert reference_uses.use_of(text, 5) == 3
    assert reference_uses.use_of(text, 6) == 3  # (a definition written on two lines)


def test_a_line_defining_nothing_or_a_definition_nothing_uses_stays():
    text = "Intro [t] is text: [t]: no.\n\n[u]: https://x.example/\n"
    assert reference_uses.use_of(text, 1) == 1
    assert reference_uses.use_of(text, 3) == 3
