"""What the user sent (pasted text or an uploaded file) as ingest records.

Uploads go through the same readers as `cronica analyze FILE` (`cronica.ingest.read_inputs`),
so decoding, HTML extraction, JSONL records and their error messages are the same in
both places. The file lands in a private temporary folder under a fixed name; only its
suffix, checked against a short list, comes from the user.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

from cronica.errors import CronicaError, InputError
from cronica.ingest import Record, looks_like_html, read_inputs, record_from_text
from cronica.options import check_dct, check_language

#: suffixes the app accepts, longest first so ".jsonl.gz" wins over ".gz"
UPLOAD_SUFFIXES = (".jsonl.gz", ".jsonl", ".ndjson", ".txt", ".text", ".md", ".html", ".htm", ".xhtml")
PASTED_SOURCE = "pasted text"


@dataclasses.dataclass(frozen=True)
class RequestOptions:
    """Per-request choices: language and document date (validated like the CLI's)."""

    lang: str | None = None
    dct: str | None = None
    title: str | None = None

    @classmethod
    def parse(cls, lang: str | None, dct: str | None, title: str | None = None) -> RequestOptions:
        lang = (lang or "").strip() or None
        if lang == "auto":
            lang = None
        if lang is not None:
            check_language(lang)
        dct = (dct or "").strip() or None
        title = (title or "").strip() or None
        return cls(lang=lang, dct=check_dct(dct) if dct else None, title=title)


def records_from_text(text: str, options: RequestOptions) -> list[Record | InputError]:
    try:
        record = record_from_text(text, id="pasted", source=PASTED_SOURCE, html=looks_like_html(text))
    except InputError as error:
        return [error]
    return [_with_options(record, options)]


def records_from_upload(
    filename: str | None, data: bytes, options: RequestOptions, max_chars: int
) -> list[Record | InputError]:
    name = display_name(filename)
    suffix = upload_suffix(name)
    with tempfile.TemporaryDirectory(prefix="cronica-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        results = list(read_inputs([str(path)], max_chars))
    stem = name[: -len(suffix)] or "upload"
    return [_renamed(item, name, stem, options) for item in results]


def display_name(filename: str | None) -> str:
    """The base name of an uploaded file (browsers may send a full path)."""
    raw = (filename or "").strip()
    base = PureWindowsPath(PurePosixPath(raw).name).name
    return base or "upload.txt"


def upload_suffix(name: str) -> str:
    lowered = name.lower()
    for suffix in UPLOAD_SUFFIXES:
        if lowered.endswith(suffix):
            return suffix
    kind = Path(lowered).suffix or "with no extension"
    raise CronicaError(f"{name}: cannot read a file {kind}: upload .txt, .html or .jsonl")


def _renamed(item: Record | InputError, name: str, stem: str, options: RequestOptions) -> Record | InputError:
    """Errors and records name the uploaded file, not the temporary copy."""
    if isinstance(item, InputError):
        return InputError(name, item.message, item.line)
    record_id = item.id
    if record_id == "upload":
        record_id = stem
    elif record_id.startswith("upload:"):
        record_id = f"{stem}:{record_id.split(':', 1)[1]}"
    return _with_options(dataclasses.replace(item, id=record_id, source=name), options)


def _with_options(record: Record, options: RequestOptions) -> Record:
    return dataclasses.replace(
        record,
        lang=record.lang or options.lang,
        dct=record.dct or options.dct,
        title=record.title or options.title,
    )
