"""MkDocs hooks of the policy site: each event guards on the policy page and calls the package."""
from __future__ import annotations

import sys
from os import path as _path

# MkDocs imports this file with its folder first on sys.path (config_options.Hooks): a module of a pull request's
# beside it (hooks/selectolax.py) would be imported as the one the package imports, and run on the machine that
# previews the pull request (`make preview` serves with MkDocs itself; security hunt 30). The folder leaves the path
# before anything else is imported.
sys.path[:] = [entry for entry in sys.path if _path.realpath(entry or ".") != _path.realpath(_path.dirname(__file__))]

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from policysite import (
    anchors,
    archive,
    background,
    crosslinks,
    document,
    export,
    feed,
    home,
    imagefiles,
    pages,
    pdf,
    preview,
    rendering,
    safety,
    settings as policy_settings,
    toc_readings,
)
from policysite.findings import WARNING, visible_logs
from policysite.redline import docx as redline_docx
from policysite.strings import of_company, strings

log = get_plugin_logger("policy")
# The checks of the build under way, by config: started in on_pre_build, collected in on_post_build.
_running: dict[int, background.Checks] = {}
# The ids of the policy page being built, from on_page_markdown to on_page_content.
_anchors: dict[tuple[str, int], anchors.Anchors] = {}
# Its text as the document model reads it, for the check that the rendered page has the same lists.
_policies: dict[tuple[str, int], tuple[rendering.Policy, int]] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The policy settings, checked once; the language links and permalink title in the page's language."""
    visible_logs(logging.getLogger("mkdocs"))  # MkDocs quotes the text's link targets as written, ESC and all
    try:
        settings = policy_settings.from_extra(config.extra, where=config.config_file_path)
    except policy_settings.SettingsError as exc:
        raise PluginError(preview.refused(exc, config.config_file_path)) from exc
    lang = config.theme["language"]
    release = policy_settings.release_from_extra(config.extra)
    # The <head> lists these, and Material fetches sitemap.xml beside each: the archive's pages (history,
    # compare) name each language's latest policy there; their header menu links the same page (policy_alternate).
    archive_pages = archive.entries_from_extra(config.extra) is not None
    config.extra["alternate"] = pages.alternates(settings, current=lang, version=release.version if release else None,
                                                 page="latest/" if archive_pages else "",
                                                 languages=release.languages if release else
                                                 archive.languages_from_extra(config.extra))
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = strings(lang)["permalink"]
    config.copyright = pages.with_year(config.copyright, year=pages.copyright_year(
        settings, release=release, entries=archive.entries_from_extra(config.extra),
        config_file=config.config_file_path))
    pages.quote_config(config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Start this language's checks beside the build: they run on the other core meanwhile."""
    if policy_settings.release_from_extra(config.extra) or archive.entries_from_extra(config.extra) is not None:
        return  # a dated version is built as committed: `policy publish` ran the checks first
    _running[id(config)] = background.Checks(root=Path(config.config_file_path).parent,
                                             lang=config.theme["language"])


def on_post_build(config: MkDocsConfig) -> None:
    """Log each finding of the checks as a warning, so that a strict build fails and lists them all."""
    checks = _running.pop(id(config), None)
    if checks is None:
        return
    lang = preview.language(config.config_file_path)
    try:
        findings = checks.result()
    except background.CheckError as exc:
        log.warning(preview.checks_failed(exc, lang))
        return
    for finding in findings:  # a warning finding (an unused word-list entry) is said without failing the build
        (log.warning if finding.severity != WARNING else log.info)(preview.finding(finding, lang))


def on_build_error(error: Exception) -> None:
    """A failed build stops its checks: nothing is left running."""
    for checks in _running.values():
        checks.cancel()
    _running.clear()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """A dated version gets its changes page (its redline also as .docx) and JSON export (its PDF is printed beside
    the build: building.py); the archive's build, the history and compare pages and the feed of the versions it
    lists. A preview gets none of them."""
    template = files.get_file_from_path(pdf.TEMPLATE)  # the PDF's print template: read, never served
    if template is not None:
        files.remove(template)
    settings = policy_settings.from_extra(config.extra)
    lang = config.theme["language"]
    release = policy_settings.release_from_extra(config.extra)
    entries = archive.entries_from_extra(config.extra)
    if release:
        pages.serve_at_root(files.get_file_from_path(settings.page))  # another document's page: <id>/<date>/
        source = (Path(config.docs_dir) / settings.page).read_bytes()
        files.append(File.generated(config, archive.PAGES[archive.CHANGES], inclusion=InclusionLevel.NOT_IN_NAV,
                                    content=archive.page_source(archive.CHANGES, lang=lang, version=release.version)))
        url = f"{settings.public_url}{settings.base(lang)}/{release.version}/"
        files.append(File.generated(config, export.FILE, content=export.policy_json(
            source, lang=lang, version=release.version, url=url, previous=release.previous,
            read=imagefiles.folder_reader(Path(config.docs_dir)), page=settings.page,
            source_text=release.source_text if lang != settings.authoritative else "")))
        if lang != settings.authoritative and release.source_text:  # a translation beside the text that prevails
            files.append(File.generated(config, archive.PAGES[archive.SIDE], inclusion=InclusionLevel.NOT_IN_NAV,
                                        content=archive.page_source(archive.SIDE, lang=lang, version=release.version)))
        if release.previous:  # the changes page offers its redline as a Word document with tracked changes
            change = archive.changes_of(source.decode("utf-8"), previous_text=release.previous_text, lang=lang,
                                        source_text=release.source_text)
            if change is not None:
                name = redline_docx.file_name(lang=lang, old=release.previous, new=release.version)
                files.append(File.generated(config, f"changes/{name}", content=redline_docx.render_docx(
                    change, author=settings.company, lang=lang, time_zone=settings.time_zone,
                    site=pages.unquoted(config.site_name),
                    ids=archive.section_ids(source.decode("utf-8"), lang=lang, release=release))))
    elif entries is not None:
        for kind in (archive.HISTORY, archive.COMPARE, archive.AT):
            files.append(File.generated(config, archive.PAGES[kind], content=archive.page_source(kind, lang=lang)))
        documents = home.from_extra(config.extra)
        if documents is not None:  # a site of several documents: its home page and feed, in the first one's
            title = of_company(lang, "home_title", settings.company)
            files.append(File.generated(config, home.PAGE, inclusion=InclusionLevel.NOT_IN_NAV,
                                        content=home.page_source(lang=lang, site_name=title)))
            files.append(File.generated(config, home.FEED, content=home.atom(
                documents, lang=lang, site_name=settings.company, author=settings.company,
                base_url=f"{settings.public_url}{lang}/", time_zone=settings.time_zone)))
        files.append(File.generated(config, feed.FILE, content=feed.atom(
            entries, lang=lang, site_name=pages.unquoted(config.site_name),
            base_url=f"{settings.public_url}{settings.base(lang)}/", author=settings.company,
            time_zone=settings.time_zone)))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The policy page gets its date and version list; a generated page its changes, history or compare body."""
    settings = policy_settings.from_extra(config.extra)
    kind = page.meta.get("policy_page")
    html = pages.quiet_permalinks(html, lang=config.theme["language"])
    if kind == "home":
        return home.page(html, env=config.theme.get_env(), lang=config.theme["language"],
                         documents=home.from_extra(config.extra) or [])
    if kind:
        release = policy_settings.release_from_extra(config.extra)
        dated = release.version if release is not None and kind in (archive.CHANGES, archive.SIDE) else None
        html = archive.marked_title(html, lang=config.theme["language"], version=dated)
        return html + archive.page_body(kind, env=config.theme.get_env(), lang=config.theme["language"],
                                        docs_page=Path(config.docs_dir) / settings.page,
                                        release=release, entries=archive.entries_from_extra(config.extra),
                                        source_lang=settings.authoritative,
                                        earlier=archive.earlier_from_extra(config.extra),
                                        doc_id=settings.document, late=archive.late_from_extra(config.extra))
    document = pages.settings_of(settings, page.file.src_uri)  # a preview holds every document's page
    if document is None:
        return html
    settings = document
    found = _anchors.pop((page.file.src_uri, id(config)), None)
    policy, ahead = _policies.pop((page.file.src_uri, id(config)), (None, 0))
    for line, message in rendering.unrendered(html, policy, ahead=ahead) if policy else []:
        log.warning(preview.body_line(line, message, preview.language(config.config_file_path)))
    for anchor in anchors.unbuilt(html, found) if found else []:
        log.warning(preview.unbuilt(anchor, preview.language(config.config_file_path)))
    release = policy_settings.release_from_extra(config.extra)
    html = anchors.with_aliases(html, found, versions=release.versions if release else ()) if found else html
    env = config.theme.get_env()
    if release and release.links:
        html = crosslinks.mark(html, release.links)
    versions = [dt.date.fromisoformat(v) for v in reversed(release.versions)] if release else None
    return pages.decorate(html, env=env, settings=settings, lang=config.theme["language"],
                          date=page.meta.get("date"), versions=versions, link_versions=bool(release),
                          note=page.meta.get("summary"), pdf=release is None or release.pdf,
                          pdf_none=release.pdf_none if release else "",
                          announced=pages.announced_of(page.meta, release), earlier=release.earlier if release else "",
                          page_title=page.title or "", description=page.meta.get("description"),
                          behind=(release.words, release.reference) if release and release.words else None)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    """The skip link goes to the page's title; a published page links its other languages, the archive, and says
    when it is archived."""
    page.toc = toc_readings.with_readings(pages.from_the_title(page.toc, page.content or "", title=page.title or ""),
                                          page.content or "")
    kind = page.meta.get("policy_page")
    if kind and kind != "home":
        dated = policy_settings.release_from_extra(config.extra) if kind in (archive.CHANGES, archive.SIDE) else None
        context["policy_page_title"] = pages.generated_title(lang=config.theme["language"],
                                                             site_name=pages.unquoted(config.site_name),
                                                             version=dated.version if dated else None)
    release = policy_settings.release_from_extra(config.extra)
    if release is None and archive.entries_from_extra(config.extra) is None:
        return context
    settings = policy_settings.from_extra(config.extra)
    lang = config.theme["language"]
    side = page.meta.get("policy_page") == archive.SIDE  # the other languages have no such page: their policy
    context["policy_alternate"] = pages.alternates(settings, current=lang, version=release.version if release else None,
                                                   page="" if side else page.url,
                                                   languages=release.languages if release else
                                                   archive.languages_from_extra(config.extra)) + (
        pages.side_by_side(settings, lang=lang, release=release) if release else [])
    context["policy_links"] = pages.archive_links(lang=lang, release=release, page=page.url)
    if page.meta.get("policy_page") == archive.HISTORY:
        context["policy_feed"] = pages.feed_link(lang)
    if release is None:
        if page.meta.get("policy_page") in (archive.HISTORY, archive.COMPARE, archive.AT):
            context["policy_print"] = pages.archive_print_line(
                settings, lang=lang, page=page.url, title=page.title or "", site_name=pages.unquoted(config.site_name))
        return context
    if page.file.src_uri == settings.page:
        page.canonical_url = pages.latest_url(settings, lang=lang, release=release)
        context["policy_version_title"] = pages.version_title(lang=lang, version=release.version)
    context["policy_archived"] = pages.archived_banner(lang=lang, release=release, page=page.url)
    context["policy_print"] = pages.print_line(settings, lang=lang, version=release.version, page=page.url)
    if page.meta.get("policy_page") != archive.CHANGES:  # a changes page shows the sections that changed only
        context["policy_missing"] = pages.missing_section(lang=lang, page=page.url, untitled=pages.untitled(page.toc))
    # a page the site makes for the version (its changes page) says what the version's text says of its announcement
    own = Path(config.docs_dir) / settings.page if page.meta.get("policy_page") else None
    context["policy_upcoming"] = pages.upcoming_banner(lang=lang, release=release, page=page.url,
                                                       announced=pages.announced_of(page.meta, release,
                                                                                    own=own) is not None)
    return context


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Front matter values reach the theme's templates, which print them unescaped: escape them here.
    The policy page's headings get the ids its sections are known by."""
    pages.escape_meta(page.meta)
    settings = pages.settings_of(policy_settings.from_extra(config.extra), page.file.src_uri)
    if settings is None:
        return markdown
    if rendering.unread(markdown):  # (not rendered: its checks refuse it, text.size)
        return ""
    release = policy_settings.release_from_extra(config.extra)
    if release and release.links:  # links to the site's other documents land on their version of that date
        markdown = crosslinks.rewrite(markdown, release.links)
    policy, ahead = rendering.read_page(markdown, lang=config.theme["language"], source=page.file.content_string)
    if not policy.title:  # MkDocs would title an index page without a heading "Home", and the theme print it
        page.title = document.meta_title(page.meta) or config.site_name
    markdown, found = anchors.for_page(
        markdown, lang=config.theme["language"], aliases=release.aliases if release else None,
        source_text=pages.source_text(settings, lang=config.theme["language"], release=release,
                                      config_file=config.config_file_path), reading=(policy, ahead))
    if release and release.previous_text:  # the sections split off one since the version before (reader25)
        for index, cuts in anchors.split_off(release.previous_text, policy, lang=config.theme["language"]).items():
            for cut in cuts:  # (and those split off before it, which its record carries: for_page)
                found.add_split(index, cut, on=release.version)
    _anchors[page.file.src_uri, id(config)] = found
    _policies[page.file.src_uri, id(config)] = policy, ahead
    return rendering.lists_apart(markdown, policy, ahead=ahead)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Every page carries a Content-Security-Policy allowing the theme's own scripts only, and its text as the
    checks read it."""
    if not safety.holds_content(output, page.content or ""):
        log.warning(preview.rewritten(page.file.src_uri, preview.language(config.config_file_path)))
    elif (hidden := safety.content_hidden(output, page.content or "")) is not None:
        log.warning(preview.hidden(page.file.src_uri, hidden, preview.language(config.config_file_path)))
    output = pages.with_region(output, config.theme["language"])
    own = page.title or "" if page.meta.get("policy_page") else ""
    release = policy_settings.release_from_extra(config.extra)
    output = pages.marked_site_titles(output, lang=config.theme["language"], titles=pages.site_titles(
        config.theme["language"], own=own, version=release.version if own and release else None))
    return safety.with_csp(output, theme_dirs=tuple(config.theme.dirs))


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """The theme's 404 page says so in every language of the site, with a way back to the text in force."""
    if template_name == "404.html" and policy_settings.release_from_extra(config.extra) is None \
            and archive.entries_from_extra(config.extra) is not None:
        context["policy_not_found"] = pages.not_found(policy_settings.from_extra(config.extra),
                                                      lang=config.theme["language"],
                                                      languages=archive.languages_from_extra(config.extra),
                                                      starts=archive.starts_from_extra(config.extra))
        context["policy_rooted"] = pages.rooted(policy_settings.from_extra(config.extra))
    return context


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) carry the same Content-Security-Policy."""
    if template_name.endswith(".html"):
        output_content = pages.marked_site_titles(output_content, lang=config.theme["language"],
                                                  titles=pages.site_titles(config.theme["language"]))
        return safety.with_csp(output_content, theme_dirs=tuple(config.theme.dirs))
    return output_content
