"""adopt50: ordinary Russian, Dutch and Arabic privacy texts were refused word after word by the spelling check: the
dictionaries lack Russian participles and adverbial participles ("заключаемого договора", "направив уведомление"), a
negated participle written in one word ("неуполномоченных лиц"), and a few words every such text uses ("вправе",
"трансграничная передача", Dutch "tracking", Arabic "السلطة الرقابية"). A participle is known where its verb is, and
the generator's vocabulary of those languages holds the rest; a misspelling is still found."""
from __future__ import annotations

import pytest

from policysite import document, spelling

PAD = {"it": "conserviamo i suoi dati e non li condividiamo con altre aziende senza il suo consenso",
       "pt-BR": "guardamos seus dados e não os compartilhamos com outras empresas sem o seu consentimento",
       "ru": "мы храним ваши данные на наших серверах и не передаём их другим компаниям без вашего согласия",
       "nl": "wij bewaren uw gegevens op onze servers en delen ze niet met andere bedrijven zonder uw toestemming",
       "ar": "نحن نحفظ بياناتك على خوادمنا ولا نشاركها مع شركات أخرى دون موافقتك في أي وقت من الأوقات"}

RUSSIAN = ("Обработка включает сбор, запись, систематизацию, накопление и уничтожение. Пользователь выражает согласие, "
           "заполнив форму на сайте и нажав кнопку отправки. Оператор вправе поручить обработку третьему лицу на "
           "основании заключаемого с этим лицом договора. Пользователь может отозвать согласие, направив оператору "
           "уведомление. Оператор принимает меры, исключающие доступ неуполномоченных лиц, и меры, предпринимаемые "
           "для защиты обрабатываемых данных. Отключение файлов cookie может повлечь невозможность доступа к "
           "частям сайта, требующим авторизации. Трансграничная передача осуществляется в соответствии с законом. "
           "Мы показываем персонализированную рекламу. Жалобу можно подать в Роскомнадзор.")
DUTCH = "Wij gebruiken functionele, analytische en tracking cookies, en passen pseudonimisering toe."
ARABIC = ("يحق لك تقديم شكوى إلى السلطة الرقابية المختصة. نحتفظ ببياناتك لتحقيق الأغراض المبينة. "
          "وسنخطرك بأي تغييرات جوهرية قبل سريانها.")


def _unknown(text: str, lang: str) -> list[str]:
    page = f"---\ndate: 2025-01-15\n---\n\n# X\n\n## 1. A\n\n{PAD[lang]}.\n\n{text}\n"
    return spelling.unknown_words(document.parse(page, path=f"docs/{lang}/index.md", lang=lang), words=frozenset())


ITALIAN = "I dati sono conservati su server situati nell’Unione europea."
BRAZILIAN = "Os dados poderão ser compartilhados com operadores e suboperadores, observada a Lei Geral de Proteção de Dados."


@pytest.mark.parametrize(("text", "lang"), [(RUSSIAN, "ru"), (DUTCH, "nl"), (ARABIC, "ar"), (ITALIAN, "it"),
                                            (BRAZILIAN, "pt-BR")])
def test_an_ordinary_privacy_text_has_no_unknown_word(text: str, lang: str):
    assert _unknown(text, lang) == []


@pytest.mark.parametrize("word", ["обрабатывем", "заключаемго", "требующм", "исключющие", "напраив", "неправльной",
                                  "небыло", "данны"])
def test_a_russian_misspelling_is_still_found(word: str):
    assert _unknown(word, "ru") == [word]


@pytest.mark.parametrize(("form", "verbs"), [("заключаемого", "заключать"), ("требующим", "требовать"),
                                             ("хранящие", "хранить"), ("направив", "направить"),
                                             ("ознакомившись", "ознакомиться"), ("неуполномоченных", "уполномоченных")])
def test_a_russian_participle_is_read_as_its_verb(form: str, verbs: str):
    assert verbs in spelling._russian_verbs(form)


def test_another_russian_word_is_no_verb_s_form():
    assert spelling._russian_verbs("данные") == [] and spelling._russian_verbs("сайт") == []
