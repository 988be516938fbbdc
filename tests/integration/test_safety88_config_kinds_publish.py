"""safety88: publishing a version whose configuration sets `site_name: 2021-01-01` (a date to YAML) said the build's
MkDocs warning as a problem "in the text" at line 1 of the page ([build.warning]); `plugins:` left empty was built and
checked, then ended the publication with "TypeError: 'NoneType' object is not iterable". Each is now the configuration
refused at the setting's line, the branch as it was."""
from __future__ import annotations

import pytest

from policy_repo import copy_of, made_once, publish_first

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize(("name", "old", "new", "said"), [
    ("mkdocs.en.yml", "site_name: DialOnce Privacy Policy\n", "site_name: 2021-01-01\n",
     "mkdocs.en.yml:3: site_name: 2021-01-01 is not a text"),
    ("mkdocs.en.yml", "plugins:\n  search:\n    lang: en\n", "plugins:\n",
     "mkdocs.en.yml:11: plugins: nothing (a key without its value) is not a list"),
])
def test_publish_refuses_the_setting_at_its_line(tmp_path_factory, tmp_path, name, old, new, said):
    project = copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")
    before = project.branch()
    config = project.root / name
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    result = project.run("publish")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert said in out and "build.warning" not in out and "Python" not in out, out
    assert project.branch() == before
