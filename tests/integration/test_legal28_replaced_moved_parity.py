"""legal28: the compare page counts a term renamed in a block moved elsewhere, edited on the way, as `policy diff`
does (replaced._edited; compare.js replacedLines): one answer, the same count."""
from __future__ import annotations

import pytest
from test_legal27_replaced_parity import _javascript, _python

from policysite.strings import redline_labels

OLD = ("## 1. Definitions\n\nThe User means anyone who visits the site and reads its pages.\n\n"
       "## 2. Data\n\n- the name the User gives us when writing;\n- the address we send the invoices to.\n\n"
       "## 3. Duties\n\nWe keep the data for as long as the law asks.\n\n"
       "- each User may object to direct marketing at any time without a reason.\n")
NEW = ("## 1. Definitions\n\nThe Customer means anyone who visits the site and reads its pages.\n\n"
       "## 2. Data\n\n- the name the Customer gives us when writing;\n- the address we send the invoices to;\n"
       "- each Customer may object to direct marketing at any time without a reason.\n\n"
       "## 3. Duties\n\nWe keep the data for as long as the law asks.\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_renamed_item_moved_is_counted_by_the_compare_page_as_by_policy_diff(lang):
    python = _python(OLD, NEW, lang)
    assert python == [redline_labels(lang)["term_replaced"].format(old="User", new="Customer", count=3)]
    assert _javascript(OLD, NEW, lang) == python


MERGED_OLD = ("## 1. Use\n\nThe User reads the pages of the site every day.\n\n"
              "The User writes to us when the User wants.\n\n## 2. Rights\n\nEach User may object at any time.\n")
MERGED_NEW = ("## 1. Use\n\nThe Customer reads the pages of the site every day. The Customer writes to us when the "
              "Customer wants.\n\n## 2. Rights\n\nEach Customer may object at any time.\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_paragraphs_merged_with_the_term_renamed_are_counted_alike(lang):
    python = _python(MERGED_OLD, MERGED_NEW, lang)
    assert python == [redline_labels(lang)["term_replaced"].format(old="User", new="Customer", count=4)]
    assert _javascript(MERGED_OLD, MERGED_NEW, lang) == python
