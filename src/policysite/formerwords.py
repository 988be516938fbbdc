"""The words earlier versions of the tool wrote in the site's notices where today's catalogue (strings.STRINGS,
policysite.locales) says others, by language code and key, each as the catalogue held it (read from its history): the
archive keeps the pages those versions built, and the output check judges their notices' words again on every command
(noticewords). A string of the catalogue changed is added here, its former words beside today's."""
from __future__ import annotations

FORMER: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "archived_link": ("اقرأ النسخة السارية",),
        "section_missing": ("القسم الذي يشير إليه هذا الرابط غير موجود في هذا الإصدار.",),
        "section_missing_unscripted": ("إذا نقلك رابط إلى قسمٍ إلى أعلى هذه الصفحة، فهذه النسخة لا تتضمن ذلك القسم.",),
        "section_renumbered": ("حتى النسخة بتاريخ {date}، كان هذا الرابط يؤدي إلى قسم آخر:",),
        "upcoming_link": ("اطّلع على التغييرات",),
        "upcoming_self": ("نسخة قادمة: يدخل هذا النص حيز التنفيذ في {date}.",),
    },
    "ca": {
        "accessed": ("Consultat el {date}.",),
        "section_renumbered": ("Fins a la versió del dia {date}, aquest enllaç portava a una altra secció:",),
        "upcoming_banner": ("Una nova versió entra en vigor el {date}: ",),
        "upcoming_self": ("Aquesta versió s’aplica a partir del {date}.",),
        "version": ("Versió del {date}.",),
    },
    "cs": {
        "section_renumbered": ("Až do verze ze dne {date} vedl tento odkaz na jiný oddíl:",),
        "upcoming_self": ("Připravovaná verze: tento text nabývá účinnosti dne {date}.",),
    },
    "da": {
        "accessed": ("Hentet {date}.",),
        "upcoming_self": ("Kommende version: denne tekst træder i kraft den {date}.",),
    },
    "de": {
        "section_renumbered": ("Bis zur Fassung vom {date} führte dieser Link zu einem anderen Abschnitt:",),
        "upcoming_self": ("Künftige Fassung: Dieser Text tritt am {date} in Kraft.",),
    },
    "el": {
        "section_renumbered": ("Έως την έκδοση της {date}, ο σύνδεσμος αυτός οδηγούσε σε άλλη ενότητα:",),
        "upcoming_self": ("Προσεχής έκδοση: το κείμενο αυτό τίθεται σε ισχύ στις {date}.",),
    },
    "en": {
        "section_renumbered": ("Until the version of {date}, this link led to another section:",),
        "upcoming_self": ("Upcoming version: this text takes effect on {date}.",),
    },
    "es": {
        "section_missing_unscripted": ("Si un enlace a una sección le ha llevado al principio de esta página, esta "
                                       "versión no tiene esa sección.",),
        "section_renumbered": ("Hasta la versión del {date}, este enlace llevaba a otra sección:",),
        "upcoming_self": ("Próxima versión: este texto entra en vigor el {date}.",),
    },
    "fa": {
        "section_renumbered": ("تا نسخه مورخ {date}، این پیوند به بخش دیگری می\u200cرسید:",),
    },
    "fi": {
        "section_renumbered": ("{date} päivättyyn versioon asti tämä linkki johti toiseen kohtaan:",),
        "upcoming_self": ("Tuleva versio: tämä teksti tulee voimaan {date}.",),
    },
    "fr": {
        "section_missing_unscripted": ("Si un lien vers une section vous a mené en haut de cette page, cette version "
                                       "n’a pas cette section.",
                                       "Si un lien vers une section mène en haut de cette page, c’est que cette "
                                       "version n’a pas cette section.",),
        "upcoming_self": ("Version à venir\xa0: ce texte entre en vigueur le {date}.",),
    },
    "he": {
        "section_renumbered": ("עד הגרסה מיום {date}, קישור זה הפנה לסעיף אחר:",),
        "upcoming_self": ("גרסה עתידית: נוסח זה ייכנס לתוקף ביום {date}.",),
    },
    "it": {
        "accessed": ("Consultato il {date}.",),
        "section_missing_unscripted": ("Se un link a una sezione ha portato all’inizio di questa pagina, questa "
                                       "versione non contiene quella sezione.",),
        "section_renumbered": ("Fino alla versione datata {date}, questo link portava a un’altra sezione:",),
        "upcoming_self": ("Versione di prossima entrata in vigore: questo testo entra in vigore il giorno "
                          "{date}.",
                          "Questa versione si applica a decorrere dal {date}.",),
    },
    "ja": {
        "upcoming_self": ("施行予定の版：この本文は{date}に施行されます。",),
        "version": ("{date}版",),
    },
    "ko": {
        "upcoming_self": ("시행 예정 버전: 이 문서는 {date}부터 시행됩니다.",),
    },
    "nl": {
        "upcoming_self": ("Toekomstige versie: deze tekst treedt in werking op {date}.",),
    },
    "pl": {
        "section_missing_unscripted": ("Jeśli link do sekcji przeniósł Cię na początek tej strony, tej sekcji nie ma w "
                                       "tej wersji.",),
        "upcoming_self": ("Nadchodząca wersja: ten tekst wchodzi w życie z dniem {date}.",),
    },
    "pt": {
        "section_missing_unscripted": ("Se um link para uma secção o trouxe ao início desta página, essa secção não "
                                       "existe nesta versão.",),
        "section_renumbered": ("Até à versão de {date}, este link levava a outra secção:",),
        "upcoming_self": ("Próxima versão: este texto entra em vigor em {date}.",),
    },
    "pt-BR": {
        "section_renumbered": ("Até a versão de {date}, este link levava a outra seção:",),
    },
    "sv": {
        "upcoming_self": ("Kommande version: denna text träder i kraft den {date}.",),
    },
    "tr": {
        "section_renumbered": ("{date} tarihli sürüme kadar bu bağlantı başka bir bölüme gidiyordu:",),
        "upcoming_self": ("Gelecek sürüm: bu metin {date} tarihinde yürürlüğe girecektir.",),
    },
    "zh": {
        "upcoming_self": ("即将生效的版本：本文本将于{date}生效。",),
    },
    "zh-Hant": {
        "upcoming_self": ("即將生效的版本：本文將於{date}生效。",),
    },
}
