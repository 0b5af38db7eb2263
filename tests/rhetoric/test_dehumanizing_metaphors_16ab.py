"""Round 16ab of #16 (fourteenth session): dehumanizing metaphors without a simile marker (labels.yaml
`vermin_metaphor` and `disease_metaphor`, es and en; the predicate entries of the lexicons).

People, a class or an institution named as vermin, parasites or bloodsuckers ("the parasitic elite", "the
Wall Street parasites", "clérigos parásitos", "parásitos que viven del erario"), and an ideology named a disease
or the body politic infected by it ("the cancer of Bolshevism", "el virus totalitarista", "el cáncer se llama
nacionalismo", "infectar el cuerpo social"). Beside them the history that shares the words: lice and rats in the
trenches, parasitic worms in mummies, the plague of 1348, locusts in 1915, a king's cancer. The rules alone
(conftest.py). Sentences written for the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests, overlaps

LABEL = "Name_Calling-Labeling"
LOADED = "Loaded_Language"

FLAGGED_ES = [
    ("Los obispos parásitos bendecían cada fusilamiento.", "obispos parásitos", LABEL),
    ("La casta parásita se reparte los cargos del ministerio.", "casta parásita", LABEL),
    ("La apestosa oligarquía vuelve a mandar en el país.", "apestosa oligarquía", LABEL),
    ("Son sanguijuelas que viven del erario desde hace décadas.", "sanguijuelas que viven del erario", LABEL),
    ("El cáncer del separatismo avanza por las provincias.", "cáncer del separatismo", LOADED),
    ("La gangrena de la república empezó en los cuarteles.", "gangrena de la república", LOADED),
    ("Aquel virus populista arruinó la economía.", "virus populista", LOADED),
    ("La epidemia se llama socialismo.", "epidemia se llama socialismo", LOADED),
    ("Esa doctrina quiere envenenar el cuerpo social de la nación.", "envenenar el cuerpo social", LOADED),
    ("Los diputados eran unos verdaderos buitres.", "buitres", LABEL),
]

FLAGGED_EN = [
    ("The parasitic bureaucracy grew fat on the peasants' grain.", "parasitic bureaucracy", LABEL),
    ("The Wall Street leeches voted themselves another bonus.", "Wall Street leeches", LABEL),
    ("The vulture capitalists bought the mines for nothing.", "vulture capitalists", LABEL),
    ("The commissars were parasites on the working class.", "parasites", LABEL),
    ("They are vermin and should be treated as such.", "vermin", LABEL),
    ("The cancer of Bolshevism spread to Hungary.", "cancer of Bolshevism", LOADED),
    ("Corruption was the cancer of the republic.", "cancer of the republic", LOADED),
    ("The nationalist virus reached every school.", "nationalist virus", LOADED),
    ("He preached a parasitic ideology of envy.", "parasitic ideology", LOADED),
    ("The bankers went on sucking the blood of the nation.", "sucking the blood of the nation", LOADED),
]

NEUTRAL_ES = [
    "Lo cierto es que las ratas llegaron a Marsella en los barcos de grano.",
    "Los piojos eran parásitos de los soldados y transmitían el tifus en las trincheras.",
    "El rey murió de un cáncer de estómago en 1833.",
    "La peste de 1348 mató a un tercio de la población de Florencia.",
    "La plaga de langosta de 1915 arrasó las cosechas de Palestina.",
    "Los gusanos parásitos aparecen en muchas momias egipcias.",
    "Las sanguijuelas se usaban para sangrar a los enfermos en el siglo XIX.",
    "Los buitres leonados anidaban en los riscos de la sierra.",
    "El cáncer de pulmón del rey Jorge VI se agravó en 1951.",
]

NEUTRAL_EN = [
    "Lice are parasites that spread typhus among the troops.",
    "Such was the prevalence of the vermin that food was kept in tins.",
    "The commonest infection was a familiar one: intestinal worms.",
    "The rats grew fat on the corpses of no man's land.",
    "Parasitic worms were found in two thirds of the mummies.",
    "The plague of 1665 killed about a hundred thousand Londoners.",
    "The locusts of 1915 stripped Palestine of its crops.",
    "George VI died of lung cancer in 1952.",
    "Physicians applied leeches to drain the blood of the patient.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=overlaps)
