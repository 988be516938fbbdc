"""Words 12: a message that counts (`{count:plural:link|links}`) says of what it counted what the count asks, one or
many: "1 link to “#” alone, controls the page's scripts ran: kept their words, not linked (nothing on this site answers
them)" (convert.hash-links) is "a control … its words kept … answers it" for one. A pronoun written outside the forms
(`{count:form:it|them}`) is found in every catalogue; those that name something else than what is counted (the
manifests, the links, the page's lines) are listed here, read one by one, so that a new message is read too."""
from __future__ import annotations

import re
import string

import pytest

from policysite.messages import LANGUAGES, catalogue, say

# What says many of something, outside a template's fields, by language: English's plural pronouns; French's plural
# possessives and pronouns, and `les` before a verb (les affichait, les cite)
PLURAL_WORDS = {
    "en": re.compile(r"\b(?:their|them|they|these|those|themselves)\b"),
    "fr": re.compile(r"\b(?:leurs?|ils|elles|eux)\b|-les\b|\bles (?:\w+ )?(?:affich|cite|compt|envoy|voy|précèd|entour"
                     r"|impri|contien|dot|lis)\w*"),
}
# The messages whose plural words name something else than what they count, read: (key, the words)
ELSEWHERE = {
    "en": {
        "publish.republished/language-added": "the pages of every language",
        "source.python-code": "the hooks' source", "source.links": "the files git stores",
        "convert.tables-above-title": "the versions' dates",
        "convert.preformatted": "the headings' text", "convert.preformatted/text": "the headings' text",
        "convert.heading-self-links": "the published headings", "convert.repeated-ids/above": "the links",
        "convert.repeated-ids/elements": "the links", "convert.wp-shortcodes": "those words",
        "convert.number-beside-title": "number and title", "convert.relative-times": "those words",
        "import.inner-zips": "more than the most, many", "import.git-dated/tag-late": "the tag and the commit",
        "convert.data": "the fields", "convert.lists-numbered-on": "the items",
        "convert.css-line-breaks": "the line breaks", "import.isolated": "the isolates",
        "convert.confluence-heading-ids": "the ids", "convert.visual-order": "the items",
        "convert.bold-capital-headings": "the numbered sections' headings",
    },
    "fr": {
        "publish.republished/language-added": "les pages de toutes les langues",
        "source.python-code": "les hooks", "text.control/run": "les machines lisent",
        "text.control/stray": "les machines lisent", "output.unseen": "les machines lisent",
        "convert.tables-above-title": "les versions", "convert.numbered-items/page": "les listes",
        "convert.preformatted": "les titres", "convert.preformatted/text": "les titres",
        "convert.heading-self-links": "les titres publiés", "convert.repeated-ids/above": "les liens",
        "convert.wp-shortcodes": "les mots", "convert.number-beside-title": "le numéro et le titre",
        "import.inner-zips": "plus que le maximum", "convert.front-matter-dropped/addresses": "les adresses",
        "convert.data": "les champs", "convert.md-includes-missing": "les lecteurs",
        "convert.google-lists": "les niveaux, plusieurs", "convert.lists-labelled": "les listes de Markdown",
        "convert.css-line-breaks": "les sauts de ligne", "import.isolated": "les isolats",
        "convert.confluence-heading-ids": "les identifiants", "convert.visual-order": "les éléments",
        "convert.bold-capital-headings": "les titres des sections numérotées",
        "convert.lettered-lines": "les listes à lettres de Markdown",
    },
}


def _counted(template: str) -> bool:
    return any(name and (spec or "").partition(":")[0] in ("plural", "form")
               for _, name, spec, _ in string.Formatter().parse(template))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_a_message_counts_is_said_one_or_many_as_counted(lang):
    said_many = {key for key, template in catalogue(lang).items()
                 if _counted(template) and PLURAL_WORDS[lang].search(re.sub(r"\{[^{}]*\}", "{}", template))}
    assert sorted(said_many - set(ELSEWHERE[lang])) == []
    assert sorted(set(ELSEWHERE[lang]) - said_many) == []  # (one said by count since: taken off the list)


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("en", "1 link to “#” alone, a control the page's scripts ran (“Menu”): its words kept, not linked (nothing on "
           "this site answers it)",
     "2 links to “#” alone, controls the page's scripts ran (“Menu”): their words kept, not linked (nothing on this "
     "site answers them)"),
    ("fr", "1 lien vers «\u00a0#\u00a0» seul, une commande que les scripts de la page faisaient fonctionner "
           "(«\u00a0Menu\u00a0»)\u00a0: ses mots conservés",
     "2 liens vers «\u00a0#\u00a0» seul, des commandes que les scripts de la page faisaient fonctionner "
     "(«\u00a0Menu\u00a0»)\u00a0: leurs mots conservés"),
])
def test_one_link_to_hash_alone_is_said_as_one(lang, one, many):
    assert say("convert.hash-links", {"count": 1, "words": "Menu"}, lang).startswith(one)
    assert say("convert.hash-links", {"count": 2, "words": "Menu"}, lang).startswith(many)
