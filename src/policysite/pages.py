"""What the site adds around the policy text: dates, version information, language links."""
from __future__ import annotations

import datetime as dt
import re

from jinja2 import Environment

from policysite.document import anchor_for
from policysite.settings import Settings
from policysite.strings import long_date, strings


def alternates(settings: Settings, *, current: str) -> list[dict[str, str]]:
    """Theme language-switcher entries, relative to a language's root (`../en/`)."""
    return [{"name": lang.name, "lang": lang.code, "link": f"../{lang.code}/"} for lang in settings.languages]


def decorate(html: str, *, env: Environment, settings: Settings, lang: str, date: object,
             versions: list[dt.date] | None = None) -> str:
    """Insert the last-update line under the title and the version notice into the version section."""
    if not isinstance(date, dt.date):
        return html
    context = {"t": strings(lang), "date": date, "date_text": long_date(date, lang), "lang": lang,
               "versions": [(v, long_date(v, lang)) for v in versions or []]}
    updated = env.get_template("partials/policy-updated.html").render(context)
    html = re.sub(r"(</h1>)", lambda m: m.group(1) + updated, html, count=1)
    version = env.get_template("partials/policy-version.html").render(context)
    heading = re.compile(r'(<h(\d) id="%s".*?</h\2>)' % re.escape(anchor_for(settings.version_section)), re.S)
    return heading.sub(lambda m: m.group(1) + version, html, count=1)
