"""A material change dated today or before, without `announced:`: `policy check` warns before the merge.

Once published it takes effect the day it reaches the site, with no notice: `policy publish` says so after the merge
(gate.late_notes, `publish.late/no-notice`), when nothing can be done about it. legal19: a pull request that edited a
sentence under today's date, without `change: editorial`, passed `policy check` with "no findings" and its publication
warned. Said of the authoritative page only (its `change:` and `announced:` count), where the site has a published
version in force before it whose words it changes; not of a site's first publication, nor of a text recorded in
imported.yml, as the gate says nothing of them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from policysite import document, imported as imported_record
from policysite.findings import WARNING, Finding
from policysite.published_texts import manifest_of, same_words, source_of, versions_at
from policysite.settings import Settings

RULE = "frontmatter.no-notice"


def check(pages: Iterable[tuple[Settings, str, bytes, str]], *, root: Path, tip: str, today: dt.date,
          imported: frozenset[str]) -> list[Finding]:
    """A warning at the date's line of each authoritative page (its settings, language, bytes and path as shown)
    whose text is a material change dated on or before `today`, not yet published on the branch's commit `tip`, with
    no `announced:`, that changes the words of the version in force before it."""
    found: list[Finding] = []
    for settings, code, data, path in pages:
        if code != settings.authoritative or imported_record.digest(data) in imported:
            continue
        front = document.front(document.normalise(data.decode("utf-8", "replace")), path=path, lang=code)
        if front.date is None or front.date > today or front.change != "material" or "announced" in front.meta:
            continue
        versions = versions_at(root, tip, settings.manifest_dir)
        version = front.date.isoformat()
        before = max((v for v in versions if v < version), default=None)
        if version in versions or before is None:  # (published.changed judges a published date's text)
            continue
        manifest = manifest_of(root, versions[before])
        entry = manifest.languages.get(code) if manifest is not None else None
        if entry is None or same_words(data, source_of(root, entry), lang=code):
            continue
        earliest = (today + dt.timedelta(days=settings.notice_days)).isoformat()
        found.append(Finding.of(path, front.meta_lines.get("date", 1), RULE, WARNING, date=version, before=before,
                                notice_days=settings.notice_days, earliest=earliest, today=today.isoformat()))
    return found
