"""The compare page says, under its versions' line, what the changes page says (redline22): the newer version
announced ahead of its date is not in force before it, its dates <time>s; a version marked `change: editorial` is so
marked. Both from the newer version's policy.json (export.notice), in the reader's language."""
from __future__ import annotations

import datetime as dt

from reader import go

from helpers import synthetic_policy
from policysite import document, export, redline
from policysite.redline.render import notice_lines
from policysite.strings import redline_labels

OLD = "## 1. Data\n\nWe keep your data for one year.\n"
NEW = OLD.replace("one year", "two years")
LINES = "r => [...r.querySelectorAll('.redline-announced, .redline-editorial')].map(p => [p.className, p.textContent," \
    " [...p.querySelectorAll('time')].map(t => t.getAttribute('datetime'))])"


def _served(page, site, front: str) -> tuple[str, str]:
    old, new = site.archived[0], site.archived[-1]
    for version, text in ((old, synthetic_policy(old, sections=OLD)),
                          (new, synthetic_policy(new, sections=NEW).replace(f"date: {new}\n", f"date: {new}\n{front}"))):
        data = export.policy_json(text.encode("utf-8"), lang="en", version=version, url="", previous=None)
        page.route(f"**/en/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    go(page, site.base + site.page("compare-en").path + f"#{old}..{new}")
    return old, new


def test_the_compare_page_says_the_announcement_and_the_editorial_mark_as_the_changes_page(page, site, traffic):
    announced = (dt.date.fromisoformat(site.archived[-1]) - dt.timedelta(days=20)).isoformat()
    old, new = _served(page, site, f"announced: {announced}\nchange: editorial\n")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-summary, .redline-none").first.wait_for()
    shown = result.evaluate(LINES)
    assert [kind for kind, _, _ in shown] == ["redline-announced", "redline-editorial"]
    assert shown[0][2] == [announced, new] and "not in force before that day" in shown[0][1]
    # word for word the lines every other format says, from the same two texts
    change = redline.diff(*(document.parse(text, path="en/index.md", lang="en") for text in (
        synthetic_policy(old, sections=OLD),
        synthetic_policy(new, sections=NEW).replace(f"date: {new}\n",
                                                    f"date: {new}\nannounced: {announced}\nchange: editorial\n"))))
    assert [text for _, text, _ in shown] == notice_lines(change, redline_labels("en"), "en")
    assert traffic.errors == []


def test_a_version_neither_announced_nor_editorial_says_neither(page, site, traffic):
    _served(page, site, "")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-summary, .redline-none").first.wait_for()
    assert result.evaluate(LINES) == []
    assert traffic.errors == []
