"""Reader32, session 59: in a text written without spaces between words (Japanese), a paragraph edited the same way
six times (`どのように取り扱うかを説明` become `の取り扱いを説明`) was said on the history, changes and compare pages to
replace a term throughout: 「うか」を全体で「い」に変更しました（6 か所）, pieces of words the diff cut, each kana a
token. A run that cuts a word (a letter kept glued to one of its sides' own) is now no term, in `policy diff`, the
changes page and the compare page alike (compare.js); a word renamed between spaces or signs still is."""
from __future__ import annotations

from integration.test_legal27_replaced_parity import _javascript, _python

JA_OLD = "## 1. 目的\n\n" + "\n\n".join(["本書は、サービスのご利用時にお客様の個人データをどのように取り扱うかを説明します。"] * 6) + "\n"
JA_NEW = "## 1. 目的\n\n" + "\n\n".join(["改訂された本書は、サービスにおけるお客様の個人データの取り扱いを説明します。"] * 6) + "\n"
FR = "## 1. Objet\n\n" + "\n\n".join(f"L’Utilisateur peut écrire. Chaque Utilisateur a des droits, texte {n}."
                                     for n in range(3)) + "\n"


def test_pieces_of_words_are_no_term_replaced():
    assert _python(JA_OLD, JA_NEW, "ja") == []
    assert _javascript(JA_OLD, JA_NEW, "ja") == []


def test_a_word_renamed_is_still_said():
    new = FR.replace("Utilisateur", "Client")
    said = _python(FR, new, "fr")
    assert len(said) == 1 and "Utilisateur" in said[0] and "Client" in said[0]
    assert _javascript(FR, new, "fr") == said
