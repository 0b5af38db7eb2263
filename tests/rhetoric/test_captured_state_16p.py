"""Round 16p of #16 (thirteenth session): the state captured by a hidden group (tropes.yaml `captured_state`).

Bankers, a sect, an elite or an emphatic "they themselves" said to hold the institutions of the state, the
press or the banks: taking or exercising control or influence over them, controlling them, placing "their
men" in their posts, appointing their officials. Beside the history that shares the words: a named party,
ruler, family or regime taking control, placing its supporters or appointing officials, an elite named by
its documented class, and the myth studied as a myth. The rules alone (conftest.py). Sentences written for
the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

CN = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("Los banqueros obtuvieron el control de la prensa de París.", "banqueros obtuvieron el control", CN),
    ("La masonería ejerce una enorme influencia en el gobierno.", "masonería ejerce una enorme influencia", CN),
    ("Los masones colocaron a sus hermanos en los ministerios.", "masones colocaron a sus hermanos", CN),
    ("Hoy los banqueros controlan los gobiernos de Europa.", "banqueros controlan los gobiernos", CN),
    ("Apenas se habla de ello en la prensa que ellos mismos controlan.", "ellos mismos controlan", CN),
    ("Los financistas que dominan los medios deciden las elecciones.", "financistas que dominan los medios", CN),
    ("Desde hace un siglo los banqueros nombran a los ministros.", "banqueros nombran a los ministros", CN),
    ("Ellos son los que deciden el rumbo de los gobiernos.", "Ellos son los que deciden el rumbo", CN),
]

FLAGGED_EN = [
    ("The bankers obtained control of the Paris press.", "bankers obtained control of the Paris press", CN),
    ("By 1900 they themselves had taken control of the government.", "they themselves had taken control", CN),
    ("They shaped policy by placing their men in positions of power.", "placing their men in positions", CN),
    ("Today the bankers control the governments of Europe.", "bankers control the governments", CN),
    ("The financiers who dominate the media decide the elections.", "financiers who dominate the media", CN),
    ("The press was entirely controlled by the bankers.", "controlled by the bankers", CN),
    ("The cabal appoints the ministers of every government.", "cabal appoints the ministers", CN),
    ("An elite has emerged to dominate political debate.", "elite has emerged to dominate political debate", CN),
]

# a named party, ruler, family or regime doing the same; a documented elite; the myth studied as a myth
NEUTRAL_ES = [
    "En octubre de 1917 los bolcheviques tomaron el control del Sóviet de Petrogrado.",
    "Stalin colocó a sus partidarios en los puestos clave de la secretaría.",
    "Los Médici controlaron el gobierno de Florencia durante buena parte del siglo XV.",
    "En 1933 el régimen nazi tomó el control de la prensa alemana.",
    "Tras la guerra, la élite militar controló el gobierno hasta 1955.",
    "Las familias que controlaban el gobierno de Venecia figuraban en el Libro de Oro.",
    "Franco nombró a los ministros de sus gobiernos entre militares y católicos.",
    "El mito del predominio judío sobre la prensa nació en el siglo XIX.",
]

NEUTRAL_EN = [
    "In October 1917 the Bolsheviks took control of the Petrograd Soviet.",
    "Stalin placed his supporters in key posts of the secretariat.",
    "The Medici controlled the government of Florence for most of the fifteenth century.",
    "In 1933 the Nazi regime took control of the German press.",
    "After the war the military elite controlled the government until 1955.",
    "The families who controlled the government of Venice were listed in the Golden Book.",
    "Napoleon appointed the prefects who ran every department of France.",
    "Six months after the election they took control of the government.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
