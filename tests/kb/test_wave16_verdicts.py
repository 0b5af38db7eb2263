"""The coverage lists' last gaps (issue 14, sixteenth wave), in English and Spanish.

The wave added the nine lesser accused of the Trial of the Seventeen, the villages of Stalin's Turukhansk exile
(Monastyrskoye as a former name of Turukhansk; Kostino and Selivanikha as items), the Left SR commissars Trutovsky
and Algasov, Sheinman, Kaminsky and Bryukhanov (docs/kb.md, "Sixteenth wave"). The helpers are the fifteenth wave's."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from kb.test_wave15_verdicts import ROOT, _pack_gaps, _verdicts

SEVENTEEN = "cronica:trial-of-the-seventeen"
TURUKHANSK, KRASNOYARSK_KRAI = "Q155243", "cronica:krasnoyarsk-krai"


def test_the_names_this_wave_added_are_no_longer_missing():
    module = _pack_gaps()
    missing = {m for gap in module.gaps(ROOT / "scripts/coverage_lists.yaml", module.pack_names()) for m in gap.missing}
    added = (
        "Ivan Knyazev|Knyazev",
        "Valentin Arnold",
        "Monastyrskoye|Monastyrskoe",
        "Kostino",
        "Selivanikha",
        "Vladimir Algasov|V. A. Algasov",
        "Grigory Kaminsky",
        "Nikolai Bryukhanov",
        "Ivan Kabanov",
    )
    for name in added:
        assert name not in missing
    assert not missing  # every list of scripts/coverage_lists.yaml is whole in the pack


def test_every_accused_of_the_seventeen_is_in_the_trial():
    kb = open_kb("embedded")
    assert len(set(kb.subjects("P1344", SEVENTEEN))) == 17


def test_monastyrskoye_is_turukhansk_and_the_villages_are_in_krasnoyarsk_krai():
    kb = open_kb("embedded")
    assert TURUKHANSK in {c.qid for c in kb.candidates("Monastyrskoye")}
    for village in ("Kostino", "Selivanikha"):
        (candidate,) = kb.candidates(village)
        assert kb.values(candidate.qid, "P17") == ["Q159"]
        assert kb.located_in(candidate.qid, KRASNOYARSK_KRAI)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Boris Norkin died in 1941."),
        ("pipeline_es", "Grigori Kaminski murió en 1950."),
        ("pipeline_en", "Vladimir Trutovsky was born in 1895."),
        ("pipeline_es", "Valentín Arnold fue fusilado en 1937."),
    ],
)
def test_a_wrong_date_of_a_new_person_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Stanislav Rataichak was shot in Moscow in 1937."),
        ("pipeline_es", "Grigori Kaminski murió en Moscú en 1938."),
    ],
)
def test_a_true_text_about_the_new_people_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # Pushin's birth year: 1890 in the NKVD protocol, 1896 in sv.wikipedia (left out)
        ("pipeline_en", "Gavriil Pushin was born in 1890."),
        ("pipeline_es", "Gavriil Pushin nació en 1896."),
        # Sheinman's birth: 24 December 1885 in an unstated calendar, 5 January 1886 if Old Style (left out)
        ("pipeline_en", "Aron Sheinman was born in 1886."),
        # Stroilov was shot in the Medvedev Forest outside Oryol: no place of death is entered
        ("pipeline_en", "Mikhail Stroilov died in Oryol in 1941."),
        # Bryukhanov was commissar for Food before Finance: his Food term has no end in the pack
        ("pipeline_es", "En 1924 Nikolái Briujánov era comisario del pueblo de Abastecimiento."),
    ],
)
def test_a_disputed_or_unread_fact_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
