"""Round 16ah of #16 (fourteenth session): Marxist-polemic invective (labels.yaml `party_invective` and
`party_invective_line`, the coined slurs of lexicon.yaml).

The class and party insults of Stalinist, Maoist, Trotskyist and anti-communist polemic as a label in the writer's
voice: a slur on a group of contempt ("la camarilla revisionista", "the opportunist opposition"), a coined slur on
party people ("los dirigentes jruschovistas", "the Khrushchovite revisionists"), class as an insult on a voice
("historiador burgués", "the bourgeois press"), a mark of concealment or contempt on the slur ("un revisionista
encubierto", "a concealed revisionist"), the slur on a party line ("la línea oportunista"), and the stock coinages
("socialchovinistas", "renegado del marxismo", "running dogs", "capitalist roaders", "the clerk of American
imperialism"). Beside them the history that shares the words: the bourgeoisie and the bourgeois revolution, the
Mensheviks and the kulaks as a faction and a class, the Reds of the Russian Civil War, the Trotskyists as a
movement, revisionist historians and the revisionist wing of the SPD, a revisionist state between the wars,
Revisionist Zionism, the renegades of Algiers. The rules alone
(conftest.py). Sentences written for the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LABEL = "Name_Calling-Labeling"
LOADED = "Loaded_Language"

FLAGGED_ES = [
    ("La camarilla revisionista de Belgrado vendió la revolución.", "camarilla revisionista", LABEL),
    ("La oposición oportunista volvió a sabotear el congreso.", "oposición oportunista", LABEL),
    ("Los dirigentes jruschovistas entregaron las fábricas al mercado.", "dirigentes jruschovistas", LABEL),
    ("El folleto repite las calumnias de un historiador burgués de Harvard.", "historiador burgués", LABEL),
    ("La prensa burguesa calló la huelga durante semanas.", "prensa burguesa", LABEL),
    ("Aquel secretario era un revisionista encubierto.", "revisionista encubierto", LABEL),
    ("La línea oportunista del comité llevó al partido a la ruina.", "línea oportunista", LOADED),
    ("Los socialchovinistas votaron los créditos de guerra.", "socialchovinistas", LABEL),
    ("Kautsky, renegado del marxismo, predicaba la conciliación.", "renegado del marxismo", LABEL),
]

FLAGGED_EN = [
    ("The revisionist clique in Belgrade sold out the revolution.", "revisionist clique", LABEL),
    ("The Khrushchovite revisionists abandoned the proletarian dictatorship.", "Khrushchovite revisionists", LABEL),
    ("The bourgeois press kept silent about the strike for weeks.", "bourgeois press", LABEL),
    ("That secretary was a concealed revisionist all along.", "concealed revisionist", LABEL),
    ("The opportunist line of the committee ruined the party.", "opportunist line", LOADED),
    ("These social-chauvinists voted for the war credits.", "social-chauvinists", LABEL),
    ("The running dogs of imperialism will be swept away.", "running dogs", LABEL),
    ("Kautsky, a renegade from Marxism, preached class peace.", "renegade from Marxism", LABEL),
    ("The prime minister has become the clerk of American imperialism.", "clerk of American imperialism", LABEL),
]

# the words as history's terms
NEUTRAL_ES = [
    "La burguesía catalana apoyó el golpe de Primo de Rivera en 1923.",
    "La revolución burguesa de 1789 acabó con los privilegios señoriales.",
    "Los mencheviques sostenían que Rusia necesitaba primero una revolución burguesa.",
    "Los kulaks se resistieron a la colectivización sacrificando su ganado.",
    "Los historiadores revisionistas de los años sesenta culparon a Washington de la Guerra Fría.",
    "El ala revisionista del SPD, encabezada por Eduard Bernstein, renunció a la revolución.",
    "Hungría fue un estado revisionista durante todo el periodo de entreguerras.",
    "Los renegados cristianos de Argel servían como arráeces en la flota del bey.",
    "Los trotskistas fundaron la Cuarta Internacional en París en 1938.",
    "Muchos pequeñoburgueses votaron a los nazis en 1932.",
    "La prensa obrera de Barcelona apoyó la huelga de La Canadiense en 1919.",
]

NEUTRAL_EN = [
    "The bourgeois revolution of 1789 swept away seigneurial privilege.",
    "The Mensheviks held that Russia needed a bourgeois revolution first.",
    "The kulaks resisted collectivization by slaughtering their livestock.",
    "The Reds defeated the Whites in the Crimea in November 1920.",
    "The Trotskyists founded the Fourth International in Paris in 1938.",
    "Revisionist historians of the 1960s blamed Washington for the Cold War.",
    "The revisionist wing of the SPD was led by Eduard Bernstein.",
    "Hungary was the most revisionist state of interwar Europe.",
    "Jabotinsky founded the Revisionist Zionist movement in 1925.",
    "The Red Guards paraded Liu Shaoqi through Beijing in 1967.",
    "The Barbary corsairs often sailed under renegade captains from Genoa.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
