"""legal16: a pull request from a fork, checked in a clone that has no copy of the archive's branch."""
from __future__ import annotations

import subprocess

from helpers import git, policy_in_process
from policy_repo import new_project


def test_policy_diff_in_a_fork_s_clone_says_what_to_fetch_and_then_compares_with_what_is_published(tmp_path):
    """GitHub copies a repository's main branch alone into a fork: a lawyer's clone of it, asked for the redline of
    their edit against the text in force (`policy diff latest worktree`), was told "there is no published version
    on the gh-pages branch: publish one with `policy publish`", from a clone that must never publish. It now says
    the clone lacks the archive and the git command that fetches it from the site's repository (publishing only
    where none is published yet); done, the redline is the published text's. A site of one folder, with no other
    repository, is told to publish its first version, as before."""
    site = new_project(tmp_path / "site")
    site.commit("2021-02-17")
    assert not site.history().refused
    fork = tmp_path / "fork"
    subprocess.run(["git", "clone", "-q", "--single-branch", "-b", "main", str(site.root), str(fork)], check=True)
    git(fork, "remote", "rename", "origin", "upstream")
    page = fork / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("avec soin", "avec le plus grand soin"),
                    encoding="utf-8")
    refused = policy_in_process(["--root", str(fork), "diff", "latest", "worktree", "--messages", "fr"])
    assert refused.returncode != 0
    assert refused.stderr == (
        "error: ce clone n'a pas de branche gh-pages, où sont les versions publiées\u00a0: si le site en a (le clone "
        "d'un fork, ou de main seule), récupérez-les depuis le dépôt du site, `git fetch upstream gh-pages:gh-pages`, "
        "puis relancez la commande\u202f; si aucune n'est encore publiée, publiez-en une avec `policy publish`\u202f; ou "
        "comparez des dates de l'historique git\n"), refused.stderr
    git(fork, "fetch", "-q", "upstream", "gh-pages:gh-pages")
    done = policy_in_process(["--root", str(fork), "diff", "latest", "worktree"])
    assert done.returncode == 0 and "le plus grand" in done.stdout, done.stdout + done.stderr
    # the pull request's redline says what `policy check` says of a `change: editorial` that is none
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("date: ", "change: editorial\ndate: ", 1), encoding="utf-8")
    done = policy_in_process(["--root", str(fork), "diff", "latest", "worktree", "--messages", "en"])
    assert "editorial-material" not in done.stderr, done.stderr  # (a wording: editorial)
    page.write_text(text.replace("date: ", "change: editorial\ndate: ", 1) + "\nNous conservons vos données 12 mois.\n",
                    encoding="utf-8")
    done = policy_in_process(["--root", str(fork), "diff", "latest", "worktree", "--messages", "en"])
    line = page.read_text(encoding="utf-8").splitlines().index("Nous conservons vos données 12 mois.") + 1
    assert done.returncode == 0 and "warning: docs/fr/index.md:2: [frontmatter.editorial-material] change: " \
        f"editorial, but this version tells readers more than a correction of wording does, against the version of " \
        f"February 17, 2021: line {line}: “Nous conservons vos données 12 mois.” added; such a change is material" \
        in done.stderr, done.stderr
    git(fork, "remote", "remove", "upstream")
    git(fork, "branch", "-D", "-q", "gh-pages")
    alone = policy_in_process(["--root", str(fork), "diff", "latest", "worktree", "--messages", "en"])
    assert alone.stderr.startswith("error: there is no published version on the gh-pages branch"), alone.stderr
