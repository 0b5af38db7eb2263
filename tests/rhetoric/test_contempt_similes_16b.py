"""Round 16b of #16 (thirteenth session): similes and comparisons of contempt (labels.yaml `contempt_simile`
and `contempt_simile_thing`, es and en).

A person, a group, an idea or an act compared (like, as … as, similar to, tantamount to, mirrors; como, cual,
al igual que, se asemeja a, emular, no dista de) to vermin, a devil or a monster, gangsters, a fanatic, a
disease, the mob, a cult or a fantasy. Beside them the history that shares the words: a disease or an animal
compared with its own kind ("la gripe se propagó como otros virus", "black rats, like the fleas they carried"),
a manner idiom ("fought like devils"), a role or a portrait ("described as a monster", "painted the devil
resembling a beast"), people treated like animals, and "such as" examples ("enfermedades como la peste",
"organizations like the Mafia"). The rules alone (conftest.py). Sentences written for the tests, none taken
from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests, overlaps

LABEL = "Name_Calling-Labeling"
LOADED = "Loaded_Language"

FLAGGED_ES = [
    ("Los diputados se comportaron como auténticos gánsteres en la votación.", "como auténticos gánsteres", LABEL),
    ("Los comisarios saqueaban las aldeas como ratas.", "como ratas", LABEL),
    ("Aquellos ministros devoraban el presupuesto cual sanguijuelas.", "cual sanguijuelas", LABEL),
    ("El partido actúa como una auténtica secta.", "como una auténtica secta", LOADED),
    ("Esa ideología se extendió por Europa como un cáncer.", "como un cáncer", LOADED),
    ("Su programa es tan real como un unicornio.", "como un unicornio", LOADED),
    ("Sin embargo, los concejales se portan como mafiosos.", "como mafiosos", LABEL),
]

FLAGGED_EN = [
    ("The commissars behaved like gangsters.", "like gangsters", LABEL),
    ("The new commissar looks like Lucifer.", "like Lucifer", LABEL),
    ("The party spread through the unions like a cancer.", "like a cancer", LOADED),
    ("He ran the ministry like a crime family.", "crime family", LOADED),
    ("Their program is as real as a unicorn.", "unicorn", LOADED),
    ("The senators behaved like the mob.", "like the mob", LOADED),
    ("Like a religious zealot, he purged the party.", "zealot", LABEL),
]

NEUTRAL_ES = [
    "La peste se extendió por Europa como un incendio.",
    "Las ratas, igual que las pulgas, llegaron en los barcos de grano.",
    "La gripe se propagó por los cuarteles como otros virus.",
    "Suetonio describió a Calígula como un monstruo.",
    "Los bestiarios describían al unicornio como un caballo blanco.",
    "Los defensores lucharon como demonios en el asedio de Zaragoza.",
    "Enfermedades como la peste y el cólera diezmaron la ciudad.",
    "La mafia siciliana nació como una red de guardas de fincas.",
    "Los prisioneros fueron tratados como animales.",
]

NEUTRAL_EN = [
    "The plague spread through Europe like wildfire.",
    "Black rats, like the fleas they carried, came on the grain ships.",
    "The influenza spread through the camps like other viruses.",
    "Suetonius portrayed Caligula as a monster.",
    "The Confederates fought like devils at Chickamauga.",
    "Organizations like the Mafia grew during Prohibition.",
    "Medieval artists painted the devil resembling a bat-winged beast.",
    "The prisoners were treated like animals.",
    "Diseases such as cholera and typhus killed thousands.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=overlaps)
