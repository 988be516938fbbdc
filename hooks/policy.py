"""MkDocs hooks of the policy site: each event guards on the policy page and calls the package."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from policysite import pages, settings as policy_settings
from policysite.findings import Finding
from policysite.strings import strings

log = get_plugin_logger("policy")
# The checks of the build under way, by config: started in on_pre_build, collected in on_post_build.
_running: dict[int, subprocess.Popen] = {}


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


def on_pre_build(config):
    """Start this language's checks in a process of their own: they run on the other core meanwhile."""
    if policy_settings.release_from_extra(config.extra):
        return  # a dated version is built as committed: `policy publish` ran the checks first
    root = Path(config.config_file_path).parent
    command = [sys.executable, "-m", "policysite.cli", "--root", str(root), "check",
               "--lang", config.theme["language"], "--format", "json"]
    _running[id(config)] = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                            encoding="utf-8")


def on_post_build(config):
    """Log each finding of the checks as a warning, so that a strict build fails and lists them all."""
    process = _running.pop(id(config), None)
    if process is None:
        return
    out, err = process.communicate()
    if process.returncode not in (0, 1):
        log.warning(f"the policy checks could not run: {err.strip() or process.returncode}")
        return
    for finding in json.loads(out):
        log.warning(str(Finding(**finding)))


def on_build_error(error):
    for process in _running.values():
        process.kill()
    _running.clear()


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
