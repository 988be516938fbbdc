"""What `policy import` notes of the text it converted is said in the site's language: a French site reads its import
notes in French (English word for word as before), each naming its line."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert


def _french_notes(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [messages.said_in(note, "fr") for note in convert(path).notes]


def test_a_markdown_source_s_notes_are_said_in_french(tmp_path: Path):
    """Review marks, a Pandoc block, grid table and line block, a kramdown comment and an Obsidian vault's marks."""
    said = _french_notes(tmp_path / "politique-2025-03-01.md", (
        "# Politique\n\n## 1. Conservation\n\nNous gardons les journaux {~~90~>30~~} jours.{>>Demander au juriste.<<}"
        "\n\nFactures : {--6--}{++10++} ans.\n\n::: {.callout-note}\nVous pouvez retirer votre consentement.\n:::\n\n"
        "Voir la [[Politique cookies|politique cookies]]. ^intro\n\n{::comment}\nÀ valider.\n{:/comment}\n\n"
        "+--------+-----------+\n| Donnée | Durée     |\n+========+===========+\n| Logs   | 30 jours  |\n"
        "+--------+-----------+\n\n| Exemple SAS\n| 2 rue Principale\n"))
    assert said == [
        "ligne 5\u00a0: une modification d'un relecteur tenue pour acceptée (CriticMarkup)\u00a0: «\u00a090\u00a0» remplacé par «\u00a030\u00a0»",
        "ligne 5\u00a0: omis un commentaire d'un relecteur (CriticMarkup)\u00a0: «\u00a0Demander au juriste.\u00a0»",
        "ligne 7\u00a0: une suppression d'un relecteur tenue pour acceptée (CriticMarkup)\u00a0: «\u00a06\u00a0» omis",
        "ligne 7\u00a0: un ajout d'un relecteur tenu pour accepté (CriticMarkup)\u00a0: «\u00a010\u00a0» conservé",
        "ligne 9\u00a0: un bloc Pandoc ou Quarto (::: {.callout-note}) retiré autour de son texte, son titre en gras "
        "au-dessus",
        "ligne 19\u00a0: un tableau en grille (Pandoc) écrit comme un tableau de 1 ligne",
        "ligne 25\u00a0: un bloc de lignes (Pandoc\u00a0: 2 lignes commençant chacune par «\u00a0|\u00a0», une adresse peut-être) écrit en "
        "lignes terminées par un saut de ligne",
        "ligne 15\u00a0: omis un commentaire kramdown («\u00a0À valider.\u00a0»), qu'aucun lecteur n'a vu",
        "1 lien entre les notes d'un coffre Obsidian ([[Politique cookies|politique cookies]]) remplacé par les mots "
        "qu'il affiche (ce site n'a pas de telles notes\u00a0: liez les pages dans une nouvelle version)",
        "omis 1 identifiant de bloc (^…) en fin de ligne, qu'Obsidian n'affiche pas"]


def test_a_page_s_lists_and_headings_and_a_markdown_text_s_layout_are_said_in_french(tmp_path: Path):
    """An HTML page's lettered list, list in a cell, item holding only a deeper list and <h1> sections; a Markdown
    text's list numbered 1), table alignment and link definitions under a paragraph."""
    page = _french_notes(tmp_path / "politique-2024-01-01.html", (
        "<html><body><main><h1>Collecte</h1><p>Nous collectons.</p><ol type=\"a\"><li>nom</li><li>adresse</li></ol>"
        "<h1>Droits</h1><p>Vous avez des droits.</p><ul><li><ul><li>accès</li></ul></li></ul>"
        "<table><tr><td><ul><li>un</li><li>deux</li></ul></td><td>x</td></tr></table></main></body></html>"))
    assert page == [
        "1 élément de liste sans mots, ne contenant qu'une liste plus profonde (une liste Word commençant au niveau 2 "
        "ou 3, indentée par tabulation)\u00a0: la liste plus profonde a pris sa place (le Markdown n'a pas d'élément sans "
        "mots)",
        "les sections du texte sont <h1>, comme son titre\u00a0: 1 titre descend d'un niveau, chaque section devenant une "
        "section (##)",
        "1 liste lettrée, en chiffres romains ou numérotée autrement que 1., 2. (y compris dans la numération d'une "
        "autre écriture\u00a0: ①, 가., イ、, α.)\u00a0: chaque élément garde son étiquette en tête de son texte (le Markdown ne "
        "numérote les listes que 1., 2.)",
        "1 cellule de tableau contenait une liste\u00a0: chaque élément est une ligne de sa cellule, commençant par son "
        "«\u00a0-\u00a0» ou son numéro (une cellule de tableau Markdown ne contient pas de liste)"]
    text = _french_notes(tmp_path / "politique-2024-02-01.md", (
        "# Politique\n\n## 1. Données\n\n1) nom\n2) adresse\n\n| a | b |\n|:--|--:|\n| x | y |\n\nTexte.\n"
        "[a]: https://example.com\n"))
    assert text == [
        "ligne 9\u00a0: l'alignement des colonnes du tableau (:---) a été abandonné\u00a0: le Markdown du site l'écrit comme un "
        "style en ligne, que le site refuse",
        "ligne 13\u00a0: une ligne vide écrite avant les définitions de liens placées juste sous un paragraphe (le Markdown "
        "du site les y lit comme des définitions, CommonMark comme du texte du paragraphe)\u00a0: tous deux les lisent "
        "comme des définitions, le texte inchangé",
        "ligne 5\u00a0: une liste numérotée 1), 2) garde ses étiquettes (comme celle numérotée à partir de 0), écrites en "
        "tête de chaque élément (le Markdown du site ne numérote les listes que 1., 2.)",
        "ligne 5\u00a0: listes et tableaux mis en forme comme le Markdown du site les lit (4 espaces par niveau, une ligne "
        "vide avant eux)\u00a0: le texte est inchangé"]


def test_what_the_import_changed_in_the_text_it_read_is_said_in_french(tmp_path: Path):
    """The notes the import writes of the text itself (a day its text states, characters no reader sees, links to its
    own address and to its old site) are said in French: the first, the front matter's, was a catalogue message
    already."""
    from policysite import importer

    path = tmp_path / "politique.md"
    path.write_text("---\ntitle: Politique\nredirect_from:\n  - /confidentialite\n---\n\n# Politique\n\nDernière mise à "
                    "jour : 1er mars 2024\n\n## 1. Données\n\nVoir [cette page](/confidentialite/) et nos "
                    "[conditions](/cgu).\x0c\n\nDu texte\u200b\u200b\u200b caché.\n", encoding="utf-8")
    text = importer._convert(importer.Source(path, importer.dt.date(2024, 2, 1), "markdown"), lang="fr",
                             authoritative=True)
    assert [messages.said_in(note, "fr") for note in text.notes][1:] == [
        "son texte indique «\u00a0Dernière mise à jour : 1er mars 2024\u00a0» sous son titre, un autre jour que le 2024-02-01, "
        "jour que donne son nom (le jour où la page a été enregistrée ou capturée, sans doute)\u00a0: la page affiche les "
        "deux dates\u202f; si le texte est entré en vigueur ce jour-là, nommez le fichier politique-2024-03-01.md et importez de "
        "nouveau l'archive dans un nouveau site",
        "ligne 13\u00a0: retiré des caractères de contrôle (saut de page, échappement …), qu'aucun lecteur ne voit",
        "ligne 15\u00a0: retiré des caractères qui ne dessinent rien, en une suite dont aucune écriture n'a besoin (espaces "
        "sans chasse, caractères d'étiquette …), qu'aucun lecteur ne voit",
        "ligne 13\u00a0: le lien vers /confidentialite/, la propre adresse de ce texte sur l'ancien site (son en-tête la "
        "mentionne), mène à la page où se trouve le lecteur\u00a0: conservé son texte, retiré sa cible",
        "ligne 13\u00a0: le lien vers /cgu (une page ou un fichier du site où il était publié, et non de celui-ci)\u00a0: "
        "conservé son texte, retiré sa cible"]


def test_the_smaller_passes_notes_are_said_in_french(tmp_path: Path):
    """A heading's id glued to its title, raw HTML blocks and comments, a footnote mark, a `markdown=` element, items
    a page's CSS shows in another order."""
    said = _french_notes(tmp_path / "politique-2024-03-01.md", (
        "# Politique\n\n## 1. Données{#donnees}\n\n<!-- à revoir -->\n\n<div>\n<p>Un paragraphe.</p>\n</div>\n\n"
        "Voir la note[^1].\n\n<div markdown=\"1\">\n**Gras**\n</div>\n"))
    assert said == [
        "ligne 3\u00a0: l'identifiant du titre {#donnees}, accolé à son titre, est son identifiant, comme le lisait le "
        "Markdown de l'ancien site (Goldmark, celui de Hugo)",
        "ligne 5\u00a0: retiré un commentaire HTML",
        "lignes 7 et 13\u00a0: le bloc HTML brut <div> est devenu du Markdown",
        "ligne 11\u00a0: l'appel de note [^1] est affiché tel qu'écrit (ce site n'a pas de notes de bas de page)\u00a0: placez la "
        "note dans le texte",
        "ligne 13\u00a0: <div markdown=…>\u00a0: son contenu conservé tel quel, en Markdown, l'élément omis"], said
    page = _french_notes(tmp_path / "politique-2024-04-01.html", (
        "<html><body><main><h1>Politique</h1><p>Texte.</p><div style=\"display:flex;flex-direction:row-reverse\">"
        "<p>premier</p><p>second</p></div></main></body></html>"))
    assert page == [
        "lu les éléments de 1 bloc dans l'ordre où le CSS de la page les affichait (l'ordre d'un élément flex ou grid, "
        "une direction flex inversée), et non dans l'ordre où son HTML les écrivait\u00a0: «\u00a0second\u00a0» avant «\u00a0premier\u00a0»"], \
        page


def test_files_without_a_date_in_their_name_are_refused_in_french_with_the_day_their_text_says(tmp_path: Path):
    """`policy import` of a folder: a file whose name has no date is refused, the day its text states offered as the
    name to give it (one day, or two where its digits read either way), in French on a French site."""
    import pytest

    from policysite.convert import ConvertError
    from policysite.convert.sources import dated_sources

    (tmp_path / "politique.md").write_text("# Politique\n\nMise à jour : 05/06/2021\n\n## 1. Qui\n\nNous.\n",
                                           encoding="utf-8")
    (tmp_path / "cookies.md").write_text("# Cookies\n\nDernière mise à jour : 1er mars 2023\n\n## 1. Qui\n\nNous.\n",
                                         encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("fr",))
    said = messages.said_in(messages.text_of(refused.value), "fr").splitlines()[1:]
    assert said == [
        "  cookies.md\u00a0: pas de date dans le nom du fichier\u202f; son texte indique «\u00a0Dernière mise à jour : 1er mars "
        "2023\u00a0»\u00a0: si son texte est entré en vigueur ce jour-là, renommez-le cookies-2023-03-01.md",
        "  politique.md\u00a0: pas de date dans le nom du fichier\u202f; son texte indique «\u00a0Mise à jour : 05/06/2021\u00a0»\u00a0: "
        "2021-05-06 ou 2021-06-05 (jour ou mois en premier\u00a0: ses chiffres ne permettent pas de trancher)\u00a0: renommez-le "
        "politique-2021-05-06.md ou politique-2021-06-05.md, selon le jour où son texte est entré en vigueur"], said


def test_a_record_of_imported_texts_that_cannot_be_read_is_refused_in_french(tmp_path: Path):
    """The record `policy import` keeps of the texts it imported, edited into something else (not YAML, not a list of
    entries, a symbolic link), is refused in the site's language."""
    import pytest

    from policysite import imported

    said = []
    for data in (b"- [", b"a: 1"):
        with pytest.raises(imported.RecordError) as refused:
            imported.parse(data)
        said.append(messages.said_in(messages.text_of(refused.value), "fr"))
    (tmp_path / imported.FILE).symlink_to(tmp_path / "elsewhere.yml")
    with pytest.raises(imported.RecordError) as refused:
        imported.in_tree(tmp_path)
    said.append(messages.said_in(messages.text_of(refused.value), "fr"))
    assert said == ["imported.yml\u00a0: illisible\u00a0: attendu\u00a0: une valeur\u202f; trouvé\u00a0: la fin du texte "
                    "(ligne 1, colonne 4)",
                    "imported.yml\u00a0: une liste d'entrées avec `lang`, `date`, `sha256` et `source` est attendue",
                    "imported.yml\u00a0: un lien symbolique\u00a0: le registre est un fichier propre au projet"], said


def test_what_the_import_did_to_a_text_s_links_is_said_in_french(tmp_path: Path):
    """A link's tracking parameters removed, a link to a script URL unlinked: said in French on a French site."""
    said = _french_notes(tmp_path / "politique-2024-05-01.md", (
        "# Politique\n\n## 1. Contact\n\nVoir [notre page](https://example.com/contact?utm_source=news&fbclid=abc) et "
        "[ceci](javascript:alert(1)).\n"))
    assert said == [
        "ligne 5\u00a0: lien «\u00a0notre page\u00a0»\u00a0: retiré ses paramètres de suivi (utm_source, fbclid), tel que le site le publie",
        "ligne 5\u00a0: le lien «\u00a0ceci\u00a0» pointait vers une URL javascript:\u00a0: conservé son texte, retiré sa cible"], said


def test_raw_html_tags_template_markers_and_images_in_a_text_are_said_in_french(tmp_path: Path):
    """Raw HTML tags renamed, stripped of attributes or left out, embeds and scripts, images (another host's, a data:
    URL, a missing file), an escaped tag, Liquid markers, a script URL in the text and an icon: said in French, each
    attribute left out with its reason."""
    said = _french_notes(tmp_path / "politique-2024-05-01.md", (
        "# Politique\n\n## 1. Données\n\nNous <b onclick=\"x()\">collectons</b> vos <font color=\"red\">données</font> "
        "<a name=\"haut\" href=\"/a-propos\">ici</a>.\n\nLogo <img src=\"https://cdn.example.com/logo.png\" alt=\"Logo\">"
        " et <img src=\"data:image/png;base64,AAA\"> et <img src=\"img/x.png\" alt=\"schéma\">.\n\nTexte "
        "<iframe src=\"https://video.example.com/v\"></iframe> fin <script>x()</script>.\n\n{% raw %}Écrivez \\<b> "
        "ici.{% endraw %}\n\nVoir javascript:alert(1) ici :material-lock: fermé.\n"))
    assert said == [
        "ligne 5\u00a0: HTML brut <b> devenu <strong>\u00a0: retiré onclick= (un gestionnaire d'événement)",
        "ligne 5\u00a0: HTML brut <b> devenu <strong>",
        "ligne 5\u00a0: la balise HTML brute <font> n'est pas sur la liste des balises permises\u00a0: retiré la balise, "
        "conservé son texte",
        "ligne 5\u00a0: HTML brut <a>\u00a0: retiré href=«\u00a0/a-propos\u00a0» (une page ou un fichier du site où le texte était publié, "
        "pas de celui-ci)\u00a0: son name= est devenu id=",
        "ligne 7\u00a0: l'image https://cdn.example.com/logo.png (d'un autre hôte) est devenue un lien vers elle, avec son "
        "texte de remplacement «\u00a0Logo\u00a0»",
        "ligne 7\u00a0: une image intégrée en URL data: n'avait pas de texte de remplacement\u00a0: retirée",
        "ligne 7\u00a0: l'image img/x.png (un fichier que ce site n'a pas) a été remplacée par son texte de remplacement "
        "«\u00a0schéma\u00a0»",
        "ligne 9\u00a0: l'élément <iframe> qui intégrait https://video.example.com/v est devenu un lien vers cette adresse",
        "ligne 9\u00a0: retiré un élément <script> et son contenu",
        "ligne 11\u00a0: «\u00a0\\<\u00a0» écrit «\u00a0&lt;\u00a0» (le même caractère\u00a0: les contrôles du HTML ne lisent pas les échappements "
        "du Markdown)",
        "ligne 11\u00a0: retiré le marqueur Liquid {% raw %}",
        "ligne 11\u00a0: retiré le marqueur Liquid {% endraw %}",
        "ligne 13\u00a0: le texte «\u00a0javascript:alert(1)\u00a0» se lit comme une URL de script pour les contrôles\u00a0: affiché comme "
        "du code",
        "ligne 13\u00a0: retiré l'icône :material-lock:, que l'ancien site dessinait (ce site n'affiche pas d'icônes dans le "
        "texte)"], said
