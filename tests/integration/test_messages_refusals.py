"""A French site's refusals of publishing are said in French, as its check's findings are: the version refused, each
finding with its rule id and line, and what to do; `--messages en` and POLICY_MESSAGES say them in English."""
from __future__ import annotations

import os
import re
import shutil
import zipfile

import pytest

from helpers import git, kinds_read, policy_in_process, verified_in_both
from policy_repo import (
    Project,
    commit_on_branch,
    copy_of,
    copy_with_origin,
    fr_page,
    made_once,
    new_project,
    publish_first,
    published_with_an_origin,
)
from policysite import cli, messages, strings

pytestmark = pytest.mark.usefixtures("no_identity")


# A committer's identity for the imports' commits (the module runs without one, as CI does)
WHO = {f"GIT_{role}_{what}": value for role in ("AUTHOR", "COMMITTER")
       for what, value in (("NAME", "Legal"), ("EMAIL", "legal@example.com"))}


def _environment(**values: str) -> dict[str, str]:
    """The tests' environment without their POLICY_MESSAGES=en (the site's own language then), plus `values`."""
    env = {key: value for key, value in os.environ.items() if key != messages.ENVIRONMENT}
    return {**env, **values}


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published: made once for the run, copied by the tests that go on from there."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture(scope="module")
def first_pushed(tmp_path_factory) -> Project:
    """`published_with_an_origin` once for the run (its folder's project and origin.git), copied by the test."""
    return made_once(tmp_path_factory, published_with_an_origin)


@pytest.fixture
def doubled(tmp_path) -> Project:
    """A French site whose only version doubles a word, which blocks its publication."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17", fr="Nous traitons traitons vos données avec soin.")
    return project


@pytest.mark.parametrize("command", ["publish", "history"])
def test_a_french_site_s_refusal_is_said_in_french_and_nothing_is_published(doubled, command):
    result = policy_in_process(["--root", str(doubled.root), command], env=_environment())
    assert result.returncode == 1 and doubled.branch() is None
    assert re.search(r"^error: 2021-02-17 \(commit [0-9a-f]{7}\)\u00a0: non publiée, 1 problème\u00a0:\n"
                     r"  docs/fr/index\.md:\d+: \[editorial\.doubled-word\] §2\u00a0: «\u00a0traitons traitons\u00a0»\u00a0: le mot "
                     r"«\u00a0traitons\u00a0» est répété$", result.stderr, re.M), result.stderr
    if command == "history":  # (publish refuses its one version; history says how many it refused and what to do)
        assert ("error: 1 version datée refusée par les vérifications\u00a0: corrigez-la dans un nouveau commit, ou "
                "inscrivez son commit dans unpublished.yml comme jamais publié") in result.stderr


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_refusal_in_english_when_asked(doubled, how):
    argv = ["--root", str(doubled.root), "publish"] + (["--messages", "en"] if how == "option" else [])
    env = _environment(**({messages.ENVIRONMENT: "en"} if how == "environment" else {}))
    result = policy_in_process(argv, env=env)
    assert result.returncode == 1
    assert re.search(r"^error: 2021-02-17 \(commit [0-9a-f]{7}\): not published, 1 finding:\n  docs/fr/index\.md:\d+: "
                     r"\[editorial\.doubled-word\] §2: “traitons traitons”: the word “traitons” is doubled$",
                     result.stderr, re.M), result.stderr
    assert "non publiée" not in result.stderr


def test_a_text_dated_before_an_earlier_commit_s_date_is_refused_in_french(tmp_path):
    """history.backdated (as history.superseded and history.merged): the history's own refusal, said in the site's
    language with the commits, dates and file it names."""
    project = new_project(tmp_path / "project")
    project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    earlier = project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    backdated = project.commit("2021-01-01", fr="Texte trois.", en="Text three.")
    result = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert result.returncode == 1 and project.branch() is None
    assert (f"  docs/fr/index.md:1: [history.backdated] {backdated[:7]} date docs/fr/index.md du 1er janvier 2021, avant le "
            f"1er janvier 2022 du commit antérieur {earlier[:7]}\u00a0: la date de chaque texte doit suivre celles des textes qui "
            "le précèdent dans l'historique") in result.stderr, result.stderr
    assert f"inscrivez {backdated[:7]} dans unpublished.yml comme jamais publié (ou {earlier[:7]}, si la version du " \
        "1er janvier 2022 n'a jamais été en vigueur)." in result.stderr
    english = policy_in_process(["--root", str(project.root), "history", "--messages", "en"], env=_environment())
    assert (f"  docs/fr/index.md:1: [history.backdated] {backdated[:7]} dates docs/fr/index.md January 1, 2021, before "
            f"January 1, 2022 of the earlier commit {earlier[:7]}: each text's date must follow those before it in the "
            "history") in english.stderr, english.stderr


def test_what_publish_and_history_did_and_why_they_stopped_is_said_in_french(tmp_path):
    """The outcome's lines (published, nothing to publish, nothing published) and the refusals raised before
    anything is written (uncommitted changes, a date older than the published one, no such document) are said in
    the site's language; the same commands with `--messages en` say the English, word for word as before."""
    project = new_project(tmp_path / "project")
    commit = project.commit("2021-02-17")
    root = ["--root", str(project.root)]
    published = policy_in_process([*root, "publish"], env=_environment())
    assert published.returncode == 0, published.stderr
    assert published.stdout == f"version 2021-02-17 publiée (fr, en) sur gh-pages à partir du commit {commit[:7]}\n"
    again = policy_in_process([*root, "publish"], env=_environment())
    assert again.stdout == (f"rien à publier\u00a0: la version 2021-02-17 figure déjà sur gh-pages avec ce texte (commit "
                            f"{commit[:7]})\n")
    history = policy_in_process([*root, "history"], env=_environment())
    assert history.stdout == ("rien à publier\u00a0: toutes les versions datées de l'historique (1) figurent déjà sur "
                              "gh-pages\n")
    verified = policy_in_process([*root, "verify"], env=_environment())
    assert verified.returncode == 0 and re.fullmatch(
        r"gh-pages\u00a0: \d+ fichiers de 1 version conformes au relevé de publication\u202f; \d+ fichiers des pages d'historique, de "
        r"comparaison et du flux conformes aux relevés de publication\u202f; 1 version reconstruite à partir de son commit source, "
        r"identique octet pour octet à la publication( \(\d+ PDF à clé inchangée repris tels que publiés\u00a0: "
        r"--print-pdfs les imprime\))?\u202f; chaque fichier est justifié et chaque page passe le contrôle de sortie\n",
        verified.stdout), verified.stdout
    at = policy_in_process([*root, "at", "2021-03-01"], env=_environment())
    assert at.returncode == 0 and re.fullmatch(r"2021-02-17 \S+/fr/2021-02-17/ \(en vigueur depuis le 17 février 2021\)\n",
                                               at.stdout), at.stdout
    before = policy_in_process([*root, "at", "2021-01-01"], env=_environment())
    assert before.returncode == 1 and before.stderr == (
        "error: aucune version n'était en vigueur le 1er janvier 2021\u00a0: la première publiée, 2021-02-17, est entrée en vigueur le "
        "17 février 2021\n"), before.stderr
    unknown = policy_in_process([*root, "publish", "--document", "cgu"], env=_environment())
    assert unknown.returncode == 1 and unknown.stderr == (
        "error: aucun document 'cgu' sur ce site (documents\u00a0: aucun, la liste des documents du site, `extra.policy.documents`, n'est pas renseignée)\n")
    older = project.commit("2021-01-10", fr="Nous traitons vos données.", en="We process your data.")
    refused = policy_in_process([*root, "publish"], env=_environment())
    assert refused.returncode == 1 and refused.stderr.startswith(
        "error: la version 2021-01-10 est antérieure à la dernière version publiée, 2021-02-17 (le texte diffère\u00a0: "), \
        refused.stderr
    assert f"inscrivez {older[:7]} dans unpublished.yml comme jamais publié" in refused.stderr
    project.write("2021-03-01", fr="Nous traitons vos données, toujours.", en="We process your data, always.")
    dirty = policy_in_process([*root, "publish"], env=_environment())
    assert dirty.returncode == 1 and dirty.stderr.startswith(
        "error: rien n'a été publié\u00a0: les modifications de docs/en/.translated-from.yml, docs/en/index.md, "
        "docs/fr/index.md ne sont pas enregistrées dans un commit, et seul le texte enregistré est publié\u00a0: "
        "enregistrez-les d'abord (ou mettez-les de côté\u00a0: git stash)"), dirty.stderr
    english = policy_in_process([*root, "publish", "--messages", "en"], env=_environment())
    assert english.returncode == 1 and english.stderr == (
        "error: nothing was published: the edits to docs/en/.translated-from.yml, docs/en/index.md, docs/fr/index.md "
        "are not committed, and only committed text is published: commit them first (or set them aside: git stash)\n")
    files = project.files()
    assert any("2021-02-17" in f for f in files) and not any("2021-01-10" in f or "2021-03-01" in f for f in files)


def test_a_version_published_after_its_date_is_warned_of_in_french(first_published, tmp_path):
    """gate.late_notes: a version first published after its date, a material change with no notice: the warnings a
    DPO reads after a daily run, in the site's language (English with `--messages en`, as before)."""
    project = copy_of(first_published, tmp_path / "project")
    project.commit("2021-03-01", fr="Nous traitons vos données, toujours.", en="We process your data, always.")
    result = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert result.returncode == 0, result.stderr
    today = result.stderr.partition("pour la première fois aujourd'hui, ")[2].partition(", après")[0]
    assert (f"avertissement\u00a0: la version 2021-03-01 est publiée pour la première fois aujourd'hui, {today}, après sa date\u00a0: "
            "l'archive indique désormais qu'elle est en vigueur depuis le 1er mars 2021, alors que le site affichait la "
            "version 2021-02-17\u202f; si ce texte n'était pas public depuis le 1er mars 2021, datez le nouveau texte du "
            f"{today} ou plus tard\n") in result.stderr  # (the day in words: legal27)
    assert ("avertissement\u00a0: 2021-03-01\u00a0: une modification substantielle entre en vigueur le jour même de sa publication, "
            "sans préavis (publiez-la 30 jours à l'avance avec announced:") in result.stderr
    assert result.stdout.startswith("1 version datée publiée sur gh-pages\u00a0: 2021-03-01\n"), result.stdout


def test_a_refusal_before_anything_is_written_is_said_in_french(tmp_path):
    """publish_refusals: `policy history` on a French site whose page at HEAD has no date it can read refuses in
    French (before, English); `--messages en` says the English as it was."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.commit("2021-02-30")
    result = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert result.returncode == 1 and project.branch() is None
    assert result.stderr == ("error: docs/fr/index.md n'a pas de date lisible dans le commit en cours, HEAD (`policy "
                             "check` indique pourquoi)\u00a0: son texte serait ignoré\u202f; rien n'a été publié\n"), \
        result.stderr
    english = policy_in_process(["--root", str(project.root), "history", "--messages", "en"], env=_environment())
    assert english.stderr == ("error: docs/fr/index.md in the current commit (HEAD) has no date that can be read "
                              "(`policy check` says why): its text would be passed over; nothing was published\n"), \
        english.stderr


def test_a_published_text_edited_under_its_date_is_kept_and_said_so_in_french(first_published, tmp_path):
    """history: a published version's text committed again, changed, under the same date: kept as published, and the
    warning is said in the site's language, the sections that differ too (`§3 (nouvelle)`, not `§3 (new)`); publish
    refuses it with the date to give, in French (English as before with `--messages en`)."""
    project = copy_of(first_published, tmp_path / "project")
    first = git(project.root, "rev-parse", "HEAD").strip()
    project.write("2021-02-17", fr="Nous traitons vos données, autrement.", en="We process your data.")
    for lang, added in (("fr", "## 3. Contact\n\nÉcrivez-nous.\n"), ("en", "## 3. Contact\n\nWrite to us.\n")):
        page = project.root / "docs" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n" + added, encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    edited = project.commit_all("policy 2021-02-17 edited")
    result = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert result.returncode == 0, result.stderr
    assert (f"avertissement\u00a0: 2021-02-17\u00a0: le texte publié diffère du dernier commit portant cette date, {edited[:7]} (français\u00a0: "
            "§2, §3 (nouvelle)\u202f; anglais\u00a0: §2, §3 (nouvelle))\u202f; une version publiée ne change jamais\u00a0: elle est conservée "
            "telle que publiée\n") in result.stderr, result.stderr
    english = policy_in_process(["--root", str(project.root), "history", "--messages", "en"], env=_environment())
    assert (f"warning: 2021-02-17: the published text differs from the last commit carrying this date, {edited[:7]} "
            "(French: §2, §3 (new); English: §2, §3 (new)); a published version never changes: kept as published\n"
            ) in english.stderr, english.stderr
    refused = policy_in_process(["--root", str(project.root), "publish"], env=_environment())
    assert refused.returncode == 1 and refused.stderr.startswith(
        "error: la version 2021-02-17 est déjà publiée avec un autre texte (français\u00a0: §2, §3 (nouvelle)\u202f; anglais\u00a0: §2, §3 "
        "(nouvelle))\u00a0: une version publiée ne change jamais\u202f; donnez une nouvelle date au nouveau texte (le "), \
        refused.stderr
    assert first != edited


def test_a_push_is_said_in_french(first_pushed, tmp_path):
    """publish_remote: `policy publish --push` on a French site says what it pushed in French (English before)."""
    project = copy_with_origin(first_pushed, tmp_path)
    project.commit("2021-03-17", fr="Nous traitons vos données, toujours.", en="We process your data, always.")
    result = policy_in_process(["--root", str(project.root), "publish", "--push"], env=_environment())
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("gh-pages envoyée vers origin\n"), result.stdout
    assert result.stdout.startswith("version 2021-03-17 publiée (fr, en) sur gh-pages"), result.stdout


def test_what_verify_finds_edited_on_the_branch_is_said_in_french(first_published, tmp_path):
    """`policy verify`'s problem lines (a page edited, a file added, the archive's pages and the root's files
    changed by hand) are said in the site's language, each path first as in English; POLICY_MESSAGES=en says the
    English, word for word as before. (2021-02-17 published by the module's publish, copied.)"""
    project = copy_of(first_published, tmp_path / "project")
    root = ["--root", str(project.root)]
    page = "fr/2021-02-17/index.html"
    commit_on_branch(project, {page: project.show(page) + "<!-- x -->", "fr/2021-02-17/extra.txt": "x",
                               "stray.txt": "x", ".nojekyll": None, "en/404.html": None})
    # one verify (it builds the version again): said in French by the command, in English from the same report
    french, english = verified_in_both([*root, "verify"], env=_environment())
    assert french.returncode == 1
    sha = r"[0-9a-f]{12}…"
    # (each file of the version said once, with what to do: its rebuild's difference is the same edit, histories21)
    by_hand = ("\u00a0: gh-pages a été modifiée à la main depuis sa publication (`git log gh-pages -- {path}` montre "
               "cette modification)\u202f; `policy history --rebuild` remet la version telle que sa source la donne")
    assert [line for line in french.stdout.splitlines() if not line.startswith("en/")][:4] == [
        # (histories32: the commit that added it, and how to take it out)
        *[line for line in french.stdout.splitlines() if re.fullmatch(re.escape(
            "stray.txt\u00a0: présent sur la branche mais non écrit par la publication (aucun relevé de publication ni "
            "aucune règle n'en rend compte)\u00a0: ajouté par son commit ") + r"[0-9a-f]{7,} " + re.escape(
            "«\u00a0tamper\u00a0» du 1er janvier 2030, qui n'est pas celui d'une publication\u202f; retirez-le par un "
            "commit de gh-pages (`git rm` dans une copie de travail de gh-pages), puis vérifiez de nouveau"), line)],
        ".nojekyll\u00a0: manquant (la publication l'écrit\u00a0: sans lui, GitHub Pages applique Jekyll à l'archive et omet "
        "tout fichier dont le nom commence par _)",
        "fr/2021-02-17/extra.txt\u00a0: ajouté (présent sur la branche, absent du relevé de publication)"
        + by_hand.format(path="fr/2021-02-17/extra.txt"),
        *[line for line in french.stdout.splitlines() if re.fullmatch(
            rf"fr/2021-02-17/index\.html\u00a0: modifié \(empreinte enregistrée {sha}, de la branche {sha}\)"
            + re.escape(by_hand.format(path=page)), line)],
    ]
    assert "en/404.html\u00a0: manquant (une des pages de l'archive, que `policy history` reconstruit)" in french.stdout
    assert "5 problèmes sur gh-pages" in french.stderr, french.stdout
    assert "fr/2021-02-17/extra.txt: added (on the branch, not in the publication record): gh-pages was edited by hand " \
        "since it was published (`git log gh-pages -- fr/2021-02-17/extra.txt` shows that edit); `policy history " \
        "--rebuild` puts the version back as its source gives it" in english
    assert ".nojekyll: missing (publishing writes it: without it GitHub Pages runs Jekyll over the archive and leaves " \
        "out any file whose name starts with _)" in english
    assert not [line for line in english if "differs from a rebuild of its source commit" in line], english
    assert "en/404.html: missing (one of the archive's pages, which `policy history` rebuilds)" in english
    assert len(english) == len(french.stdout.splitlines()) == 5


def test_policy_upgrade_and_export_say_what_they_did_and_refused_in_french(tmp_path):
    """`policy upgrade`'s lines (each file it wrote, what to do next) and refusals, `policy export`'s line and its
    refusal of a folder that is not an earlier export, in the site's language; POLICY_MESSAGES=en as before."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    root = ["--root", str(project.root)]
    css = project.root / "overrides" / "assets" / "stylesheets" / "policy.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.x {\n  color: red;\n}\n", encoding="utf-8")
    refused = policy_in_process([*root, "upgrade"], env=_environment())
    assert refused.returncode == 1 and refused.stderr == (
        "error: overrides/assets/stylesheets/policy.css\u00a0: non enregistré dans un commit\u00a0: policy upgrade remplace des "
        "fichiers de hooks/ et overrides/, et ce qu'il remplace doit rester dans git\u202f; enregistrez-le (ou mettez-le "
        "de côté avec git stash) d'abord. Rien n'a été écrit\n"), refused.stderr
    project.commit_all("a colour of our own")
    upgraded = policy_in_process([*root, "upgrade"], env=_environment())
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout.splitlines()[0] == "mis à jour\u00a0: overrides/assets/stylesheets/policy.css"
    assert ("1 fichier de hooks/ et overrides/ est désormais celui de ce générateur\u00a0: relisez-le avec git diff (une "
            "couleur ou une police à vous dans policy.css\u00a0: remettez-la), puis lancez policy check, et enregistrez un "
            "commit") in upgraded.stdout.splitlines(), upgraded.stdout
    assert upgraded.stdout.splitlines()[-1].startswith("puis `policy history --rebuild`\u00a0: il fait passer")
    project.commit_all("upgraded")
    current = policy_in_process([*root, "upgrade"], env=_environment(POLICY_MESSAGES="en"))
    assert current.stdout == "hooks/ and overrides/ already hold this generator's files\n", current.stdout
    assert policy_in_process([*root, "publish"], env=_environment()).returncode == 0
    target = tmp_path / "public"
    exported = policy_in_process([*root, "export", "--site-dir", str(target)], env=_environment())
    assert exported.returncode == 0 and exported.stdout == f"gh-pages exportée dans {target}\n", exported.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("x", encoding="utf-8")
    refused = policy_in_process([*root, "export", "--site-dir", str(other)], env=_environment())
    assert refused.returncode == 1 and refused.stderr.startswith(
        f"error: {other}\u00a0: n'est ni vide ni un export précédent (il ne contient pas "), refused.stderr
    english = policy_in_process([*root, "export", "--site-dir", str(other)], env=_environment(POLICY_MESSAGES="en"))
    assert english.stderr.startswith(f"error: {other}: not empty and not a previous export (no ")
    assert english.stderr.endswith("in it): nothing was written; choose a new or empty folder\n"), english.stderr


def test_policy_init_says_what_it_made_and_its_notes_in_the_new_site_s_language(tmp_path):
    """`policy init` of a French site says what it made, what to do next and its notes on a language in French (the
    new site's authoritative language); POLICY_MESSAGES=en, the English as before."""
    site = tmp_path / "site"
    made = policy_in_process(["init", str(site), "--company", "Exemple SA", "--languages", "fr,pl,en"],
                          env=_environment())
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    assert lines[0] == (f"{site} créé\u00a0: le site de la politique de confidentialité d’Exemple SA, en français (fr, "
                        "langue qui fait foi), polonais (pl), anglais (en)")
    assert "  docs/fr/, docs/pl/, docs/en/\u00a0: emplacement de la politique (fr\u00a0: docs/fr/index.md), chacun avec sa " \
        "liste de mots .words.txt" in lines
    assert f"      2. cd {site} && make check" in lines
    assert lines[-1] == ("      avant de publier\u00a0: l'adresse du site et POLICYSITE_SPEC dans .github/workflows/ "
                         "(README.md, «\u00a0Before publishing\u00a0»)")
    assert ("note: polonais (pl)\u00a0: le contrôle orthographique n'a pas de dictionnaire pour cette langue\u00a0: policy check le "
            "signale (un avertissement) et vérifie tout le reste") in made.stderr.splitlines(), made.stderr
    other = tmp_path / "other"
    english = policy_in_process(["init", str(other), "--company", "Exemple SA", "--languages", "fr,pl,en"],
                             env=_environment(POLICY_MESSAGES="en"))
    assert english.stdout.splitlines()[0] == (f"made {other}: the privacy policy site of Exemple SA, in French (fr, "
                                              "authoritative), Polish (pl), English (en)")
    assert "note: Polish (pl): the spelling check has no dictionary for it: policy check says so (a warning) and checks " \
        "everything else" in english.stderr.splitlines()


def test_policy_import_says_what_it_committed_skipped_and_refused_in_french(tmp_path):
    """`policy import`'s lines (each text committed, one committed already, the count) and its refusal of uncommitted
    changes in the site's language; POLICY_MESSAGES=en, the English as before."""
    project = new_project(tmp_path / "project")
    root = ["--root", str(project.root)]
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "politique-2021-02-17.md").write_text(
        "# Politique de confidentialité\n\nNous traitons vos données avec soin.\n", encoding="utf-8")
    imported = policy_in_process([*root, "import", "--lang", "fr", str(sources)], env=_environment(**WHO))
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert re.fullmatch(r"politique-2021-02-17\.md\u00a0: texte en français en vigueur à partir du 17 février 2021 "
                        r"enregistré \([0-9a-f]{7}\)", lines[0]) or re.fullmatch(
        r"politique-2021-02-17\.md\u00a0: texte en français de la version du 17 février 2021 enregistré \([0-9a-f]{7}\)",
        lines[0]), imported.stdout
    assert lines[-1] == "1 modification enregistrée dans l'historique du site", imported.stdout
    again = policy_in_process([*root, "import", "--lang", "fr", str(sources)], env=_environment(**WHO))
    assert again.stdout.splitlines() == [
        "politique-2021-02-17.md\u00a0: la version du 17 février 2021 est déjà enregistrée avec ce texte\u00a0: rien "
        "à faire",
        "rien de nouveau n'a été enregistré dans l'historique du site"], again.stdout
    english = policy_in_process([*root, "import", "--lang", "fr", str(sources)], env=_environment(POLICY_MESSAGES="en", **WHO))
    assert english.stdout.splitlines() == [
        "politique-2021-02-17.md: the version of February 17, 2021 is committed already with this text: nothing to do",
        "nothing new recorded in the site's history"], english.stdout
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", encoding="utf-8")
    refused = policy_in_process([*root, "import", "--lang", "fr", str(sources)], env=_environment(**WHO))
    assert refused.returncode != 0 and refused.stderr == (
        "error: des modifications de docs/fr/index.md ne sont pas enregistrées dans un commit\u00a0: enregistrez-les ou "
        "mettez-les de côté (git stash) d'abord (rien n'a été importé)\n"), refused.stderr


def test_what_policy_import_changed_in_a_text_is_said_in_french(tmp_path):
    """The notes under each text `policy import` committed (what it changed, and on which lines of the source) are
    said in the site's language: a new company's legal team reads them to check the imported text."""
    project = new_project(tmp_path / "project")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "politique-2021-02-17.md").write_text(
        "---\nlayout: page\n---\n## Politique de confidentialité\n\n### 1. Données\n\nNous traitons vos données.\n",
        encoding="utf-8")
    (sources / "politique-2021-03-01.html").write_text(
        "<!doctype html><html lang=fr><head><title>Politique</title><script>x()</script><script>y()</script></head>"
        "<body><header><nav><a href=/>Accueil</a></nav></header><div><h2>Politique de confidentialité</h2>"
        "<h3>1. Données</h3><p>Nous traitons vos données. <s>Deux ans.</s></p><button>Imprimer</button></div>"
        "<footer>© Société</footer></body></html>", encoding="utf-8")
    imported = policy_in_process(["--root", str(project.root), "import", "--lang", "fr", str(sources)],
                              env=_environment(**WHO))
    assert imported.returncode == 0, imported.stderr
    notes = [line for line in imported.stdout.splitlines() if line.startswith("  ")]
    assert notes == [
        "  omis un champ de l'en-tête de la page (son front matter) dont ce site ne se sert pas\u00a0: layout",
        "  ligne 4\u00a0: le premier titre du texte, de niveau 2 et au-dessus de tous les autres, est son titre principal "
        "(#)\u202f; ses autres titres remontent de 1 niveau",
        "  retiré 2 éléments <script>",
        "  la page ne marque aucun contenu principal\u00a0: conservé son <body> sans son en-tête, sa navigation, son pied de "
        "page ni ses encadrés",
        "  le premier titre de la page, un <h2> au-dessus de tous les autres, est son titre principal (#)\u202f; ses autres "
        "titres remontent de 1 niveau",
        "  retiré 1 élément <button> («\u00a0Imprimer\u00a0»)",
        "  omis 1 passage barré, affiché comme rayé et qui ne fait donc plus partie du texte\u00a0: «\u00a0Deux ans.\u00a0»\u202f; "
        "rétablissez ce qui est toujours en vigueur"], imported.stdout
    hook = project.root / ".git" / "hooks" / "commit-msg"  # a commit git refuses: said with git's last line
    hook.write_text('#!/bin/sh\necho "commit-msg : numéro de ticket manquant" >&2\nexit 1\n', encoding="utf-8")
    hook.chmod(0o755)
    (sources / "politique-2021-04-01.md").write_text("# Politique\n\nUn texte de plus.\n", encoding="utf-8")
    refused = policy_in_process(["--root", str(project.root), "import", "--lang", "fr", str(sources)],
                             env=_environment(**WHO))
    assert refused.returncode == 1 and refused.stderr == (
        "error: politique-2021-04-01.md\u00a0: git a refusé le commit du texte en français en vigueur à partir du "
        "1er avril 2021\u00a0: commit-msg : numéro de ticket manquant\u202f; rien n'a été importé\n"), refused.stderr


def test_where_policy_import_puts_a_translation_is_said_in_french(tmp_path):
    """A translation older than the latest authoritative version: `policy import` says in the site's language that it
    translates the earlier text and is committed under the later version too, and that the text is there already."""
    project = new_project(tmp_path / "project")
    root = ["--root", str(project.root)]
    french, english = tmp_path / "fr", tmp_path / "en"
    french.mkdir()
    english.mkdir()
    (french / "p-2020-01-01.md").write_text("# Politique\n\nNous traitons vos données.\n", encoding="utf-8")
    (french / "p-2022-01-01.md").write_text("# Politique\n\nNous traitons vos données avec soin.\n", encoding="utf-8")
    (english / "p-2020-01-01.md").write_text("# Policy\n\nWe process your data.\n", encoding="utf-8")
    assert policy_in_process([*root, "import", "--lang", "fr", str(french)], env=_environment(**WHO)).returncode == 0
    translated = policy_in_process([*root, "import", "--lang", "en", str(english)], env=_environment(**WHO))
    assert translated.returncode == 0, translated.stderr
    assert ("p-2020-01-01.md\u00a0: daté du 1er janvier 2020, avant le 1er janvier 2022, il traduit le texte en français du 1er janvier 2020, et non "
            "celui-ci\u00a0: enregistré aussi comme sa page en anglais (une version, une fois traduite, est publiée dans "
            "toutes les langues ensuite), les lecteurs lisant le texte antérieur sous la date du 1er janvier 2022\u202f; "
            "importez le texte en anglais du 1er janvier 2022 s'il existe, sinon traduisez-le dans une nouvelle version") \
        in translated.stdout.splitlines(), translated.stdout
    again = policy_in_process([*root, "import", "--lang", "en", str(english)], env=_environment(**WHO))
    assert "p-2020-01-01.md\u00a0: déjà le texte en anglais du 1er janvier 2020\u00a0: rien à faire" in again.stdout.splitlines(), \
        again.stdout
    zipped = tmp_path / "zipped"
    zipped.mkdir()
    with zipfile.ZipFile(zipped / "anciens.zip", "w") as archive:
        archive.write(english / "p-2020-01-01.md", "p-2020-01-01.md")
    unzipped = policy_in_process([*root, "import", "--lang", "en", str(zipped)], env=_environment(**WHO))
    assert f"{zipped / 'anciens.zip'}\u00a0: une archive zip\u00a0: ses fichiers sont lus comme ceux d'un dossier" in \
        unzipped.stdout.splitlines(), unzipped.stdout


def test_a_version_removed_from_the_branch_is_named_by_verify_in_french(first_published, tmp_path):
    """What gh-pages' own history shows (a published version removed by a commit) is said in the site's language."""
    project = copy_of(first_published, tmp_path / "project")  # 2021-02-17 committed and published
    root = ["--root", str(project.root)]
    project.commit("2021-03-17", fr="Nous traitons vos données avec grand soin.", en="We process your data with great care.")
    assert policy_in_process([*root, "publish"], env=_environment()).returncode == 0
    removal = commit_on_branch(project, {"fr/2021-02-17": None, "en/2021-02-17": None,
                                         "manifest/2021-02-17.json": None}, "remove")
    french, english = verified_in_both([*root, "verify"], env=_environment())  # one verify, both languages
    assert french.returncode == 1
    assert (f"2021-02-17\u00a0: publiée, puis retirée de gh-pages par son commit {removal[:7]}\u00a0: une version publiée reste "
            "(annulez ce commit sur la branche avec git revert)") in french.stdout.splitlines(), french.stdout
    assert (f"2021-02-17: published, then removed from gh-pages by its commit {removal[:7]}: a published version "
            "stays (git revert that commit on the branch)") in english, english


def test_an_export_folder_that_cannot_be_written_is_said_in_french_and_nothing_is_written(first_published, tmp_path):
    """Words 31: `policy export --site-dir` under a file, or where the system cannot make the folder, printed the
    system's own line ('error: [Errno 17] File exists: …'), English on every site, naming neither the folder asked
    for nor what to do; now the folder, why in the site's language, and that nothing was exported."""
    project = copy_of(first_published, tmp_path / "project")
    (tmp_path / "file").write_text("x\n", encoding="utf-8")
    target = tmp_path / "file" / "public"
    root = ["--root", str(project.root)]
    french = policy_in_process([*root, "export", "--site-dir", str(target)], env=_environment())
    assert (french.returncode, french.stderr) == (1, (
        f"error: {target}\u00a0: ne peut pas être écrit (un fichier se trouve là où son chemin demande un dossier)\u00a0: rien "
        "n'a été exporté\u202f; choisissez un dossier où vous pouvez écrire, comme public/ dans le projet\n"))
    english = policy_in_process([*root, "export", "--site-dir", str(target)], env=_environment(POLICY_MESSAGES="en"))
    assert english.stderr == (f"error: {target}: cannot be written (a file stands where its path needs a folder): "
                              "nothing was exported; choose a folder you can write, such as public/ in the project\n")
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file", "project"]


def test_a_record_of_unpublished_commits_refused_is_said_in_french(tmp_path):
    """Words 31: unpublished.yml's refusals (not a commit's id, no such commit, an entry without its reason) were
    English on a French site, for the legal team that writes the file; said in the site's language now, English as
    before with POLICY_MESSAGES=en."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    root = ["--root", str(project.root)]
    said = {}
    files = ("- commit: main\n  reason: x\n", "- commit: 1234567\n  reason: x\n", "- commit: 1234567\n")
    for written in files:
        (project.root / "unpublished.yml").write_text(written, encoding="utf-8")
        project.commit_all("unpublished.yml")
        for lang in ("fr", "en"):
            done = policy_in_process([*root, "history"], env=_environment(**({messages.ENVIRONMENT: "en"}
                                                                           if lang == "en" else {})))
            assert done.returncode == 1 and project.branch() is None, done.stderr
            said[lang, written] = done.stderr
    assert [said["fr", written] for written in files] == [
        "error: unpublished.yml\u00a0: entrée 1\u00a0: 'main' n'est pas l'identifiant d'un commit (7 à 64 caractères "
        "hexadécimaux)\u00a0: un nom ou `HEAD~1` désignerait demain un autre commit\n",
        "error: unpublished.yml\u00a0: entrée 1\u00a0: '1234567' ne désigne aucun commit de ce dépôt (donnez au moins 7 "
        "caractères de son identifiant)\n",
        "error: unpublished.yml\u00a0: l'entrée 1 demande `commit: <id>` et `reason: <why>`\n"]
    assert [said["en", written] for written in files] == [
        "error: unpublished.yml: entry 1: 'main' is not a commit's id (7 to 64 hexadecimal characters): a name or "
        "`HEAD~1` would name another commit tomorrow\n",
        "error: unpublished.yml: entry 1: '1234567' names no commit of this repository (give at least 7 characters of "
        "its id)\n",
        "error: unpublished.yml: entry 1 needs `commit: <id>` and `reason: <why>`\n"]


def test_a_branch_publishing_may_not_write_is_refused_in_french(tmp_path):
    """Words 31: `-b HEAD`, a branch checked out in a worktree and a branch holding another site's pages were refused
    in English on a French site (publish_refusals' f-strings); said in the site's language now, the way out too."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    root = ["--root", str(project.root)]
    refused = policy_in_process([*root, "publish", "-b", "HEAD"], env=_environment())
    assert refused.stderr == ("error: -b 'HEAD'\u00a0: n'est pas un nom pour la branche de l'archive (un nom de branche à "
                              "elle, comme gh-pages, et non `HEAD`, un chemin de référence ou la branche d'un dépôt "
                              "distant)\u202f; rien n'a été publié\n"), refused.stderr
    where = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", "--detach", str(where))
    git(where, "checkout", "-q", "--orphan", "pages")
    git(where, "rm", "-q", "-r", "-f", ".")
    (where / "index.html").write_text("<p>Notre ancien site</p>\n", encoding="utf-8")
    git(where, "add", "-A")
    git(where, "commit", "-q", "-m", "Ancien site")
    refused = policy_in_process([*root, "publish", "-b", "pages"], env=_environment())
    assert refused.stderr == (f"error: la branche de l'archive, pages, est extraite dans {where}\u00a0: la publication la "
                              "déplacerait sous la copie de ses fichiers dans ce dossier\u202f; fermez d'abord la copie de ce "
                              "dossier (`git "
                              f"worktree remove {where}`)\u202f; rien n'a été publié\n"), refused.stderr
    git(project.root, "worktree", "remove", str(where))
    refused = policy_in_process([*root, "history", "-b", "pages"], env=_environment())
    assert refused.stderr == (
        "error: pages contient 1 fichier et aucune version publiée (index.html)\u00a0: celui d'un autre site\u202f? L'archive "
        "serait écrite par-dessus et à côté (`policy verify` refuse chaque fichier que la publication n'a pas écrit)\u00a0"
        ": gardez ce site sur une branche à lui (`git branch -m pages old-site`), ou retirez ses fichiers dans un "
        "commit de pages. Rien n'a été publié.\n"), refused.stderr


def test_what_a_commit_holds_that_nothing_is_built_from_is_said_in_french(tmp_path):
    """Words 31: Python code committed in the theme's folder (SourceError) and a file beside the page in docs/fr/
    (source.unpublished-file at a commit) were refused in English on a French site; said in the site's language now,
    English as before with POLICY_MESSAGES=en."""
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr" / "notes.txt").write_text("x\n", encoding="utf-8")
    (project.root / "overrides" / "x.py").write_text("x = 1\n", encoding="utf-8")
    first = project.commit("2021-02-17")[:7]
    root = ["--root", str(project.root)]
    code = {lang: policy_in_process([*root, "history"], env=_environment(**env)).stderr
            for lang, env in (("fr", {}), ("en", {messages.ENVIRONMENT: "en"}))}
    assert code == {
        "fr": f"error: overrides/x.py\u00a0: du code Python dans le commit {first}, dans un dossier que la construction lit "
              "(celui du thème, celui des polices)\u202f; seuls les hooks que nomme la configuration s'exécutent, depuis "
              "leur source\u00a0: retirez-le\n",
        "en": f"error: overrides/x.py: Python code at {first} in a folder the build reads (the theme's, the fonts'); "
              "only the hooks the configuration names run, from their source: remove it\n"}
    (project.root / "overrides" / "x.py").unlink()
    second = project.commit("2021-03-01")[:7]
    french = policy_in_process([*root, "publish"], env=_environment())
    assert french.returncode == 1 and project.branch() is None
    assert (f"  docs/fr/notes.txt:1: [source.unpublished-file] seul docs/fr/index.md est publié depuis docs/fr/\u00a0: ce "
            f"fichier (dans le commit {second}) serait publié sans avoir été vérifié\u202f; supprimez-le\n") in french.stderr
    english = policy_in_process([*root, "publish"], env=_environment(POLICY_MESSAGES="en"))
    assert (f"  docs/fr/notes.txt:1: [source.unpublished-file] only docs/fr/index.md is published from docs/fr/: this "
            f"file (at {second}) would be published unchecked; remove it\n") in english.stderr, english.stderr


def test_a_project_outside_git_or_with_nothing_committed_is_said_in_french(tmp_path):
    """Words 31: a French project copied without its .git, or in a repository with no commit yet, had every command
    answer in English ('…: not inside a git repository', 'nothing is committed yet: …'), the first without what to do;
    both are said in the site's language now, with the way out."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    plain = tmp_path / "plain"
    shutil.copytree(project.root, plain, ignore=shutil.ignore_patterns(".git"))
    said = policy_in_process(["--root", str(plain), "history"], env=_environment())
    assert (said.returncode, said.stderr) == (1, (
        f"error: {plain}\u00a0: n'est dans aucun dépôt git (aucun dossier .git à cet endroit ni au-dessus)\u00a0: lancez la "
        "commande dans un clone du dépôt, ou créez-en un (`git init`, puis commitez le projet)\n"))
    english = policy_in_process(["--root", str(plain), "verify"], env=_environment(POLICY_MESSAGES="en"))
    assert english.stderr == (f"error: {plain}: not inside a git repository (no .git folder there or above it): run "
                              "the command in a clone of the repository, or make one (`git init`, then commit the "
                              "project)\n"), english.stderr
    git(plain, "init", "-q", "-b", "main")
    said = policy_in_process(["--root", str(plain), "publish"], env=_environment())
    assert (said.returncode, said.stderr) == (
        1, "error: rien n'est encore commité\u00a0: commitez d'abord le projet et sa politique\n"), said.stderr


def test_a_shallow_clone_lacking_the_previous_version_s_text_is_refused_in_french(first_published, tmp_path):
    """building: a CI's shallow checkout (depth 1) publishing a new version lacks the text of the version before it,
    which its changes page compares it with: the refusal and its way out (`git fetch --unshallow`) were English on a
    French site; now in the site's language. (Since histories4 the clone is refused before the build, for lacking the
    commit the newest published version was built from.)"""
    project = copy_of(first_published, tmp_path / "project")
    project.commit("2021-03-17", fr="Nous traitons vos données, toujours.", en="We process your data, always.")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "main", f"file://{project.root}", str(shallow))
    git(shallow, "fetch", "-q", "origin", "gh-pages:gh-pages")  # (whole: one cut short is refused first)
    before = git(shallow, "rev-parse", "gh-pages").strip()
    refused = policy_in_process(["--root", str(shallow), "publish"], env=_environment())
    assert refused.returncode == 1 and re.fullmatch(
        r"error: rien n'a été publié\u00a0: 2021-02-17, la version publiée la plus récente, a été construite à partir du "
        r"commit [0-9a-f]{7}, absent de ce clone\u00a0: .* lancez `git fetch --unshallow` pour publier toute l'archive "
        r"\(sur GitHub Actions\u00a0: `fetch-depth: 0` dans actions/checkout\)\n", refused.stderr), refused.stderr
    assert git(shallow, "rev-parse", "gh-pages").strip() == before


def test_a_translation_removed_from_a_version_is_refused_in_french(tmp_path):
    """history: a translation removed under its version's date (the archive would lack it for ever), or from a later
    version after earlier ones were published with it, was refused in English inside the French refusal
    ('[source.missing] removed by … while the version's date was unchanged …'); both are said in French now."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    (project.root / "docs" / "en" / "index.md").unlink()
    removal = project.commit_all("English page removed")
    refused = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert refused.returncode == 1 and project.branch() is None
    assert (f"  docs/en/index.md:1: [source.missing] supprimée par le commit {removal[:7]} alors que la date de la "
            "version n'avait pas changé (le commit ") in refused.stderr, refused.stderr
    assert (f"la version avait cette traduction, et publiée sans elle, l'archive en serait privée pour toujours\u00a0: "
            f"inscrivez {removal[:7]} dans unpublished.yml") in refused.stderr, refused.stderr
    project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2022-03-01", "Deuxième texte."), encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").unlink()
    later = project.commit_all("policy 2022-03-01 (French only)")
    dropped = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert dropped.returncode == 1, dropped.stderr
    assert (f"  docs/en/index.md:1: [source.missing] n'existe pas dans le commit {later[:7]} (elle n'a pas de "
            "docs/en/index.md, que les versions précédentes ont\u00a0: une traduction, une fois publiée, fait partie de "
            "toutes les versions suivantes (rétablissez la page dans le commit de cette version))") in dropped.stderr, \
        dropped.stderr


def test_what_git_refuses_is_said_in_french_with_git_s_own_words(first_published, tmp_path):
    """git.py: a push that fails, and a repository git refuses to read (another user's checkout on CI, a format it
    does not know), said what failed in English with git's stderr ('git push …: fatal: …'); now in the site's
    language, git's own words kept after it, and for the repository what to do."""
    project = copy_of(first_published, tmp_path / "project")
    git(project.root, "remote", "add", "origin", str(tmp_path / "gone.git"))
    project.commit("2021-03-17", fr="Nous traitons vos données, toujours.", en="We process your data, always.")
    pushed = policy_in_process(["--root", str(project.root), "publish", "--push"], env=_environment())
    assert pushed.returncode == 1 and re.fullmatch(
        r"error: origin est injoignable\u00a0: rien n'a été publié ni envoyé [^\n]*\u00a0: échec de git ls-remote [^\n]*"
        r"\u00a0: fatal: [^\n]*gone\.git[^\n]*(\n.*)*", pushed.stderr), pushed.stderr
    git(project.root, "config", "core.repositoryformatversion", "99")
    refused = policy_in_process(["--root", str(project.root), "history"], env=_environment())
    assert (refused.returncode, refused.stderr) == (1, (
        f"error: {project.root}\u00a0: git refuse de lire ce dépôt, rien n'a donc été lu ni écrit\u00a0: corrigez ce que git "
        "signale, puis relancez la commande (git rev-parse --git-dir\u00a0: fatal: Expected git repo version <= 1, found "
        "99)\n")), refused.stderr
    english = policy_in_process(["--root", str(project.root), "verify"], env=_environment(POLICY_MESSAGES="en"))
    assert english.stderr == (
        f"error: {project.root}: git refuses to read this repository, so nothing was read or written: correct what git "
        "says, then run the command again (git rev-parse --git-dir: fatal: Expected git repo version <= 1, found 99)\n"
        ), english.stderr


def test_what_policy_import_git_refuses_is_said_in_french(tmp_path):
    """Words 31: `policy import --git` refused in English on a French site a folder given for a file, a file outside
    any repository, a repository with no commit, a --ref naming no branch, and a branch whose commits never held the
    file (git_sources' f-strings); said in the site's language now, English as before with POLICY_MESSAGES=en."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    root = ["--root", str(project.root)]
    old = tmp_path / "old"
    old.mkdir()
    (old / "privacy.md").write_text("# Politique\n\nNous traitons vos données.\n", encoding="utf-8")
    git(old, "init", "-q", "-b", "main")

    def said(*args: str, lang: str = "fr") -> str:
        done = policy_in_process([*root, "import", "--lang", "fr", "--git", *args],
                              env=_environment(**({messages.ENVIRONMENT: "en"} if lang == "en" else {})))
        assert done.returncode == 1 and done.stdout == "", done.stdout
        return done.stderr

    assert said(str(old)) == (f"error: {old}\u00a0: un dossier\u00a0: --git lit l'historique d'un seul fichier, nommez-le "
                              "(privacy.md)\u00a0: rien n'a été importé\n")
    assert said(str(old / "privacy.md")) == (f"error: {old / 'privacy.md'}\u00a0: son dépôt n'a aucun commit (rien n'a été "
                                             "importé)\n")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "Politique")
    assert said(str(old / "privacy.md"), "--ref", "nope") == (
        f"error: {old / 'privacy.md'}\u00a0: --ref nope ne désigne aucune branche, étiquette ou commit de {old} (git -C "
        f"{old} branch -a liste ses branches\u202f; rien n'a été importé)\n")
    assert said(str(old / "privacy.md"), "--ref", "nope", lang="en") == (
        f"error: {old / 'privacy.md'}: --ref nope names no branch, tag or commit of {old} (git -C {old} branch -a "
        "lists its branches; nothing imported)\n")
    (old / "other.md").write_text("# Autre\n", encoding="utf-8")
    assert said(str(old / "other.md")) == (
        f"error: {old / 'other.md'}\u00a0: aucun commit de la branche de son dépôt ne le contient (other.md\u202f; le fichier "
        "d'une autre branche se lit avec --ref BRANCHE\u202f; rien n'a été importé)\n")
    shutil.rmtree(old / ".git")
    assert said(str(old / "privacy.md")) == (
        f"error: {old / 'privacy.md'}\u00a0: n'est dans aucun dépôt git\u00a0: --git lit l'historique d'un fichier dans le dépôt "
        "de l'ancien site (rien n'a été importé)\n")


def test_how_policy_import_git_dated_each_text_is_said_in_french(tmp_path):
    """`policy import --git` says each commit it read and the day it dated its text ('privacy.md at 1a2b3c4
    (committed …): dated …, the day its text says …'): the line a new company checks its archive against, said in
    English on a French site; now in the site's language, English as before with POLICY_MESSAGES=en."""
    project = new_project(tmp_path / "project")
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    texts = [("2021-01-10", "Mise à jour : 5 janvier 2021.\n\nNous traitons vos données."),
             ("2021-03-01", "Nous traitons vos données avec soin."), ("2021-03-01", "Nous traitons vos données.")]
    commits = []
    for day, words in texts:
        (old / "privacy.md").write_text(f"# Politique de confidentialité\n\n{words}\n", encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", "Politique", date=f"{day}T10:00:00+00:00")
        commits.append(git(old, "rev-parse", "--short=7", "HEAD").strip())
    first, second, third = commits
    argv = ["--root", str(project.root), "import", "--lang", "fr", "--git", str(old / "privacy.md")]
    imported = policy_in_process(argv, env=_environment(**WHO))
    assert imported.returncode == 0, imported.stderr
    assert [line for line in imported.stdout.splitlines() if line.startswith("privacy.md au commit")] == [
        f"privacy.md au commit {first} (commité le 10 janvier 2021)\u00a0: daté du 5 janvier 2021, le jour que son texte indique "
        "(«\u00a0Mise à jour : 5 janvier 2021.\u00a0»)\u202f; commité le 10 janvier 2021",
        f"privacy.md au commit {second} (commité le 1er mars 2021)\u00a0: remplacé le jour même (1er mars 2021) par le texte de "
        f"{third}\u00a0: omis (une version est le texte d'un jour)",
        f"privacy.md au commit {third} (commité le 1er mars 2021)\u00a0: daté du 1er mars 2021, le jour de son commit (son texte "
        f"n'indique aucun jour d'entrée en vigueur) (il remplace {second})"], imported.stdout
    (old / "legal").mkdir()
    git(old, "mv", "privacy.md", "legal/privacy.md")
    (old / "legal" / "privacy.md").write_text("# Politique\n\n" + "Un texte réécrit de bout en bout. " * 12 + "\n",
                                              encoding="utf-8")
    git(old, "commit", "-q", "-am", "Politique déplacée", date="2022-06-01T10:00:00+00:00")
    moved = policy_in_process([*argv[:-1], str(old / "legal" / "privacy.md")], env=_environment(**WHO))
    assert moved.returncode == 1 and re.fullmatch(
        r"error: legal/privacy\.md\u00a0: ajouté au commit [0-9a-f]{7} \(commité le 1er juin 2022\), qui a supprimé privacy\.md\u00a0"
        r": le fichier a été déplacé et son texte modifié dans un même commit, ce que git ne suit pas\u00a0: les textes "
        r"antérieurs forment l'historique de ce fichier\u202f; importez les deux\u00a0: policy import --git \S+/privacy\.md "
        r"\S+/legal/privacy\.md \(rien n'a été importé\)\n", moved.stderr), moved.stderr


def test_a_preview_stopped_by_its_findings_is_said_in_french(doubled, tmp_path):
    """`policy build` (the legal team's preview, `make preview`'s first step) of a French site whose text doubles a
    word: the refusal that nothing was written is said in French, with the finding as the check says it (without
    the hook's logger prefix `policy: `, words10)."""
    preview = tmp_path / "preview"
    result = policy_in_process(["--root", str(doubled.root), "build", "--site-dir", str(preview)], env=_environment())
    assert result.returncode == 1 and not preview.exists()
    assert (f"error: la construction s'est arrêtée à 1 problème (une construction stricte)\u202f; rien n'a été écrit dans "
            f"{preview}\u00a0:\n  français (fr)\u00a0: docs/fr/index.md:13: [editorial.doubled-word] §2\u00a0: «\u00a0traitons traitons\u00a0»\u00a0: le "
            "mot «\u00a0traitons\u00a0» est répété\n") in result.stderr, result.stderr


def test_an_import_of_too_many_zip_archives_is_refused_in_french(tmp_path):
    """A new company's legal team gives `policy import` a folder of its old site's exports, 21 zip archives: the
    refusal, before anything is unpacked or committed, in the site's language."""
    project = new_project(tmp_path / "project")
    sources = tmp_path / "sources"
    sources.mkdir()
    for n in range(21):
        with zipfile.ZipFile(sources / f"partie {n:02d}.zip", "w") as archive:
            archive.writestr(f"politique-2024-01-{n + 1:02d}.md", f"# Politique\n\nTexte {n}.\n")
    result = policy_in_process(["--root", str(project.root), "import", "--lang", "fr", str(sources)],
                            env=_environment(**WHO))
    assert result.returncode == 1 and project.branch("main") is None, result.stderr
    assert (f"error: 21 archives zip dans les dossiers donnés ({sources / 'partie 00.zip'}, …)\u00a0: plus de 20, bien plus "
            "que n'en contient une archive de politiques\u00a0: décompressez-les, ou nommez chacune sur la ligne de "
            "commande (rien n'a été importé)") in result.stderr, result.stderr


def test_the_files_policy_import_leaves_out_or_cannot_read_are_said_in_french(tmp_path):
    """A new company's archive as its legal team keeps it (a PDF beside the Word file of the same version, a note, a
    logo; then a version kept only as OpenDocument): each file left out, and the refusal of a version import cannot
    read, in the site's language."""
    project = new_project(tmp_path / "project")
    archive, later = tmp_path / "archive", tmp_path / "later"
    archive.mkdir()
    later.mkdir()
    (archive / "politique-2021-01-01.md").write_text("# Politique\n\nNous traitons vos données.\n", encoding="utf-8")
    for name in ("politique-2021-01-01.pdf", "notes.txt", "logo.png"):
        (archive / name).write_bytes(b"x")
    (later / "politique-2022-06-01.wps").write_bytes(b"x")
    root = ["--root", str(project.root), "import", "--lang", "fr"]
    imported = policy_in_process([*root, str(archive)], env=_environment(**WHO))
    assert imported.returncode == 0, imported.stderr
    assert sorted(line for line in imported.stdout.splitlines() if "\u00a0: ignoré\u00a0: " in line) == [
        f"{archive / 'logo.png'}\u00a0: ignoré\u00a0: pas un type de fichier que l'import lit ("
        f"{strings.spaced(kinds_read('fr'), strings.SPACING['fr'])})",
        f"{archive / 'notes.txt'}\u00a0: ignoré\u00a0: un texte brut dont le nom ne contient pas de date (celui d'une version est "
        "lu)",
        f"{archive / 'politique-2021-01-01.pdf'}\u00a0: ignoré\u00a0: le texte du 1er janvier 2021 est importé depuis "
        "politique-2021-01-01.md"], imported.stdout
    refused = policy_in_process([*root, str(later)], env=_environment(**WHO))
    assert refused.returncode == 2 and len(git(project.root, "log", "--oneline").splitlines()) == 1
    assert ("error: 1 version datée dans un format que l'import ne lit pas (rien n'a été importé\u00a0: une version omise "
            "maintenant ne pourrait plus être importée après les suivantes)\u00a0:\n  politique-2022-06-01.wps\u00a0: ouvrez-le "
            "dans Word ou LibreOffice et enregistrez-le au format Word (.docx)\npuis, chacun enregistré ainsi à côté des autres, "
            "relancez le même import\n") in refused.stderr, refused.stderr
