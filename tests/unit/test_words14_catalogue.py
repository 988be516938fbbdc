"""Words 14: the words the legal team and readers read in the catalogues: a day in a sentence written as the language
writes dates, plain words where a reader is no developer, no option the user did not type."""
from __future__ import annotations

import ast
import functools
import re
import string
from pathlib import Path

import pytest

from helpers import package_sources, walked
from policysite import messages

_CODE_SPAN = re.compile(r"`[^`]*`")


def test_french_says_copyright_in_french_outside_code_and_keys():
    """« la ligne de copyright qui clôt la page »: French says « droits d'auteur »; `copyright` stays where it is the
    key of mkdocs.yml to write (in code quotes, or as the place a finding is at)."""
    english = {key: template for key, template in messages.catalogue("fr").items()
               if re.search(r"(?<![\w-])copyright(?![\w-])", _CODE_SPAN.sub("", template).removeprefix("copyright :")
                            .removeprefix("copyright\u00a0:"))}
    assert english == {}
    said = messages.say("convert.scraped-copyright", {"words": ["© 2024 Acme"]}, "fr")
    assert said == "la mention des droits d'auteur qui clôt la page (© 2024 Acme)\u00a0: laissée de côté", said


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_archive_s_branch_checked_out_is_said_without_an_option_not_typed(lang):
    """publish and history refuse gh-pages checked out in a worktree though `-b` was never typed (its default): the
    refusal says the archive's branch, not "-b gh-pages:"."""
    said = messages.say("refuse.checked-out", {"branch": "gh-pages", "where": "/srv/pages",
                                               "way": messages.Said("refuse.checked-out/prune")}, lang)
    assert "-b" not in said and "gh-pages" in said, said


# A day's field and the kind it is said as: `date` in a sentence, `iso` where it is typed, `month` its month
_DAY_FIELD = re.compile(r"\{(day)(?::(\w+))?(?::[^{}]*)?\}")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_every_day_field_says_whether_it_is_prose_or_typed(lang):
    """52 `{day}` fields wrote ISO days in sentences (« le commit … du 2021-02-17 »): each says its kind, `date` in a
    sentence, `iso` where it is a thing to type (a file to rename, a `date:` to write), the same in every catalogue."""
    kinds = {key: [kind for _, kind in _DAY_FIELD.findall(template)] for key, template in
             messages.catalogue(lang).items() if _DAY_FIELD.search(template)}
    bare = {key: found for key, found in kinds.items() if not set(found) <= {"date", "iso", "month"}}
    assert bare == {}
    english = {key: [kind for _, kind in _DAY_FIELD.findall(template)] for key, template in
               messages.catalogue("en").items() if _DAY_FIELD.search(template)}
    assert {key: found for key, found in kinds.items() if found != english.get(key)} == {}


def test_a_day_in_a_sentence_is_written_as_the_language_writes_dates_and_a_day_to_type_as_typed():
    fields = {"path": "docs/fr/index.md", "new": "docs/fr/old.md", "commit": "1a2b3c4", "subject": "Move",
              "day": "2021-02-17", "back": "docs/fr/old.md docs/fr/index.md"}
    said = messages.say("publish.moved/item", fields, "fr")
    assert "«\u00a0Move\u00a0» du 17 février 2021, où" in said, said
    assert "“Move” of February 17, 2021, where" in messages.say("publish.moved/item", fields, "en")
    said = messages.say("at.none", {"day": "2022-03-01", "first": "2023-01-01"}, "fr")
    assert said.startswith("aucune version n'était en vigueur le 1er mars 2022\u00a0:"), said
    said = messages.say("import.date-short", {"name": "p.md", "date": "2021-2-17", "day": "2021-02-17", "hint": ""}, "fr")
    assert "le mois et le jour, 2021-02-17" in said, said
    assert messages.say("import.git-dated/same-day", {"day": "not a day"}, "en") == "the same day (not a day)"


# Words a developer reads and a lawyer or a DPO does not: the branch's manifest, a SHA-256, YAML
_JARGON = re.compile(r"(?i)\bmanifest(?:e|es|s|'s)?\b|\bsha-?256\b|\bsha\b|\byaml\b")
# Where they stay: messages of commands and files only a developer meets (git's objects, mkdocs.yml's settings, a
# manifest file on the branch that cannot be read, a data file's format, the web app manifest a page links)
_JARGON_ALLOWED = re.compile(r"^(?:git\.|settings\.|manifest\.invalid/|import\.data-unreadable$|output\.link-unread$)")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_legal_team_and_the_dpo_read_no_developer_s_word(lang):
    """verify said "matches the manifest", "(SHA-256 1a2b…)", a front matter "not valid YAML": a publication record, a
    fingerprint, a front matter that cannot be read; those words stay in developer-only messages, listed here."""
    said = {key: _JARGON.findall(re.sub(r"\{[^{}]*\}", "", _CODE_SPAN.sub("", template)))
            for key, template in messages.catalogue(lang).items() if not _JARGON_ALLOWED.match(key)}
    assert {key: words for key, words in said.items() if words} == {}


def test_verify_says_a_publication_record_and_a_fingerprint():
    assert messages.say("manifest.changed", {"recorded": "1a2b", "actual": "3c4d"}, "en") == \
        "changed (recorded fingerprint 1a2b…, branch 3c4d…)"
    said = messages.say("provenance.forged/gone", {"version": "2021-02-17", "lang": "fr", "commit": "1a2b3c4",
                                                   "sha256": "9f86d08", "path": "fr/2021-02-17/index.html"}, "fr")
    assert said.startswith("2021-02-17 (fr)\u00a0: son relevé de publication désigne le texte de 1a2b3c4 (empreinte "
                           "9f86d08…)"), said
    assert messages.say("frontmatter.yaml", {"problem": "x"}, "fr") == "l'en-tête ne peut pas être lu\u00a0: x"


# One word a concept in each catalogue, as the site's own pages say it (strings.py): the day a version takes effect
# is « entre en vigueur » (15 messages said « prend effet »), the language that prevails « la langue qui fait foi »
# (5 said « la langue de référence », 3 « qui fait foi »)
_OTHER_WORDS = {"fr": re.compile(r"(?i)\b(?:prend|prendra|prennent|prendre|a pris|ont pris) effet\b"
                                 r"|\blangue de référence\b|\b(?:qui )?prévau(?:t|dra|drait)\b|\barbre de travail\b"),
                # Words 15: the day a version reaches the site is said so ("reached the site", 6 messages), not "put
                # online" (2); a folder git checked a branch out in is a folder, not git's "working tree"
                "en": re.compile(r"(?i)\bput online\b|\bworking tree\b")}
# Where git's own word stays: a message of git's environment only a developer meets (GIT_WORK_TREE)
_OTHER_WORDS_ALLOWED = re.compile(r"^git\.")


@pytest.mark.parametrize("lang", sorted(_OTHER_WORDS))
def test_one_concept_is_said_with_one_word(lang):
    said = {key: _OTHER_WORDS[lang].findall(_CODE_SPAN.sub("", template))
            for key, template in messages.catalogue(lang).items() if not _OTHER_WORDS_ALLOWED.match(key)}
    assert {key: words for key, words in said.items() if words} == {}
    said = messages.say("refuse.checked-out", {"branch": "gh-pages", "where": "/srv/pages",
                                               "way": messages.Said("refuse.checked-out/prune")}, lang)
    assert "/srv/pages" in said and "gh-pages" in said, said
    if lang == "en":
        return
    assert "langue qui fait foi" in messages.say("sync-mark.authoritative", {"lang": "fr"}, "fr")
    said = messages.say("at.prevails", {"lang": "en", "day": "2021-03-01", "first": "2021-06-01",
                                        "authoritative": "fr"}, "fr")
    assert "le texte en français, qui fait foi, était en vigueur" in said, said
    assert messages.say("at.answer/upcoming-to", {"version": "2024-06-01", "url": "u", "start": "2024-06-01",
                                                  "until": "2024-06-30"}, "fr") == \
        "2024-06-01 u (à venir\u00a0: en vigueur du 1er juin 2024 au 30 juin 2024 inclus)"


# Words 15: every field the code gives a day (not only `{day}`), found by the value it passes: a day's ISO text
# (`x.isoformat()`, `str(day)`, `str(x.date)`: company13, "dated 2023-01-12" of a file import read), today (`clock.today()`, `date.today()`), a capture's day, a day plus a timedelta
_DAY_VALUES = frozenset({"isoformat", "today", "capture_day"})
# The fields given a day that name a version (its date is its name, an id, as the archive's folders and `policy at`
# write it), said as it is
_VERSION_NAMES = frozenset({
    ("history.landed-draft", "version"),
    ("history.merge-edited", "version"), ("history.translation-alone", "date"), ("history.translation-alone", "first"),
    ("diff.announced-repeated", "date"), ("diff.summary-repeated", "date"),  # (the version compared with)
    ("link.shows-version", "named"), ("link.shows-version", "version"),  # (the folders a link names: ../2001-02-01/)
    ("link.shows-comparison", "named"), ("link.shows-comparison", "old"), ("link.shows-comparison", "new"),
})
# The fields given an instant (a time of day with its zone, `policy at 2024-02-28T23:30Z`), not a day
_INSTANTS = frozenset({("at.instant", "moment"), ("at.instant", "there"), ("at.instant/utc", "moment"),
                       ("at.instant/utc", "there")})
# Kinds that say a field is a day (`optdate` words said only when there is one, `%s` standing for it in words: a
# plain `opt` wrote it ISO in a sentence, "after 2021-02-17, the day of the version before": company13)
_DAY_KINDS = frozenset({"date", "iso", "month", "optdate"})


def _a_day(node: ast.AST) -> bool:
    """Whether the code's value is a day: its ISO text, today, a capture's day, one of them plus or minus days."""
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        return name in _DAY_VALUES or (name == "str" and bool(node.args) and (
            _a_day(node.args[0]) or isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "date"))
    if isinstance(node, ast.BinOp):
        return _a_day(node.left)
    if isinstance(node, ast.IfExp):
        return _a_day(node.body) or _a_day(node.orelse)
    return False


def _key(node: ast.AST) -> str | None:
    """A message key the code names: a literal, a literal plus a variant (`"frontmatter.date-future" + _zoned()`,
    `"import.git-dated/" + ("same-day-line" if … else "gone-back")`: every variant of the key before the slash)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _key(node.left)
        return left.rstrip("/") if left else None
    return _key(node.body) if isinstance(node, ast.IfExp) else None


def _days_given() -> dict[tuple[str, str], str]:
    """(message key, field) the code gives a day, each with where it does, for every variant of the key (a copy of the
    scan this process made: three tests ask for it, each scan 3 to 5 s of CPU)."""
    return dict(_days_scanned())


@functools.cache
def _days_scanned() -> dict[tuple[str, str], str]:
    keys = messages.catalogue("en")
    # each key the code may name, a key or a key's part before one of its slashes, with the keys it names in the
    # catalogue's order (itself, every key continuing it after a slash)
    variants: dict[str, list[str]] = {}
    for one in keys:
        for at in [*(n for n, char in enumerate(one) if char == "/"), len(one)]:
            variants.setdefault(one[:at], []).append(one)
    found: dict[tuple[str, str], str] = {}
    for path in package_sources(Path(messages.__file__).parent.parent):
        if "messages" in path.parts:
            continue
        for node in walked(path):
            if not isinstance(node, ast.Call):
                continue
            named = next((key for key in map(_key, node.args) if key and key in variants), None)
            if named is None:
                continue
            fields = [(one.arg, one.value) for one in node.keywords if one.arg] + [
                (name.value, value) for given in node.args if isinstance(given, ast.Dict)
                for name, value in zip(given.keys, given.values) if isinstance(name, ast.Constant)]
            for field, value in fields:
                if _a_day(value):
                    for key in variants[named]:
                        found.setdefault((key, field), f"{path.name}:{node.lineno}")
    return found


def _kinds(template: str, field: str) -> list[str]:
    return [spec.partition(":")[0] for _, name, spec, _ in string.Formatter().parse(template) if name == field]


def test_the_code_gives_days_to_fields_the_scan_finds():
    """The scan finds what it is for: `{committed}` of import.git-text, `{today}` of frontmatter.date-future."""
    found = _days_given()
    assert ("import.git-text", "committed") in found and ("frontmatter.date-future", "today") in found
    assert ("import.git-dated/stated-committed", "committed") in found and ("at.shown", "published") in found
    assert ("import.git-dated/gone-back", "last") in found  # a key the code names as its prefix plus a variant


def test_the_scan_is_made_once_a_process_and_each_test_reads_a_copy_of_its_own():
    """The three tests above and below read one scan of the package's sources (some 2 s of CPU; each made its own, 3
    to 5 s each, session 48 suite1): what one test does with its copy never reaches the next."""
    first = _days_given()
    first.clear()
    assert _days_given() and _days_scanned.cache_info().misses == 1


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_no_field_the_code_gives_a_day_is_bare(lang):
    """`{committed}` said "committed 2021-01-07", `{today}` "today is 2024-03-01", `{published}` "reached the site
    only on 2024-03-05": every field the code gives a day says its kind, `date` in a sentence, `iso` where it is typed
    (`add announced: 2024-03-01`), the same in every catalogue; a version's name, listed, stays as it is."""
    catalogue, english = messages.catalogue(lang), messages.catalogue("en")
    bare = {(key, field): where for (key, field), where in _days_given().items()
            if (key, field) not in _VERSION_NAMES | _INSTANTS and key in catalogue
            and not set(_kinds(catalogue[key], field)) <= _DAY_KINDS}
    assert bare == {}
    differ = {(key, field) for key, field in _days_given() if key in catalogue
              and sorted(_kinds(catalogue[key], field)) != sorted(_kinds(english[key], field))}
    assert differ == set()


def test_days_in_sentences_are_words_and_days_to_type_stay_typed():
    said = messages.say("import.git-text", {"path": "p.md", "commit": "1a2b3c4", "committed": "2021-01-07",
                                            "why": "x"}, "en")
    assert said == "p.md at 1a2b3c4 (committed January 7, 2021): x", said
    fields = {"date": "2024-04-01", "today": "2024-03-01", "notice_days": 30}
    said = messages.say("frontmatter.date-future", fields, "fr")
    assert "(nous sommes le 1er mars 2024 en UTC" in said and "ajoutez announced: 2024-03-01 (" in said, said
    said = messages.say("at.none", {"day": "2020-01-01", "first": "2021-02-17"}, "en")
    assert said == "no version was in force on January 1, 2020: the first published, 2021-02-17, took effect on " \
                   "February 17, 2021", said
    said = messages.say("at.answer/to", {"version": "2021-02-17", "url": "u", "start": "2021-02-17",
                                         "until": "2022-03-01"}, "fr")
    assert said == "2021-02-17 u (en vigueur du 17 février 2021 au 1er mars 2022 inclus)", said


def test_a_day_said_only_when_there_is_one_and_a_late_version_s_day_are_in_words():
    """company13: import --git's skewed commit said "after 2021-02-17, the day of the version before" and "today is
    2024-03-01" (`opt` fields), its rebased one "its author date, 2021-03-04", its revert "(in force from 2021-02-17)";
    French `publish.late` « en vigueur depuis le 2021-03-01 »: days in sentences, in words (typed ones stay ISO)."""
    cause = messages.Said("import.git-cause/rebased", written="2021-03-04")
    fields = {"committed": "2021-01-05", "skewed": messages.Said("import.git-skew/after-today", today="2021-01-01"),
              "cause": cause, "sentence": "", "last": "2021-02-17"}
    said = messages.say("import.git-dated/skewed", fields, "fr")
    assert "après le 17 février 2021, jour de la version précédente" in said and "4 mars 2021" in said, said
    said = messages.say("import.git-dated/skewed", {**fields, "last": ""}, "en")
    assert "after" not in said.partition("old site's")[2].partition("until")[0] and "March 4, 2021" in said, said
    said = messages.say("import.git-newest-undated", {"path": "p.md", "commit": "1a2b3c4", "committed": "2021-01-05",
                                                      "skewed": "x", "cause": "y", "today": "2024-03-01", "top": "/t",
                                                      "file": "f.md", "lang": "en"}, "en")
    assert "(or this machine's is: today is March 1, 2024)" in said, said
    said = messages.say("import.git-dated/revert", {"day": "2022-01-01", "back": "1a2b3c4", "since": "2021-02-17",
                                                    "sentence": "s", "before": "5d6e7f8"}, "fr")
    assert "(en vigueur depuis le 17 février 2021)" in said, said
    said = messages.say("publish.late", {"version": "2021-03-01", "day": "2021-03-01", "today": "2021-04-02",
                                         "in_force": "2021-02-17"}, "fr")
    # (the day a new text may take, said in a sentence, in words too since legal27; a key's value to type stays ISO)
    assert "en vigueur depuis le 1er mars 2021, alors que" in said and "datez le nouveau texte du 2 avril 2021" in said
    # import's line of each text committed (its commit's subject, a record searched by its version's name, stays)
    said = messages.say("import.committed/from", {"name": "datenschutz-2022-05-01.docx", "lang": "de",
                                                  "version": "2022-05-01", "day": "2022-05-01", "sha": "fe0b0b0",
                                                  "notes": ""}, "fr")
    assert said == "datenschutz-2022-05-01.docx\u00a0: texte en allemand en vigueur à partir du 1er mai 2022 " \
                   "enregistré (fe0b0b0)", said


# A version's day said bare (its name, 2021-02-17) where another of the message's days is said as a sentence says it
_BARE_VERSION = re.compile(r"\{(version|earlier|newest|date|end)\}")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_an_import_line_says_its_days_alike(lang):
    """legal16 (session 49's leftover): one `policy import` said "committed the French text in force from February
    17, 2021" and "committed the English text of 2021-02-17", "dated January 1, 2021, before 2023-01-01, it
    translates the English text of 2021-01-01": a day in a sentence is said as the language writes it, every one of a
    message, and every line of a run saying what it committed."""
    catalogue = messages.catalogue(lang)
    # (a line's label, `2022-01-01: no English text dated before March 1, 2023`, names the version as its folder does)
    mixed = {key: template for key, template in catalogue.items() if key.startswith("import.")
             and ":date}" in template and _BARE_VERSION.search(re.sub(r"^\{\w+\}\s*:", "", template))}
    assert mixed == {}
    committed = [messages.say(key, {"name": "p.md", "lang": "en", "version": "2021-02-17", "day": "2021-02-17",
                                    "sha": "1a2b3c4", "notes": "", "date": "2021-02-17"}, lang)
                 for key in ("import.committed", "import.committed/from", "import.committed-already")]
    assert not any(re.search(r"\d{4}-\d\d-\d\d", line) for line in committed), committed
