"""`policy check` names, at its file and line, each character a page's PDF cannot draw (glyphs.py): an emoji printed
as □, a script whose letters no font has (no PDF); and none of the letters, marks and signs its fonts do draw."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import git, one_language_project, policy_process
from policysite import document, glyphs, pdftext, probecache, scriptfonts, typeset

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
    result = policy_process(["check"], cwd=project, env={"PATH": "/usr/bin"})
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


def _engine_counted(monkeypatch) -> list[str]:
    """The data of each print the glyph probe asks of the engine, from now on."""
    asked: list[str] = []
    print_pdf = typeset.print_pdf

    def counted(template: str, data: str, **kwargs) -> bytes:
        asked.append(data)
        return print_pdf(template, data, **kwargs)

    monkeypatch.setattr(typeset, "print_pdf", counted)
    return asked


EMOJI = "Vérifié ✅, refusé ❌, 🔒 📧 👍🏽 ✓ Ωmega"


def test_a_kept_answer_is_the_engine_s_own_and_asks_it_nothing(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    asked = _engine_counted(monkeypatch)
    first = glyphs.undrawn([EMOJI], lang="fr", cache=cache)
    prints = len(asked)  # (the page's characters at once, then each one found unlisted on its own)
    assert first == glyphs.undrawn([EMOJI], lang="fr") == {"✅", "❌", "🔒", "📧", "👍"}
    assert (cache / probecache.FILE).is_file() and prints >= 1 and len(asked) == 2 * prints  # (with, then without)
    asked.clear()
    assert glyphs.undrawn([EMOJI], lang="fr", cache=cache) == first and asked == []
    # a page's findings are the same from a kept answer as from the engine's
    text = "---\ndate: 2024-03-01\n---\n\n# Titre\n\n## 1. Données ✅\n\nVoir 📧 et ❌.\n"
    policy = document.parse(text, path="docs/fr/index.md", lang="fr")
    fresh = glyphs.check(policy, text, cache=cache)
    assert len(asked) == 1 and [f.line for f in fresh] == [7, 9, 9]  # (its symbols alone: kept from above)
    asked.clear()
    assert glyphs.check(policy, text, cache=cache) == fresh and asked == []
    assert glyphs.check(policy, text) == fresh
    # another text is another question (a kept answer is never another's)
    asked.clear()
    assert glyphs.undrawn([EMOJI + " 🙂"], lang="fr", cache=cache) == first | {"🙂"} and len(asked) == 2


def test_a_font_file_changed_in_place_is_asked_again(tmp_path, monkeypatch):
    """Same name, same family, other bytes: the engine answers again (the key holds each font file's digest)."""
    (amiri,) = scriptfonts.folders("ar")
    fonts, cache = tmp_path / "fonts", tmp_path / "cache"
    fonts.mkdir()
    shutil.copy(Path(amiri) / "Amiri-Regular.ttf", fonts / "house.ttf")
    asked = _engine_counted(monkeypatch)
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr", fonts=[str(fonts)], cache=cache) == set()
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr", fonts=[str(fonts)], cache=cache) == set() and len(asked) == 1
    shutil.copy(Path(amiri) / "Amiri-Bold.ttf", fonts / "house.ttf")  # the same family, Amiri
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr", fonts=[str(fonts)], cache=cache) == set() and len(asked) == 2
    (fonts / "house.ttf").unlink()  # the project's font gone: the sign is no longer drawn
    assert glyphs.undrawn(["Le signe ﷽"], lang="fr", fonts=[str(fonts)], cache=cache) == {"﷽"}
    assert len(asked) == 4  # (the page's characters, then ﷽ found unlisted on its own)


@pytest.mark.parametrize("written", [b"{not json", b"\xff\xfe", b"[]", b'{"format": 1, "answers": []}',
                                     b'{"format": 2, "answers": {}}', b"[" * 100_000, None])
def test_a_file_of_answers_that_cannot_be_read_is_ignored_and_written_anew(tmp_path, monkeypatch, written):
    cache = tmp_path / "cache"
    glyphs.undrawn([EMOJI], lang="fr", cache=cache)
    kept = json.loads((cache / probecache.FILE).read_text(encoding="utf-8"))
    if written is None:  # the answers themselves not lists of characters: ✅ among the drawn ones, as a word
        answers = {key: ["✅ drawn"] for key in kept["answers"]}
        (cache / probecache.FILE).write_text(json.dumps({"format": 1, "answers": answers}), encoding="utf-8")
    else:
        (cache / probecache.FILE).write_bytes(written)
    asked = _engine_counted(monkeypatch)
    assert glyphs.undrawn([EMOJI], lang="fr", cache=cache) == {"✅", "❌", "🔒", "📧", "👍"}
    assert len(asked) == len(kept["answers"])  # (each print asked of the engine again)
    assert json.loads((cache / probecache.FILE).read_text(encoding="utf-8")) == kept


def test_no_answer_is_kept_when_the_engine_gives_none_or_where_none_can_be_written(tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise typeset.TypesetError("the engine refused")

    monkeypatch.setattr(typeset, "print_pdf", refused)
    with pytest.raises(glyphs.GlyphError):
        glyphs.undrawn([EMOJI], lang="fr", cache=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    monkeypatch.undo()
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert glyphs.undrawn([EMOJI], lang="fr", cache=tmp_path / "file") == {"✅", "❌", "🔒", "📧", "👍"}
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_policy_check_keeps_the_engine_s_answers_in_the_repository_s_git_folder(tmp_path):
    project = one_language_project(tmp_path / "site")
    page = project / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("\n## ", "\nWe check ✅.\n\n## ", 1), encoding="utf-8")
    env = {"PATH": "/usr/bin"}  # each `policy check` forked (helpers.policy_process): no answer kept in memory
    outside = policy_process(["check"], cwd=project, env=env)
    assert "[pdf.glyph] ✅ (U+2705)" in outside.stdout and not list(tmp_path.rglob(probecache.FILE))
    git(project, "init", "-q")
    runs = [policy_process(["check"], cwd=project, env=env) for _ in range(2)]
    assert [(run.returncode, run.stdout, run.stderr) for run in runs] == [(0, outside.stdout, outside.stderr)] * 2
    assert list(tmp_path.rglob(probecache.FILE)) == [project / ".git" / "policysite" / probecache.FILE]


def test_policy_check_finds_the_git_folder_without_opening_the_repository(tmp_path):
    """The check needs of git only the folder its answers are kept in: GitPython (50–65 ms of every check, imported to
    open the repository for it) is not imported, and a worktree's check keeps them in the repository's common folder."""
    project = one_language_project(tmp_path / "site")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "site")
    git(project, "worktree", "add", "-q", str(tmp_path / "other"))
    code = ("import sys; from pathlib import Path; from policysite import checks; checks.check_project(root=Path.cwd()); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'git'))")
    env = {"PYTHONPATH": str(Path(glyphs.__file__).parents[1]), "PATH": "/usr/bin"}
    for where in (project, tmp_path / "other"):
        run = subprocess.run([sys.executable, "-c", code], cwd=where, capture_output=True, text=True, env=env)
        assert (run.returncode, run.stdout, run.stderr) == (0, "[]\n", "")
    assert list(tmp_path.rglob(probecache.FILE)) == [project / ".git" / "policysite" / probecache.FILE]
    assert probecache.folder(tmp_path / "other") == probecache.folder(project) == (project / ".git").resolve() / \
        "policysite"
    assert probecache.folder(tmp_path / "elsewhere") is None and probecache.folder(tmp_path) is None


def test_a_mark_is_probed_after_the_letter_it_first_follows_whatever_texts_come_before():
    assert glyphs.probes(["ok", "\u093f", "कि की", "x\u0301 ✅\ufe0f \u200d"]) == {
        "o": "o", "k": "k", "\u093f": "\u25cc\u093f", "क": "क", "ी": "की", "x": "x", "\u0301": "x\u0301", "✅": "✅"}
    assert glyphs.probes(["कि", "\u0301", "é"]) == {"क": "क", "ि": "कि", "\u0301": "\u25cc\u0301", "é": "é"}


def test_the_text_layer_of_a_pdf_is_its_words_as_a_reader_copies_them():
    data = json.dumps({"fonts": list(scriptfonts.ENGINE), "words": ["Données", "œuvre", "ŝ\u0323"]}, ensure_ascii=False)
    printed = typeset.print_pdf(glyphs.WORDS_PROBE, data, fonts=[], standards=())
    assert pdftext.text(printed) == "DonnéesDonnéesœuvreœuvreŝ\u0323ŝ\u0323"  # (its lines are not told apart)


def test_words_whose_pdf_text_layer_writes_letters_twice_are_named_at_their_line():
    """The engine draws a pointed Hebrew or vocalised Arabic word right, but writes a cluster whose marks it sets apart
    once per part: the text layer of בְּרֵאשִׁית (copied, searched, read aloud) is בְּרֵרֵאשִׁית. A Thai text set in Noto
    Sans Thai (a project's font) read ชื่ชื่อ for ชื่อ throughout; nothing said so."""
    assert glyphs.misread(["בְּרֵאשִׁית", "שָׁלוֹם", "מדיניות"], lang="he") == {"בְּרֵאשִׁית": "רֵ"}
    assert glyphs.misread(["مُحَمَّد", "سياسة", "الخصوصية"], lang="ar") == {"مُحَمَّد": "مَّ"}
    assert glyphs.misread(["छूट", "डेटा"], lang="hi") == {"छूट": "छू"}  # with the pinned Devanagari font too
    # controls that draw nothing, which a text layer may leave out, are no letters it misreads
    assert glyphs.misread(["\u202bשלום\u202c", "مرحبا\u200c", "कि\u200dसी"], lang="he") == {}
    for lang, text in DRAWN.items():  # every other word of the languages the fonts draw reads as written
        assert glyphs.misread(glyphs.layer_words([text.replace("مَحْمُود", "")]), lang=lang) == {}, lang
    text = "---\ndate: 2024-03-01\n---\n\n# מדיניות הפרטיות\n\n## 1. כללי\n\nשָׁלוֹם\n\nבְּרֵאשִׁית היה\n"
    (found,) = glyphs.check(document.parse(text, path="docs/he/index.md", lang="he"), text)
    assert (found.rule, found.line, found.severity) == ("pdf.text-layer", 11, "warning")
    assert found.message.startswith("בְּרֵאשִׁית: the Hebrew PDF draws these words, but its text layer")
    assert "(בְּרֵאשִׁית holds רֵ once more)" in found.message and "extra.policy.pdf_fonts" in found.message


def test_a_kept_text_layer_answer_asks_the_engine_nothing_until_what_it_depends_on_changes(tmp_path, monkeypatch):
    """The text-layer probe printed a page's words again on every check (up to LAYER_PRINTS prints of a Hebrew, Thai
    or Arabic page): its answer is kept as the glyph probe's, under the digest of the words, the fonts' bytes, the
    engine and the code; a font changed in place, or a kept answer that is not one, has the engine asked again."""
    text = "---\ndate: 2024-03-01\n---\n\n# מדיניות הפרטיות\n\n## 1. כללי\n\nשָׁלוֹם\n\nבְּרֵאשִׁית היה\n"
    policy = document.parse(text, path="docs/he/index.md", lang="he")
    cache = tmp_path / "cache"
    asked = _engine_counted(monkeypatch)
    fresh = glyphs.check(policy, text, cache=cache)
    assert [f.rule for f in fresh] == ["pdf.text-layer"] and fresh == glyphs.check(policy, text)
    assert len([data for data in asked if '"words"' in data]) >= 2  # (all the words, then halves)
    asked.clear()
    assert glyphs.check(policy, text, cache=cache) == fresh and asked == []
    assert glyphs.misread(["שָׁלוֹם"], lang="he", cache=cache) == {} and len(asked) == 1  # other words: asked
    # a project's font changed in place: asked again, the same name and family
    (amiri,) = scriptfonts.folders("ar")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(Path(amiri) / "Amiri-Regular.ttf", fonts / "house.ttf")
    words = ["مُحَمَّد", "سياسة"]
    assert glyphs.misread(words, lang="ar", fonts=[str(fonts)], cache=cache) == {"مُحَمَّد": "مَّ"}
    asked.clear()
    assert glyphs.misread(words, lang="ar", fonts=[str(fonts)], cache=cache) == {"مُحَمَّد": "مَّ"} and asked == []
    shutil.copy(Path(amiri) / "Amiri-Bold.ttf", fonts / "house.ttf")
    assert glyphs.misread(words, lang="ar", fonts=[str(fonts)], cache=cache) == {"مُحَمَّد": "مَّ"} and asked
    # answers that are not a text layer's (a word's answer not a text, a list of characters) are asked again
    kept = json.loads((cache / probecache.FILE).read_text(encoding="utf-8"))
    for wrong in ({"מדיניות": 1}, ["ש"]):
        answers = {key: wrong if isinstance(answer, dict) else answer for key, answer in kept["answers"].items()}
        (cache / probecache.FILE).write_text(json.dumps({"format": 1, "answers": answers}), encoding="utf-8")
        asked.clear()
        assert glyphs.check(policy, text, cache=cache) == fresh and asked
    assert json.loads((cache / probecache.FILE).read_text(encoding="utf-8"))["answers"].keys() == \
        kept["answers"].keys()


def test_no_text_layer_answer_is_kept_when_the_engine_gives_none(tmp_path, monkeypatch):
    def refused(template: str, *args, **kwargs):
        if template == glyphs.WORDS_PROBE:
            raise typeset.TypesetError("the engine refused")
        return print_pdf(template, *args, **kwargs)

    print_pdf = typeset.print_pdf
    monkeypatch.setattr(typeset, "print_pdf", refused)
    with pytest.raises(glyphs.GlyphError):
        glyphs.misread(["שָׁלוֹם"], lang="he", cache=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    monkeypatch.undo()
    assert glyphs.misread(["שָׁלוֹם"], lang="he", cache=tmp_path / "cache") == {}
    assert len(json.loads((tmp_path / "cache" / probecache.FILE).read_text(encoding="utf-8"))["answers"]) == 1


def test_the_words_to_print_for_the_text_layer_are_found_a_distinct_character_at_a_time(monkeypatch):
    """Which words may be written as clusters was asked of each character of each word of the page (some 70,000 for
    the policy's French page: 10–15 ms of every check for none); it is asked once a distinct character, and the words
    are those holding one of the characters found."""
    import types
    import unicodedata

    asked: list[str] = []

    def category(char: str) -> str:
        asked.append(char)
        return unicodedata.category(char)

    monkeypatch.setattr(glyphs, "unicodedata", types.SimpleNamespace(category=category))
    latin = ["Les données personnelles « traitées » — l’œuvre, ça : 12 €"] * 200
    assert glyphs.layer_words(latin) == [] and len(asked) == len(set(latin[0]))
    asked.clear()
    assert glyphs.layer_words(iter([*latin, "שָׁלוֹם כללי", "x\u0301y de", "ชื่อ ชื่อ"])) == [
        "x\u0301y", "כללי", "ชื่อ", "שָׁלוֹם"]
    assert len(asked) == len(set(asked))  # (each character once at most)


def test_a_letter_drawn_with_the_glyph_of_another_letter_of_the_page_is_not_named():
    """A Hindi page holding इ and ई (इस, ईमेल) was told its PDF draws no ई, and would be published without its PDF:
    Noto Sans Devanagari draws ई with the glyph of इ and a sign, and a character map lists one text per glyph."""
    assert glyphs.undrawn(["इस ईमेल पता"], lang="hi") == set()
    assert glyphs.undrawn(["इस ईमेल ✅"], lang="hi") == {"✅"}


def test_a_print_engine_whose_process_ended_is_said_in_the_site_s_language(monkeypatch):
    """The engine's process gone (no answer through its pipe): the finding says so in French on a French site, where
    it read "(the print engine's process ended (EOFError))" inside its French words."""
    def no_answer(source):
        raise EOFError("no answer")

    text = "---\ndate: 2024-03-01\n---\n\n# Titre\n\n## 1. Données\n\nUn mot jamais imprimé ☂ ici.\n"
    policy = document.parse(text, path="docs/fr/index.md", lang="fr")
    monkeypatch.setattr(typeset, "_receive", no_answer)
    (found,) = glyphs.check(policy, text)
    assert found.rule == glyphs.RULE and found.line == 1
    assert found.said("fr") == ("docs/fr/index.md:1: avertissement\u00a0: [pdf.glyph] le moteur d'impression n'a pas pu "
                                "indiquer quels caractères son PDF dessine (le processus du moteur d'impression s'est "
                                "arrêté (EOFError))")
    assert found.message == ("the print engine could not say which characters its PDF draws (the print engine's "
                             "process ended (EOFError))")


def test_a_published_pdf_whose_text_layer_misreads_words_is_noted_in_the_site_s_language(monkeypatch):
    """What a publication notes of a version's PDF (an imported one's too) read "ar/2024-03-01: its PDF draws … right"
    in English on a French site."""
    from types import SimpleNamespace

    from policysite import messages

    words = [f"word{n}" for n in range(glyphs.SHOWN + 2)]
    monkeypatch.setattr(glyphs, "_misread", lambda found, families, folders: dict.fromkeys(words, "x"))
    page = SimpleNamespace(data=json.dumps({"title": " ".join(words)}), fonts=())
    note = glyphs.printed_note(page, where="ar/2024-03-01")
    shown = ", ".join(sorted(words, key=len)[:glyphs.SHOWN])
    assert note == (f"ar/2024-03-01: its PDF draws {shown} and 2 more right, but its text layer (what a reader copies, "
                    "searches or hears) reads them otherwise: set these letters in a font whose text layer reads them "
                    "right, in a folder named as the PDFs' fonts folder (`extra.policy.pdf_fonts`)")
    assert messages.said_in(note, "fr") == (
        f"ar/2024-03-01\u00a0: son PDF dessine bien {shown} et 2 de plus, mais sa couche de texte (ce qu'un lecteur copie, "
        "recherche ou entend lire) les lit autrement\u00a0: composez ces lettres dans une police dont la couche de texte "
        "les lit bien, dans un dossier indiqué comme dossier des polices des PDF (`extra.policy.pdf_fonts`)")
