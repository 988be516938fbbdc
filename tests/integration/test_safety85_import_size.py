"""safety85: a file given to `policy import` is measured before a byte of it is read. A 40 MB HTML page (a 200 MB
one the same) was read for minutes, past 1.4 GB of memory, by the dating and the converter before its text was said
too long; it is now one `error:` line naming the file, its size and the bound, and nothing is imported. The tests
lower the bound (sources.MOST_BYTES) rather than write a file of tens of megabytes."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import fr_page, new_project
from policysite import document
from policysite.convert import FORMATS, ConvertError, convert, dated_sources, sources

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")

_PAGE = fr_page("2021-06-01").split("---\n", 2)[2]


@pytest.fixture
def small_bounds(monkeypatch):
    """Each kind's bound a little under the synthetic page's bytes."""
    most = len(_PAGE.encode("utf-8")) - 1
    monkeypatch.setattr(sources, "MOST_BYTES", dict.fromkeys(sources.MOST_BYTES, most))
    return most


@pytest.mark.parametrize("name", ["privacy-2021-06-01.html", "privacy-2021-06-01.md", "privacy-2021-06-01.txt",
                                  "privacy.html"])
def test_a_file_over_its_kind_s_bound_is_refused_naming_it(tmp_path, small_bounds, name):
    path = tmp_path / name
    path.write_text(_PAGE, encoding="utf-8")
    with pytest.raises(ConvertError) as caught:
        dated_sources([tmp_path])
    said = caught.value.args[0]
    assert said.key == "import.file-large" and said.fields["name"] == name, said
    with pytest.raises(ConvertError, match=name.replace(".", r"\.")):
        convert(path, lang="fr")


def test_a_file_within_its_bound_is_read(tmp_path):
    path = tmp_path / "privacy-2021-06-01.md"
    path.write_text(_PAGE, encoding="utf-8")
    assert [source.path for source in dated_sources([tmp_path])] == [path]
    assert "Politique de confidentialité de test" in convert(path, lang="fr").markdown


def test_every_kind_read_has_a_bound_far_above_the_longest_policy():
    assert set(FORMATS.values()) <= set(sources.MOST_BYTES)
    assert min(sources.MOST_BYTES.values()) >= 16 * document.MAX_PAGE


def test_policy_import_says_one_error_line_and_imports_nothing(tmp_path, small_bounds):
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr" / ".keep").write_text("", encoding="utf-8")
    head = project.commit_all("site")
    source = tmp_path / "sources" / "privacy-2021-06-01.html"
    source.parent.mkdir()
    source.write_text(f"<html lang=fr><body><pre>{_PAGE}</pre></body></html>", encoding="utf-8")
    result = project.run("import", "--lang", "fr", str(source))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: privacy-2021-06-01.html: 0.0 MiB (over 0 MiB)"), lines
    assert "Traceback" not in result.stderr
    assert git(project.root, "rev-parse", "HEAD").strip() == head
    assert git(project.root, "status", "--porcelain").strip() == ""
