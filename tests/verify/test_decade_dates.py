"""A claim dated only by its decade or century ("in the 1930s", "en la década de 1930", "el siglo XX"): the event
lies inside the span, so a reference outside it contradicts and one inside supports (#13, lead, twelfth session;
blind set tests/data/verify/blind_decade_dates.yaml). A decade in words ("los años treinta", "the '30s") has its
century inferred: the 1830s or the 1930s, so it may support but never contradicts."""

from __future__ import annotations

from cronica.verify.dates import PartialDate, compare_dates, parse_timex_date


def _claims(pipeline, text: str, lang: str):
    return pipeline.analyze_text(text, lang=lang).claims


def test_a_claims_decade_is_read_only_when_asked():
    assert parse_timex_date("193") is None  # named events, ages, KB qualifiers: no decade
    assert parse_timex_date("193", periods=True) == PartialDate(1930, precision="decade")
    assert parse_timex_date("19", periods=True) == PartialDate(1900, precision="century")


def test_a_decade_is_its_ten_years_and_the_distance_counts_from_its_nearer_end():
    decade = PartialDate(1930, precision="decade")
    assert compare_dates(decade, PartialDate(1938, 3, 15)).agrees
    result = compare_dates(decade, PartialDate(1940, 8, 21))
    assert not result.agrees and result.precision == "decade"
    assert (result.distance.amount, result.distance.unit, result.distance.later) == (1, "year", True)
    earlier = compare_dates(PartialDate(1900, precision="century"), PartialDate(1878, 12, 18))
    assert (earlier.distance.amount, earlier.distance.later) == (22, False)


def test_a_part_of_a_decade_keeps_the_whole_decade():
    # "the late 1930s": its bounds are not agreed; only a date outside the whole decade disagrees
    late = PartialDate(1930, precision="decade")
    assert compare_dates(late, PartialDate(1934, 12, 1), "END").agrees
    assert not compare_dates(late, PartialDate(1940, 2, 4), "END").agrees


def test_a_death_outside_the_written_decade_is_contradicted(pipeline_en):
    claims = _claims(pipeline_en, "Trotsky was murdered in Mexico in the 1930s by a Soviet agent.", "en")
    assert [claim.verdict for claim in claims] == ["contradicted"]
    assert claims[0].correction == "Leon Trotsky died on 21 August 1940, not in the 1930s."
    assert claims[0].proof.text_value == "the 1930s"


def test_una_muerte_fuera_de_la_decada_escrita_se_desmiente(pipeline_es):
    claims = _claims(pipeline_es, "Trotski fue asesinado en México en la década de 1930 por un agente soviético.", "es")
    assert [claim.verdict for claim in claims] == ["contradicted"]
    assert "la década de 1930" in claims[0].explanation


def test_a_death_inside_the_decade_is_supported_at_decade_precision(pipeline_en):
    claims = _claims(pipeline_en, "Lenin died in the 1920s, after a series of strokes.", "en")
    assert [claim.verdict for claim in claims] == ["supported"]
    assert "they agree at decade precision" in claims[0].explanation


def test_un_siglo_escrito_se_compara_como_sus_cien_anos(pipeline_es):
    assert [c.verdict for c in _claims(pipeline_es, "Stalin nació en el siglo XX, en Gori.", "es")] == ["contradicted"]
    assert [c.verdict for c in _claims(pipeline_es, "Lenin nació en el siglo XIX.", "es")] == ["supported"]


def test_a_decade_in_words_never_contradicts(pipeline_en, pipeline_es):
    # its century is inferred: "Pushkin died in the thirties" is the 1830s
    assert "contradicted" not in {c.verdict for c in _claims(pipeline_en, "Trotsky was murdered in the '30s.", "en")}
    spanish = _claims(pipeline_es, "Trotski fue asesinado en los años treinta.", "es")
    assert "contradicted" not in {c.verdict for c in spanish}


def test_a_decade_in_words_with_its_century_written_is_compared(pipeline_es):
    # "del siglo XIX" names the century: the 1890s, which Kamenev's 1883 birth lies outside
    claims = _claims(pipeline_es, "Kámenev nació en los años noventa del siglo XIX.", "es")
    assert [claim.verdict for claim in claims] == ["contradicted"]
    assert "la década de 1890" in claims[0].explanation
