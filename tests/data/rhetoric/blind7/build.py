# ruff: noqa: E501  (one sentence per line)
"""Write blind7_real.jsonl and blind7_neutral.jsonl (issue #16, sixth round, 16f).

Sentences written here by hand for five classes of rhetoric the rules missed on blind6 and on PAN 2024
conspiracy texts (the hidden hand, a cabal seizing control, the puppet, dehumanizing labels for
groups, "what they don't want you to know"), es and en, each with neutral history sentences that use
the same words innocently. Gold written before the stage ran on any of them; never edited to match
output. Run: python tests/data/rhetoric/blind7/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CN, NC, LL = "Conspiracy_Narrative", "Name_Calling-Labeling", "Loaded_Language"

# (class, lang, text, [(span, technique, trope or None)])
REAL = [
    # the hidden hand: behind the scenes, pulling the strings, from the shadows
    (
        "hidden_hand",
        "en",
        "Behind the scenes, a handful of bankers decided every war of the twentieth century.",
        [("Behind the scenes, a handful of bankers decided every war of the twentieth century", CN, None)],
    ),
    (
        "hidden_hand",
        "en",
        "The same families have been pulling the strings of Washington since 1913.",
        [("The same families have been pulling the strings of Washington", CN, None)],
    ),
    (
        "hidden_hand",
        "en",
        "Who really stood behind the Russian Revolution? The answer is always the same men of money.",
        [("Who really stood behind the Russian Revolution?", CN, None)],
    ),
    (
        "hidden_hand",
        "en",
        "Lincoln was murdered by the hidden hand that controls the nation's money.",
        [("the hidden hand that controls the nation's money", CN, None)],
    ),
    (
        "hidden_hand",
        "en",
        "The invisible rulers who operate behind the curtain chose both candidates long before the election.",
        [("The invisible rulers who operate behind the curtain chose both candidates", CN, None)],
    ),
    (
        "hidden_hand",
        "en",
        "Every revolution in Europe was directed from the shadows by the same secret masters.",
        [("directed from the shadows by the same secret masters", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "Entre bastidores, un puñado de banqueros decidió todas las guerras del siglo XX.",
        [("Entre bastidores, un puñado de banqueros decidió todas las guerras del siglo XX", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "Las mismas familias mueven los hilos de Washington desde 1913.",
        [("Las mismas familias mueven los hilos de Washington", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "¿Quién estaba realmente detrás de la Revolución rusa? Siempre los mismos hombres del dinero.",
        [("¿Quién estaba realmente detrás de la Revolución rusa?", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "A Lincoln lo mató la mano oculta que controla el dinero de la nación.",
        [("la mano oculta que controla el dinero de la nación", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "Los amos invisibles que actúan tras las bambalinas eligieron a los dos candidatos mucho antes de las elecciones.",
        [("Los amos invisibles que actúan tras las bambalinas eligieron a los dos candidatos", CN, None)],
    ),
    (
        "hidden_hand",
        "es",
        "Todas las revoluciones de Europa fueron dirigidas desde la sombra por los mismos señores secretos.",
        [("fueron dirigidas desde la sombra por los mismos señores secretos", CN, None)],
    ),
    # a cabal or an elite seizing or holding control
    (
        "cabal_control",
        "en",
        "A small cabal of financiers took over the country in 1913 and has never let go.",
        [("A small cabal of financiers took over the country", CN, None)],
    ),
    (
        "cabal_control",
        "en",
        "The globalist elite is seizing control of every government on earth.",
        [("The globalist elite is seizing control of every government on earth", CN, None)],
    ),
    (
        "cabal_control",
        "en",
        "Their goal was always total control over the world's money and its people.",
        [("total control over the world's money and its people", CN, None)],
    ),
    (
        "cabal_control",
        "en",
        "The Rothschild dynasty gained a stranglehold on the finances of Europe.",
        [("gained a stranglehold on the finances of Europe", CN, "hidden_financiers")],
    ),
    (
        "cabal_control",
        "en",
        "The elites will not rest until they rule the whole world.",
        [("The elites will not rest until they rule the whole world", CN, None)],
    ),
    (
        "cabal_control",
        "en",
        "A clique of international bankers now owns the governments of the West.",
        [("A clique of international bankers now owns the governments of the West", CN, "hidden_financiers")],
    ),
    (
        "cabal_control",
        "es",
        "Una pequeña camarilla de financieros se apoderó del país en 1913 y nunca lo ha soltado.",
        [("Una pequeña camarilla de financieros se apoderó del país", CN, None)],
    ),
    (
        "cabal_control",
        "es",
        "La élite globalista se está adueñando de todos los gobiernos del planeta.",
        [("La élite globalista se está adueñando de todos los gobiernos del planeta", CN, None)],
    ),
    (
        "cabal_control",
        "es",
        "Su meta fue siempre el control total del dinero del mundo y de sus pueblos.",
        [("el control total del dinero del mundo y de sus pueblos", CN, None)],
    ),
    (
        "cabal_control",
        "es",
        "La dinastía Rothschild se hizo con el dominio de las finanzas de Europa.",
        [("se hizo con el dominio de las finanzas de Europa", CN, "hidden_financiers")],
    ),
    (
        "cabal_control",
        "es",
        "Las élites no descansarán hasta dominar el mundo entero.",
        [("Las élites no descansarán hasta dominar el mundo entero", CN, None)],
    ),
    (
        "cabal_control",
        "es",
        "Una camarilla de banqueros internacionales es hoy dueña de los gobiernos de Occidente.",
        [
            (
                "Una camarilla de banqueros internacionales es hoy dueña de los gobiernos de Occidente",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    # the puppet, the pawn, the marionette of a hidden master
    (
        "puppet",
        "en",
        "Roosevelt was nothing but a puppet of the Wall Street bankers.",
        [("a puppet of the Wall Street bankers", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "en",
        "Every minister in that cabinet was one of Soros's puppets.",
        [("one of Soros's puppets", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "en",
        "The WEF puppets in parliament voted exactly as they were told.",
        [("The WEF puppets", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "en",
        "Lenin was a mere pawn in the hands of the international bankers.",
        [("a mere pawn in the hands of the international bankers", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "en",
        "Their politicians are marionettes who dance to the tune of the money power.",
        [("marionettes who dance to the tune of the money power", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "en",
        "Neither Hitler nor Mussolini was ever his own man; both were creatures of the financiers.",
        [
            (
                "Neither Hitler nor Mussolini was ever his own man; both were creatures of the financiers",
                CN,
                "puppet_agent",
            )
        ],
    ),
    (
        "puppet",
        "es",
        "Roosevelt no era más que un títere de los banqueros de Wall Street.",
        [("un títere de los banqueros de Wall Street", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "es",
        "Cada ministro de aquel gabinete era una marioneta de Soros.",
        [("una marioneta de Soros", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "es",
        "Los títeres del Foro de Davos en el Parlamento votaron lo que se les ordenó.",
        [("Los títeres del Foro de Davos", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "es",
        "Lenin fue un simple peón en manos de la banca internacional.",
        [("un simple peón en manos de la banca internacional", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "es",
        "Sus políticos son marionetas que bailan al son que les marca el poder del dinero.",
        [("marionetas que bailan al son que les marca el poder del dinero", CN, "puppet_agent")],
    ),
    (
        "puppet",
        "es",
        "Los partidos son meros títeres de la oligarquía financiera.",
        [("meros títeres de la oligarquía financiera", CN, "puppet_agent")],
    ),
    # dehumanizing labels for political, social or ethnic groups
    (
        "dehumanizing",
        "en",
        "The communist vermin must be driven out of every school.",
        [("The communist vermin", NC, None)],
    ),
    (
        "dehumanizing",
        "en",
        "These Bolshevik parasites live off the sweat of honest workers.",
        [("These Bolshevik parasites", NC, None)],
    ),
    (
        "dehumanizing",
        "en",
        "The liberals are a cancer eating away at the nation.",
        [("a cancer eating away at the nation", NC, None)],
    ),
    (
        "dehumanizing",
        "en",
        "Marxism is a plague that infects everything it touches.",
        [("a plague that infects everything it touches", LL, None)],
    ),
    (
        "dehumanizing",
        "en",
        "The vaccinated sheep will believe anything the television says.",
        [("The vaccinated sheep", NC, None)],
    ),
    (
        "dehumanizing",
        "en",
        "Those rats in the government have betrayed us again.",
        [("Those rats in the government", NC, None)],
    ),
    (
        "dehumanizing",
        "es",
        "La pestilencia marxista debe ser expulsada de todas las escuelas.",
        [("La pestilencia marxista", NC, None)],
    ),
    (
        "dehumanizing",
        "es",
        "Estos parásitos bolcheviques viven del sudor de los obreros honrados.",
        [("Estos parásitos bolcheviques", NC, None)],
    ),
    (
        "dehumanizing",
        "es",
        "Los liberales son un cáncer que devora a la nación.",
        [("un cáncer que devora a la nación", NC, None)],
    ),
    (
        "dehumanizing",
        "es",
        "El marxismo es una plaga que infecta todo lo que toca.",
        [("una plaga que infecta todo lo que toca", LL, None)],
    ),
    (
        "dehumanizing",
        "es",
        "Las ovejas vacunadas se creen todo lo que dice la televisión.",
        [("Las ovejas vacunadas", NC, None)],
    ),
    (
        "dehumanizing",
        "es",
        "Esas ratas del gobierno nos han vuelto a traicionar.",
        [("Esas ratas del gobierno", NC, None)],
    ),
    # "what they don't want you to know": a hidden truth, withheld by an unnamed "they"
    (
        "hidden_truth",
        "en",
        "What they don't want you to know is that the famine was planned in London.",
        [("What they don't want you to know", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "en",
        "This is the history they will never teach you at school.",
        [("the history they will never teach you at school", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "en",
        "The truth they are hiding from you is written in the bank's own records.",
        [("The truth they are hiding from you", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "en",
        "Ask yourself why the textbooks never mention who paid for the revolution.",
        [("why the textbooks never mention who paid for the revolution", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "en",
        "The mainstream historians keep silent about the real authors of the war.",
        [("The mainstream historians keep silent about the real authors of the war", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "en",
        "They don't want you to find out who really controls the Federal Reserve.",
        [("They don't want you to find out who really controls the Federal Reserve", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "Lo que no quieren que sepas es que la hambruna se planeó en Londres.",
        [("Lo que no quieren que sepas", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "Esta es la historia que jamás te enseñarán en la escuela.",
        [("la historia que jamás te enseñarán en la escuela", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "La verdad que te ocultan está escrita en los propios libros del banco.",
        [("La verdad que te ocultan", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "Pregúntate por qué los libros de texto nunca mencionan quién pagó la revolución.",
        [("por qué los libros de texto nunca mencionan quién pagó la revolución", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "Los historiadores oficiales callan sobre los verdaderos autores de la guerra.",
        [("Los historiadores oficiales callan sobre los verdaderos autores de la guerra", CN, "media_cover_up")],
    ),
    (
        "hidden_truth",
        "es",
        "No quieren que descubras quién controla de verdad la Reserva Federal.",
        [("No quieren que descubras quién controla de verdad la Reserva Federal", CN, "media_cover_up")],
    ),
]

NEUTRAL = [
    (
        "hidden_hand",
        "en",
        "Behind the scenes of the Congress of Vienna, Talleyrand bargained with Metternich over Saxony.",
    ),
    (
        "hidden_hand",
        "en",
        "The puppeteers of the Salzburg Marionette Theatre pulled the strings of each figure by hand.",
    ),
    (
        "hidden_hand",
        "en",
        "The historian Robert Conquest asked who stood behind the murder of Kirov and pointed to the NKVD.",
    ),
    ("hidden_hand", "en", "A small altar stood behind the curtain of the chapel until 1789."),
    ("hidden_hand", "en", "Adam Smith's invisible hand describes how markets coordinate without a central plan."),
    (
        "hidden_hand",
        "es",
        "Entre bastidores del Congreso de Viena, Talleyrand negoció con Metternich el reparto de Sajonia.",
    ),
    (
        "hidden_hand",
        "es",
        "Los titiriteros del teatro de marionetas de Salzburgo movían los hilos de cada figura a mano.",
    ),
    ("hidden_hand", "es", "Detrás de la catedral se levantaba el palacio episcopal, reconstruido en 1750."),
    (
        "hidden_hand",
        "es",
        "La mano invisible de Adam Smith describe cómo los mercados se coordinan sin un plan central.",
    ),
    (
        "hidden_hand",
        "es",
        "El director de escena trabajaba tras las bambalinas del Teatro Real durante el estreno de 1850.",
    ),
    ("cabal_control", "en", "In 1799 Napoleon took over the government of France in the coup of 18 Brumaire."),
    (
        "cabal_control",
        "en",
        "The Bolsheviks seized control of Petrograd's telegraph and railway stations on 25 October.",
    ),
    ("cabal_control", "en", "The Medici family gained control of the papal finances in the fifteenth century."),
    ("cabal_control", "en", "The Mongols ruled most of Asia by the middle of the thirteenth century."),
    ("cabal_control", "en", "The East India Company took over the administration of Bengal after 1765."),
    ("cabal_control", "es", "En 1799 Napoleón se apoderó del gobierno de Francia con el golpe del 18 de brumario."),
    (
        "cabal_control",
        "es",
        "Los bolcheviques se adueñaron de las estaciones y del telégrafo de Petrogrado el 25 de octubre.",
    ),
    ("cabal_control", "es", "La familia Médici obtuvo el control de las finanzas papales en el siglo XV."),
    ("cabal_control", "es", "Los mongoles dominaron casi toda Asia a mediados del siglo XIII."),
    ("cabal_control", "es", "La élite criolla controlaba el cabildo de Buenos Aires en 1810."),
    ("puppet", "en", "Manchukuo was a puppet state of the Japanese Empire from 1932 to 1945."),
    ("puppet", "en", "The puppet theatre of Palermo performed the deeds of Roland and the paladins."),
    ("puppet", "en", "Pu Yi reigned as a puppet emperor under Japanese control."),
    ("puppet", "en", "In chess, a pawn that reaches the last rank is promoted."),
    ("puppet", "en", "The Vichy regime is often described by historians as a puppet government."),
    ("puppet", "es", "Manchukuo fue un estado títere del Imperio japonés entre 1932 y 1945."),
    ("puppet", "es", "El teatro de títeres de Palermo representaba las hazañas de Roldán y los paladines."),
    ("puppet", "es", "Los campesinos eran peones de las haciendas del valle en el siglo XIX."),
    ("puppet", "es", "La compañía de marionetas de Maese Pedro aparece en el Quijote."),
    ("puppet", "es", "Muchos historiadores llaman gobierno títere al régimen de Vichy."),
    ("dehumanizing", "en", "The plague of 1348 killed about a third of the population of Florence."),
    ("dehumanizing", "en", "Rats carried the fleas that spread the bubonic plague."),
    ("dehumanizing", "en", "Napoleon probably died of stomach cancer on Saint Helena in 1821."),
    ("dehumanizing", "en", "Sheep farming spread across the Castilian plateau under the Mesta."),
    (
        "dehumanizing",
        "en",
        "Malaria parasites killed more workers than accidents during the building of the Panama Canal.",
    ),
    ("dehumanizing", "es", "La peste de 1348 mató a cerca de un tercio de la población de Florencia."),
    ("dehumanizing", "es", "Las ratas transportaban las pulgas que propagaban la peste bubónica."),
    ("dehumanizing", "es", "Napoleón murió probablemente de un cáncer de estómago en Santa Elena en 1821."),
    ("dehumanizing", "es", "La cría de ovejas se extendió por la meseta castellana bajo la Mesta."),
    ("dehumanizing", "es", "La plaga de langosta arruinó las cosechas de Andalucía en 1755."),
    ("hidden_truth", "en", "The Soviet authorities did not want the West to know about the famine of 1932."),
    (
        "hidden_truth",
        "en",
        "The school textbooks of the Franco era never mentioned the bombing of Guernica by German aircraft.",
    ),
    ("hidden_truth", "en", "Historians still do not know who wrote the anonymous letter of 1605."),
    (
        "hidden_truth",
        "en",
        "The truth about the sinking of the Maine remained uncertain until the 1976 Rickover inquiry.",
    ),
    ("hidden_truth", "es", "Las autoridades soviéticas no querían que Occidente supiera de la hambruna de 1932."),
    (
        "hidden_truth",
        "es",
        "Los libros de texto del franquismo nunca mencionaron el bombardeo de Guernica por aviones alemanes.",
    ),
    ("hidden_truth", "es", "Los historiadores todavía no saben quién escribió la carta anónima de 1605."),
    (
        "hidden_truth",
        "es",
        "La verdad sobre el hundimiento del Maine siguió siendo incierta hasta la investigación de Rickover en 1976.",
    ),
]


def main() -> None:
    counts: dict[str, int] = {}
    real_lines, neutral_lines = [], []
    for cls, lang, text, spans in REAL:
        key = f"{lang}-f"
        counts[key] = counts.get(key, 0) + 1
        flags = []
        for span, technique, trope in spans:
            assert span in text, (span, text)
            flag = {"text": span, "technique": technique, "voice": "author", "speaker": None}
            if trope:
                flag["trope"] = trope
            flags.append(flag)
        record = {
            "id": f"b7-{lang}-f{counts[key]:02d}",
            "lang": lang,
            "period": "historical",
            "class": cls,
            "text": text,
            "neutral": False,
            "flags": flags,
        }
        real_lines.append(json.dumps(record, ensure_ascii=False))
    for cls, lang, text in NEUTRAL:
        key = f"{lang}-n"
        counts[key] = counts.get(key, 0) + 1
        record = {
            "id": f"b7-{lang}-n{counts[key]:02d}",
            "lang": lang,
            "period": "historical",
            "class": cls,
            "text": text,
            "neutral": True,
            "flags": [],
        }
        neutral_lines.append(json.dumps(record, ensure_ascii=False))
    (HERE.parent / "blind7_real.jsonl").write_text("\n".join(real_lines) + "\n", encoding="utf-8")
    (HERE.parent / "blind7_neutral.jsonl").write_text("\n".join(neutral_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
