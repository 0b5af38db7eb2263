"""Thirteenth session, round 16j of #16: an ethnic, religious or masonic label pinned on a named political
actor, or a tally of actors by that label, used to explain politics (`ethnic_label_on_actor`,
`masonic_label_on_actor`). Each shape (a tally after a list of names, "another Zionist banker", "mostly Jews"
said of agitators, the entourage, "in key positions", "in the service of" a power, the bare label set off
after a name, the label on a vile trade) stands beside the history that states origin or membership in its
own shapes ("born into a Jewish family", "the Jewish philosopher Moses Mendelssohn", "the only Jew in the
Politburo", "183 deputies were Masons"). Sentences written for these tests, none taken from a blind set;
the rules alone (see conftest.py)."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT, JEW = "Conspiracy_Narrative", "Antisemitic_Framing"
ETHNIC, MASONIC = "ethnic_label_on_actor", "masonic_label_on_actor"

FLAGGED_ES = [
    ("Dirigieron la revuelta Radek, Joffe, Sokolnikov y otros israelitas.", "otros israelitas", ETHNIC, JEW),
    ("Paul Warburg, otro financiero sionista, redactó la ley.", "otro financiero sionista", ETHNIC, JEW),
    ("La huelga la organizaron comisarios bolcheviques, en su mayoría judíos.", "mayoría judíos", ETHNIC, JEW),
    ("El ministro llegó a Moscú con sus consejeros judíos.", "sus consejeros judíos", ETHNIC, JEW),
    ("En el nuevo gobierno había judíos en puestos de mando.", "judíos en puestos de mando", ETHNIC, JEW),
    ("Lo firmó en Rapallo el propio israelita Litvinov.", "israelita Litvinov", ETHNIC, JEW),
    ("El diputado Kohn (judío) votó la ley de amnistía.", "Kohn (judío)", ETHNIC, JEW),
    ("La ruina del campo fue obra de los especuladores judíos.", "especuladores judíos", ETHNIC, JEW),
    ("Firmaron el pacto Lerroux, Martínez Barrio y otros masones.", "otros masones", MASONIC, PLOT),
    (
        "Detrás de la crisis encontramos masones en puestos clave del ejército.",
        "masones en puestos clave",
        MASONIC,
        PLOT,
    ),
    ("Era un masón al servicio de los intereses de Francia.", "masón al servicio de los intereses", MASONIC, PLOT),
    ("Los generales Goded y Fanjul (ambos masones) aprobaron la orden.", "ambos masones", MASONIC, PLOT),
    ("Viajó a Lisboa para ver a su hermano masón Costa.", "su hermano masón", MASONIC, PLOT),
]

FLAGGED_EN = [
    ("The coup was led by Radek, Joffe, Sokolnikov and other Jews.", "other Jews", ETHNIC, JEW),
    ("Paul Warburg, another Zionist banker, drafted the bill.", "another Zionist banker", ETHNIC, JEW),
    ("The strikes were run by Bolshevik commissars, mostly Jews.", "mostly Jews", ETHNIC, JEW),
    ("The minister arrived in Moscow with his Jewish advisers.", "his Jewish advisers", ETHNIC, JEW),
    ("The new cabinet showed the presence of Jews in positions of power.", "Jews in positions of power", ETHNIC, JEW),
    ("M. Kogan, Jewish, was the commissar of the district.", "Kogan, Jewish", ETHNIC, JEW),
    ("The harvest was ruined by Jewish grain speculators.", "Jewish grain speculators", ETHNIC, JEW),
    ("The Jews behind the Munich revolution fled in May.", "Jews behind the Munich revolution", ETHNIC, JEW),
    ("The pact was signed by Lerroux, Barrio and other Masons.", "other Masons", MASONIC, PLOT),
    ("Once again we find Freemasons in key positions of the army.", "Freemasons in key positions", MASONIC, PLOT),
    ("He was a Mason in the service of England.", "Mason in the service of England", MASONIC, PLOT),
    ("Generals Goded and Fanjul (both Masons) approved the order.", "both Masons", MASONIC, PLOT),
]

# the same labels in a historian's voice: origin, membership, a community, a count with a number
NEUTRAL_ES = [
    "Trotski nació en una familia judía de Ucrania.",
    "Kámenev fue un político soviético de origen judío.",
    "El compositor judío Felix Mendelssohn nació en Hamburgo.",
    "Ana Frank y otros judíos se escondieron en Ámsterdam.",
    "Las víctimas, en su mayoría judíos, fueron deportadas a Auschwitz.",
    "Maimónides, médico judío al servicio de Saladino, escribió la Guía de perplejos.",
    "De los 470 diputados de las Cortes, 183 eran masones.",
    "Manuel Azaña se hizo masón a finales de 1931.",
    "Su hermano judío emigró a Argentina en 1905.",
    "León Blum fue el primer judío en ser primer ministro de Francia.",
    "Los comerciantes judíos de Salónica perdieron sus negocios en el incendio de 1917.",
]

NEUTRAL_EN = [
    "Trotsky was born into a Jewish family in Ukraine.",
    "Kaganovich, the only Jew in the Politburo, survived the purges.",
    "The Jewish philosopher Moses Mendelssohn was born in Dessau.",
    "Anne Frank and other Jews hid in Amsterdam.",
    "The victims, mostly Jews, were deported to Auschwitz.",
    "Maimonides, a Jewish physician in the service of Saladin, wrote the Guide.",
    "Ten signers of the Declaration of Independence were Masons.",
    "Jews in positions of power were few in the Weimar Republic.",
    "The Jewish Anti-Fascist Committee was dissolved in 1948.",
    "His Jewish friends helped him leave Vienna in 1938.",
    "Thousands of Jews behind the ghetto walls died of hunger.",
]


def _from_trope(found, lang, words, trope_and_technique):
    """Some flag of the technique covers `words` and carries the explanation of the named trope."""
    trope_id, technique = trope_and_technique
    trope = next(trope for trope in load_language(lang).tropes if trope.id == trope_id)
    prefix = trope.explanation.split("{text}")[0]
    return any(
        words in flag.text and flag.technique == technique and flag.explanation.startswith(prefix) for flag in found
    )


(
    test_spanish_label_on_actor_is_flagged,
    test_english_label_on_actor_is_flagged,
    test_spanish_history_stating_origin_stays_quiet,
    test_english_history_stating_origin_stays_quiet,
) = class_tests(
    [(text, words, (trope, technique)) for text, words, trope, technique in FLAGGED_ES],
    [(text, words, (trope, technique)) for text, words, trope, technique in FLAGGED_EN],
    NEUTRAL_ES,
    NEUTRAL_EN,
    check=_from_trope,
)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_label_tropes_exist_in_both_languages_with_definitions(lang):
    tropes = {trope.id: trope for trope in load_language(lang).tropes}
    for trope_id, technique in ((ETHNIC, JEW), (MASONIC, PLOT)):
        assert tropes[trope_id].technique == technique
        assert len(tropes[trope_id].definition) > 60 and "{text}" in tropes[trope_id].explanation
