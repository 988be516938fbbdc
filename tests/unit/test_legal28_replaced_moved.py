"""legal28: a term renamed throughout was counted in blocks changed in place only (redline.replaced): an item moved
to another section and renamed on the way, or paragraphs merged where the term was renamed, were left out of the
count ("3 times" where the text renamed it 4 times), and a term renamed in as many places, one of them moved, fell
below the three a summary names. A block moved here is read against where it was (its moved_ops), one joined by its
own ops. A section removed whole still counts nothing: its term is removed, not replaced."""
from __future__ import annotations

from policysite import document, redline
from policysite.redline.replaced import Replaced, replaced


def _page(sections: list[tuple[str, str]], date: str) -> str:
    return f"---\ndate: {date}\n---\n\n# Policy\n\n" + "".join(f"## {h}\n\n{body}\n\n" for h, body in sections)


def _diff(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> redline.Redline:
    return redline.diff(document.parse(_page(old, "2024-05-01"), path="old.md", lang="en"),
                        document.parse(_page(new, "2024-06-01"), path="new.md", lang="en"))


OLD = [("1. Definitions", "The User means anyone who visits the site and reads its pages."),
       ("2. Data", "- the name the User gives us when writing;\n- the address the User gives us for the invoices."),
       ("3. Duties", "We keep the data for as long as the law asks.\n\n"
                     "- each User may object to direct marketing at any time without a reason.")]


def test_an_item_moved_to_another_section_and_renamed_on_the_way_is_counted():
    new = [("1. Definitions", "The Customer means anyone who visits the site and reads its pages."),
           ("2. Data", "- the name the Customer gives us when writing;\n"
                       "- the address the Customer gives us for the invoices;\n"
                       "- each Customer may object to direct marketing at any time without a reason."),
           ("3. Duties", "We keep the data for as long as the law asks.")]
    change = _diff(OLD, new)
    assert any(b.moved == "from" for s in change.sections for b in s.blocks)  # the item is said moved
    assert replaced(change) == (Replaced("User", "Customer", 4),)


def test_three_renamed_one_of_them_moved_reaches_the_count_a_summary_names():
    old = [("1. Definitions", "The User means anyone who visits the site and reads its pages."),
           ("2. Data", "- the name the User gives us when writing;\n- the address we send the invoices to."),
           ("3. Duties", "We keep the data for as long as the law asks.\n\n"
                         "- each User may object to direct marketing at any time without a reason.")]
    new = [("1. Definitions", "The Customer means anyone who visits the site and reads its pages."),
           ("2. Data", "- the name the Customer gives us when writing;\n- the address we send the invoices to;\n"
                       "- each Customer may object to direct marketing at any time without a reason."),
           ("3. Duties", "We keep the data for as long as the law asks.")]
    assert replaced(_diff(old, new)) == (Replaced("User", "Customer", 3),)


def test_a_block_moved_unchanged_or_a_section_removed_counts_no_replacement():
    new = [("1. Definitions", "The Customer means anyone who visits the site and reads its pages."),
           ("2. Data", "- the name the Customer gives us when writing;\n"
                       "- the address the Customer gives us for the invoices.")]
    # §3 removed whole, its "User" removed and not replaced: 3, not 4
    assert replaced(_diff(OLD, new)) == (Replaced("User", "Customer", 3),)
    moved = [("1. Definitions", "The User means anyone who visits the site and reads its pages."),
             ("2. Data", "- the name the User gives us when writing;\n"
                         "- the address the User gives us for the invoices;\n"
                         "- each User may object to direct marketing at any time without a reason."),
             ("3. Duties", "We keep the data for as long as the law asks.")]
    assert replaced(_diff(OLD, moved)) == ()


def test_paragraphs_merged_with_the_term_renamed_in_them_are_counted():
    old = [("1. Use", "The User reads the pages of the site every day.\n\nThe User writes to us when the User wants."),
           ("2. Rights", "Each User may object at any time.")]
    new = [("1. Use", "The Customer reads the pages of the site every day. The Customer writes to us when the "
                      "Customer wants."),
           ("2. Rights", "Each Customer may object at any time.")]
    change = _diff(old, new)
    assert any(b.joined == "merged" for s in change.sections for b in s.blocks)
    assert replaced(change) == (Replaced("User", "Customer", 4),)
