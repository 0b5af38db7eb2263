"""Round 16u of #16 (tenth session): the mind made captive matter (labels.yaml `captive_mind`).

Indoctrination told as a physical act on people: minds or consciences chained, poisoned, colonized or
washed; people programmed, dumbed down, molded like clay, fed lies or turned into robots. Beside the history
that shares the words: prisoners chained, a river poisoned, potters' clay, the colonization of a continent,
rations fed to a city, indoctrination and propaganda named plainly, an elite's minds "shaped" by a college.
The rules alone (conftest.py). Sentences written for the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LL = "Loaded_Language"

FLAGGED_ES = [
    ("La propaganda del partido envenenó las mentes de los obreros durante años.", "envenenó las mentes", LL),
    ("A los obreros les envenenaron el cerebro con propaganda.", "envenenaron el cerebro", LL),
    ("A los estudiantes les lavaron el cerebro en la universidad.", "lavaron el cerebro", LL),
    ("La televisión idiotiza a la gente cada noche.", "idiotiza a la gente", LL),
    ("El partido ha idiotizado a toda la juventud.", "idiotizado a toda la juventud", LL),
    ("Los alumnos eran programados como máquinas por sus maestros.", "programados como máquinas", LL),
    ("Los votantes, manejados como marionetas por la prensa, aplauden.", "manejados como marionetas", LL),
    ("Nos atiborran de propaganda desde la cuna.", "Nos atiborran de propaganda", LL),
    ("El régimen convirtió a los obreros en autómatas obedientes.", "convirtió a los obreros en autómatas", LL),
    ("A los niños se les inyecta el odio desde la escuela.", "inyecta el odio", LL),
    ("Aquello fue un secuestro de las conciencias.", "secuestro de las conciencias", LL),
    ("Las mentes envenenadas no piensan.", "mentes envenenadas", LL),
]

FLAGGED_EN = [
    ("The party's newspapers poisoned the minds of the workers for years.", "poisoned the minds", LL),
    ("The students had their brains washed at university.", "brains washed", LL),
    ("The Party washed their brains.", "washed their brains", LL),
    ("Television dumbs down the public every night.", "dumbs down the public", LL),
    ("The pupils were programmed like machines by their teachers.", "programmed like machines", LL),
    ("The children are molded like clay.", "molded like clay", LL),
    ("The regime turned the workers into obedient robots.", "turned the workers into obedient robots", LL),
    ("For decades the networks have been feeding the public lies.", "feeding the public lies", LL),
    ("They injected hatred into the minds of the young.", "injected hatred into the minds", LL),
    ("The colonization of the mind is complete.", "colonization of the mind", LL),
    ("They programmed the children to hate.", "programmed the children", LL),
    ("The old regime left a nation of poisoned minds.", "poisoned minds", LL),
]

# the same words told as history or literally
NEUTRAL_ES = [
    "Los carceleros encadenaron a los presos antes del traslado.",
    "La mina de plomo envenenó el río durante décadas.",
    "Los ceramistas moldeaban el barro a mano.",
    "El mando programó el desembarco para el amanecer.",
    "La colonización de Filipinas comenzó en 1565.",
    "La Junta alimentó a la población sitiada con raciones de arroz.",
    "Los médicos inocularon la vacuna a los niños del orfanato.",
    "El régimen organizó campañas de adoctrinamiento en las escuelas.",
    "Los colegios de los jesuitas formaron la mente de la élite colonial.",
    "Los obreros tomaron conciencia de su fuerza durante la huelga.",
    "Los deportados eran conducidos como ganado hasta los trenes.",
    "La prensa de guerra alimentaba al público con propaganda sobre el frente.",
    "Se lavaban la cabeza con agua fría en el cuartel.",
]

NEUTRAL_EN = [
    "The jailers chained the prisoners before the transfer.",
    "The lead mine poisoned the river for decades.",
    "The potters molded clay by hand.",
    "Engineers programmed the machines to calculate firing tables.",
    "The colonization of the Philippines began in 1565.",
    "The council fed the besieged population with rations of rice.",
    "The Hitler Youth was the main instrument of Nazi indoctrination.",
    "Jesuit colleges shaped the minds of the colonial elite.",
    "The deportees were herded like cattle onto the trains.",
    "The prisoners were fed a diet of thin soup.",
    "The wartime press fed the public propaganda about the front.",
    "Soviet propaganda influenced public opinion in the West.",
    "The recruits washed their heads in cold water.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
