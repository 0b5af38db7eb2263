"""KB fixtures: the bundled pack opened once, with its disk cache in a temporary folder."""

from __future__ import annotations

import pytest

from cronica.kb.embedded import EmbeddedKB
from cronica.kb.pack import data_path


@pytest.fixture(scope="session")
def kb_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("kb-cache")


@pytest.fixture(scope="session")
def kb(kb_cache) -> EmbeddedKB:
    return EmbeddedKB.open([data_path()], cache=kb_cache)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Nothing a test does may touch the user's cache or data folders."""
    monkeypatch.setenv("CRONICA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("CRONICA_DATA", str(tmp_path / "data"))
