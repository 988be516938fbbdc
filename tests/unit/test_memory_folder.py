"""Where the suite's temporary folders go (tests/conftest.py): a tmpfs with room, files runnable, else the disk."""
from __future__ import annotations

from helpers import memory_folder


def mounts(folder, kind="tmpfs", options="rw,nosuid,nodev,relatime"):
    return f"/dev/vda / ext4 rw,relatime 0 0\n{kind} {folder} {kind} {options} 0 0\n"


def test_a_tmpfs_with_room_holds_the_suites_folders(tmp_path):
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
