"""Worker processes that do not outlive their parent, and keep their logs to what matters.

A worker of `cronica batch` or of the web app holds hundreds of MB (the models). If the
process that started it dies (`kill -9` of the batch driver), the worker must notice and
exit instead of lingering: a daemon thread checks every second that the parent is still
there. Workers also keep libraries' chatter (Dask's INFO lines, pyoxigraph's warnings) out
of the user's terminal.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from typing import Any

#: how often a worker checks that its parent is alive
PARENT_CHECK_SECONDS = 1.0
#: loggers of libraries whose INFO lines are not for cronica's users
NOISY_LOGGERS = ("distributed", "dask", "bokeh", "tornado", "asyncio")


def exit_with_parent(parent_pid: int, interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Exit this process (at once, without cleanup) when `parent_pid` is gone."""

    def watch() -> None:
        while True:
            time.sleep(interval)
            if not _alive(parent_pid):
                os._exit(3)

    thread = threading.Thread(target=watch, name="cronica-parent-watch", daemon=True)
    thread.start()
    return thread


def _alive(pid: int) -> bool:
    if os.getppid() == 1 and pid != 1:
        return False  # orphaned: the parent died and init adopted us
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process stays a zombie until its own parent reaps it: it is gone all the same."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rpartition(")")[2].split()[0] in ("Z", "X")
    except (OSError, IndexError):
        return False


def quiet_worker_logs() -> None:
    """Warnings and errors only, in cronica's one-line form; no stray tracebacks at exit."""
    logging.basicConfig(level=logging.WARNING, format="cronica: %(message)s")
    quiet_libraries()
    sys.unraisablehook = _unraisable


def quiet_libraries() -> None:
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


_default_unraisablehook = sys.unraisablehook


def _unraisable(unraisable: Any) -> None:
    """pyoxigraph's Store may only be dropped by the thread that made it; a worker whose pipeline is
    collected at exit by another thread gets an "unsendable" error that Python prints with a
    traceback. It is harmless (the process is ending): logged for --verbose, not shown."""
    if "unsendable" in str(unraisable.exc_value):
        logging.getLogger("cronica").debug("at exit: %s", unraisable.exc_value)
        return
    _default_unraisablehook(unraisable)
