"""safety59: words in the theme's part of a page (its header, menus, footer: an override's) are read for their links
only; a dialog, a popover, a block `hidden="until-found"` or an `inert` part there showed a reader words on demand,
above the page or out of reach, which no check read (the article forbids its own). Refused anywhere on a page; the
theme and the site's templates write none."""
from __future__ import annotations

import pytest

from policysite import safety
from policysite.messages import said_in
from unit.test_safety import THEME, page


def _said(html: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(html, file="fr/2021-02-17/index.html", theme_dirs=THEME)]


@pytest.mark.parametrize(("chrome", "what"), [
    ('<div popover id="p">We sell your data.</div><button popovertarget="p">Info</button>', "<div> (popover)"),
    ('<div popover="manual">We sell your data.</div>', "<div> (popover)"),
    ("<dialog open>We sell your data.</dialog>", "<dialog> (dialog)"),
    ('<DIV HIDDEN="Until-Found">We sell your data.</DIV>', '<div> (hidden="until-found")'),
    ("<nav inert><p>We sell your data.</p></nav>", "<nav> (inert)"),
])
def test_words_shown_on_demand_in_the_theme_s_header_are_refused(chrome, what):
    found = _said(page(chrome=chrome))
    assert any(message.startswith(f"{what}: words a reader is shown on demand only") for message in found), found


def test_the_refusal_is_said_in_french():
    found = safety.check_page(page(chrome="<dialog open>x</dialog>"), file="fr/2021-02-17/index.html",
                              theme_dirs=THEME)
    assert any(said_in(v.message, "fr").startswith("<dialog> (dialog)\u00a0: des mots montrés au lecteur") for v in found)


def test_a_header_hidden_as_the_site_hides_its_own_passes():
    """`hidden` alone (the site's own holders, shown by its scripts with words of its templates) is not refused."""
    assert _said(page(chrome='<div hidden class="md-header__topic">Politique</div>')) == []
