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

    def __reduce__(self) -> tuple[type, tuple[str, str, int | None]]:
        """Picklable with its fields, so a worker process can hand it back."""
        return (type(self), (self.source, self.message, self.line))


class StageNotImplemented(CronicaError):
    """Raised by a stage that is registered but not built yet: recorded as "not run"."""


class AnalysisCancelled(BaseException):
    """Raised by a progress listener to stop an analysis (deadline passed, client gone).

    A BaseException, so that the pipeline's per-record and per-stage fault isolation does
    not turn it into a failed record: it ends the whole call."""
