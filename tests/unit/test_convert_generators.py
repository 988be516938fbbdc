"""Pages as consent managers, policy generators and CMS plugins write them, imported (adoption hunt 26)."""
from __future__ import annotations

from pathlib import Path

from policysite import document
from policysite.convert import convert


def converted(tmp_path: Path, body: str, name: str = "cookies-2023-04-12.html"):
    source = tmp_path / name
    source.write_text(f"<!DOCTYPE html><html lang=\"en\"><body><main>{body}</main></body></html>", encoding="utf-8")
    return convert(source)


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_an_empty_mount_point_of_a_script_before_a_heading_gives_it_no_id(tmp_path: Path):
    """Complianz's cookie policy ends its consent section with the empty `<div id="cmplz-manage-consent-container">`
    its script fills (OneTrust's `<div id="ot-sdk-cookie-policy">` is another): the next heading was imported as
    `## 8. Enabling/disabling and deleting cookies {#cmplz-manage-consent-container}`, its anchor that id instead of its
    number's. An empty anchor before a heading (`<a name>`, `<span id>`), or an element a link lands on, still gives
    the heading its id."""
    text = converted(tmp_path, (
        "<h1>Cookie Policy (UK)</h1><p><a href=\"#contact\">Contact us</a>.</p><h2>1. Consent</h2><p>You choose.</p>"
        "<div id=\"cmplz-manage-consent-container\" class=\"cmplz-manage-consent-container\"></div>"
        "<h2>2. Enabling/disabling and deleting cookies</h2><p>Use your browser.</p>"
        "<div id=\"ot-sdk-cookie-policy\"></div><h2>3. Your rights</h2><p>Ask us.</p>"
        "<a name=\"old-10\"></a><h2>4. Transfers</h2><p>None.</p>"
        "<span id=\"retention\"></span><h2>5. Retention</h2><p>Short.</p>"
        "<div id=\"contact\"></div><h2>6. Contact details</h2><p>Write.</p>")).markdown
    assert headings(text) == ["# Cookie Policy (UK)", "## 1. Consent", "## 2. Enabling/disabling and deleting cookies",
                              "## 3. Your rights", "## 4. Transfers {#old-10}", "## 5. Retention {#retention}",
                              "## 6. Contact details {#contact}"], text
    assert document.parse(f"---\ndate: 2023-04-12\n---\n{text}", path="index.md", lang="en").problems == []
