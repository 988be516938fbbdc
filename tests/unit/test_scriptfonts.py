"""The fonts the generator pins for Arabic and Devanagari texts' PDFs (scriptfonts.py, hunt 43): the right font per
language, and every other language printed exactly as before."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, poppler
from policysite import pdf, pdfengine, scriptfonts

URL = "https://example.test/policy/ar/2024-03-01/"
OLD_FONT_LINE = 'font: ("Libertinus Serif",), size: 10.5pt)'  # the template's font list before hunt 43


def env(folder: Path = ROOT / "overrides") -> Environment:
    return Environment(loader=FileSystemLoader(str(folder)), autoescape=True)


def test_each_language_takes_its_scripts_pinned_font_and_no_other_language_any():
    for lang in ("ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ar-EG", "pa-Arab", "az-Arab"):
        assert scriptfonts.script(lang) == "Arab", lang
        assert scriptfonts.families(lang) == ("Amiri", "Libertinus Serif"), lang
        (folder,) = scriptfonts.folders(lang)
        assert {"Amiri-Bold.ttf", "Amiri-Regular.ttf"} <= {p.name for p in Path(folder).glob("Amiri-*.ttf")}
    for lang in ("hi", "mr", "ne", "hi-IN"):
        assert scriptfonts.families(lang) == ("Noto Sans Devanagari", "Libertinus Serif"), lang
        (folder,) = scriptfonts.folders(lang)
        assert any(Path(folder).glob("NotoSansDevanagari*.ttf"))
    for lang in ("ta", "ta-IN", "ta-LK"):
        assert scriptfonts.families(lang) == ("Noto Sans Tamil", "Libertinus Serif"), lang
        (folder,) = scriptfonts.folders(lang)
        assert any(Path(folder).glob("NotoSansTamil*.ttf"))
    # Latin, Cyrillic, Greek, Hebrew (Libertinus has it), Gurmukhi Punjabi, Chinese, an unknown code: as before
    for lang in ("fr", "en", "de", "pt-BR", "sr", "sr-Latn", "el", "he", "pa", "zh-Hant", "xx"):
        assert scriptfonts.families(lang) == () and scriptfonts.folders(lang) == (), lang


def test_a_french_print_has_the_data_fonts_engine_and_bytes_it_had_before(tmp_path):
    """What French (or any language the engine's fonts print well) is printed from is unchanged: its data has no font
    list, its font folders are the project's alone, the engine's identity the same; and the template's default list
    is the one it named before, so its bytes are those of the earlier template."""
    text = b"---\ndate: 2024-03-01\n---\n\n# Politique\n\nNous traitons vos **donn\xc3\xa9es**.\n\n## 1. Droits\n\nTexte.\n"
    project = tmp_path / "fonts"
    project.mkdir()
    for lang in ("fr", "en", "de", "he"):
        page = pdf.source(text, env=env(), lang=lang, version="2024-03-01", url=URL, fonts=[project])
        assert page.fonts == (str(project),) and "fonts" not in json.loads(page.data)
        assert pdfengine.identity(page.fonts) == pdfengine.identity([str(project)])
    old = tmp_path / "old" / "partials"
    old.mkdir(parents=True)
    template = (ROOT / "overrides" / pdf.TEMPLATE).read_text(encoding="utf-8")
    new_line = 'font: data.at("fonts", default: ("Libertinus Serif",)), size: 10.5pt)'
    assert new_line in template
    (old / "policy-pdf.typ").write_text(template.replace(new_line, OLD_FONT_LINE), encoding="utf-8")
    for lang in ("fr", "he"):
        now = pdf.render_pdf(text, env=env(), lang=lang, version="2024-03-01", url=URL)
        assert now == pdf.render_pdf(text, env=env(tmp_path / "old"), lang=lang, version="2024-03-01", url=URL)


def test_an_arabic_pdf_is_set_in_amiri_its_words_whole_and_in_order_and_a_hindi_one_in_noto(tmp_path):
    """Hunt 41, finding 2: an Arabic PDF was set in DejaVu Sans Mono (the only engine font with Arabic letters), a
    Hindi one without conjuncts (New Computer Modern's Devanagari); an Urdu one not at all."""
    samples = {"ar": ("سياسة الخصوصية", "نحن نحترم خصوصيتك ونحمي بياناتك الشخصية", "Amiri"),
               "ur": ("رازداری کی پالیسی", "ہم آپ کی رازداری کا احترام کرتے ہیں", "Amiri"),
               "hi": ("गोपनीयता नीति", "हम आपकी व्यक्तिगत जानकारी की रक्षा करते हैं", "NotoSansDevanagari"),
               # no engine font has a Tamil letter (no PDF): Noto Sans Tamil, its text layer as written
               "ta": ("தனியுரிமைக் கொள்கை", "உங்கள் தனிப்பட்ட தகவல்களை நாங்கள் பாதுகாக்கிறோம்", "NotoSansTamil")}
    for lang, (title, sentence, font) in samples.items():
        text = f"---\ndate: 2024-03-01\n---\n\n# {title}\n\n## 1. {title}\n\n{sentence}.\n".encode()
        page = pdf.source(text, env=env(), lang=lang, version="2024-03-01", url=URL)
        assert json.loads(page.data)["fonts"] == list(scriptfonts.families(lang))
        assert any(font in name for name in pdfengine.identity(page.fonts)["fonts"])  # its digest is in the key
        out = tmp_path / f"{lang}.pdf"
        out.write_bytes(pdf.print_page(page, where=f"{lang}/2024-03-01"))
        fonts = subprocess.run([poppler("pdffonts"), str(out)], capture_output=True, text=True, check=True).stdout
        assert font in fonts and "DejaVu" not in fonts and "NewCM" not in fonts, (lang, fonts)
        words = subprocess.run([poppler("pdftotext"), str(out), "-"], capture_output=True, text=True,
                               check=True).stdout
        # each word once, letters neither doubled nor split (Noto Sans Arabic's separate dots were written twice)
        assert title in words and sentence in words, (lang, words)
