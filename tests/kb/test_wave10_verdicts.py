"""The Moscow trials' defendants and their deaths (issue 14, tenth wave), in English and in Spanish.

The pack now holds all sixteen defendants of the Trial of the Sixteen (shot on 25 August 1936 in Moscow) and the
death of every defendant of the Trial of the Twenty-One (eighteen shot on 15 March 1938; Pletnev, Rakovsky and
Bessonov in September 1941). A death admits one date and one manner, so a wrong one is refuted; a date the
sources disagree on is held at the precision they share and never refutes a true text. Kamenev's offices stay
unmarked: the end of his full Politburo term is 18 December 1925 in one source and 1 January 1926 in others, so
a mark would refute a true "1919-1925". Expected verdicts written from the pack's sources before these texts
were run."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb

SIXTEEN = "cronica:trial-of-the-sixteen"
TWENTY_ONE = "cronica:trial-of-the-twenty-one"
CAPITAL_PUNISHMENT = "Q8454"


def _verdicts(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    return [(c.text, c.verdict, c.correction) for c in claims]


def test_the_trial_of_the_sixteen_has_all_its_defendants_shot_on_25_august_1936():
    kb = open_kb("embedded")
    ids = [
        "Q207459",
        "cronica:lev-kamenev",
        "cronica:ivan-smirnov",
        "cronica:sergei-mrachkovsky",
        "cronica:grigory-yevdokimov",
        "cronica:ivan-bakayev",
        "cronica:vagarshak-ter-vaganyan",
        "cronica:yefim-dreitzer",
        "cronica:isak-reingold",
        "cronica:eduard-holtzman",
        "cronica:konon-berman-yurin",
        "cronica:moissei-lurye",
        "cronica:nathan-lurye",
        "cronica:richard-pickel",
        "cronica:fritz-david",
        "cronica:valentin-olberg",
    ]
    assert len(set(ids)) == 16
    for qid in ids:
        assert SIXTEEN in kb.values(qid, "P1344"), qid
        assert CAPITAL_PUNISHMENT in kb.values(qid, "P1196"), qid
        deaths = [s.value.iso for s in kb.statements(qid, "P570")]
        assert len(deaths) == 1 and deaths[0].startswith("1936-08"), (qid, deaths)


def test_eighteen_of_the_twenty_one_died_on_15_march_1938_and_three_in_1941():
    kb = open_kb("embedded")
    shot_1938 = [
        "cronica:arkady-rosengolts",
        "cronica:vladimir-ivanov",
        "cronica:mikhail-chernov",
        "cronica:grigori-grinko",
        "cronica:isaak-zelensky",
        "cronica:akmal-ikramov",
        "cronica:faizulla-khodjayev",
        "cronica:vasily-sharangovich",
        "cronica:prokopy-zubarev",
        "cronica:pavel-bulanov",
        "cronica:lev-levin",
        "cronica:ignaty-kazakov",
        "cronica:venyamin-maximov-dikovsky",
        "cronica:pyotr-kryuchkov",
    ]
    for qid in shot_1938:
        assert TWENTY_ONE in kb.values(qid, "P1344"), qid
        assert [s.value.iso for s in kb.statements(qid, "P570")] == ["1938-03-15"], qid
        assert list(kb.values(qid, "P1196")) == [CAPITAL_PUNISHMENT], qid
    for qid in ("cronica:dmitry-pletnev", "cronica:sergei-bessonov"):
        assert all(s.value.iso.startswith("1941") for s in kb.statements(qid, "P570")), qid


def test_names_two_defendants_share_are_not_linked_said_alone():
    kb = open_kb("embedded")
    for qid in ("cronica:moissei-lurye", "cronica:nathan-lurye", "cronica:fritz-david", "cronica:valentin-olberg"):
        assert not kb.surname_alone(qid), qid
    assert kb.surname_alone("cronica:konon-berman-yurin")


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Richard Pickel was shot in 1937."),
        ("pipeline_es", "Richard Pickel fue fusilado en 1937."),
        ("pipeline_en", "Konon Berman-Yurin died in a labour camp in 1941."),
        ("pipeline_es", "Lev Levin, médico del Kremlin, murió en 1940."),
        ("pipeline_en", "Pyotr Kryuchkov, Gorky's secretary, was executed in 1937."),
        ("pipeline_es", "Prokopi Zúbarev fue fusilado en 1939."),
    ],
)
def test_a_wrong_death_of_a_defendant_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Konon Berman-Yurin was shot on 25 August 1936."),
        ("pipeline_es", "Valentín Olberg fue fusilado el 25 de agosto de 1936."),
        ("pipeline_en", "Ignaty Kazakov, a Kremlin doctor, was shot on 15 March 1938."),
        ("pipeline_es", "Mijaíl Chernov fue fusilado el 15 de marzo de 1938."),
    ],
)
def test_a_true_death_of_a_defendant_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "supported" for _, verdict, _ in verdicts), verdicts
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # the sources give the 24th and the 25th: the month is kept, so neither day is refuted
        ("pipeline_en", "Moissei Lurye was shot on 24 August 1936."),
        ("pipeline_es", "Moiséi Lurié fue fusilado el 24 de agosto de 1936."),
        # Kamenev's full Politburo term: "1919-1925" (ros-istor, russia.rin.ru) or to 1 January 1926
        ("pipeline_en", "Lev Kamenev was a full member of the Politburo from 1919 to 1925."),
        ("pipeline_es", "Lev Kámenev fue miembro del Politburó entre 1919 y 1925."),
    ],
)
def test_a_date_the_sources_dispute_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts


def test_kamenevs_offices_stay_unmarked_while_his_politburo_end_is_disputed():
    kb = open_kb("embedded")
    assert not kb.is_complete("cronica:lev-kamenev", "P39")
    assert not kb.is_complete("cronica:lev-kamenev", "P793")
