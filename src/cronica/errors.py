"""Errors a user can cause, each rendered as one line by the CLI (never a traceback)."""

from __future__ import annotations


class CronicaError(Exception):
    """Base class for errors that carry a message meant for the user."""


class InputError(CronicaError):
    """Bad input: names the source (and line) so the user can find it."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class StageNotImplemented(CronicaError):
    """Raised by a stage that is registered but not built yet: recorded as "not run"."""
