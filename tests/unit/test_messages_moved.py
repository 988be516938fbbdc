"""Lines the commands said only in English, now in the catalogues: each said in English word for word as before,
and in French, with the fields it is given (verify's history and theme-folder lines, the reading commands' notes)."""
from __future__ import annotations

import pytest

from policysite import messages
from policysite.messages import Said
from policysite.safety import Violation

_LANDS = Said("verify.lands", links=[Said("verify.lands/one", page="retention.md", target="", date="2021-01-10"),
                                     Said("verify.lands/one", page="cookies.md", target="cookies", date="2021-01-01")])

SAID = [
    (Said("verify.unproven", version="2021-02-17", commit="1a2b3c4", subject="Squash", branch="gh-pages"),
     "2021-02-17: its publication record was added by 1a2b3c4 “Squash”, not by the commit publishing writes for it: gh-pages's "
     "history, the proof of when the text reached the site, was rewritten (squashed?): restore the branch from a copy "
     "that has it",
     "2021-02-17\u00a0: son relevé de publication a été ajouté par 1a2b3c4 «\u00a0Squash\u00a0», et non par le commit que la publication écrit "
     "pour elle\u00a0: l'historique de gh-pages, la preuve de la date à laquelle le texte a été mis en ligne, a été réécrit "
     "(squash\u202f?)\u00a0: restaurez la branche à partir d'une copie qui l'a encore"),
    (Said("verify.unproven/none", version="2021-02-17", commit="", subject="", branch="gh-pages"),
     "2021-02-17: no commit of gh-pages's history added its publication record, not even the one publishing writes for it: "
     "gh-pages's history, the proof of when the text reached the site, was rewritten (squashed?): restore the branch "
     "from a copy that has it",
     "2021-02-17\u00a0: aucun commit de l'historique de gh-pages n'a ajouté son relevé de publication, pas même celui que la "
     "publication écrit pour elle\u00a0: l'historique de gh-pages, la preuve de la date à laquelle le texte a été mis en "
     "ligne, a été réécrit (squash\u202f?)\u00a0: restaurez la branche à partir d'une copie qui l'a encore"),
    (Said("verify.relinked", version="2021-02-17", now=_LANDS, commit="1a2b3c4", then=Said("verify.lands/nowhere"),
          branch="gh-pages"),
     "2021-02-17: its links to the site's other documents land on retention.md → the first document 2021-01-10, "
     "cookies.md → cookies 2021-01-01, and when 1a2b3c4 published it on nothing: a published version's links never "
     "change; they were changed on gh-pages with its publication record: restore them",
     "2021-02-17\u00a0: ses liens vers les autres documents du site\u00a0: désormais retention.md → le premier document "
     "2021-01-10, cookies.md → cookies 2021-01-01, et lorsque 1a2b3c4 l'a publiée, aucun\u00a0: les liens d'une version "
     "publiée ne changent jamais\u202f; ils ont été modifiés sur gh-pages avec son relevé de publication\u00a0: remettez-les"),
    (Said("verify.redated", version="2027-01-10", announced="2026-12-01", commit="1a2b3c4", day="2027-01-12",
          branch="gh-pages"),
     "2027-01-10: announced on December 1, 2026 and published ahead of its date, by 1a2b3c4, which is dated January 12, 2027: "
     "publishing dates such a version on the day it is announced, so gh-pages's dates were changed (its history is "
     "the proof of when each text reached the site): restore the branch from a copy that has them",
     "2027-01-10\u00a0: annoncée le 1er décembre 2026 et publiée avant sa date, par 1a2b3c4, daté du 12 janvier 2027\u00a0: la publication "
     "date une telle version du jour de son annonce\u202f; les dates de gh-pages ont donc été modifiées (son historique est "
     "la preuve de la date à laquelle chaque texte a été mis en ligne)\u00a0: restaurez la branche à partir d'une copie qui "
     "les a encore"),
    (Said("verify.misdated/before-previous", committed="2021-06-01 09:00 UTC", previous="5d6e7f8",
          then="2022-01-01 10:00 UTC"),
     "dated 2021-06-01 09:00 UTC, before the commit it follows (5d6e7f8, dated 2022-01-01 10:00 UTC): publishing "
     "dates each commit after the one before",
     "daté du 2021-06-01 09:00 UTC, avant le commit qu'il suit (5d6e7f8, daté du 2022-01-01 10:00 UTC)\u00a0: la "
     "publication date chaque commit après le précédent"),
    (Said("verify.misdated/before-date", committed="2021-06-01 09:00 UTC", version="2027-01-10"),
     "dated 2021-06-01 09:00 UTC, before 2027-01-10, the date of the version it published, which has no "
     "`announced:`: publishing refuses such a text before its date",
     "daté du 2021-06-01 09:00 UTC, avant le 2027-01-10, date de la version qu'il a publiée, qui n'a pas de "
     "`announced:`\u00a0: la publication refuse un tel texte avant sa date"),
    (Said("verify.absent", version="2022-01-01", commit="1a2b3c4", newest="2023-01-01", branch="gh-pages", later="",
          file="unpublished.yml"),
     "2022-01-01 (commit 1a2b3c4): a dated version of the history, before January 1, 2023, is not on gh-pages: removed "
     "from the archive; it was in force from its date until the next version's, and cannot be published again after "
     "a later one (record it in unpublished.yml if it never was)",
     "2022-01-01 (commit 1a2b3c4)\u00a0: une version datée de l'historique, antérieure au 1er janvier 2023, n'est pas sur "
     "gh-pages\u00a0: retirée de l'archive\u202f; elle a été en vigueur de sa date jusqu'à celle de la version suivante, et ne "
     "peut plus être publiée après une version postérieure (inscrivez-la dans unpublished.yml si elle ne l'a jamais "
     "été)"),
    (Said("verify.absent/refused", version="2021-02-17", commit="1a2b3c4", newest="2022-04-01", branch="gh-pages",
          later="2021-03-01", file="unpublished.yml"),
     "2021-02-17 (commit 1a2b3c4): a dated version of the history, before April 1, 2022, is not on gh-pages: never "
     "published (dated before March 1, 2021, published from an earlier commit: publishing refused it); record 1a2b3c4 "
     "in unpublished.yml as never published",
     "2021-02-17 (commit 1a2b3c4)\u00a0: une version datée de l'historique, antérieure au 1er avril 2022, n'est pas sur "
     "gh-pages\u00a0: jamais publiée (datée d'avant le 1er mars 2021, publiée à partir d'un commit antérieur\u00a0: la publication "
     "l'a refusée)\u202f; inscrivez 1a2b3c4 dans unpublished.yml comme jamais publié"),
    (Said("verify.absent/in-force", version="2021-02-17", commit="1a2b3c4", branch="gh-pages"),
     "2021-02-17 (commit 1a2b3c4): a dated version of the history, in force since its date by it, is not on "
     "gh-pages: publish it (`policy history`), or find out why the branch lacks it (rewound by a force-push?)",
     "2021-02-17 (commit 1a2b3c4)\u00a0: une version datée de l'historique, en vigueur depuis sa date selon celui-ci, "
     "n'est pas sur gh-pages\u00a0: publiez-la (`policy history`), ou cherchez pourquoi la branche ne l'a pas (ramenée en "
     "arrière par un force-push\u202f?)"),
    (Said("verify.absent/announced", version="2027-03-01", commit="1a2b3c4", announced="2027-01-20",
          branch="gh-pages"),
     "2027-03-01 (commit 1a2b3c4): a dated version of the history, announced on January 20, 2027 to take effect on "
     "March 1, 2027, is not on gh-pages: publish it (`policy history`), or find out why the branch lacks it (rewound by "
     "a force-push? the text readers were told of must stay as it was announced)",
     "2027-03-01 (commit 1a2b3c4)\u00a0: une version datée de l'historique, annoncée le 20 janvier 2027 pour entrer en vigueur "
     "le 1er mars 2027, n'est pas sur gh-pages\u00a0: publiez-la (`policy history`), ou cherchez pourquoi la branche ne l'a "
     "pas (ramenée en arrière par un force-push\u202f? le texte annoncé aux lecteurs doit rester tel qu'il a été annoncé)"),
    (Said("verify.shared-renamed", folder="assets/0badc0ffee/", files="a/b.js", listing="manifest/assets/0badc0ffee.json"),
     "assets/0badc0ffee/a/b.js: not the files the folder is named after (a digest of its files' paths and bytes): "
     "replaced on the branch together with manifest/assets/0badc0ffee.json; restore them (`git log -p "
     "assets/0badc0ffee/`)",
     "assets/0badc0ffee/a/b.js\u00a0: ce ne sont pas les fichiers d'après lesquels le dossier est nommé (une empreinte des "
     "chemins et des octets de ses fichiers)\u00a0: remplacés sur la branche en même temps que "
     "manifest/assets/0badc0ffee.json\u202f; remettez-les (`git log -p assets/0badc0ffee/`)"),
    (Said("verify.shared-unlisted", folder="fr/2021-02-17/", source="docs/fr/index.md", theme="assets/0badc0ffee/",
          listing="manifest/assets/0badc0ffee.json"),
     "fr/2021-02-17/ (docs/fr/index.md): its pages link assets/0badc0ffee/, which no publication record lists "
     "(manifest/assets/0badc0ffee.json is missing)",
     "fr/2021-02-17/ (docs/fr/index.md)\u00a0: ses pages renvoient à assets/0badc0ffee/, qu'aucun relevé de publication ne liste "
     "(manifest/assets/0badc0ffee.json est manquant)"),
    (Said("verify.hand-edited", version="2021-02-17", paths="fr/2021-02-17/index.html, manifest/2021-02-17.json",
          commit="1a2b3c4"),
     "2021-02-17: fr/2021-02-17/index.html, manifest/2021-02-17.json changed since 1a2b3c4 published it: built with "
     "another generator, it cannot be rebuilt to show what changed; rebuild it with today's (policy history "
     "--rebuild) if a rebuild did it, else restore the files",
     "2021-02-17\u00a0: changements dans fr/2021-02-17/index.html, manifest/2021-02-17.json depuis que 1a2b3c4 l'a "
     "publiée\u00a0: construite avec un autre générateur, elle ne peut pas être reconstruite pour montrer ce qui a changé\u202f; "
     "reconstruisez-la avec celui d'aujourd'hui (policy history --rebuild) si une reconstruction en est la cause, "
     "sinon remettez les fichiers"),
    (Said("verify.nothing", why=Said("branch.missing/remote", branch="origin/gh-pages", remote="origin",
                                     name="gh-pages")),
     "nothing to verify: there is no origin/gh-pages here: fetch the archive (`git fetch origin gh-pages`), or "
     "publish it from the policy's history (`policy history`)",
     "rien à vérifier\u00a0: origin/gh-pages n'existe pas ici\u00a0: récupérez l'archive (`git fetch origin gh-pages`), ou "
     "publiez-la à partir de l'historique de la politique (`policy history`)"),
    (Said("verify.remote", remote="upstream", name="gh-pages"),
     "upstream/gh-pages is verified", "upstream/gh-pages est vérifiée"),
    (Said("branch.read-diverged", remote="origin", branch="gh-pages"),
     "the local gh-pages is read, and it has diverged from origin/gh-pages, what the site serves (each has commits the "
     "other lacks): reconcile them (`git branch -f gh-pages origin/gh-pages` keeps the remote's), or name it: -b "
     "origin/gh-pages",
     "la branche locale gh-pages est lue, et elle a divergé par rapport à origin/gh-pages, ce que le site sert "
     "(chacune a des commits que l'autre n'a pas)\u00a0: réconciliez-les (`git branch -f gh-pages origin/gh-pages` garde "
     "celle du dépôt distant), ou nommez celle-ci\u00a0: -b origin/gh-pages"),
    # lines a test reaches only at great cost: a theme breaking the archive's own pages, a submodule's commit missing
    # from its clone, a history rewritten in one day, a version not rebuilt, a merged pull request's draft
    (Said("publish.archive-unsafe", code="fr",
          violations=[Violation("fr/history/index.html", None, Said("output.no-csp")).said()]),
     "the French history, compare and feed pages fail the output check: fr/history/index.html: the page has no "
     "Content-Security-Policy",
     "les pages d'historique, de comparaison et de flux en français ne passent pas la vérification de sortie\u00a0: "
     "fr/history/index.html\u00a0: la page n'a pas de Content-Security-Policy"),
    (Said("import.submodule-unfetched", link="legal", path="privacy.md", where="/srv/old", commit="1a2b3c4",
          pinned="5d6e7f8"),
     "legal/privacy.md: /srv/old's commit 1a2b3c4 pins the submodule's commit 5d6e7f8, which legal does not hold: "
     "fetch it (git -C /srv/old submodule update --init legal), then import (nothing imported)",
     "legal/privacy.md\u00a0: le commit 1a2b3c4 de /srv/old fixe le commit 5d6e7f8 du sous-module, que legal ne contient "
     "pas\u00a0: récupérez-le (git -C /srv/old submodule update --init legal), puis importez (rien n'a été importé)"),
    (Said("import.git-rewritten", name="privacy.md", count=12, day="2023-05-02", earliest="2019-01-04",
          latest="2023-04-28"),
     "privacy.md: its 12 commits are all dated May 2, 2023, their authors' dates January 4, 2019 to April 28, 2023: the "
     "branch's history was rewritten that day (git rebase --root, filter-branch), and its commits do not say when "
     "each text reached the old site: the last is imported from that day; import the earlier ones as files named by "
     "the days the old site showed them (its pages in the Wayback Machine), if it did",
     "privacy.md\u00a0: ses 12 commits sont tous datés du 2 mai 2023, les dates de leurs auteurs allant du 4 janvier 2019 au "
     "28 avril 2023\u00a0: l'historique de la branche a été réécrit ce jour-là (git rebase --root, filter-branch), et ses "
     "commits ne disent pas quand chaque texte a été mis en ligne sur l'ancien site\u00a0: le dernier est importé à partir "
     "de ce jour\u202f; importez les précédents comme des fichiers nommés d'après les jours où l'ancien site les a montrés "
     "(ses pages dans la Wayback Machine), s'il l'a fait"),
    (Said("publish.not-rebuilt/moved", version="2021-02-17", path="docs/privacy.md", configured="docs/fr/index.md",
          commit="1a2b3c4"),
     "2021-02-17: not rebuilt: its page was docs/privacy.md in its commit, today's configuration reads "
     "docs/fr/index.md (1a2b3c4); kept as published",
     "2021-02-17\u00a0: non reconstruite\u00a0: sa page était docs/privacy.md à son commit, la configuration actuelle lit "
     "docs/fr/index.md (1a2b3c4)\u202f; conservée telle que publiée"),
    (Said("history.draft-merged", day="2024-03-01", commit="1a2b3c4", merge="5d6e7f8", parent=3),
     "March 1, 2024: the text of 1a2b3c4, reached only through the 3rd parent of the merge 5d6e7f8, is not "
     "published: a pull request's draft is not a version",
     "1er mars 2024\u00a0: le texte de 1a2b3c4, atteint seulement par le 3e parent de la fusion 5d6e7f8, n'est pas "
     "publié\u00a0: le brouillon d'une pull request n'est pas une version"),
    (Said("import.alt-chunk-placed", name="politique.docx", part=Said("import.alt-chunk-placed/a-chunk")),
     "politique.docx: the web page embedded as a chunk (Word's “alternative format chunk”) is inside a table, a list "
     "or a text box, where its text cannot be read as a page: open the document in Word and save it again (Word then "
     "writes the page's text as its own), or import the page as .html",
     "politique.docx\u00a0: la page web incorporée comme un bloc (un «\u00a0bloc de format de remplacement\u00a0» de Word) se trouve "
     "dans un tableau, une liste ou une zone de texte, où son texte ne peut pas être lu comme une page\u00a0: ouvrez le "
     "document dans Word et enregistrez-le de nouveau (Word écrit alors le texte de la page comme le sien), ou "
     "importez la page en .html"),
]


@pytest.mark.parametrize(("said", "english", "french"), SAID, ids=[said.key for said, _, _ in SAID])
def test_a_moved_line_says_the_english_as_before_and_the_french(said, english, french):
    assert str(said) == english
    assert messages.said_in(said, "en") == english
    assert messages.said_in(said, "fr") == french



INIT = [  # (--languages of a French site, of an English one, the other arguments, the French error, the English one)
    ("fr,xx1", "en,xx1", [],
     "--languages\u00a0: «\u00a0xx1\u00a0» n'est pas un code de langue tel que `fr`, `de` ou `pt-BR` (les codes sont séparés par des "
     "virgules)",
     "--languages: “xx1” is not a language code such as `fr`, `de` or `pt-BR` (codes are separated by commas)"),
    ("fr,qq", "en,qq", [], "--languages\u00a0: «\u00a0qq\u00a0» n'est pas une langue connue (par exemple `fr`, `de`, `pt-BR`, `ja`)",
     "--languages: “qq” is not a known language (e.g. `fr`, `de`, `pt-BR`, `ja`)"),
    ("fr,de,de", "en,de,de", [], "--languages\u00a0: de est donné deux fois", "--languages: de is given twice"),
    ("fr", "en", ["--company", " "],
     "--company est vide\u00a0: donnez le nom de l'entreprise, par exemple --company \"Exemple SAS\"",
     "--company is empty: give the company's name, e.g. --company \"Example Ltd\""),
    ("fr", "en", ["--company", "A" * 201], "--company\u00a0: le nom dépasse 200 caractères",
     "--company: the name is longer than 200 characters"),
    ("fr", "en", ["--url", "ftp:x"],
     "--url\u00a0: «\u00a0ftp:x\u00a0» n'est pas une adresse telle que https://www.example.com/confidentialite/",
     "--url: “ftp:x” is not an address such as https://www.example.com/privacy/"),
    ("fr", "en", ["--time-zone", "Mars/Base"],
     "--time-zone\u00a0: 'Mars/Base' n'est pas un fuseau horaire\u00a0: donnez son nom IANA, par exemple Europe/Paris, "
     "America/New_York ou UTC",
     "--time-zone: 'Mars/Base' is no time zone: give its IANA name, such as Europe/Paris, America/New_York or UTC"),
]


@pytest.mark.parametrize(("french_site", "english_site", "arguments", "french", "english"), INIT,
                         ids=[str(n) for n in range(len(INIT))])
def test_init_s_errors_are_said_in_the_new_site_s_language(tmp_path, monkeypatch, capsys, french_site, english_site,
                                                            arguments, french, english):
    """The authoritative language, the first of --languages, says them (no site exists yet to ask); an English-first
    site, or POLICY_MESSAGES=en, says the English as before; nothing is made."""
    from policysite import cli

    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    base = ["init", str(tmp_path / "site"), "--company", "Acme"]
    assert cli.main([*base, "--languages", french_site, *arguments]) == cli.USAGE
    assert capsys.readouterr().err == f"error: {french}\n"
    assert cli.main([*base, "--languages", english_site, *arguments]) == cli.USAGE
    assert capsys.readouterr().err == f"error: {english}\n"
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main([*base, "--languages", french_site, *arguments]) == cli.USAGE
    assert capsys.readouterr().err == f"error: {english}\n"
    assert not (tmp_path / "site").exists()


def test_init_into_a_folder_that_is_not_empty_is_refused_in_french(tmp_path, monkeypatch, capsys):
    from policysite import cli

    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("x", encoding="utf-8")
    assert cli.main(["init", str(tmp_path / "site"), "--company", "Acme", "--languages", "fr,en"]) == cli.USAGE
    assert capsys.readouterr().err.startswith(
        f"error: {tmp_path / 'site'}\u00a0: n'est pas un dossier vide\u00a0: policy init crée un nouveau site dans un "
        "dossier nouveau ou vide uniquement, et n'y a rien écrit\u202f; indiquez un nouveau dossier (policy init ")
    assert cli.main(["init", str(tmp_path / "site"), "--company", "Acme", "--languages", "en,fr"]) == cli.USAGE
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'site'}: not an empty folder: policy init makes a "
                                              "new site in a new or empty folder only, and wrote nothing; give a new "
                                              "folder (policy init ")


@pytest.mark.parametrize(("href", "title", "english", "french"), [
    ("https://evil.example/plainte", "https://www.cnil.fr/plaintes",
     "the link's title (shown when the pointer rests on it) shows the address https://www.cnil.fr but goes to "
     "https://evil.example/plainte",
     "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse https://www.cnil.fr mais mène à "
     "https://evil.example/plainte"),
    ("mailto:dpo@evil.example", "dpo@acme.example",
     "the link's title (shown when the pointer rests on it) shows the address dpo@acme.example but writes to "
     "dpo@evil.example",
     "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse dpo@acme.example mais écrit à "
     "dpo@evil.example"),
])
def test_a_link_s_title_showing_another_address_is_said_in_french(href, title, english, french):
    """editorial.link-text of a Markdown link's title (rendering.check, as `policy check` reads the page) and the
    output check's violation of the published page: English as before, and French."""
    from policysite import rendering, safety

    text = f"---\ndate: 2021-02-17\n---\n\n# Politique\n\n## 1. Contact\n\nÉcrivez à [la commission]({href} \"{title}\").\n"
    [found] = [f for f in rendering.check(text, path="docs/fr/index.md", lang="fr") if f.rule == "editorial.link-text"]
    assert (found.line, found.message, found.said("fr")) == (
        9, english, f"docs/fr/index.md:9: [editorial.link-text] {french}")
    assert safety.title_address(href, title) == english
    assert messages.said_in(safety.title_address(href, title), "fr") == french


def test_what_the_pdf_cannot_draw_is_said_in_french():
    """pdf.glyph: a sign the PDF prints □, and the letters of a script its fonts lack (their script named in the
    catalogue's words, with how many more), English as before."""
    from policysite import document, glyphs

    text = "---\ndate: 2024-03-01\n---\n\n# Titre\n\n## 1. Données ✅\n\nTexte.\n"
    [sign] = glyphs.check(document.parse(text, path="docs/fr/index.md", lang="fr"), text)
    assert sign.said("en") == ("docs/fr/index.md:7: warning: [pdf.glyph] ✅ (U+2705): no font of the French PDF draws "
                               "it: the PDF prints □ instead; write it in words, or add a font that has it in a folder "
                               "named as the PDFs' fonts folder (`extra.policy.pdf_fonts`)")
    assert sign.said("fr") == ("docs/fr/index.md:7: avertissement\u00a0: [pdf.glyph] ✅ (U+2705)\u00a0: aucune police du PDF en "
                               "français ne le dessine\u00a0: le PDF imprime □ à la place\u202f; écrivez-le en toutes lettres, ou "
                               "ajoutez une police qui l'a dans un dossier indiqué comme dossier des polices des PDF (`extra.policy.pdf_fonts`)")
    text = "---\ndate: 2024-03-01\n---\n\n# นโยบาย\n\n## 1. ข้อมูล\n\nข้อมูล\n"
    letters = glyphs.check(document.parse(text, path="docs/th/index.md", lang="th"), text)[0]
    named = "น (U+0E19), บ (U+0E1A), ย (U+0E22), า (U+0E32), โ (U+0E42), ข (U+0E02), ม (U+0E21), ล (U+0E25)"
    # (the PDF prints the site's own Thai words too, company19: their letters are counted with the text's)
    assert letters.message == (f"{named} and 17 more: no font of the Thai PDF draws these Thai letters: the version "
                               "would be published without its PDF; add a font that has them (such as TLWG Loma) in a "
                               "folder named as the PDFs' fonts folder (`extra.policy.pdf_fonts`)")
    assert letters.said("fr") == (f"docs/th/index.md:5: avertissement\u00a0: [pdf.glyph] {named} et 17 de plus\u00a0: aucune police "
                                  "du PDF en thaï ne dessine ces lettres thaïes\u00a0: la version serait publiée sans son "
                                  "PDF\u202f; ajoutez une police qui les a (comme TLWG Loma) dans un dossier indiqué comme "
                                  "dossier des polices des PDF (`extra.policy.pdf_fonts`)")
    # words 31: a script the catalogue has no adjective for was named in English ('ces lettres Gujarati')
    text = "---\ndate: 2024-03-01\n---\n\n# નીતિ\n\n## 1. માહિતી\n\nમાહિતી\n"
    letters = glyphs.check(document.parse(text, path="docs/gu/index.md", lang="gu"), text)[0]
    assert "no font of the Gujarati PDF draws these Gujarati letters: the version" in letters.message
    assert "aucune police du PDF en goudjarati ne dessine ces lettres (écriture\u00a0: goudjarâtî)\u00a0: la version" in \
        letters.said("fr"), letters.said("fr")


def test_a_text_layer_misread_is_said_in_french():
    """pdf.text-layer's words (the site's own words, an example of a letter once more or lacking)."""
    said = Said("pdf.text-layer", where=Said("pdf.own-words"), shown=Said("pdf.named", names="ชื่อ, นี้", more=0),
                lang="th", example=Said("pdf.example/more", word="นี้", part="ี้"), setting="extra.policy.pdf_fonts")
    assert said == ("the site's own words in the PDF (its version line, labels): ชื่อ, นี้: the Thai PDF draws these "
                    "words, but its text layer (what a reader copies, searches or hears read aloud) reads them "
                    "otherwise (นี้ holds ี้ once more): its font sets their marks apart and the print engine writes "
                    "their letters again; set these letters in a font whose text layer reads them right, in a folder "
                    "named as the PDFs' fonts folder (`extra.policy.pdf_fonts`)")
    assert messages.said_in(said, "fr") == (
        "les mots propres au site dans le PDF (sa ligne de version, ses libellés)\u00a0: ชื่อ, นี้\u00a0: le PDF en thaï dessine "
        "ces mots, mais sa couche de texte (ce qu'un lecteur copie, recherche ou entend lire à voix haute) les lit "
        "autrement (นี้ contient ี้ une fois de trop)\u00a0: sa police sépare leurs signes diacritiques et le moteur "
        "d'impression écrit leurs lettres une seconde fois\u202f; composez ces lettres dans une police dont la couche de "
        "texte les lit correctement, dans un dossier indiqué comme dossier des polices des PDF (`extra.policy.pdf_fonts`)")


def test_a_preview_s_lines_are_said_in_the_site_s_language_and_placed_on_the_page_in_either(tmp_path, monkeypatch):
    """The hook's own warnings (preview.py): said in the project's language, read back by the gate (build_findings)
    at the line they name whichever language said them."""
    from helpers import copy_project
    from policysite import gate, preview

    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    copy_project(tmp_path / "site", docs=None)  # a French-authoritative site
    lang = preview.language(str(tmp_path / "site" / "mkdocs.yml"))
    assert lang == "fr"
    body = preview.body_line(6, Said("render.nested"), lang)
    heading = preview.unbuilt("s2", lang)
    assert heading == ("section #s2\u00a0: son titre n'est pas un titre de la page construite (un lien vers elle ne mènerait "
                       "nulle part)\u00a0: écrivez-le comme un titre Markdown à partir de la première colonne de la ligne (## "
                       "Titre)")
    assert preview.unbuilt("s2", "en") == ("section #s2: its heading is not a heading of the built page (a link to it "
                                           "would land nowhere): write it as a Markdown heading from the line's first "
                                           "column (## Title)")
    assert body.startswith("ligne 6 du corps de la page\u00a0: ")
    assert preview.body_line(6, Said("render.nested"), "en") == \
        f"body line 6: {Said('render.nested')}"
    assert preview.rewritten("index.md", lang) == (
        "index.md\u00a0: le modèle du thème a modifié le texte de la page (il n'écrit plus le texte que lisent les "
        "vérifications\u00a0: un modèle propre au projet l'a réécrit)")
    assert preview.rewritten("index.md", "en") == (
        "index.md: the theme's template changed the page's text (it no longer writes the text the checks read: a "
        "template of the project's own rewrote it)")
    text = "---\ndate: 2021-02-17\n---\n\n# P\n\n## 1. Qui\n\n- un\n- deux\n\n## 2. Droits\n"
    for said in (lang, "en"):
        found = gate.build_findings([f"policy: {preview.body_line(6, 'x', said)}", preview.unbuilt("s2", said)],
                                    page="docs/fr/index.md", text=text, lang="fr")
        assert [(f.line, f.message) for f in found] == [(10, "x"), (12, preview.unbuilt("s2", said))], said


def test_two_files_of_one_date_are_refused_in_french(tmp_path):
    """import.same-date and its variants: two formats of one version, two pages of one text, one name in two
    folders; English as before."""
    from policysite.convert import ConvertError, dated_sources

    formats, parts, folders = tmp_path / "formats", tmp_path / "parts", tmp_path / "folders"
    for folder, names in ((formats, ["a-2019-03-01.md", "b-20190301.html"]),
                          (parts, ["p-2019-03-01.md", "q-2019-03-01.md"]),
                          (folders, ["x/p-2019-03-01.md", "y/p-2019-03-01.md"])):
        for name in names:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(f"# Politique\n\n{name}\n", encoding="utf-8")  # (not copies of one text)
    said = {}
    for folder in (formats, parts, folders):
        with pytest.raises(ConvertError) as error:
            dated_sources([folder])
        said[folder.name] = messages.text_of(error.value)
    assert said["formats"] == ("a-2019-03-01.md and b-20190301.html: both are dated March 1, 2019: import one text per "
                               "date (the same version in two formats, most likely: keep the one readers were shown, "
                               "b-20190301.html, and move the other out of the folder)")
    assert messages.said_in(said["formats"], "fr") == (
        "a-2019-03-01.md et b-20190301.html\u00a0: tous deux datés du 1er mars 2019\u00a0: importez un seul texte par date (très "
        "probablement la même version dans deux formats\u00a0: gardez celle que les lecteurs ont vue, b-20190301.html, et "
        "sortez l'autre du dossier)")
    assert said["parts"] == ("p-2019-03-01.md and q-2019-03-01.md: both are dated March 1, 2019: import one text per date "
                             "(if they are the pages of one text, name them in their order, p-2019-03-01-part-1.md, "
                             "p-2019-03-01-part-2.md: they are read as one)")
    assert messages.said_in(said["parts"], "fr") == (
        "p-2019-03-01.md et q-2019-03-01.md\u00a0: tous deux datés du 1er mars 2019\u00a0: importez un seul texte par date (s'il "
        "s'agit des pages d'un même texte, nommez-les dans leur ordre, p-2019-03-01-part-1.md, p-2019-03-01-part-2.md\u00a0"
        ": elles sont lues comme un seul texte)")
    x, y = folders / "x", folders / "y"
    assert said["folders"] == (f"p-2019-03-01.md and p-2019-03-01.md: both are dated March 1, 2019 (in {x} and {y}): "
                               "import one text per date")
    assert messages.said_in(said["folders"], "fr") == (
        f"p-2019-03-01.md et p-2019-03-01.md\u00a0: tous deux datés du 1er mars 2019 (dans {x} et dans {y})\u00a0: importez un seul "
        "texte par date")


def test_versions_kept_in_dated_folders_and_undated_months_are_named_in_french(tmp_path):
    """import.undated-folder and import.undated-month: each file named with the name to give it, in the site's
    language; English as before."""
    from policysite.convert import ConvertError, dated_sources

    for folder in ("2021-02-17", "2023-05-01"):
        (tmp_path / "folders" / folder).mkdir(parents=True)
        (tmp_path / "folders" / folder / "privacy.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "months").mkdir()
    (tmp_path / "months" / "privacy.md").write_text("# Privacy Policy\n\nLast updated: March 2023\n\n## 1. Who\n\nUs.\n",
                                                    encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path / "folders"])
    said = messages.text_of(refused.value)
    assert str(said).splitlines()[1] == ("  2021-02-17/privacy.html: no date in the file name (a folder's name is not "
                                         "read): rename it privacy-2021-02-17.html")
    assert messages.said_in(said, "fr").splitlines() == [
        "2 noms de fichiers ne portent aucune date que l'import lit\u00a0:",
        "  2021-02-17/privacy.html\u00a0: pas de date dans le nom du fichier (le nom d'un dossier n'est pas lu)\u00a0: "
        "renommez-le privacy-2021-02-17.html",
        "  2023-05-01/privacy.html\u00a0: pas de date dans le nom du fichier (le nom d'un dossier n'est pas lu)\u00a0: "
        "renommez-le privacy-2023-05-01.html"]
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path / "months" / "privacy.md"], languages=("en",))
    said = messages.text_of(refused.value)
    assert said == ("privacy.md: no date in the file name; its text says “Last updated: March 2023”, a month without "
                    "its day: rename it privacy-2023-03-DD.md, DD the day its text took effect (the old site's archive, "
                    "a capture or the announcement may say it; the import takes no day the text does not give)")
    assert messages.said_in(said, "fr") == (
        "privacy.md\u00a0: pas de date dans le nom du fichier\u202f; son texte indique «\u00a0Last updated: March 2023\u00a0», un mois sans "
        "son jour\u00a0: renommez-le privacy-2023-03-DD.md, DD étant le jour où son texte est entré en vigueur (l'archive de "
        "l'ancien site, une capture ou l'annonce peuvent l'indiquer\u202f; l'import ne retient aucun jour que le texte ne "
        "donne pas)")
