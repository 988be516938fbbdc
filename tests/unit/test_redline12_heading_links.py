"""A heading's link given another address under the same words (redline12): `## 5. [Contact](mailto:dpo@…)` was no
change at all, in every redline, where a reader's e-mail now goes elsewhere. Its targets (document.Section.links,
policy.json's section `links`) are compared as a block's: the section said changed, "Link targets:" after its heading
on the pages, in the text, the Markdown, the JSON, the PDF's data and Word (tracked), and in the browser alike."""
from __future__ import annotations

import io
import itertools

import docx
import pytest
from docx.oxml.ns import qn
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check, _doc, _javascript
from policysite import redline
from policysite.redline import pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import comments

OLD, NEW = "mailto:dpo@example.test", "mailto:dpo@example.org"
HEADINGS = {
    "a Markdown link": "## 1. [Contact our officer]({href})\n\nWrite to us.\n",
    "an HTML link": '## 1. <a href="{href}">Contact our officer</a>\n\nWrite to us.\n',
}


@pytest.fixture(params=list(HEADINGS))
def edited(request) -> tuple[redline.Redline, str, str]:
    body = HEADINGS[request.param]
    old, new = body.format(href=OLD), body.format(href=NEW)
    return redline.diff(policy(old), policy(new, date="2030-02-01")), old, new


def test_a_headings_link_target_changed_is_a_change(edited):
    r, _, _ = edited
    (section,) = [s for s in r.sections if s.number == "1"]
    assert r.changed and section.kind == "changed" and section.changed
    assert section.link_ops == (("delete", f"⟨{OLD}⟩"), ("insert", f"⟨{NEW}⟩"))
    assert section.title_ops == () and all(b.kind == "unchanged" for b in section.blocks)


def test_every_redline_says_it(edited):
    r, _, _ = edited
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    for said in (redline.render_text(r, color=False), redline.render_markdown(r),
                 redline.render_html(r, env=env, lang="en")):
        assert "Link targets:" in said and NEW in said and OLD in said
    (data,) = [s for s in redline.to_json(r)["sections"] if s["new_number"] == "1"]
    assert data["link_ops"] == [["delete", f"⟨{OLD}⟩"], ["insert", f"⟨{NEW}⟩"]]
    (drawn,) = [s for s in pdf.data(r, site="Acme", lang="en")["sections"] if s["blocks"]]
    assert drawn["blocks"][0]["ops"] == [] and NEW in str(drawn["blocks"][0]["links"])
    # Word: a comment on its heading (redline14: a tracked line stayed in the text once every revision was accepted)
    assert list(comments(render_docx(r, author="Acme")).values()) == [f"Link targets: [−⟨{OLD}⟩] [+⟨{NEW}⟩]"]


def test_the_browser_says_it_alike_and_not_against_an_earlier_format():
    texts = [synthetic_policy("2030-01-15", sections=body.format(href=href)) for body in HEADINGS.values()
             for href in (OLD, NEW)]
    _check(list(itertools.permutations(texts, 2)))
    old, new = (_doc(texts[0], version) for version in ("2030-01-01", "2030-01-02"))
    old["format"] = 7
    for section in old["sections"]:
        section.pop("links", None)
    (js,) = _javascript([], docs=[[old, new]])
    assert js["summary"]["counts"]["changed"] == 0


def test_word_says_a_moved_sections_link_targets_once_where_it_is_now():
    sections = {"A": "## {n}. Alpha\n\nThe alpha text is long enough to be paired.\n\n",
                "B": "## {n}. Bravo\n\nThe bravo text is long enough to be paired too.\n\n",
                "C": "## {n}. [Contact]({href})\n\nThe contact text is long enough to be paired.\n\n"}
    old = "".join(sections[k].format(n=n, href=OLD) for n, k in enumerate("ABC", 1))
    new = "".join(sections[k].format(n=n, href=NEW) for n, k in enumerate("CAB", 1))
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    assert [s.kind for s in r.sections if s.link_ops] == ["moved"]
    body = docx.Document(io.BytesIO(render_docx(r, author="Acme"))).element.body
    assert not any("".join(t.text or "" for t in p.iter(qn("w:t"))).startswith("Link targets:")
                   for p in body.iter(qn("w:p")))
    said = comments(render_docx(r, author="Acme"))
    assert len(said) == 1 and all(line.startswith("Link targets:") for line in said.values())
