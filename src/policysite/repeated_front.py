"""The front matter of the version before, left in a new version's page, which a new version may not keep.

Its `summary:` while the text changed: the history, the changes page, the feed and section 1 would give the new
version the changes of that one (legal hunt 36). Its `announced:` on a version in force on or before today: the history
and the feed would record an announcement of it that never was. Judged alike by `policy check` before the merge, by
the gate at publication and by the pull request's redline: legal19 found the check passing a page that publishing
then refused, only the redline's note saying why.
"""
from __future__ import annotations

import datetime as dt

from policysite.document import Policy
from policysite.findings import Finding


def repeated(earlier: Policy, policy: Policy, *, changed: bool, today: dt.date) -> tuple[str, ...]:
    """The keys of `policy`'s front matter (`announced`, `summary`) that repeat `earlier`'s where a new version may
    not: `changed` says whether its text (its body) differs."""
    keys: list[str] = []
    if policy.announced and policy.announced == earlier.announced and policy.date and policy.date <= today:
        keys.append("announced")
    if changed and policy.summary and policy.summary == earlier.summary:
        keys.append("summary")
    return tuple(keys)


def findings(earlier: Policy, policy: Policy, *, changed: bool, today: dt.date, before: str) -> list[Finding]:
    """The errors of `repeated`, at their lines of `policy`'s page, naming the version before (`before`)."""
    found = []
    for key in repeated(earlier, policy, changed=changed, today=today):
        fields = {"announced": policy.announced.isoformat()} if key == "announced" and policy.announced else {}
        found.append(Finding.of(policy.path, policy.meta_lines.get(key, 1), _MESSAGES[key], before=before, **fields))
    return found


_MESSAGES = {"announced": "frontmatter.announced-repeated", "summary": "frontmatter.summary-repeated"}
