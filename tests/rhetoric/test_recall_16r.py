"""Round 16r of #16: recall on pages written elsewhere. The agent of a foreign power and foreign gold
(tropes.yaml `foreign_agent`), invective told by the verb (labels.yaml `betrayal_act`), contempt said of a
political act or idea (`contempt_for_an_act`), each beside the history sentence that shares its words (the
rules alone; see conftest.py); "la Quinta Columna" of 1936 as a name, the impersonal rumour as reported
speech, and a theory defined by a relative clause of claiming. Sentences written for these tests, none
taken from a blind set."""

from __future__ import annotations

import pytest

from cronica.rhetoric.detector import _describes_a_theory
from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests, flags

PLOT, LL, NC = "Conspiracy_Narrative", "Loaded_Language", "Name_Calling-Labeling"

FLAGGED_ES = [
    # the agent of a foreign power: submission to it, a man of it, sold to its gold
    ("Los sindicalistas incendiaron la fábrica a las órdenes de Moscú.", "a las órdenes de Moscú", PLOT),
    ("El diputado votó a sueldo de Berlín.", "a sueldo de Berlín", PLOT),
    ("Riego era un masón al servicio de los intereses de Inglaterra.", "al servicio de los intereses", PLOT),
    ("Fue expulsado del partido por su sometimiento a Stalin.", "sometimiento a Stalin", PLOT),
    ("El ministro gobernaba siguiendo instrucciones del Kremlin.", "siguiendo instrucciones del Kremlin", PLOT),
    ("Aquellos políticos habían vendido España al oro extranjero.", "vendido España al oro extranjero", PLOT),
    ("Los concejales fueron comprados con oro de Moscú.", "comprados con oro de Moscú", PLOT),
    ("El país pagaba tributo a sus amos extranjeros.", "amos extranjeros", PLOT),
    # invective in the verb
    ("Esos políticos vendieron la patria.", "vendieron la patria", LL),
    ("Los ministros traicionaron a la revolución.", "traicionaron a la revolución", LL),
    ("Aquel gobierno robó al pueblo durante veinte años.", "robó al pueblo", LL),
    ("El general ahogó en sangre la huelga de los mineros.", "ahogó en sangre", LL),
    ("Los diputados huyeron cobardemente a Francia.", "huyeron cobardemente", LL),
    # contempt said of an act or an idea
    ("Aquella ley era un perverso instrumento de dominación.", "perverso instrumento", LL),
    ("El pueblo rechazó las cobardes amenazas del gobierno.", "cobardes amenazas", LL),
    ("Su nefasta gestión arruinó la provincia.", "nefasta gestión", LL),
    # a fifth column as a label, not the one of 1936
    ("Los separatistas son una quinta columna dentro del Estado.", "una quinta columna", NC),
]

FLAGGED_EN = [
    ("The union leaders were in the pay of Berlin.", "in the pay of Berlin", PLOT),
    ("The party took its orders from Moscow.", "took its orders from Moscow", PLOT),
    ("The strikers acted at the Kremlin's bidding.", "at the Kremlin's bidding", PLOT),
    ("The senator was a mere agent working for the Soviet government.", "mere agent", PLOT),
    ("The editors had sold out to foreign gold.", "sold out to foreign gold", PLOT),
    ("The deputies were bought with German gold.", "bought with German gold", PLOT),
    ("Their foreign masters decided every vote.", "foreign masters", PLOT),
    ("The cabinet had sold out the revolution.", "sold out the revolution", LL),
    ("The generals betrayed their country for a pension.", "betrayed their country", LL),
    ("The president was lying to the American people.", "lying to the American people", LL),
    ("The army drowned the uprising in blood.", "drowned the uprising in blood", LL),
    ("Communism is a rotten idea.", "rotten idea", LL),
    ("The pamphlet exposed its whole miserable imposture.", "miserable imposture", LL),
    ("The exiles were a fifth column inside the republic.", "a fifth column", NC),
]

# the same words told as history: documented espionage, a named command, a sale, a betrayal suffered,
# wages and wars, the Fifth Column of 1936 named
NEUTRAL_ES = [
    "Los asesores soviéticos actuaban a las órdenes de Moscú.",
    "Orlov, agente de la NKVD, obedecía órdenes de Moscú.",
    "Fue prefecto de las tropas auxiliares a las órdenes del cónsul Pompeyo.",
    "El gobierno vendió el oro a la Unión Soviética en 1936.",
    "El pintor vendió sus cuadros al extranjero.",
    "Vendió sus tierras a los obreros de la fábrica.",
    "España vendió Florida a Estados Unidos en 1819.",
    "Los prestamistas extranjeros retiraron sus capitales en 1931.",
    "El POUM no seguía las directrices de la Comintern.",
    "Intentó huir, pero fue traicionado y hecho prisionero en La Carolina.",
    "Los bandidos robaron el banco de Barcelona.",
    "Los obreros cobraban salarios miserables.",
    "La política agraria del gobierno fracasó.",
    "La Quinta Columna estuvo formada por civiles que colaboraban con el ejército de Franco.",
]

NEUTRAL_EN = [
    "Soviet advisers in Spain took their orders from Moscow.",
    "The regiment was under orders from London to hold the bridge.",
    "Lenin arrived in a train loaded with German gold to boost a Russian revolution.",
    "Morris made one trip a year to Moscow to pick up funds for the party.",
    "Documents declassified after the Cold War show that Hiss was a Soviet agent.",
    "Napoleon sold Louisiana to the United States in 1803.",
    "The first edition sold out in a week.",
    "He was betrayed by a comrade and captured.",
    "The gang robbed a bank in Ohio.",
    "The first man in London to know of the victory was a banker.",
    "Workers were paid miserable wages.",
    "The Dirty War in Argentina began in 1976.",
    "The regime's agrarian policy failed.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Se habló de que los masones tramaban una conspiración internacional para un gobierno mundial."),
        ("es", "Fue acusado de traicionar a la patria."),
        ("en", "Arnold was accused of betraying his country."),
    ],
)
def test_a_rumour_or_a_charge_is_reported_not_said(pipeline_es, pipeline_en, lang, text):
    found = flags(pipeline_es if lang == "es" else pipeline_en, text)
    assert found and all(flag.voice == "attributed" for flag in found)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_new_entries_exist_in_both_languages(lang):
    resources = load_language(lang)
    assert "foreign_agent" in {trope.id for trope in resources.tropes}
    assert {"betrayal_act", "contempt_for_an_act"} <= {entry.id for entry in resources.labels}


def test_a_theory_defined_by_a_relative_clause_of_claiming_is_described(pipeline_es):
    resources = load_language("es")
    rules = resources.context
    doc = pipeline_es.models.get("es")(
        "El contubernio es una teoría de conspiración que sostiene la existencia de una coalición secreta."
    )
    assert _describes_a_theory(doc[:], rules.theory_nouns, rules.claim_verbs)
    plain = pipeline_es.models.get("es")("Los masones sostienen la existencia de una coalición secreta.")
    assert not _describes_a_theory(plain[:], rules.theory_nouns, rules.claim_verbs)
