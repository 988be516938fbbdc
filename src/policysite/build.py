"""Build the policy site, every language in-process, into one deployable tree."""
from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from policysite import settings as policy_settings


def build_language(root: Path, language: policy_settings.Language, *, site_dir: Path, **overrides) -> None:
    """Build one language with its mkdocs config into `site_dir`, strict."""
    config = load_config(str(root / language.config_file), site_dir=str(site_dir), strict=True, **overrides)
    mkdocs_build(config)


def build_site(*, root: Path, site_dir: Path) -> list[Path]:
    """Build every configured language into `site_dir/<lang>/` and the root redirect."""
    settings = policy_settings.load(root)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    built = []
    for language in settings.languages:
        target = site_dir / language.code
        build_language(root, language, site_dir=target)
        built.append(target)
    write_root_redirect(root=root, site_dir=site_dir, target=f"{settings.authoritative}/")
    return built


def write_root_redirect(*, root: Path, site_dir: Path, target: str) -> Path:
    """The site root sends readers to the authoritative language (`fr/`)."""
    env = Environment(loader=FileSystemLoader(str(root / "overrides")), autoescape=True)
    html = env.get_template("policy-redirect.html").render(target=target)
    site_dir.mkdir(parents=True, exist_ok=True)
    path = site_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
