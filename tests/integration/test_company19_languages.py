"""company19: a site whose texts are in Russian, Ukrainian, Romanian, Hungarian, Indonesian, Vietnamese, Thai or Hindi
(Hungarian and Hindi: company20) read its own words ("Last updated", the history, the redline) in English beside the
local text, and `policy init` said so. Each is built here from two synthetic versions, as a company's adoption types
it (`policy init`, `policy import`, `policy export`): the version's page, the history and the redline say the site's
words in the language, the theme's (Material's) too, and no English label is left."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)
from policysite import init
from policysite.strings import REDLINE_STRINGS, STRINGS

DAYS = ("2024-03-01", "2025-01-15")

# Per language: its two texts (the second version's retention period changed, a section added), and words of the
# site, the theme and the dates each page must say in it.
SITES: dict[str, dict[str, object]] = {
    "ru": {
        "text": lambda months, extra: (
            "# Политика конфиденциальности\n\n## 1. Оператор\n\nООО «Пример» обрабатывает персональные данные "
            "пользователей сервиса.\n\n## 2. Сроки хранения\n\nМы храним персональные данные в течение "
            f"{months} месяцев.\n" + ("\n## 3. Права субъекта данных\n\nВы вправе потребовать удаления своих "
                                      "персональных данных.\n" if extra else "")),
        "page": ("Редакция от 15 января 2025 г.", "История редакций", "Сравнить две редакции"),
        "history": ("История редакций", "действующая", "Первая опубликованная редакция."),
        "changes": ("Изменения между редакцией от 1 марта 2024 г. и редакцией от 15 января 2025 г.",
                    "1 изменённый раздел", "1 добавленный раздел", "Условные обозначения"),
        "theme": ("Перейти к содержанию",),
    },
    "uk": {
        "text": lambda months, extra: (
            "# Політика конфіденційності\n\n## 1. Володілець\n\nТОВ «Приклад» обробляє персональні дані "
            "користувачів сервісу.\n\n## 2. Строки зберігання\n\nМи зберігаємо персональні дані протягом "
            f"{months} місяців.\n" + ("\n## 3. Права суб’єкта персональних даних\n\nВи маєте право вимагати "
                                      "знищення своїх персональних даних.\n" if extra else "")),
        "page": ("Редакція від 15 січня 2025", "Історія редакцій", "Порівняти дві редакції"),
        "history": ("Історія редакцій", "чинна", "Перша опублікована редакція.", "до 14 січня 2025"),
        "changes": ("Зміни між редакцією від 1 березня 2024", "1 змінений розділ", "1 доданий розділ",
                    "Умовні позначення"),
        "theme": ("Перейти до змісту",),
    },
    "ro": {
        "text": lambda months, extra: (
            "# Politica de confidențialitate\n\n## 1. Operatorul\n\nExemplu SRL prelucrează datele cu caracter "
            "personal ale utilizatorilor serviciului.\n\n## 2. Perioada de stocare\n\nPăstrăm datele cu caracter "
            f"personal timp de {months} de luni.\n" + ("\n## 3. Drepturile persoanei vizate\n\nAveți dreptul să "
                                                     "solicitați ștergerea datelor dumneavoastră.\n" if extra else "")),
        "page": ("Versiunea din 15 ianuarie 2025", "Istoricul versiunilor", "Comparați două versiuni"),
        "history": ("Istoricul versiunilor", "în vigoare", "Prima versiune publicată.",
                    "până la 14 ianuarie 2025 inclusiv"),
        "changes": ("Modificări de la versiunea din 1 martie 2024 la versiunea din 15 ianuarie 2025",
                    "1 secțiune modificată", "1 secțiune adăugată", "Legendă"),
        "theme": ("Sari la conținut",),
    },
    "hi": {
        "text": lambda months, extra: (
            "# गोपनीयता नीति\n\n## 1. डेटा न्यासी\n\nउदाहरण प्राइवेट लिमिटेड सेवा के उपयोगकर्ताओं के व्यक्तिगत डेटा का "
            "प्रसंस्करण करती है।\n\n## 2. प्रतिधारण अवधि\n\nहम व्यक्तिगत डेटा "
            f"{months} महीनों तक रखते हैं।\n" + ("\n## 3. डेटा प्रधान के अधिकार\n\nआप अपने व्यक्तिगत डेटा को मिटाने का "
                                               "अनुरोध कर सकते हैं।\n" if extra else "")),
        "page": ("15 जनवरी 2025 का संस्करण", "संस्करण इतिहास", "दो संस्करणों की तुलना करें"),
        "history": ("संस्करण इतिहास", "लागू", "पहला प्रकाशित संस्करण।",
                    "1 मार्च 2024 से 14 जनवरी 2025 तक (दोनों दिन सम्मिलित) लागू"),
        "changes": ("1 मार्च 2024 के संस्करण से 15 जनवरी 2025 के संस्करण तक परिवर्तन", "1 बदला गया खंड",
                    "1 जोड़ा गया खंड", "संकेत"),
        "theme": ("विषय पर बढ़ें",),
    },
    "hu": {
        "text": lambda months, extra: (
            "# Adatvédelmi tájékoztató\n\n## 1. Az adatkezelő\n\nA Példa Kft. kezeli a szolgáltatás felhasználóinak "
            "személyes adatait.\n\n## 2. Az adatkezelés időtartama\n\nA személyes adatokat "
            f"{months} hónapig őrizzük meg.\n" + ("\n## 3. Az érintett jogai\n\nÖn kérheti személyes adatainak "
                                                 "törlését.\n" if extra else "")),
        "page": ("2025. január 15. napján kelt változat", "Változatok története", "Két változat összehasonlítása"),
        "history": ("Változatok története", "hatályos", "Az első közzétett változat.",
                    "2024. március 1. napjától 2025. január 14. napjáig"),
        "changes": ("Módosítások a 2024. március 1. napján kelt változattól a 2025. január 15. napján kelt "
                    "változatig", "1 módosított szakasz", "1 hozzáadott szakasz", "Jelmagyarázat"),
        "theme": ("Kihagyás",),
    },
    "id": {
        "text": lambda months, extra: (
            "# Kebijakan Privasi\n\n## 1. Pengendali Data Pribadi\n\nPT Contoh memproses data pribadi pengguna "
            "layanan.\n\n## 2. Masa Retensi\n\nKami menyimpan data pribadi selama "
            f"{months} bulan.\n" + ("\n## 3. Hak Subjek Data Pribadi\n\nAnda berhak meminta penghapusan data "
                                   "pribadi Anda.\n" if extra else "")),
        "page": ("Versi tanggal 15 Januari 2025", "Riwayat versi", "Bandingkan dua versi"),
        "history": ("Riwayat versi", "berlaku", "Versi pertama yang diterbitkan.",
                    "Berlaku dari 1 Maret 2024 sampai dengan 14 Januari 2025"),
        "changes": ("Perubahan dari versi tanggal 1 Maret 2024 ke versi tanggal 15 Januari 2025",
                    "1 bagian diubah", "1 bagian ditambahkan", "Keterangan"),
        "theme": ("Lewati ke isi",),
    },
    "vi": {
        "text": lambda months, extra: (
            "# Chính sách quyền riêng tư\n\n## 1. Bên kiểm soát dữ liệu\n\nCông ty TNHH Ví Dụ xử lý dữ liệu cá "
            "nhân của người dùng dịch vụ.\n\n## 2. Thời hạn lưu trữ\n\nChúng tôi lưu trữ dữ liệu cá nhân trong "
            f"{months} tháng.\n" + ("\n## 3. Quyền của chủ thể dữ liệu\n\nBạn có quyền yêu cầu xóa dữ liệu cá "
                                    "nhân của mình.\n" if extra else "")),
        "page": ("Phiên bản ngày 15 tháng 1, 2025", "Lịch sử phiên bản", "So sánh hai phiên bản"),
        "history": ("Lịch sử phiên bản", "đang có hiệu lực", "Phiên bản đầu tiên được công bố.",
                    "Có hiệu lực từ 1 tháng 3, 2024 đến hết ngày 14 tháng 1, 2025"),
        "changes": ("Những thay đổi từ phiên bản ngày 1 tháng 3, 2024 đến phiên bản ngày 15 tháng 1, 2025",
                    "1 mục đã sửa đổi", "1 mục đã thêm", "Chú giải"),
        "theme": ("Bỏ qua",),
    },
    "th": {
        "text": lambda months, extra: (
            "# นโยบายความเป็นส่วนตัว\n\n## 1. ผู้ควบคุมข้อมูลส่วนบุคคล\n\nบริษัท ตัวอย่าง จำกัด "
            "ประมวลผลข้อมูลส่วนบุคคลของผู้ใช้บริการ\n\n## 2. ระยะเวลาการเก็บรักษา\n\nเราเก็บรักษาข้อมูลส่วนบุคคลเป็นเวลา "
            f"{months} เดือน\n" + ("\n## 3. สิทธิของเจ้าของข้อมูลส่วนบุคคล\n\nท่านมีสิทธิขอให้ลบข้อมูลส่วนบุคคลของท่าน\n"
                                  if extra else "")),
        "page": ("ฉบับลงวันที่ 15 มกราคม ค.ศ. 2025", "ประวัติการแก้ไข", "เปรียบเทียบสองฉบับ"),
        "history": ("ประวัติการแก้ไข", "มีผลใช้บังคับ", "ฉบับแรกที่เผยแพร่",
                    "มีผลใช้บังคับตั้งแต่ 1 มีนาคม ค.ศ. 2024 ถึง 14 มกราคม ค.ศ. 2025 (รวมวันดังกล่าว)"),
        "changes": ("การเปลี่ยนแปลงจากฉบับลงวันที่ 1 มีนาคม ค.ศ. 2024 ถึงฉบับลงวันที่ 15 มกราคม ค.ศ. 2025",
                    "แก้ไข 1 ข้อ", "เพิ่ม 1 ข้อ", "คำอธิบายสัญลักษณ์"),
        "theme": ("ข้ามไปที่เนื้อหา",),
    },
}


def _built(tmp_path: Path, code: str) -> Path:
    """The exported site of a company whose one language is `code`, its two versions of DAYS imported."""
    site, public, archive = tmp_path / "site", tmp_path / "public", tmp_path / "archive"
    _run(["init", str(site), "--company", "Example", "--languages", code, "--url", "https://policy.example/"])
    archive.mkdir()
    text = SITES[code]["text"]
    for n, day in enumerate(DAYS):
        (archive / f"policy-{day}.md").write_text(text(12 + 12 * n, bool(n)), encoding="utf-8")  # type: ignore[operator]
    _run(["import", "--lang", code, str(archive)], site)
    _run(["history"], site)
    _run(["export", "--site-dir", str(public)], site)
    return public / code


def _said(html: str) -> str:
    """What a reader of `html` reads or hears, as a browser parses it: the text outside scripts and styles, and the
    attributes a label is said by (aria-label, title, placeholder, alt), one line each."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, template"):
        node.decompose()
    labels = [value for node in tree.css("[aria-label], [title], [placeholder], [alt]")
              for name, value in node.attributes.items() if name in _LABELS and value]
    body = tree.body
    # (in one normal form: Material's Hindi writes its nuktas precomposed, ढ़, which NFC decomposes)
    return unicodedata.normalize("NFC", "\n".join([re.sub(r"\s+", " ", body.text(separator=" ") if body else ""),
                                                   *labels]))


_LABELS = frozenset({"aria-label", "title", "placeholder", "alt"})


def _english_labels() -> tuple[set[str], set[str]]:
    """The site's English words (each piece of its strings between fields, of two words or more) and the theme's
    (Material's English strings of four letters or more, as whole words)."""
    pieces = {piece.strip(" .:,;…()") for table in (STRINGS, REDLINE_STRINGS) for text in table["en"].values()
              for piece in re.split(r"\{\w+\}", text)}
    site = {piece for piece in pieces if len(re.findall(r"[A-Za-z]+", piece)) >= 2}
    theme = init._material() / "partials" / "languages" / "en.html"
    words = set(re.findall(r'^  "(?!language|direction)[\w.]+": "([^"]{4,})",?$',
                           theme.read_text(encoding="utf-8"), re.MULTILINE))
    return site, words


@pytest.mark.parametrize("code", sorted(SITES))
def test_the_sites_own_words_are_in_the_readers_language(tmp_path, code) -> None:
    public = _built(tmp_path, code)
    site_words, theme_words = _english_labels()
    for page, path in (("page", "latest"), ("history", "history"), ("changes", f"{DAYS[1]}/changes")):
        said = _said((public / path / "index.html").read_text(encoding="utf-8"))
        assert [words for words in SITES[code][page] if words not in said] == [], (page, said)  # type: ignore[union-attr]
        assert [word for word in SITES[code]["theme"] if word not in said] == [], (page, said)  # type: ignore[union-attr]
        assert sorted(piece for piece in site_words if piece in said) == [], page
        assert sorted(word for word in theme_words if re.search(rf"\b{re.escape(word)}\b", said)) == [], page


def test_the_theme_words_policy_init_puts_in_are_those_material_left_in_english() -> None:
    """Each of init.THEME_WORDS replaces a string Material's file for the language writes as its English one, and
    the theme strings `policy init` writes for the language say it (config_rules accepts exactly those)."""
    folder = init._material() / "partials" / "languages"

    def entries(code: str) -> dict[str, str]:
        return {found["key"]: found["value"] for found in init._ENTRY.finditer(
            (folder / f"{code}.html").read_text(encoding="utf-8"))}

    english = entries("en")
    for code, words in init.THEME_WORDS.items():
        theirs, written = entries(code), init.language_strings(code)
        assert written is not None and {key: theirs[key] for key in words} == {key: english[key] for key in words}
        assert all(f'"{key}": "{word}"' in written and word != english[key] for key, word in words.items())
