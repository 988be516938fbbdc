"""`policy import --git`: the texts an old site's repository held in `privacy.md`, each dated by the day its text says,
else by its commit's day. Synthetic texts of a fictional company, in temporary repositories with fixed dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, git_sources, strings

pytestmark = pytest.mark.usefixtures("fixed_git")


def page(updated: str, words: str) -> str:
    said = f"Last updated: {updated}\n\n" if updated else ""
    return (f"# Example Ltd privacy notice\n\n{said}## 1. Who we are\n\nExample Ltd sells garden tools. {words}\n\n"
            "## 2. Contact\n\nWrite to privacy@example.test.\n")


def old_site(path: Path, texts: list[tuple[str, str, str]], name: str = "privacy.md") -> Path:
    """A repository whose `name` was committed with each (commit time, "Last updated" day, words)."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    for when, updated, words in texts:
        (path / name).write_text(page(updated, words), encoding="utf-8")
        git(path, "add", "-A")
        git(path, "commit", "-q", "-m", f"privacy {when}", date=when)
    return path


def committed_once(path: Path, files: dict[str, str], date: str = "2021-03-01T10:00:00+00:00") -> Path:
    """A repository holding `files` (path: text), committed once, on `date`."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "privacy", date=date)
    return path


def new_site(tmp_path: Path, initialized) -> Path:
    """Example Ltd's new English site (`policy init`, copied from one made once for the run: conftest.initialized)."""
    return initialized(tmp_path / "site", "--company", "Example Ltd", "--languages", "en")


def imported(site: Path) -> list[tuple[str, str]]:
    """(date, the words of section 1) of each imported version, oldest first."""
    out = []
    for line in reversed(git(site, "log", "--format=%H %ad %s", "--date=short").splitlines()):
        commit, day, subject = line.split(" ", 2)
        if subject.startswith("Import the English text"):
            text = git(site, "show", f"{commit}:docs/en/index.md")
            assert text.startswith(f"---\ndate: {day}\n")
            out.append((day, text.split("garden tools. ")[1].split("\n")[0]))
    return out


def test_each_commit_is_dated_by_its_texts_day_else_its_own_and_a_days_last_text_is_kept(initialized, tmp_path, capsys):
    old = old_site(tmp_path / "old", [
        ("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),                # its text's day, before its commit's
        ("2021-02-10T10:00:00+00:00", "January 5, 2021", "One, corrected."),     # edited without its date line
        ("2022-05-01T10:00:00+00:00", "June 1, 2022", "Two."),                   # announced ahead on the old site
        ("2022-05-03T10:00:00+00:00", "June 1, 2022", "Two, corrected."),        # corrected before it took effect
        ("2023-01-10T09:00:00+00:00", "", "Three."),                             # no day in its text
        ("2023-01-10T15:00:00+00:00", "", "Three, again."),                      # the same day: the day's last
    ])
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2021-02-10", "One, corrected."),
                              ("2022-06-01", "Two, corrected."), ("2023-01-10", "Three, again.")]
    commits = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {commits[0]} (committed January 7, 2021): dated January 5, 2021, the day its text says " \
        "(“Last updated: January 5, 2021”)" in out
    assert f"privacy.md at {commits[1]} (committed February 10, 2021): dated February 10, 2021, the day it was committed: its " \
        "text says “Last updated: January 5, 2021”, the day of the text before it" in out
    assert f"privacy.md at {commits[2]} (committed May 1, 2022): replaced on May 3, 2022, before June 1, 2022, the day " \
        f"it was to take effect, by {commits[3]}'s text: left out" in out
    assert f"privacy.md at {commits[3]} (committed May 3, 2022): dated June 1, 2022, the day its text says (“Last " \
        f"updated: June 1, 2022”); committed May 3, 2022 (it replaces {commits[2]})" in out
    assert f"privacy.md at {commits[4]} (committed January 10, 2023): replaced the same day (January 10, 2023), by " \
        f"{commits[5]}'s text: left out" in out
    assert f"privacy@{commits[3]}.md: committed the English text in force from June 1, 2022" in out
    record = (site / "imported.yml").read_text(encoding="utf-8")
    assert f"source: privacy@{commits[5]}.md" in record and record.count("sha256:") == 4
    # the rename advice for a file named by its day is not given: a commit has no name to give
    assert "name the file" not in out
    # the commit says where its text was read and why its date: the record of which text was in force when
    full = git(old, "rev-parse", commits[1]).strip()
    message = git(site, "log", "-1", "--format=%B", "--grep", "in force from February 10, 2021")
    assert message.startswith("Import the English text in force from February 10, 2021\n\nFrom privacy.md at commit "
                              f"{full} of {old.resolve()}, committed February 10, 2021: dated February 10, 2021, the day it was "
                              "committed: its text says “Last updated: January 5, 2021”"), message

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert "nothing new recorded in the site's history" in capsys.readouterr().out


def test_an_announcement_the_old_site_withdrew_before_its_day_is_no_version(initialized, tmp_path, capsys):
    """Announced on 1 May for 1 June, then the earlier text put back on 10 May: the announced text never applied, and
    the text put back is the version before it again, no new version."""
    old = old_site(tmp_path / "old", [
        ("2022-01-05T10:00:00+00:00", "January 5, 2022", "One."),
        ("2022-05-01T10:00:00+00:00", "June 1, 2022", "Two, announced."),
        ("2022-05-10T10:00:00+00:00", "January 5, 2022", "One."),
    ])
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2022-01-05", "One.")]
    announced = git(old, "log", "-1", "--format=%h", "HEAD~1").strip()
    assert f"privacy.md at {announced} (committed May 1, 2022): replaced on May 10, 2022, before June 1, 2022, the day it " \
        "was to take effect" in out
    assert "the same text as the version before it: skipped" in out


def test_a_pull_request_counts_on_the_day_it_was_merged_and_a_moved_file_is_followed(initialized, tmp_path, capsys):
    old = old_site(tmp_path / "old", [("2021-03-01T10:00:00+00:00", "", "One.")])
    git(old, "checkout", "-q", "-b", "draft")
    (old / "privacy.md").write_text(page("", "A draft never merged as such."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "draft", date="2021-04-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "reviewed", date="2021-04-05T10:00:00+00:00")
    git(old, "checkout", "-q", "main")
    # merged late in the evening west of UTC: the day the old site's clock read
    git(old, "merge", "-q", "--no-ff", "draft", "-m", "merge", date="2021-05-02T23:30:00-05:00")
    (old / "legal").mkdir()
    git(old, "mv", "privacy.md", "legal/privacy.md", date="2021-06-01T10:00:00+00:00")
    git(old, "commit", "-q", "-m", "move", date="2021-06-01T10:00:00+00:00")
    (old / "legal/privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "three", date="2021-07-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md")]) == 0
    assert imported(site) == [("2021-03-01", "One."), ("2021-05-02", "Two."), ("2021-07-01", "Three.")]
    assert "A draft" not in capsys.readouterr().out


def test_a_draft_committed_on_the_branch_is_left_out_and_said(initialized, tmp_path, capsys):
    """A Hugo or Jekyll site's draft (`draft: true`, `published: false`) was on its branch but never on its pages."""
    old = old_site(tmp_path / "old", [("2021-03-01T10:00:00+00:00", "", "One.")])
    (old / "privacy.md").write_text("---\ndraft: true\n---\n" + page("", "A draft."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "draft", date="2021-04-01T10:00:00+00:00")
    (old / "privacy.md").write_text("---\npublished: true\n---\n" + page("", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "two", date="2021-05-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert imported(site) == [("2021-03-01", "One."), ("2021-05-01", "Two.")]
    draft = git(old, "log", "-1", "--format=%h", "HEAD~1").strip()
    assert f"privacy.md at {draft} (committed April 1, 2021): its front matter marks it a draft" in \
        capsys.readouterr().out


def test_an_old_file_kept_in_the_sites_own_repository_is_imported_from_its_history(initialized, tmp_path, capsys):
    """A company adopting the generator in its old site's repository: `content/privacy.md`'s history is read (only
    the site's own pages are refused: their history is what `policy history` publishes)."""
    site = new_site(tmp_path, initialized)
    (site / "content").mkdir()
    for when, words in (("2021-03-01T10:00:00+00:00", "One."), ("2021-08-01T10:00:00+00:00", "Two.")):
        (site / "content/privacy.md").write_text(page("", words), encoding="utf-8")
        git(site, "add", "content/privacy.md")
        git(site, "commit", "-q", "-m", f"old site {when}", date=when)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(site / "content/privacy.md")]) == 0
    assert imported(site) == [("2021-03-01", "One."), ("2021-08-01", "Two.")]


@pytest.mark.parametrize("where", ["folder", "own", "not a repository", "shallow", "reStructuredText", "AsciiDoc", "JSX"])
def test_what_has_no_history_to_read_is_refused_with_an_error_line_and_nothing_imported(initialized, tmp_path, capsys, where):
    site = new_site(tmp_path, initialized)
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "privacy.md").write_text(page("", "One."), encoding="utf-8")
    old = old_site(tmp_path / "old", [("2021-03-01T10:00:00+00:00", "", "One."), ("2021-04-01T10:00:00+00:00", "",
                                                                                  "Two.")])
    if where == "shallow":  # its first text would be left out, the second dated as the first
        git(tmp_path, "clone", "-q", "--depth", "1", f"file://{old}", "shallow")
    if where == "reStructuredText":  # (adoption 6 of session 30: each text was dated, said, then the first refused)
        old_site(tmp_path / "rst", [("2021-03-01T10:00:00+00:00", "", "One."), ("2021-04-01T10:00:00+00:00", "",
                                                                                "Two.")], name="privacy.rst")
    if where == "AsciiDoc":  # (adoption 8: an Antora site's modules/ROOT/pages/privacy.adoc was told to convert it
        # with pandoc, which writes AsciiDoc but does not read it)
        old_site(tmp_path / "adoc", [("2021-03-01T10:00:00+00:00", "", "One.")], name="privacy.adoc")
    if where == "JSX":  # (adoption 8: a Next.js app's privacy/page.tsx, its text in a component, was told to convert
        # it with pandoc, which reads no code)
        old_site(tmp_path / "jsx", [("2021-03-01T10:00:00+00:00", "", "One.")], name="privacy.tsx")
    target = {"folder": old, "own": site / "docs/en/index.md", "not a repository": plain / "privacy.md",
              "shallow": tmp_path / "shallow/privacy.md", "reStructuredText": tmp_path / "rst/privacy.rst",
              "AsciiDoc": tmp_path / "adoc/privacy.adoc", "JSX": tmp_path / "jsx/privacy.tsx"}[where]
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(target)]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("error: ") and "nothing imported" in err and "Traceback" not in err
    assert {"folder": "a folder", "own": "this site's own page: `policy history` publishes",
            "not a repository": "not inside a git repository",
            "shallow": "a shallow clone, its older commits missing",
            "reStructuredText": "privacy.rst: not Markdown, HTML or Word (.docx) (extension .rst): import cannot read "
                                "the texts its history holds; convert each to Markdown (pandoc --to gfm)",
            "AsciiDoc": "privacy.adoc: AsciiDoc (extension .adoc), which import does not read, nor pandoc: convert "
                        "each text to HTML with Asciidoctor (asciidoctor privacy.adoc)",
            "JSX": "privacy.tsx: a page written as code (extension .tsx), which import does not read, nor pandoc: "
                   "import the pages its site showed"}[where] in err
    assert "dated" not in out, out
    assert git(site, "rev-parse", "HEAD") == before and not git(site, "status", "--porcelain")


def test_dated_reads_each_text_against_the_one_before():
    def text(n: int, day: str) -> git_sources.Committed:
        return git_sources.Committed(f"{n:07d}" + "0" * 33, "privacy.md", dt.date.fromisoformat(day), f"blob{n}")

    d = dt.date.fromisoformat
    got = git_sources.dated([
        (text(1, "2021-01-07"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (text(2, "2021-03-01"), d("2020-01-01"), "Last updated: January 1, 2020"),  # a date line gone backwards
        (text(3, "2021-03-02"), d("2024-02-29"), "Effective February 29, 2024"),    # announced years ahead
        (text(4, "2024-03-01"), None, ""),
    ])
    assert [one.date for one in got] == [d("2021-01-05"), d("2021-03-01"), d("2024-02-29"), d("2024-03-01")]
    assert "before the day of the text before it" in got[1].why and got[1].why.endswith("a date line gone back, or "
                                                                                        "mistyped")
    assert "replaced on the old site" not in got[2].why  # nothing came before its day

    # a date line mistyped years ahead, which the next text contradicts: that text is dated by its own day, never
    # swallowed into 2201 with every text after it
    got = git_sources.dated([
        (text(1, "2021-01-07"), d("2201-01-05"), "Last updated: January 5, 2201"),
        (text(2, "2021-06-01"), d("2021-06-01"), "Last updated: June 1, 2021"),
        (text(3, "2022-02-01"), None, ""),
    ])
    assert [one.date for one in got] == [None, d("2021-06-01"), d("2022-02-01")]
    assert got[0].why.startswith("replaced on June 1, 2021, before January 5, 2201, the day it was to take effect")

    got = git_sources.dated([
        (text(1, "2022-05-01"), d("2022-06-01"), "Effective June 1, 2022"),
        (text(2, "2022-05-15"), d("2022-07-01"), "Effective July 1, 2022"),  # another announcement, before June 1
    ])
    assert [one.date for one in got] == [d("2022-06-01"), d("2022-07-01")]
    assert got[0].why.endswith("; replaced on the old site on May 15, 2022 (0000002), before that day: imported as in "
                               "force from June 1, 2022, as it was announced; if the old site withdrew it, its text "
                               "never applied")


def test_a_date_line_left_as_the_text_before_left_it_is_not_said_to_go_back():
    """An old site's history as basecamp/policies' is: a text saying "Last updated: July 18, 2022" (its own day), one
    edited on 25 October without its date line (dated by its commit), and one edited on 22 December, its line still
    July 18: the third was said "before the day of the text before it (…, 2022-10-25): a date line gone back, or
    mistyped", while its line is the one the text before it has. Now it says so; a line that does go back still
    does."""
    def text(n: int, day: str) -> git_sources.Committed:
        return git_sources.Committed(f"{n:07d}" + "0" * 33, "privacy.md", dt.date.fromisoformat(day), f"blob{n}")

    d = dt.date.fromisoformat
    line = "Last updated: July 18, 2022"
    got = git_sources.dated([
        (text(1, "2022-07-18"), d("2022-07-18"), line),
        (text(2, "2022-10-25"), d("2022-07-18"), line),
        (text(3, "2022-12-22"), d("2022-07-18"), line),
        (text(4, "2023-01-05"), d("2022-06-01"), "Last updated: June 1, 2022"),
    ])
    assert [one.date for one in got] == [d("2022-07-18"), d("2022-10-25"), d("2022-12-22"), d("2023-01-05")]
    assert got[2].why == ("dated December 22, 2022, the day it was committed: its text says “Last updated: July 18, 2022”, "
                          "as the text before it (0000002, October 25, 2022) says, whose words it changed without changing "
                          "its date"), got[2].why
    assert "gone back" not in got[1].why + got[2].why
    assert got[3].why.endswith("(0000003, December 22, 2022): a date line gone back, or mistyped"), got[3].why


def test_a_date_in_digits_is_read_as_the_texts_readers_read_it(initialized, tmp_path, capsys):
    """`Dernière mise à jour : 01/03/2023` is 1 March to a French reader: the version of 1 March, not its commit's day
    (read either way, it was dated by its commit, 5 March); in English, 01/03/2023 is either day: its commit's."""
    def texte(line: str) -> str:
        return f"# Politique de confidentialité\n\n{line}\n\n## 1. Qui sommes-nous\n\nExemple SARL vend des outils.\n"

    old = tmp_path / "ancien"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "politique.md").write_text(texte("Dernière mise à jour : 01/03/2023"), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "un", date="2023-03-05T10:00:00+00:00")
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Exemple SARL", "--languages", "fr"]) == 0
    capsys.readouterr()

    assert cli.main(["--root", str(site), "import", "--lang", "fr", "--git", str(old / "politique.md")]) == 0
    assert "dated March 1, 2023, the day its text says (“Dernière mise à jour : 01/03/2023”)" in capsys.readouterr().out
    assert (site / "docs/fr/index.md").read_text(encoding="utf-8").startswith("---\ndate: 2023-03-01\n")

    english = old_site(tmp_path / "old", [("2023-03-05T10:00:00+00:00", "01/03/2023", "One.")])
    (tmp_path / "en").mkdir()
    other = new_site(tmp_path / "en", initialized)
    assert cli.main(["--root", str(other), "import", "--lang", "en", "--git", str(english / "privacy.md")]) == 0
    assert imported(other) == [("2023-03-05", "One.")]


def test_a_text_git_keeps_in_lfs_is_refused_naming_it_not_imported_as_its_pointer(initialized, tmp_path, capsys):
    """A repository whose policy is tracked by Git LFS (`filter=lfs`) stores a pointer in its history; imported, the
    pointer's three lines were committed as a version's text."""
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "privacy.md").write_text("version https://git-lfs.github.com/spec/v1\noid sha256:" + "a" * 64 +
                                    "\nsize 1234\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "lfs", date="2021-03-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 2
    err = capsys.readouterr().err
    assert f"error: privacy@{git(old, 'rev-parse', '--short=7', 'HEAD').strip()}.md: a Git LFS pointer, not the text" \
        in err
    assert git(site, "rev-parse", "HEAD") == before
    # the same from a folder: a clone made without git-lfs holds the pointer as the file
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive/privacy-2021-03-01.md").write_bytes((old / "privacy.md").read_bytes())
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(tmp_path / "archive")]) == 2
    assert "privacy-2021-03-01.md: a Git LFS pointer, not the text" in capsys.readouterr().err
    assert git(site, "rev-parse", "HEAD") == before


def test_history_on_a_new_site_with_no_text_says_what_to_do(initialized, tmp_path, capsys):
    """`policy history` right after `policy init` said "nothing to publish: the 0 dated version(s) of the history are
    on gh-pages", of a site with no text and no gh-pages."""
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "history"]) == 0
    assert capsys.readouterr().out == ("nothing to publish: no commit holds a dated docs/en/index.md yet: write it (its "
                                       "`date:` first) and commit it, or `policy import` the texts published before\n")
    assert not git(site, "branch", "--list", "gh-pages")


def test_a_text_naming_its_month_alone_is_dated_by_its_commit_and_says_so(initialized, tmp_path, capsys):
    """"Updated March 2023" gives no day: the text is the version of the day it was committed, and the import quotes
    its line (history 26: "its text says no one day it took effect", the month unsaid); an American dotted date,
    `03.15.2023`, is its day."""
    old = old_site(tmp_path / "old", [("2023-03-09T10:00:00+00:00", "March 2023", "One."),
                                      ("2023-03-20T10:00:00+00:00", "03.15.2023", "Two.")])
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2023-03-09", "One."), ("2023-03-15", "Two.")]
    first, second = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {first} (committed March 9, 2023): dated March 9, 2023, the day it was committed: its text " \
        "says “Last updated: March 2023”, not one day it took effect" in out
    assert f"privacy.md at {second} (committed March 20, 2023): dated March 15, 2023, the day its text says (“Last updated: " \
        "03.15.2023”)" in out


def test_a_text_dated_by_a_part_of_a_year_is_dated_by_its_commit_and_says_so(initialized, tmp_path, capsys):
    """"Last updated: Q1 2023" gives no day: the text is the version of the day it was committed, and the import
    quotes its line, never the quarter's first day (texts 27: "its text says no one day it took effect")."""
    old = old_site(tmp_path / "old", [("2023-03-09T10:00:00+00:00", "Q1 2023", "One.")])
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2023-03-09", "One.")]
    first = git(old, "log", "--format=%h").split()[0]
    assert f"privacy.md at {first} (committed March 9, 2023): dated March 9, 2023, the day it was committed: its text " \
        "says “Last updated: Q1 2023”, not one day it took effect" in out


def test_another_branchs_history_is_read_with_ref_an_old_sites_built_pages(initialized, tmp_path, capsys):
    """History 26: `--git` read the branch checked out only: an old site whose built pages are on `gh-pages` (its
    `main` holding the sources, checked out) could not be read without checking that branch out. `--ref gh-pages`
    reads it, each deploy dated as a commit is; a ref naming nothing, or one read as an option, is an error line,
    nothing imported."""
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "README.md").write_text("The site's sources.\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "sources", date="2020-12-01T10:00:00+00:00")
    git(old, "checkout", "-q", "--orphan", "gh-pages")
    git(old, "rm", "-q", "-r", "--cached", ".")
    (old / "README.md").unlink()
    (old / "privacy").mkdir()
    # a deploy rebuilding the same words (the footer's build time changed) is no version: dated as one, it made the
    # next text, which says 20 February, "a date line gone back" dated by its commit (history 26)
    for when, updated, words in (("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                 ("2021-03-02T10:00:00+00:00", "January 5, 2021", "One."),
                                 ("2021-03-05T10:00:00+00:00", "February 20, 2021", "Two.")):
        (old / "privacy/index.html").write_text(
            f"<html lang=en><body><nav><a href='/'>Home</a></nav><main><h1>Example Ltd privacy notice</h1><p>Last "
            f"updated: {updated}</p><h2>1. Who we are</h2><p>Example Ltd sells garden tools. {words}</p><h2>2. "
            f"Contact</h2><p>Write to privacy@example.test.</p></main><footer>Built {when}</footer></body></html>",
            encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", "deploy", date=when)
    git(old, "checkout", "-q", "main")
    assert not (old / "privacy").exists()
    site = new_site(tmp_path, initialized)
    base = ["--root", str(site), "import", "--lang", "en", "--git"]

    assert cli.main([*base, str(old / "privacy/index.html")]) == 1
    assert "no commit of its repository's branch holds it (privacy/index.html; another branch's file is read with " \
        "--ref BRANCH" in capsys.readouterr().err
    assert cli.main([*base, "--ref", "gh-page", str(old / "privacy/index.html")]) == 1
    assert "--ref gh-page names no branch, tag or commit of" in capsys.readouterr().err
    assert cli.main([*base, "--ref=--all", str(old / "privacy/index.html")]) == 1
    assert "--ref --all: a branch, tag or commit's name does not start with '-'" in capsys.readouterr().err
    assert imported(site) == []

    assert cli.main([*base, "--ref", "gh-pages", str(old / "privacy/index.html")]) == 0
    assert imported(site) == [("2021-01-05", "One."), ("2021-02-20", "Two.")]
    first, rebuilt, _second = git(old, "log", "--reverse", "--format=%h", "gh-pages").split()
    assert f"privacy/index.html at {rebuilt} (committed March 2, 2021): the same text as {first}'s, its file's other " \
        "bytes changed (a rebuild of the page, its markup): no new version" in capsys.readouterr().out
    assert git(old, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"


def test_a_text_put_back_by_a_revert_is_said_so_not_a_mistyped_date_line():
    """History 26: `git revert` of the old site's last change put the earlier text back, its "Last updated" line with
    it: the import dated it by its commit (right) but said "a date line gone back, or mistyped"."""
    def text(n: int, day: str, blob: str) -> git_sources.Committed:
        return git_sources.Committed(f"{n:07d}" + "0" * 33, "privacy.md", dt.date.fromisoformat(day), blob)

    d = dt.date.fromisoformat
    got = git_sources.dated([
        (text(1, "2021-01-07", "a"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (text(2, "2021-03-01", "b"), d("2021-03-01"), "Last updated: March 1, 2021"),
        (text(3, "2021-04-02", "a"), d("2021-01-05"), "Last updated: January 5, 2021"),  # the revert
        (text(4, "2021-05-02", "c"), d("2021-01-04"), "Last updated: January 4, 2021"),  # a line gone back
    ])
    assert [one.date for one in got] == [d("2021-01-05"), d("2021-03-01"), d("2021-04-02"), d("2021-05-02")]
    assert got[2].why == ("dated April 2, 2021, the day it was committed: the text of 0000001 (in force from January "
                          "5, 2021) put back, its line “Last updated: January 5, 2021” with it, after 0000002's (a "
                          "revert): in force again from the day it was committed")
    assert got[3].why.endswith("a date line gone back, or mistyped")

    got = git_sources.dated([  # changed and changed back the same day: the text between replaced, no new text
        (text(1, "2021-01-07", "a"), d("2021-01-05"), "Last updated: January 5, 2021"),
        (text(2, "2021-02-01", "b"), None, ""),
        (text(3, "2021-02-01", "a"), d("2021-01-05"), "Last updated: January 5, 2021"),
    ])
    assert got[2].why.startswith("dated February 1, 2021, the day it was committed: the text of 0000001 again, the one "
                                 "between replaced (no new text)"), got[2].why


def test_a_page_committed_as_its_title_alone_gives_no_version(initialized, tmp_path, capsys):
    """Adoption 11 of session 34: a page committed as its title alone (`# Privacy Policy`, its text written in the
    next commit) was a version of no words; it now refuses a file's import, so in a history it is left out, said."""
    old = committed_once(tmp_path / "old", {"privacy.md": "# Example Ltd privacy notice\n"},
                         date="2021-01-02T10:00:00+00:00")
    (old / "privacy.md").write_text(page("January 5, 2021", "One."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "one", date="2021-01-07T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One.")]
    placeholder = git(old, "log", "--reverse", "--format=%h").split()[0]
    assert f"privacy.md at {placeholder} (committed January 2, 2021): its title alone, no text (a page not yet written): " \
        "left out" in out, out

    alone = tmp_path / "privacy-2021-06-01.html"
    alone.write_text("<html><body><h1>Privacy Policy</h1><div id=app></div><script src=app.js></script></body></html>",
                     encoding="utf-8")
    head = git(site, "rev-parse", "HEAD")
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(alone)]) == 2  # bad input: leads44
    assert "privacy-2021-06-01.html: no text but its title (“Privacy Policy”): its text is in images, or a script " \
        "writes it into the page when it is opened" in capsys.readouterr().err
    assert git(site, "rev-parse", "HEAD") == head


def test_a_file_emptied_then_filled_again_gives_no_version_and_refuses_nothing(initialized, tmp_path, capsys):
    """History 26: the old site's file emptied by mistake, its text put back two days later: the import refused
    everything with "error: /tmp/policy-import-…/privacy@9c0de58.md: no text in it" (a temporary file's name)."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    (old / "privacy.md").write_text("", encoding="utf-8")
    git(old, "commit", "-q", "-am", "emptied", date="2021-02-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("January 5, 2021", "One."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "back", date="2021-02-03T10:00:00+00:00")
    (old / "privacy.md").write_text(page("March 1, 2022", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "two", date="2022-03-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2022-03-01", "Two.")]
    _one, emptied, back, _two = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {emptied} (committed February 1, 2021): empty, no text: left out" in out
    assert f"privacy.md at {back} (committed February 3, 2021): the same text as {_one}'s again: no new version" in out

    (old / "privacy.md").write_text("<p>", encoding="utf-8")  # a text no import reads: named as the lines name it
    git(old, "commit", "-q", "-am", "broken", date="2022-04-01T10:00:00+00:00")
    (tmp_path / "again").mkdir()
    fresh = new_site(tmp_path / "again", initialized)
    assert cli.main(["--root", str(fresh), "import", "--lang", "en", "--git", str(old / "privacy.md")]) != 0
    err = capsys.readouterr().err
    assert "policy-import-" not in err and "privacy@" in err, err


def test_a_file_moved_and_rewritten_in_one_commit_is_refused_naming_both_until_both_are_imported(initialized, tmp_path, capsys):
    """History 26: `git mv content/privacy.md legal/privacy.md` and a new text in one commit: git follows no rename
    (under half the text alike), and `--git legal/privacy.md` imported the 2022 text alone, the 2021 versions silently
    lost (`policy at 2021-06-01`: no version in force). Refused naming the command with both files, which imports all;
    a removed file of another name is said, not refused."""
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")

    def commit(path: str, when: str, updated: str, words: str, remove: str = "") -> None:
        if remove:
            git(old, "rm", "-q", remove)
        (old / path).parent.mkdir(parents=True, exist_ok=True)
        (old / path).write_text(page(updated, words), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", updated, date=when)

    commit("content/privacy.md", "2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")
    commit("content/privacy.md", "2021-03-01T10:00:00+00:00", "March 1, 2021", "Two.")
    rewritten = "Three: " + "a new text from end to end, its words all changed, " * 8
    commit("legal/privacy.md", "2022-06-01T10:00:00+00:00", "June 1, 2022", rewritten, remove="content/privacy.md")
    site = new_site(tmp_path, initialized)
    base = ["--root", str(site), "import", "--lang", "en", "--git"]

    assert cli.main([*base, str(old / "legal/privacy.md")]) == 1
    assert "error: legal/privacy.md: added at " in (err := capsys.readouterr().err) and ", which removed " \
        f"content/privacy.md: the file moved and its text changed in one commit, which git does not follow: the texts " \
        f"before are that file's history; import both: policy import --git {old / 'content/privacy.md'} " \
        f"{old / 'legal/privacy.md'} (nothing imported)" in err, err
    assert imported(site) == []
    assert cli.main([*base, str(old / "content/privacy.md"), str(old / "legal/privacy.md")]) == 0
    assert [day for day, _words in imported(site)] == ["2021-01-05", "2021-03-01", "2022-06-01"]

    commit("policies/privacy-notice.md", "2023-01-10T10:00:00+00:00", "January 10, 2023", "Four " + rewritten,
           remove="legal/privacy.md")
    other = tmp_path / "other"
    other.mkdir()
    site = new_site(other, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git",
                     str(old / "policies/privacy-notice.md")]) == 0
    assert "policies/privacy-notice.md: added at " in (out := capsys.readouterr().out) and ", which removed " \
        "legal/privacy.md: if that was this policy before a move, its texts are not imported: import both into a new " \
        "site" in out

    # a site moved to another generator: its `privacy.html` became `privacy.md`, rewritten, in one commit
    html = tmp_path / "html"
    html.mkdir()
    git(html, "init", "-q", "-b", "main")
    (html / "privacy.html").write_text("<h1>Example Ltd privacy notice</h1><p>Last updated: January 5, 2021</p><h2>1. "
                                       "Who we are</h2><p>Example Ltd sells garden tools. One.</p>", encoding="utf-8")
    git(html, "add", "-A")
    git(html, "commit", "-q", "-m", "html", date="2021-01-07T10:00:00+00:00")
    git(html, "rm", "-q", "privacy.html")
    (html / "privacy.md").write_text(page("June 1, 2022", rewritten), encoding="utf-8")
    git(html, "add", "-A")
    git(html, "commit", "-q", "-m", "md", date="2022-06-01T10:00:00+00:00")
    (tmp_path / "third").mkdir()
    third = new_site(tmp_path / "third", initialized)
    assert cli.main(["--root", str(third), "import", "--lang", "en", "--git", str(html / "privacy.md")]) == 1
    assert "which removed privacy.html: the file moved and its text changed in one commit" in capsys.readouterr().err


@pytest.mark.parametrize("wrong", ["2031-06-10T10:00:00+00:00", "2019-05-01T10:00:00+00:00"])
def test_a_commit_made_by_a_wrong_clock_is_left_out_and_said_never_the_newest_nor_the_oldest(initialized, tmp_path, capsys,
                                                                                               monkeypatch, wrong):
    """History 26: the old site's second commit made on a machine whose clock said 2031: its text, sorted by that
    time, was imported last, as the version of 2031 (upcoming, superseding the text really in force); said 2019, it
    replaced the 2021 text before it and was imported as in force from 2019. The branch's order is kept, and a commit
    whose day is after today or before the commit before it gives no version, said."""
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      (wrong, "", "Two."),
                                      ("2022-03-01T10:00:00+00:00", "", "Three.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2022-03-01", "Three.")]
    second = git(old, "log", "--reverse", "--format=%h").split()[1]
    why = "after today (December 3, 2026)" if wrong.startswith("2031") else "before the day of the commit before it"
    day = strings.long_date(dt.date.fromisoformat(wrong[:10]), "en")
    assert f"privacy.md at {second} (committed {day}): its commit's day, {day}, is {why}" in out
    assert "the clock of the machine that made it was wrong, and nothing says the day it reached the old site: left " \
        "out (its text was the old site's after January 5, 2021, the day of the version before, until the text after it" \
        in out


def test_a_commit_dated_back_by_a_rebase_is_said_to_be_a_rebase_not_a_wrong_clock(initialized, tmp_path, capsys, monkeypatch):
    """Texts 29: the first commit rebased (amended) on 1 March, the second written and committed in February: its
    commit's day is before the one before it, while its author date follows that one's, as a rebase leaves them
    (it keeps author dates, dates commits anew). Said "the clock of the machine that made it was wrong"; now a
    rebase, the text still left out (no day is guessed)."""
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    for written, committed, words in [("2021-01-07", "2021-03-01", "One."), ("2021-02-01", "2021-02-02", "Two."),
                                      ("2022-03-01", "2022-03-01", "Three.")]:
        (old / "privacy.md").write_text(page("", words), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", words, f"--date={written}T10:00:00+00:00", date=f"{committed}T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-03-01", "One."), ("2022-03-01", "Three.")]
    second = git(old, "log", "--reverse", "--format=%h").split()[1]
    assert f"privacy.md at {second} (committed February 2, 2021): its commit's day, February 2, 2021, is before the day of the " \
        "commit before it" in out
    assert "the branch was rebased (its author date, February 1, 2021, follows the commit before it's" in out, out
    assert "clock" not in out


def test_a_commits_day_is_the_companys_where_the_site_names_its_time_zone(initialized, tmp_path, capsys):
    """History 26: a deploy made at 23:30 UTC on 31 May, 01:30 on 1 June in Paris, where the site's versions take
    effect at midnight: the text was dated 31 May, a day before readers could see it. With `time_zone: Europe/Paris`
    its day is Paris'; without one, the commit's own clock's, as before."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      ("2022-05-31T23:30:00+00:00", "", "Two.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert imported(site) == [("2021-01-05", "One."), ("2022-05-31", "Two.")]

    paris = tmp_path / "paris"
    assert cli.main(["init", str(paris), "--company", "Example Ltd", "--languages", "en", "--time-zone",
                     "Europe/Paris"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(paris), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert imported(paris) == [("2021-01-05", "One."), ("2022-06-01", "Two.")]
    assert "(committed June 1, 2022): dated June 1, 2022, the day it was committed" in capsys.readouterr().out


@pytest.mark.parametrize("texts", [
    # its newest commit alone ahead of today (the clock of the machine that made it)
    [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."), ("2099-01-01T10:00:00+00:00", "", "Two.")],
    # every commit ahead (this machine's clock behind, or a history of fixed dates)
    [("2030-01-01T12:00:00+00:00", "", "One."), ("2030-02-01T12:00:00+00:00", "", "Two.")],
    # its newest commit before the day of the commit before it (a clock behind)
    [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."), ("2022-03-01T10:00:00+00:00", "", "Two."),
     ("2019-05-01T10:00:00+00:00", "", "Three.")],
])
def test_a_newest_text_whose_commit_s_clock_was_wrong_is_refused_never_imported_as_a_version_to_come(
        initialized, tmp_path, capsys, monkeypatch, texts):
    """Safety hunt 47 (a leftover of hunt 46): the old site's newest commit dated 2099 by a wrong clock, its text saying
    no day, was imported as the version of 2099, upcoming, while the old site already showed it (only a commit ahead
    of a later one was taken for a wrong clock; a history whose every commit was ahead was read as it was); left out,
    the text before it would be published as the one in force. Refused now, naming the commit, its day and the way
    out; nothing imported. The texts before it import with the --ref the message names."""
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    old = old_site(tmp_path / "old", texts)
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 1
    err = capsys.readouterr().err
    newest = git(old, "rev-parse", "--short=7", "HEAD").strip()
    why = "after today (December 3, 2026)" if texts[-1][0] > "2026" else "before the day of the commit before it"
    day = strings.long_date(dt.date.fromisoformat(texts[-1][0][:10]), "en")
    assert (f"error: privacy.md at {newest} (committed {day}): its commit's day is {why}") in err, err
    assert "Nothing imported. Import the texts before it (--ref " + newest + "^)" in err, err
    assert git(site, "rev-parse", "HEAD") == before and imported(site) == []
    if len(texts) > 2 or texts[0][0] < "2026":
        assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", "--ref", f"{newest}^",
                         str(old / "privacy.md")]) == 0
        assert imported(site)[0] == ("2021-01-05", "One.")


def test_a_newest_text_dated_back_by_a_rebase_is_refused_naming_the_rebase_not_a_clock(initialized, tmp_path, capsys, monkeypatch):
    """The old site's newest commit rebased: written (author date) on 1 March 2022, after the commit before it, and
    committed anew on 1 February, before that commit's day (the one before amended on 1 March). Its text says no day:
    refused, as a newest text with a wrong clock is (nothing imported), and the message says the branch was rebased,
    never "the clock of the machine that made it was wrong" nor that this machine's clock may be."""
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    for written, committed, updated, words in [("2021-01-07", "2021-01-07", "January 5, 2021", "One."),
                                               ("2021-06-01", "2022-03-01", "", "Two."),
                                               ("2022-03-02", "2022-02-01", "", "Three.")]:
        (old / "privacy.md").write_text(page(updated, words), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", words, f"--date={written}T10:00:00+00:00", date=f"{committed}T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 1
    err = capsys.readouterr().err
    newest, second = git(old, "log", "--format=%h", "-2").split()
    assert (f"error: privacy.md at {newest} (committed February 1, 2022): its commit's day is before the day of the commit "
            f"before it ({second}, March 1, 2022): the branch was rebased (its author date, March 2, 2022, follows the "
            "commit before it's") in err, err
    assert "clock" not in err, err
    assert "Nothing imported. Import the texts before it (--ref " + newest + "^)" in err, err
    assert git(site, "rev-parse", "HEAD") == before and imported(site) == []


def test_a_newest_commit_ahead_of_today_whose_text_says_its_day_is_dated_by_its_text(initialized, tmp_path, capsys, monkeypatch):
    """A commit whose clock was wrong says nothing of its text's day, but a text saying one does: imported on it."""
    from policysite import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      ("2099-01-01T10:00:00+00:00", "November 2, 2026", "Two.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert imported(site) == [("2021-01-05", "One."), ("2026-11-02", "Two.")]


def test_a_file_whose_folder_names_another_language_is_refused_naming_the_option(tmp_path, capsys):
    """History 26: `--lang fr --git fr/privacy.md en/privacy.md` imported the English texts as French versions, each
    "in force" between the French ones; a file whose folder (or name, `privacy.en.md`) names another language of the
    site is refused, as a folder import leaves it out."""
    old = tmp_path / "old"
    (old / "fr").mkdir(parents=True)
    (old / "en").mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "fr/privacy.md").write_text("# Politique\n\nDernière mise à jour : 5 janvier 2021\n\n## 1. Qui\n\nTexte.\n",
                                       encoding="utf-8")
    (old / "en/privacy.md").write_text(page("January 5, 2021", "One."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "both", date="2021-01-07T10:00:00+00:00")
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "fr,en"]) == 0
    capsys.readouterr()

    assert cli.main(["--root", str(site), "import", "--lang", "fr", "--git", str(old / "fr/privacy.md"),
                     str(old / "en/privacy.md")]) == 1
    assert f"error: {old / 'en/privacy.md'}: its folder says it is the English text: import it with --lang en (nothing " \
        "imported)" in capsys.readouterr().err
    assert "Import the" not in git(site, "log", "--format=%s")
    assert cli.main(["--root", str(site), "import", "--lang", "fr", "--git", str(old / "fr/privacy.md")]) == 0
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "en/privacy.md")]) == 0


def test_a_file_named_twice_or_through_a_followed_move_is_read_once(initialized, tmp_path, capsys):
    """History 26: `--git privacy.md ./privacy.md`, or the old and new names of a move git follows, read each text
    twice: every commit said twice ("the same text as …'s again")."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    (old / "legal").mkdir()
    git(old, "mv", "privacy.md", "legal/privacy.md")
    (old / "legal/privacy.md").write_text(page("June 1, 2022", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "moved", date="2022-06-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md"),
                     str(old / "legal/./privacy.md"), str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2022-06-01", "Two.")]
    assert "again" not in out and out.count(" at ") == 2, out


def test_a_date_line_opening_the_first_section_of_a_page_titled_in_its_front_matter_dates_the_text(initialized, tmp_path, capsys):
    """Adoption 27: a docs site's page is titled in its front matter and opens with a heading over its date line
    (GitHub's privacy statement: `## GitHub Privacy Statement` over `Effective date: February 1, 2024`); that day was
    not read (only lines between the title and the first section were), and each text was dated by its commit, "its
    text says no one day it took effect"."""
    def docs_page(effective: str, words: str) -> str:
        return ("---\ntitle: Example Ltd General Privacy Statement\n---\n\n## Example Ltd Privacy Statement\n\n"
                f"Effective date: {effective}\n\nWelcome. Example Ltd sells garden tools. {words}\n\n"
                "## Contact\n\nWrite to privacy@example.test.\n")

    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    for when, effective, words in [("2024-04-17T10:00:00+00:00", "February 1, 2024", "One."),
                                   ("2024-09-26T10:00:00+00:00", "February 1, 2024", "One, corrected."),
                                   ("2025-01-10T10:00:00+00:00", "January 2, 2025", "Two.")]:
        (old / "privacy.md").write_text(docs_page(effective, words), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [
        ("2024-02-01", "One."), ("2024-09-26", "One, corrected."), ("2025-01-02", "Two.")]
    assert "the day its text says (“Effective date: February 1, 2024”)" in out
    assert "says no one day" not in out



def test_a_file_the_old_site_removed_is_said_with_the_commit_that_removed_it(initialized, tmp_path, capsys):
    """Adoption 28: Mozilla removed its Chinese (Taiwan) and Arabic Firefox notices in 2022; `import --git` of them
    carried their last text into every later version, saying, version by version, that it translates an earlier
    text, and never that the old site had stopped showing it. The commit that removed the file is now said."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    git(old, "rm", "-q", "privacy.md")
    git(old, "commit", "-q", "-m", "remove the notice", date="2022-05-23T10:00:00+00:00")
    removal = git(old, "rev-parse", "--short=7", "HEAD").strip()
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert f"privacy.md: removed at {removal} (committed May 23, 2022): the old site showed no such text from that day; " \
           "its last text, of January 7, 2021, stays this site's English page for every later version" in out, out
    assert imported(site) == [("2021-01-05", "One.")]


def test_a_change_log_ending_the_text_dates_it_by_its_newest_entry(initialized, tmp_path, capsys):
    """Automattic's privacy policy ends with its change log, newest first, entries of a few words or of many
    (`_September 18, 2013:_ Added that blog commenter email addresses are disclosed …`): the import dated its text of
    2014 by the one short entry among the last three, 29 October 2009, a day before changes the text lists. Now the
    entries of a change log ending the text (each starting with its day) date it by the newest, newest first or last."""
    log = ["_September 18, 2013:_ Added that blog commenter email addresses are disclosed to administrators of the "
           "blog where the comment was left.", "_February 1, 2011:_ Clarified subpoena language.",
           "_July 1, 2010:_ Revised paragraph about IP addresses to explain when they are collected and that "
           "commenter IPs are visible to blog administrators", "_October 29, 2009:_ Added Comments paragraph.",
           "_March 10, 2009:_ Added Ads paragraph to alert users that ads from third parties may use cookies"]
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    for when, entries in (("2014-05-12T10:00:00+00:00", log), ("2015-03-01T10:00:00+00:00", [
            "_February 18, 2015:_ Updated Creative Commons license from 2.5 to 4.0.", *log][::-1])):
        (old / "privacy.md").write_text(
            "Privacy Policy\n--------------\n\n### Who we are\n\nExample Ltd sells garden tools.\n\n"
            "### Privacy Policy Changes\n\nWe may change it.\n\n**Change log:**\n\n"
            + "".join(f"*   {entry}\n" for entry in entries), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    first, second = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {first} (committed May 12, 2014): dated September 18, 2013, the day its text says (“September 18, " \
        "2013: Added that blog commenter email addresse”); committed May 12, 2014" in out, out
    assert f"privacy.md at {second} (committed March 1, 2015): dated February 18, 2015, the day its text says (“February 18, " \
        "2015: Updated Creative Commons license from 2.5”); committed March 1, 2015" in out, out
    days = [line.split()[-1] for line in git(site, "log", "--format=%s %ad", "--date=short").splitlines()
            if line.startswith("Import the English text")]
    assert sorted(days) == ["2013-09-18", "2015-02-18"], days


def test_a_text_without_a_title_takes_the_one_its_files_other_texts_give(initialized, tmp_path, capsys):
    """Automattic's privacy texts of 2018 to 2021 have no title (the old site drew "Privacy Policy" from its page's
    template), those before and after open with it: 19 versions were published untitled, readers seeing only the
    site's name above them (structure.title). Now a text without a title takes the nearest title its file's other
    texts give, said."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "", "One."),
                                      ("2022-03-01T10:00:00+00:00", "", "Two.")])
    (old / "privacy.md").write_text(page("", "Three.").split("\n", 2)[2], encoding="utf-8")  # its title left out
    git(old, "commit", "-q", "-am", "untitled", date="2023-05-02T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert "the text has no title (its old site drew it from its page's template, most likely): given “Example Ltd " \
           "privacy notice”, the title its file's other texts have" in out, out
    assert out.count("the text has no title") == 1, out
    newest = git(site, "log", "-1", "--format=%H", "--grep", "Import the English text").strip()
    text = git(site, "show", f"{newest}:docs/en/index.md")
    assert text.startswith("---\ndate: 2023-05-02\ntitle: \"Example Ltd privacy notice\"\n---\n"), text
    assert cli.main(["--root", str(site), "check"]) == 0
    assert "structure.title" not in capsys.readouterr().out


def test_a_commit_made_after_another_by_a_clock_west_of_its_is_of_that_day_not_a_wrong_clock(initialized, tmp_path, capsys):
    """History 28: a text committed at 00:30 on 2 March in Paris, then corrected at 20:00 on 1 March in New York, an
    hour and a half later: each clock was right, but the import took the second for a wrong clock ("before the day of
    the commit before it") and, as the newest text, refused the whole history. Made after the commit before it, it is
    of that commit's day (the day's last text, in either zone), and that is said."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      ("2021-03-02T00:30:00+01:00", "", "Two."),
                                      ("2021-03-01T20:00:00-05:00", "", "Two, corrected.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    captured = capsys.readouterr()
    assert imported(site) == [("2021-01-05", "One."), ("2021-03-02", "Two, corrected.")], captured.err
    second, third = git(old, "log", "--reverse", "--format=%h").split()[1:]
    assert f"privacy.md at {second} (committed March 2, 2021): replaced the same day (March 2, 2021), by {third}'s" \
        in captured.out
    assert f"(its commit's clock read 2021-03-01T20:00:00-05:00, March 1, 2021, but it was made after {second} " \
        "(2021-03-02T00:30:00+01:00), whose clock read March 2, 2021: the two clocks were in other time zones" \
        in captured.out
    assert "wrong" not in captured.out + captured.err


def test_a_file_removed_then_put_back_is_said_the_days_the_old_site_showed_no_text(initialized, tmp_path, capsys):
    """History 28: the old site's `privacy.md` removed on 1 March and put back on 1 May: the text before was imported
    in force throughout, and nothing said the old site had shown no policy for two months. The removal is said, at
    the text it left in force; the same text put back is no new version."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    (old / "privacy.md").unlink()
    git(old, "commit", "-q", "-am", "remove", date="2021-03-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("January 5, 2021", "One."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "put back", date="2021-05-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "two", date="2021-07-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2021-07-01", "Two.")]
    first, removal, back, _two = git(old, "log", "--reverse", "--format=%h").split()
    lines = out.splitlines()
    said = lines.index(f"privacy.md at {removal} (committed March 1, 2021): the file removed: the old site showed no text "
                       "from that day until a later commit put one back, if one did; the archive has no version for no "
                       "text, so it shows the text before it in force over those days")
    assert lines[said - 1].startswith(f"privacy.md at {first} (committed January 7, 2021): dated January 5, 2021")
    assert lines[said + 1] == f"privacy.md at {back} (committed May 1, 2021): the same text as {first}'s again: no new " \
        "version"


def test_a_policy_in_a_submodule_is_dated_by_the_commits_of_the_old_site_that_pinned_it(initialized, tmp_path, capsys):
    """History 28: the old site kept its policy in a submodule (`legal/`, the legal team's repository): the import read
    the submodule's own history, so a text the old site never pinned was imported as a version, and the first from
    before the old site took the submodule at all. Its texts are now those the old site's commits pinned, each from the
    day it was pinned; one the site never pinned is no version."""
    legal = old_site(tmp_path / "legal", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                          ("2021-02-07T10:00:00+00:00", "", "Two.")])
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "README").write_text("The old site.\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "site", date="2021-01-01T10:00:00+00:00")
    git(old, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(legal), "legal")
    git(old, "commit", "-q", "-m", "the legal texts", date="2021-03-01T10:00:00+00:00")
    (legal / "privacy.md").write_text(page("", "Three, never pinned."), encoding="utf-8")
    git(legal, "commit", "-q", "-am", "three", date="2021-04-01T10:00:00+00:00")
    (legal / "privacy.md").write_text(page("June 1, 2021", "Four."), encoding="utf-8")
    git(legal, "commit", "-q", "-am", "four", date="2021-05-01T10:00:00+00:00")
    git(old / "legal", "-c", "protocol.file.allow=always", "pull", "-q", "origin", "main")
    git(old, "commit", "-q", "-am", "update the legal texts", date="2021-05-20T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal" / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-03-01", "Two."), ("2021-06-01", "Four.")]
    pinned, updated = git(old, "log", "--reverse", "--format=%h").split()[1:]
    assert f"legal/privacy.md: in legal, a submodule of {old.resolve()}: its texts are those the commits of " in out
    assert f"legal/privacy.md at {pinned} (committed March 1, 2021): dated March 1, 2021, the day it was committed" in out
    assert f"legal/privacy.md at {updated} (committed May 20, 2021): dated June 1, 2021, the day its text says" in out


def test_a_text_committed_long_after_the_day_it_says_is_dated_so_and_the_gap_said(initialized, tmp_path, capsys):
    """History 28: a text saying "Last updated: January 5, 2021" committed on 10 January 2023 was imported in force from
    2021-01-05, as its text says, while the old site's repository held the text before it for two years: only
    "committed January 10, 2023" said so. The gap is said, naming the text the old site showed meanwhile; a text committed a
    few days after its day (a deploy's lag), or the first (the repository started after it), is said as before."""
    old = old_site(tmp_path / "old", [("2020-06-07T10:00:00+00:00", "June 1, 2020", "One."),
                                      ("2020-09-20T10:00:00+00:00", "September 1, 2020", "Two."),
                                      ("2023-01-10T10:00:00+00:00", "January 5, 2021", "Three.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2020-06-01", "One."), ("2020-09-01", "Two."), ("2021-01-05", "Three.")]
    first, second, third = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md at {third} (committed January 10, 2023): dated January 5, 2021, the day its text says (“Last updated: " \
        f"January 5, 2021”); committed January 10, 2023, 735 days later: until then the old site showed {second}'s text, if " \
        "it was deployed from this repository; the archive says this one applied from January 5, 2021: check it against " \
        "what the old site showed\n" in out
    assert out.count("days later") == 1


def test_a_copy_renamed_back_over_the_removed_file_is_the_texts_from_that_day_not_the_copys_drafts(initialized, tmp_path, capsys):
    """History 28: privacy.md copied to privacy.bak.md and the copy edited (a draft), privacy.md removed, then the copy
    renamed back to privacy.md two months later. Git's following went through the copy: its draft was imported in force
    from the day it was made, while the old site still showed privacy.md's text, and the removal was not seen. The
    file's own commits are read as they are; git's following only where no file had its name (a move away and back
    still imports the texts it had under the other name)."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      ("2021-02-07T10:00:00+00:00", "", "Two.")])
    (old / "privacy.bak.md").write_text(page("", "Two, rewritten aside."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "a draft beside it", date="2021-02-10T10:00:00+00:00")
    git(old, "rm", "-q", "privacy.md")
    git(old, "commit", "-q", "-m", "removed", date="2021-03-01T10:00:00+00:00")
    git(old, "mv", "privacy.bak.md", "privacy.md")
    git(old, "commit", "-q", "-m", "the draft in its place", date="2021-05-01T10:00:00+00:00")
    (old / "legal").mkdir()
    git(old, "mv", "privacy.md", "legal/privacy.md")
    git(old, "commit", "-q", "-m", "moved away", date="2021-06-01T10:00:00+00:00")
    (old / "legal" / "privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "three", date="2021-07-01T10:00:00+00:00")
    git(old, "mv", "legal/privacy.md", "privacy.md")
    git(old, "commit", "-q", "-m", "moved back", date="2021-08-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2021-02-07", "Two."), ("2021-05-01", "Two, rewritten aside."),
                              ("2021-07-01", "Three.")]
    removal = git(old, "log", "-1", "--format=%h", "HEAD~4").strip()
    assert f"privacy.md at {removal} (committed March 1, 2021): the file removed" in out
    assert out.count("the file removed") == 1 and "privacy.bak.md at" not in out


def test_a_translation_older_than_a_version_with_its_own_page_never_replaces_that_page(tmp_path, capsys):
    """History 28 (reached through --git: an adopted site's older English texts, imported into a site whose own history
    holds its versions): the English text of 2021 was committed as the English page of the site's only version,
    2022-03-01, replacing the translation the team wrote for it, silently ("the en text of 2022-03-01"). A version's own
    page, which no import wrote, is left as it is, and that is said; a page an import wrote may be replaced as before."""
    from policy_repo import en_page, new_project

    project = new_project(tmp_path / "site")
    project.commit("2022-03-01", fr="Nous traitons vos données avec grand soin.", en="We process your data with great care.")
    before = git(project.root, "rev-parse", "HEAD")
    old = tmp_path / "old"
    (old / "en").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    (old / "en" / "privacy.md").write_text(en_page("2021-01-01"), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "the site's English page", date="2021-01-08T10:00:00+00:00")
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "import", "--lang", "en", "--git", str(old / "en" / "privacy.md")]) \
        == 0
    out = capsys.readouterr().out
    commit = git(old, "rev-parse", "--short=7", "HEAD").strip()
    assert f"privacy@{commit}.md: 2022-03-01 has its own English page, which no import wrote: left as it is, " \
        f"privacy@{commit}.md not imported for it" in out, out
    assert git(project.root, "rev-parse", "HEAD") == before
    assert "with great care" in git(project.root, "show", "HEAD:docs/en/index.md")


def test_a_jekyll_sites_markdown_inside_raw_html_is_read_as_its_kramdown_read_it(initialized, tmp_path, capsys):
    """A Jekyll site whose `_config.yml` sets kramdown's `parse_block_html: true` (here in the folder holding the page)
    showed the Markdown inside its raw HTML blocks: the card `<div class="card">` / `#### Last updated: …` / `</div>`
    under the title was a heading there, published as the text `#### Last updated: …` (adoption 5's leftover);
    `*nothing*` in a note's `<div>` showed in italics, published with its asterisks. Each
    commit's text is read as its own `_config.yml` had it read: the first, before the site set it, as CommonMark."""
    def jekyll_page(updated: str, words: str) -> str:
        return ("---\ntitle: Example Ltd privacy notice\n---\n\n<div class=\"card\">\n<div class=\"card-body\">\n"
                f"#### Last updated: {updated}\n</div>\n</div>\n\n## 1. Who we are\n\n<div class=\"note\">\n"
                f"Example Ltd sells garden tools. We keep *{words}*.\n</div>\n")

    old = tmp_path / "old"
    (old / "site").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    (old / "site" / "_config.yml").write_text("title: Example\nmarkdown: kramdown\n", encoding="utf-8")
    for when, updated, words, settings in [
            ("2024-03-10T10:00:00+00:00", "March 1, 2024", "nothing", ""),
            ("2024-06-20T10:00:00+00:00", "June 1, 2024", "little", "kramdown:\n  parse_block_html: true\n")]:
        (old / "site" / "privacy.md").write_text(jekyll_page(updated, words), encoding="utf-8")
        (old / "site" / "_config.yml").write_text(f"title: Example\nmarkdown: kramdown\n{settings}", encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "site" / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert [day for day, _words in imported(site)] == ["2024-03-01", "2024-06-01"], out
    first, second = (git(site, "show", f"{commit}:docs/en/index.md") for commit in git(
        site, "log", "--format=%H", "--reverse", "--grep", "Import the English text").split())
    assert "\\#### Last updated: March 1, 2024" in first and "\\*nothing\\*" in first, first
    assert "\nLast updated: June 1, 2024\n" in second and "We keep *little*." in second, second
    assert "####" not in second and "<div" not in second, second
    assert "the day its text says (“Last updated: June 1, 2024”)" in out, out
    assert out.count("read the Markdown inside the raw HTML (<div>) as the old site did (kramdown's parse_block_html in "
                     "its _config.yml)") == 1, out


def test_a_text_of_front_matter_alone_is_left_out_and_said_not_refusing_the_import(initialized, tmp_path, capsys):
    """A translation's placeholder, its front matter alone (`untranslated: 1`, as a site translated through Crowdin
    commits a page before its text), then its translated texts: the import refused all of them, "no text in it:
    nothing imported", naming a temporary file (adoption 6: Let's Encrypt's French page, first committed in 2019 as a
    placeholder). The placeholder is left out, said with its commit, and the texts after it are imported."""
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    for when, text in [("2021-02-01T10:00:00+00:00", "---\nslug: privacy\nuntranslated: 1\n---\n"),
                       ("2021-05-01T10:00:00+00:00", page("", "One.")),
                       ("2021-09-01T10:00:00+00:00", page("", "Two."))]:
        (old / "privacy.md").write_text(text, encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-05-01", "One."), ("2021-09-01", "Two.")], out
    first = git(old, "rev-list", "--max-parents=0", "HEAD")[:7]
    assert f"privacy.md at {first} (committed February 1, 2021): its front matter alone, no text of its own" in out, out


def imported_texts(tmp_path: Path, capsys, page: Path, initialized) -> tuple[Path, str, list[str]]:  # noqa: ANN001
    """A new site, what `policy import --lang en --git page` printed into it, and the texts it committed, oldest
    first."""
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(page)]) == 0
    out = capsys.readouterr().out
    return site, out, [git(site, "show", f"{commit}:docs/en/index.md") for commit in git(
        site, "log", "--format=%H", "--reverse", "--grep", "Import the English text").split()]


def test_a_hugo_pages_param_shortcodes_are_the_words_its_sites_configuration_gave(initialized, tmp_path, capsys):
    """A Hugo page writing its controller's name and address with `{{< param owner >}}`, which Hugo fills in from
    the page's front matter, else the site's configuration (`[params]` of `config.toml`, later `hugo.yaml`): the
    shortcodes were removed and the sentences published with holes (“ with offices in , is the controller”;
    adoption 7, an Italian site's privacy page). Each text has the words of its own commit's configuration, nested
    params by their dotted name, the page's own param first; a key neither gives is removed, said, as before."""
    old = tmp_path / "old"
    (old / "content").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    body = ("---\ntitle: Privacy\nowner: {owner}\n---\n\n{{{{< param owner >}}}}, with offices in {{{{< param "
            "\"address.city\" >}}}}, is the controller{{{{< param missing >}}}}.\n\nLast updated: {day}\n")
    for when, day, owner, settings, name in [
            ("2024-03-10T10:00:00+00:00", "March 1, 2024", "", '[params]\n  owner = "Example Ltd"\n'
             '  [params.address]\n    city = "Lyon"\n', "config.toml"),
            ("2024-06-20T10:00:00+00:00", "June 1, 2024", "Example Group",
             "params:\n  Owner: Example SAS\n  address:\n    city: Nantes\n", "hugo.yaml")]:
        (old / "config.toml").unlink(missing_ok=True)
        (old / name).write_text(settings, encoding="utf-8")
        (old / "content" / "privacy.md").write_text(body.format(owner=owner, day=day).replace("owner: \n", ""),
                                                    encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site, out, (first, second) = imported_texts(tmp_path, capsys, old / "content" / "privacy.md", initialized)
    assert "\nExample Ltd, with offices in Lyon, is the controller.\n" in first, first
    assert "\nExample Group, with offices in Nantes, is the controller.\n" in second, second
    assert "wrote {{< param \"address.city\" >}} as the words the old site filled in, its site configuration's " \
        "params.address.city: “Lyon”" in out, out
    assert "its front matter's owner: “Example Group”" in out, out
    assert out.count("removed the Hugo shortcode {{< param missing >}}") == 2, out


def test_an_mdx_pages_expressions_are_the_words_of_the_constants_it_imported(initialized, tmp_path, capsys):
    """An Astro (or Next.js) MDX page writing its company's name and contact link through constants of its site
    (`import { ORG_NAME } from "../const"`, `{ORG_NAME} …`, `<a href={MAIL_URL}>`): the page published `{ORG_NAME}`
    where readers read the name, and policy check refused its `{MAIL}` as an attribute list (adoption 7, an open
    source foundation's privacy page, 3 findings failing). Each text has the words its own commit's module gave, an
    alias by the name the page uses, and code keeps its braces."""
    old = tmp_path / "old"
    (old / "src" / "pages").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    page = ("---\ntitle: Privacy\n---\n\nimport { ORG_NAME, MAIL_URL as MAIL } from \"../const\"\nimport Box from "
            "\"../components/Box.astro\"\n\n## Who we are\n\n{ORG_NAME} sells garden tools; write to "
            "<a href={MAIL}>our team</a> (`{ORG_NAME}` is code).\n\nLast updated: {day}\n")
    for when, day, name in [("2024-03-10T10:00:00+00:00", "March 1, 2024", '"Example Ltd"'),
                            ("2024-06-20T10:00:00+00:00", "June 1, 2024", "'Example \\u00c9tienne SAS'")]:
        (old / "src" / "const.ts").write_text(f"export const ORG_NAME = {name};\nexport const MAIL_URL =\n"
                                              "  \"mailto:privacy@example.test\"\nexport const N = 3\n",
                                              encoding="utf-8")
        (old / "src" / "pages" / "privacy.mdx").write_text(page.replace("{day}", day), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site, out, (first, second) = imported_texts(tmp_path, capsys, old / "src" / "pages" / "privacy.mdx", initialized)
    assert "\nExample Ltd sells garden tools; write to <a href=\"mailto:privacy@example.test\">our team</a> " \
        "(`{ORG_NAME}` is code).\n" in first, first
    assert "\nExample Étienne SAS sells garden tools;" in second, second
    assert "wrote {MAIL} as the words the old site's page showed, the constant it imported: " \
        "“mailto:privacy@example.test”" in out, out
    assert cli.main(["--root", str(site), "check"]) == 0, capsys.readouterr().out


def test_a_file_moved_and_rewritten_in_a_merged_pull_request_is_refused_naming_both(initialized, tmp_path, capsys):
    """The same move, made on a branch merged into main (`--no-ff`, as a pull request is): the branch's own commits
    are no versions (the import reads main's first parents), and the merge's diff was read as a merge's, empty, so the
    removed file went unseen and the texts before the move were silently not imported (adoption 7: a government
    service's Gatsby page renamed privacy-policy.mdx → privacy-and-cookie-policy.mdx in a merged pull request, 1 of its
    texts imported). The merge is read against main's commit before it."""
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    (old / "content").mkdir()
    (old / "content" / "privacy.md").write_text(page("January 5, 2021", "One."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "one", date="2021-01-07T10:00:00+00:00")
    git(old, "checkout", "-q", "-b", "move")
    git(old, "rm", "-q", "content/privacy.md")
    (old / "legal").mkdir()
    (old / "legal" / "privacy.md").write_text(page("June 1, 2022", "Three: " + "all new words, " * 30),
                                              encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "move", date="2022-06-01T10:00:00+00:00")
    git(old, "checkout", "-q", "main")
    git(old, "merge", "-q", "--no-ff", "-m", "Merge pull request #2 from move", "move", date="2022-06-01T12:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md")]) == 1
    assert ", which removed content/privacy.md: the file moved and its text changed in one commit" in \
        capsys.readouterr().err
    assert imported(site) == []


def test_a_site_merged_in_with_its_own_history_keeps_the_texts_it_published_before(initialized, tmp_path, capsys):
    """A website kept in a repository of its own, then merged into the product's repository (`git merge
    --allow-unrelated-histories`, `Merge remote-tracking branch 'website/main'`): the merge is no pull request, whose
    drafts never reached the site; the website's own branch was the old site, its texts published before the merge
    (adoption 8: a web server's Astro site, merged into its repository on 2025-05-05, gave its first text that day, the
    texts of 2025-03-01 and 2025-04-25 lost). They are read from that history's first parents, and said."""
    website = old_site(tmp_path / "website", [
        ("2021-01-07T10:00:00+00:00", "", "One."),
        ("2021-03-10T10:00:00+00:00", "", "Two."),
    ])
    old = committed_once(tmp_path / "old", {"server.c": "int main(void) { return 0; }\n"},
                         date="2020-12-01T10:00:00+00:00")
    git(old, "fetch", "-q", str(website), "main:website")
    git(old, "merge", "-q", "--allow-unrelated-histories", "-m", "Merge remote-tracking branch 'website/main'",
        "website", date="2021-06-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "three", date="2022-02-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-07", "One."), ("2021-03-10", "Two."), ("2022-02-01", "Three.")]
    merge = git(old, "log", "--merges", "--format=%h").split()[0]
    assert f"privacy.md: added at {merge} (committed June 1, 2021) by merging a history of its own (“Merge " \
        "remote-tracking branch 'website/main'”), whose branch held it before: its texts there are read too, each " \
        "from the day it was committed there" in out


def test_a_file_given_by_the_name_it_was_moved_away_from_is_refused_naming_its_new_name(initialized, tmp_path, capsys):
    """A Docusaurus site renamed docs/privacy-policy.md to .mdx, then back, then edited it (adoption 8): imported by
    the name it no longer has, the move away was said as 'the file removed: the old site showed no text from that day',
    which it did show, under its new name, and its later texts were left out, unsaid. The import is refused, naming the
    file it became, whose history holds this one's."""
    old = old_site(tmp_path / "old", [("2021-03-01T10:00:00+00:00", "", "One.")], name="privacy.mdx")
    git(old, "mv", "privacy.mdx", "privacy.md")
    git(old, "commit", "-q", "-m", "move", date="2021-04-01T10:00:00+00:00")
    (old / "privacy.md").write_text(page("", "Two."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "two", date="2021-05-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.mdx")]) == 1
    out, err = capsys.readouterr()
    moved = git(old, "log", "--format=%h", "--grep", "move").split()[0]
    assert f"error: {old / 'privacy.mdx'}: moved to privacy.md at {moved} (committed April 1, 2021), under which name the " \
        f"old site showed its later texts: import that file, whose history holds this one's (policy import --git " \
        f"{old / 'privacy.md'}) (nothing imported)" in err, err
    assert "the file removed" not in out and git(site, "rev-parse", "HEAD") == before

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    assert imported(site) == [("2021-03-01", "One."), ("2021-05-01", "Two.")]


def test_an_html_page_reads_the_stylesheets_its_repository_held_at_each_commit(initialized, tmp_path, capsys):
    """A site of plain HTML pages keeps its stylesheet beside them (a German developer's pages/info/datenschutz.php
    links ../style/info.css, adoption 8): imported with --git, the page's blob was written alone into a scratch folder,
    so its stylesheet was "not there", said with advice to save the page again from a browser, and what it draws or
    hides was not read. It is read from the repository at that commit, as the old site served it: beside the page, or
    from the folder the site served it from (pages/info/ served as info/, its ../style/ the repository's style/)."""
    old = committed_once(tmp_path / "old", {
        "style/site.css": '.neg::before { content: "not " }\n',
        "pages/info/local.css": '.when::after { content: " anywhere" }\n',
        "pages/info/privacy.html":
            '<html><head><link rel="stylesheet" href="../style/site.css"><link href="local.css" rel="stylesheet">'
            '</head><body><h1>Privacy policy</h1><h2>1. Who we are</h2><p>Example Ltd sells garden tools. We do <span '
            'class="neg">sell</span> your data <span class="when">at all</span>.</p><h2>2. Contact</h2><p>Write to '
            'privacy@example.test.</p></body></html>'})
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git",
                     str(old / "pages/info/privacy.html")]) == 0
    out = capsys.readouterr().out
    text = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert "We do not sell your data at all anywhere." in text, text
    assert "save the page again" not in out and "read the 2 stylesheets" in out, out


def test_an_html_template_reads_the_files_it_includes_as_its_commit_held_them(initialized, tmp_path, capsys):
    """A Jekyll site's privacy page writes its sections through includes (`{% include privacy/data.html %}`, the file
    in the site's `_includes/`): imported with --git, each include was left out as a template statement "its server
    ran and no reader saw", and with it the words readers read there (adoption 9). Each file it includes is read from
    the repository at that commit, an include inside it too, and written in where it was included, said; one the
    repository lacks is said as words readers saw, left out."""
    old = committed_once(tmp_path / "old", {
        "_config.yml": "title: Example\n",
        "_includes/privacy/data.html": "<h2>1. Who we are</h2>\n<p>Example Ltd sells garden tools. We keep your "
                                       "e-mail.</p>\n{% include contact.html %}\n",
        "_includes/contact.html": "<h2>2. Contact</h2>\n<p>Write to privacy@example.test.</p>\n",
        "pages/privacy.html": "---\nlayout: default\ntitle: Privacy policy\n---\n<h1>{{ page.title }} of Example</h1>"
                              "\n<p>Last updated: March 1, 2021</p>\n{% include privacy/data.html %}\n"
                              "{% include missing-note.html %}\n"})
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "pages/privacy.html")]) == 0
    out = capsys.readouterr().out
    text = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert "## 1. Who we are\n\nExample Ltd sells garden tools. We keep your e-mail.\n" in text, text
    assert "## 2. Contact\n\nWrite to privacy@example.test." in text, text
    assert "wrote in the 2 files the page's template includes, as its server did: privacy/data.html, contact.html" \
        in out, out
    assert "left out 1 file the page's template includes, whose words readers saw there: missing-note.html" in out, \
        out


def test_a_repository_lacking_objects_of_its_history_is_refused_saying_what_to_fetch(initialized, tmp_path, capsys):
    """A copy of an old site's repository without some of its history's objects (a partial clone, `git clone
    --filter=blob:none`, whose remote cannot be reached; a damaged copy) answered with git's own words, `error: git
    -c core.quotepath=off log --first-parent --follow … fatal: unable to read 5b3a13…` (adoption 9: two real sites'
    copies so made). It is refused naming the file, what is missing and how to fetch it, nothing imported."""
    old = old_site(tmp_path / "old", [("2021-01-05T10:00:00+00:00", "", "One."),
                                      ("2021-06-01T10:00:00+00:00", "", "Two.")])
    first = git(old, "rev-parse", "HEAD~1:privacy.md").strip()
    (old / ".git" / "objects" / first[:2] / first[2:]).unlink()
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 1
    captured = capsys.readouterr()
    assert f"error: {old / 'privacy.md'}: its repository lacks objects its history needs (" in captured.err, \
        captured.err
    assert f"git -C {old} fetch --refetch" in captured.err and "nothing imported" in captured.err, captured.err
    assert "core.quotepath" not in captured.err, captured.err
    assert git(site, "rev-parse", "HEAD") == before
    (old / "legal").mkdir()  # a file moved: git log --follow reads both texts to pair them, and fails first
    git(old, "mv", "privacy.md", "legal/privacy.md")
    git(old, "commit", "-q", "-m", "move", date="2021-07-01T10:00:00+00:00")
    moved = git(old, "rev-parse", "HEAD~1:privacy.md").strip()
    (old / ".git" / "objects" / moved[:2] / moved[2:]).unlink()
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md")]) == 1
    err = capsys.readouterr().err
    assert "its repository lacks objects its history needs (object " in err and "--follow" not in err, err
    assert git(site, "rev-parse", "HEAD") == before


def test_a_php_page_of_the_old_sites_source_is_read_as_its_template(initialized, tmp_path, capsys):
    """A PHP site keeps its privacy page as the template its server ran (a German goldsmith's privacy.php: its text
    static HTML, `<?php include("include/navbar.php") ?>` for the menu, `<?= $websiteTitle ?>` in its <title>, adoption
    8): every text of its history was dated, then the import was refused at the first, 'holds its server's code …:
    save it as .html', as a page saved from a browser is, and nothing imported. With --git the file is the site's
    source, as a Jinja template is: its PHP blocks are left out and said, its echoes kept as written and said."""
    old = committed_once(tmp_path / "old", {"privacy.php": (
        '<!doctype html>\n<html lang="en">\n<head>\n  <?php include("include/head.php"); ?>\n  <title><?= $title ?> - '
        'Privacy</title>\n</head>\n<body>\n<?php include("include/navbar.php") ?>\n<h1>Privacy policy</h1>\n'
        '<h2>1. Who we are</h2>\n<p>Example Ltd sells garden tools. One.</p>\n<h2>2. Contact</h2>\n<p>Write to '
        'privacy@example.test.</p>\n</body>\n</html>\n')})
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.php")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-03-01", "One.")]
    text = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert "include" not in text and "<?" not in text and "## 1. Who we are" in text, text
    assert "left out 2 blocks of the page's PHP code (<?php include(\"include/head.php\"); ?> …), which its server " \
        "ran" in out, out


def test_a_history_rewritten_in_one_day_is_said_with_its_authors_days(initialized, tmp_path, capsys):
    """A goldsmith's PHP site rewrote its whole history on 2022-11-22 (every commit's date that day, its authors'
    dates from 2021-01-20 on: `git rebase --root`, filter-branch; adoption 8): its 7 texts were each said as 'replaced
    the same day … by …'s text', as if edited that day, and 1 version imported without a word of why. The import
    still cannot tell from such commits when each text reached the site, and says so, with the authors' days and
    what to import instead."""
    old = old_site(tmp_path / "old", [("2021-01-20T10:00:00+00:00", "", "One."),
                                      ("2021-02-08T10:00:00+00:00", "", "Two."),
                                      ("2022-04-05T10:00:00+00:00", "", "Three.")])
    git(old, "rebase", "-q", "--root", "--force-rebase", date="2022-11-22T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2022-11-22", "Three.")]
    assert "privacy.md: its 3 commits are all dated November 22, 2022, their authors' dates January 20, 2021 to April 5, 2022: " \
        "the branch's history was rewritten that day (git rebase --root, filter-branch), and its commits do not say when " \
        "each text reached the old site: the last is imported from that day; import the earlier ones as files named " \
        "by the days the old site showed them (its pages in the Wayback Machine), if it did" in out, out


def test_what_the_import_of_an_old_site_s_history_left_out_is_said_in_french(initialized, tmp_path, capsys, monkeypatch):
    """The lines `policy import --git` says of the texts it leaves out (an emptied file, the same text again, a draft)
    are said in the site's language: French where its messages are French."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One.")])
    for when, text in (("2021-02-01", ""), ("2021-02-03", page("January 5, 2021", "One.")),
                       ("2021-04-01", "---\ndraft: true\n---\n" + page("", "A draft.")),
                       ("2021-05-01", page("", "Two."))):
        (old / "privacy.md").write_text(text, encoding="utf-8")
        git(old, "commit", "-q", "-am", when, date=f"{when}T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    monkeypatch.setenv("POLICY_MESSAGES", "fr")
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-01-05", "One."), ("2021-05-01", "Two.")]
    one, emptied, back, draft, _two = git(old, "log", "--reverse", "--format=%h").split()
    assert f"privacy.md au commit {emptied} (commité le 1er février 2021)\u00a0: vide, sans texte\u00a0: omis" in out, out
    assert (f"privacy.md au commit {back} (commité le 3 février 2021)\u00a0: de nouveau le même texte que celui de {one}\u00a0: pas "
            "de nouvelle version") in out, out
    assert (f"privacy.md au commit {draft} (commité le 1er avril 2021)\u00a0: son en-tête en fait un brouillon (`draft: true`, "
            "`published: false`), que l'ancien site n'a pas publié\u00a0: omis") in out, out


def test_a_jekyll_pages_site_settings_are_the_words_its_commit_s_config_gave(initialized, tmp_path, capsys):
    """Adopt38 (session 49's leftover): a Jekyll page writing `{{ site.email }}` (its `_config.yml`'s) and
    `{{ mail }}` (a `{% capture %}` above its text): each was left as written, refused by `policy check`, the
    capture's words shown where they were set. Each text has the words of its own commit's `_config.yml`, said."""
    old = tmp_path / "old"
    (old / "_pages").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    body = ("---\ntitle: Privacy\n---\n{% capture mail %}dpo@example.com{% endcapture %}\n\n# Privacy\n\n"
            "Write to {{ mail }} or {{ site.email }}.\n\nLast updated: {day}\n")
    for when, day, email in [("2024-03-10T10:00:00+00:00", "March 1, 2024", "hello@example.com"),
                             ("2024-06-20T10:00:00+00:00", "June 1, 2024", "contact@example.com")]:
        (old / "_config.yml").write_text(f"title: Example\nemail: {email}\n", encoding="utf-8")
        (old / "_pages" / "privacy.md").write_text(body.replace("{day}", day), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site, out, (first, second) = imported_texts(tmp_path, capsys, old / "_pages" / "privacy.md", initialized)
    assert "\nWrite to dpo@example.com or hello@example.com.\n" in first and "capture" not in first, first
    assert "\nWrite to dpo@example.com or contact@example.com.\n" in second, second
    assert "wrote {{ site.email }} as the words the old site filled in, its settings' (`_config.yml`) email: " \
        "“contact@example.com”" in out, out


def test_an_eleventy_pages_global_data_expressions_are_the_words_its_data_files_gave(initialized, tmp_path, capsys):
    """Adoption 15 of session 37: an Eleventy site's privacy page (`src/pages/privacy.md`) writes its controller's
    address and e-mail with `{{ personal.address }}` and `{{ personal.email }}`, which Eleventy fills in from the
    site's global data (`src/_data/personal.yaml`): each of its versions was imported with the expressions as written,
    each refused by `policy check` (editorial.template). Each text has the words of its own commit's data file, said;
    an expression no data file gives (a JavaScript data file, `meta.js`, is not run) stays, said as before."""
    old = tmp_path / "old"
    (old / "src" / "pages").mkdir(parents=True)
    (old / "src" / "_data").mkdir()
    git(old, "init", "-q", "-b", "main")
    body = ("---\ntitle: Privacy\n---\n\n# Privacy\n\nThe controller is {{ personal.address }}.\n\nWrite to "
            "{{ personal.email }} or {{ meta.phone }}.\n\nLast updated: {day}\n")
    for when, day, address in [("2024-03-10T10:00:00+00:00", "March 1, 2024", "Example Ltd, 1 Main St, Lyon"),
                               ("2024-06-20T10:00:00+00:00", "June 1, 2024", "Example SAS, 2 Rue Haute, Nantes")]:
        (old / "src" / "_data" / "personal.yaml").write_text(f"address: {address}\nemail: dpo@example.com\n",
                                                             encoding="utf-8")
        (old / "src" / "_data" / "meta.js").write_text("export const phone = '+33 1 23 45 67 89';\n", encoding="utf-8")
        (old / "src" / "pages" / "privacy.md").write_text(body.replace("{day}", day), encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", f"privacy {when}", date=when)
    site, out, (first, second) = imported_texts(tmp_path, capsys, old / "src" / "pages" / "privacy.md", initialized)
    assert "\nThe controller is Example Ltd, 1 Main St, Lyon.\n\nWrite to dpo@example.com or {{ meta.phone }}.\n" \
        in first, first
    assert "\nThe controller is Example SAS, 2 Rue Haute, Nantes.\n" in second, second
    assert "wrote {{ personal.address }} as the words the old site filled in, its global data's (`_data/`): “Example " \
        "Ltd, 1 Main St, Lyon”" in out, out
    assert "template code {{ meta.phone }}" not in out and "Liquid template" not in out, out  # said once, below
    assert out.count("left {{ meta.phone }} as written: its words were given by src/_data/meta.js") == 2, out
