"""Spanish event frames: types, roles from the parse, pro-drop, passives, modality, dates."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "type_name", "main_role", "main"),
    [
        ("Pablo Neruda nació en Parral.", "BIRTH", "patient", "Pablo Neruda"),
        ("Federico García Lorca fue fusilado en Víznar.", "EXECUTION", "patient", "Federico García Lorca"),
        ("Rosa Luxemburgo fue asesinada en Berlín.", "DEATH", "patient", "Rosa Luxemburgo"),
        ("El partido expulsó a Andreu Nin.", "EXPULSION", "patient", "Andreu Nin"),
        ("Juan Negrín fue nombrado presidente del Gobierno.", "APPOINTMENT", "patient", "Juan Negrín"),
        ("Alcalá-Zamora fue destituido por las Cortes.", "DISMISSAL", "patient", "Alcalá-Zamora"),
        ("Isabel II abdicó en París.", "RESIGNATION", "patient", "Isabel II"),
        ("Francisco Largo Caballero fue detenido en Francia.", "ARREST", "patient", "Francisco Largo Caballero"),
        ("Dolores Ibárruri se trasladó a Moscú.", "MOVE", "patient", "Dolores Ibárruri"),
        ("Pablo Iglesias fundó el Partido Obrero.", "FOUNDING", "patient", "Partido Obrero"),
        ("Antonio Machado se casó con Leonor Izquierdo.", "MARRIAGE", "patient", "Antonio Machado"),
        ("Las tropas de Napoleón invadieron Portugal.", "ATTACK", "agent", "Las tropas de Napoleón"),
        ("Francisco Franco se reunió con Adolf Hitler en Hendaya.", "MEETING", "agent", "Francisco Franco"),
        ("Simón Bolívar declaró la guerra a muerte.", "STATEMENT", "speaker", "Simón Bolívar"),
        ("El Congreso disolvió la Gran Colombia.", "DISSOLUTION", "patient", "Gran Colombia"),
    ],
)  # fmt: skip
def test_each_family_is_typed_with_its_main_participant(analyze_es, text, type_name, main_role, main):
    analysis = analyze_es(text)
    event = only(analysis, type_name)
    assert main in role(event, main_role) or main in resolved(analysis, event, main_role)


def test_passive_subject_is_the_patient_and_por_is_the_agent(analyze_es):
    event = only(analyze_es("Miguel Hernández fue detenido por la policía en Huelva."), "ARREST")
    assert role(event, "patient") == ["Miguel Hernández"]
    assert role(event, "agent") == ["la policía"]
    assert role(event, "place") == ["Huelva"]
    assert event.place is not None


def test_expulsion_from_a_party_takes_the_organization(analyze_es):
    event = only(analyze_es("Andreu Nin fue expulsado del Partido Comunista."), "EXPULSION")
    assert role(event, "organization") == ["Partido Comunista"]


def test_pro_drop_subject_carries_over_to_the_next_sentence(analyze_es):
    analysis = analyze_es(
        "Manuel Azaña presidió el Gobierno. El 16 de enero de 1928 fue desterrado a Alma-Ata.",
        {"16 de enero de 1928": "1928-01-16"},
    )
    event = only(analysis, "EXILE")
    assert resolved(analysis, event, "patient") == ["Manuel Azaña"]
    assert role(event, "destination") == ["Alma-Ata"]
    assert (event.time_value, event.time_source) == ("1928-01-16", "clause")


def test_reflexive_move_and_clitic_object(analyze_es):
    analysis = analyze_es("Luis Buñuel se fue a México. Años después, Franco lo acusó de traición.")
    move = only(analysis, "MOVE")
    assert role(move, "destination") == ["México"]
    accusation = only(analysis, "ACCUSATION")
    assert resolved(analysis, accusation, "patient") == ["Luis Buñuel"]


def test_relative_clause_subject_is_its_antecedent(analyze_es):
    analysis = analyze_es("Conoció a Frida Kahlo, quien murió en Coyoacán.")
    event = only(analysis, "DEATH")
    assert role(event, "patient") == ["Frida Kahlo"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Juan Negrín no fue juzgado.", "negated"),
        ("Juan Negrín nunca fue juzgado.", "negated"),
        ("Juan Negrín se negó a dimitir.", "negated"),
        ("Un anarquista intentó asesinar a Antonio Maura.", "attempted"),
        ("Según la prensa, Antonio Maura fue detenido.", "reported"),
        ("Supuestamente, Antonio Maura fue detenido.", "alleged"),
        ("Sus enemigos sostuvieron que Antonio Maura había sido detenido.", "alleged"),
        ("Corrió el rumor de que Antonio Maura había sido detenido.", "alleged"),
        ("Se rumoreaba que Antonio Maura había sido detenido.", "alleged"),
        ("Antonio Maura dimitiría en pocos días.", "hypothetical"),
        ("Antonio Maura fue detenido.", "asserted"),
    ],
)
def test_modality(analyze_es, text, modality):
    analysis = analyze_es(text)
    assert analysis.events, text
    assert analysis.events[-1].modality == modality


def test_fronted_date_is_shared_by_coordinated_verbs(analyze_es):
    analysis = analyze_es("En 1917 Trotsky se unió al Partido Bolchevique y fue nombrado comisario.", {"1917": "1917"})
    join, appointment = only(analysis, "JOIN"), only(analysis, "APPOINTMENT")
    assert join.time_value == appointment.time_value == "1917"
    assert appointment.time_source == "coordination"
    assert role(appointment, "position") == ["comisario"]


def test_one_verb_with_two_dates_gives_two_events(analyze_es):
    dates = {"en 1925": "1925", "en 1934": "1934"}
    analysis = analyze_es("Azaña fue detenido en 1925 y en 1934.", dates)
    arrests = [e for e in analysis.events if e.type == "ARREST"]
    assert sorted(e.time_value for e in arrests) == ["1925", "1934"]
    assert [e.id for e in analysis.events] == [f"ev{i}" for i in range(1, len(analysis.events) + 1)]


def test_marked_inheritance_says_so_and_unmarked_stays_undated(analyze_es):
    analysis = analyze_es(
        "El 14 de abril de 1931 fue proclamada la República. Acto seguido el rey se exilió en Francia. "
        "Alfonso XIII murió en Roma.",
        {"14 de abril de 1931": "1931-04-14"},
    )
    exile, death = only(analysis, "EXILE"), only(analysis, "DEATH")
    assert (exile.time_value, exile.time_source) == ("1931-04-14", "inherited_after")
    assert death.time_value is None and death.time_source is None


def test_offsets_hold_for_every_span(analyze_es):
    analysis = analyze_es("El 20 de agosto de 1940 Ramón Mercader lo atacó en Coyoacán; murió al día siguiente.")
    assert analysis.events
    for event in analysis.events:
        assert analysis.text[event.trigger.start : event.trigger.end] == event.trigger.text
        for participant in event.participants:
            assert analysis.text[participant.start : participant.end] == participant.text


def test_expelled_from_a_country_is_a_deportation(analyze_es):
    analysis = analyze_es("En 1929 Trotsky fue expulsado de la Unión Soviética.", {"1929": "1929"})
    event = only(analysis, "DEPORTATION")
    assert role(event, "origin") == ["la Unión Soviética"] or role(event, "origin") == ["Unión Soviética"]


def test_a_date_said_twice_is_one_event_with_the_precise_value(analyze_es):
    dates = {"Un año después": "1929", "febrero de 1929": "1929-02"}
    analysis = analyze_es("Un año después, en febrero de 1929, Trotsky fue deportado a Turquía.", dates)
    assert [e.time_value for e in analysis.events] == ["1929-02"]


def test_clauses_that_are_not_events_keep_the_topic(analyze_es):
    analysis = analyze_es(
        "León Trotsky nació en Yanovka. Tras la muerte de Lenin, se enfrentó a Stalin. Fue desterrado a Alma-Ata."
    )
    event = only(analysis, "EXILE")
    assert resolved(analysis, event, "patient") == ["León Trotsky"]
    assert event.trigger.pos == "VERB"


def test_un_disparador_nominal_es_un_nombre(analyze_es):
    analysis = analyze_es("El asesinato de Trotsky conmocionó al mundo.")
    assert only(analysis, "DEATH").trigger.pos == "NOUN"


def test_personal_a_and_a_possessive_successor(analyze_es):
    analysis = analyze_es("Lenin murió en 1924. Stalin, su sucesor, expulsó a Trotsky del partido.", {"1924": "1924"})
    succession = only(analysis, "SUCCESSION")
    assert role(succession, "successor") == ["Stalin"]
    assert resolved(analysis, succession, "predecessor") == ["Lenin"]
    expulsion = only(analysis, "EXPULSION")
    assert role(expulsion, "patient") == ["Trotsky"] and role(expulsion, "agent") == ["Stalin"]


def test_personal_a_before_a_destination(analyze_es):
    analysis = analyze_es("En 1853 Santa Anna desterró a Benito Juárez a Nueva Orleans.", {"1853": "1853"})
    event = only(analysis, "EXILE")
    assert role(event, "patient") == ["Benito Juárez"] and role(event, "destination") == ["Nueva Orleans"]


def test_removal_from_a_body_is_an_expulsion_from_it(analyze_es):
    # #13: "apartado de" an office is a DISMISSAL, of a body an EXPULSION (whose P39 mapping reads the body)
    text = "Trotsky fue apartado del Politburó el 23 de octubre de 1926."
    event = only(analyze_es(text, {"el 23 de octubre de 1926": "1926-10-23"}), "EXPULSION")
    assert role(event, "patient") == ["Trotsky"]
    assert role(event, "organization") == ["Politburó"]
    assert event.time_value == "1926-10-23"


def test_a_participle_tagged_as_adjective_in_coordination_is_still_an_event(analyze_es):
    text = "Kámenev fue expulsado del partido en 1927 y fusilado en 1937."
    analysis = analyze_es(text, {"1927": "1927", "1937": "1937"})
    execution = only(analysis, "EXECUTION")
    assert execution.trigger.text.endswith("fusilado")
    assert resolved(analysis, execution, "patient") == ["Kámenev"]
    assert execution.time_value == "1937"
    assert only(analysis, "EXPULSION").time_value == "1927"


def test_una_frase_de_manera_da_la_forma_de_la_muerte(analyze_es):
    """cues.yaml manner_phrases: "murió" no dice cómo; la frase sí."""
    assert only(analyze_es("Iósif Stalin murió de causas naturales en Moscú."), "DEATH").manner == "natural"
    assert only(analyze_es("Nikolái Bujarin murió por suicidio."), "DEATH").manner == "suicide"
    assert only(analyze_es("Vladímir Lenin murió en Gorki."), "DEATH").manner is None


def test_un_sustantivo_que_repite_su_verbo_es_un_solo_evento(analyze_es):
    analysis = analyze_es("Nikolái Bujarin murió de muerte natural en 1938.")
    assert [e.type for e in analysis.events] == ["DEATH"]  # no un segundo DEATH por "muerte"


def test_una_fecha_entre_el_sustantivo_de_evento_y_su_verbo_fecha_el_evento(analyze_es):
    """El analizador cuelga "en 1924" de "conmocionó"; la fecha entre el sujeto y su verbo es de la muerte."""
    dated = analyze_es("La muerte de Lenin en 1924 conmocionó al partido.", {"1924": "1924"})
    assert only(dated, "DEATH").time_value == "1924"
    later = analyze_es("La muerte de Lenin fue recordada en 1974.", {"1974": "1974"})
    assert only(later, "DEATH").time_value is None  # after the verb: the date of the remembering


def test_leaving_a_country_is_a_departure_not_leaving_a_body(analyze_es):
    """ "abandonó Noruega" leaves a place (a TRAVEL from it); "abandonó el partido" leaves a body (LEAVE)."""
    analysis = analyze_es(
        "En diciembre de 1936 Trotsky abandonó Noruega rumbo a México.", {"diciembre de 1936": "1936-12"}
    )
    event = only(analysis, "TRAVEL")
    assert role(event, "origin") == ["Noruega"]
    assert not role(event, "organization")


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Seis meses antes del XVIII Congreso de 1939, Yezhov fue detenido.", False),
        ("Gorki murió un año antes de la Constitución de 1936.", False),
        ("Kírov fue asesinado tras el congreso de 1934.", False),
        ("Durante la revolución de 1905, Trotski fue detenido.", True),
    ],
)
def test_a_named_date_the_event_lies_before_or_after_does_not_date_it(analyze_es, text, dated):
    """blind_order_named_dates: the offset moves the event off the named thing's date."""
    year = next(word.strip(".,") for word in text.split() if word.strip(".,").isdigit())
    event = analyze_es(text, {year: year}).events[-1]
    assert (event.time_value is not None) is dated, event
