"""Adopt48: a policy's print version (`<body onload="window.print()">`, a bar of "Drukuj | Zamknij okno" over its
title) lost its print link but kept "| Zamknij okno", the link closing the window it opened in, as the text's first
line above its title. Both tools are left out, said, and the bar that held them."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import messages
from tests.helpers import converted_file

TEXT = ("<h1>Polityka prywatności</h1><p>Obowiązuje od dnia 5 listopada 2020 r.</p><h2>§ 1. Postanowienia ogólne</h2>"
        "<p>Administratorem danych jest Pasieka Bartnik sp. z o.o.</p>")


@pytest.mark.parametrize("bar", [
    '<div class="noprint"><a href="javascript:window.print()">Drukuj</a> | '
    '<a href="javascript:window.close()">Zamknij okno</a></div>',
    '<p><a href="#" onclick="window.print(); return false;">Print</a> · '
    '<a href="#" onclick="self.close()">Close window</a></p>',
    '<div><button type="button" onclick="window.close()">Fermer la fenêtre</button></div>',
])
def test_the_print_version_s_tools_are_left_out_with_the_bar_holding_them(tmp_path: Path, bar: str):
    page = f'<!DOCTYPE html><html lang="pl"><body onload="window.print()">{bar}{TEXT}</body></html>'
    converted = converted_file(tmp_path, "polityka-2020-11-05.html", page, lang="pl")
    assert converted.markdown.lstrip().startswith("# Polityka prywatności"), converted.markdown
    assert "|" not in converted.markdown and "·" not in converted.markdown
    said = [note for note in converted.notes if "closing its window" in note]
    assert said, converted.notes
    assert "fermeture de sa fenêtre" in messages.said_in(said[0], "fr")


def test_a_sentence_telling_the_reader_to_close_the_window_stays(tmp_path: Path):
    page = ('<!DOCTYPE html><html lang="en"><body><h1>Privacy</h1><h2>1. Cookies</h2><p>To withdraw, open the '
            '<a href="#" onclick="window.close()">settings</a> and choose again.</p></body></html>')
    converted = converted_file(tmp_path, "privacy-2020-11-05.html", page, lang="en")
    assert "To withdraw, open the settings and choose again." in converted.markdown, converted.markdown
