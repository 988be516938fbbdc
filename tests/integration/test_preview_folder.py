"""`policy build` (a preview of the working tree) writes into the folder it is given, and there only."""
from __future__ import annotations

import os
import re

import pytest

from helpers import policy_in_process
from policy_repo import new_project
from policysite import messages

pytestmark = pytest.mark.usefixtures("commands_in_process")  # no test here is about the process


@pytest.mark.parametrize("linked", ["public", "public/fr"])
def test_a_preview_folder_linked_elsewhere_is_refused_and_nothing_there_is_touched(tmp_path, linked):
    """Security hunt 30: a pull request's `public/` committed as a link to the reviewer's home: `policy build` (whose
    default folder it is) emptied the home's fr/ and en/ (MkDocs empties its site folder first) and wrote its
    index.html there."""
    project = new_project(tmp_path / "project")
    home = tmp_path / "home"
    (home / "fr").mkdir(parents=True)
    (home / "fr" / "notes.txt").write_text("kept\n", encoding="utf-8")
    (project.root / linked).parent.mkdir(exist_ok=True)
    (project.root / linked).symlink_to(home if linked == "public" else home / "fr", target_is_directory=True)
    project.commit("2024-01-10")
    result = project.run("build")
    assert result.returncode == 1 and "a symbolic link: the preview would be written" in result.stderr, result.stderr
    assert (home / "fr" / "notes.txt").read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in home.rglob("*")) == ["fr", "notes.txt"]


def test_a_preview_into_a_folder_of_its_own_is_built(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    result = project.run("build", "--site-dir", str(tmp_path / "preview"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "preview" / "fr" / "index.html").is_file() and (tmp_path / "preview" / "index.html").is_file()


@pytest.mark.parametrize(("folder", "said"), [("docs/en", "in docs/en, the English texts the site is built from"),
                                              ("docs/fr/preview", "in docs/fr, the French texts the site is built from"),
                                              (".git/preview", "in .git, the repository's own folder"),
                                              ("overrides", "in overrides, a folder of the project's own files, "
                                                            "which git tracks")])
def test_a_preview_into_the_texts_or_the_repository_is_refused_and_writes_nothing(tmp_path, folder, said):
    """Archive hunt 22, finding 7: `policy build --site-dir docs/en` wrote the French pages into the English texts
    (docs/en/fr/…, which every later check and build refused as files published unchecked) before the English build
    failed; `--site-dir .git/preview` wrote into the repository, `--site-dir overrides` an en/ folder the theme's
    check then refused."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    before = sorted(str(p.relative_to(project.root)) for p in project.root.rglob("*"))
    result = project.run("build", "--site-dir", str(project.root / folder))
    assert result.returncode == 1 and f"error: {project.root / folder}: {said}: build into a folder of its own" in \
        result.stderr, result.stderr
    assert sorted(str(p.relative_to(project.root)) for p in project.root.rglob("*")) == before


def test_a_refused_preview_writes_nothing_and_the_last_good_one_stays(tmp_path):
    """Safety hunt 44: MkDocs writes a strict build's pages before it aborts: `policy build` said "error: the build
    stopped at …" (exit 1) and left in the folder, said to be deployable, the pages of the text it refused (a
    misspelling here; a class hiding the text's words, a <details>, raw HTML off the allow-list alike), where the last
    good preview had been."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    preview = tmp_path / "preview"
    assert project.run("build", "--site-dir", str(preview)).returncode == 0
    before = {path: path.read_bytes() for path in preview.rglob("*") if path.is_file()}
    project.write("2024-01-10", fr="Nous traitons vos donnéez.", en="We process your dataz.")
    result = project.run("build", "--site-dir", str(preview))
    assert result.returncode == 1 and "the build stopped at" in result.stderr, result.stderr
    assert {path: path.read_bytes() for path in preview.rglob("*") if path.is_file()} == before
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".preview-")]


def test_a_preview_into_a_file_is_refused_before_anything_is_built(tmp_path):
    """A file where the folder would be: refused in one line before any language is built (the languages are built
    beside the folder, then put in place: safety hunt 44), the file as it was."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    (tmp_path / "preview").write_text("kept\n", encoding="utf-8")
    result = project.run("build", "--site-dir", str(tmp_path / "preview"))
    assert result.returncode == 1 and "exists and is not a folder" in result.stderr, result.stderr
    assert (tmp_path / "preview").read_text(encoding="utf-8") == "kept\n"
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".preview-")]


def test_a_preview_folder_refused_is_said_in_the_site_s_language(tmp_path):
    """Words 31: on a French site, `policy build --site-dir` refused a folder in the texts, a file, a folder holding
    the project and a link in English (SiteRefused's f-strings), what each folder is too ('the English texts the site is
    built from'); said in the site's language now, English as before."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    (tmp_path / "preview").write_text("kept\n", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path, target_is_directory=True)
    (project.root / "public").symlink_to(tmp_path / "linked", target_is_directory=True)
    french = {key: value for key, value in os.environ.items() if key != messages.ENVIRONMENT}
    said = {(lang, folder): policy_in_process(["--root", str(project.root), "build", "--site-dir", str(folder)],
                                           env=env).stderr
            for lang, env in (("fr", french), ("en", {**french, messages.ENVIRONMENT: "en"}))
            for folder in (project.root / "docs" / "en", tmp_path / "preview", tmp_path, project.root / "public")}
    docs, preview, public = project.root / "docs" / "en", tmp_path / "preview", project.root / "public"
    assert said["fr", docs] == (f"error: {docs}\u00a0: dans docs/en, les textes en anglais à partir desquels le site est "
                                "construit\u00a0: construisez dans un dossier à lui (--site-dir)\n")
    assert said["en", docs] == (f"error: {docs}: in docs/en, the English texts the site is built from: build into a folder "
                                "of its own (--site-dir)\n")
    assert said["fr", preview] == (f"error: {preview}\u00a0: existe et n'est pas un dossier\u00a0: construisez dans un dossier "
                                   "à lui (--site-dir)\n")
    assert said["fr", tmp_path] == (f"error: {tmp_path}\u00a0: contient le projet, son dépôt ou ses textes\u00a0: construisez "
                                    "dans un dossier à lui (--site-dir)\n")
    assert said["fr", public] == (f"error: {public}\u00a0: un lien symbolique\u00a0: l'aperçu serait écrit (et le dossier d'une "
                                  "langue vidé) là où il pointe\u202f; retirez le lien, ou construisez dans un dossier à "
                                  "lui (--site-dir)\n")
    assert said["en", public].startswith(f"error: {public}: a symbolic link: the preview would be written")
    assert (tmp_path / "preview").read_text(encoding="utf-8") == "kept\n"


def test_a_preview_of_a_site_at_its_host_s_root_writes_robots_txt_and_refuses_a_link_there(tmp_path):
    """company13: the preview writes the root files publishing serves (sitemap index, robots.txt at a host's root);
    a `robots.txt` of the folder that is a link (to the reviewer's home) is refused, as a linked index.html is, and
    nothing is written through it."""
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^(    public_url: ).*$", r"\g<1>https://policies.example.test/",
                             config.read_text(encoding="utf-8")), encoding="utf-8")
    project.commit("2024-01-10")
    preview = tmp_path / "preview"
    result = project.run("build", "--site-dir", str(preview))
    assert result.returncode == 0, result.stderr
    assert (preview / "robots.txt").read_text(encoding="utf-8") == "Sitemap: https://policies.example.test/sitemap.xml\n"
    assert "<loc>https://policies.example.test/fr/sitemap.xml</loc>" in (preview / "sitemap.xml").read_text(
        encoding="utf-8")
    home = tmp_path / "home.txt"
    home.write_text("kept\n", encoding="utf-8")
    (preview / "robots.txt").unlink()
    (preview / "robots.txt").symlink_to(home)
    result = project.run("build", "--site-dir", str(preview))
    assert result.returncode == 1 and "robots.txt" in result.stderr, result.stderr
    assert home.read_text(encoding="utf-8") == "kept\n"
