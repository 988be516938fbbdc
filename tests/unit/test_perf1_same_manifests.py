"""perf1 (session 43): which manifests a publication left as the branch had them, read from the two listings the
command holds (rebuilt_pages.same_manifests), not asked of git by two names a version."""

from __future__ import annotations


def test_same_manifests_are_those_of_the_same_blob_or_absent_in_both_listings():
    from policysite import rebuilt_pages

    before = {"manifest/2021-02-17.json": ("100644", "a" * 40), "manifest/2022-03-01.json": ("100644", "b" * 40),
              "manifest/2023-01-01.json": ("100644", "c" * 40), "manifest/terms/2021-02-17.json": ("100644", "d" * 40),
              "fr/2024-01-01/index.html": ("100644", "e" * 40)}
    after = {**before, "manifest/2022-03-01.json": ("100644", "f" * 40),  # rewritten
             "manifest/2024-01-01.json": ("100644", "e" * 40)}  # added
    del after["manifest/2023-01-01.json"]  # gone
    after["manifest/2021-02-17.json"] = ("100755", "a" * 40)  # the same blob, another mode: git names the same object
    versions = ["2021-02-17", "2022-03-01", "2023-01-01", "2024-01-01", "2025-01-01"]
    assert rebuilt_pages.same_manifests(versions, "manifest", before, after) == {"2021-02-17", "2025-01-01"}
    assert rebuilt_pages.same_manifests(versions, "manifest/terms", before, after) == set(versions)
    assert rebuilt_pages.same_manifests(versions, "manifest/terms", before, {}) == set(versions) - {"2021-02-17"}
