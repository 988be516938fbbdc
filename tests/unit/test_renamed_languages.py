"""What publish and history say of a published language whose code changed in the configuration."""
from __future__ import annotations

from policysite.renames import renamed_languages


def test_a_language_renamed_is_paired_with_the_one_it_replaced():
    """histories5: a published language no longer configured, and one configured never published: a rename, paired by
    primary subtag (en, en-GB, en_gb), else the one of each; none where a
    language dropped beside it would go unsaid, or two took one's place."""
    assert renamed_languages(["en"], ["en-GB"]) == [("en", "en-GB")]
    assert renamed_languages(["en", "de"], ["de-AT", "en_gb"]) == [("en", "en_gb"), ("de", "de-AT")]
    assert renamed_languages(["en"], ["english"]) == [("en", "english")]
    assert renamed_languages(["en"], []) == [] and renamed_languages([], ["es"]) == []
    assert renamed_languages(["en", "de"], ["es"]) == []
    assert renamed_languages(["en"], ["en-GB", "en-US"]) == []
    assert renamed_languages(["en", "it"], ["en-GB"]) == []  # Italian dropped: said as such, not left unsaid
    assert renamed_languages(["en", "en-US"], ["en-GB"]) == []  # two published, one new code: which was renamed?
