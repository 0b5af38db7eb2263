"""The on-disk store cache keeps another version's store while a process may still read it.

A pyoxigraph store opens its files as queries reach them: removing the cache of another version of
the packs under a running process (two checkouts, an upgrade during a batch) made its lookups fail and
its claims vanish at random. Only a cache nobody opened for a week is removed by the next build.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from cronica.kb.embedded import STALE_AFTER_SECONDS, open_store

TRIPLE = '<http://www.wikidata.org/entity/Q1> <http://www.w3.org/2000/01/rdf-schema#label> "x"@en .\n'


def _pack(folder: Path, text: str) -> Path:
    pack = folder / "tiny.nt"
    pack.write_text(text, encoding="utf-8")
    return pack


def _other_version(cache: Path, age_seconds: float) -> Path:
    sibling = cache / "kb" / "tiny.nt-0123456789abcdef"
    (sibling / "store").mkdir(parents=True)
    ready = sibling / "READY"
    ready.write_text("tiny.nt", encoding="utf-8")
    when = time.time() - age_seconds
    os.utime(ready, (when, when))
    return sibling


def test_a_recently_opened_cache_of_another_version_is_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    sibling = _other_version(cache, age_seconds=60)
    _, origin = open_store([_pack(tmp_path, TRIPLE)], cache)
    assert origin == "built"
    assert sibling.exists()


def test_a_cache_unused_for_a_week_is_removed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    sibling = _other_version(cache, age_seconds=STALE_AFTER_SECONDS + 3600)
    open_store([_pack(tmp_path, TRIPLE)], cache)
    assert not sibling.exists()


def test_opening_the_cache_marks_it_in_use(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pack = _pack(tmp_path, TRIPLE)
    open_store([pack], cache)
    (ready,) = (cache / "kb").glob("tiny.nt-*/READY")
    old = time.time() - STALE_AFTER_SECONDS - 3600
    os.utime(ready, (old, old))
    store, origin = open_store([pack], cache)
    assert origin == "cache"
    assert ready.stat().st_mtime > old + 3600
    assert len(store) == 1
