"""safety63: words a PDF reader gets in place of the printed ones were not compared with them. A span's `/ActualText`
(what a reader copies, searches and hears, and the text layer the checks compare with the policy: pdftext) over glyphs
drawing other words; a heading's `/T` (a screen reader's list of headings, a viewer's tags) naming another heading; a
link's `/Contents` saying up to three words of any shape before its address (safety62's _ENGINE_WORD). What the print
(Typst) writes is read first, here, from real prints: one cluster's `/ActualText` of its glyphs' letter, each heading's
own words as its `/T`, the engine's word for an e-mail or a number; anything else is refused (pdfactions)."""
from __future__ import annotations

import functools
import io

import pikepdf
import pytest

from policysite import pdf, pdftext
from policysite.pdfactions import ENGINE_WORDS, pdf_action
from unit.test_pdf import URL, env
from unit.test_pdfactions import _saved

# Clusters the print draws with an `/ActualText` (a letter and its marks, Hebrew points, Arabic vowels, a Devanagari
# conjunct), headings in each direction, a heading long enough to wrap, a ligature
TEXTS = {
    "en": ("Privacy policy", "Scope, office and ﬁnal “definitions”", "Les e\u0301le\u0300ves, Ŝ̌, ǅ, ñ, a\u0308\u0301. "
           "שָׁלוֹם and مَرْحَبًا. क्षत्रिय.", "A heading long enough to wrap onto a second line of the printed page, as "
           "headings of real policies sometimes are"),
    "fr": ("Politique", "1. Portée ﬁnale", "Écrivez à l’équipe : é, è, ç, œ.", "2. Durée de conservation"),
    "ar": ("سياسة الخصوصية", "نطاق التطبيق ٢٠٢٤ (GDPR)", "مَرْحَبًا بِكُمْ في موقعنا.", "المادة 5 من RGPD"),
    "he": ("מדיניות פרטיות", "היקף 2024", "שָׁלוֹם עוֹלָם.", "סעיף GDPR 5"),
    "hi": ("गोपनीयता नीति", "क्षेत्र त्रिकोण", "हम आपकी गोपनीयता का सम्मान करते हैं। क्षत्रिय र्च", "अनुच्छेद 5"),
}


@functools.lru_cache(maxsize=8)
def printed(lang: str) -> bytes:
    title, first, words, second = TEXTS[lang]
    text = f"---\ndate: 2024-03-01\n---\n\n# {title}\n\n## {first}\n\n{words}\n\n## {second}\n\n{words}\n"
    return pdf.render_pdf(text.encode(), env=env(), lang=lang, version="2024-03-01", url=URL)


def _titles(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as opened:
        return [str(obj.T) for obj in opened.objects if isinstance(obj, pikepdf.Dictionary) and "/T" in obj]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_print_s_own_titles_and_clusters_pass(lang):
    data = printed(lang)
    assert len(_titles(data)) == 3  # (what the check reads: the print writes a title for each heading)
    if lang != "fr":
        assert pdftext.marked(data).actual  # (and clusters with their own text)
    assert pdf_action(data) == ""


def _edited(data: bytes, edit) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as opened:
        edit(opened)
        out = io.BytesIO()
        opened.save(out)
        return out.getvalue()


def _retitled(words: str, kind: str = "/H2"):
    def edit(opened):
        element = next(obj for obj in opened.objects if isinstance(obj, pikepdf.Dictionary) and str(obj.get("/S"))
                       == kind and "/T" in obj)
        element.T = pikepdf.String(words)
    return edit


def _titled_paragraph(opened):
    element = next(obj for obj in opened.objects if isinstance(obj, pikepdf.Dictionary) and str(obj.get("/S")) == "/P")
    element.T = pikepdf.String("Privacy policy")


def _element_text(opened):
    element = next(obj for obj in opened.objects if isinstance(obj, pikepdf.Dictionary) and str(obj.get("/S")) == "/P")
    element.ActualText = pikepdf.String("We keep no data.")


def _spoken(actual: str, nth: int = -1):
    """The `nth` text-showing operator of the first page wrapped in a span whose `/ActualText` is `actual`."""
    def edit(opened):
        page = opened.pages[0]
        instructions = list(pikepdf.parse_content_stream(page))
        shown = [n for n, item in enumerate(instructions) if str(item.operator) in ("Tj", "TJ")][nth]
        instructions[shown:shown + 1] = [
            pikepdf.ContentStreamInstruction([pikepdf.Name.Span, pikepdf.Dictionary(ActualText=pikepdf.String(
                actual))], pikepdf.Operator("BDC")), instructions[shown],
            pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC"))]
        page.Contents = opened.make_stream(pikepdf.unparse_content_stream(instructions))
    return edit


def _relabelled(actual: str):
    """The print's first cluster's `/ActualText` (a letter with its marks, drawn by two glyphs) said as `actual`."""
    def edit(opened):
        for page in opened.pages:
            instructions = list(pikepdf.parse_content_stream(page))
            for item in instructions:
                if str(item.operator) == "BDC" and isinstance(item.operands[1], pikepdf.Dictionary) \
                        and "/ActualText" in item.operands[1]:
                    item.operands[1].ActualText = pikepdf.String(actual)
                    page.Contents = opened.make_stream(pikepdf.unparse_content_stream(instructions))
                    return
    return edit


@pytest.mark.parametrize(("lang", "edit", "found"), [
    ("en", _retitled("1. We sell your data"), "/T 1. We sell your data"),
    ("he", _retitled("מכירת הנתונים שלך"), "/T מכירת"),
    ("en", _retitled("Privacy policy", "/H1") and _titled_paragraph, "/T Privacy policy"),
    ("en", _element_text, "/ActualText We keep no data."),
    ("en", _spoken("We keep no data."), "/ActualText We keep no data."),
    ("en", _relabelled("M\u0302\u030c"), "/ActualText M"), ("en", _relabelled("9"), "/ActualText 9"),
    ("hi", _relabelled("\u0645"), "/ActualText \u0645"),  # (an Arabic letter over Devanagari glyphs)
    ("fr", _spoken("1", nth=-2), "/ActualText 1"),  # (one letter over a run of glyphs: the run left out)
    ("ar", _spoken("We"), "/ActualText We"),
])
def test_words_read_in_place_of_the_printed_ones_are_refused(lang, edit, found):
    assert pdf_action(_edited(printed(lang), edit)).startswith(found)


def test_a_cluster_of_the_glyphs_own_letter_passes():
    """As the print writes one where a glyph's character map names the cluster it first drew."""
    assert pdftext.marked(printed("en")).actual[0][0] == "\u015c\u030c"  # (Ŝ̌: the first cluster of TEXTS["en"])
    assert pdf_action(_edited(printed("en"), _relabelled("S\u030c"))) == ""


def _contents(words: str, uri: str):
    def forge(_pdf, page):
        page.Annots[0].Contents = pikepdf.String(words)
        page.Annots[0].A.URI = pikepdf.String(uri)
    return forge


@pytest.mark.parametrize("words", ["Refunds never due", "Call us", "Phone", "E mail", "Write to", "Email Email"])
def test_a_link_s_contents_with_words_other_than_the_engine_s_is_refused(words):
    assert pdf_action(_saved(_contents(f"{words} dpo@example.test", "mailto:dpo@example.test"))).startswith("/Contents")
    assert pdf_action(_saved(_contents(f"{words} +33123", "tel:+33123"))).startswith("/Contents")


# The languages and regions Typst prints in (its translations': a language it has none in says English's words)
LANGUAGES = ["ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "de-CH", "el", "en", "en-GB", "eo", "es", "es-MX", "et",
             "eu", "fa", "fi", "fr", "fr-CA", "ga", "gl", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ka", "km",
             "ko", "la", "lt", "lv", "mk", "ms", "nb", "nl", "nn", "no", "pl", "pt", "pt-BR", "pt-PT", "ro", "ru", "sk",
             "sl", "sq", "sr", "sv", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh", "zh-CN", "zh-HK", "zh-TW"]


def test_the_engine_s_words_for_an_e_mail_and_a_number_are_those_the_check_accepts():
    """Read from the installed Typst, in every language and region it prints in: a Typst that says another word is
    told here (add it to ENGINE_WORDS), not by a refused publication."""
    import typst

    said: dict[str, set[str]] = {"mailto:": set(), "tel:": set()}
    for code in LANGUAGES:
        lang, _, region = code.partition("-")
        source = (f'#set text(lang: "{lang}"{f", region: {chr(34)}{region}{chr(34)}" if region else ""})\n'
                  '#link("mailto:a@b.example")[x] #link("tel:+1234")[y]')
        with pikepdf.open(io.BytesIO(typst.compile(source.encode(), format="pdf"))) as opened:
            words = [str(a.Contents) for page in opened.pages for a in page.get("/Annots", [])]
        said["mailto:"].add(words[0].removesuffix(" a@b.example"))
        said["tel:"].add(words[1].removesuffix(" +1234"))
    assert said["mailto:"] <= ENGINE_WORDS["mailto:"] and said["tel:"] <= ENGINE_WORDS["tel:"], said
    assert len(said["mailto:"]) > 10  # (the engine's words read: one a language)


def test_a_span_saying_the_glyphs_own_text_passes():
    """Typst's own spans that are no one cluster: a ligature a line break hyphenates says "ff\\u00ad" over the
    ligature's glyph, a no-break space a space; the gate refused real prints for them (test_pdf_reuse,
    test_gate_catalogue64_history). The same text folded as letters read passes; other words do not."""
    from policysite.pdfactions import _as_drawn

    assert _as_drawn("ff\u00ad") == _as_drawn("\ufb00") == _as_drawn("ff-") == "ff"
    assert _as_drawn("\u00a0") == _as_drawn(" ") == ""
    assert _as_drawn("We keep no data.") != _as_drawn("We sell your data.")
