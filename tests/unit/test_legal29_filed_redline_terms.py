"""legal29: a defined term renamed throughout (« Utilisateur » → « Client ») was said once by `policy diff`'s text and
Markdown, the changes page, the history and the feed (legal27), but the Word and PDF redlines a DPO files said only
"3 modifiées" and marked each replacement among the words. Both now say it under their counts, in the redline's
language (render.filed_lines)."""
from __future__ import annotations

import io

import docx

from policysite import document, pdftext, redline
from policysite.redline.docx import render_docx
from policysite.redline.pdf import render_pdf
from policysite.strings import NO_BREAK

FR = [("1. Définitions", "L'« Utilisateur » désigne toute personne qui visite le site."),
      ("2. Données", "- le nom de l'Utilisateur ;\n- l'adresse de l'Utilisateur."),
      ("3. Obligations", "L'Utilisateur respecte les règles. Voir l'article 2.")]


def _text(sections: list[tuple[str, str]], date: str) -> str:
    return f"---\ndate: {date}\n---\n\n# Politique\n\n" + "".join(f"## {h}\n\n{body}\n\n" for h, body in sections)


def _renamed(lang: str = "fr") -> redline.Redline:
    new = [(h, body.replace("Utilisateur", "Client")) for h, body in FR]
    return redline.diff(document.parse(_text(FR, "2024-05-01"), path="old", lang=lang),
                        document.parse(_text(new, "2024-06-01"), path="new", lang=lang))


SAID = f"«{NO_BREAK}Utilisateur{NO_BREAK}» devient «{NO_BREAK}Client{NO_BREAK}» partout (4 fois)."


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_the_word_redline_says_the_term_replaced_under_its_counts():
    paragraphs = _paragraphs(render_docx(_renamed(), author="Zephyr", lang="fr"))
    at = paragraphs.index("3 modifiées")
    assert paragraphs[at + 1] == SAID
    # in the redline's language, not the site's first one
    english = _paragraphs(render_docx(_renamed(), author="Zephyr", lang="en"))
    assert "“Utilisateur” becomes “Client” throughout (4 times)." in english


def test_the_pdf_redline_says_the_term_replaced_under_its_counts():
    lines = [line.text for line in pdftext.lines(render_pdf(_renamed(), site="Zephyr", lang="fr"))]
    assert lines[lines.index("3 modifiées") + 1] == SAID
