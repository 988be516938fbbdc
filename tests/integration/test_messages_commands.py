"""sync-mark's, words', build's and diff's own lines are said in the site's language: French on a French site,
English word for word as before with POLICY_MESSAGES=en (the lines a legal team reads while it marks a translation,
prunes a word list or compares two texts)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import new_project
from policysite import cli, messages

# The edited English text keeps the published version's date: diff warns (before a refusal of its -o FILE)
_STALE = ("avertissement\u00a0: le texte modifié est daté du 17 février 2021, non postérieur au 17 février 2021, la version publiée à "
          "laquelle il est comparé\u00a0: sa publication serait refusée (une version publiée ne change jamais)\u202f; "
          "donnez-lui une date postérieure au 17 février 2021 dans toutes les langues\n",
          "warning: the edited text is dated February 17, 2021, not after February 17, 2021, the published version it is compared "
          "with: publishing it would be refused (a published version never changes); give it a date after February 17, 2021 "
          "in every language\n")
# (arguments, the French lines, the English ones, the exit code): the whole of stdout, else of stderr
LINES = [
    (["sync-mark", "en"], "error: sync-mark attend des numéros de section ou --all",
     "error: sync-mark needs section numbers or --all", cli.USAGE),
    (["sync-mark", "fr", "1"], "error: français (fr)\u00a0: c'est la langue qui fait foi\u00a0: seules les traductions sont marquées",
     "error: French (fr) is the authoritative language: only translations are marked", cli.USAGE),
    (["sync-mark", "en", "9"], "error: docs/fr/index.md n'a pas de section §9\u00a0: ses sections sont §1, §2, §2.1",
     "error: docs/fr/index.md has no section §9: its sections are §1, §2, §2.1", cli.USAGE),
    (["sync-mark", "en", "--all"],
     "docs/en/.translated-from.yml\u00a0: 3 sections marquées comme alignées sur le texte de référence\u00a0: 1, 2, 2.1",
     "docs/en/.translated-from.yml: marked 3 sections in line: 1, 2, 2.1", cli.OK),
    (["words"], "error: policy words attend --prune (la seule action sur les listes de mots à ce jour)",
     "error: policy words needs --prune (the only action on word lists so far)", cli.USAGE),
    (["words", "--prune", "--lang", "fr"], "docs/fr/.words.txt\u00a0: 1 entrée inutilisée supprimée\u00a0: zorglub",
     "docs/fr/.words.txt: removed 1 unused entry: zorglub", cli.OK),
    (["words", "--prune", "--lang", "en"], "docs/en/.words.txt\u00a0: 0 entrée inutilisée supprimée",
     "docs/en/.words.txt: removed 0 unused entries", cli.OK),
    (["diff", "2021-02-17", "HEAD"], "error: «\u00a0HEAD\u00a0» n'est pas une version\u00a0: donnez une date (AAAA-MM-JJ), `latest` "
     "(celle en vigueur aujourd'hui), `newest` (la dernière publiée, annoncée à l'avance ou non) ou `worktree` (le "
     "texte tel qu'il est enregistré dans le dossier, commité ou non)",
     "error: “HEAD” is not a version: give a date (YYYY-MM-DD), `latest` (in force today), `newest` (the last "
     "published, announced ahead or not) or `worktree` (the text as saved in the folder, committed or not)",
     cli.USAGE),
    (["diff", "2020-01-01", "worktree"],
     "error: aucune version datée du 2020-01-01\u00a0: les versions connues sont 2021-02-17",
     "error: no dated version 2020-01-01: known versions are 2021-02-17", cli.USAGE),
    (["diff", "latest", "worktree"], "error: il n'y a aucune version publiée sur la branche gh-pages\u00a0: publiez-en une "
     "avec `policy publish`, ou comparez des dates de l'historique git",
     "error: there is no published version on the gh-pages branch: publish one with `policy publish`, or compare "
     "dates from the git history", cli.USAGE),
    (["diff", "2021-02-17", "2021-02-17"], "2021-02-17 et 2021-02-17 ont le même texte en français",
     "2021-02-17 and 2021-02-17 have the same French text", cli.OK),
    (["diff", "2021-02-17", "worktree", "--format", "docx"],
     "error: --format docx écrit un document Word\u00a0: nommez-le avec -o FICHIER",
     "error: --format docx writes a Word document: name it with -o FILE", cli.USAGE),
    (["diff", "2021-02-17", "worktree", "--lang", "en", "-o", "docs/en/index.md"],
     _STALE[0] +
     "error: docs/en/index.md se trouve dans le dossier docs des textes en anglais, à partir duquel le site est construit\u00a0: "
     "écrivez la comparaison ailleurs (rien n'a été écrit)",
     _STALE[1] +
     "error: docs/en/index.md is in the docs folder of the English texts, whose files the site is built from: write the redline elsewhere "
     "(nothing was written)", cli.USAGE),
    (["diff", "2021-02-17", "worktree", "--lang", "en", "-o", "mkdocs.yml"],
     _STALE[0] +
     "error: mkdocs.yml se trouve parmi les fichiers du projet, que git suit\u00a0: écrivez la comparaison ailleurs (rien "
     "n'a été écrit)",
     _STALE[1] +
     "error: mkdocs.yml is a file of the project, which git tracks: write the redline elsewhere (nothing was written)",
     cli.USAGE),
    (["diff", "2021-02-17", "worktree", "--lang", "en", "-o", "nowhere/redline.txt"],
     _STALE[0] +
     "error: nowhere n'existe pas\u00a0: créez-le d'abord, ou écrivez la comparaison dans un dossier existant",
     _STALE[1] +
     "error: nowhere does not exist: create it first, or write the redline into an existing folder", cli.USAGE),
    (["diff", "2021-02-17", "worktree", "--lang", "en", "-o", "drafts"],
     _STALE[0] +
     "error: drafts est un dossier\u00a0: nommez le fichier à écrire, par exemple drafts/redline.docx",
     _STALE[1] +
     "error: drafts is a folder: name the file to write, such as drafts/redline.docx", cli.USAGE),
    # words 29: the settings' refusals, English on every site
    (["check", "--lang", "de"],
     "error: ce site ne publie aucun texte en allemand (de)\u00a0: indiquez l'une de ses langues, français (fr) ou "
     "anglais (en) (une nouvelle langue s'ajoute dans mkdocs.yml, à la liste des langues du site, `extra.policy.languages`)",
     "error: this site publishes no German text (de): give one of its languages, French (fr) or English (en) (a new "
     "language is added in mkdocs.yml, to the site's list of languages, `extra.policy.languages`)", cli.USAGE),
    (["at", "2021-02-17", "-d", "cookies"], "error: --document «\u00a0cookies\u00a0»\u00a0: ce site n'a qu'un document "
     "(sa liste des documents, `extra.policy.documents`, n'est pas renseignée)\u00a0: retirez l'option",
     "error: --document 'cookies': this site has one document (its list of documents, `extra.policy.documents`, is not "
     "set): leave the option out", cli.REFUSED),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A French site (French authoritative, English translation) with one dated version committed, a word its text
    does not use in the French list, and the English text edited in the working tree."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(messages.ENVIRONMENT, raising=False)
        project = new_project(tmp_path_factory.mktemp("commands") / "project")
        project.commit("2021-02-17")
    (project.root / "drafts").mkdir()
    page = project.root / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("with care", "with great care"), encoding="utf-8")
    return project


@pytest.mark.parametrize("said_in", ["fr", "en"])
@pytest.mark.parametrize(("arguments", "french", "english", "code"), LINES, ids=[" ".join(a) for a, *_ in LINES])
def test_a_command_s_line_is_said_in_the_site_s_language(site, monkeypatch, capsys, said_in, arguments, french,
                                                          english, code):
    if said_in == "en":
        monkeypatch.setenv(messages.ENVIRONMENT, "en")
    else:
        monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    monkeypatch.chdir(site.root)
    (site.root / "docs" / "fr" / ".words.txt").write_text("zorglub\n", encoding="utf-8")  # (as pruned by neither)
    assert cli.main(["--root", str(site.root), *arguments]) == code
    out, err = capsys.readouterr()
    assert (out or err) == (french if said_in == "fr" else english) + "\n"


def test_what_a_configuration_may_not_do_is_said_in_french(tmp_path, monkeypatch, capsys):
    """config.refused, as `policy check` says it of the working tree's mkdocs.yml: the setting named, in the site's
    language; English as before with POLICY_MESSAGES=en."""
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    config = project.root / "mkdocs.yml"
    written = config.read_text(encoding="utf-8")
    config.write_text(written + "repo_url: https://github.com/acme/policy\nnav:\n  - Accueil: index.md\n",
                      encoding="utf-8")
    repo, nav = written.count("\n") + 1, written.count("\n") + 2  # (each finding at the line of its setting)
    assert cli.main(["--root", str(project.root), "check"]) == cli.REFUSED
    lines = capsys.readouterr().out.splitlines()
    assert (f"mkdocs.yml:{nav}: [config.refused] nav\u00a0: le générateur écrit lui-même la navigation du site\u202f; une navigation "
            "propre au projet imprimerait sur chaque page des mots et des liens (vers un autre site, par exemple) "
            "qu'aucune vérification ne lit\u00a0: supprimez-la") in lines, lines
    assert (f"mkdocs.yml:{repo}: [config.refused] repo_url\u00a0: le thème le demanderait à l'hébergeur du dépôt depuis le "
            "navigateur de chaque lecteur (une requête vers un autre site)\u00a0: supprimez-le") in lines, lines
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main(["--root", str(project.root), "check"]) == cli.REFUSED
    lines = capsys.readouterr().out.splitlines()
    assert (f"mkdocs.yml:{nav}: [config.refused] nav: the generator writes the site's navigation itself; a nav of the "
            "project's own would print words and links (to another host, say) on every page that no check reads: "
            "remove it") in lines, lines
    assert (f"mkdocs.yml:{repo}: [config.refused] repo_url: the theme would ask the repository's host for it from every "
            "reader's browser (a request to another host): remove it") in lines, lines


def test_an_import_s_file_names_without_a_date_are_said_in_french(tmp_path, monkeypatch, capsys):
    """import.date-* and import.undated: a file name without a date, and a folder of two (each named, one a line)."""
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    old = tmp_path / "anciens"
    old.mkdir()
    for name in ("politique.md", "politique-2021-02-30.md"):
        (old / name).write_text("# Politique\n\nNous traitons vos données.\n", encoding="utf-8")
    hint = ("nommez chaque version d'après le jour où son texte est entré en vigueur, l'année en premier, par exemple "
            "confidentialite-2019-03-01.html")
    english = ("name each version after the day its text took effect, year first, e.g. privacy-2019-03-01.html")
    root = ["--root", str(project.root), "import", "--lang", "fr"]
    assert cli.main([*root, str(old / "politique.md")]) == cli.USAGE
    assert capsys.readouterr().err == (f"error: politique.md\u00a0: pas de date dans le nom du fichier\u00a0: {hint} (le nom d'un "
                                       "dossier n'est pas lu)\n")
    assert cli.main([*root, str(old)]) == cli.USAGE
    assert capsys.readouterr().err == (
        f"error: 2 noms de fichiers ne portent aucune date que l'import lit\u00a0:\n  politique-2021-02-30.md\u00a0: 2021-02-30 "
        f"n'est pas un jour du calendrier\u00a0: {hint}\n  politique.md\u00a0: pas de date dans le nom du fichier\u00a0: {hint} (le nom "
        "d'un dossier n'est pas lu)\n")
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main([*root, str(old)]) == cli.USAGE
    assert capsys.readouterr().err == (
        f"error: 2 file names hold no date the import reads:\n  politique-2021-02-30.md: 2021-02-30 is not a day of the "
        f"calendar: {english}\n  politique.md: no date in the file name: {english} (a folder's name is not read)\n")
    assert git(project.root, "status", "--porcelain", "--untracked-files=no") == ""  # nothing imported


IMPORT_REFUSED = [  # (the file written, its bytes, the other arguments, the French error, the English one)
    ("politique-2020-01-01.md", b"", [],
     "{path}\u00a0: ne contient aucun texte (un fichier vide, ou une page dont le texte est en images ou écrit par des "
     "scripts)\u00a0: rien n'a été importé",
     "{path}: no text in it (an empty file, or a page whose text is in images or written by scripts): nothing "
     "imported"),
    ("politique-2020-02-01.md", b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 3\n", [],
     "politique-2020-02-01.md\u00a0: un pointeur Git LFS, et non le texte\u00a0: le texte est conservé hors de git "
     "(`filter=lfs` dans .gitattributes)\u202f; récupérez-le (`git lfs pull`) et importez le fichier lui-même (rien n'a "
     "été importé)",
     "politique-2020-02-01.md: a Git LFS pointer, not the text: the text is kept outside git (`filter=lfs` in "
     ".gitattributes); fetch it (`git lfs pull`) and import the file itself (nothing imported)"),
    ("politique-2020-03-01.html",
     b'<html><body><h1>Politique</h1><p><a href="https://iubenda.example/x">Politique</a></p></body></html>', [],
     "{path}\u00a0: aucun texte hormis son titre et ses liens (https://iubenda.example/x)\u00a0: la page affiche, à son "
     "ouverture, un texte chargé depuis un autre site (une intégration d'iubenda, de Termly ou d'un autre service, une "
     "iframe)\u202f; ouvrez cette adresse et enregistrez la page qu'elle affiche, ou exportez le texte depuis le service, "
     "et importez-le\u00a0: rien n'a été importé",
     "{path}: no text but its title and links (https://iubenda.example/x): the page shows a text loaded from another "
     "site when it is opened (an embed of iubenda, Termly or another service, an iframe); open that address and save "
     "the page it shows, or export the text from the service, and import that: nothing imported"),
    ("anciens.zip", b"not a zip", [],
     "anciens.zip\u00a0: illisible comme archive zip\u00a0: le fichier n'est pas une archive zip, ou l'archive est "
     "endommagée, tronquée lors d'un téléchargement ou d'une copie\u202f; décompressez-la et importez le dossier (rien "
     "n'a été importé)",
     "anciens.zip: cannot be read as a zip archive: the file is not a zip archive, or a damaged one, cut short by a "
     "download or a copy; unzip it and import the folder (nothing imported)"),
    ("politique-2020-04-01.md", b"# Politique\n", ["--ref", "main"],
     "--ref main\u00a0: lit l'historique d'une branche, avec --git (rien n'a été importé)",
     "--ref main: reads a branch's history, with --git (nothing imported)"),
]


@pytest.fixture(scope="module")
def committed(tmp_path_factory):
    """A French site with one dated version committed, its working tree clean."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(messages.ENVIRONMENT, raising=False)
        project = new_project(tmp_path_factory.mktemp("import") / "project")
        project.commit("2021-02-17")
    return project


@pytest.mark.parametrize("said_in", ["fr", "en"])
@pytest.mark.parametrize(("name", "data", "arguments", "french", "english"), IMPORT_REFUSED,
                         ids=[name for name, *_ in IMPORT_REFUSED])
def test_an_import_refused_is_said_in_the_site_s_language(committed, tmp_path, monkeypatch, capsys, said_in, name,
                                                           data, arguments, french, english):
    if said_in == "en":
        monkeypatch.setenv(messages.ENVIRONMENT, "en")
    else:
        monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    path = tmp_path / name
    path.write_bytes(data)
    assert cli.main(["--root", str(committed.root), "import", "--lang", "fr", *arguments, str(path)]) != cli.OK
    said = (french if said_in == "fr" else english).replace("{path}", path.name)  # its name, as a .docx's (leads44)
    assert capsys.readouterr().err == f"error: {said}\n"


@pytest.fixture(params=["fr", "en"])
def said_in(request, monkeypatch):
    """The language a French site's lines are said in: its own (none asked for), or English asked for
    (POLICY_MESSAGES=en), which says them word for word as before."""
    if request.param == "en":
        monkeypatch.setenv(messages.ENVIRONMENT, "en")
    else:
        monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    return request.param


@pytest.mark.parametrize(("stop", "french", "english", "code"), [
    (KeyboardInterrupt, "error: interrompu", "error: interrupted", 130),
    (cli.Terminated, "error: arrêté de l'extérieur (une tâche de CI annulée, ou `kill`\u00a0: SIGTERM)\u202f; relancez "
     "la commande", "error: stopped from outside (a cancelled CI job, or `kill`: SIGTERM); start the command again",
     143)])
def test_a_command_stopped_from_outside_says_so_in_the_site_s_language(site, monkeypatch, capsys, said_in, stop,
                                                                       french, english, code):
    """Words 29: Ctrl-C (or a cancelled job's SIGTERM) during any command of a French site said "error: interrupted"
    in English."""
    def stopped(_args, _root):
        raise stop

    monkeypatch.setitem(cli.COMMANDS, "check", stopped)
    assert cli.main(["--root", str(site.root), "check"]) == code
    assert capsys.readouterr().err == (french if said_in == "fr" else english) + "\n"


def test_a_page_not_written_yet_is_said_in_the_site_s_language(tmp_path, monkeypatch, capsys, said_in):
    """Words 29: a new French site's first `policy check`, before its texts are imported, said in English that the page
    does not exist, and which command writes it."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    (project.root / "docs" / "en" / "index.md").unlink()  # (in no commit at all: a page the last commit has is said
    git(project.root, "rm", "-q", "--cached", "docs/en/index.md")  # deleted, lead58; one a commit deleted, with
    git(project.root, "commit", "-q", "--amend", "--no-edit")  # that commit, histories33)
    assert cli.main(["--root", str(project.root), "check"]) == cli.USAGE
    assert capsys.readouterr().err == {
        "fr": "error: docs/en/index.md\u00a0: la page de la politique en anglais n'existe pas\u00a0: importez les textes en "
              "anglais (policy import --lang en FICHIERS-OU-DOSSIERS, après ceux en français) ou écrivez la page\n",
        "en": "error: docs/en/index.md: the English policy page does not exist: import the English texts (policy import "
              "--lang en FILES-OR-FOLDERS, after the French ones) or write the page\n"}[said_in]
    (project.root / "docs" / "fr" / "index.md").unlink()
    git(project.root, "rm", "-q", "--cached", "docs/fr/index.md")
    git(project.root, "commit", "-q", "--amend", "--no-edit")
    assert cli.main(["--root", str(project.root), "check"]) == cli.USAGE
    assert capsys.readouterr().err == {
        "fr": "error: docs/fr/index.md\u00a0: la page de la politique en français n'existe pas\u00a0: importez les textes en "
              "français (policy import --lang fr FICHIERS-OU-DOSSIERS) ou écrivez la page\n",
        "en": "error: docs/fr/index.md: the French policy page does not exist: import the French texts (policy import "
              "--lang fr FILES-OR-FOLDERS) or write the page\n"}[said_in]


# (arguments, what argparse says on a French site, and on an English one: its last line)
ARGUMENTS = [
    (["diff"], "policy diff: error: ces arguments sont obligatoires\u00a0: old, new",
     "policy diff: error: the following arguments are required: old, new"),
    (["check", "--format", "yaml"],
     "policy check: error: argument --format\u00a0: choix invalide\u00a0: 'yaml' (choisissez parmi 'text', 'json', 'github')",
     "policy check: error: argument --format: invalid choice: 'yaml' (choose from 'text', 'json', 'github')"),
    (["check", "--bogus"], "policy: error: arguments non reconnus\u00a0: --bogus",
     "policy: error: unrecognized arguments: --bogus"),
    (["history", "--rebuild", "--archive-only"],
     "policy history: error: argument --archive-only\u00a0: incompatible avec l'argument --rebuild",
     "policy history: error: argument --archive-only: not allowed with argument --rebuild"),
    (["history", "-j", "x"], "policy history: error: argument -j/--jobs\u00a0: «\u00a0x\u00a0» n'est pas un nombre de "
     "processus de construction\u00a0: donnez un nombre entier, 1 ou plus",
     "policy history: error: argument -j/--jobs: 'x' is not a number of build processes: give a whole number, 1 or more"),
    # 0 was one process per core and -1 one process, both without a word
    (["history", "-j", "0"], "policy history: error: argument -j/--jobs\u00a0: «\u00a00\u00a0» n'est pas un nombre de "
     "processus de construction\u00a0: donnez un nombre entier, 1 ou plus",
     "policy history: error: argument -j/--jobs: '0' is not a number of build processes: give a whole number, 1 or more"),
    (["history", "--jobs=-1"], "policy history: error: argument -j/--jobs\u00a0: «\u00a0-1\u00a0» n'est pas un nombre de "
     "processus de construction\u00a0: donnez un nombre entier, 1 ou plus",
     "policy history: error: argument -j/--jobs: '-1' is not a number of build processes: give a whole number, 1 or more"),
    # words 30: the day `policy at` is given, refused in English
    (["at", "2024-02-30"], "policy at: error: argument day\u00a0: «\u00a02024-02-30\u00a0» n'est ni un jour (AAAA-MM-JJ) ni un "
     "instant avec son décalage (2024-02-28T23:30:00Z)", "policy at: error: argument day: '2024-02-30' is not a day "
     "(YYYY-MM-DD) nor an instant with its offset (2024-02-28T23:30:00Z)"),
    (["at", "2024-02-28T23:30"], "policy at: error: argument day\u00a0: «\u00a02024-02-28T23:30\u00a0» n'a pas de décalage par "
     "rapport à UTC\u00a0: son jour en dépend\u202f; donnez-le (2024-02-28T23:30Z pour UTC, ou +01:00 …)",
     "policy at: error: argument day: '2024-02-28T23:30' has no offset from UTC: its day depends on it; give it "
     "(2024-02-28T23:30Z for UTC, or +01:00 …)"),
    (["--root"], "policy: error: argument --root\u00a0: un argument attendu",
     "policy: error: argument --root: expected one argument"),
]


@pytest.mark.parametrize(("arguments", "french", "english"), ARGUMENTS, ids=[" ".join(a) for a, *_ in ARGUMENTS])
def test_a_command_line_argparse_refuses_is_said_in_the_site_s_language(site, monkeypatch, capsys, said_in, arguments,
                                                                         french, english):
    """Words 29: a mistyped command on a French site was answered in argparse's English ("the following arguments are
    required: old, new"); argparse's words are the catalogue's now (arguments.py), its usage line's "usage : " too,
    English byte for byte as argparse says it. `--root` without a folder: the site's language is the current
    folder's."""
    monkeypatch.chdir(site.root)
    given = arguments if arguments == ["--root"] else ["--root", str(site.root), *arguments]
    with pytest.raises(SystemExit) as stopped:
        cli.main(given)
    assert stopped.value.code == cli.USAGE
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == (french if said_in == "fr" else english)
    assert lines[0].startswith("usage\u00a0: policy" if said_in == "fr" else "usage: policy")


def test_the_help_is_said_whole_in_the_site_s_language(site, monkeypatch, capsys, said_in):
    """Words 30: `policy diff --help` stayed English whole on a French site (words 29: better than half French); each
    option's words are the catalogue's now (help.*, whose English is cli.py's text), its headings argparse's."""
    with pytest.raises(SystemExit):
        cli.main(["--root", str(site.root), "diff", "--help"])
    out = capsys.readouterr().out
    if said_in == "en":
        assert out.startswith("usage: policy diff") and "\npositional arguments:\n" in out and "\noptions:\n" in out
        assert "  -h, --help            show this help message and exit\n" in out
        assert "write the redline into this file (needed for docx and pdf)" in " ".join(out.split())
        return
    assert out.startswith("usage\u00a0: policy diff") and "\narguments positionnels\u00a0:\n" in out and "\noptions\u00a0:\n" in out
    assert "  -h, --help            affiche cette aide et quitte\n" in out
    assert "écrit la comparaison dans ce fichier (nécessaire pour\n                        docx et pdf)" in out, out


@pytest.mark.parametrize("lang", [lang for lang in messages.LANGUAGES if lang != messages.DEFAULT])
def test_every_text_of_the_help_has_a_translation(lang):
    """The help is said whole, never half in another language: each command's description and option's words, and
    argparse's headings, are in the catalogue of each language (a new option without one fails here)."""
    import argparse

    from policysite import arguments

    said = arguments.texts(lang)
    texts = {"positional arguments", "options", "show this help message and exit"}
    parsers = [cli._parser()]
    while parsers:
        parser = parsers.pop()
        texts |= {parser.description} - {None}
        for action in parser._actions:
            texts |= {action.help} - {None, argparse.SUPPRESS}
            if isinstance(action, argparse._SubParsersAction):
                texts |= {choice.help for choice in action._choices_actions}
                parsers += action.choices.values()
    assert len(texts) > 40
    assert sorted(text for text in texts if text not in said) == []


def test_settings_that_are_refused_are_said_in_the_language_mkdocs_yml_names(tmp_path, monkeypatch, capsys, said_in):
    """Words 29: settings that cannot be read said so in English on every site, the language being one of them;
    it is the one mkdocs.yml names as far as it reads (extra.policy.authoritative, else theme.language)."""
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    written = config.read_text(encoding="utf-8")
    assert "  language: fr\n" in written and "    company: " in written
    config.write_text(written.replace("    company: ", "    former_company: "), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "check"]) == cli.USAGE
    assert capsys.readouterr().err == {"fr": f"error: {config}\u00a0: le réglage du site `extra.policy.company` manque\n",
                                       "en": f"error: {config}: the site's setting `extra.policy.company` is missing\n"
                                       }[said_in]
    config.write_text(written.replace("  policy:", "  former_policy:"), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "check"]) == cli.USAGE
    assert capsys.readouterr().err == {
        "fr": f"error: {config}\u00a0: les réglages du site (`extra.policy`) manquent (company, languages, authoritative, …)\n",
        "en": f"error: {config}: the site's settings (`extra.policy`) are missing (company, languages, authoritative, …)\n"}[said_in]


def test_what_the_theme_may_not_be_told_is_said_in_the_site_s_language(tmp_path, monkeypatch, capsys, said_in):
    """Words 29: `policy check` on a French site said in English why a theme's palette, direction, feature or a
    Markdown extension's option is refused, and `policy check --configuration` (`make preview`) said every problem in
    English after "the configuration is refused"."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    config = project.root / "mkdocs.yml"
    written = config.read_text(encoding="utf-8")
    assert "  language: fr\n" in written and "  permalink: true\n" in written
    changed = written.replace("  language: fr\n", "  language: fr\n  direction: rtl\n  palette: {}\n") \
        .replace("  permalink: true\n", "  permalink: true\n      baselevel: 3\n")
    config.write_text(changed, encoding="utf-8")
    at = {words: f"mkdocs.yml:{changed.splitlines().index(line) + 1}:" for words in ("direction", "palette", "baselevel")
          for line in changed.splitlines() if line.strip().startswith(f"{words}:")}  # (each at its setting's line)
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "check"]) == cli.REFUSED
    lines = capsys.readouterr().out.splitlines()
    expected = {
        "fr": [f"{at['direction']} [config.refused] theme.direction\u00a0: 'rtl' n'est pas le sens d'écriture de fr (ltr)\u00a0: une "
               "page orientée dans l'autre sens montre ses nombres et sa ponctuation dans un autre ordre que celui du "
               "texte\u202f; supprimez-le (le thème connaît le sens de la langue)",
               f"{at['palette']} [config.refused] theme.palette\u00a0: Material garde alors le jeu de couleurs du lecteur dans "
               "le stockage du navigateur à chaque page\u00a0: le site ne stocke rien (les couleurs vont dans une feuille "
               "de style)",
               f"{at['baselevel']} [config.refused] markdown_extensions\u00a0: toc\u00a0: baselevel\u00a0: 3 n'est pas une option avec "
               "laquelle le générateur construit\u00a0: elle change ce que la page montre du texte vérifié"],
        "en": [f"{at['direction']} [config.refused] theme.direction: 'rtl' is not the direction fr is written in (ltr): a "
               "page set the other way shows its numbers and punctuation in another order than the text holds; remove "
               "it (the theme knows the language's direction)",
               f"{at['palette']} [config.refused] theme.palette: Material then keeps the reader's colour scheme in the "
               "browser's storage at every page: the site stores nothing (colours go in a stylesheet)",
               f"{at['baselevel']} [config.refused] markdown_extensions: toc: baselevel: 3 is not an option the generator "
               "builds with: it changes what the page shows of the checked text"]}[said_in]
    assert [line for line in expected if line not in lines] == [], lines
    # as `make preview` is told before it serves: each problem once, after the files that have it
    assert cli.main(["--root", str(project.root), "check", "--configuration"]) == cli.REFUSED
    said = capsys.readouterr().err.splitlines()
    assert said[0] == {"fr": "error: la configuration est refusée\u00a0:", "en": "error: the configuration is refused:"}[
        said_in]
    # (mkdocs.en.yml INHERITs the palette: named once, at the line of mkdocs.yml that writes it)
    files = {"fr": f"  {at['palette'][:-1]}\u00a0: ", "en": f"  {at['palette']} "}[said_in]
    assert files + expected[1].removeprefix(f"{at['palette']} [config.refused] ") in said, said


_POLICY = "  policy:\n"
# (a line of mkdocs.yml, of mkdocs.en.yml for docs_dir, and what it is replaced with; the French line, the English
# one): `{config}` stands for mkdocs.yml's path
SETTINGS = [
    ("    notice_days: 30 ", "    notice_days: trente ", "{config}\u00a0: le préavis (`extra.policy.notice_days`) doit être un nombre de jours (de 0 à "
     "366), et non 'trente'", "{config}: the notice period (`extra.policy.notice_days`) must be a number of days (0 to 366), got 'trente'"),
    (_POLICY, _POLICY + "    time_zone: Europe/Pariss\n", "{config}\u00a0: extra.policy.time_zone\u00a0: 'Europe/Pariss' n'est pas un "
     "fuseau horaire\u00a0: donnez son nom IANA, par exemple Europe/Paris, America/New_York ou UTC",
     "{config}: extra.policy.time_zone: 'Europe/Pariss' is no time zone: give its IANA name, such as Europe/Paris, "
     "America/New_York or UTC"),
    ("    brand: DialOnce\n", "    brand: [Acme]\n", "{config}\u00a0: le réglage du site `extra.policy.brand` doit être un texte, et non ['Acme']",
     "{config}: the site's setting `extra.policy.brand` must be text, got ['Acme']"),
    (_POLICY, _POLICY + "    pdf_fonts: [/usr/share/fonts]\n", "{config}\u00a0: extra.policy.pdf_fonts\u00a0: '/usr/share/fonts' doit être "
     "un dossier du projet, par exemple fonts", "{config}: extra.policy.pdf_fonts: '/usr/share/fonts' must be a folder "
     "inside the project, such as fonts"),
    (_POLICY, _POLICY + "    brand_variants: Acme\n", "{config}\u00a0: extra.policy.brand_variants doit être une liste de textes, par "
     "exemple [Example SAS]", "{config}: extra.policy.brand_variants must be a list of texts, e.g. [Example SAS]"),
    (_POLICY, _POLICY + "    documents: [{id: Cookies, page: cookies.md}]\n", "{config}\u00a0: extra.policy.documents\u00a0: entrée 1\u00a0: "
     "l'id 'Cookies' doit être fait de lettres minuscules, de chiffres et de traits d'union, commencer par une lettre, "
     "et n'être aucun de ceux-ci\u00a0: 404, assets, at, changes, compare, feed, history, index, latest, manifest, search, "
     "side-by-side, updates",
     "{config}: extra.policy.documents: entry 1: id 'Cookies' must be lower-case letters, digits and hyphens, starting "
     "with a letter, and not one of 404, assets, at, changes, compare, feed, history, index, latest, manifest, search, "
     "side-by-side, updates"),
    (_POLICY, _POLICY + "    documents: [{id: privacy, page: index.md}, {id: cookies, page: index.md}]\n",
     "{config}\u00a0: extra.policy.documents\u00a0: la page index.md est donnée à plus d'un document",
     "{config}: extra.policy.documents: the page index.md is given to more than one document"),
    (_POLICY, _POLICY + "    messages: de\n", "{config}\u00a0: extra.policy.messages\u00a0: aucun message en «\u00a0de\u00a0»\u00a0: ils sont écrits en "
     "anglais (en) et français (fr)", "{config}: extra.policy.messages: no messages in “de”: they are written in English (en) and French (fr)"),
    ("    public_url: https://www.dial-once.com/politique-de-confidentialite/\n",
     "    public_url: https://admin@www.example.com/\n",
     "{config}\u00a0: extra.policy.public_url\u00a0: «\u00a0https://admin@www.example.com/\u00a0»\u00a0: a un nom d'utilisateur ou un mot de "
     "passe avant son hôte (…@hôte)\u00a0: il serait publié sur chaque page, et ce qui précède @ n'est pas là où mène "
     "l'adresse\u202f; écrivez-la comme https://www.example.com/privacy/",
     "{config}: extra.policy.public_url: “https://admin@www.example.com/”: has a user name or password before its host "
     "(…@host): it would be published on every page, and what stands before @ is not where the address goes; write it "
     "as https://www.example.com/privacy/"),
    ("docs_dir: docs/en\n", "docs_dir: [docs/en]\n", "mkdocs.en.yml\u00a0: docs_dir\u00a0: ['docs/en'] n'est pas un nom de dossier (docs/<langue>)",
     "mkdocs.en.yml: docs_dir: ['docs/en'] is not a folder's name (docs/<lang>)"),
]


@pytest.mark.parametrize(("line", "edit", "french", "english"), SETTINGS, ids=[e.strip().split("\n")[-1]
                                                                              for _, e, *_ in SETTINGS])
def test_each_setting_refused_is_said_in_the_site_s_language(committed, capsys, said_in, line, edit, french, english):
    """Words 30: the rest of the settings' refusals (a number of days, a time zone, a text, a folder, a list, the
    documents, a language without messages, the public address, docs_dir) were English on every site."""
    config = committed.root / ("mkdocs.en.yml" if line.startswith("docs_dir") else "mkdocs.yml")
    written = config.read_text(encoding="utf-8")
    assert line in written
    config.write_text(written.replace(line, edit, 1), encoding="utf-8")
    try:
        assert cli.main(["--root", str(committed.root), "check"]) == cli.USAGE
    finally:
        config.write_text(written, encoding="utf-8")
    # (company3: a setting's refusal names its line, that of the key edited, found below the policy block)
    lines = written.replace(line, edit, 1).splitlines()
    key = edit.strip().split("\n")[-1].strip().split(":")[0]
    at = next((n + 1 for n, text in enumerate(lines) if text.startswith(f"    {key}:")), 0)
    said = (french if said_in == "fr" else english).replace("{config}", f"{committed.root / 'mkdocs.yml'}:{at}")
    assert capsys.readouterr().err == f"error: {said}\n"


def test_a_version_asked_of_a_history_that_dates_none_is_said_as_a_sentence(tmp_path, monkeypatch, capsys, said_in):
    """Words 30: `policy diff` of a project whose history dates no version yet said "les versions connues sont aucun"
    ("known versions are none"): a sentence of its own now."""
    project = new_project(tmp_path / "project")
    monkeypatch.chdir(project.root)
    assert cli.main(["--root", str(project.root), "diff", "2020-01-01", "worktree"]) == cli.USAGE
    assert capsys.readouterr().err == {
        "fr": "error: aucune version datée du 2020-01-01\u00a0: l'historique ne date encore aucune version\n",
        "en": "error: no dated version 2020-01-01: the history dates no version yet\n"}[said_in]


def test_a_file_import_is_given_that_is_not_there_is_said_in_the_site_s_language(committed, monkeypatch, capsys,
                                                                                  said_in):
    """Words 30: found running the commands on a French site with bad input, English there."""
    monkeypatch.chdir(committed.root)
    assert cli.main(["--root", str(committed.root), "import", "--lang", "fr", "nowhere"]) == cli.USAGE
    assert capsys.readouterr().err == {"fr": "error: nowhere\u00a0: aucun fichier ni dossier de ce nom (nowhere)\n",
                                       "en": "error: nowhere: no such file or folder (nowhere)\n"}[said_in]
