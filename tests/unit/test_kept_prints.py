"""The integration tests' prints kept for the run (helpers.kept_prints, tests/integration/conftest.py): an answer is
taken again only for the very same request to the very same engine and fonts."""
from __future__ import annotations

import pytest

from helpers import kept_prints
from policysite import typeset


def engine(asked: list[str]):
    def print_pdf(template, data, *, fonts, standards):
        asked.append(data)
        if data == "refused":
            raise typeset.TypesetError("the engine refused")
        return f"%PDF {template} {data} {len(asked)}".encode()
    return print_pdf


def test_a_print_is_asked_of_the_engine_once_and_found_by_another_process(tmp_path):
    asked: list[str] = []
    kept = kept_prints(engine(asked), tmp_path / "prints")
    first = kept("#t", '{"a": 1}', fonts=[], standards=["ua-1"])
    assert kept("#t", '{"a": 1}', fonts=[], standards=["ua-1"]) == first and asked == ['{"a": 1}']
    other = kept_prints(engine(asked), tmp_path / "prints")  # a fork's or another worker's, on the same folder
    assert other("#t", '{"a": 1}', fonts=[], standards=["ua-1"]) == first and len(asked) == 1
    assert list((tmp_path / "prints").iterdir()) == [next((tmp_path / "prints").glob("*.pdf"))]  # no part left


def test_another_template_data_standard_or_font_file_is_printed_again(tmp_path):
    asked: list[str] = []
    kept = kept_prints(engine(asked), tmp_path / "prints")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "a.ttf").write_bytes(b"one")
    kept("#t", "d", fonts=[fonts], standards=["ua-1"])
    kept("#u", "d", fonts=[fonts], standards=["ua-1"])
    kept("#t", "e", fonts=[fonts], standards=["ua-1"])
    kept("#t", "d", fonts=[fonts], standards=[])
    assert len(asked) == 4
    (fonts / "a.ttf").write_bytes(b"another")  # the same folder, another font: the engine draws with it
    kept("#t", "d", fonts=[fonts], standards=["ua-1"])
    assert len(asked) == 5


def test_a_refusal_is_never_kept(tmp_path):
    asked: list[str] = []
    kept = kept_prints(engine(asked), tmp_path / "prints")
    for _ in range(2):
        with pytest.raises(typeset.TypesetError, match="refused"):
            kept("#t", "refused", fonts=[], standards=[])
    assert asked == ["refused", "refused"] and not list((tmp_path / "prints").iterdir())
