"""safety80: a `mailto:` link's subject fills the message its reader sends. The link rules refused a body and other
recipients but let any subject stay: `[write to us](mailto:dpo@example.org?subject=I consent to the sale of my data)`
was published, a reader sending words the page never showed. A subject saying words the page does not show is refused
by the source check (policy check, at the link's line) and by the output check (the published page)."""
from __future__ import annotations

import pytest

from policysite import gate, mailsubject, rendering, safety
from policysite.messages import said_in

_PAGE = "# Terms\n\n## 1. Contact\n\nWrite to us about a data request.\n\n{line}\n"


def _source(line: str) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in rendering.check(_PAGE.format(line=line), path="docs/en/index.md", lang="en")]


def _output(link: str) -> list[safety.Violation]:
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset"><h1 id="terms">Terms</h1><p>Write to us about a data request.</p><p>{link}</p></article>'
            '</body></html>')
    return [v for v in safety.check_page(page, file="index.html", theme_dirs=()) if "message" in v.message]


REFUSED = [
    ("mailto:dpo@example.org?subject=I%20consent%20to%20the%20sale%20of%20my%20data",
     "I consent to the sale of my data"),
    ("MAILTO:dpo@example.org?SUBJECT=I%20waive%20my%20rights", "I waive my rights"),  # (in any case)
    ("mailto:dpo@example.org?subject=Data%20request%20and%20consent", "Data request and consent"),  # (more words)
    ("mailto:dpo@example.org?subject=request%20data", "request data"),  # (its words, in another order)
    ("mailto:dpo@example.org?subject=I+consent", "I+consent"),  # (`+` is a plus in a mailto address)
    ("mailto:dpo@example.org?subject=write&subject=I%20agree", "I agree"),  # (each subject)
]
PASSING = [
    "mailto:dpo@example.org",
    "mailto:dpo@example.org?subject=Data%20request",  # words the page shows, in order
    "mailto:dpo@example.org?subject=write%20to%20us",  # the link's own words
    "mailto:dpo@example.org?subject=",  # an empty subject says nothing
    "https://example.org/contact?subject=x",  # not a message
]


@pytest.mark.parametrize(("href", "said"), REFUSED)
def test_a_mail_link_whose_subject_says_words_the_page_does_not_show_is_refused(href, said):
    why = mailsubject.unshown(href, shown="write to us", page="Terms Write to us about a data request. write to us")
    assert why is not None and said in why, why
    assert said_in(why, "fr") != why  # (said in the user's language)
    found = [(line, message) for line, message in _source(f"Please [write to us]({href}).") if "message" in message]
    assert found == [(7, why)], found
    (output,) = _output(f'<a href="{href}">write to us</a>')
    assert output.message == why and output.words == "write to us"


@pytest.mark.parametrize("href", PASSING)
def test_a_mail_link_whose_subject_the_page_shows_passes(href):
    assert mailsubject.unshown(href, shown="write to us", page="Terms Write to us about a data request.") is None
    assert _source(f"Please [write to us]({href}).") == []
    assert _output(f'<a href="{href}">write to us</a>') == []


def test_the_output_finding_names_the_line_writing_the_link():
    text = "---\ndate: 2001-02-01\n---\n\n" + _PAGE.format(line="Please [write to us](mailto:dpo@example.org?subject=x).")
    (violation,) = _output('<a href="mailto:dpo@example.org?subject=x">write to us</a>')
    (found,) = gate.output_findings([violation], page="docs/en/index.md", text=text, lang="en")
    assert text.split("\n")[found.line - 1] == "Please [write to us](mailto:dpo@example.org?subject=x)."


def _imported(line: str) -> tuple[str, list[str]]:
    from policysite.convert import neutralise
    from policysite.convert.notes import Notes

    notes = Notes("line")
    return neutralise.neutralise(_PAGE.format(line=line), notes), notes.sentences()


def test_the_import_removes_a_subject_the_page_does_not_show():
    text, notes = _imported("Please [write to us](mailto:dpo@example.org?subject=I%20consent%20to%20the%20sale).")
    assert "Please [write to us](mailto:dpo@example.org)." in text, text
    assert any("I consent to the sale" in note and "removed its subject" in note for note in notes), notes
    assert said_in(notes[-1], "fr") != notes[-1]
    assert _source(text.strip().split("\n")[-1]) == []  # (what the gate publishes)


def test_the_import_keeps_a_subject_the_page_shows():
    line = "Please [write to us](mailto:dpo@example.org?subject=Data%20request)."
    text, notes = _imported(line)
    assert line in text and not any("subject" in note for note in notes), (text, notes)


def test_a_refused_mail_link_keeps_its_subject_only_where_the_page_shows_it():
    text, _notes = _imported("Please [write to us](mailto:dpo@example.org?subject=I%20agree&body=x).")
    assert "Please [write to us](mailto:dpo@example.org)." in text, text
    text, _notes = _imported("Please [write to us](mailto:dpo@example.org?subject=Data%20request&body=x).")
    assert "Please [write to us](mailto:dpo@example.org?subject=Data%20request)." in text, text
