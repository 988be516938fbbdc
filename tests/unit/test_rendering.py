"""Lists as MkDocs' renderer reads them: a list right after a paragraph, nesting, a list's first number."""
from __future__ import annotations

import markdown as python_markdown

from policysite import gate, rendering

BODY = "# Policy\n\n## Who we are\n\nWe collect:\n- names\n- e-mails\n\nThen:\n\n3. third\n4. fourth\n"
EXTENSIONS = ["tables", "attr_list", "sane_lists"]  # as mkdocs.yml and the skeleton's


def test_a_list_right_after_a_paragraph_is_written_apart_and_built_as_a_list():
    policy = rendering.read(BODY, lang="en")
    written = rendering.lists_apart(BODY, policy)
    assert "We collect:\n\n- names\n- e-mails\n" in written
    html = python_markdown.markdown(written, extensions=EXTENSIONS)
    assert "<li>names</li>" in html and '<ol start="3">' in html
    assert rendering.unrendered(html, policy) == []
    as_written = python_markdown.markdown(BODY, extensions=EXTENSIONS)
    assert rendering.unrendered(as_written, policy) == [
        (6, "this list item is not a list item of the published page: leave a blank line before the list")]


def test_an_item_nested_by_two_spaces_is_named_at_its_line():
    body = "# Policy\n\n## Lists\n\n- top\n  - nested\n- next\n"
    policy = rendering.read(body, lang="en")
    html = python_markdown.markdown(rendering.lists_apart(body, policy), extensions=EXTENSIONS)
    assert [line for line, _ in rendering.unrendered(html, policy)] == [6]
    fixed = body.replace("  - nested", "    - nested")
    assert rendering.unrendered(python_markdown.markdown(fixed, extensions=EXTENSIONS),
                                rendering.read(fixed, lang="en")) == []


def test_a_body_line_of_a_build_warning_is_a_line_of_the_file():
    text = "---\ndate: 2021-02-17\n---\n\n" + BODY
    found = gate.build_findings(["body line 6: this list item is not a list item of the published page"],
                                page="docs/en/index.md", text=text, lang="en")
    assert [(f.line, f.message) for f in found] == [(10, "this list item is not a list item of the published page")]
    assert text.split("\n")[9] == "- names"


def test_items_numbered_with_a_parenthesis_and_a_table_after_a_paragraph_are_built_as_such():
    body = "# Policy\n\n## Rights\n\nYou may:\n1) ask\n2) object\n\nRetention:\n| Data | Kept |\n|---|---|\n| Logs | 1 year |\n"
    policy = rendering.read(body, lang="en")
    written = rendering.lists_apart(body, policy)
    assert "You may:\n\n1. ask\n2. object\n" in written and "Retention:\n\n| Data | Kept |\n" in written
    html = python_markdown.markdown(written, extensions=EXTENSIONS)
    assert "<li>ask</li>" in html and "<td>Logs</td>" in html and rendering.unrendered(html, policy) == []
    assert rendering.unrendered(python_markdown.markdown(body, extensions=EXTENSIONS), policy)[0][0] == 6
    no_list = body.replace("1) ask\n2) object", "ask or object")
    as_written = python_markdown.markdown(no_list, extensions=EXTENSIONS)
    assert rendering.unrendered(as_written, rendering.read(no_list, lang="en")) == [
        (9, "this table row is not a row of a table on the published page: leave a blank line before the table, "
            "and give it its header line")]


def test_policy_check_names_an_item_the_site_would_flatten_at_its_line_in_the_file():
    text = "---\ndate: 2021-02-17\n---\n\n# Policy\n\n## Lists\n\nWe keep:\n- logs\n  - access logs\n"
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/en/index.md", 11, "render.structure")]
    assert "indent it by four spaces" in found[0].message
    assert rendering.check(text.replace("  - access", "    - access"), path="docs/en/index.md", lang="en") == []


def test_nesting_the_renderer_cannot_build_is_named_at_its_line():
    page = ("---\ndate: 2024-02-01\n---\n\n# Policy\n\n## 1. One\n\n" + "*" * 5000 + "Contact" + "*" * 5000
            + "\n\n" + "- " * 100 + "Item\n\n" + "> " * 40 + "Quote\n")
    found = rendering.check(page, path="docs/fr/index.md", lang="fr")
    assert [(f.line, f.rule) for f in found] == [(9, "render.structure"), (11, "render.structure"),
                                                 (13, "render.structure")]
    assert found[0].message.startswith("32 or more emphasis marks (* or _) in a row: nested too deeply")
    assert "list markers on one line" in found[1].message and "quote marks (>)" in found[2].message
    rules = "---\ndate: 2024-02-01\n---\n\n# Policy\n\n" + "*" * 40 + "\n\nName: " + "_" * 40 + "\n"
    assert rendering.check(rules, path="docs/fr/index.md", lang="fr") == []  # a rule, a blank to fill in


def test_an_item_starting_with_an_inline_tag_is_read_by_its_first_word():
    """A Word footnote imported as `1. <span id="footnote-2"></span> Registered …`: its words, not its tag."""
    body = "# Policy\n\n## Notes\n\nAs registered.\n\n1. <span id=\"footnote-2\"></span> Registered &amp; kept.\n"
    policy = rendering.read(body, lang="en")
    html = python_markdown.markdown(body, extensions=EXTENSIONS)
    assert '<li><span id="footnote-2"></span> Registered' in html and rendering.unrendered(html, policy) == []


def test_a_hash_without_a_space_is_named_where_the_site_and_the_checks_read_it_apart():
    text = "---\ndate: 2023-01-01\n---\n# T\n\n## 1. A\n\n#1 in our values.\n\n\\#2 is escaped. And # 3 is prose.\n"
    found = rendering.check(text, path="p.md", lang="en")
    assert [(f.line, f.rule) for f in found] == [(8, "render.structure")]
    assert "is a heading on the published page and a paragraph for the checks" in found[0].message
