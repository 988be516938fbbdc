"""company16: new companies following the README's adoption guide as typed, in their own languages: a Swiss bank
writing German as Switzerland writes it (ss, never ß) beside its French; a Brazilian company whose archive names its
files by the month they took effect."""
from __future__ import annotations

from helpers import git, policy_in_process
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)
from policysite import cli

URL = "https://datenschutz.alpenbank.example/"
SWISS_DAYS = ("2028-03-01", "2029-06-15")


def _swiss(day: str) -> str:
    kept = "zehn" if day == SWISS_DAYS[1] else "fünf"
    return ("# Datenschutzerklärung\n\n## 1. Verantwortliche Stelle\n\nVerantwortlich ist die Alpenbank AG, "
            "Bahnhofstrasse 1, 8001 Zürich. Wir bearbeiten Ihre Personendaten gemäss dem Datenschutzgesetz und "
            "ausschliesslich für die genannten Zwecke.\n\n## 2. Aufbewahrung\n\nWir treffen angemessene "
            f"Massnahmen und bewahren Ihre Daten während {kept} Jahren auf; danach schliessen wir sie ab.\n")


def _french(day: str) -> str:
    kept = "dix" if day == SWISS_DAYS[1] else "cinq"
    return ("# Déclaration de protection des données\n\n## 1. Responsable\n\nLe responsable est Alpenbank SA, "
            "à Zurich.\n\n## 2. Conservation\n\nNous conservons vos données pendant " + kept + " ans.\n")


def test_a_swiss_german_site_reads_and_writes_ss_where_germany_writes_sz(tmp_path) -> None:
    """Switzerland writes no ß (gemäss, Massnahmen, schliessen, Strasse): a de-CH policy's import listed each such
    word as unknown to the German dictionary (which writes ß) for the team to review, and the site's own German words
    on its pages wrote ß (“bis einschließlich”, “maßgeblich”), a spelling its readers never use. Its words are read as
    the dictionary's with ß, and its pages write ss; German German and Swiss French are as they were."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Alpenbank AG", "--languages", "de-CH,fr-CH", "--url", URL,
          "--time-zone", "Europe/Zurich"])
    said = ""
    for code, text in (("de-CH", _swiss), ("fr-CH", _french)):
        archive = tmp_path / "archive" / code
        archive.mkdir(parents=True)
        for day in SWISS_DAYS:
            (archive / f"policy-{day}.md").write_text(text(day), encoding="utf-8")
        said += _run(["import", "--lang", code, str(archive)], site)
    assert "docs/de-CH/.words.txt" not in said, said
    listed = (site / "docs" / "de-CH" / ".words.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in listed if line.strip() and not line.startswith("#")] == [], listed
    assert "spelling.unknown-word" not in _run(["check"], site)
    _run(["history"], site)
    public = tmp_path / "public"
    _run(["export", "--site-dir", str(public)], site)
    history = (public / "de-CH" / "history" / "index.html").read_text(encoding="utf-8")
    assert "bis einschliesslich" in history and "ß" not in history.replace("Datenschutzerklärung", ""), history
    page = site / "docs" / "de-CH" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("gemäss", "gemäsz"), encoding="utf-8")
    checked = policy_in_process(["--root", str(site), "check"])
    assert checked.returncode == 1 and "[spelling.unknown-word] §1: “gemäsz”" in checked.stdout, checked


BRAZIL = ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Política de Privacidade</title></head>'
          '<body><header><nav><a href="/">Início</a></nav></header><main><h1>Política de Privacidade</h1>'
          '<p>Última atualização: {said}</p><h2>1. Quem somos</h2><p>A Raposa Tecnologia Ltda. é a controladora dos '
          'seus dados pessoais.</p><h2>2. Retenção</h2><p>Mantemos seus dados por {kept} anos.</p></main>'
          '<footer>© Raposa</footer></body></html>')


def test_a_brazilian_archive_named_by_months_is_dated_by_the_day_its_text_says(tmp_path, capsys, monkeypatch) -> None:
    """A Brazilian company's five saved pages, named as its site's editors named them (`v1_10.01.2021.html`,
    `v2_15.06.2022.html`, `politica-2023-03.html`, `Politica de Privacidade 20240702.html`,
    `politica_2025-11-20_final.html`): the one named by its month was refused, to be renamed by hand to the day its
    own line gives (“1º de março de 2023”). It is dated so, said; a line saying a day of another month is refused as
    before, naming the month."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Raposa Tecnologia Ltda.", "--languages", "pt-BR", "--time-zone",
          "America/Sao_Paulo"])
    monkeypatch.delenv("POLICY_MESSAGES")  # (the suite's English: the team's own shell has none)
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, said, kept in (("v1_10.01.2021.html", "10 de janeiro de 2021", "dois"),
                             ("v2_15.06.2022.html", "15 de junho de 2022", "três"),
                             ("politica-2023-03.html", "1º de março de 2023", "quatro"),
                             ("Politica de Privacidade 20240702.html", "2 de julho de 2024", "cinco"),
                             ("politica_2025-11-20_final.html", "20 de novembro de 2025", "seis")):
        (archive / name).write_text(BRAZIL.format(said=said, kept=kept), encoding="utf-8")
    said = _run(["import", "--lang", "pt-BR", str(archive)], site)
    assert "politica-2023-03.html: committed the Portuguese text in force from March 1, 2023" in said, said
    assert "dated March 1, 2023: its name's 2023-03 names a month, and its text says “Última atualização: 1º de " \
        "março de 2023”" in said, said
    fallback = "note: messages are in English: the generator has none in Portuguese yet"
    assert said.count(fallback) == 1, said
    # said once a clone (legal16): not again by the check `make build` starts with, nor by the commands after it
    assert fallback not in _run(["check"], site) and fallback not in _run(["diff", "2021-01-10", "2022-06-15"], site)
    days = git(site, "log", "--format=%ad", "--date=short", "--grep", "^Import the").split()
    assert days == ["2025-11-20", "2024-07-02", "2023-03-01", "2022-06-15", "2021-01-10"], days
    head = git(site, "rev-parse", "HEAD")
    other = tmp_path / "other"
    other.mkdir()
    (other / "politica-2026-05.html").write_text(BRAZIL.format(said="3 de junho de 2026", kept="sete"),
                                                 encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "pt-BR", str(other)]) == 2
    assert "2026-05 names a month, not the day the text took effect" in capsys.readouterr().err
    assert git(site, "rev-parse", "HEAD") == head


def test_a_company_named_in_another_script_is_told_to_name_itself_in_each_language(tmp_path) -> None:
    """`policy init --company 株式会社サクラテック --languages ja,en` wrote that name into the English site's name and
    copyright line, every English page's header, title and footer (“Privacy policy of 株式会社サクラテック”), and an
    Israeli company's Hebrew name onto its Arabic and English pages, saying nothing: the team learnt it from a reader.
    `policy init` says it, language by language, and the new site's README says where to write the name; a name in
    Latin letters, which pages in every script write brand names in, is not said."""
    said = _run(["init", str(tmp_path / "sakura"), "--company", "株式会社サクラテック", "--languages", "ja,en"])
    assert "note: English (en): the company's name, “株式会社サクラテック”, has no Latin letters, which English is " \
        "written in, and mkdocs.en.yml's site name (`site_name`) and copyright line (`copyright`) name it so" in said, said
    assert "Japanese (ja): the company's name" not in said, said
    readme = (tmp_path / "sakura" / "README.md").read_text(encoding="utf-8")
    assert "- **The company's name in English.** `policy init` wrote “株式会社サクラテック” into `site_name`,\n  " \
        "`site_description` and `copyright` of `mkdocs.en.yml`" in readme, readme
    said = _run(["init", str(tmp_path / "galil"), "--company", 'גליל קלאוד בע"מ', "--languages", "he,ar,en",
                 "--messages", "fr"])
    said = said.replace("\u00a0", " ")  # (French's no-break spaces)
    assert "note: arabe (ar) : le nom de la société, « גליל קלאוד בע\"מ », n'est pas écrit en lettres arabes" in said, said
    assert "note: anglais (en) : le nom de la société" in said and "hébreu (he) : le nom" not in said, said
    said = _run(["init", str(tmp_path / "latin"), "--company", "Sakura Tech K.K.", "--languages", "ja,he,en"])
    assert "the company's name" not in said, said
    assert "The company's name in" not in (tmp_path / "latin" / "README.md").read_text(encoding="utf-8")


LETTERED = {"he": ("# מדיניות פרטיות\n\n## א. מי אנחנו\n\nגליל קלאוד בע\"מ מפעילה את השירות.\n\n## ב. שמירת מידע\n\n"
                   "אנו שומרים את המידע למשך {kept} חודשים. ראו סעיף [א](#s1).\n"),
            "ar": ("# سياسة الخصوصية\n\n## أ. من نحن\n\nتشغّل شركة Galil Cloud الخدمة.\n\n## ب. الاحتفاظ بالمعلومات\n\n"
                   "نحتفظ بالمعلومات لمدة {kept} شهرًا. انظر البند [أ](#s1).\n"),
            "en": ("# Privacy policy\n\n## A. Who we are\n\nGalil Cloud Ltd. operates the service.\n\n## B. Retention\n\n"
                   "We keep the information for {kept} months. See section [A](#s1).\n")}


def test_an_israeli_policy_lettering_its_sections_in_hebrew_is_numbered_as_its_translations(tmp_path) -> None:
    """A Hebrew policy letters its sections as Israeli documents do (`## א. מי אנחנו`, `## ב. שמירת מידע`), its Arabic
    translation in the abjad (`## أ.`, `## ب.`), its English one `## A.`, `## B.`: the English was lettered (§A, #s1)
    and the Hebrew and Arabic were not, so `policy check` refused the English (“English numbers its headings, Hebrew
    does not”) and no section was paired with its translation. Each is lettered in its alphabet, §1 and §2 in every
    language, its links to #s1 landing in each."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Galil Cloud Ltd.", "--languages", "he,ar,en", "--url", URL,
          "--time-zone", "Asia/Jerusalem"])
    for code, text in LETTERED.items():
        archive = tmp_path / "archive" / code
        archive.mkdir(parents=True)
        for day, kept in zip(SWISS_DAYS, ("24", "36")):
            (archive / f"policy-{day}.md").write_text(text.format(kept=kept), encoding="utf-8")
        _run(["import", "--lang", code, str(archive)], site)
    said = _run(["check"], site)
    assert "sync." not in said and "structure." not in said, said
    diff = _run(["diff", SWISS_DAYS[0], SWISS_DAYS[1]], site)
    assert "\nסעיף ב שמירת מידע (שונה)\n" in diff, diff  # (the section as the page letters it)
    _run(["history"], site)
    public = tmp_path / "public"
    _run(["export", "--site-dir", str(public)], site)
    for code in LETTERED:
        page = (public / code / SWISS_DAYS[1] / "index.html").read_text(encoding="utf-8")
        assert '<h2 id="s1"' in page and '<h2 id="s2"' in page and 'href="#s1"' in page, code
