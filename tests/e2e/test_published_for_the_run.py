"""conftest.published_for_the_run: a module's site made once for the run, whichever modules ask for the same one."""
from __future__ import annotations

import urllib.request
import uuid
from pathlib import Path


def test_the_same_texts_published_the_same_way_are_made_and_served_once(published_for_the_run):
    made: list[Path] = []

    def publish(folder: Path) -> None:
        made.append(folder)
        (folder / "public").mkdir()
        (folder / "public" / "index.html").write_text(f"<p>{len(made)}</p>", encoding="utf-8")

    pages = {"fr": f"Texte {uuid.uuid4().hex}"}  # new to the run
    first = published_for_the_run(pages, publish)
    assert published_for_the_run(dict(pages), publish) == first and len(made) == 1
    with urllib.request.urlopen(first + "/index.html") as response:
        assert response.read() == b"<p>1</p>"
    other = published_for_the_run({"fr": pages["fr"] + "."}, publish)  # other texts: a site of their own
    assert other != first and len(made) == 2 and made[0] != made[1]
    with urllib.request.urlopen(other + "/index.html") as response:
        assert response.read() == b"<p>2</p>"
