"""What may reach the page from user text, KB data or file names, and in what form.

Escaping itself is Jinja's autoescape (and `markupsafe.escape` in `markup.py`); this
module decides the rest: which URLs may become links (http and https only, so a
`javascript:` value never turns into an href), which ids become Wikidata links, and
how bidirectional control characters are shown, so that a hidden override cannot
reorder what the reader sees.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

WIKIDATA_ITEM = "https://www.wikidata.org/wiki/{}"
WIKIDATA_PROPERTY = "https://www.wikidata.org/wiki/Property:{}"

_QID = re.compile(r"^Q[1-9]\d{0,11}$")
_PID = re.compile(r"^P[1-9]\d{0,7}$")
#: a URL goes out verbatim or not at all: no spaces, quotes, angle brackets or controls
_URL_CHARS = re.compile(r"^[\x21-\x7e\u00a0-\uffff]+$")
_UNSAFE_IN_URL = set("\"'<>\\`")

#: explicit embeddings, overrides and isolates; they can make text display in another order
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: what `visible_label` must rewrite: C0/C1 controls but tab, and the bidi controls
_NEEDS_REWRITE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_href(url: object) -> str | None:
    """`url` when it is an absolute http(s) URL safe to put in an href, else None."""
    if not isinstance(url, str) or not url or len(url) > 2000:
        return None
    if not _URL_CHARS.match(url) or any(ch in _UNSAFE_IN_URL for ch in url):
        return None
    if any(ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def wikidata_url(kb_id: object) -> str | None:
    """The Wikidata page of an item (Q…) or property (P…) id; None for anything else."""
    if not isinstance(kb_id, str):
        return None
    if _QID.match(kb_id):
        return WIKIDATA_ITEM.format(kb_id)
    if _PID.match(kb_id):
        return WIKIDATA_PROPERTY.format(kb_id)
    return None


def bidi_name(ch: str) -> str:
    """A short visible stand-in for a control character, e.g. "U+202E"."""
    return f"U+{ord(ch):04X}"


def visible_label(text: object, limit: int = 300) -> str:
    """A short user-supplied label (title, file name, KB label) made safe to display.

    Bidi controls are shown as ⟦U+202E⟧ instead of acting, other control characters
    dropped, and very long labels cut: the label must not disguise what follows it.
    """
    if text is None:
        return ""
    value = str(text)
    if not _NEEDS_REWRITE.search(value):  # the common case: nothing to rewrite
        return value if len(value) <= limit else value[: limit - 1] + "…"
    out = []
    for ch in value:
        if ch in BIDI_CONTROLS:
            out.append(f"⟦{bidi_name(ch)}⟧")
        elif unicodedata.category(ch) == "Cc" and ch not in "\t":
            out.append(" ")
        else:
            out.append(ch)
    label = "".join(out)
    return label if len(label) <= limit else label[: limit - 1] + "…"
