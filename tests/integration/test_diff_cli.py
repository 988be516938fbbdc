"""`policy diff OLD NEW`: dates from history, `latest` from the branch, the working tree; clear errors."""
from __future__ import annotations

import json

import pytest

from policy_repo import copy_of, en_page, fr_page, history_two, made_once, new_project

pytestmark = pytest.mark.usefixtures("commands_in_process")  # no test here is about the process itself


@pytest.fixture
def project(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    project.commit("2024-02-20", fr="Nous traitons vos données avec un soin constant.",
                   en="We process your data with constant care.")
    return project


def test_diff_between_two_dates_from_history(project):
    result = project.run("diff", "2024-01-10", "2024-02-20")
    assert result.returncode == 0, result.stderr
    assert "Nous traitons vos données avec {+un+} soin {+constant+}." in result.stdout
    assert "§2" in result.stdout and "\x1b[" not in result.stdout  # piped: no colour


def test_two_versions_named_newer_first_are_compared_older_to_newer(project):
    """Reader audit 35: `diff NEWER OLDER` ran the redline backwards (the words added read as deleted); the site's
    compare page orders the pair, and the CLI gives what it gives."""
    ordered = project.run("diff", "2024-01-10", "2024-02-20", "--format", "json", "--lang", "en")
    reversed_ = project.run("diff", "2024-02-20", "2024-01-10", "--format", "json", "--lang", "en")
    assert reversed_.returncode == 0, reversed_.stderr
    data = json.loads(reversed_.stdout)
    assert (data["old_date"], data["new_date"]) == ("2024-01-10", "2024-02-20")
    assert ["insert", "constant "] in data["sections"][0]["blocks"][0]["ops"]
    assert reversed_.stdout == ordered.stdout


def test_diff_formats_and_language(project):
    data = json.loads(project.run("diff", "2024-01-10", "2024-02-20", "--format", "json", "--lang", "en").stdout)
    assert (data["lang"], data["old_date"], data["new_date"]) == ("en", "2024-01-10", "2024-02-20")
    assert data["summary"]["changed"] == ["2"]
    ops = data["sections"][0]["blocks"][0]["ops"]
    assert ["insert", "constant "] in ops
    markdown = project.run("diff", "2024-01-10", "2024-02-20", "--format", "markdown", "--lang", "en").stdout
    assert "<ins>constant</ins>" in markdown
    html = project.run("diff", "2024-01-10", "2024-02-20", "--format", "html").stdout
    assert '<time datetime="2024-01-10">10 janvier 2024</time>' in html
    assert '<ins class="redline-ins"><span class="redline-sr">ajout\xa0: </span>un</ins> soin' in html


def test_a_redline_template_of_the_projects_own_is_refused(project):
    """Security hunt 30: `--format html` rendered a pull request's overrides/partials/redline.html, which wrote its
    own script (and could leave out the sections it changed) into the redline its reviewer opens."""
    template = project.root / "overrides" / "partials" / "redline.html"
    template.write_text(template.read_text(encoding="utf-8") + '<script src="https://evil.example/x.js"></script>\n',
                        encoding="utf-8")
    result = project.run("diff", "2024-01-10", "2024-02-20", "--format", "html")
    assert result.returncode == 1 and "evil.example" not in result.stdout
    assert result.stderr.startswith("error: overrides/partials/redline.html is not the generator's")


def test_docx_redline_into_a_file(project, tmp_path):
    """A Word document with one tracked change per inserted or deleted run of the JSON redline."""
    import io
    import os
    import shutil
    import subprocess

    import docx
    from docx.oxml.ns import qn

    refused = project.run("diff", "2024-01-10", "2024-02-20", "--format", "docx")
    assert refused.returncode == 2 and refused.stderr.startswith("error: --format docx writes a Word document")
    target = tmp_path / "redline.docx"
    result = project.run("diff", "2024-01-10", "2024-02-20", "--format", "docx", "-o", str(target), "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = json.loads(project.run("diff", "2024-01-10", "2024-02-20", "--format", "json", "--lang", "en").stdout)
    marked = sum(tag in ("insert", "delete") for s in data["sections"] for ops in [s["title_ops"]] + [
        o for b in s["blocks"] for o in (b["ops"], b["link_ops"])] for tag, _ in ops)
    body = docx.Document(io.BytesIO(target.read_bytes())).element.body
    revisions = body.findall(".//" + qn("w:ins")) + body.findall(".//" + qn("w:del"))
    assert len(revisions) == marked == 1  # "with {+constant+} care"
    assert {r.get(qn("w:author")) for r in revisions} == {"DialOnce"}  # the company of mkdocs.yml
    # LibreOffice (Debian's, headless; .ci/run installs it) reads them as revisions, as Word does.
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true: soffice is needed to read the .docx as an office suite does (.ci/run installs it)")
        pytest.skip("soffice not found: apt-get install libreoffice-writer-nogui")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "fodt",
                    "--outdir", str(tmp_path), str(target)], check=True, capture_output=True, timeout=120)
    flat = (tmp_path / "redline.fodt").read_text(encoding="utf-8")
    assert flat.count("<text:changed-region") == marked
    assert flat.count("<text:insertion>") == sum(
        tag == "insert" for s in data["sections"] for ops in [s["title_ops"]] + [
            o for b in s["blocks"] for o in (b["ops"], b["link_ops"])] for tag, _ in ops)


def test_pdf_redline_into_a_file(project, tmp_path):
    """`--format pdf -o FILE`: the redline printed as the versions' PDFs are, its words and dates in its text layer;
    without -o, or with a letter no font draws, an `error:` line and no file, never a traceback."""
    import io

    import pikepdf

    from policysite import pdftext

    refused = project.run("diff", "2024-01-10", "2024-02-20", "--format", "pdf")
    assert refused.returncode == 2 and refused.stderr == "error: --format pdf writes a PDF document: name it with -o " \
                                                         "FILE\n"
    target = tmp_path / "redline.pdf"
    result = project.run("diff", "2024-01-10", "2024-02-20", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = pdftext.text(target.read_bytes())
    assert "Nous traitons vos données avec [+un] soin [+constant]." in text
    assert "version du 10 janvier 2024 à la version du 20 février 2024" in text
    assert "Politique de confidentialité de DialOnce" in text  # the site's name (mkdocs.yml's site_name)
    with pikepdf.open(io.BytesIO(target.read_bytes())) as printed:
        assert str(printed.Root.Lang) == "fr" and str(printed.docinfo["/CreationDate"]) == "D:20240220000000Z"
        assert str(printed.docinfo["/Author"]) == "DialOnce"  # the company of mkdocs.yml, as the Word redline's
    # kept by its key in the git folder, given back by the next call
    assert len(list((project.root / ".git" / "policysite" / "redline-pdfs").iterdir())) == 1
    again = tmp_path / "again.pdf"
    assert project.run("diff", "2024-01-10", "2024-02-20", "--format", "pdf", "-o", str(again)).returncode == 0
    assert again.read_bytes() == target.read_bytes()
    project.commit("2024-03-05", fr="Nous traitons vos données avec un soin constant 数据.",
                   en="We process your data with constant care \U0001F642.")
    boxed = tmp_path / "boxed.pdf"  # a symbol no font draws: a box, named in a warning, the PDF written
    warned = project.run("diff", "2024-02-20", "2024-03-05", "--format", "pdf", "-o", str(boxed), "--lang", "en")
    assert warned.returncode == 0 and "U+1F642" in warned.stderr and warned.stderr.startswith("warning: ")
    assert "[+\u25a1]" in pdftext.text(boxed.read_bytes())
    unprintable = tmp_path / "unprintable.pdf"
    failed = project.run("diff", "2024-02-20", "2024-03-05", "--format", "pdf", "-o", str(unprintable))
    # company7: its language, its script, the letters and a family that draws them, as a version's PDF says, not the
    # engine's words ("TypstError: PDF/UA-1 error: the text `"数"` could not be displayed with font …")
    assert failed.returncode == 1 and failed.stderr.startswith(
        "error: the redline's PDF could not be printed: no font of the French PDF draws Chinese or Japanese (Han) "
        "letters (数). Add the font files (.otf, .ttf or .ttc) of a family that draws them, such as Noto Sans CJK SC, to "
        "a folder of the project (fonts/)"), failed.stderr
    assert "`extra.policy.pdf_fonts: [fonts]`" in failed.stderr and "Typst" not in failed.stderr
    assert "Traceback" not in failed.stderr and not unprintable.exists()


def test_worktree_against_latest_published(project):
    assert project.run("diff", "latest", "worktree").returncode == 2
    assert "no published version on the gh-pages branch" in project.run("diff", "latest", "worktree").stderr
    project.history()
    (project.root / "docs/fr/index.md").write_text(
        (project.root / "docs/fr/index.md").read_text(encoding="utf-8").replace("un an", "deux ans"), encoding="utf-8")
    result = project.run("diff", "latest", "worktree", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert "conservées <del>un an</del> <ins>deux ans</ins>." in result.stdout
    # legal hunt 36: the pull request's redline said nothing of a date publishing refuses (the merge then failed)
    stale = ("the edited text is dated February 20, 2024, not after February 20, 2024, the published version it is compared with: "
             "publishing it would be refused")
    assert result.stdout.startswith(f"> **Warning:** {stale}") and f"warning: {stale}" in result.stderr
    assert "§2.1" in result.stdout
    # The edited text is named as such, not as a second "version du 2024-02-20".
    assert "### Modifications de la version du 20 février 2024 au texte modifié (daté du 20 février 2024)" in result.stdout
    data = json.loads(project.run("diff", "latest", "worktree", "--format", "json").stdout)
    assert (data["old_edited"], data["new_edited"]) == (False, True)
    html = project.run("diff", "worktree", "latest", "--format", "html").stdout  # the edited text is the newer side
    assert ('Modifications de la version du <time datetime="2024-02-20">20 février 2024</time> au texte modifié '
            '(daté du <time datetime="2024-02-20">20 février 2024</time>)') in html


def test_the_working_tree_named_first_is_still_the_newer_side(project):
    """Reader7, session 36: `diff worktree 2024-01-10` ran the pull request's edit backwards (its words added read as
    deleted, the edited text as the old side); the working tree, what would be published next, is the newest side
    whichever is named first, as two dates are put in order."""
    page = project.root / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("constant care", "constant and careful care"),
                    encoding="utf-8")
    ordered = project.run("diff", "2024-01-10", "worktree", "--format", "json", "--lang", "en")
    reversed_ = project.run("diff", "worktree", "2024-01-10", "--format", "json", "--lang", "en")
    assert reversed_.returncode == 0, reversed_.stderr
    data = json.loads(reversed_.stdout)
    assert (data["old_date"], data["old_edited"], data["new_edited"]) == ("2024-01-10", False, True)
    assert ["insert", "constant and careful "] in data["sections"][0]["blocks"][0]["ops"]
    assert reversed_.stdout == ordered.stdout


def test_identical_versions_and_unknown_dates_are_said_plainly(project):
    same = project.run("diff", "2024-02-20", "worktree")
    assert same.returncode == 0 and same.stdout == ""
    assert "have the same French text" in same.stderr
    unknown = project.run("diff", "2023-05-05", "worktree")
    assert unknown.returncode == 2
    assert "no dated version 2023-05-05: known versions are 2024-01-10, 2024-02-20" in unknown.stderr
    bad = project.run("diff", "yesterday", "worktree")
    assert bad.returncode == 2 and "is not a version" in bad.stderr
    assert "`newest` (the last published, announced ahead or not)" in bad.stderr  # legal hunt 36: it was left out


def test_latest_is_the_version_in_force_today_as_the_sites_latest(tmp_path_factory, tmp_path, monkeypatch):
    """A version published ahead of its date is not yet `latest`: the diff compared it as if it were."""
    import datetime as dt

    from policysite import clock, sides

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "dated")  # 2021-02-17, 2022-03-01 published
    monkeypatch.setattr(clock, "today", lambda: dt.date(2021, 6, 1))  # the second one still ahead
    assert sides.resolve("latest", root=project.root, lang="fr").name == "2021-02-17"
    # `newest`, what a pull request's change comes after: the announced version (history hunt 13,
    # f_low_pr_redline_upcoming: the PR's redline counted the announced version's changes as its own)
    assert sides.resolve("newest", root=project.root, lang="fr").name == "2022-03-01"
    monkeypatch.setattr(clock, "today", lambda: dt.date(2022, 3, 1))
    assert sides.resolve("latest", root=project.root, lang="fr").name == "2022-03-01"


@pytest.mark.parametrize(("listed", "command"), [("docs/fr/.words.txt", ("words", "--prune")),
                                                  ("docs/en/.translated-from.yml", ("sync-mark", "en", "--all"))])
def test_a_linked_word_list_or_record_is_neither_read_nor_rewritten(project, tmp_path, listed, command):
    """Security hunt 30: `policy words --prune` read a word list linked to a file outside the project and printed its
    lines as the "unused entries" it removed (a key of the reviewer's, say), then replaced the link; `policy check`
    never reads one."""
    outside = tmp_path / "id_key"
    outside.write_text("-----BEGIN PRIVATE KEY-----\nsecretline\n", encoding="utf-8")
    (project.root / listed).unlink(missing_ok=True)
    (project.root / listed).symlink_to(outside)
    result = project.run(*command)
    assert result.returncode == 2 and "secretline" not in result.stdout + result.stderr, result.stdout
    assert f"error: {listed}: the " in result.stderr and "is a symbolic link, in a submodule or outside the project" in result.stderr
    assert (project.root / listed).is_symlink() and outside.read_text(encoding="utf-8").endswith("secretline\n")


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_the_redline_printed_in_any_form_shows_the_texts_control_characters(project, form):
    """Security hunt 30: ESC [8m in a pull request's text hid the words after it in a terminal's redline; the text form
    showed it written, the markdown and html ones printed it raw."""
    # (written as an editor saves it: `sync-mark`, which Project.write runs, refuses a text holding an escape)
    (project.root / "docs" / "fr" / "index.md").write_text(
        fr_page("2024-03-01", "Nous traitons vos données \x1b[8mcachées\x1b[0m avec soin."), encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(en_page("2024-03-01"), encoding="utf-8")
    result = project.run("diff", "2024-02-20", "worktree", "--format", form)
    assert result.returncode == 0 and "\x1b" not in result.stdout and "\\x1b" in result.stdout, result.stderr


def test_a_title_of_the_front_matter_changed_alone_is_not_no_change(tmp_path):
    """Archive hunt 22, finding 1: on pages titled by their front matter (`title:`, no `# ` heading, as imported
    pages are), a version that changed only that title, the heading every reader sees, was "no change"."""
    project = new_project(tmp_path / "titled")
    for date, fr, en in (("2024-01-10", "Politique de confidentialité", "Privacy policy"),
                         ("2024-02-20", "Politique de confidentialité et cookies", "Privacy and cookie policy")):
        for lang, title, words in (("fr", fr, "Nous traitons vos données."), ("en", en, "We process your data.")):
            (project.root / "docs" / lang / "index.md").write_text(
                f"---\ndate: {date}\ntitle: {title}\n---\n\n## 1. Objet\n\n{words}\n", encoding="utf-8")
        project.commit_all(f"policy {date}")
    result = project.run("diff", "2024-01-10", "2024-02-20")
    assert result.returncode == 0 and "no change" not in result.stderr.lower(), result.stderr
    assert "Politique de confidentialité {+et cookies+}" in result.stdout, result.stdout
    data = json.loads(project.run("diff", "2024-01-10", "2024-02-20", "--format", "json", "--lang", "en").stdout)
    assert [(s["kind"], s["old_title"], s["new_title"]) for s in data["sections"] if s["kind"] != "unchanged"] == [
        ("changed", "Privacy policy", "Privacy and cookie policy")]


def test_a_redline_is_never_written_over_the_policy_or_another_file_of_the_project(project, tmp_path):
    """Archive hunt 22: `policy diff OLD worktree -o docs/en/index.md` wrote the redline over the English policy (its
    uncommitted edits lost for good), and into docs/ a page the next build published; -o over mkdocs.yml replaced the
    configuration. Refused, with an error line, nothing written; a file elsewhere is written as before."""
    page = project.root / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("constant care", "constant, uncommitted care"),
                    encoding="utf-8")
    before = {path: path.read_bytes() for path in (page, project.root / "mkdocs.yml", project.root / ".git" / "config")}
    for target, why in ((page, "in the docs folder of the English texts, whose files the site is built from"),
                        (project.root / "docs" / "fr" / "redline.md", "in the docs folder of the French texts"),
                        (project.root / "mkdocs.yml", "a file of the project, which git tracks"),
                        (project.root / ".git" / "config", "in the repository's .git folder")):
        result = project.run("diff", "2024-01-10", "worktree", "--lang", "en", "-o", str(target))
        assert result.returncode != 0 and f"error: {target} is {why}" in result.stderr, result.stderr
    assert {path: path.read_bytes() for path in before} == before
    assert not (project.root / "docs" / "fr" / "redline.md").exists()
    result = project.run("diff", "2024-01-10", "worktree", "--lang", "en", "-o", str(tmp_path / "redline.txt"))
    assert result.returncode == 0 and "uncommitted" in (tmp_path / "redline.txt").read_text(encoding="utf-8")


def test_the_edited_text_redated_on_the_same_words_is_said_to_publish_a_version_with_no_change(project):
    """Texts 27: the pull request's redline said only "have the same French text" of a text whose date alone changed: the
    merge would publish a version whose changes say "No change in the text."."""
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2024-02-20", "date: 2024-03-01"), encoding="utf-8")
    same = project.run("diff", "2024-02-20", "worktree")
    assert same.returncode == 0 and same.stdout == ""
    assert "2024-02-20 and worktree have the same French text: dated March 1, 2024, it would be published as a version whose " \
        "history entry, changes page and feed item say “No change in the text.”" in same.stderr, same.stderr
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2024-03-01", "date: 2024-02-20"), encoding="utf-8")
    assert "it would be published" not in project.run("diff", "2024-02-20", "worktree").stderr  # its own date: no word


def test_headings_whose_numbering_alone_changed_are_shown_in_every_form(tmp_path):
    """Texts 28: sections renumbered `1.` → `I.` (the words the same) were warned of at publish, but `policy diff`
    said only "have the same French text" and printed nothing, and the changes page, compare page and Word redline showed
    no change: each form now shows each heading as both versions write its number."""
    import zipfile

    project = new_project(tmp_path / "restyled")
    for date, one, two in (("2024-01-10", "1.", "2."), ("2024-02-20", "I.", "II.")):
        for lang, words in (("fr", ("Objet", "Nous traitons vos données.", "Droits", "Vous pouvez demander.")),
                            ("en", ("Scope", "We process your data.", "Rights", "You may ask."))):
            (project.root / "docs" / lang / "index.md").write_text(
                f"---\ndate: {date}\n---\n\n# Policy\n\n## {one} {words[0]}\n\n{words[1]}\n\n"
                f"## {two} {words[2]}\n\n{words[3]}\n", encoding="utf-8")
        project.commit_all(f"policy {date}")
    text = project.run("diff", "2024-01-10", "2024-02-20")
    assert text.returncode == 0, text.stderr
    assert "have the same French text; 2 headings write their number otherwise, shown below" in text.stderr
    assert "[-1-] {+I+}. Objet" in text.stdout and "[-2-] {+II+}. Droits" in text.stdout, text.stdout
    assert "(numérotation écrite autrement)" in text.stdout and "Aucune modification du texte." in text.stdout
    html = project.run("diff", "2024-01-10", "2024-02-20", "--format", "html", "--lang", "en").stdout
    assert '<p class="redline-title redline-numbering"><del class="redline-del">' in html, html
    assert "(numbering written otherwise)" in html and 'href="#redline-s2"' in html
    markdown = project.run("diff", "2024-01-10", "2024-02-20", "--format", "markdown").stdout
    assert "<del>1</del> <ins>I</ins>. Objet" in markdown, markdown
    data = json.loads(project.run("diff", "2024-01-10", "2024-02-20", "--format", "json").stdout)
    assert [(s["kind"], s["numbering_ops"]) for s in data["sections"]] == [
        ("unchanged", [["delete", "1"], ["insert", "I"], ["equal", ". Objet"]]),
        ("unchanged", [["delete", "2"], ["insert", "II"], ["equal", ". Droits"]])]
    out = tmp_path / "redline.docx"
    assert project.run("diff", "2024-01-10", "2024-02-20", "--format", "docx", "-o", str(out)).returncode == 0
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert '<w:delText xml:space="preserve">1</w:delText>' in xml and '<w:t xml:space="preserve">I</w:t></w:r></w:ins>' \
        in xml, xml
