"""The README's adoption guide, typed as it is written: its `sh` blocks are read from README.md (never copied here) and
run line by line in one shell, as an engineer with nothing but Python and git would run them: in a temporary folder
beside a stand-in of this project's folder (its `.venv` the one running the tests), `HOME` a fresh folder (so `~/archive`
is the synthetic company's archive, and git has no identity), `CI=true`, no standard input. The company's earlier
texts are made from what the commands name (each `lang=`, `from=`, `document=`), so that a guide naming other
folders or languages is still run as written. Every command must succeed and do what the guide says it does."""
from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from helpers import git

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Adopting the generator"
PRIVACY = {"2022-03-01": "", "2023-06-01": " phone"}
COOKIES = "2023-01-15"
# The synthetic company's texts, by language: (title, heading 1, its text, heading 2, what it collects with `{extra}`,
# the link to its cookie policy), for the languages a guide may name.
WORDS = {
    "fr": ("Politique de confidentialité", "1. Qui sommes-nous",
           "Acme SAS, société par actions simplifiée, traite vos données personnelles.",
           "2. Données collectées", "Nous collectons votre nom et votre adresse électronique{extra}.",
           " Voir notre [politique relative aux cookies](cookies.md).", {" phone": ", ainsi que votre téléphone"},
           "Politique relative aux cookies", "Nous ne déposons aucun cookie publicitaire."),
    "en": ("Privacy policy", "1. Who we are", "Acme SAS, a simplified joint-stock company, processes your personal data.",
           "2. Data collected", "We collect your name and your email address{extra}.",
           " See our [cookie policy](cookies.md).", {" phone": ", and your phone number"},
           "Cookie policy", "We set no advertising cookie."),
}


def _blocks() -> list[list[str]]:
    """The `sh` blocks of the README's adoption section, each its lines that hold a command."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n" + SECTION)
    section = text[start:text.index("\n## ", start + 1)]
    blocks = re.findall(r"^```sh\n(.*?)^```", section, re.S | re.M)
    return [[line for line in block.splitlines() if shlex.split(line, comments=True)] for block in blocks]


def _words(line: str) -> list[str]:
    return shlex.split(line, comments=True)


def _imports(lines: list[str], home: Path) -> list[tuple[str, Path, str]]:
    """Each import the lines make: (language, the folder it reads, the document)."""
    found = []
    for line in lines:
        words = _words(line)
        if words[:2] == ["make", "import"]:
            given = dict(word.split("=", 1) for word in words[2:])
            found.append((given["lang"], Path(given["from"].replace("~", str(home), 1)), given.get("document", "")))
    return found


def _archive(imports: list[tuple[str, Path, str]]) -> None:
    """The synthetic company's texts where the commands read them: two dated versions of its policy (the second
    linking its cookie policy where the guide imports one), one of its cookie policy."""
    cookies = any(document == "cookies" for _lang, _folder, document in imports)
    for lang, folder, document in imports:
        title, h1, p1, h2, p2, link, extras, cookie_title, cookie_text = WORDS[lang]
        folder.mkdir(parents=True, exist_ok=True)
        if document == "cookies":
            (folder / f"cookies-{COOKIES}.md").write_text(f"# {cookie_title}\n\n## 1. {cookie_title}\n\n{cookie_text}\n",
                                                          encoding="utf-8")
            continue
        for day, extra in PRIVACY.items():
            said = p2.format(extra=extras.get(extra, "")) + (link if cookies and extra else "")
            (folder / f"privacy-{day}.md").write_text(f"# {title}\n\n## {h1}\n\n{p1}\n\n## {h2}\n\n{said}\n",
                                                      encoding="utf-8")


def _environment(home: Path, port: int) -> dict[str, str]:
    """A new machine's shell: no git identity, no virtual environment active, CI's variable set."""
    venv_bin = str(Path(sys.prefix) / "bin")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GIT_", "POLICY", "VIRTUAL_ENV", "XDG_", "PYTHON"))}
    env["PATH"] = os.pathsep.join(p for p in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
                                  if p and Path(p).resolve() != Path(venv_bin).resolve())
    env.update(HOME=str(home), CI="true", GIT_CONFIG_NOSYSTEM="1", port=str(port))
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 (the test's own server, on 127.0.0.1)
        assert answer.status == 200, url
        return str(answer.read().decode("utf-8"))


def _run_guide(lines: list[str], tmp_path: Path) -> tuple[list[tuple[str, int | None, str]], dict[str, str], int]:
    """Runs the lines in one shell from the project's folder; a last `make serve` is left serving until its pages
    were read. Returns each line's (command, exit status, output), the pages read and the port."""
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir(exist_ok=True)
    (project / ".venv").symlink_to(sys.prefix)  # this project's folder, after `make install`
    port = _free_port()
    script = ["exec 2>&1", "exec </dev/null"]
    for n, line in enumerate(lines):
        script += [f"printf '\\n@@ start {n}\\n'", line, f"printf '\\n@@ end {n} %s\\n' \"$?\""]
    log = tmp_path / "guide.log"
    with open(log, "wb") as out:
        shell = subprocess.Popen(["bash", "-c", "\n".join(script)], cwd=project, env=_environment(home, port),
                                 stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    pages: dict[str, str] = {}
    serves = _words(lines[-1])[:2] == ["make", "serve"]
    try:
        deadline = time.monotonic() + 900
        while shell.poll() is None and time.monotonic() < deadline:
            said = log.read_text(encoding="utf-8", errors="replace")
            if serves and f"@@ start {len(lines) - 1}" in said and f" http://127.0.0.1:{port}/ " in said:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                except OSError:
                    time.sleep(0.2)
                    continue
                base = f"http://127.0.0.1:{port}/"
                for page in ("", "fr/latest/", "en/latest/", "fr/2022-03-01/", "en/2022-03-01/", "fr/history/",
                             "fr/feed.xml", "fr/sitemap.xml", "fr/latest/sitemap.xml"):
                    pages[page] = _get(base + page)
                if (home / "archive" / "cookies").is_dir():
                    pages["fr/cookies/latest/"] = _get(base + "fr/cookies/latest/")
                break
            time.sleep(0.5)
    finally:
        if shell.poll() is None:
            os.killpg(shell.pid, signal.SIGTERM)
        shell.wait(timeout=60)
    said = log.read_text(encoding="utf-8", errors="replace")
    ran = []
    for n, line in enumerate(lines):
        part = said.split(f"\n@@ start {n}\n", 1)[1] if f"\n@@ start {n}\n" in said else ""
        ended = re.search(rf"\n@@ end {n} (\d+)\n", part)
        ran.append((line, int(ended.group(1)) if ended else None, part.split("\n@@ end ", 1)[0]))
    return ran, pages, port


def _check_ran(ran: list[tuple[str, int | None, str]], *, serving: bool) -> None:
    for n, (line, status, output) in enumerate(ran):
        assert "Traceback" not in output, f"{line}\n{output}"
        if serving and n == len(ran) - 1:
            assert status is None, f"{line} stopped ({status}) instead of serving:\n{output}"
        else:
            assert status == 0, f"{line} exited {status}:\n{output}"


def _site(ran: list[tuple[str, int | None, str]], tmp_path: Path) -> Path:
    init = next(_words(line) for line, _s, _o in ran if "init" in _words(line)[:3])
    return (tmp_path / "project" / init[init.index("init") + 1]).resolve()


def _said_by_init(site: Path, company: str, lang: str) -> None:
    """"committed once on `main` ("Policy site for NAME", in the language of the site's history …: « Site de la
    politique de confidentialité de NAME » where it is French; as git's user, else as `policy init <…>`)"."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    english, french, author = re.search(r'\("(Policy site for )NAME", in the language of the site\'s history, as its '
                                        r"imports' commits: « (Site de la politique de confidentialité )de NAME » "
                                        r"where it is French; as git's user, else as `([^`]+)`\)", text).groups()
    first = git(site, "log", "--reverse", "--format=%an <%ae>|%s", "main").splitlines()[0]
    subject = f"{french}de {company}" if lang.startswith("fr") else f"{english}{company}"
    assert first.replace("confidentialité d’", "confidentialité de ") == f"{author}|{subject}", first


def _said_by_imports(site: Path, imports: list[tuple[str, Path, str]]) -> None:
    """"one commit per distinct text, dated that day in its front matter and as the commit's date, and records each
    page in `imported.yml`"; a translation "committed beside the version it translates, with its translation
    record"."""
    recorded = (site / "imported.yml").read_text(encoding="utf-8")
    for lang, folder, document in imports:
        page = f"docs/{lang}/{'cookies.md' if document == 'cookies' else 'index.md'}"
        dates = git(site, "log", "--format=%ad", "--date=short", "--", page).split()
        files = sorted(folder.iterdir())
        # (a translation's import commits the authoritative text again beside each version it translates)
        assert sorted(set(dates)) == sorted(re.search(r"\d{4}-\d\d-\d\d", f.name).group(0) for f in files), (page, dates)
        for line in git(site, "log", "--format=%H %ad", "--date=short", "--", page).splitlines():
            commit, day = line.split()
            assert f"\ndate: {day}\n" in git(site, "show", f"{commit}:{page}"), (page, commit, day)
        for file in files:
            assert file.name in recorded, (file.name, recorded)
        if lang != "fr":  # the translation record, in the commit of the translation
            record = ".translated-from.yml" if document != "cookies" else ".translated-from.cookies.yml"
            for day in dates:
                changed = git(site, "show", "--name-only", "--format=", _commit_of(site, page, day)).split()
                assert f"docs/{lang}/{record}" in changed, changed


def _commit_of(site: Path, page: str, day: str) -> str:
    for line in git(site, "log", "--format=%H %ad", "--date=short", "--", page).splitlines():
        commit, date = line.split()
        if date == day:
            return commit
    raise AssertionError(f"no commit of {page} dated {day}")


def _again_adds_nothing(ran: list[tuple[str, int | None, str]], site: Path, tmp_path: Path, port: int) -> None:
    """"a text identical to the one before is skipped, and running it again adds nothing"."""
    head = git(site, "rev-parse", "HEAD")
    for line, _status, _output in ran:
        if _words(line)[:2] == ["make", "import"]:
            again = subprocess.run(["bash", "-c", line], cwd=site, env=_environment(tmp_path / "home", port),
                                   stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
            assert again.returncode == 0 and "Traceback" not in again.stderr, again.stdout + again.stderr
    assert git(site, "rev-parse", "HEAD") == head


def _published(site: Path, pages: dict[str, str], imports: list[tuple[str, Path, str]]) -> None:
    """`make serve`: "check, publish every dated version onto gh-pages, serve it"."""
    served = set(git(site, "ls-tree", "-r", "--name-only", "gh-pages").split())
    for lang, _folder, document in imports:
        for day in ([COOKIES] if document == "cookies" else PRIVACY):
            folder = f"{lang}/cookies/{day}" if document == "cookies" else f"{lang}/{day}"
            assert f"{folder}/index.html" in served, folder
    assert 'hreflang="fr"' in pages[""] and 'hreflang="en"' in pages[""]
    assert "téléphone" in pages["fr/latest/"] and "téléphone" not in pages["fr/2022-03-01/"]
    assert "phone number" in pages["en/latest/"] and "phone number" not in pages["en/2022-03-01/"]
    assert "2023-06-01" in pages["fr/history/"] and "2022-03-01" in pages["fr/history/"]
    assert "<loc>https://privacy.acme.example/fr/history/</loc>" in pages["fr/sitemap.xml"]
    assert "<loc>https://privacy.acme.example/fr/2023-06-01/</loc>" in pages["fr/latest/sitemap.xml"]
    assert "https://privacy.acme.example/fr/2023-06-01/" in pages["fr/feed.xml"]


@pytest.fixture
def guide() -> list[list[str]]:
    blocks = _blocks()
    assert len(blocks) >= 2, "the adoption section has its sh blocks"
    return blocks


def test_the_adoption_guide_typed_as_written_publishes_the_company_policy(guide, tmp_path) -> None:
    """The first block: the policy and its translation imported, then served."""
    lines = guide[0]
    imports = _imports(lines, tmp_path / "home")
    assert imports, lines
    _archive(imports)
    ran, pages, port = _run_guide(lines, tmp_path)
    _check_ran(ran, serving=True)
    site = _site(ran, tmp_path)
    init = next(_words(line) for line, _s, _o in ran if "init" in _words(line)[:3])
    _said_by_init(site, init[init.index("--company") + 1], init[init.index("--languages") + 1])
    _said_by_imports(site, imports)
    for (line, _status, output), (_lang, folder, _document) in zip(
            [r for r in ran if _words(r[0])[:2] == ["make", "import"]], imports, strict=True):
        for file in folder.iterdir():  # "said, file by file"
            assert file.name in output, (line, output)
    _published(site, pages, imports)
    _again_adds_nothing(ran, site, tmp_path, port)


def test_another_document_imported_first_keeps_the_policy_link_to_it(guide, tmp_path) -> None:
    """The second block, after the first's lines up to the site's folder (`policy init` and `cd`): the cookie policy
    declared by its import and translated, then the policy, whose link to it is kept."""
    first = guide[0]
    upto = next(n for n, line in enumerate(first) if _words(line)[0] == "cd") + 1
    lines = first[:upto] + guide[1]
    imports = _imports(lines, tmp_path / "home")
    assert any(document == "cookies" for _l, _f, document in imports), lines
    _archive(imports)
    ran, pages, port = _run_guide(lines, tmp_path)
    _check_ran(ran, serving=True)
    site = _site(ran, tmp_path)
    _said_by_imports(site, imports)
    _published(site, pages, imports)
    _again_adds_nothing(ran, site, tmp_path, port)
    for lang in ("fr", "en"):
        assert "](cookies.md)" in (site / "docs" / lang / "index.md").read_text(encoding="utf-8")
    assert WORDS["fr"][8] in pages["fr/cookies/latest/"]
    # (a published version links the other document's version in force on its own date)
    assert f'href="../../fr/cookies/{COOKIES}/"' in pages["fr/latest/"]


def test_a_policy_kept_in_an_old_site_s_git_history_is_imported_as_the_guide_types_it(guide, tmp_path) -> None:
    """The third block's first line (`policy import --lang en --git ~/old-site/privacy.md`), typed in the shell the
    first block opened (`policy` on the PATH) on a site of that one language: each text the old site's branch held a
    version, dated by the day the text says it took effect."""
    git_line = next(line for block in guide[2:] for line in block if "--git" in _words(line))
    words = _words(git_line)
    lang, path = words[words.index("--lang") + 1], Path(words[-1].replace("~", str(tmp_path / "home"), 1))
    old = path.parent
    old.mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    said = {"2021-04-01": "", "2022-09-15": " and your phone number"}
    for day, extra in said.items():
        path.write_text(f"# Privacy policy\n\nLast updated: {day}\n\n## 1. Data\n\nWe collect your name{extra}.\n",
                        encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-qm", f"Policy of {day}", date=f"{day}T10:00:00+00:00")
    first = guide[0]
    upto = next(n for n, line in enumerate(first) if _words(line)[0] == "cd") + 1
    lines = [re.sub(r"--languages \S+", f"--languages {lang}", line) for line in first[:upto]]
    ran, _pages, _port = _run_guide([*lines, git_line, "make build"], tmp_path)
    _check_ran(ran, serving=False)
    site = _site(ran, tmp_path)
    dates = git(site, "log", "--format=%ad", "--date=short", "--", f"docs/{lang}/index.md").split()
    assert sorted(dates) == sorted(said), dates
    for day in said:
        assert f"{lang}/{day}/index.html" in git(site, "ls-tree", "-r", "--name-only", "gh-pages").split()
        assert day in ran[-2][2], ran[-2][2]  # each text said with the day it is given
