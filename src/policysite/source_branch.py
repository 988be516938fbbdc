"""The branch a site publishes from: `policy publish` from any other branch put an unmerged feature branch's version
onto gh-pages, where an announced version can never be withdrawn (legal20)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from policysite import git
from policysite.errors import PublishError
from policysite.messages import Said

if TYPE_CHECKING:
    import git as gitpython

# Where neither the settings nor the remote's HEAD name it: git's default branch names, the first one present.
DEFAULTS = ("main", "master")


def _branch_of(repo: gitpython.Repo, ref: str) -> str | None:
    """The branch a symbolic ref points at (`HEAD`, `refs/remotes/origin/HEAD`) without its prefix, or None (a
    detached HEAD, a remote whose HEAD the clone never recorded)."""
    try:
        target = git.run(repo, "symbolic-ref", "--quiet", ref).strip()
    except git.GitError:
        return None
    for prefix in ("refs/heads/", "refs/remotes/"):
        if target.startswith(prefix):
            name = target[len(prefix):]
            return name.split("/", 1)[1] if prefix == "refs/remotes/" and "/" in name else name
    return None


def _tips(repo: gitpython.Repo, branch: str, remote: str) -> list[str]:
    """The commits `branch` is at here and at `remote` (as last fetched)."""
    tips = (git.rev_parse(repo, f"refs/heads/{branch}"), git.rev_parse(repo, f"refs/remotes/{remote}/{branch}"))
    return list(dict.fromkeys(tip for tip in tips if tip))


def publishing_branch(repo: gitpython.Repo, *, configured: str, remote: str) -> str | None:
    """The branch the site publishes from: the settings' (`extra.policy.publish_from`, or `--from`), else the
    remote's default branch (its HEAD), else `main` or `master`, the first there; None when none of them is known."""
    if configured:
        return configured
    default = _branch_of(repo, f"refs/remotes/{remote}/HEAD")
    if default:
        return default
    return next((name for name in DEFAULTS if _tips(repo, name, remote)), None)


def refuse_other_branch(repo: gitpython.Repo, *, configured: str, remote: str) -> None:
    """Refuse to publish from a branch other than the site's publishing branch. A detached HEAD (a CI checkout) is
    published when the publishing branch holds its commit, or when no copy of that branch is here to ask."""
    wanted = publishing_branch(repo, configured=configured, remote=remote)
    if wanted is None:
        return
    current = _branch_of(repo, "HEAD")
    if current == wanted:
        return
    if current is None:
        head = git.rev_parse(repo, "HEAD")
        tips = _tips(repo, wanted, remote)
        if head is None or not tips or any(git.is_ancestor(repo, head, tip) for tip in tips):
            return
        raise PublishError(Said("refuse.source-branch/detached", commit=head[:7], source=wanted))
    raise PublishError(Said("refuse.source-branch", current=current, source=wanted))


def detached_note(repo: gitpython.Repo, *, configured: str, remote: str) -> Said | None:
    """What a publication from a detached HEAD says of it (None on a branch): the commit published, that HEAD is on no
    branch, and whether it is the publishing branch's tip (a CI checkout of it) or not (a commit checked out by hand,
    behind it, or no copy of that branch here to tell): the legal team read their branch's tip published."""
    if _branch_of(repo, "HEAD") is not None:
        return None
    head = git.rev_parse(repo, "HEAD")
    if head is None:
        return None
    day, _, subject = git.run(repo, "show", "-s", "--format=%cs %s", head).strip().partition(" ")
    wanted = publishing_branch(repo, configured=configured, remote=remote)
    tips = _tips(repo, wanted, remote) if wanted else []
    key = "publish.detached/unknown" if not tips else "publish.detached/tip" if head in tips else "publish.detached"
    return Said(key, commit=head[:7], subject=git.readable(subject)[:60], day=day, source=wanted or "")
