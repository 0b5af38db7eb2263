"""Round 16k of #16 (twelfth session): finance as the author of war and power (tropes.yaml `finance_as_author`).

Bankers, financiers or "the wealthy" made the agents of a war, a revolution, a change of rulers or the
government of a country. Beside the economic history that shares the words: bankers lending to a crown,
paying for an election, halting a panic, owning a bank, being ruined or expropriated, and a committee asking
*whether* bankers pushed a country into war. The rules alone (conftest.py). Sentences written for the tests,
none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

CN = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("Los banqueros de Londres provocaron la guerra de Crimea.", "banqueros de Londres provocaron la guerra", CN),
    ("La revolución de 1848 fue organizada por los banqueros de París.", "organizada por los banqueros", CN),
    ("Un puñado de banqueros derrocó al gobierno de Mossadegh.", "puñado de banqueros derrocó al gobierno", CN),
    ("La banca internacional derribó al zar.", "banca internacional derribó al zar", CN),
    ("En Europa los banqueros son los que mandan.", "banqueros son los que mandan", CN),
    ("Los especuladores hacen la política de las naciones.", "especuladores hacen la política", CN),
    ("Los banqueros arrastraron a Estados Unidos a la guerra.", "banqueros arrastraron a Estados Unidos", CN),
]

FLAGGED_EN = [
    ("The London bankers started the Crimean War.", "bankers started the Crimean War", CN),
    ("The revolution of 1848 was planned by the Paris bankers.", "was planned by the Paris bankers", CN),
    ("The bankers tried to topple the government of Mossadegh.", "bankers tried to topple the government", CN),
    ("The financiers had the Tsar assassinated.", "financiers had the Tsar assassinated", CN),
    ("He was brought to power by the Wall Street bankers.", "brought to power by the Wall Street bankers", CN),
    ("Today the bankers are the ones who run the country.", "bankers are the ones who run", CN),
    ("The bankers dragged the nation into the war.", "bankers dragged the nation into the war", CN),
    ("The Great War was a project of the financial oligarchy.", "War was a project of the financial oligarchy", CN),
]

# the same actors and verbs as economic history, as victims, in the past of a ruling family, or as a question
NEUTRAL_ES = [
    "Los banqueros genoveses prestaron a Felipe II el dinero de sus tercios.",
    "Jakob Fugger financió la elección de Carlos V en 1519.",
    "J. P. Morgan organizó un consorcio de banqueros para detener el pánico de 1907.",
    "Los banqueros fueron asesinados durante el saqueo de la ciudad.",
    "El gobierno revolucionario nacionalizó los bancos en 1918.",
    "Los Médici eran los que gobernaban Florencia.",
    "La comisión investigó si los banqueros habían arrastrado al país a la guerra.",
    "Los banqueros temían que la guerra arruinara el crédito de Londres.",
    "Los banqueros que habían perdido dinero en la guerra quisieron recuperar sus préstamos.",
]

NEUTRAL_EN = [
    "The Genoese bankers lent Philip II the money for his armies.",
    "Jakob Fugger financed the election of Charles V in 1519.",
    "J.P. Morgan organized a syndicate of bankers to halt the Panic of 1907.",
    "Several bankers were killed when the mob sacked the city.",
    "The revolutionary government nationalized the banks in 1918.",
    "The Medici were the ones who ruled Florence.",
    "The committee investigated whether bankers had dragged the country into the war.",
    "The bankers feared that the war would wreck London's credit.",
    "The bankers who had lost money in the war wanted to recover their loans.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
