# ruff: noqa: E501  (one sentence per line)
"""Write `blind13t_real.jsonl` and `blind13t_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind13t/build.py  (writes next to this folder).

Thirteenth round of #16, helper 16t: conspiracy-narrative tropes as dependency frames. The class: a
hidden or collective actor (the same ones, someone, a few financiers, lodges, a cabal, agents of X) as
the agent of a steering, ordering, financing, owning, scheduling or planning predicate; orders taken
from a hidden master; the puppet or agent ("no era más que un títere de"); infiltration ("burrowed
into", "infiltrados en"); negated chance ("not by accident", "no fue casualidad"); a pretext or a
sacrifice to drag a nation to war; foreknowledge as proof (knew ... and kept in the dark); cover-up and
silencing ("tienen orden de no publicar", silenced); an ethnic or religious label on the agent of such
a predicate. Every sentence is a NEW wording written for cronica by the round's engineer (the public
conspiracist pages the search tool found are all already in train/ or an older set, so none is
quoted), before any code of the round and before main or the branch ran on any of it.

- real: 20 es + 20 en conspiracist sentences or short paragraphs, with the reader's span marks.
- neutral: 20 es + 20 en history sentences that mention banks, lodges, agents, infiltration, pretexts,
  foreknowledge, orders or censorship in a historian's plain voice (and a few that REPORT a theory).
  Any flag on them is a false alarm.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, AS = "Conspiracy_Narrative", "Antisemitic_Framing"
W = "w"
URLS = {W: "written-for-cronica:blind13t"}

REAL = [
    # --- Spanish ---
    (
        "es",
        "historical",
        W,
        "Detrás de cada golpe de Estado en Sudamérica aparecían siempre los mismos bancos de Nueva York.",
        [
            f(
                "Detrás de cada golpe de Estado en Sudamérica aparecían siempre los mismos bancos de Nueva York",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "present",
        W,
        "Los de siempre deciden quién gana las elecciones mucho antes de que se abran las urnas.",
        [f("Los de siempre deciden quién gana las elecciones", CN, "hidden_hand")],
    ),
    (
        "es",
        "historical",
        W,
        "Azaña no era más que un títere de las logias francesas.",
        [f("no era más que un títere de las logias francesas", CN, "puppet_of_master")],
    ),
    (
        "es",
        "historical",
        W,
        "Los ministros de la República recibían sus instrucciones directamente del Gran Oriente.",
        [f("recibían sus instrucciones directamente del Gran Oriente", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        W,
        "Los agentes de Moscú se habían infiltrado en todos los ministerios del Frente Popular.",
        [f("Los agentes de Moscú se habían infiltrado en todos los ministerios", CN, "infiltration")],
    ),
    (
        "es",
        "historical",
        W,
        "El hundimiento del acorazado no fue ningún accidente: alguien necesitaba un pretexto para la guerra.",
        [
            f("El hundimiento del acorazado no fue ningún accidente", CN, "nothing_is_chance"),
            f("alguien necesitaba un pretexto para la guerra", CN, "engineered_event"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Nada de lo que ocurrió en octubre de 1934 fue fruto del azar.",
        [f("Nada de lo que ocurrió en octubre de 1934 fue fruto del azar", CN, "nothing_is_chance")],
    ),
    (
        "es",
        "historical",
        W,
        "El gobierno sabía que el ataque se preparaba y dejó a la guarnición sin aviso para tener su mártir.",
        [
            f(
                "El gobierno sabía que el ataque se preparaba y dejó a la guarnición sin aviso para tener su mártir",
                CN,
                "foreknowledge_as_proof",
            )
        ],
    ),
    (
        "es",
        "present",
        W,
        "Las crisis económicas se programan con años de antelación en salones cerrados de Suiza.",
        [f("Las crisis económicas se programan con años de antelación en salones cerrados", CN, "engineered_event")],
    ),
    (
        "es",
        "present",
        W,
        "Los periódicos tienen orden de no mencionar jamás a las familias que mandan de verdad.",
        [
            f(
                "Los periódicos tienen orden de no mencionar jamás a las familias que mandan de verdad",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "es",
        "present",
        W,
        "El historiador que se atreve a contarlo pierde su cátedra al día siguiente.",
        [f("El historiador que se atreve a contarlo pierde su cátedra al día siguiente", CN, "media_cover_up")],
    ),
    (
        "es",
        "historical",
        W,
        "Los banqueros judíos de Fráncfort compraron a los diputados liberales uno por uno.",
        [f("Los banqueros judíos de Fráncfort compraron a los diputados liberales", AS)],
    ),
    (
        "es",
        "historical",
        W,
        "Un puñado de financieros de la City dirigía desde sus despachos la política exterior de media Europa.",
        [
            f(
                "Un puñado de financieros de la City dirigía desde sus despachos la política exterior de media Europa",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Primo de Rivera cayó porque así lo decidieron unos pocos en una reunión secreta en París.",
        [f("así lo decidieron unos pocos en una reunión secreta", CN, "hidden_hand")],
    ),
    (
        "es",
        "historical",
        W,
        "Las órdenes de la huelga general venían de una logia de Barcelona.",
        [f("Las órdenes de la huelga general venían de una logia", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        W,
        "Trotski era un simple agente de la banca norteamericana.",
        [f("era un simple agente de la banca norteamericana", CN, "puppet_of_master")],
    ),
    (
        "es",
        "historical",
        W,
        # replaced after the first run: the first wording shared eight words with a test sentence of the
        # tagger's training data (test_tagger.py's leak check); this one is new and had its own first run
        "Los hermanos de la logia habían penetrado en la Armada mucho antes del motín.",
        [f("Los hermanos de la logia habían penetrado en la Armada", CN, "infiltration")],
    ),
    (
        "es",
        "present",
        W,
        "Todo estaba escrito: quienes financian a los dos partidos ya sabían el resultado.",
        [f("quienes financian a los dos partidos ya sabían el resultado", CN, "hidden_financiers")],
    ),
    (
        "es",
        "historical",
        W,
        "Los mismos que prestaron el dinero a Napoleón se lo prestaron a sus enemigos, y siempre ganaron ellos.",
        [f("Los mismos que prestaron el dinero a Napoleón se lo prestaron a sus enemigos", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        W,
        "La verdad sobre la gripe de 1918 quedó enterrada en los archivos por orden de arriba.",
        [f("La verdad sobre la gripe de 1918 quedó enterrada en los archivos", CN, "media_cover_up")],
    ),
    # --- English ---
    (
        "en",
        "historical",
        W,
        "The same handful of bankers decided who would sit in the White House for fifty years.",
        [f("The same handful of bankers decided who would sit in the White House", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        W,
        "Kerensky was nothing but a puppet of the Masonic lodges.",
        [f("was nothing but a puppet of the Masonic lodges", CN, "puppet_of_master")],
    ),
    (
        "en",
        "historical",
        W,
        "Communist agents had wormed their way into every newsroom in Hollywood and New York.",
        [f("Communist agents had wormed their way into every newsroom", CN, "infiltration")],
    ),
    (
        "en",
        "historical",
        W,
        "The Lusitania was not sunk by chance; it was offered up to drag America into the war.",
        [
            f("The Lusitania was not sunk by chance", CN, "nothing_is_chance"),
            f("it was offered up to drag America into the war", CN, "engineered_event"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "Churchill knew the raid on Coventry was coming and let the city burn to protect his secret.",
        [f("Churchill knew the raid on Coventry was coming and let the city burn", CN, "foreknowledge_as_proof")],
    ),
    (
        "en",
        "present",
        W,
        "Every recession of the last century was planned in advance by a few families in Manhattan.",
        [f("Every recession of the last century was planned in advance by a few families", CN, "engineered_event")],
    ),
    (
        "en",
        "present",
        W,
        "The networks have been told not to air a single word about the meeting.",
        [f("The networks have been told not to air a single word about the meeting", CN, "media_cover_up")],
    ),
    (
        "en",
        "present",
        W,
        "Any professor who questions the official story is fired within a week.",
        [f("Any professor who questions the official story is fired within a week", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        W,
        "The Bolshevik leaders took their money from Wall Street and their orders from London.",
        [f("took their money from Wall Street and their orders from London", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        W,
        "Jewish financiers in New York bankrolled the revolution and chose its commissars.",
        [f("Jewish financiers in New York bankrolled the revolution", AS)],
    ),
    (
        "en",
        "historical",
        W,
        "Nothing that happened in Sarajevo in 1914 was an accident.",
        [f("Nothing that happened in Sarajevo in 1914 was an accident", CN, "nothing_is_chance")],
    ),
    (
        "en",
        "historical",
        W,
        "Soviet spies sat at the desks of the State Department and wrote America's China policy.",
        [
            f(
                "Soviet spies sat at the desks of the State Department and wrote America's China policy",
                CN,
                "infiltration",
            )
        ],
    ),
    (
        "en",
        "present",
        W,
        "Someone in the Treasury needed a crash, and a crash is what they got.",
        [f("Someone in the Treasury needed a crash", CN, "engineered_event")],
    ),
    (
        "en",
        "historical",
        W,
        "The Illuminati steered the French Revolution from its first riot to the guillotine.",
        [f("The Illuminati steered the French Revolution", CN, "secret_society")],
    ),
    (
        "en",
        "present",
        W,
        "The governments of Europe are owned by the same three banking dynasties.",
        [f("The governments of Europe are owned by the same three banking dynasties", CN, "hidden_hand")],
    ),
    (
        "en",
        "historical",
        W,
        "Lincoln was merely a tool of the railroad financiers.",
        [f("was merely a tool of the railroad financiers", CN, "puppet_of_master")],
    ),
    (
        "en",
        "present",
        W,
        "The real story of the Kennedy killing was buried by the very people who ordered it.",
        [f("The real story of the Kennedy killing was buried by the very people who ordered it", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        W,
        "The wars of the twentieth century were scheduled decades ahead by the money men of the City.",
        [f("The wars of the twentieth century were scheduled decades ahead by the money men", CN, "engineered_event")],
    ),
    (
        "en",
        "historical",
        W,
        "Roosevelt had the Japanese codes, knew the date of the attack, and hid it from the admirals in Hawaii.",
        [f("knew the date of the attack, and hid it from the admirals in Hawaii", CN, "foreknowledge_as_proof")],
    ),
    (
        "en",
        "historical",
        W,
        "The Freemasons gave the orders and the generals of the Republic obeyed.",
        [f("The Freemasons gave the orders", CN, "secret_society")],
    ),
]

NEUTRAL = [
    # --- Spanish ---
    ("es", W, "La banca Rothschild concedió varios préstamos al gobierno español durante el siglo XIX."),
    ("es", W, "La logia de Cádiz reunía a comerciantes y oficiales liberales en los años de las Cortes."),
    ("es", W, "Richard Sorge fue un agente soviético que informó a Moscú desde Tokio hasta su detención en 1941."),
    ("es", W, "La policía zarista infiltró a sus confidentes en varios comités revolucionarios de San Petersburgo."),
    ("es", W, "Hitler usó el incidente de Gleiwitz como pretexto para invadir Polonia en septiembre de 1939."),
    (
        "es",
        W,
        "Los servicios británicos sabían de antemano que Alemania preparaba una ofensiva en las Ardenas, pero subestimaron su alcance.",
    ),
    ("es", W, "La censura franquista prohibió publicar las noticias sobre la huelga de Asturias de 1962."),
    (
        "es",
        W,
        "El Banco de Inglaterra financió buena parte de la deuda de guerra británica durante las guerras napoleónicas.",
    ),
    (
        "es",
        W,
        "Varios ministros de la Segunda República pertenecían a la masonería, según los registros de las logias.",
    ),
    ("es", W, "Los Fugger prestaron a Carlos V el dinero con el que compró los votos de los electores imperiales."),
    ("es", W, "Las órdenes del Estado Mayor llegaron tarde a las unidades del frente de Annual."),
    ("es", W, "El hundimiento del Maine en La Habana sirvió a la prensa de Hearst para pedir la guerra contra España."),
    (
        "es",
        W,
        "Los historiadores discuten todavía si la explosión del Maine fue un accidente en las calderas o una mina.",
    ),
    (
        "es",
        W,
        "Según los conspiracionistas, unos pocos banqueros dirigen el mundo desde las sombras, una idea que los historiadores rechazan.",
    ),
    (
        "es",
        W,
        "Trotski recibió en Nueva York el apoyo de algunos socialistas emigrados antes de volver a Rusia en 1917.",
    ),
    ("es", W, "El gobierno de Kerenski perdió el control de la guarnición de Petrogrado en octubre de 1917."),
    ("es", W, "La Inquisición prohibió varios libros de los ilustrados y castigó a quienes los difundían."),
    ("es", W, "Los agentes de la Gestapo vigilaban a los exiliados alemanes en París."),
    ("es", W, "El pronunciamiento de Riego en 1820 se preparó en reuniones de oficiales en Andalucía."),
    ("es", W, "Las casas de banca de Londres financiaron los ferrocarriles argentinos a finales del siglo XIX."),
    # --- English ---
    (
        "en",
        W,
        "The Rothschild bank lent large sums to the British government to finance the purchase of the Suez Canal shares.",
    ),
    ("en", W, "The Masonic lodges of Boston counted several leaders of the Revolution among their members."),
    ("en", W, "Klaus Fuchs was a Soviet agent who passed atomic secrets to Moscow from Los Alamos."),
    ("en", W, "The FBI infiltrated informants into the Communist Party of the United States during the 1950s."),
    (
        "en",
        W,
        "The Gulf of Tonkin incident gave the Johnson administration the pretext it used to widen the war in Vietnam.",
    ),
    ("en", W, "British codebreakers knew in advance of several U-boat deployments and rerouted the convoys."),
    ("en", W, "The Soviet press was forbidden to report the Chernobyl accident during its first days."),
    ("en", W, "J. P. Morgan organized a group of bankers to stop the panic of 1907."),
    ("en", W, "Historians agree that the sinking of the Titanic was an accident caused by an iceberg."),
    ("en", W, "The theory holds that a few bankers steer every war, a claim historians of the period reject."),
    (
        "en",
        W,
        "Roosevelt's advisers knew that a Japanese attack somewhere in the Pacific was likely, but they expected it in the Philippines.",
    ),
    ("en", W, "The orders to evacuate Dunkirk came from the War Office in London."),
    ("en", W, "Wall Street banks financed much of the Allied purchases of munitions before 1917."),
    ("en", W, "The Cambridge spies rose to senior posts in the Foreign Office while passing documents to the Soviets."),
    ("en", W, "Alger Hiss was accused in 1948 of having been a Soviet agent while working at the State Department."),
    ("en", W, "Rasputin's influence over the Tsarina alarmed the ministers of the Duma."),
    ("en", W, "The Reichstag fire gave the Nazis a pretext to suspend civil liberties in February 1933."),
    ("en", W, "The censors of the Second Empire banned several of Hugo's pamphlets."),
    ("en", W, "The Federal Reserve was created in 1913 after a meeting of bankers and senators on Jekyll Island."),
    ("en", W, "The conspirators of the July Plot met in secret to plan Hitler's assassination."),
]

if __name__ == "__main__":
    write_blind_set("blind13t", REAL, NEUTRAL, URLS)
