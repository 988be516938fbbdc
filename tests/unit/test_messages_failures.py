"""Words10: a failure another program explains (MkDocs, Jinja, Python) was said with its `str()` inside a French line
("la reconstruction … échoue au contrôle de sortie : 2021-02-17 (commit abc1234): not published, 1 finding: …",
"… n'ont pas pu être construites : Aborted with 1 warnings in strict mode!"): each is a message of the catalogue
naming what failed and where, the program's own words kept on a line of their own, marked as its."""
from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import Abort

from policysite import build, building, cli, gate, messages, verify
from policysite.errors import PublishError, RefusedError
from policysite.findings import Finding
from policysite.messages import Said
from policysite.settings import Language, Settings

NB, NNB = "\u00a0", "\u202f"


def test_a_rebuilt_version_refused_names_each_finding_in_the_sites_language(monkeypatch, tmp_path: Path):
    refusal = gate.Refusal("2021-02-17", "abc1234" + "0" * 33, tuple(
        Finding.of("docs/fr/index.md", line, "frontmatter.date-missing") for line in range(1, 8)))

    def refused(*_args, **_kwargs):
        raise RefusedError(refusal)

    monkeypatch.setattr(verify, "build_version", refused)
    monkeypatch.setattr(verify, "previous_of", lambda *_args, **_kwargs: None)
    project = SimpleNamespace(settings=SimpleNamespace(authoritative="fr"), snapshot=lambda *_a, **_k: None)
    manifest = SimpleNamespace(languages={"fr": SimpleNamespace(imported=False, source=SimpleNamespace(
        commit=refusal.commit, path="docs/fr/index.md"))}, links={}, ids={})
    problems = verify._rebuild_one(project, manifest, {}, SimpleNamespace(), version="2021-02-17", known=[], since={},
                                   on_branch=[], manifests={}, tmp=tmp_path, print_pdfs=True, noted=False)
    french = messages.said_in(problems[0], "fr")
    missing = messages.say("frontmatter.date-missing", {}, "fr")
    assert french.startswith(f"2021-02-17{NB}: reconstruite à partir de son commit abc1234, elle est refusée par les "
                             f"vérifications (7 problèmes){NB}: docs/fr/index.md:1: [frontmatter.date-missing] {missing}")
    assert french.count("[frontmatter.date-missing]") == verify.SHOWN and french.endswith(f"{NNB}; et 2 autres")
    assert "not published" not in french and "finding" not in french
    assert messages.said_in(problems[0], "en").endswith("; and 2 more")


def _settings() -> Settings:
    return Settings(company="Acme", brand="Acme", public_url="https://example.com/",
                    languages=(Language("fr", "Français", "mkdocs.yml"),), authoritative="fr", page="index.md",
                    version_section="")


def test_the_archive_pages_failing_to_build_say_each_warning_on_a_line_of_its_own(monkeypatch, tmp_path: Path):
    def aborted(*_args, **_kwargs):
        logging.getLogger("mkdocs.plugins.policy").warning("policy: docs/fr/index.md:3: [links.dead] x")
        logging.getLogger("mkdocs.structure.pages").warning("Doc file 'history.md' contains an unrecognized link")
        raise Abort("Aborted with 2 warnings in strict mode!")

    monkeypatch.setattr(build, "build_language", aborted)
    monkeypatch.setattr(build, "plugins_without_search", lambda *_args: [])
    monkeypatch.setattr(building.sitedescriptions, "built_with", lambda *_args, **_kwargs: frozenset())
    monkeypatch.setattr(building.sitedescriptions, "commits_of", lambda *_args: frozenset())  # (the stand-ins' commits)
    project = SimpleNamespace(settings=_settings(), site_manifests={}, redlines=None, renderings=None, history_rows=None, theme=tmp_path,
                              compiled=None, theme_digest="", repo=None)
    manifests = {"2021-02-17": SimpleNamespace(languages={"fr": SimpleNamespace(changes={}, files={}, imported=False, no_pdf="", ids=[], source=SimpleNamespace(commit=""))}, published="",
                                               notes=())}
    with pytest.raises(PublishError) as failed:
        building.build_archive(project, manifests=manifests, rev=None, out=tmp_path / "out")  # type: ignore[arg-type]
    french = messages.said_in(messages.text_of(failed.value), "fr")
    assert french.startswith("les pages d'historique, de comparaison et du flux en français n'ont pas pu être "
                             f"construites, et rien n'a été publié{NB}:")
    assert "(mkdocs.yml, overrides/)" in french
    assert french.endswith("\n    docs/fr/index.md:3: [links.dead] x\n    en anglais, selon MkDocs"
                           f"{NB}: Doc file 'history.md' contains an unrecognized link")
    assert "Aborted" not in french


def _preview_of(monkeypatch, building_language) -> None:
    """A preview build of one French page (`_settings`) whose language builds as `building_language` does."""
    monkeypatch.setattr(build.policy_settings, "load", lambda _root: _settings())
    monkeypatch.setattr(build, "_writable_site", lambda *_args: None)
    monkeypatch.setattr(build, "_sources", lambda *_args: ())
    monkeypatch.setattr(build, "build_language", building_language)


def test_a_preview_build_stopped_by_mkdocs_alone_names_the_configuration(monkeypatch, tmp_path: Path):
    def aborted(*_args, **_kwargs):
        raise Abort("Aborted with a BuildError!")

    _preview_of(monkeypatch, aborted)
    with pytest.raises(build.SiteRefused) as refused:
        build.build_site(root=tmp_path, site_dir=tmp_path / "public")
    french = messages.said_in(messages.text_of(refused.value), "fr")
    assert f"français (fr){NB}: les pages n'ont pas pu être construites, et la construction n'a nommé aucune ligne du texte" in \
        french
    assert french.endswith(f"\n    en anglais, selon MkDocs{NB}: Aborted with a BuildError!")


def test_a_hooks_warning_is_its_finding_and_mkdocs_own_is_marked_as_its_words():
    assert build.warned("policy: docs/fr/index.md:3: [links.dead] x") == "docs/fr/index.md:3: [links.dead] x"
    said = messages.said_in(build.warned("Doc file 'a.md' contains a link 'b.md'"), "fr")
    assert said.startswith("MkDocs a arrêté la construction stricte sur un avertissement")
    assert said.endswith(f"\n    en anglais, selon MkDocs{NB}: Doc file 'a.md' contains a link 'b.md'")


def test_the_root_pages_template_names_its_line_or_says_it_is_missing(tmp_path: Path):
    (tmp_path / "overrides").mkdir()
    with pytest.raises(build.RootPageRefused) as missing:
        build.render_root_redirect(root=tmp_path, target="fr/")
    assert messages.said_in(messages.text_of(missing.value), "fr") == (
        f"overrides/policy-redirect.html, le modèle de la page racine du site, est absent{NB}: remettez celui qu'a "
        "écrit `policy init`")
    (tmp_path / "overrides" / "policy-redirect.html").write_text("<html>\n<head>\n{% if %}\n", encoding="utf-8")
    with pytest.raises(build.RootPageRefused) as broken:
        build.render_root_redirect(root=tmp_path, target="fr/")
    said = messages.said_in(messages.text_of(broken.value), "fr")
    assert said.startswith(f"overrides/policy-redirect.html, ligne 3{NB}: le modèle de la page racine du site ne "
                           f"peut pas être rendu{NB}: corrigez-le\n    en anglais, selon Jinja{NB}: ")


def test_an_unforeseen_error_says_in_the_sites_language_that_it_is_the_generators_fault(monkeypatch, tmp_path,
                                                                                         capsys):
    def broken(*_args):
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    monkeypatch.setenv(messages.ENVIRONMENT, "fr")
    assert cli.main(["--root", str(tmp_path), "check"]) == cli.USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"error: la commande s'est arrêtée sur une erreur qu'elle ne sait pas expliquer{NB}: un "
                          "défaut du générateur, non de vos textes ni de vos réglages")
    assert err.endswith(f"\n    en anglais, selon Python{NB}: TypeError: unsupported operand type(s) for +: 'int' and "
                        "'str'\n")


def test_a_detail_of_this_packages_own_is_said_in_the_language():
    said = messages.detail("MkDocs", ValueError(Said("at.day-invalid", value="2021-13-01")))
    assert messages.said_in(said, "fr") == "\n    " + messages.said_in(Said("at.day-invalid", value="2021-13-01"),
                                                                           "fr")


def test_a_preview_build_mkdocs_ended_says_the_checks_findings_in_the_sites_language(monkeypatch, tmp_path: Path):
    """MkDocs' link rewriter ended on `[x](https://[::1/)` ("Invalid IPv6 URL"): the checks' findings name the line,
    and were said in English (`str(finding)`) in a French refusal."""
    from policysite import checks

    def ended(*_args, **_kwargs):
        raise ValueError("Invalid IPv6 URL")

    _preview_of(monkeypatch, ended)
    monkeypatch.setattr(checks, "check_project", lambda **_kwargs: [
        Finding.of("docs/fr/index.md", 4, "frontmatter.date-missing")])
    with pytest.raises(build.SiteRefused) as refused:
        build.build_site(root=tmp_path, site_dir=tmp_path / "public")
    french = messages.said_in(messages.text_of(refused.value), "fr")
    assert f"français (fr){NB}: docs/fr/index.md:4: [frontmatter.date-missing] " \
        f"{messages.say('frontmatter.date-missing', {}, 'fr')}" in french


def _site(root: Path, *, languages: list[str], messages_setting: str = "") -> Path:
    root.mkdir()
    listed = "".join(f"      - code: {code}\n" for code in languages)
    setting = f"    messages: {messages_setting}\n" if messages_setting else ""
    (root / "mkdocs.yml").write_text(
        "site_name: Acme\ntheme:\n  name: material\nextra:\n  policy:\n    company: Acme\n"
        f"    public_url: https://example.com/\n    languages:\n{listed}    authoritative: {languages[0]}\n"
        f"    page: index.md\n{setting}", encoding="utf-8")
    return root


@pytest.mark.parametrize(("languages", "setting", "environment", "noted"), [
    (["de", "en"], "", "", True), (["es"], "", "", True), (["de", "en"], "en", "", False),
    (["de", "en"], "", "en", False), (["fr", "en"], "", "", False), (["fr-CA"], "", "", False)])
def test_a_site_whose_language_has_no_messages_is_told_once_they_are_in_english(monkeypatch, tmp_path, capsys,
                                                                                languages, setting, environment,
                                                                                noted):
    """Words10: a German or Spanish site's `policy check` spoke English without a word of why, nor of the setting
    that chooses (extra.policy.messages, POLICY_MESSAGES)."""
    root = _site(tmp_path / "site", languages=languages, messages_setting=setting)
    monkeypatch.setitem(cli.COMMANDS, "check", lambda *_args: cli.OK)
    monkeypatch.setenv(messages.ENVIRONMENT, environment)
    assert cli.main(["--root", str(root), "check"]) == cli.OK
    err = capsys.readouterr().err
    language = {"de": "German", "es": "Spanish"}.get(languages[0], "")
    assert err == (f"note: messages are in English: the generator has none in {language} yet; set `messages:` in "
                   "the site's settings (`extra.policy` in mkdocs.yml; or POLICY_MESSAGES for one shell) to en or fr to "
                   "choose\n"
                   if noted else "")


def test_a_clone_s_team_is_told_once_that_the_messages_are_in_english(monkeypatch, tmp_path, capsys):
    """legal16 (session 49's leftover): a German site's every command began with the note, the team's `policy check`
    its findings after it each time. Said by the first command in a clone, then no more; again where the site's
    language changes (Spanish now), and each time where no git folder can keep it (the test above)."""
    from helpers import git

    root = _site(tmp_path / "site", languages=["de", "en"])
    git(tmp_path, "init", "-q", "-b", "main", str(root))
    monkeypatch.setitem(cli.COMMANDS, "check", lambda *_args: cli.OK)
    monkeypatch.setitem(cli.COMMANDS, "history", lambda *_args: cli.OK)
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    said = []
    for command in ("check", "check", "history"):
        assert cli.main(["--root", str(root), command]) == cli.OK
        said.append(capsys.readouterr().err)
    assert said[0].startswith("note: messages are in English: the generator has none in German yet;"), said
    assert said[1:] == ["", ""], said
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("code: de", "code: es")
                      .replace("authoritative: de", "authoritative: es"), encoding="utf-8")
    assert cli.main(["--root", str(root), "check"]) == cli.OK
    assert "none in Spanish yet" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["en-XX", "tlh", "fr-QQ"])
def test_a_language_babel_does_not_know_is_refused_by_the_settings(tmp_path, code):
    """Words10: `en-XX` (a region that is none) passed the settings and ended `policy check` and `policy build` on
    Babel's "unknown locale 'en_XX'" (the last net), as its dates were written: `policy init` refused it already.
    Company3: at the line of mkdocs.yml naming the code (the second language's)."""
    from policysite import settings

    root = _site(tmp_path / "site", languages=["fr", code])
    with pytest.raises(settings.SettingsError) as refused:
        settings.load(root)
    assert messages.said_in(messages.text_of(refused.value), "fr") == (
        f"{root / 'mkdocs.yml'}:10{NB}: extra.policy.languages{NB}: «{NB}{code}{NB}» n'est pas une langue (ou une "
        f"région) dont le générateur sait écrire les dates et les nombres{NB}: utilisez un code comme fr, de, en-GB ou "
        "pt-BR")
    assert settings.load(_site(tmp_path / "known", languages=["fr", "en-GB", "pt-br"])).authoritative == "fr"
