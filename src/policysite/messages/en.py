"""The messages in English, every message's first language: the key is the finding's rule id (`rule/variant` where
the rule says several things), the template's fields are those each other catalogue's template of the key uses."""
from __future__ import annotations

_UTC = "(today is {today} in UTC, the day every machine and the site go by)"

MESSAGES: dict[str, str] = {
    # --- how `policy check` and the refusals frame the findings ------------------------------------
    "finding.warning": "warning: ",
    "check.errors": "{errors:plural:finding|findings} {errors:form:fails|fail} the check",
    "check.warnings": "{warnings:plural:warning|warnings}, which {warnings:form:does|do} not fail the check",
    "check.warnings/after": "{warnings:plural:warning|warnings} {warnings:form:does|do} not",
    "refusal.version": "{version} (commit {commit}): not published, {count:plural:finding|findings}:",
    "refusal.more": "… and {count} more",
    "refusal.summary": "{count:plural:dated version|dated versions} refused by the checks: fix them in a new "
                       "commit, or record each commit in {file} as never published (the only way for a version "
                       "followed by a later dated one)",
    # --- the page as a file ------------------------------------------------------------------------
    "source.symlink": "the policy page is a symbolic link, in a submodule or outside the project: the build reads "
                      "files as git stores them and never follows links; put the page itself here",
    "source.symlink/words": "the word list is a symbolic link, in a submodule or outside the project: the checks and "
                            "the build read the file as git stores it and never follow links; put the list itself "
                            "here",
    "source.symlink/record": "the translation record is a symbolic link, in a submodule or outside the project: the "
                             "checks read the file as git stores it and never follow links; put it here itself",
    "source.lfs": "the page is a Git LFS pointer, not the text: git keeps the text outside the repository (a "
                  "`filter=lfs` line of .gitattributes) and the build reads what git stores; take the policy out of "
                  "LFS (`git lfs untrack`, `git add --renormalize docs`) and commit the text itself",
    "source.encoding": "the page is not UTF-8 (byte offset {offset}): save it as UTF-8",
    "source.unpublished-file": "only the pages, word list and translation records are published from {folder}/: "
                               "this file would be published unchecked; remove it",
    # --- dates and front matter -------------------------------------------------------------------
    "frontmatter.date-missing": "the front matter has no date: add date: YYYY-MM-DD, the date this version takes "
                                "effect",
    "frontmatter.date-invalid": "date “{value}” is not a valid ISO date (YYYY-MM-DD, e.g. 2021-02-17)",
    "frontmatter.date-invalid/year": "date {date} is not between {first} and {last}: write the year in full "
                                     "(YYYY-MM-DD, e.g. 2021-02-17)",
    "frontmatter.announced-after": "announced {announced} is after the date the version takes effect, {date}",
    "frontmatter.date-future": "date {date} is in the future " + _UTC + ": to publish it ahead, add announced: "
                               "{today} (a material change needs {notice_days} days' notice), else date it the day "
                               "it is published",
    "frontmatter.announced-far": "date {date} is {days} days after announced {announced}: once published, no version "
                                 "dated before it could follow, and every page would announce it until then; a "
                                 "version is announced at most a year beyond its notice ({furthest}): is the year "
                                 "mistyped?",
    "frontmatter.announced-far/today": "date {date} is {days} days after today, {today}: once published, no version "
                                       "dated before it could follow, and every page would announce it until then; a "
                                       "version is announced at most a year beyond its notice ({furthest}): is the "
                                       "year mistyped?",
    "frontmatter.notice": "date {date} is {days:plural:day|days} after announced {announced}: a material change needs "
                          "{notice_days} days' notice; date it {earliest} or later (or `change: editorial` if it "
                          "changes no one's rights)",
    "frontmatter.notice/published-late": "announced: {announced} is before today, {today}, when the version would "
                                         "first be published: the page, the history and the feed would say readers "
                                         "were told on {announced}; write announced: {today}",
    "frontmatter.notice/first": "date {date} is {days:plural:day|days} after today, {today}, when it would first be "
                                "published: a material change needs {notice_days} days' notice; date it {earliest} "
                                "or later",
    "frontmatter.change": "change “{change}” is neither material nor editorial",
    "frontmatter.announced-invalid": "announced “{value}” is not a valid ISO date (YYYY-MM-DD)",
    "frontmatter.announced-future": "announced {announced} is in the future " + _UTC + ": it is the day the version "
                                    "is published",
    "sync.notice": "{key}: the {source} page has {value}, the {translation} page has {other} (only the {source} "
                   "page's counts: remove it or write the same)",
    "sync.notice/none": "{key}: the {source} page has none, the {translation} page has {other} (only the {source} "
                        "page's counts: remove it or write the same)",
    "structure.date-stated": "“{sentence}” states another date than this version's date ({date}): the page would "
                             "show both; write the version's date here, or remove the line (the site writes the date "
                             "under the title itself)",
    # --- spelling ---------------------------------------------------------------------------------
    "spelling.no-dictionary/none": "spelling is not checked: there is no dictionary for “{code}”",
}
