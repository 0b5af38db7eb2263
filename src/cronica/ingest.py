"""Ingest: turn files, stdin and JSONL records into clean text plus metadata.

Everything downstream counts character offsets in the text produced here, so this
module decides once what "the text" is: decoded (charset detected), NFC-normalized,
with Windows/old-Mac line ends folded to "\\n", and for HTML the main text only.
Bad input never raises past this module as anything but `InputError`.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import hashlib
import io
import json
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from cronica.errors import CronicaError, InputError
from cronica.languages import languages
from cronica.options import check_dct, check_language

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
#: encodings tried first, with the legacy code pages of the supported languages (languages.yaml), when
#: a file is not UTF-8 (see decode_text)
UNICODE_ENCODINGS = ("utf_16", "utf_32")
#: bytes read to decide whether a file is binary
SNIFF_BYTES = 8192
#: how much text language detection looks at: enough to be sure, cheap on a book
LANGUAGE_SAMPLE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class Record:
    """One document to analyze, before language detection."""

    id: str
    text: str
    source: str
    lang: str | None = None
    dct: str | None = None
    title: str | None = None
    url: str | None = None
    line: int | None = None
    #: notes from reading it (a repaired encoding...), carried into `Analysis.warnings`
    warnings: tuple[str, ...] = ()


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_text(text: str) -> str:
    """NFC, no BOM, "\\n" line ends: the canonical text all offsets refer to."""
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _bom_encoding(data: bytes) -> str | None:
    """UTF-16/32 files announce themselves with a byte-order mark (UTF-8's is stripped later)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes early on mean this is not a text file."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.1


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes of unknown encoding (see `decode_text`, which also says what it repaired)."""
    return decode_text(data, source)[0]


def decode_text(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes of unknown encoding: UTF-8 first, else charset detection; plus notes for the user.

    UTF-8 with a few stray bytes (a Windows-1252 "é" pasted into a UTF-8 file, a truncated
    character) is kept as UTF-8, each stray byte read as its Windows-1252 character, and
    the note says so: detecting a charset for the whole file instead would garble every
    correct character ("café" read as cp1251 gives "cafй")."""
    if not data.strip():
        raise InputError(source, "empty input: there is no text to analyze")
    bom_encoding = _bom_encoding(data)
    if bom_encoding is not None:
        try:
            return data.decode(bom_encoding), ()
        except UnicodeDecodeError:
            raise InputError(source, f"the file starts with a {bom_encoding} mark but is not {bom_encoding}") from None
    if looks_binary(data):
        raise InputError(source, "binary file: cronica reads text (.txt, .html, .jsonl)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    repaired = _utf8_with_stray_bytes(data)
    if repaired is not None:
        return repaired
    from charset_normalizer import from_bytes

    # Legacy files of a language are overwhelmingly in its own code pages (Spanish and English
    # in Western ones), and on short texts detectors confuse cp1252 with its Central European
    # twin cp1250 ("año" read as "ańo"): try the languages' code pages first, then anything.
    preferred = [*languages().legacy_encodings, *UNICODE_ENCODINGS]
    likely = from_bytes(data, cp_isolation=preferred).best()
    if likely is not None and likely.chaos < 0.1:
        return str(likely), ()
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "cannot decode the bytes as text in any known encoding")
    return str(best), ()


_STRAY = threading.local()


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each byte UTF-8 cannot read becomes its Windows-1252 character."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    _STRAY.positions.extend(range(error.start, error.end))
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: as Latin-1, still lossless
        return chr(byte)


codecs.register_error("cronica-stray-cp1252", _stray_bytes_as_cp1252)


def _utf8_with_stray_bytes(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """The text as UTF-8 when it mostly is (some good multi-byte characters, and at most about twice
    as many stray bytes), with its stray bytes read as Windows-1252; None when it is not UTF-8."""
    _STRAY.positions = []
    try:
        text = data.lstrip(codecs.BOM_UTF8).decode("utf-8", errors="cronica-stray-cp1252")
        stray = _STRAY.positions
    finally:
        _STRAY.positions = []
    good_multibyte = sum(1 for ch in text if ord(ch) > 127) - len(stray)
    if not stray or good_multibyte < 1 or len(stray) > 2 * good_multibyte + 4:
        return None  # a legacy code page whose bytes only now and then pair up as UTF-8
    note = (
        f"ingest: {len(stray)} byte(s) were not valid UTF-8 (the first at byte {stray[0]}) and were read as"
        " Windows-1252 characters; the rest of the text is UTF-8"
    )
    return text, (note,)


def extract_html(markup: str, source: str) -> tuple[str, str | None]:
    """The main text of an HTML page (boilerplate, scripts and markup dropped) and its title."""
    import trafilatura

    text = trafilatura.extract(markup, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        fallback = _visible_text(markup)
        if not fallback.strip():
            raise InputError(source, "the HTML page has no readable text")
        text = fallback
    title = None
    metadata = trafilatura.extract_metadata(markup)
    if metadata is not None and metadata.title:
        title = metadata.title
    return text, title


def _visible_text(markup: str) -> str:
    """Text of a page that trafilatura judged to have no main content (very short pages)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup)
    except Exception:  # lxml raises several types on garbage; any means no text
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return " ".join(tree.text_content().split())


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def record_from_text(
    text: str,
    *,
    id: str = "text",
    source: str = "<text>",
    lang: str | None = None,
    dct: str | None = None,
    title: str | None = None,
    url: str | None = None,
    html: bool = False,
) -> Record:
    if not isinstance(text, str):
        raise InputError(source, f"text must be a string, not {type(text).__name__}")
    for name, value in (("text", text), ("id", id), ("title", title), ("url", url)):
        check_unicode(value, name, source)
    if html:
        text, found_title = extract_html(text, source)
        title = title or found_title
    return Record(id=id, text=normalize_text(text), source=source, lang=lang, dct=dct, title=title, url=url)


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(value: str | None, name: str, source: str, line: int | None = None) -> None:
    """A lone surrogate ("\\ud800" in JSON, common in scraped posts) is not text: refuse the record.

    It is valid JSON but no valid UTF-8 can hold it, so it would break every output later."""
    if value is None:
        return
    found = _SURROGATE.search(value)
    if found is not None:
        raise InputError(
            source,
            f"the record's {name} holds a lone surrogate (\\u{ord(found.group()):04x}) at character {found.start()}:"
            " not valid Unicode text (fix or drop the broken character)",
            line=line,
        )


def read_inputs(paths: Iterable[str], max_chars: int) -> Iterator[Record | InputError]:
    """Records from paths (files, "-" for stdin), in order; errors are yielded, not raised."""
    for path in paths:
        try:
            yield from _read_one(path, max_chars)
        except InputError as error:
            yield error


def _read_one(path: str, max_chars: int) -> Iterator[Record | InputError]:
    if path == "-":
        data = _read_limited(sys.stdin.buffer, "<stdin>", max_chars)
        text, notes = decode_text(data, "<stdin>")
        record = record_from_text(text, id="stdin", source="<stdin>", html=looks_like_html(text))
        yield dataclasses.replace(record, warnings=notes)
        return
    file = Path(path)
    if not file.exists():
        raise InputError(path, "no such file")
    if file.is_dir():
        raise InputError(path, "is a directory: give the files inside it (or use `cronica batch`)")
    name = file.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from read_jsonl(file, max_chars)
        return
    yield read_text_file(file, max_chars)


def read_text_file(file: Path, max_chars: int, record_id: str | None = None) -> Record:
    """One .txt or .html file as a record (its id is the file's stem unless given)."""
    return record_from_bytes(read_file_bytes(file, max_chars), str(file), record_id or file.stem)


def read_file_bytes(file: Path, max_chars: int) -> bytes:
    """A file's bytes, refused before they fill memory when the text would be over the limit."""
    with _open_file(file) as handle:
        return _read_limited(handle, str(file), max_chars)


def record_from_bytes(data: bytes, source: str, record_id: str) -> Record:
    """Decode a file's bytes and, for a web page, keep its main text (the costly part of reading)."""
    text, notes = decode_text(data, source)
    is_html = source.lower().endswith(HTML_SUFFIXES) or looks_like_html(text)
    return dataclasses.replace(record_from_text(text, id=record_id, source=source, html=is_html), warnings=notes)


def _open_file(file: Path) -> BinaryIO:
    try:
        return file.open("rb")
    except OSError as error:
        raise InputError(str(file), f"cannot read: {error.strerror or error}") from None


#: bytes read at a time: a huge --max-chars must not become one huge allocation
READ_CHUNK_BYTES = 1 << 20


def _read_limited(handle: BinaryIO, source: str, max_chars: int) -> bytes:
    """Read at most a bound of bytes: a text over the limit is refused before it fills memory."""
    limit = max_chars * 4 + 4  # a character is at most 4 UTF-8 bytes
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(READ_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit or (len(data) > max_chars and _char_count(data) > max_chars):
        raise InputError(
            source,
            f"text too large: more than {max_chars:,} characters (raise the limit with --max-chars)",
        )
    return data


def _char_count(data: bytes) -> int:
    try:
        return len(data.decode("utf-8"))
    except UnicodeDecodeError:
        return len(data)


def read_jsonl(file: Path, max_chars: int) -> Iterator[Record | InputError]:
    """One record a line: `text` required; `id`, `lang`, `dct`, `title`, `url` optional."""
    source = str(file)
    opener = gzip.open if file.name.lower().endswith(".gz") else open
    try:
        with opener(file, "rb") as raw:
            stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
            yield from _jsonl_records(stream, source, max_chars, default_id=file.stem)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield InputError(source, f"cannot read: {error}")


def _jsonl_records(lines: Iterable[str], source: str, max_chars: int, default_id: str) -> Iterator[Record | InputError]:
    seen_content = False
    number = 0
    iterator = iter(lines)
    while True:
        number += 1
        try:
            line = next(iterator)
        except StopIteration:
            break
        except UnicodeDecodeError:
            yield InputError(source, "line is not valid UTF-8", line=number)
            # the decoder cannot resynchronise mid-stream: the rest of the file is lost
            yield InputError(source, "reading stopped after an undecodable line", line=number)
            return
        if not line.strip():
            continue
        seen_content = True
        try:
            yield record_from_json(line, source, number, max_chars, default_id)
        except InputError as error:
            yield error
        except Exception as error:  # one record's fault is that record's failure, never the file's
            yield InputError(source, f"cannot read the record: {type(error).__name__}: {error}", line=number)
    if not seen_content:
        yield InputError(source, "empty input: the JSONL file has no records")


def record_from_json(line: str, source: str, number: int, max_chars: int, default_id: str) -> Record:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(source, f"malformed JSON ({error.msg} at column {error.colno})", line=number) from None
    except RecursionError:
        raise InputError(source, "malformed JSON (nested too deeply)", line=number) from None
    if not isinstance(obj, dict):
        raise InputError(source, "a record must be a JSON object with a 'text' field", line=number)
    return record_from_mapping(obj, source, number, max_chars, default_id)


def record_from_mapping(obj: dict[str, Any], source: str, number: int, max_chars: int, default_id: str) -> Record:
    """A record from one JSONL object or table row: `text` required; `id`, `lang`, `dct`, `title`, `url` optional."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(source, "record has no 'text' string", line=number)
    if not text.strip():
        raise InputError(source, "record's text is empty", line=number)
    if len(text) > max_chars:
        raise InputError(source, f"record's text is too large: more than {max_chars:,} characters", line=number)
    lang = _optional_str(obj, "lang", source, number)
    dct = _optional_str(obj, "dct", source, number)
    try:
        if lang is not None and lang != "auto":
            check_language(lang)
        if dct is not None:
            dct = check_dct(dct)
    except CronicaError as error:
        raise InputError(source, str(error), line=number) from None
    record_id = obj.get("id")
    record_id = str(record_id) if record_id is not None else f"{default_id}:{number}"
    is_html = obj.get("format") == "html" or looks_like_html(text)
    try:
        record = record_from_text(
            text,
            id=record_id,
            source=source,
            lang=None if lang == "auto" else lang,
            dct=dct,
            title=_optional_str(obj, "title", source, number),
            url=_optional_str(obj, "url", source, number),
            html=is_html,
        )
    except InputError as error:
        raise InputError(source, error.message, line=number) from None
    return Record(**{**_fields(record), "line": number})


def _fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in Record.__slots__}


def _optional_str(obj: dict[str, Any], key: str, source: str, number: int) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(source, f"'{key}' must be a string", line=number)
    return value


def check_record(record: Record, max_chars: int) -> None:
    for name in ("text", "id", "title", "url"):
        check_unicode(getattr(record, name), name, record.source, record.line)
    if not record.text.strip():
        raise InputError(record.source, "empty input: there is no text to analyze", line=record.line)
    if len(record.text) > max_chars:
        raise InputError(
            record.source,
            f"text too large: {len(record.text):,} characters > {max_chars:,} (raise --max-chars)",
            line=record.line,
        )


# --- language detection ------------------------------------------------------------

#: an unsupported language must clearly win before a text is refused (short texts are ambiguous)
UNSUPPORTED_MIN_CONFIDENCE = 0.5
UNSUPPORTED_MIN_WORDS = 5


@lru_cache(maxsize=1)
def _detector() -> tuple[Any, dict[str, str]]:
    """lingua's detector over the supported languages and the others of languages.yaml (so that French
    is named French, not forced into one of ours), and lingua's name → our code for the supported ones."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    def known(code: str) -> Any:
        try:
            return Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
        except ValueError:  # a language lingua does not know is never detected: --lang names it
            return None

    supported = {code: found for code in languages().codes if (found := known(code)) is not None}
    others = [found for code in languages().also_detected if (found := known(code)) is not None]
    detector = LanguageDetectorBuilder.from_languages(*supported.values(), *others).build()
    return detector, {language.name: code for code, language in supported.items()}


def detect_language(text: str, source: str = "<text>", line: int | None = None) -> str:
    """One of the supported languages, detected from a sample of the text; a clearly other language
    is a clear error.

    Short texts are ambiguous ("Lenin died in 1924." scores Dutch above English), so the
    text is refused only when an unsupported language wins clearly on enough words;
    otherwise the likeliest supported language is taken.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        raise InputError(source, "cannot detect the language of a text without words: pass --lang", line=line)
    detector, ours = _detector()
    if not ours:
        raise InputError(source, "no supported language can be detected: pass --lang", line=line)
    confidences = {c.language.name: c.value for c in detector.compute_language_confidence_values(sample)}
    supported = max(ours, key=lambda name: confidences.get(name, 0.0))
    best = max(confidences, key=confidences.__getitem__) if confidences else supported
    if best not in ours:
        clear = confidences[best] >= UNSUPPORTED_MIN_CONFIDENCE and confidences[best] >= 2 * confidences.get(
            supported, 0.0
        )
        if clear and len(sample.split()) >= UNSUPPORTED_MIN_WORDS:
            raise InputError(
                source,
                f"the text looks {best.title()}; cronica supports {', '.join(languages().codes)}"
                " (pass --lang to force one)",
                line=line,
            )
    if confidences.get(supported, 0.0) <= 0.0:
        choices = " or ".join(f"--lang {code}" for code in languages().codes)
        raise InputError(source, f"cannot detect the language: pass {choices}", line=line)
    return ours[supported]
