"""Name-calling and loaded language of history polemics, and labels told apart from descriptions."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

LABEL = "Name_Calling-Labeling"

FLAGGED_ES = [
    ("Stalin fue un monstruo sediento de sangre.", "monstruo", LABEL),
    ("El tirano georgiano exterminó a su propio pueblo.", "tirano georgiano", LABEL),
    ("Stalin, el tirano, firmó la orden.", "tirano", LABEL),
    ("Los bolcheviques eran una banda de criminales y asesinos.", "banda de criminales", LABEL),
    ("Los bolcheviques eran unos criminales.", "criminales", LABEL),
    ("Sus seguidores, una masa de fanáticos descerebrados, lo aplaudían todo.", "descerebrados", LABEL),
    ("La represión fue de una crueldad inhumana y sádica.", "crueldad inhumana", "Loaded_Language"),
    ("Su programa era puro trotskismo-fascismo disfrazado.", "trotskismo-fascismo", LABEL),
    ("Aquella reforma no era más que un colectivismo talibanista.", "colectivismo talibanista", LABEL),
    ("La secta comunista destrozó el país.", "secta comunista", LABEL),
    ("La llamada democracia soviética nunca existió.", "llamada democracia", "Doubt"),
    ("La «democracia» soviética celebraba elecciones sin candidatos.", "democracia", "Doubt"),
    ("La llamada «transición pacífica» fue un pacto.", "transición pacífica", "Doubt"),
    # contempt epithets (fourth round)
    ("Los malvados marxistas tomaron el poder.", "malvados marxistas", LABEL),
    ("El habilidoso y tramposo Rothschild ganó en la bolsa.", "tramposo Rothschild", LABEL),
    ("Beria y sus esbirros detuvieron a miles.", "sus esbirros", LABEL),
    # intensified judgements of cruelty (fourth round)
    ("Fue un dictador inhumano en su crueldad.", "crueldad", "Loaded_Language"),
    ("Aquel diluvio de sangre duró tres años.", "diluvio de sangre", "Loaded_Language"),
    ("El prisionero fue asesinado vilmente.", "vilmente", "Loaded_Language"),
    ("Las grandes masas fatalistas lo siguieron.", "masas fatalistas", LABEL),
]

FLAGGED_EN = [
    ("Stalin was a monster.", "monster", LABEL),
    ("The Georgian tyrant exterminated his own people.", "Georgian tyrant", LABEL),
    ("Stalin, the tyrant, signed the order.", "tyrant", LABEL),
    ("The Bolsheviks were a gang of criminals and murderers.", "gang of criminals", LABEL),
    ("His followers, a mob of brainless fanatics, applauded everything.", "brainless fanatics", LABEL),
    ("The repression was of an inhuman, sadistic cruelty.", "sadistic cruelty", "Loaded_Language"),
    ("His programme was pure Trotsky-fascism in disguise.", "Trotsky-fascism", LABEL),
    ("That land reform was nothing but Talibanist collectivism.", "Talibanist collectivism", LABEL),
    ("The communist cult destroyed the country.", "communist cult", LABEL),
    ("The so-called hero of the revolution fled the country.", "so-called hero", "Doubt"),
    ("The Soviet “liberation” of the Baltic states began in 1940.", "liberation", "Doubt"),
    ('The so-called "ethical" reforms were a sham.', "ethical", "Doubt"),
    ("Lenin's miserable Bolsheviks seized power.", "miserable Bolsheviks", LABEL),
    ("Dirty, dirty Winston Churchill.", "Winston Churchill", LABEL),
    ("Stalin's apologists still deny the famine.", "apologists", LABEL),
    ("This terrible savagery went on for years.", "savagery", "Loaded_Language"),
    ("A river of blood flowed through the Ukraine.", "river of blood", "Loaded_Language"),
    ("The prisoner was vilely murdered.", "vilely", "Loaded_Language"),
    ("The rootless masses followed him.", "rootless masses", LABEL),
]


NEUTRAL_ES = [
    "La llamada Oposición de Izquierda se formó en 1923 en torno a Trotski.",
    "El llamado Grupo de los Cuarenta y Seis firmó una carta al Comité Central.",
    "Pisístrato fue tirano de Atenas en el siglo VI a. C.",
    "Los criminales de guerra nazis fueron juzgados en Núremberg.",
    "La policía detuvo a una banda de ladrones que asaltaba joyerías.",
    "La reforma agraria socialista repartió las tierras de los latifundios.",
    "La palabra «soviet» significa consejo.",
    "El presunto asesino fue detenido dos días después.",
    "Su padre era carnicero en un pueblo de Galicia.",
    "El ministro defendió una política partidista frente a la oposición.",
    "La reforma centrista del gobierno rebajó los impuestos.",
    "Los campesinos miserables morían de hambre en 1921.",
    "La guerra sucia en Argentina empezó en 1976.",
    "El río Ebro atraviesa Zaragoza.",
    "Las masas campesinas apoyaron la reforma agraria.",
]

NEUTRAL_EN = [
    "The so-called Left Opposition formed around Trotsky in 1923.",
    "The so-called Group of Forty-Six sent a letter to the Central Committee.",
    "Pisistratus was tyrant of Athens in the sixth century BC.",
    "Nazi war criminals were tried at Nuremberg.",
    "The police arrested a gang of thieves who robbed jewellers.",
    "The socialist land reform divided the great estates.",
    "The word 'soviet' means council.",
    "His father was a butcher in a Galician village.",
    "The ministry followed an elitist policy of appointments.",
    "The revisionist school of historians rejected that account.",
    "The miserable peasants starved in 1921.",
    "The Dirty War in Argentina began in 1976.",
    "The blood supply of the army ran short in 1916.",
    "The peasant masses supported the land reform.",
]


(
    test_spanish_labels_are_flagged,
    test_english_labels_are_flagged,
    test_spanish_descriptions_are_not_labels,
    test_english_descriptions_are_not_labels,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_label_entries_have_their_own_explanations(lang):
    labels = {entry.id: entry for entry in load_language(lang).labels}
    assert {"monster_tyrant_epithet", "criminal_political_label", "invented_ist_label", "contempt_epithet"} <= set(
        labels
    )
    # the ninth round's judgements of cruelty and dismissals are loaded language, and the eleventh round's
    # menace of a side (16x) an appeal to fear, and round 16l's superlative over history an exaggeration,
    # read the same way
    assert all(
        entry.technique in {LABEL, "Loaded_Language", "Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation"}
        and "{text}" in entry.explanation
        for entry in labels.values()
    )
    assert {labels["cruelty_judgement"].technique, labels["dismissive_label"].technique} == {"Loaded_Language"}


def test_a_quoted_label_after_a_labelling_verb_stays_the_speakers(pipeline_es):
    analysis = pipeline_es.analyze_text("Stalin llamó «traidores» a los viejos bolcheviques.")
    flag = next(flag for flag in analysis.flags if flag.text == "traidores")
    assert flag.technique == LABEL and flag.voice == "attributed" and flag.speaker == "Stalin"
