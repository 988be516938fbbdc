"""What publish and history say of a text dated before published versions (a revert on main)."""
from __future__ import annotations

import datetime as dt

from policysite.publish_refusals import bringing_back


def test_a_withdrawn_announcement_is_said_to_take_effect_all_the_same_with_the_soonest_date_after_it():
    """Legal hunt 36: an announced version reverted on main was said "the site keeps the newest in force; to bring
    this text back, give it a new date": it was not in force, it took effect on its date whatever main held, and
    any date before it was refused."""
    said = bringing_back(["2024-01-10", "2024-03-01"], today=dt.date(2024, 2, 5))
    assert "takes effect on March 1, 2024 whatever main holds" in said and "March 2, 2024 at the soonest" in said
    assert "keeps" not in said


def test_a_withdrawn_announcement_is_told_the_soonest_date_for_a_material_change_too():
    """Archive hunt 22, finding 4: "2024-03-02 at the soonest, with the notice a material change needs" was read as
    2024-03-02, which the notice rule refused for the earlier text committed again as a material change: both days
    are said, the material one counted from today with the site's notice."""
    said = bringing_back(["2024-01-10", "2024-03-01"], today=dt.date(2024, 2, 5), notice_days=30)
    assert "(March 2, 2024 at the soonest for an editorial change (`change: editorial`), March 6, 2024 for a material one " \
        "(30 days' notice from today)): 2024-03-01 is then in force until the day before" in said, said
    said = bringing_back(["2024-01-10", "2024-03-01"], today=dt.date(2024, 1, 20), notice_days=30)
    assert "(March 2, 2024 at the soonest): 2024-03-01 is then in force until the day before" in said, said
    said = bringing_back(["2024-01-10", "2024-03-01"], today=dt.date(2024, 2, 5), notice_days=60)
    assert "April 5, 2024 for a material one (60 days' notice from today)" in said, said


def test_a_revert_of_the_version_in_force_names_the_date_to_go_after():
    said = bringing_back(["2024-01-10", "2024-03-01"], today=dt.date(2024, 3, 5), after="2024-01-10")
    assert said == "the site keeps 2024-03-01 in force; to bring this text back, give it a new date, after March 1, 2024"


def test_a_sites_first_text_announced_ahead_is_said_in_the_future_tense():
    """Legal hunt 36: a site whose first text is announced ahead was told "`latest` moves onto it on 2024-03-01"
    (latest named it already: no text was in force) and `policy at` answered a day before it "the first published,
    2024-03-01, took effect on 2024-03-01"."""
    from policysite import at
    from policysite.publish import _upcoming_lines

    today = dt.date(2024, 1, 20)
    assert _upcoming_lines(["2024-03-01"], today=today) == [
        "2024-03-01: upcoming, published ahead of its date; it takes effect on March 1, 2024, and `latest` shows it "
        "until then, no text being in force before it"]
    assert _upcoming_lines(["2024-01-10", "2024-03-01"], today=today)[0].endswith(
        "`latest` moves onto it on March 1, 2024 (`policy history`, daily on CI)")
    assert at.none_in_force(dt.date(2024, 1, 25), first="2024-03-01", today=today) == (
        "no version is in force on January 25, 2024: the first published, 2024-03-01, is announced ahead and takes effect "
        "on March 1, 2024")
    assert at.none_in_force(dt.date(2021, 1, 1), first="2022-03-01", today=today).endswith("took effect on March 1, 2022")


def test_the_words_of_a_version_announced_ahead_with_a_later_date_are_said_not_to_postpone_it():
    """Legal hunt 36: an announcement "postponed" by publishing its text again with a later date: both were upcoming,
    the first still took effect on its date, and nothing said so."""
    from policysite.publish import not_postponed

    def page(date: str, words: str) -> bytes:
        return f"---\ndate: {date}\nannounced: 2027-01-20\n---\n\n# T\n\n## 1. A\n\n{words}\n".encode()

    ahead = {"2027-03-01": page("2027-03-01", "Deux ans."), "2027-03-08": page("2027-03-08", "Trois ans.")}
    assert not_postponed("2027-03-15", page("2027-03-15", "Deux ans."), ahead) == [
        "2027-03-15 has the words of 2027-03-01, published ahead of its date: publishing 2027-03-15 does not postpone "
        "it; 2027-03-01 still takes effect on March 1, 2027 (a published version stays), in force to March 14, 2027 inclusive"]
    assert not_postponed("2027-03-15", page("2027-03-15", "Quatre ans."), ahead) == []


def test_a_correction_of_an_announced_text_under_its_date_is_told_the_announced_text_applies_first():
    """Legal hunt 36: a typo corrected in a version published ahead, under its date, was refused with "give the new
    text a new date" and no word that the announced text takes effect on its date as published."""
    from policysite.publish import republished

    said = republished("2024-03-01", "fr: §2", today=dt.date(2024, 2, 5))
    assert said.endswith("give the new text a new date, after March 1, 2024: 2024-03-01 is published ahead and takes "
                         "effect on March 1, 2024 as published; a corrected text dated March 2, 2024 at the soonest replaces "
                         "it from that day")
    assert republished("2024-01-10", "", today=dt.date(2024, 2, 5)).startswith(
        "2024-01-10 is already published with a different text (no section differs): a published version never "
        "changes; give the new text a new date (February 5, 2024 at the soonest), with `change: editorial`")


def test_a_typo_corrected_under_a_published_date_is_told_the_date_to_give_and_how_to_mark_it():
    """History 25: "give the new text a new date" named no date, nor that a typo needs no notice; an older version's
    correction can only come after the newest published."""
    from policysite.publish import republished

    said = republished("2024-01-10", "en: §2", today=dt.date(2024, 2, 5), newest="2024-01-10")
    assert "give the new text a new date (February 5, 2024 at the soonest), with `change: editorial` and a `summary:`" in said
    assert said.endswith("2024-01-10 stays as readers read it, and the new version's changes page shows the correction")
    said = republished("2023-06-01", "en: §2", today=dt.date(2024, 2, 5), newest="2024-03-01")
    assert "a new date (March 2, 2024 at the soonest, after March 1, 2024, the newest published)" in said


def test_a_text_dated_before_the_version_in_force_is_told_what_fits_what_it_is():
    """histories5: every text dated before a published version was told "to bring this text back, give it a new date",
    whether it was an earlier version's text brought back (a revert), the text in force with its date moved back, an
    earlier text brought back under another date still too early, or words never published. `words` are the published
    versions whose words the text has."""
    published, today = ["2021-01-01", "2022-01-01"], dt.date(2024, 1, 1)
    assert bringing_back(published, today=today, after="2021-01-01", words=["2021-01-01"]) == (
        "the site keeps 2022-01-01 in force; to bring this text back, give it a new date, after January 1, 2022")
    # a translation corrected in 2022, the French words of 2021 unchanged: a revert of 2022 is still one
    assert bringing_back(published, today=today, after="2021-01-01", words=["2021-01-01", "2022-01-01"]) == (
        "the site keeps 2022-01-01 in force; to bring this text back, give it a new date, after January 1, 2022")
    assert bringing_back(published, today=today, after="2021-06-01", words=["2022-01-01"]) == (
        "these are the words of 2022-01-01, published under that date, which a published version keeps (its readers' "
        "addresses, the days it was in force): 2022-01-01 stays as published; put `date: 2022-01-01` back in the page")
    assert bringing_back(published, today=today, after="2021-06-01", words=["2021-01-01"]) == (
        "the site keeps 2022-01-01 in force; these are the words of 2021-01-01 under another date, June 1, 2021, still "
        "before January 1, 2022: to bring them back, date them after January 1, 2022")
    assert bringing_back(published, today=today, after="2021-06-01", words=[]) == (
        "the site keeps 2022-01-01 in force; this text was never published: to publish it, give it a date after "
        "January 1, 2022")
    # announced ahead, the text in force re-dated is put back all the same; other texts wait for the announced one
    ahead = bringing_back(published, today=dt.date(2021, 12, 1), after="2021-06-01", words=["2022-01-01"])
    assert ahead.endswith("put `date: 2022-01-01` back in the page")
    assert "takes effect on January 1, 2022 whatever main holds" in bringing_back(
        published, today=dt.date(2021, 12, 1), after="2021-06-01", words=[])



def test_the_versions_with_a_reverted_texts_words_are_found_after_a_rebase_with_head_resolved_once(tmp_path,
                                                                                                  monkeypatch):
    """histories6: after main was rewritten (each manifest's commit gone), each published version's text is looked
    for by its digest in HEAD's history; `git rev-parse HEAD` ran once a version (2.4 s CPU of 1,000 git processes at
    1,000 versions, bench_revert_words.py --gone). The words are still found, and HEAD is resolved once."""
    import hashlib
    from types import SimpleNamespace

    from helpers import calls_to, git as run_git
    from policysite import git
    from policysite.publish_refusals import published_with_words

    run_git(tmp_path, "init", "-q", "-b", "main")
    pages, commits = {}, {}
    for n, date in enumerate(["2021-01-01", "2021-06-01", "2022-01-01"]):
        pages[date] = f"---\ndate: {date}\n---\n# Policy\n\nText {'one' if n != 1 else 'two'}.\n".encode()
        (tmp_path / "policy.md").write_bytes(pages[date])
        run_git(tmp_path, "add", "policy.md")
        run_git(tmp_path, "-c", "user.name=T", "-c", "user.email=t@example.test", "commit", "-q", "-m", date)
        commits[date] = hashlib.sha1(date.encode()).hexdigest()  # not this repository's: main rewritten since
    manifests = {date: SimpleNamespace(languages={"fr": SimpleNamespace(source=SimpleNamespace(
        commit=commits[date], path="policy.md", sha256=hashlib.sha256(pages[date]).hexdigest()))}) for date in pages}
    project = SimpleNamespace(repo=git.open_repo(tmp_path), settings=SimpleNamespace(authoritative="fr"))
    resolved = calls_to(monkeypatch, git, "rev_parse")
    reverted = b"---\ndate: 2022-06-01\n---\n# Policy\n\nText one.\n"
    assert published_with_words(project, SimpleNamespace(manifests=manifests), reverted) == [  # type: ignore[arg-type]
        "2021-01-01", "2022-01-01"]
    assert len(resolved) == 1, resolved
