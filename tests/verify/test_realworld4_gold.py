"""The fourth real-world set (tests/data/verify/realworld4): its gold parses, counts, shares no page with the
earlier sets, and assembles into a checkable truth-gold file; no network."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
VERIFY = ROOT / "tests" / "data" / "verify"
FOURTH = VERIFY / "realworld4"
CACHE = Path("/work/cache/realworld-verify4")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load("build_realworld_verify", ROOT / "scripts" / "build_realworld_verify.py")
checker = _load("check_truth_gold", VERIFY / "check_truth_gold.py")


def _gold(name: str = "realworld4") -> dict:
    return yaml.safe_load((VERIFY / name / "gold.yaml").read_text(encoding="utf-8"))


def test_the_fourth_set_counts_as_its_readme_says():
    items = _gold()["items"]
    langs = Counter(item["lang"] for item in items)
    assert langs == {"en": 7, "es": 7}
    assert sum(item["class"] in {"conspiracist", "propaganda"} for item in items) >= 3
    truths = Counter(str(claim["truth"]) for item in items for claim in item["claims"])
    assert truths == {"True": 137, "False": 8, "undecidable": 33}


def test_the_fourth_set_shares_no_address_with_the_earlier_sets(monkeypatch):
    monkeypatch.delenv("CRONICA_REALWORLD_TEXTS", raising=False)
    assert builder.default_texts_dir("realworld4") == CACHE
    earlier = {item["url"] for name in ("realworld", "realworld2", "realworld3") for item in _gold(name)["items"]}
    fourth = [item["url"] for item in _gold()["items"]]
    assert len(set(fourth)) == len(fourth) and not earlier & set(fourth)


def test_the_free_texts_in_the_repository_match_their_gold():
    in_repo = [item for item in _gold()["items"] if (FOURTH / "texts" / item["text_file"]).exists()]
    assert {item["id"] for item in in_repo} == {"en-prop-marxists-shepherd-trial", "en-enc-voutsadakis-kirov"}
    runnable, skipped = builder.assemble({"set": "realworld", "items": in_repo}, [FOURTH / "texts"])
    assert not skipped and len(runnable["items"]) == 2


def test_the_assembled_fourth_set_passes_the_truth_gold_checker(tmp_path):
    if not CACHE.is_dir():
        pytest.skip(f"the not-free passages are kept in {CACHE}, absent here")
    runnable, skipped = builder.assemble(_gold(), [FOURTH / "texts", CACHE])
    assert not skipped, skipped
    path = tmp_path / "realworld4.yaml"
    path.write_text(yaml.safe_dump(runnable, allow_unicode=True), encoding="utf-8")
    errors, texts, claims = checker.check(path)
    assert not errors
    assert sum(texts.values()) == 14 and sum(claims.values()) == 178
