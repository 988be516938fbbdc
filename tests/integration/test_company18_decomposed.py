"""company18: a text saved in Unicode's decomposed form (NFD: `ê` as e + U+0302, as some editors and macOS file tools
write Vietnamese) is the same text to its reader. A Vietnamese company's second version, saved so with one number
changed, was redlined as every section removed and added again (titles and words compared code point by code
point); its sections are paired and only the number marked, in `policy diff` and the compare page alike."""
from __future__ import annotations

import itertools
import unicodedata

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import document, redline

BODY = ("## Chúng tôi là ai\n\nCông ty TNHH Ví Dụ xử lý dữ liệu cá nhân của bạn. Chúng tôi lưu trữ dữ liệu trong 2 năm."
        "\n\n## Quyền của bạn\n\nBạn có quyền truy cập và xóa dữ liệu của mình.\n")
NUMBERED = BODY.replace("## Chúng", "## 1. Chúng").replace("## Quyền", "## 2. Quyền")


def _texts(body: str) -> tuple[str, str]:
    old = synthetic_policy("2030-01-15", sections=body, title="Chính sách quyền riêng tư")
    new = unicodedata.normalize("NFD", synthetic_policy("2030-01-16", sections=body.replace("2 năm", "5 năm"),
                                                        title="Chính sách quyền riêng tư"))
    assert new != unicodedata.normalize("NFC", new)
    return old, new


def test_a_version_saved_decomposed_is_redlined_word_by_word_not_as_new_sections():
    for body in (BODY, NUMBERED):
        old, new = _texts(body)
        result = redline.diff(document.parse(old, path="a.md", lang="vi"), document.parse(new, path="b.md", lang="vi"))
        kinds = [change.kind for change in result.sections if change.new_level == 2 or change.old_level == 2]
        assert kinds == ["changed", "unchanged"], kinds
        (block,) = [b for change in result.sections for b in change.blocks if b.kind == "changed"]
        assert [text for tag, text in block.ops if tag != "equal"] == ["2 ", "5 "]


def test_the_compare_page_pairs_them_as_policy_diff_does():
    _check([pair for body in (BODY, NUMBERED) for pair in itertools.permutations(_texts(body), 2)])
