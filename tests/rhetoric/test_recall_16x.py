"""Eleventh round of #16 (16x): an idea or a regime dismissed as a lie, contempt for other people's minds,
a political side named as a criminal mob, money named as a gang or a master, the whole press silent, and
(after blind11's first run) the brazen lie and a side's menace, each beside the history sentence that
shares its words (the rules alone; see conftest.py)."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LOADED = "Loaded_Language"
LABEL = "Name_Calling-Labeling"
PLOT = "Conspiracy_Narrative"
FEAR = "Appeal_to_Fear-Prejudice"

FLAGGED_ES = [
    ("El socialismo ha resultado ser un engaño.", "engaño", LOADED),
    ("La historia oficial es una gran mentira.", "mentira", LOADED),
    ("Fue una gran mentira, un fiasco convertido en persona.", "gran mentira", LOADED),
    ("El comunismo es una estafa descarada.", "estafa", LOADED),
    ("Hay gente tan ignorante que todavía lo defiende.", "gente tan ignorante", LABEL),
    ("La sociedad ignara aplaude cualquier cosa.", "sociedad ignara", LABEL),
    ("Esa estrategia despista a muchos ilusos.", "ilusos", LABEL),
    ("Unas turbas de criminales y de delincuentes comunes tomaron la ciudad.", "turbas de criminales", LABEL),
    ("Las turbas extremistas se adueñaron del pueblo.", "turbas extremistas", LABEL),
    ("El trust de banqueros impuso un tutor al presidente.", "trust de banqueros", PLOT),
    ("El poder del dinero se ha hecho dueño de todas las naciones.", "poder del dinero", PLOT),
    ("Los amos del dinero decidieron la guerra.", "amos del dinero", PLOT),
    ("El cártel bancario controla la Reserva Federal.", "cártel bancario", PLOT),
    (
        "Se reunía en secreto con Soros sin que ningún otro medio se hiciera eco de la reunión.",
        "ningún otro medio",
        PLOT,
    ),
    ("Ningún periódico informó de la reunión.", "Ningún periódico informó", PLOT),
    # after the first run of blind11 (not blind then): the brazen lie, a side's menace
    ("Recurren entonces a la mentira descarada.", "mentira descarada", LOADED),
    ("Estamos ante el peligro comunista.", "peligro comunista", FEAR),
    ("La Iglesia sufrió el azote comunista.", "azote comunista", FEAR),
]

FLAGGED_EN = [
    # round 16l: a lie ranked over a century is read as the superlative over history (labels.yaml
    # `superlative_over_history`, above `lie_judgement`, as lie_judgement's own comment asks)
    ("It is one of the biggest lies of the century.", "biggest lies", "Exaggeration-Minimisation"),
    ("Iniquity under a political mask was its whole miserable imposture.", "imposture", LOADED),
    ("The official history is a lie.", "lie", LOADED),
    ("The revolution was a sham.", "sham", LOADED),
    ("Only the gullible Left believes it.", "gullible Left", LABEL),
    ("The most oblivious dullards believe it.", "dullards", LABEL),
    ("The banking cartel disguised as a government agency took over.", "banking cartel", PLOT),
    ("The banking trust wrote the bill that befits them.", "banking trust", PLOT),
    ("The money power has made itself master of every nation in Europe.", "money power", PLOT),
    ("The money changers wished the Union to fail.", "money changers", PLOT),
    ("A private banking cabal had no allegiance to the country.", "banking cabal", PLOT),
    (
        "He was determined to free the country from the bondage of the international bankers.",
        "international bankers",
        PLOT,
    ),
    ("No newspaper reported the meeting.", "No newspaper reported", PLOT),
    ("None of the mainstream media mentioned it.", "mainstream media mentioned", PLOT),
    ("The war mongers in Washington wanted it.", "war mongers", LABEL),
    ("The history of the war is a deliberately concocted lie.", "concocted lie", LOADED),
    ("Some officials did not believe that the communist menace was real.", "communist menace", FEAR),
]

# the same words told as history: a person's lie, a wartime deception, a crowd, illiteracy as a fact,
# ignorance of something, banks and loans, a term of the period
NEUTRAL_ES = [
    "Goebbels defendía la técnica de la gran mentira.",
    "La Operación Fortitude fue un gran engaño táctico antes del desembarco.",
    "Su relato del rescate era mentira, según demostró el juez.",
    "El fraude electoral de 1933 fue denunciado por la prensa.",
    "El marxismo es una teoría económica y política.",
    "Una turba asaltó la Bastilla el 14 de julio.",
    "Las turbas anticlericales quemaron conventos en mayo de 1931.",
    "Una población mayoritariamente analfabeta vivía en el campo.",
    "Los campesinos, ignorantes de la derrota, siguieron combatiendo.",
    "Un sindicato bancario suscribió el empréstito de 1920.",
    "La banca internacional prestó fondos a Alemania tras la guerra.",
    "El poder de la banca creció durante el siglo XIX.",
    "Los dueños de la fábrica despidieron a cien obreros.",
    "El cártel de Medellín fue desmantelado en los años noventa.",
    "El socialismo ha resultado ser una fuerza política duradera.",
    "Ningún periódico publicó la noticia por la censura franquista.",
    "Ningún historiador menciona la batalla.",
    "El miedo al peligro comunista dominó la campaña de 1936.",
    "La propaganda franquista agitó el peligro rojo.",
]

NEUTRAL_EN = [
    "Hitler described the technique of the big lie in Mein Kampf.",
    "Operation Fortitude was a massive deception before the landings.",
    "His story of the rescue was a lie, the court found.",
    "Marxism is an economic and political theory.",
    "The mob stormed the Bastille.",
    "He was ignorant of the law and was convicted.",
    "A banking syndicate underwrote the 1920 loan.",
    "The banking houses of London lent to the Confederacy.",
    "The financial power of Britain grew in the nineteenth century.",
    "The Pujo Committee investigated the so-called money trust in 1912.",
    "International bankers lent heavily to Germany after the Dawes Plan.",
    "The Bankers Trust Company was founded in 1903.",
    "Many dupes of the Comintern later recanted, historians note.",
    "The public learned of the famine only in 1933.",
    "No Soviet newspaper reported the famine.",
    "No historian mentions the battle.",
    "McCarthy exploited fears of the communist menace.",
    "The Yellow Peril was a racist term of the period.",
    "The Truman Doctrine aimed to contain the communist threat.",
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
