"""The site's address moved: `extra.policy.public_url` names another host or folder than the one the archive was last
published under. Every address a reader kept (a bookmark, a link to a version, the feed's entries, whose ids are
their versions' addresses) names the former one; publishing under the new one broke them all silently. The move is
the team's to state (`extra.policy.former_urls`, the former address redirecting to the new one on its server): until
then publish and history refuse it and check says it, at public_url's line. Imports no GitPython (`policy check`)."""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from policysite import config_lines, git, manifest as mf
from policysite.messages import Said
from policysite.settings import Settings

CONFIG = "mkdocs.yml"
SITEMAP = "sitemap.xml"


def address(url: str) -> tuple[str, int | None, str]:
    """What a reader's address keeps of `url`: its host (lower case), port and folder (ending in `/`); the scheme
    aside (a site moved to https keeps its addresses behind the server's redirect)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ("", None, "")
    path = parts.path if parts.path.endswith("/") else f"{parts.path}/"
    return ((parts.hostname or "").lower(), None if port in (80, 443) else port, path)


def published_url(root: Path, tip: str | None, settings: Settings, manifests: Iterable[mf.VersionManifest]) -> str:
    """The public address the archive was last built for, as the branch at `tip` serves it: the site's address in the
    locations of the sitemap of the version published last (`manifests`, this document's), `<public_url><lang>/<date>/`;
    "" where none can be read (no version, a version without its sitemap)."""
    last = max(manifests, key=lambda m: (m.published, m.version), default=None)
    if tip is None or last is None or not last.languages:
        return ""
    lang = settings.authoritative if settings.authoritative in last.languages else min(last.languages)
    folder = f"{settings.base(lang)}/{last.version}/"
    data = git.file_at_plain(root, f"{tip}:{folder}{SITEMAP}") if SITEMAP in last.languages[lang].files else None
    for loc in re.findall(r"<loc>\s*([^<]*?)\s*</loc>", (data or b"").decode("utf-8", "replace")):
        if (at := html.unescape(loc).find(f"/{folder}")) > 0:
            return html.unescape(loc)[:at + 1]
    return ""


def moved(root: Path, tip: str | None, settings: Settings,
          manifests: Iterable[mf.VersionManifest]) -> tuple[int | None, Said] | None:
    """The move of the site's address from the one the archive was last published under, unless mkdocs.yml states it
    (`former_urls`): public_url's line in mkdocs.yml (None where it is not written there) and what to write; None
    where the address is the archive's."""
    from policysite.addresses import browser_host, this_machine

    old = published_url(root, tip, settings, manifests)
    # (an archive published under this machine's address, `policy init`'s for `make serve`, has no reader to lose)
    if not old or this_machine(browser_host(address(old)[0])) or address(old) == address(settings.public_url) \
            or address(old) in {address(url) for url in settings.former_urls}:
        return None
    place = config_lines.places(root / CONFIG).get(("extra", "policy", "public_url"))
    return (place[1] if place and place[0] == CONFIG else None,
            Said("refuse.moved/item", old=old.strip(), new=settings.public_url))


def refuse_moved(root: Path, tip: str | None, settings: Settings, manifests: Iterable[mf.VersionManifest]) -> None:
    """`moved`, refused: nothing is published under an address the archive's readers do not have."""
    from policysite.errors import PublishError

    if (found := moved(root, tip, settings, manifests)) is not None:
        line, why = found
        raise PublishError(Said("refuse.moved", where=f"{CONFIG}:{line}" if line else CONFIG, why=why))
