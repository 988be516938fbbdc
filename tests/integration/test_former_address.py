"""A site that changes extra.policy.public_url: its older versions' sitemaps name the host of their day, which the
source's history says was the site's (formerhosts); the output check accepts that host there, and nowhere else."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from helpers import calls_to, git, stored
from policy_repo import Project, copy_of, made_once, new_project
from policysite import git as pgit, manifest as mf, messages, publish, servedpages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")  # their commands are not about the process

OLD, NEW = "www.dial-once.com", "privacy.example.test"
# The archive's own feeds, sitemaps and pages (the at, compare and history pages, whose canonical address names the site's
# host: safety57), and the root's sitemap index naming the languages' sitemaps (company12), written by a publication under
# the former address, which the next one rewrites (the first test)
ARCHIVE_OWN = r"sitemap\.xml|[^/]+/(?:feed\.xml|sitemap\.xml(?:\.gz)?|(?:at|compare|history)/index\.html)"


FORMER = f"https://{OLD}/politique-de-confidentialite/"


def _move(project: Project, url: str, *, stated: bool = True) -> None:
    """public_url set to `url` in mkdocs.yml, the move stated (`former_urls`, safety75) unless not `stated`."""
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert f"public_url: {FORMER}\n" in text
    said = f"\n    former_urls: [{FORMER}]" if stated else ""
    config.write_text(text.replace(f"public_url: {FORMER}", f"public_url: {url}{said}"), encoding="utf-8")


def _moved(project: Project, _folder: Path, *, stated: bool = True) -> None:
    """2021-02-17 published under the configuration's address, then public_url moved to NEW (the move stated) and
    2022-03-01 committed."""
    project.commit("2021-02-17")
    project.publish()
    _move(project, f"https://{NEW}/policy/", stated=stated)
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")


@pytest.fixture(scope="module")
def moved(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _moved)


@pytest.fixture(scope="module")
def unstated(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, lambda project, folder: _moved(project, folder, stated=False))


def test_an_address_moved_without_saying_so_is_refused_by_every_command(unstated, tmp_path):
    """safety75: public_url moved to another host in one commit was published: every bookmark of a reader, the feed's
    entries (whose ids are their versions' addresses) and the archive's links named the former host, broken silently.
    publish, history (--rebuild too) refuse it at public_url's line of mkdocs.yml, saying what to write; check says
    it there; nothing is published; the move stated (`former_urls`), it is published."""
    project = copy_of(unstated, tmp_path / "project")
    before = project.branch()
    line = next(n for n, text in enumerate((project.root / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith("    public_url:"))
    for run in (project.publish, project.history, lambda: project.history(rebuild=True)):
        with pytest.raises(publish.PublishError) as refused:
            run()
        said = messages.text_of(refused.value)
        assert said.startswith(f"mkdocs.yml:{line}: the site's public address (`extra.policy.public_url`) moves it "
                               f"from {FORMER}, where its archive was published, to https://{NEW}/policy/"), said
        assert f"keep `public_url: {FORMER}`, or" in said and f"`former_urls: [{FORMER}]`" in said
        assert said.endswith("nothing was published")
        assert project.branch() == before
    checked = project.run("check")
    assert f"mkdocs.yml:{line}: warning: [config.moved] the site's public address" in checked.stdout + checked.stderr
    assert "`policy publish` and `policy history` will refuse to publish until then" in checked.stdout + checked.stderr
    assert "gardez `public_url: " in messages.said_in(said, "fr") and "rien n'a été publié" in messages.said_in(said, "fr")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f"public_url: https://{NEW}/policy/", f"public_url: https://{NEW}/policy/\n    former_urls: [{FORMER}]"),
        encoding="utf-8")
    project.commit_all("the move stated")
    assert project.publish().published == ["2022-03-01"]
    checked = project.run("check")
    assert "config.moved" not in checked.stdout + checked.stderr


@pytest.mark.parametrize(("url", "refused"), [
    (f"https://{OLD}/privacy/", True),  # another folder of the host: every address of the archive's readers lost
    (f"https://{OLD.upper()}/politique-de-confidentialite", False),  # the same address, written otherwise
    (f"http://{OLD}/politique-de-confidentialite/", False),  # the scheme alone: the server's redirect keeps them
    (f"https://{OLD}:8443/politique-de-confidentialite/", True),
    (f"https://{OLD}:443/politique-de-confidentialite/", False),  # https's own port, written
])
def test_a_move_is_the_host_port_and_folder_of_the_address(tmp_path, url, refused):
    """safety75: what a reader's address keeps is its host, port and folder (moves.address)."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.publish()
    _move(project, url, stated=False)
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    if refused:
        with pytest.raises(publish.PublishError, match=r"^mkdocs\.yml:\d+: the site's public address"):
            project.publish()
    else:
        assert project.publish().published == ["2022-03-01"]


def test_a_site_whose_address_changed_publishes_its_next_version_beside_the_older_sitemaps(moved, tmp_path):
    """publish9: the older version's sitemaps name the host the site had when it was published, and the output check
    refused them ("naming https://www.dial-once.com/…: publishing writes addresses of privacy.example.test only") until
    `policy history --rebuild`; the host its source commit named is the site's. The new version names the new host."""
    project = copy_of(moved, tmp_path / "project")
    outcome = project.publish()
    assert outcome.published == ["2022-03-01"] and not outcome.refused
    assert f"https://{OLD}/politique-de-confidentialite/fr/2021-02-17/" in project.show("fr/2021-02-17/sitemap.xml")
    assert f"https://{NEW}/policy/fr/2022-03-01/" in project.show("fr/2022-03-01/sitemap.xml")
    assert OLD not in project.show("fr/2022-03-01/sitemap.xml") + project.show("fr/feed.xml")


def test_the_former_host_is_accepted_only_in_the_bytes_a_version_published_from_the_sources_history(moved):
    """publish9: what the branch alone holds never makes a host the site's: an older version's sitemap edited (another
    host, or the former one in other bytes than its manifest records), the former host in a file no version published,
    a version whose manifest names a source commit outside HEAD's history: each refused, saying what to do."""
    root = moved.root
    listing = {path: entry for path, entry in pgit.list_files(pgit.open_repo(root), "gh-pages").items()
               if not re.fullmatch(ARCHIVE_OWN, path)}
    sitemap = git(root, "show", "gh-pages:fr/2021-02-17/sitemap.xml").encode()
    assert OLD.encode() in sitemap and listing["fr/latest/sitemap.xml"] == listing["fr/2021-02-17/sitemap.xml"]
    other_host = sitemap.replace(b"</urlset>", b"<url><loc>https://evil.example/</loc></url></urlset>")
    other_bytes = sitemap.replace(b"</urlset>", f"<url><loc>https://{OLD}/x/</loc></url></urlset>".encode())
    # a manifest naming a commit of another line of history, whose mkdocs.yml names evil.example as the site's
    config = git(root, "show", "HEAD:mkdocs.yml").replace(f"https://{NEW}/policy/", "https://evil.example/")
    tree = subprocess.run(["git", "mktree"], cwd=root, input=f"100644 blob {stored(root, config)}\tmkdocs.yml\n",
                          capture_output=True, check=True, text=True).stdout.strip()
    stranger = git(root, "commit-tree", tree, "-m", "not the policy's").strip()
    elsewhere = sitemap.replace(OLD.encode(), b"evil.example")
    record = json.loads(git(root, "show", "gh-pages:manifest/2021-02-17.json"))
    record["version"] = "2020-01-01"
    record["languages"]["fr"]["source"]["commit"] = stranger
    record["languages"]["fr"]["files"]["sitemap.xml"] = mf.sha256(elsewhere)
    forged = mf.VersionManifest.loads(json.dumps(record)).dumps()
    with opened(root) as site:
        assert servedpages.unsafe(site, listing) == []  # 2021-02-17's sitemaps, and latest/'s, as published
        refused = {"fr/2021-02-17/sitemap.xml": other_host, "en/2021-02-17/sitemap.xml": other_bytes,
                   "fr/sitemap.xml": sitemap, "fr/2020-01-01/sitemap.xml": elsewhere}
        found = servedpages.unsafe(site, {**listing, "manifest/2020-01-01.json": ("100644", stored(root, forged)),
                                          **{path: ("100644", stored(root, data)) for path, data in refused.items()}})
    named = {said.partition(": ")[0]: said for said in found}
    assert sorted(named) == sorted(refused), found
    # bytes its manifest does not record are judged as any file: the former host is not the site's there
    assert f"naming “https://{OLD}/politique-de-confidentialite/fr/2021-02-17/”" in named["fr/2021-02-17/sitemap.xml"]
    assert "naming “https://evil.example/" in named["fr/2020-01-01/sitemap.xml"]
    assert "a version's file may name the site's former address" in found[0]
    assert "is written again with privacy.example.test by `policy history --rebuild`" in found[0]
    french = messages.said_in(found[0], "fr")
    assert "le fichier d'une version peut nommer l'ancienne adresse du site" in french
    assert "réécrit avec privacy.example.test par `policy history --rebuild`" in french


def test_a_file_accepted_through_a_former_host_is_kept_until_head_or_a_manifest_changes(moved, tmp_path, monkeypatch):
    """publish11: the older version's sitemaps, accepted through the host of their day, were read again with the
    manifests and the source's history by every command (13 ms of 8 files: publish10); kept by their place and blob
    id, they are not, while HEAD and the manifests are those that vouched for them: HEAD reset to a commit whose history
    lacks the version's source commit refuses them again."""
    from policysite import formerhosts

    project = copy_of(moved, tmp_path / "project")
    root = project.root
    listing = {path: entry for path, entry in pgit.list_files(pgit.open_repo(root), "gh-pages").items()
               if not re.fullmatch(ARCHIVE_OWN, path)}
    with opened(root) as site:
        assert servedpages.unsafe(site, listing) == []
        hosts = calls_to(monkeypatch, formerhosts, "_hosts_at")
        read = calls_to(monkeypatch, servedpages, "xml_elsewhere")
        # (the sitemaps are kept; the error pages, built for the former host's folder, are read again by every command,
        # which asks once which hosts the site had: a folder the history named on another host is not the site's
        # unless a published version was built for that host, safety58)
        assert servedpages.unsafe(site, listing) == [] and read == [] and len(hosts) == 1
        manifest = listing["manifest/2021-02-17.json"]
        assert servedpages.unsafe(site, {**listing, "manifest/2020-01-01.json": manifest}) == [] and len(hosts) == 2
        git(root, "update-ref", "HEAD", git(root, "commit-tree", "HEAD^{tree}", "-m", "history rewritten").strip())
        found = servedpages.unsafe(site, listing)
    # (and the error pages the first publication wrote, which load the theme from the former folder, and the version's
    # pages, whose canonical address names the former host: a history that never named them makes them no folder or
    # host of the site's, safety57)
    pages = sorted(said.partition(": ")[0] for said in found if said.partition(": ")[0].endswith("/index.html"))
    assert pages and all(re.fullmatch(r"(en|fr)/(2021-02-17|latest)/.*index\.html", page) for page in pages), pages
    assert all("privacy.example.test" in said and "canonical" in said for said in found
               if said.partition(": ")[0] in pages), found
    assert sorted(said.partition(": ")[0] for said in found if said.partition(": ")[0] not in pages) == sorted(
        ["404.html"] + [f"{lang}/404.html" for lang in ("en", "fr")] + [
            f"{lang}/{folder}/sitemap.xml" for lang in ("en", "fr") for folder in ("2021-02-17", "latest")]), found
    # (a version serves no sitemap.xml.gz, its sitemap.xml deflated: perf3, session 44)
