"""argparse's own words (a usage line, "the following arguments are required: …") and the command's help in the
language the project's messages are said in. argparse says them through gettext (its module's `_` and `ngettext`,
called as it says them); the catalogues hold them as `argparse.*` messages whose English is argparse's own text, its
msgid, so that English stays argparse's byte for byte and a text Python words otherwise stays as Python words it; the
help's texts likewise, as `help.*` messages whose English is the text cli.py gives each option."""
from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from policysite import messages

PREFIX, HELP = "argparse.", "help."


def language(argv: Sequence[str], root: Callable[[], Path]) -> str:
    """The language `policy ARGV` says its messages in, read before its arguments are (`--root`, `--messages`, else
    the project's at `root()`); English when they cannot be read."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--root")
    early.add_argument("--messages")
    try:
        known, _rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:  # `--root` with no folder after it: what argparse says then, the project's here
        known = argparse.Namespace(root=None, messages=None)
    try:
        return messages.for_project(Path(known.root) if known.root else root(), option=known.messages)
    except (messages.MessagesError, OSError, ValueError):
        return messages.DEFAULT


def texts(lang: str) -> dict[str, str]:
    """argparse's English texts and the help's, and what `lang`'s catalogue says for each."""
    english, said = messages.catalogue(messages.DEFAULT), messages.catalogue(lang)
    return {text: said[key] for key, text in english.items() if key.startswith((PREFIX, HELP)) and key in said}


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose help (`policy -h`: its usage line, its headings, its description and every option's
    words) is said whole in the language argparse's words are said in (said_in), English else."""

    def __init__(self, *args, **options) -> None:
        options.setdefault("formatter_class", _Help)  # (the subcommands' parsers are made by this class too)
        super().__init__(*args, **options)
        self._mixing = False

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        """Options anywhere among a command's arguments, as its words are read whatever their order: argparse gave a
        positional that may be absent (`policy at DAY [SECTION]`) or repeated (`import --lang L SOURCE…`) nothing
        when an option came before it (`policy at 2024-01-01 --lang ja 2.1`: "unrecognized arguments: 2.1"). A parser
        of subcommands reads its own as argparse does (its command's parser reads the rest)."""
        positionals = self._get_positional_actions()
        if self._mixing or any(action.nargs in (argparse.PARSER, argparse.REMAINDER) for action in positionals):
            return super().parse_known_args(args, namespace)
        # argparse reads intermixed arguments without a group holding a positional (`SECTION | --section SECTION`):
        # such a group is judged here, after, with argparse's own words
        groups = self._mutually_exclusive_groups
        held = [group for group in groups if any(action in positionals for action in group._group_actions)]
        usage = self.usage
        if usage is None:  # the whole usage line, groups included, for its errors (argparse's own prefix taken off)
            self.usage = self.format_usage().removeprefix(argparse._("usage: ")).rstrip("\n")  # type: ignore[attr-defined]
        self._mixing, self._mutually_exclusive_groups = True, [group for group in groups if group not in held]
        try:
            read, extras = self.parse_known_intermixed_args(args, namespace)
            for group in held:
                given = [action for action in group._group_actions
                         if getattr(read, action.dest, action.default) is not action.default]
                if len(given) > 1:
                    said = argparse._  # type: ignore[attr-defined]
                    self.error(said("argument %(argument_name)s: %(message)s") % {
                        "argument_name": argparse._get_action_name(given[1]),
                        "message": said("not allowed with argument %s") % argparse._get_action_name(given[0])})
        finally:
            self._mixing, self._mutually_exclusive_groups, self.usage = False, groups, usage
        return read, extras


class _Help(argparse.HelpFormatter):
    """argparse's help, each option's and command's words and the description said through its gettext (`_`), as
    its own words are."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return argparse._(action.help) if action.help else action.help  # type: ignore[attr-defined]

    def start_section(self, heading: str | None) -> None:  # (named when the parser was made: in English)
        super().start_section(argparse._(heading) if heading else heading)  # type: ignore[attr-defined]

    def add_text(self, text: str | None) -> None:
        super().add_text(argparse._(text) if text and text is not argparse.SUPPRESS else text)  # type: ignore[attr-defined]


_ARGPARSE = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


@contextlib.contextmanager
def said_in(lang: Callable[[], str]) -> Iterator[None]:
    """argparse's words in the language `lang()` names, asked for once and only when argparse has something to say
    (a valid command line reads no project settings for it). Around parsing only: a parser built inside would ask
    for its headings' words."""
    chosen: list[dict[str, str]] = []
    named: list[str] = []

    def code() -> str:
        if not named:
            with _saying(*_ARGPARSE):  # (reading the settings may build a parser of its own)
                named.append(lang())
        return named[0]

    def words() -> dict[str, str]:
        if not chosen:
            chosen.append(texts(code()) if code() != messages.DEFAULT else {})
        return chosen[0]

    def gettext(text: str) -> str:
        return words().get(text, text)

    def ngettext(one: str, other: str, n: int) -> str:
        return gettext(one if n == 1 else other)

    _PARSING.append(code)
    try:
        with _saying(gettext, ngettext):
            yield
    finally:
        _PARSING.pop()


# The language of the arguments being parsed (said_in's), asked for once: an argument's type says why it refuses one
# in it (`policy at 2024-02-30`).
_PARSING: list[Callable[[], str]] = []


def said(text: str) -> str:
    """`text` (a `Said`) in the language argparse's words are said in while arguments are parsed; as written else."""
    return messages.said_in(text, _PARSING[-1]()) if _PARSING else str(text)


@contextlib.contextmanager
def _saying(gettext: Callable[[str], str], ngettext: Callable[[str, str, int], str]) -> Iterator[None]:
    """argparse calls `gettext` and `ngettext` for its words while the block runs (its module's own names: it looks
    them up as it says a text)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
