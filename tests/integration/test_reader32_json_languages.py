"""Reader32, session 59: `policy diff --format json` said which words changed but not which of them the text marks as
written in another language (`<span lang="en">session cookie</span>` in a French text), which the pages, the Word
redline and the PDF all mark (WCAG 3.1.2). A block, and a section's title, that hold such a part now carry
`lang_ops` (`title_lang_ops`): their ops cut where the part begins or ends, each piece [tag, text, language], "" for
the document's language (the JSON's `lang`); a text without such parts reads as before. The compare page's engine
(redline.js) gives the same (one answer per pair of versions). Plain text and Markdown stay unmarked: they have no
way to say a language that a terminal or a pull request's reader would hear."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import ENGINE, RUNNER
from policysite import document, export, redline

OLD = ('## 1. Le <span lang="en">cloud</span> public\n\n'
       'Nous déposons un <span lang="en">session cookie</span> sur votre appareil.\n\n'
       '| Nom | Type |\n|---|---|\n| <span lang="en">tracker</span> | <span lang="de">Verarbeitung</span> |\n\n'
       '## 2. Vos droits\n\nVous pouvez nous écrire à tout moment.\n')
NEW = ('## 1. Le <span lang="en">cloud</span> privé\n\n'
       'Nous déposons un <span lang="en">session cookie</span> sur votre téléphone.\n\n'
       '| Nom | Type |\n|---|---|\n| <span lang="en">tracker</span> | <span lang="de">Datenverarbeitung</span> |\n\n'
       '## 2. Vos droits\n\nVous pouvez nous écrire à tout moment, par courrier.\n')
DATES = ("2030-01-15", "2030-02-01")


def _texts(old: str = OLD, new: str = NEW) -> tuple[str, str]:
    return synthetic_policy(DATES[0], sections=old), synthetic_policy(DATES[1], sections=new)


def _python(old: str, new: str) -> dict:
    a, b = (document.parse(text, path=f"{n}.md", lang="fr") for n, text in enumerate((old, new)))
    return json.loads(json.dumps(redline.to_json(redline.diff(a, b)), ensure_ascii=False))


def _section(data: dict, number: str) -> dict:
    return next(s for s in data["sections"] if s["new_number"] == number)


def _joined(pieces: list[list[str]]) -> list[tuple[str, str]]:
    """Pieces merged back into ops: consecutive pieces of one tag."""
    out: list[tuple[str, str]] = []
    for tag, text, _ in pieces:
        out[-1:] = [(tag, out[-1][1] + text)] if out and out[-1][0] == tag else [*out[-1:], (tag, text)]
    return out


def test_the_json_says_the_language_of_the_words_a_text_marks_as_another_languages():
    data = _python(*_texts())
    assert data["lang"] == "fr"
    first = _section(data, "1")
    assert ["equal", "cloud", "en"] in [[t, x.strip(), c] for t, x, c in first["title_lang_ops"]]
    assert _joined(first["title_lang_ops"]) == [tuple(op) for op in first["title_ops"]]
    paragraph, row = first["blocks"]
    assert [(t, x.strip(), c) for t, x, c in paragraph["lang_ops"] if c] == [("equal", "session cookie", "en")]
    assert _joined(paragraph["lang_ops"]) == [tuple(op) for op in paragraph["ops"]]
    # a row: its ops over its cells joined, the English and the German part each said, the deleted and the
    # inserted German words too
    said = [(t, x.strip(" |"), c) for t, x, c in row["lang_ops"] if c]
    assert ("equal", "tracker", "en") in said
    assert {(t, c) for t, _, c in said if t != "equal"} == {("delete", "de"), ("insert", "de")}, said
    assert _joined(row["lang_ops"]) == [tuple(op) for op in row["ops"]]
    # a section without such parts reads as before
    second = _section(data, "2")
    assert "title_lang_ops" not in second and all("lang_ops" not in b for b in second["blocks"])


def test_a_text_without_parts_in_another_language_reads_as_before():
    plain = [text.replace('<span lang="en">', "").replace('<span lang="de">', "").replace("</span>", "")
             for text in _texts()]
    data = json.dumps(_python(*plain))
    assert "lang_ops" not in data


def test_the_compare_pages_engine_gives_the_same_json():
    node = shutil.which("node") or pytest.skip("node not found: install Node.js to run the compare page's engine")
    old, new = _texts()
    docs = [[json.loads(export.policy_json(text.encode("utf-8"), lang="fr", version=date, url="", previous=None))
             for text, date in ((old, DATES[0]), (new, DATES[1]))]]
    result = subprocess.run([node, "-e", RUNNER, str(ENGINE)], input=json.dumps(docs), capture_output=True, text=True,
                            check=True)
    js = json.loads(result.stdout)[0]
    js.pop("segments")
    py = _python(old, new)
    assert [s.get("title_lang_ops") for s in js["sections"]] == [s.get("title_lang_ops") for s in py["sections"]]
    assert [[b.get("lang_ops") for b in s["blocks"]] for s in js["sections"]] == \
        [[b.get("lang_ops") for b in s["blocks"]] for s in py["sections"]]
    assert js == py
