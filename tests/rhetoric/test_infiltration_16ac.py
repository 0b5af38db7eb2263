"""Fourteenth session of #16 (16ac): infiltration of a government or of a society's institutions by a
hidden camp, asserted in the author's voice ("the Reds had infiltrated the highest councils of
government", «la penetración marxista en la Iglesia»). The frame needs a camp (communists, Reds, the Left,
Masons), not a person of a trade (an agent, a spy: documented espionage), and the whole of a state or
of its institutions; the police or the FBI infiltrating a party, Trotskyist entryism, Venona's agents
in one project and McCarthy's charges reported as charges stay quiet (the rules alone; see
conftest.py). Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests, overlaps

PLOT = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("Los comunistas se infiltraron en el gobierno de la República.", "infiltraron", PLOT),
    ("Los masones se habían infiltrado en el ejército desde hacía décadas.", "infiltrado", PLOT),
    ("La infiltración comunista en la Iglesia llegó hasta los seminarios.", "comunista en la Iglesia", PLOT),
    ("La penetración masónica en el Estado fue total.", "penetración masónica en el Estado", PLOT),
    ("Pocas universidades han padecido tanto la infiltración marxista.", "infiltración marxista", PLOT),
    ("El sindicato quedó infiltrado por comunistas en pocos meses.", "infiltrado por comunistas", PLOT),
]

FLAGGED_EN = [
    ("The Reds had infiltrated the government at every level.", "infiltrated", PLOT),
    ("Marxists infiltrated the universities and the press.", "infiltrated", PLOT),
    ("By 1940 the Left had infiltrated all the institutions of the country.", "infiltrated", PLOT),
    ("Soviet spies thoroughly infiltrated the administration.", "infiltrated", PLOT),
    ("The administration was heavily infiltrated by Communist Party members.", "infiltrated", PLOT),
    ("Communists had burrowed deep into the Treasury.", "burrowed", PLOT),
    ("The ministry was riddled with members of the communist underground.", "riddled", PLOT),
    ("They were Soviet agents who shaped policy for Moscow.", "Soviet agents who shaped policy", PLOT),
    ("Their plan was to infiltrate the schools secretly and teach the young.", "infiltrate the schools secretly", PLOT),
    ("Soviet agents, who had penetrated every level of the state, stole the files.", "penetrated every level", PLOT),
]

# the same words in a historian's plain voice
NEUTRAL_ES = [
    "La policía franquista se infiltró en el Partido Comunista.",
    "La Brigada Político-Social infiltró confidentes en el comité regional.",
    "Los comunistas se infiltraron en el Sindicato Vertical mediante las Comisiones Obreras.",
    "Philby fue un agente soviético infiltrado en el servicio secreto británico.",
    "La comisión investigó la supuesta infiltración comunista en el gobierno.",
    "Franco denunciaba la infiltración masónica en el ejército.",
    "La infiltración policial en el PCE llevó a miles de detenciones.",
    "Los guerrilleros sufrieron la infiltración de confidentes de la Guardia Civil.",
    "Los trotskistas practicaron el entrismo en el partido socialista.",
]

NEUTRAL_EN = [
    "The FBI infiltrated the Black Panther Party with informants.",
    "Trotskyists infiltrated the Labour Party youth section in the 1970s.",
    "McCarthy claimed that 205 communists worked in the State Department.",
    "Venona showed that Soviet agents had penetrated the Manhattan Project.",
    "The committee investigated communist infiltration of the government.",
    "Roosevelt feared that communists had infiltrated the unions.",
    "The police infiltrated anarchist groups in Barcelona.",
    "Stalin made decisions that shaped the course of the war.",
    "The city was overrun with refugees from the communist zone.",
    "Alger Hiss was convicted of perjury in 1950.",
    "Gestapo agents penetrated all the resistance networks in Lyon.",
]

(
    test_spanish_infiltration_is_flagged,
    test_english_infiltration_is_flagged,
    test_spanish_history_of_infiltration_stays_quiet,
    test_english_history_of_infiltration_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=overlaps)
