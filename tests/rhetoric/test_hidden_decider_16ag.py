"""Round 16ag of #16 (fourteenth session): a hidden decision-maker above the state (tropes.yaml `hidden_decider`).

The decisions of government, war or office said to be really taken by a hidden group or elsewhere: power that
does not reside in the governments or the parliaments, a power set above the governments, the cleft "it is the
bankers who give the orders" / "son los especuladores los que mandan", a hidden group or a secret body choosing
leaders or policy or deciding the fate of the world, no office without the bankers' approval, making and
breaking governments. Beside the history that shares the words: a cabinet or the Allies deciding, a favourite
governing for the king, power that did not rest with a parliament but with the king, the constitution's
sovereignty, the central bank's policy, a king's consent, the Praetorian Guard. The rules alone (conftest.py).
Sentences written for the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

CN = "Conspiracy_Narrative"

FLAGGED_ES = [
    (
        "Hoy el poder político no reside en los gobiernos ni en los parlamentos.",
        "poder político no reside en los gobiernos",
        CN,
    ),
    ("Es un poder que no reside en los palacios presidenciales.", "poder que no reside en los palacios", CN),
    ("Por encima de los gobiernos se sitúa un poder que nadie ha elegido.", "Por encima de los gobiernos se sitúa", CN),
    ("Hoy los especuladores son los que mandan en Europa.", "especuladores son los que mandan", CN),
    ("Los banqueros eligen a los presidentes y a los ministros.", "banqueros eligen a los presidentes", CN),
    (
        "Cada año los poderosos se reúnen en secreto para decidir el destino del mundo.",
        "decidir el destino del mundo",
        CN,
    ),
    ("Sin el beneplácito de los banqueros nadie llega a la presidencia.", "Sin el beneplácito de los banqueros", CN),
    ("Los banqueros de Wall Street ponen y quitan presidentes a su antojo.", "ponen y quitan presidentes", CN),
    ("El club Bilderberg elige a los líderes de Europa.", "club Bilderberg elige a los líderes", CN),
]

FLAGGED_EN = [
    (
        "Real power does not reside in the parliaments or with the voters.",
        "power does not reside in the parliaments",
        CN,
    ),
    (
        "A hidden power has been placed above the governments of the West.",
        "power has been placed above the governments",
        CN,
    ),
    ("It is the bankers who dictate the policy of every government.", "It is the bankers who dictate", CN),
    ("It is the bankers who give the orders.", "It is the bankers who give the orders", CN),
    ("Every year the bankers choose the candidates of both parties.", "bankers choose the candidates", CN),
    ("The Bilderberg Group decides the foreign policy of the West.", "Bilderberg Group decides the foreign policy", CN),
    ("No one becomes president without the approval of the bankers.", "without the approval of the bankers", CN),
    ("The international bankers make and break governments at will.", "make and break governments", CN),
    ("The secret lodges decide the fate of the world.", "decide the fate of the world", CN),
]

# documented decisions and influence, constitutional descriptions, economics, a past cleft, a king's consent
NEUTRAL_ES = [
    "La soberanía nacional reside en el pueblo español.",
    "En la monarquía de los Austrias el poder no residía en las Cortes sino en el rey.",
    "El valido Godoy gobernó en nombre de Carlos IV durante años.",
    "En Yalta los aliados decidieron el destino de Polonia.",
    "El Banco Central Europeo fija los tipos de interés de la zona euro.",
    "El Consejo de Ministros decidió declarar la guerra en 1898.",
    "Los caciques eran los que decidían las elecciones en la Restauración.",
    "Ningún ministro podía ser nombrado sin el consentimiento del rey.",
    "Los pretorianos ponían y quitaban emperadores a su antojo.",
]

NEUTRAL_EN = [
    "Sovereignty resides in the people.",
    "Under the Stuarts, power did not rest with parliament but with the king.",
    "At Yalta the Allies decided the fate of Poland.",
    "The Congress of Vienna decided the borders of Europe.",
    "Monetary policy is set by the Federal Reserve.",
    "The British cabinet decided to declare war on Germany in August 1914.",
    "No minister could be appointed without the consent of the king.",
    "The Praetorian Guard made and broke emperors.",
    "It was the cabinet that decided the war.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
