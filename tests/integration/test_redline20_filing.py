"""The DPO files redlines between versions far apart and against a version announced ahead (redline20): a history of
four versions of redline18's fictional texts (French and English), the third numbering every section anew (a section
of definitions put first) and moving a table's row while editing it, the fourth announced ahead (dated after today)
with a number changed, an abbreviation spelled out and a definition changed inside a long sentence. Between the first
and the fourth (`policy diff 2024-01-15 2027-03-01`) and between the version in force and the announced one (the
third and the fourth), the HTML, PDF and Word redlines each name both versions by their days in the reader's language and the
site, and say the same summary and the same edits of words in the same order (redline18's readers; known apart: Word
says a row moved and edited on the way its words deleted where it was, as Word tracks a move then edited)."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import pytest
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from helpers import GIT_ENV, ROOT
from integration.test_redline18_filing import _docx, _html, _pdf
from policy_repo import Project, new_project
from policysite import cli
from policysite.redline.render import labels
from policysite.strings import long_date

pytestmark = pytest.mark.usefixtures("fixed_git")
DATA = ROOT / "tests" / "data" / "redline18"
DAYS = ("2024-01-15", "2024-06-01", "2024-09-01", "2027-03-01")  # the last announced ahead (after today)
FIRST = {"fr": "## 1. Définitions\n\nDans la présente politique, « données » désigne toute information se rapportant "
               "à une personne physique identifiée ou identifiable, directement ou indirectement, notamment par "
               "référence à un identifiant.\n\n",
         "en": "## 1. Definitions\n\nIn this policy, “data” means any information relating to an identified or "
               "identifiable natural person, directly or indirectly, in particular by reference to an identifier.\n\n"}
# the fourth version's edits, each language's: a definition inside a long sentence, a number, an abbreviation
EDITS = {"fr": (("directement ou indirectement,", "directement ou indirectement, seule ou combinée,"),
                ("dans un délai d'un mois", "dans un délai de 30 jours"),
                ("saisir la CNIL", "saisir la Commission nationale de l'informatique et des libertés (CNIL)")),
         "en": (("directly or indirectly,", "directly or indirectly, alone or combined,"),
                ("within one month", "within 30 days"),
                ("the CNIL", "the Commission nationale de l'informatique et des libertés (CNIL)"))}
ANNOUNCED = {"fr": [("+", "seule ou combinée,"), ("-", "d'un mois"), ("+", "de 30 jours"),
                   ("+", "Commission nationale de l'informatique et des libertés ("), ("+", ")")],
             "en": [("+", "alone or combined,"), ("-", "one month"), ("+", "30 days"),
                    ("+", "Commission nationale de l'informatique et des libertés ("), ("+", ")")]}
ROWS = {"fr": ("| Compte client | 3 ans après la clôture |\n", "| Compte client | 5 ans après la clôture |\n"),
        "en": ("| Customer account | 3 years after closing |\n", "| Customer account | 5 years after closing |\n")}


def _versions(lang: str) -> list[str]:
    one, two = ((DATA / f"{lang}-{n}.md").read_text(encoding="utf-8") for n in (1, 2))
    # the third: a section of definitions first, every other numbered anew; a row moved last and edited
    three = re.sub(r"^(#{2,3}) (\d+)\.", lambda m: f"{m.group(1)} {int(m.group(2)) + 1}.", two, flags=re.M)
    heading = three.index("\n## 2.") + 1
    three = three[:heading] + FIRST[lang] + three[heading:]
    row, edited = ROWS[lang]
    assert row in three, lang
    table_end = three.index("\n\n", three.index(row))
    three = three[:table_end].replace(row, "") + "\n" + edited.rstrip("\n") + three[table_end:]
    four = three
    for old, new in EDITS[lang]:
        assert old in four, (lang, old)
        four = four.replace(old, new, 1)
    return [one, two, *(re.sub(r"^date: .*$", f"date: {day}", text, count=1, flags=re.M)
                        for text, day in ((three, DAYS[2]), (four, DAYS[3])))]


@pytest.fixture(scope="module")
def filed(tmp_path_factory) -> dict[tuple[str, str, str], bytes]:
    """Each language's three redlines of each pair the DPO files, as `policy diff` writes them."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in GIT_ENV.items():
            mp.setenv(key, value)
        mp.setattr(Project, "in_process", True)  # its commands are not about the process
        project = new_project(tmp_path_factory.mktemp("filing20") / "project")
        texts = {lang: _versions(lang) for lang in ("fr", "en")}
        for n, day in enumerate(DAYS):
            for lang in ("fr", "en"):
                (project.root / "docs" / lang / "index.md").write_text(texts[lang][n], encoding="utf-8")
            assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
            project.commit_all(f"policy {day}")
        out = {}
        for pair in ((DAYS[0], DAYS[3]), (DAYS[2], DAYS[3])):
            for lang in ("fr", "en"):
                for form in ("html", "pdf", "docx"):
                    target = project.root.parent / f"redline.{lang}.{form}"
                    result = project.run("diff", *pair, "--lang", lang, "--format", form, "-o", str(target))
                    assert result.returncode == 0, result.stderr
                    out[pair[0], lang, form] = target.read_bytes()
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("old", "new"), [(DAYS[0], DAYS[3]), (DAYS[2], DAYS[3])])
def test_the_three_redlines_say_the_same_changes_in_the_same_order(filed, tmp_path, lang, old, new):
    key = old
    html, (pdf_summary, pdf_text), word = _html(filed[key, lang, "html"]), _pdf(filed[key, lang, "pdf"], tmp_path), \
        _docx(filed[key, lang, "docx"], lang)
    title = labels(lang)["heading"].format(old=long_date(dt.date.fromisoformat(old), lang),
                                           new=long_date(dt.date.fromisoformat(new), lang))
    document = etree.fromstring(zipfile.ZipFile(io.BytesIO(filed[key, lang, "docx"])).read("word/document.xml"))
    for said in (LexborHTMLParser(filed[key, lang, "html"].decode("utf-8")).text(), pdf_text,
                 "".join(document.itertext())):
        assert title in " ".join(said.split()), (lang, title)
    summary, edits = html
    assert summary and pdf_summary == summary and word[0] == summary
    # (Word keeps a move's deleted words where it was, w:moveFrom, as Word itself tracks a move then edited: a row
    # moved and edited says its words deleted where the row was, the HTML and the PDF inside the row where it is now)
    assert [e for e in word[1] if e[0] == "+"] == [e for e in edits if e[0] == "+"], (word[1], edits)
    # (since redline21 a row moved and edited shows its deleted words where it was in every format: Word's moveFrom
    # strikes those words alone, the HTML and the PDF strike the row there whole; so each deletion only Word says
    # is words of a row the HTML strikes as moved away)
    moved_away = [" ".join(row.text().split()) for row in LexborHTMLParser(filed[key, lang, "html"].decode("utf-8"))
                  .css("tr.redline-row-removed.redline-row-moved")]
    only_word = list(word[1])
    for edit in edits:
        assert edit in only_word, (edit, word[1])
        only_word.remove(edit)
    assert all(kind == "-" and any(text in row.split() or text in row for row in moved_away)
               for kind, text in only_word), (only_word, moved_away)
    at = 0
    for _kind, text in edits:  # the PDF's text holds each, in the same order
        found = pdf_text.find(text, at)
        assert found >= 0, (text, pdf_text[at:at + 400])
        at = found + len(text)
    # the announced version's edits, each its words alone: the definition inside its long sentence (in the version
    # before only: the first had no definitions), the number, the abbreviation spelled out around it
    announced = ANNOUNCED[lang] if old == DAYS[2] else ANNOUNCED[lang][1:4]
    assert [edit for edit in edits if edit in announced] == announced, edits
    if old == DAYS[2]:
        assert edits == ANNOUNCED[lang]
    else:  # the row moved and edited in the third: its edit where it is now, its deleted words where it was (Word's
        # moveFrom: "3"; the HTML's and the PDF's row struck there whole, redline21), never a row deleted and inserted
        assert [edit for edit in edits if edit in (("-", "3"), ("+", "5"))] == [("+", "5")], edits
        assert ("-", "3") in word[1] and any("3" in row.split() for row in moved_away), (word[1], moved_away)
    # the PDF and Word name the site; Word's core title is the title
    parts = docx.Document(io.BytesIO(filed[key, lang, "docx"]))
    assert parts.core_properties.title == title and parts.core_properties.language == lang
    assert parts.paragraphs[1].text.strip() and parts.paragraphs[1].text in pdf_text
