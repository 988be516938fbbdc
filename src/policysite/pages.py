"""What the site adds around the policy text: dates, version information, language links."""
from __future__ import annotations

import datetime as dt
import re

from jinja2 import Environment

from policysite.document import anchor_for
from policysite.settings import Release, Settings
from policysite.strings import long_date, strings


def alternates(settings: Settings, *, current: str, version: str | None = None) -> list[dict[str, str]]:
    """Theme language-switcher entries, relative to a language's root (`../en/`).

    A dated version links the same version in the other language (`../../en/2021-02-17/`).
    """
    prefix = f"../../{{code}}/{version}/" if version else "../{code}/"
    return [{"name": lang.name, "lang": lang.code, "link": prefix.format(code=lang.code)} for lang in settings.languages]


def latest_url(settings: Settings, *, lang: str, release: Release) -> str:
    """Where search engines find the text in force: the latest version of the page's language."""
    return f"{settings.public_url}{lang}/{release.latest}/"


def archived_banner(*, lang: str, release: Release) -> dict[str, str]:
    """What the "archived version" banner of a dated version says and where it links."""
    date = dt.date.fromisoformat(release.version)
    t = strings(lang)
    return {"text": t["archived"].format(date=long_date(date, lang)), "link_text": t["archived_link"],
            "href": f"../{release.latest}/"}


def decorate(html: str, *, env: Environment, settings: Settings, lang: str, date: object,
             versions: list[dt.date] | None = None, link_versions: bool = False) -> str:
    """Insert the last-update line under the title and the version notice into the version section.

    With `link_versions`, each dated version links its page (`../2021-02-17/`), as on the branch.
    """
    if not isinstance(date, dt.date):
        return html
    context = {"t": strings(lang), "date": date, "date_text": long_date(date, lang), "lang": lang,
               "versions": [(v, long_date(v, lang)) for v in versions or []], "link_versions": link_versions}
    updated = env.get_template("partials/policy-updated.html").render(context)
    html = re.sub(r"(</h1>)", lambda m: m.group(1) + updated, html, count=1)
    version = env.get_template("partials/policy-version.html").render(context)
    heading = re.compile(r'(<h(\d) id="%s".*?</h\2>)' % re.escape(anchor_for(settings.version_section)), re.S)
    return heading.sub(lambda m: m.group(1) + version, html, count=1)
