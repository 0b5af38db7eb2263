"""Thirteenth session, round 16a of #16: a superlative over all time or over history in the writer's voice,
read by its construction (labels.yaml `superlative_over_history`): a crime against life or a mass deception
ranked by a size superlative ("la mayor masacre humana de todos los tiempos", "the greatest crime on Earth"),
the judging noun as the complement ("el mayor espectáculo de manipulación de masas del último siglo"), the
ranking stretched by "ever" / "jamás" ("the worst president America has ever had"), an office ranked by
"worst" over a country ("America's worst president"), a vague multiple of "worse" ("thousands of times
worse"). Beside each, the history that ranks with its count or gives a standing, or ranks a measure, or a
literal robbery, and stays quiet (the rules alone; see conftest.py)."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

EX = "Exaggeration-Minimisation"

FLAGGED_ES = [
    ("El bolchevismo ha cometido la mayor masacre humana de todos los tiempos.", "mayor masacre humana", EX),
    ("Se cumple el aniversario del mayor genocidio de todos los tiempos.", "mayor genocidio", EX),
    ("Fue la mayor matanza del siglo.", "mayor matanza del siglo", EX),
    ("Asistimos al mayor espectáculo de manipulación de masas del último siglo.", "mayor espectáculo", EX),
    ("Fue la mayor campaña de desinformación jamás ejecutada.", "mayor campaña de desinformación", EX),
    ("Fue la mayor mentira jamás contada.", "mayor mentira jamás contada", EX),
    ("Aquel fue el peor gobierno jamás visto.", "peor gobierno jamás visto", EX),
    ("La guerra inauguró el capítulo más oscuro de la historia de la humanidad.", "capítulo más oscuro", EX),
    ("Zapatero será recordado como el peor presidente de España.", "peor presidente de España", EX),
    ("Fue el peor presidente que ha tenido la joven democracia.", "peor presidente que ha tenido", EX),
    ("El comunismo es mil veces peor que el nazismo.", "mil veces peor", EX),
    ("Aquello fue miles de veces peor que la peste.", "miles de veces", EX),
]

FLAGGED_EN = [
    ("It was the greatest massacre of all time.", "greatest massacre of all time", EX),
    ("Stalin committed the largest genocide in history.", "largest genocide in history", EX),
    ("Usury is the Greatest Crime on Earth", "Greatest Crime on Earth", EX),
    ("It rests on the biggest falsehood in the history of medicine.", "biggest falsehood", EX),
    ("It was history's greatest slaughter.", "greatest slaughter", EX),
    ("Donald Trump is the worst president America has ever had.", "worst president", EX),
    ("They were the foulest beings to ever live.", "foulest beings", EX),
    ("He was the worst chief executive ever to hold the office.", "worst chief executive ever", EX),
    ("It was the biggest lie ever told.", "biggest lie ever", EX),
    ("Here are the most evil to have ever been born.", "most evil to have ever been born", EX),
    ("Andrew Johnson is inarguably America's worst president.", "worst president", EX),
    ("The system is thousands of times worse than Madoff's scheme.", "thousands of times worse", EX),
    ("It was a thousand times worse.", "thousand times worse", EX),
]

# the same words told as history: a ranking with its count or as a standing, a measure, a literal robbery,
# propaganda as the historian's word, a precise or a technical multiple, a ranking stretched over a measure
NEUTRAL_ES = [
    "El Holocausto, con seis millones de víctimas, fue el mayor genocidio de la historia.",
    "El Holocausto está considerado el mayor genocidio de la historia.",
    "La matanza de Nankín fue una de las mayores masacres de la guerra.",
    "Entre 1958 y 1961, China vivió la mayor hambruna de la historia.",
    "La deportación de los chechenos fue la mayor deportación del período.",
    "La Armada fue la mayor flota jamás reunida hasta entonces.",
    "El asedio coincidió con el peor invierno jamás registrado.",
    "Felipe II fue el rey más poderoso de su tiempo.",
    "El peor enemigo que tuvo Roma fue Aníbal.",
    "Fue el mayor robo de la historia de Francia.",
    "Goebbels dirigió la mayor operación de propaganda de la historia alemana.",
    "La producción de acero se multiplicó por diez en una década.",
    "La derrota de Annual fue el peor desastre militar que ha sufrido el ejército español.",
]

NEUTRAL_EN = [
    "With six million victims, the Holocaust was the largest genocide in history.",
    "The Holocaust is regarded as the largest genocide in history.",
    "The Great Chinese Famine was the deadliest famine in history.",
    "The deportation of the Chechens was the largest deportation of the period.",
    "The Spanish Armada was the largest fleet ever assembled in Europe.",
    "The siege coincided with the worst winter ever recorded.",
    "It was the worst defeat the British army had ever suffered.",
    "The Great Train Robbery was the biggest robbery in British history.",
    "The Nazi regime ran the largest propaganda operation of the century.",
    "The hydrogen bomb was thousands of times more powerful than the Hiroshima bomb.",
    "Lincoln is often ranked as America's greatest president.",
    "Steel output grew tenfold in a decade.",
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
