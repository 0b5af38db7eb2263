"""Round 16n of #16: name-calling and loaded language as a class (labels.yaml, both languages): people made
animals by a predicate or a simile, a parrot's repetition, servility pinned on a trade with a demonstrative,
the loaded contrast of greed beside suffering; each beside the history sentence that shares its words
(the rules alone; see conftest.py). Sentences of the round's engineer, not the blind set's."""

from __future__ import annotations

import pytest

from rhetoric.class_harness import class_tests, flags

NC, LL = "Name_Calling-Labeling", "Loaded_Language"

FLAGGED_ES = [
    ("Eran bestias sin alma, no hombres.", "bestias sin alma", NC),
    ("Los concejales son hienas que se reparten el botín.", "hienas", NC),
    ("Los concejales obedecen al alcalde como corderos.", "como corderos", NC),
    ("Los votantes siguen al caudillo como ovejas.", "como ovejas", NC),
    ("Los tertulianos repiten la consigna como loros.", "repiten la consigna como loros", LL),
    ("Esos periodistas vendidos callan lo que les mandan callar.", "Esos periodistas vendidos", NC),
    ("Aquellos escribidores a sueldo del régimen inventaban las cifras.", "Aquellos escribidores a sueldo", NC),
    ("Los profesores del régimen, esos mercenarios con cátedra, mienten.", "esos mercenarios con cátedra", NC),
    (
        "Los especuladores se enriquecían mientras las familias humildes pasaban hambre.",
        "mientras las familias humildes pasaban",
        LL,
    ),
    ("Son unos borregos.", "borregos", NC),
]

FLAGGED_EN = [
    ("The councillors are jackals who divide the spoils.", "jackals", NC),
    ("The commissars were wolves in human skin.", "wolves in human skin", NC),
    ("The councillors obey the mayor like lambs.", "like lambs", NC),
    ("They repeat the official line like parrots.", "repeat the official line like parrots", LL),
    ("The court historians parrot whatever the palace tells them.", "parrot", LL),
    ("These lapdog journalists will never touch the story.", "These lapdog journalists", NC),
    ("Those venal editors print whatever the ministry sends.", "Those venal editors", NC),
    ("The court historians, those tenured propagandists, lie.", "those tenured propagandists", NC),
    ("These paid hacks read the party's script.", "These paid hacks", NC),
    ("The speculators got rich while decent families went hungry.", "while decent families went", LL),
    ("Those vermin hoarded grain while honest workers starved.", "while honest workers starved", LL),
]

# the same nouns told as history: animals as animals, people treated like animals by others, a trade named
# plainly, a historian's contrast with neither the moral adjective nor the greed
NEUTRAL_ES = [
    "Los mercenarios alemanes combatieron en las guerras de Italia.",
    "Los esclavos eran hacinados como ganado en las bodegas de los barcos.",
    "Los periodistas de El Sol cubrieron la huelga de 1917.",
    "Los campesinos pasaban hambre mientras las cosechas se exportaban.",
    "Los chacales y las hienas se disputaban los restos del ganado.",
    "Los borregos churros pastaban en la meseta.",
    "Los loros llegaron a Europa en los barcos de Indias.",
    "Aquellos periodistas fundaron después otro diario.",
]

NEUTRAL_EN = [
    "The German mercenaries fought in the Italian wars.",
    "Slaves were packed like cattle into the holds of the ships.",
    "The journalists of the Times covered the strike of 1926.",
    "Peasants starved while grain was exported.",
    "Parrots imitate human speech.",
    "Those editors later founded a rival paper.",
    "The wolves of the Apennines were hunted almost to extinction.",
]

# a reputation is others' judgement: the label is theirs (attributed), not the author's
REPORTED = [
    ("es", "Judas es recordado en la tradición cristiana como traidor."),
    ("en", "Judas is remembered in Christian tradition as a traitor."),
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_a_reputation_is_attributed(pipeline_es, pipeline_en, lang, text):
    found = flags(pipeline_es if lang == "es" else pipeline_en, text)
    assert found and all(flag.voice == "attributed" for flag in found)
