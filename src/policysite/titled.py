"""The slugs of a section's titles, in each language of a version, as ids that land on it.

A numbered policy's sections are known by their numbers (`#s4`), but what other sites, mails and pages built before the
headings were numbered link is a slug of the title (`#your-rights`, `#vos-droits`), in whichever language the linker
read: the French page said "section missing" for `#your-rights`. Each page's sections get the slug of their title in
every language of the version as an alias (its own first, then the others in the site's order): a section has the
same id on every language's page (a translation takes the authoritative text's), which pairs them. Carried to later
versions with the other aliases (anchors.page_anchors), a slug keeps landing once the section is renamed.
"""
from __future__ import annotations

from collections.abc import Mapping

from policysite.anchors import TOP, Anchors
from policysite.document import Policy, title_slug


def with_title_slugs(pages: Mapping[str, tuple[Policy, Anchors]]) -> dict[str, Anchors]:
    """Each language's anchors (`pages`: code -> its text's reading and its page's anchors, in the site's order) with
    the slug of each section's title in every language as an alias of it, where nothing on the page has that id."""
    titles: dict[str, list[str]] = {}
    for policy, anchors in pages.values():
        for section, section_id in zip(policy.sections, anchors.ids, strict=False):
            titles.setdefault(section_id, []).append(title_slug(section.title))
    found = {}
    for code, (policy, anchors) in pages.items():
        page = anchors.copy()
        for index, section in enumerate(policy.sections[:len(page.ids)]):
            for slug in (title_slug(section.title), *titles.get(page.ids[index], ())):
                if slug.lower() not in TOP:
                    page.add_alias(index, slug)
        found[code] = page
    return found
