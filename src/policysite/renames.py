"""A published language's code renamed in the configuration (en → en-GB: histories5): the one reading of a rename,
which publish, history and export refuse, and verify, at and check say. Imports no GitPython (`policy check`)."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from policysite import manifest as mf
from policysite.messages import Said
from policysite.settings import Settings


def renamed_codes(settings: Settings, manifests: Iterable[mf.VersionManifest]) -> list[tuple[str, str]]:
    """Each published language whose code the configuration renamed, (old, new), read from `manifests` (every
    document's: a language published by a further document only is published too)."""
    published = set().union(*(m.languages for m in manifests))
    configured = [language.code for language in settings.languages]
    return renamed_languages(sorted(published - set(configured)), [code for code in configured
                                                                   if code not in published])


def renamed_said(settings: Settings, manifests: Iterable[mf.VersionManifest], branch: str) -> list[Said]:
    """`renamed_codes`, each said with what to keep and what may change."""
    manifests = list(manifests)
    # the authoritative language's code renamed: its own configuration file, and `authoritative:` set back too
    return [Said("refuse.renamed/item", old=old, new=new, branch=branch,
                 first=min(m.version for m in manifests if old in m.languages),
                 authoritative=old if new == settings.authoritative else "",
                 config="mkdocs.yml" if new == settings.authoritative else f"mkdocs.{old}.yml")
            for old, new in renamed_codes(settings, manifests)]


def renamed_languages(gone: list[str], unpublished: list[str]) -> list[tuple[str, str]]:
    """The published languages no longer configured (`gone`) that a configured language never published took the place
    of: (old code, new code), paired by their primary subtag (`en` and `en-GB`), else the one of each there is; none
    unless each of `gone` is paired with a language of its own (a language dropped beside one renamed is said as
    dropped)."""
    primary = {code: code.replace("_", "-").split("-")[0].lower() for code in [*gone, *unpublished]}
    pairs = [(old, new) for old in gone for new in unpublished if primary[old] == primary[new]]
    if not pairs and len(gone) == len(unpublished) == 1:
        pairs = [(gone[0], unpublished[0])]
    olds, news = {old for old, _new in pairs}, {new for _old, new in pairs}
    return pairs if len(olds) == len(news) == len(pairs) == len(gone) else []


def as_published(settings: Settings, renamed: Iterable[tuple[str, str]]) -> Settings:
    """`settings` with each `renamed` code (old, new) set back to the code its versions were published under: what
    `policy history` writes once the rename is undone, the archive's pages and root page verify compares against."""
    back = {new: old for old, new in renamed}
    if not back:
        return settings
    return dataclasses.replace(
        settings, authoritative=back.get(settings.authoritative, settings.authoritative),
        languages=tuple(dataclasses.replace(language, code=back.get(language.code, language.code))
                        for language in settings.languages),
        documents=tuple(dataclasses.replace(doc, titles={back.get(code, code): title for code, title in
                                                         doc.titles.items()}) for doc in settings.documents))
