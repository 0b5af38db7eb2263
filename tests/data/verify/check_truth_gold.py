"""Check a truth-gold file (stress.yaml, realworld/*.yaml) against its format, and count it.

Plain Python plus PyYAML, so a gold writer can run it without installing cronica:

    python3 tests/data/verify/check_truth_gold.py tests/data/verify/stress.yaml

It checks what a hand-written file gets wrong (a span that is not in its text, a false
claim without its correction, an unknown property, a malformed date) and prints the
counts per class, language and truth value. Exit status 1 when anything is wrong.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

PROPERTIES = frozenset(
    {
        "birth_date",
        "birth_place",
        "death_date",
        "death_place",
        "manner_of_death",
        "expulsion_date",
        "expulsion_org",
        "removal_date",
        "appointment_date",
        "position",
        "membership_start",
        "arrest_date",
        "exile_date",
        "exile_place",
        "deportation_date",
        "deportation_place",
        "residence_place",
        "move_date",
        "marriage_date",
        "spouse",
        "father",
        "mother",
        "child",
        "sibling",
        "founding_date",
        "dissolution_date",
        "trial_date",
        "succession",
        "age",
        "other",
    }
)
MANNERS = frozenset({"homicide", "capital punishment", "suicide", "natural causes", "accident"})
TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CLAIM_KEYS = frozenset({"span", "about", "property", "text_value", "truth", "correct", "source"})
TRUTHS = {True: "true", False: "false", "undecidable": "undecidable"}


def _truth(value: object) -> object:
    """The loader (cronica.evaluation.truth) reads a quoted 'true'/'false' as the boolean: so does this check."""
    return {"true": True, "false": False}.get(value, value) if isinstance(value, str) else value


def claim_errors(item_id: str, text: str, claim: dict) -> list[str]:
    """Problems of one claim, each prefixed with its item id."""
    errors = [f"{item_id}: missing {key}" for key in sorted(CLAIM_KEYS - set(claim))]
    if errors:
        return errors
    prop, truth, correct = claim["property"], claim["truth"], claim["correct"]
    truth = _truth(truth)
    if claim["span"] not in text:
        errors.append(f"{item_id}: span not in text: {claim['span']!r}")
    if prop not in PROPERTIES:
        errors.append(f"{item_id}: unknown property {prop!r}")
    if truth not in TRUTHS:
        errors.append(f"{item_id}: truth must be true, false or undecidable, not {truth!r}")
    if truth is False and not correct:
        errors.append(f"{item_id}: a false claim needs its correct value")
    if truth is not False and correct is not None:
        errors.append(f"{item_id}: only a false claim has a correct value")
    if prop.endswith("_date"):
        for value in (claim["text_value"], correct):
            if value is not None and not TIMEX_DATE.match(str(value)):
                errors.append(f"{item_id}: {prop} {value!r} is not a TIMEX3 date")
    if prop == "manner_of_death" and correct is not None and correct not in MANNERS:
        errors.append(f"{item_id}: manner correction {correct!r} is not one of {sorted(MANNERS)}")
    source = str(claim["source"])
    if not (source.startswith("http") or source == "common knowledge"):
        errors.append(f"{item_id}: source must be an address or 'common knowledge'")
    return errors


def check(path: Path) -> tuple[list[str], Counter, Counter]:
    """Errors, texts per (class, lang) and claims per (class, lang, truth) of one file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors: list[str] = []
    if data.get("set") not in ("stress", "realworld"):
        errors.append(f"{path}: set must be stress or realworld")
    texts: Counter = Counter()
    claims: Counter = Counter()
    seen: set[str] = set()
    for item in data.get("items") or []:
        item_id = item.get("id", "?")
        if item_id in seen:
            errors.append(f"{item_id}: duplicate id")
        seen.add(item_id)
        if item.get("lang") not in ("es", "en"):
            errors.append(f"{item_id}: lang must be es or en")
        if not item.get("claims"):
            errors.append(f"{item_id}: no claims")
        texts[(item.get("class"), item.get("lang"))] += 1
        for claim in item.get("claims") or []:
            errors.extend(claim_errors(item_id, item.get("text", ""), claim))
            claims[(item.get("class"), item.get("lang"), TRUTHS.get(_truth(claim.get("truth")), "?"))] += 1
    return errors, texts, claims


def report(texts: Counter, claims: Counter) -> str:
    """A table of texts and claims (true/false/undecidable) per class and language."""
    rows = [f"{'class':28} {'es':>4} {'en':>4}   claims es T/F/U   claims en T/F/U"]
    for cls in sorted({key[0] for key in texts}, key=str):

        def tfu(lang: str, cls: str = cls) -> str:
            return "/".join(str(claims[(cls, lang, t)]) for t in ("true", "false", "undecidable"))

        rows.append(f"{cls!s:28} {texts[(cls, 'es')]:4} {texts[(cls, 'en')]:4}   {tfu('es'):>15}   {tfu('en'):>15}")
    total = Counter()
    for (_, lang, truth), n in claims.items():
        total[(lang, truth)] += n
    for lang in ("es", "en"):
        n_texts = sum(n for (_, text_lang), n in texts.items() if text_lang == lang)
        by_truth = ", ".join(f"{t} {total[(lang, t)]}" for t in ("true", "false", "undecidable"))
        rows.append(f"{lang}: {n_texts} texts; claims {by_truth}")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    status = 0
    for name in argv or ["tests/data/verify/stress.yaml"]:
        errors, texts, claims = check(Path(name))
        print(f"== {name}")
        print("\n".join(errors) if errors else "format OK")
        print(report(texts, claims))
        status |= bool(errors)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
