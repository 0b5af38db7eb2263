"""Write blind7h_real.jsonl and blind7h_neutral.jsonl (issue #16, sixth round, 16f): held-out sentences.

The same five classes as blind7 (build.py), new sentences of my own written after the rules for the
classes were drafted on blind7 and BEFORE the stage ran on these: other words, other constructions
(the telón, "string-pullers", "errand boy", "disease", "cattle who swallow", "nobody will tell you"),
and neutral history that shares them. Their first run is the class estimate for unseen sentences.
Gold never edited to match output. Run: python tests/data/rhetoric/blind7/build_heldout.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CN, NC = "Conspiracy_Narrative", "Name_Calling-Labeling"

# (class, lang, text, span, technique, trope or None); span None for neutral sentences
ITEMS = [
    (
        "hidden_hand",
        "en",
        "For two centuries the real masters of Europe have worked behind the curtain of parliamentary democracy.",
        "the real masters of Europe have worked behind the curtain of parliamentary democracy",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "en",
        "Nothing in that war happened without the men in the shadows giving the order.",
        "the men in the shadows giving the order",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "en",
        "The string-pullers in London and New York decided when the Tsar would fall.",
        "The string-pullers in London and New York decided when the Tsar would fall",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "en",
        "Look behind every revolution and you will find the same bankers.",
        "Look behind every revolution and you will find the same bankers",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "en",
        "The negotiations went on behind the scenes for weeks before the Treaty of Utrecht was signed.",
        None,
        None,
        None,
    ),
    ("hidden_hand", "en", "A stagehand pulled the strings that raised the curtain at the Globe.", None, None, None),
    ("hidden_hand", "en", "In the shadows of the cathedral the bishop's guards kept watch.", None, None, None),
    (
        "hidden_hand",
        "es",
        "Durante dos siglos los verdaderos amos de Europa han actuado tras el telón de la democracia parlamentaria.",
        "los verdaderos amos de Europa han actuado tras el telón de la democracia parlamentaria",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "es",
        "Nada en aquella guerra ocurrió sin que los hombres de la sombra dieran la orden.",
        "los hombres de la sombra dieran la orden",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "es",
        "Los que manejan los hilos en Londres y Nueva York decidieron cuándo caería el zar.",
        "Los que manejan los hilos en Londres y Nueva York decidieron cuándo caería el zar",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "es",
        "Mire detrás de cada revolución y encontrará siempre a los mismos banqueros.",
        "Mire detrás de cada revolución y encontrará siempre a los mismos banqueros",
        CN,
        None,
    ),
    (
        "hidden_hand",
        "es",
        "Las negociaciones se prolongaron entre bastidores durante semanas antes de la firma del Tratado de Utrecht.",
        None,
        None,
        None,
    ),
    (
        "hidden_hand",
        "es",
        "Un tramoyista tiraba de los hilos que levantaban el telón del corral de comedias.",
        None,
        None,
        None,
    ),
    ("hidden_hand", "es", "A la sombra de la catedral montaban guardia los soldados del obispo.", None, None, None),
    (
        "cabal_control",
        "en",
        "Step by step the bankers' cartel captured the American government.",
        "the bankers' cartel captured the American government",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "en",
        "The money power has made itself master of every nation in Europe.",
        "The money power has made itself master of every nation in Europe",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "en",
        "A few globalist families now rule the planet as they please.",
        "A few globalist families now rule the planet as they please",
        CN,
        None,
    ),
    (
        "cabal_control",
        "en",
        "Their aim is nothing less than world domination by a financial oligarchy.",
        "world domination by a financial oligarchy",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "en",
        "The Hanseatic merchants controlled the Baltic trade for three centuries.",
        None,
        None,
        None,
    ),
    ("cabal_control", "en", "After the war the military elite ruled the country until 1955.", None, None, None),
    ("cabal_control", "en", "The Fuggers financed the election of Charles V in 1519.", None, None, None),
    (
        "cabal_control",
        "es",
        "Paso a paso, el cártel de los banqueros capturó el gobierno norteamericano.",
        "el cártel de los banqueros capturó el gobierno norteamericano",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "es",
        "El poder del dinero se ha hecho dueño de todas las naciones de Europa.",
        "El poder del dinero se ha hecho dueño de todas las naciones de Europa",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "es",
        "Unas pocas familias globalistas gobiernan hoy el planeta a su antojo.",
        "Unas pocas familias globalistas gobiernan hoy el planeta a su antojo",
        CN,
        None,
    ),
    (
        "cabal_control",
        "es",
        "Su objetivo no es otro que la dominación mundial por una oligarquía financiera.",
        "la dominación mundial por una oligarquía financiera",
        CN,
        "hidden_financiers",
    ),
    (
        "cabal_control",
        "es",
        "Los mercaderes de la Hansa controlaron el comercio del Báltico durante tres siglos.",
        None,
        None,
        None,
    ),
    ("cabal_control", "es", "Tras la guerra, la élite militar gobernó el país hasta 1955.", None, None, None),
    ("cabal_control", "es", "Los Fugger financiaron la elección de Carlos V en 1519.", None, None, None),
    (
        "puppet",
        "en",
        "Wilson was a marionette of the Federal Reserve bankers.",
        "a marionette of the Federal Reserve bankers",
        CN,
        "puppet_agent",
    ),
    ("puppet", "en", "Kerensky was only the financiers' errand boy.", "the financiers' errand boy", CN, "puppet_agent"),
    (
        "puppet",
        "en",
        "These so-called leaders are nothing but sock puppets of the globalist elite.",
        "sock puppets of the globalist elite",
        CN,
        "puppet_agent",
    ),
    (
        "puppet",
        "en",
        "Parliament has become a rubber stamp for the Rothschilds.",
        "a rubber stamp for the Rothschilds",
        CN,
        "puppet_agent",
    ),
    ("puppet", "en", "Wang Jingwei headed the Japanese puppet regime in Nanjing from 1940.", None, None, None),
    ("puppet", "en", "The marionette makers of Prague exported their figures across Europe.", None, None, None),
    ("puppet", "en", "The pawnbrokers of Lombardy lent money against jewels and cloth.", None, None, None),
    (
        "puppet",
        "es",
        "Wilson era una marioneta de los banqueros de la Reserva Federal.",
        "una marioneta de los banqueros de la Reserva Federal",
        CN,
        "puppet_agent",
    ),
    (
        "puppet",
        "es",
        "Kerenski no era más que el recadero de los financieros.",
        "el recadero de los financieros",
        CN,
        "puppet_agent",
    ),
    (
        "puppet",
        "es",
        "Esos supuestos líderes no son más que títeres de la élite globalista.",
        "títeres de la élite globalista",
        CN,
        "puppet_agent",
    ),
    (
        "puppet",
        "es",
        "El Parlamento se ha convertido en un simple instrumento de los Rothschild.",
        "un simple instrumento de los Rothschild",
        CN,
        "puppet_agent",
    ),
    ("puppet", "es", "Wang Jingwei encabezó el régimen títere japonés de Nankín desde 1940.", None, None, None),
    ("puppet", "es", "Los fabricantes de marionetas de Praga exportaban sus figuras a toda Europa.", None, None, None),
    ("puppet", "es", "Los peones de la hacienda trabajaban de sol a sol en la zafra.", None, None, None),
    ("dehumanizing", "en", "The Marxist rats have crawled back into the universities.", "The Marxist rats", NC, None),
    (
        "dehumanizing",
        "en",
        "Communism is a disease that rots every nation it touches.",
        "a disease that rots every nation it touches",
        NC,
        None,
    ),
    ("dehumanizing", "en", "The capitalist leeches grew fat on the famine.", "The capitalist leeches", NC, None),
    (
        "dehumanizing",
        "en",
        "The masses are cattle who swallow whatever the newspapers feed them.",
        "The masses are cattle who swallow whatever the newspapers feed them",
        NC,
        None,
    ),
    ("dehumanizing", "en", "Cattle plague swept through the herds of Bohemia in 1711.", None, None, None),
    (
        "dehumanizing",
        "en",
        "The leeches used by the physicians of the time were imported from Hungary.",
        None,
        None,
        None,
    ),
    (
        "dehumanizing",
        "en",
        "Typhus, carried by lice, killed thousands in the trenches of the Eastern Front.",
        None,
        None,
        None,
    ),
    ("dehumanizing", "es", "Las ratas marxistas han vuelto a las universidades.", "Las ratas marxistas", NC, None),
    (
        "dehumanizing",
        "es",
        "El comunismo es una enfermedad que pudre a toda nación que toca.",
        "una enfermedad que pudre a toda nación que toca",
        NC,
        None,
    ),
    (
        "dehumanizing",
        "es",
        "Las sanguijuelas capitalistas engordaron con la hambruna.",
        "Las sanguijuelas capitalistas",
        NC,
        None,
    ),
    (
        "dehumanizing",
        "es",
        "Las masas son un rebaño que se traga lo que le sirven los periódicos.",
        "Las masas son un rebaño que se traga lo que le sirven los periódicos",
        NC,
        None,
    ),
    ("dehumanizing", "es", "La peste bovina recorrió los rebaños de Bohemia en 1711.", None, None, None),
    (
        "dehumanizing",
        "es",
        "Las sanguijuelas que usaban los médicos de la época se importaban de Hungría.",
        None,
        None,
        None,
    ),
    (
        "dehumanizing",
        "es",
        "El tifus, transmitido por los piojos, mató a miles en las trincheras del frente oriental.",
        None,
        None,
        None,
    ),
    (
        "hidden_truth",
        "en",
        "Nobody will tell you that the war was decided in a bank in 1913.",
        "Nobody will tell you that the war was decided in a bank in 1913",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "en",
        "The schools hide from your children who really paid for the revolution.",
        "The schools hide from your children who really paid for the revolution",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "en",
        "Here is what the official historians never wanted you to read.",
        "what the official historians never wanted you to read",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "en",
        "The real history of the Federal Reserve has been buried by the academics for a century.",
        "The real history of the Federal Reserve has been buried by the academics",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "en",
        "Nobody told the garrison that the armistice had been signed, so they fought on for two days.",
        None,
        None,
        None,
    ),
    ("hidden_truth", "en", "The monks hid the relics from the Viking raiders in 845.", None, None, None),
    (
        "hidden_truth",
        "en",
        "The official historians of the Tang court compiled the annals of the previous dynasty.",
        None,
        None,
        None,
    ),
    (
        "hidden_truth",
        "es",
        "Nadie te contará que la guerra se decidió en un banco en 1913.",
        "Nadie te contará que la guerra se decidió en un banco en 1913",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "es",
        "Las escuelas ocultan a tus hijos quién pagó de verdad la revolución.",
        "Las escuelas ocultan a tus hijos quién pagó de verdad la revolución",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "es",
        "Esto es lo que los historiadores oficiales nunca quisieron que leyeras.",
        "lo que los historiadores oficiales nunca quisieron que leyeras",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "es",
        "La verdadera historia de la Reserva Federal lleva un siglo enterrada por los académicos.",
        "La verdadera historia de la Reserva Federal lleva un siglo enterrada por los académicos",
        CN,
        "media_cover_up",
    ),
    (
        "hidden_truth",
        "es",
        "Nadie avisó a la guarnición de que se había firmado el armisticio, y siguió combatiendo dos días.",
        None,
        None,
        None,
    ),
    ("hidden_truth", "es", "Los monjes escondieron las reliquias de los vikingos en 845.", None, None, None),
    (
        "hidden_truth",
        "es",
        "Los historiadores oficiales de la corte Tang compilaron los anales de la dinastía anterior.",
        None,
        None,
        None,
    ),
]


def main() -> None:
    counts: dict[str, int] = {}
    real, neutral = [], []
    for cls, lang, text, span, technique, trope in ITEMS:
        key = f"{lang}-{'n' if span is None else 'f'}"
        counts[key] = counts.get(key, 0) + 1
        flags = []
        if span is not None:
            assert span in text, (span, text)
            flag = {"text": span, "technique": technique, "voice": "author", "speaker": None}
            if trope:
                flag["trope"] = trope
            flags.append(flag)
        record = {
            "id": f"b7h-{key}{counts[key]:02d}",
            "lang": lang,
            "period": "historical",
            "class": cls,
            "text": text,
            "neutral": span is None,
            "flags": flags,
        }
        (neutral if span is None else real).append(json.dumps(record, ensure_ascii=False))
    (HERE.parent / "blind7h_real.jsonl").write_text("\n".join(real) + "\n", encoding="utf-8")
    (HERE.parent / "blind7h_neutral.jsonl").write_text("\n".join(neutral) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
