"""No English sentence reaches a user outside the catalogue: an error a command says (`error: …`: any the CLI catches,
ValueError among them, cli._exit_codes) or a note of an import is raised or added as a catalogue message (`Said`),
never as text written in the code; and no f-string builds an English sentence a user reads, whatever way it takes to
them (a list returned, a warning of an Outcome, a finding: NOT_READ names what no user of the site's language reads)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import policysite
from helpers import package_sources, parsed

# What is raised with words no user reads, by the name of what is raised: every other error is one `policy` may say
# (cli prints any Exception after `error:`; words8: ValueError's texts reached it in English whatever the language).
NOT_SAID = {"AssertionError": "a bug's, never a user's",
            "EOFError": "typeset's pipe closed: caught where its answer is read",
            "_failed": "git's command and its stderr, not words of ours (git.failed says them)"}


def _written(node: ast.expr) -> bool:
    """`node` is text written in the code: an f-string, a sentence (a message key has no space), or made of one."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.IfExp):
        return _written(node.body) or _written(node.orelse)
    if isinstance(node, ast.BinOp):
        return _written(node.left) or _written(node.right)
    return False


# The converter's other ways to note what an import changed (convert/editing.py, blocks.py), by the place of the note
# among their arguments (words9: `remove_list(doc, tokens, i, "kramdown's table-of-contents marker removed …")`)
NOTED_BY = {"note": 0, "remove_paragraph": -1, "remove_list": -1, "edit": -1}


def _said_outside(tree: ast.AST) -> list[tuple[int, str]]:
    """Each error raised (but those NOT_SAID names), and each import note added (`notes.add`, NOTED_BY), with text
    written in the code."""
    found = []
    for node in ast.walk(tree):
        call, at = None, 0
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            call = node.exc if name not in NOT_SAID else None
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "notes":
            call = node
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            call, at = (node, NOTED_BY[name]) if name in NOTED_BY else (None, 0)
        if call is not None and call.args and _written(call.args[at]):
            found.append((call.lineno, ast.unparse(call)[:100]))
    return found


def test_the_scan_finds_a_sentence_written_in_the_code():
    tree = ast.parse('raise ImportRefused(f"{exc} (nothing imported)")\nnotes.add("a note as written", 3)\n'
                     'notes.add(Said("import.done", count=1) if x else f"{y} done")\n'
                     'raise RecordError("sync.record-missing/sections", record=name)\nraise ValueError(f"{x} bad")\n'
                     'raise RefMoved(f"{ref} moved") from exc\nraise ValueError(Said("git.add-nothing", path=p))\n'
                     'raise AssertionError("unreachable")\nraise _failed(f"init {path}", detail)\n'
                     'blocks.remove_list(doc, tokens, i, "a marker removed")\ndoc.note(f"{x} removed", at)\n'
                     'edit(doc, locate, 0, 1, "a b", Said("convert.x"))\n')
    assert sorted(line for line, _ in _said_outside(tree)) == [1, 2, 3, 5, 6, 10, 11]


def test_no_error_a_command_says_nor_import_note_is_written_outside_the_catalogue():
    package = Path(policysite.__file__).parent
    found = [f"{path.relative_to(package)}:{line}: {code}" for path in package_sources(package)
             if "messages" not in path.relative_to(package).parts
             for line, code in _said_outside(parsed(path))]
    assert found == []


# Where a sentence built in the code is read by no user of the site's language, by (module, function): git's history
# and the files a command writes into the project are the repository's, `--help` is English as every option's, and a
# key is no sentence.
NOT_READ = {("cli.py", "messages_option"): "--help's words, English as every option's help",
            ("importer.py", "_withdraw"): "a commit message",
            ("importer.py", "declare_document"): "commit messages",
            ("importer.py", "_commit"): "a commit message",
            ("importer.py", "words"): "the word list's comments and its commit message",
            ("importer.py", "_restore_head"): "a commit message",
            ("init.py", "daily_line"): "a comment of the workflow file the new site gets",
            ("init.py", "typographic_strings"): "a comment of the theme's strings file the new site gets",
            ("init.py", "create"): "the new site's first commit message",
            ("rebuilt_pages.py", "written_again"): "a commit message on the publishing branch",
            ("writing.py", "refresh_archive"): "a commit message on the publishing branch",
            ("servedpages.py", "_former_rules"): "a cache's key"}
# A sentence of English words, three at least: what a line for a user has and a path, a key or a pattern has not
_SENTENCE = re.compile(r"[A-Za-z]+ [a-z]+ [a-z]+")


def _sentences_built(tree: ast.AST) -> list[tuple[int, str, str]]:
    """Each f-string whose words (outside its fields) hold a sentence, as (line, function it is in, code): a line built
    as English text, whichever way it reaches a user (words9: `writing.latest_put_back`'s lines, returned as a list
    and printed by `policy history`, escaped the scan of raises, which read only what is raised)."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.JoinedStr):
                words = "".join(part.value for part in child.values if isinstance(part, ast.Constant))
                if _SENTENCE.search(words):
                    found.append((child.lineno, function, ast.unparse(child)[:100]))
            visit(child, child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function)

    visit(tree, "")
    return found


def test_the_scan_finds_a_sentence_built_in_the_code_wherever_it_goes():
    tree = ast.parse('def put_back(base, rel):\n'
                     '    lines = [f"{base}/{rel}: changed by a hand edit"]\n'
                     '    return lines + [f"{base}/latest/{rel}", f"{rel}: {Said(\'x.y\')}", f"the {base} text in force"]\n'
                     'print(f"error: {x} has no page")\n')
    assert _sentences_built(tree) == [(2, "put_back", "f'{base}/{rel}: changed by a hand edit'"),
                                      (3, "put_back", "f'the {base} text in force'"), (4, "", "f'error: {x} has no page'")]


def test_no_sentence_a_user_reads_is_built_outside_the_catalogue():
    package = Path(policysite.__file__).parent
    found = [f"{path.relative_to(package)}:{line} ({function}): {code}" for path in package_sources(package)
             if "messages" not in path.relative_to(package).parts
             for line, function, code in _sentences_built(parsed(path))
             if (path.relative_to(package).as_posix(), function) not in NOT_READ]
    assert found == []


def test_a_value_error_the_cli_says_is_said_in_french(tmp_path):
    """Words8: `error: no spelling dictionary for language “xx”`, `refs/heads/gh-pages is no longer at nothing: …`
    (a publication racing another) were said in English on a French site: their texts are the catalogue's now."""
    from policysite import git, spelling
    from policysite.messages import Said, said_in, text_of
    from tests.helpers import git as run_git

    with pytest.raises(ValueError) as raised:
        spelling._checker("xx")
    nb = "\u00a0"
    assert said_in(text_of(raised.value), "fr") == (f"pas de dictionnaire orthographique pour «{nb}xx{nb}»{nb}: aucune "
                                                    "correction ne peut être suggérée")
    run_git(tmp_path, "init", "-q", "-b", "main")
    run_git(tmp_path, "commit", "-q", "--allow-empty", "-m", "one")
    head = run_git(tmp_path, "rev-parse", "HEAD").strip()
    with pytest.raises(git.RefMoved) as moved:  # asked to create a branch another process created meanwhile
        git.update_ref(git.open_repo(tmp_path), "refs/heads/main", head, None, message="publish")
    said = said_in(Said("publish.moved-meanwhile", branch="main", error=text_of(moved.value)), "fr")
    assert said.startswith("main a changé pendant la publication") \
        and f"(refs/heads/main existe désormais{nb}: échec de git update-ref -m publish refs/heads/main {head} " in said
    assert str(moved.value).startswith("refs/heads/main exists now: git update-ref")  # English elsewhere
