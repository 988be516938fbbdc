"""review2: a history template's row rendered alone (archive._rows_apart) reads what the whole template's row reads,
however the theme's override defines and names what its rows read: the page from kept rows is the page rendered
whole, byte for byte, as the version in force changes."""
from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment
from test_history_rows import listing, whole

from policysite import archive

LOOP = "<ul>{%- for row in rows %}<li>{{ row.entry.version }}{{ ROW }}</li>{%- endfor %}</ul>"


@pytest.mark.parametrize("before, row, after", [
    # a macro reading the version in force: its rows rendered alone were told none
    ("{% macro current() %} (in force: {{ latest }}){% endmacro %}", "{{ current() }}", ""),
    # a name set in an `if` before the loop: left out of a row rendered alone
    ("{% if t %}{% set mark = ' *' %}{% endif %}", "{{ mark }}", ""),
    # a name set after the loop, which the whole template's rows read undefined (not the context's `lang`)
    ("", "[{{ lang }}]", "{% set lang = 'xx' %}"),
    # a macro reading `row` of its own: undefined in the whole template, the row's in one rendered alone
    ("{% macro own() %}[{{ row }}]{% endmacro %}", "{{ own() }}", ""),
    # `v` the row's version, then an inner loop's: its comparison with `latest` is not the row's own
    ("", "{% set v = row.entry.version %}{% for v in [row.entry.previous] %}"
         "{% if v == latest %} (follows the version in force){% endif %}{% endfor %}", ""),
])
def test_a_row_rendered_alone_reads_what_the_whole_templates_row_reads(tmp_path, before, row, after):
    env = Environment(loader=DictLoader({archive.HISTORY_TEMPLATE: before + LOOP.replace("{{ ROW }}", row) + after}))
    for count in (3, 4, 5):  # each publication moves the version in force
        entries = listing(count, today="2030-01-28")  # the fifth version (2030-02-03) upcoming
        expected = whole(env, "en", entries)
        with archive.rows_kept_in(tmp_path):
            assert archive.history_page(env=env, lang="en", entries=entries) == expected
