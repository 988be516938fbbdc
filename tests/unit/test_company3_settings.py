"""A setting refused names its file and line, as a finding does (company3: a new company's mkdocs.yml, edited by hand,
was refused as `mkdocs.yml: extra.policy.…`, the line to look for left to the reader)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import messages, settings

CONFIG = """site_name: "Privacy policy of Example Kft."
theme:
  name: material
markdown_extensions:
  - toc:
      slugify: !!python/name:policysite.document.slugify
extra:
  policy:
    company: "Example Kft."
    public_url: "https://privacy.example.test/"
    languages:
      - code: hu
        name: "Magyar"
      - code: en
        name: "English"
    authoritative: hu
    time_zone: "Europe/Budapest"
"""


@pytest.mark.parametrize(("old", "new", "line", "said"), [
    ("authoritative: hu", "authoritative: hungarian", 16,
     "the authoritative language (`extra.policy.authoritative`), 'hungarian', is not one of"),
    ("      - code: en", "      - code: english", 14, "extra.policy.languages: 'english' is not a language code"),
    ('time_zone: "Europe/Budapest"', 'time_zone: "Budapest"', 17, "extra.policy.time_zone: 'Budapest' is no time zone"),
    ("authoritative: hu\n", "authoritative: hu\n    notice_days: thirty\n", 17,
     "the notice period (`extra.policy.notice_days`) must be"),
    ("authoritative: hu\n", "authoritative: hu\n    brand_variants: Example\n", 17, "extra.policy.brand_variants must"),
    ("authoritative: hu\n", "authoritative: hu\n    messages: hu\n", 17, "extra.policy.messages: no messages in"),
    ('    company: "Example Kft."', '    company: ""', 9, "the site's setting `extra.policy.company` is missing"),
    ('public_url: "https://privacy.example.test/"', 'public_url: "ftp://x"', 10, "extra.policy.public_url: “ftp://x”"),
    # a former address (safety75: a move of the site stated) is an address as public_url is, or a list of them
    ("authoritative: hu\n", "authoritative: hu\n    former_urls: [ftp://x]\n", 17, "extra.policy.former_urls: “ftp://x”"),
    ("authoritative: hu\n", "authoritative: hu\n    former_urls: https://x.test/\n", 17,
     "extra.policy.former_urls must be a list"),
])
def test_a_refused_setting_is_named_at_its_line(tmp_path, monkeypatch, old, new, line, said):
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    assert old in CONFIG
    (tmp_path / "mkdocs.yml").write_text(CONFIG.replace(old, new), encoding="utf-8")
    with pytest.raises(settings.SettingsError) as refused:
        settings.load(tmp_path)
    assert messages.text_of(refused.value) is not None
    text = str(messages.said_in(messages.text_of(refused.value), "en"))
    assert text.startswith(f"{tmp_path / 'mkdocs.yml'}:{line}: {said}"), text


def test_a_file_yaml_cannot_read_gives_no_lines_and_no_error(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("extra: [unclosed\n", encoding="utf-8")
    assert settings.setting_lines(tmp_path / "mkdocs.yml") == {}
    assert settings.setting_lines(tmp_path / "absent.yml") == {}
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    assert settings.setting_lines(Path(tmp_path / "mkdocs.yml"))["languages[1]"] == 14
