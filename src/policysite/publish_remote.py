"""The branch and its remote: fetched before a publication that pushes, pushed after it; what a refused push says."""
from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from policysite import git, publish_refusals as refusals
from policysite.errors import PublishError
from policysite.project import Project

if TYPE_CHECKING:
    from policysite.publish import Outcome


def fetch(project: Project, branch: str, remote: str) -> None:
    """Before a publication that pushes: the remote's branch as it is now (another clone may have published
    since), so the publication starts from it and the push is not rejected. A remote without the branch, or out
    of reach, leaves the remote-tracking branch as it was (the push then says what is wrong)."""
    if remote not in {r.name for r in project.repo.remotes}:
        return
    with contextlib.suppress(git.GitError):
        git.run(project.repo, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}")


def push(project: Project, branch: str, remote: str, push: bool, outcome: Outcome, *, changed: bool) -> None:
    if not push:
        return
    local = git.rev_parse(project.repo, f"refs/heads/{branch}")
    tracking = git.rev_parse(project.repo, f"refs/remotes/{remote}/{branch}")
    if tracking and local and local != tracking and git.is_ancestor(project.repo, local, tracking):
        # Nothing published here, and the remote's branch is ahead (another clone published): the local branch
        # catches up rather than being pushed behind it (rejected at every run).
        git.update_ref(project.repo, f"refs/heads/{branch}", tracking, local,
                       message=f"policy: fast-forward to {remote}/{branch}")
        outcome.messages.append(f"the local {branch} was behind {remote}/{branch}: brought up to it")
    foreign = refusals.foreign_versions(project, branch=branch, remote=remote)
    if foreign:
        raise PublishError(f"nothing pushed: the local {branch} holds {', '.join(foreign)}, built from a text this "
                           f"branch never held (a preview of another branch, `make build` there, even one merged "
                           f"since: its drafts were never this branch's text); set the "
                           f"local {branch} back to {remote}'s (`git branch -f {branch} {remote}/{branch}`), then "
                           "publish again")
    try:
        git.push(project.repo, remote, branch)
    except git.GitError as exc:
        done = f"{'published on' if changed else 'nothing changed on'} the local {branch}"
        if _moved_meanwhile(project, remote, branch):  # git's own hint says `git pull`: no way for this branch
            raise PublishError(f"{done}, but {remote}'s {branch} moved meanwhile (another clone or job published "
                               f"to it): nothing was pushed. Take {remote}'s and run the command again, which "
                               f"publishes onto it what it lacks: `git fetch {remote} {branch}`, then `git branch "
                               f"-f {branch} {remote}/{branch}`") from exc
        raise PublishError(f"{done}, but pushing it to {remote} failed: {exc}") from exc
    outcome.messages.append(f"pushed {branch} to {remote}")


def _moved_meanwhile(project: Project, remote: str, branch: str) -> bool:
    """Whether `remote`'s `branch` now holds a commit the local one lacks (a push refused for that, not otherwise)."""
    try:
        out = git.run(project.repo, "ls-remote", "--heads", remote, f"refs/heads/{branch}")
    except git.GitError:
        return False
    tip = out.split()[0] if out.split() else ""
    local = git.rev_parse(project.repo, f"refs/heads/{branch}")
    return bool(tip) and tip != local and not (local and git.is_ancestor(project.repo, tip, local))
