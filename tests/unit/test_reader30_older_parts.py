"""A version published before its policy.json said where its blocks' parts in another language are (reader29 added
`parts` without a new format: an export of format 10 may or may not say them) marked nothing on the compare page.
Exports now say them under format 11; for an earlier one the compare page reads them from the version's page, each
element of a `lang` in a block (redline.js pageSup, as it reads an older format's superscripts): the same `parts` as a
format 11 export writes, and none where a block is not found there (never a wrong one). Its old files are not
rewritten: the archive's policy.json stay as published."""
from __future__ import annotations

import copy
import json

from helpers import synthetic_policy
from integration.test_redline_parity import _doc
from policysite import export
from unit.test_redline9 import _body
from unit.test_redline13_old_formats import _page, _read

PART = 'Nous déposons un <span lang="en">session cookie</span> sur votre appareil.'
TABLE = '| Nom | Type |\n|---|---|\n| sid | <span lang="en">session cookie</span> |\n'
NESTED = 'Le terme <q lang="de">Datenschutz <span lang="en">by design</span></q> est repris.'


def _as_format(doc: dict, form: int) -> dict:
    """`doc` as a format `form` export written before `parts` were said."""
    old = copy.deepcopy(doc)
    old["format"] = form
    for block in [*old["preamble"], *(b for s in old["sections"] for b in s["blocks"])]:
        block.pop("parts", None)
    for section in old["sections"]:
        section.pop("parts", None)
    return old


def _parts(doc: dict) -> list:
    return [b.get("parts") for b in [*doc["preamble"], *(b for s in doc["sections"] for b in s["blocks"])]]


def test_exports_say_format_11():
    assert export.FORMAT >= 11 and 11 in export.WORDS and 10 in export.WORDS


def test_the_parts_read_from_an_older_versions_page_are_those_a_format_11_export_writes():
    text = synthetic_policy("2030-01-15", sections=_body(PART, TABLE, NESTED, "Une phrase sans partie."))
    new = _doc(text, "2030-01-15")
    assert sum(map(bool, _parts(new))) == 3
    for form in (7, 10):
        (read,) = _read([[_as_format(new, form), _page(text)]])
        assert read is not None and read["partsRead"] is True
        assert _parts(read) == _parts(new), form
        json.dumps(read)


def test_a_format_11_export_is_left_as_it_is():
    text = synthetic_policy("2030-01-15", sections=_body(PART))
    new = _doc(text, "2030-01-15")
    page = _page(text.replace('<span lang="en">session cookie</span>', '<span lang="de">session cookie</span>'))
    (read,) = _read([[new, page]])
    assert _parts(read) == _parts(new)  # (its own parts kept, not the page's)


def test_a_block_the_page_shows_otherwise_keeps_only_parts_read_where_both_have_the_words():
    shown = 'Voir ![le schéma](flux.png){ width=10 } des <span lang="en">standard clauses</span> de la Commission.'
    text = synthetic_policy("2030-01-15", sections=_body(PART, shown))
    new = _doc(text, "2030-01-15")
    (read,) = _read([[_as_format(new, 10), _page(text)]])
    assert read is not None
    said = [(b["text"][start:end], code) for b in [*(b for s in read["sections"] for b in s["blocks"])]
            for start, end, code in b.get("parts", [])]
    assert said == [("session cookie", "en"), ("standard clauses", "en")]


def test_a_page_without_the_block_reads_nothing():
    text = synthetic_policy("2030-01-15", sections=_body(PART, "Une phrase que la page n'a pas du tout.", "Fin."))
    page = _page(text.replace("Une phrase que la page n'a pas du tout.", "Autre chose."))
    assert _read([[_as_format(_doc(text, "2030-01-15"), 10), page]]) == [None]
