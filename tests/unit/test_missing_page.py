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


def test_on_a_site_of_several_documents_the_hint_names_the_document(tmp_path: Path):
    """The README's adoption block imported a cookie policy in French only, then `make serve`: "error:
    docs/en/cookies.md: … (policy import --lang en FILES-OR-FOLDERS …)", and that command, typed, was refused ("this
    site has several documents (privacy, cookies): say which … with --document ID"). The hint names the document,
    the first one's id too, since the import asks for it on such a site."""
    root = copy_project(tmp_path / "site")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  policy:\n", "  policy:\n    documents:\n      - {id: privacy, page: index.md}\n"
        "      - {id: cookies, page: cookies.md, title: {fr: Cookies, en: Cookies}}\n", 1), encoding="utf-8")
    settings = policy_settings.load(root)
    with pytest.raises(policy_settings.SettingsError) as missing:
        checks.load_policy(root, settings.for_document("cookies"), "en")
    assert "(policy import --lang en --document cookies FILES-OR-FOLDERS, after the French ones)" in str(missing.value)
    (root / "docs" / "fr" / "index.md").unlink()
    with pytest.raises(policy_settings.SettingsError) as missing:
        checks.load_policy(root, settings, "fr")
    assert "(policy import --lang fr --document privacy FILES-OR-FOLDERS)" in str(missing.value)
