"""`policy init`'s pure parts: language codes, Material's theme and search languages, the rendered settings."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import ROOT
from policysite import init, settings as policy_settings, spelling, strings

THEMES = frozenset({"en", "de", "fr", "pt", "pt-BR", "ja", "ar", "zh-Hant"})
STEMMERS = frozenset({"en", "de", "fr", "pt", "ja", "ar"})


@pytest.mark.parametrize(("given", "codes"), [
    ("fr,en", ("fr", "en")), ("de", ("de",)), (" pt-br , EN ", ("pt-BR", "en")), ("zh-hant,ja", ("zh-Hant", "ja")),
    ("sr-latn-rs", ("sr-Latn-RS",)),
])
def test_codes_are_read_in_order_and_written_as_bcp47(given, codes):
    assert init.parse_codes(given) == codes


@pytest.mark.parametrize(("given", "says"), [
    ("", "empty"), (",", "empty"), ("xx yy", "not a language code"), ("en,en", "given twice"),
    ("pt-BR,pt-br", "given twice"), ("xx", "not a known language"), ("en,", "not a language code"),
    ("français", "not a language code"),
])
def test_bad_codes_say_why(given, says):
    with pytest.raises(init.InitError, match=says):
        init.parse_codes(given)


def test_names_are_the_languages_own():
    assert [init.language_name(c) for c in ("de", "fr", "pt-BR", "ja")] == \
        ["Deutsch", "Français", "Português (Brasil)", "日本語"]


@pytest.mark.parametrize(("code", "base"), [("de", None), ("pt-BR", None), ("de-CH", "de"), ("pt-PT", "pt"),
                                            ("gsw", "en"), ("zh-Hant", None), ("zh-HK", "zh-Hant"),
                                            ("zh-MO", "zh-Hant"), ("zh-CN", "en")])
def test_theme_strings_are_the_languages_own_else_its_bases_else_english(code, base):
    assert init.theme_base(code, THEMES) == base


@pytest.mark.parametrize(("code", "stemmer"), [("de", "de"), ("pt-BR", "pt"), ("en-GB", "en"), ("pl", None)])
def test_search_stems_with_the_base_language_or_not_at_all(code, stemmer):
    assert init.search_language(code, STEMMERS) == stemmer


def test_material_lists_are_read_from_the_installed_theme():
    assert {"en", "fr", "de", "pt-BR", "ja"} <= init.material_languages()
    stemmers = init.search_stemmers()
    assert {"en", "fr", "de", "ja"} <= stemmers and not {"multi", "stemmer.support"} & stemmers
    assert init.search_default("ja") == "ja" and init.search_default("pl") == "en"


def test_site_name_and_copyright_in_the_language_else_english():
    assert init.site_strings("fr", "Acme") == ("Politique de confidentialité d’Acme",
                                              "Copyright © Acme. Tous droits réservés.")
    assert init.site_strings("fr-CA", "Acme")[0] == "Politique de confidentialité d’Acme"
    # words8: French and Catalan elide `de` before a vowel ("de Acme" read as a mistake); as written before a consonant
    assert init.site_strings("fr", "DialOnce")[0] == "Politique de confidentialité de DialOnce"
    assert init.site_strings("es", "Acme")[0] == "Política de privacidad de Acme"
    from policysite.messages import Said, said_in

    made = {company: said_in(Said("init.made", root="x", company=company, names=[]), "fr") for company in ("Exemple SA",
                                                                                                         "DialOnce")}
    assert "politique de confidentialité d’Exemple SA," in made["Exemple SA"]
    assert "politique de confidentialité de DialOnce," in made["DialOnce"]
    assert init.site_strings("is", "Acme")[0] == "Privacy policy of Acme"
    # adoption hunt 13: a company name ending with its own period ends the sentence (not "o.o..")
    assert init.site_strings("pl", "Lis sp. z o.o.")[1] == "Copyright © Lis sp. z o.o. Wszelkie prawa zastrzeżone."
    assert init.site_strings("is", "Lis sp. z o.o.")[1] == "Copyright © Lis sp. z o.o. All rights reserved."


@pytest.mark.parametrize(("company", "says"), [
    ('Acme <b>"Ltd"</b>', "--company: “Acme <b>\"Ltd\"</b>” holds <, >"),
    ("Acme\x1b[2J", "--company: holds a control character \\(U\\+001B\\)"),
    ("Acme \u202eLTD", "--company: holds a direction override"), ("Acme n\u0336o\u0336t\u0336", "--company: holds marks"),
])
def test_a_company_name_the_checks_refuse_makes_no_site(tmp_path, company, says):
    """Safety hunt 39: `policy init --company 'Acme <b>Ltd</b>'` made and committed a site whose first `make check`
    refused its own configuration (site_name, copyright, company: "holds <, >"); now nothing is written."""
    with pytest.raises(init.InitError, match=says):
        init.create(target=tmp_path / "site", company=company, languages="en")
    assert not (tmp_path / "site").exists()
    assert init.check_company('Acme: “Quotes” & Co #1') == 'Acme: “Quotes” & Co #1'


@pytest.mark.parametrize(("url", "public"), [(None, init.LOCAL_URL), ("https://example.test/privacy", "https://example.test/privacy/"),
                                             ("http://example.test/", "http://example.test/")])
def test_the_address_ends_in_a_slash_and_defaults_to_make_serves(url, public):
    assert init.check_url(url) == public


@pytest.mark.parametrize("url", ["example.test", "ftp://example.test/", "https:///x", "https://e.test/?a=1",
                                 'https://e.test/"x', "http://[::1", "http://e.test:99999/"])
def test_bad_addresses_are_refused(url):
    with pytest.raises(init.InitError):
        init.check_url(url)


def languages(codes: str, company: str = "Acme: “Quotes” & Co #1") -> list[init.NewLanguage]:
    return [init.new_language(code, company=company, public_url="https://e.test/p/", themes=init.material_languages(),
                              stemmers=init.search_stemmers(), dictionaries=init.spelling_dictionaries())
            for code in init.parse_codes(codes)]


def test_rendered_settings_read_back_as_the_generators_settings(tmp_path):
    langs = languages("fr,en,pl")
    files = init.render(company="Acme: “Quotes” & Co #1", languages=langs, public_url="https://e.test/p/",
                        bin_dir="/opt/venv/bin")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = policy_settings.load(tmp_path)
    assert settings.company == settings.brand == "Acme: “Quotes” & Co #1"
    assert [(lang.code, lang.name, lang.config_file) for lang in settings.languages] == [
        ("fr", "Français", "mkdocs.yml"), ("en", "English", "mkdocs.en.yml"), ("pl", "Polski", "mkdocs.pl.yml")]
    assert settings.authoritative == "fr" and settings.public_url == "https://e.test/p/"
    polish = policy_settings.load_yaml(tmp_path / "mkdocs.pl.yml")
    # Material has no Polish stemmer: the translation does not inherit the French one
    assert polish["plugins"]["search"]["lang"] == "en" and polish["theme"]["language"] == "pl"
    assert polish["site_url"] == "https://e.test/p/pl/" and polish["docs_dir"] == "docs/pl"
    assert policy_settings.load_yaml(tmp_path / "mkdocs.yml")["site_name"] == \
        "Politique de confidentialité d’Acme: “Quotes” & Co #1"
    assert "BIN    ?= /opt/venv/bin\n" in files["Makefile"]
    assert "preview lang=en" in files["README.md"]
    for workflow in (".github/workflows/publish.yml", ".github/workflows/pull-request.yml"):
        assert yaml.safe_load(files[workflow])["env"]["POLICYSITE_SPEC"] == ""
        # from the generator's source, editable: a wheel has no hooks/ nor overrides/ to compare the site's with
        install = [step["run"] for step in yaml.safe_load(files[workflow])["jobs"][next(iter(
            yaml.safe_load(files[workflow])["jobs"]))]["steps"] if "pip install" in step.get("run", "")]
        assert len(install) == 1 and '-e "$POLICYSITE_SPEC"' in install[0], install


def test_the_generator_given_is_what_both_workflows_install():
    """Session 35, newco: a new company's site had POLICYSITE_SPEC empty in two workflow files, to edit by hand, and
    its first push failed until it did; `policy init --generator SPEC` writes it (quotes and all, as YAML reads it)."""
    spec = 'policysite @ git+https://git.example.test/acme/policysite@v1.4 ; python_version >= "3.11"'
    files = init.render(company="Acme", languages=languages("de,en"), public_url="https://e.test/p/", bin_dir="/b",
                        generator=init.check_generator(f"  {spec} "))
    for workflow in (".github/workflows/publish.yml", ".github/workflows/pull-request.yml"):
        assert yaml.safe_load(files[workflow])["env"]["POLICYSITE_SPEC"] == spec
    assert "`policy init --generator` set `POLICYSITE_SPEC`" in files["README.md"] and spec in files["README.md"]
    assert init.check_generator(None) == ""
    for bad in ("", "  ", "policysite\nrm -rf /", "x" * 501):
        with pytest.raises(init.InitError, match="--generator"):
            init.check_generator(bad)


def test_a_language_without_stemmer_is_omitted_where_nothing_is_inherited():
    files = init.render(company="Acme", languages=languages("pl,en"), public_url="https://e.test/p/", bin_dir="/b")
    assert "  search: {}  #" in files["mkdocs.yml"]
    assert "plugins:\n  search:\n    lang: en\n" in files["mkdocs.en.yml"]


def test_notes_say_what_differs_from_what_was_asked():
    notes = init.notes_for(languages("de-CH,pl,en"))
    assert any(n.startswith("German (de-CH): Material has no strings of its own for it; the site uses its German ones") for n in notes)
    assert any(n.startswith("Polish (pl): Material's search has no stemmer for it") for n in notes)
    assert any(n.startswith("Polish (pl): the spelling check has no dictionary for it: policy check says so") for n in notes)
    assert not any(n.startswith("German (de-CH): the spelling check") for n in notes)  # German's dictionary serves it
    assert [n for n in notes if n.startswith("English (en):")] == [init.notes_for(languages("en"))[0]]  # (the one below)


def test_a_site_in_english_is_told_at_init_that_en_gb_reads_british_spelling():
    """Round 11: `policy init --languages en` wrote `en`, whose check flags British spelling (organise, colour), and
    said nothing of en-GB, which reads it: a British team met the refusals only on its first check."""
    from policysite import messages

    [note] = init.notes_for(languages("en"))
    assert note.startswith("English (en): the spelling check reads it as American English") and "en-GB" in note
    assert messages.said_in(note, "fr").startswith("anglais (en)\u00a0: le contrôle orthographique le lit en anglais américain")
    assert not any("British" in n for n in init.notes_for(languages("fr,en-GB,en-US,en-IE")))


def test_a_site_in_portuguese_without_region_is_told_at_init_that_pt_br_reads_brazilian_spelling():
    """Session 37's list: `pt`'s dictionary spells as in Portugal and flags Brazil's spelling (contato, registro), as
    `en`'s flags British spelling: `policy init --languages pt` said nothing of pt-BR, which reads it (en got its note
    in round 11)."""
    from policysite import messages

    [note] = [n for n in init.notes_for(languages("pt")) if "spelling" in n]
    assert note == "Portuguese (pt): the spelling check reads it as European Portuguese (contacto, registo) and flags Brazilian " \
                   "spelling (contato, registro): for a policy in Brazilian Portuguese, make the site with pt-BR in " \
                   "--languages"
    assert messages.said_in(note, "fr") == (
        "portugais (pt)\u00a0: le contrôle orthographique le lit en portugais européen (contacto, registo) et signale l'orthographe "
        "brésilienne (contato, registro)\u00a0: pour une politique en portugais brésilien, créez le site avec pt-BR "
        "dans --languages")
    assert spelling._in_dictionary("pt", frozenset({"contacto", "contato"})) == {"contacto"}  # what the note says
    assert spelling._in_dictionary("pt-BR", frozenset({"contacto", "contato"})) == {"contacto", "contato"}
    assert not any("spelling" in n for n in init.notes_for(languages("pt-BR,pt-PT,es,de")))


def test_init_names_the_site_s_languages_in_the_words_of_its_lines():
    """Session 37's list: `policy init`'s French lines named the languages in their own words ("en Français (fr, langue
    de référence), English (en)"): a French sentence names them in French, an English one in English."""
    from policysite import messages

    made = init.Created(root=Path("/sites/exemple"), company="Exemple SA", languages=tuple(languages("fr,pt-BR,en")),
                        public_url="https://e.test/p/", commit="0123456789abcdef")
    first = init.summary(made)[0]
    assert messages.said_in(first, "fr") == ("/sites/exemple créé\u00a0: le site de la politique de confidentialité "
                                             "d’Exemple SA, en français (fr, langue qui fait foi), portugais (pt-BR), "
                                             "anglais (en)")
    assert first == ("made /sites/exemple: the privacy policy site of Exemple SA, in French (fr, authoritative), "
                     "Portuguese (pt-BR), English (en)")


def test_a_language_the_pdf_fonts_lack_is_said_at_init():  # adoption hunt 24 (f_init_cjk_pdf_fonts)
    notes = init.notes_for(languages("zh-CN,ko,he,en"))
    assert any(n.startswith("Chinese (zh-CN): the PDF's fonts (the print engine's own) have no Chinese") and "pdf_fonts" in n
               for n in notes)
    assert any(n.startswith("Korean (ko): the PDF's fonts") for n in notes)
    assert not any("PDF's fonts" in n for n in notes if n.startswith(("he:", "en:")))  # Libertinus has Hebrew


def test_the_script_the_pdf_fonts_lack_is_named_in_the_sites_language():
    """Words 31: a French site's note named the script in English inside its French sentence ('n'ont pas de
    caractères Korean', '… Gurmukhi'): the catalogue's adjective of the letters, else CLDR's name of the script."""
    from policysite import messages

    said = {n.fields["code"]: messages.said_in(n, "fr") for n in init.notes_for(languages("ko,pa,zh-TW"))
            if "PDF's fonts" in n}
    assert said["ko"].startswith("coréen (ko)\u00a0: les polices du PDF (celles du moteur d'impression) n'ont pas de lettres "
                                 "coréennes\u00a0: chaque version est publiée sans son PDF"), said
    assert said["pa"].startswith("pendjabi (pa)\u00a0: les polices du PDF (celles du moteur d'impression) n'ont pas de lettres "
                                 "(écriture\u00a0: gourmoukhî)\u00a0: chaque version"), said
    assert said["zh-TW"].startswith("chinois (zh-TW)\u00a0: les polices du PDF (celles du moteur d'impression) n'ont pas de lettres "
                                    "chinoises ou japonaises (han)\u00a0: chaque version"), said


# A sentence in each language: "we protect your personal data".
PRINTED_SAMPLES = {
    "ur": "ہم آپ کے ذاتی ڈیٹا کی حفاظت کرتے ہیں", "ps": "موږ ستاسو شخصي معلومات ساتو",
    "ckb": "ئێمە زانیارییە کەسییەکانت دەپارێزین", "sd": "اسان توهان جي ذاتي ڊيٽا جي حفاظت ڪريون ٿا",
    "ug": "بىز سىزنىڭ شەخسىي ئۇچۇرلىرىڭىزنى قوغدايمىز", "gu": "અમે તમારા વ્યક્તિગત ડેટાનું રક્ષણ કરીએ છીએ",
    "pa": "ਅਸੀਂ ਤੁਹਾਡੇ ਨਿੱਜੀ ਡੇਟਾ ਦੀ ਰੱਖਿਆ ਕਰਦੇ ਹਾਂ", "te": "మేము మీ వ్యక్తిగత డేటాను రక్షిస్తాము",
    "kn": "ನಾವು ನಿಮ್ಮ ವೈಯಕ್ತಿಕ ಡೇಟಾವನ್ನು ರಕ್ಷಿಸುತ್ತೇವೆ", "ml": "ഞങ്ങൾ നിങ്ങളുടെ വ്യക്തിഗത ഡാറ്റ സംരക്ഷിക്കുന്നു",
    "si": "අපි ඔබේ පුද්ගලික දත්ත ආරක්ෂා කරමු", "lo": "ພວກເຮົາປົກປ້ອງຂໍ້ມູນສ່ວນຕົວຂອງທ່ານ",
    "dv": "އަހަރެމެން ތިބާގެ ޒާތީ މަޢުލޫމާތު ރައްކާތެރިކުރަމެވެ", "th": "เราปกป้องข้อมูลส่วนบุคคลของคุณ",
    # and languages the engine's fonts print
    "fa": "ما از داده‌های شخصی شما محافظت می‌کنیم", "he": "אנו מגנים על המידע האישי שלך", "hy": "Մենք պաշտպանում ենք",
    "ka": "ჩვენ ვიცავთ თქვენს მონაცემებს", "mr": "आम्ही तुमच्या डेटाचे संरक्षण करतो", "uk": "Ми захищаємо ваші дані"}


def test_init_says_which_languages_pdfs_the_engines_fonts_cannot_print():
    """Hunt 41: an Urdu, Punjabi, Sinhala, Telugu … site was told nothing at `policy init`, then every version was
    published without its PDF (“ں” could not be displayed). The note is said for exactly the languages whose
    sentence the print engine refuses."""
    from jinja2 import Environment, FileSystemLoader

    from policysite import pdf

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    for lang, sentence in PRINTED_SAMPLES.items():
        text = f"---\ndate: 2024-03-01\n---\n\n# {sentence}\n\n{sentence}.\n".encode()
        try:
            pdf.render_pdf(text, env=env, lang=lang, version="2024-03-01", url="https://example.test/")
            printed = True
        except pdf.PdfUnavailable:
            printed = False
        noted = any("PDF's fonts" in note for note in init.notes_for(languages(lang)))
        assert noted is not printed, lang


def test_the_generators_own_files_are_found_beside_the_package():
    root = init.generator_root()
    # This tree, or the checkout the environment was installed from (CI's legal-edit proof shares one).
    assert (root / "hooks" / "policy.py").read_bytes() == (ROOT / "hooks" / "policy.py").read_bytes()
    assert not (Path(init.__file__).parent / "skeleton" / "hooks").exists()  # copied from the tree, never duplicated


def test_the_pre_commit_hook_runs_policy_check_on_policy_files():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "policy-check" and hook["entry"] == "policy check" and hook["language"] == "python"
    assert hook["pass_filenames"] is False and hook["files"] == r"^(docs/|mkdocs.*\.yml$)"


def test_traditional_chinese_reads_its_own_words_not_english_nor_simplified_chinese():
    """Words 29: a zh-TW site (Mozilla's notices were adopted in zh-TW) read the site's words in English, and was told
    so; each Traditional code now reads zh_hant.py's, each Simplified one zh.py's, and neither is told it reads
    English."""
    notes = init.notes_for(languages("zh-CN,zh-TW,zh-Hant,zh-HK,en"))
    assert not any(": the site's own words" in n for n in notes), notes
    assert init.site_strings("zh-CN", "Acme")[0] == "Acme隐私政策"
    assert init.site_strings("zh-TW", "Acme")[0] == init.site_strings("zh-HK", "Acme")[0] == "Acme隱私權政策"
    # Material has no zh-HK: Hong Kong's theme words are its Traditional ones, never Simplified zh's
    assert '{% import "partials/languages/zh-Hant.html" as base %}' in init.language_strings("zh-HK")


def test_korean_is_no_longer_said_to_read_in_english():
    assert not any(n.startswith("Korean (ko): the site's own words") for n in init.notes_for(languages("ko,en")))
    assert init.site_strings("ko", "Acme")[0] == "Acme 개인정보 처리방침"


def test_a_catalan_translation_reads_its_own_words_not_english():
    """Session 35, newco: a Spanish company's Catalan pages (a language Material has) said "Archived version of 1 de
    juny del 2025: this text is no longer in force", under "Privacy policy of …, All rights reserved." in English."""
    assert not any(n.startswith("Catalan (ca): the site's own words") for n in init.notes_for(languages("es,ca")))
    assert init.site_strings("ca", "Olivera S.L.") == ("Política de privacitat d’Olivera S.L.",
                                                      "Copyright © Olivera S.L. Tots els drets reservats.")
    words = strings.strings("ca-ES")
    assert words["archived"].format(date="1 de juny de 2025") == \
        "Versió arxivada del dia 1 de juny de 2025: aquest text ja no és vigent."
    assert strings.of_company("ca-ES", "home_title", "Olivera") == "Documents legals d’Olivera"
    assert strings.redline_labels("ca")["legend_inserted"] == "text inserit: subratllat, entre [+ i ]"


def test_this_sites_pull_request_redline_compares_with_the_newest_version_as_a_new_sites_does():
    """Legal hunt 36: this site's workflow compared a pull request with `latest` (the text in force): while a version
    was announced ahead, the redline showed the announced version's changes as the pull request's own."""
    from helpers import ROOT

    ours = yaml.safe_load((ROOT / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    redline = [step["run"] for step in ours["jobs"]["check"]["steps"] if "policy diff" in step.get("run", "")]
    assert len(redline) == 1 and "policy diff newest worktree" in redline[0], redline


def test_the_note_of_a_script_the_pdf_fonts_lack_names_a_font_tried_and_the_rebuild_that_adds_missing_pdfs():
    """newco3 (a Japanese site): the note sent the newcomer to README's "Publishing" to find which font to add, and
    did not say that the versions `make build` publishes before the font is in stay without their PDF until
    `policy history --rebuild`. It names the font README's list tried for the script, where there is one, and both
    steps, in each language."""
    from policysite import messages

    notes = {n.fields["code"]: n for n in init.notes_for(languages("ja,ko,pa")) if "PDF's fonts" in n}
    assert notes["ja"].endswith('(README.md, "Publishing": IPAGothic (fonts-ipafont-gothic) was tried and accepted); '
                                "add them before the first `make build`: a version published without its PDF gets it "
                                "only from `policy history --rebuild`"), notes["ja"]
    assert '"Publishing": Noto Sans Gurmukhi (fonts-noto-core) was tried' in notes["pa"]
    assert '(README.md, "Publishing"); add them before' in notes["ko"]  # no font tried for Korean
    assert messages.said_in(notes["ja"], "fr").endswith(
        "(README.md, «\u00a0Publishing\u00a0»\u00a0: IPAGothic (fonts-ipafont-gothic) a été essayée et acceptée)\u202f; "
        "ajoutez-les avant le premier `make build`\u00a0: une version publiée sans son PDF ne le reçoit que de "
        "`policy history --rebuild`")


@pytest.mark.parametrize(("lang", "name", "said"), [
    ("ca", "Hospitalet", "d’Hospitalet"), ("ca", "Huelva", "de Huelva"), ("ca", "Iogurt", "de Iogurt"),
    ("ca", "Uber", "d’Uber"), ("ca", "Olivera", "d’Olivera"), ("ca", "Dial", "de Dial"),
    ("fr", "Hermès", "de Hermès"), ("fr", "Hachette", "de Hachette"), ("fr", "Iode", "d’Iode"),
    ("fr", "Acme", "d’Acme"), ("es", "Acme", "de Acme"),
])
def test_de_before_a_name_elides_as_the_language_does_before_its_h_and_its_semivowels(lang, name, said):
    """Words9: Catalan's h is mute ("d’Hospitalet") and its i or u before a vowel a consonant ("de Huelva"); French
    leaves an h as written, its mute and aspirated ones being each word's own (strings._ELIDED_DE)."""
    assert strings.of_company(lang, "home_title", name).endswith(said)


def test_init_says_the_site_name_it_wrote_in_english_for_a_language_without_site_words():
    """Reader12: `policy init --languages fr,hu` wrote mkdocs.hu.yml's site_name and copyright in English and said
    only that the site's own words read in English: the team is told which file holds the name and copyright to put
    in Hungarian (the authoritative language's are mkdocs.yml's); a language the site has words for is not named. (Latvian
    stands for Hungarian, which has the site's words since company20.)"""
    from policysite import messages

    notes = init.notes_for(languages("fr,lv", company="Piemērs SIA"))
    assert [str(n) for n in notes if "site_name" in str(n)] == [
        "Latvian (lv): mkdocs.lv.yml's site name (`site_name`: “Privacy policy of Piemērs SIA”) and copyright line "
        "(`copyright`) are in English: put the company's own words in Latvian there (the pages mark them as English until then)"]
    [first] = [n for n in init.notes_for(languages("lv,fr", company="Piemērs SIA")) if "site_name" in str(n)]
    assert str(first).startswith("Latvian (lv): mkdocs.yml's site name (`site_name`")
    assert messages.say(first.key, dict(first.fields), "fr") == (
        "letton (lv)\u00a0: le nom du site (`site_name`\u00a0: « Privacy policy of Piemērs SIA ») et la mention de droits "
        "d'auteur (`copyright`) de mkdocs.yml sont en anglais\u00a0: "
        "mettez-y les mots de la société en letton (les pages les marquent comme anglais d'ici là)").replace(
        "« ", "«\u00a0").replace(" »", "\u00a0»")
