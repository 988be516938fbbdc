"""safety81: on a site of several documents (privacy, then terms), every further document's language root
(`en/terms/index.html`) sends readers on to its own text in force, whichever document the command is about; the
first document's language root is the home page listing them (no door). rootdoor.doors judged a further document's
only for a command of that document's: verify, and the first document's publication, passed one leading to a
withdrawn text."""
from __future__ import annotations

import types

import pytest

from policysite import rootdoor, servedpages
from policysite.settings import Document, Language, Settings

_SITE = "https://example.org/legal/"


def _settings(*documents: Document) -> Settings:
    return Settings(company="Example Org", brand="Example", public_url=_SITE,
                    languages=(Language("en", "English", "mkdocs.yml"), Language("fr", "Français", "mkdocs.fr.yml")),
                    authoritative="en", page="privacy.md", version_section="", documents=documents)


_SEVERAL = (Document("", "privacy.md"), Document("terms", "terms.md"), Document("cookies", "cookies.md"))


@pytest.mark.parametrize("document", ["", "terms", "cookies"])
def test_every_further_document_s_language_root_is_a_door_whichever_document_asks(document):
    project = types.SimpleNamespace(settings=_settings(*_SEVERAL).for_document(document))
    found = rootdoor.doors(project)  # type: ignore[arg-type]
    # (and the home pages, whose text leads to each document: test_safety83_home_door)
    assert sorted(found) == ["en/cookies/index.html", "en/index.html", "en/terms/index.html", "fr/cookies/index.html",
                             "fr/index.html", "fr/terms/index.html", "index.html"], sorted(found)
    door = found["fr/terms/index.html"]
    assert door.targets == frozenset({f"{_SITE}fr/terms/latest/"}) and door.shown == "fr/terms/latest/"


def test_a_site_of_one_document_has_its_language_roots_as_doors():
    found = rootdoor.doors(types.SimpleNamespace(settings=_settings()))  # type: ignore[arg-type]
    assert sorted(found) == ["en/index.html", "fr/index.html", "index.html"]
    assert found["en/index.html"].targets == frozenset({f"{_SITE}en/latest/"})


_REDIRECT = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms</title>'
             '<meta http-equiv="refresh" content="0; url={target}"><link rel="canonical" href="{target}"></head>'
             '<body><a href="{target}">Terms</a></body></html>')


@pytest.mark.parametrize(("target", "refused"), [("latest/", False), ("2001-01-01/", True), ("../latest/", True)])
def test_a_further_document_s_language_root_leads_to_its_own_text_in_force_only(target, refused):
    """Judged for the first document's command (publish of privacy, verify): `en/terms/index.html` leading to a
    withdrawn version of the terms, or to the privacy policy's text, is refused."""
    project = types.SimpleNamespace(settings=_settings(*_SEVERAL))
    door = rootdoor.doors(project)["en/terms/index.html"]  # type: ignore[arg-type]
    said = servedpages.door_judged(_REDIRECT.format(target=target).encode("utf-8"), [], door=door)
    assert (said is not None) == refused, said
    if said is not None:
        assert said.fields["url"] == target and said.fields["target"] == "en/terms/latest/"
