"""Thirteenth session, round 16i of #16: an attack let happen, provoked or paid for so as to reach a hidden end
(`let_happen_for_an_end`, `attack_not_prevented`). Each shape (the enemy goaded into striking first, an attack
or a sinking let go ahead, a nation manoeuvred into war, money paid so that an empire be destroyed, an attack
known of and not prevented) stands beside the history that states a named state's documented aim in the same
verbs ("Germany let Lenin cross in a sealed train so that he would take Russia out of the war", "Bismarck edited
the Ems telegram to provoke France into declaring war", "Japan financed Russian revolutionaries to weaken Russia").
Sentences written for these tests, none taken from a blind set; the rules alone (see conftest.py)."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT = "Conspiracy_Narrative"
LET, UNPREVENTED = "let_happen_for_an_end", "attack_not_prevented"

FLAGGED_ES = [
    ("Wilson provocó el ataque alemán para justificar la entrada en la guerra.", "provocó el ataque", LET),
    ("Churchill provocó a los alemanes para que atacaran el convoy.", "provocó a los alemanes", LET),
    ("El presidente dejó que el ataque ocurriera sin mover un dedo.", "dejó que el ataque ocurriera", LET),
    ("Su plan era dejar que los japoneses atacaran primero.", "dejar que los japoneses atacaran primero", LET),
    ("El presidente quería que Alemania atacara primero.", "quería que Alemania atacara primero", LET),
    ("Usaron el hundimiento del buque para meter al país en la guerra.", "meter al país en la guerra", LET),
    (
        "Los banqueros pagaron la revolución para que se consumara la destrucción del Imperio.",
        "pagaron la revolución",
        LET,
    ),
    ("El almirante conocía el ataque y no hizo nada por impedirlo.", "conocía el ataque", UNPREVENTED),
    ("El gobierno conocía la fecha del ataque y no lo impidió.", "no lo impidió", UNPREVENTED),
]

FLAGGED_EN = [
    ("The President provoked Germany into attacking the convoy.", "provoked Germany into attacking", LET),
    ("Churchill enticed the Germans to attack the liner.", "enticed the Germans to attack", LET),
    ("The cabinet allowed the raid to go ahead to win over public opinion.", "allowed the raid to go", LET),
    ("They let the cruiser be sunk to get the nation into the war.", "let the cruiser be sunk", LET),
    ("His plan was to let the enemy strike first.", "let the enemy strike first", LET),
    ("The President wanted Germany to fire the first shot.", "wanted Germany to fire the first", LET),
    ("The bankers manipulated the government into war.", "manipulated the government into war", LET),
    (
        "They funded the agitators so that they would bring about the destruction of the monarchy.",
        "funded the agitators",
        LET,
    ),
    ("The admiral knew of the raid and did nothing to prevent it.", "knew of the raid", UNPREVENTED),
]

# the same verbs in a historian's voice: a named state's documented aim, a cause, a warning ignored
NEUTRAL_ES = [
    "Alemania dejó que Lenin cruzara su territorio para que sacara a Rusia de la guerra.",
    "Bismarck retocó el telegrama de Ems para provocar que Francia declarara la guerra.",
    "El gobierno japonés financió a revolucionarios rusos para debilitar a Rusia.",
    "El telegrama Zimmermann empujó a Estados Unidos a entrar en la guerra.",
    "Pearl Harbor arrastró a Estados Unidos a la Segunda Guerra Mundial.",
    "Eisenhower dejó que la invasión siguiera adelante pese al mal tiempo.",
    "Stalin desoyó los avisos de que Alemania atacaría en junio.",
    "Napoleón provocó la abdicación de Carlos IV para colocar a su hermano en el trono.",
    "El arcediano incitó a la multitud a atacar la judería de Sevilla en 1391.",
    "El hambre empujó a los campesinos a atacar los graneros.",
    "Hitler montó el incidente de Gleiwitz para arrastrar a Alemania a la guerra.",
    "El general quería que la infantería atacara primero el flanco.",
]

NEUTRAL_EN = [
    "Germany allowed Lenin to cross its territory so that he would take Russia out of the war.",
    "Bismarck edited the Ems telegram in order to provoke France into declaring war.",
    "Japan financed Russian revolutionaries to weaken Russia during the war.",
    "The Zimmermann telegram helped push the United States into the war.",
    "The committee asked whether bankers had pushed the country into the war.",
    "Eisenhower allowed the invasion to go ahead despite the weather.",
    "Stalin ignored repeated warnings that Germany would attack.",
    "The cabinet let the ultimatum expire at midnight.",
    "The preacher incited the crowd to attack the ghetto in 1391.",
    "The generals wanted the army to attack first in the east.",
    "Yamamoto wanted to strike first at Pearl Harbor.",
]


def _by_rule(found, lang, words, trope_id):
    """Some Conspiracy_Narrative flag covers `words`: the named trope's, or (where main's lexicon already read
    the phrase, "dejó que … ocurriera") the lexicon's, which the detector keeps for the same span."""
    return any(words in flag.text and flag.technique == PLOT for flag in found)


(
    test_spanish_event_let_happen_is_flagged,
    test_english_event_let_happen_is_flagged,
    test_spanish_documented_aim_stays_quiet,
    test_english_documented_aim_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=_by_rule)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_let_happen_tropes_exist_in_both_languages_with_definitions(lang):
    tropes = {trope.id: trope for trope in load_language(lang).tropes}
    for trope_id in (LET, UNPREVENTED):
        assert tropes[trope_id].technique == PLOT
        assert len(tropes[trope_id].definition) > 60 and "{text}" in tropes[trope_id].explanation
