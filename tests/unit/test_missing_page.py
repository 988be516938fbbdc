"""What `policy check` says of a language's page that is not there yet (adoption hunt 25)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_project
from policysite import checks, settings as policy_settings


def test_a_missing_page_is_said_with_the_command_that_writes_it(tmp_path: Path):
    """A new site's `policy init --languages pl,en`, its Polish texts imported, then `policy check`: "error:
    docs/en/index.md: the en policy page does not exist", with nothing said of what to do. The message names the
    import that writes it, a translation's after the authoritative texts."""
    root = copy_project(tmp_path / "site")
    settings = policy_settings.load(root)
    (root / "docs" / "en" / "index.md").unlink()
    with pytest.raises(policy_settings.SettingsError) as missing:
        checks.load_policy(root, settings, "en")
    assert str(missing.value) == ("docs/en/index.md: the English policy page does not exist: import the English texts "
                                  "(policy import --lang en FILES-OR-FOLDERS, after the French ones) or write the page")
    (root / "docs" / "fr" / "index.md").unlink()
    with pytest.raises(policy_settings.SettingsError) as missing:
        checks.load_policy(root, settings, "fr")
    assert str(missing.value).endswith(": the French policy page does not exist: import the French texts (policy "
                                       "import --lang fr FILES-OR-FOLDERS) or write the page")
