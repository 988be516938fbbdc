"""Every check of the policy, run on the document model of each language."""
from __future__ import annotations

from pathlib import Path

from policysite import document, settings as policy_settings
from policysite.findings import Finding


def load_policies(root: Path) -> dict[str, document.Policy]:
    """Parse each configured language's policy page, keyed by language code."""
    settings = policy_settings.load(root)
    policies = {}
    for language in settings.languages:
        path = policy_settings.docs_page(root, language, settings)
        display = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        if not path.exists():
            raise policy_settings.SettingsError(f"{display}: the {language.code} policy page does not exist")
        policies[language.code] = document.read(path, lang=language.code, display_path=display)
    return policies


def check_project(*, root: Path) -> list[Finding]:
    """All findings of all languages, sorted by file and line."""
    findings: list[Finding] = []
    for policy in load_policies(root).values():
        findings.extend(policy.problems)
    return sorted(findings)
