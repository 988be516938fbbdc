"""`policy check` names, at its file and line, each character a page's PDF cannot draw (glyphs.py): an emoji printed
as □, a script whose letters no font has (no PDF); and none of the letters, marks and signs its fonts do draw."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import one_language_project
from policysite import document, glyphs, scriptfonts

# Words, accents, vowel signs, points and signs of the languages the engine's fonts or the pinned ones print.
DRAWN = {
    "fr": "Données « personnelles » : l’œuvre — 12 € ; ça",
    "el": "Πολιτική απορρήτου: προσωπικά δεδομένα, ΐ ῆ ώ",
    "ru": "Политика конфиденциальности, ё Ё № «ёлка»",
    "tr": "İstanbul’da ılık ığdır şğüöç İİ",
    "pl": "Polityka prywatności „dane” ąęłńśźż",
    "vi": "Chính sách quyền riêng tư ữ ặ ỹ ộ",
    "he": "מדיניות הפרטיות ״ ׳ שָׁלוֹם",
    "ar": "سياسة الخصوصية ٪ ٫ ؟ ، مَحْمُود",
    "fa": "حریم خصوصی ۱۲۳ گ پ ژ",
    "ur": "رازداری کی پالیسی ٹ ڈ ے",
    "hi": "गोपनीयता नीति व्यक्तिगत डेटा ₹ । क्षत्रिय",
}


def test_the_letters_marks_and_signs_the_fonts_draw_are_not_named():
    for lang, text in DRAWN.items():
        assert glyphs.undrawn([text], lang=lang) == set(), lang


def test_emoji_and_letters_of_a_script_without_a_font_are_named():
    assert glyphs.undrawn(["Vérifié ✅, refusé ❌, 🔒 📧 👍🏽 ✓"], lang="fr") == {"✅", "❌", "🔒", "📧", "👍"}
    assert {"隐", "私"} <= glyphs.undrawn(["隐私政策"], lang="zh")
    assert {"น", "โ"} <= glyphs.undrawn(["นโยบาย"], lang="th")
    assert {"개", "인"} <= glyphs.undrawn(["개인정보"], lang="ko")


def test_a_font_folder_of_the_project_draws_what_it_has():
    (amiri,) = scriptfonts.folders("ar")  # its ligature ﷽ (U+FDFD), which no font of a French PDF has
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr") == {"﷽"}
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr", fonts=[amiri]) == set()


def test_the_printed_texts_are_the_words_not_the_link_targets_or_the_digest():
    text = ("---\ndate: 2024-03-01\n---\n\n# Titre\n\nVoir [le site](https://例え.jp/🔒) 📧.\n\n## 1. Données ✅\n\n"
            "| a | b |\n|---|---|\n| c | ❌ |\n")
    policy = document.parse(text, path="docs/fr/index.md", lang="fr")
    findings = glyphs.check(policy, text)
    assert [(f.line, f.message.split(":")[0]) for f in findings] == [
        (7, "📧 (U+1F4E7)"), (9, "✅ (U+2705)"), (13, "❌ (U+274C)")]
    assert all(f.severity == "warning" and f.rule == glyphs.RULE and "French PDF" in f.message for f in findings)


def test_a_script_without_a_font_is_one_finding_at_its_first_line_naming_a_few_letters():
    text = "---\ndate: 2024-03-01\n---\n\n# 隐私政策\n\n## 1. 数据\n\n我们处理您的数据。我们处理您的数据。\n"
    policy = document.parse(text, path="docs/zh/index.md", lang="zh")
    letters, signs = glyphs.check(policy, text)
    assert letters.line == 5 and letters.message.startswith("政 (U+653F), 私 (U+79C1), 策 (U+7B56), 隐 (U+9690), ")
    assert "and 18 more: no font of the Chinese PDF draws these Chinese or Japanese (Han) letters" in letters.message
    assert "without its PDF" in letters.message
    # the full stop the page writes, and the colon of the site's own words (its PDF's labels): one finding
    assert signs.line == 9 and signs.message.startswith("。 (U+3002), ： (U+FF1A): no font of the Chinese PDF draws "
                                                        "these signs")


def test_policy_check_names_each_emoji_of_the_page_at_its_line(tmp_path):
    project = one_language_project(tmp_path / "site")
    page = project / "docs" / "en" / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("\n## ", "\nWe check ✅ and lock 🔒.\n\n## ", 1), encoding="utf-8")
    line = page.read_text(encoding="utf-8").splitlines().index("We check ✅ and lock 🔒.") + 1
    result = subprocess.run([sys.executable, "-m", "policysite.cli", "check"], cwd=project, capture_output=True,
                            text=True, env={"PYTHONPATH": str(Path(glyphs.__file__).parents[1]), "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"docs/en/index.md:{line}: warning: [pdf.glyph] ✅ (U+2705): no font of the English PDF draws it" \
        in result.stdout
    assert f"docs/en/index.md:{line}: warning: [pdf.glyph] 🔒 (U+1F512)" in result.stdout


def test_a_page_whose_characters_are_all_drawn_is_printed_and_read_once(monkeypatch):
    """The first print's answer is read once, not once per character (a set comprehension called the print and
    read its PDF again for each of the page's 87 characters: 0.5 s of `policy check`)."""
    read = []
    mapped = glyphs._mapped

    def counted(data: bytes) -> set[str]:
        read.append(data)
        return mapped(data)

    monkeypatch.setattr(glyphs, "_mapped", counted)
    assert glyphs.undrawn([DRAWN["fr"]], lang="fr") == set()
    assert len(read) == 1
