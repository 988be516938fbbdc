"""Where the commands' temporary folders go (scratch.py), and the suite's (tests/conftest.py): a tmpfs with room,
files runnable, else the disk; a folder the user or the caller chose, always."""
from __future__ import annotations

import tempfile

import pytest

from policysite import scratch
from policysite.scratch import memory_folder


def mounts(folder, kind="tmpfs", options="rw,nosuid,nodev,relatime"):
    return f"/dev/vda / ext4 rw,relatime 0 0\n{kind} {folder} {kind} {options} 0 0\n"


def test_a_tmpfs_with_room_holds_the_suites_folders(tmp_path, monkeypatch):
    import os

    real = os.statvfs(tmp_path)  # room for files and bytes whatever the machine's tmpfs holds now (CI's /dev/shm,
    # the suite's own folders in it, had fewer than 500,000 files left)
    roomy = os.statvfs_result((real.f_bsize, real.f_frsize, real.f_blocks, real.f_bfree, 1 << 40, 10_000_000,
                               5_000_000, 5_000_000, real.f_flag, real.f_namemax))
    monkeypatch.setattr(os, "statvfs", lambda folder: roomy)
    assert memory_folder(mounts(tmp_path), folder=str(tmp_path), room=1) == str(tmp_path)


def test_a_tmpfs_too_small_mounted_noexec_or_read_only_or_a_disk_does_not(tmp_path):
    folder = str(tmp_path)
    assert memory_folder(mounts(folder), folder=folder, room=1 << 60) is None  # a container's 64 MB /dev/shm
    assert memory_folder(mounts(folder, options="rw,nosuid,nodev,noexec"), folder=folder, room=1) is None
    assert memory_folder(mounts(folder, options="ro,nosuid"), folder=folder, room=1) is None
    assert memory_folder(mounts(folder, kind="ext4"), folder=folder, room=1) is None
    assert memory_folder(mounts("/elsewhere"), folder=folder, room=1) is None
    absent = str(tmp_path / "absent")
    assert memory_folder(mounts(absent), folder=absent, room=1) is None


def test_a_tmpfs_with_bytes_but_no_file_left_does_not(tmp_path, monkeypatch):
    import os

    real = os.statvfs(tmp_path)
    full = os.statvfs_result((real.f_bsize, real.f_frsize, real.f_blocks, real.f_bfree, real.f_bavail, 3_000_000,
                              0, 0, real.f_flag, real.f_namemax))
    monkeypatch.setattr(os, "statvfs", lambda folder: full)
    assert memory_folder(mounts(tmp_path), folder=str(tmp_path), room=1) is None
    assert memory_folder(mounts(tmp_path), folder=str(tmp_path), room=1, files=0) == str(tmp_path)
    unlimited = os.statvfs_result((*full[:5], 0, 0, 0, *full[8:]))  # a tmpfs mounted nr_inodes=0
    monkeypatch.setattr(os, "statvfs", lambda folder: unlimited)
    assert memory_folder(mounts(tmp_path), folder=str(tmp_path), room=1) == str(tmp_path)


def test_a_commands_temporary_folder_is_made_in_memory_when_nothing_chose_one(nothing_chosen):
    with scratch.temporary("policy-history-") as folder:
        assert folder.startswith(f"{nothing_chosen}/policy-history-")
    assert list(nothing_chosen.iterdir()) == []  # removed with the block


@pytest.mark.parametrize("name", ["TMPDIR", "TEMP", "TMP"])
def test_a_folder_the_user_chose_is_the_one_used(nothing_chosen, monkeypatch, tmp_path, name):
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setenv(name, str(chosen))
    assert scratch.folder() is None  # tempfile's own choice: the user's
    if name == "TMPDIR":
        monkeypatch.setattr(tempfile, "tempdir", None)  # (read again from the environment)
        with scratch.temporary("policy-publish-") as folder:
            assert folder.startswith(f"{chosen}/policy-publish-")


def test_a_folder_the_caller_set_is_the_one_used(nothing_chosen, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with scratch.temporary("policy-verify-") as folder:
        assert folder.startswith(f"{tmp_path}/policy-verify-")
