"""The translation checks read dates, article references and digits as each language writes them.

Synthetic pairs of one section, the source in one language and the translation in another: the same dates,
numbers and references written the way each language writes them give no finding; a changed one still does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import document, heading_numbers, strings, sync


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


SAME = [
    # adoption hunt 38: a paragraph that shows nothing, an anchor alone (a Word bookmark, a footnote's return), had its
    # tag read as the text: the digits of its id were numbers ("French has 2019; English has 77")
    ("fr", 'Nous sommes Acme.\n\n<span id="ref-2019"></span>', 'We are Acme.\n\n<span id="ref-77"></span>'),
    # adoption hunt 32: Dutch "artikel 13 en 14" reads both articles, a French year after "en" stays a year
    ("fr", "Modifié par l'article 5 en 2019.", "Amended by Article 5 in 2019."),
    ("nl", "Op grond van artikel 13 en 14 AVG.", "Under Articles 13 and 14 GDPR."),
    # adoption hunt 32: Catalan's month after "d'" written with a keyboard's apostrophe
    ("ca", "Vigent des de l'1 d'abril de 2023; data d'entrada en vigor: 1 d'agost de 2023.",
     "In force from 1 April 2023; effective date: 1 August 2023."),
    # adoption hunt 32: Czech and Slovak write a date with a space after each dot
    ("cs", "Účinné od 1. 3. 2023. Poplatek 1 500 Kč.", "Effective from 1 March 2023. Fee CZK 1,500."),
    # adoption hunt 32: the English ", (4)" for ", Abs. 4" was read as a number
    ("de", "Speicherdauer: 6 Jahre (§ 257 Abs. 1 Nr. 2, Abs. 4 HGB) bzw. 10 Jahre (§ 147 AO).",
     "Retention: 6 years (Section 257(1) no. 2, (4) HGB) or 10 years (Section 147 AO)."),
    ("de", "Diese Fassung gilt ab dem 1. März 2024 und ersetzt die Fassung vom 15. Mai 2022.",
     "This version applies from 1 March 2024 and replaces the version of 15 May 2022."),
    ("de", "Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO sowie § 26 BDSG.",
     "The legal basis is Article 6(1)(f) GDPR and § 26 BDSG."),
    ("de", "Gilt ab 01.03.2024.", "Applies from March 1st, 2024."),
    ("fr", "Base légale : article 6.1.f du RGPD, depuis le 1er mars 2024.",
     "Legal basis: Article 6(1)(f) GDPR, since the 1st of March 2024."),
    ("es", "Vigente desde el 1 de marzo de 2024 (artículos 13 y 14 del RGPD).",
     "In force since 1 March 2024 (Articles 13 and 14 GDPR)."),
    ("it", "In vigore dal 1° marzo 2024, articolo 7.", "In force since 1 March 2024, Article 7."),
    ("nl", "Geldig vanaf 1 maart 2024.", "Valid from 1 March 2024."),
    ("pl", "Obowiązuje od 1 marca 2024 r.", "In force from 1 March 2024."),
    ("pt", "Válido a partir de 1 de março de 2024.", "Valid from 1 March 2024."),
    ("ru", "Действует с 1 марта 2024 г. в течение 12 месяцев.", "In force from 1 March 2024 for 12 months."),
    ("ar", "يسري اعتبارًا من ٢٠٢٤-٠٣-٠١ لمدة ١٢ شهرًا.", "In force from 2024-03-01 for 12 months."),
    ("ja", "2024年3月1日から12か月間適用されます。", "Applies for 12 months from 1 March 2024."),
    ("it", "Base giuridica: art. 6, par. 1, lett. f) GDPR.", "Legal basis: Article 6(1)(f) GDPR."),
    ("nl", "Grondslag: artikel 6, lid 1, onder f AVG.", "Legal basis: Article 6(1)(f) GDPR."),
    ("pl", "Podstawa: art. 6 ust. 1 lit. f RODO.", "Legal basis: Article 6(1)(f) GDPR."),
    ("fr", "Base légale : article 6, paragraphe 1, point f) du RGPD.", "Legal basis: Article 6(1)(f) GDPR."),
    ("pt", "Fundamento: artigo 6.º, n.º 1, alínea f) do RGPD; art.º 7.º.",
     "Legal basis: Article 6(1)(f) GDPR; Article 7."),
    ("ar", "نحتفظ بالبيانات وفقاً للمادة ٣٠ من النظام.", "We keep the data under Article 30 of the Law."),
    ("he", "אנו שומרים את הנתונים בהתאם לסעיף 30 לחוק.", "We keep the data under Article 30 of the Law."),
    ("ja", "当社は法第30条に従いデータを保管します。", "We keep the data under Article 30 of the Act."),
    ("zh", "我们根据法律第三十条保存数据。", "We keep the data under Article 30 of the Law."),
    ("zh", "依据第一百零五条和第十五条。", "Under Articles 105 and 15."),
    ("el", "Διατηρούμε τα δεδομένα σύμφωνα με το άρθρο 30 του νόμου.", "We keep the data under Article 30 of the Law."),
    ("tr", "Verileri Kanunun 30. maddesi uyarınca saklarız.", "We keep the data under Article 30 of the Law."),
    ("ru", "В соответствии со статьей 30 закона.", "Under Article 30 of the Law."),
    ("he", "מדיניות זו בתוקף מיום 31 בדצמבר 2023.", "This policy is in force since December 31, 2023."),
    ("pt", "Esta política vale desde 31/12/2023.", "This policy is in force since 12/31/2023."),
    ("fr", "Valable du 01/03/2024 au 05/06/2024.", "Valid from 03/01/2024 to 06/05/2024."),  # US order
    ("fr", "Valable du 01/03/2024 au 05/06/2024.", "Valid from 01/03/2024 to 05/06/2024."),  # copied as written
    # a number in words in either language (adoption hunt 11: f_sync_number_words)
    ("de", "Audit-Protokolle werden 3 Jahre aufbewahrt.", "Audit logs are kept for three years."),
    ("fr", "Conservées pendant trois ans, puis 24 mois.", "Kept for 3 years, then twenty-four months."),
    ("es", "Se conservan durante tres años.", "Kept for 3 years."),
    ("it", "Conservati per tre anni.", "Kept for 3 years."),
    # "a third party", PIPA's own term, written with a digit (adoption hunt 13: f_korean_third_party)
    ("ko", "개인정보를 제3자에게 제공하지 않습니다. 제30조에 따라 12개월 보관합니다.",
     "We do not give personal data to third parties. We keep it 12 months under Article 30."),
    ("ja", "第3者に提供しません。", "We do not give it to third parties."),
    # number words in the case a retention period takes, and Greek (adoption hunt 13: f_number_words_inflected)
    ("pl", "Przechowujemy dane przez okres pięciu lat, potem dwudziestu czterech miesięcy.",
     "We keep the data for 5 years, then 24 months."),
    ("cs", "Údaje uchováváme po dobu pěti let, záznamy dvou let.", "We keep data for 5 years, records for 2 years."),
    ("ru", "Мы храним данные в течение пяти лет и восьми месяцев.", "We keep the data for 5 years and 8 months."),
    ("pl", "Przez dwanaście miesięcy, potem dwunastu tygodni.", "For 12 months, then 12 weeks."),
    ("el", "Διατηρούμε τα δεδομένα για πέντε έτη.", "We keep the data for 5 years."),
    # adoption hunt 17: "§ 26" written "Section 26"; thousands written the language's way; Nordic citations
    ("de", "Nach § 26 Abs. 1 BDSG und § 147 Abs. 3 AO, siehe Abschnitt 5.",
     "Under Section 26(1) BDSG and Section 147(3) AO, see section 5."),
    ("pl", "Kapitał zakładowy 50 000 zł, kara do 20 000 000 zł, 1 234,56 zł.",
     "Share capital PLN 50,000, fines up to PLN 20,000,000, PLN 1,234.56."),
    ("fr", "Au capital de 10 000 €.", "With a share capital of €10,000."),
    ("da", "Behandlingen sker efter artikel 6, stk. 1, litra b.", "Processing is based on Article 6(1)(b)."),
    ("no", "Behandlingen skjer etter artikkel 6 nr. 1 bokstav b.", "Processing is based on Article 6(1)(b)."),
    # adoption hunt 18: the trunk prefix (0) one language writes and the other leaves out
    ("de", "Telefon: +49 (0)30 1234567-0, Fax: +49 (0)30 1234567-99.", "Phone: +49 30 1234567-0, fax: +49 30 1234567-99."),
    ("fr", "Téléphone : +33 (0)1 23 45 67 89.", "Phone: +33 1 23 45 67 89."),
    # adoption hunt 18: what points inside an article, as Czech, Greek, Turkish, Japanese, Korean and Russian write it
    ("cs", "Zpracování probíhá podle čl. 6 odst. 1 písm. b) GDPR.", "Processing is based on Article 6(1)(b) GDPR."),
    ("el", "Η επεξεργασία βασίζεται στο άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ.", "Processing is based on Article 6(1)(b) GDPR."),
    ("tr", "Verileriniz KVKK’nın 5. maddesinin 2. fıkrasının (c) bendi uyarınca işlenir.",
     "Your data is processed under Article 5(2)(c) of the KVKK."),
    # adoption hunt 24: Turkish lawyers' abbreviations, the article's word first (f_tr_kvkk_m_article)
    ("tr", "Yurt dışına aktarım KVKK m. 9 ve KVKK md. 11 hükümlerine tabidir.",
     "Transfers abroad are subject to Articles 9 and 11 of the KVKK."),
    ("tr", "Aktarım Kanun'un madde 9 hükmüne, işleme KVKK m.5/2-c hükmüne tabidir.",
     "Transfers are subject to Article 9 of the Law, processing to Article 5(2)(c) of the KVKK."),
    ("ja", "個人情報保護法第27条第1項に基づき提供しません。", "Under Article 27(1) of the APPI, we do not provide it."),
    ("ko", "개인정보 보호법 제15조제1항제4호에 따라 처리합니다.", "We process it under Article 15(1)(4) of the PIPA."),
    ("ru", "Обработка осуществляется на основании п. 5 ч. 1 ст. 6 Федерального закона № 152-ФЗ.",
     "Processing is based on Article 6(1)(5) of Federal Law No. 152-FZ."),
    # adoption hunt 18: an Israeli law's name holds its Hebrew-calendar year, in letters, and the English one in digits
    ("he", 'בהתאם לחוק הגנת הפרטיות, התשמ"א-1981, ולתקנות אבטחת מידע, התשע"ז-2017.',
     "Under the Protection of Privacy Law, 5741-1981, and the Data Security Regulations, 5777-2017."),
    # adoption hunt 18: Japan's era years, Greek's ordinal first of the month, the Levant's month names
    ("ja", "令和7年1月1日制定、令和元年5月1日改定", "Established on January 1, 2025; revised on May 1, 2019"),
    ("el", "Η παρούσα πολιτική ισχύει από την 1η Ιανουαρίου 2025.", "This policy applies from 1 January 2025."),
    ("ar", "تسري هذه السياسة اعتبارًا من 1 كانون الثاني 2025 حتى 30 أيلول 2026.",
     "This policy applies from 1 January 2025 until 30 September 2026."),
    # adoption hunt 19: dates in their national form (f_national_date_forms): year first with a month's name or in
    # digits, Vietnamese's ngày … tháng … năm, Russian's day in guillemets, Thailand's Buddhist Era (2568 is 2025)
    ("hu", "Hatályos 2025. január 1. napjától, 2024.12.31-ig.", "In force from 1 January 2025 until 31 December 2024."),
    ("lt", "Taikoma nuo 2025 m. sausio 1 d.", "Applies from 1 January 2025."),
    ("lv", "Stājas spēkā 2025. gada 1. janvārī, aizstāj 2024. gada 3. marta politiku.",
     "In force from 1 January 2025, replacing the policy of 3 March 2024."),
    ("ko", "이 방침은 2025. 1. 1.부터 적용됩니다.", "This policy applies from 1 January 2025."),
    ("ja", "制定日：2025/01/02", "Established on 2 January 2025."),
    ("zh", "生效日期：2025/1/2", "Effective date: 2 January 2025."),
    ("vi", "Có hiệu lực từ ngày 01 tháng 02 năm 2025.", "In force from 1 February 2025."),
    ("ru", "Действует с «1» января 2025 г.", "In force from 1 January 2025."),
    # adoption hunt 34: "1st of March, 2023" (a comma after the month)
    ("fr", "En vigueur le 1er mars 2023, publié le 2 février 2023.", "In force on 1st of March, 2023, published on 2 February, 2023."),
    # adoption hunt 34: Taiwan's Republic of China years (民國112年 is 2023)
    ("zh-TW", "本政策自中華民國112年3月1日起生效，民國113年1月2日修訂。", "Effective from 1 March 2023, revised on 2 January 2024."),
    ("th", "มีผลบังคับใช้ตั้งแต่วันที่ 1 มกราคม 2568 และ ๓๑/๑๒/๒๕๖๘", "In force from 1 January 2025 and 31/12/2025."),
    # adoption hunt 19: times of day on the 24-hour clock against the 12-hour clock (f_clock_times_12h)
    ("de", "Erreichbar von 9:00 bis 17:00 Uhr, samstags 9.30–12.00 Uhr.",
     "Open from 9:00 a.m. to 5:00 p.m., on Saturdays 9:30 AM to 12 PM."),
    ("fr", "Joignable de 9 h à 17 h 30, réponse sous 24 h.", "Reachable from 9 a.m. to 5:30 p.m., answer within 24 hours."),
    ("ja", "受付時間は平日10時～18時（土曜は午前9時～午後1時）です。", "Weekdays 10 a.m. to 6 p.m. (Saturdays 9 am to 1 pm)."),
    ("ko", "상담 시간: 오전 9시부터 오후 6시까지", "Hours: 9 a.m. to 6 p.m."),
    ("pt", "Das 9h às 18h.", "From 9 am to 6 pm."),
    ("es", "De 9:00 a 17:00 horas.", "From 9 a. m. to 5 p. m."),
    # adoption hunt 19: amounts in myriads against millions (f_cjk_myriad_amounts), and in each one's millions
    ("zh", "处五千万元以下罚款，注册资本为人民币5000万元，或1.5亿元。",
     "Fines of up to RMB 50 million, a registered capital of RMB 50,000,000, or RMB 150 million."),
    ("ja", "売上高の4%または2,000万ユーロ", "4% of turnover or EUR 20 million"),
    ("ko", "최대 2천만 유로 또는 매출액의 4%", "up to EUR 20 million or 4% of turnover"),
    ("de", "Bis zu 20 Mio. Euro oder 1,5 Mrd. Euro.", "Up to EUR 20,000,000 or EUR 1.5 billion."),
    ("pl", "Do 20 mln zł.", "Up to PLN 20 million."),
    # adoption hunt 20: quantities in Han numerals before a counter (f_han_numeral_quantities), and words with a
    # numeral in them that are no quantity
    ("zh", "不满十四周岁的未成年人，十五个工作日内，营业额百分之五，二十四小时，保存三年，两周。",
     "Minors under 14, within 15 working days, 5% of turnover, 24 hours, kept for 3 years, two weeks."),
    ("zh-TW", "三十日內回覆，本條第二款，第三章，十二月三十一日前。",
     "Reply within 30 days, paragraph 2 of this Article, Chapter 3, before the end of the year."),
    ("zh", "依据第十三条第一款第二项。", "Under Article 13, paragraph 1, item 2."),
    ("ja", "第二十七条第一項第二号に基づき、三か月以内に、十六歳未満。",
     "Under Article 27, paragraph 1, item 2, within 3 months, under 16."),
    ("zh", "一般情况下，第三方、第二年、唯一、同一个人、一个或多个、十分重要、万一、一切、统一、一部、二次开发、三分之一。",
     "In general, third parties, the second year, only, the same person, one or more, very important, in case, all, "
     "unified, a part, further development, a third."),
    # adoption hunt 20 (observation): what a myriad leaves over is part of its amount
    ("ja", "手数料2万5千円、会員1万2000人、一万五千件。", "A fee of JPY 25,000, 12,000 members, 15,000 cases."),
    ("ko", "수수료 2만 5천 원", "A fee of KRW 25,000"),
    # adoption hunt 20 (observation): a month and year in digits is its year, as a month's name and its year are
    ("de", "Stand: 01/2025. Gültig seit 03.2024, Verordnung (EU) 2016/679.",
     "Last updated: January 2025. Valid since March 2024, Regulation (EU) 2016/679."),
    ("ja", "2025年1月改定", "Revised in January 2025."),
    # adoption hunt 20 (observation): a share of a hundred is a percentage
    ("ko", "전체 매출액의 100분의 3 이하", "up to 3% of total turnover"),
    ("ja", "売上高の100分の3", "3 percent of turnover"),
    # adoption hunt 29: a numeric date with hyphens, as Dutch, Danish and Portuguese write it, was three numbers
    ("nl", "Laatst bijgewerkt: 1-3-2023. Het contract loopt tot 31-12-2025.", "Last updated: 1 March 2023. The contract "
     "runs until 31 December 2025."),
    ("da", "Opdateret 01-03-2023.", "Updated 03-01-2023."),  # month first, as the United States write it
    # adoption hunt 29: enclosed numbers, as Korean, Japanese and Chinese texts number paragraphs, are numbers
    ("ko", "① 회사는 개인정보를 처리합니다. ②보유 기간은 다음과 같습니다.", "(1) The company processes personal data. (2) The "
     "retention periods are as follows."),
    ("ja", "⑴ サービスの提供 ⑵ お問い合わせへの対応", "(1) Providing the service (2) Responding to enquiries"),
    ("zh", "㈠ 收集信息 ㈡ 使用信息", "(1) Collecting information (2) Using information"),
    # adoption hunt 29: English's "sentence" (Satz), "subpara." (UAbs.) and "no." (Nr.) inside an article
    ("de", "Art. 6 Abs. 1 S. 1 lit. f DSGVO; Art. 49 Abs. 1 UAbs. 1 lit. a DSGVO; § 15 Abs. 3 Nr. 2 TMG.",
     "Art. 6 para. 1 sentence 1 lit. f GDPR; Art. 49 para. 1 subpara. 1 lit. a GDPR; Section 15 para. 3 no. 2 TMG."),
    # scripts task, finding 5: India's grouping in lakhs and crores (1,00,000 is 100,000; 1,50,00,000 is 15,000,000)
    ("hi", "₹1,00,000 तक का जुर्माना, ₹1,50,00,000 तक, ₹12,34,567.50 भी।",
     "A fine of up to ₹100,000, up to ₹15,000,000, ₹1,234,567.50 too."),
    ("fr", "Une amende de 100 000 €.", "A fine of ₹1,00,000."),
    # adoption hunt 43: Arabic marks a Gregorian year with م (ميلادي), against its digits alone in English
    ("ar", "تسري هذه السياسة من 1 مارس 2022م، وتحل محل سياسة ١٥ يناير ٢٠٢٠م.",
     "This policy applies from 1 March 2022 and replaces the policy of 15 January 2020."),
    # adoption hunt 44: a deed's "the 1st day of March, 2022" and a spreadsheet's "1-Mar-2022" are dates (an imported
    # text's "Effective Date: 1-Mar-2022" line gave no day, and the French date was said missing from the English)
    ("fr", "En vigueur le 1er mars 2022, signée le 1er mars 2022.",
     "Effective as of the 1st day of March, 2022, signed 1-Mar-2022."),
]


@pytest.mark.parametrize(("lang", "source", "translation"), SAME, ids=[f"{case[0]}-{n}" for n, case in
                                                                        enumerate(SAME)])
def test_the_same_dates_numbers_and_references_in_two_languages_give_no_finding(lang, source, translation):
    findings = sync.compare(page(source, lang), page(translation, "en"))
    assert [f for f in findings if f.rule in ("sync.dates", "sync.numbers", "sync.articles")] == [], findings


def test_phone_numbers_kept_on_one_line_by_no_break_spaces_or_hyphens_are_phone_numbers():
    """Adoption hunt 26: `+33 1 23 45 67 89` with French no-break spaces (U+00A0, U+202F) or Word's non-breaking
    hyphen (U+2011) was six numbers, no phone, against the English "+33 1 23 45 67 89"."""
    french = page("Appelez le +33\u00a01\u00a023\u00a045\u00a067\u00a089, le +33\u202f1\u202f98\u202f76\u202f54\u202f32 ou "
                  "le +33\u20111\u201155\u201144\u201133\u201122.", "fr")
    english = page("Call +33 1 23 45 67 89, +33 1 98 76 54 32 or +33 1 55 44 33 22.", "en")
    assert [f for f in sync.compare(french, english) if f.rule in ("sync.phones", "sync.numbers")] == []


@pytest.mark.parametrize(("lang", "source", "translation", "rule"), [
    ("de", "Gilt ab dem 1. März 2024.", "Applies from 1 April 2024.", "sync.dates"),
    ("de", "Art. 6 Abs. 1 lit. f DSGVO.", "Article 9(1)(f) GDPR.", "sync.articles"),
    ("ar", "لمدة ١٢ شهرًا.", "For 13 months.", "sync.numbers"),
    ("de", "Werden 3 Jahre aufbewahrt.", "Kept for four years.", "sync.numbers"),
    ("fr", "Conservées pendant trois ans.", "Kept for 3 years and 2 months.", "sync.numbers"),
    ("zh", "依据第三十条。", "Under Article 31.", "sync.articles"),
    ("ko", "제3자에게 12개월 동안 제공합니다.", "Given to third parties for 13 months.", "sync.numbers"),
    ("fr", "Valable du 01/03/2024 au 05/06/2024.", "Valid from 03/01/2024 to 05/06/2024.", "sync.dates"),  # mixed
    ("pl", "Przez okres pięciu lat.", "For 6 years.", "sync.numbers"),
    ("el", "Για πέντε έτη.", "For 6 years.", "sync.numbers"),
    ("pl", "Kapitał 50 000 zł.", "Capital PLN 51,000.", "sync.numbers"),
    ("de", "Telefon: +49 (0)30 1234567-0.", "Phone: +49 30 1234567-1.", "sync.phones"),
    ("ja", "令和7年1月1日制定", "Established on January 1, 2026", "sync.dates"),
    ("ru", "на основании п. 5 ч. 1 ст. 6 закона.", "under Article 7(1)(5) of the law.", "sync.articles"),
    ("he", 'חוק הגנת הפרטיות, התשמ"א-1981.', "Protection of Privacy Law, 5742-1981.", "sync.numbers"),
    ("cs", "podle čl. 6 odst. 1 písm. b) GDPR.", "under Article 9(1)(b) GDPR.", "sync.articles"),
    ("hu", "Hatályos 2025. január 1. napjától.", "In force from 2 January 2025.", "sync.dates"),
    ("ja", "制定日：2025/01/02", "Established on 1 February 2025.", "sync.dates"),  # year first: never month first
    ("nl", "Geldig tot 01-03-2024.", "Valid until 2 March 2024.", "sync.dates"),
    ("ko", "① 수집 ③ 이용", "(1) Collection (2) Use", "sync.numbers"),
    ("th", "ตั้งแต่วันที่ 1 มกราคม 2568", "From 1 January 2568.", "sync.dates"),
    ("lv", "Stājas spēkā 2025. gada 1. janvārī.", "In force from 1 January 2026.", "sync.dates"),
    ("de", "Von 9:00 bis 17:00 Uhr.", "From 9 a.m. to 5 a.m.", "sync.numbers"),
    ("fr", "De 9 h à 17 h 30.", "From 9 a.m. to 5 p.m.", "sync.numbers"),
    ("ja", "10時～18時", "10 a.m. to 8 p.m.", "sync.numbers"),
    ("zh", "处五千万元以下罚款。", "Fines of up to RMB 5 million.", "sync.numbers"),
    ("ja", "2,000万ユーロ", "EUR 2 million", "sync.numbers"),
    ("zh", "不满十四周岁的未成年人。", "Minors under 16.", "sync.numbers"),
    ("zh", "营业额百分之五。", "6% of turnover.", "sync.numbers"),
    ("ja", "三か月以内。", "Within 4 months.", "sync.numbers"),
    ("ja", "手数料2万5千円。", "A fee of JPY 26,000.", "sync.numbers"),
    ("de", "Stand: 01/2025.", "Last updated: January 2026.", "sync.numbers"),
    ("ko", "매출액의 100분의 3 이하", "up to 4% of turnover", "sync.numbers"),
    ("tr", "Aktarım KVKK m. 9 hükmüne tabidir.", "Transfers are subject to Article 8 of the KVKK.", "sync.articles"),
    ("tr", "İşleme KVKK m.5/2-c hükmüne tabidir.", "Processing is subject to Article 6(2)(c) of the KVKK.",
     "sync.articles"),
    # security hunt 30: inline HTML between two digits: the reader sees 30, which no "3 days, 0 fees" says
    ("fr", "Conservées 3<span>0</span> jours, sans frais.", "Kept 3 days, 0 fees.", "sync.numbers"),
    ("fr", "Conservées 3<sub></sub>0 jours, sans frais.", "Kept 3 days, 0 fees.", "sync.numbers"),
    ("hi", "₹1,00,000 का जुर्माना।", "A fine of ₹1,000,000.", "sync.numbers"),
])
def test_a_changed_date_reference_or_number_is_still_found(lang, source, translation, rule):
    findings = sync.compare(page(source, lang), page(translation, "en"))
    assert [f.rule for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == [rule], findings
    assert f"{strings.language_name(lang)} has" in findings[0].message


def test_a_language_is_named_in_english_from_its_code():
    assert [strings.language_name(code) for code in ("fr", "de", "pt-BR", "ar", "zz")] == \
        ["French", "German", "Portuguese", "Arabic", "zz"]


def test_a_section_of_a_law_changed_in_the_translation_is_still_found():
    findings = sync.compare(page("Nach § 26 BDSG.", "de"), page("Under Section 27 BDSG.", "en"))
    assert "sync.articles" in [f.rule for f in findings], findings


# "Article 6(1)(b)" as each official language version of the GDPR writes it (EUR-Lex), then the short forms
# lawyers write (adoption hunt 19: f_article_citation_eu_languages): number first (hu, fi, lt, lv), parts before
# the article (sl, vi), part numbers in brackets or quotes (ro `alin. (1)`, bg `буква „б“`), ordinal dots (hr).
ARTICLE_6_1_B = [
    ("bg", "член 6, параграф 1, буква б)"), ("cs", "článek 6 odst. 1 písm. b)"), ("da", "artikel 6, stk. 1, litra b)"),
    ("de", "Artikel 6 Absatz 1 Buchstabe b"), ("el", "άρθρο 6 παράγραφος 1 στοιχείο β)"),
    ("es", "artículo 6, apartado 1, letra b)"), ("et", "artikli 6 lõike 1 punkt b"), ("fi", "6 artiklan 1 kohdan b alakohta"),
    ("fr", "article 6, paragraphe 1, point b)"), ("ga", "Airteagal 6(1)(b)"), ("hr", "članak 6. stavak 1. točka (b)"),
    ("hu", "6. cikk (1) bekezdésének b) pontja"), ("it", "articolo 6, paragrafo 1, lettera b)"),
    ("lt", "6 straipsnio 1 dalies b punktas"), ("lv", "6. panta 1. punkta b) apakšpunkts"), ("mt", "l-Artikolu 6(1)(b)"),
    ("nl", "artikel 6, lid 1, onder b)"), ("pl", "art. 6 ust. 1 lit. b)"), ("pt", "artigo 6.º, n.º 1, alínea b)"),
    ("ro", "articolul 6 alineatul (1) litera (b)"), ("sk", "článok 6 ods. 1 písm. b)"), ("sl", "točka (b) člena 6(1)"),
    ("sv", "artikel 6.1 b"),
    ("hu", "a GDPR 6. cikk (1) bekezdés b) pontja"), ("hr", "članak 6. stavak 1. točka (b) GDPR-a"),
    ("lt", "BDAR 6 str. 1 d. b p."), ("ro", "art. 6 alin. (1) lit. b) din GDPR"), ("sk", "čl. 6 ods. 1 písm. b) GDPR"),
    ("bg", "чл. 6, пар. 1, буква „б“ от ОРЗД"), ("sl", "6. člena Splošne uredbe"), ("et", "§ 6 lg 1 punkt b"),
    ("id", "Pasal 6 ayat (1) huruf b UU PDP"), ("vi", "điểm b khoản 1 Điều 6 Nghị định"),
]
CITATION_IDS = [f"{lang}-{n}" for n, (lang, _) in enumerate(ARTICLE_6_1_B)]


# Each cited after a word: a line that begins "6. cikk" is an ordered list's item.
@pytest.mark.parametrize(("lang", "citation"), ARTICLE_6_1_B, ids=CITATION_IDS)
def test_article_6_1_b_as_each_language_writes_it_is_article_6(lang, citation):
    findings = sync.compare(page(f"GDPR: {citation}.", lang), page("GDPR: Article 6(1)(b).", "en"))
    assert [f for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == [], findings


@pytest.mark.parametrize(("lang", "citation"), ARTICLE_6_1_B, ids=CITATION_IDS)
def test_another_article_against_each_language_s_citation_is_still_found(lang, citation):
    findings = sync.compare(page(f"GDPR: {citation}.", lang), page("GDPR: Article 7(1)(b).", "en"))
    assert [f.rule for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == ["sync.articles"]


@pytest.mark.parametrize(("lang", "citation"), ARTICLE_6_1_B, ids=CITATION_IDS)
def test_a_number_after_each_language_s_citation_is_still_compared(lang, citation):
    findings = sync.compare(page(f"GDPR: {citation}; 30.", lang), page("GDPR: Article 6(1)(b); 31.", "en"))
    assert [f.rule for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == ["sync.numbers"]


# Several articles as Italian, Spanish, Portuguese and German lawyers abbreviate them (`artt.`, `arts.`), or as
# Dutch, Swedish and Danish name them (`artikelen`, `artiklarna`), a range written with a hyphen, "a", "tot en met"
# (adoption hunt 32: "artt. 15-22 del GDPR" against "Articles 15 to 22 GDPR" was sync.articles and sync.numbers on a
# correct translation).
@pytest.mark.parametrize(("lang", "citation"), [("it", "artt. 15-22 del GDPR"), ("it", "artt. 15–22 GDPR"),
                                                ("es", "arts. 15 a 22 del RGPD"), ("pt", "arts. 15 a 22 do RGPD"),
                                                ("de", "Artt. 15 – 22 DSGVO"), ("it", "articoli 15 e 22"),
                                                ("nl", "artikelen 15 tot en met 22 AVG"),
                                                ("sv", "artiklarna 15–22 i dataskyddsförordningen"),
                                                ("da", "artiklerne 15 til 22")])
def test_articles_abbreviated_or_in_a_range_are_those_articles(lang, citation):
    findings = sync.compare(page(f"GDPR: {citation}; 30.", lang), page("GDPR: Articles 15 to 22; 30.", "en"))
    assert [f for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == [], findings
    findings = sync.compare(page(f"GDPR: {citation}; 30.", lang), page("GDPR: Articles 15 to 21; 30.", "en"))
    assert [f.rule for f in findings if f.rule.startswith("sync.") and f.rule != "sync.date"] == ["sync.articles"]


def test_a_count_written_with_a_zero_before_it_is_that_count():
    """Adoption hunt 32: Vietnamese "trong 05 năm" against "for 5 years" was sync.numbers; 05 against 6 still is."""
    same = sync.compare(page("Lưu trữ trong 05 năm, phí 50.000 đồng.", "vi"), page("Kept 5 years, fee VND 50,000.", "en"))
    assert [f for f in same if f.rule.startswith("sync.") and f.rule != "sync.date"] == [], same
    changed = sync.compare(page("Lưu trữ trong 05 năm.", "vi"), page("Kept 6 years.", "en"))
    assert [f.rule for f in changed if f.rule.startswith("sync.") and f.rule != "sync.date"] == ["sync.numbers"]


def test_a_thai_last_update_line_states_its_buddhist_era_month_as_the_gregorian_month():
    [(_, dates)] = sync.stated_dates("ปรับปรุงล่าสุด: มกราคม 2568", "th")
    assert sync.states(dates, dt.date(2025, 1, 15)) and not sync.states(dates, dt.date(2568, 1, 15))


def test_han_numerals_are_read_with_their_units_or_digit_by_digit_for_a_year():
    assert [heading_numbers.han_number(text) for text in ("十五", "二十四", "一百零五", "两", "二〇二五", "14")] == \
        [15, 24, 105, 2, 2025, 14]


def test_a_date_line_may_write_its_month_in_digits():
    assert [dates for line in ("Stand: 01/2025", "Stand: 01.2025", "最終更新：2025年1月")
            for _, dates in sync.stated_dates(line, "de")] == [{"2025-01"}] * 3


@pytest.mark.parametrize(("lang", "source", "translation", "found"), [
    ("de", "https://policies.google.com/privacy?hl=de", "https://policies.google.com/privacy?hl=en", False),
    ("de", "https://www.edoeb.admin.ch/edoeb/de/home.html", "https://www.edoeb.admin.ch/edoeb/en/home.html", False),
    ("de", "https://privacy.microsoft.com/de-de/privacystatement", "https://privacy.microsoft.com/en-us/privacystatement",
     False),
    ("de", "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679",
     "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679", False),
    ("pt-BR", "https://pt-br.facebook.com/policy.php", "https://en-gb.facebook.com/policy.php", False),
    ("de", "https://example.com/de/a", "https://example.net/en/a", True),  # another site
    ("de", "https://example.com/de/a", "https://example.com/en/b", True),  # another page
    ("de", "https://example.com/a?hl=de", "https://example.com/a?hl=fr", True),  # another language than the text's
])
def test_the_same_page_linked_in_each_readers_language_is_the_same_link(lang, source, translation, found):
    """Adoption hunt 29: a translation linking the page it cites in its reader's language (Google's policy with
    `?hl=en`, the FDPIC's `/en/` pages, EUR-Lex's `/EN/`) was a sync.links finding, refused at the first edit."""
    findings = sync.compare(page(f"Read [this]({source}).", lang), page(f"Read [this]({translation}).", "en"))
    assert [f.rule for f in findings if f.rule == "sync.links"] == (["sync.links"] if found else [])


@pytest.mark.parametrize(("lang", "line"), [("de", "Stand: 1. März 2023"), ("da", "Sidst opdateret: 1. marts 2023"),
                                            ("cs", "Poslední aktualizace: 1. března 2023"),
                                            ("no", "Sist oppdatert: 1. mars 2023"),
                                            # adoption hunt 34: a comma after the month, an ISO date with its time
                                            ("en", "Last updated: 1st of March, 2023"),
                                            ("en", "Last updated: 2023-03-01T10:00:00Z")])
def test_a_date_line_writing_the_day_with_its_ordinal_dot_states_that_day(lang, line):
    """Adoption hunt 29: `Stand: 1. März 2023` was cut after “1.” (a capital follows), leaving the month alone: a page
    dated 15 March with that line was no structure.date-stated finding, and the page showed both days."""
    [(sentence, dates)] = sync.stated_dates(line, lang)
    assert sentence == line and dates == {"2023-03-01"}
    assert not sync.states(dates, dt.date(2023, 3, 15))
    assert sync.split_sentences("We keep it 30 days. Then we delete it.") == ["We keep it 30 days.", "Then we delete it."]


def test_a_translation_dated_otherwise_is_told_on_its_date_line_which_date_to_set():
    """Words 25: `[sync.date] Polish is dated 2024-03-01, English is dated 2024-03-02` named line 2 whatever line the
    translation's `date:` is on, and left the fix to guess."""
    from policysite import document, sync

    source = document.parse("---\ndate: 2024-03-01\n---\n# P\n\n## 1. A\n\nB.\n", path="docs/pl/index.md", lang="pl")
    translation = document.parse("---\nsummary: New.\nchange: editorial\ndate: 2024-03-02\n---\n# P\n\n## 1. A\n\nB.\n",
                                 path="docs/en/index.md", lang="en")
    found = [f for f in sync.compare(source, translation) if f.rule == "sync.date"]
    assert [(f.line, f.message) for f in found] == [
        (4, "Polish is dated March 1, 2024, English is dated March 2, 2024: both texts of a version carry its date; set "
            "`date: 2024-03-01` here, or change both")]


def test_a_count_of_blocks_is_said_in_its_numbers_form():
    """Words 25: "French has 3 list item(s), English has 2", the findings a legal team reads most, with "(s)"."""
    from policysite import document, sync

    def policy(body: str, lang: str) -> document.Policy:
        return document.parse(f"---\ndate: 2024-03-01\n---\n# P\n\n## 1. A\n\n{body}", path=f"docs/{lang}/index.md",
                              lang=lang)

    found = sync.compare(policy("- a\n- b\n- c\n\nUn.\n", "fr"), policy("- a\n- b\n\nOne.\n\nTwo.\n", "en"))
    assert sorted(f.message for f in found if f.rule in ("sync.list-items", "sync.paragraphs")) == [
        "§1: French has 1 paragraph, English has 2", "§1: French has 3 list items, English has 2"]


def test_texts_without_a_hebrew_year_or_han_numeral_skip_their_search_and_read_the_same():
    """The Hebrew year (its first letter ת) and Han quantities (a Han numeral) are searched only in a text holding
    the letter or a numeral: the searches tried every character of every block of every page, for none."""
    assert sync._hebrew_years('חוק הגנת הפרטיות, התשמ"א-1981') == 'חוק הגנת הפרטיות,  5741 -1981'
    assert sync._hebrew_years("שלום עולם") == "שלום עולם" == sync.HEBREW_YEAR.sub(sync._hebrew_year, "שלום עולם")
    for text in ("保存十五个月", "第三十条", "百分之五", "Conservées 3 ans", "保存期限为三年", "五千万"):
        assert sync._HAN_DIGITS.isdisjoint(text) == (sync.HAN_QUANTITY.search(text) is None and not any(
            c in text for c in sync._HAN_NUMERALS)), text
    assert not sync._HAN_DIGITS.isdisjoint("保存十五个月") and sync._HAN_DIGITS.isdisjoint("Conservées 3 ans")


# An article numbered in Roman numerals, as treaties, constitutions and statutes number theirs: "l'article IV"
# translated "Article 4" was "French has none; English has 4" (a correct translation refused), and "l'article III"
# translated "Article II" (the wrong article) was no finding at all (both unread).
@pytest.mark.parametrize(("source", "translation", "said"), [
    ("Conformément à l'article IV de la Convention.", "Under Article 4 of the Convention.", []),
    ("Voir les articles III et IV bis.", "See Articles 3 and 4a.", []),
    ("Voir l'article XIV et l'article 5.", "See Article 14 and Article 5.", []),
    ("Voir l'article III.", "See Article II.", ["§1: article references differ: French has 3; English has 2"]),
    ("Voir l'article IV de la Convention.", "See Article 5 of the Convention.",
     ["§1: article references differ: French has 4; English has 5"]),
    # French codes' legislative articles are no article 50; Brazilian `art. 7º, IX` is article 7's item IX
    ("Voir l'article L. 34-5 du Code.", "See Article L. 34-5 of the Code.", []),
    ("Conforme o art. 7º, IX, da LGPD.", "Under Article 7(IX) of the LGPD.", []),
])
def test_an_article_cited_in_roman_numerals_is_that_article(source, translation, said):
    assert [f.message for f in sync.compare(page(source, "fr"), page(translation, "en"))
            if f.rule.startswith("sync.") and f.rule != "sync.date"] == said


@pytest.mark.parametrize(("source", "translation", "said"), [
    ("Voir l'article 12-1.", "See Article 12 bis.", []),  # the article inserted after 12, as its heading reads
    ("Voir l'article 12-1.", "See Article 12a.", []),
    ("Voir l'article 12-1.", "See Article 12.", ["§1: article references differ: French has 12 bis; English has 12"]),
    ("Voir les articles 45-47.", "See Articles 45 to 47.", []),  # a range
    ("Voir l'article L. 34-5 du Code.", "See Article L. 34-5 of the Code.", []),
])
def test_an_article_cited_as_12_1_is_the_article_inserted_after_12(source, translation, said):
    """Texts 27: `Article 12-1 – …` is the article inserted after 12 (its heading is §12 bis); cited `l'article 12-1`
    it was articles 12 and 1, its translation `Article 12 bis` said to differ."""
    assert [f.message for f in sync.compare(page(source, "fr"), page(translation, "en"))
            if f.rule.startswith("sync.") and f.rule != "sync.date"] == said
