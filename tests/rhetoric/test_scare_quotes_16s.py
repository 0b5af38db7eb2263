"""Round 16s of #16: scare quotes around ordinary words (Doubt). Two signals open a quotation beyond the old
closed list: a word of praise or warrant inside the marks (the words irony inverts: «liberación», “bendición”,
"the “brotherly nations”") and a doubting modifier right before them ("la tan cacareada «falsedad»",
"spurious federal “corruption” charges"), whatever the quoted word. The quotations of plain history stay
quiet: a period term or a nickname, a translation, a term after "the word", a label put by a labelling
verb, the words of a named speaker in reported speech ("Goebbels wrote that … a “success”"), a quoted verb
phrase. Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

DOUBT = "Doubt"

FLAGGED_ES = [
    ("Los vecinos recibieron con flores a sus «libertadores», que se quedaron cuarenta años.", "libertadores", DOUBT),
    ("Todos conocemos ya las «bondades» de la colectivización forzosa.", "bondades", DOUBT),
    ("El pueblo celebró la «bendición» del nuevo obispo impuesto por el régimen.", "bendición", DOUBT),
    ("Después llegó la tan cacareada «reconciliación» que nadie vio en los pueblos.", "reconciliación", DOUBT),
    ("Con su inventada «conjura monárquica» justificaron la purga del ejército.", "conjura monárquica", DOUBT),
    ("Aquella «civilización» llegó a las aldeas con fusiles y recaudadores.", "civilización", DOUBT),
]

FLAGGED_EN = [
    ("The villagers welcomed their “liberators” and lived under them for forty years.", "liberators", DOUBT),
    ("Moscow sent its “brotherly assistance” in tanks in August 1968.", "brotherly assistance", DOUBT),
    ("He spent seven years in prison on spurious federal “bribery” charges.", "bribery", DOUBT),
    ("The much-vaunted “reforms” left the peasants poorer than before.", "reforms", DOUBT),
    ("The regime's “success” was paid for with a million graves.", "success", DOUBT),
    ("They published bogus “memoirs of the front” to prove the story.", "memoirs of the front", DOUBT),
]

# the quotations neutral history is full of
NEUTRAL_ES = [
    "La palabra rusa «kulak» significa literalmente «puño».",
    "Los voluntarios de las Brigadas Internacionales eran conocidos como «brigadistas».",
    "Azaña escribió en sus diarios que la situación militar era «desesperada».",
    "Los «maquis» de León resistieron en los montes hasta 1951.",
    "Hitler quería «hacerse legítimo» ante los generales del ejército.",
    "El título de «libertador» se dio a Bolívar en Mérida en 1813.",
]

NEUTRAL_EN = [
    "The Russian word “kulak” literally means “fist”.",
    "The Union paid for the war with paper money known as “greenbacks”.",
    "In his diary Goebbels wrote that the campaign in Poland had been a “success”.",
    "The young radicals of the 1860s were nicknamed “nihilists” by their critics.",
    "The word “blessing” appears forty times in the charter.",
    "Chamberlain told the crowd that he had brought back “peace with honour”.",
]

(
    test_spanish_scare_quotes_are_flagged,
    test_english_scare_quotes_are_flagged,
    test_spanish_quotations_of_history_stay_quiet,
    test_english_quotations_of_history_stay_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
