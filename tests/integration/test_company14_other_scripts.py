"""company14: companies whose languages are neither French nor English, each made as the README's adoption guide types
it (`policy init`, `policy import` of its earlier texts, `policy history`, `policy export`): an Israeli company, Hebrew
authoritative with English, whose registered name holds the gershayim an Israeli company's name ends with (בע"מ, typed
as `"`) and whose texts set a phone number apart with the direction marks a Hebrew text needs; a Japanese company whose
Word policy types its articles in plain paragraphs; a Greek company with an Arabic translation written in Arabic
digits once published; the README of a site whose PDFs need fonts."""
from __future__ import annotations

from pathlib import Path

from helpers import docx_file, git
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)

URL = "https://privacy.shomrim.example/"
COMPANY = 'שומרים בע"מ'
DAYS = ("2028-03-01", "2029-06-15")
LRM, RLM, LRI, PDI = "\u200e", "\u200f", "\u2066", "\u2069"


def _imported(tmp_path: Path, site: Path, texts: dict) -> None:
    """Each language's texts of DAYS imported, the authoritative first, as the README types it."""
    for code, text in texts.items():
        archive = tmp_path / "archive" / code
        archive.mkdir(parents=True)
        for day in DAYS:
            (archive / f"policy-{day}.md").write_text(text(day), encoding="utf-8")
        _run(["import", "--lang", code, str(archive)], site)


def _hebrew(day: str) -> str:
    kept = "36" if day == DAYS[1] else "24"
    return (f"# מדיניות פרטיות\n\n## 1. מי אנחנו\n\n{COMPANY} (ח.פ. 512345678){RLM} מפעילה את השירות. ניתן לפנות "
            f"אלינו בטלפון {LRM}+972-3-123-4567{LRM} או בפקס {LRI}+972 3 765 4321{PDI}.\n\n"
            f"## 2. שמירת מידע\n\nאנו שומרים את המידע למשך {kept} חודשים.\n")


def _english(day: str) -> str:
    kept = "36" if day == DAYS[1] else "24"
    return ("# Privacy policy\n\n## 1. Who we are\n\nShomrim Ltd. (company no. 512345678) operates the service. "
            "You can call us at +972-3-123-4567 or send a fax to +972 3 765 4321.\n\n"
            f"## 2. Retention\n\nWe keep the information for {kept} months.\n")


def test_an_israeli_company_s_hebrew_site_is_published_its_name_and_marks_as_written(tmp_path) -> None:
    """The name's `"` was written `&quot;` in the history, compare and at pages' print line (the theme's copy of the
    name, escaped again), which the gate then refused, so that no version of such a company was ever published; and its
    feed's title read `בע&quot;מ`. Every Hebrew PDF holding a direction mark (U+200E beside a phone number, U+200F after
    a bracket, the isolates U+2066 and U+2069 editorial.bidi asks for) was refused: the print writes the mark in the
    `/ActualText` of the character beside it, which the output check read as words in place of the glyphs."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", COMPANY, "--languages", "he,en", "--url", URL,
          "--time-zone", "Asia/Jerusalem"])
    _imported(tmp_path, site, {"he": _hebrew, "en": _english})
    said = _run(["history"], site)
    assert f"published 2 dated versions on gh-pages: {DAYS[0]}, {DAYS[1]}" in said, said
    public = tmp_path / "public"
    _run(["export", "--site-dir", str(public)], site)
    for day in DAYS:
        assert (public / "he" / day / f"policy-he-{day}.pdf").is_file()
    page = (public / "he" / DAYS[1] / "index.html").read_text(encoding="utf-8")
    assert f"{LRM}+972-3-123-4567{LRM}" in page and f"{LRI}+972 3 765 4321{PDI}" in page
    for name in ("history", "compare", "at"):
        html = (public / "he" / name / "index.html").read_text(encoding="utf-8")
        assert "&amp;quot;" not in html and "מדיניות הפרטיות של שומרים בע&#34;מ:" in html, name
    feed = (public / "he" / "feed.xml").read_text(encoding="utf-8")
    assert f"<title>מדיניות הפרטיות של {COMPANY}: גרסאות</title>" in feed and "&amp;quot;" not in feed, feed[:400]


def test_a_japanese_word_policy_typed_without_heading_styles_has_its_articles_as_sections(tmp_path) -> None:
    """A Japanese policy in Word whose articles are typed in plain paragraphs (`第1条（取得する情報）`, no heading
    style, as Japanese companies often write them) was imported as one section: no `#s1`, the redline under "title and
    introduction" alone. Each article's line is now its section's heading, as `1. Introduction` typed so is; a line
    citing an article (`第3条に定める…`) or opening its text (`第1条 当社は、…。`) stays a paragraph."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "株式会社サクラテック", "--languages", "ja"])
    archive = tmp_path / "archive"
    archive.mkdir()
    docx_file(archive / "プライバシーポリシー_20210401.docx", [
        ("Title", "プライバシーポリシー"), (None, "株式会社サクラテック（以下「当社」）は、個人情報を取り扱います。"),
        (None, "第1条（取得する情報）"), (None, "当社は、氏名及びメールアドレスを取得します。"),
        (None, "第２条 利用目的"), (None, "第1条に定める情報を次の目的で利用します。"),
        (None, "第三条（第三者提供）"), (None, "当社は、第三者に提供しません。"), (None, "附則"),
        (None, "2021年4月1日 制定")])
    said = _run(["import", "--lang", "ja", str(archive)], site)
    assert "3 paragraphs of a few words starting with a section number typed by hand" in said, said
    text = (site / "docs" / "ja" / "index.md").read_text(encoding="utf-8")
    assert "\n## 第1条（取得する情報）\n" in text and "\n## 第２条 利用目的\n" in text, text
    assert "\n## 第三条（第三者提供）\n" in text and "\n第1条に定める情報を次の目的で利用します。\n" in text, text
    assert "\n附則\n" in text, text


def _greek(day: str) -> str:
    kept = "τρία (3)" if day == DAYS[1] else "πέντε (5)"
    return (f"# Πολιτική Απορρήτου\n\n## 1. Ποιοι είμαστε\n\nΗ Ελαιώνας Α.Ε. είναι υπεύθυνη επεξεργασίας.\n\n"
            f"## 2. Διάρκεια τήρησης\n\nΤηρούμε τα δεδομένα για {kept} έτη.\n")


def _arabic(day: str) -> str:
    kept = "ثلاث (3)" if day == DAYS[1] else "خمس (5)"
    return (f"# سياسة الخصوصية\n\n## 1. من نحن\n\nشركة Ελαιώνας Α.Ε. هي المسؤولة عن المعالجة.\n\n"
            f"## 2. مدة الاحتفاظ\n\nنحتفظ بالبيانات لمدة {kept} سنوات.\n")


def test_a_greek_and_arabic_site_choosing_arabic_digits_later_is_not_told_of_hand_edits(tmp_path) -> None:
    """`digits: arab` set on the Arabic entry after the first publication (README: the company's choice): the next
    `policy history --rebuild` said ar/versions.json and ar/versions-recent.json were "edited on gh-pages by hand",
    naming the commit that had published them, since their dates were now expected in Arabic digits. They are
    rewritten in the digits chosen, without a word; a list a hand did edit is still said (histories11)."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Ελαιώνας Α.Ε.", "--languages", "el,ar", "--url", URL])
    _imported(tmp_path, site, {"el": _greek, "ar": _arabic})
    _run(["history"], site)
    assert '"title": "15 \\u064a\\u0648\\u0646\\u064a\\u0648 2029' in git(site, "show", "gh-pages:ar/versions.json")
    config = site / "mkdocs.yml"
    settings = config.read_text(encoding="utf-8")
    assert '      - code: ar\n        name: "العربية"\n' in settings, settings
    config.write_text(settings.replace('      - code: ar\n        name: "العربية"\n',
                                       '      - code: ar\n        name: "العربية"\n        digits: arab\n'),
                      encoding="utf-8")
    git(site, "commit", "-qam", "The Arabic pages write their dates in Arabic digits")
    said = _run(["history", "--rebuild"], site)
    assert "by hand" not in said, said
    assert '"title": "\\u0661\\u0665 \\u064a\\u0648\\u0646\\u064a\\u0648 \\u0662\\u0660\\u0662\\u0669' \
        in git(site, "show", "gh-pages:ar/versions.json")
    pages = tmp_path / "pages"
    git(site, "worktree", "add", "-q", str(pages), "gh-pages")
    listing = pages / "ar" / "versions-recent.json"
    listing.write_text(listing.read_text(encoding="utf-8").replace('"title":"', '"title":"!', 1), encoding="utf-8")
    git(pages, "commit", "-qam", "A hand edit")
    git(site, "worktree", "remove", str(pages))
    assert "ar/versions-recent.json: edited on gh-pages by hand" in _run(["history"], site)


def test_the_readme_a_font_note_names_says_which_fonts_to_give(tmp_path) -> None:
    """`policy init` of a Japanese site says its PDFs need fonts "(README.md, "Publishing": IPAGothic …)"; the new
    site's README.md, where its team then stands, said nothing of fonts. It now names each language the print's own
    fonts lack, with the family the build names, and how to give it; a Hebrew site's, whose letters they have, does
    not."""
    _run(["init", str(tmp_path / "sakura"), "--company", "株式会社サクラテック", "--languages", "ja,th"])
    readme = (tmp_path / "sakura" / "README.md").read_text(encoding="utf-8")
    publishing = readme.partition("\n## Publishing\n")[2]
    assert "\n### The PDFs' fonts\n" in publishing, readme
    assert "- Japanese (日本語): IPAGothic (Debian's `fonts-ipafont-gothic`" in publishing, publishing
    assert "- Thai (ไทย): TLWG Loma (Debian's `fonts-tlwg-loma-otf`" in publishing, publishing
    assert "`pdf_fonts: [fonts]`" in publishing and "`policy history --rebuild`" in publishing, publishing
    _run(["init", str(tmp_path / "shomrim"), "--company", COMPANY, "--languages", "he,en"])
    assert "PDFs' fonts" not in (tmp_path / "shomrim" / "README.md").read_text(encoding="utf-8")


def test_a_vocabulary_beside_a_page_without_dictionary_is_said_unread(tmp_path) -> None:
    """The README offers a company's vocabulary (`.vocabulary.txt`) to turn a thin dictionary's check on; a Japanese
    team that wrote one beside its page (the language has no dictionary at all) was told only "there is no Japanese
    dictionary", as if its words were now checked. The warning says the file is not read, in the team's messages."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "株式会社サクラテック", "--languages", "ja"])
    (site / "docs" / "ja" / "index.md").write_text("---\ndate: 2029-06-15\n---\n\n# 個人情報保護方針\n\n"
                                                    "## 第1条（目的）\n\n当社は個人情報を取り扱います。\n",
                                                    encoding="utf-8")
    said = _run(["check"], site)
    assert "there is no Japanese dictionary\n" in said and ".vocabulary.txt" not in said, said
    (site / "docs" / "ja" / ".vocabulary.txt").write_text("当社\n個人情報\n", encoding="utf-8")
    said = _run(["check"], site)
    assert "spelling is not checked: there is no Japanese dictionary, and docs/ja/.vocabulary.txt is not read" \
        in said, said
    said = _run(["check", "--messages", "fr"], site)
    assert "il n'existe pas de dictionnaire japonais, et docs/ja/.vocabulary.txt n'est pas lu" in said, said
