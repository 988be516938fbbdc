"""A count is said as a person says it, in each language: "1 dated version", "2 dated versions", never
"version(s)"; French counts 0 and 1 as one."""
from __future__ import annotations

import re

import pytest

from policysite import messages, strings

NB = "\u00a0"
# A word written for both counts at once: "version(s)", "box(es)", "publiée(s)", "nouveau(x)"; "http(s)://" is a
# scheme, not a count.
_BOTH = re.compile(r"(?<!http)(?<=\w)\((?:s|es|ies|e|x)\)")


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_no_message_writes_a_word_for_both_counts(lang):
    both = sorted(key for key, template in messages.catalogue(lang).items() if _BOTH.search(template))
    assert both == []


@pytest.mark.parametrize("lang", sorted(strings.STRINGS))
def test_no_word_of_the_site_is_written_for_both_counts(lang):
    said = {**strings.strings(lang), **strings.redline_labels(lang)}
    assert sorted(key for key, text in said.items() if _BOTH.search(text)) == []


@pytest.mark.parametrize(("key", "fields", "said"), [
    ("publish.written", {"count": 1, "branch": "gh-pages", "versions": "2021-02-17"},
     {"en": "published 1 dated version on gh-pages: 2021-02-17",
      "fr": f"1 version datée publiée sur gh-pages{NB}: 2021-02-17"}),
    ("publish.written", {"count": 0, "branch": "gh-pages", "versions": ""},
     {"en": "published 0 dated versions on gh-pages: none", "fr": f"0 version datée publiée sur gh-pages{NB}: aucune"}),
    ("publish.written", {"count": 3, "branch": "gh-pages", "versions": "a, b, c"},
     {"en": "published 3 dated versions on gh-pages: a, b, c",
      "fr": f"3 versions datées publiées sur gh-pages{NB}: a, b, c"}),
    ("publish.already/history", {"count": 1, "branch": "gh-pages"},
     {"en": "nothing to publish: the 1 dated version of the history is on gh-pages"}),
    ("publish.already/history", {"count": 2, "branch": "gh-pages"},
     {"en": "nothing to publish: the 2 dated versions of the history are on gh-pages"}),
    ("upgrade.themed", {"count": 1},
     {"en": "1 file of hooks/ and overrides/ is now this generator's: review it with git diff (a colour or font of your "
            "own in policy.css: put it back), then policy check, and commit"}),
    ("import.done", {"count": 1}, {"en": "recorded 1 change in the site's history",
                                       "fr": "1 modification enregistrée dans l'historique du site"}),
    ("import.done", {"count": 1200}, {"en": "recorded 1,200 changes in the site's history (a commit each)",
                                          "fr": "1\u202f200 modifications enregistrées dans l'historique du site (un commit chacune)"}),
    ("convert.word-footnotes", {"count": 1},
     {"en": "1 footnote or endnote became a numbered list at the end, linked both ways"}),
    ("convert.task-boxes", {"count": 1, "ticked": 1, "unticked": 0},
     {"en": "1 task list box written as the box it showed, 1 ticked or 0 empty (the site's Markdown has no task "
            "lists)"}),
    ("diff.same/restyled", {"count": 1}, {"en": "; 1 heading writes its number otherwise, shown below"}),
    ("words.pruned/none", {"path": "docs/en/.words.txt", "count": 0},
     {"en": "docs/en/.words.txt: removed 0 unused entries", "fr": f"docs/en/.words.txt{NB}: 0 entrée inutilisée supprimée"}),
    ("convert.mdx-import", {"count": 1, "statement": "import X from 'x'"},
     {"en": "left out an MDX import over 1 line, import X from 'x', which the old site ran"}),
    ("import.undated", {"count": 1, "names": ["privacy.md"]},
     {"en": "1 file name holds no date the import reads:\n  privacy.md"}),
    # words9: a verb agreeing with a list of one or more names is told how many it names
    ("publish.already/waited", {"count": 1, "versions": "2024-01-01", "branch": "gh-pages"},
     {"en": "nothing to publish: 2024-01-01 is already on gh-pages (published while this command waited for the other "
            "publication)",
      "fr": f"rien à publier{NB}: 2024-01-01 figure déjà sur gh-pages (publiée pendant que cette commande attendait la "
            "fin de l'autre publication)"}),
    ("publish.already/waited", {"count": 2, "versions": "2023-01-01, 2024-01-01", "branch": "gh-pages"},
     {"en": "nothing to publish: 2023-01-01, 2024-01-01 are already on gh-pages (published while this command waited "
            "for the other publication)",
      "fr": f"rien à publier{NB}: 2023-01-01, 2024-01-01 figurent déjà sur gh-pages (publiées pendant que cette "
            "commande attendait la fin de l'autre publication)"}),
    ("publish.not-committed/item", {"count": 1, "paths": "docs/fr/index.md"},
     {"en": "docs/fr/index.md is not committed", "fr": "docs/fr/index.md n'est pas enregistré dans un commit"}),
    ("publish.not-committed/item", {"count": 2, "paths": "docs/fr/index.md, docs/en/index.md"},
     {"en": "docs/fr/index.md, docs/en/index.md are not committed",
      "fr": "docs/fr/index.md, docs/en/index.md ne sont pas enregistrés dans un commit"}),
])
def test_a_count_is_said_singular_or_plural_as_the_language_says_it(key, fields, said):
    for lang, text in said.items():
        assert messages.say(key, fields, lang) == text


def test_verify_says_one_file_and_one_version_in_the_singular():
    fields = {"branch": "gh-pages", "files": 1, "versions": 1, "archive_files": 1, "rebuilt": 1}
    assert messages.say("verify.ok", fields, "en") == (
        "gh-pages: 1 file of 1 version matches the publication record; 1 file of the history, compare and feed pages "
        "is as the publication records give; 1 version rebuilt from its source commit came out byte for byte as published; every file is "
        "accounted for and every page passes the output check")
    fields |= {"files": 12, "versions": 2, "archive_files": 5, "rebuilt": 2}
    assert messages.say("verify.ok", fields, "en").startswith(
        "gh-pages: 12 files of 2 versions match the publication record; 5 files of the history, compare and feed "
        "pages are as the publication records give; 2 versions rebuilt from their source commit")


@pytest.mark.parametrize("key", ["frontmatter.notice", "frontmatter.date-future", "publish.late/no-notice"])
def test_a_notice_of_one_day_is_one_day_s_notice(key):
    template = messages.catalogue("en")[key]
    fields: dict[str, object] = {name: 5 if name == "days" else "x" for name in messages.fields_of(template)}
    said = {n: messages.say(key, fields | {"notice_days": n}, "en") or "" for n in (1, 30)}
    assert ("1 day's notice" in said[1] or "1 day ahead" in said[1]) and "1 days" not in said[1]
    assert "30 days" in said[30]


@pytest.mark.parametrize(("count", "subject"), [(1, "of 1 dated version"), (2, "of 2 dated versions"),
                                                (0, "of 0 dated versions")])
def test_the_archives_commit_counts_its_versions_in_the_singular_or_the_plural(count, subject):
    """Words8: gh-pages' log said "… of 1 dated version(s)"; it is read by whoever audits the branch (in English, as
    git's own subjects are, and known by its start: branch.PUBLISHING_SUBJECTS)."""
    from policysite.branch import PUBLISHING_SUBJECTS
    from policysite.writing import archive_subject

    said = archive_subject(count)
    assert said == f"Update the history, compare and feed pages {subject}" and said.startswith(PUBLISHING_SUBJECTS)


@pytest.mark.parametrize(("key", "count", "said"), [
    ("source.python-code", 1, "retirez-le"), ("source.python-code", 2, "retirez-les"),
    ("publish.forged", 1, "le relevé de publication de V a été modifié sur gh-pages"),
    ("publish.forged", 2, "les relevés de publication de V ont été modifiés sur gh-pages"),
    ("publish.forged", 2, "rétablissez-les tels que la publication les a écrits"),
    ("publish.summary-edited", 1, "que ses textes ne donnent pas"),
    ("publish.summary-edited", 2, "que leurs textes ne donnent pas"),
    ("source.links", 1, "x.py\u00a0: un lien symbolique ou un sous-module dans le commit abc1234"),
    ("source.links", 1, "commitez le fichier lui-même"),
    ("source.links", 2, "x.py\u00a0: des liens symboliques ou des sous-modules dans le commit abc1234"),
    ("source.links", 2, "commitez les fichiers eux-mêmes"),
])
def test_a_refusal_naming_several_files_or_versions_says_them_in_the_plural(key, count, said):
    """words9: "retirez-le" for three .pyc files, "le manifeste de 2023-01-01, 2024-01-01 a été modifié"."""
    fields = {"count": count, "names": "x.py", "commit": "abc1234", "problems": [], "versions": "V",
              "branch": "gh-pages", "directory": "versions"}
    assert said in messages.say(key, fields, "fr")


def test_a_decimal_is_grouped_from_the_languages_minimum_grouping_digits_on():
    """Words10: `{x:decimal}` grouped every whole part of four digits, "1.234,5" in Spanish and "1 234,5" in Polish,
    where CLDR (and the browser's Intl) write 1234,5 and group from five digits on (12.345,25), as counts do."""
    said = {lang: messages._Formatter(lang).format("{x:decimal} {y:decimal}", x=1234.5, y="12345.25")
            for lang in ("es", "pl", "de", "en")}
    assert said == {"es": "1234,5 12.345,25", "pl": "1234,5 12\u00a0345,25", "de": "1.234,5 12.345,25",
                    "en": "1,234.5 12,345.25"}
    assert messages._Formatter("fr").format("{x:decimal}", x=4) == "4,0"
