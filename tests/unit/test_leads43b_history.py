"""A text whose date cannot be read, between two versions (session 42, leads43b): said once, by the publication of
the version after it, not at every `policy history` (as histories13 made the tagged text's note)."""
from __future__ import annotations

from policy_repo import new_project
from policysite import history as hist, messages
from policysite.project import opened


def test_an_unreadable_date_between_versions_is_said_by_the_publication_after_it_not_at_every_history(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2024-01-15")
    unreadable = project.commit("2024-02-30", fr="Deuxième texte.", en="Second text.")
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    after = project.commit("2024-04-31", fr="Troisième texte.", en="Third text.")  # after the newest: every run
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"]
    newest = f"{after[:7]}: docs/fr/index.md has no date that can be read (date: YYYY-MM-DD), so its text is no version"
    assert found.warnings == [newest], found.warnings
    assert found.said_by_publishing(["2024-01-15"]) == []
    said = found.said_by_publishing(["2024-01-15", "2024-03-01"])
    assert said == [f"{unreadable[:7]}: docs/fr/index.md has no date that can be read (date: YYYY-MM-DD), so its text "
                    "is no version"]
    assert messages.said_in(said[0], "fr") == f"{unreadable[:7]}\u00a0: docs/fr/index.md n'a pas de date lisible " \
        "(date: YYYY-MM-DD), son texte n'est donc pas une version"
