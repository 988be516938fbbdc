"""One finding of a check: where, which rule, what is wrong, and whether it blocks publication."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, order=True)
class Finding:
    """A problem at `path:line`, reported under a stable rule id.

    An error blocks (`policy check` exits 1, the gate refuses the version); a warning is said and
    recorded but publishes (an unused word-list entry, or the spelling of a text already public).
    """

    path: str
    line: int
    rule: str
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        mark = "warning: " if self.severity == WARNING else ""
        return f"{self.path}:{self.line}: {mark}[{self.rule}] {self.message}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def as_warning(self) -> Finding:
        return replace(self, severity=WARNING)


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop a publication."""
    return [f for f in findings if f.severity != WARNING]


def warnings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings said and recorded without stopping anything."""
    return [f for f in findings if f.severity == WARNING]
