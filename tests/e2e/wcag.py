"""WCAG 2.1 A and AA, checked by axe-core (tests/e2e/package.json) in the real page."""
from __future__ import annotations

import functools
from pathlib import Path

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@functools.cache
def _source() -> str:
    return AXE.read_text(encoding="utf-8") + "\n;0"


def injected(page) -> None:
    """axe-core in the page, once a document: a check run again on the same page (another state, another element)
    does not parse its half megabyte of script again."""
    if page.evaluate("typeof axe === 'undefined'"):
        # Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses a script tag.
        page.evaluate(_source())


def axe(page) -> dict:
    injected(page)
    return page.evaluate("""tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                     resultTypes: ['violations']})""", WCAG_21_AA)


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)
