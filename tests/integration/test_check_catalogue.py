"""A catalogue of defects, each a mutation of the real pages: exact findings, and a failing strict build."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from helpers import FROZEN, copy_project, forget_readings
from policysite import checks

TODAY = dt.date(2026, 11, 26)
EN, FR = "docs/en/index.md", "docs/fr/index.md"



def _section(file: str, start: str, end: str) -> str:
    """The text of a real page from the heading `start` up to the heading `end`."""
    text = (FROZEN / file.removeprefix("docs/")).read_text(encoding="utf-8")
    return text[text.index(start):text.index(end)]


def _swap_sections(file: str, first: str, second: str, end: str) -> tuple[str, str]:
    """(old, new) texts that swap two consecutive sections of a real page."""
    return _section(file, first, end), _section(file, second, end) + _section(file, first, second)


# (id, file, old, new, [(rule, text identifying the line in the mutated file)])
# A line text of "^" means line 1; other texts are the start of the line the finding must name.
CATALOGUE = [
    ("section missing", EN, _section(EN, "### 14.1 ", "### 14.2 "), "",
     [("sync.section-missing", "### 14.2 "), ("structure.number-skipped", "### 14.2 ")]),
    ("section extra", EN, "## 13. Transfer", "### 12.4 A synthetic extra section\n\nSynthetic text.\n\n## 13. Transfer",
     [("sync.section-extra", "### 12.4 ")]),
    ("paragraphs merged", EN, "in this area.\n\nAdditional information may be provided", "in this area. Additional "
     "information may be provided", [("sync.paragraphs", "A client implementing")]),
    ("paragraph split", EN, "Automatic backup of the data", "Automatic backup\n\nof the data",
     [("sync.paragraphs", "Although we strive")]),
    ("list item lost", EN, "- use reliable protection mechanisms to protect data against malicious attacks;\n", "",
     [("sync.list-items", "- put in place contractual")]),
    ("list item added", EN, "- use encryption algorithms", "- a synthetic extra item;\n- use encryption algorithms",
     [("sync.list-items", "- put in place contractual")]),
    ("nesting lost", EN, "    - Percentage of interactions", "- Percentage of interactions",
     [("sync.list-nesting", "- Percentage of interactions")]),
    ("link target changed", EN, "<https://www.cnil.fr/fr/la-protection-des-donnees-dans-le-monde>",
     "[https://www.cnil.fr/fr/la-protection-des-donnees-dans-le-monde](https://example.test/elsewhere)",
     [("editorial.link-text", "- in a country"), ("sync.links", "- in a country")]),
    ("e-mail target changed", EN, "[dpo@dial-once.com](mailto:dpo@dial-once.com).\n\n## 21.",
     "[dpo@dial-once.com](mailto:someone@example.test).\n\n## 21.",
     [("editorial.link-text", "If you have any questions, comments or suggestions regarding"),
      ("sync.emails", "If you have any questions, comments or suggestions regarding")]),
    ("e-mail replaced", EN, "e-mail at [privacy@dial-once.com](mailto:privacy@dial-once.com)",
     "e-mail at [contact@example.test](mailto:contact@example.test)", [("sync.emails", "If you have any questions,")]),
    ("phone number added", EN, "DialOnce, 58 avenue de Wagram", "DialOnce, telephone +33 1 23 45 67 89, 58 avenue de Wagram",
     [("sync.phones", "This Policy applies in particular")]),
    ("street number changed", EN, "DialOnce, 58 avenue", "DialOnce, 85 avenue",
     [("sync.numbers", "This Policy applies in particular")]),
    ("percentage changed", EN, "or 100% impregnable", "or 99% impregnable", [("sync.numbers", "Although we strive")]),
    ("date changed", EN, "applicable from 25 May 2018", "applicable from 25 May 2019",
     [("sync.dates", "The General Data Protection Regulation of")]),
    ("article reference changed", EN, "Articles 45", "Articles 44", [("sync.articles", "Whether within Europe")]),
    ("defined term not bold", EN, "“**User**” means", "“User” means", [("sync.defined-terms", "## 5. ")]),
    ("defined term not used", EN, "to a User identifiable by DialOnce", "to a user identifiable by DialOnce",
     [("sync.defined-term-use", "### 7.2 ")]),
    ("translation dated differently", EN, "date: 2021-02-17", "date: 2021-02-16", [("sync.date", "date:")]),
    ("date not a date", EN, "date: 2021-02-17", "date: 2021-02-30",
     [("frontmatter.date-invalid", "date:")]),
    ("date in the future", FR, "date: 2021-02-17", "date: 2099-01-01",
     [("frontmatter.date-future", "date:"), ("sync.date", "date:")]),
    ("date missing", EN, "date: 2021-02-17\n", "description: synthetic\n", [("frontmatter.date-missing", "^")]),
    ("front matter missing", EN, "---\ndate: 2021-02-17\n---\n", "", [("frontmatter.missing", "^")]),
    ("heading without number", EN, "### 14.1 Disclosure with explicit consent", "### Disclosure with explicit consent",
     [("structure.unnumbered-heading", "### Disclosure with explicit"), ("sync.section-missing", "### 14.2 "),
      ("sync.section-extra", "### Disclosure with explicit"), ("structure.number-skipped", "### 14.2 ")]),
    ("heading level wrong", EN, "#### 7.3.1 As controller", "### 7.3.1 As controller",
     [("structure.level", "### 7.3.1 ")]),
    ("section renumbered", EN, "### 14.1 Disclosure with explicit consent", "### 14.9 Disclosure with explicit consent",
     [("structure.number-skipped", "### 14.9 "), ("sync.section-missing", "### 14.2 "),
      ("sync.section-extra", "### 14.9 "), ("structure.number-order", "### 14.2 "),
      ("structure.number-order", "### 14.3 "), ("structure.number-order", "### 14.4 ")]),
    ("sections swapped", EN, *_swap_sections(EN, "### 14.1 ", "### 14.2 ", "### 14.3 "),
     [("structure.number-skipped", "### 14.2 "), ("structure.number-order", "### 14.1 "),
      ("sync.section-order", "### 14.1 ")]),
    ("misspelled word", EN, "Automatic backup of the data", "Automatic backup of the dta",
     [("spelling.unknown-word", "Automatic backup")]),
    ("misspelled French word", FR, "Une sauvegarde automatique des données", "Une sauvegarde automatiqe des données",
     [("spelling.unknown-word", "Une sauvegarde"), ("sync.outdated", "## 15. ")]),
    ("doubled word", EN, "Automatic backup of the data", "Automatic backup of the the data",
     [("editorial.doubled-word", "Automatic backup")]),
    ("brand misspelled", EN, "Automatic backup of the data", "Automatic Dial-Once backup of the data",
     [("editorial.brand", "Automatic")]),
    ("script in the page", EN, "Automatic backup of the data", "Automatic backup <script>alert()</script> of the data",
     [("editorial.html", "Automatic backup")]),
    ("iframe block", EN, "## 16.", "<iframe src=\"https://example.test/\"></iframe>\n\n## 16.",
     [("editorial.html", "<iframe")]),
    ("event handler", EN, "Automatic backup of the data", "Automatic <span onclick=\"steal()\">backup</span> of the data",
     [("editorial.html", "Automatic")]),
    ("javascript link", EN, "Automatic backup of the data", "Automatic [backup](javascript:alert()) of the data",
     [("editorial.html", "Automatic")]),
    ("french edited, english not", FR, "Une sauvegarde automatique des données", "Une sauvegarde quotidienne des données",
     [("sync.outdated", "## 15. ")]),
]


@pytest.fixture
def readings_forgotten(request):
    """conftest's `readings_forgotten`, but for the catalogue's defects: each goes on from the readings the one before
    it kept (the pages' parses and words of the frozen text it left as it was), as one `policy check` after another in
    the same process would, rather than reading both pages afresh (0.38 s of CPU a defect, 0.2 s so: some 6 s for the
    catalogue). A defect's findings are a function of the texts whatever is kept: a mutated page is a text no defect
    before it read, and test_the_frozen_pages_have_no_finding still reads the pages as a new process does."""
    if request.node.originalname != test_defect_gives_exactly_the_expected_findings_and_its_family_fails_a_strict_build.__name__:
        forget_readings()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's site sources (not a git repo: the translation record alone decides staleness)."""
    return copy_project(tmp_path)


def expected_line(text: str, start: str) -> int:
    if start == "^":
        return 1
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_the_frozen_pages_have_no_finding(tmp_path):
    assert checks.check_project(root=copy_project(tmp_path / "project"), today=TODAY) == []


def test_catalogue_has_at_least_25_distinct_defects():
    assert len({case[0] for case in CATALOGUE}) >= 25
    assert len({rule for case in CATALOGUE for rule, _ in case[4]}) >= 20


def _one_per_family() -> set[str]:
    """The first defect of each family of rules (structure, sync, spelling …): those also run a strict
    build, which shows the build's hooks report what `policy check` reports (one build is 0.6 s)."""
    seen: dict[str, str] = {}
    for name, _file, _old, _new, expected in CATALOGUE:
        seen.setdefault(expected[0][0].split(".")[0], name)
    return set(seen.values())


STRICT_BUILD = _one_per_family()


@pytest.mark.parametrize("name, file, old, new, expected", CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_defect_gives_exactly_the_expected_findings_and_its_family_fails_a_strict_build(project, name, file, old, new, expected):
    page = project / file
    text = page.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"mutation {name!r} does not apply"
    mutated = text.replace(old, new)
    page.write_text(mutated, encoding="utf-8")

    findings = checks.check_project(root=project, today=TODAY)
    got = [(f.path, f.rule, f.line) for f in findings]
    target = EN if any(r.startswith("sync.") for r, _ in expected) else file
    want = sorted((target if rule.startswith("sync.") else file, rule, expected_line(
        (project / (target if rule.startswith("sync.") else file)).read_text(encoding="utf-8"), start))
        for rule, start in expected)
    assert sorted(got) == want, "\n".join(map(str, findings))
    for finding in findings:
        assert re.match(r"^docs/(fr|en)/index\.md:\d+: \[[a-z-]+\.[a-z-]+\] \S", str(finding))

    if name not in STRICT_BUILD:
        return
    config_file = "mkdocs.en.yml" if any(path == EN for path, _, _ in got) else "mkdocs.yml"
    config = load_config(str(project / config_file), site_dir=str(project / "site"), strict=True)
    with pytest.raises(Abort, match=r"Aborted with \d+ warnings? in strict mode"):
        mkdocs_build(config)


def test_a_reader_that_stops_reading_the_findings_ends_the_command_without_a_word(project: Path):
    """Adoption hunt 26: `policy check | head` ended with "error: [Errno 32] Broken pipe" (exit 2) once head had
    its lines; a command whose output nobody reads any more stops as others do, silent (exit 141, SIGPIPE's)."""
    import subprocess
    import sys

    page = project / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n" + "\n\n".join(["Vos données données sont protégées."] * 3000)
                    + "\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "policysite.cli", "--root", str(project), "check"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `head -1` does once it has its line
    said = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 141, said
    assert first.startswith(b"docs/") and said == ""


def test_a_page_committed_as_a_git_lfs_pointer_is_said_so(project):
    """History hunt 33: a page git stores in LFS (`filter=lfs`) is a pointer in every commit the gate reads: it was
    judged as a text, with six findings of a page without a title, sections or known words ("oid")."""
    (project / EN).write_bytes(b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"4d" * 32
                               + b"\nsize 12345\n")
    findings = checks.check_project(root=project, today=TODAY)
    assert [(f.path, f.line, f.rule) for f in findings] == [(EN, 1, "source.lfs")]
    assert "Git LFS pointer" in findings[0].message and "`git lfs untrack`" in findings[0].message


@pytest.mark.parametrize("file", [FR, EN])
def test_a_page_saved_in_latin_1_is_said_once_where_it_is(project, file):
    """Texts 29: the French page saved in Latin-1 (Windows-1252, as Word saves "Texte") gave its `source.encoding`
    finding, and a `sync.numbering` finding on the English page ("the English text numbers its headings, the French
    one does not"): the French page unread has no heading. One error, said once, on the page that has it; the
    translation is compared again once both are read."""
    page = project / file
    page.write_bytes(page.read_text(encoding="utf-8").encode("cp1252", "replace"))
    findings = checks.check_project(root=project, today=TODAY)
    assert [(f.path, f.rule) for f in findings] == [(file, "source.encoding")], "\n".join(map(str, findings))


def test_check_refuses_a_page_in_a_submodule_as_publishing_does(tmp_path):
    """`policy check` read a submodule's page on disk and passed it; publishing found another repository's commit
    there and refused it: the pull request's checks and the publication now say the same."""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "en" / ".git").write_text("gitdir: ../../.git/modules/docs/en\n", encoding="utf-8")
    found = checks.check_project(root=project, today=TODAY)
    linked = {f.path: f.message for f in found if f.rule == "source.symlink"}
    assert sorted(linked) == ["docs/en/.translated-from.yml", "docs/en/.words.txt", "docs/en/index.md"], found
    assert "the policy page is a symbolic link, in a submodule or outside the project" in linked["docs/en/index.md"]
