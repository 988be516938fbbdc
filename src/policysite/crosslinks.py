"""Links from one document of the site to another (`[cookie policy](cookies.md#s3)`), pinned in time.

In the Markdown a link names the other document's page, as in the docs folder (the preview follows
it as it is). A published version links the other document's version in force on its own date (the
earliest, if that document is younger), at `<lang>/<id>/<date>/` (`<lang>/<date>/` for the first
document): a dated version never changes, so neither does the text it sends readers to. On a
`latest/` copy, policy.js follows the other document's `latest/` instead (the text in force today).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from policysite.document import Policy
from policysite.findings import Finding
from policysite.messages import Said
from policysite.settings import Settings

RULE = "links.document"
# A link's target in Markdown: inline `](cookies.md#s3)` (or `<cookies.md#s3>`), and a reference definition.
_INLINE = re.compile(r"(\]\(\s*<?)([\w-][\w.-]*\.md)(#[^)\s>\"']*)?(?=>?(?:\s+[\"'(][^)]*)?\s*\))")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*<?)([\w-][\w.-]*\.md)(#[^\s>]*)?(?=>?(?:\s|$))", re.M)
_TARGET = re.compile(r"([\w-][\w.-]*\.md)(?:#(.*))?")


@dataclass(frozen=True)
class Target:
    """Where a document's link lands in a published version: the document's folder and version."""

    document: str  # its id ("" for the first document)
    version: str


def targets(policy: Policy) -> list[tuple[str, str, int]]:
    """(page, fragment, line) of each link of `policy` to a Markdown page (`cookies.md#s3`)."""
    found = []
    for block in list(policy.preamble) + [b for s in policy.sections for b in s.blocks]:
        for href in block.links:
            match = _TARGET.fullmatch(href)
            if match:
                found.append((match.group(1), unquote(match.group(2) or ""), block.line))
    return found


def check(policy: Policy, settings: Settings, anchors_of: Mapping[str, set[str] | None]) -> list[Finding]:
    """Each link to another page names one of the site's documents and, with a fragment, one of its anchors
    (`anchors_of`: a document's page -> its anchors in the same language, None if it cannot be read)."""
    pages = {doc.page for doc in settings.all_documents}
    findings = []
    for page, fragment, line in targets(policy):
        if page not in pages:  # (a site of one text has no other page to link: extra.policy.documents says nothing)
            listed = ", ".join(sorted(pages))
            findings.append(Finding.of(policy.path, line, RULE if len(pages) > 1 else RULE + "/single", page=page,
                                       listed=listed))
            continue
        known = anchors_of.get(page)
        if fragment and known is not None and fragment not in known:
            findings.append(Finding.of(policy.path, line, RULE + "/anchor", page=page, fragment=fragment))
    return findings


def pinned(settings: Settings, versions: Mapping[str, list[str]], *, version: str) -> dict[str, Target]:
    """For a version dated `version` of the settings' document, where each other document's links land: the
    version of that document in force on that date, or its earliest if none was yet (`versions`: document
    id -> its dated versions on the branch). A document with no version is left out."""
    found = {}
    for n, doc in enumerate(settings.all_documents):
        doc_id = "" if n == 0 else doc.id
        dates = sorted(versions.get(doc_id, []))
        if not dates or doc_id == settings.document:
            continue
        in_force = [d for d in dates if d <= version]
        found[doc.page] = Target(doc_id, in_force[-1] if in_force else dates[0])
    return found


def url(settings: Settings, target: Target, *, lang: str) -> str:
    """The relative URL from a dated version's page of the settings' document to `target` in `lang`."""
    up = "../" * (settings.depth + 1)
    folder = f"{lang}/{target.document}" if target.document else lang
    return f"{up}{folder}/{target.version}/"


def rewrite(markdown: str, urls: Mapping[str, str]) -> str:
    """The Markdown with each link to a document's page (`urls`: page -> URL) made a link to that URL, its
    fragment kept; links to other pages are left for the build to judge."""
    def replace(match: re.Match) -> str:
        target = urls.get(match.group(2))
        return match.group(0) if target is None else match.group(1) + target + (match.group(3) or "")
    return _REFERENCE.sub(replace, _INLINE.sub(replace, markdown))


def mark(html: str, urls: Mapping[str, str]) -> str:
    """The page's links to other documents say so (`data-policy-document`): on a `latest/` copy, policy.js
    follows the other document's `latest/`."""
    for target in set(urls.values()):
        html = re.sub(rf'<a href="{re.escape(target)}(#[^"]*)?"', lambda m: m.group(0) + " data-policy-document",
                      html)
    return html


def overtaken(settings: Settings, recorded: Mapping[str, Mapping[str, Mapping[str, list[str]]]],
              versions: Mapping[str, list[str]]) -> list[str]:
    """Published versions whose links to another document land on a version that is no longer the one in force
    on their date, because a version of that document dated in between was published afterwards
    (`recorded`: document id -> version -> its manifest's links). A published version never changes: this
    is said, so the team knows (and may publish a new version of the linking document)."""
    lines: list[str] = []
    names = {("" if n == 0 else doc.id): doc.id or Said("publish.the-policy")
             for n, doc in enumerate(settings.all_documents)}
    for doc_id, published in sorted(recorded.items()):
        for version, links in sorted(published.items()):
            for page, (target_id, target) in sorted(links.items()):
                in_force = [d for d in versions.get(target_id, []) if d <= version]
                if in_force and in_force[-1] != target:
                    lines.append(Said("publish.links-overtaken", document=names.get(doc_id, doc_id), version=version,
                                      page=page, target=target, other=names.get(target_id, target_id),
                                      in_force=in_force[-1]))
    return lines
