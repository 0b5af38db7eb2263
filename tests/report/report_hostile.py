"""An analysis whose every user-supplied field tries to break out of the page."""

from __future__ import annotations

from report_fixtures import ALL_STAGES_OK, document

from cronica.model import Analysis, Claim, Entity, Event, Evidence, Flag, Rhetoric, Sentence, Timex, Trigger

PWN = "window.__pwned=1"
SCRIPT = f"<script>{PWN}</script>"
ATTRIBUTE_BREAKER = f'" onmouseover="{PWN}" x="'
TEXTAREA_BREAKER = f'</textarea><img src=x onerror="{PWN}">'
BIDI = "\u202egnp.exe\u202c"
JS_URLS = (
    f"javascript:{PWN}",
    f" JaVaScRiPt:{PWN}",
    f"java\tscript:{PWN}",
    f"data:text/html,<script>{PWN}</script>",
    f"vbscript:{PWN}",
    'https://example.org/"onmouseover="x',
)

HOSTILE_TEXT = (
    f"Trotsky {SCRIPT} fue expulsado en 1927. "
    f"El partido {ATTRIBUTE_BREAKER} lo negó. "
    f"Un archivo {BIDI} y {TEXTAREA_BREAKER} al final."
)


def hostile_analysis() -> Analysis:
    text = HOSTILE_TEXT

    def at(piece: str) -> tuple[int, int]:
        start = text.index(piece)
        return start, start + len(piece)

    s_script, e_script = at(SCRIPT)
    s_attr, e_attr = at(ATTRIBUTE_BREAKER)
    s_bidi, e_bidi = at(BIDI)
    s_exp, e_exp = at("expulsado")
    s_1927, e_1927 = at("1927")
    sentences, start = [], 0
    for number, end_piece in enumerate(("1927.", "negó.", "final."), start=1):
        end = text.index(end_piece) + len(end_piece)
        sentences.append(Sentence(f"s{number}", start, end))
        start = end + 1
    entities = (
        Entity("e1", SCRIPT, s_script, e_script, "PER", f"javascript:{PWN}", SCRIPT, 0.5),
        Entity("e2", ATTRIBUTE_BREAKER, s_attr, e_attr, "ORG", "Q42", ATTRIBUTE_BREAKER + SCRIPT, 0.9),
        Entity("e3", BIDI, s_bidi, e_bidi, "MISC", 'Q1" onmouseover="x', None, None),
    )
    timexes = (Timex("t1", "1927", s_1927, e_1927, "DATE", "1927", f"{SCRIPT}", f'"{SCRIPT}'),)
    events = (
        Event("ev1", f"Expulsion{SCRIPT}", Trigger("expulsado", s_exp, e_exp), "s1", (), "t1", "1927", "e2",
              "asserted"),
        Event("ev2", ATTRIBUTE_BREAKER, Trigger(SCRIPT, s_script, e_script), "s1", (), None, None),
    )  # fmt: skip
    evidence = tuple(
        Evidence("wikidata" + SCRIPT, f"Q5{ATTRIBUTE_BREAKER}", "P569", SCRIPT, {SCRIPT: ATTRIBUTE_BREAKER}, BIDI, url)
        for url in JS_URLS
    )
    claims = (
        Claim("c1", "ev1", s_exp, e_1927, text[s_exp:e_1927], "contradicted", evidence, TEXTAREA_BREAKER, SCRIPT),
        Claim("c2", "ev2", s_attr, e_attr, ATTRIBUTE_BREAKER, f"supported{ATTRIBUTE_BREAKER}", (), None, BIDI),  # type: ignore[arg-type]
    )
    flags = (
        Flag("f1", s_attr, e_bidi, text[s_attr:e_bidi], SCRIPT, ATTRIBUTE_BREAKER + TEXTAREA_BREAKER, 0.9,
             "attributed", SCRIPT),
    )  # fmt: skip
    return Analysis(
        document=document(text, id=SCRIPT, title=f"{SCRIPT}{ATTRIBUTE_BREAKER}{BIDI}", source=JS_URLS[0]),
        text=text,
        stages={**ALL_STAGES_OK, "verify": f"failed: {SCRIPT}"},
        sentences=tuple(sentences),
        entities=entities,
        timexes=timexes,
        events=events,
        claims=claims,
        flags=flags,
        rhetoric=Rhetoric(0.5, {SCRIPT: 1}),
        warnings=(SCRIPT, TEXTAREA_BREAKER),
    )
