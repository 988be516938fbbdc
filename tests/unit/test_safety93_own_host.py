"""Safety hunt 93: a link to a host that passes for the site's own (`dia1once.com` on the site of `dialonce.com`).

A reader trusts such a link (a contact page, a form, a mailbox for their requests) as the company's, and it goes to
whoever registered the name: `policy check` said nothing and the page was published. The source check now names the
file and line (editorial.link-target, with the host of `extra.policy.public_url`), and the output check refuses it on
a page whose canonical address names the site's host.
"""
from __future__ import annotations

import pytest

from helpers import git, one_language_project, policy_in_process
from policysite import editorial, ownhost
from policysite.document import parse
from unit.test_safety import page, violations


@pytest.mark.parametrize(("host", "own", "passes"), [
    ("dia1once.com", "dialonce.com", "dialonce.com"),
    ("www.dia1once.com", "privacy.dialonce.com", "dialonce.com"),
    ("privacy.dia1once.com", "privacy.dialonce.com", "privacy.dialonce.com"),
    ("dialonce.corn", "dialonce.com", "dialonce.com"),
    ("diaionce.com", "dialonce.com", ""),  # (an i is no l in a page's fonts: another name)
    ("dialoncé.com", "dialonce.com", "dialonce.com"),
    ("dialonce.com", "privacy.dialonce.com", ""),
    ("help.dialonce.com", "privacy.dialonce.com", ""),
    ("www.cnil.fr", "dialonce.com", ""),
    ("examp1e.test", "example.test", "example.test"),
])
def test_a_host_passes_for_the_site_s_own_as_a_reader_sees_it(host, own, passes):
    assert ownhost.passes_for(host, own) == passes


def test_host_of_reads_web_and_mail_addresses():
    assert ownhost.host_of("HTTPS://Dia1once.com:443/contact") == "dia1once.com"
    assert ownhost.host_of("mailto:dpo@dia1once.com?subject=x") == "dia1once.com"
    assert ownhost.host_of("tel:+33123456789") == ""
    assert ownhost.host_of("#s2") == ""


TEXT = ("---\ndate: 2001-02-01\n---\n\n# Privacy policy\n\n## 1. Contact\n\nWrite to [our DPO](mailto:dpo@examp1e.test)"
        " or use <a href=\"https://www.examp1e.test/form\">our form</a>.\n\nOr [the CNIL](https://www.cnil.fr/) and "
        "[our site](https://example.test/) and <https://help.example.test/>.\n")


def test_editorial_names_each_link_passing_for_the_site_s_host():
    policy = parse(TEXT, path="docs/en/index.md", lang="en")
    found = [(f.line, str(f)) for f in editorial.check(policy, brand="Example", site_host="example.test")
             if f.rule == editorial.RULE_LINK_TARGET]
    assert [line for line, _ in found] == [9, 9]
    assert "the link goes to “examp1e.test”, which a reader takes for the site's own “example.test”" in found[0][1]
    assert "“www.examp1e.test”" in found[1][1]
    assert [f for f in editorial.check(policy, brand="Example") if f.rule == editorial.RULE_LINK_TARGET] == []


def test_policy_check_refuses_it_naming_file_and_line(tmp_path):
    repo = one_language_project(tmp_path / "site")
    (repo / "docs/en/index.md").write_text(TEXT, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    done = policy_in_process(["--root", str(repo), "check"])
    said = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in said, said
    assert "docs/en/index.md:9: [editorial.link-target] §1: the link goes to “examp1e.test”" in said, said


@pytest.mark.parametrize(("article", "refused"), [
    ('<p><a href="https://examp1e.test/form">our form</a></p>', True),
    ('<p><a href="mailto:dpo@examp1e.test">write to us</a></p>', True),
    ('<p><a href="https://example.test/privacy/">our site</a> <a href="https://www.cnil.fr/">CNIL</a></p>', False),
])
def test_the_output_check_reads_the_canonical_host(article, refused):
    html = page(article, head='<link rel="canonical" href="https://example.test/privacy/en/latest/">')
    assert any("which a reader takes for the site's own" in message for message in violations(html)) is refused
    assert not any("which a reader takes for the site's own" in message for message in violations(page(article)))
