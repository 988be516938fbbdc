"""safety81: a link whose words name a section, by its number (`section 2`, `§ 2`) or by its title (`Second section`),
with a character that draws nothing inside them (a soft hyphen, a zero-width space, the word joiner), and that goes to
another section passed the source check and the output check: the reader sees "section 2" and lands on section 3.
Both read the words as seen (characters.as_seen), at the line writing them."""
from __future__ import annotations

import pytest

from policysite import document, editorial, safety

_INVISIBLE = {"soft hyphen": "\u00ad", "zero-width space": "\u200b", "word joiner": "\u2060",
              "zero-width joiner": "\u200d"}
_LINKS = [("sec{c}tion 2", "shows section 2"), ("section 2{c}", "shows section 2"), ("§{c}2", "shows section 2"),
          ("Sec{c}ond sec{c}tion", "the title of the section “Second section”")]
_TEXT = ("---\ndate: 2001-02-01\n---\n\n# T\n\n## 1. First section\n\nA.\n\n## 2. Second section\n\nB.\n\n"
         "## 3. Third\n\nC.\n\nSee [{words}](#s3).\n")


_FRENCH = {"shows section 2": "affiche la section 2",
           "the title of the section “Second section”": "le titre de la section «\u00a0Second section\u00a0»"}


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
@pytest.mark.parametrize(("words", "said"), _LINKS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_source_check_refuses_it_at_its_line(char, words, said, language):
    policy = document.parse(_TEXT.format(words=words.format(c=char)), path="docs/en/index.md", lang="en")
    found = [f for f in editorial.check(policy, brand="Example") if f.rule == editorial.RULE_LINK_TEXT]
    assert [f.line for f in found] == [19], [str(f) for f in found]
    assert (said if language == "en" else _FRENCH[said]) in found[0].said(language), found[0].said(language)


_HEADINGS = "".join(f'<h2 id="s{n}">{n}. {title}<a class="headerlink" href="#s{n}" title="Permanent link">¶</a></h2>'
                    f"<p>{n}.</p>" for n, title in ((1, "First section"), (2, "Second section"), (3, "Third")))


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
@pytest.mark.parametrize(("words", "said"), _LINKS)
def test_the_output_check_refuses_it(char, words, said):
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset">{_HEADINGS}<p>See <a href="#s3">{words.format(c=char)}</a>.</p></article></body></html>')
    found = [v for v in safety.check_page(page, file="index.html", theme_dirs=()) if said in str(v.message)]
    assert len(found) == 1, [str(v.message) for v in safety.check_page(page, file="index.html", theme_dirs=())]


@pytest.mark.parametrize("words", ["sec\u00adtion 3", "Thi\u200brd", "§\u20603"])
def test_a_link_to_the_section_it_names_passes(words):
    policy = document.parse(_TEXT.format(words=words), path="docs/en/index.md", lang="en")
    assert not [f for f in editorial.check(policy, brand="Example") if f.rule == editorial.RULE_LINK_TEXT]
