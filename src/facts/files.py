"""Writing a file so that a crash or power cut leaves either the old file or the complete new one.

Note that this is the project's one atomic write (the Parquet build and the register import use it): the
data goes to a temporary file in the target's folder (a rename is atomic only within one file system),
is flushed and fsynced, replaces the target, and the folder is fsynced so the rename itself is durable.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Put `data` at `path` in one step; the file keeps the permissions it had (new ones get rw-r--r--)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temporary, _mode_of(path))  # mkstemp makes it private: rw------- would lock out other readers
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    _fsync_folder(path.parent)


def _mode_of(path: Path) -> int:
    """The permissions `path` has now, or the usual rw-r--r-- (less the umask) for a new file."""
    if path.exists():
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o644 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable: the new name lives in the folder's entry, not in the file."""
    if os.name == "nt":  # Windows cannot open a folder as a file; its renames are journalled by NTFS
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
