"""The classes of the seventh round of #16 (16g), each with the neutral history that shares its words:
an insult applied to someone by a construction (`insult_epithet`), and sentences written in capitals
read again in lower case (docs/rhetoric.md, "Seventh round of #16"). Sentences written here, in my own
words, before the rules ran on them."""

from __future__ import annotations

from cronica.rhetoric.shouting import is_shouted
from rhetoric.class_harness import by_language, class_tests, overlaps

LABEL, AF = "Name_Calling-Labeling", "Antisemitic_Framing"

FLAGGED = [
    # the Spanish epithet with «de» before a proper name
    ("es", "Aquel verano el cretino de Kerenski volvió a hablar ante la Duma.", "cretino de Kerenski", LABEL),
    ("es", "El imbécil de Nicolás II firmó la movilización sin leerla.", "imbécil", LABEL),
    ("es", "Entonces el psicópata de Yezhov ordenó nuevas detenciones.", "psicópata de Yezhov", LABEL),
    # a demonstrative or a possessive
    ("es", "Ese fanático no dudó en fusilar a sus propios camaradas.", "fanático", LABEL),
    ("en", "That lunatic signed the order without reading it.", "lunatic", LABEL),
    ("en", "Beria and his goons emptied the villages.", "his goons", LABEL),
    ("en", "You fools still believe the official version.", "fools", LABEL),
    # an apposition or a predicate
    ("es", "Robespierre, aquel sádico, llenó las cárceles de París.", "sádico", LABEL),
    ("es", "Los jacobinos eran unos fanáticos sin escrúpulos.", "fanáticos", LABEL),
    ("en", "Yezhov, that sadist, filled the camps.", "sadist", LABEL),
    ("en", "The Jacobins were psychopaths.", "psychopaths", LABEL),
    ("en", "Robespierre was a maniac.", "maniac", LABEL),
    # after blind8b's first run: a pronoun or no subject, an insult in apposition to the predicate, an
    # insult under a political label
    ("en", "She was a fanatic to the end.", "fanatic", LABEL),
    ("en", "The Jacobin zealots closed the churches.", "Jacobin zealots", LABEL),
    ("es", "Fue un lunático desde su juventud.", "lunático", LABEL),
    ("es", "Robespierre fue un abogado brillante, un fanático.", "fanático", LABEL),
    ("es", "Aquellos psicópatas franquistas fusilaron a los maestros.", "psicópatas franquistas", LABEL),
    # the label as an epithet of a name stays flagged
    ("en", "The Jew Trotsky led the Red Army.", "Jew Trotsky", AF),
    # sentences in capitals
    ("es", "LOS BOLCHEVIQUES ERAN UNOS CRIMINALES.", "CRIMINALES", LABEL),
    ("es", "LA PLAGA ROJA SE EXTIENDE POR EUROPA.", "PLAGA ROJA", LABEL),
    ("en", "THESE TRAITORS SOLD THE NATION TO MOSCOW.", "THESE TRAITORS", LABEL),
    ("en", "THE BOLSHEVIK VERMIN MUST BE STOPPED.", "BOLSHEVIK VERMIN", LABEL),
]

NEUTRAL = [
    ("es", "El padre de Lenin era inspector de escuelas en Simbirsk."),
    ("es", "El asesino de Trotski fue Ramón Mercader, agente del NKVD."),
    ("es", "Pisístrato fue tirano de Atenas en el siglo VI a. C."),
    ("es", "Las ratas de los barcos llevaron la peste a los puertos del Mediterráneo."),
    ("es", "El campesino vendió sus cerdos en la feria de Medina."),
    ("es", "El bufón de Felipe IV aparece en varios retratos de Velázquez."),
    ("es", "Los diputados comunistas votaron la ley de reforma agraria."),
    ("en", "The communist deputies voted for the land reform."),
    ("en", "He was a lawyer in Arras before the Revolution."),
    ("en", "His father was a butcher in Gori."),
    ("en", "The rats of the ships carried the plague to the Mediterranean ports."),
    ("en", "The farmer sold his pigs at the autumn fair."),
    ("en", "The court jester of Henry VIII was called Will Somers."),
    ("es", "LA OTAN Y EL PACTO DE VARSOVIA FIRMARON EL TRATADO EN 1990."),
    ("en", "CHAPTER ONE: THE WAR IN THE EAST"),
    ("en", "NATO and the USSR signed the treaty in 1990."),
    # a demonym before "Jews" names a population, not a person (after blind8's run: "the European Jews")
    ("en", "Soviet Jews emigrated to Israel in the 1970s."),
    ("en", "The Nazis murdered six million European Jews."),
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(
    by_language(FLAGGED, "es"),
    by_language(FLAGGED, "en"),
    [text for (text,) in by_language(NEUTRAL, "es")],
    [text for (text,) in by_language(NEUTRAL, "en")],
    check=overlaps,
)


def test_a_sentence_is_shouted_only_when_most_of_its_words_are_capitals(pipeline_en):
    doc = pipeline_en.models.get("en")("THE WAR IS LOST. NATO and the USSR signed the treaty.")
    assert [is_shouted(sentence) for sentence in doc.sents] == [True, False]
