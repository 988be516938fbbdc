"""The blank lines a Markdown import leaves where it took lines out (MDX's imports and exports, Hugo's shortcodes),
collapsed; the text's own, and code's, as written."""
from __future__ import annotations

from policysite.convert import markdown_lines, markdown_source

HUGO = ('+++\ntitle = "Privacy"\n+++\n\n{{< toc >}}\n\n## 1. Data\n\nWe collect names.\n\n\n\nOur own three blank lines '
        "above.\n\n{{< alert >}}\nKeep it.\n{{< /alert >}}\n\n## 2. Code\n\n```\na\n\n\n\nb\n```\n")


def test_a_hugo_page_s_removed_shortcodes_leave_no_run_of_blank_lines():
    body = markdown_source.convert(HUGO.encode(), name="privacy-2021-07-12.md").markdown
    assert body == ("## 1. Data\n\nWe collect names.\n\n\n\nOur own three blank lines above.\n\nKeep it.\n\n"
                    "## 2. Code\n\n```\na\n\n\n\nb\n```\n"), body


def test_an_mdx_page_s_imports_and_comments_leave_no_blank_lines_above_its_text():
    text = ("---\ntitle: Privacy\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
            "{/* Reviewed by legal */}\n\nEffective April 4, 2024.\n\n{/* a note */}\n\n## 1. Who we are\n\nAcme.\n")
    body = markdown_source.convert(text.encode(), name="privacy-2024-04-04.mdx").markdown
    assert body == "Effective April 4, 2024.\n\n## 1. Who we are\n\nAcme.\n", body


def test_only_the_runs_a_removal_made_are_collapsed():
    """Pure: lines blanked in place (a removed line's) join the blank lines around them into one; a run the source
    wrote stays, inside a fence too."""
    written = "A.\n\nimport x\n\nB.\n\n\n\nC.\n\n```\n\n\n```\nD.\nremoved\n\nE."
    made = "A.\n\n\n\nB.\n\n\n\nC.\n\n```\n\n\n```\nD.\n\n\nE."
    assert markdown_lines.removal_blanks(written, made) == "A.\n\nB.\n\n\n\nC.\n\n```\n\n\n```\nD.\n\nE."
    assert markdown_lines.removal_blanks("A.\n\nB.", "A.\n\nB.") == "A.\n\nB."
