"""The integration tests' prints kept for the run (helpers.kept_prints): the engine prints each distinct PDF once.

What the print engine does on its own (its server process, a fork's, its refusals, its temporary folder, a killed
server) is shown by tests/unit/test_pdf.py and test_glyphs.py, which print for real, and by the tests that run
`policy` in a new interpreter (signals, concurrent publications), which this does not reach."""
from __future__ import annotations

import os

import pytest

from helpers import kept_prints


@pytest.fixture(scope="session", autouse=True)
def prints_kept_for_the_run(tmp_path_factory):
    """typeset.print_pdf answered from the run's folder of prints, in this process and every fork of it; xdist's
    workers share one folder."""
    from policysite import typeset

    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else \
        tmp_path_factory.getbasetemp()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(typeset, "print_pdf", kept_prints(typeset.print_pdf, shared / "prints"))
        yield
