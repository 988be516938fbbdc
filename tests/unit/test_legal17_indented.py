"""legal17: a paragraph pasted from Word with its indent (a tab, four spaces) is shown as code: said, as a warning."""
from __future__ import annotations

import pytest

from policysite import document, editorial
from policysite.findings import WARNING

HEAD = "---\ndate: 2030-01-15\n---\n\n# Privacy policy\n\n## 1. Your rights\n\n"


def _indented(body: str) -> list[tuple[int, str]]:
    text = HEAD + body
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    found = editorial.indented(policy, text)
    assert all(f.severity == WARNING for f in found)
    return [(f.line, dict(f.fields)["words"]) for f in found]


@pytest.mark.parametrize("indent", ["\t", "    ", "     "])
def test_a_paragraph_starting_with_a_tab_or_four_spaces_is_said_at_its_line(indent):
    """Word's first-line indent, pasted, made the paragraph an indented code block: a grey box in a typewriter font,
    never wrapped, never spell-checked, and the checks said only that the translation had one paragraph more."""
    body = f"We keep your data.\n\n{indent}You may access your data by writing to us at any time.\n"
    assert _indented(body) == [(11, "You may access your data by…")]


def test_a_fenced_block_an_indent_inside_a_paragraph_or_a_list_s_own_indent_is_not_said():
    fenced = "Write to us:\n\n```\nExample SAS\n1 rue de la Paix\n```\n"
    in_a_list = "- Access:\n\n    You may access your data.\n\n- Erasure.\n"
    listed_fence = "1. Write to us:\n\n    ```\n    Example SAS\n    ```\n"
    continued = "We keep your data\n    for three years.\n"  # (a wrapped line: no code block)
    for body in (fenced, in_a_list, listed_fence, continued):
        assert _indented(body) == [], body


def test_said_in_the_team_s_language_with_what_to_do():
    text = HEAD + "\tVous pouvez accéder à vos données.\n"
    policy = document.parse(text, path="docs/fr/index.md", lang="fr")
    said = editorial.indented(policy, text)[0].said("fr").replace("\u00a0", " ")
    assert said.startswith("docs/fr/index.md:9: avertissement : [editorial.indented] §1 : « Vous pouvez accéder à "
                           "vos données. » commence par une tabulation"), said
    assert "supprimez le retrait en début de ligne" in said
