"""MkDocs hooks of the policy site: each event guards on the policy page and calls the package."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from policysite import checks, pages, settings as policy_settings
from policysite.strings import strings

log = get_plugin_logger("policy")


def on_config(config):
    try:
        settings = policy_settings.from_extra(config.extra, where=config.config_file_path)
    except policy_settings.SettingsError as exc:
        raise PluginError(str(exc)) from exc
    lang = config.theme["language"]
    release = policy_settings.release_from_extra(config.extra)
    config.extra["alternate"] = pages.alternates(settings, current=lang, version=release and release.version)
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = strings(lang)["permalink"]
    return config


def on_page_markdown(markdown, page, config, files):
    settings = policy_settings.from_extra(config.extra)
    if page.file.src_uri != settings.page:
        return markdown
    if policy_settings.release_from_extra(config.extra):
        return markdown  # a dated version is built as committed: `policy publish` ran the checks first
    root = Path(config.config_file_path).parent
    for finding in checks.check_language(root=root, settings=settings, code=config.theme["language"]):
        log.warning(str(finding))
    return markdown


def on_page_content(html, page, config, files):
    settings = policy_settings.from_extra(config.extra)
    if page.file.src_uri != settings.page:
        return html
    env = config.theme.get_env()
    release = policy_settings.release_from_extra(config.extra)
    versions = [dt.date.fromisoformat(v) for v in reversed(release.versions)] if release else None
    return pages.decorate(html, env=env, settings=settings, lang=config.theme["language"],
                          date=page.meta.get("date"), versions=versions, link_versions=bool(release))


def on_page_context(context, page, config, nav):
    release = policy_settings.release_from_extra(config.extra)
    if release is None:
        return context
    settings = policy_settings.from_extra(config.extra)
    lang = config.theme["language"]
    page.canonical_url = pages.latest_url(settings, lang=lang, release=release)
    context["policy_archived"] = pages.archived_banner(lang=lang, release=release)
    return context
