"""The messages in English, every message's first language: the key is the finding's rule id (`rule/variant` where
the rule says several things), the template's fields are those each other catalogue's template of the key uses."""
from __future__ import annotations

_UTC = "(today is {today:date} in UTC, the day every machine and the site go by)"
_ZONE = "(today is {today:date} in {zone}, the company's time zone, the day the site goes by)"
_AFTER = "{after:else:place.numbering-start}"  # the section before, or the start of the numbering

MESSAGES: dict[str, str] = {
    "word.or": " or ",
    "place.title": "title",
    "place.preamble": "preamble",
    "place.front-matter": "front matter {key}",
    "section.quoted": "“{title}”",
    "section.untitled": "the untitled section of line {line}",
    "section.untitled/unplaced": "an untitled section",
    "section.titled": "{label} “{title}”",
    "place.tooltip": "{where} (a tooltip)",
    # a quoted value that shows nothing (spaces, invisible characters), said in place of its empty quotes
    "word.blank": "(empty)",
    "word.none": "none",
    # an ordinal ({n:ordinal}), by CLDR's ordinal category of the number in the catalogue's language: 1st, 2nd, 3rd, 4th
    "word.ordinal/one": "{n}st",
    "word.ordinal/two": "{n}nd",
    "word.ordinal/few": "{n}rd",
    "word.ordinal/other": "{n}th",
    # --- how `policy check` and the refusals frame the findings ------------------------------------
    "finding.warning": "warning: ",
    "check.errors": "{errors:plural:finding|findings} {errors:form:fails|fail} the check",
    "check.warnings": "{warnings:plural:warning|warnings}, which {warnings:form:does|do} not fail the check",
    "check.warnings/after": "{warnings:plural:warning|warnings} {warnings:form:does|do} not",
    "check.clean": "no findings: every text passes the check",
    "check.join": "; ",
    "refusal.version": "{version} (commit {commit}): not published, {count:plural:finding|findings}:",
    "refusal.more": "… and {count:number} more",
    "refusal.summary": "{count:plural:dated version|dated versions} refused by the checks: fix {count:form:it|them} "
                       "in a new commit, or record {count:form:its commit|each commit} in {file} as never published "
                       "(the only way for a version followed by a later dated one)",
    # --- the page as a file ------------------------------------------------------------------------
    "source.not-a-file": "the policy page is not a file (a folder, a FIFO, a device): put the page itself here",
    "source.not-a-file/stray": "not a file (a FIFO, a socket, a device) among the texts of {folder}/: git cannot "
                               "commit it, and a build or a preview reading it would wait without end; remove it",
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
    "source.encoding": "the page is not UTF-8 (byte offset {offset:number}): save it as UTF-8",
    "source.encoding/file": "{path}:{line}: not UTF-8 (byte offset {offset:number}): save the file as UTF-8",
    "source.encoding/utf16": "the page is saved as UTF-16 (the “Unicode” of Word or Notepad): save it as UTF-8",
    "source.encoding/file-utf16": "{path}:{line}: saved as UTF-16 (the “Unicode” of Word or Notepad): save the file as "
                                  "UTF-8",
    "source.unpublished-file": "only the pages, word list and translation records are published from {folder}/: "
                               "this file would be published unchecked; remove it",
    "source.path-leaving": "{name}: at {commit}, a path leaving the project's folder (a tree git would not check out, "
                           "made by hand): nothing is built from this commit",
    "source.archive-commit": "{commit} is a commit of the published archive (its publication records), not of the "
                             "policy: check out the policy's branch (`git checkout main`) and run the command again",
    "source.no-configuration/below": "mkdocs.yml is not committed at {commit} in the project's folder, but "
                                     "{count:form:a folder|folders} below it {count:form:holds|hold} one "
                                     "({folders:each:, }{more}): the site lives there; run policy from that folder, "
                                     "or name it (`policy --root {root} …`)",
    "source.no-configuration": "mkdocs.yml is not committed at {commit}: commit the project's configuration first",
    "source.python-code": "{names}: Python code at {commit} in a folder the build reads (the theme's, the fonts'); "
                          "only the hooks the configuration names run, from their source: remove {count:form:it|them}",
    "source.links": "{names}: {count:form:a symbolic link or submodule|symbolic links or submodules} at {commit}; the "
                    "build reads files as git stores them and never follows links: commit "
                    "{count:form:the file itself|the files themselves}",
    "source.outside": "{file}: {what} {path!r} is outside the project",
    "source.control-character": "{file}: {what} {path!r} holds a control character: name a folder of the project",
    "source.linked-folder": "{name} is {what:said} at {commit}: the build reads files as git stores them and never "
                            "follows links: commit the files themselves",
    "source.what/link": "a symbolic link",
    "source.what/submodule": "a submodule",
    "source.what/submodule-commit": "a submodule (another repository's commit)",
    "source.symlink/at": "a symbolic link or submodule at {commit}: the build reads files as git stores them; commit "
                         "the file itself",
    "source.symlink/kind": "{what:said} at {commit}: the build reads files as git stores them and never follows links; "
                           "commit the file itself",
    "source.unpublished-file/at": "only {pages} {count:form:is|are} published from {folder}/: this file (at {commit}) "
                                  "would be published unchecked; remove it",
    "source.missing/at": "the {code:language} page does not exist at {commit}",
    "source.missing/because": "{why:said}",
    "source.missing/dropped": "does not exist at {commit} ({why:said})",
    "publish.dropped": "it has no {pages}, which the versions before it have: a translation, once published, is part "
                       "of every later version (restore the page in this version's commit)",
    "publish.removed-under-date": "removed by {removal} while the version's date was unchanged ({before}, dated "
                                  "{version:date} too, has it): the version had this translation, and published "
                                  "without it the archive would lack it for ever: record {removal} in {file} (the "
                                  "version is then published from the commit before it, with the page), or, if this is "
                                  "the newest version, put the page back in a new commit",
    "publish.nothing-linked": "nothing to publish: {linked:each}",
    "git.not-a-repository": "{path}: not inside a git repository (no .git folder there or above it): run the "
                            "command in a clone of the repository, or make one (`git init`, then commit the project)",
    "git.environment-elsewhere": "{path}: {name} names {named}{there:opt:, not %s}: git would read that repository "
                                 "while the command reads the project here, so nothing was read or written; unset "
                                 "GIT_DIR and GIT_WORK_TREE, or run the command in that repository's working tree (or "
                                 "name it with --root)",
    "git.environment-index": "{path}: GIT_INDEX_FILE names {named}, another staging area (index) than the "
                             "repository's own: git would read its files as the ones to commit, and every committed "
                             "page as changed, so nothing was read or written; unset GIT_INDEX_FILE",
    "git.environment-objects": "{path}: GIT_OBJECT_DIRECTORY names {named}, not {there}: git would look for the "
                               "repository's commits in that folder, so nothing was read or written; unset "
                               "GIT_OBJECT_DIRECTORY",
    "git.failed": "git {command}: {detail}",
    "git.no-commit-written": "git fast-import wrote no commit",
    "git.tree-into": "git tree {rev} into {dest}: {error:said}",
    "git.tree-outside": "{path}: not a path inside the folder",
    "git.tree-through-link": "{path}: inside {inside}, a symbolic link",
    "git.tree-link/outside": "{path}: a symbolic link to {link}, outside the folder",
    "git.tree-link/loop": "{path}: a symbolic link to {link}, in a loop of links",
    "git.unreadable": "{path}: git refuses to read this repository, so nothing was read or written: correct what git "
                      "says, then run the command again ({command}: {detail})",
    "git.unsafe-owner": "{path}: git refuses to read this repository, which belongs to {owner}, another user than "
                        "the one running the command, so nothing was read or written: as the user running the command, "
                        "tell git the folder is safe (`git config --global --add safe.directory {path}`; in a CI "
                        "container, as the job's first step), or run the command as {owner}; then run it again",
    "git.lock-unwritable": "{path}: publishing's lock cannot be written ({reason}): publishing writes into the "
                           "repository's .git folder; run it as a user who may write there",
    "git.lock-unwritable/read-only": "{path}: publishing's lock cannot be written: the repository is on a read-only "
                                     "file system (a read-only mount, a volume or cache mounted so), which no user "
                                     "may write in, and publishing writes into its .git folder: mount it "
                                     "read-write, or publish from a clone on a writable disk; nothing was published",
    "git.lock-held": "{path}: another process still holds the lock after {seconds:number}s",
    "git.ref-moved": "{ref} is no longer at commit {old}: {error}",
    "git.ref-moved/created": "{ref} exists now: {error}",
    "git.add-nothing": "{path}: neither its content nor a blob id was given",
    "git.blob-unknown": "{path}: blob {sha} is unknown and no content was given",
    # --- the program's own inconsistencies: said all the same, in the user's language, should one ever happen ----
    "archive.needs-version": "a {kind} page is built for a dated version: give its date",
    "archive.needs-translation": "a side-by-side page is built for a version of a translation",
    "archive.needs-release": "a changes page is built for a published version",
    "assets.list-invalid": "not a list of files and their digests",
    "declare.no-policy": "mkdocs.yml has no site settings (an `extra.policy` section)",
    "redline.ops-mismatch": "the changes do not apply to the old text: {expected} expected at its token {at}",
    "redline.ops-left": "the changes leave {n:plural:token|tokens} of the old text unaccounted for",
    "spelling.no-dictionary/suggest": "no spelling dictionary for “{code}”: no correction can be suggested",
    "publish.diverged": "{branch} has diverged from {remote}/{branch} (each has commits the other lacks): reconcile "
                        "them first: `git branch -f {branch} {remote}/{branch}` keeps the remote's (`policy history` "
                        "then publishes again any dated version it lacks), or merge them (`git switch {branch} && git "
                        "merge {remote}/{branch}`); then `policy verify`",
    "publish.build-failed": "{version}: the build from {commit} failed: {error}",
    "publish.archive-build-failed": "the {code:language} history, compare and feed pages could not be built, so "
                                    "nothing was published: the texts passed their checks, and what stopped the "
                                    "build is in the site's configuration or theme ({config}, overrides/); "
                                    "`policy check --configuration` names what it finds there{details:each:}",
    "publish.previous-edited": "{version}: its changes page compares it with {before}, whose publication record names "
                               "({lang}) {path} at {commit}, a text other than the one it records (its fingerprint): "
                               "the publication record was edited on the branch; nothing was published (`policy "
                               "verify` names what changed there)",
    "publish.previous-missing": "{version}: its changes page compares it with {before}, whose text ({path} at "
                                "{commit}) is not in this clone: {advice:said}",
    "publish.previous-missing/published": "{version}, published already, is built again from its commit (to check its "
                                          "pages on the branch, or to rebuild them): its changes page compares it "
                                          "with {before}, published from commit {commit} ({path}), which this clone "
                                          "lacks: {advice:said}",
    "publish.previous-missing/shallow": "run `git fetch --unshallow` first (on GitHub Actions: `fetch-depth: 0` in "
                                        "actions/checkout)",
    "publish.previous-missing/gone": "the commit it was published from is no longer in the history (a branch squashed "
                                     "or rewritten since), nor is that text at any other commit: fetch the commit "
                                     "from a clone that still has it (`git fetch <that clone> {commit}`)",
    "publish.previous-missing/unfetched": "{before} was published from another clone ({remote}/{branch} has it, the "
                                          "local {branch} not) and its commit is not fetched: `git fetch {remote}` "
                                          "brings it where that clone pushed its {head} (then `git merge "
                                          "{remote}/{head}`), then run the command again; else fetch it from that "
                                          "clone (`git fetch <that clone> {commit}`)",
    "publish.previous-missing/unfetched/fetched": "{before} was published from another clone and brought here with "
                                                  "{remote}/{branch} (the local {branch} moved there since; this "
                                                  "clone never published it) and its commit is not fetched: `git "
                                                  "fetch {remote}` brings it where that clone pushed its {head} (then "
                                                  "`git merge {remote}/{head}`), then run the command again; else "
                                                  "fetch it from that clone (`git fetch <that clone> {commit}`)",
    "publish.locked": "another publication is still running: {error:said}",
    "publish.ref-locked": "{path}: git holds {branch} locked (a git command moving it now, or one that stopped "
                          "without removing its lock: a crash, a machine turned off); nothing was published: once "
                          "no git command runs in this repository, remove that file and publish again",
    "publish.the-policy": "the policy",
    "publish.links-overtaken": "{document:said} {version} links {page} as in force on its date, {target}; "
                               "{other:said} {in_force}, published since, took effect before it: {version} keeps its "
                               "links (a published version never changes; a new version of it would link the newer "
                               "text)",
    "publish.moved-meanwhile": "{branch} moved while publishing (another publisher?): it was left as it is; run the "
                               "command again ({error})",
    "publish.waiting": "waiting for another publication to finish ({path})",
    "project.nothing-committed": "nothing is committed yet: commit the project and its policy first",
    "build.linked": "{path}: a symbolic link: the preview would be written (and a language's folder emptied) wherever "
                    "it points; remove the link, or build into a folder of its own (--site-dir)",
    "build.not-a-text": "{path}: a symbolic link, or not a file, among the {code:language} texts: a build reads files "
                        "as git stores them and never follows a link (one to /dev/zero is read without end); put the "
                        "file itself there, or remove it",
    "build.not-a-folder": "{path}: exists and is not a folder: build into a folder of its own (--site-dir)",
    "build.holds-project": "{path}: holds the project, its repository or its texts: build into a folder of its own "
                           "(--site-dir)",
    "build.in-sources": "{path}: in {shown}, {what:said}: build into a folder of its own (--site-dir)",
    "build.source/texts": "the {code:language} texts the site is built from",
    "build.source/git": "the repository's own folder",
    "build.source/tracked": "a folder of the project's own files, which git tracks",
    "build.stopped": "the build stopped at {count:plural:finding|findings} (a strict build); nothing was written into "
                     "{path}:\n  {findings:each:\n  }",
    "build.refused/warning": "{code:language} ({code}): {message}",
    "build.refused/failed": "{code:language} ({code}): the pages could not be built, and the build named no line of "
                            "the text: what stopped it is in the site's configuration or theme ({config}, "
                            "overrides/); `policy check --configuration` names what it finds there{detail}",
    # a version's strict build warned of its text in MkDocs' words (gate.build_findings), said on a line of its own
    "build.warning/mkdocs": "the site's build warns of the text (most often of a link to a page, section or image the "
                            "site does not have): correct it{detail}",
    "build.mkdocs-warning": "MkDocs stopped the strict build on a warning its checks do not make: `policy check` "
                            "names what it finds in the texts and `policy check --configuration` in the "
                            "configuration{detail}",
    "build.failed": "the {code:language} pages could not be built, and the build named no line of the text: what "
                    "stopped it is in the site's configuration or theme at this commit ({config}, overrides/); "
                    "`policy check --configuration` names what it finds there{detail}",
    "build.refused/output": "{code:language} ({code}): {violation:said} (the output check)",
    "build.root-unrendered": "overrides/policy-redirect.html{line:opt:, line %s}: the template of the site's root "
                             "page cannot be rendered: correct it{detail}",
    "build.root-missing": "overrides/policy-redirect.html, the template of the site's root page, is missing: put back "
                          "the one `policy init` wrote",
    "build.root-refused": "overrides/policy-redirect.html: the site's root page it writes is refused: "
                          "{violations:each}",
    "build.root-csp": "its Content-Security-Policy is not the site's (allow nothing but the site's own files and the "
                      "theme's own scripts it holds)",
    "schedule.late": "the daily job (`cron: \"{cron}\"`, in UTC) runs at {runs} in {zone}, the site's time zone, not "
                     "soon after 00:00 there, when a version takes effect: `latest` moves onto a version that late (a "
                     "day late where the job runs the evening before); it was scheduled for another time zone: "
                     "`policy upgrade` moves it to `{wanted}`",
    "schedule.late/own": "the daily job (`cron: \"{cron}\"`, in UTC) runs at {runs} in {zone}, the site's time zone, "
                         "not soon after 00:00 there, when a version takes effect: `latest` moves onto a version that "
                         "late (a day late where the job runs the evening before); schedule it soon after midnight "
                         "there: `{wanted}`",
    "published.dated-back": "{reason:said}; and record {commit} in {file} as never published: it dated this text "
                            "{later:date}, a date never published, before its date was put back, and publishing "
                            "refuses a date going back while that commit stays a version of the branch's history",
    "published.put-back": "this text is dated {version:date}, but {back} put its date back to {date:date}, a version "
                          "already published, after {commit} had dated it {later:date}, a date never published: "
                          "publishing refuses a date going back while {commit} stays a version of the branch's "
                          "history; record {commit} in {file} as never published (the date {version:date} can stay)",
    "published.changed": "this text is dated {version:date}, a version {branch} has published; {reason:said}",
    "published.older": "this text is dated {version:date}, before {newest:date}, the newest version {branch} has "
                       "published: a new version comes after the newest one published, and `policy publish` would "
                       "refuse it; date it after {newest:date} ({soonest:date} at the soonest) in every language",
    "published.reverted": "this text is that of the published version {version}, and {newer} came after it: "
                          "{advice:said}",
    "published.older/same": "this text is dated {version:date}, before {newest:date}, the newest version {branch} has "
                            "published, whose words it has: a published version keeps its date (its readers' "
                            "addresses, the days it is in force), and `policy publish` would refuse this one; put "
                            "back `date: {newest}`, and nothing is left to publish",
    # --- dates and front matter -------------------------------------------------------------------
    "frontmatter.date-missing": "the front matter has no date: add date: YYYY-MM-DD, the date this version takes "
                                "effect",
    "frontmatter.date-invalid": "date “{value}” is not a date written YYYY-MM-DD (year, month, day, e.g. "
                                "2021-02-17)",
    "frontmatter.date-invalid/day": "date “{value}” does not exist: {month:month} has {days:number} days (its last is "
                                    "{last:iso})",
    "frontmatter.date-invalid/year": "date {date:iso} is not between {first} and {last}: write the year in full "
                                     "(YYYY-MM-DD, e.g. 2021-02-17)",
    "frontmatter.announced-after": "announced {announced:iso} is after the date the version takes effect, {date:date}",
    "frontmatter.date-future": "date {date:iso} is in the future " + _UTC + ": to publish it ahead, add announced: "
                               "{today:iso} (a material change needs {notice_days:plural:day's|days'} notice), else "
                               "date it the day it is published",
    "frontmatter.date-future/zone": "date {date:iso} is in the future " + _ZONE + ": to publish it ahead, add "
                                    "announced: {today:iso} (a material change needs "
                                    "{notice_days:plural:day's|days'} notice), else date it the day it is published",
    "frontmatter.announced-far": "date {date:iso} is {days:plural:day|days} after announced {announced:iso}: once "
                                 "published, no version dated before it could follow, and every page would announce it "
                                 "until then; a version is announced at most a year beyond its notice "
                                 "({furthest:date}): is the year mistyped?",
    "frontmatter.announced-far/today": "date {date:iso} is {days:plural:day|days} after today, {today:date}: once "
                                       "published, no version dated before it could follow, and every page would "
                                       "announce it until then; a version is announced at most a year beyond its "
                                       "notice ({furthest:date}): is the year mistyped?",
    "frontmatter.notice": "date {date:iso} is {days:plural:day|days} after announced {announced:iso}: a material "
                          "change needs {notice_days:plural:day's|days'} notice; date it {earliest:date} or later (or "
                          "`change: editorial` if it changes no one's rights)",
    "frontmatter.notice/published-late": "announced: {announced:iso} is before today, {today:date}, when the version "
                                         "would first be published: the page, the history and the feed would say "
                                         "readers were told on {announced:date}; write announced: {today:iso}",
    "frontmatter.notice/first": "date {date:iso} is {days:plural:day|days} after today, {today:date}, when it would "
                                "first be published: a material change needs {notice_days:plural:day's|days'} notice; "
                                "date it {earliest:date} or later",
    "frontmatter.no-notice": "date {date:iso} is today or before, with no announced:, and the text changes the "
                             "words of {before}, the version in force: published, this material change takes effect "
                             "the day it reaches the site, with no notice; announce it "
                             "{notice_days:plural:day|days} ahead (date it {earliest:date} or later, with announced: "
                             "the day it is published), or mark it `change: editorial` if it changes no one's rights",
    "frontmatter.change": "change “{change}” is neither material nor editorial",
    "frontmatter.announced-invalid": "announced “{value}” is not a date written YYYY-MM-DD (year, month, day), or "
                                     "not one of the calendar",
    "frontmatter.announced-future": "announced {announced:iso} is in the future " + _UTC + ": it is the day the "
                                    "version is published",
    "frontmatter.announced-future/zone": "announced {announced:iso} is in the future " + _ZONE + ": it is the day "
                                         "the version is published",
    "sync.notice": "{key}: the {source:language} page has {value}, the {translation:language} page has {other} (only "
                   "the {source:language} page's value counts: remove the field or give it the same value)",
    "sync.notice/none": "{key}: the {source:language} page has none, the {translation:language} page has {other} "
                        "(only the {source:language} page's value counts: remove the field or give it the same value)",
    "structure.date-stated": "“{sentence}” states another date than this version's date ({date}): the page would "
                             "show both; write the version's date here, or remove the line (the site writes the date "
                             "under the title itself)",
    "structure.date-stated/notice": "“{sentence}” is written as the site's own notice of a version's status or date, "
                                    "and says another than this version's ({date}): a reader takes it for the "
                                    "archive's; remove it (the site says each version's status and date itself)",
    "structure.date-stated/later": "“{sentence}” says this text's own date, another than this version's ({date}): "
                                   "the page would show both, the version's under the title and this one in the text; "
                                   "write the version's date here, or remove the line (the site writes the date under "
                                   "the title itself)",
    "structure.date-stated/meta": "{key}: “{sentence}” states another date than this version's date ({date}): the site "
                                  "shows it beside the version's date (the summary under the title, in the history "
                                  "and the feed; the description to search engines); write the version's date there, "
                                  "or leave the date out",
    # --- headings and numbering -------------------------------------------------------------------
    "structure.title": "the page has no title: readers, search engines and screen readers would see only the site's "
                       "name above it; write it as the first heading, `# Title`",
    "structure.title-apart": "front matter title “{title}” is not the page's heading, “{heading}”: the browser's tab, "
                             "the header and the menu would show it as the page's title, while the text, its PDF and "
                             "its redline are titled by the heading; remove it (the heading is the title)",
    "structure.document-title": "extra.policy.documents: {id} is titled “{title}” in {lang:language}, which is not "
                                "its page's heading, “{heading}”: the home page lists it under that title, linking "
                                "its text, a reader looking for another document led to this one; title it as its "
                                "heading is, or with some of its words",
    "structure.unnumbered-heading": "heading “{heading}” has no section number, unlike the others: start its title "
                                    "with it, e.g. “{example} {plain}”, or give it an id: “{heading} {{#an-id}}”",
    "structure.ids-changed": "{count:number} sections of the version before ({version}), published with their numbers "
                             "as ids (#{old} → #{new} …), would take their titles': {numbered:number} of the "
                             "{total:number} headings have a number now, fewer than half, so the text no longer counts "
                             "as numbered; readers' links and the version selector then land on other ids. Number the "
                             "headings without one (“{example}”), or give each section its id back in its heading "
                             "(“{heading} {{#{old}}}”)",
    "structure.ids-changed/numbered": "{count:number} sections of the version before ({version}), published with their "
                                      "titles as ids (#{old} → #{new} …), would take their numbers: {numbered:number} "
                                      "of the {total:number} headings have a number now, half or more, so the text "
                                      "counts as numbered; readers' links and the version selector then land on other "
                                      "ids. Number every heading, or keep the numbers out of them (or give each "
                                      "section its id back in its heading: “{heading} {{#{old}}}”)",
    "structure.ids-edge": "{numbered:number} of the {total:number} headings have a number, exactly half: the text "
                          "still counts as numbered, but one more heading without a number would give its "
                          "{count:number} numbered sections their titles' ids (#{old} → #{new} …), and readers' links "
                          "and the version selector would land elsewhere. Number the headings without one "
                          "(“{example}”)",
    "structure.ids-edge/plain": "{numbered:number} of the {total:number} headings have a number, one short of half: "
                                "the text does not count as numbered, but one more heading with a number would give "
                                "its {count:number} numbered sections their numbers as ids (#{old} → #{new} …), and "
                                "readers' links and the version selector would land elsewhere. Keep the numbers out of "
                                "the headings, or give each section its id in its heading (“{example} "
                                "{{#{old}}}”)",
    "structure.id-repeated": "{where}: the id “{id}” is used by another heading",
    "structure.heading-in-item": "the heading “{heading}” is written in a list item (after “{marker}”): the page "
                                 "shows it inside a bullet or numbered by the list: remove “{marker}” and the "
                                 "indent of the lines under it",
    "structure.number-repeated": "{section} repeats the number of the section at line {first}: renumber one of "
                                 "the two (each number is its section's address, #s…)",
    "structure.number-skipped": "{section} follows " + _AFTER + ": {missing} is missing: renumber it, or add the "
                                "missing section",
    "structure.number-skipped/expected": "{section} cannot follow " + _AFTER + ": expected one of {allowed}",
    "structure.number-order": "{section} comes after " + _AFTER + ": numbers must increase",
    "structure.level": "{where} is a level-{depth:number} number but its heading has {level} #: write {hashes} "
                       "{number}",
    "place.numbering-start": "the start of the numbering",
    "structure.bold-heading": "“{text}” is a paragraph in bold, not a heading: no section starts there (its number's "
                              "link lands nowhere, and a change in its text is shown as a change of {where}): write "
                              "it as a heading, `{heading}`",
    "structure.bold-heading/preamble": "“{text}” is a paragraph in bold, not a heading: no section starts there (its "
                                       "number's link lands nowhere, and a change in its text is shown as a change of "
                                       "the title and introduction): write it as a heading, `{heading}`",
    "render.structure/deep": "HTML tags open within each other {deepest:number} deep (more than {most:number}): no "
                             "policy nests them so, and the checks and the site's renderer would take minutes; it was "
                             "not read: write the text with fewer tags",
    # --- the page's text and front matter ---------------------------------------------------------
    "text.size": "the page has {size:number} characters, over {most:number}: no policy is that long; it was not read",
    "text.control": "a control character or noncharacter (U+{code}) at column {column}: no text needs one; delete it "
                    "(an editor can show it)",
    "text.control/run": "{count:plural:character that draws|characters that draw} nothing (U+{code} …) at column "
                        "{column}: words can be hidden in {count:form:it|them} that no reader sees and machines read; "
                        "delete {count:form:it|them} (an editor can show {count:form:it|them})",
    "text.control/stray": "{count:plural:character that draws|characters that draw} nothing (U+{code} …) from column "
                          "{column}, where no writing needs {count:form:it|them}: words can be hidden in "
                          "{count:form:it|them} that no reader sees and machines read; delete {count:form:it|them} (an "
                          "editor can show {count:form:it|them})",
    "text.control/reference": "“{reference}” at column {column} is a control character or noncharacter (U+{code}) "
                              "written as a reference: no text needs one; write the character meant, or delete it",
    "text.conflict": "“{marker}” is a marker of a merge git could not make: the text holds both sides of the "
                     "conflict; keep the words meant and delete the markers (`<<<<<<<`, `=======`, `>>>>>>>`)",
    "text.conflict/words": "“{marker}” is a marker of a merge git could not make: the list holds the entries of both "
                           "sides; keep those of both (each once) and delete the markers (`<<<<<<<`, `=======`, "
                           "`>>>>>>>`)",
    "text.control/front-matter": "`{key}` holds a control character (U+{code}), written as an escape (a backslash and "
                                 "a code): no text needs one; delete it",
    "text.control/hidden": "`{key}` holds characters that draw nothing (U+{code} …), written as escapes (a backslash "
                           "and a code): words can be hidden in them; delete them",
    "frontmatter.missing": "the page has no front matter: start it with ---, date: YYYY-MM-DD, ---",
    "frontmatter.yaml": "the front matter cannot be read: {problem}",
    "frontmatter.yaml/quote": "the front matter cannot be read ({problem}): a value holding “: ” or “ #”, or starting "
                              "with [ {{ \" ' * & ! | > % @ `, is written between double quotes (summary: \"…\", a "
                              "quote inside as \\\")",
    "frontmatter.yaml/size": "front matter is longer than {most:number} bytes: it should hold only the date and a few "
                             "short fields",
    "frontmatter.yaml/mapping": "front matter must be a list of fields such as date: 2021-02-17",
    "frontmatter.key": "front matter key “{key}” is not one a policy page sets ({keys}): write it {meant}:",
    "frontmatter.key/unknown": "front matter key “{key}” is not one a policy page sets ({keys}): remove it",
    "frontmatter.key/plain": "front matter “{key}” must be plain text",
    "frontmatter.markup": "front matter “{key}” is shown as written, Markdown and HTML included: “{markup}” would show "
                          "its marks; write it in plain words",
    # --- publishing -------------------------------------------------------------------------------
    "frontmatter.announced-repeated": "announced: {announced:iso} is {before}'s, the version before, and this version "
                                      "is published on or after its date: the history and the feed would record an "
                                      "announcement of it on {announced:date} that never was; remove announced:",
    "frontmatter.editorial-material": "change: editorial, but this version tells readers more than a correction of "
                                      "wording does, against the version of {before:date}: {places:each:; }"
                                      "{more:said}; such a change is material: remove `change: editorial` and "
                                      "announce it {notice_days:plural:day|days} ahead (`announced:`), or undo that "
                                      "part",
    "frontmatter.editorial-material/carried": "change: editorial, as in the version of {before:date} (left from its "
                                              "correction?), but this version tells readers more than a correction of "
                                              "wording does: {places:each:; }{more:said}; such a change is material: "
                                              "remove `change: editorial` and announce it "
                                              "{notice_days:plural:day|days} ahead (`announced:`), or undo that part",
    "change.quoted": "“{words}”",
    "change.more": " (and {count:number} more)",
    "change.section-added": "line {line}: section {section:said} added",
    "change.section-removed": "section {section:said} removed",
    "change.text-added": "line {line}: “{words}” added",
    "change.text-removed": "in the section at line {line}, {count:form:text|texts} removed: "
                           "{removed:each:, }{more:said}",
    "change.number": "line {line}: {was:each:, } became {now:each:, }",
    "change.number/added": "line {line}: {now:each:, } added",
    "change.number/removed": "line {line}: {was:each:, } removed",
    "change.address": "line {line}: the address {was:each:, } became {now:each:, }",
    "change.address/added": "line {line}: the address {now:each:, } added",
    "change.address/removed": "line {line}: the address {was:each:, } removed",
    "frontmatter.summary-repeated": "summary: is the same as {before}'s, the version before, while this version "
                                    "changes the text: the history, the changes page and the feed would give this "
                                    "version the changes of that one; write what changes in this version, or remove "
                                    "summary: (they then name the sections that changed)",
    "source.imported": "the {lang:language} text of {version} is recorded in {file} as public before the site, but "
                       "{version} is after {latest}, the newest published version: a new text gets every check; "
                       "remove its entry from {file}",
    "history.order": "dated {version:date}, before the version of {latest:date}, published already: a date must "
                     "follow the newest published one (what the archive says was in force, and the versions published "
                     "since, never change); record {commit} in {file} as never published (its date stays in the "
                     "branch's history), and give its text a date after {latest:date} in a new commit if it is to be "
                     "published",
    # --- a version the history refuses (a `Said` of history.py, the reason of the refusal's finding) ------------
    "history.superseded": "{reason:said}",
    "history.merged": "{reason:said}",
    "history.backdated": "{reason:said}",
    "refusal.superseded": "{version} is still to come and the branch holds a later date after it, {after:date} "
                          "({after_commit}): if {version} was re-dated to {after:date} before its date came, record "
                          "{commit} in {file} as never published; if it takes effect between them (a change in two "
                          "stages), publish it first from its commit (`git checkout {commit}`, `policy publish`, then "
                          "back to the branch)",
    "refusal.merged": "the text of {commit}, reached only through the {parent:ordinal} parent of the merge {merge} "
                      "and dated before the newest version, may have been in force on this branch (merged into "
                      "another branch that then became this one) or be a pull request's draft: git cannot tell. If it "
                      "was in force, publish it first from its commit and push it from there (`git checkout "
                      "{commit}`, `policy publish --push`, then back to the branch: pushed later from the branch, it "
                      "is taken for a draft's preview); if it never was, record {commit} in {file}",
    "refusal.unrelated": "the text of {commit}, in the history the merge {merge} brought in with no commit in common "
                         "with this branch's (an earlier repository of the policy, merged with "
                         "--allow-unrelated-histories), is dated before the newest version: once a later version is "
                         "published it never can be. If that history's texts were in force, make it this branch's own "
                         "before anything is published (its commits on the branch's first parents: merge this branch "
                         "into it, not it into this branch); if this one never was, record {commit} in {file}",
    "refusal.unrelated/subtree": "the text of {commit}, in the history the merge {merge} brought in from another "
                                 "repository, which kept the policy as {path} (added here by git subtree), is dated "
                                 "before the newest version: once a later version is published it never can be. If "
                                 "that history's texts were in force, import them before anything is published "
                                 "(`policy import --git` from a clone of that repository, naming its {path}); if they "
                                 "never were, record {commit} in {file}",
    "refusal.backdated": "{commit} dates {path} {date:date}, before {later:date} of the earlier commit {earlier}: "
                         "each text's date must follow those before it in the history, or the text it replaced would "
                         "be the newest version (or replace the version of {date:date}, in force in between); date it "
                         "after {later:date}, or record in {file} as never published {commit} (or, if the version of "
                         "{later:date} was never in force, {earlier}).",
    # --- the translation against the authoritative text -------------------------------------------
    "sync.date": "{source:language} is dated {source_date:date}, {translation:language} is dated "
                 "{translation_date:date}: both texts of a version carry its date; set `date: {source_date:iso}` here, "
                 "or change both",
    "sync.section-missing": "{section} is in {source:language}, missing in {translation:language}: translate it here",
    "sync.section-missing/shifted": "{section} is in {source:language}, missing in {translation:language}, whose "
                                    "sections after it are numbered one less: its {there} is {source:language}'s "
                                    "{after}, and so on (their contents match so, not number for number): "
                                    "translate it before its {there}, and number the sections from there one more",
    "sync.section-renumbered": "{translation:language} {there} translates {source:language} {section} (its record, "
                               ".translated-from.yml, says so): the {source:language} text added, split, moved or "
                               "removed sections; number it {number}, as {source:language} does (its contents are "
                               "compared with that section's)",
    "sync.section-missing/nth": "the {position:ordinal} heading, “{title}”, is in {source:language}, missing in "
                                "{translation:language} ({source:language} has {source_count:plural:heading|headings}, "
                                "{translation:language} {translation_count:number}): translate it here",
    "sync.section-extra": "{section} is in {translation:language} but not in {source:language}: remove it, or add it "
                          "to the {source:language} text first (the text that prevails)",
    "sync.section-extra/shifted": "{section} is in {translation:language} but not in {source:language}, whose "
                                  "sections after it are numbered one less: {translation:language} {after} is its "
                                  "{there}, and so on (their contents match so, not number for number): remove it "
                                  "and number the sections after it one less, or add it to the {source:language} "
                                  "text first (the text that prevails)",
    "sync.section-extra/nth": "the {position:ordinal} heading, “{title}”, is in {translation:language} but not in "
                              "{source:language}: remove it, or add it to the {source:language} text first (the text "
                              "that prevails)",
    "sync.section-level": "the {position:ordinal} heading, “{title}”, is a level-{level} heading in "
                          "{translation:language}; its counterpart “{counterpart}” is level {counterpart_level} in "
                          "{source:language}",
    "sync.section-order": "{section} comes after {before} in {translation:language}, before it in {source:language}",
    "sync.numbering": "{numbered:language} numbers its headings ({first}), {plain:language} does not: number both or "
                      "neither (a section's id is its number in one text, its title's in the other: no section is "
                      "paired with its translation, a link to #{anchor} lands in {numbered:language} only)",
    "sync.paragraphs": "{where}: {source:language} has {source_count:plural:paragraph|paragraphs}, "
                       "{translation:language} has {translation_count:number}",
    "sync.list-items": "{where}: {source:language} has {source_count:plural:list item|list items}, "
                       "{translation:language} has {translation_count:number}",
    "sync.table-rows": "{where}: {source:language} has {source_count:plural:table row|table rows}, "
                       "{translation:language} has {translation_count:number}",
    "sync.list-nesting": "{where}: list item {item} is at level {source_level} in {source:language}, level "
                         "{translation_level} in {translation:language}",
    "sync.table-cells": "{where}: a row has {source_cells:plural:cell|cells} in {source:language}, {translation_cells} "
                        "in {translation:language}",
    "sync.links": "{where}: link targets differ: {source:language} has {source_values:list}; {translation:language} "
                  "has {translation_values:list}",
    "sync.emails": "{where}: e-mail addresses differ: {source:language} has {source_values:list}; "
                   "{translation:language} has {translation_values:list}",
    "sync.phones": "{where}: phone numbers differ: {source:language} has {source_values:list}; "
                   "{translation:language} has {translation_values:list}",
    "sync.dates": "{where}: dates differ: {source:language} has {source_values:list}; {translation:language} has "
                  "{translation_values:list}",
    "sync.articles": "{where}: article references differ: {source:language} has {source_values:list}; "
                     "{translation:language} has {translation_values:list}",
    "sync.numbers": "{where}: numbers differ: {source:language} has {source_values:list}; {translation:language} "
                    "has {translation_values:list}",
    "config.section-missing/version_section": "version_section: \"{number}\" names no section of {file}: each "
                                              "version's list of the dated versions is put under the title instead. "
                                              "Set the number of the section meant, or \"\" to keep the list under "
                                              "the title",
    "config.section-missing/definitions_section": "definitions_section: \"{number}\" names no section of {file}: no "
                                                  "defined term is compared with the translations. Set the number of "
                                                  "the section that defines the terms; if the text has none, remove "
                                                  "the setting",
    "sync.definitions-empty": "{section}, the section mkdocs.yml names as the definitions (definitions_section: "
                              "\"{number}\"), defines no term in bold: no defined term is compared with the "
                              "translations. If the definitions moved to another number, set their section's number in "
                              "definitions_section; if the text has none, remove the setting",
    "sync.none/link": "none",
    "sync.none/email": "none",
    "sync.none/phone": "none",
    "sync.none/date": "none",
    "sync.none/article": "none",
    "sync.none/number": "none",
    "sync.defined-terms": "{where}: {source:language} defines {source_count:plural:term|terms} ({source_terms}), "
                          "{translation:language} defines {translation_count:number} ({translation_terms:list})",
    "sync.defined-term-use": "{where}: {source:language} uses the defined term “{source_term}”, "
                             "{translation:language} never uses “{translation_term}”",
    "sync.record-missing": "{record} is missing next to {page}: once the translation is in line, run `policy "
                           "sync-mark {lang} --all`",
    "sync.record-missing/unreadable": "{record} is not a translation record: {problem}; once the translation is in "
                                      "line, `policy sync-mark LANG --all` writes it anew",
    "sync.record-missing/sections": "{record} is not a translation record: its `sections` are not section: "
                                    "fingerprint lines; run `policy sync-mark` once the translation is in line",
    "sync.outdated": "{where}: the {source:language} text changed after the {translation:language} translation was "
                     "last brought in line; update this section, or run `policy sync-mark {translation} {number}` if "
                     "it needs no change",
    # the authoritative section's paragraphs, items or rows only put in another order (staleness.reordered)
    "sync.outdated/moved": "{where}: the {source:language} text put this section's paragraphs, list items or rows in "
                           "another order after the {translation:language} translation was last brought in line, "
                           "without changing their words; put them in the same order here, or run `policy sync-mark "
                           "{translation} {number}` if the order needs no change",
    # --- links and anchors ------------------------------------------------------------------------
    "links.renumbered": "the link “{text}” goes to #{fragment}, now {now}; in the version before ({version}) it went "
                        "to {was}, now {moved}: link #{anchor} (and correct the number it shows)",
    "links.renumbered/gone": "the link “{text}” goes to #{fragment}, which no section has any more; in the version "
                             "before ({version}) it went to {was}, now {moved}: link #{anchor} (and correct the "
                             "number it shows)",
    "links.renamed": "the link “{text}” goes to #{fragment}, the id of the heading “{was}” in the version before "
                     "({version}), now “{now}”: the page keeps #{fragment} as an alias, but link #{anchor}",
    "links.dead": "the link “{text}” goes to #{fragment}, which no section or id of this page has: link one of this "
                  "page's sections ({some}) or an id set in a heading's {{#…}}, or remove it",
    "links.dead/no-section": "the link “{text}” goes to #{fragment}, which no section or id of this page has: this "
                             "page has no section to link: remove it",
    "links.document": "the link to {page} names no document of the site ({listed}): a link to another document uses "
                      "its page's file name, as in the site's list of documents (`extra.policy.documents`)",
    "links.document/single": "the link to {page} leads to no page of the site, which publishes this one text: link "
                             "a section of this page (#s2), or give another site's page its full address (https://…)",
    "links.document/anchor": "the link to {page}#{fragment} goes to an anchor that {page} does not have in this "
                             "language: link one of its sections (#s3, or the id in its heading)",
    # --- editorial checks -------------------------------------------------------------------------
    "editorial.link-text": "{where:place}: {reason:said}",
    "editorial.link-target": "{where:place}: {reason:said}",
    "editorial.html": "{reason:said}",
    "place.code-block": "code block",
    # --- why HTML in the text is refused (a `Said` of editorial.py: editorial.html's reason) ------------------------
    "html.unclosed-many": "{where:place}: {unclosed:number} “<” that no “>” closes: write “&lt;” for a “<” of the "
                          "text, and close each tag",
    "html.script-link": "{where:place}: link to “{link}” is refused: a script URL runs code in the reader's browser",
    "html.other-scheme": "{where:place}: link to “{link}” is refused: links go to http(s)://, mailto:, tel:, a #anchor "
                         "or a page of this site (file:, search-ms:, intent: … open other programs or places)",
    "html.script-text": "{where:place}: “{words}” is refused: a script URL runs code in the reader's browser",
    "html.comment": "{where:place}: an HTML comment written “<!-->”, “<!--->” or ending “--!>” is read differently by "
                    "browsers: write it <!-- … -->",
    "html.attribute-class": "{where:place}: the attribute list “{written}” sets the class {classes}: classes are the "
                            "page's own: the theme's can hide, move or cover the text; the policy text may set ids "
                            "(#id) only",
    "html.attribute-class/fetching": "{where:place}: the attribute list “{written}” sets the class {classes}: the "
                                     "theme's script would load a script from another site for it; the policy text "
                                     "may set ids (#id) only",
    "html.attribute": "{where:place}: the attribute list “{written}” sets {names}: the policy text may set ids (#id) "
                      "only",
    "html.not-a-tag": "{where:place}: “{written}” is not a tag as Markdown reads one (an attribute without a value "
                      "after its =, a stray quote): readers would see it as text; write it as <span lang=\"fr\">",
    "html.not-a-tag/template": "{where:place}: “{written}” holds template code “{code}”, which the old site's server "
                               "filled in, this site does not: Markdown reads no tag there, and readers would see it "
                               "as text; write what readers saw there (the address itself)",
    "html.script-tag": "{where:place}: “<{tag}>” is refused: a script URL runs code in the reader's browser",
    "html.tag-refused": "{where:place}: <{tag}> is refused in the policy: {why:said}",
    "html.why/script": "it runs code in the reader's browser",
    "html.why/iframe": "it embeds another page, a request to another host",
    "html.why/object": "it embeds external content or a plugin",
    "html.why/embed": "it embeds external content or a plugin",
    "html.why/style": "CSS can load resources from other hosts and restyle the legal text",
    "html.why/form": "it sends what readers type somewhere",
    "html.tag-not-allowed": "{where:place}: <{tag}> is not on the HTML allow-list ({allowed}): write Markdown instead",
    "html.in": "{where:place}: {reason:said}",
    "html.shrunk": "<{tag}> inside <{outer}>: each draws its words smaller than the text around it, so words nested "
                   "in several are fine print no reader sees; a mark or an exponent needs one, write the words as "
                   "text",
    "html.shrunk/classed": "{tag} class=“{classes}”",
    "html.end-tag": "{where:place}: </{tag}> closes an element the policy text did not open: the page's own, so the "
                    "rest of the text would be published outside it; remove it",
    "html.event-handler": "{where:place}: event-handler attribute {name}= on <{tag}> is refused: it runs code in the "
                          "reader's browser",
    "html.attribute-not-allowed": "{where:place}: attribute {name}= on <{tag}> is not allowed (allowed: {allowed})",
    "html.href-script": "{where:place}: <a href=\"{value}\"> is refused: a script URL runs code in the reader's "
                        "browser",
    "html.href-scheme": "{where:place}: <a href=\"{value}\"> is refused: links go to http(s)://, mailto: or a #anchor "
                        "only",
    "html.href-template": "{where:place}: <a href=\"{value}\"> links to template code “{code}”, which the old site's "
                          "server filled in, this site does not: write the address readers were sent to (https://…, "
                          "mailto:…)",
    "html.unclosed": "{where:place}: <{tag}> is not closed in this paragraph: close it (</{tag}>) where it ends",
    "html.declaration": "{where:place}: <!{decl}> is not allowed in the policy",
    "html.section": "{where:place}: <![{data}]> is not allowed in the policy",
    "html.instruction": "{where:place}: <?{data}> is not allowed in the policy",
    # --- what the output check refuses in a built page (a `Said` of safety.py: safety.output, verify, publish) ----
    "safety.output": "{file}: {message:said}",
    "output.violation": "{file}{anchor:opt: (in #%s)}: {message:said}",
    "output.refresh-text": "<meta http-equiv=refresh> on a page of text sends every reader elsewhere (only the site's "
                           "root page redirects)",
    "output.escaped": "the page's text ends outside its article (an end tag such as </div> or </article> in it closed "
                      "the page's own elements): {after!r}",
    "output.charset": "the page names “{charset}” as its encoding: a browser served it without a charset reads it so, "
                      "where the check reads UTF-8 (in ISO-2022-JP, `<scr\\x1b(Bipt>` is a script); publishing writes "
                      "UTF-8",
    "output.no-article": "the page has no article of the theme's and holds “{what}”: a page without one is the site's "
                         "redirect, which holds links only (another generator's page in its place was read for "
                         "scripts and loads, its words and links by no check)",
    "output.before": "the page holds before its article what the theme does not write there (words, a link or an "
                     "element another generator put there, which no check read): {before!r}",
    "output.csp-weaker": "the page's Content-Security-Policy allows more than the site's (“{what}”): this site's "
                         "files only, the theme's scripts by hash, no frame, object, form or base (a policy outside "
                         "the head applies to nothing)",
    "output.no-csp": "the page has no Content-Security-Policy",
    "output.outdated-unguarded": "the page runs the theme's version check without the site's guard "
                                 "(overrides/partials/javascripts/outdated.html) as the last script to define "
                                 "__md_set: the theme stores “is this version the latest?” in the reader's browser for "
                                 "each version read; a page built before that guard (an earlier generator's) is built "
                                 "again with today's theme by `policy history --rebuild`",
    "output.outdated-unguarded/older": "the page runs the theme's version check without the site's guard "
                                       "(overrides/partials/javascripts/outdated.html), as every page built before "
                                       "it did (a version built by another generator): the theme stores “is this "
                                       "version the latest?” in the reader's browser for each version read; `policy "
                                       "history --rebuild` builds it again with today's theme, guard included",
    "render.section-id": "the id “{ident}” is the one the site gives a numbered section's heading: a link to that "
                         "section (from another version, its changes, the history) would land on this element, taken "
                         "for the section, where the site says the version has no such section; give it another id",
    "output.repeated-id": "the id “{ident}” is on two elements of the text: links to it land on the first; give the "
                          "second another id",
    "output.forbidden": "<{tag}> is not allowed",
    "output.forbidden/text": "<{tag}> is not allowed in the policy text",
    "output.unshown": "<{tag}> ({what}): words a reader is shown on demand only, above the page or out of reach (a "
                      "dialog, a popover, a block find-in-page opens, an inert part), which no check reads; neither "
                      "the theme nor the site's templates write any: an override's (overrides/) or a hand edit",
    "output.template": "<template>: its content is a fragment of its own that the output check does not read, and "
                       "that a browser shows (`shadowrootmode`: a shadow root of its parent's, its links, images and "
                       "styles live); the theme writes none",
    "output.document-attributes": "<{tag} {names}=…>: attributes the theme does not write (a <{tag}> tag in the text "
                                  "joins its attributes to the page's own)",
    "output.handler": "<{tag} {name}=…>: event handler attributes are not allowed",
    "output.style-loads": "<{tag} style=…> loads or escapes something: {value!r}",
    "output.attribute": "<{tag} {name}=…> is not allowed",
    "output.tracking": "<{tag} {name}>: an attribute of the browser's advertising measurement, which reports to "
                       "another address or host what the reader saw or followed: a privacy policy site tracks no one",
    "output.script-url": "<{tag} {name}=“{value}”>: script and data URLs are not allowed",
    "output.srcset": "<{tag} {name}=…> loads an image from another site: {value!r}",
    "output.loads": "<{tag} {name}=“{value}”> loads from another site",
    "output.loads/third-party": "<{tag} {name}=“{value}”> loads from another site: a privacy policy site makes no "
                                "third-party request",
    "output.link-unread": "<link rel=“{rel}” href=“{href}”> has the browser fetch a file and act on it (a web app "
                          "manifest: the icons it names, from any host, its start page and shortcuts) that no check "
                          "reads; the site links none",
    "output.meta-fetches": "<meta name=“{name}”> has the browser fetch “{url}” on its own (a pinned site's tile, "
                           "badge or notifications, polled from that host; a payment wallet), outside the page's "
                           "Content-Security-Policy",
    "output.fetching-component": "<{tag} data-md-component=“{component}”>: the theme's script fetches, for it, the "
                                 "facts of the repository its address names from GitHub's or a GitLab host's API, "
                                 "another site; the site shows no repository",
    "output.storing-component": "<{tag} data-md-component=“{component}”>: the theme's script writes, for it, the "
                                "reader's browser storage (the colour scheme shown, as the page loads) or asks them to "
                                "accept cookies; the site stores nothing in a reader's browser",
    "output.link-loads": "<link rel=“{rel}” href=“{href}”> loads from another site",
    "output.refresh-foreign": "<meta http-equiv=refresh> sends the reader to another site: {target!r}",
    "output.http-equiv": "<meta http-equiv=“{equiv}”> is not allowed",
    "output.style-element-loads": "<style> loads or escapes something (url(), @import, a CSS escape)",
    "output.style-element": "<style> that is not the theme's own ({text!r}): a template's styles could hide or write "
                            "the page's words; a project's styles go in a stylesheet of its theme folder",
    "output.script-src": "<script src=“{src}”> runs a script from another site",
    "output.script-src/not-js": "<script src=“{src}”> runs a file that is none of the site's scripts (.js): a theme "
                                "folder's image or text would run as the site's own",
    "output.link-runs/script": "<link rel=“{rel}” href=“{href}”> has the page run a file that is none of the site's "
                               "scripts (.js): a text or a list of the site would run as its own",
    "output.link-runs/style": "<link rel=“{rel}” href=“{href}”> applies a file that is none of the site's stylesheets "
                              "(.css): a text or a list of the site would style the page",
    "output.config-worker": "the theme's configuration starts its search from “{url}”, which is none of the site's "
                            "scripts (.js)",
    "output.config-base": "the theme's configuration reads the list of versions from under “{url}”, which is neither "
                          "a folder above the page nor the site's path",
    "output.config-feature": "the theme's configuration turns on “{feature}”, which the configuration rules refuse (it "
                             "writes titles into the page as HTML, fetches pages or stores in the reader's browser)",
    "output.config-translation": "the theme's configuration gives its words “{key}” as “{words}”, which the theme "
                                 "writes into the page as HTML: words of the theme hold no markup",
    "output.config-version": "the theme's configuration names its default version “{default}”, which every reader's "
                             "browser runs as a pattern: a version's name only",
    "output.config-annotate": "the theme's configuration names annotations ({annotate}), which the generator never "
                              "writes: they move words of the page into tooltips",
    "output.config-element": "<{tag}> carries the id “__config”, whence the theme reads its configuration: only its "
                             "own <script type=“application/json”> may",
    "output.use-file": "<use {name}=“{value}”> draws another file's drawing into the page, words no check of the "
                       "page read: a <use> names a drawing of the page itself (#…)",
    "output.at-leaves": "the data of the at/ page (the version in force on a day) sends its reader to “{url}” for a "
                        "day before the first text: an address of the site only",
    "output.data-leaves": "{name}=“{value}”, under which the site's script links the next version, is not the "
                          "page's parent folders (../): joined to a version's name from versions.json it can leave "
                          "the site",
    "output.theme-link": "<{tag} href=“{href}”> outside the policy text goes to another site: around the text, a "
                         "page links the site's own pages only (the policy's links are in its text, where the checks "
                         "read them)",
    "output.referrer": "<{tag}> sets the referrer policy “{policy}”: each link followed would tell another site the "
                       "whole address of the page its reader came from (the version read, a search's words)",
    "output.script-inline": "<script> that is not one of the theme's own: {text!r}",
    "output.script-inline/older": "{problem:said} (a version built by another generator, whose theme wrote other "
                                  "scripts: `policy history --rebuild` moves it onto today's theme)",
    "output.description-unshown/older": "{problem:said} (a version built by another generator, whose page did not "
                                        "show its description: `policy history --rebuild` shows it under the title)",
    "output.script-type": "<script type=“{type}”> is not allowed",
    "output.script-text": "<script> in the policy text: only the theme's own scripts run",
    "output.fetching-class": "<{tag} class=“{classes}”>: the theme's script would load a script from another site for "
                             "it",
    "output.redline-mark": "<{tag}> in the policy text: its words are drawn underlined as the redline marks a change, "
                           "which the text is not",
    "output.redline-mark/struck": "<{tag}> in the policy text: its words are drawn struck out as the redline marks a "
                                  "change, which the text is not",
    "output.override": "<{tag}> holds a direction override (U+202D or U+202E) in {places:each:, }: the characters "
                       "after it are drawn in another order than the text's, which the checks read",
    "output.override/words": "its words",
    "output.struck": "<{tag}> draws a mark across the character before it (U+{code}): “{words}” is shown struck out, "
                     "as a deleted word is shown, while the checks read it as written",
    "output.stacked": "<{tag}> piles marks on “{words}” (U+{code} …) beyond what any writing needs: they are drawn "
                      "above and below it, over the lines around it, whose words they hide",
    "output.unseen": "<{tag}> holds {count:plural:character that draws|characters that draw} nothing (U+{code} …) "
                     "where no writing needs {count:form:it|them}, in “{words}”: words can be hidden in "
                     "{count:form:it|them} that no reader sees and machines read",
    "output.search-excluded": "<{tag} data-search-exclude> leaves the words “{words}” out of the site's search: a "
                              "reader searching the policy for what the page shows finds nothing",
    "output.digits/script": "<{tag}> writes the number “{number}” with a digit of another script ({char}, {name}), "
                            "which a reader of this page may take for another digit; the checks read {value}",
    "output.digits/split": "<{tag}> holds an invisible character (U+{code}) between the digits of “{number}”: the "
                           "page shows one number where the checks read two",
    "output.digits/marked": "<{tag}> draws a mark (U+{code}, {name}) between the digits of “{number}”: the page "
                            "shows one number where the checks read two",
    "output.digits/raised": "<{tag}> draws “{inside}” of the number “{number}” raised or lowered: a reader takes it "
                            "for an exponent, an index or a note's mark, where the checks read {number}",
    "output.digits/small": "<{tag}> writes “{word}”, a raised or lowered digit ({char}, {name}) beside digits: a "
                           "reader takes it for an exponent, an index or a note's mark, where the checks read {read}",
    "output.digits/letter": "<{tag}> writes “{word}”, a letter ({letter}, {name}) among digits, where a reader sees a "
                            "digit: the checks read {read}",
    "output.bidi/dir": "<{tag} dir=…> sets the left-to-right words “{words}” right to left, in another order than the "
                       "text's, which the checks read",
    "output.bidi/ltr": "<{tag} dir=…> sets the right-to-left words “{words}” left to right: the page's readers read "
                       "them in another order than the text's, which the checks read",
    "output.bidi/ltr-page": "<{tag}> holds the right-to-left words “{words}” laid out left to right, as the page "
                            "around them is: their readers read them in another order than the text's, which the "
                            "checks read",
    "output.bidi/ltr-numbers": "<{tag}> holds a left-to-right mark, isolate or element (U+{code}) that draws the "
                               "numbers “{words}” left to right: the paragraph's readers, reading right to left, read "
                               "them in another order than the text's, which the checks read",
    "output.bidi/ltr-isolate": "<{tag}> holds a left-to-right embedding or isolate (U+{code}) that draws the "
                               "right-to-left words “{words}” left to right: the paragraph's readers read them in "
                               "another order than the text's, which the checks read",
    "output.bidi": "<{tag}> holds a right-to-left mark or isolate (U+{code}) that draws the left-to-right words "
                   "“{words}” in another order than the text's, which the checks read",
    "output.theme-class": "<{tag} class=“{classes}”>: the theme's classes can hide, move or cover the text",
    "output.description-unshown": "<meta {key}> gives search engines and link previews “{words}” as the page's "
                                  "summary, words the page does not show (publishing shows the page's description, "
                                  "its front matter's `description:`, under its title)",
    "output.tooltip": "<{tag}> “{shown}” has the title “{title}”: words the page shows only while a pointer rests on "
                      "them, and nowhere else",
    "output.hidden": "<{tag} hidden>: hides the text",
    "output.undrawn": "<{tag}> “{words}”: words a browser never draws (its own stylesheet hides them, or it draws a "
                      "gauge in their place), which the checks, the redline and the PDF read as the text's",
    "output.comment-open": "a comment left open (<!-- without its -->) hides the rest of the page from its reader: the "
                           "text after it, the footer and the theme's scripts, which the checks read",
    "output.theme-hiding": "<{tag} class=“{classes}”>: the theme's stylesheet hides the words of an element of this "
                           "class (not drawn, transparent or of no size): the reader would not see what the checks "
                           "read",
    "output.aria-words": "<{tag} {name}=…>: a screen reader would say these words in place of, or beside, those the "
                         "page shows, which the checks read",
    "output.aria-hidden": "<{tag} aria-hidden=“true”>: a screen reader would not say these words, which the page "
                          "shows",
    "output.aria-role": "<{tag} role=“{role}”>: a screen reader names such an element by an author's label only, "
                        "and would not say its words",
    "output.aria-structure": "<{tag} {name}=“{value}”>: tells a screen reader of a structure the eye does not see "
                             "(a heading, a part moved, an order of its own), which neither Markdown nor the site's "
                             "own parts of a text write",
    "output.link-scheme-case": "the link to “{href}” writes its scheme in capitals ({scheme}): on paper a link's "
                               "address follows its words, which the site's stylesheet and script do for a scheme "
                               "in lower case only, so a printout would show “{words}” and no address; write "
                               "{lower}",
    "output.script-class": "<{tag} class=“{classes}”>: the site's script alone sets this class, as the page is read "
                           "(on a link whose words say its address, which paper then prints once): in the page's "
                           "markup it takes the address off a printout of any link",
    "output.table-overlap": "<{tag}> “{words}” spans rows or columns onto a cell another already covers: a browser "
                            "draws the two on top of each other, the words of one across or under the other's, which "
                            "the checks read apart; the tables of Markdown span nothing",
    "output.style-text": "<{tag} style=…>: inline styles are not allowed in the policy text",
    "output.text-attribute": "<{tag} {name}=…>: the policy text may set ids and classes only",
    "output.text-attributes": "<{tag} {what}>: the policy text may set ids, titles and languages only; the page's own "
                              "classes and attributes can hide, move or cover the text",
    "output.theme-id": "<{tag} {name}=“{value}”>: ids starting with __ are the theme's own (its configuration, search)",
    "output.link-unseen": "<a href=“{href}”> shows no words (none, spaces, or characters drawn as nothing): a link "
                          "no reader sees nor can read where it goes, that search engines and a stray tap follow; "
                          "give it its words or remove it",
    "output.script-global": "<{tag} id=“{value}”>: the name of a global the site's scripts define: a browser makes "
                            "the element that global until they do, and a script reading it then calls the element "
                            "instead (its search or notices stop working): give it another id",
    "output.dated-id": "<{tag} id=“{value}”>: ids of the form 2021-02-17.s1 are the archive's own (a section's id in "
                       "an earlier version, which links from that version follow): give it another id",
    "output.alias-placed": "<{tag}> of the archive's former ids (class policy-alias or policy-since) {where:said}: "
                           "the build writes them, empty, where a section starts (its heading, a changes page's "
                           "section) and under the title; elsewhere one takes an earlier version's links to a place of "
                           "its choosing, or makes a section read as removed that never was: the text, a template or a "
                           "hand edit wrote it",
    "output.alias-placed/theme": "outside the policy's text (the theme's part of the page, or a page without one)",
    "output.alias-placed/shape": "that is not an empty span of one such class and one id",
    "output.alias-placed/outside": "in a <{outer}>, not in a heading with an id",
    "output.alias-placed/removed": "naming a removed section in a <{outer}>, not in the article itself",
    "output.hiding-placed": "<{tag} class=“{classes}”>: the site's class that hides words from the eye (on screen, "
                            "or until its script shows them) {where:said}: the text, a template or a hand edit wrote "
                            "it to hide words no reader of the page sees",
    "output.notice-words": "<{tag} class=“{kind}”>, a notice the site writes at the top of a page (shown on paper "
                           "only, without scripts only, or when its script shows it), holds what the build never "
                           "writes in it: {what}: the text, a template or a hand edit wrote words no reader of the "
                           "screen sees",
    "output.hiding-placed/theme": "outside the policy's text and the archive page's article (the theme's part of "
                                  "the page)",
    "output.hiding-placed/shape": "on an element the build never gives it (its tag, its other classes, words in "
                                  "elements)",
    "output.hiding-placed/notice": "in a <{outer}>, not among the site's notices at the top of the article, in their "
                                   "order",
    "output.hiding-placed/widget": "in a <{outer}>, not in the archive page's own part of the article",
    "output.hiding-placed/spoken": "in a <{outer}>, not in a redline's mark or a link",
    # --- why a link is refused (a `Said` of safety.py, the reason of editorial.link-text and link-target) ---------
    "link.mail-subject": "the link opens a message whose subject is “{subject}”, words the page does not show; make "
                         "it words the page shows, or remove subject= from the address",
    "link.shows-number": "the link shows the number {shown} but dials {dialled}",
    "link.shows-mixed": "the link shows the address {shown}, whose letters mix scripts",
    "link.shows-address-writes": "the link shows the address {shown} but writes to {address}",
    "link.shows-email-goes": "the link shows the e-mail address {shown} but goes to {target}",
    "link.shows-address-goes": "the link shows the address {shown} but goes to {target}",
    "link.shows-port": "the link shows the address {shown} but goes to {target}, another port of that host: another "
                       "service of its machine than the site a reader reads; link the address it shows",
    "link.shows-secure": "the link shows the secure address {shown} but goes to {target}, over a connection that is "
                         "not encrypted (http:): link the https: address it shows",
    "link.shows-section": "the link shows section {shown} but goes to the section {number} (“{heading}”): a reader "
                          "takes it for the section it names; link that section, or name the one it goes to",
    "link.shows-version": "the link's words “{words}” name the version of {named:date} but it goes to the version of "
                          "{version:date}: a reader takes the text it opens for the one its words name; link that "
                          "version (../{named:iso}/), or name the one it goes to",
    "link.unclear-day": "the link's words “{words}” write the day {written}, which one reader reads as {first:date} "
                        "and another as {second:date} (the day first or the month first, as their country writes "
                        "it): write the day in words, or as {first:iso}",
    "link.shows-latest": "the link's words “{words}” name the version of {named:date} but it goes to the latest "
                         "version, the text in force the day it is opened: a reader takes that text for the one its "
                         "words name; link that version (../{named:iso}/)",
    "link.shows-this-version": "the link's words “{words}” name this version, of {own:date}, but it goes to the "
                               "version of {version:date}: a reader takes the text it opens for this one; link this "
                               "version, or name the one it goes to",
    "link.shows-in-force": "the link's words “{words}” name the version in force but it goes to the version of "
                           "{version:date}, this page being that of {own:date}: a reader takes an older or later text "
                           "for the one in force; link this version, or the version in force (../latest/)",
    "link.shows-comparison": "the link's words “{words}” name the version of {named:date} but it goes to the "
                             "comparison of the versions of {old:date} and {new:date}: a reader takes the changes it "
                             "shows for those of the one its words name; link that version's changes "
                             "(../{named:iso}/changes/), or name the ones it compares",
    "link.shows-section-title": "the link's words are the title of the section “{title}” but it goes to the section "
                                "“{heading}”: a reader takes it for the section it names; link that section, or name "
                                "the one it goes to",
    "link.shows-path": "the link shows {path}, a path a reader takes for a page of this site, but goes to {target}: "
                       "show the address it goes to, or link the site's page by its path",
    "link.shows-number/title": "the link's title (shown when the pointer rests on it) shows the number {shown} but "
                               "dials {dialled}",
    "link.shows-mixed/title": "the link's title (shown when the pointer rests on it) shows the address {shown}, whose "
                              "letters mix scripts",
    "link.shows-address-writes/title": "the link's title (shown when the pointer rests on it) shows the address "
                                       "{shown} but writes to {address}",
    "link.shows-email-goes/title": "the link's title (shown when the pointer rests on it) shows the e-mail address "
                                   "{shown} but goes to {target}",
    "link.shows-address-goes/title": "the link's title (shown when the pointer rests on it) shows the address {shown} "
                                     "but goes to {target}",
    "link.shows-port/title": "the link's title (shown when the pointer rests on it) shows the address {shown} but "
                             "goes to {target}, another port of that host",
    "link.shows-secure/title": "the link's title (shown when the pointer rests on it) shows the secure address "
                               "{shown} but goes to {target}, over a connection that is not encrypted (http:)",
    "link.shows-path/title": "the link's title (shown when the pointer rests on it) shows {path}, a path a reader "
                             "takes for a page of this site, but goes to {target}: show the address it goes to, or "
                             "link the site's page by its path",
    "link.hidden-host": "the link to “{href}” goes to the host {host}, written so that a reader does not see it as an "
                        "address (a browser reads `\\` as `/` and adds the slashes a web address lacks): write the "
                        "address as a browser follows it, {target}",
    "link.scheme-hidden": "the link to “{target}” writes its scheme with a hidden tab or line break, which a browser "
                          "drops: write it plainly",
    "link.scheme-other": "the link to “{target}” opens another program or place ({scheme}:): links go to http(s)://, "
                         "mailto:, tel:, a #anchor or a page of this site",
    "link.mail-body": "the e-mail link “{target}” writes the reader's message for them (body=), in words no check "
                      "reads: link to the address alone (a subject may stay)",
    "link.mail-others": "the e-mail link “{target}” writes to more than its address (cc, bcc, another header or "
                        "address): a reader's request would reach others",
    "link.mail-at": "the e-mail link “{target}” writes to an address with more than one @: a reader takes the first "
                    "part for the address, a mail client writes to the domain after the last @",
    "link.mail-private": "the e-mail link “{target}” writes to a domain of a private network ({domain}): no reader's "
                         "message reaches it: write the address the company receives mail at",
    "link.mail-local": "the e-mail link “{target}” writes to “{local}”, whose letters beyond ASCII each look like an "
                       "ASCII one (read as “{reads}”): a reader's message goes to another mailbox than the one they "
                       "read",
    "link.mail-mixed": "the e-mail link's domain “{domain}” has a part mixing letters of several scripts ({mixed}): it "
                       "may pass for another domain",
    "link.mail-lookalike/latin": "the e-mail link's domain “{domain}” writes “{label}” with letters beyond ASCII that "
                                 "each look like an ASCII one (read as “{reads}”): it may pass for another domain",
    "link.mail-lookalike": "the e-mail link's domain “{domain}” has a part written in {script:script} letters that "
                           "each look like a Latin one ({label}, read as “{reads}”): it may pass for another domain",
    "link.phone-more": "the phone link “{target}” dials more than a number (pauses, extensions, a context): a phone "
                       "link holds +, digits and separators only",
    "link.secret": "the link to “{target}” carries a key, password or signed access ({names}): anyone reading the page "
                   "could use it, to open what it opens for its owner: link the public page",
    "link.program": "the link to “{target}” downloads a program or a script (a {program} file), which runs on the "
                    "reader's computer or phone: a legal text links pages and documents",
    "link.tracking": "the link to “{target}” carries tracking parameters ({names}): they tell the other site where its "
                     "reader comes from, and a click or subscriber id names who copied the link: remove them",
    "link.user": "the link to “{target}” writes a user name before its host (…@{host}): a reader takes what stands "
                 "before @ for the site, the browser goes to the host after it",
    "link.redirect": "the link to “{target}” goes through {through}, which only sends its reader on: where it goes is "
                     "not in the text (a short link's owner can change it after publication), and the service records "
                     "each reader's click: link the address itself",
    "link.redirect/wrapping": "the link to “{target}” goes through {through}, which only sends its reader on: where it "
                              "goes is not in the text (a short link's owner can change it after publication), and the "
                              "service records each reader's click: link the address it wraps, {wrapped}",
    "link.unread": "the link to “{target}” is no address a browser's URL parser reads (a port, a character or a "
                   "joiner of its host the standard refuses): a browser following the standard goes nowhere, another "
                   "may take the reader to a host no check read; write the page's full address as its site writes it",
    "link.no-host": "the link to “{target}” names no host a browser can read (between its // and the next /): no "
                    "reader can follow it; write the page's full address",
    "link.private": "the link to “{target}” goes to a machine of a private network ({host}): no reader can follow it, "
                    "it names the company's internal machines, and a click asks a machine of the reader's own "
                    "network: link a public page",
    "link.hidden-service": "the link to “{target}” goes to a host of an anonymity network ({host}): no ordinary "
                           "browser reaches it, and no reader can tell who runs it; link a public page",
    "link.host-mixed": "the link's host “{host}” has a part mixing letters of several scripts ({mixed}): it may pass "
                       "for another host",
    "link.host-passes-for": "the link goes to “{host}”, which a reader takes for the site's own “{own}” (both read "
                            "“{seen}”): whoever holds that name receives what a reader trusts to the company",
    "link.host-passes-for/ending": "the link goes to “{host}”, which a reader takes for the site's own “{own}”: "
                                   "the same name under the ending “.{ending}”, one letter from the site's, which "
                                   "registries sell for the typing errors it catches: whoever holds that name receives "
                                   "what a reader trusts to the company",
    "link.host-lookalike/latin": "the link's host “{host}” writes “{label}” with letters beyond ASCII that each look "
                                 "like an ASCII one (read as “{reads}”): it may pass for another host",
    "link.host-lookalike": "the link's host “{host}” has a part written in {script:script} letters that each look "
                           "like a Latin one ({label}, read as “{reads}”) under a Latin ending: it may pass for "
                           "another host",
    "script.greek": "Greek",
    "script.cyrillic": "Cyrillic",
    "script.han": "Chinese or Japanese (Han)",
    "script.thai": "Thai",
    "script.arabic": "Arabic",
    "script.hebrew": "Hebrew",
    "script.hangul": "Hangul",
    "script.devanagari": "Devanagari",
    "script.armenian": "Armenian",
    "script.georgian": "Georgian",
    "script.bengali": "Bengali",
    "script.tamil": "Tamil",
    "script.hiragana": "Hiragana",
    "script.katakana": "Katakana",
    "script.ethiopic": "Ethiopic",
    "script.khmer": "Khmer",
    "script.lao": "Lao",
    "script.myanmar": "Myanmar",
    "script.latin": "Latin",
    "script.japanese": "Japanese",
    "script.katakana_or_hiragana": "Japanese (kana)",
    "script.korean": "Korean",
    "script.other": "{name}",
    "editorial.indented": "{where:place}: “{words}” starts with a tab or four spaces (as text pasted from Word "
                          "often does): the page shows it as code, in a box of its own, in a typewriter font, its "
                          "lines never wrapped, and its words are not spell-checked; remove the indent at the start "
                          "of the line (an address set apart on purpose: put ``` on a line above and below it)",
    "editorial.doubled-word": "{where:place}: “{first} {second}”: the word “{first}” is doubled",
    "editorial.brand": "{where:place}: brand written “{written}”, write “{meant}”",
    "editorial.template": "{where:place}: template code “{code}” is shown as written: the old site's server filled it "
                          "in, this site does not; write the words readers saw there, or remove it",
    "editorial.template/date": "{where:place}: template code “{code}” is shown as written: the old site's server wrote "
                               "a date there, this site does not; type the date itself, as readers read it",
    "editorial.stacked": "{where:place}: {count:number} marks piled on “{base}” (U+{code} …) are drawn above and below "
                         "it, over the lines around it, whose words they hide: no writing needs so many; remove them",
    "editorial.stacked/bare": "{where:place}: {count:number} marks piled on one character (U+{code} …) are drawn above "
                              "and below it, over the lines around it, whose words they hide: no writing needs so "
                              "many; remove them",
    "editorial.styled": "{where:place}: “{written}” is written in characters of a style of their own ({name}…), "
                        "which a screen reader says one by one by their names, and which a search or a spell check "
                        "does not find as “{typed}”: type “{typed}” (in bold: `**{typed}**`)",
    "editorial.struck": "{where:place}: a mark drawn across the character before it (U+{code}) shows “{words}” struck "
                        "out, as a deleted word is shown, while the checks read it as written: write the words plainly "
                        "(a word deleted is deleted)",
    "editorial.image": "an image ({src}): what it draws is read by no check, no redline and no PDF, only its alt text; "
                       "write its words as text (a table, a list)",
    "editorial.digits/script": "{where:place}: the number “{number}” is written with a digit of another script "
                               "({char}, {name}), which a reader of this page may take for another digit; the checks "
                               "read {value}: write it with the page's digits",
    "editorial.digits/split": "{where:place}: an invisible character (U+{code}) between the digits of “{number}” "
                              "shows one number where the checks read two: remove it",
    "editorial.digits/marked": "{where:place}: a mark (U+{code}, {name}) drawn between the digits of “{number}” "
                               "shows one number where the checks read two: remove it",
    "editorial.digits/raised": "{where:place}: “{word}” draws part of the number {read} raised or lowered "
                               "(<{tag}>): a reader takes it for an exponent, an index or a note's mark, where the "
                               "checks read {read}: write the number whole, and a note's mark after a word",
    "editorial.digits/small": "{where:place}: “{word}” writes a raised or lowered digit ({char}, {name}) beside "
                              "digits: a reader takes it for an exponent, an index or a note's mark, where the checks "
                              "read {read}: write the number with the page's digits, and a note's mark after a word",
    "editorial.digits/letter": "{where:place}: “{word}” writes a letter ({letter}, {name}) among digits, where a "
                               "reader sees a digit: the checks read {read}; write the number with digits only",
    "editorial.email-malformed": "the e-mail address “{address}” is malformed (a dot or an @ doubled, a space, no dot "
                                 "after the @…): mail sent to it reaches no one, and a reader exercising a right "
                                 "writes to no one; write it as the mailbox is spelt",
    "editorial.unclosed-emphasis": "“{shown}”: the page shows “{mark}” as written, where it opens bold or italic "
                                   "left unclosed (or written inside HTML, which Markdown does not read); close it "
                                   "(“{mark}words{mark}”) or remove it",
    "editorial.address-lookalike": "{where:place}: the address “{address}” writes “{label}” with letters that pass "
                                   "for others (read as “{reads}”): a reader writing to it or typing it reaches "
                                   "another host than the one they read; write it in the letters of its host",
    "editorial.bidi/override": "{where:place}: a direction override (U+202D or U+202E) shows the characters after it "
                               "in another order than the text holds (and the checks read): remove it (the marks "
                               "U+200E, U+200F and isolates stay allowed beside right-to-left words)",
    "editorial.bidi/digits": "{where:place}: a direction mark between digits can show them in another order (12 as "
                             "21), not as the checks read them: remove it (a mark is for words of a right-to-left "
                             "script)",
    "editorial.bidi/mark": "{where:place}: a direction mark (U+{code}) with no right-to-left word beside it can show "
                           "the characters around it in another order, not as the checks read them: remove it (a mark "
                           "is for words of a right-to-left script)",
    "editorial.bidi/reordered": "{where:place}: the numbers after the right-to-left letter “{letter}” (“{shown}”) are "
                                "shown right to left, in another order than written and read by the checks: put them "
                                "before it, or its right-to-left words in an isolate (U+2067 … U+2069)",
    "editorial.bidi/ltr-page": "{where:place}: the right-to-left words “{shown}” are laid out left to right, as "
                               "this page is, their parts in another order than their readers read them and than "
                               "the checks read: begin the paragraph with a right-to-left word (not a number nor a "
                               "left-to-right word), or write it in a text of its own language",
    "editorial.bidi/ltr-numbers": "{where:place}: the left-to-right mark or isolate (U+{code}) before “{shown}” "
                                  "draws these numbers left to right: this text's readers, reading right to left, "
                                  "read them in another order than written and read by the checks: remove it, or put "
                                  "one before each number (a phone number, one number, stays as written)",
    "editorial.bidi/reordered-rtl": "{where:place}: the number “{number}” is shown “{shown}” in this right-to-left "
                                    "text (its groups laid out right to left, its + after it), not as written and "
                                    "read by the checks: write it between the isolates U+2066 and U+2069, which keep "
                                    "it left to right, as “\u2066{number}\u2069” here holds it (copy it from this "
                                    "line; `policy import` writes them so), or put a word written left to right just "
                                    "before it (Tel.)",
    "editorial.bidi/reordered-address": "{where:place}: the address “{address}” is shown otherwise than written in "
                                        "this right-to-left text, its “{part}” laid out apart from the rest of it: "
                                        "write it between the isolates U+2066 and U+2069, which keep it left to "
                                        "right, as “\u2066{address}\u2069” here holds it (copy it from this line), "
                                        "or link it from words of the text ([our site](https://…))",
    "editorial.bidi/isolated-ltr": "{where:place}: the left-to-right isolate or embedding (U+{code}) around "
                                   "“{shown}” lays its right-to-left words and numbers out left to right, which the "
                                   "text's readers read in another order than written and read by the checks: keep in "
                                   "it only the left-to-right words or number it is for",
    "editorial.bidi/isolated": "{where:place}: the right-to-left isolate or embedding (U+{code}) around “{shown}” "
                               "lays its left-to-right words and numbers out right to left, in another order than "
                               "written and read by the checks: keep in it only the right-to-left words it is for",
    # --- spelling ---------------------------------------------------------------------------------
    "spelling.unknown-word": "{where:place}: “{word}”{inside:opt: (in “%s”)} is not in the {lang:language} "
                             "dictionary nor in {words_path}{suggestion:opt: (did you mean “%s”?)}: correct it, or "
                             "if it is right, list it there with why (`{word}  # …`)",
    "spelling.unknown-word/acronym": "{where:place}: acronym “{word}”{inside:opt: (in “%s”)} is not in {words_path}: "
                                     "list it there with what it stands for (`{word}  # …`)"
                                     "{suggestion:opt: (did you mean “%s”?)}",
    "spelling.no-dictionary": "spelling is not checked: the {lang:language} dictionary does not know "
                              "{unknown:number} of the page's {total:number} words ({examples}…), too many to be "
                              "typos: it lacks the language's common forms",
    "spelling.no-dictionary/vocabulary": "spelling is not checked: the {lang:language} dictionary lacks the "
                                         "language's common words, {unknown:number} of the page's {total:number} "
                                         "among them ({examples}…); to check it, write the company's vocabulary in "
                                         "{vocabulary}: one correct word a line, UTF-8, no justification needed (`#` "
                                         "starts a comment); its words are then known, and each other word the "
                                         "dictionary lacks is a finding",
    "spelling.word-list/not-a-file": "{path} is not a file (a folder, a pipe or a device): the checks do not read it; "
                                     "make it a text file of words, or remove it",
    "spelling.word-list/unreadable": "{path} cannot be read (permissions): the checks do not read it; let the user "
                                     "who runs the checks read it",
    "spelling.word-list/encoding": "line {line} is not UTF-8 (byte 0x{byte}): save the word list as UTF-8",
    "spelling.word-list/twice": "“{word}” is listed already on line {first}",
    "spelling.word-list/why": "“{word}” has no justification: write `{word}  # where and why it is used`",
    "spelling.word-list/known": "“{word}” is in the {lang:language} dictionary already: remove it",
    "spelling.word-unused": "“{word}” is not used in {paths:or}: `policy words --prune` removes the entries no text "
                            "uses",
    "spelling.word-unused/other-script": "“{word}” is written in another script than the {lang:language} text: the "
                                         "check does not judge it, and `policy words --prune` removes it",
    "spelling.no-dictionary/language": "spelling is not checked: there is no {lang:language} dictionary",
    "spelling.no-dictionary/language-vocabulary": "spelling is not checked: there is no {lang:language} dictionary, "
                                                  "and {vocabulary} is not read (a vocabulary adds the company's "
                                                  "words to a dictionary's; it checks nothing alone)",
    # --- what `policy publish` and `policy history` did (Outcome's lines) and why they stopped (PublishError) -----
    "said.prefixed": "{name}: {text:said}",
    "word.none/version": "none",
    "publish.published": "published {version} ({files}) on {branch} from {commit}",
    "publish.written": "published {count:plural:dated version|dated versions} on {branch}: "
                       "{versions:else:word.none/version}",
    "publish.written/rebuilt": "rebuilt {count:plural:dated version|dated versions} on {branch}: "
                               "{versions:else:word.none/version}",
    "publish.already": "nothing to publish: {version} is already on {branch} with this text (from {commit})",
    "publish.already/waited": "nothing to publish: {versions} {count:form:is|are} already on {branch} (published while "
                              "this command waited for the other publication)",
    "publish.already/history": "nothing to publish: the {count:plural:dated version|dated versions} of the history "
                               "{count:form:is|are} on {branch}",
    "publish.already/archive-only": "nothing published (--archive-only): the {count:plural:version|versions} on "
                                    "{branch} {count:form:is|are} kept as published",
    "publish.already/none": "nothing to publish: no commit holds a dated {page} yet: write it (its `date:` first) and "
                            "commit it, or `policy import` the texts published before",
    "publish.pages-updated": "updated the history, compare and feed pages on {branch}",
    "publish.pages-updated/home": "updated the site's home page and feed on {branch}",
    "publish.refused": "nothing published: {count:plural:version|versions} refused (below); {branch} is as it "
                       "was",
    "publish.refused/dated": "nothing published: {count:plural:dated version|dated versions} refused (below); "
                             "{branch} is as it was",
    "publish.refused/passed": "nothing published: {count:plural:dated version|dated versions} refused "
                              "(below): {passed:number} passed and wait for {count:form:it|them}; {branch} is as "
                              "it was",
    "publish.refused/rebuilt": "nothing rebuilt: {count:plural:dated version|dated versions} refused (below); "
                               "{branch} is as it was",
    "publish.refused/rebuilt-passed": "nothing rebuilt: {count:plural:dated version|dated versions} refused (below): "
                                      "{passed:number} passed and wait for {count:form:it|them}; {branch} is as it was",
    "publish.earlier": "{earlier}: dated before {version:date} and not yet published, in the branch's history: "
                       "published with it, oldest first, each from its last commit",
    "publish.earlier/one": "{earlier}: dated before {version:date} and not yet published, in the branch's history: "
                           "published with it, from its last commit",
    "publish.never-published": "{commit}: never published, as {file} records: {reason}",
    "publish.upcoming": "{version}: upcoming, published ahead of its date; it takes effect on {version:date}, and "
                        "`latest` shows it until then, no text being in force before it",
    "publish.upcoming/moves": "{version}: upcoming, published ahead of its date; `latest` moves onto it on "
                              "{version:date} (`policy history`, daily on CI)",
    "publish.unchecked": "{version}: published without its {lang:language} spelling checked: {finding:said}",
    "publish.unchecked/many": "{count:number} versions, {first} to {last}, published without their {lang:language} "
                              "spelling checked: {finding:said}",
    "publish.recorded": "{version}: published with {count:plural:warning|warnings} recorded, not blocking ({rules}); "
                        "`policy check` at its commit lists {count:form:it|them}",
    "publish.line-ends": "{version}: the committed pages differ from the published ones in line ends or a byte order "
                         "mark only, which every command reads alike: the published version stands",
    "publish.line-ends/rewrapped": "{version}: the committed pages differ from the published ones in whitespace only "
                                   "(lines wrapped anew, spaces, a table's columns padded), which readers see alike: "
                                   "the published version stands, and nothing is published",
    "publish.no-document": "no document {document!r} on this site (documents: {known})",
    "publish.no-document/none": "no document {document!r} on this site (documents: none: the site's list of "
                                "documents, `extra.policy.documents`, is not set)",
    "publish.not-committed/item": "{paths} {count:form:is|are} not committed",
    "publish.removed": "nothing to publish: {items:each}",
    "publish.moved/item": "{path} was moved to {new} by commit {commit} “{subject}” of {day:date}, where the "
                          "configuration does not read it (`git mv {back}` puts it back; the archive keeps every "
                          "version published)",
    "publish.removed/item": "{paths} {count:form:was|were} removed by commit {commit} “{subject}” of {day:date} (`git "
                            "checkout {commit}~1 -- {restore}` puts {count:form:it|them} back; the archive keeps every "
                            "version published)",
    "publish.lfs-pointer": "nothing to publish: {path} at {commit} is a Git LFS pointer, not the text (a `filter=lfs` "
                           "line of .gitattributes: git keeps the text outside the repository, and publishing reads "
                           "what git stores); take the policy out of LFS (`git lfs untrack`, `git add --renormalize "
                           "docs`) and commit the text itself",
    "publish.no-date": "{path}: no valid date in the front matter (date: YYYY-MM-DD): nothing to publish",
    "publish.no-date/findings": "{path}: no valid date in the front matter (date: YYYY-MM-DD): nothing to publish; "
                                "what the checks find there:\n  {findings:each:\n  }",
    "publish.uncommitted": "nothing was published: the edits to {paths} are not committed, and only committed text is "
                           "published: commit them first (or set them aside: git stash)",
    "publish.uncommitted/under-way": "nothing was published: a git {operation} is under way in this folder, "
                                     "and the edits to {paths} are not committed (only committed text is "
                                     "published): finish it (`git {operation} --continue` once its conflicts are "
                                     "resolved) or abort it (`git {operation} --abort`), then publish again",
    "publish.uncommitted/stray": "{version}: not published: {paths} beside the policy {count:form:is|are} neither a "
                                 "page nor a word list or translation record, the only files published from a docs "
                                 "folder: remove {count:form:it|them}, or move {count:form:it|them} out of the docs "
                                 "folder",
    "publish.never-committed": "{version}: not published: the policy has never been committed",
    "publish.head-unpublished": "{version}: not published: the text of the current commit (HEAD) is that of {commit}, "
                                "which {file} records as never published ({reason}); revert it or commit the text to "
                                "publish, with its date",
    "publish.older": "{version} is older than the newest published version {latest} (the text differs: "
                     "{changes:said}): a new text needs a date after {latest:date}; if {commit} is merged already, "
                     "commit the text with its new date and record {commit} in {file} as never published, in the same "
                     "change",
    "publish.older/same": "{version} is older than the newest published version {latest}, whose words it has under an "
                          "earlier date: a published version keeps its date (its readers' addresses, the days it was "
                          "in force); put `date: {latest}` back in the page, and nothing is left to publish",
    "publish.changes": "{parts:each:; }",
    "publish.changes/sections": "{lang:language}: {sections:each:, }",
    "publish.changes/formatting": "{lang:language}: front matter or formatting only",
    "publish.changes/not-published": "{lang:language}: not in the published version",
    "publish.changes/not-in-clone": "{lang:language}: the published text's commit {commit} is not in this clone",
    "publish.changes/not-utf8": "{lang:language}: not UTF-8 (byte {byte})",
    "publish.changes/none": "no section differs",
    "archive.part/title": "title",
    "archive.part/introduction": "introduction",
    "archive.part/added": "{section} (new)",
    "archive.part/removed": "{section} (removed)",
    "archive.part/merged": "{section} (merged into {other})",
    "archive.part/split": "{section} (split off {other})",
    "archive.partner/into-numbered": "{section}",
    "archive.partner/into-titled": "“{title}”",
    "archive.partner/into-untitled": "an untitled section",
    "archive.partner/off-numbered": "{section}",
    "archive.partner/off-titled": "“{title}”",
    "archive.partner/off-untitled": "an untitled section",
    "archive.part/renumbered": "{section} (renumbered)",
    "archive.part/renumbered-changed": "{section} (renumbered, text changed)",
    "archive.part/moved": "{section} (moved)",
    "archive.part/moved-changed": "{section} (moved, text changed)",
    "publish.republished": "{version} is already published with a different text ({changes:said}): a published version "
                           "never changes; give the new text a new date ({soonest:date} at the soonest), with `change: "
                           "editorial` and a `summary:` saying what was corrected where the correction changes no "
                           "one's rights (a typo, a wording: no notice needed): {version} stays as readers read it, "
                           "and the new version's changes page shows the correction",
    "publish.republished/after-newest": "{version} is already published with a different text ({changes:said}): a "
                                        "published version never changes; give the new text a new date ({soonest:date} "
                                        "at the soonest, after {newest:date}, the newest published), with `change: "
                                        "editorial` and a `summary:` saying what was corrected where the correction "
                                        "changes no one's rights (a typo, a wording: no notice needed): {version} "
                                        "stays as readers read it, and the new version's changes page shows the "
                                        "correction",
    "publish.republished/language-added": "{version} is already published without {count:form:this text|these "
                                          "texts} ({changes:said}): a published version never changes, and a "
                                          "language joins the site with a new version: give the pages of every "
                                          "language one new date ({soonest:date} at the soonest), their words changed "
                                          "or not; {version} stays as readers read it",
    "publish.republished/ahead": "{version} is already published with a different text ({changes:said}): a published "
                                 "version never changes; give the new text a new date, after {version:date}: {version} "
                                 "is published ahead and takes effect on {version:date} as published; a corrected text "
                                 "dated {soonest:date} at the soonest replaces it from that day",
    "publish.late": "{version} is first published today, {today:date}, after its date: the archive now says it was in "
                    "force from {day:date}, when the site showed {in_force}; if that text was not public from "
                    "{day:date}, date the new text {today:date} or later",
    "publish.late/no-notice": "{version}: a material change in force the day it is published, with no notice (publish "
                              "it {notice_days:plural:day|days} ahead with announced:, or mark it `change: editorial` "
                              "if it changes no one's rights)",
    "publish.late/announced": "{version}: announced: {announced:iso} says it was announced, but the site never showed "
                              "it before its date: the history page and the feed record an announcement nobody could "
                              "read (remove announced: from a text published on or after its date)",
    "publish.not-postponed": "{version} has the words of {other}, published ahead of its date: publishing {version} "
                             "does not postpone it; {other} still takes effect on {other:date} (a published version "
                             "stays), in force to {eve:date} inclusive",
    "publish.latest-moved": "latest is now {current}, the version in force on {today:date} ({moved}: versions.json and "
                            "latest/ rewritten)",
    "publish.listing-put-back": "{path}: edited on {branch} by hand (commit {commit} “{subject}”): not the list of "
                                "versions publishing writes from the publication records, which the version menu "
                                "reads; written again as publishing writes it (`git log {branch} -- {path}` shows that "
                                "edit)",
    "publish.archive-put-back": "{path}: edited on {branch} by hand (commit {commit} “{subject}”): an archive page "
                                "publishing writes from the publication records; written again as publishing writes "
                                "it (`git log {branch} -- {path}` shows that edit)",
    "publish.latest-put-back/changed": "{path}: changed by a hand edit of {branch} since it was published: {folder} "
                                       "is written again, a copy of the version in force (`git log {branch} -- "
                                       "{path}` shows that edit)",
    "publish.latest-put-back/added": "{path}: added by a hand edit of {branch} since it was published: {folder} is "
                                     "written again, a copy of the version in force (`git log {branch} -- {path}` "
                                     "shows that edit)",
    "publish.latest-put-back/removed": "{path}: removed by a hand edit of {branch} since it was published: {folder} "
                                       "is written again, a copy of the version in force (`git log {branch} -- "
                                       "{path}` shows that edit)",
    "publish.rebuilt-put-back": "{path}: {what:said}, by a hand edit of {branch} since it was published: the rebuild "
                                "put the version back as its source gives it (`git log {branch} -- {path}` shows that "
                                "edit)",
    # --- what the checks read against what the site's renderer builds (rendering.py, render.*) ------------------
    "render.front-matter": "MkDocs, which builds the page, cannot read the front matter ({problem}): it would publish "
                           "it as the page's first words, which no check reads, and the page would lose its date; "
                           "write each field as `key: value` on its line, a date as one that exists",
    "render.cells": "this table row has {cells} cells and its header {header}: the page shows the first {header} and "
                    "drops “{dropped}”; add the column to the header (and its --- line), or remove the cell",
    "render.tight-heading": "“{line}” is a heading on the published page and a paragraph for the checks: write a "
                            "space after the # for a heading, or \\# for the text",
    "render.nested": "the page is nested too deeply for the site's renderer: write its lists and emphasis less deep",
    "render.deep/emphasis": "{depth:number} or more emphasis marks (* or _) in a row: nested too deeply for the site's "
                            "renderer; write it plainly",
    "render.pasted-bullets": "this line starts with “{mark}”, a bullet pasted from a word processor, under another "
                             "line of the same paragraph: the page runs them into one line (“{shown}”); make each a "
                             "list item, `- ` at the start of its line, with a blank line before the list",
    "render.deep/list": "{depth:number} or more list markers on one line: nested too deeply for the site's renderer; "
                        "write it plainly",
    "render.deep/quote": "{depth:number} or more quote marks (>) on one line: nested too deeply for the site's "
                         "renderer; write it plainly",
    "render.long-reference": "a character reference longer than any character's (&#…; with 8 digits or more): write "
                             "the character itself",
    "render.unclosed": "{count:number} “[”, “(” or “<” that close nothing in one paragraph (more than {most:number}): "
                       "the site's renderer would take hours; write them as text or split the paragraph",
    "render.unclosed/page": "{count:number} “[”, “(” or “<” that close nothing in the page (more than {most:number}): "
                            "the site's renderer would take hours",
    "render.brackets": "brackets nested more than {nesting:number} deep, or more than {most:number} backticks, in one "
                       "paragraph: the site's renderer would take hours; write them as text",
    "render.inline-marks": "more than {most:number} “&”, “<”, “*”, “_”, “`”, “[”, “\\” or line breaks in one "
                           "paragraph: the site's renderer would take minutes; split the paragraph or write it plainly",
    "render.list-item": "this list item is not a list item of the published page: leave a blank line before the list",
    "render.list-zero": "this numbered list starts at 0: the page numbers its items from 0, the PDF would draw them "
                        "as bullets; number it from 1",
    "render.list-nested": "this list item is nested in the text but not on the published page: indent it by four "
                          "spaces under the item it belongs to",
    "render.table-row": "this table row is not a row of a table on the published page: leave a blank line before the "
                        "table, and give it its header line",
    "render.note": "“[{label}]: …” is a note written as a link definition, which the page would not read as the "
                   "checks do: remove it (a note to the team belongs in the commit message or the pull request)",
    "render.definition": "the link definition [{label}] is read one way by the checks and another by the page (a "
                         "title over several lines, or a definition right under a paragraph's line): write the link "
                         "in full where it is used, [words](address)",
    "render.link": "the page would link “{text}” to {href}, which the checks do not read as a link here: write the "
                   "link as [words](address), the address without spaces or a backslash, nothing after its title",
    "render.backslash": "a backslash ends this line: the checks read a line break, the page would show the "
                        "backslash; end the line with two spaces instead",
    "render.footnote": "“[{label}]: {href}” is a footnote, which the site does not draw: the page would not show its "
                       "words and would link “{label}” to them as an address; write the note as a paragraph of its "
                       "own (“1. …” or “(1) …” under the text) and its mark as plain text",
    "render.footnote/shown": "“{note}” is a footnote, which the site does not draw as one: the page would show this "
                             "line as it is written, and “{mark}” where the text cites it; write the note as a "
                             "paragraph of its own (“(1) …” under the text) and its mark as plain text, “(1)”",
    "render.footnote/mark": "“{mark}” is a footnote's mark, which the site does not draw as one, and no line of the "
                            "page writes its note (“{mark}: …”): the page, its PDF and the redlines would show it as "
                            "written, pointing at nothing; write the mark as plain text, “(1)”, and its note as a "
                            "paragraph of its own under the text",
    "editorial.tooltip": "<{tag}> “{shown}” has the title “{title}”: words the page shows only while a pointer rests "
                         "on them, never on a phone, on paper, in the PDF or the redline, and the page shows them "
                         "nowhere; a reader is bound by what is shown: write them in the text, or make the title the "
                         "words it is on, or what the abbreviation among them stands for",
    "render.toc": "“[TOC]” alone in a paragraph: the page would draw a table of contents here that no check, redline "
                  "or PDF reads; remove it (the site shows the page's contents beside it)",
    "render.row-words": "this table row shows other words on the page than the checks read (a code span holding |, or "
                        "more cells than the header has): write a | of a cell outside code, as \\|, and as many cells "
                        "as the header",
    "render.words-shown": "the page would show “{words}” here, which no check reads (a character reference without "
                          "its “;”, words after ``` or ~~~ on a line: the site shows no code block): write it as plain "
                          "text",
    "render.words-hidden": "the checks read “{words}” here, which the page would not show (an HTML comment, a \\ "
                           "before a tag…): delete it, or write it as plain text",
    "said.as-is": "{text:said}",
    "said.finding": "{path}:{line}: {mark}[{rule}] {text:said}",
    # another program's own words (MkDocs', Jinja's, Python's), kept on a line of their own after what the message
    # says in the catalogue's words; `/own` is a reason of this package's, said as its catalogue says it
    "said.detail": "\n    {tool}'s own words: {text}",
    "said.detail/own": "\n    {text:said}",
    # --- `policy verify`'s last line -------------------------------------------------------------------------
    "verify.problems": "{count:plural:problem|problems} on {branch}: the archive is not as it was published (each is "
                       "named above)",
    "verify.unrebuilt": "{branch}: {versions}: not rebuilt, {count:form:its source commit|their source commits} "
                        "missing from this shallow clone: nothing proves {count:form:its|their} pages are what "
                        "publishing built from {count:form:its|their} text; fetch the whole history (`git fetch "
                        "--unshallow`; on GitHub Actions, `fetch-depth: 0` in actions/checkout) and verify again",
    "verify.unrebuilt/previous": "{branch}: {version}: not rebuilt: its changes page compares it with {before}, whose "
                                 "text (commit {commit}) is not in this clone: nothing proves its pages are what "
                                 "publishing built; {advice:said} and verify again",
    "verify.ok": "{branch}: {files:plural:file|files} of {versions:plural:version|versions} {files:form:matches|match} "
                 "the publication record; {archive_files:plural:file|files} of the history, compare and feed pages "
                 "{archive_files:form:is|are} as the publication records give; {rebuilt:plural:version|versions} "
                 "rebuilt from {rebuilt:form:its|their} source commit came out byte for byte as published; every file "
                 "is accounted for and every page passes the output check",
    # none rebuilt (each built by another generator: its note says how it was checked instead): no rebuild claimed
    "verify.ok/none-rebuilt": "{branch}: {files:plural:file|files} of {versions:plural:version|versions} "
                              "{files:form:matches|match} the publication record; {archive_files:plural:file|files} of "
                              "the history, compare and feed pages {archive_files:form:is|are} as the publication "
                              "records give; every file is accounted for and every page passes the output check",
    "verify.ok/kept": "{branch}: {files:plural:file|files} of {versions:plural:version|versions} "
                      "{files:form:matches|match} the publication record; {archive_files:plural:file|files} of the "
                      "history, compare and feed pages {archive_files:form:is|are} as the publication records give; "
                      "{rebuilt:plural:version|versions} rebuilt from {rebuilt:form:its|their} source commit came out "
                      "byte for byte as published ({kept:plural:PDF|PDFs} of unchanged key taken as published: "
                      "--print-pdfs prints {kept:form:it|them}); every file is accounted for and every page passes the "
                      "output check",
    "verify.ok/empty": "{branch}: nothing is published yet (no version): there is nothing to verify",
    # --- `policy verify`'s problem lines and notes (verify.py) --------------------------------------------------
    "manifest.missing": "missing (listed in the publication record, absent from the branch)",
    "manifest.added": "added (on the branch, not in the publication record)",
    "manifest.changed": "changed (recorded fingerprint {recorded}…, branch {actual}…)",
    "manifest.unsafe": "refused by the output check: {found:said}{more:opt: (and %s more)}",
    "publish.unsafe-served": "{files:each}{more:opt: (and %s more)}: on {branch}, and the next commit would serve it "
                             "onto the site: every page a command carries goes through the output check, whoever wrote "
                             "it and whatever its publication record says (a commit's subject is anyone's to write); "
                             "revert that edit on the branch (`git log {branch} -- <path>` shows it), or rebuild every "
                             "version (`policy history --rebuild`). Nothing was published.",
    "publish.above-root": "refused: the page names “{url}”, which a browser reads on the site's host outside its "
                          "folder {root} (another site of the same host, which the page's Content-Security-Policy lets "
                          "it load as its own); publishing writes addresses within the site only",
    "publish.xml-above-root": "refused: an XML file (a feed, a sitemap) naming “{url}”, which a feed reader or a "
                              "search engine reads on the site's host outside its folder {root} (another site of the "
                              "same host, shown or followed as the site's own); publishing writes addresses within the "
                              "site only",
    "publish.xml-page": "refused: a browser opens this file as XML, where it reads what the output check's HTML "
                        "parser does not (it {why:said}); publishing serves only images that draw",
    "publish.pdf-active": "refused: a PDF holding “{what}” (“?”: none a viewer reads as printed), which a reader's "
                          "viewer runs, sends or opens besides showing its pages (Chromium's runs a PDF's scripts); "
                          "publishing prints none",
    "publish.pdf-link": "refused: a PDF whose link “{what}” shows words of another address than the one it leads "
                        "to (or none a check read: no /Link structure element names it); publishing prints a link "
                        "under its own address or under words naming none",
    "publish.pdf-hover": "refused: a redline whose line of words shown on hover “{what}” says words the document "
                         "prints nowhere, or characters that draw nothing: the redline says there only the titles of "
                         "the text, which say words its page shows",
    "publish.docx-active": "refused: a Word document holding “{what}” (“?”: none Word opens as written), which Word "
                           "fetches, runs or imports once a reader opens it (a remote template, a field, a macro, an "
                           "object), or a font it embeds, whose glyphs may draw other words than its text, or words a "
                           "link shows on hover only (a ScreenTip), or words it shows otherwise than written or hides "
                           "(hidden text, a colour, size, font or spacing of its own, a symbol font's character, words"
                           " replaced by data on opening, words in another order than written: a bidirectional "
                           "override, text set right to left in a document written left to right), or words "
                           "besides its text (a header or footer, a note, a content control's title or list, a "
                           "drawing or text box, a floating frame, a ruby, a smart tag or custom XML element, "
                           "content each application reads its own "
                           "way, a comment beside its text saying other than the redline's link targets and hover "
                           "words), or a layout that puts words out of sight (an indent off the page, lines of a "
                           "speck's height drawn over each other, a row cut to nothing, a page the size of a stamp); "
                           "publishing writes none",
    "publish.pdf-private": "refused: a PDF whose metadata holds “{what}” (“?”: none a viewer reads as printed), "
                           "which tells who made it or where (an author, a machine's paths, its editing history); the "
                           "print says its title, language, days and the program that made it only",
    "publish.pdf-unread": "refused: a PDF drawing words outside its pages' own content, on page “{what}” (its "
                          "number, then the drawing (XObject), pattern, Type 3 glyph, mask or annotation's appearance "
                          "drawing them and how, or a Type 3 font, whose glyphs draw any shape under the letter its "
                          "map names; “?”: none a viewer reads as printed), where no check reads them; the print "
                          "draws every word in its pages' content, with the outline fonts it embeds",
    "publish.pdf-hidden": "refused: a PDF drawing words its reader cannot see, on page “{what}” (its number, the "
                          "font's name, then how: `off-page`, outside its visible box, `clip`, cut away by a "
                          "clipping path, `covered by f`, painted over afterwards by a fill, a broad or paper-coloured "
                          "stroke, an image, a drawing or a shading, or `speck`, drawn too small to read; “?”: none a "
                          "viewer reads as printed), while a search, a copy, a screen reader and the checks read them; "
                          "the print draws every word on its page, unclipped, uncovered and legible",
    "publish.pdf-font": "refused: a PDF drawing with a font otherwise than the print does, on page “{what}” (its "
                        "number, the font's name, then what: a glyph whose outline is not its face's for the text its "
                        "map names, `code ≠ 'text'`, a glyph drawn under a code its map leaves out, `code unmapped`, "
                        "words drawn invisible, `3 Tr`, in the paper's colour, `fill 1`, or transparent, `/ca 0`, a "
                        "face the print has none of, a font not embedded, or of another kind; “?”: none a viewer reads"
                        " as printed): a reader sees other words than a search, a copy, a screen reader and the checks"
                        " read. The print embeds a subset of the faces it carries, of the scripts' pinned faces and of"
                        " `extra.policy.pdf_fonts`; a PDF printed with a font since removed from that folder is "
                        "refused until the font is back",
    "publish.docx-private": "refused: a Word document whose properties hold “{what}” (“?”: none Word opens as "
                            "written), which tells who made it or where (the last one to save it, the company and "
                            "template path of a machine's Office, revision ids, another author); the redline says "
                            "its title, the company as its author, its language and day only",
    "publish.feed-elsewhere": "refused: a JSON Feed naming “{url}”, a script's address or one off the site, which a "
                              "feed reader follows, fetches or shows as the site's own; publishing writes no JSON "
                              "Feed: remove the file from the branch (`git log <branch> -- <path>` shows the commit "
                              "that added it)",
    "publish.root-elsewhere": "refused: a page sending readers on to the text in force (the site's root, a "
                              "language's) leads to “{url}” instead (publishing's leads to {target}): `policy "
                              "publish` writes it again",
    "publish.xml-elsewhere": "refused: an XML file (a feed, a sitemap) naming “{url}”, a script's address or one off "
                             "the site, which a feed reader or a search engine follows as the site's own; publishing "
                             "writes addresses of {host} only; a version's file may name the site's former address "
                             "(its public address, `extra.policy.public_url`, before it changed) while it holds the "
                             "bytes its publication record holds, published from a commit in the history of the "
                             "current commit (HEAD) naming that address: a file that does not (a version published "
                             "from a commit since rewritten) is written again with {host} by `policy history "
                             "--rebuild`",
    "publish.meta-elsewhere": "refused: the page's <meta {meta}> gives “{url}”, off the site, which a link-preview "
                              "bot (a chat's, a social network's) or a search engine fetches or follows as the site's "
                              "own when the page is read or shared: that host is asked for the preview of every reader "
                              "who shares it; publishing writes addresses of {host} only",
    "publish.page-elsewhere": "refused: the page gives “{url}”, a script's address or one off the site, as its "
                              "canonical address or an alternate of it (another language's, its feed), which a search "
                              "engine or a feed reader takes for the site's own page; publishing writes addresses of "
                              "{host} only; a version's page may name the site's former address while it holds the "
                              "bytes its publication record holds (as an XML file may): rebuild every version (`policy "
                              "history --rebuild`)",
    "publish.active-xml": "refused: an XML file holding “{what}”, which a browser opening it runs as a page (its "
                          "scripts and handlers, with no Content-Security-Policy); publishing writes only sitemaps "
                          "and feeds, which hold none",
    "publish.search-separator": "refused: the search index's separator “{pattern}” is a pattern the theme runs in "
                                "the page of every reader who searches; Material's search writes one class of "
                                "characters, repeated (`[\\s\\-]+`)",
    "publish.json-markup": "refused: the theme's scripts would show “{what}” as markup on the site's pages (a search "
                           "result, a version's title), which publishing never writes; the branch alone cannot vouch "
                           "for it: remove it, or rebuild every version (`policy history --rebuild`)",
    "publish.carried": "{found:each:, }{more}: on the branch, and written by no publication (no publication record or "
                       "rule accounts for them): added by hand, and the next commit would carry them onto the site "
                       "unchecked; remove them in a commit of the branch (`git log <branch> -- <path>` shows who added "
                       "each; `policy verify` names every difference). Nothing was published.",
    "publish.detached": "published from the current commit (HEAD, {commit}) “{subject}” of {day:date}, which is on "
                        "no branch (a commit checked out by itself): not the tip of {source}, which is further on; to "
                        "publish its tip, check out {source} and publish again",
    "publish.detached/tip": "published from the current commit (HEAD, {commit}) “{subject}” of {day:date}, which is "
                            "on no branch (a commit checked out by itself): the tip of {source}",
    "publish.detached/unknown": "published from the current commit (HEAD, {commit}) “{subject}” of {day:date}, which "
                                "is on no branch (a commit checked out by itself); no branch the site publishes from "
                                "is here to tell whether it is that branch's tip",
    "publish.carried-brought": "refused: {brought:each:; }{besides}; the next commit would carry these files onto the "
                               "site unchecked. Nothing was published.",
    "publish.carried-brought/others": "; besides, {found:each:, }{more}: on the branch, and written by no publication: "
                                      "added by hand, remove them in a commit of the branch",
    "publish.carried/merge": "{count:plural:file|files} on the branch not written by publishing ({paths}{more}) came "
                             "with its commit {commit} “{subject}” of {day:date}, a merge of another branch into "
                             "{branch} (main merged into the archive by mistake?): undo that merge on the branch "
                             "(`git revert -m 1 {commit}` in a checkout of {branch}), then publish again",
    "publish.carried/commit": "{count:plural:file|files} on the branch not written by publishing ({paths}{more}) "
                              "{count:form:was|were} added by its commit {commit} “{subject}” of {day:date}, no "
                              "publication's: remove {count:form:it|them} in a commit of {branch} (`git revert "
                              "{commit}` undoes that commit whole), then publish again",
    "publish.carried/link": "{path} (a symbolic link)",
    "publish.carried/submodule": "{path} (a submodule)",
    "publish.carried/cname": "CNAME (names {named!r}, not {host!r}, the host of the site's public address "
                             "(`extra.policy.public_url`): GitHub Pages would send the site's readers there)",
    "publish.carried/robots": "{path} (not as publishing writes it: a company's own rules, which the next "
                              "publication would replace or remove without a word; a crawler reads only the host's "
                              "root robots.txt: keep these rules there)",
    "publish.carried/nojekyll": "{path} (holds words: publishing writes it empty, only to tell GitHub Pages not to "
                                "run Jekyll, and a host serves what it holds)",
    "publish.carried/shared-list": "{path} (lists other files than the folder {folder}/ is named after: edited by "
                                   "hand)",
    "publish.in-force-edited": "{found:each:; }{more}: the version in force is not as published (edited on the branch "
                               "by hand), and latest/ would be written again as a copy of it: revert that edit on the "
                               "branch (`policy verify` names every difference), or rebuild every version (`policy "
                               "history --rebuild`). Nothing was published.",
    "export.changed-since": "{path}: changed since {commit}, the newest of publishing's commits, by a commit of none "
                            "(`git log {commit}.. -- {path}` shows it)",
    "gate.changed-after": "{path}: changed after it was judged; nothing is published from it",
    "gate.exceptions-yaml": "{file}: cannot be read: {error}",
    "gate.exceptions-list": "{file}: a list of `- commit: <id>` and `reason: <why>` entries is expected",
    "gate.exceptions-entry": "{file}: entry {n} needs `commit: <id>` and `reason: <why>`",
    "gate.exceptions-not-id": "{file}: entry {n}: {commit!r} is not a commit's id (7 to 64 hexadecimal characters): a "
                              "name or `HEAD~1` would name another commit tomorrow",
    "gate.exceptions-unknown": "{file}: entry {n}: {commit!r} names no commit of this repository (give at least 7 "
                               "characters of its id)",
    "gate.exceptions-unknown/shallow": "{file}: entry {n}: {commit!r} names no commit of this repository or of this "
                                       "shallow clone's history: `git fetch --unshallow` fetches the rest (give at "
                                       "least 7 characters of its id)",
    "refuse.another-site": "{branch} holds {count:plural:file|files} and no published version ({files}{more}): another "
                           "site's? The archive would be written over and beside it (`policy verify` refuses each "
                           "file publishing did not write): keep that site on a branch of its own (`git branch -m "
                           "{branch} old-site`), or remove its files in a commit of {branch}. Nothing was published.",
    "refuse.pages-by-hand": "{files}{more}: on {branch}, beside the versions, added by commit {commit} “{subject}”, "
                            "none of publishing's (`mike deploy` by hand?): publishing writes the pages beside the "
                            "versions anew and would remove them from the site without a word (`policy verify` names "
                            "each). Keep them on a branch of their own, or remove them in a commit of {branch} (`git "
                            "log {branch} -- <path>` shows who added each), then run the command again. Nothing was "
                            "published.",
    "refuse.another-site/mike": "{branch} holds versions plain mike deployed, with no publication record of this "
                                "generator ({versions:each}): nothing records the commit each was built from nor that "
                                "it passed the checks, so publishing cannot take them into the archive. Keep them on a "
                                "branch of their own (`git branch -m {branch} mike-pages`), then run `policy history`: "
                                "it publishes every dated version of the history again from its commit, with the "
                                "publication record that proves it (`git diff mike-pages {branch}` shows what "
                                "changed). Nothing was published.",
    "refuse.unfetched": "this clone fetches other branches of {remote} only (made with --single-branch): {remote}'s "
                        "{branch}, the published archive if it has one, is not here, and publishing would start "
                        "another archive beside it. Fetch it first: `git remote set-branches --add {remote} {branch}` "
                        "then `git fetch {remote}` (or publish with --push, which reads {remote}'s {branch}); nothing "
                        "was published",
    "refuse.branch-name": "-b {branch!r}: not a name for the archive's branch (a branch name of its own, such as "
                          "gh-pages, not `HEAD`, a ref path or a remote's branch); nothing was published",
    "refuse.source-branch": "the current commit (HEAD) is on the branch {current}, and the site publishes from "
                            "{source}: a version published from a branch not merged yet can never be withdrawn once "
                            "announced. Merge "
                            "it into {source} and publish from there, or, to publish from {current} on purpose: "
                            "`--from {current}` (or `publish_from: {current}` under `extra.policy` in mkdocs.yml); "
                            "nothing was published",
    "refuse.source-branch/detached": "the current commit (HEAD, {commit}) is on no branch, and the branch the site "
                                     "publishes from, "
                                     "{source}, does not hold it: a version published from a commit not merged can "
                                     "never be withdrawn once announced. Check out {source} and publish from there, "
                                     "or name a branch on purpose with `--from BRANCH`; nothing was published",
    "refuse.checked-out": "the archive's branch, {branch}, is checked out in {where}: publishing would move it under "
                          "the copy of its files in that folder; {way:said}; nothing was published",
    "refuse.checked-out/prune": "that folder is gone: `git worktree prune` forgets it",
    "refuse.checked-out/here": "check out the policy's branch here, or publish onto a branch of its own, such as "
                               "gh-pages",
    "refuse.checked-out/worktree": "close that folder's copy first (`git worktree remove {path}`)",
    "publish.script-unvouched": "refused: a script or stylesheet that neither the installed theme nor the source "
                                "branch's overrides/ hold (a page may load any file of the site's origin); the branch "
                                "alone cannot vouch for one: remove it, or rebuild every version (`policy history "
                                "--rebuild`)",
    "publish.pages-unchecked": "reading {count:number} pages of the branch through the output check: no command on "
                               "this machine saw them pass before (a fresh clone); each is kept in {folder} once it "
                               "passes, and read again by none",
    "verify.file": "{path}: {what:said}",
    "verify.file/by-hand": "{path}: {what:said}: {branch} was edited by hand since it was published (`git log "
                           "{branch} -- {path}` shows that edit); `policy history --rebuild` puts the version back as "
                           "its source gives it",
    "verify.folder/by-hand": "{folder}: missing, with the {count:plural:file|files} its publication record lists: "
                             "{branch} was edited by hand since it was published (`git log {branch} -- {folder}` shows "
                             "that edit); `policy history --rebuild` puts the version back as its source gives it",
    "verify.shared-list-invalid": "{path}: not a valid list of shared theme files",
    "verify.shared-list-edited": "{path}: not the bytes publishing writes for what it says (edited on the branch; put "
                                 "back the one publishing wrote, `git revert` the commit that edited it)",
    "verify.manifest-unreadable": "{path}: {error:said}",
    "verify.manifest-describes": "{path}: describes version {version}",
    "verify.manifest-edited": "{path}: not the bytes publishing writes for what it says (edited on the branch: a "
                              "publication record is the proof of what was published; put back the one publishing "
                              "wrote, `git revert` the commit that edited it)",
    "verify.source-gone": "{folder}: source {path} at {commit} is not in this repository, a full clone: the history it "
                          "was published from was rewritten, or the publication record names a commit that never was; "
                          "{way:said}",
    "verify.source-unfetched": "{folder}: source {path} at {commit} is not in this clone: {version} was published from "
                               "another clone ({remote}/{branch} has it, the local {branch} not) and its commit is not "
                               "fetched: `git fetch {remote}` brings it where that clone pushed its {head} (then `git "
                               "merge {remote}/{head}`); else fetch it from that clone (`git fetch <that clone> "
                               "{full}`)",
    "verify.source-unfetched/fetched": "{folder}: source {path} at {commit} is not in this clone: {version} was "
                                       "published from another clone and brought here with {remote}/{branch} (the "
                                       "local {branch} moved there since; this clone never published it) and its "
                                       "commit is not fetched: `git fetch {remote}` brings it where that clone pushed "
                                       "its {head} (then `git merge {remote}/{head}`); else fetch it from that clone "
                                       "(`git fetch <that clone> {full}`)",
    "verify.rewritten/lost": "its text is at no commit of the history: the version cannot be proven from its source "
                             "until the commit is fetched from a clone that still has it (`git fetch <that clone> "
                             "{commit}`)",
    "verify.rewritten/found": "the same text is at {commit}: `policy history --rebuild` publishes it again from there "
                              "(once no published text of the archive is lost)",
    "verify.rewritten/other-lost": "the same text is at {commit}, but another language's published text is lost",
    "verify.source-shallow": "{folder}: source {path} at {commit} is not in this clone (shallow): not re-checked",
    "verify.source-digest": "{folder}: source {path} at {commit} does not match the fingerprint its publication record "
                            "holds",
    "verify.stray-version": "{folder}: on {branch} but in no publication record",
    "verify.a-version": "a version",
    "verify.as-of": "{branch}: as of {written:date}, when it was last written; {moved:else:verify.a-version} took "
                    "effect since: `policy history` moves {latest}/ and rewrites versions.json and the archive's pages",
    "verify.shallow": "this clone is shallow: what only the whole history shows was not checked (a version removed "
                      "from {branch}, {branch}'s proof of when each text was published, a preview put on it): `git "
                      "fetch --unshallow` and verify again",
    "verify.history-unchecked": "{branch}'s history was not checked (versions removed, the proof of when each text was "
                                "published): a publication record of its tip cannot be read",
    "verify.detached": "the current commit (HEAD) is {head}, on no branch of its own (detached): the texts of the "
                       "branches holding it ({names}) are taken as its own, a preview of one of them included; check "
                       "out the branch the site is published from to verify against it alone",
    "verify.edit/changed": "changed",
    "verify.edit/added": "added",
    "verify.edit/missing": "missing",
    "verify.latest-edited": "{path}: {what:said}, where {latest} is a copy of {current} as published, the version in "
                            "force today (edited on the branch: `policy history` writes it again)",
    "verify.latest-other": "{latest}: a copy of another version than {current}, the version in force today (`policy "
                           "history` moves it)",
    "verify.versions-json": "{path}: does not list exactly the versions of the publication records as of today, newest "
                            "first with {latest} on {current}, the version in force (`policy history` rewrites it)",
    "verify.recent": "{path}: is not the first entries of {listing} as of today (`policy history` rewrites it)",
    "verify.executable": "{path}: executable (mode {mode}), which publishing never writes: a web server may run it as "
                         "a program (CGI, Apache's XBitHack); revert the commit that made it so (`git log --summary "
                         "<branch> -- {path}` names it)",
    "verify.link": "{path}: a symbolic link or submodule: publishing writes neither",
    "verify.root-page": "index.html: is not the redirect publishing writes (to {target})",
    "verify.nojekyll-not-empty": ".nojekyll: is not empty",
    "verify.cname": "CNAME: names another host than the site's public address (`extra.policy.public_url`) does "
                    "({host}): GitHub Pages would serve the archive at another address",
    "verify.unaccounted": "{path}: on the branch but not written by publishing (no publication record or rule accounts "
                          "for it)",
    "verify.unaccounted/added": "{path}: on the branch but not written by publishing (no publication record or rule "
                                "accounts for it): added by its commit {commit} “{subject}” of {day:date}, no "
                                "publication's; remove it in a commit of {branch} (`git rm` in a checkout of "
                                "{branch}), then verify again",
    "verify.unaccounted/merge": "{count:plural:file|files} on the branch not written by publishing ({paths}{more}) "
                                "came with its commit {commit} “{subject}” of {day:date}, a merge of another branch "
                                "into {branch} (main merged into the archive by mistake?): undo that merge on the "
                                "branch (`git revert -m 1 {commit}` in a checkout of {branch}), then verify again",
    "verify.unaccounted/commit": "{count:plural:file|files} on the branch not written by publishing ({paths}{more}) "
                                 "{count:form:was|were} added by its commit {commit} “{subject}” of {day:date}, no "
                                 "publication's: remove {count:form:it|them} in a commit of {branch} (`git revert "
                                 "{commit}` undoes that commit whole), then verify again",
    "verify.language-dropped": "{code}/: {count:plural:file|files} of {code:language}, a language of the published "
                               "versions that the configuration no longer has: configure it again (a language, once "
                               "published, is part of every later version)",
    "verify.root-page-missing": "index.html: missing (publishing writes it: the site's root page, sending readers to "
                                "{target}; `policy history` writes it again)",
    "verify.nojekyll-missing": ".nojekyll: missing (publishing writes it: without it GitHub Pages runs Jekyll over the "
                               "archive and leaves out any file whose name starts with _)",
    "verify.text-missing": "{path}: “{text}” of its source ({source} at {commit}) is not on the page: the page was "
                           "edited",
    "verify.words-added": "{path}: shows words its source ({source} at {commit}) does not have: “{words}”: the page "
                          "was edited",
    "verify.export-not-json": "{path}: not JSON",
    "verify.export-edited": "{path}: its text is not its source's (edited on the branch)",
    "verify.not-rebuilt": "{version}: its commit {commit} is not in this clone: not rebuilt",
    "verify.after-dropped": "{codes:languages:code}: published, and no longer in the configuration (said above): the "
                            "pages built from the configuration (the root page, the sitemaps, each language's history, "
                            "compare, at and not-found pages, whose language menu lists the languages) are not "
                            "compared until it is configured again",
    "verify.after-dropped/waiting": "{versions}: dated in the history and not on {branch} yet: publishing refuses "
                                    "every new version while a published language is not configured (said above); "
                                    "configured again, `policy history` publishes them",
    "verify.another-site/mike": "{branch} holds versions plain mike deployed, with no publication record of this "
                                "generator ({versions:each}): not an archive it published, so nothing on it can be "
                                "verified (each file would be a difference). Keep them on a branch of their own (`git "
                                "branch -m {branch} mike-pages`), then run `policy history`: it publishes every dated "
                                "version of the history again from its commit, with the publication record that "
                                "proves it, and `policy verify` checks that",
    "verify.another-site": "{branch} holds {count:plural:file|files} and no published version ({files}{more}): another "
                           "site's? Not an archive this generator published, so nothing on it can be verified (each "
                           "file would be a difference): keep that site on a branch of its own (`git branch -m "
                           "{branch} old-site`), then run `policy history` and verify what it publishes",
    "verify.after-gone": "{branch} lacks {gone} (said above): its archive was rewritten (a "
                         "force-push, a hand edit); its listings and archive pages{later:opt:, and the pages of %s, "
                         "published after it and built with it,} are not compared until it is restored: restore "
                         "{branch} from a copy that still has it (in that clone, `git push --force origin {branch}`), "
                         "then verify again",
    "verify.not-rebuilt/previous": "{version}: not rebuilt: its changes page compares it with {before}, whose commit "
                                   "{commit} is not in this clone",
    "verify.other-generator": "{version}: built with another generator or theme than today's, and than its commit "
                              "{commit}'s: not rebuilt (`policy history --rebuild` rebuilds every version with "
                              "today's); its text checked against its source",
    "verify.rebuild-refused": "{version}: rebuilt from its commit {commit}, it is refused by the checks "
                              "({count:plural:finding|findings}): {findings:each}{more:opt:; and %s more}",
    "verify.shared-differs": "{path}: differs from a rebuild of {version}'s source commit {commit}",
    "verify.language-removed": "{path}: names no {lang:language} text, while its source commit {commit} has it "
                               "(removed on the branch with its files? readers of {lang:language} would be sent to an "
                               "older text as the one in force)",
    "verify.rebuilt-missing": "{path}: missing from the branch, though a rebuild of its source commit {commit} makes "
                              "it (deleted on the branch, listed in its publication record or not: `git log {branch} "
                              "-- {path}` shows that edit); `policy history --rebuild` puts the version back as its "
                              "source gives it",
    "verify.rebuilt-differs": "{path}: differs from a rebuild of its source commit {commit} (edited on the branch, "
                              "with its publication record or not: `git log {branch} -- {path}` shows that edit); "
                              "`policy history --rebuild` puts the version back as its source gives it",
    "verify.rebuilt-added": "{path}: not made by a rebuild of its source commit {commit} (added on the branch, with "
                            "its publication record or not: `git log {branch} -- {path}` shows that edit); `policy "
                            "history --rebuild` puts the version back as its source gives it",
    "verify.changes-edited": "{path}: its recorded changes in {lang:language} (class, summary, sections, "
                             "announcement) differ from those of its source commit {commit} (edited on the branch: "
                             "the history page and the feed show them)",
    "verify.archive-missing": "{folder}: the history, compare and feed pages are missing (published before they "
                              "existed?): `policy history` builds them",
    "verify.archive-page-missing": "{path}: missing (one of the archive's pages, which `policy history` rebuilds)",
    "verify.archive-page-added": "{path}: added (neither in a version nor one of the archive's pages)",
    "verify.renamed": "{items:each:; }; the archive's pages and the root page are compared with what `policy history` "
                      "writes once the code is set back",
    "verify.archive-page-differs": "{path}: differs from the archive's pages the publication records give (edited, or "
                                   "built with another theme: `policy history` rebuilds them)",
    "verify.root-404": "{path}: differs from {copy}, the page for a missing address (`policy history` rebuilds it)",
    "verify.root-404/missing": "{path}: missing: it is a copy of {copy}, the page for a missing address (`policy "
                               "history` rebuilds it)",
    # --- `policy export` (export_site.py) ----------------------------------------------------------------------
    "export.done": "exported {branch} into {target}",
    "export.not-archive": "{wrong:said}; nothing was written",
    "export.linked": "{path}: a symbolic link (or inside one) in the project: the export would be written wherever it "
                     "points; remove the link, or export into a folder of its own",
    "export.holds-project": "{path}: not a folder to export into (it holds the project or its repository); choose a "
                            "new folder such as public/ in the project",
    "export.in-sources": "{path}: not a folder to export into (it is in the repository's .git or the policy's texts, "
                         "{texts}); choose a new folder such as public/ in the project",
    "export.unwritable": "{path}: cannot be written ({reason:said}): nothing was exported; choose a folder you can "
                         "write, such as public/ in the project",
    # --- what YAML found wrong (messages.yaml_reason) ----------------------------------------------------------
    "yaml.mapping-values": "a field's value (after “: ”) is not allowed here",
    "yaml.sequence-entries": "a list item (“- ”) is not allowed here",
    "yaml.mapping-keys": "a key (“? ”) is not allowed here",
    "yaml.character": "the character “{char}” cannot start a value",
    "yaml.colon": "the “:” expected after the key is missing",
    "yaml.end": "the text ends unexpectedly",
    "yaml.escape": "unknown escape character “{char}”",
    "yaml.documents": "one document was expected, but another follows it",
    "yaml.tag": "the tag “{tag}” is not one that can be read",
    "yaml.expected": "expected {expected}, found {found}",
    "yaml.token/block-end": "the end of the block",
    "yaml.token/scalar": "a value",
    "yaml.token/block-mapping-start": "a block of fields",
    "yaml.token/block-sequence-start": "a list",
    "yaml.token/block-entry": "a list item (“-”)",
    "yaml.token/document-start": "the start of the document (---)",
    "yaml.token/stream-end": "the end of the text",
    "yaml.token/key": "a key",
    "yaml.token/value": "a field's value (“:”)",
    "yaml.token/flow-mapping-end": "the closing brace “}}”",
    "yaml.token/flow-sequence-end": "the closing bracket “]”",
    "yaml.token/either": "“{one}” or “{other}”",
    "yaml.token/the-node-content": "a value",
    "yaml.character/unnamed": "a character cannot start a value",
    "yaml.escape/unnamed": "unknown escape character",
    "yaml.tab": "a tab where the indentation expects spaces",
    "yaml.not-found": "not found where expected: {expected}",
    "yaml.not-found/key": "not found where expected: a key",
    "yaml.not-found/node-content": "not found where expected: a value",
    "yaml.mapping-values/context": "a field's value (after “: ”) is not allowed here",
    "yaml.sequence-entries/context": "a list item (“- ”) is not allowed here",
    "yaml.mapping-keys/context": "a key (“? ”) is not allowed here",
    "yaml.control": "character {code} refused: control characters are not allowed",
    "yaml.aliases": "aliases (*name) are not allowed",
    "yaml.nested": "nested more than {most:number} levels deep",
    "yaml.key-twice": "key “{key}” is given twice",
    "yaml.key-twice/first": "key “{key}” is given twice, first on line {first}: keep the one meant and remove the "
                            "other (the build would take this one without a word)",
    "yaml.key-word": "a key must be a word, not {kind}",
    "yaml.number-long": "a number too long to read ({digits:number} digits)",
    "yaml.other": "{text}",
    "toml.statement": "a line that is neither `key = value` nor a `[table]` header",
    "toml.equals": "the `=` after the key is missing",
    "toml.header": "a table header without its closing bracket: `[table]`, `[[array]]`",
    "toml.expected": "“{char}” expected here",
    "toml.character": "unexpected character “{char}”",
    "toml.twice": "a key or a table given twice: give each once",
    "toml.key": "a key cannot start with this character: write it in quotes, `\"key\" = …`",
    "toml.unclosed": "a list `[ ]` or an inline table `{{ }}` left open",
    "toml.escape": "an invalid `\\` escape in a string: write `\\\\` for a backslash, or use 'single quotes'",
    "toml.string": "a string whose closing quote is missing on its line (`\"\"\"` opens a string of several "
                   "lines)",
    "toml.control": "a control character in a string: write it as an escape, `\\t`, `\\u0000`",
    "toml.date": "a date that does not exist or is not written YYYY-MM-DD",
    "toml.value": "a value that cannot be read: write text in quotes, `key = \"text\"`",
    "yaml.at": "{problem} (line {line}, column {column})",
    "os.missing": "no such file or folder",
    "os.in-the-way": "a file stands where its path needs a folder",
    "os.denied": "permission denied",
    "os.read-only": "the file system is read-only",
    "os.full": "no space left on the disk",
    "os.other": "{text}",
    "file.not-zip": "the file is not a zip archive, or a damaged one, cut short by a download or a copy",
    "file.zip-method": "a part of the archive is compressed or encrypted in a way that cannot be read (only stored, "
                       "Deflate, bzip2 and LZMA parts are read)",
    "file.zip64": "the archive needs ZIP64 extensions without declaring them",
    "file.xml": "ill-formed XML at line {line}, column {column}",
    "file.json": "ill-formed JSON at line {line}, column {column}",
    "file.encoding": "not UTF-8, byte 0x{byte} at position {position:number}",
    "export.not-a-folder": "{path}: exists and is not a folder: choose a new folder such as public/",
    "export.edited": "{files:each}{more:opt: (and %s more)}: on {branch} as no publication wrote it (edited on the "
                     "branch by hand): "
                     "nothing was exported; revert that edit on the branch (`policy verify` names every difference), "
                     "or rebuild every version (`policy history --rebuild`)",
    "export.listing-edited": "not the list of versions publishing writes from the publication records (their dates, "
                             "their titles, the version in force): edited on the branch; the version menu reads it",
    "export.not-empty": "{path}: not empty and not a previous export (no {marker} in it): nothing was written; "
                        "choose a new or empty folder",
    # --- `policy upgrade` (upgrade.py) -------------------------------------------------------------------------
    "upgrade.updated": "updated {path}",
    "upgrade.added": "added {path}",
    "upgrade.regenerated": "updated {path}: as this generator's policy init writes it (it was an earlier one's)",
    "upgrade.generated-kept": "{path}: kept as it is: it is not as any policy init wrote it ({count:plural:change|"
                              "changes} from what it wrote): line {line} has `{theirs}` where policy init "
                              "wrote `{ours}`; bring its changes in by hand",
    "upgrade.generated-kept/added": "{path}: kept as it is: it is not as any policy init wrote it ({count:plural:"
                                    "change|changes} from what it wrote): line {line} has `{theirs}`, which policy "
                                    "init did not write; bring its changes in by hand",
    "upgrade.generated-kept/lacks": "{path}: kept as it is: it is not as any policy init wrote it ({count:plural:"
                                    "change|changes} from what it wrote): at line {line} policy init wrote "
                                    "`{ours}`, which it lacks; bring its changes in by hand",
    "upgrade.removed": "removed {path}",
    "upgrade.rescheduled": "rescheduled {path}: the daily job now runs {when:said}",
    "upgrade.daily": "at {time} UTC",
    "upgrade.daily/zone": "at {time} UTC, 00:23 in {zone} (standard time)",
    "upgrade.themed": "{count:plural:file|files} of hooks/ and overrides/ {count:form:is|are} now this generator's: "
                      "review {count:form:it|them} with git diff (a colour or font of your own in policy.css: put it "
                      "back), then policy check, and commit",
    "upgrade.current": "hooks/ and overrides/ already hold this generator's files",
    "upgrade.current/generated": "hooks/ and overrides/ already hold this generator's files: review the files "
                                 "updated with git diff, then commit them",
    "upgrade.current/schedule": "hooks/ and overrides/ already hold this generator's files, commit the schedule",
    "upgrade.rebuild": "then `policy history --rebuild`: it moves the published versions onto this generator's theme "
                       "(`policy verify` judges their pages by it)",
    "upgrade.late-schedule": "{workflow}: the daily job (`cron: \"{cron}\"`, in UTC) runs at {first} UTC, hours "
                             "after a version takes effect at 00:00 there: `latest` moves that late; schedule it soon "
                             "after midnight, as the generator does: `{line}`",
    "upgrade.late-schedule/zone": "{workflow}: the daily job (`cron: \"{cron}\"`, in UTC) runs at {first} in {zone}, "
                                  "hours after a version takes effect at 00:00 there: `latest` moves that late; "
                                  "schedule it soon after midnight, as the generator does: `{line}`",
    "upgrade.late-schedule/two": "{workflow}: the daily job (`cron: \"{cron}\"`, in UTC) runs at {first} and {second} "
                                 "UTC, hours after a version takes effect at 00:00 there: `latest` moves that late; "
                                 "schedule it soon after midnight, as the generator does: `{line}`",
    "upgrade.late-schedule/two/zone": "{workflow}: the daily job (`cron: \"{cron}\"`, in UTC) runs at {first} and "
                                      "{second} in {zone}, hours after a version takes effect at 00:00 there: `latest` "
                                      "moves that late; schedule it soon after midnight, as the generator does: "
                                      "`{line}`",
    "upgrade.uncommitted": "{paths}: not committed: policy upgrade replaces files in hooks/ and overrides/, and what "
                           "it replaces must stay in git; commit (or stash) {count:form:it|them} first. Nothing was "
                           "written",
    "upgrade.not-a-file": "{path}: not a file: remove it and run policy upgrade again",
    "upgrade.nothing-written": "{error:said}. Nothing was written",
    "upgrade.linked": "{path}: a symbolic link: policy upgrade writes the site's own folders only; make it a folder",
    # --- `policy init` (init.py) ------------------------------------------------------------------------------
    "init.note-theme": "{code:language} ({code}): Material has no strings of its own for it; the site uses its "
                       "{base:language} ones (overrides/partials/languages/{code}.html)",
    "init.note-search": "{code:language} ({code}): Material's search has no stemmer for it; search uses its default "
                        "for the language ({default})",
    "init.note-search/refused": "{code:language} ({code}): Material ships a search stemmer for it, but its search "
                                "plugin refuses `lang: {code}` (MkDocs' list of search languages lacks it) and would "
                                "search in English, saying so only at INFO: policy init writes no lang for it, and "
                                "search uses its default for the language ({default})",
    "init.note-spelling": "{code:language} ({code}): the spelling check has no dictionary for it: policy check says "
                          "so (a warning) and checks everything else",
    "init.note-spelling/unfit": "{code:language} ({code}): the spelling check's dictionary lacks the language's "
                                "common words (Persian's: اطلاعات, می‌کنیم): policy check names those of a page in "
                                "one warning, refuses no word, and checks everything else",
    "init.note-spelling/american": "{code:language} ({code}): the spelling check reads it as American English "
                                   "(organize, color) and flags British spelling (organise, colour): for a policy in "
                                   "British English, make the site with en-GB (or en-IE, en-AU …) in --languages",
    "init.note-spelling/european": "{code:language} ({code}): the spelling check reads it as European Portuguese "
                                   "(contacto, registo) and flags Brazilian spelling (contato, registro): for a "
                                   "policy in Brazilian Portuguese, make the site with pt-BR in --languages",
    "init.note-strings": "{code:language} ({code}): the site's own words (the version notices, the history, the "
                         "redline, the PDF) have no {code:language} version and read in English: "
                         "src/policysite/locales/ holds one module per language",
    "init.note-site-name": "{code:language} ({code}): {config}'s site name (`site_name`: “{site}”) and copyright line "
                           "(`copyright`) are in English: put the company's own words in {code:language} there (the "
                           "pages mark them as English until then)",
    "init.note-company-script": "{code:language} ({code}): the company's name, “{company}”, has no {script:script} "
                                "letters, which {code:language} is written in, and {config}'s site name (`site_name`) "
                                "and copyright line (`copyright`) name it so on every {code:language} page: write "
                                "there the name the company uses in {code:language} (README.md, \"Before publishing\")",
    "init.note-pdf-font": "{code:language} ({code}): the PDF's fonts (the print engine's own) have no {script:script} "
                          "characters: each version is published without its PDF until font files that have them are "
                          "in a folder named as the PDFs' fonts folder (`extra.policy.pdf_fonts`) (README.md, "
                          "\"Publishing\"{tried:said}); add them before the first `make build`: a version published "
                          "without its PDF gets it only from `policy history --rebuild`",
    "init.note-pdf-font/tried": ": {font} was tried and accepted",
    "init.languages-empty": "--languages is empty: give language codes separated by commas, e.g. --languages fr,en",
    "init.languages-code": "--languages: “{item}” is not a language code such as `fr`, `de` or `pt-BR` (codes are "
                           "separated by commas)",
    "init.languages-unknown": "--languages: “{item}” is not a known language (e.g. `fr`, `de`, `pt-BR`, `ja`)",
    "init.languages-twice": "--languages: {code} is given twice",
    "init.company-empty": "--company is empty: give the company's name, e.g. --company \"Example Ltd\"",
    "init.company-long": "--company: the name is longer than {most:number} characters",
    "init.branch": "--branch: “{branch}” is not a branch name git takes (nor may it be gh-pages, the archive's)",
    "init.docs-dir": "--docs-dir: “{docs}” is not a folder for the texts: a relative path of plain names (letters, "
                     "digits, - and _: legal, policies/privacy), none of the site's other folders (`hooks`, "
                     "`overrides`, `public` …)",
    "serve.serving": "Serving {url} (Ctrl-C to stop)",
    "serve.port": "cannot serve on 127.0.0.1:{port}: {reason:said}: serve on another port ({command} port=8001)",
    "serve.in-use": "another program holds that port (a make serve or make preview still running?)",
    "init.url": "--url: “{url}” is not an address such as https://www.example.com/privacy/",
    "init.no-generator": "the generator's hooks/policy.py and overrides/ are not beside its package (looked in "
                         "{root}): policy init runs from the generator's source tree, installed with pip install -e",
    "init.time-zone": "--time-zone: {error:said}",
    "init.not-empty": "{target}: not an empty folder: policy init makes a new site in a new or empty folder only, "
                      "and wrote nothing{found:each:}",
    "init.nested": "{target}: lies inside the git repository {outer}: policy init makes the site a git repository of "
                   "its own, which {outer} would show as an untracked folder and never hold; nothing was written: "
                   "give a folder outside it, or add --nested to make the site's repository there all the same",
    "init.not-empty/file": "; it is a file, not a folder",
    "init.not-empty/site": "; it holds a policy site already: `policy --root {target} upgrade` brings this "
                           "generator's hooks/ and overrides/ into it",
    "init.not-empty/pages": "; its git repository has a gh-pages branch, a published site",
    "init.not-empty/over": "; its {names} would be replaced by the new site's",
    "init.not-empty/new": "; give a new folder (policy init {folder} …), then bring the texts in from this one "
                          "with policy import (--git for a text kept in git)",
    "clock.zone": "{name} is no time zone: give its IANA name, such as Europe/Paris, America/New_York or UTC",
    "init.language": "{code:language} ({code})",
    "init.language/authoritative": "{code:language} ({code}, authoritative)",
    "init.made": "made {root}: the privacy policy site of {company}, in {names:each:, }",
    "init.settings": "  {configs}: settings (`extra.policy`: company, languages, address {url})",
    "init.folders": "  {folders}: where the policy goes ({code}: {docs}/{code}/index.md), with its word list {words}",
    "init.folders/each": "  {folders}: where the policy goes ({code}: {docs}/{code}/index.md), each with its word list "
                         "{words}",
    "init.theme": "  hooks/, overrides/: the generator's hooks and theme; Makefile, README.md, .github/workflows/, "
                  ".gitignore",
    "init.repository": "  a git repository on {branch}, one commit {commit} “{subject}”",
    "init.commit": "Policy site for {company}",
    "init.next-text": "next: 1. the text: policy --root {root} import --lang {code} FILES-OR-FOLDERS (earlier versions "
                      "in Markdown, HTML or Word, each file name holding its date), or write {docs}/{code}/index.md as "
                      "README.md says and commit it",
    "init.next-check": "      2. cd {root} && make check",
    "init.next-serve": "      3. make serve (every dated version on http://127.0.0.1:8000/), or make preview while "
                       "editing",
    "init.before": "      before publishing: POLICYSITE_SPEC in .github/workflows/ (README.md, \"Before publishing\")",
    "init.before/generator": "      before publishing: the site's own address (README.md, \"Before publishing\")",
    "init.generator": "--generator: “{spec}” is not a pip requirement on one line, such as \"policysite @ "
                      "git+https://<host>/<owner>/policysite@<tag>\" or a folder",
    "init.before/address": "      before publishing: the site's own address and POLICYSITE_SPEC in .github/workflows/ "
                           "(README.md, \"Before publishing\")",
    # --- `policy import` (importer.py) ---------------------------------------------------------------------------
    "import.done": "recorded {count:plural:change|changes} in the site's history{count:form:| (a commit each)}",
    "import.done/nothing": "nothing new recorded in the site's history",
    "import.refused": "{count:plural:file|files} not imported, each said above: {names}",
    "import.several-documents": "this site has several documents ({known}): say which one these texts are of with "
                                "--document ID (nothing imported)",
    "import.document-unknown": "{error}; a document the site does not have yet: add --new-document, which declares it "
                               "(nothing imported)",
    "import.declared/title": "{files}: gave the document {document} its title in {lang:language}, “{title}”, and "
                             "committed it ({sha})",
    "import.mixed-documents": "these files are the versions of several documents, each named and titled otherwise "
                              "({groups}): import each document's files on their own, another document with "
                              "--document ID --new-document (a cookie policy: --document cookies); files of one "
                              "document renamed and retitled over the years are imported in two runs, oldest first "
                              "(nothing imported)",
    "import.text-language": "{count:plural:file is|files are} not in {lang:language}: {items:each:; } (nothing "
                             "imported)",
    "import.text-language/item": "{name} is in {other:language} ({share:number}% of its words are in the "
                                 "{other:language} dictionary, {own:number}% in the {lang:language} one): a "
                                 "translation, not a new version of the {lang:language} text: take it out of the "
                                 "files given, and import it with --lang {other}",
    "import.document-refused": "{error} (nothing imported)",
    "import.new-document-id": "--new-document needs --document ID, the new document's id (lower-case letters, digits, "
                              "hyphens: cookies) (nothing imported)",
    "import.declared": "{files}: declared the document {document} ({page}), titled “{title}” "
                       "({lang:language}), and committed it ({sha})",
    "import.docx-numbering-xml": "its list numbering (word/numbering.xml) is not well-formed XML (line {line}, column "
                                 "{column}: {problem}): save it again from Word",
    "pdf.undated": "{where}: the page has no date to state in its PDF",
    "import.uncommitted": "uncommitted changes to {paths}: commit or stash them first (nothing imported)",
    "import.no-dated-text": "no dated text found: file names must hold the date the text took effect "
                            "(privacy-2021-02-17.html) and end as a kind of file import reads: {formats:each:; }",
    "import.read-format": "{kind:said} ({suffixes})",
    "import.read-format/markdown": "Markdown",
    "import.read-format/html": "HTML",
    "import.read-format/docx": "Word",
    "import.read-format/odt": "OpenDocument",
    "import.read-format/office": "Word 97-2003, RTF and WordPerfect, through LibreOffice",
    "import.read-format/text": "plain text",
    "import.read-format/data": "a site's data file",
    "import.committed-already": "{name}: the version of {date:date} is committed already with this text: nothing to "
                                "do",
    "import.committed-already/other": "{name}: the version of {date:date} is committed already with another text: "
                                      "not imported",
    "import.same-as-earlier": "{name}: the same text as the version before it, of {earlier:date}: nothing to do",
    "import.older": "{name}: not imported: {date:date} is before the newest version committed, of {newest:date}; "
                    "import every earlier text in one run, before any later one",
    "import.future": "{name}: dated {date:date}, after today ({today:date}): not yet in force, it is published as a "
                     "new text, announced the day this site first shows it: add `announced: {today:iso}` to its front "
                     "matter (the day you publish it; a material change needs {days:plural:day's|days'} notice from "
                     "that day, an editorial one `change: editorial`), commit, then publish",
    "import.same-as-before": "{name}: the same text as the version before it: skipped",
    "import.same-words": "{name}: the same words and links as the version before it, only written otherwise (bold, "
                         "quotes, spaces, line breaks: another design of the site, most likely): skipped, no new "
                         "version",
    "import.authoritative-first": "import the authoritative language ({authoritative:language}) first: each "
                                  "{lang:language} text is committed beside the version it translates",
    "import.committed": "{name}: committed the {lang:language} text of the version of {version:date} "
                        "({sha}){notes:said}",
    "import.committed/from": "{name}: committed the {lang:language} text in force from {day:date} ({sha}){notes:said}",
    "import.commit-refused": "{name}: git refused the commit of the {lang:language} text of {version:date}: "
                             "{detail}; nothing imported",
    "import.commit-refused/from": "{name}: git refused the commit of the {lang:language} text in force from "
                                  "{day:date}: {detail}; nothing imported",
    # The commits `policy import` writes into the site's history, in the site's language (messages.of_site)
    "import.commit/version": "Import the {name} text of {version}",
    "import.commit/from": "Import the {name} text in force from {version:date}",
    "import.commit/source": "From {source}.",
    "import.commit/changed": "Changed on import:",
    "import.commit/no-page": "Import: {version} has no {name} page",
    "import.commit/no-page-why": "{sources} is dated on or after the next version: it translates a later text.",
    "import.commit/words": "Import: {count:plural:word|words} of the imported {name} text that the {name} dictionary "
                           "lacks, listed in {path}",
    "import.commit/current": "Import: the version of {version:date} is the current text",
    "import.word-list/intro": "Words of the text imported with `policy import`, which the {name} dictionary lacks: "
                              "each was public in this text.",
    "import.word-list/review": "Review them: a misspelling among them is the text's own, to correct in a new version "
                               "(then remove it here).",
    "import.word-list/entry": "in the imported text, not in the {name} dictionary",
    "import.commit/declare": "Declare the document {document} ({page}) in the site's list of documents, for "
                             "`policy import`",
    "import.commit/title": "Title the document {document} in {name} in the site's list of documents, for "
                           "`policy import`",
    "import.origin": "{path} at commit {commit} of {top}, committed {committed:date}: {why}",
    "import.notes": "\n  {notes:each:\n  }",
    "import.note/line": "line {line}: {note:said}",
    "import.note/lines": "lines {lines} and {last:said}: {note:said}",
    "import.note/markdown-line": "Markdown line {line}: {note:said}",
    "import.note/markdown-lines": "Markdown lines {lines} and {last:said}: {note:said}",
    "import.note/more": "{count:number} more",
    "convert.first-heading-title": "the text's first heading, a level {level} heading above all the others, is its "
                                   "title (#), its other headings {shift:plural:level|levels} up",
    "convert.quoted": "“{words}”",
    "convert.quoted-list": "{quoted:each:, }{more:said}",
    "convert.and-more": " and {count:number} more",
    "convert.no-title": "the text has no title (its old site drew it from its page's template, most likely): given "
                        "“{title}”, the title its file's other texts have",
    "convert.control-words": "{count:plural:form field|form fields} showing words among the text (a <textarea>, a "
                             "text field's value) kept as the words {count:form:it|they} showed: {shown:said}",
    "convert.select-words": "{count:plural:drop-down list|drop-down lists} (<select>) kept as the words "
                            "{count:form:it shows|they show}: {shown:said}",
    "convert.select-words/others": "{count:plural:drop-down list|drop-down lists} (<select>) kept as the words "
                                   "{count:form:it shows|they show}: {shown:said}; the other options, which a reader "
                                   "reads only by opening {count:form:it|them}, left out: {others:said}",
    "convert.input-buttons": "removed {count:number} button {count:form:field|fields} (<input type=submit>, a "
                             "form's) ({shown:said})",
    "convert.removed-elements": "removed {count:number} <{tag}> {count:form:element|elements}",
    "convert.drawn-words": "<{tag}> among the words (a formula, a word drawn): kept as the words a screen reader "
                           "says of it, “{words}”",
    "convert.drawn-words/removed": "removed {count:plural:drawing|drawings} standing alone (an icon, a logo, a "
                                   "chart), with {count:form:its|their} words: “{shown}”",
    "convert.buttons-in-text": "{count:number} <button> {count:form:element|elements} inside a sentence, which names "
                               "{count:form:it|them} ({shown:said}), kept as {count:form:its words|their words}",
    "convert.removed-buttons": "removed {count:number} <button> {count:form:element|elements}",
    "convert.removed-buttons/said": "removed {count:number} <button> {count:form:element|elements} ({shown:said})",
    "convert.struck": "left out {count:plural:passage|passages} struck through (~~…~~), no longer the text: "
                      "{shown:said}; put back what is still in force",
    "convert.struck/html": "left out {count:plural:passage|passages} struck through, shown crossed out and so no "
                           "longer the text: {shown:said}; put back what is still in force",
    "convert.bold-numbered": "{count:plural:bold paragraph|bold paragraphs} starting with a section number became "
                             "{count:form:a section heading|section headings} (the document has no heading styles)",
    "convert.bold-numbered/line": "a bold line starting with a section number became a section heading (the text has "
                                  "no other heading)",
    "convert.bold-lines": "{count:plural:bold line|bold lines} standing alone over {count:form:its|their} text became "
                          "{count:form:a section heading|section headings} (the text has no heading under its title): "
                          "check {count:form:it|them}",
    "convert.bold-lines/titled": "{count:plural:bold line|bold lines} standing alone over {count:form:its|their} text "
                                 "became {count:form:a section heading|section headings} (the text has no heading "
                                 "under its title), the first line the title: check {count:form:it|them}",
    "convert.one-heading-title": "the text's one heading, a level {level} heading above all its words, is its title "
                                 "(#), over the sections its bold numbered lines became",
    "convert.bold-title": "the bold paragraph above the first section became the title",
    "convert.title-outside-main": "the page's <h1>, outside its main text, was kept as the title",
    "convert.archive-toolbar": "removed the web archive's toolbar",
    "convert.outside-main": "left out {count:plural:word|words} outside the page's main content (“{words}…”): if "
                            "{count:form:it is|they are} the policy's (a cookie declaration drawn under it), import a "
                            "copy of the page holding {count:form:it|them} inside it",
    "convert.outside-main/runs": "left out {count:plural:word|words} outside the page's main content, in "
                                 "{runs:number} places ({words:each:, }{more:opt:, and %s more}): if "
                                 "{count:form:it is|they are} the policy's (a cookie declaration drawn under it), "
                                 "import a copy of the page holding {count:form:it|them} inside it",
    "convert.title-header": "the page's title, {title:said}, stands in its <header>: kept as the text's, with its "
                            "lines, its links to other pages left out",
    "convert.no-main-content": "the page marks no main content: kept its <body> without its header, navigation, "
                               "footer and asides",
    "convert.page-one-heading-title": "the page's one heading, an <{tag}> above all its words, is its title (#)",
    "convert.word-first-heading-title": "the document's first heading, at outline level {top} above all the others "
                                        "(no heading at level 1), is its title (#), its other headings "
                                        "{shift:plural:level|levels} up",
    "convert.page-first-heading-title": "the page's first heading, an <h{top}> above all the others, is its title "
                                        "(#), its other headings {shift:plural:level|levels} up",
    "convert.consent-banner": "removed the page's consent banner (“{words}”): a consent manager's words, not the "
                              "policy's",
    "convert.consent-state": "removed the visitor's own consent record a consent manager wrote into the page "
                             "({words:each:, }): the record of whoever saved it, not the policy's words",
    "convert.in-page-links": "{count:plural:link|links} to this same page became in-page "
                             "{count:form:link|links} (#…)",
    "convert.word-margins": "left out the words of the document's page headers and footers (“{words}”): a web page "
                            "has none; write in the text what the policy needs of them (a company's address, a date)",
    "convert.docx-odt": "an OpenDocument text (.odt) under a .docx name: read as the OpenDocument text it is",
    "convert.odt-title": "the paragraph of the Title style is the document's title, its headings one level below it",
    "convert.odt-numbered-headings": "the document numbers {count:plural:heading|headings} by itself (its heading "
                                     "or list numbering): the number it shows is written at the start of each (1. "
                                     "Title); check the section numbers",
    "convert.odt-list-labels": "{count:plural:list item|list items} numbered a), i., 1.1, Article 1 … rather than 1., "
                               "2.: each keeps the label the document shows at the start of its text",
    "convert.odt-hidden": "left out {count:plural:passage|passages} of text the document hides (hidden text, "
                          "paragraphs or sections: not shown, not printed)",
    "convert.odt-entity": "left out the entity reference {entity} at line {line} of {part}: an XML reference the "
                          "document declares itself, which LibreOffice and Word never write; whatever it stood for is "
                          "not in the text",
    "convert.odt-comments": "left out {count:number} reviewer {count:form:comment|comments} of the document",
    "convert.odt-tracked": "the document has {count:plural:tracked change|tracked changes}: read as if accepted "
                           "(deleted text left out)",
    "convert.odt-indexes": "left out {count:plural:table of contents or index|tables of contents or indexes} the "
                           "document generates from its headings",
    "convert.word-comments": "left out {count:number} reviewer {count:form:comment|comments} of the Word document",
    "convert.office-renamed": "a {actual} document under a {extension} name (its first bytes: “{first}”): read as "
                              "the {actual} document it is",
    "convert.office-converted": "read as the Word document (.docx) LibreOffice converts the {extension} file to "
                                "(`soffice --convert-to docx`): compare the Markdown with the document",
    "convert.word-macros": "a macro-enabled document or template (.docm, .dotm) under a .docx name: its text read, "
                           "its macros left out, never run",
    "convert.word-macros/named": "a macro-enabled Word document (.docm): its text read, its macros left out, never "
                                 "run",
    "convert.word-strict": "a Word document saved as Strict Open XML: read as the document it is in Word's usual "
                           "format (its numbering, tracked changes and hidden text as Word shows them)",
    "convert.word-macros/named-template": "a macro-enabled Word template (.dotm): its text read as a document's, "
                                          "its macros left out, never run",
    "convert.word-template/named": "a Word template (.dotx): its text read as a document's",
    "convert.word-template": "a Word template (.dotx) under a .docx name: its text read as a document's",
    "convert.word-tracked": "the document has tracked changes ({insertions:plural:insertion|insertions}, "
                            "{deletions:plural:deletion|deletions}): read as if accepted",
    "convert.word-tracked-line": "changes tracked in the document and not yet accepted, read as accepted "
                                 "({changes:each:; }): check that this is the text that was in force",
    "convert.word-tracked-inserted": "inserted {words:said}",
    "convert.word-tracked-deleted": "deleted {words:said}",
    "convert.word-tracked-deleted-paragraph": "deleted the paragraph {words:said} above it",
    "convert.word-tracked-deleted-last": "deleted the paragraph {words:said} at the end of the text",
    "convert.word-tracked-deleted-row-above": "deleted the table row {words:said} above it",
    "convert.word-tracked-deleted-row-last": "deleted the table row {words:said} at the end of the text",
    "convert.word-tracked-joined": "joined to the paragraph after it",
    "convert.word-comment-line": "a reviewer's comment on this paragraph, left out: read it in the document",
    "convert.word-footnotes": "{count:plural:footnote or endnote|footnotes or endnotes} became a numbered list at the "
                              "end, linked both ways",
    "convert.word-numbered-headings": "Word numbers {count:plural:heading|headings} by itself: the number Word shows "
                                      "is written at the start of each (1. Title), as Word counts "
                                      "{count:form:it|them}; check the section numbers",
    "convert.word-title-style": "the paragraphs of the style {names:said} (Word's Title, as another language or a "
                                "template names it) are the document's title",
    "convert.word-hidden": "left out {count:plural:run|runs} of text formatted as hidden in Word (not shown, not "
                           "printed: a drafting note, a table of contents' page numbers)",
    "convert.word-hidden/html": "left out {count:plural:passage|passages} of text formatted as hidden in Word "
                                "(mso-hide:all, not shown, not printed: a drafting note): {shown:said}",
    "convert.word-unseen": "kept {count:plural:run|runs} of text Word draws unseen (white, or nearly, on an unshaded "
                           "page; 1 point or smaller; squeezed into one another): {shown:said}; remove what is no text "
                           "of the policy",
    "convert.word-bound": "kept the saved words ({saved:said}) of {count:plural:content control|content controls} "
                          "bound to the document's data, which Word replaces on opening by the data's "
                          "({shown:said}): check which words the published version said",
    "convert.word-placeholders": "left out the placeholder of {count:plural:content control|content controls} never "
                                 "filled in ({shown:said}): Word shows it in grey until the box is filled, no words of "
                                 "the policy",
    "convert.word-placeholder-line": "a content control never filled in is here, its placeholder ({shown:said}) left "
                                    "out: the sentence reads without the words it asked for; check what the "
                                    "published version said",
    "convert.word-page-numbers": "left out the page numbers of {count:number} table of contents "
                                 "{count:form:entry|entries} (a web page has no pages)",
    "convert.word-page-references": "kept the page {count:form:number|numbers} of {count:plural:cross-reference|"
                                    "cross-references} in the text ({shown:said}), as Word showed "
                                    "{count:form:it|them}: a web page has no pages; reword the "
                                    "{count:form:sentence|sentences} if the published version did",
    "convert.word-dangling-links": "{count:plural:link|links} naming an address the document does not hold (a "
                                   "damaged file: {shown:said}): kept as words without a link, as Word repairs "
                                   "{count:form:it|them}; link {count:form:it|them} as the published version did",
    "convert.word-dangling-pictures": "left out {count:plural:picture|pictures} whose file the document does not "
                                      "hold (a damaged file: Word draws an empty frame in {count:form:its|their} "
                                      "place)",
    "convert.word-screentips": "{count:plural:link|links} Word gave a ScreenTip ({shown:said}, shown on hovering): "
                               "linked to {count:form:its|their} address, the ScreenTip left out",
    "convert.word-directions": "{count:plural:paragraph or passage|paragraphs or passages} Word sets in the other "
                               "direction than {count:form:its|their} text's ({shown:said}) kept apart by Unicode's "
                               "direction isolates, so that {count:form:it shows|they show} as Word showed "
                               "{count:form:it|them}",
    "convert.word-directions/more": "{count:plural:paragraph or passage|paragraphs or passages} Word sets in the other "
                                    "direction than {count:form:its|their} text's ({shown:said} …) kept apart by "
                                    "Unicode's direction isolates, so that {count:form:it shows|they show} as Word "
                                    "showed {count:form:it|them}",
    "convert.word-readable": "read the words of {count:plural:Word field result, phonetic guide base or direction "
                             "run|Word field results, phonetic guide bases or direction runs} as text",
    "convert.word-alternates": "read {count:plural:passage|passages} as Word shows {count:form:it|them} (its markup "
                               "from Word 2010 on, mc:Choice), where the copy the document keeps for older programs "
                               "says other words, left out: {shown:said}",
    "convert.word-typed-headings": "{count:plural:paragraph typed as a heading|paragraphs typed as headings}, in "
                                   "bold or in larger type and in no heading style ({shown}), {count:form:became a "
                                   "heading|became headings}, each of the level its type's size gives it (the "
                                   "largest first): {count:form:check it|check each}",
    "convert.word-nested-fields": "left out the words {count:plural:field shows|fields show} inside another "
                                  "field's code ({shown}), which Word reads as that code and does not show (`IF "
                                  "{{ MERGEFIELD Plan }} = …` shows the words it chooses)",
    "convert.word-outline": "{count:plural:paragraph|paragraphs} given an outline level of {count:form:its|their} own "
                            "in Word (Paragraph › Outline level, as its navigation pane and table of contents read "
                            "{count:form:it|them}) became {count:form:a heading|headings} of that level",
    "convert.word-charts": "left out {count:plural:chart|charts} Word draws from data kept apart ({shown}), with "
                           "the words {count:form:it shows|they show} (title, labels, legend): write what {count:form:"
                           "it says|they say} into the text if readers need it",
    "convert.word-charts/untitled": "left out {count:plural:chart|charts} Word draws from data kept apart, with the "
                                    "words {count:form:it shows|they show} (labels, legend): write what "
                                    "{count:form:it says|they say} into the text if readers need it",
    "convert.word-diagrams": "read the words of {count:plural:SmartArt diagram|SmartArt diagrams} (kept in the "
                             "diagram's own part, which the converter skips) as paragraphs after the paragraph each "
                             "stands in, box after box in the diagram's order",
    "convert.odt-date-field": "kept the day “{words}” a field of the document shows ({field}, not fixed): the day its "
                              "writer last updated it (the day the document was opened, printed or saved), not the "
                              "day the text took effect; check the version's day against it",
    "convert.odt-symbol-fonts": "read {count:plural:character|characters} typed in a symbol font (Symbol, "
                                "Wingdings, Webdings) as the {count:form:character|characters} the document's writer "
                                "draws (a Wingdings ü is ✓)",
    "convert.word-symbol-fonts": "read {count:plural:character|characters} typed in a symbol font (Symbol, "
                                 "Wingdings, Webdings) or inserted as a symbol as the {count:form:character|"
                                 "characters} Word draws (a Wingdings ü is ✓)",
    "convert.word-text-boxes": "read the words of {count:plural:text box|text boxes} drawn as shapes only (no older "
                               "copy for other readers), as paragraphs after the paragraph each is anchored in, as "
                               "Word's own copy reads",
    "convert.word-art": "read the words of {count:plural:WordArt shape|WordArt shapes} (words Word draws as a picture, "
                        "which the converter does not read) as paragraphs after the paragraph each is anchored in: "
                        "{shown:said}; remove what is no text of the policy",
    "convert.word-watermarks": "left out {count:plural:watermark|watermarks} Word draws behind the text (Design › "
                               "Watermark; a web page has none): {shown:said}",
    "convert.word-numbering-format": "Word numbers some lists or headings in a format the import cannot draw "
                                     "({formats}): their labels were written in digits (1, 2); write them as Word "
                                     "shows them",
    "convert.word-unread": "Word conversion: left out a Word element the converter does not read ({element}) with any "
                           "words inside it: compare the Markdown with the document where it appears",
    "convert.word-converter": "Word conversion: {message}",
    "convert.html-as-text": "HTML that could not be read as elements was kept as text",
    "convert.two-columns/undecided": "a table of {rows:plural:row|rows} sets its text in two columns, each section "
                                     "numbered in both (“{left}” beside “{right}”): two languages side by side, most "
                                     "likely, kept as it is (which column is {lang:language} cannot be told): import "
                                     "each language from a file of its own",
    "convert.two-columns/left": "a table setting the text in two languages side by side ({rows:plural:row|rows}, "
                                "“{left}” beside “{right}”): read its left column, the {lang:language} text; the "
                                "right one left out (import it with its own --lang)",
    "convert.two-columns/right": "a table setting the text in two languages side by side ({rows:plural:row|rows}, "
                                 "“{left}” beside “{right}”): read its right column, the {lang:language} text; the "
                                 "left one left out (import it with its own --lang)",
    "convert.date-heading": "the date line under the title written as a heading (“{words}”) is a paragraph: a heading "
                            "is a section's, and this one has no text",
    "convert.bold-before": "{count:plural:bold paragraph|bold paragraphs} numbered from 1 up to the first section "
                           "heading (“{heading}”) became {count:form:a section heading|section headings}",
    "convert.bold-between": "{count:plural:bold paragraph|bold paragraphs} numbered as the section after the heading "
                            "above {count:form:it|them} became {count:form:a section heading|section headings}",
    "convert.tables-above-title": "{count:plural:table|tables} written above the title “{words}” (a document's "
                                  "table of its versions and their dates) moved under it: a page starts with its title",
    "convert.bold-line-title": "the bold line above the first section, “{words}”, became the title",
    "convert.heading-levels/numbered": "{count:plural:heading|headings} moved to the level the site reads (each "
                                       "section number's depth: 1. a ##, 1.2 a ###)",
    "convert.heading-levels/page": "{count:plural:heading|headings} moved to the level the site reads (the page "
                                   "skipped from its title to <h{level}>)",
    "convert.heading-levels/word": "{count:plural:heading|headings} moved to the level the site reads (the "
                                   "document skipped from its title to {heading:said})",
    "convert.word-section-lists": "{count:plural:paragraph|paragraphs} Word numbers with a multi-level list (1., "
                                     "1.1), short titles over paragraphs of text, became section headings numbered as "
                                     "in Word: check {count:form:it|them}",
    "convert.word-clauses": "a numbered list whose items each start with a bold line (clauses numbered by Word, no "
                            "heading styles): each item became a section, its bold line the heading",
    "convert.word-clauses/plain": "a numbered list whose items each start with a line of a few words over clauses Word "
                                  "numbers under it (1.1, 1.2; no heading styles, no bold): each item became a "
                                  "section, that line the heading",
    "convert.numbered-clauses/google": "a numbered list whose items each start with a bold line (clauses numbered "
                                       "by Google Docs, no heading styles): each item became a section, its bold "
                                       "line the heading",
    "convert.numbered-clauses/page": "a numbered list of the page (<ol>) whose items each start with a bold line "
                                     "(clauses numbered as a list, no heading elements): each item became a "
                                     "section, its bold line the heading",
    "convert.numbered-items/google": "{count:plural:list item|list items} holding only a bold line numbered by "
                                     "Google Docs (sections numbered with its numbered list button, no heading "
                                     "styles) became {count:form:a section heading of its number|section headings "
                                     "of their numbers}",
    "convert.numbered-clauses/odt": "a numbered list whose items each start with a bold line (clauses numbered by "
                                    "the document's list style, as LibreOffice numbers them, no heading styles): each "
                                    "item became a section, its bold line the heading",
    "convert.numbered-items/odt": "{count:plural:list item|list items} holding only a bold line numbered by the "
                                  "document's list style (sections numbered with LibreOffice's numbering button, no "
                                  "heading styles) became {count:form:a section heading of its number|section "
                                  "headings of their numbers}",
    "convert.numbered-items/page": "{count:plural:list item|list items} holding only a bold line numbered by the "
                                   "page's own lists (<ol>: sections numbered as lists, no heading elements) became "
                                   "{count:form:a section heading of its number|section headings of their numbers}",
    "convert.numbered-items/odt-plain": "{count:plural:list item|list items} holding only a line of a few words "
                                        "numbered 1, 2, 3 … by the document's list style, each over paragraphs "
                                        "(sections numbered with LibreOffice's numbering button, no heading styles, "
                                        "no bold) became {count:form:a section heading of its number|section "
                                        "headings of their numbers}",
    "convert.clause-table": "a table of {count:plural:numbered clause|numbered clauses} (a column of section "
                            "numbers beside each clause, its title in bold) read as the {count:form:section|sections} "
                            "it shows, each title a section heading of its number",
    "convert.word-numbered-items": "{count:plural:list item|list items} holding only a bold line numbered by Word "
                                   "(sections numbered with the numbering button, no heading styles) became "
                                   "{count:form:a section heading of its number|section headings of their numbers}",
    "convert.word-numbered-items/plain": "{count:plural:list item|list items} holding only a line of a few words "
                                         "numbered by Word 1, 2, 3 …, each over paragraphs (sections numbered with the "
                                         "numbering button, no heading styles, no bold) became "
                                         "{count:form:a section heading of its number|section headings of their "
                                         "numbers}",
    "convert.first-line-title": "the text's first line, “{words}”, above its first section, became its title",
    "convert.typed-contents": "the {count:number} typed numbered lines from “{first}” on are the text's table of "
                              "contents (the sections' own lines repeat them below): each is a link to the heading it "
                              "names, the lines below became the headings",
    "convert.typed-contents/unlinked": "the {count:number} typed numbered lines from “{first}” on are the text's table "
                                       "of contents (the sections' own lines repeat them below): left as text, as "
                                       "“{entry}” names no one heading below; the lines below became the "
                                       "headings",
    "convert.typed-numbered-lines": "{count:plural:paragraph|paragraphs} of a few words starting with a section number "
                                    "typed by hand (1. Introduction, 2.1 Access, 第1条（目的）), each over "
                                    "paragraphs, became section headings (the document has no heading styles)",
    "convert.cloudflare-emails": "{count:number} e-mail {count:form:address|addresses} hidden by Cloudflare's email "
                                 "protection (“{placeholder}”) shown again, as the reader's browser showed "
                                 "{count:form:it|them}",
    "convert.cloudflare-left": "{count:number} “{placeholder}” left in the text: Cloudflare hid an address there that "
                               "the saved page no longer holds; write the address in its place",
    "convert.run-in": "{count:plural:bold section title|bold section titles} running in at the start of "
                      "{count:form:its|their} text, numbered as the section between the headings around "
                      "{count:form:it|them}, became {count:form:a section heading|section headings}, "
                      "{count:form:its|their} text the paragraph under {count:form:it|them}",
    "convert.template-title-block": "left out the template's block {{% block {name} %}} of words alone, “{words}”, "
                                    "which its layout shows as the page's <title> or such: the same words are the "
                                    "page's heading",
    "convert.template-comments": "left out {count:plural:template comment|template comments} ({{# … #}}), which no "
                                 "reader saw: “{words}”",
    "convert.template-statements": "left out {count:plural:statement|statements} of the page's server template (Jinja, "
                                   "Django, Nunjucks: {statements}), which its server ran and no reader saw",
    "convert.php-blocks": "left out {count:plural:block|blocks} of the page's PHP code ({first} …), which its server "
                          "ran and no reader saw: what {count:form:it|they} wrote there (a header, a menu, perhaps "
                          "words of the text) is not read; check the page as readers saw it",
    "convert.template-expression": "kept as written the template code {code}, whose output the old site's server wrote "
                                   "there: check the page as readers saw it, and write its words in a new version",
    "convert.content-tabs": "{count:number} tab {count:form:title|titles} (MkDocs Material's content tabs) kept above "
                            "the text each opens (a heading where numbered as a section, else in bold)",
    "convert.css-panels": "{count:plural:title|titles} of panels opened by the page's CSS (a label of a checkbox or "
                          "radio button, an accordion's or tab's) kept above {count:form:its|their} text: a heading "
                          "where numbered as a section, else in bold",
    "convert.tab-titles": "{count:number} tab {count:form:title|titles} kept once, above the panel each opens (a "
                          "heading where numbered as a section, else in bold)",
    "convert.closed-panels": "kept {count:plural:panel|panels} closed when the page was saved, which a reader opens "
                             "with its tab or button: {shown:said}",
    "convert.definition-lists/nested": "{count:plural:definition list|definition lists} inside a definition: a list "
                                       "under it, each item a term in bold over its definition, so that the terms it "
                                       "narrows stay under it",
    "convert.definition-lists": "{count:number} definition {count:form:list|lists}: each term became a paragraph in "
                                "bold, its definition the paragraph after it (Markdown has no definition lists)",
    "convert.task-boxes": "{count:plural:task list box|task list boxes} written as the box {count:form:it|each} "
                          "showed, {ticked} ticked or {unticked} empty (the site's Markdown has no task lists)",
    "convert.form-words": "kept the words of a form to fill in (“{words}”): a sign-up or contact form's words are "
                          "seldom the policy's: if these are not, remove the form from the saved page before importing "
                          "it",
    "convert.embed-linked": "<{tag}> embedding {url} became a link to it (the site loads nothing from another host)",
    "convert.embed-removed": "removed an <{tag}> element",
    "convert.embed-removed/url": "removed an <{tag}> element showing {url}",
    "convert.accordion-titles": "{count:number} accordion {count:form:title|titles} (a <button> that opens a panel) "
                                "kept above its text: a heading where numbered as a section, else in bold",
    "convert.disclosure-titles": "{count:number} disclosure {count:form:title|titles} (<details>'s <summary>) kept "
                                 "above its text: in bold, a heading where numbered as a section",
    "convert.underlined": "{count:plural:underlined passage|underlined passages} written in italics: the site's text "
                          "has no underline (on a web page, underlined words read as a link)",
    "convert.ruby": "left out the {count:form:reading|readings} (ruby: furigana, pinyin) drawn above "
                    "{count:plural:word|words}, the words kept: {shown:said}",
    "convert.hidden-elements": "left out {count:plural:element|elements} marked hidden, which readers never saw: "
                               "{shown:said}",
    "convert.screen-reader-link-words": "left out {count:plural:link word|link words} written for screen readers only: "
                                        "{shown:said}",
    "convert.style-hid-link-words": "left out {count:plural:link word|link words} the page's style hid (display:none), "
                                    "the link showing an icon or nothing in {count:form:its|their} place: {shown:said}",
    "convert.style-hid-kept": "kept {count:plural:element|elements} that the page's style hid (display:none: a closed "
                              "panel, or a note never shown): {shown:said}; remove what is no text of the policy",
    "convert.screen-reader-repeats": "left out {count:plural:element|elements} written for screen readers only (hidden "
                                     "from sight), repeating the heading or caption above {count:form:it|them}: "
                                     "{shown:said}",
    "convert.screen-reader-kept": "kept {count:plural:element|elements} written for screen readers only, which the "
                                  "page hid from sight: {shown:said}; remove what is no text of the policy",
    "convert.nested-tables": "{count:plural:table|tables} inside a table's cell became the cell's text, one row after "
                             "another",
    "convert.section-lists": "{count:plural:list|lists} of sections (each item starting with a heading): each "
                             "heading became a section heading",
    "convert.section-lists/numbered": "{count:plural:list|lists} of sections (each item starting with a "
                                      "heading): each heading became a section heading, numbered as its item was",
    "convert.headings-in-items": "{count:plural:heading|headings} inside a list item (which Markdown cannot "
                                 "hold) written in bold",
    "convert.preformatted": "the text was one preformatted block (plain text in a <pre>): read as "
                            "{paragraphs:plural:paragraph|paragraphs}, each line kept, and "
                            "{headings:plural:heading|headings}, its short first line and its short numbered lines, "
                            "alone or right over their text; check them",
    "convert.scraped-page-links": "{count:plural:line|lines} of the page's links to its own top or bottom or to its "
                                  "content ({words:each:, }), copied with its text: left out",
    "convert.scraped-image-names": "{count:plural:image's file name|images' file names} ({words:each:, }), the words "
                                   "a copy of the page keeps where it showed an image: left out; what the image "
                                   "showed (a table, a text) is not in the text: write it in, if it was the policy's",
    "convert.scraped-banner": "a consent banner ({words:each:, }): its sentence about cookies and its buttons, left "
                              "out",
    "convert.scraped-share": "{count:plural:share button|share buttons} ({words:each:, }): left out",
    "convert.scraped-breadcrumb": "the page's breadcrumb trail ({words:each:, }): left out",
    "convert.scraped-copyright": "the page's copyright line closing it ({words:each:, }): left out",
    "convert.scraped-stale-copy": "a second copy of sections {sections:each:, }, to line {end}, in the words of those"
                                  " from line {first}: left out (readers saw them twice)",
    "convert.scraped-stale-copy/other-words": "a second copy of sections {sections:each:, }, to line {end}, in other "
                                              "words than those from line {first} (an older text of them, most "
                                              "likely): left out; the text keeps the first copy: check that it is the"
                                              " one the policy held",
    "convert.capital-headings": "{count:plural:line|lines} in capitals standing apart ({shown:said}) read as "
                                "section {count:form:heading|headings}, as the text sets its sections apart; check "
                                "{count:form:it|them}",
    "convert.preformatted/lists": "plain text: {count:plural:run|runs} of lines starting with a dash or a bullet read "
                                  "as {count:form:a list|lists}; check {count:form:it|them}",
    "convert.preformatted/text": "plain text: read as {paragraphs:plural:paragraph|paragraphs}, each line kept, and "
                                 "{headings:plural:heading|headings}, its short first line and its short numbered "
                                 "lines, alone or right over their text; check them",
    "convert.card-links": "{count:plural:link|links} around paragraphs (a card: a title, a description): each "
                          "paragraph's words linked to the same address",
    "convert.word-place-link": "a Word link to a place in a page became {href}",
    "convert.unopenable-link": "link “{words}” pointed to {href}, which no reader can open (a {scheme}: address): kept "
                               "its text, removed the target",
    "convert.wordless-links": "removed {count:number} {count:form:link|links} showing no words (an icon, an image "
                              "without its text, or nothing): the site publishes no link a reader cannot see",
    "convert.heading-self-links": "removed {count:number} heading {count:form:link|links} to the heading itself (¶): "
                                  "the published headings have their own",
    "convert.merged-cells": "{count:number} table {count:form:cell|cells} spanning several rows or columns: repeated "
                            "in each row and column spanned (a Markdown table has no merged cells)",
    "convert.merged-cells/capped": "{count:number} table {count:form:cell|cells} spanning several columns ({shown}) "
                                   "written in {count:form:its|their} first column only, the others left empty: "
                                   "repeated, {count:form:its|their} words passed the {most:number} characters a "
                                   "page's copies may add; write in each column what the page showed there",
    "convert.content-ref": "a GitBook card linking to {url}: its words are the linked page's title, “{title}”, as "
                           "GitBook showed it (the Markdown wrote the file's name)",
    "convert.content-ref-untitled": "a GitBook card linking to {url}, a page this import does not hold: GitBook showed "
                                    "that page's title, the text shows “{words}”, the file's name: write its title",
    "convert.header-rows": "{count:number} {count:form:table|tables} headed by several rows: each column's header "
                           "holds the words of every header row over it, one line each (a Markdown table has one "
                           "header row)",
    "convert.repeated-ids": "{count:plural:heading id|heading ids} the page gave a heading above too ({shown:said}): "
                            "kept on the first, where the page's links landed",
    "convert.repeated-ids/above": "{count:plural:id|ids} a heading holds that an element above it held too "
                                  "({shown:said}): kept on the heading, where the links now land (the old page sent "
                                  "them to the element above), and left out there",
    "convert.repeated-ids/elements": "left out the id of {count:plural:element|elements} that an element above "
                                     "holds too ({shown:said}): a page holds an id once, and the links to it land on "
                                     "the first, as a browser sends them",
    "convert.lost-ids": "{count:plural:id a link lands on|ids links land on} ({shown:said}) lost with the element "
                        "holding {count:form:it|them}, which the conversion rewrote: the links to {count:form:it|them} "
                        "land nowhere",
    "convert.footnotes": "{count:plural:footnote|footnotes} ([^…]) linked to {count:form:its note|their notes}, "
                         "numbered in the order the text cites {count:form:it|them} (this site's Markdown has no "
                         "footnotes): each note stays where it is written, starting with its number",
    "convert.note-after-number": "{count:plural:note's mark|notes' marks} written right after a number shown in "
                                 "brackets, [1], as the Word imports write {count:form:it|them}: the page drew "
                                 "“6¹”, which a reader takes for 6 and a note, as one number, 61, to the checks",
    "convert.title-of/first": "the first `#` heading is the title",
    "convert.title-of/own": "the title (#) is the front matter's",
    "convert.title-of/front": "the front matter's title, “{title}”, became a title",
    "convert.title-of/line": "the text's first line, “{title}”, a plain paragraph, became its title",
    "convert.title-shift": "{said:said}, and the {count:plural:`#` heading|`#` headings} below it sections (##), every "
                           "heading one level down, as the old site showed {count:form:it|them}{capped:said}",
    "convert.title-shift-capped": "; {count:plural:heading|headings} at level 6 stayed there",
    "convert.pandoc-title": "Pandoc's title block (`% {title}`): its title is the page's title",
    "convert.pandoc-title/shown": "Pandoc's title block (`% {title}`): its title is the page's title, its authors and "
                                  "date kept under it, a line each, as Pandoc shows them",
    "convert.badges": "left out {count:plural:picture|pictures} standing alone above the title (a README's badges, a "
                      "logo), no words of the policy: {shown:said}",
    "convert.heading-levels": "{count:plural:heading|headings} moved to the level the site reads (each section "
                              "number's depth: 1. a ##, 1.2 a ###)",
    "convert.table-row-cells": "a table row has more cells than its header: the header is given empty cells so that "
                               "its words are kept (GitHub's and this site's renderers drop them; the old site may not "
                               "have shown them)",
    "convert.office-date-fields": "kept the {count:form:date field|date fields} {shown:said} of the page as written: "
                                  "LibreOffice writes a date the document did not fix as the day it saved the page, "
                                  "not the day the text took effect; check {count:form:it|them}",
    "convert.notion-heading-ids": "left out Notion's id of the heading ({{#3f0e6a3c-…}}, its block's: another in "
                                  "each page and each language's), the links to it led to the id the site gives it",
    "convert.word-heading-ids": "left out Word's bookmark as the heading's id ({{#_Toc…}}, _Ref, _Hlk, OLE_LINK: a "
                                "number Word draws, another in each document and each language's), the links to it "
                                "led to the id the site gives it",
    "convert.unread-heading-id": "left out the heading's id ({name}, …), which the site reads as none (it starts "
                                 "with a digit or a sign, as a table of contents plugin's): the page gives the heading "
                                 "its own ({id}, …), and the links to it lead there, their words kept; a link from "
                                 "elsewhere to the old id opens the page at its top",
    "convert.own-heading-anchor": "left out the heading's anchor {name} (its author's name: the site gives the heading "
                                  "its own id, {id}), the links to it led to {id}, their words kept",
    "convert.repeated-raw-id": "gave raw HTML's id {id} another, {new}: an element of line {line} has it too (a page "
                               "may hold an id once); the links to {id} land on that one, as they did",
    "convert.generated-id-address": "the link to {address}#{id}, an id Word or Google Docs drew for a heading of this "
                                    "text, is a link into the page, to that heading (#{site})",
    "convert.anchor-named-as-heading": "left out raw HTML's id {id}: the page gives that id to the heading of line "
                                       "{line} (a page may hold an id once), the links to it lead to that heading",
    "convert.google-heading-ids": "left out Google Docs' id of the heading ({{#h.…}}: another in each copy of the "
                                  "document and each language's), the links to it led to the id the site gives it",
    "convert.commonmark-escapes": "backslashes before characters the site's Markdown does not escape (\\~, \\=, "
                                  "\\:, \\$ as GitHub and Google Docs write them: the page would show the "
                                  "backslash) left out, each character kept",
    "convert.wp-shortcodes/layout": "left out {count:plural:layout shortcode|layout shortcodes} of a page builder "
                                    "({shown:said}): the layout its plugin drew around the post's own text, not words",
    "convert.wp-shortcodes": "left out {count:plural:WordPress shortcode|WordPress shortcodes} standing alone "
                             "({shown:said}): the old site showed in {count:form:its|their} place what a plugin wrote "
                             "(a generated policy, a cookie list, a form), which this post's content does not hold; "
                             "save the page from the browser as the old site showed it and import that for those words",
    "convert.wp-shortcodes/kept": "kept as written {count:plural:WordPress shortcode|WordPress shortcodes} inside "
                                  "a sentence ({shown:said}): the old site showed there what a plugin wrote, which "
                                  "this post's content does not hold; check the words against the page it showed",
    "convert.bare-addresses": "{count:plural:bare address|bare addresses} ({shown:said}) written as the "
                              "{count:form:link|links} the old site's Markdown (GitHub's, Hugo's, Docusaurus') made of "
                              "{count:form:it|them}: the site's Markdown shows a bare address as text",
    "convert.backslash-breaks": "{count:plural:line break|line breaks} written with a backslash (GitHub's Markdown) "
                                "{count:form:is|are} written as Markdown's two spaces at the line's end",
    "convert.emoji-shortcode": "{count:plural:emoji shortcode|emoji shortcodes} ({codes}) written as the "
                               "{count:form:emoji|emojis} GitHub's Markdown showed ({shown}): the site's Markdown "
                               "shows the code as it is written",
    "convert.task-boxes/markdown": "{count:plural:task list box|task list boxes} (`- [x]`, `- [ ]`) written as the box "
                                   "{count:form:it|each} showed, {ticked} ticked or {unticked} empty (the site's "
                                   "Markdown has no task lists)",
    "convert.overlined-title": "a title written as reStructuredText writes one, between two lines of “{mark}”: "
                               "written as the page's title, “{title}” (the page showed the marks run into it)",
    "convert.underlined-headings": "{count:plural:numbered heading|numbered headings} written underlined "
                                   "({shown:said}) {count:form:is|are} written with # marks: the checks would read "
                                   "each as a list item over a rule, the page as a heading",
    "convert.unspaced-headings": "{count:plural:heading|headings} written without a space after {count:form:its|their} "
                                 "# marks ({shown:said}) {count:form:is|are} written with one: the site's Markdown "
                                 "reads a heading there, as the text's author meant, the checks a paragraph (a "
                                 "CommonMark site, Hugo's or GitHub's, showed the # marks as text)",
    "convert.heading-items": "{count:plural:list item|list items} holding a heading (`- ### Title`) became "
                             "that heading, the lines under it unindented: the checks read a section there, the page "
                             "showed a bullet holding it",
    "convert.list-marker-space": "a list item written without the space after its marker (`1.Word`, `*Word`) is "
                                 "written with it: the old site showed it as text, not as an item",
    "convert.utf16": "the file is UTF-16: read as such",
    "convert.utf16/no-bom": "the file is UTF-16 without its byte order mark: read as such",
    "convert.not-utf8": "the file is not UTF-8 (line {line}, byte {byte}): read as {codec}",
    "convert.not-utf8/mixed": "the file is UTF-8 but for bytes of another character set (the first at line {line}, "
                              "byte {byte}): those read as Windows-1252, the others as UTF-8; check its accented "
                              "words",
    "convert.nul": "removed NUL characters",
    "convert.metadata-lines": "its first lines, `{line}` … (Pelican's or MultiMarkdown's metadata), read as its front "
                              "matter",
    "convert.metadata-lines/reader": "its first lines, `{line}` … (Jina Reader's header over the page's "
                                     "`Markdown Content:`), read as its front matter",
    "convert.front-matter/large": "the front matter is over {kib:number} KiB: it was not read and was left out",
    "convert.front-matter/invalid": "the front matter is not valid ({problem}): it was left out",
    "convert.front-matter/not-keys": "the front matter is not a set of keys: it was left out",
    "convert.subtitle-heading": "the heading right under the title, all in italics with nothing under it, "
                                "{words:said}, is the title's subtitle, a line in italics, not a section",
    "convert.subtitle": "the front matter's subtitle, which the old site's layout showed under the title, is the "
                        "text's first paragraph: {words:said}",
    "convert.mhtml": "a web page saved as one file (MHTML): read the page it holds",
    "convert.css-counters/lists": "{count:plural:list|lists} labelled by the page's stylesheet (CSS counters: “(1)”, "
                                  "“Art. 1”): each item keeps the label the page showed at the start of its text",
    "convert.css-counters/headings": "{count:plural:heading|headings} numbered by the page's stylesheet (CSS "
                                     "counters): each number written before its title, as the page showed it",
    "convert.charset/utf16": "the page is UTF-16 without its byte order mark: read as such",
    "convert.charset/unread": "the page declares the character set “{label}”, which browsers do not read: read as "
                              "UTF-8",
    "convert.charset/unknown": "the page declares an unknown character set “{label}”: read as UTF-8",
    "convert.charset/utf8": "the page declares the character set “{label}”, but its bytes are UTF-8 (as the server "
                            "that published it must have said in its header, which browsers read first): read as UTF-8",
    "convert.meta-refresh": "the page sent its readers on to {url} after {seconds:number} s (<meta "
                            "http-equiv=\"refresh\">): after 0 s they read that page, not these words; import it if so",
    "convert.base-href": "the page read its relative links and pictures against {url} (<base href>): its links led "
                         "there; check them against the page as readers saw it",
    "convert.charset/not-utf8": "the page is not UTF-8 (byte {byte}): read as Windows-1252",
    "convert.charset/mixed": "the page is UTF-8 but for bytes of another character set (the first at line {line}, "
                             "byte {byte}): those read as Windows-1252, the others as UTF-8; check its accented "
                             "words",
    "convert.charset/undecodable": "the page is not {codec} (byte {byte}): undecodable bytes became “\ufffd”",
    "convert.language-part": "the page is written in {page:language}, with a part marked as written in "
                             "{lang:language}: read that part only",
    "convert.language-part/other": "the page is written in another language, with a part marked as written in "
                                   "{lang:language}: read that part only",
    "convert.language-left-out": "left out the part marked as written in {code:language} (“{words}…”, "
                                 "{count:plural:word|words}): import this file with --lang {base} for it",
    "convert.google-docs-title": "the Google Docs title is the policy's title (#), its headings one level below it",
    "convert.word-title-paragraph": "the Word document's Title paragraph is the policy's title (#), its headings one "
                                    "level below it",
    "convert.exported-comments": "left out {count:plural:reviewer comment|reviewer comments} of the exported document, "
                                 "and {count:form:its mark|their marks} in the text",
    "convert.marks-undone": "bold or italics around whole headings and paragraphs, or undone by their own style (the "
                            "wrapper Google Docs leaves in pasted text), left out: each keeps its own look",
    "convert.css-marks": "text the page's CSS draws in bold, in italics or struck through is marked so ({marks:each:, "
                         "})",
    "convert.css-mark/strong": "{count:number} bold",
    "convert.css-mark/em": "{count:number} italic",
    "convert.css-mark/del": "{count:number} struck through",
    "convert.role-headings": "{count:plural:element|elements} marked as {count:form:heading|headings} "
                             "(role=\"heading\", aria-level) became "
                             "{count:form:the heading of its level|the headings of their levels}",
    "convert.print-links": "left out {count:plural:link or button|links or buttons} printing the page or closing its "
                           "window ({shown:said}): the old site's tool, not the policy's words (this site has its own "
                           "PDF)",
    "convert.top-links": "left out {count:plural:link|links} back to the top of the page standing alone (“{words}”): "
                         "the old page's navigation, not the policy's words",
    "convert.hash-links": "{count:plural:link|links} to “#” alone, {count:form:a control|controls} the page's scripts "
                          "ran (“{words}”): {count:form:its|their} words kept, not linked (nothing on this site "
                          "answers {count:form:it|them})",
    "convert.number-beside-title": "{count:plural:heading|headings} whose number and title the page set side by "
                                   "side by its style alone ({shown:said}): a space between them",
    "convert.link-no-host": "the link “{label}” to {href}, which names no address (a link dialog left as it opens): "
                            "kept its text, removed the target",
    "convert.bold-capital-headings": "{count:plural:bold line|bold lines} in capitals after the numbered sections, "
                                     "written as their headings are ({shown:said}): a section each",
    "convert.annex-headings": "{count:plural:bold line|bold lines} titling an annex after the numbered sections "
                              "({shown:said}): a section each",
    "convert.number-over-title/heading": "{count:plural:section number|section numbers} standing alone over a heading "
                                         "that is its title ({shown:said}): one heading each, number and title",
    "convert.word-number-alone": "{count:plural:section number|section numbers} Word draws alone on a line of "
                                 "{count:form:its|their} own ({shown:said}): a line in bold each, no list's item, read "
                                 "as the section's number",
    "convert.title-lines/text": "the title written over two lines, “{first}” over “{second}”: one title, its lines "
                                "joined",
    "convert.number-over-title/text": "{count:plural:section number|section numbers} standing alone on a line over "
                                      "{count:form:its|their} title's line ({shown:said}): one heading each, number "
                                      "and title",
    "convert.number-over-title": "{count:plural:section number|section numbers} standing alone over a bold title "
                                 "line ({shown:said}): one heading each, number and title",
    "convert.toc-box/links": "{count:plural:link|links} to the table of contents' box left out: to the top "
                             "of the page (#top), where it stood",
    "convert.word-contents-heading": "the heading “{words}” over the document's table of contents became a bold "
                                     "line over it: no section of the policy",
    "convert.generator-credit": "“{words}” is a policy generator's credit, not the company's words: kept, as readers "
                                "were shown it in this version; leave it out of a new version if the generator's terms "
                                "allow it",
    "convert.contents-back-links": "left out {count:plural:link|links} back to the table of contents standing alone "
                                   "on {count:form:its line|their lines} ({words:each:, }): the old page's way back "
                                   "to it, its heading now a bold line, which no link reaches",
    "convert.contents-top-links": "a link to the heading over the table of contents, now a bold line, goes to the top "
                                  "of the page (#top), above it",
    "convert.contents-heading": "the heading “{words}” over a table of contents (links to the page's headings, "
                                "nothing else) became a bold line over it: no section of the policy",
    "convert.toc-box": "left out a table of contents' box (“{words}…”): links to the page's headings, which the site "
                       "draws itself",
    "convert.pagers": "left out the links to the previous and next pages ({links:each:, }): the old site's "
                      "navigation, not the policy's words",
    "convert.relative-times": "{count:plural:time|times} the page showed counted from the day it was saved, written "
                              "as the day {count:form:its|their} datetime holds ({times:each:, }): those words were "
                              "true on that day only",
    "convert.feedback": "left out the page's feedback question with its answer buttons (“{words}”): the old page's "
                        "survey, not the policy's words",
    "convert.page-icons": "left out {count:plural:icon|icons} a Notion or Ghost page draws beside its title and "
                          "callouts{drawn:opt: (%s)}: decoration, not the policy's words",
    "convert.notion-properties": "left out the Notion page's properties under its title (“{words}”): the workspace's "
                                 "record of the page, not the policy's words",
    "convert.noscript": "the page's text is in a <noscript> element only, which a browser shows to readers without "
                        "scripts (a script wrote what the others saw, and the saved page holds none of it): read it; "
                        "compare it with the page as readers saw it",
    "convert.noscript-words": "kept the words of {count:plural:<noscript> element|<noscript> elements} inside "
                              "{count:form:a sentence|sentences}, which a browser shows readers without scripts where "
                              "a script writes other words (an e-mail address hidden from harvesters; the saved page "
                              "holds no such words): {words:said}: compare with the page as readers saw it",
    "convert.archive-addresses": "{count:plural:address|addresses} of the web archive's copy point to the "
                                 "original again",
    "convert.google-redirects": "{count:plural:link|links} through Google's redirect (google.com/url?q=…) "
                                "{count:form:points to its|point to their} address directly (a reader's click would "
                                "have gone through Google first)",
    "import.words": "{path}: listed {count:plural:word|words} of the imported text that the {lang:language} dictionary "
                    "lacks ({examples}): review {count:form:it; a misspelling there|them; a misspelling among them} is "
                    "the text's own, to correct in a new version",
    "import.no-translation": "{version}: no {lang:language} text dated before {end:date}: this version has no "
                             "{lang:language} page",
    "import.no-translation/ahead": "{version}: no {lang:language} text dated before {end:date} but {ahead}, which "
                                   "translates the next version: this version has no {lang:language} page",
    "import.after-newest": "{name}: dated {date:date}, after the newest {authoritative:language} version, "
                           "{version:date}: committed as its {lang:language} page. If a text in "
                           "{authoritative:language} took effect on or before {date:date}, this translates it: "
                           "import that text first, then the {lang:language} texts again",
    "import.replaced": "{name}: replaced by {by} before the next version: not kept",
    "import.replaced/before": "{name}: dated before {version:date}, replaced by {by} before the next version: not "
                              "kept",
    "import.translates-earlier": "{name}: dated {date:date}, before {version:date}, it translates the "
                                 "{authoritative:language} text of {earlier:date}, not this one's: committed as its "
                                 "{lang:language} page too (a version, once translated, is published in every "
                                 "language after), readers reading the earlier text under the date of "
                                 "{version:date}; import the {lang:language} text of {version:date} if there is one, "
                                 "else translate it in a new version",
    "import.translated-late": "{name}: dated {date:date}, after {version:date}, the version it translates: committed "
                              "as its {lang:language} page, published from {version:date}, though the old site "
                              "showed it from {date:date} only (the {authoritative:language} text prevails)",
    "import.translated-already": "{name}: the {lang:language} text of {version:date} already: nothing to do",
    "import.in-line": "{path}: recorded in the same commit: the {lang:language} text of {version:date} translates "
                      "the {authoritative:language} text of the same date (what `policy sync-mark {lang} --all` "
                      "records)",
    "import.in-line/ahead": "{path}: recorded in the same commit: the {lang:language} text of {version:date}, "
                            "{name}, dated {date:date} (it reached the site ahead), translates the "
                            "{authoritative:language} text of {version:date} (what `policy sync-mark {lang} --all` "
                            "records)",
    "import.in-line/unpaired": "{path}: not recorded for {version:date}: {name} is dated {date:date}, not "
                               "{version:date}, the date of the {authoritative:language} text: once the "
                               "{lang:language} text is in line with it, `policy sync-mark {lang} --all`",
    "import.ahead": "{name}: dated {date:date}, before {version:date}, it translates the {authoritative:language} "
                    "text of {version:date} (it reached the site a few days ahead): committed as that version's page",
    "import.withdrawn": "{version}: the {lang:language} page an earlier import gave it ({sources}) translates a later "
                        "text: removed from this version",
    "import.own-page": "{name}: {version} has its own {lang:language} page, which no import wrote: left as it is, "
                       "{name} not imported for it",
    "import.zip": "{archive}: a zip archive: its files are read as a folder's",
    "import.other-format/pdf": "a PDF holds no headings or lists to read: import the file it was made from (.docx, "
                               ".html), or save it as Word (.docx) from a PDF reader that can",
    "import.other-format/word-processor": "open it in Word or LibreOffice and save it as Word (.docx)",
    "import.other-format/pages": "an Apple Pages document: open it in Pages and export it as Word (File › Export To › "
                                 "Word…, .docx)",
    "import.other-format/rtfd": "a TextEdit document with its images (a folder): open it in TextEdit and save it as "
                                "Word 2007 (.docx)",
    "import.other-format/zip": "an archive (Google Docs' \"Web page (.html, zipped)\"): unzip it and import the .html "
                               "inside, named by its date",
    "import.other-format/webarchive": "a web page saved by Safari: save it again as \"Page Source\" (.html)",
    "import.other-format/xml": "an XML file (a WordPress export, Tools › Export, holds each page's HTML in its "
                               "<content:encoded>): save the policy's page as the site showed it (.html), or copy its "
                               "HTML into a file named by the day it took effect (privacy-2021-02-17.html)",
    "import.other-format/tool": "the source of another documentation tool (reStructuredText, LaTeX …): convert it to "
                                "Markdown (pandoc --to gfm) or save the page its site showed as .html",
    "import.other-format/asciidoc": "AsciiDoc, which pandoc does not read: convert it to HTML with Asciidoctor "
                                    "(asciidoctor privacy.adoc) or save the page its site showed as .html",
    "import.unread-formats": "{count:plural:dated version|dated versions} in a format import does not read (nothing "
                             "imported: a version left out now could not be imported after the later ones):\n  "
                             "{items:each:\n  }\nthen, each saved so beside the others, run the same import again",
    "import.skipped/language-name": "{path}: skipped: its name says it is the {lang:language} text: import it with "
                                    "--lang {lang}",
    "import.skipped/language-folder": "{path}: skipped: its folder says it is the {lang:language} text: import it "
                                      "with --lang {lang}",
    "import.skipped/document": "{path}: skipped: its name says it is the {document} document's text: import it with "
                               "--document {document}",
    "import.skipped/resources": "{path}: skipped: the resources a browser saved with the page beside it (its images, "
                                "styles, scripts and frames)",
    "import.skipped/notion-folder": "{path}: skipped: a subpage or file of the page {page} in the folder Notion "
                                     "exported beside it, its name holding no date (a version's is read)",
    "import.skipped/word-lock": "{path}: skipped: the lock file Word keeps beside a document while it is open, no "
                                "document",
    "import.skipped/zip": "{path}: skipped: a zip archive: unzip it, and import the folder it gives",
    "import.skipped/other-format": "{path}: skipped: not a kind of file import reads ({formats:each:; }): {how:said}",
    "import.skipped/same-text": "{path}: skipped: the text of {day:date} in {name}, its words the same: one version, "
                                "read from the file readers were shown",
    "import.skipped/format": "{path}: skipped: not a kind of file import reads ({formats:each:; })",
    "import.skipped/text": "{path}: skipped: plain text whose name holds no date (a version's is read)",
    "import.skipped/text-stated": "{path}: skipped: plain text whose name holds no date, a note beside the archive; "
                                  "its text says “{said}”: if it is a version of the text, name it {renamed}",
    "import.skipped/same-day": "{path}: skipped: the text of {day:date} is imported from {name}",
    "import.skipped/capture": "{path}: skipped: the web archive's capture of {day:date} of the text {name} holds, "
                              "dated {date:date} by its line, its words unchanged: one version",
    "import.captures-differ": "{second}: its text is not {first}'s, though both say “{said}” ({date:date}): the text "
                              "changed between the web archive's captures of {seen:date} and {then:date}, on a day "
                              "neither says: rename it {renamed}, the day it took effect (the old site's announcement "
                              "may say it), or leave it out",
    "import.dated-by-capture-text": "dated {date:date} by its text's “{said}”: the web archive captured it on "
                                    "{day:date} ({capture}), a day it was in force, not the day it took effect",
    "import.dated-by-text-reading": "dated {date:date}: its name's {written} may be read day first or month first, "
                                    "and its text says “{said}”",
    "import.dated-by-text-month": "dated {date:date}: its name's {written} names a month, and its text says “{said}”",
    "import.skipped/copy": "{path}: skipped: a copy, byte for byte, of {name}, of the same date",
    "import.inner-zips": "{count:plural:zip archive|zip archives} in the folders given ({first}, …): more than "
                         "{most:number}, far more than an archive of policies holds: unzip them, or name each on the "
                         "command line (nothing imported)",
    "import.put-back-failed": "{error:said}; putting back what it wrote failed too ({undo}): `git status` shows what "
                              "is left of it ({paths})",
    "verify.foreign": "{version}: built from a text this branch never held (a preview of another branch, put on this "
                      "one by `make build` there, even one merged since): it was never this branch's text",
    "verify.foreign/detached": "{version}: built from a text that neither the current commit (HEAD, {head}, on no "
                               "branch of its own) nor a branch holding it ever held (a preview of another branch, "
                               "put on this one by `make build` there, even one merged since): it was never this "
                               "branch's text",
    "verify.diverged": "{version}: on {remote}/{branch}, what the site serves, and not on the local {branch}, which "
                       "has diverged from it (each has commits the other lacks), not removed: reconcile them (`git "
                       "branch -f {branch} {remote}/{branch}` keeps the remote's, or `git switch {branch} && git "
                       "merge {remote}/{branch}`), or verify the site's copy: `policy verify -b {remote}/{branch}`",
    "verify.rewound": "{version}: was on {branch} at commit {commit} (this clone's reflog of {ref}) and is not on it "
                      "now: the branch was reset or force-pushed to before it; a published version stays (`git branch "
                      "-f {branch} {commit}`, then push it)",
    "verify.rewound/tag": "{version}: was on {branch} at commit {commit} (its tag {ref}, pushed with it) and is not "
                          "on it now: the branch was reset or force-pushed to before it; a published version stays "
                          "(`git branch -f {branch} {commit}`, then push it)",
    "verify.removed": "{version}: published, then removed from {branch} by its commit {commit}: a published version "
                      "stays (git revert that commit on the branch)",
    "verify.rebuilt-elsewhere": "{version}: published from commit {then} (its publication record as {commit} added "
                                "it), rebuilt since from {now}, which holds the same text (its fingerprint): {then} is "
                                "the commit it was published from, whether or not this clone still has it",
    "verify.resourced": "{version}: published from the text of commit {then} (its publication record as {commit} added "
                        "it), now names {now}: a version's text never changes once published; its files were replaced "
                        "on {branch} by another text of that date: restore them",
    "verify.pdf-replaced": "{path}: not the PDF {commit} published: its publication record then recorded another "
                           "fingerprint for the same text and print, and a print gives the same bytes every time: the "
                           "PDF was replaced on {branch} with its publication record's fingerprint: restore both",
    "verify.stranger": "{version}: added to {branch} by its commit {commit} “{subject}”, not by publishing, and no "
                       "commit of this policy's history holds its text (its publication record names commit {source}, "
                       "which this repository never had): a version from elsewhere (another site's folder copied "
                       "in?), not one this policy published; take it off the branch (`git revert {commit}` there), or, "
                       "if it is this policy's, fetch the history that has its commit (`git fetch <that clone> "
                       "{source}`)",
    "verify.after-stranger": "{branch} holds {versions}, from elsewhere (said above): its listings and archive pages, "
                             "built without it, are not compared until it is taken off",
    "verify.unproven": "{version}: its publication record was added by {commit} “{subject}”, not by the commit "
                       "publishing writes for it: {branch}'s history, the proof of when the text reached the site, was "
                       "rewritten (squashed?): restore the branch from a copy that has it",
    "verify.unproven/none": "{version}: no commit of {branch}'s history added its publication record, not even the one "
                            "publishing writes for it: {branch}'s history, the proof of when the text reached the "
                            "site, was rewritten (squashed?): restore the branch from a copy that has it",
    "verify.relinked": "{version}: its links to the site's other documents land on {now:said}, and when {commit} "
                       "published it on {then:said}: a published version's links never change; they were changed on "
                       "{branch} with its publication record: restore them",
    "verify.rerecorded": "{version}: its publication record's `{field}` (when it was published, how it came to be) is "
                         "not what {commit} recorded when it published it: that record is proof, never rewritten; it "
                         "was changed on {branch}: restore it",
    "verify.lands": "{links:each:, }",
    "verify.lands/one": "{page} → {target:else:verify.first-document} {date}",
    "verify.lands/nowhere": "nothing",
    "verify.first-document": "the first document",
    "verify.redated": "{version}: announced on {announced:date} and published ahead of its date, by {commit}, which is "
                      "dated {day:date}: publishing dates such a version on the day it is announced, so {branch}'s "
                      "dates were changed (its history is the proof of when each text reached the site): restore the "
                      "branch from a copy that has them",
    "verify.misdated": "{branch}: its commit {commit} “{subject}” is {why:said}: {branch}'s history, the proof of "
                       "when each text reached the site, was rewritten with other dates: restore the branch from a "
                       "copy that has them",
    "verify.misdated/two-dates": "dated {authored} by its author and {committed} by its committer, where publishing "
                                 "writes one date for both: it was rewritten since (`git commit --amend --date`, a "
                                 "rebase)",
    "verify.misdated/before-previous": "dated {committed}, before the commit it follows ({previous}, dated {then}): "
                                       "publishing dates each commit after the one before",
    "verify.misdated/before-date": "dated {committed}, before {version}, the date of the version it published, which "
                                   "has no `announced:`: publishing refuses such a text before its date",
    "verify.misdated/not-recorded": "dated {committed}, though the publication record of {version} it added says it "
                                    "was published {published}: publishing dates that commit the moment the record "
                                    "says",
    "verify.absent": "{version} (commit {commit}): a dated version of the history, before {newest:date}, is not on "
                     "{branch}: removed from the archive; it was in force from its date until the next version's, and "
                     "cannot be published again after a later one (record it in {file} if it never was)",
    "verify.absent/refused": "{version} (commit {commit}): a dated version of the history, before {newest:date}, is "
                             "not on {branch}: never published (dated before {later:date}, published from an earlier "
                             "commit: publishing refused it); record {commit} in {file} as never published",
    "verify.absent/in-force": "{version} (commit {commit}): a dated version of the history, in force since its date by "
                              "it, is not on {branch}: publish it (`policy history`), or find out why the branch lacks "
                              "it (rewound by a force-push?)",
    "verify.absent/announced": "{version} (commit {commit}): a dated version of the history, announced on "
                               "{announced:date} to take effect on {version:date}, is not on {branch}: publish it "
                               "(`policy history`), or find out why the branch lacks it (rewound by a force-push? the "
                               "text readers were told of must stay as it was announced)",
    # a version to publish that `policy history` refuses, or that waits for one it refuses (verify._to_publish)
    "verify.absent/refused-now": "{version} (commit {commit}): a dated version of the history, {state:said}, is not on "
                                 "{branch}, and `policy history` refuses it: {reason:said}",
    "verify.absent/waiting": "{version} (commit {commit}): a dated version of the history, {state:said}, is not on "
                             "{branch}: `policy history` publishes no version while it refuses {refused} (run it: it "
                             "says why)",
    "verify.absent/head": "{version} (commit {commit}): a dated version of the history, {state:said}, is not on "
                          "{branch}: `policy history` publishes no version while it refuses the current commit's text "
                          "(run it: it says why)",
    "verify.absent/checks": "its checks find {count:plural:problem|problems} in its text (`policy history` names "
                            "each), {finding:said}{count:form:| …}",
    "verify.absent/state-in-force": "in force since its date by it",
    "verify.absent/state-announced": "announced on {announced:date} to take effect on {version:date}",
    "verify.shared-renamed": "{folder}{files}: not the files the folder is named after (a digest of its files' paths "
                             "and bytes): replaced on the branch together with {listing}; restore them (`git log -p "
                             "{folder}`)",
    "verify.shared-unlisted": "{folder} ({source}): its pages link {theme}, which no publication record lists "
                              "({listing} is missing)",
    "verify.shared-unlinked": "{folder}: no version links it (publishing removes such a folder): added on the branch "
                              "with {listing}?",
    "verify.hand-edited": "{version}: {paths} changed since {commit} published it: built with another generator, it "
                          "cannot be rebuilt to show what changed; rebuild it with today's (policy history --rebuild) "
                          "if a rebuild did it, else restore the files",
    "verify.nothing": "nothing to verify: {why:said}",
    "verify.remote": "{remote}/{name} is verified",
    "verify.remote/no-local": "{remote}/{name} is verified (there is no local {name})",
    # --- `policy sync-mark`, `policy words`, `policy build` and `policy diff` (cli.py, checks.py, sides.py) -------
    "sync-mark.needs": "sync-mark needs section numbers or --all",
    "sync-mark.marked": "{path:said}: marked {count:plural:section|sections} in line: {numbers}",
    "sync-mark.anew": "{path} (it could not be read: written anew)",
    "sync-mark.authoritative": "{lang:language} ({lang}) is the authoritative language: only translations are marked",
    "sync-mark.no-section": "{path} has no section {sections}: its sections are {some}",
    "sync-mark.unread": "{finding}: nothing marked",
    "sync-mark.no-numbered": "{path} has no numbered section to mark",
    "sync-mark.linked": "{path}: the translation record is a symbolic link, in a submodule or outside the project: it "
                        "is a file of the project's own, as git stores it; nothing was written",
    "words.needs": "policy words needs --prune (the only action on word lists so far)",
    "words.pruned": "{path}: removed {count:number} unused {count:form:entry|entries}: {words}",
    "words.pruned/none": "{path}: removed {count:plural:unused entry|unused entries}",
    "words.linked": "{path}: the word list is a symbolic link, in a submodule or outside the project: it is a file of "
                    "the project's own, as git stores it; nothing was written",
    "build.built": "built {path}",
    "diff.docx-output": "--format docx writes a Word document: name it with -o FILE",
    "diff.pdf-output": "--format pdf writes a PDF document: name it with -o FILE",
    "diff.pdf-failed": "the redline's PDF could not be printed ({reason}): a letter none of the PDFs' fonts draws "
                       "needs a font file in a folder of the project named as the PDFs' fonts folder "
                       "(`extra.policy.pdf_fonts`)",
    "diff.pdf-failed/script": "the redline's PDF could not be printed: no font of the {lang:language} PDF draws "
                              "{script:script} letters ({named}). Add the font files (.otf, .ttf or .ttc) of a family "
                              "that draws them{font:opt:, such as %s}{file:opt:, whose file this machine has (%s)}"
                              "{none}, to a folder of the project (fonts/) and name it in mkdocs.yml, "
                              "`extra.policy.pdf_fonts: [fonts]`",
    "diff.same": "{old} and {new} have the same {language:language} text{notes:said}{restyled:said}{redated:said}",
    "diff.same/restyled": "; {count:plural:heading|headings} {count:form:writes its|write their} number otherwise, "
                          "shown below",
    "diff.same/notes": " ({whitespace:plural:whitespace change|whitespace changes} and "
                       "{formatting:plural:formatting change|formatting changes} only)",
    "diff.same/notes-whitespace": " ({whitespace:plural:whitespace change|whitespace changes} only)",
    "diff.same/notes-formatting": " ({formatting:plural:formatting change|formatting changes} only)",
    "diff.same/translated": "; the {others:languages} text changes (`--lang {code}` shows it), so this version is "
                            "published: its {language:language} changes page says “No change in the text.”",
    "diff.not-postponed": ": dated {new:date}, it would not postpone the version of {old:date}, published ahead: "
                          "that version still takes effect on {old:date} and is in force until {eve:date}, then this "
                          "one, whose history entry, changes page and feed item say “No change in the text.” (a "
                          "version published is never withdrawn: to keep the text now in force, commit it again with "
                          "a date after {old:date})",
    "diff.redated": ": dated {new:date}, it would be published as a version whose history entry, changes page and "
                    "feed item say “No change in the text.” if no other language changes (a review confirming the "
                    "text may say so in `summary:`)",
    "diff.stale": "the edited text is dated {new:date}, not after {old:date}, the published version it is compared "
                  "with: publishing it would be refused (a published version never changes); give it a date after "
                  "{old:date} in every language",
    "diff.stale/announced": "the edited text is dated {new:date}, before the version of {old:date}, published ahead, "
                            "which takes effect on that day whatever this branch holds (a version published is never "
                            "withdrawn nor changed): merging this takes nothing back; to have this text in force "
                            "after it, give it a date after {old:date} in every language",
    "diff.summary-repeated": "{path}: summary: is the one of {date}, the version it is compared with, while the text "
                             "changes: publishing would refuse it (frontmatter.summary-repeated); write what this "
                             "change does",
    "diff.announced-repeated": "{path}: announced: {announced:iso} is the one of {date}, and the edited text takes "
                               "effect on or before today: publishing would refuse it "
                               "(frontmatter.announced-repeated); remove announced:",
    "diff.warning": "> **Warning:** {line:said}\n\n",
    "diff.template-linked": "overrides/partials/redline.html is a symbolic link or outside the project: the redline "
                            "renders with the project's own template only",
    "diff.template-own": "overrides/partials/redline.html is not the generator's: a template of the project's own "
                         "would write the redline (its words, a script, the sections it shows) as no check reads it, "
                         "and publishing refuses it too; copy the generator's over it (policy upgrade)",
    "diff.output-project": "{output} is {why:said}: write the redline elsewhere (nothing was written)",
    "diff.output-in-docs": "in the docs folder of the {code:language} texts, whose files the site is built from",
    "diff.output-in-git": "in the repository's .git folder, which git alone writes",
    "diff.output-tracked": "a file of the project, which git tracks",
    "diff.output-folder": "{output} is a folder: name the file to write, such as {example}",
    "diff.output-parent": "{parent} does not exist: create it first, or write the redline into an existing folder",
    "diff.output-under-file": "{output} cannot be written: {file} is a file, not a folder; write the redline into "
                              "a folder",
    "diff.output-failed": "{output} cannot be written ({reason}): write the redline elsewhere",
    "diff.no-archive": "this clone has no {branch} branch, where the published versions are: if the site has some (a "
                       "fork's clone, or one of main only), fetch them from the site's repository, `{fetch}`, then "
                       "run the command again; if none is published yet, publish one with `policy publish`; or "
                       "compare dates from the git history",
    "diff.none-published": "there is no published version on the {branch} branch: publish one with `policy publish`, "
                           "or compare dates from the git history",
    "diff.not-a-version": "“{name}” is not a version: give a date (YYYY-MM-DD), `latest` (in force today), `newest` "
                          "(the last published, announced ahead or not) or `worktree` (the text as saved in the "
                          "folder, committed or not)",
    "diff.commit-gone": "published {version} was built from commit {commit}, which is not in this clone (amended, or "
                        "not fetched): fetch it (`git fetch --unshallow`), or compare another version",
    "diff.commit-gone/rewritten": "published {version} was built from commit {commit}, which this repository, a full "
                                  "clone, does not hold, nor any commit with the same text: the history it was "
                                  "published from was rewritten since (a squash, a rebase, force-pushed); fetch the "
                                  "commit from a clone that still has it (`git fetch <that clone> {sha}`), or compare "
                                  "another version",
    "diff.manifest-edited": "published {version}'s publication record names {path} at {commit}, a text other than the "
                            "one it records (its fingerprint): the publication record was edited on the branch "
                            "(`policy verify` names what changed there)",
    "diff.no-version": "no dated version {version}: known versions are {known:list}",
    "diff.no-version/none": "no dated version {version}: the history dates no version yet",
    "diff.no-version/shallow": "no dated version {version} in this clone, whose history stops at {stops:each:, } (a "
                               "shallow clone, `--depth`): the versions committed before it are missing (known "
                               "versions are {known:list}); fetch the whole history (`git fetch --unshallow`; on "
                               "GitHub Actions, `fetch-depth: 0` in actions/checkout) and compare again",
    "diff.unpublished-between": "{count:plural:version|versions} committed after {version:date}, the newest version "
                                "published, {count:form:is|are} not published yet ({versions:list}): this redline "
                                "shows {count:form:its|their} changes as this text's too; `make publish-history` "
                                "publishes {count:form:it|them}, and `policy diff {newest:iso} worktree` shows this "
                                "change alone",
    "diff.note": "> **Note:** {line:said}\n\n",
    "diff.spelling-only": "only the spelling of {count:plural:word|words} changed, no other word: {words:each}",
    "diff.spelling-only/material": "only the spelling of {count:plural:word|words} changed, no other word: "
                                   "{words:each} (a correction: `change: editorial` in the front matter says so in "
                                   "the history and the feed, and needs no notice)",
    "diff.spelling-only/word": "“{new}” for “{old}”{section:opt: (§%s)}",
    # punctuation alone changed (redline.punctuation): never said editorial, a comma can change what a sentence obliges
    "diff.punctuation-only": "only punctuation changed, no word: {signs:each}",
    "diff.punctuation-only/material": "only punctuation changed, no word: {signs:each}. A sign can change what a "
                                      "sentence obliges (a comma in a list or a condition): read each in its "
                                      "sentence; if none changes the meaning, `change: editorial` in the front "
                                      "matter says so in the history and the feed, and needs no notice",
    "diff.punctuation-only/one": "“{old}” becomes “{new}”{section:opt: (§%s)}",
    # the edited text has an earlier published version's words (sides.brought_back): a revert
    "diff.behind": "this branch's history lacks the text of {version:date}, published since (from commit {commit}): it "
                   "started from the version of {base:date}. This redline compares with the text now published, "
                   "{version:date}, not with the one this branch started from: it shows what was published since"
                   "{sections:opt: (%s)} as undone by this text. Bring it in first (`git merge {source}`, or a rebase "
                   "on it), then compare again",
    "diff.behind/unknown": "this branch's history lacks the text of {version:date}, published from commit {commit}, "
                           "and every text published before it: this redline compares with the text now published, "
                           "{version:date}, and shows whatever differs from it as this text's changes. Bring it in "
                           "first (`git merge {source}`, or a rebase on it), then compare again",
    "diff.brought-back": "this text has the words of the published version of {version:date} (its front matter "
                         "aside): published, it brings that text back and undoes what changed since; say so in its "
                         "`summary:` in every language, which the history and the feed show",
    "diff.figures": "{count:plural:number changes|numbers change} in the text: {figures:each}",
    "diff.figures/one": "“{old}” becomes “{new}”{section:opt: (§%s)}",
    "diff.links": "{count:plural:link address changes|link addresses change}: {links:each}",
    "diff.links/one": "the link to {old} now leads to {new}{section:opt: (§%s)}",
    "diff.new-language": "version {version} has no {lang:language} page: the {lang:language} text is new, shown whole "
                         "as inserted",
    "workflow.redlines": "The Word redlines (tracked changes), one per language: the artifact `redline` of this run.",
    "workflow.unpublished": "No published version yet: nothing to compare with.",
    "diff.no-page": "version {version} has no {lang:language} page",
    "diff.no-page/later": "version {version} has no {lang:language} page: the first published {lang:language} text "
                          "is {first}'s (the {lang:language} text in force before it was the authoritative one)",
    "diff.no-page/dropped": "version {version} has no {lang:language} page: the configuration no longer lists "
                            "{lang:language} ({lang}), and the {lang:language} texts the site serves are those "
                            "published before it was dropped: {versions:list}",
    "diff.worktree-dropped": "there is no {lang:language} text to compare with `worktree`: the configuration no "
                             "longer lists {lang:language} ({lang}), and the {lang:language} texts the site serves "
                             "are those published before it was dropped: {versions:list}; compare two of them "
                             "(`policy diff {first} {last} --lang {lang}`), or the edited text in a language the "
                             "configuration lists",
    "diff.worktree-dropped/one": "there is no {lang:language} text to compare with `worktree`: the configuration no "
                                 "longer lists {lang:language} ({lang}), and the one {lang:language} text the site "
                                 "serves is {first}, published before it was dropped; compare the edited text in a "
                                 "language the configuration lists",
    "check.page-left-out": "{path}: the {code:language} policy page is committed, but git keeps it out of this "
                           "folder (a sparse checkout, `git sparse-checkout`): bring it back (`git "
                           "sparse-checkout add {folder}`, or `git sparse-checkout disable`) and run the command "
                           "again",
    "check.page-deleted": "{path}: the {code:language} policy page was deleted from this folder, but the last "
                          "commit has it: bring it back (`git restore --source=HEAD --staged --worktree -- {path}`) "
                          "and run the command again",
    "check.page-moved": "{path}: the {code:language} policy page is not in the current commit: {item}",
    "check.page-removed": "{path}: the {code:language} policy page is not in the current commit: {item}",
    "check.page-removed/translation": "{path}: the {code:language} policy page is not in the current commit: {item}. "
                                      "If the site is to drop {code:language} instead, that is a change of its "
                                      "configuration, not of its pages: remove `code: {code}` from the "
                                      "site's languages (`extra.policy.languages`) in mkdocs.yml and delete {config}, "
                                      "in one commit (no "
                                      "version in {code:language} is published yet: once one is, the language is part "
                                      "of every later version)",
    "check.page-removed/published": "{path}: the {code:language} policy page is not in the current commit: {item}. "
                                    "{code:language} cannot be dropped: it is published on {branch} (from {first}), "
                                    "and a language, once published, is part of every later version (its readers' "
                                    "addresses, the version in force): publishing refuses a text or a configuration "
                                    "without it, so put the page back",
    "check.page-missing": "{path}: the {code:language} policy page does not exist: import the {code:language} texts "
                          "(policy import --lang {code}{option} FILES-OR-FOLDERS) or write the page",
    "check.page-missing/translation": "{path}: the {code:language} policy page does not exist: import the "
                                      "{code:language} texts (policy import --lang {code}{option} FILES-OR-FOLDERS, "
                                      "after the {authoritative:language} ones) or write the page",
    # --- a command stopped from outside (cli.py) -----------------------------------------------------------------
    # --- argparse's own words (arguments.py): in English, argparse's text itself, its gettext msgid --------------
    "argparse.usage": "usage: ",
    "argparse.required": "the following arguments are required: %s",
    "argparse.unrecognized": "unrecognized arguments: %s",
    "argparse.choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "argparse.argument": "argument %(argument_name)s: %(message)s",
    "argparse.one": "expected one argument",
    "argparse.at-most-one": "expected at most one argument",
    "argparse.at-least-one": "expected at least one argument",
    "argparse.count": "expected %s arguments",
    "argparse.count/one": "expected %s argument",
    "argparse.value": "invalid %(type)s value: %(value)r",
    "argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "argparse.not-allowed": "not allowed with argument %s",
    "argparse.one-of": "one of the arguments %s is required",
    "argparse.explicit": "ignored explicit argument %r",
    "argparse.positional": "positional arguments",
    "argparse.options": "options",
    "argparse.help": "show this help message and exit",
    # --- the command's help (cli.py's texts, said by arguments.Parser; in English, cli.py's text itself) -------------
    "help.policy": "Check, build and publish the privacy policy site.",
    "help.root": "project root holding mkdocs.yml (default: the nearest folder holding one, from here up; else .)",
    "help.check": "check every language of the policy without building the site",
    "help.sync-mark": "record that a translation's sections are in line with the authoritative text",
    "help.words": "maintain the word lists (docs/<lang>/.words.txt)",
    "help.import": "commit a company's earlier texts, dated by their file names",
    "help.build": "build every language into a deployable tree",
    "help.diff": "redline between two versions, each a date, `latest`, `newest` or `worktree`",
    "help.publish": "publish the current commit's policy as its dated version",
    "help.history": "publish every dated version of git history not yet on the branch",
    "help.verify": "re-check the published files against the publication record",
    "help.at": "the published version in force on a day, and its URL",
    "help.at-section": "a section, by its number or its link's id (7.3, s7-3): its text in force that day",
    "help.at-section-option": "the same as SECTION",
    "help.at-proof": "name what proves it: the text's source commit, the branch's files publishing it, each against "
                     "the fingerprint its publication record holds, and the branch's commit that added that record",
    "help.export": "write the branch as it is served into a folder",
    "help.init": "make a new git repository holding a policy site for a company",
    "help.upgrade": "bring this generator's hooks and theme files into a site an earlier one made",
    "help.languages-command": "print the site's language codes, the authoritative one first",
    "help.note": "print one of the pull request workflow's notes in the site's language",
    "help.note-name": "redlines: where the Word redlines are; unpublished: no published version to compare with",
    "help.lang": "only this language (repeatable); default: all",
    "help.check-format": "github: each finding as an annotation GitHub shows on its line of the pull request (the "
                         "pull request workflow's check)",
    "help.configuration": "only the configuration's rules (what `make preview` runs before `mkdocs serve`)",
    "help.messages": "the language the command's messages are said in (en, fr; default: $POLICY_MESSAGES, else the "
                     "site's messages setting, `extra.policy.messages`, else the authoritative language's where there "
                     "are messages in it, else en)",
    "help.sync-mark-lang": "language of the translation, e.g. en",
    "help.sections": "section numbers, e.g. 7.3 15",
    "help.all": "every section (after a full review)",
    "help.document-first": "one of the site's documents, by its id (default: the first)",
    "help.prune": "remove the entries no text uses",
    "help.import-lang": "language of the texts, e.g. fr",
    "help.sources": "files or folders whose names hold the date each text took effect (privacy-2021-02-17.html): "
                    "Markdown (`.md .markdown .mdx .qmd .mdown .mkd .mkdn .markdoc .mdoc`), HTML (`.html .htm .xhtml "
                    ".mhtml .mht`, and a page saved as `.php .phtml .asp .aspx .jsp .cfm .shtml`), Word (`.docx "
                    ".docm .dotx .dotm`, and `.doc .rtf .wpd` through LibreOffice), OpenDocument (`.odt .fodt`), "
                    "plain text (`.txt`), a site's data file (`.yml .yaml .json .toml`)",
    "help.git": "the sources are files of an old site's git repository (~/old-site/privacy.md): import each text its "
                "branch held, dated by the day the text says, else the day a tag of it names (v2021-02-17), else its "
                "commit's",
    "help.ref": "with --git: the branch, tag or commit whose history is read (default: the branch checked out), e.g. "
                "gh-pages for an old site's built pages",
    "help.import-document": "the site's document these texts are of, by its id in the site's list of documents "
                            "(`extra.policy.documents`; needed where the site has several)",
    "help.import-new-document": "with --document: a document the site does not have yet (a cookie policy beside the "
                                "privacy policy), declared in the site's list of documents (`extra.policy.documents`: "
                                "page <id>.md, titled as its newest text) in a commit of its own",
    "help.site-dir": "where to write the site (default: public/ in the project)",
    "help.old": "a dated version (2021-02-17), latest (in force today), newest (the last published, announced ahead "
                "or not) or worktree",
    "help.new": "a dated version, latest, newest or worktree",
    "help.diff-lang": "language (default: the authoritative one)",
    "help.format": "docx: a Word document with tracked changes, pdf: a PDF to file (insertions underlined, deletions "
                   "struck through), each written to -o FILE",
    "help.output": "write the redline into this file (needed for docx and pdf)",
    "help.branch": "branch of the archive (default: gh-pages)",
    "help.document": "one of the site's documents, by its id in the site's list of documents "
                     "(`extra.policy.documents`; default: the first)",
    "help.remote": "remote to push to (default: origin)",
    "help.push": "push the branch to the remote",
    "help.from-branch": "publish from BRANCH on purpose (default: the publishing branch in mkdocs.yml, "
                        "`extra.policy.publish_from`, else the "
                        "remote's default branch, else main or master); from any other branch nothing is published",
    "help.document-every": "one of the site's documents, by its id in the site's list of documents "
                           "(`extra.policy.documents`; default: every document)",
    "help.rebuild": "rebuild every dated version with today's theme",
    "help.jobs": "build processes (default: one per core)",
    "help.archive-only": "publish nothing: bring latest/, versions.json and the archive's pages up to today",
    "help.print-pdfs": "print every rebuilt version's PDFs again, even those whose key is unchanged",
    "help.day": "a day, YYYY-MM-DD, or an instant with its offset, 2024-02-28T23:30:00Z (its day in the company's "
                "time zone)",
    "help.dir": "the new site's folder (new or empty)",
    "help.docs-dir": "the folder of the texts in the new site, a folder a language in it (default: docs, e.g. legal "
                     "for legal/en/index.md)",
    "help.company": "the company's name, e.g. \"Example Ltd\"",
    "help.languages": "language codes separated by commas, the authoritative one first, e.g. fr,en or de",
    "help.time-zone": "the company's time zone, in which a version takes effect at midnight on its date (an IANA "
                      "name, e.g. Europe/Paris; default: UTC)",
    "help.init-generator": "the pip requirement the site's workflows install this generator from (POLICYSITE_SPEC), "
                           "pinned: \"policysite @ git+https://<host>/<owner>/policysite@<tag>\" or a folder (default: "
                           "empty, to set before publishing)",
    "help.init-branch": "the branch the text is committed on and published from, the repository's default (default: "
                        "main)",
    "help.init-nested": "make the site's repository even inside another git repository (a repository nested in it)",
    "help.url": "the address the site is served at (default: http://127.0.0.1:8000/, where make serve serves it; set "
                "the real one before publishing)",
    # --- what the settings lack (settings.py; said in the language mkdocs.yml names, as far as it reads) ---------
    "settings.document-one": "--document {document!r}: this site has one document (its list of documents, "
                             "`extra.policy.documents`, is not set): leave the option out",
    "settings.document-unknown": "no document {document!r} in the site's list of documents (`extra.policy.documents`; "
                                 "known: {known})",
    # said to a legal editor (`--lang de`): the languages by their names, the setting only where one is added
    "settings.language-unlisted": "this site publishes no {code:language} text ({code}): give one of its languages, "
                                  "{languages:or} (a new language is added in mkdocs.yml, to the site's list of "
                                  "languages, `extra.policy.languages`)",
    "settings.language-unlisted/unnamed": "this site publishes no text in {code!r}, which names no language: give one "
                                          "of its languages, {languages:or}",
    "settings.language-named": "{code:language} ({code})",
    "settings.policy-missing": "{where}: the site's settings (`extra.policy`) are missing (company, languages, "
                               "authoritative, …)",
    "settings.key-missing": "{where}: the site's setting `extra.policy.{key}` is missing",
    "settings.languages-list": "{where}: the site's languages (`extra.policy.languages`) must be a list of `- code: "
                               "fr` and `name: Français`",
    "settings.page-name": "{where}: the policy's page (`extra.policy.page`) must be a Markdown file name such as "
                          "index.md, got {page!r}",
    "settings.language-entry": "{where}: each of the site's languages (`extra.policy.languages`) needs a code and a "
                               "name, got {entry!r}",
    "settings.language-code": "{where}: extra.policy.languages: {code!r} is not a language code such as fr or pt-BR",
    "settings.language-unknown": "{where}: extra.policy.languages: {code!r} is not a language (or region) the "
                                 "generator knows how to write dates and numbers in: use a code such as fr, de, "
                                 "en-GB or pt-BR",
    "settings.language-twice": "{where}: extra.policy.languages: {code!r} is listed twice: list each language once",
    "settings.language-digits": "{where}: extra.policy.languages: the digits '{digits}' of {code!r} are not a "
                                "numbering system the generator writes: use one of {systems} (CLDR's names: latn "
                                "for 0-9, arab for the Arabic-Indic digits, arabext for the Persian ones), or leave "
                                "it out for the language's usual digits",
    "settings.authoritative": "{where}: the authoritative language (`extra.policy.authoritative`), {authoritative!r}, "
                              "is not one of the languages",
    "settings.text": "{where}: the site's setting `extra.policy.{key}` must be text, got {value}",
    "settings.public-url": "{where}: extra.policy.public_url: “{url}”: {problem:said}",
    "settings.notice-days": "{where}: the notice period (`extra.policy.notice_days`) must be a number of days (0 to "
                            "366), got {value}",
    "make.tools": "{policy} not found: install the generator (README.md, “Setting up”) or give its folder: make "
                  "BIN=/path/to/venv/bin",
    "make.import-usage": "say which language and which texts: make import lang=<code> from=<folder or file>",
    "make.local-address": "the site's public address in mkdocs.yml (`extra.policy.public_url`) is the local "
                          "address: set the site's own address there and as the site's address (`site_url`) in "
                          "every mkdocs*.yml (README.md, “Before publishing”)",
    "settings.publish-from": "{where}: extra.policy.publish_from: the branch the site publishes from must be a branch "
                             "name git takes, other than gh-pages, got {value}",
    "settings.time-zone": "{where}: extra.policy.time_zone: {problem:said}",
    "settings.folder": "{where:said}: {folder} must be a folder inside the project, such as fonts",
    "settings.documents": "{where:said} must be a list such as [{{id: privacy, page: index.md}}, {{id: cookies, page: "
                          "cookies.md}}]",
    "settings.documents-entry": "{where:said}: entry {n} needs an id and a page, e.g. {{id: cookies, page: "
                                "cookies.md}}",
    "settings.documents-id": "{where:said}: entry {n}: id {id} must be lower-case letters, digits and hyphens, "
                             "starting with a letter, and not one of {reserved}",
    "settings.documents-page": "{where:said}: entry {n}: page must be a Markdown file name such as cookies.md, got "
                               "{page}",
    "settings.documents-title": "{where:said}: entry {n}: title must be a text per language, e.g. {{{code}: …}}, for "
                                "the languages {codes}",
    "settings.documents-twice": "{where:said}: the id {names} is given to more than one document",
    "settings.documents-twice/page": "{where:said}: the page {names} is given to more than one document",
    "settings.documents-first": "{where:said}: the first document is the site's page ({page}); got {first}: its "
                                "versions keep their addresses /<lang>/<date>/",
    "settings.former-url": "{where:said}: “{url}”: {problem:said}",
    "settings.texts": "{where:said} must be a list of texts, e.g. [Example SAS]",
    "settings.symlink": "{name}: a symbolic link: the configuration is a file of the project's own (it is read from "
                        "git when publishing)",
    "settings.config-missing": "{name}: not found: the authoritative language's settings are in mkdocs.yml and each "
                               "other language needs its mkdocs.<code>.yml (INHERIT: mkdocs.yml)",
    "settings.config-yaml": "MkDocs encountered an error parsing the configuration file: {where}: {problem}",
    "settings.config-large": "{size:decimal} MiB, over {most:number} MiB: a site's configuration is a few kilobytes "
                             "(its texts are in docs/)",
    "settings.yaml-alias": "the alias *{anchor} is refused: a configuration repeats no node (a nest of aliases expands "
                           "to gigabytes); write the value again",
    "settings.yaml-python-name": "!!python/name:{name} is refused: a configuration names no Python object but {names}",
    "settings.yaml-tag": "the tag {tag} is refused: a configuration is plain data",
    "settings.yaml-tag/env": "the tag {tag} is refused: it would put the build machine's environment (a CI secret) "
                             "into the pages",
    "settings.inherit-refused": "INHERIT: {inherited} is refused: a configuration inherits one beside it in the "
                                "project, by its file name (mkdocs.yml), once or twice",
    "settings.inherit-symlink": "INHERIT: {inherited} is a symbolic link: a configuration inherits a file of the "
                                "project's own",
    "settings.inherit-missing": "Inherited config file '{inherited}' does not exist at '{path}'.",
    "settings.unreadable": "{where}: cannot be read: {problem}",
    "settings.mapping": "{name}: a set of settings (key: value) is expected",
    "settings.not-mapping": "a set of settings (key: value) is expected",
    "settings.not-found": "{where}: not found (run from the project's root or pass --root)",
    "settings.docs-dir": "{name}: docs_dir: {docs} is not a folder's name (docs/<lang>)",
    "url.unsplit": "cannot be read as an address: a bracket [ ] without its pair, or a character that reads as one of "
                   "/ ? # @ : (write the address as the browser's address bar shows it)",
    "url.port": "has a port that is no number from 0 to 65535 (write the address without it, or with the server's "
                "port)",
    "url.not-address": "is not an address such as https://www.example.com/privacy/",
    "url.mixed": "has a host part mixing letters of several scripts ({mixed}): it may pass for another host; write the "
                 "company's address as it is registered",
    "url.user": "has a user name or password before its host (…@host): it would be published on every page, and what "
                "stands before @ is not where the address goes; write it as https://www.example.com/privacy/",
    "url.folder": "has an empty, `.` or `..` folder in its path: write it as https://www.example.com/privacy/",
    "messages.unknown": "{where:said}: no messages in “{lang}”: they are written in {languages:languages:code}",
    "messages.fallback": "messages are in English: the generator has none in {lang:language} yet; set `messages:` in "
                         "the site's settings (`extra.policy` in mkdocs.yml; or POLICY_MESSAGES for one shell) to "
                         "{languages:or} to choose",
    "cli.disk-full": "the disk is full, or a file reached the size the system allows: free some space (the "
                     "command's temporary files are written under {temporary}), then run the command again{reason}",
    "cli.interrupted": "interrupted",
    "cli.terminated": "stopped from outside (a cancelled CI job, or `kill`: SIGTERM); start the command again",
    "cli.unexpected": "the command stopped on an error it cannot explain: a fault of the generator, not of your texts "
                      "or settings; report it with the command you ran and the line below{detail}",
    # --- what the PDF cannot draw or its text layer misreads (glyphs.py, pdf.*) ----------------------------------
    "pdf.engine-ended": "the print engine's process ended ({kind})",
    "pdf.engine-answer": "the print engine's answer was not one: its process was stopped, the next print starts "
                         "another",
    "pdf.unavailable": "{where}: no PDF: the print engine failed ({error:said})",
    "pdf.unavailable/font": "{where}: no PDF: the print engine failed ({error:said}): add a font that has it in a "
                            "folder of the project named as the PDFs' fonts folder (`{setting}`), then run `policy "
                            "history --rebuild`: it prints the PDFs the versions already published lack",
    "pdf.unavailable/script": "{where}: no PDF: no font of the {lang:language} PDF draws {script:script} letters "
                              "({named}); the generator carries none for them. Add the font files (.otf, .ttf or "
                              ".ttc) of a family that draws them{font:opt:, such as %s}{file:opt:, whose file this "
                              "machine has (%s)}{none}, to a folder of the project (fonts/) "
                              "and name it in mkdocs.yml, `extra.policy.pdf_fonts: [fonts]`, then run `policy "
                              "history --rebuild`: it prints the PDFs the versions already published lack",
    "pdf.replaced": "{where}: its PDF draws {replacement} for {named}: no font of the PDF has it (add one in a folder "
                    "of the project named as the PDFs' fonts folder (`{setting}`))",
    "pdf.glyph": "{where:said}{named:said}: no font of the {lang:language} PDF draws it: the PDF prints □ instead; "
                 "write it in words, or add a font that has it in a folder named as the PDFs' fonts folder "
                 "(`{setting}`)",
    "pdf.glyph/letters": "{where:said}{named:said}: no font of the {lang:language} PDF draws these {what:said}: the "
                         "version would be published without its PDF; add a font that has them{font:opt: (such as "
                         "%s)}{file:opt:, whose file this machine has (%s),}{none} in a folder named as the PDFs' "
                         "fonts folder (`{setting}`)",
    "pdf.font-none": " (no font installed on this machine draws them either)",
    "pdf.glyph/engine": "the print engine could not say which characters its PDF draws ({error:said})",
    "pdf.text-layer": "{where:said}{shown:said}: the {lang:language} PDF draws these words, but its text layer (what "
                      "a reader copies, searches or hears read aloud) reads them otherwise ({example:said}): its font "
                      "sets their marks apart and the print engine writes their letters again; set these letters in a "
                      "font whose text layer reads them right, in a folder named as the PDFs' fonts folder "
                      "(`{setting}`)",
    "pdf.text-layer/printed": "{where}: its PDF draws {shown:said} right, but its text layer (what a reader copies, "
                              "searches or hears) reads them otherwise: set these letters in a font whose text layer "
                              "reads them right, in a folder named as the PDFs' fonts folder (`{setting}`)",
    "pdf.text-layer/engine": "the print engine could not say what its PDF's text layer reads ({error:said})",
    "pdf.own-words": "the site's own words in the PDF (its version line, labels): ",
    "pdf.named": "{names}{more:opt: and %s more}",
    "pdf.letters": "{script:script} letters",
    "pdf.signs": "signs",
    "pdf.example/more": "{word} holds {part} once more",
    "pdf.example/less": "{word} lacks {part}",
    # --- what a build of the working tree logs (preview.py, said by the hook) -----------------------------------
    "preview.checks-failed": "the policy checks could not run: {error:said}",
    "preview.checks-exited": "policy check exited with {code}",
    "preview.checks-ended": "the checks' process ended with status {status}",
    "preview.body-line": "body line {line}: {message:said}",
    "preview.unbuilt": "section #{anchor}: its heading is not a heading of the built page (a link to it would land "
                       "nowhere): write it as a Markdown heading from the line's first column (## Title)",
    "preview.rewritten": "{page}: the theme's template changed the page's text (it no longer writes the text the "
                         "checks read: a template of the project's own rewrote it)",
    "preview.hidden": "{page}: {why:said} (a template of the project's own: the page must show the text the checks "
                      "read)",
    "preview.hidden/missing": "the text's element #{key} is not in the page",
    "preview.hidden/moved": "the text is in <{found}>, not where the theme writes it (<{tag}>)",
    "preview.hidden/carries": "the text's <{tag}> carries “{shown}”, which the theme does not write there: it may "
                              "hide the text",
    # --- what a configuration may not do (config_rules.py, config.refused) ---------------------------------------
    "config.extension": "markdown_extensions: {name} is not one the checks read the text with ({known}): an extension "
                        "can read files into the page or write HTML the checks never see",
    "config.plugin": "plugins: {name} is not one the generator builds with ({known}): a plugin runs while the site is "
                     "built (Material's `projects` builds another configuration, with hooks of its own) and writes "
                     "what the checks never read",
    "config.plugin-option": "plugins: {name}: {key}: not an option the generator builds with (lang only): the search's "
                            "options reach every reader's browser (its `separator` is a pattern the search runs on the "
                            "page's text and on what the reader types, one that can hold the page for ever)",
    "config.custom-dir": "theme.custom_dir: {folder} is outside the project or a symbolic link: the theme folder is a "
                         "folder of the project's own",
    "config.linked": "a symbolic link: the build reads the project's own files",
    "config.logo-words": "theme.logo: {logo} writes words (<text>) on every page that no check reads: a logo is a "
                         "mark, the site's name is written beside it",
    "config.logo-size": "theme.logo: {logo}: its width and height cannot be read: a logo's shape must be known to be "
                        "a mark",
    "config.logo-wide": "theme.logo: {logo} is {size}, wider than {ratio}:1: drawn beside the site's name on every "
                        "page it could hold a line of words no check reads; a logo is a mark",
    "config.extra-templates": "extra_templates: a template of the project's own would be published unchecked: remove "
                              "it",
    "config.asset-elsewhere": "{key}: {path} is not a file of the theme folder ({folder}/): a script or style from "
                              "elsewhere would run or load on every page unchecked",
    "config.script-not-own": "{key}: {path} is not one of the generator's scripts, byte for byte: it would run on "
                             "every page as the site's own",
    "config.script-not-own/stale": "{key}: {path} is not the generator's script as this generator has it (an earlier "
                                   "generator's copy?): it would run on every page as the site's own; `policy "
                                   "upgrade` copies this generator's over it",
    "config.script-key": "{key}: {name}: {value}: the site's script is written into each page as the generator "
                         "writes it (its path, defer or async true or false, no type): a type stops it, or runs it "
                         "otherwise, on every page",
    "config.asset-entry": "{key}: {entry}: a stylesheet is named by its path alone (MkDocs writes an entry of keys "
                          "into each page as its address: the stylesheet would not load)",
    "config.copyright": "copyright: HTML is written into every page's footer, outside the text's checks: write it as "
                        "text",
    "config.markup": "{where}: “{value}” holds {marks}: the theme prints it into every page as HTML (it could write "
                     "words or tags the checks never read): write it as text",
    "config.control": "{where}: holds a control character (U+{code}) at column {column}, which pages do not show and a "
                      "feed's XML cannot hold: remove it",
    "config.hidden": "{where}: holds characters that draw nothing where no writing needs them (tag characters, a run "
                     "of zero-width characters): words can be hidden in them, on every page, that no reader sees and "
                     "machines read: remove them",
    "config.override": "{where}: holds a direction override (U+{code}), which shows the characters after it in another "
                       "order than written, on every page: remove it (as in the text, editorial.bidi)",
    "config.marked": "{where}: holds marks drawn across its characters or piled on one, which show it struck out or "
                     "drawn over the words around it, on every page: remove them (as in the text, editorial.struck and "
                     "editorial.stacked)",
    "config.search-lang": "plugins: search: lang: {code}: Material's search plugin does not take it (MkDocs' list of "
                          "search languages lacks it) and searches in {used} instead, saying so only at INFO, which "
                          "a strict build does not count: remove {code} from lang (policy init writes none for it)",
    "config.theme-name": "theme: {name} is not Material for MkDocs: the generator's templates (overrides/), scripts "
                         "and output checks are written for Material's pages: set `theme.name: material`",
    "config.key": "{key}: not a setting the generator builds with: MkDocs would publish other pages, or judge them "
                  "otherwise, than the checks read (exclude_docs or draft_docs naming the text publish a version "
                  "without it): remove it",
    "config.directory-urls": "use_directory_urls: {value}: each page would be written as a file of its own "
                             "(changes.html), where the site's links, its history and every version published name "
                             "folders (changes/): remove it",
    "config.kind": "{key}: {value} is not {kind}, as MkDocs reads this setting: the site would not be built as the "
                   "checks read it (a text read letter by letter, a build stopped); write it as `policy init` does",
    "config.kind-empty": "nothing (a key without its value)",
    "config.kind/text": "a text (written bare, 2021-01-01, yes or 12 is read as a date, a boolean or a number: put it "
                        "in quotes)",
    "config.kind/boolean": "true or false",
    "config.kind/list": "a list (lines starting `- `)",
    "config.kind/list-or-mapping": "a list (lines starting `- `) or a set of settings (`name:` lines)",
    "config.kind/text-or-mapping": "a text or a set of settings (`name:` lines)",
    "config.kind/mapping": "a set of settings (`name: value` lines)",
    "config.nav": "nav: the generator writes the site's navigation itself; a nav of the project's own would print "
                  "words and links (to another host, say) on every page that no check reads: remove it",
    "config.extra": "extra.{key}: the theme prints it into every page (a link to another host for homepage or social, "
                    "words for status, tags or consent) outside the checks: the site's own settings go under "
                    "`extra.policy` ({known} only)",
    "config.refusal": "{what:said} is refused{hint:said}:\n{lines:each:\n}",
    "config.refusal/working-tree": "the configuration",
    "config.refusal/at": "the configuration at {commit}",
    "config.refusal-hint": " ({count:number} of the generator's files in hooks/ and overrides/ are not as this "
                           "generator has them ({files}): an earlier generator's copies? `policy upgrade` brings this "
                           "one's)",
    "config.refusal-line": "  {names}: {problem:said}",
    "config.refusal-line/alone": "  {problem:said}",
    "config.theme-image": "theme.{key}: {value} is not the path of an image of the theme folder",
    "config.theme-language-code": "theme.language: {language} is not a language code such as fr or pt-BR (the theme "
                                  "reads its words from a file named after it)",
    "config.theme-icon": "theme.{where}: {icon} is not the name of one of the theme's icons, such as material/library",
    "config.theme-direction": "theme.direction: {direction} is neither ltr nor rtl",
    "config.theme-direction/other": "theme.direction: {direction} is not the direction {language} is written in "
                                    "({natural}): a page set the other way shows its numbers and punctuation in "
                                    "another order than the text holds; remove it (the theme knows the language's "
                                    "direction)",
    "config.theme-static-templates": "theme.static_templates: the build would render files of the theme folder as "
                                     "templates, writing what no check read (an image's text into a script): remove it",
    "config.theme-font": "theme.font{font:opt: %s}: Material has every reader's browser load the fonts it names "
                         "(Roboto where the key is left out) from Google Fonts, another site, on every page: write "
                         "`font: false` (the fonts of the reader's system)",
    "config.theme-palette": "theme.palette: Material then keeps the reader's colour scheme in the browser's storage at "
                            "every page: the site stores nothing (colours go in a stylesheet)",
    "config.theme-tooltips": "theme.features: 'content.tooltips' writes each title of the page into its tooltip as "
                             "HTML: a tooltip of the text would show links and marks no check read as such; the "
                             "browser's own tooltips show titles as written",
    "config.theme-feature": "theme.features: {feature} is not one the site may use ({known}): it stores or fetches in "
                            "the reader's browser",
    "config.extension-option": "markdown_extensions: {name}: {key}: {value} is not an option the generator builds "
                               "with: it changes what the page shows of the checked text",
    "config.toc-permalink": "markdown_extensions: toc: permalink: {value}: the site writes each heading's link as ¶, "
                            "which its pages, their print lines and their checks leave out of the heading's words "
                            "(another mark or a word would be read as the heading's): write `permalink: true`",
    "config.extension-option/options": "markdown_extensions: {name}: its options: {value} is not an option the "
                                       "generator builds with: it changes what the page shows of the checked text",
    "config.moved": "{why}: `policy publish` and `policy history` will refuse to publish until then",
    "config.renamed-language": "{why}: `policy publish` and `policy history` will refuse to publish until then",
    "config.language-digits": "extra.policy.languages: {code} is given the digits {digits} ({shown}), which are not "
                               "those its language is written with: every date and count the site writes on its pages "
                               "would be in them, and a reader takes them for other digits (a Bengali 4 looks like an "
                               "8): use {own}, or leave `digits` out",
    "config.date-stated": "{where}: “{words}” states a date ({dates}): every page the configuration builds shows it, "
                          "beside each version's own date (the history beside every version's), a reader told another "
                          "day than the version's: leave the date out (the site writes each version's)",
    "config.site-script-missing": ("{key}: {path} is not listed: every page would be published without the site's "
                                   "own script, which shows the notices a reader must see (a new version announced, a "
                                   "section the address names that this version lacks): list it, as `policy init` "
                                   "writes it"),
    "config.site-url": "site_url: “{url}” {problem:said}",
    "config.hook-missing": ("{key}: {path} is not listed: the site would be built without the generator's own hook, "
                            "which writes into every page what keeps it safe (its content security policy), and "
                            "publishing would refuse every page: list it, as `policy init` writes it"),
    "config.extension-missing": ("markdown_extensions: {name} is not listed: the site would show the text otherwise "
                                 "than the checks, the redline and the PDF read it (a list numbered from 3 shown from "
                                 "1, an attribute list shown as words): list it, as `policy init` writes it"),
    "config.language-name": "extra.policy.languages: {code} is named “{name}”: the language menu of every page links "
                            "its text under that name, a reader looking for that language led to this one; name it "
                            "as it names itself, “{own}”, or by its English name",
    "config.theme-language": "theme.language: {language} is not the language this configuration builds ({own}): the "
                             "theme would mark its pages as another language, and write them in its direction",
    "config.repository": "{key}: the theme would ask the repository's host for it from every reader's browser (a "
                         "request to another host): remove it",
    "config.hook": "hooks: {hook} is not the generator's hooks/policy.py: a hook runs any code while the site is built "
                   "and checked",
    "config.hook/other": "hooks: {hook} is not one of the generator's ({own} in hooks/): a hook runs any code while "
                         "the site is built and checked",
    "config.hook/differs": "hooks: {hook} differs from the generator's own: a hook runs any code while the site is "
                           "built and checked; `policy upgrade` copies the generator's over it ({generator}/hooks/"
                           "{name}: a new version of the generator may change it)",
    "config.font": "extra.policy.pdf_fonts: {path} {why:said}",
    # --- why a font may not print the PDFs (config_rules.font_problem, font_rules.py: config.font's reason) -------
    "font.unreadable": "cannot be read as a font ({error}): the PDFs print with fonts only",
    "font.mixed": "draws characters of {scripts:scripts: and } with one shape: a PDF could show letters where the text "
                  "has other characters",
    "font.swapped": "draws {swapped:said}: a PDF could show letters where the text (what a reader copies, searches and "
                    "hears) has others{hint:said}",
    "font.swapped/named": "{char} (U+{code}) with the glyph named {glyph}, which is {named}'s",
    "font.swapped/one-glyph": "{first} and {char} with one glyph ({glyph})",
    "font.ideographs": " (if they are one ideograph encoded twice, take the one your texts do not use out of the font: "
                       "fontTools' subsetter, installed with the generator, keeps every character of the font but "
                       "{codes}: `pyftsubset {font} --unicodes={ranges} --layout-features='*' "
                       "--name-IDs='*' --glyph-names --notdef-outline --output-file={font}`)",
    "font.ideographs/collection": " (if they are one ideograph encoded twice, take the one your texts do not use out "
                                  "of the font: fontTools' subsetter, installed with the generator, keeps every "
                                  "character of one face of the collection but {codes} and writes it as a font file "
                                  "of its own, to put in place of {font} (N: the face to keep, 0 the first): "
                                  "`pyftsubset {font} --font-number=N "
                                  "--unicodes={ranges} --layout-features='*' --name-IDs='*' "
                                  "--glyph-names --notdef-outline --output-file=…`)",
    "font.pictures": "draws glyphs with pictures or colour layers ({tables}), which a PDF shows instead of their "
                     "outlines: what they show, an empty picture or a transparent colour, no check reads; a legal "
                     "text's font draws outlines only (remove those tables, or take the font without them)",
    "font.blank": "draws {char} as nothing a reader sees (no outline, or a speck): a PDF would hide the words holding "
                  "it, which its text, and every check, read",
    "font.digits": "draws {digits:each: and } with one shape: a PDF would show another number than its text holds",
    "font.swaps": "substitutes {shown} for {what} (its GSUB table, which a PDF applies): a PDF would show other "
                  "letters or another number than its text holds, which every check reads",
    "font.substitutes": "substitutes nothing a reader sees for {what} (its GSUB table): a PDF would hide the words "
                        "holding them, which its text, and every check, read",
    # --- a file name's date, as import reads it (convert/sources.py) ----------------------------------------------
    "import.date-hint": "name each version after the day its text took effect, year first, e.g. "
                        "privacy-2019-03-01.html",
    "import.date-impossible": "{name}: {dates} is not a day of the calendar: {hint:said}",
    "import.date-year-last/ambiguous": "{name}: {date} has the year last (day or month first, which cannot be told "
                                       "apart): rename it {renamed:or}, the day its text took effect",
    "import.date-short": "{name}: write {date} with two digits for the month and the day, {day:iso}: {hint:said}",
    "import.date-month": "{name}: {month} names a month, not the day the text took effect (its “Last updated” line may "
                         "say it): write that day, e.g. {example} if it was the first",
    "import.date-capture": "{name}: {capture} is a web archive's capture time, not a date the import reads: write its "
                           "day, {day:iso}, if the text took effect then (its “Last updated” line may say an earlier "
                           "one): {hint:said}",
    "import.date-calendar": "{name}: {date:iso} is no day a policy took effect ({year} is no year of the Gregorian "
                            "calendar's it could be){solar:said}{lunar:said}{buddhist:said}: write the day as the "
                            "Gregorian calendar counts it: {hint:said}",
    "import.date-calendar/solar": "; read in Iran's Solar Hijri calendar, it is {day:iso}",
    "import.date-calendar/lunar": "; read in the Hijri calendar (Umm al-Qura), it is {day:iso}",
    "import.date-calendar/buddhist": "; read in Thailand's Buddhist calendar, it is {day:iso}",
    "import.date-none": "{name}: no date in the file name: {hint:said} (a folder's name is not read)",
    "import.date-several": "{name}: several dates in the file name ({dates}): keep only the day the text took effect",
    "import.undated": "{count:plural:file name|file names} {count:form:holds|hold} no date the import reads:\n  "
                      "{names:each:\n  }",
    "import.no-such-file": "{name}: no such file or folder ({path})",
    "import.not-a-file": "{name}: {kind:said}, not a file ({path}): import reads files, and the files of folders; "
                         "nothing imported",
    "import.not-a-file/fifo": "a named pipe (reading it waits for a program to write into it)",
    "import.not-a-file/socket": "a socket",
    "import.not-a-file/device": "a device",
    "import.not-a-file/other": "neither a file nor a folder",
    "import.format": "{name}: not Markdown, HTML or DOCX (extension {extension})",
    "import.unreadable": "{name}: cannot be read: {error}",
    "import.word-field": "kept the words “{words}” that a Word field wrote there from elsewhere ({code}): as "
                         "Word last showed them, nothing read or run; check them against the document as Word shows it",
    "import.word-date-field": "kept the day “{words}” a Word field shows ({code}): the day Word last updated it (the "
                              "day the document was opened, printed or saved), not the day the text took effect; "
                              "check the version's day against it",
    "import.word-field/empty": "left out a Word field that brings in from elsewhere or runs ({code}), which "
                               "showed no words: nothing read or run; write in the text what the document needs of it",
    "import.docx-empty": "{name}: the file is empty ({size:number} bytes): copy the document again (from a cloud "
                         "drive, once it is downloaded)",
    "import.docx-encrypted": "{name}: the document is protected by a password (encrypted): open it in Word, remove the "
                             "password (File › Info › Protect Document › Encrypt with Password), save it and import it",
    "import.docx-html": "{name}: a web page (HTML) under a .docx name: name it .html and import it",
    "import.disguised/docx": "{name}: a Word document under a {extension} name, not a text: name it .docx and import "
                             "it (nothing imported)",
    "import.disguised/odt": "{name}: an OpenDocument text under a {extension} name, not a text: name it .odt and "
                            "import it (nothing imported)",
    "import.disguised/zip": "{name}: a zip archive under a {extension} name, not a text: unzip it and import the "
                            "files inside, named by their dates (nothing imported)",
    "import.disguised/pdf": "{name}: a PDF under a {extension} name, not a text: a PDF holds no headings or lists to "
                            "read; import the file it was made from (.docx, .html) (nothing imported)",
    "import.disguised/gzip": "{name}: a compressed file (gzip) under a {extension} name, as a server sends a page: "
                             "unpack it (gunzip) and import what it holds (nothing imported)",
    "import.disguised/doc": "{name}: a Word 97-2003 document (.doc) under a {extension} name, not a text: open it "
                            "in Word or LibreOffice and save it as .docx (nothing imported)",
    "import.disguised/rtf": "{name}: an RTF document under a {extension} name, not a text: open it in Word or "
                            "LibreOffice and save it as .docx (nothing imported)",
    "import.disguised/picture": "{name}: a picture under a {extension} name, not a text (nothing imported)",
    "import.disguised/archive": "{name}: an archive (7z, RAR) under a {extension} name, not a text: unpack it and "
                                "import the files inside (nothing imported)",
    "import.disguised/binary": "{name}: holds bytes no text holds (zero bytes, not UTF-16): another format under a "
                               "{extension} name, or a damaged copy; import the file as its program saved it "
                               "(nothing imported)",
    # a file named .docx or .odt whose first bytes are no zip archive's, as those documents are (adopt32)
    "import.office-disguised/pdf": "{name}: a PDF under a {extension} name (its first bytes: “{first}”), not a "
                                   "document to read: a PDF holds no headings or lists; import the file it was made "
                                   "from (.docx, .odt, .html), or open the PDF in Word, which converts it, save it "
                                   "as .docx and check its headings (nothing imported)",
    "import.office-disguised/html": "{name}: a web page (HTML) under a {extension} name (its first bytes: "
                                    "“{first}”): name it .html and import it (nothing imported)",
    "import.office-disguised/text": "{name}: a text file under a {extension} name (its first bytes: “{first}”), not "
                                    "the zip archive a {extension} document is: name it .md if it is Markdown, .txt "
                                    "if it is plain text, and import it (nothing imported)",
    "import.office-disguised/gzip": "{name}: a compressed file (gzip) under a {extension} name (its first bytes: "
                                    "{first}): unpack it (gunzip) and import what it holds (nothing imported)",
    "import.office-disguised/picture": "{name}: a picture under a {extension} name (its first bytes: {first}), not a "
                                       "document: it holds no text to import; import the document it shows "
                                       "(nothing imported)",
    "import.office-disguised/archive": "{name}: an archive (7z, RAR) under a {extension} name (its first bytes: "
                                       "{first}): unpack it and import the files inside (nothing imported)",
    "import.office-disguised/binary": "{name}: not the zip archive a {extension} document is, nor a format import "
                                      "knows (its first bytes: {first}): open it in the program that made it and "
                                      "save it as .docx, or copy it again if it was cut short (nothing imported)",
    "import.odt-not-odt": "{name}: not an OpenDocument text (no content.xml inside): open it in LibreOffice and save "
                          "it again as .odt, or as Word (.docx)",
    "import.odt-other-kind": "{name}: an OpenDocument file of another kind ({kind}), not a text: open it in "
                             "LibreOffice Writer and save it as .odt",
    "import.odt-encrypted": "{name}: the document is protected by a password (encrypted): open it in LibreOffice, "
                            "save it again without its password (File › Save As…, untick Save with password) and "
                            "import it",
    "import.odt-unreadable": "{name}: cannot be read as an OpenDocument text: {error:said}: "
                             "open it in LibreOffice and save it again as .odt",
    "import.docx-not-word": "{name}: not a Word document (no word/document.xml inside)",
    "import.docx-twice": "{name}: holds two parts named {part}, which Word refuses to open (one would be read, and "
                         "another program may show the other): save it again from Word",
    "import.docx-dtd": "{name}: its part {part} declares a DTD (<!DOCTYPE …>, <!ENTITY …>), which Word refuses to "
                       "open and which could bring in words no page of the document holds: save it again from Word",
    "import.docx-other-part": "{name}: its text is in {part}, not word/document.xml as Word writes it: save it again "
                              "from Word",
    "import.docx-large": "{name}: its XML is {size:number} MiB once unpacked (over {most:number} MiB): far more than a "
                         "policy's text; save it again from Word, or as HTML",
    "import.docx-nested": "{name}: its elements are nested too deeply to be read (thousands deep: far deeper than a "
                          "policy's text): save it again from Word, or as HTML",
    "import.docx-unreadable": "{name}: cannot be read as a Word document: {error:said}: open it in "
                              "Word and save it again as .docx",
    "import.office-missing": "{name}: a {extension} document is read through LibreOffice, which is not installed here "
                             "(no `soffice` command): install LibreOffice Writer (Debian, Ubuntu: "
                             "`apt-get install libreoffice-writer-nogui`), or open it in Word or LibreOffice and save "
                             "it as Word (.docx)",
    "import.office-timeout": "{name}: LibreOffice did not convert it to Word (.docx) within {seconds:number} seconds "
                             "(a damaged file, or no document): open it in Word or LibreOffice and save it as Word "
                             "(.docx)",
    "import.office-failed": "{name}: LibreOffice could not convert it to Word (.docx) ({error}): the file may be "
                            "damaged, protected by a password, or no document; open it in Word or LibreOffice and save "
                            "it as Word (.docx)",
    "import.file-large": "{name}: {size:decimal} MiB (over {most:number} MiB): far more than a policy's text, not "
                         "read; save the text alone (a page without its pictures, a document without its media) and "
                         "import that",
    "import.office-large": "{name}: {size:number} MiB (over {most:number} MiB): far more than a policy's text; open it "
                           "in Word or LibreOffice and save it as Word (.docx)",
    "import.git-landed-draft": "a draft of the text of {final}: their commits reached the branch at once on "
                               "{landed:date} (a pull request rebased, or merged by rebase), so the old site never "
                               "showed it",
    "import.git-moved": "{path}: added at {commit} (committed {committed:date}), which removed {removed}: the file "
                        "moved and its text changed in one commit, which git does not follow: the texts before are "
                        "that file's history; import both: policy import --git {before} {after} (nothing imported)",
    "import.git-moved/other": "{path}: added at {commit} (committed {committed:date}), which removed {removed}: if "
                              "that was this policy before a move, its texts are not imported: import both into a new "
                              "site (policy import --git {before} {after})",
    "import.git-unread-format": "{path} at {commit}: not a kind of file import reads ({formats:each:; }): nothing "
                                "imported",
    "import.git-text": "{path} at {commit} (committed {committed:date}): {why:said}",
    "import.git-why": "{why:said}{more:said}",
    "import.git-dated/stated": "dated {day:date}, the day its text says (“{sentence}”)",
    "import.git-dated/stated-committed": "dated {day:date}, the day its text says (“{sentence}”); committed "
                                         "{committed:date}",
    "import.git-dated/late": ", {days:plural:day|days} later: until then the old site showed {before}'s text, if it "
                             "was deployed from this repository; the archive says this one applied from {day:date}: "
                             "check it against what the old site showed",
    "import.git-dated/committed": "dated {day:date}, the day it was committed (its text says no one day it took "
                                  "effect)",
    "import.git-dated/committed-not-a-day": "dated {day:date}, the day it was committed: its text says “{sentence}”, "
                                            "not one day it took effect",
    "import.git-dated/replaced": "replaced {when:said}, by {commit}'s text: left out (a version is the text of a day)",
    "import.git-dated/same-day": "the same day ({day:date})",
    "import.git-dated/before-day": "on {committed:date}, before {day:date}, the day it was to take effect",
    "import.git-dated/replaces": " (it replaces {commits})",
    "import.git-skew/after-today": "after today ({today:date})",
    "import.git-skew/before": "before the day of the commit before it ({commit}, {day:date})",
    "import.git-cause/rebased": "the branch was rebased (its author date, {written:date}, follows the commit "
                                "before it's: git rebase keeps the day each commit was written and dates the "
                                "commit anew, so its commit's day is neither when it was written nor when it reached "
                                "the old site)",
    "import.git-cause/clock": "the clock of the machine that made it was wrong",
    "import.git-dated/skewed": "its commit's day, {committed:date}, is {skewed:said}: {cause:said}, and nothing says "
                               "the day it reached the old site{sentence:opt: (its text says “%s”)}: left out (its "
                               "text was the old site's{last:optdate: after %s, the day of the version before,} "
                               "until the text after it; it is not dated by a guess)",
    "import.git-dated/again": "dated {day:date}, the day it was committed: the text of {before} again, the one between "
                              "replaced (no new text)",
    "import.git-dated/revert": "dated {day:date}, the day it was committed: the text of {back} (in force from "
                               "{since:date}) put back, its line “{sentence}” with it, after {before}'s (a "
                               "revert): in force again from the day it was committed",
    "import.git-dated/same-line": "dated {day:date}, the day it was committed: its text says “{sentence}”, as the text "
                                  "before it ({before}, {last:date}) says, whose words it changed without changing its "
                                  "date",
    "import.git-dated/same-day-line": "dated {day:date}, the day it was committed: its text says “{sentence}”, the day "
                                      "of the text before it ({before}, {last:date}), whose words it changed without "
                                      "changing its date",
    "import.git-dated/gone-back": "dated {day:date}, the day it was committed: its text says “{sentence}”, before the "
                                  "day of the text before it ({before}, {last:date}): a date line gone back, or "
                                  "mistyped",
    "import.git-dated/announced-replaced": "; replaced on the old site on {committed:date} ({commit}), before that "
                                           "day: imported as in force from {day:date}, as it was announced; if the old "
                                           "site withdrew it, its text never applied",
    "import.git-zoned": "its commit's clock read {when}, {committed:date}, but it was made after {floor} "
                        "({floor_when}), whose clock read {floor_day:date}: the two clocks were in other time zones, "
                        "and its text is that day's too",
    "import.git-zoned/said": " ({zoned:said})",
    "import.git-newest-undated": "{path} at {commit} (committed {committed:date}): its commit's day is {skewed:said}: "
                                 "{cause:said}{today:optdate: (or this machine's is: today is %s)}, and its text, the "
                                 "newest the old site showed, says no day it took effect after the version before: "
                                 "which text was in force, and from when, cannot be told (imported on its commit's "
                                 "day, it would be a version still to come that the old site already showed; left out, "
                                 "the text before it would be published as the one in force). Nothing imported. Import "
                                 "the texts before it (--ref {commit}^), then this one as a file named with the day it "
                                 "reached the old site: git -C {top} show {commit}:{path} > {file}, then policy import "
                                 "--lang {lang} {file}",
    "import.html-mhtml-empty": "{name}: a web page saved as one file (MHTML) with no page inside it",
    "import.template-only": "{name}: every word of its text is written by its template ({expression}), which its "
                            "server ran and this import does not: import the pages the old site built instead (their "
                            "branch, with --git --ref, or each page saved from the site as .html)",
    "import.template-only/data": "{name}: every word of its text is written by its template ({expression}) from the "
                                 "site's data ({data}: a data file of the old site, _data/{data}.yml or such): "
                                 "import that data file itself (with --git, its history), or the pages the old site "
                                 "built (their branch, with --git --ref, or each page saved from the site as .html)",
    "import.html-server-code": "{name}: holds its server's code (<?php, <% …), not the page readers were shown: open "
                               "the page in a browser (or the Wayback Machine) and save it as .html",
    "import.html-nested": "{name}: its elements are nested {depth:number} deep (more than {most:number}): far deeper "
                          "than a policy's text; save the page again from its editor, or import its text as Markdown",
    "import.html-nested/at-least": "{name}: its elements are nested at least {depth:number} deep (more than "
                                   "{most:number}): far deeper than a policy's text; save the page again from its "
                                   "editor, or import its text as Markdown",
    "import.html-frames": "{name}: a page of frames (<frameset>): its text is in the pages its frames show ({pages}): "
                          "open the one holding the policy, save it as .html and import that: nothing imported",
    "import.html-frames/unnamed": "{name}: a page of frames (<frameset>): its text is in the pages its frames show "
                                  "(none named): open the one holding the policy, save it as .html and import that: "
                                  "nothing imported",
    "import.html-cloudflare": "{name}: Cloudflare's check of the visitor (“{title}”), not the policy: the tool that "
                              "saved it was taken for a robot; open the address in a browser and save the page it "
                              "shows (nothing imported)",
    "import.html-not-found": "{name}: a page saying the address has no page, or the site failed (“{said}”), not the "
                             "policy: save the page of the address that held the text that day (nothing imported)",
    "import.html-archive-redirect": "{name}: the web archive's notice that the address answered with a redirect (HTTP "
                                    "{status}), not the policy: open the archived copy of that address (the notice's "
                                    "“Impatient?” link) and save that page as this version (nothing imported)",
    "import.html-archive-redirect/at": "{name}: the web archive's notice that the address answered with a redirect "
                                       "(HTTP {status}), not the policy: its text is at {where}: open the archived "
                                       "copy of that address (the notice's “Impatient?” link) and save that page as "
                                       "this version (nothing imported)",
    "import.html-archive-page": "{name}: the web archive's own page (“{words}”), not the policy: save the archived "
                                "copy of the policy's address instead (nothing imported)",
    "import.draft": "its front matter says `{key}`: a draft the old site never published, no version; move it out of "
                    "the folder (or, if readers did read it, remove that line and import it again)",
    "import.text-unreadable": "{name}: plain text that does not read as paragraphs (too short, or with code's marks): "
                              "rename it .md, with a # before its title and ## before each section's heading",
    "convert.front-matter-dropped": "left out {count:form:a field|fields} of the page's header (its front matter) "
                                    "that this site does not use: {keys}",
    "convert.front-matter-dropped/addresses": "left out {count:form:a field|fields} of the page's header (its front "
                                              "matter) that this site does not use: {keys} (having read the page's "
                                              "addresses on the old site, {addresses}: a link to one lands in the "
                                              "text)",
    "import.lfs": "{name}: a Git LFS pointer, not the text: the text is kept outside git (`filter=lfs` in "
                  ".gitattributes); fetch it (`git lfs pull`) and import the file itself (nothing imported)",
    "import.nested": "{name}: its elements are nested too deeply to convert",
    "import.ref-dash": "--ref {ref}: a branch, tag or commit's name does not start with '-' (nothing imported)",
    "import.git-folder": "{path}: a folder: --git reads the history of one file, name it (privacy.md): nothing "
                         "imported",
    "import.git-not-repository": "{path}: not inside a git repository: --git reads a file's history in the old site's "
                                 "repository (nothing imported)",
    "import.git-own-page": "{path}: this site's own page: `policy history` publishes its versions (nothing imported)",
    "import.other-language/name": "{path}: its name says it is the {lang:language} text: import it with --lang {lang} "
                                  "(nothing imported)",
    "import.other-language/folder": "{path}: its folder says it is the {lang:language} text: import it with --lang "
                                    "{lang} (nothing imported)",
    "import.git-no-commit": "{path}: its repository has no commit (nothing imported)",
    "import.ref-unknown": "{path}: --ref {ref} names no branch, tag or commit of {top} (git -C {top} branch -a lists "
                          "its branches; nothing imported)",
    "import.git-objects-missing": "{path}: its repository lacks objects its history needs (object {object}: a partial "
                                  "clone, git clone --filter, whose remote cannot be reached, or a damaged copy): "
                                  "fetch its whole history (git -C {top} fetch --refetch, or clone it again in "
                                  "full), then import (nothing imported)",
    "import.shallow": "{path}: its repository is a shallow clone, its older commits missing: fetch its whole history "
                      "(git -C {top} fetch --unshallow), then import (nothing imported)",
    "import.git-no-text": "{path}: no commit of {ref} holds it ({name}; another branch's file is read with --ref "
                          "BRANCH; nothing imported)",
    "import.git-no-text/branch": "{path}: no commit of its repository's branch holds it ({name}; another branch's file "
                                 "is read with --ref BRANCH; nothing imported)",
    "import.git-format": "{path}: not Markdown, HTML or Word (.docx) (extension {extension}): import cannot read the "
                         "texts its history holds; convert each to Markdown (pandoc --to gfm) and import them as files "
                         "named by their dates, or import the pages its site showed (--git --ref on a branch of built "
                         "pages, or saved .html files) (nothing imported)",
    "import.git-moved-away": "{path}: moved to {name} at {commit} (committed {day:date}), under which name the old "
                             "site showed its later texts: import that file, whose history holds this one's (policy "
                             "import --git {new}) (nothing imported)",
    "import.git-format/code": "{path}: a page written as code (extension {extension}), which import does not read, nor "
                              "pandoc: import the pages its site showed, its built pages' branch (--git … --ref "
                              "gh-pages) or each version saved from a browser or the Wayback Machine as .html, named "
                              "by its date (nothing imported)",
    "import.git-format/asciidoc": "{path}: AsciiDoc (extension {extension}), which import does not read, nor pandoc: "
                                  "convert each text to HTML with Asciidoctor (asciidoctor {name}), which writes a "
                                  ".html file, and import those files named by their dates, or import the pages its "
                                  "site showed (--git --ref on a branch of built pages, or saved .html files) (nothing "
                                  "imported)",
    "import.ref-without-git": "--ref {ref}: reads a branch's history, with --git (nothing imported)",
    "import.linked": "{path}: a symbolic link (or in one): import writes the project's own files; make it a file "
                     "(nothing imported)",
    "import.no-history-text": "no text found in the history of {paths} (nothing imported)",
    "import.word-list": "{finding:said} (nothing imported: import lists there the words of the text the dictionary "
                        "lacks)",
    "import.too-long": "{path}: its text, converted, has {size:number} characters, over the {most:number} a page of "
                       "the site may hold (the longest policies have some 100,000): nothing imported; leave out what "
                       "is not the policy's text, or import each of the documents it holds on its own",
    "import.empty": "{path}: no text in it (an empty file, or a page whose text is in images or written by scripts): "
                    "nothing imported",
    "convert.embed-empty": "{service}'s script writes its part of the page where it is opened, after {before}: this "
                           "copy holds an empty element there, none of its words (a cookie policy's list of cookies, "
                           "a notice's text), and the text imported lacks them: open the page in a browser and, once "
                           "they show, save it again (or copy them into the text), or export them from the service",
    "convert.embed-empty/start": "the page's start",
    "import.embed-script": "{path}: no text but its title (“{title}”): the page's text is one {services:or} writes "
                           "into it by script when it is opened, which the saved page does not hold (an empty element "
                           "where it goes); open the page in a browser and, once the text shows, save it again (or "
                           "copy it into a document), or export the text from the service, and import that: nothing "
                           "imported",
    "import.title-only": "{path}: no text but its title (“{title}”): its text is in images, or a script writes it into "
                         "the page when it is opened (save the page again once its text shows, or copy the text into "
                         "a document): nothing imported",
    "import.embed": "{path}: no text but its title and links ({places}): the page shows a text loaded from another "
                    "site when it is opened (an embed of iubenda, Termly or another service, an iframe); open that "
                    "address and save the page it shows, or export the text from the service, and import that: "
                    "nothing imported",
    "import.zip-large": "{archive}: unpacks to more than {most:number} files or {megabytes:number} MB, far more than "
                        "an archive of policies holds: unzip it and import the folder of the texts (nothing imported)",
    "import.zip-outside": "{archive}: {entry}: named outside the archive's folder: nothing imported",
    "import.zip-link": "{archive}: {entry}: a symbolic link: import reads the files of an archive, never what a link "
                       "inside it points to, which may be any file of this machine; nothing imported",
    "import.zip-encrypted": "{archive}: {entry}: encrypted: unzip it with its password and import the folder (nothing "
                            "imported)",
    "import.zip-oversize": "{archive}: {entry}: holds more than its declared size: a damaged archive (nothing "
                           "imported)",
    "import.zip-unreadable": "{archive}: cannot be read as a zip archive: {error:said}; unzip it and import the "
                             "folder (nothing imported)",
    "import.same-date": "{first} and {second}: both are dated {date:date}{where:said}: import one text per "
                        "date{formats:said}",
    "import.same-date/folders": " (in {first} and {second})",
    "import.same-date/formats": " (the same version in two formats, most likely: keep the one readers were shown, "
                                "{shown}, and move the other out of the folder)",
    "import.same-date/parts": " (if they are the pages of one text, name them in their order, {stem}-part-1{first}, "
                              "{stem}-part-2{second}: they are read as one)",
    "import.undated-month": "{name}: no date in the file name; its text says “{said}”, a month without its day: rename "
                            "it {renamed}, DD the day its text took effect (the old site's archive, a capture or the "
                            "announcement may say it; the import takes no day the text does not give)",
    "import.undated-period": "{name}: no date in the file name; its text says “{said}”, a part of a year, not the day "
                             "it took effect: rename it {renamed}, the day its text took effect (the old site's "
                             "archive, a capture or the announcement may say it; the import takes no day the text does "
                             "not give)",
    "import.undated-page-capture": "{name}: no date in the file name, and its text says none; the web archive "
                                   "captured this page on {day:date} (its toolbar's {capture}), a day its text was in "
                                   "force, not the day it took effect: rename it {renamed}, the day it took effect "
                                   "(an earlier capture or the announcement may say it)",
    "import.undated-folder": "{path}: no date in the file name (a folder's name is not read): rename it "
                             "{renamed}{captured:said}",
    "import.undated-folder/captured": " (the time the web archive captured it: the text may have taken effect before, "
                                      "as its “Last updated” line may say)",
    # --- which copy of the archive a reading command reads (branch.py) -----------------------------------------
    "branch.cut": "{branch}'s history stops at {commit} in this clone (a shallow fetch, `--depth`): it is the proof of "
                  "the day each version reached the site, which the history and at pages and `policy at` say, and "
                  "read so every version would seem published that commit's day. Fetch its whole history (`git fetch "
                  "--unshallow {remote}`; on GitHub Actions, `fetch-depth: 0` in actions/checkout) and run the command "
                  "again. Nothing was changed.",
    "branch.cut/read": "{branch}'s history is incomplete in this clone: it stops at {commit} (a shallow fetch, "
                       "`--depth`), and that history is the proof of the day each version reached the site, which "
                       "`policy at` says: read so, every version would seem published that commit's day. Fetch its "
                       "whole history (`git fetch --unshallow {remote}`; on GitHub Actions, `fetch-depth: 0` in "
                       "actions/checkout) and run the command again",
    "branch.missing": "there is no {branch} branch here, nor {remote}/{branch}: fetch the archive (`git fetch {remote} "
                      "{branch}:{branch}`), or publish it from the policy's history (`policy history`)",
    "branch.missing/unfetched": "there is no {branch} branch here, nor {remote}/{branch}: this clone fetches other "
                                "branches of {remote} only (made with --single-branch), and {remote}'s {branch}, the "
                                "published archive if it has one, was never fetched: fetch it (`git remote "
                                "set-branches --add {remote} {branch}` then `git fetch {remote}`) and run the command "
                                "again",
    "branch.missing/remote": "there is no {branch} here: fetch the archive (`git fetch {remote} {name}`), or publish "
                             "it from the policy's history (`policy history`)",
    "branch.read-behind": "{remote}/{branch} is read: the local {branch} is behind it (published from another clone; "
                          "`git branch -f {branch} {remote}/{branch}` brings it up to date)",
    "branch.read-diverged": "the local {branch} is read, and it has diverged from {remote}/{branch}, what the site "
                            "serves (each has commits the other lacks): reconcile them (`git branch -f {branch} "
                            "{remote}/{branch}` keeps the remote's), or name it: -b {remote}/{branch}",
    "branch.not-archive": "{name} holds the project's sources ({config}) and no published version: it is not the "
                          "archive; name the archive's branch with -b ({default} by default)",
    # --- what publishing refuses to go on over (publish_refusals.py) ------------------------------------------
    "refuse.recorded-published/item": "{file} records {commit} as never published, but it is the published version "
                                      "{version}",
    "refuse.recorded-published": "{items:each}: a published version stays; remove the entry. Nothing was published.",
    "refuse.rewound/item": "{version} was on {branch} at commit {commit} (this clone's reflog of {ref}) and is not on "
                           "it now",
    "refuse.rewound/tag": "{version} was on {branch} at commit {commit} (its tag {ref}, pushed with it) and is not "
                          "on it now",
    "refuse.rewound": "{items:each}: {branch} was reset or force-pushed to before a publication; a published version "
                      "stays: put the branch back (`git branch -f {branch} {commit}`, then push it), or, if that "
                      "commit never reached the site (a publication undone before it was pushed), forget it "
                      "({forget:each}). Nothing was published.",
    "refuse.rewound/forget-reflog": "`git reflog expire --expire-unreachable=now --all`",
    "refuse.rewound/forget-tags": "`git tag -d {tags}`",
    "refuse.removed/item": "{version} was published, then removed from {branch} by its commit {commit}",
    "refuse.removed": "{items:each}: a published version stays; restore it (git revert that commit on the branch). "
                      "Nothing was published.",
    "refuse.missing-folders": "{folders}: published (the publication record is on {branch}) but its folder is not: "
                              "removed by hand; restore it (git revert that commit on the branch), or rebuild every "
                              "version (`policy history --rebuild`). Nothing was published.",
    "refuse.unconfigured": "{languages:languages:code}: published on {branch}, and no longer in the configuration: a "
                           "language, once published, is part of every later version (its readers' addresses, the "
                           "version in force); configure it again; nothing was published",
    "refuse.unconfigured/one": "{languages:languages:code}: published on {branch}, and no longer in the "
                               "configuration: a language, once published, is part of every later version (its "
                               "readers' addresses, the version in force); configure it again; nothing was published",
    "refuse.moved": "{where}: {why}; nothing was published",
    "refuse.moved/item": "the site's public address (`extra.policy.public_url`) moves it from {old}, where its archive "
                         "was published, to {new}: every address its readers kept names the former one (a bookmark, a "
                         "link to a version or to latest/, the feed's entries, whose ids are their versions' "
                         "addresses), and none would lead to the archive any more; keep `public_url: {old}`, or, "
                         "moving for good with {old} sending its readers on to {new} (its server's redirect), say so "
                         "under it: `former_urls: [{old}]`",
    "refuse.renamed": "{items:each:; }; nothing was published",
    "refuse.unconfigured/export": "{languages:languages:code}: published on {branch}, and no longer in the "
                                  "configuration: a language, once published, is part of every later version (its "
                                  "readers' addresses, the version in force); configure it again; nothing was exported",
    "refuse.unconfigured/one/export": "{languages:languages:code}: published on {branch}, and no longer in the "
                                      "configuration: a language, once published, is part of every later version (its "
                                      "readers' addresses, the version in force); configure it again; nothing was "
                                      "exported",
    "refuse.renamed/export": "{items:each:; }; nothing was exported",
    "refuse.renamed/item": "{old} is published on {branch} and no longer configured, and {new}, never published, took "
                           "its place: a language's code is its folder on the site, the addresses its readers cite "
                           "({old}/{first}/, {old}/latest/), which the archive keeps for ever, so a published "
                           "language keeps its code: set `code: {old}` back in the site's languages "
                           "(`extra.policy.languages`){authoritative:opt: and `authoritative: %s` in the site's "
                           "settings (`extra.policy`)}, with {config} (`theme.language: {old}`); its name (`name:`) "
                           "and the folder of its pages (`docs_dir`) may change",
    "refuse.local-address": "the site's public address (`extra.policy.public_url`) is {url}, an address of this "
                            "machine: every version pushed would name it for good (its canonical links, feed, PDF); "
                            "set the site's own address in mkdocs.yml (README.md, \"Before publishing\"); nothing was "
                            "published",
    "refuse.dropped-documents": "{documents}: a document published on {branch} (its versions in {folder}/), and no "
                                "longer in the site's list of documents (`extra.policy.documents`): a document, once "
                                "published, stays in the archive (its readers' addresses, what was in force); "
                                "configure it again, with its page; nothing was published",
    "refuse.head-missing": "the authoritative text is not in the current commit (HEAD), whose history has dated "
                           "versions: {why:each}; nothing was published",
    "refuse.head-undated/tags": "{path} in the current commit (HEAD) has no `date:` in its front matter; its tags name "
                                "the days ({items:each:, }), but the day a version takes effect is read from its text, "
                                "never from a tag: write `date: {day:iso}` in its front matter (each version's day in "
                                "its own text) and commit it; nothing was published",
    "refuse.head-undated/tag-item": "{tag} at {commit}: {day:iso}",
    "refuse.head-undated/tag-fault": "{path} in the current commit (HEAD) has no `date:` in its front matter, and "
                                     "{fault:said}; nothing was published",
    "history.tag-not-a-day": "tag {tags} at {commit} names no one day for {path}'s text there (a day that does not "
                             "exist, or day and month that could be either): name it year first (`v2021-02-17`) or "
                             "write `date:` in the text's front matter",
    "history.tag-disagree": "the tags {tags} at {commit} name different days for {path}'s text there: keep the one "
                            "naming the day it took effect, or write that day as `date:` in its front matter",
    "import.git-dated/tag-other": "; its tag {tag} names {day:date}: check which day it took effect",
    "import.git-dated/tag-late": "; tag {tag} at {commit}, {count:plural:commit|commits} after it, names {day:date}, "
                                 "not read as its day: a release between them, untagged, may have shown it first",
    "import.git-dated/tag-next-other": "; tag {tag} at {commit}, the next commit, names {day:date}, not read as its "
                                       "day: that commit changed {files} too, a release of more than this text, which "
                                       "may have been shown before it",
    "import.git-dated/tag-unread": "; tag {tags} at {commit}, after it, names no one day: not read as its day (a "
                                   "release's tag, not its text's)",
    "import.git-dated/tag": "dated {day:date}, the day tag {tag} at {commit} names (its text says no one day it took "
                            "effect)",
    "refuse.head-undated": "{path} in the current commit (HEAD) has no date that can be read (`policy check` says "
                           "why): its text would be passed over; nothing was published",
    # --- a text dated before published versions (a revert), and the way to bring it back ---------------------
    "revert.kept": "the site keeps {newest} in force; to bring this text back, give it a new date, after {newest:date}",
    "revert.kept/again": "the site keeps {newest} in force; these are the words of {version} under another date, "
                         "{date:date}, still before {newest:date}: to bring them back, date them after {newest:date}",
    "revert.kept/new": "the site keeps {newest} in force; this text was never published: to publish it, give it a date "
                       "after {newest:date}",
    "revert.redated": "these are the words of {version}, published under that date, which a published version keeps "
                      "(its readers' addresses, the days it was in force): {version} stays as published; put `date: "
                      "{version}` back in the page",
    "revert.ahead": "{newest} is published ahead of its date and takes effect on {newest:date} whatever main holds (a "
                    "published version stays); to have this text in force after it, give it a date after {newest:date} "
                    "({soonest:date} at the soonest): {newest} is then in force until the day before",
    "revert.ahead/material": "{newest} is published ahead of its date and takes effect on {newest:date} whatever main "
                             "holds (a published version stays); to have this text in force after it, give it a date "
                             "after {newest:date} ({soonest:date} at the soonest for an editorial change (`change: "
                             "editorial`), {material:date} for a material one ({notice_days:plural:day's|days'} notice "
                             "from today)): {newest} is then in force until the day before",
    "revert.head": "the text of the current commit (HEAD) is that of {version}, and {newer} came after it: "
                   "{advice:said}",
    "revert.dated": "{commit} dates the text {date:date}, after the text dated {later:date} was published: "
                    "{advice:said}",
    # --- a published version whose text history holds otherwise, a translation that starts later ---------------
    "publish.edited": "{version}: the published text differs from the last commit carrying this date, {commit} "
                      "({changes:said}); a published version never changes: kept as published",
    "publish.edited/rebuilt": "{version}: the published text differs from the last commit carrying this date, "
                              "{commit} ({changes:said}); a published version never changes: rebuilt from the commit "
                              "it was published from, {kept}",
    "publish.edited/refused": "{version}: the published text differs from the last commit carrying this date, "
                              "{commit} ({changes:said}); a published version never changes: nothing rebuilt",
    "publish.edited-by": "{path}: {what:said} by commit {commit} ({subject!r})",
    "publish.edited-by/hand": "{path}: changed by commit {commit} ({subject!r}), none of publishing's",
    "publish.archive-written-again": "{document}: {files}{more:opt: (and %s more)}: not what publishing writes from "
                                     "its publication records (written by an earlier version of this generator, or "
                                     "edited on the branch): written again from them",
    "publish.unlike-archive": "{found:each}{more}: a file beside another document's versions (its `latest/`, its "
                              "history, compare, at or 404 page, its feed, the site's root page) is not what "
                              "publishing writes from the publication records: edited on the branch, its words none of "
                              "the generator's, and the next commit would carry it onto the site unchecked. Revert "
                              "that edit on the branch (`git log <branch> -- <path>` shows it). Nothing was published.",
    "publish.unlike-rebuild": "{found:each}{more}: a page of a published version is not what a build of its source "
                              "commit (as `policy verify` makes it) gives: edited on the branch, or the version added "
                              "there by hand, its words, header, menus, footer or scripts none of the generator's, "
                              "and the next commit would carry them onto the site unchecked. Revert that edit on the "
                              "branch (`git log <branch> -- <path>` shows it), or rebuild every version (`policy "
                              "history --rebuild`). Nothing was published.",
    "publish.unrebuilt": "{found:each}{more}: nothing proves the pages of a version this clone cannot build again are "
                         "what publishing built, and the next commit would carry them onto the site unchecked. Its "
                         "commit is not here, nor its text at any commit of this history (main rewritten since it was "
                         "published, its text edited under its date): fetch that commit from a clone that still has it "
                         "(`git fetch <that clone> <commit>`), then run the command again; `policy verify` names what "
                         "is missing. Nothing was published.",
    "publish.unrebuilt/shallow": "{found:each}{more}: this shallow clone lacks the commits those versions were "
                                 "published from, so nothing proves their pages on the branch are what publishing "
                                 "built, and the next commit would carry them onto the site unchecked. Fetch the whole "
                                 "history (`git fetch --unshallow`; on GitHub Actions, `fetch-depth: 0` in "
                                 "actions/checkout), then run the command again; `policy verify` names what is "
                                 "missing. Nothing was published.",
    "publish.unrebuilt/unfetched": "{found:each}{more}: published from another clone ({remote}/{branch} has "
                                   "{count:form:it|them}, the local {branch} not), {count:form:its commit|their "
                                   "commits} not fetched, so nothing proves {count:form:its pages are|their pages "
                                   "are} what publishing built, and the next commit would carry "
                                   "{count:form:it|them} onto the site unchecked. `git fetch {remote}` brings "
                                   "{count:form:it|them} where that clone "
                                   "pushed its {head} (then `git merge {remote}/{head}`), then run the command "
                                   "again; else fetch {count:form:it|them} from that clone (`git fetch <that clone> "
                                   "<commit>`). Nothing was published.",
    "publish.unrebuilt/unfetched/fetched": "{found:each}{more}: published from another clone and brought here with "
                                           "{remote}/{branch} (the local {branch} moved there since; this clone never "
                                           "published {count:form:it|them}), {count:form:its commit|their commits} not "
                                           "fetched, so nothing proves {count:form:its pages are|their pages are} what "
                                           "publishing built, and the next commit would carry "
                                           "{count:form:it|them} onto the site unchecked. `git fetch {remote}` brings "
                                           "{count:form:it|them} where that "
                                           "clone pushed its {head} (then `git merge {remote}/{head}`), then run the "
                                           "command again; else fetch {count:form:it|them} from that clone (`git fetch "
                                           "<that clone> <commit>`). Nothing was published.",
    "publish.stranger/item": "{version} (its commit {commit})",
    "publish.stranger": "{items:each}: put on the branch by a hand commit, not by publishing, and no commit of this "
                        "policy's history holds its text: a version from elsewhere (another site's folder copied in?), "
                        "which no rebuild can build; take it off the branch (`git revert` that commit there; `policy "
                        "verify` names it). Nothing was published.",
    "publish.older-edited": "{found:each}{more}: not as published (edited on the branch by hand since its version was "
                            "published), and the next commit would carry it onto the site unchecked: revert that edit "
                            "on the branch (`git log <branch> -- <path>` shows it; `policy verify` names every "
                            "difference), or rebuild every version (`policy history --rebuild`). Nothing was "
                            "published.",
    "publish.pdfs-kept": "{count:plural:PDF|PDFs} kept as published: {count:form:its|their} text, print template, "
                         "options and engine are unchanged (the same key), so printing {count:form:it|them} again "
                         "gives the same bytes",
    "publish.partial": "{version}: published in {languages:languages} only: {missing} {count:form:does|do} not exist "
                       "at {commit} ({count:form:a translation that starts|translations that start} with a later "
                       "version)",
    "publish.partial/kept": "{version}: {missing} does not exist at {commit}: kept as published",
    # --- `policy at DAY`: the version in force that day -----------------------------------------------------
    "at.day-offset": "{value!r} has no offset from UTC: its day depends on it; give it ({value}Z for UTC, or +01:00 …)",
    "history.jobs-invalid": "{value!r} is not a number of build processes: give a whole number, 1 or more",
    "at.day-invalid": "{value!r} is not a day (YYYY-MM-DD) nor an instant with its offset (2024-02-28T23:30:00Z)",
    "at.section-blank": "“{value}” names no section: give its number (7.3, as its heading writes it: 7.3.) or its "
                        "link's id (s7-3)",
    "at.answer": "{version} {url} (in force from {start:date})",
    "at.answer/to": "{version} {url} (in force from {start:date} to {until:date} inclusive)",
    "at.answer/upcoming": "{version} {url} (upcoming: takes effect on {start:date})",
    "at.answer/upcoming-to": "{version} {url} (upcoming: takes effect on {start:date}, in force to {until:date} "
                             "inclusive)",
    # a day asked after the date of a version announced ahead: said of that day, not of its first
    "at.answer/upcoming-after": "{version} {url} (upcoming: will be in force on {day:date}, from {start:date})",
    "at.answer/upcoming-after-to": "{version} {url} (upcoming: will be in force on {day:date}, from {start:date} to "
                                   "{until:date} inclusive)",
    "at.prevails": "no {lang:language} text was published yet on {day:date} (the first dates from {first:date}): the "
                   "{authoritative:language} text, which prevails, was in force",
    "at.prevails/ahead": "no {lang:language} text will be in force yet on {day:date} (the first takes effect on "
                         "{first:date}): the {authoritative:language} text, which prevails, will be in force",
    "at.shown": "{version} reached the site only on {published:date}, after its date: on {day:date} the site still "
                "showed {shown} as the text in force (the branch's commit of {published:date} is the proof of when "
                "{version} was published)",
    "at.shown/none": "{version} reached the site only on {published:date}, after its date: on {day:date} the site "
                     "showed no version yet, its first publication being of {first:date} (the archive proves what "
                     "readers were shown from then on, not before)",
    "at.shown/none-imported": "{version}, imported from where it was published before, reached this site only on "
                              "{published:date}: on {day:date} this site showed no version yet, its first publication "
                              "being of {first:date} (the archive proves what its readers were shown from then on; "
                              "what the former site showed, its own records prove)",
    "at.announced": "on {day:date} the site also showed {version}, announced ahead: published on {published:date}, it "
                    "takes effect on {start:date}; readers had been told of it since {published:date}",
    "at.announced/to-come": "{day:date} is still to come: that day the site will also show {version}, announced ahead: "
                            "published on {published:date}, it takes effect on {start:date}; readers have been told "
                            "of it since {published:date}",
    "at.announced/upcoming": "{version} is announced ahead: published on {published:date}, it is not in force yet; the "
                             "text in force today, {today:date}, is {current}",
    "at.gone": "{version} was published on {branch} and is not on it now ({how:said}): the archive no longer holds "
               "every text in force up to {day:date}, and answers nothing for it; put {version} back (`policy verify` "
               "says how), then ask again",
    "at.gone/rewound": "this clone's reflog of {ref} shows it there at commit {commit}: the branch was reset or "
                       "force-pushed to before it",
    "at.gone/tag": "its tag {ref}, pushed with it, names commit {commit}: the branch was reset or force-pushed to "
                   "before it",
    "at.gone/removed": "removed by the branch's commit {commit}",
    "at.diverged": "{version} is on {remote}/{branch}, what the site serves, and not on the local {branch}, which has "
                   "diverged from it (each has commits the other lacks): the local copy cannot say which text was in "
                   "force on {day:date}; ask the site's copy (`policy at {day:iso} -b {remote}/{branch}`), or "
                   "reconcile them (`git branch -f {branch} {remote}/{branch}` keeps the remote's)",
    "at.stranger": "{version}, the archive's answer for {day:date}, was put on {branch} by its commit {commit}, not by "
                   "publishing, and no commit of this policy's history holds its text: a version from elsewhere, "
                   "which says nothing of this policy's text in force; take it off the branch (`policy verify` says "
                   "how), then ask again",
    "at.unpushed": "{version} is on the local {branch} only, not on {remote}/{branch} as this clone last fetched it, "
                   "what the site serves: published here and not pushed, its address answers nothing yet (`git push "
                   "{remote} {branch}`; `git fetch {remote}` first to see the site's copy as it is)",
    "at.preview": "{version}, the local {branch}'s answer for {day:date}, is a preview: built from commit {commit}, a "
                  "text this branch never held (another branch's `policy history`, `make build` there), and not on "
                  "{remote}/{branch}, what the site serves; it was never in force: set the local {branch} back to the "
                  "site's copy (`git branch -f {branch} {remote}/{branch}`), or ask that copy "
                  "(`-b {remote}/{branch}`), then ask again",
    "at.preview/local": "{version}, the local {branch}'s answer for {day:date}, is a preview: built from commit "
                        "{commit}, a text neither this branch nor {source}, the branch the site publishes from, ever "
                        "held (another branch's `policy history`, `make build` there), and no copy of the site's here "
                        "to say otherwise; it was never in force: set {branch} back to before its commit {added} that "
                        "put it there (`git branch -f {branch} {added}^`, where nothing published after it is to be "
                        "kept), then ask again",
    "at.page-missing": "its page {path} is not on {branch}, though its publication record is (removed by hand since "
                       "it was published): its address answers nothing until it is put back (`policy verify` says "
                       "how)",
    "at.none": "no version was in force on {day:date}: the first published, {first}, took effect on {first:date}",
    "at.none/ahead": "no version is in force on {day:date}: the first published, {first}, is announced ahead and takes "
                     "effect on {first:date}",
    # `policy at --proof`: what proves the answer (at.proof_of), a line each
    "at.proof/source": "source: {path} at commit {commit} (fingerprint {sha256})",
    "at.proof/source-elsewhere": "source: {path} at commit {commit} (fingerprint {sha256}), a commit this clone's "
                                 "history no longer holds (main rewritten since: a rebase, a force-push); the same "
                                 "text is at commit {now}",
    "at.proof/source-gone": "source: {path} at commit {commit} (fingerprint {sha256}), a commit this clone no longer "
                            "holds, nor any commit of its history with that text (main rewritten since): `policy "
                            "verify` says what to do",
    "at.proof/source-shallow": "source: {path} at commit {commit} (fingerprint {sha256}), not in this clone (a shallow "
                               "fetch): `git fetch --unshallow` to read it",
    "at.proof/file": "on {branch}: {path}, fingerprint {sha256}, as its publication record holds",
    "at.proof/file-differs": "on {branch}: {path} differs from the fingerprint its publication record holds, "
                             "{sha256}: changed by hand since it was published (`policy verify` says what to do)",
    "at.proof/file-missing": "on {branch}: {path}, recorded with fingerprint {sha256}, is missing: removed by hand "
                             "since it was published (`policy verify` says what to do)",
    "at.proof/record": "publication record: {path}, added to {branch} by commit {commit} on {day:date} at {time} "
                       "({zone})",
    "at.proof/record-rewritten": "publication record: {path}, added to {branch} by commit {commit} on {day:date} at "
                                 "{time} ({zone}), and rewritten since (`policy verify` says what to do)",
    "at.proof/record-unknown": "publication record: {path}: no commit of {branch}'s history added it (a history cut "
                               "or grafted): `policy verify` says what to do",
    "at.proof/recheck": "to check it without this tool, in a clone holding {branch}: `git cat-file blob "
                        "{commit}:{path} | sha256sum` prints the source's fingerprint, `git cat-file blob "
                        "{branch}:{file} | sha256sum` a published file's (each the same way), and `git log "
                        "--diff-filter=A --format='%H %cI' {branch} -- {record}` the commit that added the publication "
                        "record and when; the record itself, `git cat-file blob {branch}:{record}`, lists each file's "
                        "fingerprint",
    "at.renamed": "the site serves this text under {old}, its published code; the configuration now names it {new}, "
                  "which `policy publish` and `policy history` refuse: {why}",
    "at.dropped": "the site serves the {lang:language} texts published before the configuration stopped listing "
                  "{lang:language} ({lang}), which `policy publish` and `policy history` refuse until it lists it "
                  "again",
    "at.none/language": "no {lang:language} version is published on {branch}",
    "at.no-section": "the version in force on {day:date}, {version}, has no section {section!r}: its sections are "
                     "{some} (give one as its heading writes its number, or its link's id, s7-3)",
    "at.section-removed": "section {section}, “{title}” in the version of {then}, is not in the version in force on "
                          "{day:date}, {version}: it was removed (its text as it was: {url})",
    "at.instant": "{moment} is {there}, on {day:date} in {zone}, the company's time zone, where a version takes effect "
                  "at 00:00",
    "at.instant/utc": "{moment} is {there}, on {day:date} in UTC (the site's time zone, `extra.policy.time_zone`, "
                      "names no zone), where a version takes effect at 00:00",
    # --- pushing the branch (publish_remote.py) and what the archive lacks ------------------------------------
    "push.pushed": "pushed {branch} to {remote}",
    "push.behind": "the local {branch} was behind {remote}/{branch}: brought up to it",
    "push.behind-unsafe": "nothing pushed: {files:each}{more:opt: (and %s more)}: on {remote}'s {branch}, "
                          "refused by the output check (pushed there by hand?); the local {branch} is left as it was, "
                          "not brought up to it: revert that edit on {remote}'s {branch} (`policy verify -b "
                          "{remote}/{branch}` names every difference)",
    "push.foreign": "nothing pushed: the local {branch} holds {versions}, built from a text this branch never held (a "
                    "preview of another branch, `make build` there, even one merged since: its drafts were never this "
                    "branch's text); set the local {branch} back to {remote}'s (`git branch -f {branch} "
                    "{remote}/{branch}`), then publish again",
    "push.edited": "nothing pushed: {files:each}{more:opt: (and %s more)}: on the local {branch} as no publication "
                   "wrote it (edited on the branch by hand); {remote}'s {branch} is left as it was: revert that edit "
                   "on the branch (`policy verify` names every difference), or rebuild every version (`policy "
                   "history --rebuild`)",
    "push.foreign/one": "nothing pushed: the local {branch} holds {versions}, built from a text this branch never "
                        "held (a preview of another branch, `make build` there, even one merged since: its drafts "
                        "were never this branch's text); set the local {branch} back to {remote}'s (`git branch -f "
                        "{branch} {remote}/{branch}`), then publish again",
    "push.moved": "published on the local {branch}, but {remote}'s {branch} moved meanwhile (another clone or job "
                  "published to it): nothing was pushed. Take {remote}'s and run the command again, which publishes "
                  "onto it what it lacks: `git fetch {remote} {branch}`, then `git branch -f {branch} "
                  "{remote}/{branch}`",
    "push.moved/unchanged": "nothing changed on the local {branch}, but {remote}'s {branch} moved meanwhile (another "
                            "clone or job published to it): nothing was pushed. Take {remote}'s and run the command "
                            "again, which publishes onto it what it lacks: `git fetch {remote} {branch}`, then `git "
                            "branch -f {branch} {remote}/{branch}`",
    "push.failed": "published on the local {branch}, but pushing it to {remote} failed: {error:said}",
    "push.tags-refused": "pushed {branch} to {remote}, but {remote} refused the tags naming the commit that published "
                         "each version (refs/tags/{folder}/): the branch is published without them, and they are kept "
                         "here; they prove where each version was should {branch} ever be rewritten: let {remote} "
                         "accept tags under refs/tags/{folder}/ (the hook or rule refusing them), and the next push "
                         "sends them: {error:said}",
    "refuse.no-remote": "the repository has no remote named {remote}: nothing was published nor pushed: add the "
                        "site's repository (git remote add {remote} ADDRESS), then run the command again (make build "
                        "publishes on the local gh-pages alone)",
    "push.unreachable": "{remote} cannot be reached: nothing was published nor pushed (a version published here "
                        "alone would be recorded as published on a day no reader could read it); check its address "
                        "(`git remote -v`) and run the command again, or publish without --push: {error:said}",
    "push.failed/unchanged": "nothing changed on the local {branch}, but pushing it to {remote} failed: {error:said}",
    "publish.legacy": "{count:plural:version|versions} published before changes pages and JSON exports existed "
                      "({versions}): `policy history --rebuild` adds {count:form:it|them}",
    "import.skipped/data": "{path}: skipped: a data file whose name holds no date (a site's settings; a policy's data "
                           "file is read when named on its own or dated in its name)",
    "import.data-unreadable": "{name}:{line}: a data file that does not read as YAML, JSON or TOML ({problem})",
    "import.data-surrogate": "{name}:{line}: an escape writing half of a character (`\\ud800` to `\\udfff` alone, a "
                             "lone surrogate), which no page, feed or PDF can hold: write the character itself",
    "import.data-deep": "{name}:{line}: lists and sets of fields written in brackets nested more than {most:number} "
                        "deep, which no policy's data needs: not read",
    "import.data-shape": "{name}:{line}: a data file not shaped as a policy's (a title, and its ordered sections, each "
                         "a heading over a Markdown or HTML body): {why:said}; import the page the old site built "
                         "from it instead (saved as .html, or its built branch with --git --ref)",
    "import.data-shape/empty": "it holds nothing",
    "import.data-shape/not-fields": "it holds no fields",
    "import.data-shape/no-title": "no title (a `title:` field) above its sections",
    "import.data-shape/no-sections": "no list of sections (`sections:`, each with a heading and a body)",
    "import.data-shape/not-section": "an entry of `{key}` with neither a heading nor a body in words",
    "import.data-shape/too-deep": "sections nested more than {most:number} deep",
    "import.data-shape/too-many": "more than {most:number} values: far more than a policy's",
    "convert.data": "read the data file's fields into the text, in their order ({fields}): its title and "
                    "{count:plural:section|sections}",
    "convert.data-left": "left out the data file's field {key} (“{words}”), which no policy's field names: if the "
                         "page showed it, add it to the text",
    "convert.md-includes": "wrote in the {count:plural:file|files} the page includes, as its site's generator did: "
                           "{names}",
    "convert.md-include-contents": "left out the include {target}, a table of contents the old site's generator drew "
                                      "from the page's own headings (its template code, no words of the text): the "
                                      "site draws its own",
    "convert.md-includes-missing": "left out {count:plural:file|files} the page includes, whose words readers saw "
                                   "there: {names} (not in its repository): check the page as readers saw it",
    "import.include-outside": "{name}: line {line} of {page} includes {target}, which leads out of its "
                              "repository (by .. or through a symbolic link): not read; copy the words it holds into "
                              "the page",
    "import.include-git": "{name}: line {line} of {page} includes {target}, a file of git's own folder (.git/: its "
                          "configuration, a remote's address and its token), no part of a page: not read; copy the "
                          "words it should hold into the page",
    "import.include-cycle": "{name}: line {line} of {page} includes {target}, which includes it again: write the "
                            "words once",
    "import.include-deep": "{name}: line {line} of {page}: includes nested more than {most:number} deep ({target}): "
                           "write them into the page",
    "import.include-large": "{name}: line {line} of {page} includes {target}, larger than any part of a policy's "
                            "page: not read",
    "import.include-too-much": "{name}: line {line} of {page} includes {target}, and the page's includes write in more "
                               "than {files:number} files or {most:number} MB (a file included many times inside files "
                               "included many times): longer than any policy's page; write the words once",
    "convert.word-plain-title": "took the first paragraph, “{words}”, in bold or in larger type above sections in "
                                "Word's heading styles, for the title, as Word's Title style would make it",
    "convert.image-file-name": "image {image} had only its file's name for alt text (“{alt}”), which the editor "
                               "that stored it wrote, not a word of the text: removed",
    # --- import notes of a Markdown source (convert/markdown_source.py) ---------------------------------------
    "convert.dated-heading-title": "the first heading (“{heading}”) has only the date line under it, above the text, "
                                   "and no heading is a title (#): it is the title, as the old site showed it",
    "convert.indented-html-page": "the <{tag}> element that is the whole page, indented HTML (which Jekyll's kramdown "
                                  "renders as HTML), was converted as an HTML page",
    "convert.in-it": "in it: {note:said}",
    "convert.obsidian-links": "{count:plural:link|links} between the notes of an Obsidian vault ({links}) became the "
                              "words {count:form:it shows|they show} (this site has no such notes: link the pages in a "
                              "new version)",
    "convert.obsidian-embeds": "left out {count:plural:embed|embeds} of a vault's file (![[…]]), which this site does "
                               "not have",
    "convert.obsidian-block-ids": "left out {count:plural:block id|block ids} (^…) at a line's end, which Obsidian "
                                  "does not show",
    "convert.front-matter-filled": "wrote {tag} as the words the old site filled in, its front matter's {key}: "
                                   "{words:said}",
    "convert.front-matter-filled/filtered": "wrote {tag} as the words the old site filled in, its front matter's "
                                            "{key} through its filters: {words:said}",
    "convert.unused-definition-note": "left out a note written as a link definition no link uses (“{words}”), which "
                                      "no reader saw",
    "convert.kramdown-marker": "left out kramdown's {marker} marker (the text it marks is kept)",
    "convert.pandoc-div": "a Pandoc or Quarto block ({block}) left out around its text",
    "convert.pandoc-div/titled": "a Pandoc or Quarto block ({block}) left out around its text, its title in bold over "
                                 "it",
    "convert.alert": "a GitHub or Obsidian alert ([!{kind}]) written as its title in bold at the top of its quoted "
                     "text",
    "convert.table-caption": "a table's caption (Pandoc) written as a paragraph of its words: {words:said}",
    "convert.template-link": "the link to {target} (an address the old site's templates filled in, which the text does "
                             "not hold): kept its text {words:said}, removed the target",
    "convert.material-block/titled": "an MkDocs Material block ({block}) written as its title in bold over its text",
    "convert.material-block/untitled": "an MkDocs Material block ({block}) without a title: its marker left out, its "
                                       "text kept",
    "convert.definition-term": "a definition list's term written in bold over its definition",
    "convert.kramdown-comment": "left out a kramdown comment ({words:said}), which no reader saw",
    "convert.tab-title/docusaurus": "a tab's title (“{title}”, Docusaurus' <TabItem>) kept above its text: in bold, a "
                                    "heading where numbered as a section",
    "convert.mdx-tab-tags": "left out the tags of Docusaurus' tabs (<Tabs>, </TabItem>, </Tabs>), which drew the tab "
                            "bar: each tab's text is kept under its title",
    "convert.tab-title/gitbook": "a tab's title (“{title}”, GitBook's {{% tab %}}) kept above its text: in bold, a "
                                 "heading where numbered as a section",
    "convert.tab-title/tag": "a tag's title (“{title}”, the Markdoc or Liquid tag {{% {tag} %}}) kept above its text: "
                             "in bold, a heading where numbered as a section",
    "convert.template-tag-line": "left out a template tag (Liquid's, Jinja's, Tera's, Nunjucks' or Markdoc's alike), "
                                 "which the old site read and no reader saw",
    "convert.liquid-tag": "left out a Liquid tag (Jekyll's, GitBook's), which the old site read and no reader saw",
    "convert.kramdown-abbreviation": "left out a kramdown abbreviation, which the old site read and no reader saw",
    "convert.review-change": "a reviewer's change read as accepted (CriticMarkup): {old:said} replaced by {new:said}",
    "convert.review-addition": "a reviewer's addition read as accepted (CriticMarkup): {words:said} kept",
    "convert.review-deletion": "a reviewer's deletion read as accepted (CriticMarkup): {words:said} left out",
    "convert.review-highlight": "a reviewer's highlight (CriticMarkup) left out around its words, {words:said}",
    "convert.review-comment": "left out a reviewer's comment (CriticMarkup): {words:said}",
    "convert.comment/liquid": "left out a Liquid comment ({{% comment %}} … {{% endcomment %}}), which the site never "
                              "showed: {words:said}",
    "convert.comment/mdx": "left out an MDX comment ({{/* … */}}), which the site never showed: {words:said}",
    "convert.comment/obsidian": "left out an Obsidian comment (%%…%%), which its reading view hides: {words:said}",
    "convert.inline-footnote": "an inline footnote (Pandoc ^[…]) written in parentheses where its mark was: "
                               "{words:said}",
    "convert.fence-word": "the word after a code block's opening {fence} ({word}) left out: the site shows code blocks "
                          "without it",
    "convert.marked-text": "marked text (==words==) written as its words",
    "convert.grid-table": "a grid table (Pandoc) written as a table of {count:plural:row|rows}",
    "convert.grid-table/spanned": "a grid table (Pandoc) whose cells span rows or columns is kept as written: rewrite "
                                  "it as a table of rows and columns, or the page shows its rules",
    "convert.line-block": "a line block (Pandoc: {count:plural:line|lines} each starting with “| ”, an address "
                          "perhaps) written as lines ending in a line break",
    "convert.bracketed-span": "a bracketed span (Pandoc) written as its words, its attributes {attributes} left out: "
                              "{words:said}",
    "convert.asciidoc-titles": "{count:plural:line|lines} written as AsciiDoc section titles ({shown}) read as "
                               "the headings AsciiDoc drew: “=” the title, “==” a section, “===” a subsection; "
                               "its other marks stay as written (check lists and links)",
    "convert.asciidoc-attributes": "left out {count:plural:attribute entry|attribute entries} of the AsciiDoc "
                                   "document's header ({shown}), which it never showed",
    "convert.hugo-figure": "kept the words under a Hugo figure, {words}, which readers read under its image; the "
                           "image, {image}, is not brought: add it to the text if readers need it",
    "convert.hugo-figure/bare": "left out a Hugo figure, its image {image}, no words under it: add it to the text if "
                                "readers need it",
    "convert.hugo-shortcode": "left out a Hugo shortcode, {shortcode}, which the old site read (the text between a "
                              "pair of them is kept)",
    "convert.hugo-shortcode/titled": "left out a Hugo shortcode, {shortcode}, which the old site read (the text "
                                     "between a pair of them is kept, its title in bold above it)",
    "convert.mdx-line": "left out an MDX line, {line}, which the old site ran",
    "convert.mdx-export": "left out an MDX export over {count:plural:line|lines}, {statement}, which the old site ran",
    "convert.mdx-import": "left out an MDX import over {count:plural:line|lines}, {statement}, which the old site ran",
    "convert.mdx-component": "left out an MDX component's tags (<{name}> … </{name}>), which the old site drew: its "
                             "text is kept, read as Markdown, as MDX read it",
    "convert.mdx-component/titled": "left out an MDX component's tags (<{name}> … </{name}>), which the old site "
                                    "drew: its title (“{title}”) kept in bold above its text (a heading where numbered "
                                    "as a section), its text read as Markdown, as MDX read it",
    "convert.component-words": "a component's words (<{name} {attribute}=…/>) kept in bold above its text, as the old "
                               "site drew them",
    "convert.admonition-marker": "left out the admonition marker {marker} (Docusaurus, VitePress); its text is kept",
    "convert.admonition-marker/titled": "left out the admonition marker {marker} (Docusaurus, VitePress); its text is "
                                        "kept, its title in bold above it",
    # --- import notes of lists, a page's main text, its headings and its Markdown's layout -------------------------
    "convert.one-item-lists": "{count:number} bulleted lists of one item each, one after the other (as Notion's export "
                              "writes each bullet), joined into one list: written apart, each item was a paragraph of "
                              "its own",
    "convert.lifted-items": "{count:plural:list item|list items} with no words, holding only a deeper list (a Word "
                            "list starting at level 2 or 3, indented with Tab): the deeper list took its place "
                            "(Markdown has no item without words)",
    "convert.word-list-paragraphs": "{count:plural:paragraph|paragraphs} of lists Word saved as a web page became list "
                                    "items: a bullet Word drew in a symbol font became “-”, any other label (a), 1.1.) "
                                    "was kept at the start of its item{numbered:said}",
    "convert.word-typed-bullets": "{count:plural:paragraph|paragraphs} starting with a bullet typed by hand (“•” "
                                  "and a tab, a symbol, “-” beside another) and no Word numbering "
                                  "{count:form:became a list item|became list items}, nested by "
                                  "{count:form:its|their} indentation, the bullet left to Markdown's “-”",
    "convert.word-list-paragraphs/numbered": "; {count:plural:list|lists} numbered 1., 2. became numbered lists, from "
                                             "Word's first number",
    "convert.google-lists": "Google Docs lists: {nested:plural:level|levels} nested again into the item before "
                            "{nested:form:it|them}, {joined:plural:list|lists} joined to the one before (the export "
                            "writes each level as a list of its own)",
    "convert.google-labelled": "{count:plural:Google Docs list|Google Docs lists} lettered or numbered otherwise than "
                               "1., 2.: each item keeps its label at the start of its text",
    "convert.lists-continued": "{count:number} numbered {count:form:list|lists} went on from the list before (text "
                               "between its items): each starts at Word's number",
    "convert.lists-numbered-on": "{count:number} numbered {count:form:list|lists} right after another list or numbered "
                                 "by its items (value=) or counting down (reversed): each item keeps its number at the "
                                 "start of its text (Markdown would number them on from the list before)",
    "convert.lists-labelled": "{count:plural:list|lists} lettered, numbered in Roman numerals or otherwise than "
                              "1., 2. (in another script's counting too: ①, 가., イ、, α.): each item keeps its label "
                              "at the start of its text (Markdown numbers lists 1., 2. only)",
    "convert.lists-undrawn": "{count:plural:list|lists} counted in a style the import cannot draw (Armenian, "
                             "Georgian, formal Chinese or Japanese numerals): numbered 1., 2.; write the labels the "
                             "page showed",
    "convert.cell-lists": "{count:number} table {count:form:cell|cells} held a list: each item is a line of its cell, "
                          "starting with its \"-\" or number (a Markdown table's cell holds no list)",
    "convert.isolated": "{count:plural:passage|passages} the page sets apart in the other direction than its text's "
                        "(dir=, <bdi>: {passages:each:, }) kept apart by Unicode's direction isolates, so that "
                        "{count:form:it shows|they show} as the page showed {count:form:it|them}",
    "convert.shadow-roots": "read {count:plural:element|elements} as drawn through {count:form:its|their} shadow root "
                            "(<template shadowrootmode>): a browser shows the template's content in "
                            "{count:form:its|their} place, {count:form:its|their} own children only where it has a "
                            "slot for {count:form:it|them}",
    "convert.css-line-breaks": "the line breaks the page's CSS keeps (white-space: pre-wrap, pre-line) in "
                               "{count:plural:element|elements} are line breaks of the text, as the page showed them",
    "convert.css-content": "wrote in {count:plural:passage|passages} of words the page's style drew before or after "
                           "its elements (CSS content), as a reader saw {count:form:it|them}: {passages:each:, }{more}",
    "convert.overridden": "wrote {count:plural:passage|passages} the page drew right to left by overriding "
                          "{count:form:its|their} direction (<bdo dir=\"rtl\">, unicode-bidi: bidi-override) as a "
                          "reader saw {count:form:it|them}: {passages:each:, }",
    "convert.overridden/kept": "kept {count:plural:passage|passages} the page drew in another order than written (a "
                               "direction overridden around words and elements): {passages:each:, }; write "
                               "{count:form:it|them} as the page showed {count:form:it|them}",
    "convert.drop-down-labels": "left out the label of {count:plural:drop-down list|drop-down lists} "
                                "({labels:each:, }), which goes with its options",
    "convert.chrome-by-class": "the page marks its site's header, navigation, breadcrumbs and footer by their class or "
                               "id only (`<div id=\"footer\">`, as pages built without HTML5's elements do): left them "
                               "out ({words:said})",
    "convert.layout-table": "the page is laid out in a table, its text in one cell: left out the cells around it, the "
                            "site's logo, navigation and footer ({words:said})",
    "convert.side-by-side": "the page's text is in {count:number} <{tag}> elements side by side: kept them all",
    "convert.other-main": "left out another <{tag}> of the page, beside the one kept ({words:said}): if it is the "
                          "policy's text, import it from a copy holding only the policy",
    "convert.article-structure": "read the part of the page holding the text (its <article>, or a generated "
                                 "policy's body) as the text: its sections are its own (bold numbered lines, a "
                                 "generator's headings), and the headings around it in the main content are the "
                                 "template's ({words:said}), left out",
    "convert.form-beside-article": "left out a form to fill in beside the page's <article> holding the text "
                                   "({words:said}): a sign-up or contact form of the site, not the policy's words",
    "convert.post-chrome": "removed what a blog, a CMS or a help centre adds around a page's text inside its main "
                           "content: sharing buttons, an edit link, comments, the article's own footer, its author and "
                           "votes, lists of other pages, links to the page in other languages, breadcrumbs",
    "convert.lists-between-items": "{count:plural:list|lists} written between the items of another (a deeper level, as "
                                   "copied text and older editors write it) nested in the item before "
                                   "{count:form:it|them}, as a browser shows {count:form:it|them}",
    "convert.top/word": "Heading 1",
    "convert.top/style": "“{name}”",
    "convert.top/word-title": "Word's Title style",
    "convert.top-sections": "the text's sections are {top:said}, as its title is: {count:plural:heading|headings} one "
                            "level down, each section a section (##)",
    "convert.plain-line-title": "the text's first line, “{words}”, a paragraph above its {count:number} sections in "
                                "{top:said}, became its title",
    "convert.top-sections/untitled": "the text's sections are {top:said}, as its title would be (it has none): "
                                     "{count:plural:heading|headings} one level down, each section a section (##)",
    "convert.question-terms": "{count:plural:numbered term|numbered terms} of a list of questions and answers (<dl>) "
                              "became {count:form:a section heading|section headings} over "
                              "{count:form:its answer|their answers}",
    "convert.generated-headings": "{count:plural:title or heading|titles and headings} of a generated policy "
                                  "(data-custom-class) became its title and section headings",
    "convert.generated-headings/titled": "{count:plural:heading|headings} of a generated policy (data-custom-class) "
                                         "under the page's own title (<h1>) became its section headings; the title "
                                         "stays the page's",
    "convert.layout-definitions": "a blank line written before the links' definitions right under a paragraph (the "
                                  "site's Markdown reads them as definitions there, CommonMark as the paragraph's "
                                  "text): both read them as definitions, the text unchanged",
    "convert.layout-labels": "a list numbered 1), 2) keeps its labels (as does one numbered from 0), written at the "
                             "start of each item (the site's Markdown numbers lists 1., 2. only)",
    "convert.lettered-lines": "{count:plural:line|lines} lettered as a list's items inside a paragraph or an item "
                              "(a., b., i.: Markdown has no lettered lists, the page read {count:form:it|them} as the "
                              "paragraph's words) written as a list, nested as indented, each item keeping its label "
                              "at the start of its text; check {count:form:it|them}",
    "convert.layout-lists": "lists and tables laid out as the site's Markdown reads them (4 spaces a level, a blank "
                            "line before them): the text is unchanged",
    "convert.layout-alignment": "the table's column alignment (:---) was dropped: the site's Markdown writes it as an "
                                "inline style, which the site refuses",
    # --- import notes of the text imported (importer.py) ------------------------------------------------------------
    "import.lang-attribute": "the page says it is written in {said:language} (its lang attribute, “{page}”), and is "
                             "imported as the {lang:language} text: if it is the {said:language} text, import it with "
                             "--lang {said}, and this one's {lang:language} file instead",
    "import.stated-either": "its text says “{sentence}” under its title: {days:or} (day or month first: its digits "
                            "cannot tell), neither {date:date}, the day its name gives: if the text took effect one of "
                            "those days, name the file {names:or} and import the archive again into a new site",
    "import.stated-otherwise/title": "its text says “{sentence}” under its title, another day than {date}, the day its "
                                     "name gives (the day the page was saved or captured, perhaps): the page shows "
                                     "both days; if the text took effect that day, name the file {name} and import "
                                     "the archive again into a new site",
    "import.stated-otherwise/ending": "its text says “{sentence}” in the lines ending it, another day than {date}, the "
                                      "day its name gives (the day the page was saved or captured, perhaps): the page "
                                      "shows both days; if the text took effect that day, name the file {name} and "
                                      "import the archive again into a new site",
    "import.stated-otherwise/front-matter": "its front matter says `{said}`, another day than {date:date}, the day its "
                                            "name gives, by which it is dated: if the text took effect that day, name "
                                            "the file {name} and import the archive again into a new site",
    "import.stated-otherwise/margin": "its text says “{sentence}” in its page header or footer, another day than "
                                      "{date}, the day its name gives (the day the file was saved, perhaps): the site "
                                      "shows its name's day alone, a web page having no page header; if the text took "
                                      "effect that day, name the file {name} and import the archive again into a new "
                                      "site",
    "import.other-part": "left out the part titled “{title}” (line {line} of the file imported, "
                         "{count:plural:line|lines}): the {document} document's text: import this file with --document "
                         "{document} for it",
    "import.other-part/converted": "left out the part titled “{title}” ({count:plural:line|lines} of its text "
                                   "converted to Markdown): the {document} document's text: import this file with "
                                   "--document {document} for it",
    "import.controls": "removed control characters (form feed, escape …), which no reader sees",
    "import.invisibles/run": "removed characters that draw nothing, in a run no writing needs (zero-width spaces, tag "
                             "characters …), which no reader sees",
    "import.invisibles": "removed characters that draw nothing where no writing needs them (zero-width spaces, "
                         "variation selectors after letters), which no reader sees",
    "import.overrides/written": "wrote words the text drew right to left by overriding their direction (U+202E) as a "
                                "reader saw them: {passages:each:, }",
    "import.overrides": "removed direction overrides (U+202D, U+202E), which the site refuses, keeping their words as "
                        "written: {passages:each:, }; check they read as the old page showed them",
    "import.direction-marks": "removed direction marks between digits, or with no right-to-left word beside them (a "
                              "number or words copied from a right-to-left page), or laying a list of numbers out "
                              "left to right in a right-to-left text, which the site refuses: they can show the "
                              "characters around them in another order",
    "import.isolated": "{count:plural:number or address|numbers and addresses} isolated so {count:form:it reads|they "
                       "read} left to right (between U+2066 and U+2069, which the site keeps): without them, this "
                       "right-to-left text showed {count:form:its|their} characters in another order "
                       "(editorial.bidi)",
    "import.old-site-link": "the link to {target}, another page of the site the text was published on: kept (this site "
                            "has no such page); the reader who follows it leaves the text",
    "import.own-page-anchor": "a link to {address} and a section's anchor, this text's own page on the old site (the "
                              "page gives it as its own address, or it names the text, or the text links there to "
                              "its own sections only): a link into the page, to that section",
    "import.own-link/anchor": "the link to {target}, this text's own address on the old site (its front matter lists "
                              "it), is a link into the page: #{fragment}",
    "import.own-link/page": "the link to {target}, this text's own address on the old site (its front matter lists "
                            "it), the page the reader is on: kept its text, removed the target",
    "import.autotitle": "“AUTOTITLE” (GitHub Docs writes there the title of the page it links to when it renders) "
                        "became “{title}”, the title of the text itself",
    "import.other-document-link": "the link to {target}, the {document} document's address on the old site, goes to "
                                  "its page",
    "import.unlinked/empty": "a link with no address (`[words]()`, `[words](<>)`): kept its text",
    "import.unlinked/page": "the link to {target} (a page or file of the site it was published on, not of this one): "
                            "kept its text, removed the target",
    "import.unlinked/section": "the link to {target}: {reason:said}; kept its text, removed the target (check it "
                               "against the old page)",
    "import.unlinked/anchor": "the link to {target} (which no heading of the page has): kept its text, removed the "
                              "target",
    "import.link-to-section/page": "the link to {target} (a page or file of the site it was published on, not of "
                                   "this one) goes to the section its words name, {title:said} (#{id})",
    "import.link-to-section/line": "the link to {target} (which no heading of the page has) goes to the section "
                                   "holding the bold line its words name, {title:said} (#{id})",
    "import.link-to-top": "the link to {target} (which no heading of the page has) goes to the top of the page "
                          "(#top): the bold line its words name, {line:said}, stands there, before the first section",
    "import.link-to-section/anchor": "the link to {target} (which no heading of the page has) goes to the section its "
                                     "words name, {title:said} (#{id})",
    # --- a manifest's word checked against the version's own files (provenance.py, publish_refusals.py) -----------
    "provenance.forged/gone": "{version} ({lang}): its publication record names the text of {commit} (fingerprint "
                              "{sha256}…), and {path}, published with it, is gone from the branch",
    "provenance.forged/edited": "{version} ({lang}): its publication record names the text of {commit} (fingerprint "
                                "{sha256}…), and {path}, published with it, is not the file it records (edited on the "
                                "branch): what text the version has cannot be told",
    "provenance.forged/unsaid": "{version} ({lang}): its publication record names the text of {commit} (fingerprint "
                                "{sha256}…), and {path}, published with it, does not say what text it was built from",
    "provenance.forged/other": "{version} ({lang}): its publication record names the text of {commit} (fingerprint "
                               "{sha256}…), but {path}, published with it, was built from another text (fingerprint "
                               "{built}…)",
    "provenance.forged/words": "{version} ({lang}): its publication record names the text of {commit} (fingerprint "
                               "{sha256}…), but the words of {path}, published with it, are another text's",
    "provenance.aliases/gone": "{version} ({lang}): the aliases its publication record holds for the next version to "
                               "carry cannot be told from its page: {path} is gone from the branch",
    "provenance.aliases/edited": "{version} ({lang}): the aliases its publication record holds for the next version to "
                                 "carry cannot be told from its page: {path} is not the file the publication record "
                                 "holds (edited on the branch)",
    "provenance.aliases/recorded": "{version} ({lang}): the aliases its publication record holds for the next version "
                                   "to carry are not those of {path}, published with it ({ids} recorded, not on the "
                                   "page)",
    "provenance.aliases/shown": "{version} ({lang}): the aliases its publication record holds for the next version to "
                                "carry are not those of {path}, published with it ({ids} on the page, not recorded)",
    "provenance.pdf-replaced": "{path}: replaced on {branch} together with its publication record's fingerprint (the "
                               "publication record {commit} added recorded another fingerprint for the same print, and "
                               "one print gives the same bytes): printed again, not carried",
    "provenance.links-edited": "{version}: its links to the site's other documents were edited on {branch} since "
                               "{commit} added its publication record ({links}): rebuilt with those it was published "
                               "with",
    "provenance.summary/previous": "{version} ({lang}): the summary of its changes its publication record holds for "
                                   "the history page and feed compares it with {previous}, no version published before "
                                   "it",
    "provenance.summary": "{version} ({lang}): the summary of its changes its publication record holds for the history "
                          "page and feed ({difference:said}) are not those its texts give",
    "provenance.difference": "{key}: {recorded} recorded, {expected} from the texts",
    "provenance.difference/fields": "its fields",
    "publish.forged": "{problems:each:; }: the {count:form:publication record|publication records} of {versions} "
                      "{count:form:was|were} edited on {branch}, and publishing never takes the branch's word for what "
                      "was published; put {count:form:it|them} back as publishing wrote {count:form:it|them} (`git log "
                      "{branch} -- {directory}/` shows the edit; `policy verify` names what else changed). Nothing was "
                      "published.",
    "publish.summary-edited": "{problems:each:; }: the {count:form:publication record|publication records} of "
                              "{versions} {count:form:was|were} edited on {branch}, and the history page and the feed "
                              "publish no summary {count:form:its|their} texts do not give; put {count:form:it|them} "
                              "back as publishing wrote {count:form:it|them} (`git log {branch} -- {directory}/` shows "
                              "the edit), or rebuild the archive from the texts (`policy history --rebuild`). Nothing "
                              "was published.",
    # --- the commands' own refusals and the import of an old site's git history -----------------------------------
    "cli.no-folder": "the current folder no longer exists (deleted or moved since the shell entered it): cd to the "
                     "site's folder, or give it with --root",
    "publish.archive-unsafe": "the {code:language} history, compare and feed pages fail the output check: "
                              "{violations:each:; }",
    "import.submodule-unfetched": "{link}/{path}: {where}'s commit {commit} pins the submodule's commit {pinned}, "
                                  "which {link} does not hold: fetch it (git -C {where} submodule update --init "
                                  "{link}), then import (nothing imported)",
    "import.git-same-text": "the same text as {shown}'s again: no new version",
    "import.git-same-text/rebuilt": "the same text as {shown}'s, its file's other bytes changed (a rebuild of the "
                                    "page, its markup): no new version",
    "import.git-file-link": "the file made a symbolic link to {target}, no text of its own: the old site showed that "
                            "file's text, or none, from that day until a later commit put a text back, if one did; the "
                            "archive shows the text before it in force over those days: if the site showed the link's "
                            "text, import that file's history too (`--git` with both)",
    "import.git-file-submodule": "the file made a submodule, no text of its own: the archive shows the text before it "
                                 "in force until a later commit put a text back, if one did",
    "import.git-file-link/first": "the file a symbolic link to {target} from its first commit, no text of its own: "
                                  "the archive starts with the text after it; if the old site showed the link's text, "
                                  "import that file's history too (`--git` with both)",
    "import.git-file-submodule/first": "the file a submodule from its first commit, no text of its own: the archive "
                                       "starts with the text after it",
    "import.git-file-removed": "the file removed: the old site showed no text from that day until a later commit put "
                               "one back, if one did; the archive has no version for no text, so it shows the text "
                               "before it in force over those days",
    "import.git-front-matter-alone": "its front matter alone, no text of its own (a page not yet written, or a "
                                     "translation's placeholder, which the old site may have filled with another "
                                     "language's text): left out",
    "import.git-title-alone": "its title alone, no text (a page not yet written): left out",
    "import.git-empty": "empty, no text: left out",
    "import.git-draft": "its front matter marks it a draft (`draft: true`, `published: false`), which the old site did "
                        "not publish: left out",
    "import.git-rewritten": "{name}: its {count:number} commits are all dated {day:date}, their authors' dates "
                            "{earliest:date} to {latest:date}: the branch's history was rewritten that day (git rebase "
                            "--root, filter-branch), and its commits do not say when each text reached the old site: "
                            "the last is imported from that day; import the earlier ones as files named by the days "
                            "the old site showed them (its pages in the Wayback Machine), if it did",
    "import.git-merged-history": "{name}: added at {commit} (committed {day:date}) by merging a history of its own "
                                 "(“{subject}”), whose branch held it before: its texts there are read too, each from "
                                 "the day it was committed there",
    "import.git-translation-removed": "{name}: removed at {commit} (committed {day:date}): the old site showed no such "
                                      "text from that day; its last text, of {last:date}, stays this site's "
                                      "{lang:language} page for every later version (a version, once translated, is "
                                      "published in every language after), until a later {lang:language} text is "
                                      "committed: translate the version in force in a new version",
    "import.git-submodule": "{name}: in {submodule}, a submodule of {top}: its texts are those the commits of {top} "
                            "pinned, each from the day it was pinned (the submodule's own commits, of days the old "
                            "site did not show them, are not read; if the old site was built from {submodule} itself, "
                            "import from a clone of it apart: git clone {clone} …)",
    # --- what a theme folder's own files (images, stylesheets, templates) may not do (config_rules, image_rules, ---
    # --- css_rules): each reason says what the file is or does, after its name -------------------------------------
    "config.theme-file": "theme.custom_dir: {file} {why:said}",
    "theme-file.link": "is a symbolic link: the theme folder holds the project's own files, as git stores them",
    "theme-file.icon": "is an icon of the project's own: Material includes its icons into every page as templates "
                       "(their words and markup unchecked); the site uses the theme's own icons",
    "theme-file.script": "is a script of the project's own, not the generator's: served from the site, it would run as "
                         "the site's own (a customised template could load it): remove it (`policy upgrade` removes "
                         "the scripts and templates this generator does not have: an earlier one's)",
    "theme-file.script/stale": "is a script of the project's own, not the generator's as this generator has it (an "
                               "earlier generator's copy?): served from the site, it would run as the site's own: "
                               "`policy upgrade` copies this generator's over it",
    "theme-file.kind": "is a file of a kind ({kind}) the site would serve unchecked (a script, a document a browser "
                       "runs scripts in, code): a theme folder holds templates, stylesheets, images and fonts",
    "theme-file.kind/none": "is a file of a kind (no extension) the site would serve unchecked (a script, a document a "
                            "browser runs scripts in, code): a theme folder holds templates, stylesheets, images and "
                            "fonts",
    "theme-file.not-image": "is not the {kind} image its name says (its first bytes are another kind's): a browser "
                            "could read it as a document or a stylesheet",
    "theme-file.not-font": "is not the {kind} font its name says (its first bytes are another kind's): a browser could "
                           "read it as a document, run on the site's origin",
    "theme-file.print-template": "is a print template of the project's own: it writes the PDF's words, which no check "
                                 "reads (and could fetch Typst packages): the PDFs print with the generator's",
    "theme-file.strings": "is not the theme strings `policy init` writes for its language: its words (the skip link, "
                          "the search box, the version selector's label) would be on every page, unchecked; write it "
                          "again with `policy init`'s, or remove it",
    "theme-file.template": "is a template of the project's own: it writes words around the checked text (a version's "
                           "notice, the history, the root page, a footer) that no check reads: the site renders with "
                           "the generator's templates; remove it (`policy upgrade` removes the scripts and "
                           "templates this generator does not have: an earlier one's)",
    "theme-file.template/stale": "is a template of the project's own, not the generator's as this generator has it (an "
                                 "earlier generator's copy?): it writes words around the checked text that no check "
                                 "reads: `policy upgrade` copies this generator's over it",
    "theme-file.not-utf8": "is not UTF-8 (byte {byte}): browsers read a stylesheet as UTF-8; save it as UTF-8",
    "image.xml/utf16": "is UTF-16 or UTF-32 without a byte order mark: save it as UTF-8",
    "image.xml/dtd": "declares a DTD or entities: an SVG image needs none",
    "image.xml/instruction": "holds a processing instruction (<?xml-stylesheet …?>): a browser would load and run what "
                             "it names",
    "image.svg/ill-formed": "{error:said}, as a browser opening it would read it",
    "image.svg/root": "is not an SVG image: its root is <{tag}>, not <svg> in the SVG namespace ({namespace})",
    "image.svg/foreign": "holds <{tag}>, outside the SVG namespace: an image of the project's own draws shapes and "
                         "text only (save it as plain SVG)",
    "image.svg/active": "holds a <{name}> element: an image of the project's own draws shapes and text only",
    "image.svg/attribute": "has {attribute}=\"{value}\": an image of the project's own runs, loads and links nothing",
    "image.metadata": "carries what its maker's software wrote of them ({items:each:, }): names, places or file paths, "
                      "published with the image; save it again without its metadata (an export for the web)",
    "image.private/export-path": "its export path",
    "image.private/document-path": "its document's path",
    "image.private/creator": "its creator",
    "image.private/contributor": "a contributor",
    "image.private/publisher": "its publisher",
    "image.private/illustrator": "Illustrator's private data",
    "image.private/exif": "EXIF {name}",
    "image.private/xmp": "an XMP packet",
    "image.private/comment": "a comment",
    "image.private/text": "the text “{key}”",
    "css.loads": "loads a file or escapes the checks (url(), @import, @font-face, a CSS escape): a privacy policy site "
                 "makes no request to another host",
    "css.unreadable": "cannot be read here: “{text}”{selector:opt: (%s)}: a stylesheet holds rules (`selector {{ "
                      "property: value; }}`) only: a browser skips what it cannot read, and may read what follows "
                      "otherwise (a typo, a `:`, `;` or `}}` missing or too many): correct it",
    "css.variable": "sets {name}{selector:opt: (%s)}: the theme's variables a stylesheet of the project's own may set "
                    "are those the checks judge ({variables}): another colours text (titles, quotations, dates) the "
                    "contrast check never reads",
    "css.property": "sets {name}{selector:opt: (%s)}: a stylesheet of the project's own sets colours, fonts and "
                    "corners (and the theme's --md-… variables) only: the rest could move, hide or write the words of "
                    "the page",
    "css.value": "sets {name}: {value}{selector:opt: (%s)}: a colour, a font's name or a length, opaque: no text, no "
                 "transparency",
    "css.symbol-font": "sets {name}: {font}{selector:opt: (%s)}: a symbol font draws letters and digits as pictures or "
                       "other letters where a reader has it installed (Windows has Wingdings and Symbol): the words "
                       "the checks read would not be the ones shown",
    "css.important": "sets {name}: {value}{selector:opt: (%s)} !important: it would override the colours the text is "
                     "read against here, wherever they are set: a colour of the project's own is set without "
                     "!important",
    "css.unread-colour": "sets {name}: {value}{selector:opt: (%s)}: not a colour the check can read (#rrggbb, rgb(), "
                         "hsl() or a basic name): its contrast with what it stands on is not known",
    "css.contrast": "sets {name}: {value}{selector:opt: (%s)}: a contrast of {ratio:decimal}:1 with "
                    "{what:said}{dark:said}, under the {minimum:decimal}:1 readers need (WCAG 2.1 AA): the words would "
                    "be unreadable, or invisible",
    "css.marks": "sets text-decoration-color: {value}{selector:opt: (%s)}: a contrast of {ratio:decimal}:1 with "
                 "{what:said}{dark:said}, under the {minimum:decimal}:1 a line needs to be seen (WCAG 2.1 AA, non-text "
                 "contrast): a redline's strike through deleted words and underline under inserted ones, a link's "
                 "underline, would not be seen",
    "css.against/page-background": "the page's background",
    "css.against/page-text": "the page's text",
    "css.against/header-text": "the header's text (--md-primary-bg-color)",
    "css.against/header-colour": "the header's colour (--md-primary-fg-color)",
    "css.against/rule-background": "the background its rule sets",
    "css.against/rule-text": "the text colour its rule sets",
    "css.font-shape": "sets {name}: {value}{selector:opt: (%s)}: words drawn in hairline strokes or sheared past "
                      "reading are words no reader reads; a weight of 300 to 900 (normal, bold), a style normal, "
                      "italic or oblique",
    "css.radius": "sets border-radius: {value}{selector:opt: (%s)}: a corner rounder than {lengths} clips the words "
                  "under it (the theme hides what overflows a table's box: the words of its corner cells); round a "
                  "corner by a length of {lengths} at most",
    "css.against/links-background": "the page's background, on which the theme draws the text's links in this "
                                    "colour (--md-typeset-a-color, which the stylesheet does not set)",
    "css.against/chrome-background": "the background the theme draws its {part} on ({colour})",
    "css.against/chrome-text": "the text colour the theme gives its {part} ({colour})",
    "css.dark-screen": " on a dark screen",
    "css.scheme/dark": " on a dark screen (its colours are those of @media (prefers-color-scheme: dark): give this "
                       "one its own there)",
    "css.scheme/light": " on a light screen (its colours are those of @media (prefers-color-scheme: light): give "
                        "this one its own there)",
    "css.crossed": "sets {set:said}: a contrast of {ratio:decimal}:1 between {text:said} and "
                   "{ground:said}{where:said}, under the {minimum:decimal}:1 readers need (WCAG 2.1 AA): any text of "
                   "the page may stand on any background the stylesheet sets",
    # --- import notes of the conversions' smaller passes (convert/*.py) ---------------------------------------------
    "convert.alt-chunks": "read {count:plural:web page|web pages} embedded in the document (Word's “alternative format "
                          "chunks”, as tools that make Word files from HTML write the text) where Word shows "
                          "{count:form:it|them}, each as a web page is imported",
    "convert.alt-chunks/unread": "left out {count:plural:embedded part|embedded parts} of another format than HTML (an "
                                 "RTF or text chunk): compare the Markdown with the document as Word shows it",
    "convert.markdown-attribute": "<{tag} markdown=…>: its content kept as the Markdown it is, the element left out",
    "convert.html-comment": "removed an HTML comment",
    "convert.raw-html-block": "raw HTML block <{tag}> became Markdown",
    "convert.raw-html-block/empty": "raw HTML block <{tag}> held no text: removed",
    "convert.confluence": "a page exported from Confluence: its text (#main-content), its title without the space's "
                          "name, without the wiki's breadcrumbs, page details (“Created by …, last modified on …”) "
                          "and expand controls",
    "convert.confluence-expand-titles": "kept {count:plural:title|titles} an author gave an expand macro, in "
                                        "bold over the words it opens: {shown:said}",
    "convert.confluence-storage": "left out {count:plural:setting|settings} of a Confluence macro, in the markup "
                                  "the wiki stores a page in (ac:parameter), no words of the page: {shown:said}",
    "convert.confluence-heading-ids": "left out the ids Confluence made of the page's title and the words of "
                                      "{count:plural:heading|headings} ({example}: another in each "
                                      "language's page), the links to them led to the ids the site gives them",
    "convert.cookie-grids": "{count:plural:cookie list|cookie lists} a consent plugin lays out as a grid (Complianz's: "
                            "a label over each cookie's name, expiration and function) read as the table the page "
                            "showed: the labels its header row, a row a cookie",
    "convert.unchanged": "could not change this, fix it by hand: {note:said}",
    "convert.frames": "read the words of {count:plural:frame|frames} (<iframe>) the page holds, where it shows "
                      "{count:form:it|them}: {frames:each:, }{more}",
    "convert.frame": "{where}: “{words}”",
    "convert.frame/srcdoc": "written in the page: “{words}”",
    "convert.glued-id": "the heading's id {id}, written against its title, is its id, as the old site's Markdown "
                        "(Goldmark, Hugo's) read it",
    "convert.hugo-param/front-matter": "wrote {tag} as the words the old site filled in, its front matter's {key}: "
                                       "“{words}”",
    "convert.site-data-script": "left {tag} as written: its words were given by {file}, a script of the old site's "
                                "global data, which the import does not run: write them there",
    "convert.template-set/block": "left out a template block setting {name}, which showed nothing where it stood; its "
                                  "words, {words}, are written where the page shows {name}",
    "convert.template-set/tag": "left out a template tag setting {name} to {words}, which showed nothing; its words "
                                "are written where the page shows {name}",
    "convert.template-set/unknown": "left out a template tag setting {name} to words the import cannot know "
                                    "({words}): where the page shows {name}, its template code stays, which policy "
                                    "check refuses until the words readers saw are written there",
    "convert.template-filled": "wrote {tag} as the words the page set {name} to: {words}",
    "convert.template-filled/site": "wrote {tag} as the words the old site filled in, its settings' (`_config.yml`) "
                                    "{name}: {words}",
    "convert.site-data": "wrote {tag} as the words the old site filled in, its global data's (`_data/`): “{words}”",
    "convert.hugo-param/site-params": "wrote {tag} as the words the old site filled in, its site configuration's "
                                      "params.{key}: “{words}”",
    "convert.language-links": "left out the links to the parts of each language above the text",
    "convert.bilingual-title": "the title “{title}” written in both languages: kept “{kept}”",
    "convert.language-part-title": "left out the heading “{heading}” over the part read: the title kept above it, "
                                   "again",
    "convert.language-heading": "left out the heading “{heading}” naming the language of the part read",
    "convert.language-runs": "the page sets its text in two languages one after the other, unmarked: read the "
                             "{count:plural:section|sections} in {lang:language} (“{first}” …); left out the "
                             "{others:plural:section|sections} in the other language (“{left}…”): import this file "
                             "with that language's --lang for {others:form:it|them}",
    "convert.language-runs/labelled": "the page sets its text in two languages one after the other, each under a line "
                                      "naming it: read the {lang:language} part, under “{label}”; left out the other, "
                                      "under “{other}” (“{left}…”){more:opt:, and %s more}: import this file with that "
                                      "language's --lang for it",
    "convert.language-runs/titled": "the page sets its text in two languages one after the other, each under its own "
                                    "title: read the {lang:language} one, “{title}”; left out the other (“{left}…”): "
                                    "import this file with that language's --lang for it",
    "convert.toc-marker": "table-of-contents marker {marker} removed (the site shows its own contents)",
    "convert.toc-marker/kramdown": "kramdown's table-of-contents marker removed (the site shows its own)",
    "convert.attribute-list": "attribute list {written} set attributes the site does not allow ({removed}): kept only "
                              "ids (a class is the page's own: the theme's can hide or move the text)",
    "convert.embedded-page": "{name}: its embedded page {part}",
    "convert.linked-css": "read the {count:plural:stylesheet|stylesheets} saved with the page, which it links, as its "
                          "own: {names}{more}",
    "convert.linked-css/missing": "the page links {count:plural:stylesheet|stylesheets} from its folder that "
                                  "{count:form:is|are} not there ({names:each:, }{more}): words "
                                  "{count:form:it hides, draws or reorders|they hide, draw or reorder} were not read; "
                                  "save the page again with {count:form:it|them} (Save Page As…, Web Page, complete)",
    "convert.linked-css/large": "{name} (larger than {mib:number} MiB)",
    "convert.markdoc-table": "a Markdoc table ({{% table %}} … {{% /table %}}: its rows parted by ---, its cells a "
                             "list's items) written as the table the old site drew",
    "convert.markdown-in-html": "read the Markdown inside the raw HTML ({tags}) as the old site did (kramdown's "
                                "parse_block_html in its _config.yml): the tags left out, the Markdown kept",
    "convert.markdown-in-html/notion": "read the Markdown Notion writes inside a callout's raw HTML ({tags}) as Notion "
                                       "showed it (bold, links): the tags left out, the Markdown kept",
    "convert.mdx-constant": "wrote {{{name}}} as the words the old site's page showed, the constant it imported: "
                            "“{value}”",
    "convert.mdx-string": "wrote the MDX expression {code}, a string, as its characters, as MDX showed them",
    "convert.mdx-expression": "kept the MDX expression {code} as written: it showed what the old site's build "
                              "computed (a year, a date); write the words it showed",
    "convert.script-definition": "removed a link definition to a script URL",
    "convert.style-hidden": "kept words the page's style hid (display:none, a class of its stylesheet …): “{words}”; "
                            "remove what is no text of the policy",
    "convert.template-kept/known": "{language} template code {code} was left as it is (this site does not run "
                                   "{language}): policy check refuses it until the words it showed are written "
                                   "there (a date: type it)",
    "convert.template-kept/braces": "template code {code} was left as it is (the old site's generator wrote its "
                                    "words, this site runs none): policy check refuses it until the words it showed "
                                    "are written there (a date: type it)",
    "convert.template-kept": "template code {code} was left as it is (Blade, PHP, ERB or a template's braces: the "
                             "old site's server wrote its words, this site runs none): policy check refuses it until "
                             "the words it showed are written there (a date: type it)",
    "convert.footnote-mark": "the footnote mark {mark} is shown as written (this site has no footnotes): put the note "
                             "in the text",
    "convert.notion-icons": "left out {count:plural:icon|icons} a Notion page draws beside its callouts ({icons}): "
                            "decoration, not the policy's words",
    "convert.autotitle": "“AUTOTITLE” (GitHub Docs writes there the title of the page it links to when it renders) "
                         "became “{title}”, the title of the page or section {target} lands on",
    "convert.autotitle/address": "“AUTOTITLE” (GitHub Docs writes there the title of the page it links to when it "
                                 "renders) became “{title}”, the words of its address {target}, whose title the "
                                 "import does not have: write that page's title there",
    "convert.parts": "read with {names} as one text, the parts in the order of their numbers{repeated:said}: the files "
                     "of one date whose names differ by a part's number only",
    "convert.parts/indexed": "read with {names} as one text{repeated:said}, the parts in the order the index page "
                             "links them: the files of one dated folder, each linked from its index",
    "convert.parts/contents": "left out the index page's {count:plural:link|links} to its parts (its table of "
                              "contents: the site draws its own)",
    "convert.parts/lead-in": "left out the index page's words leading to those links ({words:said}), which led to "
                             "nothing once they were gone",
    "convert.parts/lowered": "{count:plural:part's headings|parts' headings} put one level below the index page's "
                             "title, as {count:form:its sections are|their sections are} in the text",
    "convert.parts/repeated": " ({count:plural:repeated title|repeated titles} left out)",
    "convert.published-doc": "a document published from Google Docs: its text, without Google's banner, header and "
                             "footer (“Published using Google Docs”, “Updated automatically every 5 minutes”)",
    "convert.phone-only": "left out {count:plural:block|blocks} the page showed on phones only, a copy of words it "
                          "shows on a desktop's screen too ({shown:each:, })",
    "convert.includes": "wrote in the {count:plural:file|files} the page's template includes, as its server did: "
                        "{names} (the site's, at the page's commit)",
    "convert.includes/missing": "left out {count:plural:file|files} the page's template includes, whose words readers "
                                "saw there: {names} (not in the page's repository at its commit, or not imported with "
                                "--git): check the page as readers saw it",
    "convert.printed-columns": "the PDF's pages set {lines:plural:line|lines} in two columns side by side "
                               "(“{left}” beside “{right}”): read each column as its own run of lines, the left "
                               "then the right, no table",
    "convert.printed-columns/left": "the PDF's pages set the text in two languages side by side, in two columns "
                                    "({lines:plural:line|lines}, “{left}” beside “{right}”): read the left column, "
                                    "the {lang:language} text; the right one left out (import it with its own --lang)",
    "convert.printed-columns/right": "the PDF's pages set the text in two languages side by side, in two columns "
                                     "({lines:plural:line|lines}, “{left}” beside “{right}”): read the right column, "
                                     "the {lang:language} text; the left one left out (import it with its own "
                                     "--lang)",
    "convert.printed-lines": "joined the {lines:plural:line|lines} of a PDF saved as a web page (each line a box "
                             "placed on its page by its own style, as pdftohtml and pdf2htmlEX write a PDF's lines) "
                             "into {blocks:plural:paragraph or list item|paragraphs and list items} as printed: one "
                             "font at one margin, each line right under the one before",
    "convert.word-lines": "joined {count:plural:paragraph|paragraphs} of a Word document converted from a PDF (each "
                          "printed line a paragraph of its own) to the line before {count:form:it|them}: a line "
                          "ending no sentence, the next beginning in small letters",
    "convert.printed-hyphens": "{count:plural:line|lines} of the PDF ending in a hyphen joined to the next without a "
                               "space, the hyphen kept: where it only broke a word at the line's end, remove it in a "
                               "new version",
    "convert.printed-words": "{count:plural:word|words} the PDF broke with a hyphen at a line's end written whole "
                             "({words:each:, }), as the dictionary knows {count:form:it|them}",
    "convert.printed-lines/broken": "joined the {lines:plural:line|lines} of a PDF saved as a web page (each line "
                                    "ended by a line break, each page by a rule, as pdftohtml writes a PDF's lines "
                                    "without -c) into {blocks:plural:paragraph or list item|paragraphs and list "
                                    "items} as printed: lines in one font, a line ending a sentence with room left "
                                    "for the next line's first word ending its paragraph",
    "convert.printed-outline": "left out the PDF's outline ({count:plural:bookmark|bookmarks}: {entries:each:, }), "
                               "which the converter wrote beside or under its pages: the sections' titles again",
    "convert.select-menus": "left out {count:plural:drop-down menu|drop-down menus} of the page's places (its "
                            "options going to sections or pages, a label before it): the old site's navigation, not "
                            "the policy's words: {shown}",
    "convert.printed-tables": "read {count:plural:run|runs} of the PDF's lines set in columns (each line's pieces "
                              "apart in one font, under the same left edges) as {count:form:a table|tables}, each "
                              "piece a cell, a line under a column but the first going on its cell: check "
                              "{count:form:it|them} against the PDF",
    "convert.printed-images": "left out {count:plural:picture|pictures} of a page a PDF tool drew its lines over "
                              "(the PDF's rules, logos and pictures, or a scanned page's picture): no words of the "
                              "text",
    "convert.label-cards": "{count:plural:list|lists} one after the other, each item a label and its value in "
                           "the same labels ({labels}: a consent tool's cookies, one list a cookie) read as a table, "
                           "a header row of the labels, a row a list",
    "convert.shown-before": "“{first}” before “{then}”",
    "convert.visual-order/placed": "read {count:plural:block|blocks} of boxes the page's CSS places at a height of "
                                   "the page (position: absolute; top: …, as Wix lays out its text boxes) in the "
                                   "page's order, top to bottom, not in the order of its HTML: {moves:each:, }{more}",
    "convert.visual-order": "read the items of {count:plural:block|blocks} in the order the page's CSS showed them (a "
                            "flex or grid item's order, a reversed flex direction), not the order its HTML wrote them: "
                            "{moves:each:, }{more}",
    # --- files of an import folder without a date, and a link among them (convert/sources.py) ------------------------
    "import.undated-saved": "{name}: no date in the file name, nor in its text; its document properties say it was "
                            "last saved on {day:date} (the day someone saved the file, not always the day its text "
                            "took effect): if its text took effect that day, rename it {renamed}",
    "import.undated-notion": "{name}: no date in the file name, nor in its text; its properties in Notion say "
                             "“{said}”: if its text took effect that day, rename it {renamed}",
    "import.undated-notion/edited": "{name}: no date in the file name, nor in its text; Notion's record of the page "
                                    "says “{said}” (when it was last edited, not always when its text took effect): "
                                    "if its text took effect that day, rename it {renamed}",
    "import.undated-stated/text": "{name}: no date in the file name; its text says “{said}”: {days:or} (day or month "
                                  "first: its digits cannot tell): rename it {renamed:or}, the day its text took "
                                  "effect",
    "import.undated-stated/margin": "{name}: no date in the file name; its page header or footer says “{said}”: "
                                    "{days:or} (day or month first: its digits cannot tell): rename it {renamed:or}, "
                                    "the day its text took effect",
    "import.undated-stated/text-one": "{name}: no date in the file name; its text says “{said}”: if its text took "
                                      "effect that day, rename it {renamed}",
    "import.undated-stated/margin-one": "{name}: no date in the file name; its page header or footer says “{said}”: "
                                        "if its text took effect that day, rename it {renamed}",
    "import.undated-stated/text-one-year": "{name}: no date in the file name, the year {year} alone, which its text "
                                           "contradicts: it says “{said}” ({day:date}); the name given keeps the "
                                           "text's day: if its text took effect that day, rename it {renamed}",
    "import.undated-stated/margin-one-year": "{name}: no date in the file name, the year {year} alone, which its page "
                                             "header or footer contradicts: it says “{said}” ({day:date}); the name "
                                             "given keeps that day: if its text took effect that day, rename it "
                                             "{renamed}",
    "import.symlink": "{path}: a symbolic link (to {target}): import reads the files of the folders it is given, never "
                      "what a link inside them points to, which may be any file of this machine{more:said}; copy the "
                      "file itself into the folder, or name it on the command line; nothing imported",
    "import.symlink/more": " (and {count:plural:more link|more links} there)",
    # --- what publishing and the history say of versions it leaves or lets be (publish.py, history.py, writing.py) --
    "publish.themes-shared": "{count:plural:version|versions} had {count:form:its|their} own copy of the theme: "
                             "{count:form:its|their} pages now link the shared theme files (assets/<digest>/ at the "
                             "branch's root); every URL is kept",
    "publish.not-rebuilt/moved": "{version}: not rebuilt: its page was {path} in its commit, today's configuration "
                                 "reads {configured} ({commit}); kept as published",
    "publish.not-rebuilt": "{version}: not rebuilt: its commit is not in this branch's history ({commit}); kept as "
                           "published",
    "publish.sources-rewritten": "{versions}: the {count:form:commit|commits} {count:form:it was|they were} "
                                 "published from {count:form:is|are} no longer in this repository's history (rewritten "
                                 "since: a rebase, an amended or squashed commit, force-pushed); the same texts are at "
                                 "other commits, so the site is unchanged, but `policy verify` reports "
                                 "{count:form:it|them} until `policy history --rebuild` publishes {count:form:it|them} "
                                 "again from there",
    "publish.sources-unfetched": "{versions}: published from another clone and brought here with {remote}/{branch} "
                                 "(this clone never published {count:form:it|them}); {count:form:its commit is|their "
                                 "commits are} not fetched: `git fetch {remote}` brings {count:form:it|them} where "
                                 "that clone pushed its {head} (then `git merge {remote}/{head}`); until then `policy "
                                 "verify` cannot prove {count:form:it|them} (else fetch {count:form:it|them} from that "
                                 "clone: `git fetch <that clone> <commit>`; `policy verify` names each)",
    "publish.sources-lost": "{versions}: the {count:form:commit|commits} {count:form:it was|they were} published from "
                            "{count:form:is|are} no longer in this repository's history, nor {count:form:is its text|"
                            "are their texts} at any other commit (main rewritten since, the published words edited): "
                            "`policy verify` cannot prove {count:form:it|them} until {count:form:its commit is|the "
                            "commits are} fetched from a clone that still has {count:form:it|them} (`git fetch <that "
                            "clone> <commit>`; `policy verify` names each)",
    "publish.shallow-version": "{version}: on {branch}, but its commit {commit} is not in this shallow clone",
    "publish.themes-removed": "removed {count:plural:shared theme folder|shared theme folders} no version links any "
                              "more: {folders}",
    "publish.manifest-by-hand": "{path}: written by commit {commit} ({subject}), none of publishing's (which adds a "
                                "version's publication record once, in a commit 'Publish {version} (…', and rewrites "
                                "it in one 'Rebuild {version} (…' of `policy history --rebuild`): the fingerprints it "
                                "lists for the version's files cannot be taken at their word",
    "history.merge-edited": "{version}: the merge {merge} changed the text itself (a conflict resolved, or words "
                            "edited in the merge): version {version} is the merge's own text, in force from {version}, "
                            "not the text of its {parent:ordinal} parent {commit} (dated {day:date}), which is no "
                            "version",
    "history.landed-draft": "{day:date}: the text of {commit} is a draft of version {version} ({final}): their commits "
                            "reached the branch at once on {landed:date} (a pull request rebased, or merged by rebase, "
                            "written from {written:date} on), so the branch never held it; it is no version",
    "history.left-behind": "{version}: published from {commit}, a text this branch held (at {tip}, a former tip this "
                           "clone's reflog records) until it was rewritten (a reset, or a force-push fetched): the "
                           "archive keeps the version as published, though the branch's history no longer shows its "
                           "text",
    "history.behind-remote": "{version}: published from {commit}, which {remote} holds and the current commit does not "
                             "(published from another clone, from a later {branch}): the archive keeps it; bring "
                             "{branch} up to date (`git merge {remote}`) before publishing a later text, which would "
                             "otherwise leave out that version's changes",
    "history.draft-merged": "{day:date}: the text of {commit}, reached only through the {parent:ordinal} parent of the "
                            "merge {merge}, is not published: a pull request's draft is not a version",
    "history.no-page/removed": "{commit}: {path} removed, so it is no version: the site keeps the version before it in "
                               "force until the next",
    "history.no-page/folder": "{commit}: {path} a folder, not a file, so it is no version: the site keeps the version "
                              "before it in force until the next",
    "history.no-page/link": "{commit}: {path} a symbolic link (publishing reads no link), so it is no version: the "
                            "site keeps the version before it in force until the next",
    "history.no-page/submodule": "{commit}: {path} a submodule (publishing reads none), so it is no version: the site "
                                 "keeps the version before it in force until the next",
    "history.no-page/lfs": "{commit}: {path} a Git LFS pointer, not the text (a `filter=lfs` line of .gitattributes: "
                           "git keeps the text outside the repository), so it is no version: the site keeps the "
                           "version before it in force until the next; take the policy out of LFS (`git lfs "
                           "untrack`, `git add --renormalize docs`)",
    "history.no-page/utf16": "{commit}: {path} saved as UTF-16 (the “Unicode” of Word or Notepad), not UTF-8, so its "
                             "date cannot be read and its text is no version: the site keeps the version before it in "
                             "force until the next; if that text was public, save it as UTF-8 and commit it again",
    "history.no-page/not-utf8": "{commit}: {path} is not UTF-8 text, so its date cannot be read and its text is no "
                                "version: the site keeps the version before it in force until the next; if that text "
                                "was public, save it as UTF-8 and commit it again",
    "history.language-dropped": "{lang:language} ({lang}): {path} held texts of the dated versions {versions}, when "
                                "the configuration had {lang:language}, which commit {commit} removed from it: no "
                                "version publishes them (a version is published in the languages configured today), "
                                "so the archive has no {lang:language} text; if they were public, configure "
                                "{lang:language} again",
    "history.translation-alone": "{commit}: {path} dated {date}, but {authoritative}, the authoritative text, is not "
                                 "there yet: a version needs it, so this text is no version, and the archive starts "
                                 "with the first version that has it ({first})",
    "history.tagged-undated": "{commit}: {path} has no `date:` in its front matter, though its tag {tag} names "
                              "{day:date}: its text is no version (a version's day is read from its text); to keep it "
                              "in the archive, import it dated (`policy import`, the file named by its day)",
    "history.undated": "{commit}: {path} has no date that can be read (date: YYYY-MM-DD), so its text is no version",
    # --- a page's heading levels (convert/heading_depth.py) and `policy history`'s progress on a terminal (cli.py) --
    "convert.word-heading": "Heading {level}",
    "convert.style-heading": "“{name}”",
    "convert.level-count": "{count:number} {level:said}",
    "convert.sixth-level": "the text uses every heading level under its title, and a web page has six, the title the "
                           "first: its {levels:each: and } headings are at the sixth level, as its {above:said} are, "
                           "each a section beside the heading above it, not inside it; write them in bold if they are "
                           "no sections of their own",
    "convert.levels-skipped": "the text uses no {skipped:each:, }: the headings below are a level up, so that its "
                              "{five:said} and {six:said} keep a level each under its title (a web page has six)",
    "publish.progress": "version {n:number} of {total:number}: {version} ({elapsed:decimal}s)",
    # --- the record of imported texts (imported.py) and Word's embedded pages refused (convert/alt_chunks.py) --------
    "imported.yaml": "{file}: cannot be read: {error}",
    "imported.entries": "{file}: a list of entries with `lang`, `date`, `sha256` and `source` is expected",
    "imported.link": "{file}: a symbolic link: the record is a file of the project's own",
    "import.alt-chunk-large": "{name}: the web page embedded as {part} unpacks to {mib:decimal} MiB: with the "
                              "document's XML, far more than a policy's text; save it again from Word, or as HTML",
    "import.alt-chunk-placed": "{name}: the web page embedded as {part:said} (Word's “alternative format chunk”) is "
                               "inside a table, a list or a text box, where its text cannot be read as a page: open "
                               "the document in Word and save it again (Word then writes the page's text as its own), "
                               "or import the page as .html",
    "import.alt-chunk-placed/a-chunk": "a chunk",
    # --- import notes of the links a converted text had (convert/neutralise.py) ---------------------------------------
    "convert.link-cleaned/redirect": "wrote the address {redirect} sent its readers to",
    "convert.link-cleaned/scheme": "wrote its scheme {scheme} in lower case, {lower}",
    "convert.link-cleaned": "removed its tracking parameters ({parameters})",
    "convert.autolink-read": "the autolink <{written}> written {read}: the site's Markdown would not show it as a link "
                             "to that address",
    "convert.link-untracked/autolink": "link {href}: {cleaned:said}, as the site publishes it",
    "convert.autolink-script": "autolink to a script URL “{href}” became plain text",
    "convert.link-in-link": "link “{label}” to {href}, written in the words of a link to {outer} (a link in a link, "
                            "which a browser splits in two): kept its words in the link around them, removed its own "
                            "target",
    "convert.link-script": "link “{label}” pointed to a {scheme}: URL: kept its text, removed the target",
    "convert.angled-file": "<{written}>, a file's name written between angle brackets (the site's Markdown would read "
                           "it as an HTML tag and show nothing): written as its words",
    "convert.angled-file/page": "<{written}>, a page of the old site written between angle brackets (the site's "
                                "Markdown would read it as an HTML tag and show nothing): written as a link to it, "
                                "which the import sends to its page where it brings it",
    "convert.autolink-domain": "<{written}>, a domain written between angle brackets without its scheme (the site's "
                               "Markdown would read it as an HTML tag and show nothing): linked to {address}",
    "convert.autolink-domain/in-link": "<{written}>, a domain written between angle brackets in a link's words (the "
                                       "site's Markdown would read it as an HTML tag and show nothing): written as its "
                                       "words",
    "convert.link-domain": "link “{label}” pointed to {href}, a domain written without its scheme: linked to "
                           "{address}",
    "convert.link-missing-file": "link “{label}” pointed to {href}, a file of the old site that this site does not "
                                 "have: kept its text, removed the target",
    "convert.link-untracked": "link “{label}”: {cleaned:said}, as the site publishes it",
    "convert.link-deceptive/kept": "link “{label}”: {refused:said}: kept its text, linked to {address}",
    "convert.link-deceptive/unlinked": "link “{label}”: {refused:said}: kept its text, removed the target",
    "convert.link-elsewhere": "link “{label}”: {elsewhere:said}, which the site refuses to publish: kept its text, "
                              "removed the target",
    "convert.link-subject": "link “{label}”: {refused:said}, which the site refuses to publish: kept the link, "
                            "removed its subject",
    "convert.link-title": "link “{label}”: its title “{title}” shows another address than where it goes, which the "
                          "site refuses to publish: kept the link, removed the title",
    "convert.link-title/unshown": "link “{label}”: its title “{title}” says words the page shows only while a "
                                  "pointer rests on the link, which the site refuses to publish: kept the link, "
                                  "removed the title",
    # --- import notes of raw HTML tags, template code and images in a converted text (convert/neutralise.py, ----
    # --- convert/rawhtml.py) -------------------------------------------------------------------------------------
    "convert.raw-removed": "removed “{markup}”",
    "convert.raw-embed-linked": "<{tag}> embedding {url} became a link to it",
    "convert.raw-element-removed": "removed a <{tag}> element",
    "convert.raw-element-removed/content": "removed a <{tag}> element and its content",
    "convert.raw-stray-opening": "an opening <{tag}> with no words after it in its paragraph, never closed, marked "
                                 "nothing: removed",
    "convert.raw-tag": "raw HTML <{tag}>{renamed:opt: became <%s>}{dropped:said}{anchor:said}",
    "convert.raw-tag-dropped": ": removed {dropped:each:, }",
    "convert.raw-tag-anchor": ": its name= became id=",
    "convert.dropped/theme-id": "{key}= (ids starting with __ are the theme's)",
    "convert.dropped/script": "{key}=“{value}” (a script URL)",
    "convert.dropped/relative": "{key}=“{value}” (a page or file of the site it was published on, not of this one)",
    "convert.dropped/scheme": "{key}=“{value}” (only http(s), mailto: and # links are allowed)",
    "convert.dropped/handler": "{key}= (an event handler)",
    "convert.dropped/other": "{key}=",
    "convert.dropped/unshown-title": "title=“{title}” (words the page shows only while a pointer rests on them)",
    "convert.raw-list-in-line": "raw HTML list in a line (a table cell): each item on a line of its own there, after "
                                "its “-” or number",
    "convert.raw-not-allowed": "raw HTML <{tag}> is not on the allow-list: removed the tag, kept its text",
    "convert.escaped-tag": "“\\<” written “&lt;” (the same character: the HTML checks do not read Markdown escapes)",
    "convert.script-text": "the text “{text}” reads as a script URL to the checks: shown as code",
    "convert.sharepoint-file": "read the SharePoint site page file as SharePoint showed it: its title, {title}, over "
                               "the text of its canvas (the page's saved properties, CanvasContent1)",
    "convert.sharepoint-webparts": "left out {count:plural:web part|web parts} of the SharePoint page, drawn by the "
                                   "page's scripts from {count:form:the part's|the parts'} settings (an image, links, "
                                   "a list): if readers read words there, write the same words in the text",
    "convert.sharepoint-webparts/titled": "left out {count:plural:web part|web parts} of the SharePoint page, drawn "
                                          "by the page's scripts from {count:form:the part's|the parts'} settings "
                                          "({titles}): if readers read words there, write the same words in the text",
    "convert.sharepoint-chrome": "left out SharePoint's bars, byline and page footer around the page's text (likes, "
                                 "views, comments): {words}",
    "convert.liquid-raw": "Jekyll's {{% raw %}} showed {count:plural:piece|pieces} of template code as "
                          "written, {shown}: written as code, as readers saw it, the markers left out",
    "convert.liquid-marker": "removed the Liquid marker {marker}",
    "convert.hugo-email": "the Hugo shortcode {tag} written as the link it made, to {address}, as the old site showed "
                          "it",
    "convert.template-tag/hugo": "removed the Hugo shortcode {code}, which the old site ran (a link it made now has no "
                                 "address: write it)",
    "convert.template-tag/hugo-param": "removed the Hugo shortcode {code}, the words of a setting of the old site's "
                                       "that neither the page's front matter nor its site's configuration gives here: "
                                       "write the words it showed",
    "convert.template-tag/liquid": "removed the Liquid tag {code}, which the old site ran (a link it made now has no "
                                   "address: write it)",
    "convert.template-tag/other": "removed the template tag {code}, which the old site ran (a link it made now has "
                                  "no address: write it)",
    "convert.icon": "removed the icon {icon}, which the old site drew (this site shows no icons in the text)",
    "convert.kramdown-heading-id": "kramdown's {code} under a heading, which gave it its id: written on the "
                                   "heading, {{#{id}}}",
    "convert.kramdown-directive": "removed the kramdown directive {code}",
    "convert.image-linked": "image {image} (another host) became a link to it, with its alt text “{alt}”",
    "convert.image/data": "an image embedded as a data: URL",
    "convert.image/foreign": "image {image} (another host)",
    "convert.image/missing": "image {image:else:convert.image-no-address} (a file this site does not have)",
    "convert.image-no-address": "(no address)",
    "convert.image-alt": "{image:said} became its alt text “{alt}”",
    "convert.image-no-alt": "{image:said} had no alt text: removed",
    # --- a shallow clone's history (history.py) and what git refuses to read (git.py) ----------------------------
    "history.shallow": "shallow clone: git history stops at {stops:each:, }, so dated versions committed before it "
                       "are missing{oldest:said}; run `git fetch --unshallow` to publish the whole archive",
    "history.shallow/oldest": "; the oldest dated version found is {version}",
    "git.bare": "{path}: a bare repository has no policy to publish",
    "git.missing-at": "{path} does not exist at {rev}",
    "git.no-object": "object {sha} is not in the repository",
    "git.no-object/detail": "object {sha} is not in the repository: {detail}",
    "git.not-blob": "object {sha} is not a blob in the repository",
    "git.object-unfetched": "object {sha} is not in this partial clone (`--filter`), and git could not fetch it "
                            "from its remote {remotes}: let git reach that remote (its address, its credentials), or "
                            "clone without `--filter`",
    "git.blob-unreadable": "{path} at {commit}: git cannot read this file (object {sha}), which the repository names "
                           "but does not hold: {detail}",
    "git.blob-unreadable/partial": "{path} at {commit}: this clone is partial (`--filter`): git fetches each text from "
                                   "its remote as it is read, and could not fetch this one (object {sha}) from "
                                   "{remotes}: let git reach that remote (its address, its credentials), or clone "
                                   "without `--filter`",
    # --- a manifest on the branch that cannot be read (manifest.py) -------------------------------------------------
    "manifest.invalid/deep": "not a valid manifest (nested too deep)",
    "manifest.invalid/read": "not a valid manifest ({error:said})",
    "manifest.invalid/missing": "it has no field “{key}”",
    "manifest.invalid/shape": "a field holds a value of another kind than the one publishing writes there",
    "manifest.invalid/fields": "not a valid manifest (a version, commit, path or digest is not what it should be)",
    "manifest.invalid/changes": "not a valid manifest ({lang}: changes: {problem:said})",
    "manifest.changes/mapping": "not a set of fields",
    "manifest.changes/text": "`{key}` is not text",
    "manifest.changes/day": "`{key}` is not a day (YYYY-MM-DD)",
    "manifest.changes/counts": "`counts` is not a set of fields holding numbers",
    "manifest.changes/replaced": "`replaced` is not a list of terms (each its `old` and `new` words and their `count`)",
    "manifest.changes/preamble": "`preamble` is not true or false",
    "manifest.changes/sections": "`sections` is not a list",
    "manifest.changes/section": "section {n} is not a kind, old and new numbers, a title and whether it changed",
    "manifest.changes/marks": "section {n}'s marks of its numbers are not text",
    "manifest.changes/partner": "section {n}'s section it was merged into or split off is not a number, a title and a "
                                "mark",
    "branch.manifest-unreadable": "{branch}: {path}: {error:said}: `policy verify` lists what is wrong; the branch is "
                                  "left as it is",
    # --- refusals joined, what a command leaves as it was (publish.py, publish_refusals.py, files.py) ---------------
    "refusal.each": "{reasons:each: }",
    "publish.nothing-after": "{refusal:said} Nothing was published.",
    "publish.nothing-after/sentence": "{refusal:said}. Nothing was published.",
    "publish.first-shallow": "nothing published: neither {branch} nor {remote}/{branch} is here, a first publication "
                             "needs the whole history, and this is a {shallow:said} (the versions it hides could never "
                             "be published after a later one); if {remote} has the published archive, fetch it too "
                             "(`git fetch {remote} {branch}:{branch}`); on GitHub Actions, actions/checkout fetches "
                             "both with `fetch-depth: 0`",
    "publish.shallow-since": "nothing published: {version}, the newest published version, was built from commit "
                             "{commit}, which this clone lacks: the dated versions committed since (to publish before "
                             "a later one, or that refuse it) cannot be read; {shallow:said} (on GitHub Actions: "
                             "`fetch-depth: 0` in actions/checkout)",
    "history.shallow/bare": "shallow clone",
    "files.unchanged": "{path}: {reason}; left as it was",
    "refuse.mike-deployed": "{prefix}: {versions}",
    "refuse.mike-deployed/root": "{versions}",
    # --- a new version whose words are those of the version before it (gate.same_words) -----------------------------
    "gate.same-words": "{version}: its text is, word for word, that of {before}, the version before it, in every "
                       "language ({languages}): its date alone changed; the archive lists {version} as a version whose "
                       "history entry, changes page and feed item say “No change in the text.” (if a change was meant, "
                       "it is not in this commit; a review confirming the text may say so in `summary:`)",
    "gate.same-words/numbering": "{version}: its words are those of {before}, the version before it, in every language "
                                 "({languages}); only the way its headings write their numbers changed "
                                 "({shown:each}{more:said}): the archive lists {version} as a version whose history "
                                 "entry, changes page and feed item say “No change in the text.” (say what changed in "
                                 "`summary:`, which they then give)",
    "gate.renumbered": "{lang:language}, {label}: “{was}” → “{now}”",
    "gate.renumbered/more": "; … ({count:number} headings)",
}
