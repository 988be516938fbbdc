"""The branch and its remote: fetched before a publication that pushes, pushed after it; what a refused push says."""
from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from policysite import git, publish_refusals as refusals
from policysite.branch import tag_folder, tag_versions
from policysite.errors import PublishError
from policysite.messages import Said, text_of
from policysite.project import Project

if TYPE_CHECKING:
    from policysite.publish import Outcome


def fetch(project: Project, branch: str, remote: str) -> None:
    """Before a publication that pushes: the remote's branch as it is now (another clone may have published
    since), so the publication starts from it and the push is not rejected. A remote without the branch leaves the
    remote-tracking branch as it was (the push creates it); one out of reach is refused before anything is published
    (`reachable`)."""
    if remote not in {r.name for r in project.repo.remotes}:
        reachable(project, branch, remote)
        return
    try:
        git.run(project.repo, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}")
    except git.GitError:
        reachable(project, branch, remote)
    tags = f"refs/tags/{tag_folder(branch, project.settings.manifest_dir)}"
    with contextlib.suppress(git.GitError):  # (a tag of the same name that differs here is kept: tags never move)
        git.run(project.repo, "fetch", "--quiet", "--no-tags", remote, f"{tags}/*:{tags}/*")


def reachable(project: Project, branch: str, remote: str) -> None:
    """Refuse a publication that pushes to a remote git cannot reach (its folder removed, a wrong address, no network):
    it published on the local branch, then said the push failed, the version recorded as published on a day no
    reader could read it (safety73)."""
    try:
        git.run(project.repo, "ls-remote", "--heads", remote, f"refs/heads/{branch}")
    except git.GitError as exc:
        raise PublishError(Said("push.unreachable", remote=remote, branch=branch, error=text_of(exc))) from None


def push(project: Project, branch: str, remote: str, push: bool, outcome: Outcome, *, changed: bool) -> None:
    if not push:
        return
    local = git.rev_parse(project.repo, f"refs/heads/{branch}")
    tracking = git.rev_parse(project.repo, f"refs/remotes/{remote}/{branch}")
    if local is None and not changed:
        # a fresh clone (a CI job's) that published nothing has no branch to push: git's "src refspec … does not
        # match any" was said as the remote's branch "moved meanwhile", and the command failed (safety73)
        return
    if tracking and local and local != tracking and git.is_ancestor(project.repo, local, tracking):
        # Nothing published here, and the remote's branch is ahead (another clone published): the local branch
        # catches up rather than being pushed behind it (rejected at every run), once every page the remote's tip
        # serves passed the output check: a page pushed there by hand (a script in it) became the local branch,
        # unread, for the next publication and export to carry (safety73). (Not export's whole judgement: a version
        # another clone published from a commit not fetched here cannot be rebuilt here, and is no hand edit.)
        from policysite.servedpages import unsafe

        found = unsafe(project, git.list_files(project.repo, tracking))
        if found:
            raise PublishError(Said("push.behind-unsafe", files=found[:5], more=max(len(found) - 5, 0),
                                    branch=branch, remote=remote))
        git.update_ref(project.repo, f"refs/heads/{branch}", tracking, local,
                       message=f"policy: fast-forward to {remote}/{branch}")
        outcome.messages.append(Said("push.behind", branch=branch, remote=remote))
    foreign = refusals.foreign_versions(project, branch=branch, remote=remote)
    if foreign:
        raise PublishError(Said("push.foreign/one" if len(foreign) == 1 else "push.foreign", branch=branch,
                                versions=", ".join(foreign), remote=remote))
    directory = project.settings.manifest_dir
    local = git.rev_parse(project.repo, f"refs/heads/{branch}")
    if local and not changed and local != tracking:
        # a commit publishing writes refuses what no publication wrote; a branch pushed as it was found is read here
        # (one that is the remote's already, or just brought up to it, pushes nothing)
        from policysite.export_site import unpublished

        edited = unpublished(project, local)
        if edited:
            raise PublishError(Said("push.edited", files=edited[:5], more=max(len(edited) - 5, 0), branch=branch,
                                    remote=remote))
    made = tag_versions(project.repo, local, branch, directory) if local else []
    folder = tag_folder(branch, directory)
    try:
        git.push(project.repo, remote, branch, tags=folder)
    except git.GitError as exc:
        # A remote that refuses tags (a hook, a rule) or atomic pushes refuses the whole atomic push: the branch alone
        # is then pushed (all or nothing, one ref), and its tags after it, a remote without them told in one line.
        try:
            _push_branch_alone(project, branch, remote, made, changed=changed)
        except PublishError as refused:
            raise refused from exc
        try:
            git.run(project.repo, "push", "--quiet", remote, f"refs/tags/{folder}/*:refs/tags/{folder}/*")
        except git.GitError as tags_refused:
            outcome.warnings.append(Said("push.tags-refused", branch=branch, remote=remote, folder=folder,
                                         error=text_of(tags_refused)))
            return
    outcome.messages.append(Said("push.pushed", branch=branch, remote=remote))


def _push_branch_alone(project: Project, branch: str, remote: str, made: list[str], *, changed: bool) -> None:
    """`branch` pushed to `remote` without its tags, or the refusal said (the tags `made` for the push dropped)."""
    try:
        git.push(project.repo, remote, branch)
    except git.GitError as exc:
        for tag in made:  # a tag claims the remote's branch held its version: none of a push refused
            with contextlib.suppress(git.GitError):
                git.run(project.repo, "update-ref", "-d", tag)
        if _moved_meanwhile(project, remote, branch):  # git's own hint says `git pull`: no way for this branch
            raise PublishError(Said("push.moved" if changed else "push.moved/unchanged", branch=branch,
                                    remote=remote)) from exc
        raise PublishError(Said("push.failed" if changed else "push.failed/unchanged", branch=branch, remote=remote,
                                error=text_of(exc))) from exc


def _moved_meanwhile(project: Project, remote: str, branch: str) -> bool:
    """Whether `remote`'s `branch` now holds a commit the local one lacks (a push refused for that, not otherwise)."""
    try:
        out = git.run(project.repo, "ls-remote", "--heads", remote, f"refs/heads/{branch}")
    except git.GitError:
        return False
    tip = out.split()[0] if out.split() else ""
    local = git.rev_parse(project.repo, f"refs/heads/{branch}")
    return bool(tip) and tip != local and not (local and git.is_ancestor(project.repo, tip, local))
