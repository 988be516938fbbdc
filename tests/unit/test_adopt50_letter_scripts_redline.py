"""adopt50: a redline of a text in a script compared letter by letter (Thai, Lao, Myanmar, Khmer: no spaces between
words) marks the words changed whole, not a word cut into the pieces two words happen to share."""
from __future__ import annotations

from policysite.redline.engine import apply, word_ops

DELETE, INSERT, EQUAL = "delete", "insert", "equal"


def test_a_thai_month_changed_is_marked_whole_not_cut_at_the_letter_both_months_share():
    """มกราคม (January) → มิถุนายน (June) share one letter, า: it was kept between the edits, and the redline read
    [-15 มกร-]{+1 มิถุน+}า[-คม-] {+ยน+} 2568, the two months in five pieces."""
    old, new = "ปรับปรุงล่าสุด: 15 มกราคม 2568", "ปรับปรุงล่าสุด: 1 มิถุนายน 2568"
    ops = word_ops(old, new)
    assert ops == ((EQUAL, "ปรับปรุงล่าสุด: "), (DELETE, "15 มกราคม "), (INSERT, "1 มิถุนายน "), (EQUAL, "2568"))
    assert apply(old, ops) == new


def test_a_number_word_changed_inside_a_thai_sentence_is_marked_alone():
    """ห้า (five) → สาม (three) in a sentence written without spaces: the kept า is part of the edit; the words
    around, which are longer than it, stay kept."""
    old, new = "เราเก็บข้อมูลไว้ห้าปีนับจากวันที่ปิดบัญชี", "เราเก็บข้อมูลไว้สามปีนับจากวันที่ปิดบัญชี"
    ops = word_ops(old, new)
    assert ops == ((EQUAL, "เราเก็บข้อมูลไว้"), (DELETE, "ห้า"), (INSERT, "สาม"), (EQUAL, "ปีนับจากวันที่ปิดบัญชี"))


def test_a_long_run_kept_between_two_short_edits_stays_kept():
    """Letters kept are marked with the edits only where no more of them are kept than either edit changes: a
    sentence with a word changed at each end keeps its middle."""
    old, new = "คุณสามารถขอสำเนาข้อมูลของคุณ", "เราสามารถขอสำเนาข้อมูลของเรา"
    ops = word_ops(old, new)
    assert (EQUAL, "สามารถขอสำเนาข้อมูลของ") in ops, ops
    assert apply(old, ops) == new


def test_letters_kept_beside_a_space_are_a_word_kept():
    """A word standing between spaces is a word of its own, kept even when it is short: ก kept between two changed
    words set apart by spaces (Thai sets phrases apart so) is not joined to them."""
    ops = word_ops("ขข ก คค", "งง ก จจ")
    assert (EQUAL, "ก ") in ops, ops


def test_lao_and_khmer_words_are_marked_whole_too():
    """The same for the other scripts compared by letter: Lao ມັງກອນ → ມິຖຸນາ (January → June: ນ ends the one, not the
    other), Khmer មករា → មិថុនា (January → June)."""
    for old, new in (("ວັນທີ 15 ມັງກອນ 2025", "ວັນທີ 1 ມິຖຸນາ 2025"), ("ថ្ងៃទី 15 ខែមករា 2025", "ថ្ងៃទី 1 ខែមិថុនា 2025")):
        ops = word_ops(old, new)
        assert [tag for tag, _ in ops] == [EQUAL, DELETE, INSERT, EQUAL], ops
        assert apply(old, ops) == new


def test_chinese_and_latin_words_are_compared_as_before():
    """The clean-up is for scripts whose letters are no words: Chinese characters (a word each) and spaced words are
    marked as they were."""
    assert word_ops("由本公司保存五年", "由本公司保存三年") == ((EQUAL, "由本公司保存"), (DELETE, "五"), (INSERT, "三"),
                                                        (EQUAL, "年"))
    assert word_ops("我们收集数据", "本网站收集数据") == ((DELETE, "我们"), (INSERT, "本网站"), (EQUAL, "收集数据"))
    assert word_ops("keep a copy of it", "take a note of that") == (
        (DELETE, "keep "), (INSERT, "take "), (EQUAL, "a "), (DELETE, "copy "), (INSERT, "note "), (EQUAL, "of "),
        (DELETE, "it"), (INSERT, "that"))
