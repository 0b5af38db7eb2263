"""Round 16ad of #16: a crime, madness or monster noun pinned on a person in the writer's voice (labels.yaml
`criminal_title`, the round's patterns): as the predicate of a name with an indefinite article, asserted with a
focus adverb ("simply", "sencillamente"), one more of a kind ("another", "otro"), pointed at with a
demonstrative, in an indefinite apposition, or qualified by a word of madness ("a sociopathic serial killer").
Beside each, the history that shares its words: the murderer of a named victim, a trial's verdict, war criminals,
serial killers as a category, "the dictator Franco", «los golpistas del 23-F», a clinical diagnosis reported.
Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

NC = "Name_Calling-Labeling"

FLAGGED_ES = [
    ("Beria fue un asesino sin escrúpulos.", "un asesino", NC),
    ("Para mí, Yagoda fue sencillamente un criminal.", "sencillamente un criminal", NC),
    ("Los comisarios de la checa fueron simplemente criminales.", "simplemente criminales", NC),
    ("Yezhov era un psicópata y un criminal.", "un criminal", NC),
    ("Le sucedió otro delincuente de la misma escuela.", "otro delincuente", NC),
    ("Nadie pidió cuentas a ese carnicero.", "ese carnicero", NC),
    ("El mariscal, un genocida, murió en su cama.", "un genocida", NC),
]

FLAGGED_EN = [
    ("Yagoda was a murderer.", "a murderer", NC),
    ("Beria was a horrible mass murderer.", "mass murderer", NC),
    ("For me, Yezhov was simply a criminal.", "simply a criminal", NC),
    ("Dzerzhinsky, yet another butcher, ran the Cheka.", "another butcher", NC),
    ("Kaganovich, no mean mass murderer himself, outlived them all.", "no mean mass murderer", NC),
    ("The famine was the work of this murderer.", "this murderer", NC),
    ("The commissar was a sociopathic serial killer.", "sociopathic serial killer", NC),
    ("The purge was run by a paranoid dictator.", "paranoid dictator", NC),
]

NEUTRAL_ES = [
    "El asesino de Trotski cumplió veinte años de cárcel en México.",
    "Mercader fue condenado como asesino por un tribunal mexicano.",
    "Los criminales de guerra fueron juzgados en Núremberg en 1946.",
    "El dictador Francisco Franco murió en noviembre de 1975.",
    "Los golpistas del 23-F fueron juzgados en el cuartel de Campamento.",
    "Un asesino en serie mata a tres o más personas en momentos distintos.",
    "Pisístrato fue tirano de Atenas en el siglo VI antes de Cristo.",
    "Los psiquiatras del tribunal no diagnosticaron a Hess ninguna psicosis.",
]

NEUTRAL_EN = [
    "The murderer of Trotsky served twenty years in a Mexican prison.",
    "Ruby was convicted of murder by a Dallas jury in 1964.",
    "The war criminals were hanged at Nuremberg in October 1946.",
    "The dictator Franco died in November 1975.",
    "Serial killers of the 1970s were studied by the FBI's new behavioral unit.",
    "Pisistratus was tyrant of Athens in the sixth century BC.",
    "Several psychiatrists later diagnosed Hitler with paranoid schizophrenia.",
    "Jack Ruby was a nightclub owner from Dallas.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
