"""Round 16v of #16 (tenth session): fear appeals addressed to us or you (labels.yaml `fear_for_us`).

A hostile "they" comes for us or for your children, wants you dead, plans to destroy our way of life or
take your home. Beside the history that shares the verbs on a third person (raiders coming for their
harvest, a city destroyed, a land reform), and the historian's "our" of scholarship ("our picture of").
The rules alone (conftest.py). Sentences written for the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

AF = "Appeal_to_Fear-Prejudice"

FLAGGED_ES = [
    ("Despertad: ya vienen a por vuestros nietos.", "vienen a por vuestros nietos", AF),
    ("Después de los jueces, vendrán a por nosotros.", "vendrán a por nosotros", AF),
    ("El globalismo quiere destruir nuestras costumbres.", "destruir nuestras costumbres", AF),
    ("Nos quieren pobres y callados.", "Nos quieren pobres", AF),
    ("Pretenden exterminarnos poco a poco.", "exterminarnos", AF),
    ("Los burócratas de Bruselas os esclavizarán con sus impuestos.", "os esclavizarán", AF),
    ("Esa ley atenta contra nuestra libertad.", "atenta contra nuestra libertad", AF),
    ("La agenda quiere acabar con nuestra familia.", "acabar con nuestra familia", AF),
]

FLAGGED_EN = [
    ("Wake up: they are coming for your grandchildren.", "coming for your grandchildren", AF),
    ("After the judges, they will come for us.", "come for us", AF),
    ("Globalism wants to destroy our customs.", "destroy our customs", AF),
    ("They want you hungry and afraid.", "want you hungry", AF),
    ("Brussels bureaucrats will enslave you with their taxes.", "enslave you", AF),
    ("The agenda is to eradicate our families.", "eradicate our families", AF),
    ("They will confiscate your savings overnight.", "confiscate your savings", AF),
    ("They mean to wipe us out.", "wipe us", AF),
]

# the same verbs told as history, on a third person, or the historian's "our"
NEUTRAL_ES = [
    "Los aldeanos temían que los bandidos vinieran a por sus rebaños.",
    "El incendio destruyó la biblioteca en 1731.",
    "La desamortización quería acabar con las tierras en manos muertas.",
    "Las nuevas fuentes han borrado nuestra imagen de la economía visigoda.",
    "Los cruzados arrasaron la ciudad en 1204.",
    "El rey quiso sustituir a los consejeros de su padre.",
    "En nuestro estudio describimos el miedo de los campesinos a la leva.",
]

NEUTRAL_EN = [
    "The villagers feared that bandits would come for their flocks.",
    "The fire destroyed the library in 1731.",
    "New sources have destroyed our picture of the Visigothic economy.",
    "The crusaders sacked the city in 1204.",
    "The king wanted to replace his father's counsellors.",
    "In our study we describe the peasants' fear of conscription.",
    "The famine killed thousands of weavers in 1847.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
