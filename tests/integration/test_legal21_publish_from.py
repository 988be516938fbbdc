"""legal21: the site's `make publish` (and `make publish-history`, `make publish-calendar`) takes `from=BRANCH`, the
`--from` flag that publishes from another branch on purpose; without it, the command is as before (publishing from the
publishing branch only). A site made with the Makefile before it is brought to today's by `policy upgrade`
(skeleton/former/Makefile.09856d73.j2: test_company11_upgrade_generated brings each former one)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from policysite import cli

MAKE = shutil.which("make")
pytestmark = pytest.mark.skipif(MAKE is None, reason="make is not installed")


def _recipes(site, *args):
    """The commands `make` would run (-n: none is run)."""
    done = subprocess.run([MAKE, "--no-print-directory", "-n", "-C", str(site), *args, "POLICY=/usr/bin/policy"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line.rstrip() for line in done.stdout.splitlines() if line.startswith('"/usr/bin/policy"')]


def test_make_publish_passes_from_to_each_publishing_command(tmp_path, capsys):
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "fr,en"]) == 0
    assert _recipes(site, "publish", "from=release/2027 janvier") == [
        '"/usr/bin/policy" check', '"/usr/bin/policy" publish --push --from "release/2027 janvier"']
    assert _recipes(site, "publish-history", "from=hotfix") == [
        '"/usr/bin/policy" history --archive-only --push --from "hotfix"', '"/usr/bin/policy" check',
        '"/usr/bin/policy" history --push --from "hotfix"']
    # without it: from the publishing branch only, as before
    assert _recipes(site, "publish") == ['"/usr/bin/policy" check', '"/usr/bin/policy" publish --push']
    assert _recipes(site, "publish-history")[-1] == '"/usr/bin/policy" history --push'

