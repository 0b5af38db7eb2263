"""Twelfth round of #16 (16z): rhetoric a neutral text REPORTS (a theory named, a frame's name beside its
theory noun, a man's surname that is also a label) and three recall classes read from blind11/11b's
misses (an institution "overrun with" enemies within, an event caused on purpose with no agent named,
someone erased from the official record, a hidden group that owns the state or the press, Spanish
freemasonry that "se encarga de" a harm), each beside the history sentence that shares its words
(the rules alone; see conftest.py)."""

from __future__ import annotations

import pytest

from rhetoric.class_harness import class_tests, flags

PLOT = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("El ministerio de Hacienda estaba plagado de agentes comunistas.", "plagado de agentes", PLOT),
    ("La cúpula del ejército estaba infestada de masones.", "infestada de masones", PLOT),
    ("La crisis de 1929 fue provocada deliberadamente por quienes ganaban con ella.", None, None),
    ("La depresión fue provocada deliberadamente para arruinar a los granjeros.", "provocada", PLOT),
    ("La revolución fue provocada para entregar el país a los especuladores.", "provocada", PLOT),
    ("Los banqueros desencadenaron deliberadamente la guerra.", "desencadenaron", PLOT),
    ("Aquella matanza fue borrada de la historia oficial.", "borrada", PLOT),
    ("Su nombre ha sido eliminado de los libros de texto.", "eliminado", PLOT),
    ("Ellos son los dueños de la prensa.", "dueños de la prensa", PLOT),
    ("Los banqueros poseen el Congreso.", "poseen el Congreso", PLOT),
    ("La masonería se ha encargado de desprestigiar a la Iglesia.", "encargado de desprestigiar", PLOT),
]

FLAGGED_EN = [
    ("The Treasury was riddled with communist agents.", "riddled", PLOT),
    ("The War Office was overrun with Soviet spies.", "overrun", PLOT),
    ("The depression was deliberately provoked.", "provoked", PLOT),
    ("The revolution was provoked to hand the country to the speculators.", "provoked", PLOT),
    ("They deliberately started the war.", "started", PLOT),
    ("The massacre has been airbrushed from official histories.", "airbrushed", PLOT),
    ("His name was removed from the school textbooks.", "removed", PLOT),
    ("They own the Congress.", "own the Congress", PLOT),
    ("The same families own the press and the politicians.", "own the press", PLOT),
]

# the same words told as history: a city full of refugees, a war with its named cause, a plan's timing,
# a named regime's censorship, a person whose surname became a label, a theory named by a historian
NEUTRAL_ES = [
    "La ciudad estaba plagada de refugiados tras la batalla.",
    "El granero estaba infestado de ratas.",
    "La guerra fue provocada por el telegrama de Ems.",
    "La revolución fue planeada para comenzar al amanecer.",
    "Bismarck provocó deliberadamente la guerra con Francia.",
    "Los censores soviéticos borraron a Yezhov de las fotografías oficiales.",
    "Su nombre fue eliminado del registro parroquial por un error del párroco.",
    "Vidkun Quisling encabezó un gobierno colaboracionista en Noruega.",
    "Hearst poseía varios periódicos en California.",
    "La familia Godó era dueña de La Vanguardia.",
    "Los masones se encargaron de recaudar fondos para el hospital.",
    "La logia se dedicó a difundir la educación laica.",
    "La teoría del Nuevo Orden Mundial sostiene que una élite prepara un gobierno único.",
    "La idea está en el centro de las teorías del Nuevo Orden Mundial.",
]

NEUTRAL_EN = [
    "The city was overrun with refugees after the battle.",
    "The square was crawling with tourists.",
    "The war was provoked by the Ems dispatch.",
    "The revolution was planned to begin at dawn.",
    "Bismarck deliberately provoked the war with France.",
    "Soviet censors airbrushed Yezhov from official photographs.",
    "His name was removed from the parish register.",
    "Vidkun Quisling headed a collaborationist government in Norway.",
    "Hearst owned many newspapers in California.",
    "The New World Order theory holds that an elite is preparing a single government.",
    "The theories of a New World Order spread in the 1990s.",
]

# rhetoric a historian reports: it may be flagged, but as the speaker's words (attributed), never the author's
REPORTED_ES = [
    "Stalin llamó «traidor» a Trotski en 1937.",
    "Según la propaganda franquista, la República era un instrumento de la masonería.",
    "Los Protocolos afirmaban que los judíos planeaban dominar el mundo.",
]

REPORTED_EN = [
    'Vyshinsky called the defendants "mad dogs" at the trial.',
    "Nazi propaganda claimed that Jewish bankers had plotted the war.",
    "Some writers have claimed that the Jesuits were behind the assassination.",
]


(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(
    [item for item in FLAGGED_ES if item[1]],
    FLAGGED_EN,
    [*NEUTRAL_ES, *(item[0] for item in FLAGGED_ES if not item[1])],
    NEUTRAL_EN,
)


@pytest.mark.parametrize("text", REPORTED_ES)
def test_spanish_reported_rhetoric_is_attributed(pipeline_es, text):
    assert all(flag.voice == "attributed" for flag in flags(pipeline_es, text))


@pytest.mark.parametrize("text", REPORTED_EN)
def test_english_reported_rhetoric_is_attributed(pipeline_en, text):
    assert all(flag.voice == "attributed" for flag in flags(pipeline_en, text))


# a learned span over a whole sentence (what the tagger often marks): who states the claim


@pytest.fixture(scope="module")
def parse():
    from cronica.nlp import NlpModels
    from cronica.options import Options

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


CLAIMS = [
    ("en", "Goebbels maintained that the bankers had plotted the war.", "attributed", "Goebbels"),
    ("en", "The theory holds that a secret elite rules the world.", "theory", None),
    ("en", "One of the oldest myths about the Jesuits is that they ruled the Spanish court.", "theory", None),
    ("en", "I maintain that the bankers plotted the war.", None, None),
    ("en", "The bankers plotted the war to enrich themselves.", None, None),
    ("en", "The press will never tell who really paid for the coup.", None, None),
    ("en", "The newspapers will never say that the bankers paid for the coup.", None, None),
    ("es", "Goebbels sostenía que los banqueros habían tramado la guerra.", "attributed", "Goebbels"),
    ("es", "La afirmación de que los banqueros provocaron la guerra circuló en los años treinta.", "theory", None),
    ("es", "Los banqueros tramaron la guerra para enriquecerse.", None, None),
]


@pytest.mark.parametrize(("lang", "text", "voice", "speaker"), CLAIMS)
def test_a_learned_span_over_a_claim_is_the_claimants(parse, lang, text, voice, speaker):
    from cronica.rhetoric.detector import THEORY_DESCRIBED, _reported_claim
    from cronica.rhetoric.resources import load_language

    doc = parse(lang, text)
    span = doc[0 : len(doc) - 1]  # the sentence without its full stop, as the tagger marks it
    found = _reported_claim(span, load_language(lang))
    if voice is None:
        assert found is None
    elif voice == "theory":
        assert found is THEORY_DESCRIBED
    else:
        assert found is not None and found.voice == voice and found.speaker == speaker
