"""The files a Markdown page includes (Jekyll, Hugo and Quarto, a server's SSI, MkDocs' snippets) written in where it
includes them, inside its repository only (session 33: each was left out as a tag no reader saw, with its words)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from policysite.convert import ConvertError, convert
from policysite.messages import said_in

PAGE = """\
---
title: Privacy Policy
---

# Privacy Policy

{% include intro.md %}

## Cookies

{% include_relative cookies.md %}

## Retention

{{< include "../parts/retention.md" >}}

<!--#include virtual="/parts/contact.md" -->

--8<-- "parts/rights.md"

```
{% include code.md %}
```
"""


def site(tmp_path: Path, page: str = PAGE) -> Path:
    """A Jekyll site's repository: the page in `legal/`, its includes in `_includes/`, beside it and in `parts/`."""
    top = tmp_path / "site"
    for folder in ("_includes", "legal", "parts", ".git"):
        (top / folder).mkdir(parents=True)
    files = {"legal/privacy-2023-03-01.md": page, "_includes/intro.md": "We are **Acme**.\n",
             "legal/cookies.md": "---\ntitle: x\n---\nWe use two cookies.\n\n{% include nested.md %}\n",
             "_includes/nested.md": "Nested words.\n", "parts/retention.md": "We keep data 3 years.\n",
             "parts/contact.md": "## Contact\n\nWrite to us.\n", "parts/rights.md": "## Rights\n\nYou may ask.\n"}
    for name, text in files.items():
        (top / name).write_text(text, encoding="utf-8")
    return top / "legal/privacy-2023-03-01.md"


def test_each_way_of_including_a_file_writes_its_words_in_where_the_page_includes_it(tmp_path: Path):
    """Jekyll's `_includes/` (nearest above the page) and `include_relative`, Hugo's and Quarto's shortcode, SSI's
    `virtual=` from the site's top, a snippet from the top, an include inside an include, an included file's front
    matter left out; an include inside fenced code stays as written; one the repository lacks is left out, said."""
    converted = convert(site(tmp_path))
    assert converted.markdown.strip() == (
        "# Privacy Policy\n\nWe are **Acme**.\n\n## Cookies\n\nWe use two cookies.\n\nNested words.\n\n## Retention\n\n"
        "We keep data 3 years.\n\n## Contact\n\nWrite to us.\n\n## Rights\n\nYou may ask.\n\n```\n"
        "{% include code.md %}\n```")
    notes = [said_in(note, "en") for note in converted.notes]
    assert "wrote in the 6 files the page includes, as its site's generator did: _includes/intro.md, " \
           "legal/cookies.md, _includes/nested.md, parts/retention.md, parts/contact.md, parts/rights.md" in notes, notes
    lacking = convert(site(tmp_path / "b", "# Privacy\n\n## One\n\n{% include gone.md %}\n\nText.\n"))
    assert "line 5: left out 1 file the page includes, whose words readers saw there: gone.md (not in its repository): " \
           "check the page as readers saw it" in [said_in(note, "en") for note in lacking.notes]


@pytest.mark.parametrize(("include", "said"), [
    ("{% include_relative ../../outside.md %}", "line 7 of legal/privacy-2023-03-01.md includes ../../outside.md, "
                                                "which leads out of its repository"),
    ("{{< include /../outside.md >}}", "line 7 of legal/privacy-2023-03-01.md includes /../outside.md, which leads"),
    ("{% include_relative link.md %}", "line 7 of legal/privacy-2023-03-01.md includes link.md, which leads out"),
    ("{% include_relative privacy-2023-03-01.md %}", "includes privacy-2023-03-01.md, which includes it again"),
    ("{% include_relative loop-a.md %}", "line 3 of legal/loop-b.md includes loop-a.md, which includes it again"),
    ("{% include_relative deep-0.md %}", "line 3 of legal/deep-4.md: includes nested more than 5 deep (deep-5.md)"),
    ("{% include_relative ../.git/config %}", "line 7 of legal/privacy-2023-03-01.md includes ../.git/config, a file "
                                              "of git's own folder (.git/: its configuration, a remote's address"),
    ('<!--#include virtual="/.git/config" -->', "line 7 of legal/privacy-2023-03-01.md includes /.git/config, a file"),
    ("{% include_relative git-link.md %}", "line 7 of legal/privacy-2023-03-01.md includes git-link.md, a file of "
                                           "git's own folder"),
])
def test_an_include_out_of_the_repository_or_in_a_cycle_or_too_deep_is_refused_at_its_line(tmp_path: Path,
                                                                                          include: str, said: str):
    (tmp_path / "outside.md").write_text("Words from outside.\n", encoding="utf-8")
    page = site(tmp_path, f"# Privacy\n\n## One\n\nText.\n\n{include}\n")  # (line 7)
    os.symlink(tmp_path / "outside.md", page.parent / "link.md")
    (page.parents[1] / ".git" / "config").write_text("[remote]\n\turl = https://user:token@example.test/x\n")
    os.symlink("../.git/config", page.parent / "git-link.md")
    (page.parent / "loop-a.md").write_text("A.\n\n{% include_relative loop-b.md %}\n", encoding="utf-8")
    (page.parent / "loop-b.md").write_text("B.\n\n{% include_relative loop-a.md %}\n", encoding="utf-8")
    for n in range(8):
        (page.parent / f"deep-{n}.md").write_text(f"{n}.\n\n{{% include_relative deep-{n + 1}.md %}}\n",
                                                   encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        convert(page)
    english = said_in(refused.value.args[0], "en")
    assert english.startswith("privacy-2023-03-01.md:") and said in english, english
    assert said_in(refused.value.args[0], "fr").startswith("privacy-2023-03-01.md\u00a0: la ligne ")


@pytest.mark.parametrize("front", ["+++\ntitle = \"Cookies\"\n+++\n", "---\ntitle: Cookies\n...\n",
                                   "---  \ntitle: Cookies\n---\n"])
def test_an_included_file_s_front_matter_is_left_out_in_each_way_a_page_s_own_is(tmp_path: Path, front: str):
    """An included file's front matter is read apart as the page's own is (YAML closed by `---` or `...`, TOML by
    `+++`): the includes' own reading took only `---` … `---`, and wrote a Hugo part's TOML keys into the text."""
    page = site(tmp_path, "# Privacy\n\n## Cookies\n\n{% include_relative part.md %}\n")
    (page.parent / "part.md").write_text(f"{front}We use two cookies.\n", encoding="utf-8")
    assert convert(page).markdown.strip() == "# Privacy\n\n## Cookies\n\nWe use two cookies."


@pytest.mark.parametrize("fan, words, said", [
    (20, "Words.\n", "line 39 of legal/fan-3.md includes fan-4.md, and the page's includes write in more than 2,000 files"),
    (1, "Words. " * 140_000 + "\n", "line 15 of legal/privacy-2023-03-01.md includes fan-1.md, and the page's includes "
                                    "write in more than 2,000 files or 4 MB"),
])
def test_includes_writing_in_more_than_a_page_in_all_are_refused_at_their_line(tmp_path: Path, fan: int, words: str,
                                                                             said: str):
    """A file included 40 times by a file included 40 times, five deep (each file small, none included by itself),
    wrote 100 million copies in: `policy import` ran until memory ran out. Refused now at the include past the limit,
    as are five includes of a file of 980 kB (each under the limit of one file)."""
    fans = "".join("{% include_relative fan-1.md %}\n\n" for _ in range(fan if fan > 1 else 5))
    page = site(tmp_path, f"# Privacy\n\n## One\n\nText.\n\n{fans}")
    for n in range(1, 4):
        inner = "".join(f"{{% include_relative fan-{n + 1}.md %}}\n\n" for _ in range(fan)) if fan > 1 else words
        (page.parent / f"fan-{n}.md").write_text(inner, encoding="utf-8")
    (page.parent / "fan-4.md").write_text(words, encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        convert(page)
    english = said_in(refused.value.args[0], "en")
    assert english.startswith("privacy-2023-03-01.md: ") and said in english, english
    assert said_in(refused.value.args[0], "fr").startswith("privacy-2023-03-01.md\u00a0: la ligne ")


def test_an_include_the_system_cannot_look_up_is_left_out_and_said_at_its_line(tmp_path: Path):
    """An include naming a file longer than the system allows ended `policy import` on "error: [Errno 36] File name too
    long: …", naming neither the page nor its line. It is left out now, said at its line as an include the repository
    does not give, and the rest of the page is imported."""
    long_name = "a" * 300 + ".md"
    page = site(tmp_path, f'# Privacy\n\n## One\n\nText.\n\n<!--#include file="{long_name}" -->\n\n'
                          "{% include_relative cookies.md %}\n")
    converted = convert(page)
    assert "Text." in converted.markdown and "We use two cookies." in converted.markdown, converted.markdown
    said = [note for note in converted.notes if "left out 1 file the page includes" in note]
    assert len(said) == 1 and said[0].startswith("line 7: ") and long_name in said[0], converted.notes
