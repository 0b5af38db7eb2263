"""Ninth round of #16 (16r): cruelty judged rather than described, an idea dismissed as a farce, hordes
and gangs said of a political group, each beside the history sentence that shares its words."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LOADED = "Loaded_Language"
LABEL = "Name_Calling-Labeling"

FLAGGED_ES = [
    ("Fue un ataque brutal y despiadado contra los civiles.", "brutal y despiadado", LOADED),
    ("Stalin fue un cruel dictador.", "cruel dictador", LOADED),
    ("Su primitivo y brutal salvajismo bolchevique lo arrasó todo.", "salvajismo", LOADED),
    ("Era tan criminal sistema que nadie sobrevivía.", "tan criminal", LOADED),
    ("La libertad de expresión es un chiste.", "chiste", LOADED),
    ("Esta tesis es una absoluta farsa legal.", "farsa", LOADED),
    ("Vivían bajo la falsa democracia del Frente Popular.", "falsa democracia", LOADED),
    ("Las hordas marxistas avanzaban sobre Madrid.", "hordas marxistas", LABEL),
    ("Los asesinos comunistas entraron en el pueblo.", "asesinos comunistas", LABEL),
    ("Putin y su pandilla saquearon el país.", "pandilla", LABEL),
    ("Aquel asesino de hombres, mujeres y niños murió en su cama.", "asesino", LABEL),
]

FLAGGED_EN = [
    ("It was a savage, heartless attack on the people.", "savage, heartless", LOADED),
    ("The ruthless Communist Cuban dictatorship jailed them.", "ruthless", LOADED),
    ("His venomous hatred of the church was known.", "venomous hatred", LOADED),
    ("It was one brutal and treacherous murder the more.", "brutal and treacherous", LOADED),
    ("The trial was a monumental absurdity.", "absurdity", LOADED),
    ("This farce must end.", "farce", LOADED),
    ("They lived under a fake democracy.", "fake democracy", LOADED),
    ("The Red hordes swept west.", "hordes", LABEL),
    ("Putin and his gang looted the country.", "gang", LABEL),
    ("The communist mafia ran the port.", "mafia", LABEL),
]

# the same words told as history: one adjective before a deed, a state's name, a thing
NEUTRAL_ES = [
    "La persecución fue real y brutal.",
    "Batu Kan creó la Horda de Oro.",
    "Los defensores opusieron una feroz resistencia.",
    "El circo romano ocupaba el centro de la ciudad.",
    "La recogida de basura se interrumpió durante la huelga.",
    "La brutal represión de la revuelta dejó cientos de muertos.",
    "La Causa General reunió los delitos cometidos en la zona republicana.",
    "La camarilla de Fernando VII conspiraba en palacio.",
    "Mercader fue el asesino de Trotski.",
]

NEUTRAL_EN = [
    "Criminality was rampant, punishment brutal, prison for debt was common.",
    "The Golden Horde ruled the Russian principalities.",
    "The defenders put up a fierce resistance.",
    "The circus came to town in 1890.",
    "Police dismantled a criminal organization that smuggled cigarettes.",
    "He told a joke to the king.",
    "The famine of 1921 was no joke for the Volga peasants.",
    "The mob stormed the Bastille.",
    "The Gang of Four was arrested in 1976.",
]


(
    test_spanish_judgements_are_flagged,
    test_english_judgements_are_flagged,
    test_spanish_descriptions_stay_quiet,
    test_english_descriptions_stay_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
