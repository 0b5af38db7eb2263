"""Build an `Analysis` with one event by naming its pieces in the text (offsets found, never typed)."""

from __future__ import annotations

from cronica.model import Analysis, Document, Entity, Event, Participant, Sentence, Timex, Trigger


def analysis_with_event(
    text: str,
    lang: str,
    event_type: str,
    trigger: str,
    participants: dict[str, tuple[str, str | None]],
    time: tuple[str, str] | None = None,
    place: tuple[str, str] | None = None,
    modality: str = "asserted",
) -> Analysis:
    """participants: role → (words in the text, QID or None); time: (words, TIMEX3 value); place: (words, QID)."""
    entities: list[Entity] = []

    def entity(words: str, qid: str | None, label: str) -> Entity:
        start = text.index(words)
        made = Entity(f"e{len(entities) + 1}", words, start, start + len(words), label, kb_id=qid)  # type: ignore[arg-type]
        entities.append(made)
        return made

    people = []
    for role, (words, qid) in participants.items():
        made = entity(words, qid, "PER")
        people.append(Participant(role, made.id, words, made.start, made.end))
    timexes: tuple[Timex, ...] = ()
    if time:
        start = text.index(time[0])
        timexes = (Timex("t1", time[0], start, start + len(time[0]), "DATE", time[1]),)
    place_id = entity(place[0], place[1], "LOC").id if place else None
    start = text.index(trigger)
    event = Event(
        "ev1",
        event_type,
        Trigger(trigger, start, start + len(trigger)),
        "s1",
        tuple(people),
        time="t1" if time else None,
        time_value=time[1] if time else None,
        place=place_id,
        modality=modality,  # type: ignore[arg-type]
    )
    document = Document("test", lang, None, None, None, len(text), "")
    return Analysis(
        document=document,
        text=text,
        sentences=(Sentence("s1", 0, len(text)),),
        entities=tuple(entities),
        timexes=timexes,
        events=(event,),
    )
