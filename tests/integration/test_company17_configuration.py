"""company17: configuration messages a new company's team can act on. A docs_dir written another way than
`policy init` writes it (`./docs/en`, `docs/../docs/en/`) names a folder inside the project: the check read its page
as "a symbolic link … outside the project" and publishing refused it as "outside the project"."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import git, policy_in_process
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)
from policysite import settings as policy_settings, source

TEXT = "# Privacy policy\n\n## 1. Who we are\n\nAcme Ltd sells garden tools.\n"


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Acme Ltd", "--languages", "en", "--url", "https://p.example/"])
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "policy-2028-03-01.md").write_text(TEXT, encoding="utf-8")
    _run(["import", "--lang", "en", str(archive)], site)
    return site


def _docs_dir(site: Path, docs: str) -> None:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\ndocs_dir: docs/en\n" in text
    config.write_text(text.replace("\ndocs_dir: docs/en\n", f"\ndocs_dir: {docs}\n"), encoding="utf-8")
    git(site, "commit", "-qam", f"docs_dir: {docs}")


def test_a_docs_dir_written_otherwise_inside_the_project_is_checked_and_published(tmp_path) -> None:
    site = _site(tmp_path)
    _docs_dir(site, "./docs/../docs/en/")
    said = _run(["check", "--lang", "en"], site)
    assert "no findings" in said, said
    said = _run(["history"], site)
    assert "published 1 dated version on gh-pages: 2028-03-01" in said, said


@pytest.mark.parametrize("docs", ["../elsewhere/en", "docs/../../elsewhere/en", "/srv/elsewhere/en"])
def test_a_docs_dir_leaving_the_project_is_still_refused_by_publishing(tmp_path, docs) -> None:
    site = _site(tmp_path)
    _docs_dir(site, docs)
    done = policy_in_process(["--root", str(site), "history"])
    line = (site / "mkdocs.yml").read_text(encoding="utf-8").splitlines().index(f"docs_dir: {docs}") + 1
    # at the setting's line, as check and build say it (safety90)
    assert done.returncode != 0 and f"error: mkdocs.yml:{line}: docs_dir '{docs}' is outside the project" \
        in done.stderr, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert git(site, "branch", "--list", "gh-pages") == ""


def test_a_docs_dir_going_up_out_of_a_symbolic_link_is_refused_by_the_check(tmp_path) -> None:
    """`docs/link/../en` reads, for the file system, the folder beside where `link` points (here outside the project,
    holding a page of its own): the check does not read it as the project's docs/en."""
    site = _site(tmp_path)
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "en").mkdir()
    (outside / "en" / "index.md").write_text(TEXT.replace("garden tools", "your data"), encoding="utf-8")
    (site / "docs" / "link").symlink_to(outside / "deep")
    _docs_dir(site, "docs/link/../en")
    done = policy_in_process(["--root", str(site), "check", "--lang", "en"])
    assert done.returncode == 1 and "/index.md:1: [source.symlink] the policy page is a symbolic link" in done.stdout, \
        done.stdout + done.stderr


@pytest.mark.parametrize(("docs", "folder"), [
    ("docs/en", "docs/en"), ("./docs/en", "docs/en"), ("docs/en/", "docs/en"), ("docs/../docs/en", "docs/en"),
    ("docs/./en//", "docs/en"), (".", "."), ("./", "."),
    ("../docs/en", "../docs/en"), ("docs/../../x", "docs/../../x"), ("/srv/docs", "/srv/docs")])
def test_a_docs_dir_is_the_folder_it_names_or_as_written_where_it_leaves_the_project(tmp_path, docs, folder) -> None:
    assert policy_settings.docs_folder(tmp_path, docs) == folder


def test_a_docs_dir_going_up_out_of_a_symbolic_link_is_kept_as_written(tmp_path) -> None:
    """`link/../en` is, for the file system, beside where the link points: never read as the project's `en`."""
    (tmp_path / "outside" / "deep").mkdir(parents=True)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "link").symlink_to(tmp_path / "outside" / "deep")
    assert policy_settings.docs_folder(tmp_path / "site", "link/../en") == "link/../en"
    assert policy_settings.docs_folder(tmp_path / "site", "real/../en") == "en"


@pytest.mark.parametrize(("rel", "inside"), [("docs/../docs/en", "docs/en"), ("./docs/en/", "docs/en"),
                                             ("overrides", "overrides"), ("./hooks/policy.py", "hooks/policy.py")])
def test_a_path_a_configuration_names_inside_the_project_is_read_there(rel, inside) -> None:
    assert source._inside(rel, what="docs_dir", config_file="mkdocs.yml") == inside


@pytest.mark.parametrize("rel", ["..", "../docs", "docs/../../docs", "/srv/docs", "//srv"])
def test_a_path_a_configuration_names_outside_the_project_is_refused(rel) -> None:
    with pytest.raises(source.SourceError) as refused:
        source._inside(rel, what="docs_dir", config_file="mkdocs.yml")
    assert "is outside the project" in str(refused.value)


def test_every_theme_file_an_earlier_generator_left_is_said_with_the_command_that_brings_this_one_s(tmp_path) -> None:
    """A script an earlier generator had and this one dropped, its copies of this one's script, template and hook:
    `policy check` called each "of the project's own … copy the generator's over it", naming no command, where
    `history` and `publish` named `policy upgrade`. Each finding now names it, and what it names passes the check."""
    site = _site(tmp_path)
    scripts = site / "overrides" / "assets" / "javascripts"
    (scripts / "search-on-demand.js").write_text("document.title = 'x';\n", encoding="utf-8")
    for path in (scripts / "policy.js", site / "overrides" / "partials" / "policy-home.html",
                 site / "hooks" / "policy.py"):
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "an earlier generator's files")
    done = policy_in_process(["--root", str(site), "check", "--lang", "en"])
    said = [line for line in done.stdout.splitlines() if "[config.refused]" in line]
    assert done.returncode == 1 and len(said) == 5, done.stdout + done.stderr
    for name in ("search-on-demand.js", "javascripts/policy.js", "policy-home.html", "hooks/policy.py",
                 "extra_javascript: 'assets/javascripts/policy.js'"):
        line = next((line for line in said if name in line), "")
        assert "`policy upgrade`" in line and "copy the generator's over it" not in line, (name, said)
    assert "remove it (`policy upgrade` removes the scripts and templates this generator does not have" in next(
        line for line in said if "search-on-demand.js" in line)
    done = policy_in_process(["--root", str(site), "check", "--lang", "en", "--messages", "fr"])
    said = [line for line in done.stdout.splitlines() if "[config.refused]" in line]
    assert len(said) == 5 and all("`policy upgrade`" in line for line in said), said
    _run(["upgrade"], site)
    git(site, "commit", "-qam", "policy upgrade")
    assert "no findings" in _run(["check", "--lang", "en"], site)


@pytest.mark.parametrize("value", ["'§'", "'#'", "'🔗'", "'Lien'", "false", "[1, 2]"])
def test_a_permalink_other_than_the_generator_s_is_refused_at_its_line_saying_what_to_write(tmp_path, value) -> None:
    """`toc: permalink: '§'` passed the configuration rules and `policy check`; `policy history` then failed on the
    archive pages with "<p class=“policy-print”> … holds what the build never writes in it" (their print line reads
    each heading's words with its ¶ left out, which the mark written otherwise is not)."""
    site = _site(tmp_path)
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = text[:text.index("      permalink: true\n")].count("\n") + 1
    config.write_text(text.replace("      permalink: true\n", f"      permalink: {value}\n"), encoding="utf-8")
    git(site, "commit", "-qam", "toc permalink")
    done = policy_in_process(["--root", str(site), "check", "--lang", "en"])
    said = f"mkdocs.yml:{line}: [config.refused] markdown_extensions: toc: permalink: "
    assert done.returncode == 1 and said in done.stdout and "write `permalink: true`" in done.stdout, done.stdout
    done = policy_in_process(["--root", str(site), "history"])
    assert done.returncode != 0 and f"mkdocs.yml:{line}: markdown_extensions: toc: permalink: " in done.stderr, \
        done.stdout + done.stderr
    assert "policy-print" not in done.stderr and git(site, "branch", "--list", "gh-pages") == ""


@pytest.mark.parametrize("value", ["true", "'¶'"])
def test_the_generator_s_permalink_passes_the_configuration_rules(value) -> None:
    import yaml

    from policysite import config_rules

    config = {"markdown_extensions": [{"toc": {"permalink": yaml.safe_load(value), "toc_depth": "2-6"}}]}
    assert [line for line in config_rules.problems(config, config_file="mkdocs.yml", files=Path("."))
            if "permalink" in line] == []


def test_no_dated_text_found_names_every_kind_of_file_import_reads_from_the_readers_table(tmp_path) -> None:
    """"no dated text found" said file names must "end in .md, .html, .docx or .odt", though a dated .txt, .yml or
    .fodt text is read too: a company whose archive is plain text named otherwise was told to convert it. The list is
    the readers' own table (convert.sources.FORMATS), each of its extensions once, in both languages."""
    from policysite.convert.sources import FORMATS

    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Acme Ltd", "--languages", "fr,en", "--url", "https://p.example/"])
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "politique.txt").write_text("Politique de confidentialité\n\nNous vendons des outils.\n",
                                           encoding="utf-8")
    for lang in ("en", "fr"):
        done = policy_in_process(["--root", str(site), "import", "--lang", "fr", str(archive), "--messages", lang])
        said = done.stderr
        assert done.returncode == 1 and "Traceback" not in said, said
        line = next(line for line in said.splitlines() if line.startswith("error: "))
        listed = line.partition("(privacy-2021-02-17.html)")[2]
        assert set(re.findall(r"\.[a-z]+\b", listed)) == set(FORMATS), line
        for suffix in FORMATS:
            assert listed.count(f"{suffix},") + listed.count(f"{suffix})") == 1, (suffix, line)
    assert "plain text (.txt)" in said.replace("texte brut", "plain text") and "OpenDocument (.odt, .fodt)" in said
    assert git(site, "status", "--porcelain") == ""
