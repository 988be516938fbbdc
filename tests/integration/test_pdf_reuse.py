"""A version's PDF is printed once: a rebuild (`policy history --rebuild`, `policy verify`) takes it from the
branch when the key of what it would be printed from is the one its publication record holds, and prints it when
that key changed (a new text, another print template).

Builds run in this process (jobs=1), so that a spy on the printer sees every print.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, git, poppler
from policy_repo import Project, copy_of, made_once, new_project
from policysite import manifest as mf, messages, pdf, scriptfonts, verify
from policysite.errors import PublishError

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-05-10"


@pytest.fixture(autouse=True)
def no_git_identity(monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


class Prints:
    """Each print, as `lang/version`, written into a file (a spy that would also see a forked printer's)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.write_text("", encoding="utf-8")

    def clear(self) -> None:
        self.path.write_text("", encoding="utf-8")

    @property
    def calls(self) -> list[str]:
        return self.path.read_text(encoding="utf-8").split()


@pytest.fixture
def printed(monkeypatch, tmp_path) -> Prints:
    prints = Prints(tmp_path / "prints.txt")
    real = pdf.printed

    def counting(page: pdf.Print, *, where: str) -> tuple[bytes, str]:
        with prints.path.open("a", encoding="utf-8") as out:
            out.write(where + "\n")
        return real(page, where=where)

    monkeypatch.setattr(pdf, "printed", counting)
    return prints


def _committed(project: Project) -> Project:
    """V1, then V2 committed (not published)."""
    project.commit(V1)
    project.commit(V2, fr="Nous traitons vos données avec le plus grand soin.",
                   en="We process your data with the greatest care.")
    return project


@pytest.fixture
def project(tmp_path) -> Project:
    return _committed(new_project(tmp_path / "project"))


def _published_in_process(project: Project, _folder: Path) -> None:
    """`_committed`, then both published by `policy history` built in this process (jobs=1): a `made_once` state."""
    _committed(project)
    assert project.history(jobs=1).published == [V1, V2]


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """`_published_in_process` made once for the module: the tests about a rebuild start from a copy of it, rather
    than each publishing the same two versions again (some 0.5 s of CPU a test)."""
    return made_once(tmp_path_factory, _published_in_process)


@pytest.fixture
def both_published(first_published, tmp_path) -> Project:
    """The project with V1 and V2 published by `policy history` (jobs=1): a copy of the module's, which the test
    may change (its branch, tags and what publishing keeps in .git, the PDFs' keys among it)."""
    return copy_of(first_published, tmp_path / "project")


def pdfs(project: Project) -> dict[str, str]:
    """Each PDF on the branch: path -> blob."""
    listing = git(project.root, "ls-tree", "-r", "gh-pages").splitlines()
    return {line.split("\t")[1]: line.split()[2] for line in listing if line.endswith(".pdf")}


def keys(project: Project, *versions: str) -> dict[tuple[str, str], str]:
    return {(version, lang): entry.pdf_key for version in versions
            for lang, entry in mf.VersionManifest.loads(project.show(f"manifest/{version}.json")).languages.items()}


def test_a_rebuild_prints_only_the_pdfs_whose_key_changed_and_verify_takes_the_others(project, printed):
    project.history(jobs=1)
    assert sorted(printed.calls) == [f"en/{V1}", f"en/{V2}", f"fr/{V1}", f"fr/{V2}"]
    recorded = keys(project, V1, V2)
    assert all(re.fullmatch(r"[0-9a-f]{64}", key) for key in recorded.values())
    assert recorded[V1, "fr"] != recorded[V2, "fr"] != recorded[V2, "en"]
    published = pdfs(project)
    assert len(published) == 6  # both versions and latest/, in both languages

    printed.clear()
    outcome = project.history(rebuild=True, jobs=1)
    assert outcome.published == [V1, V2] and printed.calls == []  # the same text, template and engine: nothing printed
    assert "4 PDFs kept as published" in " ".join(outcome.messages)
    assert ("4 PDF conservés tels que publiés\u00a0: leur texte, leur modèle d'impression, leurs options et leur moteur "
            "sont inchangés (la même clé), si bien que les imprimer de nouveau donnerait les mêmes octets") in \
        [messages.said_in(line, "fr") for line in outcome.messages]  # (words 30: English on every site)
    assert pdfs(project) == published and keys(project, V1, V2) == recorded

    project.commit(V3, fr="Un troisième texte.", en="A third text.")
    printed.clear()
    outcome = project.history(rebuild=True, jobs=1)
    assert outcome.published == [V1, V2, V3] and sorted(printed.calls) == [f"en/{V3}", f"fr/{V3}"]  # only the new text

    printed.clear()
    report = verify.verify(root=project.root)
    assert report.problems == [] and report.rebuilt == 3 and report.pdfs_kept == 6 and printed.calls == []
    report = verify.verify(root=project.root, print_pdfs=True)  # printed again, the same bytes as published
    assert report.problems == [] and report.pdfs_kept == 0 and len(printed.calls) == 6


def test_a_rebuild_in_a_new_process_reads_each_pdfs_key_kept_and_keeps_the_same_tree(both_published, printed,
                                                                                     monkeypatch):
    """The key a rebuild finds each PDF by was worked out from the page as data, version after version: the git
    folder keeps it (printing.page_of), and a rebuild works none out, nor prints any, for the same tree."""
    project = both_published  # V1 and V2 published by `policy history` (jobs=1)
    tree = git(project.root, "rev-parse", "gh-pages^{tree}")
    assert len(list((project.root / ".git" / "policysite" / "pdf-keys").iterdir())) == 4
    made: list[str] = []
    real = pdf.source
    monkeypatch.setattr(pdf, "source", lambda *a, **k: made.append(f"{k['lang']}/{k['version']}") or real(*a, **k))
    printed.clear()
    from policysite import git as policy_git

    batches: list[list[str]] = []
    singles: list[str] = []
    real_batch, real_blob = policy_git._batch, policy_git.cat_blob
    kept = set(pdfs(project).values())
    monkeypatch.setattr(policy_git, "_batch", lambda folder, names: (
        batches.append(list(names)) if set(names) <= kept and names else None) or real_batch(folder, names))
    monkeypatch.setattr(policy_git, "cat_blob", lambda repo, sha: singles.append(sha) or real_blob(repo, sha))
    assert project.history(rebuild=True, jobs=1).published == [V1, V2]
    assert made == [] and printed.calls == [] and git(project.root, "rev-parse", "gh-pages^{tree}") == tree
    # each version's two PDFs read by one git process (a process each cost some 2 ms of CPU a version)
    assert [len(names) for names in batches] == [2, 2] and set().union(*batches) == kept and singles == []


def test_another_print_template_prints_every_pdf_again_under_a_new_key(both_published, printed, tmp_path, monkeypatch):
    """A new generator's print template (a project's own is refused: it writes the PDF's words)."""
    import shutil

    from policysite import config_rules

    project = both_published  # V1 and V2 published by `policy history` (jobs=1)
    before, published = keys(project, V1, V2), pdfs(project)
    generator = tmp_path / "generator"
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, generator / name, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in (generator, project.root):
        template = folder / "overrides" / "partials" / "policy-pdf.typ"
        template.write_text(template.read_text(encoding="utf-8").replace("margin: (top: 22mm,", "margin: (top: 20mm,"),
                            encoding="utf-8")
    monkeypatch.setattr(config_rules, "_generator_root", lambda: generator)
    project.commit_all("print margins, as the new generator's")
    printed.clear()
    project.history(rebuild=True, jobs=1)
    assert len(printed.calls) == 4
    after = keys(project, V1, V2)
    assert all(after[k] != before[k] for k in before)
    changed = pdfs(project)
    assert all(changed[path] != blob for path, blob in published.items())
    assert verify.verify(root=project.root).problems == []


def test_a_pdf_edited_on_the_branch_is_printed_again_not_kept(both_published, printed, tmp_path):
    project = both_published  # V1 and V2 published by `policy history` (jobs=1)
    published = pdfs(project)
    checkout = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    (checkout / "fr" / V1 / f"policy-fr-{V1}.pdf").write_bytes(b"%PDF-1.7 not the print of its text")
    git(checkout, "commit", "-q", "-am", "tamper")
    git(project.root, "worktree", "remove", "--force", str(checkout))
    assert any(line.startswith(f"fr/{V1}/policy-fr-{V1}.pdf: changed") for line in verify.verify(
        root=project.root).problems)
    printed.clear()
    project.history(rebuild=True, jobs=1)
    assert printed.calls == [f"fr/{V1}"]  # its digest is not the manifest's: printed, never copied
    assert pdfs(project) == published
    # legal hunt 36: the PDF replaced together with its manifest's digest (a forger's edit) is named all the same
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    forged = b"%PDF-1.7 another text"
    (checkout / "fr" / V1 / f"policy-fr-{V1}.pdf").write_bytes(forged)
    manifest = checkout / "manifest" / f"{V1}.json"
    recorded = mf.VersionManifest.loads(manifest.read_bytes())
    was = recorded.languages["fr"].files[f"policy-fr-{V1}.pdf"]
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(was, mf.sha256(forged)), encoding="utf-8")
    git(checkout, "commit", "-q", "-am", "tamper")
    git(project.root, "worktree", "remove", "--force", str(checkout))
    problems = verify.verify(root=project.root).problems
    assert any(line.startswith(f"fr/{V1}/policy-fr-{V1}.pdf: not the PDF") for line in problems), problems


def _replace_print(project: Project, tmp_path: Path) -> tuple[str, str]:
    """V2's French PDF replaced on the branch by V1's (a real PDF of the site: every check passes it), in V2's folder and
    `latest/`, together with its manifest's digest, its key kept, in a commit named as a rebuild: (its name, the digest
    its manifest recorded)."""
    checkout = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    name = f"policy-fr-{V2}.pdf"
    other = (checkout / "fr" / V1 / f"policy-fr-{V1}.pdf").read_bytes()
    for folder in (V2, "latest"):
        (checkout / "fr" / folder / name).write_bytes(other)
    manifest = checkout / "manifest" / f"{V2}.json"
    was = mf.VersionManifest.loads(manifest.read_bytes()).languages["fr"].files[name]
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(was, mf.sha256(other)), encoding="utf-8")
    git(checkout, "commit", "-q", "-am", f"Rebuild {V2} (fr, en) from 0123456789ab")
    git(project.root, "worktree", "remove", "--force", str(checkout))
    return name, was


def test_a_pdf_replaced_with_its_manifests_digest_is_printed_again_by_a_rebuild_not_carried(both_published,
                                                                                               printed, tmp_path):
    """Safety hunt 45, finding 3: a PDF replaced on the branch by another (here the version before's, a real PDF of
    the site) together with its manifest's digest, its key kept: `policy history --rebuild` took it from the branch
    as it found it, without a word (only verify named it). Read against the publication record the branch's history first
    added for the version (the same key, another digest), it is printed again and said."""
    project = both_published  # V1 and V2 published by `policy history` (jobs=1)
    published = pdfs(project)
    name, was = _replace_print(project, tmp_path)
    printed.clear()
    outcome = project.history(rebuild=True, jobs=1)
    assert printed.calls == [f"fr/{V2}"]  # the others' digests are their first manifests': taken from the branch
    assert pdfs(project) == published
    assert any(line.startswith(f"fr/{V2}/{name}: replaced on gh-pages together with its publication record's fingerprint")
               and line.endswith("printed again, not carried") for line in outcome.warnings), outcome.warnings
    assert mf.VersionManifest.loads(project.show(f"manifest/{V2}.json")).languages["fr"].files[name] == was


def test_a_publication_onto_a_branch_holding_a_pdf_replaced_with_its_manifests_digest_is_refused(both_published,
                                                                                                 tmp_path):
    """Safety59: a PDF replaced on the branch (words no check read) together with its manifest's digest, its key kept,
    was named by `policy verify` alone: `policy publish` of the next version rebuilt the carried version, took the PDF
    from the branch (its digest the manifest's) and served it. Read against the publication record the branch's history first
    added for the version (the manifests' digests, no print), the publication is refused and the branch left as it
    was."""
    project = both_published  # V1 and V2 published by `policy history` (jobs=1)
    name, _was = _replace_print(project, tmp_path)
    forged = project.branch()
    project.commit(V3, fr="Nous conservons vos données trois ans.", en="We keep your data for three years.")
    with pytest.raises(PublishError) as refused:
        project.publish()
    assert f"fr/{V2}/{name}: not the PDF" in str(refused.value), str(refused.value)
    assert project.branch() == forged


def test_the_font_folder_a_project_names_is_taken_as_committed_and_drawn_with(tmp_path):
    """`extra.policy.pdf_fonts: [fonts]`: its font files, as committed, are among the PDF's fonts (after the
    engine's own) and in its key; OpenSymbol (Debian's fonts-opensymbol, which LibreOffice brings) has a
    glyph the engine's fonts lack."""
    font = Path("/usr/share/fonts/truetype/libreoffice/opens___.ttf")
    if not font.is_file():
        pytest.skip("no OpenSymbol font (Debian's fonts-opensymbol) on this machine")
    project = new_project(tmp_path / "project")
    (project.root / "fonts").mkdir()
    (project.root / "fonts" / font.name).write_bytes(font.read_bytes())
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n    authoritative: fr\n" in text
    config.write_text(text.replace("\n    authoritative: fr\n", "\n    authoritative: fr\n    pdf_fonts: [fonts]\n"),
                      encoding="utf-8")
    project.commit(V1, fr="Nous traitons vos données \ue080 avec soin.", en="We process your data \ue080 with care.")
    outcome = project.history(jobs=1)
    assert outcome.published == [V1], outcome.messages
    pdf_path = tmp_path / "fr.pdf"
    blob = pdfs(project)[f"fr/{V1}/policy-fr-{V1}.pdf"]
    pdf_path.write_bytes(subprocess.run(["git", "cat-file", "blob", blob], cwd=project.root, capture_output=True,
                                        check=True).stdout)
    fonts = subprocess.run([poppler("pdffonts"), str(pdf_path)], capture_output=True, text=True, check=True).stdout
    assert "OpenSymbol" in fonts and "LibertinusSerif" in fonts


def test_a_version_published_without_its_pdf_gets_it_from_the_rebuild_its_message_names(tmp_path):
    """newco3 (a Japanese site): a script the engine's fonts lack published each version without its PDF, saying
    to add a font; once it was added, `make build` said "nothing to publish" and the PDFs stayed missing. The
    message names the command that prints them, and that command does."""
    project = new_project(tmp_path / "project")
    for lang in ("fr", "en"):  # Tamil letters (a name), which the engine's fonts lack
        with (project.root / "docs" / lang / ".words.txt").open("a", encoding="utf-8") as words:
            words.write("தரவு  # a name\n")
    project.commit(V1, fr="Nous traitons vos données (தரவு) avec soin.", en="We process your data (தரவு) with care.")
    outcome = project.history(jobs=1)
    assert outcome.published == [V1] and not pdfs(project), (outcome.messages, outcome.refused)
    said = [line for line in outcome.warnings + outcome.messages if "no PDF" in line]
    assert said and all(line.endswith("then run `policy history --rebuild`: it prints the PDFs the versions already "
                                      "published lack") for line in said), said
    (project.root / "fonts").mkdir()
    (tamil,) = scriptfonts.folders("ta")  # a font with Tamil letters, standing in for a house font
    for font in Path(tamil).glob("*.ttf"):
        shutil.copy(font, project.root / "fonts" / font.name)
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\n    authoritative: fr\n", "\n    authoritative: fr\n    pdf_fonts: [fonts]\n"), encoding="utf-8")
    project.commit_all("PDF fonts")
    assert project.history(jobs=1).published == [] and not pdfs(project)
    project.history(jobs=1, rebuild=True)
    assert {f"en/{V1}/policy-en-{V1}.pdf", f"fr/{V1}/policy-fr-{V1}.pdf"} <= set(pdfs(project))
