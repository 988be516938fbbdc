"""The compare page's engine (redline.js) says several paragraphs merged into one, or one split into several, as
`policy diff` does (hunt 10)."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check


def test_several_paragraphs_merged_or_split_are_found_alike_in_the_browser():
    from unit.test_redline9 import A, B, C, _body
    from unit.test_redline10 import THREE, D

    bodies = [body for pair in THREE.values() for body in pair] + [
        _body(f"[{A}](https://example.test/a) {B} {D}", C), _body(f"{A}", "See below.", B, D, C),
        _body(f"{A} See below. {B.replace('copy', 'paper copy')} {D}", C)]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in dict.fromkeys(bodies)]
    _check(list(itertools.permutations(texts, 2)))


def test_sentences_moved_and_edited_within_a_paragraph_are_shown_alike_in_the_browser():
    from unit.test_redline9 import S1, S2, S3, _body

    bodies = [_body(f"{S1} {S2} {S3}"), _body(f"{S2} {S3} We never sell your personal data to any partner."),
              _body(f"{S3} {S2.replace('ten', 'twelve')} We never sell your personal data to anyone at all."),
              _body(f"{S2.replace('ten', 'twelve')} {S1} {S3}")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_definitions_reworded_and_lists_made_paragraphs_are_compared_alike_in_the_browser():
    from unit.test_redline10 import DEFINED, LISTED, REDEFINED, UNLISTED, _paragraphs

    bodies = [DEFINED, REDEFINED, _paragraphs(DEFINED), _paragraphs(REDEFINED), LISTED, UNLISTED,
              LISTED.replace("- ", "    - ").replace("    - provide", "- provide"),
              REDEFINED.replace("**Controller**", "**Owner**")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_rows_numbered_in_a_column_are_paired_by_their_other_cells_alike_in_the_browser():
    from unit.test_redline10 import NUMBERED, RENUMBERED

    bodies = [NUMBERED, RENUMBERED, RENUMBERED.replace("| 3. |", "| 3 |").replace("| 2 | Mailing", "| 2) | Mailing"),
              NUMBERED.replace("| 1 |", "| one |")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_sixty_paragraphs_merged_into_one_are_scored_alike_beyond_the_bound_of_pairs():
    """Sixty paragraphs of twelve words against their text joined: more pairs of words than MAX_PAIRS, scored by the
    words both hold (engine._join_score's bounded branch) in both engines."""
    from unit.test_redline9 import _body

    names = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()
    paragraphs = [" ".join(f"{names[(i + k) % 16]}{i}" for k in range(12)) + "." for i in range(60)]
    edited = [p.replace("alpha", "zulu") for p in paragraphs]
    bodies = [_body(*paragraphs), _body(" ".join(paragraphs)), _body(" ".join(edited))]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_a_column_of_figures_pairs_rows_alike_in_the_browser():
    bodies = ["## 1. R\n\n| Data | Months |\n|---|---|\n| Invoices | 12 |\n| Logs | 36 |\n\n## 2. S\n\nOk.\n",
              "## 1. R\n\n| Data | Months |\n|---|---|\n| Invoices | 12 |\n| Tickets | 24 |\n| Logs | 60 |\n\n## 2. S\n\nOk.\n",
              "## 1. R\n\n| Data | Months |\n|---|---|\n| Bills | 1 |\n| Logs | 2 |\n\n## 2. S\n\nOk.\n",
              "## 1. R\n\n| Data | Months |\n|---|---|\n| Logs | 12 |\n| Logs | 36 |\n\n## 2. S\n\nOk.\n",
              "## 1. R\n\n| Data | Months |\n|---|---|\n| Logs | 36 |\n| Logs | 60 |\n\n## 2. S\n\nOk.\n"]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_a_list_item_beside_a_paragraph_is_not_joined_alike_in_the_browser():
    from unit.test_redline9 import A, B, C, _body

    bodies = [_body(A, f"- {B}", C), _body(f"{A} - {B}", C), _body(f"- {A}", B, C), _body(f"{A} {B}", C)]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))
