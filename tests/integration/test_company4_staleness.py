"""company4: a translation edited with its authoritative text, and a record marking another section, committed
together: what `policy check` said before the commit (in line) it says after it, and the gate too."""
from __future__ import annotations

from integration.test_staleness import EN_BODY, FR_BODY, commit, outdated, start, write
from policysite import document, staleness


def test_a_section_edited_in_both_languages_in_the_commit_that_marks_another_stays_in_line(git_repo):
    """Both texts' §3 edited, French §2 edited and its translation needing none (`policy sync-mark en 2`): in line in
    the working tree; committed at once, §3 was outdated (the replay began after the record's commit, whose own edit
    of §3 in both languages it never read), and `policy history` refused the version `policy check` had passed."""
    start(git_repo)
    write(git_repo, "fr", FR_BODY.replace("Texte bravo.", "Texte bravo\u00a0!").replace("Texte charlie.", "Charlie."))
    en = write(git_repo, "en", EN_BODY.replace("Charlie text.", "Charlie."))
    staleness.mark(source=document.read(git_repo / "docs/fr/index.md", lang="fr"), record=staleness.record_file(en),
                   numbers=["2"])
    assert outdated(git_repo) == []
    commit(git_repo, "Edit §3 in both languages; §2's French needs no new translation", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == []
    write(git_repo, "fr", FR_BODY.replace("Texte bravo.", "Texte bravo\u00a0!").replace("Texte charlie.", "Autre."))
    commit(git_repo, "Edit French §3 alone", "2030-03-01T10:00:00+00:00")
    assert outdated(git_repo) == [("§3", 15)]  # a later edit of the French alone is still seen
