"""Facts the real-world texts get wrong (issue 14, eighth wave), in English and in Spanish.

Oryol ("Oriol", "Orel") is in the pack, placed in its oblast, and Moscow is placed in the Central Federal District, so
a Russian city given for Sverdlov's death in Moscow is refuted (two cities of one country differ only when the KB
places both below it). Stalin and Voroshilov are found under the French-style spellings Spanish texts use
("Dzhugachvili", "Vorochílov"). Kalinin's chair of the All-Russian Central Executive Committee names Sverdlov as
predecessor. Trotsky's stay in (Soviet) Russia runs to his deportation in February 1929, and leaving Moscow for
Alma-Ata is no departure from Russia. Expected verdicts written from the pack's sources before these texts were run."""

from __future__ import annotations

import pytest


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict, c.correction) for c in request.getfixturevalue(pipeline).analyze_text(text).claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_es", "Yákov Sverdlov murió en Oriol en 1919."),
        ("pipeline_en", "Yakov Sverdlov died in Orel in 1919."),
        ("pipeline_es", "Iósiv Visariónovich Dzhugachvili nació el 21 de diciembre de 1879."),
        ("pipeline_en", "Iossif Djougachvili was born on 21 December 1879."),
        ("pipeline_es", "Vorochílov murió en 1959."),
        ("pipeline_en", "Marshal Vorochilov died in 1959."),
        ("pipeline_es", "Yagoda nació en Moscú en 1891."),
    ],
)
def test_a_wrong_fact_real_pages_print_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Yakov Sverdlov died in Moscow in 1919."),
        ("pipeline_es", "Sverdlov murió en Moscú el 16 de marzo de 1919."),
        ("pipeline_es", "Iósiv Visariónovich Dzhugachvili nació el 18 de diciembre de 1878 en Gori."),
        ("pipeline_en", "Iossif Djougachvili was born in Gori in 1878."),
        ("pipeline_es", "El mariscal Vorochílov murió en 1969."),
        (
            "pipeline_en",
            "Mikhail Kalinin succeeded Yakov Sverdlov as chairman of the All-Russian Central Executive Committee "
            "in 1919.",
        ),
        (
            "pipeline_es",
            "En 1919 Mijaíl Kalinin sucedió a Yákov Sverdlov como presidente del Comité Ejecutivo Central Panruso.",
        ),
        ("pipeline_en", "Lev Kamenev was removed from the Politburo in 1926."),
        ("pipeline_en", "Genrikh Yagoda was born in Rybinsk in 1891."),
    ],
)
def test_a_true_fact_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts
    assert any(verdict == "supported" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # places near Moscow the pack does not place below the country stay "unknown" against it
        ("pipeline_en", "Lenin died near Moscow in 1924."),
        ("pipeline_es", "Stalin murió en Moscú en 1953."),
        ("pipeline_en", "Stalin died in Moscow in 1953."),
        ("pipeline_es", "Lenin fue enterrado en Moscú."),
        # Oryol is a city, not the forest where Pletnev was shot near it: "near Oryol" is never a difference
        ("pipeline_en", "Dmitry Pletnev was shot near Oryol in September 1941."),
    ],
)
def test_placing_moscow_refutes_no_true_place(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts


def test_the_new_items_hold_their_sourced_facts(kb):
    assert kb.exists("cronica:oryol") and kb.located_in("cronica:oryol", "Q159")
    assert kb.located_in("Q649", "cronica:central-federal-district")
    assert not kb.located_in("cronica:oryol", "Q649")
    chairs = [
        s
        for s in kb.statements("cronica:mikhail-kalinin", "P39")
        if s.value == "cronica:chairman-of-the-all-russian-central-executive-committee" and s.qualifier("P1365")
    ]
    assert [s.qualifier("P1365") for s in chairs] == ["cronica:yakov-sverdlov"]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # Alma-Ata lay in Soviet Russia: the departure from Russia is the deportation of 1929, not Moscow's end (his
        # residences are not marked complete: docs/kb.md "Real-world coverage")
        ("pipeline_en", "In 1929 Leon Trotsky was exiled from Russia."),
        ("pipeline_es", "En 1929 León Trotski fue expulsado de Rusia."),
        ("pipeline_en", "In 1928 Trotsky was exiled from Moscow."),
        ("pipeline_en", "In 1929 Trotsky was deported from the Soviet Union."),
        ("pipeline_en", "In 1934 Leon Trotsky lived in France."),
        ("pipeline_es", "En 1939 Trotski vivía en México."),
        ("pipeline_es", "En 1900 Trotski fue deportado a Siberia."),
        ("pipeline_en", "Trotsky was expelled from France in 1916."),
    ],
)
def test_a_true_stay_of_trotsky_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts
    assert any(verdict == "supported" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # places his list never names: no matching stay, never a refutation
        ("pipeline_en", "In 1905 Trotsky lived in Kiev."),
        ("pipeline_es", "En 1914 Trotski se trasladó a Zúrich."),
        ("pipeline_en", "In 1914 Trotsky moved to Zurich."),
        ("pipeline_es", "En 1934 Trotski vivía en Barbizon, cerca de París."),
    ],
)
def test_a_place_the_list_never_names_is_not_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts
