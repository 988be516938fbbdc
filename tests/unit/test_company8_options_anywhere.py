"""Options anywhere among a command's arguments (company8): `policy at DAY --lang ja 2.1` read 2.1 as an unrecognized
argument, since argparse gave the optional SECTION nothing once an option came before it; likewise a repeated
positional (`import`'s sources, `sync-mark`'s sections)."""
from __future__ import annotations

import argparse

import pytest

from policysite import cli

# Each subcommand with positionals: the same words in two orders, options first and options among them.
SAME = [
    (["at", "--lang", "ja", "2024-01-01", "2.1"], ["at", "2024-01-01", "--lang", "ja", "2.1"]),
    (["at", "-b", "pages", "--lang", "ja", "2024-01-01", "2.1"], ["at", "2024-01-01", "-b", "pages", "2.1", "--lang",
                                                                    "ja"]),
    (["import", "--lang", "fr", "--git", "a.md", "b.md"], ["import", "a.md", "--lang", "fr", "b.md", "--git"]),
    (["sync-mark", "-d", "cookies", "en", "7.3", "15"], ["sync-mark", "en", "7.3", "-d", "cookies", "15"]),
    (["diff", "--lang", "en", "2021-01-01", "latest"], ["diff", "2021-01-01", "--lang", "en", "latest"]),
    (["init", "--company", "X", "--languages", "de", "site"], ["init", "site", "--company", "X", "--languages", "de"]),
]


@pytest.mark.parametrize(("first", "mixed"), SAME)
def test_an_option_among_the_positionals_reads_as_before_them(first, mixed):
    parser = cli._parser()
    assert parser.parse_args(mixed) == parser.parse_args(first)


def test_the_section_after_an_option_is_the_section():
    args = cli._parser().parse_args(["at", "2024-01-01", "--lang", "ja", "2.1"])
    assert (args.section, args.lang, str(args.day)) == ("2.1", "ja", "2024-01-01")


@pytest.mark.parametrize("argv", [["at", "2024-01-01", "2.1", "--section", "3"],
                                  ["at", "2024-01-01", "--section", "3", "--lang", "en", "2.1"]])
def test_a_section_given_twice_is_still_refused_in_argparse_words(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli._parser().parse_args(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "not allowed with argument" in err and "usage: policy at" in err and "day [section]" in err


def test_what_is_missing_is_named_as_before(capsys):
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["import", "--lang", "fr"])
    assert "the following arguments are required: sources" in capsys.readouterr().err


def test_every_subcommand_parser_reads_options_anywhere():
    """The class, not the examples: every subcommand's parser (each made by the one Parser class) reads a positional
    written after an option."""
    parser = cli._parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        positionals = sub._get_positional_actions()
        if len(positionals) < 2 or positionals[-1].nargs not in ("?", "*", "+"):
            continue
        first = [action for action in positionals if action.nargs is None]
        values = {"day": "2024-01-01", "lang": "en", "sources": "a.md", "sections": "1", "section": "1"}
        option = next(a for a in sub._get_optional_actions() if a.nargs is None and a.option_strings
                      and a.dest in ("lang", "document", "branch") and not a.required)
        argv = [name, *(values[a.dest] for a in first), option.option_strings[-1], "x", values[positionals[-1].dest]]
        if name == "import":
            argv += ["--lang", "fr"]
        args = parser.parse_args(argv)
        assert getattr(args, positionals[-1].dest) in ("1", ["1"]), name


def test_the_usage_line_of_an_error_is_said_once_in_the_projects_language(capsys):
    from policysite import arguments

    with arguments.said_in(lambda: "fr"), pytest.raises(SystemExit):
        cli._parser().parse_args(["at", "2024-01-01", "2.1", "--section", "3"])
    err = capsys.readouterr().err
    assert err.startswith("usage\u00a0: policy at [-h]") and "incompatible avec l'argument section" in err


@pytest.mark.parametrize("command", ["check", "publish", "history", "verify", "export", "build", "upgrade", "words"])
def test_the_root_is_read_after_the_command_too(command):
    """`policy check --root DIR` said "unrecognized arguments: --root DIR" where `policy --root DIR check` worked."""
    parser = cli._parser()
    assert parser.parse_args([command, "--root", "/site"]).root == "/site"
    assert parser.parse_args(["--root", "/site", command]).root == "/site"  # (the command's own default: no value)
    assert parser.parse_args([command]).root is None


def test_the_root_after_the_command_wins_over_the_one_before():
    assert cli._parser().parse_args(["--root", "/a", "at", "2024-01-01", "--root", "/b", "2"]).root == "/b"
