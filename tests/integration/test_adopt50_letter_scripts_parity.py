"""adopt50: the compare page's engine (redline.js, in Node) marks a Thai, Lao or Khmer word changed whole, as `policy
diff` does (engine._letters_joined): the same ops and segments, both ways."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check, _javascript

PAIRS = (
    ("ปรับปรุงล่าสุด: 15 มกราคม 2568", "ปรับปรุงล่าสุด: 1 มิถุนายน 2568"),
    ("เราเก็บข้อมูลไว้ห้าปีนับจากวันที่ปิดบัญชี", "เราเก็บข้อมูลไว้สามปีนับจากวันที่ปิดบัญชี"),
    ("คุณสามารถขอสำเนาข้อมูลของคุณ", "เราสามารถขอสำเนาข้อมูลของเรา"),
    ("ขข ก คค", "งง ก จจ"),
    ("ວັນທີ 15 ມັງກອນ 2025", "ວັນທີ 1 ມິຖຸນາ 2025"),
    ("ថ្ងៃទី 15 ខែមករា 2025", "ថ្ងៃទី 1 ខែមិថុនា 2025"),
)


def _page(date: str, text: str) -> str:
    return synthetic_policy(date, sections=f"## 1. ข้อมูล\n\n{text}\n")


def test_a_word_of_a_script_compared_by_letter_is_marked_alike_in_the_browser():
    pairs = [pair for old, new in PAIRS
             for pair in itertools.permutations((_page("2030-01-15", old), _page("2030-03-01", new)))]
    _check(pairs)
    month = _javascript([(_page("2030-01-15", PAIRS[0][0]), _page("2030-03-01", PAIRS[0][1]))])[0]
    ops = [op for section in month["sections"] for block in section["blocks"] for op in block["ops"]]
    assert ["delete", "15 มกราคม "] in ops and ["insert", "1 มิถุนายน "] in ops, ops
