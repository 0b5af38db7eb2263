"""Round 16c of #16: the cover-up with no named censor (the truth kept from "us", the media or historians
as a body supplying falsehood, a vague power that, in the present, tries to hide) and the hidden
controllers (an unseen few ruling a realm, those who "really" run it, the controllers said to stay
hidden), each beside the history sentence that shares its words: a named concealer, a specific thing
concealed, a regime's documented censorship (the rules alone; see conftest.py)."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

PLOT = "Conspiracy_Narrative"

FLAGGED_ES = [
    # the truth kept from the reader
    ("Esto es lo que no te cuentan sobre la guerra.", "lo que no te cuentan", PLOT),
    ("Nunca nos contarán la verdad sobre aquel verano.", "Nunca nos contarán la verdad", PLOT),
    ("Hay cosas que no quieren que sepamos.", "no quieren que sepamos", PLOT),
    ("La prensa no se atreve a contar la verdad sobre el golpe.", "no se atreve a contar la verdad", PLOT),
    # the media or the books as a body supplying falsehood
    ("Los medios nos venden una versión fabricada de los hechos.", "venden una versión fabricada", PLOT),
    ("La manipulación mediática nos mantiene dormidos.", "manipulación mediática", PLOT),
    ("Los medios silencian todo lo que les molesta.", "medios silencian", PLOT),
    ("Las mentiras de los libros de texto siguen ahí.", "mentiras de los libros", PLOT),
    ("Nos imponen la versión oficial de la guerra.", "imponen la versión oficial", PLOT),
    # a vague power that, in the present, tries to hide
    ("Aunque los políticos intenten ocultarlo, la verdad saldrá.", "intenten ocultarlo", PLOT),
    # hidden controllers
    ("Quienes mandan de verdad siguen ocultos en la sombra.", "mandan de verdad siguen ocultos", PLOT),
    ("Un puñado de familias mueve los hilos invisibles de la economía.", "hilos invisibles", PLOT),
    ("Los verdaderos gobernantes son poderes ocultos.", "poderes ocultos", PLOT),
    ("Los dueños del planeta deciden nuestras guerras.", "dueños del planeta", PLOT),
    ("Son los que gobiernan el mundo desde hace siglos.", "los que gobiernan el mundo", PLOT),
]

FLAGGED_EN = [
    # the truth kept from the reader
    ("These are facts the press would rather you didn't know.", "rather you didn't know", PLOT),
    ("That is all we are allowed to know about the war.", "we are allowed to know", PLOT),
    ("The historians will never tell you who paid for it.", "never tell you", PLOT),
    ("The mainstream press dares not tell the truth about the revolution.", "tell the truth", PLOT),
    # the media or historians as a body supplying falsehood
    ("Court historians have provided disinformation for decades.", "provided disinformation", PLOT),
    ("The newspapers sold the public fake stories about the crisis.", "sold the public fake stories", PLOT),
    ("The corporate media lies about everything.", "media lies", PLOT),
    ("And the press hides all of it from the public.", "press hides", PLOT),
    ("Look at the lies in our textbooks.", "lies in our textbooks", PLOT),
    ("They keep it out of the school books.", "keep it out of the school books", PLOT),
    ("The true history is deliberately hidden.", "history is deliberately hidden", PLOT),
    # hidden controllers
    ("Faceless men in the shadows run the country.", "run the country", PLOT),
    ("The nation is governed by an unseen elite.", "governed by an unseen elite", PLOT),
    ("Ask yourself who really controls the economy.", "who really controls the economy", PLOT),
    ("The families that own the world meet every summer.", "families that own the world", PLOT),
    ("Hidden networks are pulling the strings.", "networks are pulling the strings", PLOT),
    ("The true power lies in the shadows.", "power lies in the shadows", PLOT),
    ("The real rulers remain hidden.", "rulers remain hidden", PLOT),
]

NEUTRAL_ES = [
    # a named concealer, a specific thing concealed: documented censorship
    "La censura soviética ocultó las cifras de la hambruna durante décadas.",
    "El Gobierno intentó ocultar la matanza, como demostraron los historiadores con documentos del archivo.",
    "Los archivos permanecieron cerrados hasta 1991.",
    "Sus padres nunca le contaron lo que había ocurrido en la guerra.",
    "Los soldados no nos dijeron adónde íbamos, recordaba una deportada.",
    "Los periódicos de la capital publicaron propaganda del gobierno durante la guerra.",
    "La propaganda franquista difundió mentiras sobre Guernica.",
    "El régimen impuso una versión oficial de la guerra en las escuelas.",
    "Los libros de texto de la dictadura omitían la represión.",
    # a named power behind a ruler, an agent who stayed hidden
    "Godoy movía los hilos de la política española desde el palacio.",
    "Los agentes secretos de la policía política permanecieron ocultos en la ciudad.",
    "El historiador sostiene que los servicios de inteligencia mantuvieron ocultos los documentos.",
    "Rasputín aconsejaba sobre nombramientos políticos y su influencia creció en 1915.",
    "Los Habsburgo gobernaron medio mundo en el siglo XVI.",
    "Los dueños de la fábrica cerraron en 1931.",
    "Un grupo oculto de oficiales preparó el golpe de 1952.",
    "En 1933 la prensa oficial oculta la hambruna y publica cifras de cosecha.",
]

NEUTRAL_EN = [
    "The government concealed the famine, as the historian Robert Conquest showed with documents from the archives.",
    "The archives were closed until 1991, and historians could not see the files.",
    "Soviet citizens were not allowed to read foreign newspapers.",
    "Father Joseph never told the king what the cardinal had planned.",
    "The New York Times, along with the rest of the American press, obscured and downplayed the famine.",
    "Newspapers in Madrid published false reports of a Republican victory during the first days of the war.",
    "The census data were locked away for half a century.",
    "Wartime newspapers fed the public propaganda about the front.",
    "Real power lay in the hands of the Military Revolutionary Committee, which met in secret.",
    "Rasputin was widely believed to be the man who really ruled Russia while Nicholas was at the front.",
    "The British Empire ruled a quarter of the world by 1920.",
    "The men who ruled the world at Versailles redrew the map of Europe.",
    "The puppeteers pulled the strings of the marionettes.",
    "The spies remained hidden in Lisbon until 1944.",
    "The treasure was deliberately hidden by the monks.",
    "A secret group of officers ran the country after 1952.",
    "In 1933 the press ignores the famine and prints harvest figures.",
    "The press ignored the famine.",
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
