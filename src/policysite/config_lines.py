"""Where each setting of a configuration file is written: the file and line of every key and list entry, read from the
marks of PyYAML's composer (the parser the configuration is read with, settings.read_yaml), INHERIT's parent followed
as MkDocs merges it. A refused setting is then named at its line (`mkdocs.yml:41: plugins: …`): a legal team with a
400-line mkdocs.yml finds what was refused."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from policysite.settings import INHERITED

# A setting's path: its keys from the top (`("theme", "custom_dir")`), a list entry by its index
# (`("plugins", 0, "search", "lang")`).
Key = tuple[object, ...]
Places = dict[Key, tuple[str, int]]


def places(path: Path, *, depth: int = 0) -> Places:
    """(file name, line) of each key and list entry of the configuration file `path`, those of the file it INHERITs
    under them as MkDocs merges them (a mapping merged key by key, any other value replacing the parent's); {} for a
    file that cannot be read as YAML (its own error says where)."""
    import yaml

    try:
        if path.is_symlink() or not path.is_file():
            return {}
        root = yaml.compose(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError):
        return {}
    own: Places = {}
    replaced: list[Key] = []  # the values of this file that replace the parent's whole (a list, a string)
    todo: list[tuple[Key, Any]] = [((), root)]
    seen: set[int] = set()  # (an alias is the node it names, walked once: a nest of them no longer multiplies)
    while todo:
        key, node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        children: list[tuple[Key, Any]] = []
        if isinstance(node, yaml.MappingNode):
            for name, value in node.value:
                if isinstance(name, yaml.ScalarNode):
                    own[(*key, name.value)] = (path.name, name.start_mark.line + 1)
                    children.append(((*key, name.value), value))
        else:
            if key:
                replaced.append(key)
            if isinstance(node, yaml.SequenceNode):
                for index, entry in enumerate(node.value):
                    own[(*key, index)] = (path.name, entry.start_mark.line + 1)
                    children.append(((*key, index), entry))
        # walked in the file's order: a key written twice is the last one's, as the loader keeps it, what is under it
        # too (`extra:` twice: the second block's settings), and an anchor's node is walked where it is written
        todo.extend(reversed(children))
    parent = _inherited(root, path)
    if parent is None or depth > 4:
        return own
    under = places(parent, depth=depth + 1)
    return {**{key: place for key, place in under.items()
               if not any(key[:len(value)] == value and len(key) > len(value) for value in replaced)}, **own}


def _inherited(root: Any, path: Path) -> Path | None:
    """The file a configuration INHERITs, where settings.read_yaml would read it (a file beside it); None if none."""
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return None
    named = next((value.value for key, value in root.value
                  if getattr(key, "value", None) == "INHERIT" and isinstance(value, yaml.ScalarNode)), None)
    return path.parent / named if isinstance(named, str) and INHERITED.fullmatch(named) else None


def placer(config_file: str, path: Path) -> Callable[..., str]:
    """`at(*key)`: where the setting `key` of the configuration file `path` (named `config_file`) is written,
    `file:line` (`mkdocs.yml:41`); where it is not written, the line of the nearest setting around it (the `theme:` a
    missing `font` belongs under); the file alone where none is. The file is composed at the first question only: a
    configuration refused nowhere costs nothing (a history's every version is judged)."""
    written: list[Places] = []

    def at(*key: object) -> str:
        if not written:
            written.append(places(path))
        for end in range(len(key), 0, -1):
            found = written[0].get(key[:end]) or written[0].get(
                tuple(str(part) if not isinstance(part, int) else part for part in key[:end]))
            if found is not None:
                return f"{found[0]}:{found[1]}"
        return config_file
    return at
