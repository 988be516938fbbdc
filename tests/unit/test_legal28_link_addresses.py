"""legal28: a link's address changed under the same words (`Voir la CNIL`, its link from `https://www.cnil.fr/fr` to
`https://www.cnil.fr/fr/plaintes`; a `mailto:` another mailbox) was said by `policy diff`'s counts as "1 modifiée",
the words unmarked, the change on a line of link targets below them. It is now said in plain words, the address it
had and the one it has (redline.targets; cli._links_changed), in the messages' language. A link added or removed is
said by the redline's marks, not as an address changed."""
from __future__ import annotations

from policysite import cli, document, messages, redline
from policysite.redline import targets
from policysite.strings import NO_BREAK

OLD = ("## 3. Réclamations\n\nVoir la [CNIL](https://www.cnil.fr/fr) et [notre page](https://example.com/aide).\n\n"
       "## 4. Contact\n\nÉcrivez au [délégué](mailto:dpo@example.com).\n")


def _diff(old: str, new: str) -> redline.Redline:
    def page(body: str, date: str) -> str:
        return f"---\ndate: {date}\n---\n\n# Politique\n\n{body}"
    return redline.diff(document.parse(page(old, "2024-05-01"), path="a", lang="fr"),
                        document.parse(page(new, "2024-06-01"), path="b", lang="fr"))


def test_each_address_replaced_under_the_same_words_is_named_old_and_new():
    new = OLD.replace("cnil.fr/fr)", "cnil.fr/fr/plaintes)").replace("mailto:dpo@", "mailto:privacy@")
    assert targets.changed(_diff(OLD, new)) == [
        ("3", "https://www.cnil.fr/fr", "https://www.cnil.fr/fr/plaintes"),
        ("4", "mailto:dpo@example.com", "mailto:privacy@example.com")]


def test_a_link_added_or_removed_or_words_changed_alone_is_no_address_changed():
    assert targets.changed(_diff(OLD, OLD.replace(" et [notre page](https://example.com/aide)", ""))) == []
    assert targets.changed(_diff(OLD, OLD.replace("Voir la", "Consultez la"))) == []
    assert targets.changed(_diff(OLD, OLD.replace("Écrivez au [délégué](mailto:dpo@example.com).",
                                                  "Écrivez au [délégué](mailto:dpo@example.com) ou à "
                                                  "[l'équipe](mailto:team@example.com)."))) == []


def test_policy_diff_says_it_in_the_messages_language():
    said = cli._links_changed(_diff(OLD, OLD.replace("cnil.fr/fr)", "cnil.fr/fr/plaintes)")))
    assert said is not None
    assert messages.said_in(said, "fr") == (
        f"1 adresse de lien change{NO_BREAK}: le lien vers https://www.cnil.fr/fr mène désormais à "
        "https://www.cnil.fr/fr/plaintes (§3)")
    assert messages.said_in(said, "en") == (
        "1 link address changes: the link to https://www.cnil.fr/fr now leads to https://www.cnil.fr/fr/plaintes (§3)")
    assert cli._links_changed(_diff(OLD, OLD.replace("Voir la", "Consultez la"))) is None
