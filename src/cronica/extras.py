"""Optional parts of cronica: `pip install cronica` stays small; the web app, batch runs on Dask or
Parquet, and training come with extras (`cronica[web]`, `cronica[batch]`, `cronica[train]`).

A command that needs an extra checks for it first, so a missing one is one line saying what to
install, never an ImportError traceback from deep inside.
"""

from __future__ import annotations

from importlib.util import find_spec

from cronica.errors import CronicaError

#: extra → the modules it brings that the code imports (pyproject.toml's [project.optional-dependencies])
EXTRA_MODULES: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "starlette", "anyio", "uvicorn", "h11", "python_multipart", "swagger_ui_bundle"),
    "batch": ("dask", "distributed", "pyarrow"),
    "train": ("sklearn", "scipy"),
}


def missing(extra: str, modules: tuple[str, ...] | None = None) -> list[str]:
    """The modules of an extra (or the given ones of it) that cannot be imported here."""
    names = modules if modules is not None else EXTRA_MODULES[extra]
    return [name for name in names if not _installed(name)]


def _installed(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a broken or half-removed package
        return False


def require(extra: str, needed_by: str, modules: tuple[str, ...] | None = None) -> None:
    """Raise a one-line CronicaError when the extra `needed_by` needs is not installed."""
    absent = missing(extra, modules)
    if absent:
        raise CronicaError(
            f"{needed_by} needs cronica's '{extra}' extra: pip install 'cronica[{extra}]'"
            f" ({', '.join(absent)} {'is' if len(absent) == 1 else 'are'} not installed)"
        )
