"""The gate on `policy history`: versions judged at their own commit, exceptions recorded in unpublished.yml,
and bad input that ends in one `error:` line, never a traceback, with nothing lost."""
from __future__ import annotations

import json
import re

import pytest

from helpers import git, policy_process
from policy_repo import (
    commit_on_branch,
    copy_of,
    en_page,
    fr_page,
    history_first,
    history_two,
    made_once,
    new_project,
    publish_first,
)
from policysite import publish, verify

pytestmark = pytest.mark.usefixtures("commands_in_process")  # but the one test about the process, which says so


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def first_published(tmp_path_factory):
    """2021-02-17 committed and published by `policy history`: made once for the run, copied by `published`."""
    return made_once(tmp_path_factory, history_first)


@pytest.fixture(scope="module")
def first_two_published(tmp_path_factory):
    """2021-02-17 and 2022-03-01 committed and published by `policy history`: made once for the run, copied by
    `two_published`."""
    return made_once(tmp_path_factory, history_two)


@pytest.fixture(scope="module")
def first_three_published(tmp_path_factory):
    """2021-01-01, 2022-01-01 and 2023-01-01 committed and published by `policy history`: made once, copied by
    `three_published`."""
    def make(project, _folder):
        project.commit("2021-01-01")
        project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
        project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
        assert project.history().published == ["2021-01-01", "2022-01-01", "2023-01-01"]
    return made_once(tmp_path_factory, make)


@pytest.fixture(scope="module")
def first_two_of_three(tmp_path_factory):
    """2021-01-01 and 2022-01-01 committed and published by `policy history` (the first two of `first_three_published`):
    made once, copied by `two_of_three`."""
    def make(project, _folder):
        project.commit("2021-01-01")
        project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
        assert project.history().published == ["2021-01-01", "2022-01-01"]
    return made_once(tmp_path_factory, make)


@pytest.fixture
def two_of_three(first_two_of_three, tmp_path, monkeypatch):
    """The project with 2021-01-01 and 2022-01-01 published by `policy history` (a copy of the module's)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return copy_of(first_two_of_three, tmp_path / "project")


@pytest.fixture(scope="module")
def first_run_published(tmp_path_factory):
    """2021-02-17 committed and published by `policy publish`: made once for the run, copied by the tests that go on
    from there."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture
def three_published(first_three_published, tmp_path, monkeypatch):
    """The project with 2021-01-01, 2022-01-01 and 2023-01-01 published by `policy history` (a copy of the module's)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return copy_of(first_three_published, tmp_path / "project")


@pytest.fixture
def published(first_published, tmp_path, monkeypatch):
    """The project with 2021-02-17 published by `policy history` (a copy of the module's: the test may change it)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return copy_of(first_published, tmp_path / "project")


@pytest.fixture
def two_published(first_two_published, tmp_path, monkeypatch):
    """The project with 2021-02-17 and 2022-03-01 published by `policy history` (a copy of the module's)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return copy_of(first_two_published, tmp_path / "project")


def test_history_refuses_a_future_date_and_an_outdated_translation_until_recorded(project):
    project.commit("2021-02-17")
    future = project.commit("2098-01-01", fr="Texte daté du futur.", en="Text dated in the future.")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    # French changes, English does not: the translation is outdated at this commit.
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2023-05-10", "Texte changé en français."),
                                                           encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(en_page("2023-05-10", "Second text."), encoding="utf-8")
    outdated = project.commit_all("French only")
    project.commit("2024-06-01", fr="Quatrième texte.", en="Fourth text.")
    result = project.run("history")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: 2098-01-01 (commit {future[:7]})" in result.stderr and "[frontmatter.date-future]" in result.stderr
    assert f"error: 2023-05-10 (commit {outdated[:7]})" in result.stderr and "[sync.outdated]" in result.stderr
    assert "Traceback" not in result.stderr
    assert project.branch() is None  # a failed command publishes nothing
    (project.root / "unpublished.yml").write_text(
        f"- commit: {future[:10]}\n  reason: committed with a wrong date, replaced by 2022-03-01\n"
        f"- commit: {outdated}\n  reason: the English was brought in line in the next version\n", encoding="utf-8")
    project.commit_all("record the versions never published")
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "never published, as unpublished.yml records" in result.stdout
    assert [v["version"] for v in json.loads(project.show("fr/versions.json"))] == ["2024-06-01", "2022-03-01",
                                                                                     "2021-02-17"]


def test_a_languages_theme_strings_of_the_projects_own_are_refused_before_anything_renders(project):
    """A language's theme strings are what `policy init` writes, byte for byte: a template reaching for Python
    there (or words of its own) is refused by the checks, before the build renders anything (the sandbox the
    build renders in is tested apart: tests/unit/test_theme_listing.py)."""
    (project.root / "overrides" / "partials" / "languages").mkdir(parents=True)
    (project.root / "overrides" / "partials" / "languages" / "fr.html").write_text(
        "{{ cycler.__init__.__globals__.os.getcwd() }}"
        '{% import "partials/languages/en.html" as base %}{% macro t(key) %}{{ base.t(key) }}{% endmacro %}',
        encoding="utf-8")
    project.commit("2021-02-17")
    for command in ("check", "history"):
        result = project.run(command)
        out = result.stdout + result.stderr
        assert result.returncode == 1 and "overrides/partials/languages/fr.html is not the theme strings `policy " \
            "init` writes" in out, out
        assert "Traceback" not in out and project.branch() is None


@pytest.mark.parametrize(("name", "text"), [
    # the notice of an archived version saying it is in force (security hunt 13, finding 11)
    ("partials/policy-archived.html", "Cette version est en vigueur et s’applique à tous nos utilisateurs."),
    # the site's root page holding words of its own and sending readers elsewhere a day later (finding 10)
    ("policy-redirect.html", '<meta http-equiv="refresh" content="86400; url=fr/2021-02-17/">'
                             "<p>En utilisant nos services, vous acceptez que nous vendions vos données.</p>"),
    ("404.html", "{% extends 'main.html' %}{% block content %}Nous vendons vos données.{% endblock %}"),
    # a partial of Material's, overridden: its words would be on every page
    ("partials/footer.html", "<footer>Nous vendons vos données.</footer>"),
])
def test_a_template_of_the_projects_own_is_refused_naming_it(project, name, text):
    """A template writes words around the checked text that no check reads: only the generator's are rendered."""
    template = project.root / "overrides" / name
    template.write_text(text, encoding="utf-8")
    project.commit("2021-02-17")
    for command in ("check", "history"):
        result = project.run(command)
        out = result.stdout + result.stderr
        assert result.returncode == 1 and f"theme.custom_dir: overrides/{name} is a template of the project's own" \
            in out, out
        assert "Traceback" not in out and project.branch() is None


def test_a_configuration_that_would_run_code_or_read_the_environment_is_refused_unread(project, tmp_path,
                                                                                       monkeypatch):
    """MkDocs' own YAML loader runs `!!python/object/apply` and reads `!ENV`: a pull request's mkdocs.yml ran a
    command as `policy check` read it, or put a CI secret into every page."""
    project.commit("2021-02-17")
    marker = tmp_path / "ran"
    config = project.root / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    for line, says in ((f'pwned: !!python/object/apply:os.system ["touch {marker}"]',
                        "!!python/object/apply:os.system is refused"),
                       ("site_description: !ENV [POLICYSITE_SECRET, 'x']", "!ENV is refused")):
        config.write_text(original + line + "\n", encoding="utf-8")
        project.commit_all("configuration")
        for command in ("check", "history"):
            monkeypatch.setenv("POLICYSITE_SECRET", "s3cr3t")
            result = project.run(command)
            assert result.returncode != 0 and says in result.stdout + result.stderr, result.stdout + result.stderr
            assert re.search(r"mkdocs(\.en)?\.yml:\d+: cannot be read", result.stdout + result.stderr)  # its line
            assert "Traceback" not in result.stderr and not marker.exists()
        assert project.branch() is None
        config.write_text(original, encoding="utf-8")
        project.commit_all("back")


def test_an_uncommitted_or_stray_file_is_never_published(project):
    project.commit("2021-02-17")
    (project.root / "docs" / "fr" / "extra.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (project.root / "overrides" / "main.html").write_text("{% extends 'base.html' %}<!-- edited -->", encoding="utf-8")
    assert project.history().published == ["2021-02-17"]
    assert "extra.html" not in "\n".join(project.files())
    assert "<!-- edited -->" not in project.show("fr/2021-02-17/index.html")
    (project.root / "overrides" / "main.html").unlink()
    git(project.root, "checkout", "--", "overrides/main.html")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")  # commits extra.html with it
    outcome = project.history()
    assert outcome.published == [] and "[source.unpublished-file]" in str(outcome.refused[0])


def test_a_symlinked_page_is_refused_with_a_message(project):
    project.commit("2021-02-17")
    (project.root / "docs" / "en" / "notes.md").symlink_to("../../.git/config")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    result = project.run("history")
    assert result.returncode == 1 and "[source.symlink]" in result.stderr and "Traceback" not in result.stderr
    assert project.branch() is None  # nothing published: 2021-02-17 waits for the refused version
    git(project.root, "rm", "-q", "docs/en/notes.md")
    project.commit("2022-03-02", fr="Deuxième texte.", en="Second text.")
    (project.root / "unpublished.yml").write_text(f"- commit: {git(project.root, 'rev-parse', 'HEAD~1').strip()}\n"
                                                  "  reason: a symbolic link\n", encoding="utf-8")
    project.commit_all("record it")
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[core]" not in "\n".join(project.show(path) for path in project.files() if path.endswith(".html"))


def test_check_never_reads_a_symlinked_word_list_or_record_into_its_findings(project):
    """`policy check` on a pull request's tree: a word list linked to `.git/config` quoted the checkout's token
    (hunt 9: f_check_symlink_words)."""
    project.commit("2021-02-17")
    git(project.root, "config", "--local", "http.https://example.test/.extraheader", "AUTHORIZATION: basic c2VjcmV0")
    for lang, name in (("fr", ".words.txt"), ("en", ".translated-from.yml")):
        target = project.root / "docs" / lang / name
        target.unlink(missing_ok=True)
        target.symlink_to("../../.git/config")
    result = project.run("check")
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "AUTHORIZATION" not in out and "extraheader" not in out, out
    assert "docs/fr/.words.txt:1: [source.symlink]" in out and "docs/en/.translated-from.yml:1: [source.symlink]" in out


def test_export_and_diff_follow_no_symbolic_link_of_the_project(published, tmp_path):
    """A committed `public` link had the export written wherever it pointed; a linked page was compared as a page
    with every section deleted (hunt 9: f_export_symlink, f_diff_symlink_page)."""
    project = published  # 2021-02-17 published by `policy history`
    (project.root / "public").symlink_to(tmp_path / "elsewhere")
    result = project.run("export", "--site-dir", str(project.root / "public"))
    assert result.returncode == 1 and "a symbolic link (or inside one) in the project" in result.stderr
    assert not (tmp_path / "elsewhere").exists()
    page = project.root / "docs" / "fr" / "index.md"
    page.unlink()
    page.symlink_to("../../.git/config")
    result = project.run("diff", "latest", "worktree")
    assert result.returncode == 2 and "docs/fr/index.md: the policy page is a symbolic link" in result.stderr, \
        result.stdout + result.stderr


def test_compiled_python_in_a_folder_the_build_reads_is_refused(project):
    """An unchecked hash-based pyc beside the hooks ran instead of their checked source once `hooks/` was read
    as a theme or font folder (hunt 9: f_hook_pyc_exec)."""
    project.commit("2021-02-17")
    cache = project.root / "hooks" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "policy.cpython-311.pyc").write_bytes(b"\x00" * 16)
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("    company:", "    pdf_fonts: [hooks]\n    company:", 1),
                      encoding="utf-8")
    git(project.root, "add", "-f", "-A")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    result = project.run("history")
    assert result.returncode == 1 and "hooks/__pycache__/policy.cpython-311.pyc: Python code" in result.stderr, \
        result.stdout + result.stderr
    assert project.branch() is None


def test_the_folder_of_compiled_hooks_goes_with_the_process(project, tmp_path, monkeypatch):
    """Each process compiled the hooks into a folder of its own and left it behind: 1,580 in /tmp after a day."""
    project.in_process = False  # (the folder goes when the process ends: run in a process of its own)
    project.commit("2021-02-17")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    result = project.run("build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(scratch.iterdir()) == []


def test_a_refused_preview_build_names_every_language_s_findings(project, tmp_path):
    """Adoption hunt 11, f_build_strict_silent: `policy build` said only "Aborted with 1 warnings in strict mode!"."""
    project.write("2021-02-17", fr="Nous traitons vos donnéez.", en="We process your dataz.")
    result = project.run("build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Aborted" not in result.stderr and "the build stopped at" in result.stderr, result.stderr
    assert "French (fr): docs/fr/index.md:" in result.stderr and "“donnéez”" in result.stderr, result.stderr
    assert "English (en): docs/en/index.md:" in result.stderr and "“dataz”" in result.stderr, result.stderr


def test_a_preview_build_passes_the_output_check_a_publication_passes(project, tmp_path, monkeypatch):
    """Safety hunt 39: `policy build` ("a deployable tree") wrote a page holding `<span id="__config">` (Material then
    reads its configuration from the text's words), which `policy publish` refused by its output check alone; the
    build now runs that check too (the text's checks, which say it as well since, are left out here), stops naming it
    and leaves no such page."""
    from policysite import background, build

    class NoChecks:  # the hooks' checks of the text, beside the build: none, so that the output check alone judges
        def __init__(self, **_where: object) -> None:
            pass

        def result(self) -> list:
            return []

        def cancel(self) -> None:
            pass

    monkeypatch.setattr(background, "Checks", NoChecks)
    project.write("2021-02-17", fr='Nous traitons vos <span id="__config">données</span>.',
                  en='We process your <span id="__config">data</span>.')
    with pytest.raises(build.SiteRefused) as refused:
        build.build_site(root=project.root, site_dir=tmp_path / "site")
    assert "French (fr): index.html (in #s2): <span id=“__config”>: ids starting with __ are the theme's own" in str(refused.value)
    assert not list((tmp_path / "site").rglob("index.html")), list((tmp_path / "site").rglob("*"))


def test_a_page_titled_in_its_front_matter_shows_that_title(project, tmp_path):
    """Adoption hunt 11, f_frontmatter_title_not_shown: the heading was the site's name, not the text's title."""
    project.write("2021-02-17")
    for lang, title in (("fr", "Confidentialité & données"), ("en", "Privacy & data")):
        page = project.root / "docs" / lang / "index.md"
        text = page.read_text(encoding="utf-8")
        heading = text.split("\n# ", 1)[1].split("\n", 1)[0]
        page.write_text(text.replace(f"\n# {heading}\n", "\n").replace("---\n\n", f"title: {title}\n---\n\n", 1),
                        encoding="utf-8")
    result = project.run("build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Confidentialité &amp; données</h1>" in page, page[:3000]


def test_a_new_version_recorded_as_imported_gets_every_check_when_published(project, monkeypatch):
    """Security hunt 11, f_imported_record_bypass: a pull request recorded its own new text in imported.yml, which
    turned its misspellings into warnings, and it was published. (An archived text dated in the past, imported
    after a first publication, stays one: regression hunt 12, f_imported_second_batch.)"""
    import datetime as dt

    from policysite import clock, imported
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 1, 1))
    project.commit("2021-02-17")
    assert project.history().published == ["2021-02-17"]
    project.write("2024-01-01", fr="Nous traitons vos donées.", en="We process your dataz.")  # the day committed
    entries = [{"lang": lang, "date": "2024-01-01", "source": "old-site.html",
                "sha256": imported.digest((project.root / "docs" / lang / "index.md").read_bytes())}
               for lang in ("fr", "en")]
    (project.root / "imported.yml").write_text(imported.render(entries), encoding="utf-8")
    project.commit_all("2024-01-01, recorded as imported")
    tip = project.branch()
    outcome = project.history()
    assert [r.version for r in outcome.refused] == ["2024-01-01"] and project.branch() == tip
    rules = {f.rule for r in outcome.refused for f in r.findings}
    # its entry softens nothing: its text took effect after the one the site published, which it replaced
    # (imported.produced, safety77): it gets every check, its misspellings refused (source.imported said so before)
    assert "spelling.unknown-word" in rules, rules


def test_check_configuration_holds_the_working_trees_configuration_to_the_rules_alone(project):
    """Security hunt 11 (notes): `make preview` ran `mkdocs serve` with the working tree's hooks unchecked."""
    project.write("2021-02-17", fr="Nous traitons vos donnéez.", en="We process your dataz.")  # text findings
    assert project.run("check", "--configuration").returncode == 0
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/extra.py\n", 1),
                      encoding="utf-8")
    result = project.run("check", "--configuration")
    assert result.returncode == 1 and "hooks/extra.py is not one of the generator's" in result.stderr, result.stderr


def test_a_translation_record_committed_after_its_text_belongs_to_that_version(project):
    """Regression hunt 12, f_syncmark_separate_commit: `history` built each version from its text's commit, before the
    record confirming its translation was committed: a fresh branch or a rebuild refused it (sync.record-missing)."""
    from policy_repo import en_page, fr_page
    from policysite import cli
    for date, fr, en in (("2021-02-17", "Texte un.", "Text one."), ("2022-03-01", "Texte deux.", "Text two.")):
        (project.root / "docs/fr/index.md").write_text(fr_page(date, fr), encoding="utf-8")
        (project.root / "docs/en/index.md").write_text(en_page(date, en), encoding="utf-8")
        project.commit_all(f"policy {date}")
        assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
        project.commit_all(f"translation of {date} confirmed")
    outcome = project.history()
    assert outcome.published == ["2021-02-17", "2022-03-01"] and not outcome.refused
    assert project.history(rebuild=True).published == ["2021-02-17", "2022-03-01"]


def test_check_names_a_file_beside_the_page_that_publishing_would_refuse(project):
    """Security hunt 12, f_check_misses_publish_refusals: check passed what publish refused (source.unpublished-file);
    a file git ignores (an editor's) is none of the project's."""
    project.commit("2021-02-17")
    (project.root / "docs" / "fr" / "extra.svg").write_text("<svg/>", encoding="utf-8")
    result = project.run("check")
    assert result.returncode == 1 and "docs/fr/extra.svg:1: [source.unpublished-file]" in result.stdout, result.stdout
    (project.root / ".git" / "info" / "exclude").write_text("*.swp\n", encoding="utf-8")
    (project.root / "docs" / "fr" / "extra.svg").unlink()
    (project.root / "docs" / "fr" / ".index.md.swp").write_text("x", encoding="utf-8")
    assert project.run("check").returncode == 0


@pytest.mark.parametrize(("subject", "date", "merge"), [
    ("policy: tidy the archive", "2030-01-01T12:00:00+00:00", False),  # a subject publishing never writes
    ("Update the history, compare and feed pages of 3 dated versions", "2030-01-01T12:00:00+00:00", False),
    # dated before the version it removes, as if it had been an announcement moved (history hunt 19, finding 1A); in
    # the words publishing wrote before session 36, which branches published then still hold
    ("Update the history, compare and feed pages of 3 dated version(s)", "2021-06-01T12:00:00+00:00", False),
    ("Merge remote-tracking branch 'origin/gh-pages' into gh-pages", "2030-01-01T12:00:00+00:00", True),  # 1B
])
def test_a_version_removed_from_the_branch_by_hand_is_named_by_verify_and_rebuild_changes_nothing(
        three_published, subject, date, merge):
    """A hand commit is one whatever its subject, date or parents say (history hunt 13, f_unpublished_subject_bypass:
    "policy …" was taken for a publication's own; hunt 18: so was publishing's own subject; hunt 19: with a date
    before the version's, or in a merge, whose own changes `git log` shows against none of its parents)."""
    project = three_published  # 2021-01-01, 2022-01-01 and 2023-01-01 published by `policy history`
    middle = git(project.root, "rev-parse", "main~1").strip()  # 2022-01-01's commit
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    git(work, "rm", "-rq", "fr/2022-01-01", "en/2022-01-01", "manifest/2022-01-01.json")
    if merge:  # the tree without the version, merging the tip and its parent (a conflict resolved badly)
        tree, head = git(work, "write-tree").strip(), git(work, "rev-parse", "HEAD").strip()
        git(work, "reset", "-q", "--hard", git(work, "commit-tree", tree, "-p", head, "-p", f"{head}~1", "-m", subject,
                                               date=date).strip())
    else:
        git(work, "commit", "-q", "-m", subject, date=date)
    git(project.root, "worktree", "remove", "--force", str(work))
    tip = project.branch()
    result = project.run("verify")
    assert result.returncode == 1, result.stdout + result.stderr
    # said once, by the commit that removed it (histories22): not again as a version of the history absent
    assert (f"2022-01-01 (commit {middle[:7]}): a dated version of the history, before January 1, 2023, is not on "
            "gh-pages") not in result.stdout + result.stderr
    assert (result.stdout + result.stderr).count("2022-01-01: published, then removed from gh-pages by its commit") == 1
    result = project.run("history", "--rebuild")
    assert result.returncode == 1 and "2022-01-01 was published, then removed from gh-pages" in result.stderr, \
        result.stderr
    assert project.branch() == tip  # nothing rebuilt: the pages after the gap keep comparing with it
    if not merge:  # history hunt 33: `policy publish` of a new version went on, publishing on top of the gap
        project.commit("2024-01-01", fr="Texte quatre.", en="Text four.")
        with pytest.raises(publish.PublishError, match="^2022-01-01 was published, then removed from gh-pages by"):
            project.publish()
        assert project.branch() == tip


def test_verify_finds_a_file_named_like_a_version_and_a_source_commit_that_never_was(published):
    project = published
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    (work / "fr" / "2099-12-31").write_text("<p>Politique falsifiée</p>", encoding="utf-8")
    manifest = json.loads((work / "manifest" / "2021-02-17.json").read_text(encoding="utf-8"))
    for entry in manifest["languages"].values():
        entry["source"]["commit"] = "1234567" * 5 + "12345"  # in no history of this full clone
    (work / "manifest" / "2021-02-17.json").write_text(json.dumps(manifest), encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "tamper")
    result = project.run("verify")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "fr/2099-12-31: added (neither in a version nor one of the archive's pages)" in result.stdout
    assert ("fr/2021-02-17: source docs/fr/index.md at 1234567 is not in this repository, a full clone"
            in result.stdout), result.stdout


def test_verify_reads_the_text_of_a_version_another_generator_built_against_its_source(published, monkeypatch):
    """Not rebuilt, a version built by another generator had no check of its text: editing the page and the
    manifest's generator field passed."""
    import hashlib

    project = published
    # an older generator's archive: its publication record names it from the commit that published it on (the branch's
    # history rewritten so, subjects and dates kept)
    monkeypatch.setenv("FILTER_BRANCH_SQUELCH_WARNING", "1")
    older = ("python3 -c \"import json; p = 'manifest/2021-02-17.json'; m = json.load(open(p)); "
             "m['generator']['policysite'] = '0.0.9'; "
             "open(p, 'w').write(json.dumps(m, indent=1, sort_keys=True, ensure_ascii=False) + chr(10))\"")
    git(project.root, "filter-branch", "-f", "--tree-filter", older, "gh-pages")
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    manifest = json.loads((work / "manifest" / "2021-02-17.json").read_text(encoding="utf-8"))
    published = "Publish 2021-02-17 (fr, en) from 0123456789ab"  # as an older generator's own commit says
    result = project.run("verify")
    assert result.returncode == 0 and "its text checked against its source" in result.stderr, result.stderr
    original = (work / "fr" / "2021-02-17" / "index.html").read_text(encoding="utf-8")

    def verify_with(page: str, message: str):
        """The page edited and its digest in the manifest, committed on the branch; verify's outcome."""
        (work / "fr" / "2021-02-17" / "index.html").write_text(page, encoding="utf-8")
        manifest["languages"]["fr"]["files"]["index.html"] = hashlib.sha256(page.encode("utf-8")).hexdigest()
        (work / "manifest" / "2021-02-17.json").write_text(json.dumps(manifest), encoding="utf-8")
        git(work, "commit", "-q", "-am", message)
        return project.run("verify")

    # the text checks, even under a commit titled as publishing's
    result = verify_with(original.replace("Nous traitons", "Nous vendons"), published)
    assert result.returncode == 1, result.stdout
    assert "fr/2021-02-17/index.html: “Nous traitons" in result.stdout and "is not on the page" in result.stdout
    # history hunt 18, High: a sentence added, every word of the source still there
    result = verify_with(original.replace(
        "</article>", "<p>Nous vendons vos données à nos partenaires publicitaires.</p></article>", 1), published)
    assert result.returncode == 1, result.stdout
    assert "fr/2021-02-17/index.html: shows words its source" in result.stdout and "vendons" in result.stdout, \
        result.stdout
    # history hunts 19 and 20, finding 3 and 2: what the text checks do not read (a sentence of the interface's own
    # words, the PDF, the changes page) edited by a hand commit, under any subject (publishing's own too)
    for n, subject in enumerate(("tidy the page", "Rebuild 2021-02-17 (fr, en) from 0123456789ab")):
        result = verify_with(original.replace(
            "</article>", f"<p>Une demande de suppression est impossible{'.' * (n + 1)}</p></article>", 1), subject)
        assert result.returncode == 1 and "2021-02-17: fr/2021-02-17/index.html, manifest/2021-02-17.json changed " \
            "since" in result.stdout, result.stdout


def test_export_refuses_a_folder_that_is_not_its_own(published, tmp_path):
    project = published
    # (the project's own folders: "." and "docs" were the folders of wherever the tests ran, refused as not empty)
    for target in (str(project.root), str(project.root / "docs"), str(tmp_path / "elsewhere")):
        (tmp_path / "elsewhere").mkdir(exist_ok=True)
        (tmp_path / "elsewhere" / "keep.txt").write_text("mine", encoding="utf-8")
        result = project.run("export", "--site-dir", target)
        assert result.returncode == 1 and result.stderr.startswith("error: "), result.stderr
        if target.endswith("docs"):  # history hunt 33: "it holds the project or its repository", of a folder in docs/
            assert "(it is in the repository's .git or the policy's texts, docs/)" in result.stderr, result.stderr
    assert (project.root / "docs" / "fr" / "index.md").exists() and (tmp_path / "elsewhere" / "keep.txt").exists()
    assert project.run("export", "--site-dir", str(tmp_path / "public")).returncode == 0
    assert project.run("export", "--site-dir", str(tmp_path / "public")).returncode == 0  # its own export again


def test_a_versions_text_replaced_on_the_branch_by_another_of_its_date_is_named(two_published):
    """History hunt 20, finding 1: the files of a published version, and its manifest's source, replaced by a hand
    commit with those built from a later commit carrying the same date: verify rebuilt them byte for byte."""
    import hashlib

    project = two_published  # 2021-02-17 and 2022-03-01 published by `policy history`
    first = git(project.root, "rev-parse", "HEAD").strip()
    later = project.commit("2022-03-01", fr="Texte deux, autrement.", en="Text two, otherwise.")
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    path = work / "manifest" / "2022-03-01.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        source = manifest["languages"][lang]["source"]
        source["commit"] = later
        source["sha256"] = hashlib.sha256(git(project.root, "show", f"{later}:docs/{lang}/index.md").encode()).hexdigest()
    path.write_text(json.dumps(manifest), encoding="utf-8")
    git(work, "commit", "-q", "-am", "Rebuild 2022-03-01 (fr, en) from " + later[:12])
    problems = verify.verify(root=project.root).problems
    assert any(p.startswith(f"2022-03-01: published from the text of commit {first[:7]}") and f"now names {later[:7]}"
               in p for p in problems), problems


def _forge(project, version: str, commit: str, *, export_too: bool | int = False) -> None:
    """The manifest of `version` on gh-pages edited by hand to name `commit`'s text with its SHA-256 (a manifest
    consistent with itself); with `export_too`, its policy.json's recorded digest too, and the manifest's digest of
    that file (with 4, the export also says it is written in format 4, a publication's before format 5)."""
    import hashlib

    work = project.root.parent / "forge"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    path = work / "manifest" / f"{version}.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        digest = hashlib.sha256(git(project.root, "show", f"{commit}:docs/{lang}/index.md").encode()).hexdigest()
        manifest["languages"][lang]["source"].update(commit=commit, sha256=digest)
        if export_too:
            export = work / lang / version / "policy.json"
            data = json.loads(export.read_text(encoding="utf-8"))
            data["source"]["sha256"] = digest
            if export_too == 4:  # as a generator before policy.json's format 5 wrote it (its words the same)
                data["format"] = 4
            export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            manifest["languages"][lang]["files"]["policy.json"] = hashlib.sha256(export.read_bytes()).hexdigest()
    path.write_text(json.dumps(manifest), encoding="utf-8")
    git(work, "commit", "-q", "-am", f"Rebuild {version} (fr, en) from {commit[:12]}")
    git(project.root, "worktree", "remove", "--force", str(work))


def test_every_versions_policy_json_is_read_in_one_pass_of_git_each_problem_named_with_its_version(
        three_published, monkeypatch):
    """A rebuild holds every version's manifest to its policy.json on the branch (publish_refusals.refuse_forged): the
    files of the whole archive are read by one `cat-file --batch-check` and one `cat-file --batch` (two a version cost
    some 4 ms of CPU a version), and what is wrong is said of the version and language it is wrong in, as it was."""
    import traceback

    from policysite import branch as branch_state, git, provenance
    from policysite.errors import PublishError
    from policysite.project import opened

    project = three_published
    draft = project.commit("2022-01-01", fr="Texte deux, brouillon jamais publié.", en="Text two, a draft never published.")
    _forge(project, "2022-01-01", draft)
    batches: list[str] = []  # each `cat-file` fed its questions at once (the command's own, kept: git.one_reading)
    real = git._answering

    def counted(folder, batch, names):
        if any(frame.filename.endswith("provenance.py") for frame in traceback.extract_stack()):
            batches.append(batch)
        return real(folder, batch, names)

    with opened(project.root) as opened_project:
        state = branch_state.read_branch(opened_project.repo, branch="gh-pages", remote="origin")
        manifests = [state.manifests[version] for version in sorted(state.manifests)]
        assert [manifest.version for manifest in manifests] == ["2021-01-01", "2022-01-01", "2023-01-01"]
        one_by_one = [line for manifest in manifests for line in provenance.forged(
            opened_project.repo, str(state.base), manifest, base=opened_project.settings.base)]
        monkeypatch.setattr(git, "_answering", counted)
        by_version = provenance.forged_all(opened_project.repo, str(state.base), manifests,
                                           base=opened_project.settings.base)
    assert batches == ["--batch-check=%(objectname)", "--batch"]
    together = [line for manifest in manifests for line in by_version[manifest.version]]
    assert together == one_by_one and [line.split(":")[0] for line in together] == \
        ["2022-01-01 (en)", "2022-01-01 (fr)"]
    assert all(f"names the text of {draft[:7]}" in line and "was built from another text" in line for line in together)
    # `policy history --rebuild` reads them for every version before the first (it asked git twice a version), and
    # refuses the forged one when it reaches it, as it did
    batches.clear()
    tip = project.branch()
    with monkeypatch.context() as patched:
        patched.setattr(git, "_answering", counted)
        with pytest.raises(PublishError) as refused:
            project.history(rebuild=True, jobs=1)
    assert batches == ["--batch-check=%(objectname)", "--batch"]
    assert str(refused.value).startswith(f"2022-01-01 (en): its publication record names the text of {draft[:7]}")
    assert project.branch() == tip


@pytest.mark.parametrize("export_too", [False, True, 4])
def test_a_manifest_naming_a_draft_with_its_digest_is_refused_by_publish_and_rebuild(two_published, export_too):
    """Safety hunt 45, finding 1: a manifest edited on gh-pages with its commit and SHA-256 both a draft's (of the
    published date) is consistent with itself: `policy publish` of the draft said it was "already on gh-pages with
    this text", and `policy history --rebuild` rebuilt the version from the draft, its words then on the site. The
    version's policy.json says what text it was built from (its digest, its words): refused, naming the version."""
    project = two_published
    draft = project.commit("2022-03-01", fr="Texte deux, brouillon jamais publié.", en="Text two, a draft never published.")
    _forge(project, "2022-03-01", draft, export_too=export_too)
    tip = project.branch()
    for args in (("publish",), ("history", "--rebuild")):
        result = project.run(*args)
        assert result.returncode == 1 and result.stderr.startswith("error: 2022-03-01 (en): its publication record names the "
                                                                   f"text of {draft[:7]}"), (args, result.stderr)
        assert "the publication record of 2022-03-01 was edited on gh-pages" in result.stderr and "Traceback" not in result.stderr
        assert ("are another text's" if export_too else "was built from another text") in result.stderr
        assert project.branch() == tip
    assert "brouillon" not in project.show("fr/2022-03-01/index.html")


def test_a_new_version_is_not_compared_with_a_draft_a_forged_manifest_names(two_published):
    """Safety hunt 45, finding 1: the version before a new one forged to name a draft: the new version's changes page,
    its recorded changes and the feed would compare it with the draft's words, never published."""
    project = two_published
    draft = project.commit("2022-03-01", fr="Texte deux, brouillon jamais publié.", en="Text two, a draft never published.")
    _forge(project, "2022-03-01", draft)
    project.commit("2023-04-01", fr="Texte trois.", en="Text three.")
    tip = project.branch()
    for args in (("publish",), ("history",)):
        result = project.run(*args)
        assert result.returncode == 1 and "the publication record of 2022-03-01 was edited on gh-pages" in result.stderr, \
            (args, result.stdout, result.stderr)
        assert project.branch() == tip


@pytest.mark.parametrize("aliases", [
    {"s2": ["2099-12-31.s1"]},  # a dated id of a date no version has: the version selector would follow it
    {"s2": ["md-content", "javascript:alert(1)"]},  # ids of the theme's elements, an address
    {"s2": ['"><img src=x onerror=alert(1)>']},
    {"nosuch": ["s9"]},  # a section the version does not have
])
def test_aliases_edited_into_a_manifest_are_not_carried_into_the_next_version(two_published, aliases):
    """Safety hunt 45, finding 2: the aliases a manifest records (the older ids that land on each section), edited by
    hand on gh-pages, were carried into the next version's page (`<span class="policy-alias" id="md-content">`),
    manifest and the versions after it. They must be those the version's published page has: refused otherwise."""
    project = two_published
    manifest = json.loads(project.show("manifest/2022-03-01.json"))
    for lang in ("fr", "en"):
        manifest["languages"][lang]["aliases"] = aliases
    commit_on_branch(project, {"manifest/2022-03-01.json": json.dumps(manifest, indent=1, sort_keys=True,
                                                                      ensure_ascii=False) + "\n"},
                     "Rebuild 2022-03-01 (fr, en) from 0123456789ab")
    project.commit("2023-04-01", fr="Texte trois.", en="Text three.")
    tip = project.branch()
    for args in (("publish",), ("history",)):
        result = project.run(*args)
        assert result.returncode == 1 and result.stderr.startswith(
            "error: 2022-03-01 (en): the aliases its publication record holds for the next version to carry are not those of "
            "en/2022-03-01/index.html"), (args, result.stderr)
        assert "the publication record of 2022-03-01 was edited on gh-pages" in result.stderr and project.branch() == tip


@pytest.mark.parametrize("edit, with_pages", [
    ({"note": "Nous vendons vos données."}, False),
    ({"sections": "title"}, False),
    ({"previous": "2020-01-01"}, False),
    ({"note": "Nous vendons vos données."}, True),  # in the same commit as an edit of the history page
])
def test_a_change_summary_edited_into_a_manifest_reaches_neither_the_history_page_nor_the_feed(
        two_published, edit, with_pages):
    """Safety hunt 45, finding 4: a manifest's recorded change summary (its note, a section's title), edited by hand on
    gh-pages, was published by the next `policy history` or `policy publish` on the history page and in the feed as
    the archive's own words. It must be the one the version's texts give: refused otherwise, the branch as it was."""
    project = two_published
    work = project.root.parent / "forge"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    path = work / "manifest" / "2022-03-01.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    published = json.loads(json.dumps(manifest["languages"]["fr"]["changes"]))
    for lang in ("fr", "en"):
        changes = manifest["languages"][lang]["changes"]
        if edit.get("sections") == "title":
            assert changes["sections"], changes  # the fixture's second version changes a section
            changes["sections"][0]["title"] = "Nous vendons vos données"
        else:
            changes.update(edit)
    path.write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    if with_pages:
        page = work / "fr" / "history" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<!-- -->\n</body>"), encoding="utf-8")
    git(work, "commit", "-q", "-am", "Update the history, compare and feed pages of 2 dated versions")
    git(project.root, "worktree", "remove", "--force", str(work))
    tip = project.branch()
    result = project.run("history")
    assert result.returncode == 1 and result.stderr.startswith("error: 2022-03-01 (en): the summary of its changes "
                                                               "its publication record holds"), result.stderr
    assert "Nothing was published." in result.stderr and project.branch() == tip
    project.commit("2023-04-01", fr="Texte trois.", en="Text three.")
    for args in (("publish",), ("history",)):
        result = project.run(*args)
        assert result.returncode == 1 and "2022-03-01 (fr): the summary of its changes" in result.stderr, \
            (args, result.stderr)
        assert "the publication record of 2022-03-01 was edited on gh-pages" in result.stderr and project.branch() == tip
    assert project.run("history", "--rebuild").returncode == 0  # the summaries written again from the texts
    assert json.loads(project.show("manifest/2022-03-01.json"))["languages"]["fr"]["changes"] == published


def test_versions_rebuilt_with_a_theme_since_changed_again_are_rebuilt_with_that_theme_by_verify(two_published):
    """History hunt 21, finding 4: after `history --rebuild` with one theme, then another theme change, verify named
    every rebuilt version as edited by hand (its theme neither today's nor its source commit's)."""
    project = two_published  # 2021-02-17 and 2022-03-01 published by `policy history`
    css = project.root / "overrides" / "assets" / "stylesheets" / "policy.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.md-typeset h2 { color: #224466; }\n"
                   "@media (prefers-color-scheme: dark) { .md-typeset h2 { color: #aaccee; } }\n", encoding="utf-8")
    project.commit_all("Headings in the brand's blue (a light blue on the dark scheme)")
    assert project.run("history", "--rebuild").returncode == 0
    css.write_text(css.read_text(encoding="utf-8").replace("#224466", "#113355"), encoding="utf-8")
    project.commit_all("A darker blue")
    assert project.run("history").returncode == 0
    report = verify.verify(root=project.root)
    assert report.problems == [], report.problems


def test_verify_finds_a_page_edited_with_its_manifest_and_files_nobody_wrote(published):
    project = published
    assert project.run("verify").returncode == 0
    page = project.show("fr/2021-02-17/index.html").replace("Nous traitons", "Nous vendons")
    manifest = json.loads(project.show("manifest/2021-02-17.json"))
    import hashlib

    manifest["languages"]["fr"]["files"]["index.html"] = hashlib.sha256(page.encode("utf-8")).hexdigest()
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    (work / "fr" / "2021-02-17" / "index.html").write_text(page, encoding="utf-8")
    (work / "manifest" / "2021-02-17.json").write_text(json.dumps(manifest), encoding="utf-8")
    (work / "extra").mkdir()
    (work / "extra" / "x.html").write_text("<p>x</p>", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "edit")
    result = project.run("verify")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "fr/2021-02-17/index.html: differs from a rebuild of its source commit" in result.stdout
    assert "extra/x.html: on the branch but not written by publishing" in result.stdout
    (work / "manifest" / "2021-02-17.json").write_text("{not json", encoding="utf-8")
    git(work, "commit", "-q", "-am", "break")
    result = project.run("verify")
    assert result.returncode == 1 and "manifest/2021-02-17.json: not a valid manifest" in result.stdout
    assert "Traceback" not in result.stderr


def test_verify_names_a_published_language_dropped_from_the_configuration_once_not_file_by_file(published):
    """History hunt 23: a language taken out of mkdocs.yml had verify list each of its files as "not written by
    publishing" (40 lines a version); the archive is as published, the configuration changed: one line says so."""
    project = published
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      - code: en\n        name: English\n" in text
    config.write_text(text.replace("      - code: en\n        name: English\n", ""), encoding="utf-8")
    project.commit_all("English no longer configured")
    problems = verify.verify(root=project.root).problems
    assert [p for p in problems if p.startswith("en/")] == [
        next(p for p in problems if p.startswith("en/: ") and "files of English, a language of the published versions "
             "that the configuration no longer has: configure it again" in p)], problems
    assert not [p for p in problems if "not written by publishing" in p], problems


@pytest.mark.parametrize("front, rule", [
    ("date: 20210217", "frontmatter.date-invalid"),
    ("date: 2021-W07-3", "frontmatter.date-invalid"),
    ("date: 2021-02-17\ndate: 2021-02-18", "frontmatter.yaml"),
    ("date: 2021-02-17\ntemplate: redirect.html", "frontmatter.key"),
    ("date: 2021-02-17\na: &a [x, x]\nb: [*a, *a]", "frontmatter.yaml"),
])
def test_front_matter_findings_not_tracebacks(project, front, rule):
    project.write("2021-02-17")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2021-02-17", front, 1), encoding="utf-8")
    result = project.run("check")
    assert result.returncode == 1 and f"[{rule}]" in result.stdout and "Traceback" not in result.stderr


@pytest.mark.parametrize("front", ["%FOO x\n--- {date: 2021-02-17}",
                                   "date: 2021-02-17\nsummary: 2021-02-30\n# Opt out at [our form](https://example.org/)"])
def test_a_front_matter_mkdocs_cannot_read_is_refused_not_published_as_the_pages_first_words(project, front):
    """Safety hunt 39: MkDocs reads the front matter with libyaml, which refuses a directive and a day no calendar has
    that the checks' reader takes; it then published the front matter as the page's first words, unchecked (a YAML
    comment there a heading with its link), the page without its date."""
    project.write("2021-02-17")
    for lang in ("fr", "en"):
        page = project.root / "docs" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2021-02-17", front, 1), encoding="utf-8")
    project.commit_all("a front matter only the checks read")
    result = project.run("publish")
    assert result.returncode == 1 and "[render.read-apart] MkDocs, which builds the page, cannot read the front " \
        "matter" in result.stderr and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert project.branch() is None


def test_words_nested_in_marks_that_shrink_them_are_refused(project):
    """Safety hunt 39: `<sub>` within `<sub>`, ten deep, published “and we sell it to brokers” at a sixth of the text's
    size, fine print no reader sees; the checks, the PDF and the redline read it at full size."""
    nested = "<sub>" * 10 + " and we sell it to brokers" + "</sub>" * 10
    project.commit("2021-02-17", fr=f"Nous gardons vos données{nested}.", en=f"We keep your data{nested}.")
    result = project.run("publish")
    assert result.returncode == 1 and "[editorial.html] §2: <sub> inside <sub>: each draws its words smaller" \
        in result.stderr and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert project.branch() is None


def test_words_struck_out_by_marks_drawn_across_them_are_refused(project):
    """Safety hunt 39: combining long strokes published “We do n\u0336o\u0336t\u0336 sell your data” with “not” struck
    out, as the redline shows a deleted word, while every check read it as written."""
    struck = "n\u0336o\u0336t\u0336"
    project.commit("2021-02-17", fr=f"Nous ne vendons {struck} pas vos données.", en=f"We do {struck} sell your data.")
    result = project.run("publish")
    assert result.returncode == 1 and f"[editorial.struck] §2: a mark drawn across the character before it (U+0336) " \
        f"shows “{struck}” struck out" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert project.branch() is None


def test_marks_piled_on_a_character_over_the_lines_around_it_are_refused(project):
    """Safety hunt 39: 150 combining marks after a full stop were published, drawn over the sentences above and below
    it, hiding their words; no word held them, so no check read them."""
    piled = "\u0305\u0304\u0332\u0333\u030d\u030e" * 25
    project.commit("2021-02-17", fr=f"Nous gardons vos données un an.{piled}", en=f"We keep your data one year.{piled}")
    result = project.run("publish")
    assert result.returncode == 1 and "[editorial.stacked] §2: 150 marks piled on “.” (U+0305 …) are drawn above and " \
        "below it" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert project.branch() is None


def test_crlf_bom_and_latin1_pages(project):
    project.write("2021-02-17")
    page = project.root / "docs" / "fr" / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert project.run("check").returncode == 0
    project.commit_all("CRLF and BOM")
    assert project.run("publish").returncode == 0
    page.write_bytes(text.replace("soin", "soin \xe9").encode("latin-1"))
    result = project.run("check")
    assert result.returncode == 1 and "[source.encoding]" in result.stdout and "byte offset" in result.stdout


@pytest.mark.parametrize("setting", ["languages: fr", "page: ../../etc/passwd", "company: [1, 2]"])
def test_wrong_settings_are_one_error_line(project, setting):
    project.write("2021-02-17")
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    key = setting.split(":")[0]
    lines = [line for line in text.splitlines() if line.strip().startswith(f"{key}:")]
    assert lines, key
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    if key == "languages":
        text = text.replace("    languages:\n      - code: fr\n        name: Français\n      - code: en\n        name: English\n",
                            f"{indent}{setting}\n")
    else:
        text = text.replace(lines[0], f"{indent}{setting}", 1)
    config.write_text(text, encoding="utf-8")
    result = project.run("check")
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_a_language_without_its_config_is_one_error_line(project):
    project.write("2021-02-17")
    (project.root / "mkdocs.en.yml").unlink()
    result = project.run("check")
    assert result.returncode == 2 and "mkdocs.en.yml: not found" in result.stderr, result.stderr


def _commit_texts(project, fr: str, en: str, message: str) -> None:
    """Both pages as written (not the fixture's), the translation marked in line, committed."""
    (project.root / "docs" / "fr" / "index.md").write_text(fr, encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(en, encoding="utf-8")
    assert project.run("sync-mark", "en", "--all").returncode == 0
    project.commit_all(message)


def test_an_indented_heading_is_published_as_a_heading_that_its_links_reach(project):
    """A heading after one to three spaces is a heading to CommonMark and to the checks; the published page
    has it as one too (Python-Markdown reads headings from the first column only)."""
    fr = fr_page("2021-02-17").replace("## 2. Données traitées", " ## 2. Données traitées")
    en = en_page("2021-02-17").replace("### 2.1 Retention period", "   ### 2.1 Retention period")
    _commit_texts(project, fr, en, "indented headings")
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert '<h2 id="s2">' in project.show("fr/2021-02-17/index.html")
    page = project.show("en/2021-02-17/index.html")
    assert '<h3 id="s2-1">' in page and "<p>###" not in page


def test_lists_are_published_as_the_checks_read_them_or_refused_at_their_line(project):
    """A list right after a paragraph is published as a list; a numbered list keeps its first number; an item
    nested by two spaces, which the site's renderer would flatten, is refused at its line (by `policy check`
    too; the build's output check is the same check on the page it built)."""
    fr = fr_page("2021-02-17", "Nous traitons :\n- vos noms\n- vos adresses\n\nPuis :\n\n3. troisième\n4. quatrième")
    en = en_page("2021-02-17", "We process:\n- your names\n- your addresses\n\nThen:\n\n3. third\n4. fourth")
    _commit_texts(project, fr, en, "lists")
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    page = project.show("en/2021-02-17/index.html")
    assert "<li>your names</li>" in page and '<ol start="3">' in page
    nested = en_page("2021-03-01", "We process:\n\n- your names\n  - first names\n- your addresses")
    _commit_texts(project, fr_page("2021-03-01", "Nous traitons :\n\n- vos noms\n    - prénoms\n- vos adresses"),
                  nested, "nested by two spaces")
    result = project.run("history")
    assert result.returncode == 1
    line = nested.split("\n").index("  - first names") + 1
    assert (f"docs/en/index.md:{line}: [render.structure] this list item is nested in the text but not on the "
            "published page") in result.stderr
    assert project.run("check").returncode == 1  # the legal team sees it before publishing, at the same line


def test_unpublished_yml_reads_an_id_of_digits_as_an_id_and_refuses_what_is_no_id(project):
    from policysite import gate, git as policy_git

    project.commit("2021-02-17")
    for written, fragment in (("HEAD~0000", "'HEAD~0000' is not a commit's id"), ("main", "is not a commit's id"),
                              ("1234567", "'1234567' names no commit of this repository"),  # YAML: a number
                              # digits around an e, as a short id may be: YAML read a float (59974000.0)
                              ("59974e3", "'59974e3' names no commit of this repository")):
        (project.root / "unpublished.yml").write_text(f"- commit: {written}\n  reason: x\n", encoding="utf-8")
        project.commit_all(f"record {written}")
        with pytest.raises(gate.GateError, match=re.escape(fragment)):
            gate.exceptions(policy_git.open_repo(project.root), root=project.root)


def test_verify_names_a_dated_version_in_force_by_the_history_and_missing_from_the_branch(two_of_three):
    """gh-pages rewound by a force-push lost the newest version, and verify said all was well (history hunt 9:
    f_rewound_gh_pages)."""
    project = two_of_three  # 2021-01-01 and 2022-01-01 published by `policy history`
    before = project.branch()
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    assert project.history().published == ["2023-01-01"]
    git(project.root, "branch", "-f", "gh-pages", before)
    result = project.run("verify")  # this clone's reflog names the tip that held it (histories25)
    assert result.returncode == 1 and "2023-01-01: was on gh-pages at commit" in result.stdout + result.stderr
    git(project.root, "reflog", "expire", "--expire-unreachable=now", "--all")
    result = project.run("verify")  # no trace of the tip left: in force by the history, not on the branch
    assert result.returncode == 1 and "2023-01-01 (commit" in result.stdout + result.stderr
    assert "in force since its date by it, is not on gh-pages" in result.stdout + result.stderr


def test_build_check_and_diff_read_nothing_the_rules_refuse(published, tmp_path):
    """`policy build` ran the working tree's extra hook; a theme folder outside the project was listed into
    check's findings; the HTML redline rendered a linked template (hunt 10: f_build_runs_pr_code,
    f_check_reads_outside, f_diff_html_symlink)."""
    project = published  # 2021-02-17 published by `policy history`
    config = project.root / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    assert "hooks:\n  - hooks/policy.py\n" in original  # (the list extended in place: a second `hooks:` is a key twice)
    config.write_text(original.replace("hooks:\n  - hooks/policy.py\n", "hooks:\n  - hooks/policy.py\n  - hooks/extra.py\n"),
                      encoding="utf-8")
    (project.root / "hooks" / "extra.py").write_text("open('/tmp/policysite-extra-hook-ran', 'w')\n", encoding="utf-8")
    result = project.run("build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 1 and "hooks/extra.py is not one of the generator's" in result.stderr
    assert not (tmp_path / "site").exists()
    config.write_text(original.replace("custom_dir: overrides", "custom_dir: /"), encoding="utf-8")
    result = project.run("check")
    assert "theme.custom_dir: '/' is outside the project" in result.stdout and "etc/" not in result.stdout
    config.write_text(original, encoding="utf-8")
    partial = project.root / "overrides" / "partials" / "redline.html"
    partial.unlink()
    partial.symlink_to("../../.git/config")
    project.write("2021-02-17", fr="Texte modifié.", en="Changed text.")
    result = project.run("diff", "latest", "worktree", "--format", "html")
    assert result.returncode == 1 and "[core]" not in result.stdout and "symbolic link" in result.stderr


def test_verify_reads_the_json_export_of_a_version_another_generator_built_against_its_source(project, tmp_path):
    """A version whose publication record names another generator is not rebuilt: its policy.json edited together with the
    manifest passed (history hunt 9: f_verify_old_generator)."""
    import hashlib

    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Texte deux avec prudence.", en="Text two.")
    project.history()
    work = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    export = work / "fr" / "2022-03-01" / "policy.json"
    export.write_text(export.read_text(encoding="utf-8").replace("avec prudence", "avec imprudence"), encoding="utf-8")
    manifest = work / "manifest" / "2022-03-01.json"
    record = json.loads(manifest.read_text(encoding="utf-8"))
    digest = hashlib.sha256(export.read_bytes()).hexdigest()
    text = json.dumps(record)
    old = next(v for v in re.findall(r'"policy.json": "([0-9a-f]{64})"', text))
    record = json.loads(text.replace(old, digest))
    record["generator"]["policysite"] = "0.0.9"
    manifest.write_text(json.dumps(record, indent=1), encoding="utf-8")
    git(work, "commit", "-q", "-am", "edit")
    git(project.root, "worktree", "remove", "--force", str(work))
    result = project.run("verify")
    assert result.returncode == 1 and "fr/2022-03-01/policy.json: its text is not its source's" in \
        result.stdout + result.stderr, result.stdout + result.stderr


def test_a_cname_naming_the_public_url_s_host_is_github_pages_own_and_verify_accepts_it(first_run_published, tmp_path):
    """History hunt 13, f_cname_custom_domain: GitHub's settings page commits CNAME for a custom domain; verify
    failed on every run. A CNAME naming another host still fails: the archive would be served elsewhere."""
    from urllib.parse import urlsplit

    from policysite import settings as policy_settings

    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    host = urlsplit(policy_settings.load(project.root).public_url).hostname
    work = project.root.parent / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    for content, ok in ((f"{host}\n", True), ("evil.example\n", False)):
        (work / "CNAME").write_text(content, encoding="utf-8")
        git(work, "add", "-A")
        git(work, "commit", "-q", "-m", "Create CNAME")
        problems = verify.verify(root=project.root).problems
        assert (problems == []) is ok, problems
        assert ok or any(p.startswith("CNAME: names another host than the site's public address (`extra.policy.public_url`) does") for p in problems)


def test_a_file_made_executable_on_the_branch_is_named_by_verify(first_run_published, tmp_path):
    """History hunt 40: a page of the archive given mode 100755 on gh-pages, its bytes kept, passed verify, and export
    wrote it executable: a web server may run such a file (CGI, Apache's XBitHack). Publishing writes none."""
    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    assert {line.split()[0] for line in git(project.root, "ls-tree", "-r", "gh-pages").splitlines()} == {"100644"}
    work = project.root.parent / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    git(work, "update-index", "--chmod=+x", "fr/2021-02-17/index.html")
    git(work, "commit", "-q", "-m", "mode")
    git(project.root, "worktree", "remove", "--force", str(work))
    problems = verify.verify(root=project.root).problems
    assert [p for p in problems if "executable" in p] == [
        "fr/2021-02-17/index.html: executable (mode 100755), which publishing never writes: a web server may run it "
        "as a program (CGI, Apache's XBitHack); revert the commit that made it so (`git log --summary <branch> -- "
        "fr/2021-02-17/index.html` names it)"], problems


def test_a_manifest_s_recorded_changes_edited_on_the_branch_are_named_by_verify(two_of_three):
    """History hunt 13 (f_manifest_changes_forged) and security hunt 13 (f_manifest_note_laundered): the history page
    and the feed are built from each manifest's recorded changes; one edited on gh-pages passed verify."""
    project = two_of_three  # 2021-01-01 and 2022-01-01 published by `policy history`
    manifest = json.loads(project.show("manifest/2022-01-01.json"))
    manifest["languages"]["fr"]["changes"]["note"] = "Nous vendons désormais vos données."
    commit_on_branch(project, {"manifest/2022-01-01.json": json.dumps(manifest)}, "Update the history")
    result = project.run("verify")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "manifest/2022-01-01.json: its recorded changes in French (class, summary, sections, announcement) differ " \
           "from those of its source commit" in result.stdout


def test_a_version_folder_removed_by_hand_with_its_manifest_kept_is_named_and_nothing_published(project):
    """History hunt 13, f_version_folder_deleted: history died in git fast-import (a crash report left in .git/),
    then the next publish went through and the version stayed a dead address."""
    project.commit("2021-01-01")
    assert project.history().published == ["2021-01-01"]
    commit_on_branch(project, {"fr/2021-01-01": None}, "tidy")
    tip = project.branch()
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    for command in ("history", "publish"):
        result = project.run(command)
        assert result.returncode == 1 and "fr/2021-01-01/: published (the publication record is on gh-pages) but its folder " \
            "is not" in result.stderr, result.stderr
        assert project.branch() == tip and not list((project.root / ".git").glob("fast_import_crash_*"))


def test_verify_names_a_file_no_rebuild_makes_and_a_theme_folder_no_version_links(first_run_published, tmp_path):
    """Security hunt 13 (f_verify_extra_file_listed, f_verify_unlinked_asset_folder): an .xhtml running a script,
    added to a version's folder with its manifest entry, or in a new assets/<name>/ with its own manifest, passed."""
    import hashlib

    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    work = project.root.parent / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    page = b'<html xmlns="http://www.w3.org/1999/xhtml"><script>document.title = "ran"</script></html>'
    (work / "fr" / "2021-02-17" / "print.xhtml").write_bytes(page)
    manifest = json.loads((work / "manifest" / "2021-02-17.json").read_text(encoding="utf-8"))
    manifest["languages"]["fr"]["files"]["print.xhtml"] = hashlib.sha256(page).hexdigest()
    (work / "manifest" / "2021-02-17.json").write_text(json.dumps(manifest), encoding="utf-8")
    (work / "assets" / "0badc0ffee000000").mkdir()
    (work / "assets" / "0badc0ffee000000" / "index.xhtml").write_bytes(page)
    listed = next((work / "manifest" / "assets").glob("*.json"))
    (work / "manifest" / "assets" / "0badc0ffee000000.json").write_text(
        listed.read_text(encoding="utf-8").replace(listed.stem, "0badc0ffee000000"), encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "Publish 2021-02-17")
    problems = "\n".join(verify.verify(root=project.root).problems)
    assert "fr/2021-02-17/print.xhtml: not made by a rebuild of its source commit" in problems, problems
    assert "assets/0badc0ffee000000/: no version links it" in problems, problems


def test_verify_rebuilds_a_version_published_before_a_settings_edit_with_its_own_commits_settings(first_run_published, tmp_path):
    """History hunt 16, f_config_edit_blinds_verify: once the copyright line was edited, no version published before
    was rebuilt, and a sentence added to one of them, its manifest's digest updated, passed verify."""
    import hashlib

    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("copyright: ", "copyright: Édition 2. ", 1),
                      encoding="utf-8")
    git(project.root, "commit", "-q", "-am", "settings: the copyright line")
    work = project.root.parent / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    page = work / "fr" / "2021-02-17" / "index.html"
    edited = page.read_bytes().replace(b"</article>", b"<p>Nous les vendons \xc3\xa0 nos partenaires.</p></article>", 1)
    page.write_bytes(edited)
    manifest = json.loads((work / "manifest" / "2021-02-17.json").read_text(encoding="utf-8"))
    manifest["languages"]["fr"]["files"]["index.html"] = hashlib.sha256(edited).hexdigest()
    (work / "manifest" / "2021-02-17.json").write_text(json.dumps(manifest), encoding="utf-8")
    git(work, "commit", "-q", "-am", "policy history")
    report = verify.verify(root=project.root)
    assert "fr/2021-02-17/index.html: differs from a rebuild of its source commit" in "\n".join(report.problems)
    assert report.rebuilt == 1 and not [n for n in report.notes if "not rebuilt" in n], report.notes


def test_verify_names_a_translation_or_a_pdf_removed_from_the_branch_with_its_manifest_entry(two_published):
    """History hunt 13, f_drop_translation_newest: the newest version's English removed with its manifest entry sent
    English readers to the previous text as the one in force; a PDF removed with its entry left a page linking a
    404. verify passed both: a rebuild's files missing from the branch were not looked for."""
    project = two_published
    work = project.root.parent / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    git(work, "rm", "-q", "-r", "en/2022-03-01", "fr/2021-02-17/policy-fr-2021-02-17.pdf")
    for version, edit in (("2022-03-01", lambda m: m["languages"].pop("en")),
                          ("2021-02-17", lambda m: m["languages"]["fr"]["files"].pop("policy-fr-2021-02-17.pdf"))):
        path = work / "manifest" / f"{version}.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        edit(manifest)
        path.write_text(json.dumps(manifest), encoding="utf-8")
    git(work, "commit", "-q", "-am", "Publish 2022-03-01")
    problems = "\n".join(verify.verify(root=project.root).problems)
    assert "manifest/2022-03-01.json: names no English text, while its source commit" in problems, problems
    assert "en/2022-03-01/index.html: missing from the branch, though a rebuild of its source commit" in problems
    assert "fr/2021-02-17/policy-fr-2021-02-17.pdf: missing from the branch, though a rebuild" in problems, problems


def test_verify_names_a_branch_whose_history_no_longer_shows_when_versions_were_published(first_run_published, tmp_path):
    """History hunt 16, f_gh_pages_history_squashed: gh-pages squashed into one commit with the same files passed
    verify; its commits were the proof of when each text reached the site."""
    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    assert verify.verify(root=project.root).problems == []
    tree = git(project.root, "rev-parse", "gh-pages^{tree}").strip()
    squashed = git(project.root, "commit-tree", tree, "-m", "Squash gh-pages (repository size)").strip()
    git(project.root, "update-ref", "refs/heads/gh-pages", squashed)
    problems = "\n".join(verify.verify(root=project.root).problems)
    assert "2021-02-17: its publication record was added by" in problems and "was rewritten (squashed?)" in problems, problems


def test_verify_in_a_shallow_clone_says_what_it_could_not_check(two_published, tmp_path):
    """History hunt 18, Low: with gh-pages fetched --depth 1, verify skipped the branch-history checks (a squashed or
    cut branch) without a word."""
    project = two_published
    audit = tmp_path / "audit"
    git(tmp_path, "clone", "-q", "--no-local", str(project.root), str(audit))
    git(audit, "fetch", "-q", "--depth", "1", "origin", "gh-pages:gh-pages")
    result = policy_process(["--root", str(audit), "verify"])
    assert "this clone is shallow: what only the whole history shows was not checked" in result.stdout + result.stderr, \
        result.stdout + result.stderr


def _hand_commit(project, edits: dict[str, str]) -> None:
    """A commit on gh-pages writing `edits` (path -> text), as a hand edit would."""
    commit_on_branch(project, edits, "hand edit")


def test_a_page_of_latest_edited_on_the_branch_is_named_by_verify_and_by_the_history_that_puts_it_back(
        first_run_published, tmp_path):
    """History hunt 40: verify said "fr/latest/: differs from fr/2021-02-17/, the version in force today (`policy
    history` moves it)", naming no file and taking the edit for the calendar's; `policy history` then wrote latest/
    again without a word of the edit ("latest is now 2021-02-17")."""
    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    page = project.show("fr/latest/index.html")
    _hand_commit(project, {"fr/latest/index.html": page.replace("un an", "dix ans")})
    problems = verify.verify(root=project.root).problems
    assert problems == ["fr/latest/index.html: changed, where fr/latest/ is a copy of fr/2021-02-17/ as published, "
                        "the version in force today (edited on the branch: `policy history` writes it again)"], problems
    assert project.history().warnings == [
        "fr/latest/index.html: changed by a hand edit of gh-pages since it was published: fr/latest/ is written "
        "again, a copy of the version in force (`git log gh-pages -- fr/latest/index.html` shows that edit)"]
    assert project.show("fr/latest/index.html") == page and verify.verify(root=project.root).problems == []


def test_the_page_of_the_version_in_force_edited_on_the_branch_is_not_copied_into_latest(first_run_published, tmp_path):
    """History hunt 40: `policy history` copied a page of the version in force edited on gh-pages into latest/, the
    address readers are sent to, and said "latest is now 2021-02-17"."""
    project = copy_of(first_run_published, tmp_path / "project")  # 2021-02-17 published by `policy publish`
    page = project.show("fr/2021-02-17/index.html")
    _hand_commit(project, {"fr/2021-02-17/index.html": page.replace("un an", "dix ans")})
    tip = project.branch()
    with pytest.raises(publish.PublishError) as refused:
        project.history()
    assert str(refused.value).startswith("fr/2021-02-17/index.html: changed (recorded fingerprint ") and \
        "the version in force is not as published (edited on the branch by hand), and latest/ would be written " \
        "again as a copy of it" in str(refused.value)
    assert project.branch() == tip and project.show("fr/latest/index.html") == page


@pytest.mark.parametrize("edit", [('"previous": "2021-02-17"', '"previous": 7'),
                                  ('"previous": "2021-02-17"', '"previous": "2021-13-01"'),
                                  ('"sections": [', '"sections": 5, "x": ['),
                                  ('"counts": {', '"counts": 3, "y": {')])
def test_a_manifests_recorded_changes_edited_wrong_are_named_by_verify_and_history(two_published, edit):
    """The history page and the feed are built from each manifest's `changes`: a value of another type or an
    impossible day stopped verify and the daily job with a Python error naming no file, exit 2 (history hunt 27)."""
    project = two_published
    manifest = project.show("manifest/2022-03-01.json")
    assert edit[0] in manifest
    _hand_commit(project, {"manifest/2022-03-01.json": manifest.replace(edit[0], edit[1], 1)})
    for command in (["verify"], ["history", "--archive-only"]):
        result = project.run(*command)
        out = result.stdout + result.stderr
        assert result.returncode == 1, out
        assert re.search(r"manifest/2022-03-01\.json: not a valid manifest \((en|fr): changes: ", out), out
        assert "Traceback" not in out


def test_verify_lists_what_changed_beside_a_manifest_it_cannot_read(two_published):
    """An unreadable manifest stopped verify at once with publishing's words ("`policy verify` lists what is
    wrong; nothing was published"), naming nothing else (history hunt 27)."""
    project = two_published
    page = project.show("fr/2021-02-17/index.html").replace("Nous traitons", "Nous vendons")
    _hand_commit(project, {"manifest/2022-03-01.json": "{not json", "fr/2021-02-17/index.html": page})
    result = project.run("verify")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "manifest/2022-03-01.json: not a valid manifest" in result.stdout
    # (said once, against its record: its rebuild's difference is the same edit, histories21)
    assert "fr/2021-02-17/index.html: changed (recorded fingerprint " in result.stdout and "gh-pages was edited by " \
        "hand since it was published (`git log gh-pages -- fr/2021-02-17/index.html` shows that edit)" in result.stdout
    assert "lists what is wrong" not in result.stdout + result.stderr
    assert "history was not checked" in result.stdout + result.stderr


def test_verify_names_a_manifest_rewritten_by_hand_even_when_it_says_the_same(published):
    """History hunt 31: a manifest re-indented, given a key of someone's own, a BOM, or thousands of nested brackets
    passed verify (only what it says was compared) or stopped it with Python's RecursionError naming no file."""
    project = published
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    path = work / "manifest" / "2021-02-17.json"
    original = path.read_bytes()
    manifest = json.loads(original)
    for data in (json.dumps(manifest, indent=4).encode("utf-8"), json.dumps({**manifest, "approved": "DPO"}).encode(),
                 b"\xef\xbb\xbf" + original):
        path.write_bytes(data)
        git(work, "commit", "-q", "-am", "tidy")
        result = project.run("verify")
        assert result.returncode == 1 and "manifest/2021-02-17.json: not the bytes publishing writes for what it " \
            "says (edited on the branch" in result.stdout, result.stdout + result.stderr
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    git(work, "commit", "-q", "-am", "deep")
    result = project.run("verify")
    assert result.returncode == 1 and "manifest/2021-02-17.json: not a valid manifest (nested too deep)" in \
        result.stdout, result.stdout + result.stderr
    assets_manifest = next((work / "manifest" / "assets").glob("*.json"))
    path.write_bytes(original)
    assets_manifest.write_bytes(assets_manifest.read_bytes().replace(b"\n", b"\r\n"))
    git(work, "commit", "-q", "-am", "line endings")
    result = project.run("verify")
    assert result.returncode == 1 and f"manifest/assets/{assets_manifest.name}: not the bytes publishing writes" in \
        result.stdout, result.stdout + result.stderr


def test_a_script_of_an_older_generators_version_is_told_with_the_way_out(two_published):
    """History hunt 31: after an upgrade whose theme writes other inline scripts, verify named each page of the versions
    published before as holding "a <script> that is not one of the theme's own", with nothing said of
    `policy history --rebuild`; a page of a version of today's generator is named as before. Told by the finding's
    key, not its English words (words 30), and said in French on a French site."""
    import dataclasses

    from policysite import branch, messages, project as projects, safety

    project = two_published  # 2021-02-17 and 2022-03-01 published by `policy history`
    with projects.opened(project.root) as site:
        manifests = branch.manifests_at(site.repo, "gh-pages")
        older = {**manifests, "2021-02-17": dataclasses.replace(manifests["2021-02-17"], generator={"policysite": "0"})}
        script = messages.Said(safety.SCRIPT_NOT_THEMES, text="var x")
        found = [safety.Violation(f"fr/{version}/index.html", None, script) for version in ("2021-02-17", "2022-03-01")]
        told = verify._with_older_generators(site, older, found)
    assert told[0] == ("fr/2021-02-17/index.html: <script> that is not one of the theme's own: 'var x' (a version built "
                       "by another generator, whose theme wrote other scripts: `policy history --rebuild` moves it onto "
                       "today's theme)")
    assert messages.said_in(told[0], "fr") == (
        "fr/2021-02-17/index.html\u00a0: un <script> qui n'est pas l'un de ceux du thème\u00a0: 'var x' (une version construite "
        "par un autre générateur, dont le thème écrivait d'autres scripts\u00a0: `policy history --rebuild` la passe au "
        "thème d'aujourd'hui)")
    assert told[1] == "fr/2022-03-01/index.html: <script> that is not one of the theme's own: 'var x'"


def test_a_replace_ref_does_not_hide_a_tampered_branch_from_verify(published):
    """History hunt 31: a `git replace` ref (local, never pushed) mapping a tampered gh-pages commit onto the one
    publishing wrote had every git process read the original: verify passed while the branch held the edit."""
    project = published
    original = project.branch()
    page = "fr/2021-02-17/index.html"
    commit_on_branch(project, {page: project.show(page).replace("Nous traitons", "Nous vendons")})
    git(project.root, "replace", project.branch(), original)
    result = project.run("verify")
    assert result.returncode == 1 and "fr/2021-02-17/index.html: changed" in result.stdout, result.stdout


def test_verify_names_the_sites_root_page_removed_and_history_writes_it_again(published):
    """History hunt 31: the root page (`index.html`, sending readers to fr/latest/) deleted on the branch passed verify:
    only a root page there was compared with the one publishing writes."""
    project = published
    commit_on_branch(project, {"index.html": None}, "no root page")
    result = project.run("verify")
    assert result.returncode == 1 and "index.html: missing (publishing writes it: the site's root page" in \
        result.stdout, result.stdout
    assert project.run("history").returncode == 0
    assert project.run("verify").returncode == 0


def test_an_unreadable_manifest_is_said_alike_by_a_command_that_only_reads(published):
    """History hunt 31: `policy at` over an unreadable manifest ended "nothing was published", publishing's words."""
    project = published
    commit_on_branch(project, {"manifest/2021-02-17.json": "{"}, "break")
    for command in (("at", "2021-03-01"), ("history",)):
        result = project.run(*command)
        assert result.returncode == 1 and result.stderr.startswith("error: gh-pages: manifest/2021-02-17.json: not a "
                                                                   "valid manifest"), result.stderr
        assert "the branch is left as it is" in result.stderr and "nothing was published" not in result.stderr


def test_verify_reads_the_side_by_side_page_with_the_rules_of_the_text(published):
    """Safety hunt 47, leftover of hunt 46: verify's output check held the text of a version's page and changes page to
    the rules of the text (no class or style of the theme's in it) but not the side-by-side page, which publish's gate
    holds to them too: a paragraph covering the page with the theme's class and an inline style was named only as a
    digest and a rebuild differing."""
    project = published
    path = "en/2021-02-17/side-by-side/index.html"
    page = project.show(path)
    heading = page.index("</h1>", page.index("md-content__inner")) + len("</h1>")
    _hand_commit(project, {path: page[:heading] + '<p class="md-toggle" style="position:fixed;inset:0">We sell your '
                                                  'data.</p>' + page[heading:]})
    problems = "\n".join(verify.verify(root=project.root).problems)
    assert f"gh-pages: {path} (in #" in problems and "<p class=“md-toggle”>: the theme's classes" in problems, problems
    assert "<p style=…>: inline styles are not allowed in the policy text" in problems, problems


def test_a_link_that_ends_mkdocs_own_reading_is_named_by_file_and_line(project, tmp_path):
    """Safety3 hunt: `[x](https://[::1/)` ended MkDocs' build in its link rewriter (urlsplit's ValueError), and
    `policy build` said only "error: Invalid IPv6 URL", naming no file; the checks name the link's line (publishing
    refused it so already)."""
    from policysite import build

    project.write("2021-02-17", fr="Voir [la page](https://[::1/).", en="See [the page](https://[::1/).")
    with pytest.raises(build.SiteRefused) as refused:
        build.build_site(root=project.root, site_dir=tmp_path / "site")
    assert "French (fr): docs/fr/index.md:13: [render.read-apart]" in str(refused.value), str(refused.value)
    assert not (tmp_path / "site").exists()
