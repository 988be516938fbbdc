"""MkDocs hooks of the policy site: each event guards on the policy page and calls the package."""
from __future__ import annotations

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
    config.extra["alternate"] = pages.alternates(settings, current=lang)
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = strings(lang)["permalink"]
    return config


def on_page_markdown(markdown, page, config, files):
    settings = policy_settings.from_extra(config.extra)
    if page.file.src_uri != settings.page:
        return markdown
    root = Path(config.config_file_path).parent
    for finding in checks.check_language(root=root, settings=settings, code=config.theme["language"]):
        log.warning(str(finding))
    return markdown


def on_page_content(html, page, config, files):
    settings = policy_settings.from_extra(config.extra)
    if page.file.src_uri != settings.page:
        return html
    env = config.theme.get_env()
    return pages.decorate(html, env=env, settings=settings, lang=config.theme["language"],
                          date=page.meta.get("date"))
