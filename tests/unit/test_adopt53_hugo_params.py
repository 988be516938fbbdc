"""Adopt53: a Hugo page's `{{< param key >}}` (its controller's e-mail kept in the site's settings) was filled in from
the site's configuration only by `--git`; a page imported as a file lost it, "Write to ." said as a removed shortcode.
The file's import now reads the same configuration from the page's repository (`hugo.toml` nearest above it), as
its includes are read; a key the configuration lacks is still removed and said."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "hugo-site"


def test_a_pages_params_are_its_sites_settings(tmp_path: Path):
    site = tmp_path / "old-site"
    shutil.copytree(DATA, site)
    subprocess.run(["git", "init", "-q", str(site)], check=True)  # (the page's repository: the site's top)
    converted = convert(site / "content" / "privacy-2020-11-02.md", lang="en")
    assert "Write to <listeners@radio.example> or to our office in Wells, ." in converted.markdown, converted.markdown
    notes = [str(note) for note in converted.notes]
    assert any("params.contact_email" in note and "listeners@radio.example" in note for note in notes), notes
    assert any("office.street" in note for note in notes), notes


def test_a_page_outside_a_site_still_loses_them(tmp_path: Path):
    page = tmp_path / "privacy-2020-11-02.md"
    shutil.copy(DATA / "content" / "privacy-2020-11-02.md", page)
    converted = convert(page, lang="en")
    assert "Write to  or to our office in , ." in converted.markdown, converted.markdown
    assert sum("param" in str(note) for note in converted.notes) == 3, converted.notes


def test_a_param_no_setting_gives_is_said_as_a_setting_not_a_link(tmp_path: Path):
    """Its removal said "a link it made now has no address", as for any shortcode: a param shows a setting's words."""
    page = tmp_path / "privacy-2020-11-02.md"
    shutil.copy(DATA / "content" / "privacy-2020-11-02.md", page)
    notes = [str(note) for note in convert(page, lang="en").notes]
    assert any(note.startswith('line 11: removed the Hugo shortcode {{< param "office.street" >}}, the words of a '
                               "setting of the old site's") for note in notes), notes
    assert not any("param" in note and "link" in note for note in notes), notes
