"""A version from elsewhere: a publication record put on the publishing branch by hand whose text this policy never had.

A version folder copied from another site (its record and pages) reads as a published version whose history was
rewritten: verify said "restore the branch from a copy that has it", and, once it was taken off the branch as it
should be, every command said "a published version stays: restore it" (histories26). Such a record was added by a
commit that is not publishing's (`Publish <date> (…`, `Rebuild <date> (…`), on top of the branch's history (a squashed
branch's one commit adds every record, published ones included), and no language's text is at the commit it names
nor at any commit of the policy's history.
"""
from __future__ import annotations

import git as gitpython

from policysite import git, history, manifest as mf


def by_publishing(subject: str, version: str) -> bool:
    """Whether a commit of this subject is one publishing writes for `version`'s record."""
    return subject.startswith((f"Publish {version} (", f"Rebuild {version} ("))


def from_elsewhere(repo: gitpython.Repo, record: mf.VersionManifest, *, commit: str, subject: str) -> bool:
    """Whether `record`, added to the branch by `commit` (of `subject`), is a version from elsewhere (above)."""
    if not commit or by_publishing(subject, record.version) or not record.languages \
            or git.rev_parse(repo, f"{commit}^") is None:
        return False
    return not any(git.read_blob(repo, entry.source.commit, entry.source.path) is not None
                   or history.text_commit(repo, path=entry.source.path, sha256=entry.source.sha256)
                   for entry in record.languages.values())


def added_from_elsewhere(repo: gitpython.Repo, additions: list[tuple[str, str, str]]) -> bool:
    """Whether every addition of a version's record (`branch.manifest_additions`: commit, subject, blob) put a version
    from elsewhere on the branch: one taken off again was never published from here."""
    for commit, subject, blob in additions:
        try:
            record = mf.VersionManifest.loads(git.read_object(repo, blob))
        except ValueError:  # (ManifestError: a record no generator wrote is no proof either way)
            return False
        if not from_elsewhere(repo, record, commit=commit, subject=subject):
            return False
    return bool(additions)
