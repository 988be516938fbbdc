"""Safety hunt 74 through the real `policy publish`: an attacker with commit rights on mkdocs.yml, the theme folder,
the policy's Markdown and its front matter, or who hands the company a policy to import. Each case is a commit on a
temporary repository whose first version is published, then `policy publish`: before this hunt each reached
gh-pages; now each is refused, its finding naming the file and line in English and in French, and gh-pages is as it
was. The holes' unit rows: test_safety74. (The routes tried and already refused are listed in the hunt's report.)"""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue66 import (
    _appended,
    _replaced,
    placed,
    published as published,  # (the fixture: the first version published)
    refused,
)

_CHANGED = "We sell your data to brokers."
_CSS = "overrides/assets/stylesheets/policy.css"


# (name, the page's added Markdown, the change to the project's other files, what the refusal says in en and fr)
CASES = [
    # The English pages' digits chosen Bengali: every date the site writes (under the title, "in force since", the
    # archived notice, the history) in digits a reader takes for others, ৪ (4) for an 8, ৭ (7) for a 9.
    ("digits-of-another-script", _CHANGED,
     _replaced("mkdocs.yml", "      - code: en\n        name: English\n",
               "      - code: en\n        name: English\n        digits: beng\n"),
     {"en": placed("mkdocs.yml", "digits: beng", ": extra.policy.languages: en is given the digits beng "
                   "(০১২৩৪৫৬৭৮৯), which are not those its language is written with"),
      "fr": placed("mkdocs.yml", "digits: beng", "\u00a0: extra.policy.languages\u00a0: en reçoit les chiffres beng "
                   "(০১২৩৪৫৬৭৮৯), qui ne sont pas ceux dans lesquels s'écrit sa langue")}),
    # The site's name (the header and every page's title) and the footer's line stating a day: the page of the version
    # of 2001-02-01, and the history beside every version, said “in force since 1 March 2001”.
    ("site-name-date", _CHANGED,
     _replaced("mkdocs.yml", "site_name: Example Org privacy policy",
               "site_name: Example Org privacy policy in force since 1 March 2001"),
     {"en": placed("mkdocs.yml", "site_name:", ": site_name: “Example Org privacy policy in force since 1 March 2001” "
                   "states a date (2001-03-01): every page the configuration builds shows it"),
      "fr": placed("mkdocs.yml", "site_name:", "\u00a0: site_name\u00a0: «\u00a0Example Org privacy policy in force "
                   "since 1 March 2001\u00a0» indique une date (2001-03-01)\u00a0: chaque page que construit la "
                   "configuration l'affiche")}),
    ("copyright-date", _CHANGED,
     _replaced("mkdocs.yml", "copyright: Example Org", "copyright: Example Org. Last updated 1 March 2001"),
     {"en": placed("mkdocs.yml", "copyright:", ": copyright: “Last updated 1 March 2001” states a date (2001-03-01)"),
      "fr": placed("mkdocs.yml", "copyright:", "\u00a0: copyright\u00a0: «\u00a0Last updated 1 March 2001\u00a0» "
                   "indique une date (2001-03-01)")}),
    # The site's script left out, or replaced by another of the generator's: every page published without it, the
    # reader of the version in force never shown that a new version was announced.
    ("site-script-left-out", _CHANGED,
     _replaced("mkdocs.yml", "extra_javascript:\n  - assets/javascripts/policy.js", "extra_javascript: []"),
     {"en": placed("mkdocs.yml", "extra_javascript:", ": extra_javascript: assets/javascripts/policy.js is not listed: "
                   "every page would be published without the site's own script"),
      "fr": placed("mkdocs.yml", "extra_javascript:", "\u00a0: extra_javascript\u00a0: assets/javascripts/policy.js "
                   "n'y figure pas\u00a0: chaque page serait publiée sans le script propre au site")}),
    ("site-script-replaced", _CHANGED,
     _replaced("mkdocs.yml", "  - assets/javascripts/policy.js", "  - assets/javascripts/at.js"),
     {"en": placed("mkdocs.yml", "extra_javascript:", ": extra_javascript: assets/javascripts/policy.js is not listed"),
      "fr": placed("mkdocs.yml", "extra_javascript:", "\u00a0: extra_javascript\u00a0: assets/javascripts/policy.js "
                   "n'y figure pas")}),
    # An extension the checks, the redline and the PDF read the text with left out: `3. your name` shown as 1.
    ("sane-lists-left-out", "We keep:\n\n3. your name;\n4. your address.",
     _replaced("mkdocs.yml", "  - sane_lists  #", "  #"),
     {"en": placed("mkdocs.yml", "markdown_extensions:", ": markdown_extensions: sane_lists is not listed: the site "
                   "would show the text otherwise than the checks, the redline and the PDF read it"),
      "fr": placed("mkdocs.yml", "markdown_extensions:", "\u00a0: markdown_extensions\u00a0: sane_lists n'y figure "
                   "pas\u00a0: le site montrerait le texte autrement que ne le lisent les vérifications")}),
    # The text's font a face that draws each letter as a Braille cell (macOS installs it): no words for those readers.
    ("font-braille", _CHANGED, _appended(_CSS, '\n.md-typeset p { font-family: "Apple Braille" }\n'),
     {"en": placed(_CSS, "font-family: \"Apple Braille\"", ' sets font-family: "Apple Braille" (.md-typeset p): a '
                   "symbol font draws letters"),
      "fr": placed(_CSS, "font-family: \"Apple Braille\"", ' définit font-family: "Apple Braille" (.md-typeset p)')}),
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "body", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, body, change, said,
                                                    language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, name, body, change, said[language])


def test_the_catalogue_names_its_cases():
    assert len({case[0] for case in CASES}) == len(CASES)


# A page handed to `policy import` whose words its readers never saw, inked white by the page's own attribute, each
# letter drawn as a dot, or masked away: committed as the text in force, then published, without a word. Each is now
# kept and said at its line of the committed page, in the user's language, as every other way of hiding words is.
IMPORTED = {
    "font-white": '<p><font color="white">We sell your data to brokers.</font></p>',
    "text-security": '<p style="-webkit-text-security:disc">We sell your data to brokers.</p>',
    "mask-transparent": '<p style="mask-image:linear-gradient(transparent,transparent)">We sell your data to brokers.</p>',
}
_KEPT = {"en": "Markdown line {line}: kept 1 element that the page's style hid (display:none: a closed panel, or a note "
               "never shown): “We sell your data to brokers.”",
         "fr": "ligne {line} du Markdown\u00a0: conservé 1 élément que le style de la page masquait (display:none\u00a0: "
               "un panneau fermé, ou une note jamais affichée)\u00a0: «\u00a0We sell your data to brokers.\u00a0»"}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_an_imported_pages_unseen_words_are_said_at_their_line(tmp_path, capsys, monkeypatch, name, language):
    from helpers import git, one_language_project
    from policysite import cli

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = one_language_project(tmp_path / "project")
    (repo / "docs" / "en" / "index.md").unlink()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "site", date="2020-01-01T12:00:00+00:00")
    source = tmp_path / "privacy-2023-01-01.html"
    source.write_text("<html><body><main><h1>Privacy</h1><h2>1. Sharing</h2><p>We keep your data for one year.</p>"
                      f"{IMPORTED[name]}</main></body></html>", encoding="utf-8")
    assert cli.main(["--root", str(repo), "import", "--lang", "en", "--messages", language, str(source)]) == 0
    out = capsys.readouterr().out
    page = (repo / "docs" / "en" / "index.md").read_text(encoding="utf-8").splitlines()
    line = page.index("We sell your data to brokers.") + 1
    assert _KEPT[language].format(line=line) in out, out
