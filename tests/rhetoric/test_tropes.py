"""The conspiracy trope inventory: the data files, and each trope found (or not) over the parse."""

from __future__ import annotations

import pytest
import yaml

from cronica.errors import CronicaError
from cronica.rhetoric.resources import TECHNIQUES, load_language
from cronica.rhetoric.tropes import compile_tropes, words_regex
from rhetoric.class_harness import class_tests, flags

TROPES = {
    "hidden_financiers",
    "ethnic_religious_agent",
    # thirteenth session (16j): the ethnic and the masonic label pinned on a named political actor
    "ethnic_label_on_actor",
    "masonic_label_on_actor",
    "secret_society",
    "infiltration",
    "puppet_of_master",
    "hidden_hand",
    "foreknowledge_as_proof",
    "nothing_is_chance",
    "media_cover_up",
    "atrocity_denial",
    "engineered_event",
    # eleventh round (16x): money named as a gang or a master, the whole press silent
    "money_power",
    "press_silence",
    # thirteenth round (16t): orders from a hidden master, chance denied of one event, a war pretext,
    # the silenced dissenter
    "hidden_orders",
    "not_by_chance",
    "war_pretext",
    "silenced_dissent",
    # thirteenth session (16i): an attack let happen, provoked or paid for a hidden end; known of and not prevented
    "let_happen_for_an_end",
    "attack_not_prevented",
    # round 16r: the agent of a foreign power and foreign gold
    "foreign_agent",
    # round 16c: the truth kept from the reader
    "withheld_truth",
    # round 16y: the cover-up claimed (a concealing predicate of the media, "they", a passive with no agent)
    "cover_up_claim",
    # round 16k: finance as the author of war and power (a moneyed agent of a political or military act)
    "finance_as_author",
    # round 16p: the state captured by a hidden group (control, influence, their men in its posts)
    "captured_state",
    # round 16ag (fourteenth session): a hidden decision-maker above the state (power not in the governments,
    # a power above them, "it is the bankers who give the orders", no office without their approval)
    "hidden_decider",
    # round 16ai (fourteenth session): the insinuating question
    "insinuating_question",
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_language_has_the_whole_inventory_explained(lang):
    tropes = {trope.id: trope for trope in load_language(lang).tropes}
    assert set(tropes) == TROPES
    for trope in tropes.values():
        assert trope.technique in TECHNIQUES
        assert len(trope.definition) > 60 and "{text}" in trope.explanation
        assert trope.patterns
    assert tropes["ethnic_religious_agent"].technique == "Antisemitic_Framing"


def test_words_regex_reads_words_prefixes_and_suffixes_over_lemma_and_form():
    regex = words_regex(["judío", "mason*", "*ista"])
    assert regex.search("|judio|judios|")
    assert regex.search("|masoneria|masoneria|")
    assert regex.search("|talibanista|talibanista|")
    assert not regex.search("|judicial|judicial|")
    assert not regex.search("|ista|ista|")


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"entries": [{"id": "x"}]}, "unknown technique"),
        (
            {"entries": [{"id": "x", "technique": "Doubt", "name": "n", "definition": "d", "explanation": "no span"}]},
            "{text}",
        ),
        (
            {
                "entries": [
                    {
                        "id": "x",
                        "technique": "Doubt",
                        "name": "n",
                        "definition": "d",
                        "explanation": "{text}",
                        "patterns": [[{"id": "a", "words": ["$missing"]}]],
                    }
                ]
            },
            "unknown word class",
        ),
        (
            {
                "entries": [
                    {
                        "id": "x",
                        "technique": "Doubt",
                        "name": "n",
                        "definition": "d",
                        "explanation": "{text}",
                        "patterns": [[{"id": "a", "words": ["w"]}, {"id": "b", "words": ["v"]}]],
                    }
                ]
            },
            "needs `from`",
        ),
        ({"tropes": []}, "entries"),
    ],
)
def test_a_malformed_inventory_is_a_one_line_error(raw, message):
    with pytest.raises(CronicaError, match=r"tropes\.yaml") as error:
        compile_tropes("xx", yaml.safe_load(yaml.safe_dump(raw)), TECHNIQUES)
    assert message in str(error.value)


FLAGGED_ES = [
    ("hidden_financiers", "Los banqueros de Wall Street financiaron la revolución.", "Conspiracy_Narrative"),
    ("ethnic_religious_agent", "El gobierno soviético estaba controlado por los judíos.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "Un político judío se infiltró en el gobierno provisional.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "La revolución judía de 1917 destruyó la vieja Rusia.", "Antisemitic_Framing"),
    ("secret_society", "La masonería orquestó la caída de la monarquía.", "Conspiracy_Narrative"),
    ("infiltration", "Los masones se infiltraron en el ejército para preparar el golpe.", "Conspiracy_Narrative"),
    ("puppet_of_master", "Lenin fue un simple títere de la masonería internacional.", "Conspiracy_Narrative"),
    (
        "foreknowledge_as_proof",
        "Roosevelt sabía de antemano lo que iba a pasar, lo que prueba que todo estaba planeado.",
        "Conspiracy_Narrative",
    ),
    ("nothing_is_chance", "No existen las casualidades en política.", "Conspiracy_Narrative"),
    ("media_cover_up", "Los medios de comunicación ocultan la verdad sobre la hambruna.", "Conspiracy_Narrative"),
    ("hidden_financiers", "Los banqueros financiaron a ambos bandos de la guerra.", "Conspiracy_Narrative"),
    ("hidden_financiers", "El gobierno estaba controlado por los banqueros de Wall Street.", "Conspiracy_Narrative"),
    (
        "hidden_financiers",
        "La Reserva Federal, controlada por la familia Warburg, decide la política.",
        "Conspiracy_Narrative",
    ),
    # fourth round: historians or media as a body distorting the record, the record itself falsified;
    # the Jewish label on the author or the owner of a political act
    ("ethnic_religious_agent", "El comunismo era el brazo político del judaísmo.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "Ellos impusieron la tiranía judeo-masónica.", "Antisemitic_Framing"),
    ("secret_society", "El golpe había sido preparado largamente en las logias.", "Conspiracy_Narrative"),
    ("secret_society", "El Gran Oriente quería controlar la política española.", "Conspiracy_Narrative"),
    ("atrocity_denial", "El Holodomor es un mito de la Guerra Fría.", "Doubt"),
    (
        "hidden_financiers",
        "Los mismos banqueros que habían financiado la revolución bolchevique apoyaron después a Hitler.",
        "Conspiracy_Narrative",
    ),
    ("hidden_financiers", "Ellos eran los financistas de todo movimiento comunista.", "Conspiracy_Narrative"),
    ("hidden_financiers", "Fueron guerras provocadas por los poderes financieros de Europa.", "Conspiracy_Narrative"),
    ("hidden_financiers", "La Reserva Federal está controlada por los intereses bancarios.", "Conspiracy_Narrative"),
    ("atrocity_denial", "La mentira del Holocausto sirvió a los vencedores.", "Doubt"),
    (
        "media_cover_up",
        "Aquella matanza fue ignorada por la historiografía oficial durante décadas.",
        "Conspiracy_Narrative",
    ),
    ("media_cover_up", "Quieren reescribir la historia para ocultar sus crímenes.", "Conspiracy_Narrative"),
    ("media_cover_up", "Nos enseñan una historia falseada desde la escuela.", "Conspiracy_Narrative"),
]

FLAGGED_EN = [
    ("hidden_financiers", "Wall Street bankers financed the Bolshevik revolution.", "Conspiracy_Narrative"),
    ("ethnic_religious_agent", "The Soviet government was controlled by Jews.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "Jewish bankers funded the revolution.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "The Jewish revolution of 1917 destroyed old Russia.", "Antisemitic_Framing"),
    ("secret_society", "The Freemasons orchestrated the fall of the monarchy.", "Conspiracy_Narrative"),
    ("infiltration", "Masons infiltrated the army to prepare the coup.", "Conspiracy_Narrative"),
    ("puppet_of_master", "Lenin was a mere puppet of the Freemasons.", "Conspiracy_Narrative"),
    (
        "foreknowledge_as_proof",
        "Roosevelt knew about the attack in advance, which proves it was all planned.",
        "Conspiracy_Narrative",
    ),
    ("nothing_is_chance", "In history nothing happens by chance.", "Conspiracy_Narrative"),
    ("media_cover_up", "The mainstream media hide the truth about the famine.", "Conspiracy_Narrative"),
    ("hidden_financiers", "The international bankers armed both sides in every war.", "Conspiracy_Narrative"),
    ("hidden_financiers", "The government was controlled by the bankers of Wall Street.", "Conspiracy_Narrative"),
    (
        "hidden_financiers",
        "The Federal Reserve, controlled by the Rothschild family, sets the policy.",
        "Conspiracy_Narrative",
    ),
    ("media_cover_up", "The court historians spread lies about the war.", "Conspiracy_Narrative"),
    ("ethnic_religious_agent", "Communism was an invention of the Jews.", "Antisemitic_Framing"),
    ("ethnic_religious_agent", "International Jewry declared war on Germany.", "Antisemitic_Framing"),
    ("secret_society", "The revolution had long been prepared in the lodges.", "Conspiracy_Narrative"),
    ("secret_society", "The Freemasons tried to dominate the army.", "Conspiracy_Narrative"),
    ("atrocity_denial", "The Holodomor myth was born in the Cold War.", "Doubt"),
    ("atrocity_denial", "The famine was a lie.", "Doubt"),
    (
        "hidden_financiers",
        "The bankers who had financed the Bolshevik revolution later backed Hitler.",
        "Conspiracy_Narrative",
    ),
    ("hidden_financiers", "They were the paymasters of every communist movement.", "Conspiracy_Narrative"),
    ("hidden_financiers", "These were wars instigated by the financial powers of Europe.", "Conspiracy_Narrative"),
    ("hidden_financiers", "The Fed is funded and controlled by banking interests.", "Conspiracy_Narrative"),
    ("media_cover_up", "They want to rewrite history to hide their crimes.", "Conspiracy_Narrative"),
    ("media_cover_up", "The falsification of history began in the schools.", "Conspiracy_Narrative"),
]


def _check_trope(found, lang, trope_id, technique):
    """A flag of `technique`, with the trope's explanation when the trope is of that technique."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == trope_id)
    prefix = trope.explanation.split("{text}")[0]
    matching = [flag for flag in found if flag.technique == technique]
    return bool(matching) and (trope.technique != technique or any(f.explanation.startswith(prefix) for f in matching))


NEUTRAL_ES = [
    "Trotski nació en 1879 en una familia judía de Yanovka.",
    "Muchos dirigentes mencheviques eran de origen judío.",
    "El Bund judío fue un partido socialista fundado en Vilna en 1897.",
    "La sociedad de los Illuminati fue fundada en Baviera en 1776.",
    "Alemania financió el regreso de Lenin a Rusia en 1917.",
    "Mercader, un agente de la NKVD, asesinó a Trotski en 1940.",
    "La prensa soviética ocultó durante años la hambruna de 1932.",
    "Los banqueros franceses prestaron grandes sumas al gobierno zarista.",
    "Los bolcheviques no estaban controlados por los judíos, como afirmaba la propaganda nazi.",
    "Trotski fue un revolucionario judío nacido en Ucrania.",
    "Suecia vendió hierro a ambos bandos durante la guerra.",
    "El banco estaba controlado por la familia Warburg.",
    "La empresa estaba controlada por la banca extranjera.",
    "Stalin mandó reescribir la historia del partido.",
    "Los historiadores han ignorado durante décadas el papel de las mujeres en la revolución.",
    "La prensa franquista ocultó la verdad sobre Guernica.",
    "La expulsión de los judíos de 1492 fue un desastre para Castilla.",
    "El tópico antimasónico identificaba a la masonería con el judaísmo internacional.",
    "El Gran Oriente de Francia se fundó en 1773.",
    "La Gran Logia de Inglaterra decidió en 1729 reconocer la logia de Madrid.",
    "Los negacionistas afirman que el Holocausto es un mito.",
    "El Holodomor no es un mito: murieron millones de campesinos.",
    "La leyenda negra española nació en el siglo XVI.",
    "Los financieros de la revolución industrial invirtieron en ferrocarriles.",
    # a theory's claim, described: the content clause of "teoría", "mito", "bulo" (after the blind5 run)
    "La teoría alega que los judíos controlan la política mundial.",
    "Es una teoría de la conspiración que sostiene que los judíos controlan la política mundial.",
    "La guerra se financió con préstamos de las casas bancarias de Londres.",
    "El ferrocarril fue financiado por intereses bancarios de Londres.",
]

NEUTRAL_EN = [
    "Trotsky was born in 1879 into a Jewish family in Yanovka.",
    "Many Menshevik leaders were of Jewish origin.",
    "The Jewish Bund was a socialist party founded in Vilnius in 1897.",
    "The Illuminati society was founded in Bavaria in 1776.",
    "Germany financed Lenin's return to Russia in 1917.",
    "Mercader, an NKVD agent, killed Trotsky in 1940.",
    "The Soviet press concealed the famine of 1932 for years.",
    "French bankers lent large sums to the Tsarist government.",
    "The Bolsheviks were not controlled by Jews, whatever Nazi propaganda claimed.",
    "Russian Jewish revolutionary, born Lev Bronstein in Yanovka.",
    "Sweden sold iron ore to both sides during the war.",
    "The bank was controlled by the Warburg family.",
    "The Rothschilds financed the British war effort against Napoleon.",
    "Stalin had the history of the party rewritten.",
    "Historians have long ignored the role of women in the revolution.",
    "Soviet censors falsified the history of the famine.",
    "The expulsion of the Jews in 1492 impoverished Castile.",
    "The World Jewish Congress was founded in Geneva in 1936.",
    "The Grand Orient of France was founded in 1773.",
    "Washington was initiated in the lodge at Fredericksburg.",
    "Holocaust deniers claim that the genocide is a hoax.",
    "The famine was no myth: millions of peasants died.",
    "The myth of the clean Wehrmacht persisted for decades.",
    "The financiers of the industrial revolution invested in railways.",
    "It is associated with the conspiracy theory that Jewry is dominating the world.",
    "Holocaust deniers spread the myth that the Jews control the media.",
    "The war was financed by loans from the banking houses of London.",
    "The railway was financed by banking interests in London.",
]


(
    test_spanish_tropes_are_flagged_with_their_explanation,
    test_english_tropes_are_flagged_with_their_explanation,
    test_spanish_history_that_shares_the_words_stays_quiet,
    test_english_history_that_shares_the_words_stays_quiet,
) = class_tests(
    [(text, trope_id, technique) for trope_id, text, technique in FLAGGED_ES],
    [(text, trope_id, technique) for trope_id, text, technique in FLAGGED_EN],
    NEUTRAL_ES,
    NEUTRAL_EN,
    check=_check_trope,
)


def test_a_trope_in_reported_speech_is_the_speakers(pipeline_es):
    found = flags(pipeline_es, "Hitler afirmó que los judíos controlaban la revolución bolchevique.")
    framing = next(flag for flag in found if flag.technique == "Antisemitic_Framing")
    assert framing.voice == "attributed" and framing.speaker == "Hitler"


AFTER_BLIND_ES = [
    "El judío Alejandro Kerensky se había infiltrado en el gobierno del zar.",
    "Tras las purgas los comisarios judíos afianzaron el control del ejército.",
    "Los judíos eran los promotores de todas las revoluciones.",
    "Los dirigentes comunistas eran judíos.",
    "Los gobiernos caerán en las manos de los israelitas.",
]

AFTER_BLIND_EN = [
    "The Jew Trotsky took over the army.",
    "Jewish commissars controlled the secret police.",
    "The Jews were the promoters of every revolution.",
    "Most of the leading Communists who took power were Jews.",
    "The press was under Jewish control.",
]


@pytest.mark.parametrize("text", AFTER_BLIND_ES)
def test_spanish_labels_on_people_of_power_are_antisemitic_framing(pipeline_es, text):
    assert any(flag.technique == "Antisemitic_Framing" for flag in flags(pipeline_es, text))


@pytest.mark.parametrize("text", AFTER_BLIND_EN)
def test_english_labels_on_people_of_power_are_antisemitic_framing(pipeline_en, text):
    assert any(flag.technique == "Antisemitic_Framing" for flag in flags(pipeline_en, text))


@pytest.mark.parametrize(
    "fixture, text",
    [
        ("pipeline_es", "Muchos dirigentes mencheviques eran de origen judío."),
        ("pipeline_es", "El banquero judío Jacob Schiff colocó préstamos para Japón en 1904."),
        ("pipeline_es", "En Polonia el «judeobolchevismo» era un estereotipo antisemita de entreguerras."),
        ("pipeline_es", "El panfleto se tituló El bolchevismo judío y circuló en 1919."),
        ("pipeline_es", "El llamado Contubernio de Múnich reunió a la oposición en 1962."),
        ("pipeline_en", "The Jewish banker Jacob Schiff placed loans for Japan in 1904."),
        ("pipeline_en", "In Poland, Judeo-Bolshevism was an antisemitic stereotype of the interwar years."),
        ("pipeline_en", "Trotsky was Jewish."),
    ],
)
def test_history_that_names_the_frame_or_the_origin_stays_quiet(request, fixture, text):
    assert flags(request.getfixturevalue(fixture), text) == []


@pytest.mark.parametrize(
    "fixture, text",
    [
        ("pipeline_es", "Los judíos controlan la política mundial."),
        ("pipeline_es", "No es ninguna teoría: los banqueros financiaron la revolución."),
        ("pipeline_en", "The Jews control the media."),
        ("pipeline_en", "It is no theory: the bankers financed the revolution."),
    ],
)
def test_a_claim_outside_a_theory_clause_is_still_flagged(request, fixture, text):
    assert flags(request.getfixturevalue(fixture), text)


# fifth round of #16: the classes of the neutral false flags, each with a sentence that must stay quiet
# and one of the same shape that must still be flagged (new sentences, not from any evaluation set)
FIFTH_ROUND_QUIET = [
    ("pipeline_es", "Los jacobinos usaban palabras como «traidores» para los girondinos."),
    ("pipeline_en", "The Jacobins used words such as “traitors” for the Girondins."),
    ("pipeline_es", "La logia de Valladolid fue fundada en 1820 por militares liberales."),
    ("pipeline_en", "The lodge in Charleston was founded in 1736 by merchants."),
    ("pipeline_en", "The Illuminati won control of two lodges in Munich in 1780."),
    ("pipeline_es", "Los iluminados quisieron controlar dos logias de Múnich en 1780."),
    ("pipeline_en", "The Jewish world government is a conspiracy theory of the 1920s."),
    ("pipeline_es", "El gobierno mundial judío, también llamado complot judeomasónico, es una teoría conspirativa."),
    ("pipeline_en", "Norway was run by a collaborationist government after 1942."),
    ("pipeline_es", "Noruega fue gobernada por un gobierno colaboracionista desde 1942."),
    ("pipeline_en", "The report shows that the navy knew of the storm days in advance and still sailed."),
    ("pipeline_es", "El informe demuestra que la armada sabía de la tormenta con días de antelación y aun así zarpó."),
]

FIFTH_ROUND_FLAGGED = [
    ("pipeline_es", "Los jacobinos llamaban «traidores» a los girondinos."),
    ("pipeline_en", "The Jacobins called the Girondins “traitors”."),
    ("pipeline_es", "La revolución fue organizada por las logias masónicas."),
    ("pipeline_en", "The revolution was organized by the Masonic lodges."),
    ("pipeline_en", "The government was under the control of the lodges."),
    ("pipeline_es", "El gobierno estaba bajo el control de las logias."),
    ("pipeline_en", "The Jewish world government controls the banks."),
    ("pipeline_en", "Roosevelt knew of the attack days in advance, proof that it was planned."),
    ("pipeline_es", "Roosevelt sabía del ataque con días de antelación, prueba de que estaba planeado."),
]


@pytest.mark.parametrize("fixture, text", FIFTH_ROUND_QUIET)
def test_fifth_round_neutral_classes_stay_quiet(request, fixture, text):
    assert flags(request.getfixturevalue(fixture), text) == []


@pytest.mark.parametrize("fixture, text", FIFTH_ROUND_FLAGGED)
def test_fifth_round_same_shapes_with_rhetoric_are_flagged(request, fixture, text):
    assert flags(request.getfixturevalue(fixture), text)


@pytest.mark.parametrize(
    ("fixture", "text", "flagged"),
    [
        ("pipeline_en", "The panic of 1873 was engineered to ruin the railway companies.", True),
        ("pipeline_es", "El pánico de 1873 fue orquestado para arruinar a las compañías ferroviarias.", True),
        ("pipeline_en", "The evacuation was orchestrated by the port authorities in June 1940.", False),
        ("pipeline_es", "La crisis de 1873 fue provocada por la quiebra de un banco de Viena.", False),
    ],
)
def test_a_catastrophe_said_to_be_engineered(request, fixture, text, flagged):
    found = flags(request.getfixturevalue(fixture), text)
    assert bool(found) is flagged
    if flagged:
        assert found[0].technique == "Conspiracy_Narrative"
