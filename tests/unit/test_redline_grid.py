"""The Word redline's table grid: a column only one version has is a grid change (w:tblGridChange), so that accepting
every revision, or rejecting them all, leaves one grid column for each cell of every row."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline_docx import AUTHOR, table_rows
from unit.test_redline_tables import NARROWER, RETENTION

WIDER = RETENTION.replace("| Where |\n|---|---|---|---|", "| Where | Who |\n|---|---|---|---|---|") \
    .replace("Frankfurt |", "Frankfurt | ops |").replace("Paris |", "Paris | finance |") \
    .replace("Dublin |", "Dublin | support |")


def grid(document, *, accept: bool) -> int:
    """How many grid columns the table has once every revision is accepted (the grid as written) or rejected (the
    grid its w:tblGridChange keeps, where it has one)."""
    (table,) = document.element.body.iter(qn("w:tbl"))
    written = table.find(qn("w:tblGrid"))
    change = written.find(qn("w:tblGridChange"))
    kept = written if accept or change is None else change.find(qn("w:tblGrid"))
    return len(kept.findall(qn("w:gridCol")))


@pytest.mark.parametrize(("old", "new", "before", "after"), [(RETENTION, NARROWER, 4, 3), (RETENTION, WIDER, 4, 5),
                                                              (NARROWER, WIDER, 3, 5)])
def test_accepting_or_rejecting_every_revision_leaves_a_grid_column_for_each_cell(old, new, before, after):
    """The grid kept a column for a column only one version has: an empty grid column once accepted (rejected)."""
    document = docx.Document(io.BytesIO(render_docx(redline.diff(policy(old), policy(new, date="2030-02-01")),
                                                    author=AUTHOR)))
    for accept, columns in ((True, after), (False, before)):
        assert {len(row) for row in table_rows(document, accept=accept)} == {columns}
        assert grid(document, accept=accept) == columns
    (change,) = document.element.body.iter(qn("w:tblGridChange"))
    ids = [m.get(qn("w:id")) for m in document.element.body.iter(qn("w:ins"), qn("w:del"), qn("w:cellIns"),
                                                                    qn("w:cellDel"), qn("w:tblGridChange"))]
    assert change.get(qn("w:id")) in ids and len(ids) == len(set(ids))
    # the table's width is its grid's, whichever grid it has
    assert document.element.body.find(f".//{qn('w:tblW')}").get(qn("w:type")) == "auto"


def test_a_table_with_the_same_columns_or_added_whole_has_one_grid():
    same = RETENTION.replace("30 days", "60 days")
    for old, new in ((RETENTION, same), ("## 1. Retention\n\nNone.\n", RETENTION)):
        document = docx.Document(io.BytesIO(render_docx(redline.diff(policy(old), policy(new, date="2030-02-01")),
                                                        author=AUTHOR)))
        assert not list(document.element.body.iter(qn("w:tblGridChange")))
        assert grid(document, accept=True) == 4
