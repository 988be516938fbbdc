"""gitbook_refs: a GitBook card's link words are the linked page's title, read only inside the page's repository."""
from __future__ import annotations

from policysite.convert import gitbook_refs, md_includes
from policysite.convert.notes import Notes

CARD = '{% content-ref url="URL" %}\n[NAME](URL)\n{% endcontent-ref %}'


def _cards(url: str, files: dict[str, bytes], page: str = "docs/privacy.md") -> tuple[str, list[str]]:
    def read(path: str) -> bytes | None:
        if path.startswith("link/"):  # (a symbolic link out of the repository: the disk reader refuses it)
            raise md_includes.Outside(path)
        return files.get(path)
    notes = Notes()
    body = gitbook_refs.cards(CARD.replace("URL", url).replace("NAME", url.rsplit("/", 1)[-1] or url),
                              page=page, read=read, notes=notes)
    return body, notes.sentences()


def test_the_title_is_the_linked_page_s_first_heading_else_its_front_matter_title():
    assert gitbook_refs.title_of("---\ndescription: x\n---\n\n```\n# not this\n```\n# Contact *us*\n") == "Contact *us*"
    assert gitbook_refs.title_of("# **Contact us**\n") == "Contact us"
    assert gitbook_refs.title_of('---\ntitle: "Cookie notice"\n---\n\nText.\n') == "Cookie notice"
    assert gitbook_refs.title_of("Text only.\n") is None
    body, notes = _cards("legal/", {"docs/legal/README.md": b"# Legal [notices]\n"})
    assert body == "\n[Legal \\[notices\\]](legal/)\n", body  # (a folder: its README, as GitBook reads it)
    assert _cards("link/terms.md", {})[1][0].startswith("line 2: a GitBook card linking to link/terms.md, a page this")
    assert notes == ["line 2: a GitBook card linking to legal/: its words are the linked page's title, “Legal "
                     "[notices]”, as GitBook showed it (the Markdown wrote the file's name)"]


def test_a_card_to_a_page_outside_the_repository_or_another_site_is_read_nowhere():
    """`../../.git/config`, an absolute path, another site's address: no file is read, the words stay, said."""
    read: list[str] = []
    for url in ("../.git/config", "sub/../../.git/HEAD", "../../etc/passwd", "/etc/passwd", "https://example.com/terms.md", "#top"):
        def reading(path: str) -> bytes | None:
            read.append(path)
            return b"# Secret\n"
        notes = Notes()
        body = gitbook_refs.cards(CARD.replace("URL", url).replace("NAME", "x"), page="docs/privacy.md", read=reading,
                                  notes=notes)
        assert "Secret" not in body and f"[x]({url})" in body
        assert "a page this import does not hold" in notes.sentences()[0]
    assert read == []


def test_a_page_linked_by_many_cards_is_read_once():
    read: list[str] = []

    def reading(path: str) -> bytes | None:
        read.append(path)
        return b"# Contact us\n"
    body = gitbook_refs.cards("\n\n".join([CARD.replace("URL", "contact.md").replace("NAME", "contact.md")] * 500),
                              page="privacy.md", read=reading, notes=Notes())
    assert body.count("[Contact us](contact.md)") == 500
    assert read == ["contact.md"]
