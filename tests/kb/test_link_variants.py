"""Names written in another romanization and offices said short, long or coordinated (#13, classes
"transliteration" and "office phrase"): a real error hangs on a name or an office that did not link. The blind sets are
tests/data/link/gold_blind_translit.yaml and tests/data/verify/blind_link_variants.yaml (gold written
before the change).
"""

from __future__ import annotations

import pytest

from cronica.kb.linker import Linker, Mention
from cronica.kb.name_words import name_words
from cronica.kb.normalize import alias_key
from cronica.kb.offices import elided_office_names
from cronica.kb.respell import Respeller


@pytest.fixture(scope="module")
def linker(kb) -> Linker:
    return Linker(kb)


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("Woroschilow", "voroshilov"),  # German sch = ш, w = в
        ("Molotoff", "molotov"),
        ("Kaganowitsch", "kaganovich"),
        ("Tchitcherine", "chicherin"),
        ("Sinowjew", "zinoviev"),  # German s = з, j = й
        ("Trotskij", "trotski"),  # scholarly -ij
    ],
)
def test_a_word_in_another_romanization_is_respelled(linker, written, known):
    assert linker.key(written) == known


@pytest.mark.parametrize("name", ["Zerov", "Voronov", "Chernov", "Ulianova", "Serova"])
def test_a_name_one_letter_from_a_kb_name_is_not_respelled(linker, name):
    """Serov/Zerov, Voroshilov/Voronov: people the pack does not hold stay themselves (and NIL)."""
    assert linker.key(name) == alias_key(name)
    assert linker.link_document([Mention(name, "PER")])[0].qid is None


def test_a_word_a_kb_name_holds_is_never_respelled(kb):
    respeller = Respeller(kb.alias_index())
    for key in kb.alias_index():
        assert respeller.respell(key) == key


@pytest.mark.parametrize("written", ["Vorochílov", "Dzhugachvili", "Djougachvili", "Iósiv"])
def test_a_romanization_the_pack_holds_as_an_alias_is_left_as_written(linker, written):
    """The pack's eighth wave holds these French-style spellings as aliases: a word the KB knows is
    never respelled (the names still link, through the alias)."""
    assert linker.key(written) == alias_key(written)


def test_respelled_names_link_with_a_lower_score(linker):
    full, alone = linker.link_document(
        [Mention("Iósiv Visariónovich Dzhugachvili", "MISC"), Mention("Woroschilow", "PER")]
    )
    assert full.qid == "Q855" and alone.qid == "Q186185"
    written_as_the_kb = linker.link_document([Mention("Voroshilov", "PER")])[0]
    assert alone.score < written_as_the_kb.score


def test_an_office_said_without_its_organ(kb, linker):
    words = name_words()
    short = elided_office_names(
        kb.alias_index(),
        linker.is_office,
        lambda qid: linker.kb_label(qid) == "LOC",
        words.complement_joiners,
        words.elidable_organs,
    )
    office = "cronica:chairman-of-the-presidium-of-the-supreme-soviet"
    assert short["chairman of the supreme soviet"] == office
    assert short["presidente del soviet supremo"] == office
    # only an organ is left out: "member of the [Politburo of the] CPSU Central Committee" is another office
    assert not any(key.startswith(("member of", "miembro del comite")) for key in short)
    assert linker.link_document([Mention("chairman of the Supreme Soviet", "MISC")])[0].qid == office


@pytest.mark.parametrize(
    ("lang", "text", "office", "qid"),
    [
        (
            "en",
            "In 1925 Voroshilov became people's commissar for military and naval affairs.",
            "people's commissar for military and naval affairs",
            "Q2367317",
        ),
        (
            "es",
            "En 1925 Voroshílov fue nombrado comisario del pueblo de Asuntos Militares y Navales.",
            "comisario del pueblo de Asuntos Militares y Navales",
            "Q2367317",
        ),
        (
            "es",
            "En 1946 Shvérnik sustituyó a Kalinin como presidente del Sóviet Supremo.",
            "presidente del Sóviet Supremo",
            "cronica:chairman-of-the-presidium-of-the-supreme-soviet",
        ),
    ],
)
def test_long_and_lower_case_office_names_are_found(request, lang, text, office, qid):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text, lang=lang)
    found = [e for e in analysis.entities if e.text == office]
    assert len(found) == 1 and (found[0].kb_id or found[0].provisional_id) == qid


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        ("es", "Iósiv Visariónovich Dzhugachvili nació en Gori en 1879.", "contradicted"),
        ("en", "Kliment Woroschilow died in Moscow in 1969.", "supported"),
        ("en", "The poet Mykola Zerov was born in 1890. Zerov was shot in 1937.", None),
    ],
)
def test_verdicts_on_respelled_names(request, lang, text, verdict):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text, lang=lang)
    verdicts = {c.verdict for c in analysis.claims}
    if verdict is None:  # a distractor: never contradicted through a pack person one letter away
        assert "contradicted" not in verdicts
    else:
        assert verdict in verdicts


def test_a_second_office_after_a_coordinator_is_no_qualifier(pipeline_es):
    analysis = pipeline_es.analyze_text(
        "Entre 1918 y 1926 Kámenev fue presidente del Sóviet de Moscú y miembro del Politburó.", lang="es"
    )
    assert [c.verdict for c in analysis.claims] == ["supported", "supported"]


def test_offices_coordinated_inside_one_name(pipeline_en):
    """Two offices in one phrase: each linked; the claim is contradicted only where it is false of both."""
    analysis = pipeline_en.analyze_text(
        "From 1918 to 1924, Trotsky was the people's commissar for foreign, military and naval affairs.", lang="en"
    )
    offices = {e.text: e.kb_id or e.provisional_id for e in analysis.entities if e.label == "MISC"}
    assert offices == {
        "people's commissar for foreign": "cronica:peoples-commissar-for-foreign-affairs",
        "military and naval affairs": "Q2367317",
    }
    # from 1918: true of Military and Naval Affairs (March 1918), not of Foreign Affairs (November 1917)
    # until 1924: false of both (March 1918, January 1925)
    assert [c.verdict for c in analysis.claims] == ["not_enough_info", "contradicted"]


def test_a_list_of_people_is_no_coordinated_office(pipeline_en):
    text = "Lenin and Trotsky met Zinoviev, Kamenev and Stalin in Moscow."
    analysis = pipeline_en.analyze_text(text, lang="en")
    assert [e.text for e in analysis.entities] == ["Lenin", "Trotsky", "Zinoviev", "Kamenev", "Stalin", "Moscow"]
