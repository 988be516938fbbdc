"""A document declared by the import that brings its texts (`policy import --document ID --new-document`).

A company adopting the generator with a cookie policy beside its privacy policy had to write
`extra.policy.documents` into mkdocs.yml by hand, each title in each language, and rename the site in every
mkdocs*.yml. The import knows all of it: the document's id, its page (`<id>.md`), its title in the language
imported (the newest text's own). These functions rewrite only those settings, every other byte of the files as
the team wrote it (comments, order, `!!python/name:` tags), and the import commits them before the texts.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import yaml

from policysite import strings
from policysite.messages import Said
from policysite.settings import Document, Settings

FIRST_ID = "privacy"  # the first document's id where the site had none: `policy init` makes a privacy policy's site


def documents_with(settings: Settings, *, doc_id: str, lang: str, title: str,
                   first: dict[str, str] | None = None) -> tuple[Document, ...]:
    """The site's documents once `doc_id` is declared, or given its title in `lang` where it has none; `first`: the
    titles of the site's one document where it gets a second (each language's own, else the home page would list it
    under the site's new name)."""
    documents = list(settings.documents or (Document(FIRST_ID, settings.page, dict(first or {})),))
    for n, doc in enumerate(documents):
        if doc.id == doc_id:
            if title and lang not in doc.titles:
                documents[n] = Document(doc.id, doc.page, {**doc.titles, lang: title})
            return tuple(documents)
    return (*documents, Document(doc_id, f"{doc_id}.md", {lang: title} if title else {}))


def with_documents(text: str, documents: Sequence[Document]) -> str:
    """mkdocs.yml's `text` with extra.policy.documents set to `documents`, its other lines as they are."""
    policy = _mapping(_mapping(yaml.compose(text, Loader=yaml.SafeLoader), "extra"), "policy")
    if policy is None:
        raise ValueError(Said("declare.no-policy"))
    keys = {key.value: (key, value) for key, value in policy.value}
    indent = " " * policy.value[0][0].start_mark.column
    block = [f"{indent}documents:\n"]
    for doc in documents:
        block += [f"{indent}  - id: {doc.id}\n", f"{indent}    page: {doc.page}\n"]
        if doc.titles:
            titles = ", ".join(f"{json.dumps(code)}: {json.dumps(title, ensure_ascii=False)}"
                               for code, title in doc.titles.items())
            block.append(f"{indent}    title: {{{titles}}}\n")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if "documents" in keys:
        key, value = keys["documents"]
        return "".join(lines[:key.start_mark.line] + block + lines[_last_line(value) + 1:])
    after = keys["page"][1] if "page" in keys else policy
    return "".join(lines[:_last_line(after) + 1] + block + lines[_last_line(after) + 1:])


def renamed(text: str, *, old: str, new: str) -> str:
    """A configuration's `text` with its site_name and site_description that read `old` reading `new` (the name
    `policy init` gave a site of one document, once the site holds several); any other name is the team's own."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return text
    lines = text.splitlines(keepends=True)
    for key, value in root.value:
        if key.value in ("site_name", "site_description") and isinstance(value, yaml.ScalarNode) \
                and value.value == old and value.start_mark.line == value.end_mark.line:
            n, start, end = value.start_mark.line, value.start_mark.column, value.end_mark.column
            lines[n] = lines[n][:start] + json.dumps(new, ensure_ascii=False) + lines[n][end:]
    return "".join(lines)


def site_names(settings: Settings, code: str) -> tuple[str, str]:
    """The name `policy init` gives a site of one document in `code`, and the one naming all its documents."""
    from policysite.init import site_strings

    return site_strings(code, settings.company)[0], strings.of_company(code, "home_title", settings.company)


def declare(root: Path, settings: Settings, documents: Sequence[Document]) -> dict[str, str]:
    """The configuration files (named as settings name them, mkdocs.yml first) rewritten for `documents`: the new
    text of each that changes."""
    written: dict[str, str] = {}
    several = len(documents) > 1 and len(settings.documents) <= 1
    for language in sorted(settings.languages, key=lambda language: language.config_file != "mkdocs.yml"):
        before = (Path(root) / language.config_file).read_text(encoding="utf-8")
        text = with_documents(before, documents) if language.config_file == "mkdocs.yml" else before
        if several:
            old, new = site_names(settings, language.code)
            text = renamed(text, old=old, new=new)
        if text != before:
            written[language.config_file] = text
    return written


def _mapping(node: yaml.Node | None, key: str) -> yaml.MappingNode | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    found = next((value for k, value in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    return found if isinstance(found, yaml.MappingNode) and found.value else None


def _last_line(node: yaml.Node) -> int:
    """The last line holding `node`'s text (a block collection's end mark is the next key's line: its last child's)."""
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        return _last_line(last[1] if isinstance(last, tuple) else last)
    end = node.end_mark
    return end.line if end.column > 0 else end.line - 1
