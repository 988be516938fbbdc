"""The gate: what every version passes before it reaches the branch, whatever the command.

A version is judged on its own commit, read from git (never from the disk): its files as git
stores them (`source`), every check of `policy check` with that commit as the present (dates
never in the future, translations in line as of that commit), then, once built, every HTML
page it publishes (`safety`). A team records in `unpublished.yml`, reviewed like any change,
the commits it knowingly never publishes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import git as gitpython
import yaml

from policysite import (
    checks,
    clock,
    document,
    findingcache,
    git,
    history,
    imported,
    messages,
    preview,
    reference_uses,
    rendering,
    repeated_front,
    safety,
    settings as policy_settings,
    source,
    staleness,
)
from policysite.findings import Finding, blocking, warnings
from policysite.messages import Said, yaml_reason
from policysite.settings import Settings

EXCEPTIONS_FILE = "unpublished.yml"


class GateError(Exception):
    """The gate's own input is unusable (the exceptions file)."""


class Sources(Mapping[str, bytes]):
    """Language -> its page's bytes as committed, read from the snapshot's folder when asked: a history's versions
    are all judged before the first is built, and holding every text until then took 80 kB a version (80 MB at
    1,000 versions). Each file is read back only if its bytes are those judged (their digest): a file changed in
    between is an error, never a text published unchecked."""

    def __init__(self, pages: dict[str, Path]) -> None:
        self._pages = dict(pages)
        self._digests = {code: hashlib.sha256(path.read_bytes()).digest() for code, path in self._pages.items()}

    def __getitem__(self, code: str) -> bytes:
        data = self._pages[code].read_bytes()
        if hashlib.sha256(data).digest() != self._digests[code]:
            raise GateError(Said("gate.changed-after", path=self._pages[code]))
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)


@dataclass
class Snapshot:
    """One commit's policy, as the build will read it: a folder with the configuration and docs."""

    commit: str
    root: Path                      # mkdocs*.yml (from the theme) and the docs folders of the commit
    docs: dict[str, Path]           # language -> its docs folder in `root`
    sources: Mapping[str, bytes]    # language -> the page's bytes as committed (Sources)
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        """What refuses the version."""
        return blocking(self.findings)

    @property
    def recorded(self) -> list[Finding]:
        """Warnings: said, not refusing (the writing of a text that was public before the site)."""
        return warnings(self.findings)

    def date(self, settings: Settings) -> dt.date | None:
        data = self.sources.get(settings.authoritative)
        if data is None:
            return None
        return history.date_of(data.decode("utf-8", "replace"), lang=settings.authoritative)


def snapshot(repo: gitpython.Repo, *, root: Path, settings: Settings, commit: str, theme_root: Path,
             dest: Path, today: dt.date | None = None, at: dict[str, str] | None = None) -> Snapshot:
    """Write `commit`'s policy beside the theme's configuration into `dest` and judge it.

    The findings are those of `policy check` as of that commit, and any file under a docs folder
    that is a symlink or would be published unchecked. `at`: where each language's page was at `commit`, if
    it moved since (history.DatedVersion.paths).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for config in theme_root.glob("mkdocs*.yml"):
        shutil.copy2(config, dest / config.name)
    docs, findings, names = source.pages(repo, root=root, settings=settings, commit=commit, theme_root=theme_root,
                                         dest=dest, at=at)
    sources = Sources({code: folder / settings.page for code, folder in docs.items()
                       if (folder / settings.page).exists()})
    missing = [code for code in docs if code not in sources]
    if settings.authoritative in missing:
        findings += [Finding.of(f"{docs[code].relative_to(dest).as_posix()}/{settings.page}", 1, "source.missing/at",
                                code=code, commit=commit[:7]) for code in missing]
        return Snapshot(commit, dest, docs, sources, findings)
    prefix = source.prefix_of(repo, root)
    origin = source.Origin(repo, commit, prefix)
    view = staleness.GitView(repo, commit, lambda path: names.get(Path(path)) or origin.name(dest, Path(path)))
    if today is None:  # the company's day, as the checks take it
        with clock.company_zone(settings.time_zone):
            today = clock.today()
    # A translation may start with a later version: a commit without it is judged in the languages it has
    # (publishing refuses a version without a language an earlier version has).
    langs, recorded = list(sources) if missing else None, imported.produced(repo, "HEAD", prefix)
    place = findingcache.folder(repo.common_dir)
    kept_under = findingcache.key(
        root=dest, commit=commit, prefix=prefix, imported=recorded, document=settings.document, langs=langs,
        names={(path.relative_to(dest) if path.is_relative_to(dest) else path).as_posix(): name
               for path, name in names.items()},
        day=checks.day_key((sources[code].decode("utf-8", "replace") for code in sources), today=today))
    judged = findingcache.load(place, kept_under)
    if judged is None:
        try:
            judged = checks.check_project(root=dest, today=today, view=view, langs=langs, imported=recorded,
                                          document=settings.document)
        except policy_settings.SettingsError as exc:
            judged = [Finding(*_settings_place(messages.text_of(exc)), "source.settings", messages.text_of(exc))]
        findingcache.save(place, kept_under, judged)
    findings += judged
    if names:  # a version read where its pages were: its findings name the files there
        shown = {path.relative_to(dest).as_posix(): name for path, name in names.items()}
        findings = [dataclasses.replace(f, path=shown.get(f.path, f.path)) for f in findings]
    return Snapshot(commit, dest, docs, sources, sorted(set(findings)))


def _settings_place(said: str) -> tuple[str, int]:
    """The file and line a refusal of the settings names (`mkdocs.yml:61: the notice period …`, `mkdocs.en.yml:
    docs_dir: …`), mkdocs.yml's first line where it names none: the finding at the setting, not at mkdocs.yml:1."""
    fields = said.fields if isinstance(said, Said) else {}
    file, _, line = str(fields.get("where", fields.get("name", ""))).rpartition(":")
    if file and line.isdigit():
        return file, int(line)
    named = str(fields.get("where", fields.get("name", "")))
    return (named, 1) if re.fullmatch(r"mkdocs(?:\.[\w-]+)?\.ya?ml", named) else ("mkdocs.yml", 1)


def first_notice(snap: Snapshot, settings: Settings, *, today: dt.date,
                 recorded: frozenset[str] = frozenset()) -> list[Finding]:
    """A version published for the first time ahead of its date: a material one gives its notice from today, and
    its `announced:` is today.

    The checks measure notice from `announced:`; this measures it from the day the version reaches the
    branch, so a date announced long ago but published late is refused too. `announced:` is the day readers
    are told: an earlier one would have the page, the history and the feed say they were told on a day the site
    never showed the text (a feed entry dated years back, filed among old ones). Texts recorded in imported.yml
    (`recorded`: public before the site) keep theirs. Once published, a version is never judged by this again (a
    rebuild, a fresh clone's `policy history`).
    """
    data = snap.sources.get(settings.authoritative)
    if data is None:
        return []
    path = f"{snap.docs[settings.authoritative].relative_to(snap.root).as_posix()}/{settings.page}"
    policy = document.front(data.decode("utf-8", "replace"), path=path, lang=settings.authoritative)
    date = policy.date
    if date is None or date <= today:
        return []
    found = []
    announced = policy.announced
    if announced is not None and announced < today and imported.digest(data) not in recorded:
        found.append(Finding.of(path, policy.meta_lines.get("announced", 1), "frontmatter.notice/published-late",
                                announced=announced.isoformat(), today=today.isoformat()))
    if policy.change == "material" and (date - today).days < settings.notice_days:
        found.append(Finding.of(path, policy.meta_lines.get("date", 1), "frontmatter.notice/first",
                                date=date.isoformat(), days=(date - today).days, today=today.isoformat(),
                                notice_days=settings.notice_days,
                                earliest=(today + dt.timedelta(days=settings.notice_days)).isoformat()))
    return found


def repeated_summary(snap: Snapshot, settings: Settings, *, previous: Mapping[str, bytes], before: str,
                     today: dt.date, recorded: frozenset[str] = frozenset()) -> list[Finding]:
    """A version first published with the `summary:` of the version before it (`before`, whose pages are `previous`)
    while its text changed: the history, its changes page, the feed and section 1 would give it that version's
    changes (legal hunt 36: a summary left in the front matter from the last edit; published, it never changes). And
    one published on or after its date with that version's `announced:`: the history and the feed would record an
    announcement of it that never was (the front matter's day left from the last announcement)."""
    found = []
    for lang, data in sorted(snap.sources.items()):
        old = previous.get(lang)
        if old is None or lang not in snap.docs or imported.digest(data) in recorded:
            continue
        new_text, old_text = (document.normalise(page.decode("utf-8", "replace")) for page in (data, old))
        path = f"{snap.docs[lang].relative_to(snap.root).as_posix()}/{settings.page}"
        policy, earlier = document.front(new_text, path=path, lang=lang), document.front(old_text, lang=lang)
        found += repeated_front.findings(earlier, policy, changed=document.body(new_text) != document.body(old_text),
                                         today=today, before=before)
    return found


def editorial_material(snap: Snapshot, settings: Settings, *, previous: Mapping[str, bytes], before: str,
                       recorded: frozenset[str] = frozenset()) -> list[Finding]:
    """`policy check`'s warning of a page marked `change: editorial` whose text tells readers more than a correction
    of wording, judged at publication against the version before it (`before`, whose pages are `previous`): a text
    pushed and published without a pull request's check is said so too, and recorded with the version."""
    lang = settings.authoritative
    data, old = snap.sources.get(lang), previous.get(lang)
    if data is None or old is None or lang not in snap.docs or imported.digest(data) in recorded:
        return []
    path = f"{snap.docs[lang].relative_to(snap.root).as_posix()}/{settings.page}"
    new_text = document.normalise(data.decode("utf-8", "replace"))
    if document.front(new_text, lang=lang).change != "editorial":
        return []
    from policysite import change_class  # (the differ: only for a text marked editorial)

    old_text = document.normalise(old.decode("utf-8", "replace"))
    return change_class.check(document.parse(old_text, path=path, lang=lang),
                              document.parse(new_text, path=path, lang=lang), version=before,
                              notice_days=settings.notice_days)


def same_words(snap: Snapshot, settings: Settings, *, previous: Mapping[str, bytes], before: str,
               version: str) -> list[str]:
    """A new version whose pages hold, word for word, the text of the version before it (`before`, whose pages are
    `previous`) in every language, its date alone changed, or its headings' numbers written otherwise alone (`1.`
    become `I.`, `Article 1 –`): published (a review may confirm a text under a new date; refusing would block a
    history for ever), and said, so that the legal team knows the archive now lists a version whose history entry,
    changes page and feed item say no change, and that any change meant is not in this commit (texts 27: published
    without a word). Not said where its `summary:` says why it was dated anew."""
    if not snap.sources or set(snap.sources) != set(previous):
        return []
    restyled: list[Said] = []
    for lang, data in snap.sources.items():
        new_text, old_text = (document.normalise(page.decode("utf-8", "replace")) for page in (data, previous[lang]))
        new, old = document.front(new_text, lang=lang), document.front(old_text, lang=lang)
        if new.summary or {key: new.meta.get(key) for key in ("title", "description")} != \
                {key: old.meta.get(key) for key in ("title", "description")}:
            return []
        if document.body(new_text) != document.body(old_text):
            numbering = _numbering_only(document.parse(old_text, path=lang, lang=lang),
                                        document.parse(new_text, path=lang, lang=lang))
            if numbering is None:
                return []
            restyled += [Said("gate.renumbered", lang=lang, label=label, was=was, now=now)
                         for label, was, now in numbering]
    languages = ", ".join(sorted(snap.sources, key=lambda code: code != settings.authoritative))
    if restyled:
        more = Said("gate.renumbered/more", count=len(restyled)) if len(restyled) > 3 else ""
        return [Said("gate.same-words/numbering", version=version, before=before, languages=languages,
                     shown=restyled[:3], more=more)]
    return [Said("gate.same-words", version=version, before=before, languages=languages)]


def _numbering_only(old: document.Policy, new: document.Policy) -> list[tuple[str, str, str]] | None:
    """Each heading whose number alone is written otherwise (`§1: “1.” → “I.”`) where the two pages differ in nothing
    else the history summarises (the same sections, numbers, titles and blocks); None where they differ otherwise."""
    if old.shown_title != new.shown_title or [b.markdown or b.text for b in old.preamble] != \
            [b.markdown or b.text for b in new.preamble] or len(old.sections) != len(new.sections):
        return None
    found = []
    for before, after in zip(old.sections, new.sections, strict=True):
        if (before.number, before.title, before.level) != (after.number, after.title, after.level) or \
                [b.markdown or b.text for b in before.blocks] != [b.markdown or b.text for b in after.blocks]:
            return None
        was, now = (" ".join(s.written.removesuffix(s.title).split()) for s in (before, after))
        if was != now:
            found.append((after.label, was, now))
    return found or None


def imported_after(snap: Snapshot, settings: Settings, *, recorded: frozenset[str], latest: str | None,
                   version: str, today: dt.date) -> list[Finding]:
    """A text recorded in imported.yml (public before the site: its writing findings are warnings) may not be a
    version dated after the newest published one and not before today: that is a new text, which gets every check
    (a pull request recording its own text there turned its misspellings into warnings). An archived text found
    later is dated in the past: it stays one (and is said to be published after its date, late_notes)."""
    if latest is None or version <= latest or version < today.isoformat():
        return []
    found = []
    for lang, data in sorted(snap.sources.items()):
        if imported.digest(data) in recorded:
            path = f"{snap.docs[lang].relative_to(snap.root).as_posix()}/{settings.page}" if lang in snap.docs \
                else imported.FILE
            found.append(Finding.of(path, 1, "source.imported", lang=lang, version=version, file=imported.FILE,
                                    latest=latest))
    return found


def late_notes(snap: Snapshot, settings: Settings, *, today: dt.date, in_force: str | None,
               recorded: frozenset[str] = frozenset(), unchanged: bool = False) -> list[str]:
    """What a version first published onto an archive on or after its date makes the archive say, as warnings.

    The archive dates each text from its front matter: a text dated before today says it was in force on days when
    the site showed `in_force`; a material change dated today or before took effect with no notice; an
    `announced:` day before a publication after the date is an announcement nobody could read. None of this is
    refused (texts are committed, and published, after their date when CI waited), but the DPO is told, and the
    branch's commit of the day proves when the text reached the site. Nothing is said of a site's first
    publication (its history), of texts recorded in imported.yml (`recorded`), or of versions ahead of their date;
    nor of a material change where the text changes no section of `in_force`'s (`unchanged`: the same words under a
    new date, its front matter or formatting aside, change no one's rights: history hunt 31, finding 16).
    """
    data = snap.sources.get(settings.authoritative)
    if in_force is None or data is None or imported.digest(data) in recorded:
        return []
    policy = document.front(data.decode("utf-8", "replace"), lang=settings.authoritative)
    date = policy.date
    if date is None or date > today:
        return []
    version = date.isoformat()
    notes: list[str] = []
    if date < today:
        notes.append(Said("publish.late", version=version, day=date.isoformat(), today=today.isoformat(),
                           in_force=in_force))
    if policy.change == "material" and not unchanged:
        notes.append(Said("publish.late/no-notice", version=version, notice_days=settings.notice_days))
    if policy.announced is not None:
        notes.append(Said("publish.late/announced", version=version, announced=policy.announced.isoformat()))
    return notes


def output_findings(violations: list[safety.Violation], *, page: str, text: str, lang: str) -> list[Finding]:
    """Output violations of one language's build as findings on its Markdown page, at the line of
    the section they are in (the front matter's line 1 for the theme's part of the page), or the line in it that
    writes the violation's words (a title: not the section's heading)."""
    text = document.normalise(text)
    policy = document.parse(text, path=page, lang=lang)
    lines = {section.anchor: section.line for section in policy.sections}
    written = text.split("\n")
    findings = []
    for violation in violations:
        line = lines.get(violation.anchor or "", policy.title_line if violation.anchor else 1) or 1
        line = reference_uses.use_of(text, _writing(written, line, violation.words)) if violation.words else line
        findings.append(Finding.of(page, line, "safety.output", file=violation.file, message=violation.message))
    return sorted(set(findings))


def _writing(lines: list[str], start: int, words: str) -> int:
    """The first line from `start` (1-based) that writes `words` (as written, HTML-escaped, or their first word), else
    `start`."""
    import html

    said = " ".join(words.split())
    for probe in dict.fromkeys((said, html.escape(said), html.escape(said, quote=False), *said.split()[:1])):
        for number in range(start, len(lines) + 1):
            if probe and probe in " ".join(lines[number - 1].split()):
                return number
    return start


def build_findings(logged: list[str], *, page: str, text: str, lang: str) -> list[Finding]:
    """A strict build's warnings as findings on the Markdown page, each at the line it is about: the line
    of the body it names (`body line 7: `, MkDocs' page: the file without its front matter), the section
    it names (`section #s3`), else the first line holding what it quotes (`a link 'x'`), else 1. The hook's
    own are said as it logged them (in the site's language); MkDocs' in the catalogue's words, its own on a
    line marked as its (they were English inside a French refusal)."""
    text = document.normalise(text)
    policy = document.parse(text, path=page, lang=lang)
    sections = {section.anchor: section.line for section in policy.sections}
    lines = text.split("\n")
    before_body = rendering.body_of(text)[1]
    findings = []
    for message in logged:
        own = message.startswith("policy: ")  # the hook's own warnings (its plugin logger's prefix)
        message = message.removeprefix("policy: ")
        where = preview.located(message)  # (in the words of the site's language, as the hook logged it)
        line = 0 if where is None else sections.get(where.value, 0) if where.kind == "section" else \
            before_body + int(where.value)
        message = where.rest if where else message
        for quoted in [] if line else re.findall(r"'([^'\n]+)'", message):
            line = next((n for n, content in enumerate(lines, 1) if quoted in content), 0)
            if line:
                break
        findings.append(Finding(page, line or 1, "build.warning", message) if own or where else
                        Finding.of(page, line or 1, "build.warning/mkdocs", detail=messages.detail("MkDocs", message)))
    return findings


@dataclass(frozen=True)
class Refusal:
    """A version the gate refused: its date, commit and each finding."""

    version: str
    commit: str
    findings: tuple[Finding, ...]

    def __str__(self) -> str:
        return self.said()

    def said(self, lang: str = messages.DEFAULT) -> str:
        """The refusal and its first 20 findings, said in `lang` where its catalogue has them."""
        def say(key: str, **fields: object) -> str:
            return messages.say(key, fields, lang) or messages.english(key, fields)

        shown = "\n".join(f"  {finding.said(lang)}" for finding in self.findings[:20])
        more = f"\n  {say('refusal.more', count=len(self.findings) - 20)}" if len(self.findings) > 20 else ""
        return (say("refusal.version", version=self.version, commit=self.commit[:7], count=len(self.findings))
                + f"\n{shown}{more}")


class _Texts(document.MetaLoader):
    """unpublished.yml as written: every value is text (an id of digits, 1234567, or of digits around an e,
    59974e3, read as a number had become another id, or none)."""

    yaml_implicit_resolvers: dict = {}


def exceptions(repo: gitpython.Repo, *, root: Path, rev: str = "HEAD") -> dict[str, str]:
    """The commits recorded as never published, full id -> reason, from `unpublished.yml` at `rev`.

    The file is a list of `{commit: <id, 7 characters or more>, reason: <why>}`; it is read as
    committed, so an exception is reviewed like any other change.
    """
    prefix = source.prefix_of(repo, root)
    name = f"{prefix}/{EXCEPTIONS_FILE}" if prefix else EXCEPTIONS_FILE
    data = git.read_blob(repo, rev, name) if repo.head.is_valid() else None
    if data is None:
        return {}
    try:
        entries = yaml.load(data.decode("utf-8"), Loader=_Texts) or []
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise GateError(Said("gate.exceptions-yaml", file=EXCEPTIONS_FILE, error=yaml_reason(exc, at=True))) from None
    if not isinstance(entries, list):
        raise GateError(Said("gate.exceptions-list", file=EXCEPTIONS_FILE))
    found = {}
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("commit"), str) \
                or not isinstance(entry.get("reason"), str) or not entry["reason"].strip():
            raise GateError(Said("gate.exceptions-entry", file=EXCEPTIONS_FILE, n=n))
        if not re.fullmatch(r"[0-9a-fA-F]{7,64}", entry["commit"]):  # an id, not HEAD~0000 or a branch's name
            raise GateError(Said("gate.exceptions-not-id", file=EXCEPTIONS_FILE, n=n, commit=entry["commit"]))
        full = git.rev_parse(repo, f"{entry['commit']}^{{commit}}")
        if full is None:
            raise GateError(Said("gate.exceptions-unknown/shallow" if git.shallow_boundary(repo)
                                 else "gate.exceptions-unknown", file=EXCEPTIONS_FILE, n=n, commit=entry["commit"]))
        found[full] = entry["reason"].strip()
    return found
