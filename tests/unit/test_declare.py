"""declare: extra.policy.documents and the site's name rewritten in a configuration's text, every other line as the
team wrote it (comments, order, tags PyYAML cannot build)."""
from __future__ import annotations

from policysite.declare import renamed, with_documents
from policysite.settings import Document

CONFIG = """site_name: "Privacy policy of Acme"  # init's
markdown_extensions:
  - toc:
      slugify: !!python/name:policysite.document.slugify
extra:
  policy:
    company: Acme
    page: index.md
    # kept: a comment after the page
    time_zone: "Europe/Berlin"
"""

DOCS = (Document("privacy", "index.md", {"en": "Privacy Policy"}),
        Document("cookies", "cookies.md", {"en": "Cookie “Policy”", "de": "Cookie-Richtlinie"}))


def test_documents_go_under_the_page_setting_and_nothing_else_moves():
    assert with_documents(CONFIG, DOCS) == CONFIG.replace("    page: index.md\n", """    page: index.md
    documents:
      - id: privacy
        page: index.md
        title: {"en": "Privacy Policy"}
      - id: cookies
        page: cookies.md
        title: {"en": "Cookie “Policy”", "de": "Cookie-Richtlinie"}
""")


def test_documents_set_already_are_replaced_in_place():
    declared = with_documents(CONFIG, DOCS[:1])
    again = with_documents(declared, DOCS)
    assert again == with_documents(CONFIG, DOCS)
    assert again.count("documents:") == 1 and "    # kept: a comment after the page\n" in again


def test_documents_of_a_flow_list_and_a_file_without_a_last_newline():
    config = "extra:\n  policy:\n    documents: [{id: privacy, page: index.md}]\n    company: Acme"
    assert with_documents(config, DOCS[1:]) == ("extra:\n  policy:\n    documents:\n      - id: cookies\n"
                                                "        page: cookies.md\n        title: {\"en\": \"Cookie “Policy”\", "
                                                "\"de\": \"Cookie-Richtlinie\"}\n    company: Acme\n")


def test_only_the_name_init_wrote_is_renamed():
    assert renamed(CONFIG, old="Privacy policy of Acme", new="Acme legal documents").startswith(
        'site_name: "Acme legal documents"  # init\'s\n')
    own = CONFIG.replace("Privacy policy of Acme", "Acme's privacy")
    assert renamed(own, old="Privacy policy of Acme", new="Acme legal documents") == own
