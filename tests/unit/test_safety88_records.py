"""safety88: a translation record (`.translated-from.yml`), `imported.yml` or `unpublished.yml` holding a byte that is
not UTF-8 was said in Python's words inside the catalogue's sentence ("'utf-8' codec can't decode byte 0xff in position
42: invalid start byte"), no line named; and a translation record that is a list (`- a`) was read as a record of no
section, each section then said outdated. The byte is said as every other file's is, at its line and column
(messages.yaml_reason), and a record that is no mapping is no record."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_project, policy_in_process
from policysite import gate, imported, messages, staleness

_BYTES = b"source: docs/fr/index.md\nsections:\n  '1': \xff\n"


def test_a_record_not_in_utf8_is_said_at_its_line(tmp_path: Path):
    record = tmp_path / ".translated-from.yml"
    record.write_bytes(_BYTES)
    with pytest.raises(staleness.RecordError) as caught:
        staleness.read_record(record)
    said = str(caught.value)
    assert "not UTF-8, byte 0xFF at position 42 (line 3, column 8)" in said and "codec" not in said, said


def test_imported_yml_not_in_utf8_is_said_at_its_line():
    with pytest.raises(imported.RecordError) as caught:
        imported.parse(b"- lang: en\n  source: caf\xe9.docx\n")
    said = str(messages.text_of(caught.value))
    assert "not UTF-8, byte 0xE9 at position 24 (line 2, column 14)" in said and "codec" not in said, said


def test_yaml_reason_says_the_byte_without_a_place_unless_asked():
    with pytest.raises(UnicodeDecodeError) as caught:
        b"a: \x80\n".decode("utf-8")
    assert str(messages.yaml_reason(caught.value)) == "not UTF-8, byte 0x80 at position 3"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just words\n"])
def test_a_record_that_is_no_mapping_is_no_record(tmp_path: Path, text):
    record = tmp_path / ".translated-from.yml"
    record.write_text(text, encoding="utf-8")
    with pytest.raises(staleness.RecordError) as caught:
        staleness.read_record(record)
    assert caught.value.key == "sync.record-missing/sections"


def test_an_empty_record_is_a_record_of_no_section(tmp_path: Path):
    record = tmp_path / ".translated-from.yml"
    record.write_text("# nothing yet\n", encoding="utf-8")
    assert staleness.read_record(record) == {}


def test_policy_check_says_the_record_not_in_utf8_in_the_catalogue_words(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    (root / "docs" / "en" / ".translated-from.yml").write_bytes(_BYTES)
    result = policy_in_process(["--root", str(root), "check"])
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    lines = [line for line in said.splitlines() if "[sync.record-missing]" in line]
    assert len(lines) == 1 and "not UTF-8, byte 0xFF at position 42 (line 3, column 8)" in lines[0], said
    assert "codec" not in said and "Traceback" not in said, said


def test_unpublished_yml_not_in_utf8_is_said_at_its_line(tmp_path: Path):
    from helpers import git

    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / gate.EXCEPTIONS_FILE).write_bytes(b"- commit: 1234567\n  reason: r\xe9dig\xe9\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "record")
    import git as gitpython

    with pytest.raises(gate.GateError) as caught:
        gate.exceptions(gitpython.Repo(repo), root=repo)
    said = str(messages.text_of(caught.value))
    assert "not UTF-8, byte 0xE9 at position 29 (line 2, column 12)" in said and "codec" not in said, said
