"""safety84: an id of the text naming a global the site's scripts define (DOM clobbering). A browser makes an element
with an id a property of `window` under that name until a script assigns the name itself: on-demand.js reads
`window.policySearchQuery` at each search before search-index.js sets it, and called the paragraph `{: #policySearchQuery
}` gave it (a TypeError: the search stopped). The output check refuses such an id at the line writing it; the names are
read from the theme folders' scripts, so a company's own script's globals are held as the site's are; `policy check`
(and so the build and the preview) says it at the same line."""
from __future__ import annotations

import shutil
from pathlib import Path

from policysite import rendering, safety
from unit.test_safety import THEME, page
from unit.test_safety82_catalogue import (
    HEAD,
    PAGE,
    _checked,
    _published,
    project as project,  # (the fixture: Example Org's site, a repository)
)

WRITTEN = [("We keep your data.\n{: #policySearchQuery }", 14),
           ('We keep <span id="document$">your data</span> one year.', 13),
           ("### 2.1 Kept data {: #policyVersions }\n\nText.", 13)]


def test_the_names_a_script_assigns_on_the_global_object_are_its_globals():
    script = ("window.policyA = function () {}; self.policyB=1; globalThis . policyC = 2;\n"
              "if (window.policyD == null) x.window.policyE = 3; window.policyF === 4; var policyG = 5;")
    assert safety.defined_globals([script]) == {"policyA", "policyB", "policyC", "policyG"}  # (var: safety86)


def test_the_themes_globals_are_material_s_and_the_site_s():
    assert {"document$", "location$", "policyVersions", "policySearchQuery", "policyScrolling"} \
        <= safety.theme_globals(THEME)


def test_an_id_naming_a_global_is_refused_at_the_line_writing_it():
    for written, line in WRITTEN:
        assert (line, "output.script-global") in _published(HEAD + written + "\n"), written
        found = rendering.check(HEAD + written + "\n", path=PAGE, lang="en", script_globals=safety.theme_globals(THEME))
        assert [(f.line, f.message.key) for f in found] == [(line, "output.script-global")], found


def test_policy_check_reads_the_globals_of_the_project_s_theme(project, tmp_path):
    root = shutil.copytree(project, tmp_path / "site")
    written, line = WRITTEN[0]
    (root / PAGE).write_text(HEAD + written + "\n", encoding="utf-8")
    assert (PAGE, line, "editorial.html") in _checked(root)


def test_an_id_no_script_defines_passes():
    assert _published(HEAD + "We keep your data.\n{: #retention }\n") == set()


def test_a_global_of_the_company_s_own_script_is_held_too(tmp_path: Path):
    """The same page passes with the site's theme and is refused with a theme folder whose script defines the name:
    the verdict kept for the page's bytes is not the other theme's."""
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "extra.js").write_text("window.retention = function () { return 1; };\n", encoding="utf-8")
    html = page('<p id="retention">We keep your data.</p>')
    assert safety.check_page(html, file="index.html", theme_dirs=THEME) == []
    found = safety.check_page(html, file="index.html", theme_dirs=(str(tmp_path), *THEME))
    assert [v.message.key for v in found] == ["output.script-global"], found
