"""Thirteenth round of #16 (16t): the conspiracy tropes as dependency frames. Each frame needs the hidden
or controlling reading (always the same few, orders from a hidden master, nothing but a puppet, EVERY
department infiltrated, chance denied, a vague "someone" needing a pretext, knowing and letting it happen,
the silenced dissenter), and each stands beside the plain history that shares its words (the rules alone;
see conftest.py). Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT, JEW = "Conspiracy_Narrative", "Antisemitic_Framing"

FLAGGED_ES = [
    ("hidden_hand", "Los mismos de siempre controlan la política del país.", PLOT),
    ("hidden_hand", "Unos pocos banqueros deciden la política de todo el continente.", PLOT),
    ("hidden_orders", "Los ministros recibían sus instrucciones de los banqueros.", PLOT),
    ("hidden_orders", "Las órdenes venían de la logia.", PLOT),
    ("puppet_of_master", "El zar no era más que un títere de su corte.", PLOT),
    ("puppet_of_master", "Mussolini era un simple agente de la banca inglesa.", PLOT),
    ("infiltration", "Los comunistas se infiltraron en cada ministerio.", PLOT),
    ("not_by_chance", "El naufragio no ocurrió por casualidad.", PLOT),
    ("nothing_is_chance", "Nada de aquello fue fruto del azar.", PLOT),
    ("war_pretext", "Alguien necesitaba un pretexto para entrar en la guerra.", PLOT),
    ("foreknowledge_as_proof", "El rey sabía que el asalto se preparaba y ocultó la noticia a sus generales.", PLOT),
    ("engineered_event", "Las guerras se deciden con años de antelación en despachos cerrados.", PLOT),
    ("silenced_dissent", "Quien lo cuenta en público es silenciado enseguida.", PLOT),
    ("silenced_dissent", "Los periódicos tienen orden de no hablar del asunto.", PLOT),
    ("media_cover_up", "La verdad quedó enterrada en los archivos.", PLOT),
    ("ethnic_religious_agent", "Los diputados recibían órdenes de la sinagoga.", JEW),
    ("infiltration", "Lo enviaron para destruir la Iglesia desde dentro.", PLOT),
    ("secret_society", "La abdicación fue pactada en las logias.", PLOT),
]

FLAGGED_EN = [
    ("hidden_hand", "The same families have decided every election for a century.", PLOT),
    ("hidden_orders", "The ministers took their orders from the lodge.", PLOT),
    ("hidden_orders", "The bankers gave the orders and the cabinet obeyed.", PLOT),
    ("puppet_of_master", "The Tsar was a mere puppet of his court.", PLOT),
    ("puppet_of_master", "He was nothing but a tool of the oil companies.", PLOT),
    ("infiltration", "Communists had burrowed into every ministry of the government.", PLOT),
    ("infiltration", "Dozens of communist agents sat in the Treasury, writing policy.", PLOT),
    ("not_by_chance", "The ship did not sink by accident.", PLOT),
    ("war_pretext", "Someone in London needed a pretext.", PLOT),
    # (the lexicon already has "sacrificed … to drag … into war"; this frame reads other verbs of the pair)
    ("war_pretext", "The admiralty let the liner sink to pull a neutral nation into the war.", PLOT),
    ("foreknowledge_as_proof", "The king knew the raid was coming and kept his own army in the dark.", PLOT),
    ("engineered_event", "Revolutions are scheduled decades ahead in closed rooms.", PLOT),
    ("silenced_dissent", "Any teacher who questions the story loses his job.", PLOT),
    ("media_cover_up", "The truth about the fire stays buried.", PLOT),
    ("ethnic_religious_agent", "They took their money from the banks and their orders from the synagogue.", JEW),
    ("infiltration", "They were sent to destroy the Church from within.", PLOT),
    ("secret_society", "Behind the clubs were the lodges, which had plotted the assassination for years.", PLOT),
]

# the same words in a historian's plain voice: a loan, a lodge, an agent, informants placed, a named
# state's pretext, codebreakers who knew, a regime's censorship, an accident an inquiry explained
NEUTRAL_ES = [
    "La banca Rothschild prestó dinero al gobierno de Isabel II.",
    "La logia de Cádiz reunía a liberales y comerciantes.",
    "Richard Sorge fue un agente soviético en Tokio.",
    "La policía infiltró a sus confidentes en varios comités obreros.",
    "Hitler necesitaba un pretexto para invadir Polonia.",
    "Hitler montó el incidente de Gleiwitz para arrastrar a Alemania a la guerra.",
    "Las órdenes del Estado Mayor llegaron tarde al frente.",
    "La censura franquista tenía orden de no publicar nada sobre la huelga.",
    "Los historiadores discuten si la explosión fue un accidente.",
    "El ministro recibió instrucciones del Banco de España.",
    "Los mismos soldados defendieron el puente durante tres días.",
    "Unos pocos diputados votaron contra la ley.",
    "La inflación minó la república desde dentro.",
    "Stalin sabía que el ataque era probable, pero no creyó los informes.",
]

NEUTRAL_EN = [
    "The Rothschild bank lent to the Allies during the war.",
    "The Boston lodge counted several revolutionaries among its members.",
    "Klaus Fuchs was a Soviet agent at Los Alamos.",
    "The FBI placed informants inside the Communist Party.",
    "The Gulf of Tonkin incident gave Johnson the pretext he used to widen the war.",
    "Hitler staged the Gleiwitz incident to drag Germany into war with Poland.",
    "The orders to retreat came from the War Office.",
    "The Soviet press was told not to report the accident.",
    "The inquiry found that the fire was not an accident but arson.",
    "Historians agree that the sinking was an accident.",
    "British codebreakers knew of the raid in advance and rerouted the bombers.",
    "A few bankers decided to lend the railway the money.",
    "The same regiment decided the battle at dusk.",
    "Inflation undermined the republic from within.",
    "The lodge, which had planned a new temple, met on Tuesdays.",
]


def _explained_as(found, lang, trope_id, technique):
    """A flag of `technique` carries the explanation of the trope `trope_id`."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == trope_id)
    prefix = trope.explanation.split("{text}")[0]
    return any(flag.technique == technique and flag.explanation.startswith(prefix) for flag in found)


(
    test_spanish_frame_is_flagged_and_explained,
    test_english_frame_is_flagged_and_explained,
    test_spanish_history_sharing_the_words_stays_quiet,
    test_english_history_sharing_the_words_stays_quiet,
) = class_tests(
    [(text, trope_id, technique) for trope_id, text, technique in FLAGGED_ES],
    [(text, trope_id, technique) for trope_id, text, technique in FLAGGED_EN],
    NEUTRAL_ES,
    NEUTRAL_EN,
    check=_explained_as,
)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_new_frames_exist_in_both_languages_with_definitions(lang):
    tropes = {trope.id: trope for trope in load_language(lang).tropes}
    for trope_id in ("hidden_orders", "not_by_chance", "war_pretext", "silenced_dissent"):
        assert trope_id in tropes
        assert len(tropes[trope_id].definition) > 60 and "{text}" in tropes[trope_id].explanation
