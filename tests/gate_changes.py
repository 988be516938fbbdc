"""What the gate catalogues' cases commit (tests/integration/test_gate_catalogue6*.py, 7*.py): the project's
stylesheet, the words a case writes into the text, a line added to the text's front matter."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

CSS = "overrides/assets/stylesheets/policy.css"
CHANGED = "We sell your data to brokers."


def front_matter(line: str) -> Callable[[Path], None]:
    """The change writing `line` last in the English text's front matter."""
    def change(repo: Path) -> None:
        page = repo / "docs" / "en" / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace("---\n\n#", f"{line}\n---\n\n#", 1), encoding="utf-8")
    return change
