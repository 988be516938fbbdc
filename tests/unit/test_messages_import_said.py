"""What `policy import --git` says of each text's day, what it says of a page's frames and what refuses an import before
it starts are catalogue messages: said in French on a French site, in English word for word as before."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import copy_project, git
from policysite import git_sources, importer, messages
from policysite.convert import frames
from policysite.convert.notes import Notes
from policysite.errors import ImportRefused

NB, NNB = "\u00a0", "\u202f"
d = dt.date.fromisoformat


def _text(n: int, day: str, blob: str = "") -> git_sources.Committed:
    return git_sources.Committed(f"{n:07d}" + "0" * 33, "privacy.md", d(day), blob or f"blob{n}")


def _said(texts: list[tuple[git_sources.Committed, dt.date | None, str]]) -> list[tuple[str, str]]:
    return [(str(one.why), messages.said_in(one.why, "fr")) for one in git_sources.dated(texts)]


def test_a_date_line_gone_back_a_text_put_back_and_the_same_text_again_are_said_in_french():
    said = _said([
        (_text(1, "2021-01-07"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (_text(2, "2021-03-01"), d("2020-01-01"), "Last updated: January 1, 2020"),
        (_text(3, "2021-04-01", "blob1"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (_text(4, "2021-05-01", "blobX"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (_text(5, "2021-06-01", "blobX"), d("2021-01-05"), "Last updated: January 5, 2021"),
    ])
    assert said[1] == (
        "dated March 1, 2021, the day it was committed: its text says “Last updated: January 1, 2020”, before the day of "
        "the text before it (0000001, January 5, 2021): a date line gone back, or mistyped",
        f"daté du 1er mars 2021, le jour de son commit{NB}: son texte indique «{NB}Last updated: January 1, 2020{NB}», avant "
        f"le jour du texte qui le précède (0000001, 5 janvier 2021){NB}: une ligne de date revenue en arrière, ou mal tapée")
    assert said[2][1] == (
        f"daté du 1er avril 2021, le jour de son commit{NB}: le texte de 0000001 (en vigueur depuis le 5 janvier 2021) rétabli, "
        f"avec sa ligne «{NB}Last updated: January 5, 2021{NB}», après celui de 0000002 (un retour arrière){NB}: de "
        "nouveau en vigueur depuis le jour de son commit")
    assert said[4] == (
        "dated June 1, 2021, the day it was committed: the text of 0000004 again, the one between replaced (no new text)",
        f"daté du 1er juin 2021, le jour de son commit{NB}: de nouveau le texte de 0000004, celui d'entre les deux "
        "remplacé (aucun texte nouveau)")


def test_a_text_announced_then_replaced_before_its_day_is_said_in_french():
    said = _said([(_text(1, "2021-01-05"), d("2021-02-01"), "Effective February 1, 2021"),
                  (_text(2, "2021-01-20"), d("2021-03-01"), "Effective March 1, 2021")])
    assert said[0][0].endswith("; replaced on the old site on January 20, 2021 (0000002), before that day: imported as in "
                               "force from February 1, 2021, as it was announced; if the old site withdrew it, its text "
                               "never applied")
    assert said[0][1].endswith(f"{NNB}; remplacé sur l'ancien site le 20 janvier 2021 (0000002), avant ce jour{NB}: importé "
                               "comme en vigueur depuis le 1er février 2021, comme il avait été annoncé\u202f; si l'ancien "
                               "site l'a retiré, son texte ne s'est jamais appliqué")


def test_a_text_whose_commit_s_clock_was_wrong_is_said_in_french():
    first, skewed = git_sources._clocks([_text(1, "2021-01-05"), _text(2, "2099-01-01")])
    assert isinstance(skewed.skewed, messages.Said) and not first.skewed
    said = _said([(first, d("2021-01-05"), "Last updated: January 5, 2021"),
                  (skewed, None, "Updated in spring")])
    english, french = said[1]
    assert english.startswith("its commit's day, January 1, 2099, is after today (") and english.endswith(
        "): the clock of the machine that made it was wrong, and nothing says the day it reached the old site (its "
        "text says “Updated in spring”): left out (its text was the old site's after January 5, 2021, the day of the "
        "version before, until the text after it; it is not dated by a guess)")
    assert french.startswith("le jour de son commit, 1er janvier 2099, est postérieur à aujourd'hui (") and french.endswith(
        f"){NB}: l'horloge de la machine qui l'a créé était fausse, et rien n'indique le jour où il est arrivé sur "
        f"l'ancien site (son texte indique «{NB}Updated in spring{NB}»){NB}: omis (son texte était celui de l'ancien "
        f"site après le 5 janvier 2021, jour de la version précédente, jusqu'au texte suivant{NNB}; il n'est pas daté au "
        "hasard)")


def test_a_newest_text_without_a_day_refuses_the_import_in_french():
    newest = dataclasses.replace(_text(2, "2099-01-01"), skewed=messages.Said("import.git-skew/after-today",
                                                                             today="2026-12-04"))
    ordered = [git_sources.Dated(_text(1, "2021-01-05"), d("2021-01-05"), ""), git_sources.Dated(newest, None, "")]
    with pytest.raises(ImportRefused) as refused:
        git_sources._refuse_newest_undated(ordered, {newest.commit + newest.path: Path("/old")}, lang="fr")
    said = messages.said_in(messages.text_of(refused.value), "fr")
    assert said.startswith(f"privacy.md à 0000002 (commité le 1er janvier 2099){NB}: le jour de son commit est postérieur "
                           f"à aujourd'hui (4 décembre 2026){NB}: l'horloge de la machine qui l'a créé était fausse (ou "
                           "celle de cette machine l'est")
    assert said.endswith("Rien n'a été importé. Importez les textes qui le précèdent (--ref 0000002^), puis celui-ci "
                         "comme un fichier nommé du jour où il est arrivé sur l'ancien site\u00a0: git -C /old show "
                         "0000002:privacy.md > privacy-YYYY-MM-DD.md, puis policy import --lang fr "
                         "privacy-YYYY-MM-DD.md")
    assert str(refused.value).startswith("privacy.md at 0000002 (committed January 1, 2099): its commit's day is after "
                                         "today (December 4, 2026): the clock of the machine that made it was wrong (or "
                                         "this machine's is: today is ")


def test_the_frames_a_page_s_words_are_read_from_are_said_in_french():
    words = "Nous traitons vos données personnelles avec soin et dans le respect du règlement. " * 5
    tree = LexborHTMLParser(f'<html><body><h1>Politique</h1><iframe srcdoc="<h2>1. Objet</h2><p>{words}</p>">'
                            "</iframe></body></html>")
    notes = Notes()
    frames.inline(tree, None, notes)
    [note] = notes.messages()
    assert str(note) == "read the words of 1 frame (<iframe>) the page holds, where it shows it: written in the page: " \
        "“1. Objet Nous traitons vos données perso”"
    assert messages.said_in(note, "fr") == (
        f"lu les mots de 1 cadre (<iframe>) que contient la page, là où elle l'affiche{NB}: écrit dans la page{NB}: "
        f"«{NB}1. Objet Nous traitons vos données perso{NB}»")


def test_an_import_refused_by_the_site_s_settings_is_said_in_french(tmp_path):
    project = copy_project(tmp_path / "site", docs=None)
    git(project, "init", "-q", "-b", "main")
    with pytest.raises(ImportRefused) as refused:
        importer.run(root=project, lang="fr", paths=[tmp_path / "privacy-2021-01-01.md"], document="cookies")
    error = messages.text_of(refused.value)
    assert str(error).endswith(" (nothing imported)")
    assert messages.said_in(error, "fr").endswith(" (rien n'a été importé)")
    assert "nothing imported" not in messages.said_in(error, "fr")


def test_a_link_to_the_old_site_in_a_heading_is_said_in_french():
    notes = Notes("Markdown line")
    importer._land_links("# P\n\n## 1. [Who](/about) we are\n\nText.\n\n## 2. [Cookies](/cookies/)\n\nText.\n", notes,
                         lang="fr", documents={"cookies": "cookies.md"})
    assert [messages.said_in(note, "fr") for note in notes.sentences()] == [
        f"ligne 3 du Markdown{NB}: le lien vers /about (une page ou un fichier du site où il était publié, et non de "
        f"celui-ci){NB}: conservé son texte, retiré sa cible",
        f"ligne 7 du Markdown{NB}: le lien vers /cookies/, l'adresse du document cookies sur l'ancien site, mène à sa "
        "page"]
    assert str(notes.sentences()[0]) == ("Markdown line 3: the link to /about (a page or file of the site it was "
                                         "published on, not of this one): kept its text, removed the target")


def test_a_word_document_whose_numbering_is_not_xml_is_refused_in_french(tmp_path):
    import zipfile

    import docx

    from policysite.convert import ConvertError, convert

    source = tmp_path / "privacy-2021-01-01.docx"
    document = docx.Document()
    document.add_heading("Privacy", 1)
    document.add_paragraph("Text.", style="List Number")
    document.save(str(source))
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/numbering.xml"] = b"<w:numbering><w:num>"
    with zipfile.ZipFile(source, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ConvertError) as refused:
        convert(source)
    error = messages.text_of(refused.value)
    assert str(error).startswith("privacy-2021-01-01.docx: its list numbering (word/numbering.xml) is not well-formed "
                                 "XML (line 1, column ")
    said = messages.said_in(error, "fr")
    assert said.startswith(f"privacy-2021-01-01.docx{NB}: sa numérotation des listes (word/numbering.xml) n'est pas "
                           "du XML bien formé (ligne 1, colonne ")
    assert said.endswith(f"){NB}: enregistrez-le de nouveau depuis Word")
