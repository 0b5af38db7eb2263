"""The five rule classes of the sixth round of #16 (16f), each with the neutral history that shares its
words: the hidden hand, a cabal seizing control, the puppet of a named master, dehumanizing labels,
and "what they don't want you to know" (docs/rhetoric.md, "Sixth round of #16")."""

from __future__ import annotations

from rhetoric.class_harness import by_language, class_tests, overlaps

CN, LABEL, EX = "Conspiracy_Narrative", "Name_Calling-Labeling", "Exaggeration-Minimisation"

FLAGGED = [
    ("en", "Behind the scenes, the Rothschild family chose every prime minister.", "Behind the scenes", CN),
    ("en", "The same bankers have pulled the strings of every government since Waterloo.", "pulled the strings", CN),
    ("en", "Who was really behind the assassination of the archduke?", "behind the assassination", CN),
    ("en", "The invisible government decided the outcome of the war.", "invisible government", CN),
    ("en", "A cabal of financiers seized control of the nation in 1913.", "seized control of the nation", CN),
    ("en", "The cabinet is full of Rothschild puppets.", "Rothschild puppets", CN),
    ("en", "The Bolshevik vermin spread through the factories.", "Bolshevik vermin", LABEL),
    ("en", "The Jacobins were a plague that infected the whole country.", "plague", LABEL),
    ("en", "They don't want you to know who paid for the war.", "want you to know", CN),
    ("es", "Entre bastidores, los banqueros de Londres eligieron a cada presidente.", "Entre bastidores", CN),
    ("es", "Los mismos financieros mueven los hilos de todos los gobiernos desde Waterloo.", "mueven los hilos", CN),
    ("es", "¿Quién estaba de verdad detrás del asesinato del archiduque?", "detrás", CN),
    ("es", "Los amos invisibles decidieron el resultado de la guerra.", "amos invisibles", CN),
    ("es", "Una camarilla de financieros se apoderó de la nación en 1913.", "se apoderó de la nación", CN),
    ("es", "Los parásitos comunistas se extendieron por las fábricas.", "parásitos comunistas", LABEL),
    ("es", "Los jacobinos eran una plaga que infectó a todo el país.", "plaga", LABEL),
    ("es", "No quieren que sepas quién pagó la guerra.", "quieren que sepas", CN),
    # the Spanish neutral classes of this round, their rhetorical side
    ("es", "Los financieros son el auténtico gobierno en la sombra de Occidente.", "gobierno en la sombra", CN),
    ("en", "The financiers are the true shadow government of the West.", "shadow government", CN),
    ("es", "Nunca en la historia se vio una mentira tan descarada.", "Nunca en la historia", EX),
    ("en", "Never in history has there been such a shameless lie.", "Never in history", EX),
    # an event let happen or planned on purpose
    ("en", "The attack on the fleet was allowed to happen.", "allowed to happen", CN),
    ("en", "The explosion was nothing but a false flag.", "false flag", CN),
    ("es", "Se dejó que el atentado ocurriera para justificar la invasión.", "dejó que el atentado ocurriera", CN),
    ("es", "Aquel atentado no fue más que una falsa bandera.", "falsa bandera", CN),
]

NEUTRAL = [
    ("en", "Behind the scenes of the Congress of Berlin, Bismarck bargained with Disraeli."),
    ("en", "The puppeteers of the Lyon theatre pulled the strings of Guignol by hand."),
    ("en", "The chronicler asked who stood behind the murder and named the king's brother."),
    ("en", "Adam Smith's invisible hand is a metaphor for markets without a planner."),
    ("en", "In 1649 Parliament took over the government of England."),
    ("en", "The landed elite ruled the country until the reform of 1832."),
    ("en", "Wang Jingwei led a Japanese puppet government in Nanjing."),
    ("en", "Rats and their fleas carried the plague to Marseille in 1720."),
    ("en", "The physicians of Paris bought leeches by the thousand."),
    ("en", "The regime did not want the foreign press to know about the famine."),
    ("es", "Entre bastidores del Congreso de Berlín, Bismarck negoció con Disraeli."),
    ("es", "Los titiriteros del teatro de Lyon movían los hilos del guiñol a mano."),
    ("es", "Tras el telón de acero, la censura era total."),
    ("es", "En 1649 el Parlamento se apoderó del gobierno de Inglaterra."),
    ("es", "La élite terrateniente dominaba el país hasta la reforma de 1832."),
    ("es", "Manchukuo fue un estado títere japonés."),
    ("es", "Los peones de la hacienda trabajaban de sol a sol."),
    ("es", "Las ratas y sus pulgas llevaron la peste a Marsella en 1720."),
    ("es", "Los médicos de París compraban sanguijuelas por millares."),
    ("es", "El régimen no quería que la prensa extranjera supiera de la hambruna."),
    ("es", "La portavoz de la oposición habló en nombre del gobierno en la sombra."),
    ("en", "The opposition's shadow government met at Westminster."),
    ("es", "Nunca en la historia de Castilla se habían acuñado tantas monedas de plata."),
    ("en", "Never in history had so many letters crossed the Atlantic in one year."),
    ("en", "The Mukden incident was a false flag operation staged by Japanese officers in 1931."),
    ("es", "El incidente de Mukden fue una operación de falsa bandera montada por oficiales japoneses en 1931."),
    ("es", "El rey permitió que los moriscos se quedaran en Valencia hasta 1609."),
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
