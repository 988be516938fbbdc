"""Editorial checks: doubled words, the brand's spelling, raw HTML, on synthetic and real pages."""
from __future__ import annotations

import pytest

from helpers import FROZEN
from policysite import document, editorial

BODY_LINE = 9  # the first line of <body> in page()


def page(body: str, *, lang: str = "fr") -> document.Policy:
    return document.parse(f"---\ndate: 2030-01-15\n---\n\n# Synthetic\n\n## 1. One\n\n{body}\n",
                          path="docs/xx/index.md", lang=lang)


def check(body: str, *, lang: str = "fr", brand: str = "DialOnce", **kwargs) -> list:
    return editorial.check(page(body, lang=lang), brand=brand, **kwargs)


def found(body: str, **kwargs) -> list[tuple[int, str, str]]:
    return [(f.line, f.rule, f.message) for f in check(body, **kwargs)]


# Doubled words

def test_doubled_word_is_flagged_with_its_line_and_section():
    assert found("Une première ligne.\n\nMis en oeuvre par par DialOnce.") == [
        (BODY_LINE + 2, "editorial.doubled-word", "§1: “par par”: the word “par” is doubled")]


def test_doubled_word_ignores_case_and_crosses_line_breaks_but_not_punctuation():
    assert [m for _, _, m in found("See The\nthe end.", lang="en")] == [
        "§1: “The the”: the word “The” is doubled"]
    assert found("Par, par exemple ; le. Le texte, l’un l’autre.") == []
    # adoption hunt 32: a hard line break parts two words, as a bold title over its sentence (a Weebly page:
    # `<strong>2. Payments</strong><br>Payments are processed`) writes them; a soft wrap still does not
    assert found("**2\\. Payments**  \nPayments are processed.", lang="en") == []
    assert [m for _, _, m in found("A line  \nwith with a slip.", lang="en")] == ["§1: “with with”: the word “with” is doubled"]


def test_grammatical_repetitions_are_not_doubled_words():
    assert found("Bien que nous nous efforcions, vous vous engagez.") == []
    assert found("He had had enough; it said that that was all.", lang="en") == []
    assert found("Wenn Sie sie löschen, werden Daten, die die Firma speichert, gelöscht.", lang="de") == []
    assert [m for _, _, m in found("Wir wir speichern.", lang="de")] == ["§1: “Wir wir”: the word “Wir” is doubled"]
    # adoption hunt 13 (f_turkish_reduplication): Dutch "dat dat"; reduplication is grammar in Turkish and Greek
    assert found("Wij weten dat dat wettelijk verplicht is.", lang="nl", brand="Acme") == []
    assert found("Bu politikayı zaman zaman güncelleyebiliriz; sık sık kontrol edin.", lang="tr", brand="Acme") == []
    assert found("Σιγά σιγά ενημερώνουμε.", lang="el", brand="Acme") == []
    assert [m for _, _, m in found("Wij wij bewaren.", lang="nl", brand="Acme")] == [
        "§1: “Wij wij”: the word “Wij” is doubled"]
    # adoption hunt 32: Czech "se se" (reflexive, then "with"), Danish, Norwegian and Swedish "som som" (that, as)
    assert found("Pokud se se zpracováním nesouhlasíte, seznamte se se zásadami.", lang="cs", brand="Acme") == []
    assert found("Oplysninger, som som udgangspunkt behandles.", lang="da", brand="Acme") == []
    assert found("Opplysninger som som hovedregel behandles.", lang="nb", brand="Acme") == []
    assert found("Uppgifter som som kund lämnas.", lang="sv", brand="Acme") == []
    assert [m for _, _, m in found("Po dobu dobu 3 let.", lang="cs", brand="Acme")] == [
        "§1: “dobu dobu”: the word “dobu” is doubled"]


@pytest.mark.parametrize(("lang", "text"), [
    ("hi", "हम समय समय पर इस नीति को अद्यतन कर सकते हैं।"), ("hi", "हम अलग अलग उद्देश्यों के लिए डेटा का उपयोग करते हैं।"),
    ("bn", "আমরা মাঝে মাঝে এই নীতি হালনাগাদ করি।"), ("ur", "ہم کبھی کبھی اس پالیسی کو اپ ڈیٹ کر سکتے ہیں۔"),
    ("fa", "ما کم کم خدمات جدید اضافه می‌کنیم."), ("sw", "Tunaweza kubadilisha sera hii pole pole."),
])
def test_reduplication_in_the_languages_of_india_persian_urdu_and_swahili_is_no_doubled_word(lang, text):
    # adoption hunt 19 (f_reduplication_indic_persian): "from time to time" in every Indian policy
    assert found(text, lang=lang, brand="Acme") == []


def test_words_around_a_removed_tag_are_not_doubled():
    assert found("le <abbr title=\"x\">le</abbr> texte") == []


# Brand

@pytest.mark.parametrize("written", ["Dial-Once", "Dial Once", "Dialonce", "DIALONCE", "dial once", "dial-once",
                                     "DIAL ONCE"])
def test_brand_spelled_another_way(written):
    assert found(f"Le service {written} traite des données.") == [
        (BODY_LINE, "editorial.brand", f"§1: brand written “{written}”, write “DialOnce”")]


def test_brand_in_urls_mails_and_domains_is_not_flagged():
    body = ("DialOnce et DialOnce’s : www.dial-once.com, dial-once.com, dpo@dial-once.com, "
            "<https://www.dial-once.com/politique>, [le site](https://dial-once.com) et [dial-once.com](https://dial-once.com).")
    assert found(body) == []


def test_brand_in_titles_and_headings():
    policy = document.parse("---\ndate: 2030-01-15\n---\n\n# Politique de Dial Once\n\n## 1. Dial-Once\n",
                            path="docs/xx/index.md", lang="fr")
    assert [(f.line, f.message) for f in editorial.check(policy, brand="DialOnce")] == [
        (5, "title: brand written “Dial Once”, write “DialOnce”"),
        (7, "§1: brand written “Dial-Once”, write “DialOnce”")]


def test_brand_variants_are_derived_from_any_brand_and_listed_ones_are_right_spellings():
    """Regression hunt 12, f_brand_variants_flagged: the README's "other right spellings" (the legal entity's name)
    were flagged as wrong ones."""
    assert [m for _, _, m in found("AcmeCorp, acme-corp, Acme Corp.", brand="Acme Corp")] == [
        "§1: brand written “AcmeCorp”, write “Acme Corp”", "§1: brand written “acme-corp”, write “Acme Corp”"]
    assert [m for _, _, m in found("DialOnce SAS et DialOnce, puis Dial Once SAS.",
                                   brand_variants=("DialOnce SAS",))] == [
        "§1: brand written “Dial Once SAS”, write “DialOnce SAS”"]


# HTML

ALLOWED = ("Texte<br> <abbr title=\"Règlement général\">RGPD</abbr> m<sup>2</sup> H<sub>2</sub>O "
           "<span lang=\"en\" id=\"n1\">x</span> <em>a</em> <strong>b</strong> "
           "<a href=\"https://www.cnil.fr\">CNIL</a> <a href=\"mailto:dpo@dial-once.com\">dpo</a> "
           "<a href=\"#s7-4\">§7.4</a> <!-- note -->\n\n<!-- a comment block -->")


def test_allowed_html_is_accepted():
    assert found(ALLOWED) == []


@pytest.mark.parametrize(("html", "fragment"), [
    ("<script>location = 'javascript:alert(1)'</script>", "<script> is refused in the policy: it runs code"),
    ("<iframe src=\"https://example.test/\"></iframe>", "<iframe> is refused in the policy: it embeds another page"),
    ("<object data=\"x.swf\"></object>", "<object> is refused in the policy"),
    ("<embed src=\"x.swf\">", "<embed> is refused in the policy"),
    ("<style>p { color: red }</style>", "<style> is refused in the policy: CSS"),
    ("<form action=\"https://example.test/\">x</form>", "<form> is refused in the policy"),
    ("<div>bloc</div>", "<div> is not on the HTML allow-list (<br>, <sup>"),
    ("<img src=\"https://example.test/pixel.gif\">", "<img> is not on the HTML allow-list"),
])
@pytest.mark.parametrize("where", ["block", "inline"])
def test_refused_tags(html, fragment, where):
    body = html if where == "block" else f"Un texte {html} en ligne."
    findings = found(body)
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.html")], findings
    assert findings[0][2].startswith(f"§1: {fragment}")


@pytest.mark.parametrize(("html", "fragment"), [
    ("<span onclick=\"steal()\">x</span>", "event-handler attribute onclick= on <span> is refused"),
    ("<br onmouseover=\"steal()\">", "event-handler attribute onmouseover= on <br> is refused"),
    ("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"javascript:alert(1)\"> is refused: a script URL"),
    ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "is refused: a script URL"),
    ("<a href=\"ftp://example.test/\">x</a>", "is refused: links go to http(s)://, mailto: or a #anchor only"),
    ("<span style=\"background:url(https://example.test/t.gif)\">x</span>",
     "attribute style= on <span> is not allowed (allowed: id, lang, title)"),
])
def test_refused_attributes(html, fragment):
    findings = found(f"Un texte {html} en ligne.")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.html")], findings
    assert fragment in findings[0][2]


def test_a_mark_drawn_across_a_character_is_refused_where_the_page_shows_it():
    """Safety hunt 39: “We do n\u0336o\u0336t\u0336 sell your data” was published with “not” struck out (combining long
    strokes), as a deleted word is shown, while every check read “not”; in a title, a summary or as a reference too."""
    findings = found("We do n\u0336o\u0336t\u0336 sell your data.")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.struck")], findings
    assert findings[0][2].startswith("§1: a mark drawn across the character before it (U+0336) shows “n\u0336o\u0336t"
                                     "\u0336” struck out")
    assert [rule for _, rule, _ in found("Kept 1&#x338; year, 3\u20e0 days.")] == ["editorial.struck"]
    assert found("Café, naïve, łódź, Đà Nẵng, 1\ufe0f\u20e3.") == []  # accents, letters with strokes, a keycap


def test_marks_piled_on_a_character_are_refused_those_writing_needs_pass():
    """Safety hunt 39: 150 combining marks after a full stop (“Zalgo” text) were published, drawn over the lines above
    and below, whose words they hide; no word held them, so no spelling finding either."""
    piled = "\u0305\u0304\u030d\u030e" * 10
    findings = found(f"We keep it one year.{piled}")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.stacked")], findings
    assert findings[0][2].startswith("§1: 40 marks piled on “.” (U+0305 …) are drawn above and below it")
    assert [rule for _, rule, _ in found("Oui\u0300\u0301\u0302, \u0e01\u0e49\u0e49\u0e49.")] == ["editorial.stacked"]
    # Vietnamese, Hebrew with an accent, Tibetan, Devanagari, Arabic, Khmer, Thai, an emoji's sequences
    assert found("Vie\u0323\u0302t, \u05d1\u05bc\u05b0\u0596, \u0f67\u0f71\u0f74\u0f83, \u0915\u094d\u0937, "
                 "\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f\u064c, \u179f\u17d2\u178f\u17d2\u179a\u17b8, "
                 "\u0e1b\u0e31\u0e49\u0e19, 1\ufe0f\u20e3 \U0001f3f3\ufe0f\u200d\U0001f308.") == []


def test_a_mark_inside_another_mark_is_refused_one_alone_passes():
    """Safety hunt 39: ten <sub> inside each other drew “and we sell it to brokers” a sixth of the text's size, fine print
    no reader sees that every check, the PDF and the redline read at full size."""
    findings = found("We keep it safe<sub><sub><sub> and we sell it</sub></sub></sub>, CO<sub>2</sub> m<sup>2</sup>.")
    assert {(line, rule) for line, rule, _ in findings} == {(BODY_LINE, "editorial.html")}, findings
    assert findings[0][2].startswith("§1: <sub> inside <sub>: each draws its words smaller")
    assert "<sup> inside <sub>" in found("x<sub>a<em><sup>b</sup></em></sub>")[0][2]
    assert found("x<sub>a</sub><sup>b</sup> e<sup>2</sup>") == []


@pytest.mark.parametrize("html", ["<span lang=>CNIL</span>", "<span lang=fr\">CNIL</span>",
                                  "<abbr title=>RGPD</abbr>"])
def test_a_tag_markdown_would_show_as_text_is_refused(html):
    """Reader audit 13, finding 14: `<span lang=>` passed, and the page read “Refer to the <span lang=>CNIL.”"""
    findings = found(f"Voir la {html}.")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.html")], findings
    assert "is not a tag as Markdown reads one" in findings[0][2] and "readers would see it as text" in findings[0][2]


def test_javascript_in_markdown_links_is_refused():
    findings = found("Une ligne.\nCliquez [ici](javascript:alert(1)) ou <javascript:alert(2)>.")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE + 1, "editorial.html")] * 2  # its own line
    assert "“[ici](javascript:alert(1))” is refused: a script URL" in findings[0][2]
    assert "“<javascript:alert(2)>” is refused: a script URL" in findings[1][2]


def test_prose_about_javascript_is_not_a_script_url():
    assert found("Le site utilise JavaScript: un langage.", lang="fr") == []


def test_html_block_problems_are_reported_at_their_own_line():
    body = "<p>\nUn paragraphe\n<script>alert(1)</script>\n</p>"
    assert [(line, message.split(" is ")[0]) for line, _, message in found(body)] == [
        (BODY_LINE, "§1: <p>"), (BODY_LINE + 2, "§1: <script>")]


def test_findings_are_sorted_by_line():
    body = "<div>x</div>\n\nLe le texte.\n\nDial-Once."
    assert [(line, rule) for line, rule, _ in found(body)] == [
        (BODY_LINE, "editorial.html"), (BODY_LINE + 2, "editorial.doubled-word"), (BODY_LINE + 4, "editorial.brand")]


# The real policy

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_real_policy_passes(lang):
    policy = document.read(FROZEN / lang / "index.md", lang=lang)
    assert editorial.check(policy, brand="DialOnce") == []


# What a browser reads otherwise than a naive check: the page's own end tags, comments, attribute lists

def test_an_attribute_list_on_the_title_is_read_too():
    policy = document.parse("---\ndate: 2030-01-15\n---\n\n# Synthetic {data-md-component=source}\n\n## 1. One\n\nTexte.\n",
                            path="docs/xx/index.md", lang="fr")
    found = [(f.line, f.message) for f in editorial.check(policy, brand="DialOnce") if f.rule == "editorial.html"]
    assert found == [(5, "title: the attribute list “{data-md-component=source}” sets data-md-component: the policy "
                         "text may set ids (#id) only")]


@pytest.mark.parametrize(("body", "fragment"), [
    ("</div></article></div>\n\nThe rest.", "</article> closes an element the policy text did not open"),
    ("Texte </main> en ligne.", "</main> closes an element the policy text did not open"),
    ("<!-- a --!><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> -->",
     "an HTML comment written “<!-->”, “<!--->” or ending “--!>” is read differently by browsers"),
    ("<!--><form><input name=p></form> -->", "an HTML comment written"),
    ("[Contact](https://example.org/){: data-md-component=\"source\" }",
     "the attribute list “{: data-md-component=\"source\" }” sets data-md-component"),
    ("Paragraphe.\n{: style=\"position:fixed\" data-policy-version=\"2099-01-01\" }",
     "the attribute list “{: style=\"position:fixed\" data-policy-version=\"2099-01-01\" }” sets style, "
     "data-policy-version"),
    ("[Contact](https://example.org/){data-md-component}", "the attribute list “{data-md-component}” sets "
     "data-md-component"),
    ("## 2. Données {#donnees data-policy-up}\n\nTexte.", "the attribute list “{#donnees data-policy-up}” sets "
     "data-policy-up"),
    ("> Citation.\n> {: onclick=\"y\"}", "the attribute list “{: onclick=\"y\"}” sets onclick"),
    ("Nous collectons \\`votre <body inert> nom`.", "<body> is not on the HTML allow-list"),  # no code span
    ("Un schéma.\n{: .mermaid }", "the attribute list “{: .mermaid }” sets the class mermaid"),
    ("[Facture](search-ms:query=facture&crumb=location:\\\\evil.example\\share)", "link to “search-ms:query"),
    ("[PDF](file://evil.example/share/a.pdf)", "link to “file://evil.example/share/a.pdf” is refused"),
    ("Voir [le partage][p].\n\n[p]: intent://x#Intent;scheme=https;end", "link to “intent://x#Intent"),
    ("Un texte <strong>important sans fin.", "<strong> is not closed in this paragraph: close it (</strong>)"),
    ("Voir <a href=\"https://example.org/\">le site.", "<a> is not closed in this paragraph"),
])
def test_what_a_browser_reads_otherwise_is_refused_at_its_line(body, fragment):
    findings = [f for f in found(body) if f[1] == "editorial.html"]
    assert findings and any(message.split(": ", 1)[1].startswith(fragment) for _, _, message in findings), findings
    assert min(line for line, _, _ in findings) >= BODY_LINE


@pytest.mark.parametrize("body", [
    "<span>texte</span> et <abbr title=\"Règlement général\">RGPD</abbr><br>", "<!-- une note -->\n\nTexte.",
    "Une phrase.\n{: #donnees }", "Des accolades {voir l'annexe} dans la prose, et {a=b c} aussi.",
    "## 2. Données {#donnees}\n\nTexte.", "[Contact](https://example.org/){: #contact }",
    "<sup>1</sup></br>",
    # braces alone in a paragraph are its text, as Python-Markdown reads them (a Jekyll include left by an import)
    "{% include notice.html %}\n\nTexte.", "Texte.\n\n{: data-x=1}",
    "[Appeler](tel:+33100000000), [écrire](mailto:dpo@example.org), [la page](../autre/), [ici](#s2).",
])
def test_balanced_html_comments_and_id_lists_pass(body):
    assert [f for f in found(body) if f[1] == "editorial.html"] == []


def test_a_fenced_code_blocks_attributes_are_judged_as_attribute_lists():
    text = "# T\n\n## 1. Un\n\n``` { .text .mermaid }\ngraph TD\n```\n\n~~~ python {#code}\nx\n~~~\n\n```{ onclick=x }\ny\n```\n"
    assert [(f.line, f.message.split(":")[0]) for f in editorial.fences(text, path="p.md")] == [
        (5, "code block"), (13, "code block")]


@pytest.mark.parametrize("body", [
    "Nous vendons vos données.\n{: .md-toggle }",  # Material's CSS hides it
    "DialOnce.\n{: .md-consent__inner }",  # a fixed layer over the page
    "Texte <span class=\"redline-sr\">caché</span>.",  # the site's own screen-reader-only class
])
def test_a_class_set_by_the_text_is_refused(body):
    messages = [f[2] for f in found(body) if f[1] == "editorial.html"]
    assert messages and all("the policy text may set ids" in m or "is not allowed" in m for m in messages), messages


def test_the_brand_in_a_heading_in_capitals_is_the_brand():
    policy = document.parse("---\ndate: 2024-01-05\n---\n# ACME WIDGETS, INC. PRIVACY POLICY\n\n## 1. One\n\n"
                            "ACME Widgets, Inc. sells.\n", path="docs/en/index.md", lang="en")
    found = [f.message for f in editorial.check(policy, brand="Acme Widgets, Inc.") if f.rule == "editorial.brand"]
    assert found == ["§1: brand written “ACME Widgets, Inc.”, write “Acme Widgets, Inc.”"]


def test_a_link_whose_text_is_another_address_is_an_editorial_finding_a_warning_for_an_imported_text():
    """Adoption hunt 11: a real German policy (Schwenke's generator) links the Privacy Shield's address to
    cloudflare.com; a new text may not, an imported one is published with a warning."""
    from policysite import imported
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\nSee [https://www.cnil.fr]("
                            "https://www.cnil.fr.evil.example/) and [the CNIL](https://www.cnil.fr/).\n",
                            path="docs/en/index.md", lang="en")
    found = editorial.check(policy, brand="Acme")
    assert [(f.line, f.rule) for f in found] == [(9, "editorial.link-text")]
    assert "shows the address https://www.cnil.fr but goes to https://www.cnil.fr.evil.example/" in found[0].message
    assert [f.severity for f in imported.downgrade(found)] == ["warning"]


def test_a_domain_alone_on_a_line_of_a_markdown_link_is_the_address_it_shows():
    """Hunt 22's case left until session 16: a hard break (two spaces, a backslash, `<br>`) puts `acme.com` on a line
    of its own; the link went elsewhere. A soft break is a space: `acme.com` among words names nothing."""
    for brk in ("\\\n", "  \n", "<br>"):
        policy = document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\nSee [acme.com{brk}Datenschutz]"
                                "(https://evil.example/collect).\n", path="docs/en/index.md", lang="en")
        found = [f for f in editorial.check(policy, brand="Acme") if f.rule == "editorial.link-text"]
        assert [f.line for f in found] == [9], (brk, found)
        assert "shows the address acme.com but goes to" in found[0].message
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\nSee [acme.com\nDatenschutz]"
                            "(https://evil.example/collect).\n", path="docs/en/index.md", lang="en")
    assert [f for f in editorial.check(policy, brand="Acme") if f.rule == "editorial.link-text"] == []


def test_a_direction_override_is_found_and_a_direction_mark_is_not():
    """Security hunt 11 (notes): U+202E showed the words after it in reverse, unlike the checked text."""
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\nWe \u202eesu ton od\u202c data."
                            "\n\nשלום \u200fworld.\n", path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule) for f in editorial.check(policy, brand="Acme")] == [(9, "editorial.bidi")]


def test_check_says_what_the_output_check_refuses_of_a_links_target():
    """Security hunt 12, f_check_misses_publish_refusals: a mixed-script host passed check, publish refused it."""
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\nSee [us](https://www.acmе.example/)"
                            " or [write](mailto:dpo@acme.example?bcc=x@evil.example).\n", path="docs/en/index.md",
                            lang="en")
    assert [(f.line, f.rule) for f in editorial.check(policy, brand="Acme")] == [(9, "editorial.link-target")] * 2



def test_a_direction_mark_that_can_reorder_digits_or_lies_beside_no_right_to_left_word_is_refused():
    """Security hunt 13, f_bidi_marks_reorder: `pendant \u200f1\u200f2 mois` was read 12 by the checks and shown 21."""
    assert [r for _, r, _ in found("Nous conservons vos données pendant \u200f1\u200f2 mois.")] == ["editorial.bidi"]
    assert [r for _, r, _ in found("Un espace\u200f perdu.")] == ["editorial.bidi"]
    assert found("Un numéro \u200e+33 1 23 45 67 89\u200e copié de Word.") == []  # left to right: changes nothing
    assert found("Notre bureau de Tel-Aviv (\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1\u200f) répond.") == []
    arabic = "نحتفظ بالبيانات لمدة \u200f12\u200f شهرًا."  # marks around a number in a right-to-left text
    assert found(arabic, lang="ar", brand="Acme") == []
    assert [r for _, r, _ in found("لمدة 1\u200f2 شهرًا.", lang="ar", brand="Acme")] == ["editorial.bidi"]


def test_a_raw_html_link_showing_another_address_than_it_goes_to_is_named():
    """Security hunt 15: `<a href="https://evil.example/">https://www.cnil.fr/plaintes</a>` was not a link-text
    finding (only Markdown links were read)."""
    body = ('Écrivez à <a href="mailto:dpo@evil.example">dpo@acme.example</a> ou à la '
            '<a href="https://evil.example/">https://www.cnil.fr/plaintes</a>, ou <a href="https://www.cnil.fr/">la CNIL</a>.')
    rules = [f.rule for f in check(body)]
    assert rules.count(editorial.RULE_LINK_TEXT) == 2


def test_a_block_of_unclosed_tags_is_named_without_being_parsed():
    """Security hunt 15: Python's HTML parser took minutes over `a <b ` × 30,000 (hours for a megabyte)."""
    messages = [f.message for f in check("a <b " * 30_000) if f.rule == editorial.RULE_HTML]
    assert messages and "30,000 “<” that no “>” closes" in messages[0]


def test_a_link_target_written_with_a_character_reference_is_read_as_a_browser_reads_it():
    """Security hunt 16: `(file&#58;//evil.example/x)` was text to the checks' reader and a file: link on the page."""
    messages = [f.message for f in check("[déposer une réclamation](file&#58;//evil.example/plainte.exe)")]
    assert any("is refused: links go to http(s)://" in m for m in messages), messages


def test_a_raw_links_words_written_with_markdown_are_read_as_the_page_shows_them():
    """Security hunt 20, finding 1: `dpo@acme\\.example`, `**dpo@acme.example**` or a code span inside a raw <a>
    showed the check no address, and the page the DPO's."""
    for shown in ("dpo@acme\\.example", "**dpo@acme.example**", "`dpo@acme.example`"):
        found = [(rule, message) for _, rule, message in
                 found_in(f'Écrivez à <a href="mailto:dpo@evil.example">{shown}</a>.')]
        assert ("editorial.link-text", "§1: the link shows the address dpo@acme.example but writes to "
                "dpo@evil.example") in found, (shown, found)


def found_in(body: str) -> list[tuple[int, str, str]]:
    return found(body, brand="Acme")


@pytest.mark.parametrize(("body", "lang", "fragment"), [
    ("Nous conservons vos données ৭0 jours.", "fr", "“৭0” is written with a digit of another script (৭, bengali "
                                                     "digit seven)"),
    ("Data is kept for ੪ months.", "en", "“੪” is written with a digit of another script (੪, gurmukhi digit four)"),
    ("Conservées 1\u0665 jours.", "fr", "“1\u0665” is written with a digit of another script (\u0665, arabic-indic"),
])
def test_a_digit_of_another_script_than_the_pages_is_found(body, lang, fragment):
    """Security hunt 30: a Bengali 7 (৭, which looks like a 9) in a French page was read 70 by the checks, the number
    the English translation has, and 90 by the French reader."""
    found = [f.message for f in editorial.check(page(body, lang=lang), brand="Acme") if f.rule == editorial.RULE_DIGITS]
    assert any(fragment in message for message in found), found


@pytest.mark.parametrize(("body", "lang"), [
    ("Nous conservons vos données 90 jours, ou ９０ jours.", "fr"),
    ("আমরা আপনার তথ্য ৯০ দিন রাখি।", "bn"), ("نحتفظ ببياناتك ٩٠ يومًا.", "ar"),
    ("हम आपका डेटा ९० दिन रखते हैं, 90 days.", "hi"),
    ("Σύμφωνα με το 3ο άρθρο, διατηρούμε τα δεδομένα 30 ημέρες.", "el"),  # hunt 30: a Greek ordinal
])
def test_the_pages_own_digits_are_not_found(body, lang):
    assert [f for f in editorial.check(page(body, lang=lang), brand="Acme") if f.rule == editorial.RULE_DIGITS] == []


@pytest.mark.parametrize(("body", "fragment"), [
    ("Nous conservons vos données 3O jours.", "“3O” writes a letter (O, latin capital letter o) among digits"),
    ("Nous conservons vos données l0 jours.", "“l0” writes a letter"),
    ("Nous conservons vos données 3\u041e jours.", "“3\u041e” writes a letter"),  # a Cyrillic О
    ("Nous conservons vos données \u04170 jours.", "“\u04170” writes a letter (\u0417, cyrillic capital letter ze)"),
    ("Мы храним данные \u04170 дней.", "“\u04170” writes a letter (\u0417"),  # before the digits, in its script too
    ("Nous conservons vos données 1\u01bc jours.", "“1\u01bc” writes a letter (\u01bc, latin capital letter tone five)"),
])
def test_a_letter_written_among_digits_is_found(body, fragment):
    """Security hunt 30: `3O jours` was read 3 by the checks, the number the English translation had, and 30 by the
    French reader."""
    found = [f.message for f in editorial.check(page(body), brand="Acme") if f.rule == editorial.RULE_DIGITS]
    assert any(fragment in message for message in found), found


def test_names_and_abbreviations_with_digits_are_not_found():
    body = "Chez O2 ou Orange, la 2FA, le mp3, le COVID-19, le 1er janvier, h24, l'article 10, I2C, пункт 5б."
    assert [f for f in editorial.check(page(body), brand="Acme") if f.rule == editorial.RULE_DIGITS] == []


@pytest.mark.parametrize("body", [
    "Vos données sont conservées ا 30-90 jours.",  # shown "90-30 ا" (an Arabic alef looks like a bar)
    "Un montant de ا 1 000 / 30 jours.",  # shown "30 / 000 1 ا"
    "Contact : أحمد 01 23 45 67 89.",  # the phone number's groups shown backwards
    "Bureau : רחוב הרצל 12, 1000 Paris.",  # shown "1000 ,12 …"
    "Durée : ا 30 ب 90 jours.",  # shown "90 ب 30 ا": the numbers of one right-to-left run, a letter between them
])
def test_numbers_a_right_to_left_letter_lays_out_in_another_order_are_found(body):
    """Security hunt 30: after a right-to-left letter a browser lays numbers out right to left, so two of them trade
    places (checked in Chromium) while the checks read them in the text's order."""
    found = [f.message for f in editorial.check(page(body), brand="Acme") if f.rule == editorial.RULE_BIDI]
    assert any("are shown right to left, in another order than written" in message for message in found), found


@pytest.mark.parametrize("body", [
    "Bureau : רחוב הרצל 12-14, Tel Aviv 61000.", "Le ا 12/05/2024.", "ا 1,5 ou 2,5 jours.",
    "Bureau : \u2067רחוב הרצל 12\u2069, 1 000 personnes.", "Entre 30 et 90 jours.",
])
def test_numbers_shown_in_their_order_beside_right_to_left_words_are_not_found(body):
    assert [f for f in editorial.check(page(body), brand="Acme") if f.rule == editorial.RULE_BIDI] == []


@pytest.mark.parametrize(("body", "shown"), [
    # shown "jours, et non 30 90" (checked in Chromium): the checks read 90 days
    ("Nos bureaux (\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1) gardent vos données \u206790 jours, et non 30\u2069.",
     "U+2067"),
    ("Nos bureaux (\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1) gardent vos données \u202b90 jours, et non 30\u202c.",
     "U+202B"),
    ("Nos bureaux (\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1) gardent vos données 90\u200f, \u200f30 jours.",
     "U+200F"),  # shown "9030 , jours"
    ("Nom (\u05e9\u05dc\u05d5\u05dd) : \u2067\u2066jamais\u2069 \u2066vendues\u2069\u2069 sont vos données.",
     "“\u2066jamais\u2069 \u2066vendues\u2069”"),  # shown "vendues jamais"
    ("Le délai \u2068\u05d0 90 jours, et non 30\u2069 au plus.", "“\u05d0 90 jours, et non 30”"),
    ("Le délai \u2067\u05d0 90 jours, et non 30\u2069 au plus.", "“\u05d0 90 jours, et non 30”"),
])
def test_left_to_right_words_a_right_to_left_mark_or_isolate_lays_out_in_another_order_are_found(body, shown):
    """Safety3 hunt: a right-to-left isolate, embedding or mark within 30 characters of a Hebrew word passed, and a
    browser showed the Latin words and numbers in it in another order than the checks read them."""
    found = [f.message for f in check(body, lang="en", brand="Acme") if f.rule == editorial.RULE_BIDI]
    assert len(found) == 1 and shown in found[0], found


@pytest.mark.parametrize("body", [
    "Bureau : \u2067\u05e8\u05d7\u05d5\u05d1 Acme Ltd \u05d4\u05e8\u05e6\u05dc\u2069, Paris.",
    "Bureau : \u2068\u05e8\u05d7\u05d5\u05d1 \u05d4\u05e8\u05e6\u05dc 12\u2069, 1 000 personnes.",
    "Le nom \u2068Acme 12 Beta\u2069 reste écrit de gauche à droite.",
])
def test_one_left_to_right_run_in_a_right_to_left_isolate_is_not_found(body):
    assert [f for f in check(body, lang="en", brand="Acme") if f.rule == editorial.RULE_BIDI] == []


def test_a_direction_override_in_a_fenced_block_is_found():
    """Security hunt 30: a fenced block skipped the bidi check, and a browser reorders the characters of a <pre> as
    any others: `sruoj 09` after U+202E is shown "90 jours"."""
    found = check("```\nconservation: \u202esruoj 09\u202c\n```", brand="Acme")
    assert [f.rule for f in found] == [editorial.RULE_BIDI], found


@pytest.mark.parametrize("hidden", ["\u200b", "\u2060", "\u00ad", "\u2062", "\ufeff"])
def test_an_invisible_character_between_digits_is_found(hidden):
    """Security hunt 30: `3<U+200B>0 jours` showed 30 while the checks read 3 and 0, the numbers of an English "3 days,
    0 fees": sync.numbers found the texts agree."""
    found = [f.message for f in check(f"Nous conservons vos données 3{hidden}0 jours.", brand="Acme")
             if f.rule == editorial.RULE_DIGITS]
    assert any(f"an invisible character (U+{ord(hidden):04X}) between the digits" in m for m in found), found


def test_a_word_with_vowel_signs_or_points_is_whole_when_a_doubled_word_is_looked_for():
    """Scripts task, finding 10: Python's \\w has no combining marks, so "वह वहाँ" (he, there) was the word "वह" doubled,
    an error blocking the version, as was Arabic's "سلام سلامٌ"; and "की की" or a decomposed "été été", really doubled,
    passed. A word is now its letters with their marks."""
    for prose in ("वह वहाँ", "जल जला", "कम कमी", "سلام سلامٌ", "שָׁלוֹם שָׁלוֹמִי"):
        assert list(editorial._doubled(prose, frozenset())) == [], prose
    for prose, word in (("की की", "की"), ("e\u0301te\u0301 e\u0301te\u0301", "e\u0301te\u0301"), ("the the", "the")):
        assert list(editorial._doubled(prose, frozenset())) == [(word, word)]


def test_a_script_url_written_with_references_in_a_markdown_link_is_refused():
    """Safety hunt 45, finding 5: `[ici](&#106;avascript:alert(1))` passed `policy check`: markdown-it decodes the
    reference and drops the link as invalid (the model had none to judge), while the page links javascript: (refused
    only by the output check, at publish)."""
    for written in ("&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#0000106;avascript:alert(1)",
                    "java&#115;cript:alert(1)"):
        findings = found(f"Voir [ici]({written}) et [là](javascript:alert(2)).")
        assert [rule for _line, rule, _message in findings] == ["editorial.html"] * 2, (written, findings)
        assert "link to “javascript:alert” is refused: a script URL runs code" in findings[0][2]
    assert found("Voir [ici](https://example.test/&#106;s).") == []


@pytest.mark.parametrize("target, said", [
    ("/\\127.0.0.1:8080/", "goes to a machine of a private network (127.0.0.1)"),
    ("/\\bit.ly/abc", "goes through bit.ly"),
    ("/\\ex\u0430mple.test/", "has a part mixing letters of several scripts"),
])
def test_a_link_written_as_a_path_with_a_backslash_is_read_as_a_browser_reads_it(target, said):
    """Safety hunt 45, finding 5: markdown-it writes a `\\` of a link's target as %5C, so `[ici](/\\127.0.0.1:8080/)`
    was a page of this site to the checks; the page keeps the `\\`, and a browser reads `/\\host` as `//host` (only the
    output check refused it, at publish)."""
    findings = found(f"Voir [ici]({target}).")
    assert [rule for _line, rule, _message in findings] == ["editorial.link-target"], findings
    assert said in findings[0][2]
    assert found("Voir [ici](https://example.test/a\\_b).") == []  # an escape of Markdown's, no backslash left


@pytest.mark.parametrize("link, rule, said", [
    ("[/privacy/en/](/\\evil.example/)", "editorial.link-target", "goes to the host evil.example, written so"),
    ("[/privacy/en/](https://evil.example/)", "editorial.link-text", "the link shows /privacy/en/, a path a reader"),
    ("[la page ../2021-02-17/ du site](https://evil.example/)", "editorial.link-text", "shows ../2021-02-17/, a path"),
    ("[privacy/en/](//evil.example/)", "editorial.link-text", "the link shows privacy/en/, a path a reader"),
    ("[le site](https:/evil.example/)", "editorial.link-target", "goes to the host evil.example, written so"),
])
def test_a_link_showing_a_path_of_the_site_or_hiding_its_host_is_refused_by_the_check(link, rule, said):
    """Safety hunt 45's leftover (`[/privacy/en/](/\\evil.example/)` was published): a reader trusts words that are a
    path of the site to stay on it, and reads `/\\evil.example/` or `https:/evil.example/` as no address at all."""
    findings = found(f"Voir {link}.")
    assert any(r == rule and said in message for _line, r, message in findings), findings
    assert found("Voir [/privacy/en/](/privacy/en/) et [17/02/2021](https://www.legifrance.gouv.fr/).") == []


@pytest.mark.parametrize("href, said", [
    ("http://127.0.0.1:8080/", "goes to a machine of a private network (127.0.0.1)"),
    ("https://bit.ly/abc", "goes through bit.ly"),
    ("mailto:dpo@example.test?bcc=all@example.test", "writes to more than its address"),
])
def test_a_raw_links_target_is_read_as_a_markdown_links_is(href, said):
    """Safety hunt 45, finding 5: `<a href="http://127.0.0.1:8080/">ici</a>` passed `policy check` while the same
    target written `[ici](…)` is refused: the targets of raw links were read for their words only (only the output
    check refused them, at publish)."""
    findings = found(f'Voir <a href="{href}">ici</a>.')
    assert [rule for _line, rule, _message in findings] == ["editorial.link-target"], findings
    assert said in findings[0][2]
    assert found('Voir <a href="https://example.test/">ici</a> ou <a href="mailto:dpo@example.test">là</a>.') == []


@pytest.mark.parametrize("lang", ["pt-BR", "es", "it"])
def test_an_ordinal_written_with_a_small_o_is_a_letter_where_the_language_writes_them_so(lang):
    """Adoption 28: Mozilla's Brazilian notice says "Data de vigência: 1o de novembro de 2023" (`1o` for `1º`), and
    every version of it was refused: "“1o” writes a letter (o, latin small letter o) among digits". In Portuguese,
    Spanish, Italian, Galician and Catalan a small `o` after one or two digits ends an ordinal; a capital `O`, a
    letter among the digits, or a French page's `1o` is still found."""
    def digits(body: str, in_lang: str) -> list[str]:
        return [f.message for f in editorial.check(page(body, lang=in_lang), brand="Acme")
                if f.rule == editorial.RULE_DIGITS]

    assert digits("Data de vigência: 1o de novembro de 2023, conforme o art. 12o.", lang) == []
    assert digits("Conservamos os dados por 3O dias.", lang) and digits("Conservamos os dados por 3o0 dias.", lang)
    assert digits("Nous conservons vos données 3o jours.", "fr")


@pytest.mark.parametrize(("body", "reads"), [
    ("Écrivez à dpo@cn\u0131l.fr pour exercer vos droits.", "cnil"),  # a dotless ı
    ("Voir www.p\u0251ypal.com pour le paiement.", "paypal"),  # a Latin alpha
    ("Notre site acm\u0435.com répond.", "acme"),  # a Cyrillic е among Latin letters
])
def test_an_address_written_in_the_text_whose_letters_pass_for_others_is_found(body, reads):
    """Safety3 hunt: an e-mail address or host written as words, not as a link, was read by no check: a reader wrote
    their request to `dpo@cnıl.fr`, another domain than the one they read."""
    found = [f.message for f in check(body, lang="en", brand="Acme") if f.rule == editorial.RULE_ADDRESS]
    assert len(found) == 1 and f"(read as “{reads}”)" in found[0], found


def test_addresses_and_abbreviations_in_their_own_letters_are_not_found():
    body = "Voir www.b\u00fccher.de, т.е. пример.рф, données.Nous, e.g. et www.cnil.fr."
    # (two Turkish sentences a missing space joined: the dotless ı passes for an i, but "Bu" opens a sentence)
    body += " Silme işlemi otuz gün içinde yap\u0131l\u0131r.Bu süre uzatılabilir."
    assert [f for f in check(body, lang="en", brand="Acme") if f.rule == editorial.RULE_ADDRESS] == []


def test_template_code_left_in_an_imported_page_is_refused_where_readers_would_see_it():
    """Round 13's imports: an Eleventy, Jekyll, Blade or PHP page keeps its template code as written
    (`Last updated: {{ page.date | formatDate('MMMM D, YYYY') }}`, `@if($eu)`), which the old site's server filled in
    and a reader of this site would see as words: refused with its place and what to write (a date, typed); braces
    of a legal text, an attribute list, an e-mail address and code shown as code pass."""
    findings = found("Last updated: \\{\\{ page.date | formatDate('MMMM D, YYYY') \\}\\}", lang="en")
    assert [(line, rule) for line, rule, _ in findings] == [(BODY_LINE, "editorial.template")], findings
    assert findings[0][2].startswith("§1: template code “{{ page.date | formatDate('MMMM D, YYYY') }}” is shown as "
                                     "written"), findings
    assert "type the date" in findings[0][2]
    for code in ("{% if site.eu %}EU users{% endif %}", "@if($eu)", "@endforeach", "<?php echo $x; ?>",
                 "We are {{ site.company }}.", "{!! $policy !!}", "<%= @company %>"):
        rules = [rule for _, rule, _ in found(code, lang="en")]
        assert "editorial.template" in rules and set(rules) <= {"editorial.template", "editorial.html"}, code
    assert found("A set {a, b}; write to dpo@if.example or @ifttt; `{{ x }}` as code.", lang="en") == []
    assert found("Texte {#ancre}\n\nParagraphe.") == []
    for code, wrote_a_date in (("{{ page.lastModified }}", True), ("{{ 'now' | date: '%Y' }}", True),
                               ("{{ site.updated_at }}", True), ("{{ site.known }}", False),
                               ("{{ candidate.name }}", False), ("{{ sometimes }}", False)):
        assert editorial.dated(code) is wrote_a_date, code
    french = [f.in_language("fr").message for f in check("Mis à jour le {{ page.date }}")]
    assert french and french[0].startswith("§1\u00a0: le code de modèle «\u00a0{{ page.date }}\u00a0»"), french


def test_template_code_in_raw_html_is_said_as_template_code_not_as_an_attribute_list():
    """Adopt18: `{{ site.email }}` after a raw link's tag was reported as "the attribute list “{{ site.email }” sets {,
    site.email", and in its `href` as a link of another scheme or no tag: each is said as template code the old site
    filled in; an attribute list that would set a value (`{{ onclick="…" }}`) is still refused as one."""
    said = found('Write to <a href="mailto:{{ site.email }}">{{ site.email }}</a>.', lang="en")
    assert {rule for _, rule, _ in said} == {"editorial.template"}, said
    for written, meant in (('<a href="{{ site.email }}">us</a>', '<a href="{{ site.email }}"> links to template code '
                            '“{{ site.email }}”, which the old site\'s server filled in, this site does not: write the '
                            'address readers were sent to'),
                           ("<a href={{ site.email }}>us</a>", "“<a href={{ site.email }}>” holds template code "
                            "“{{ site.email }}”, which the old site's server filled in, this site does not: Markdown "
                            "reads no tag there")):
        html = [message for _, rule, message in found(written, lang="en") if rule == "editorial.html"]
        assert len(html) == 1 and html[0].startswith(f"§1: {meant}"), html
    french = [f.in_language("fr").message for f in check('<a href="{{ site.email }}">nous</a>')
              if f.rule == "editorial.html"]
    assert french == ["§1\u00a0: <a href=\"{{ site.email }}\"> mène au code de modèle «\u00a0{{ site.email }}\u00a0», "
                      "que le serveur de l'ancien site remplaçait, celui-ci ne le fait pas\u00a0: écrivez l'adresse vers "
                      "laquelle les lecteurs étaient envoyés (https://…, mailto:…)"], french
    assert [rule for _, rule, _ in found('*a*{{ onclick="alert(1)" }}', lang="en")] == [
        "editorial.template", "editorial.html"]


@pytest.mark.parametrize(("body", "written", "typed"), [
    ("Kept \U0001d7d1\U0001d7ce days.", "\U0001d7d1\U0001d7ce", "30"),  # 𝟑𝟎, mathematical bold digits
    ("We \U0001d42c\U0001d421\U0001d41a\U0001d42b\U0001d41e \U0001d432\U0001d428\U0001d42e\U0001d42b data.",
     "\U0001d42c\U0001d421\U0001d41a\U0001d42b\U0001d41e \U0001d432\U0001d428\U0001d42e\U0001d42b", "share your"),
    ("Kept \uff13\uff10 days.", "\uff13\uff10", "30"),  # fullwidth ３０ in a language not written with them
    ("The \u211d-rated plan.", "\u211d", "R"),  # double-struck ℝ, a letterlike symbol
    ("## 2. \U0001d5e6\U0001d5f0\U0001d5fc\U0001d5fd\U0001d5f2", "\U0001d5e6\U0001d5f0\U0001d5fc\U0001d5fd\U0001d5f2",
     "Scope"),  # a heading's, sans-serif bold
])
def test_letters_and_digits_in_a_style_of_unicode_s_own_are_named_with_what_to_type(body, written, typed):
    """safety67: `𝟑𝟎 days` was published as written, read 30 by the checks (sync), and said "mathematical bold digit
    three, mathematical bold digit zero" by a screen reader; `𝐬𝐡𝐚𝐫𝐞` was found by no search or spell check."""
    findings = [f for f in check(body, lang="en") if f.rule == "editorial.styled"]
    assert [(f.severity, dict(f.fields)["written"], dict(f.fields)["typed"]) for f in findings] == [
        ("warning", written, typed)], findings
    assert f"type “{typed}”" in findings[0].message
    assert findings[0].line >= BODY_LINE - 2
    assert f"«\xa0{written}\xa0» est écrit en caractères d'un style à part" in findings[0].said("fr")


def test_the_fullwidth_digits_of_a_japanese_text_and_plain_styles_pass():
    assert not [f for f in check("保存期間は３０日です。", lang="ja") if f.rule == "editorial.styled"]
    assert not [f for f in check("Kept **30** days, *shared* m² H₂O ½ ① 1st.", lang="en")
                if f.rule == "editorial.styled"]
    assert not [f for f in check("```\n\U0001d7d1\U0001d7ce\n```", lang="en") if f.rule == "editorial.styled"]
