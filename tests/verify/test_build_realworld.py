"""The real-world set builder (scripts/build_realworld_verify.py) and the gold it reads; no network."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "tests" / "data" / "verify" / "realworld"
SETS = ("realworld", "realworld2")
#: every real-world gold, with the third set whose texts all stay outside the repository
ALL_GOLDS = (*SETS, "realworld3")
PROPERTIES = {
    "birth_date", "birth_place", "death_date", "death_place", "manner_of_death", "expulsion_date",
    "expulsion_org", "removal_date", "appointment_date", "position", "membership_start", "arrest_date",
    "exile_date", "exile_place", "residence_place", "move_date", "marriage_date", "spouse", "father",
    "mother", "child", "sibling", "founding_date", "dissolution_date", "trial_date", "succession",
    "deportation_date", "deportation_place", "signatory", "signing_date", "other",
}  # fmt: skip
KINDS = {"encyclopedia", "biography", "popular_article", "school", "conspiracist", "propaganda", "outside_period"}


TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load("build_realworld_verify", ROOT / "scripts" / "build_realworld_verify.py")

KEPT = "Lenin died in 1924. His brother Aleksandr was hanged in 1887."
CHANGED = "El padre de Lenin murió en 1886."


def _item(item_id: str, text: str, span: str) -> dict:
    return {
        "id": item_id,
        "lang": "en",
        "class": "school",
        "url": f"https://example.org/{item_id}",
        "text_file": f"{item_id}.txt",
        "sha256": builder.sha256_of(text),
        "starts": text.split()[0],
        "ends": text.split()[-1],
        "licence": "test",
        "claims": [{"span": span, "about": "x", "property": "death_date", "text_value": "1924", "truth": True}],
    }


@pytest.fixture
def fixture_gold(tmp_path: Path) -> tuple[dict, Path]:
    gold = {
        "set": "realworld",
        "items": [
            _item("kept", KEPT, "Lenin died in 1924"),
            _item("changed", CHANGED, "murió en 1886"),
            _item("missing", "Trotsky was expelled in 1927.", "expelled in 1927"),
        ],
    }
    (tmp_path / "kept.txt").write_text(KEPT + "\n", encoding="utf-8")
    (tmp_path / "changed.txt").write_text(CHANGED.replace("1886", "1887"), encoding="utf-8")
    return gold, tmp_path


def test_assemble_keeps_matching_texts_and_skips_the_others_with_a_reason(fixture_gold):
    gold, folder = fixture_gold
    runnable, skipped = builder.assemble(gold, [folder])
    assert [item["id"] for item in runnable["items"]] == ["kept"]
    kept = runnable["items"][0]
    assert kept["text"] == KEPT
    assert not set(builder.LOCATION_KEYS) & kept.keys()
    assert kept["url"] == "https://example.org/kept" and kept["claims"][0]["span"] in kept["text"]
    assert list(kept["claims"][0])[4:6] == ["truth", "correct"] and kept["claims"][0]["correct"] is None
    assert any(message.startswith("changed:") and "sha256 mismatch" in message for message in skipped)
    assert any(message.startswith("missing:") and "not found" in message for message in skipped)


def test_the_first_folder_holding_a_text_wins(fixture_gold, tmp_path):
    gold, folder = fixture_gold
    other = tmp_path / "other"
    other.mkdir()
    (other / "changed.txt").write_text(CHANGED, encoding="utf-8")
    runnable, _ = builder.assemble(gold, [other, folder])
    assert {item["id"] for item in runnable["items"]} == {"kept", "changed"}


def test_checksum_ignores_outer_whitespace_and_crlf_only():
    assert builder.sha256_of(builder.passage_of("a\r\nb\n\n")) == builder.sha256_of("a\nb")
    assert builder.sha256_of("a\nb") != builder.sha256_of("a b")


def test_cut_passage_locates_first_and_last_words():
    page = "Menu Home\n" + KEPT + "\nShare this page"
    assert builder.cut_passage(page, "Lenin died", "in 1887.") == KEPT
    assert builder.cut_passage(page, "Stalin", "in 1887.") is None


def test_fetch_keeps_a_matching_page_and_sets_a_changed_one_aside(fixture_gold, tmp_path):
    gold, _ = fixture_gold
    target = tmp_path / "fetched"
    pages = {
        "https://example.org/kept": "nav\n" + KEPT + "\nfooter",
        "https://example.org/missing": "Trotsky was  expelled in 1927.",
    }
    messages = builder.fetch_missing(gold, [target], target, pages.get)
    assert (target / "kept.txt").read_text(encoding="utf-8").strip() == KEPT
    assert (target / "missing.txt.fetched").exists() and not (target / "missing.txt").exists()
    assert any(message.startswith("changed:") and "not found" in message for message in messages)
    runnable, _ = builder.assemble(gold, [target])
    assert [item["id"] for item in runnable["items"]] == ["kept"]


def test_main_writes_the_runnable_set(fixture_gold, tmp_path):
    gold, folder = fixture_gold
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    out = tmp_path / "out" / "set.yaml"
    assert builder.main(["--gold", str(gold_path), "--texts-dir", str(folder), "-o", str(out)]) == 0
    assert [item["id"] for item in yaml.safe_load(out.read_text(encoding="utf-8"))["items"]] == ["kept"]


def test_set_option_picks_the_second_set_and_its_own_texts_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("CRONICA_REALWORLD_TEXTS", raising=False)
    assert builder.default_texts_dir("realworld") == Path("/work/cache/realworld-verify")
    assert builder.default_texts_dir("realworld2") == Path("/work/cache/realworld-verify2")
    out = tmp_path / "rw2.yaml"
    empty = tmp_path / "none"
    empty.mkdir()
    assert builder.main(["--set", "realworld2", "--texts-dir", str(empty), "-o", str(out)]) == 0
    built = {item["id"] for item in yaml.safe_load(out.read_text(encoding="utf-8"))["items"]}
    in_repo = {path.stem for path in (REALWORLD.parent / "realworld2" / "texts").glob("*.txt")}
    assert built == in_repo and built, "only the second set's free texts when the cache folder is empty"
    assert not built & {item["id"] for item in _real_gold("realworld")["items"]}


def test_default_set_is_still_the_first_one(tmp_path):
    out = tmp_path / "rw.yaml"
    assert builder.main(["--texts-dir", str(tmp_path), "-o", str(out)]) == 0
    built = {item["id"] for item in yaml.safe_load(out.read_text(encoding="utf-8"))["items"]}
    assert built == {path.stem for path in (REALWORLD / "texts").glob("*.txt")}


def test_an_unknown_set_is_a_usage_error():
    with pytest.raises(SystemExit) as stop:
        builder.main(["--set", "realworld9"])
    assert stop.value.code == 2


def _real_gold(name: str = "realworld") -> dict:
    return yaml.safe_load((REALWORLD.parent / name / "gold.yaml").read_text(encoding="utf-8"))


def test_the_second_set_shares_no_address_with_the_first():
    first = {item["url"] for item in _real_gold("realworld")["items"]}
    second = {item["url"] for item in _real_gold("realworld2")["items"]}
    assert len(second) == len(_real_gold("realworld2")["items"]) and not first & second


def test_the_third_set_shares_no_address_with_the_others_and_has_its_own_texts_folder(monkeypatch):
    monkeypatch.delenv("CRONICA_REALWORLD_TEXTS", raising=False)
    assert builder.default_texts_dir("realworld3") == Path("/work/cache/realworld-verify3")
    earlier = {item["url"] for name in SETS for item in _real_gold(name)["items"]}
    third = [item["url"] for item in _real_gold("realworld3")["items"]]
    assert len(set(third)) == len(third) >= 14 and not earlier & set(third)


@pytest.mark.parametrize("name", ALL_GOLDS)
def test_real_gold_items_are_well_formed(name):
    items = _real_gold(name)["items"]
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["lang"] in {"en", "es"} and item["class"] in KINDS, item["id"]
        assert item["url"].startswith("http") and len(item["sha256"]) == 64, item["id"]
        for claim in item["claims"]:
            assert claim["property"] in PROPERTIES, (item["id"], claim["property"])
            assert claim["truth"] in (True, False, "undecidable"), (item["id"], claim["span"])
            assert (claim["truth"] is False) == bool(claim.get("correct")), (item["id"], claim["span"])
            assert claim.get("source"), (item["id"], claim["span"])
            if claim["property"].endswith("_date"):
                for value in (claim["text_value"], claim.get("correct")):
                    assert value is None or TIMEX_DATE.match(str(value)), (item["id"], value)


@pytest.mark.parametrize("name", SETS)
def test_texts_kept_in_the_repository_match_their_gold(name):
    gold, texts = _real_gold(name), REALWORLD.parent / name / "texts"
    in_repo = [item for item in gold["items"] if (texts / item["text_file"]).exists()]
    assert in_repo, f"the free texts live in tests/data/verify/{name}/texts"
    runnable, skipped = builder.assemble({"set": "realworld", "items": in_repo}, [texts])
    assert not skipped
    assert len(runnable["items"]) == len(in_repo)


@pytest.mark.parametrize("name", SETS)
def test_the_assembled_set_passes_the_truth_gold_checker(tmp_path, name):
    checker = _load("check_truth_gold", ROOT / "tests" / "data" / "verify" / "check_truth_gold.py")
    runnable, _ = builder.assemble(_real_gold(name), [REALWORLD.parent / name / "texts"])
    path = tmp_path / "realworld.yaml"
    path.write_text(yaml.safe_dump(runnable, allow_unicode=True), encoding="utf-8")
    errors, texts, _ = checker.check(path)
    assert not errors
    assert sum(texts.values()) == len(runnable["items"]) > 0
