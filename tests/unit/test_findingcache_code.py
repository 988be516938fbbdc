"""The checks' code key (findingcache.checks_digest): a function of the code's bytes and the distributions imported,
not of where they lie on sys.path (perf6: another PYTHONPATH or venv layout made every saved result cold)."""
from __future__ import annotations

import sys

import pytest

from policysite import findingcache, manifest


def _site(folder, *names):
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).mkdir()
    return str(folder)


@pytest.fixture
def digest_of(monkeypatch):
    """checks_digest() with sys.path as given (the package's bytes fixed), the process's own kept after."""
    monkeypatch.setattr(manifest, "code_digest", lambda: "the generator")

    def digest(entries):
        monkeypatch.setattr(sys, "path", list(entries))
        findingcache.checks_digest.cache_clear()
        return findingcache.checks_digest()

    yield digest
    findingcache.checks_digest.cache_clear()


def test_where_the_distributions_lie_changes_nothing(tmp_path, digest_of):
    venv = _site(tmp_path / "venv", "mkdocs-1.6.1.dist-info", "Markdown-3.7.dist-info", "mkdocs", "markdown")
    other = _site(tmp_path / "other", "lxml-5.3.0.dist-info")
    src = _site(tmp_path / "src", "policysite", "policysite.egg-info")
    empty = _site(tmp_path / "empty")
    first = digest_of(["", venv, other])
    assert digest_of([venv, other]) == first  # the working folder ("") is no distribution's
    assert digest_of([other, venv]) == first  # another order
    # a PYTHONPATH, folders holding no distribution, one absent
    assert digest_of([src, venv, empty, other, str(tmp_path / "absent")]) == first
    # the same distributions laid out otherwise: one folder (another venv's layout)
    together = _site(tmp_path / "together", "mkdocs-1.6.1.dist-info", "Markdown-3.7.dist-info", "lxml-5.3.0.dist-info")
    assert digest_of([together]) == first
    # this package's own record, editable or not, any version: its files are the code digest's
    policy = _site(tmp_path / "policy", "policysite-0.1.0.dist-info", "__editable__.policysite-0.1.0.pth")
    assert digest_of([venv, other, policy]) == first


def test_what_is_imported_changes_the_key(tmp_path, digest_of, monkeypatch):
    venv = _site(tmp_path / "venv", "mkdocs-1.6.1.dist-info", "Markdown-3.7.dist-info")
    first = digest_of([venv])
    newer = _site(tmp_path / "newer", "mkdocs-1.6.2.dist-info", "Markdown-3.7.dist-info")
    assert digest_of([newer]) != first  # another version of a distribution
    more = _site(tmp_path / "more", "lxml-5.3.0.dist-info")
    assert digest_of([venv, more]) != first  # one more distribution
    # a distribution shadowed by another version before it on sys.path: the first is the one imported
    assert digest_of([newer, venv]) == digest_of([newer])
    assert digest_of([venv, newer]) == first
    assert findingcache.installed([venv, newer]) == ["Markdown-3.7.dist-info", "mkdocs-1.6.1.dist-info"]
    # and the code's bytes
    before = digest_of([venv])
    monkeypatch.setattr(manifest, "code_digest", lambda: "another generator")
    assert digest_of([venv]) != before
