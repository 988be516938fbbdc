"""The 404 page as a host serves it for any missing address, at any depth: styled, its scripts run and its way back
leading to the text in force, wherever the copy of the site is served (at the site's own path, at `/`, under another
path). Its files are paths from the host's root (the site's address): a copy served elsewhere showed it unstyled."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from reader import go


def _as_a_host_serves_it(page, site, mount: str) -> list[str]:
    """Serve the site under `mount` (`/`, `/sub/`) as a static host does: a missing address answered with the root's
    404.html (status 404). Returns the list the failed requests of the page's own files are recorded in."""
    not_found = (site.root / "404.html").read_bytes()
    failed: list[str] = []

    def answer(route, request):
        path = request.url.removeprefix(site.base)
        if not path.startswith(mount):
            return route.fulfill(status=404, body=not_found, content_type="text/html; charset=utf-8")
        response = route.fetch(url=site.base + "/" + path.removeprefix(mount))
        if response.status == 404 and request.resource_type == "document":
            return route.fulfill(status=404, body=not_found, content_type="text/html; charset=utf-8")
        if response.status >= 400:
            failed.append(path)
        return route.fulfill(response=response)

    page.route(f"{site.base}/**", answer)
    return failed


def _own_path(site) -> str:
    """The site's path from the host's root, as its 404 page names its files (settings.public_url)."""
    return re.search(r'href="(/[^"]*/)fr/assets/', (site.root / "404.html").read_text(encoding="utf-8"))[1]


# Counts the page's calls of document.write, which it does not make (browsers warn of it, and Chromium refuses what
# it writes on a slow connection).
_WRITES = """(() => { const write = document.write, writeln = document.writeln; window.policyWrites = 0;
    document.write = function () { window.policyWrites++; return write.apply(document, arguments); };
    document.writeln = function () { window.policyWrites++; return writeln.apply(document, arguments); }; })()"""


def _tried(site, address: str, path: str) -> bool:
    """Whether `path` is the 404 page's first stylesheet under a folder `address` is in: how it finds the folder a
    copy is served from, where the address does not tell."""
    sheet = re.search(r'href="/[^"]*?/(fr/assets/stylesheets/main\.[^"]+\.css)"',
                      (site.root / "404.html").read_text(encoding="utf-8"))[1]
    return path.endswith("/" + sheet) and address.startswith(path.removesuffix(sheet))


@pytest.mark.parametrize(("mount", "address"), [
    ("/", "/fr/no-such-page/deeper/"), ("/", "/404.html"), ("/", "/no-such-page"), ("/", "/no-such-page/"),
    ("/", "/no-such/page/"), ("/", "/no/such/page"),
    ("/sub/", "/sub/en/2099-01-01/"), ("/sub/", "/sub/404.html"), ("/sub/", "/sub/no-such-page/"),
    ("/sub/", "/sub/no-such/page/"), ("own", "fr/no-such-page/"), ("own", "no-such/page/"),
    ("/fr/", "/fr/fr/no-such-page/"), ("/en/", "/en/no-such/page/"), ("/fr/", "/fr/no-such-page")])
def test_the_404_page_is_styled_and_leads_back_wherever_the_copy_is_served(page, site, traffic, mount, address):
    """Reader7, session 36: an export served at `/` or under another path showed the 404 page without its stylesheets
    or scripts, its link to the text in force leading to another 404. At the site's own path it stays as it was.
    Reader8: its favicon too (it was the site's path's, another 404). Reader9: an address two folders deep with no
    language folder (`/no-such/page/` at `/`) was read as a copy at `/no-such/`; Material's inline script was written
    with another text than the one the page's Content-Security-Policy allows (refused: its scope and storage
    undefined); and the page called document.write. Reader10: a copy served from a folder named like a language
    folder (`/fr/`, `/en/`) was read as a copy at `/`: its first language folder was trusted, not tried."""
    if mount == "own":
        mount = _own_path(site)
        address = mount + address
    failed = _as_a_host_serves_it(page, site, mount)
    page.add_init_script(_WRITES)
    response = go(page, site.base + address)
    assert page.evaluate("window.policyWrites") == 0
    assert response.status == (200 if address.endswith("/404.html") else 404)
    sheets = page.evaluate("""() => [...document.styleSheets].filter(s => s.href)
        .map(s => [new URL(s.href).pathname.split('/').pop(), s.cssRules.length > 0])""")
    assert [name for name, _ in sheets if name.startswith("main.")] and ["policy.css", True] in sheets, sheets
    assert all(ok for _, ok in sheets), sheets
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    assert page.evaluate("document.documentElement.classList.contains('js')"), "Material's script did not run"
    icon = page.evaluate("document.querySelector('link[rel~=icon]').href")  # (headless Chromium does not ask for it)
    assert icon.startswith(site.base + mount) and page.evaluate("u => fetch(u).then(r => r.ok)", icon), icon
    assert page.evaluate("typeof __md_get") == "function" and page.evaluate("__md_scope.pathname") == mount + "fr/"
    assert [path for path in failed if not _tried(site, address, path)] == []
    failed_load = "console: Failed to load resource: the server responded with a status of 404 (Not Found) "
    assert [error for error in traffic.errors if not (error.startswith(failed_load) and (  # its own 404, folders tried
        error.endswith(f"({site.base}{address})") or _tried(site, address, error[len(failed_load) + 1:-1].removeprefix(site.base))))] == []
    back = page.locator(".md-content a").first
    with page.expect_navigation(wait_until="commit"):
        back.click()
    first = "en" if address.removeprefix(mount).startswith("en/") else "fr"  # the address's language first (words13)
    assert page.url == f"{site.base}{mount}{first}/latest/"
    # its text, read once parsed up to the footer that follows it: the page's scripts and other files, which nothing
    # here reads, not waited for (fifteen loads of the long policy)
    page.locator("footer.md-footer").wait_for(state="attached")
    assert page.locator(".md-content h1").count() == 1
    page.unroute_all(behavior="ignoreErrors")  # its files still on their way through the host's answer


def test_without_scripts_the_404_page_at_the_site_s_path_is_styled(new_context, site):
    """Its stylesheets, held in a <noscript> for the script that writes them, are read as they are without scripts."""
    page = new_context(java_script_enabled=False).new_page()
    mount = _own_path(site)
    _as_a_host_serves_it(page, site, mount)
    page.goto(f"{site.base}{mount}en/no-such-page/", wait_until="load")  # without scripts nothing follows the load
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"


def test_an_address_starting_with_two_slashes_is_no_folder_of_another_host(page, site, traffic):
    """Safety52: the folders the 404 page tries are paths from the host's root; `//evil.example/a/` is read by the
    browser as another host (a scheme-relative address), so a reader sent to `https://host//evil.example/a/b/` had
    the page's stylesheets and scripts asked of evil.example (only the Content-Security-Policy stopped them). Such a
    folder is not tried: no request, no refusal by the policy, the page styled from the host's root."""
    _as_a_host_serves_it(page, site, "/")
    response = go(page, site.base + "//evil.example/a/b/")
    assert response.status == 404
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    assert page.evaluate("window.policyRooted.root") == "/"
    assert [url for url in traffic.requests if urlsplit(url).hostname == "evil.example"] == [], traffic.requests
    assert [error for error in traffic.errors if "evil.example" in error and "Refused" in error] == []
    page.unroute_all(behavior="ignoreErrors")
