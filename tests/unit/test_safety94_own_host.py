"""Safety hunt 94: hosts passing for the site's own that safety93's reading missed.

`ownhost` folded the letters and digits that pass for others (`dia1once.com`) and accents (`dialoncé.com`), but the
same accented name written as a browser sends it (`xn--dialonc-hya.com`), the name with a hyphen added or dropped
(`dial-once.com` for `dialonce.com`) and the name under an ending one slip from the site's (`dialonce.co`, `.cm`,
`.om` for `.com`) passed `policy check` and the output check. A name joined to another word (`dialonce-support.com`)
and another country's ending (`dialonce.fr`, `dialonce.com.au`) are not judged: companies hold such names.
"""
from __future__ import annotations

import pytest

from helpers import git, one_language_project, policy_in_process
from policysite import editorial, ownhost
from policysite.document import parse
from unit.test_safety import page, violations


@pytest.mark.parametrize(("host", "own", "passes"), [
    ("xn--dialonc-hya.com", "dialonce.com", "dialonce.com"),
    ("www.xn--dialonc-hya.com", "privacy.dialonce.com", "dialonce.com"),
    ("dial-once.com", "dialonce.com", "dialonce.com"),
    ("dialonce.com", "www.dial-once.com", "dial-once.com"),
    ("dialonce.co", "dialonce.com", "dialonce.com"),
    ("dialonce.cm", "dialonce.com", "dialonce.com"),
    ("dialonce.om", "dialonce.com", "dialonce.com"),
    ("dialonce.con", "dialonce.com", "dialonce.com"),
    ("dialonce.cmo", "dialonce.com", "dialonce.com"),
    ("dialonce.comm", "dialonce.com", "dialonce.com"),
    ("dia1-once.co", "dialonce.com", "dialonce.com"),
    # the company's own names, and others
    ("dial-once.com", "www.dial-once.com", ""),
    ("help.dial-once.com", "www.dial-once.com", ""),
    ("dialonce.fr", "dialonce.com", ""),
    ("dialonce.net", "dialonce.com", ""),
    ("dialonce.de", "dialonce.dk", ""),  # (two countries' endings: a company's sites)
    ("dialonce.com.au", "dialonce.com", ""),
    ("dialonce-support.com", "dialonce.com", ""),
    ("xn--bcher-kva.de", "dialonce.com", ""),
    ("www.cnil.fr", "dialonce.com", ""),
])
def test_a_host_passes_for_the_site_s_own_by_its_shown_letters_hyphens_and_ending(host, own, passes):
    assert ownhost.passes_for(host, own) == passes


def test_seen_as_shows_punycode_and_drops_hyphens():
    assert ownhost.seen_as("xn--dialonc-hya.com") == "dialonce.com"
    assert ownhost.seen_as("dial-once.com") == "dialonce.com"
    assert ownhost.seen_as("xn--broken-") == "xnbroken"  # (no punycode: read as written, without its hyphens)


TEXT = ("---\ndate: 2001-02-01\n---\n\n# Privacy policy\n\n## 1. Contact\n\nWrite to [our DPO](mailto:dpo@exam-ple.test)"
        " or use <a href=\"https://www.example.tset/form\">our form</a>.\n\nOr [the CNIL](https://www.cnil.fr/) and "
        "[our site](https://example.test/) and <https://help.example.test/>.\n")


def test_policy_check_refuses_them_naming_file_and_line(tmp_path):
    repo = one_language_project(tmp_path / "site")
    (repo / "docs/en/index.md").write_text(TEXT, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    done = policy_in_process(["--root", str(repo), "check"])
    said = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in said, said
    assert "docs/en/index.md:9: [editorial.link-target] §1: the link goes to “exam-ple.test”" in said, said
    assert ("docs/en/index.md:9: [editorial.link-target] §1: the link goes to “www.example.tset”, which a reader takes "
            "for the site's own “example.test”: the same name under the ending “.tset”") in said, said
    assert "(both read “example.test”)" in said, said  # (the hyphen's: both read alike)


def test_editorial_reads_punycode_and_other_endings():
    text = TEXT.replace("exam-ple.test", "xn--exmple-cua.test").replace("example.tset", "example.tst")
    policy = parse(text, path="docs/en/index.md", lang="en")
    found = [str(f) for f in editorial.check(policy, brand="Example", site_host="example.test")
             if f.rule == editorial.RULE_LINK_TARGET]
    assert len(found) == 2 and "“xn--exmple-cua.test”" in found[0] and "“www.example.tst”" in found[1], found


@pytest.mark.parametrize(("article", "refused"), [
    ('<p><a href="https://xn--exmple-cua.test/form">our form</a></p>', True),
    ('<p><a href="mailto:dpo@exam-ple.test">write to us</a></p>', True),
    ('<p><a href="https://example.tes/">our site</a></p>', True),
    ('<p><a href="https://example.test/privacy/">our site</a> <a href="https://example.fr/">in France</a></p>', False),
])
def test_the_output_check_refuses_them_on_the_canonical_host(article, refused):
    html = page(article, head='<link rel="canonical" href="https://example.test/privacy/en/latest/">')
    assert any("which a reader takes for the site's own" in message for message in violations(html)) is refused
