"""Lines of refusals a test reaches only at great cost (a theme that breaks the archive's own pages, a submodule's
commit missing from its clone, a history rewritten in one day), now catalogue messages: English word for word as
before, and French."""
from __future__ import annotations

import pytest

from policysite import messages
from policysite.messages import Said
from policysite.safety import Violation

SAID = [
    (Said("publish.archive-unsafe", code="fr",
          violations=[Violation("fr/history/index.html", None, Said("output.no-csp")).said()]),
     "the fr history, compare and feed pages fail the output check: fr/history/index.html: the page has no "
     "Content-Security-Policy",
     "les pages d'historique, de comparaison et de flux en français ne passent pas la vérification de sortie : "
     "fr/history/index.html : la page n'a pas de Content-Security-Policy"),
    (Said("import.submodule-unfetched", link="legal", path="privacy.md", where="/srv/old", commit="1a2b3c4",
          pinned="5d6e7f8"),
     "legal/privacy.md: /srv/old's commit 1a2b3c4 pins the submodule's commit 5d6e7f8, which legal does not hold: "
     "fetch it (git -C /srv/old submodule update --init legal), then import (nothing imported)",
     "legal/privacy.md : le commit 1a2b3c4 de /srv/old fixe le commit 5d6e7f8 du sous-module, que legal ne contient "
     "pas : récupérez-le (git -C /srv/old submodule update --init legal), puis importez (rien n'a été importé)"),
    (Said("import.git-rewritten", name="privacy.md", count=12, day="2023-05-02", earliest="2019-01-04",
          latest="2023-04-28"),
     "privacy.md: its 12 commits are all dated 2023-05-02, their authors' dates 2019-01-04 to 2023-04-28: the "
     "branch's history was rewritten that day (git rebase --root, filter-branch), and its commits do not say when "
     "each text reached the old site: the last is imported from that day; import the earlier ones as files named by "
     "the days the old site showed them (its pages in the Wayback Machine), if it did",
     "privacy.md : ses 12 commits sont tous datés du 2023-05-02, les dates de leurs auteurs allant du 2019-01-04 au "
     "2023-04-28 : l'historique de la branche a été réécrit ce jour-là (git rebase --root, filter-branch), et ses "
     "commits ne disent pas quand chaque texte a été mis en ligne sur l'ancien site : le dernier est importé à partir "
     "de ce jour ; importez les précédents comme des fichiers nommés d'après les jours où l'ancien site les a montrés "
     "(ses pages dans la Wayback Machine), s'il l'a fait"),
    (Said("publish.not-rebuilt/moved", version="2021-02-17", path="docs/privacy.md", configured="docs/fr/index.md",
          commit="1a2b3c4"),
     "2021-02-17: not rebuilt: its page was docs/privacy.md in its commit, today's configuration reads "
     "docs/fr/index.md (1a2b3c4); kept as published",
     "2021-02-17 : non reconstruite : sa page était docs/privacy.md à son commit, la configuration actuelle lit "
     "docs/fr/index.md (1a2b3c4) ; conservée telle que publiée"),
    (Said("history.draft-merged", day="2024-03-01", commit="1a2b3c4", merge="5d6e7f8"),
     "2024-03-01: the text of 1a2b3c4, reached only through the second parent of the merge 5d6e7f8, is not "
     "published: a pull request's draft is not a version",
     "2024-03-01 : le texte de 1a2b3c4, atteint seulement par le second parent de la fusion 5d6e7f8, n'est pas "
     "publié : le brouillon d'une pull request n'est pas une version"),
]


@pytest.mark.parametrize(("said", "english", "french"), SAID, ids=[said.key for said, _, _ in SAID])
def test_a_line_says_the_english_as_before_and_the_french(said, english, french):
    assert (str(said), messages.said_in(said, "fr")) == (english, french)
