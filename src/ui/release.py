"""Which data release a reader's session shows, so a new release reaches new sessions without a restart.

Note that every cache in `src.ui.data` (and the organisation and share caches) is keyed on the
release, not on the process: a maintainer's `make data` writes `data/release.json` last, the next
session to start reads it (one `stat`, the file re-read only when it changed) and builds its caches
for the new release, while a session that started earlier keeps the release it started with (kept
in its session state), so its next filter change shows the same data and never mixes two releases.
"""

from __future__ import annotations

import os
import threading

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from src.facts.paths import data_dir
from src.facts.release import RELEASE_FILE, UNRELEASED, current_version

SESSION_KEY = "_klyngekvalitet_release"
_LOCK = threading.Lock()
_seen: dict[str, object] = {"stamp": None, "version": UNRELEASED}


def published_version() -> str:
    """The current release (data/release.json), re-read only when the file changed since the last look."""
    path = data_dir() / RELEASE_FILE
    try:
        info = os.stat(path)
        stamp: tuple[object, ...] | None = (str(path), info.st_mtime_ns, info.st_size, info.st_ino)
    except OSError:
        stamp = None
    with _LOCK:
        if stamp != _seen["stamp"]:
            _seen["version"] = current_version(data_dir()) if stamp else UNRELEASED
            _seen["stamp"] = stamp
        return str(_seen["version"])


def session_release() -> str:
    """The release this session shows: the one current when it started (outside a session: the current one)."""
    if get_script_run_ctx() is None:  # the launcher's warm-up, a benchmark: no reader's session
        return published_version()
    state = st.session_state
    if SESSION_KEY not in state:
        state[SESSION_KEY] = published_version()
    return str(state[SESSION_KEY])
