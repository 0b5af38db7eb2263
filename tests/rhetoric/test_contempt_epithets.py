"""Round 16x of #16 (thirteenth session): contempt and condemnation epithets in open vocabulary
(labels.yaml `contempt_collective` and `condemnation_of_a_regime`).

(a) A collective noun of contempt over people: one that despises alone ("un grupúsculo"), one that despises
when it governs people ("una caterva de aduladores", "a bunch of pampered bureaucrats"), or history's
collective with a mark of contempt ("su cobarde cuadrilla", "a gang of fawning courtiers", "his barbarian
hordes"). (b) Moral condemnation on a regime or a political act in the writer's voice: the Spanish adjective
before its noun ("la cruel opresión", "aquella maldita tiranía"), after it with a demonstrative or a possessive
("estas matanzas asesinas"), the strongest with an article ("el régimen genocida"); in English on a state or
with a possessive ("the criminal state", "their tyrannical designs"), blood on a ruler ("a blood-soaked
tyrant"). Beside them the history that shares the words: the camarilla of Ferdinand VII, a band of highwaymen,
the Mongol hordes, a vicious circle, a motley crew of sailors, the Nuremberg category, the historians' "genocidal
policy", "cruel and unusual punishments". The rules alone (conftest.py). Sentences written for the tests, none
taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LABEL = "Name_Calling-Labeling"
LOADED = "Loaded_Language"

FLAGGED_ES = [
    ("Aquel grupúsculo pretendía hablar en nombre de la nación.", "grupúsculo", LABEL),
    ("El ministro llegó rodeado de una caterva de aduladores.", "caterva de aduladores", LABEL),
    ("El general y su cobarde cuadrilla huyeron al amanecer.", "cobarde cuadrilla", LABEL),
    ("El caudillo lanzó sus hordas bárbaras sobre la comarca.", "hordas bárbaras", LABEL),
    ("Gobernaba rodeado de una cofradía de lacayos.", "cofradía de lacayos", LABEL),
    ("La cruel opresión de aquellos años dejó miles de presos.", "cruel opresión", LOADED),
    ("Aquella maldita tiranía duró cuarenta años.", "maldita tiranía", LOADED),
    ("Estas matanzas asesinas no tuvieron castigo.", "matanzas asesinas", LOADED),
    ("El régimen genocida cerró todas las fronteras.", "régimen genocida", LOADED),
]

FLAGGED_EN = [
    ("The minister arrived with a bunch of pampered bureaucrats.", "bunch of pampered bureaucrats", LABEL),
    ("The king was surrounded by a gang of fawning courtiers.", "gang of fawning courtiers", LABEL),
    ("The khan unleashed his barbarian hordes on the valley.", "barbarian hordes", LABEL),
    ("A criminal cabal seized the ministries in a single night.", "criminal cabal", LABEL),
    ("The peasants were robbed by the criminal state.", "criminal state", LOADED),
    ("Nobody stood up to their tyrannical designs.", "tyrannical designs", LOADED),
    ("A blood-soaked tyrant ruled the island for thirty years.", "blood-soaked tyrant", LOADED),
]

# history's collectives and condemnation words as description, law or debate
NEUTRAL_ES = [
    "La camarilla de Fernando VII influyó en el nombramiento de los ministros.",
    "Una banda de salteadores asaltó la diligencia de Andújar en 1832.",
    "Las hordas bárbaras cruzaron el Rin en el invierno de 406.",
    "Una recua de mulas transportaba el trigo hasta el puerto.",
    "La banda de música del regimiento tocó en la inauguración del puente.",
    "El tribunal de Núremberg declaró organización criminal a las SS.",
    "Los historiadores discuten si la hambruna fue el resultado de una política genocida.",
    "La brutal represión de la Comuna causó miles de muertos.",
    "Hitler y su política genocida son el objeto del libro.",
]

NEUTRAL_EN = [
    "A band of highwaymen robbed the Andújar coach in 1832.",
    "The Mongol hordes reached the gates of Vienna.",
    "The barbarian hordes crossed the Rhine in the winter of 406.",
    "A motley crew of sailors manned the schooner.",
    "A vicious circle of debt and inflation ruined the middle class.",
    "A bunch of grapes appears on the town's coat of arms.",
    "The Nuremberg tribunal declared the SS a criminal organization.",
    "The English Bill of Rights forbade cruel and unusual punishments.",
    "His criminal acts were never punished.",
    "The Nazis and their genocidal policies are the subject of the book.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
