"""What a clone's team was told once and need not be told again at every run, recorded in git's folder."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Warnings of a state no run changes, said once a case (each its own words: a new commit, a new case): a published
# version whose date a later commit carries with other words is kept as published (histories24: two pull requests
# dated the same day, merged either side of a publication, warned at every `policy history` for ever)
# A fresh clone (CI's checkout) is told again, once: each run's log is read on its own, and a state nobody put right is
# not hidden by a record no later run can read (histories25)
ONCE = frozenset({"publish.edited"})


def told_before(root: Path, kind: str, case: str) -> bool:
    """Whether this clone was told `case` of `kind` already; records it if not. Outside git, or where git's folder
    cannot be written, nothing is recorded: said each time (nothing lost)."""
    from policysite import git

    try:
        record = git.common_dir(root) / "policysite" / f"told-{kind}"
    except git.GitError:
        return False
    try:
        known = record.read_text(encoding="utf-8").splitlines() if record.is_file() else []
        if case in known:
            return True
        record.parent.mkdir(parents=True, exist_ok=True)
        with record.open("a", encoding="utf-8") as out:
            out.write(f"{case}\n")
    except (OSError, UnicodeDecodeError):
        pass
    return False


def unsaid(root: Path, warnings: Iterable[str], lang: str) -> list[str]:
    """`warnings` less those of a kind said once (ONCE) this clone was told already in the same words (said in
    `lang`: a team reading another language is told again)."""
    from policysite.messages import said_in

    return [line for line in warnings if getattr(line, "key", "") not in ONCE
            or not told_before(root, "warnings", " ".join(said_in(line, lang).split()))]
