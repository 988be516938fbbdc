"""A finding as the terminal shows it."""
from __future__ import annotations

from policysite.findings import Finding, visible


def test_a_findings_file_name_and_message_are_shown_not_obeyed_by_the_terminal():
    """Security hunt 30: a file of docs/fr/ named `x ESC [2J ESC [H all clear .md` cleared the reviewer's screen
    under `policy check` and wrote its own words there; a line feed in its name wrote a finding of its own."""
    finding = Finding("docs/fr/x\x1b[2J\x1b[Hall clear\n0 finding(s)\x07.md", 1, "source.unpublished-file",
                      "quoted \x1b]0;title\x07 and \x9b8m")
    shown = str(finding)
    assert shown == ("docs/fr/x\\x1b[2J\\x1b[Hall clear\\n0 finding(s)\\x07.md:1: [source.unpublished-file] quoted "
                     "\\x1b]0;title\\x07 and \\x9b8m")
    assert visible("Données\tà côté\nsuite") == "Données\tà côté\nsuite"


def test_a_loggers_handlers_show_control_characters_once_whatever_the_logger_the_record_came_from():
    """Security hunt 30: `make preview` serves with MkDocs, whose own warnings quote a link's target as written: a
    pull request's link holding ESC [2J cleared the reviewer's terminal."""
    import io
    import logging

    from policysite.findings import visible_logs

    logger = logging.getLogger("policysite-test-visible")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        visible_logs(logger)
        visible_logs(logger)  # a second build of `mkdocs serve` adds no second filter
        logging.getLogger("policysite-test-visible.child").warning("a link to '%s'", "x\x1b[2J")
        assert stream.getvalue() == "a link to 'x\\x1b[2J'\n" and len(handler.filters) == 1
    finally:
        logger.removeHandler(handler)


def test_a_refused_configurations_quoted_value_is_shown_not_obeyed(tmp_path, capsys):
    """Security hunt 30: `policy check --configuration` (make preview's first step) quoted a site_name holding ESC [2J
    (YAML writes it "\\e[2J") raw into its error line."""
    from policysite import cli

    (tmp_path / "mkdocs.yml").write_text('site_name: "Acme <b>\\e[2J"\n', encoding="utf-8")
    assert cli.main(["--root", str(tmp_path), "check", "--configuration"]) == 1
    said = capsys.readouterr().err
    assert "\x1b" not in said and "\\x1b[2J" in said, said


def test_policy_checks_last_line_says_which_findings_fail_the_check():
    """Words 25: `policy check` ended "10 finding(s), 1 warning(s), which do not fail the check", read as if the ten
    findings did not fail it either, each count with "(s)"."""
    from policysite.cli import check_summary

    assert check_summary(10, 1) == "10 findings fail the check; 1 warning does not"
    assert check_summary(1, 2) == "1 finding fails the check; 2 warnings do not"
    assert check_summary(1, 0) == "1 finding fails the check"
    assert check_summary(0, 1) == "1 warning, which does not fail the check"
    assert check_summary(0, 3) == "3 warnings, which do not fail the check"


def test_a_refusal_counts_its_findings_and_versions_in_their_numbers_form():
    """Words 25: `policy publish` said "not published, 1 finding(s):" and "nothing published: 1 dated version(s)
    refused"."""
    from policysite.gate import Refusal
    from policysite.messages import Said

    finding = Finding("docs/fr/index.md", 3, "structure.level", "x")
    assert str(Refusal("2024-03-01", "a" * 40, (finding,))).startswith("2024-03-01 (commit aaaaaaa): not published, "
                                                                       "1 finding:\n")
    assert [str(Said("publish.refused/dated", count=n, branch="gh-pages")).split(";")[0] for n in (1, 2)] == [
        "nothing published: 1 dated version refused (below)", "nothing published: 2 dated versions refused (below)"]
