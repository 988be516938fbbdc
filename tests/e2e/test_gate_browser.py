"""The gate catalogue in Chromium: every unsafe input that `policy history` published (neutralised),
and every benign look-alike, loaded as a reader would: no dialog, no request to another host, no
event handler or script URL in the page, nothing the Content-Security-Policy had to block."""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue import BENIGN, UNSAFE, catalogue_for_the_run, outcome
from policy_repo import Project, copy_of
from policysite import export_site


@pytest.fixture(scope="module")
def published(tmp_path_factory, serve) -> tuple[dict, str]:
    """The run's catalogue (made once, tests/integration/test_gate_catalogue.py reads it too), exported from a copy
    of its repository and served."""
    catalogue = catalogue_for_the_run(tmp_path_factory)
    folder = tmp_path_factory.mktemp("gate-browser")
    copy = copy_of(Project(catalogue["repo"]), folder / "project")
    public = export_site.export(root=copy.root, site_dir=folder / "public")
    return {**catalogue, "repo": copy.root}, serve(public)


def test_published_catalogue_pages_run_nothing_and_fetch_nothing_foreign(published, context, traffic):
    catalogue, base = published
    names = [name for name, _kind, _payload in [*UNSAFE, *BENIGN] if outcome(catalogue, name) == "published"]
    assert len(names) >= len(BENIGN)
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    for name in names:
        date = catalogue["cases"][name][0]
        page.goto(f"{base}/en/{date}/")
        page.wait_for_load_state("load")
        found = page.evaluate("""() => [...document.querySelectorAll('article *')].flatMap(el =>
            [...el.attributes].filter(a => /^on/i.test(a.name) || /^\\s*(javascript|vbscript|data):/i.test(a.value))
            .map(a => el.tagName + ' ' + a.name))""")
        assert found == [], (name, found)
    assert dialogs == []
    assert [url for url in traffic.requests if not url.startswith(base)] == []
    assert [e for e in traffic.errors if "Content Security Policy" in e] == []
