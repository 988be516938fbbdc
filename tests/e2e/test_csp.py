"""Defence in depth: a script or foreign image slipped into a published page past the build is blocked
by the page's own Content-Security-Policy in Chromium."""
from __future__ import annotations

INJECTED = ('<script>window.__injected = "inline"</script>'
            '<img src="x.png" onerror="window.__injected = \'handler\'">'
            '<img src="http://127.0.0.2:9/tracker.png" alt="">'
            '<a id="injected-link" href="javascript:window.__injected=\'link\'">x</a>')


def test_a_script_injected_after_the_build_does_not_run(site, page, traffic):
    page_file = site.root / "fr" / "latest" / "index.html"
    html = page_file.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html
    injected = site.root / "fr" / "latest" / "injected.html"
    injected.write_text(html.replace("</article>", INJECTED + "</article>", 1), encoding="utf-8")
    failures: dict[str, str] = {}
    page.on("requestfailed", lambda request: failures.__setitem__(request.url, request.failure or ""))
    try:
        page.goto(f"{site.base}/fr/latest/injected.html")
        page.wait_for_load_state("load")
        page.evaluate("""() => { window.__refused = [];
            document.addEventListener('securitypolicyviolation', e => window.__refused.push(e.blockedURI)); }""")
        page.click("#injected-link")
        page.wait_for_function("() => window.__refused.length > 0")  # the link's script refused, not yet run
        assert page.evaluate("window.__injected") is None
        assert page.evaluate("typeof __md_get") == "function"  # the theme's own inline script did run
    finally:
        injected.unlink()
    # Chromium reports the foreign image as a request, and refuses it before it leaves the browser.
    assert failures.get("http://127.0.0.2:9/tracker.png") == "csp", failures
    assert any("Content Security Policy" in error for error in traffic.errors), traffic.errors
