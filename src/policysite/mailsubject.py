"""Whether a `mailto:` link's subject says words the page does not show.

A `mailto:` address may fill the message the reader's mail program opens (RFC 6068): its body, its recipients, its
subject. The link rules refuse a body and any other recipient (safety.deceptive_link: link.mail-body,
link.mail-others) and let a subject stay: `subject=I consent to the sale of my data` then went out under the reader's
name, words the page never showed. A subject may say what a title may (tooltips.unshown): the link's own words, what
an abbreviation among them stands for, or words the page shows, in their order (`subject=Data request`).
"""
from __future__ import annotations

from urllib.parse import unquote

from policysite import tooltips
from policysite.messages import Said


def subjects(href: str) -> list[str]:
    """The subjects a `mailto:` address (`href`) fills, decoded (`+` is a plus there, not a space); [] for any other
    address."""
    target = href.strip()
    if not target.lower().startswith("mailto:") or "?" not in target:
        return []
    pairs = (pair.partition("=") for pair in target.partition("?")[2].partition("#")[0].split("&") if pair)
    return [unquote(value) for name, _eq, value in pairs if unquote(name).strip().lower() == "subject"]


def unshown(href: str, *, shown: str, page: str) -> Said | None:
    """Why a link to `href`, whose words are `shown`, on a page whose words are `page`, opens a message whose subject
    says words the page does not show, or None."""
    said = next((" ".join(subject.split()) for subject in subjects(href)
                 if tooltips.unshown(subject, shown=shown, page=page)), "")
    return Said("link.mail-subject", subject=said[:80]) if said else None
