"""A document's outcome merged into a multi-document operation's: each line named once (publish._merge)."""
from __future__ import annotations

from types import SimpleNamespace

from policysite import messages
from policysite.messages import Said
from policysite.publish import Outcome, _merge


def _document(doc: str) -> SimpleNamespace:
    return SimpleNamespace(settings=SimpleNamespace(document=doc, all_documents=[SimpleNamespace(id="privacy")]))


def test_another_documents_archive_written_again_is_named_by_that_document_alone():
    """publish10: `policy publish -d privacy` writing terms' archive files again said "privacy: terms: fr/terms/…";
    the line names terms, whose files they are, once; privacy's own lines are named privacy."""
    outcome = Outcome()
    written = Said("publish.archive-written-again", document="terms", files="fr/terms/history/index.html", more=0)
    _merge(outcome, Outcome(published=["2022-03-01"], messages=[written, Said("publish.pages-updated",
                                                                               branch="gh-pages")]), _document(""))
    assert outcome.published == ["privacy 2022-03-01"]
    assert outcome.messages[0] == (
        "terms: fr/terms/history/index.html: not what publishing writes from its publication records (written by an earlier "
        "version of this generator, or edited on the branch): written again from them")
    assert messages.said_in(outcome.messages[0], "fr").startswith("terms\u00a0: fr/terms/history/index.html\u00a0: ")
    assert outcome.messages[1].startswith("privacy: ") and not outcome.messages[1].startswith("privacy: privacy")
