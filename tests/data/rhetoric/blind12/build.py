# ruff: noqa: E501  (one paragraph per line)
"""Write `blind12_real.jsonl` and `blind12_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind12/build.py  (writes next to this folder).

Twelfth round of #16 (16z): reported rhetoric in neutral prose, and recall on paragraphs. Unlike the
earlier blind sets, these are short PARAGRAPHS (two to four sentences) written for cronica by the
round's engineer in new wordings (no page quoted, no paraphrase of blind11/11b), before any code of the
round and before main or the branch ran on any of it.

- real: conspiracist and propaganda paragraphs (hidden financiers, secret societies, puppets, the
  silenced press, "nothing is chance", antisemitic framing, invective against a side), with the
  reader's span marks; a few quote a third party inside the author's own rhetoric (attributed spans).
- neutral: history paragraphs. About half REPORT a conspiracy theory, a propaganda campaign or an
  insult in a historian's voice ("Ford publicó panfletos que acusaban a...", "Stalin called him a
  traitor", "la teoría del Nuevo Orden Mundial sostiene que...", "so-called"); the rest are plain
  history sharing words with the tropes (bankers, lodges, plots, treason trials, puppet states).
  Any flag on them is a false alarm; attributed flags are reported apart by the scorer.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, DO, AF, AS, EM = (
    "Conspiracy_Narrative",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
    "Antisemitic_Framing",
    "Exaggeration-Minimisation",
)
ATT = "attributed"
W = "w"
URLS = {W: "written-for-cronica:blind12"}

REAL = [
    # --- Spanish ---
    (
        "es",
        "historical",
        W,
        "Nadie se pregunta quién pagó los barcos que llevaron a los revolucionarios a Cuba. Detrás de cada insurrección americana estaban las mismas casas de banca de Londres, que financiaban a ambos bandos y cobraban dos veces.",
        [
            f(
                "Detrás de cada insurrección americana estaban las mismas casas de banca de Londres",
                CN,
                "hidden_financiers",
            ),
            f("financiaban a ambos bandos y cobraban dos veces", CN, "hidden_financiers"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "La pérdida de las colonias en 1898 no fue una derrota militar. Fue una entrega pactada en las logias, donde los ministros masones obedecían a sus hermanos de Washington antes que a su patria.",
        [
            f("Fue una entrega pactada en las logias", CN, "secret_society"),
            f(
                "los ministros masones obedecían a sus hermanos de Washington antes que a su patria",
                CN,
                "secret_society",
            ),
        ],
    ),
    (
        "es",
        "present",
        W,
        "Los mismos de siempre mueven los hilos. Los gobiernos cambian de color, pero las órdenes llegan de los despachos de unos pocos financieros que jamás se presentan a unas elecciones.",
        [
            f("Los mismos de siempre mueven los hilos", CN, "puppet_agent"),
            f(
                "las órdenes llegan de los despachos de unos pocos financieros que jamás se presentan a unas elecciones",
                CN,
                "hidden_financiers",
            ),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "La gripe de 1918 no salió de un cuartel de Kansas por azar. Fue ensayada en laboratorios pagados por fundaciones que ya soñaban con reducir la población del planeta.",
        [
            f("no salió de un cuartel de Kansas por azar", CN, "nothing_is_chance"),
            f(
                "Fue ensayada en laboratorios pagados por fundaciones que ya soñaban con reducir la población del planeta",
                CN,
            ),
        ],
    ),
    (
        "es",
        "present",
        W,
        "Esos sicarios de la pluma que llenan las redacciones callan lo que pasó de verdad. Los grandes diarios tienen orden de no publicar una sola línea sobre los documentos que lo prueban.",
        [
            f("Esos sicarios de la pluma", NC),
            f("Los grandes diarios tienen orden de no publicar una sola línea", CN, "media_cover_up"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "El asesinato de Prim fue obra de una mano oculta. Los sicarios de la calle del Turco solo eran peones; quienes los armaron se sentaban en el Congreso y en la logia.",
        [
            f("fue obra de una mano oculta", CN),
            f("Los sicarios de la calle del Turco solo eran peones", CN, "puppet_agent"),
            f("quienes los armaron se sentaban en el Congreso y en la logia", CN, "secret_society"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Aquellas hordas marxistas, chusma embrutecida por el odio, arrasaron iglesias y conventos a las órdenes de Moscú. Eran bestias sin alma, no hombres.",
        [
            f("Aquellas hordas marxistas", NC),
            f("chusma embrutecida por el odio", NC),
            f("a las órdenes de Moscú", CN, "puppet_agent"),
            f("Eran bestias sin alma", NC),
        ],
    ),
    (
        "es",
        "present",
        W,
        "El sionismo internacional controla la banca y los medios de comunicación del mundo. Por eso ningún presidente se atreve a contradecir a los dueños del dinero.",
        [
            f(
                "El sionismo internacional controla la banca y los medios de comunicación del mundo",
                AS,
                "ethnic_religious_label",
            ),
            f("los dueños del dinero", CN, "hidden_financiers"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Cuando Kerenski huyó, el camino quedó libre para los agentes del Káiser. Lenin no era más que un títere alemán enviado en un tren sellado para destruir Rusia desde dentro.",
        [
            f("Lenin no era más que un títere alemán", CN, "puppet_agent"),
            f("para destruir Rusia desde dentro", CN, "infiltration"),
        ],
    ),
    (
        "es",
        "present",
        W,
        "¿Casualidad que el incendio estallara justo la noche antes de la votación? Aquí nada ocurre por casualidad: alguien tenía los planos y alguien sabía la hora.",
        [
            f("¿Casualidad que el incendio estallara justo la noche antes de la votación?", DO, "nothing_is_chance"),
            f("Aquí nada ocurre por casualidad", CN, "nothing_is_chance"),
            f("alguien tenía los planos y alguien sabía la hora", CN, "foreknowledge_as_proof"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "El Gobierno sabía del ataque semanas antes y dejó que ocurriera. Necesitaba muertos para arrastrar a un pueblo pacífico a la guerra.",
        [
            f("El Gobierno sabía del ataque semanas antes y dejó que ocurriera", CN, "foreknowledge_as_proof"),
            f("Necesitaba muertos para arrastrar a un pueblo pacífico a la guerra", CN),
        ],
    ),
    (
        "es",
        "present",
        W,
        "Los historiadores del régimen, esos mercenarios con cátedra, repiten la versión oficial como loros. La verdad está enterrada en archivos que nunca nos dejarán ver.",
        [
            f("esos mercenarios con cátedra", NC),
            f("repiten la versión oficial como loros", LL),
            f("La verdad está enterrada en archivos que nunca nos dejarán ver", CN, "media_cover_up"),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Los jesuitas infiltraron la corte de Carlos III hasta el último despacho. Sus agentes, disfrazados de confesores, dictaban la política del reino a espaldas del monarca.",
        [
            f("Los jesuitas infiltraron la corte de Carlos III hasta el último despacho", CN, "infiltration"),
            f("dictaban la política del reino a espaldas del monarca", CN),
        ],
    ),
    (
        "es",
        "present",
        W,
        "Esa élite globalista quiere una humanidad dócil, vacunada y sin patria. Su plan de reemplazo de la población europea avanza cada día mientras nos distraen con el fútbol.",
        [
            f("Esa élite globalista quiere una humanidad dócil, vacunada y sin patria", CN),
            f("Su plan de reemplazo de la población europea avanza cada día", AF),
            f("mientras nos distraen con el fútbol", CN),
        ],
    ),
    (
        "es",
        "historical",
        W,
        "Como gritaba el general en la radio, los rojos eran «una canalla de asesinos» que había que exterminar. Aquella gentuza no merecía piedad: había vendido España al oro extranjero.",
        [
            f("una canalla de asesinos", NC, voice=ATT, speaker="el general"),
            f("Aquella gentuza", NC),
            f("había vendido España al oro extranjero", CN, "hidden_financiers"),
        ],
    ),
    (
        "es",
        "present",
        W,
        "Las grandes fortunas judías financiaron las dos guerras mundiales y luego escribieron la historia a su medida. Quien lo dice en voz alta es silenciado al instante.",
        [
            f("Las grandes fortunas judías financiaron las dos guerras mundiales", AS, "ethnic_religious_label"),
            f("luego escribieron la historia a su medida", CN),
            f("Quien lo dice en voz alta es silenciado al instante", CN, "media_cover_up"),
        ],
    ),
    # --- English ---
    (
        "en",
        "historical",
        W,
        "Ask who profited and the picture clears. The same handful of London and New York banking houses lent to the Kaiser and to the Allies alike, and the war lasted exactly as long as their loans required.",
        [
            f(
                "The same handful of London and New York banking houses lent to the Kaiser and to the Allies alike",
                CN,
                "hidden_financiers",
            ),
            f("the war lasted exactly as long as their loans required", CN, "hidden_financiers"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "The Maine did not blow up by accident. Someone in Washington needed a pretext, and the newspapers of Hearst had the headlines ready before the wreck stopped burning.",
        [
            f("The Maine did not blow up by accident", CN, "nothing_is_chance"),
            f("Someone in Washington needed a pretext", CN),
            f("had the headlines ready before the wreck stopped burning", CN, "foreknowledge_as_proof"),
        ],
    ),
    (
        "en",
        "present",
        W,
        "Every president since Wilson has been a puppet of the money power. They campaign on change, then take their orders from a cabal of bankers nobody ever elected.",
        [
            f("Every president since Wilson has been a puppet of the money power", CN, "puppet_agent"),
            f("take their orders from a cabal of bankers nobody ever elected", CN, "hidden_financiers"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "Napoleon did not die of cancer. He was slowly poisoned by agents of the British crown, and the doctors on Saint Helena were paid to look away.",
        [
            f("He was slowly poisoned by agents of the British crown", CN),
            f("the doctors on Saint Helena were paid to look away", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        "present",
        W,
        "These lapdog journalists will never touch the story. The networks are owned by the same families who own the banks, so the truth about the archives stays buried.",
        [
            f("These lapdog journalists", NC),
            f("The networks are owned by the same families who own the banks", CN, "media_cover_up"),
            f("the truth about the archives stays buried", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "The Bolshevik revolution was a Jewish enterprise from top to bottom. Its commissars took their funds from Jewish bankers abroad and their orders from the synagogue.",
        [
            f("The Bolshevik revolution was a Jewish enterprise from top to bottom", AS, "ethnic_religious_label"),
            f(
                "took their funds from Jewish bankers abroad and their orders from the synagogue",
                AS,
                "ethnic_religious_label",
            ),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "The reds had burrowed into every department of the government. Hundreds of Moscow's agents sat in Washington offices, steering policy while loyal Americans slept.",
        [
            f("The reds had burrowed into every department of the government", CN, "infiltration"),
            f("Hundreds of Moscow's agents sat in Washington offices, steering policy", CN, "infiltration"),
        ],
    ),
    (
        "en",
        "present",
        W,
        "Nothing in history happens by chance. Wars, crashes and pandemics are scheduled years ahead in closed rooms by men whose names never appear in print.",
        [
            f("Nothing in history happens by chance", CN, "nothing_is_chance"),
            f("Wars, crashes and pandemics are scheduled years ahead in closed rooms", CN),
            f("by men whose names never appear in print", CN),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "Those Jacobin butchers were nothing but a gang of bloodthirsty fanatics. Behind their clubs stood the lodges, which had planned the overthrow of the throne for decades.",
        [
            f("Those Jacobin butchers", NC),
            f("a gang of bloodthirsty fanatics", NC),
            f(
                "Behind their clubs stood the lodges, which had planned the overthrow of the throne for decades",
                CN,
                "secret_society",
            ),
        ],
    ),
    (
        "en",
        "present",
        W,
        "The globalist elite wants a rootless, obedient population it can herd. Their great replacement of the native peoples of Europe is proceeding on schedule.",
        [
            f("The globalist elite wants a rootless, obedient population it can herd", CN),
            f("Their great replacement of the native peoples of Europe is proceeding on schedule", AF),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "Roosevelt knew the Japanese fleet was coming and kept Hawaii in the dark. He sacrificed the sailors at Pearl Harbor to drag a reluctant nation into Europe's war.",
        [
            f("Roosevelt knew the Japanese fleet was coming and kept Hawaii in the dark", CN, "foreknowledge_as_proof"),
            f("He sacrificed the sailors at Pearl Harbor to drag a reluctant nation into Europe's war", CN),
        ],
    ),
    (
        "en",
        "present",
        W,
        "The court historians, those tenured propagandists, parrot whatever the establishment tells them. Any scholar who digs too deep loses his post overnight.",
        [
            f("those tenured propagandists", NC),
            f("parrot whatever the establishment tells them", LL),
            f("Any scholar who digs too deep loses his post overnight", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        'As the party paper put it, the kulaks were "bloodsuckers and parasites" who deserved no mercy. Those vermin hoarded grain while honest workers starved.',
        [
            f("bloodsuckers and parasites", NC, voice=ATT, speaker="the party paper"),
            f("Those vermin", NC),
            f("hoarded grain while honest workers starved", LL),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "The Federal Reserve was conceived in secret by a few bankers on a private island. Ever since, a private cartel has printed America's money and pocketed the interest.",
        [f("a private cartel has printed America's money and pocketed the interest", CN, "hidden_financiers")],
    ),
    (
        "en",
        "present",
        W,
        "International Jewry owns the press, the studios and the universities. That is why the real history of the last century is never taught.",
        [
            f("International Jewry owns the press, the studios and the universities", AS, "ethnic_religious_label"),
            f("the real history of the last century is never taught", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        "historical",
        W,
        "Lincoln was removed because he dared to print his own money. The bankers could not allow a president who bypassed them, so they arranged a theatre and a gunman.",
        [
            f("Lincoln was removed because he dared to print his own money", CN, "hidden_financiers"),
            f("so they arranged a theatre and a gunman", CN),
        ],
    ),
]

NEUTRAL = [
    # --- Spanish: reported theories, propaganda and insults ---
    (
        "es",
        W,
        "Henry Ford financió en los años veinte la difusión de panfletos antisemitas que acusaban a los banqueros judíos de provocar la Gran Guerra. Los historiadores han estudiado cómo esos textos llegaron a Alemania.",
    ),
    (
        "es",
        W,
        "La teoría del Nuevo Orden Mundial sostiene que una élite secreta prepara un gobierno único. Los estudiosos de las teorías conspirativas la consideran una reelaboración de viejos mitos antisemitas.",
    ),
    (
        "es",
        W,
        "En sus discursos de 1937, Stalin llamó a Trotski «traidor» y «agente del fascismo». Ninguna de esas acusaciones resistió el examen de los historiadores tras la apertura de los archivos.",
    ),
    (
        "es",
        W,
        "Según la propaganda franquista, la República había sido un instrumento de la masonería y del comunismo internacional. Esa tesis se repitió durante décadas en los manuales escolares del régimen.",
    ),
    (
        "es",
        W,
        "Los Protocolos de los Sabios de Sión, una falsificación de la policía zarista, afirmaban que los judíos planeaban dominar el mundo. El Times de Londres demostró en 1921 que el texto era un plagio.",
    ),
    (
        "es",
        W,
        "Durante la Revolución francesa, el abate Barruel escribió que los masones y los iluminados habían preparado la caída del trono. Su obra tuvo gran difusión entre los emigrados contrarrevolucionarios.",
    ),
    (
        "es",
        W,
        "La prensa carlista de la época tachaba a los liberales de «herejes» y «vendepatrias». Aquellos epítetos muestran la dureza del enfrentamiento político del siglo XIX.",
    ),
    (
        "es",
        W,
        "Algunos autores conspiracionistas afirman que el naufragio del Titanic fue provocado para eliminar a los opositores de la Reserva Federal. No existe ninguna prueba documental de esa hipótesis.",
    ),
    (
        "es",
        W,
        "El régimen nazi presentó el incendio del Reichstag como la señal de una insurrección comunista. Hitler aprovechó la acusación para suspender las libertades civiles al día siguiente.",
    ),
    (
        "es",
        W,
        "Tras la derrota, muchos oficiales alemanes difundieron la leyenda de la puñalada por la espalda, que culpaba a judíos y socialistas de la capitulación. La investigación histórica la ha desmentido por completo.",
    ),
    (
        "es",
        W,
        "El diario oficial del partido describía a los campesinos que resistían la colectivización como «parásitos» y «enemigos de clase». Miles de familias fueron deportadas a Siberia.",
    ),
    (
        "es",
        W,
        "Los partidarios de la tesis del complot sostienen que Roosevelt conocía de antemano el ataque a Pearl Harbor. Las comisiones de investigación no hallaron pruebas de que lo supiera.",
    ),
    (
        "es",
        W,
        "Cicerón calificó a Catilina de «monstruo» y de «peste de la patria» en sus célebres discursos ante el Senado. Los historiadores modernos leen esas invectivas como piezas de oratoria política.",
    ),
    (
        "es",
        W,
        "El mito de la conspiración judeomasónica fue un lugar común de la derecha católica española de entreguerras. Franco lo invocó todavía en su último discurso público, en 1975.",
    ),
    (
        "es",
        W,
        "Los creyentes en la teoría de los Illuminati piensan que la orden fundada por Weishaupt sobrevivió en secreto y gobierna a los presidentes. La orden fue disuelta por el elector de Baviera en 1785.",
    ),
    # --- Spanish: plain history with the tropes' words ---
    (
        "es",
        W,
        "Durante el siglo XIX, la casa Rothschild prestó dinero a muchos gobiernos de Europa. Su red de sucursales en Londres, París, Viena, Nápoles y Fráncfort facilitaba las transferencias entre países.",
    ),
    (
        "es",
        W,
        "La conspiración de la pólvora de 1605 pretendía volar el Parlamento inglés. Guy Fawkes fue detenido en los sótanos junto a varios barriles de pólvora.",
    ),
    (
        "es",
        W,
        "En 1814 se fundó en Odesa la Filikí Eteria, una sociedad secreta que preparó la independencia griega. Sus miembros juraban guardar silencio sobre la organización.",
    ),
    (
        "es",
        W,
        "El estado de Manchukuo, creado por Japón en 1932, fue un estado títere gobernado nominalmente por Puyi. La Sociedad de Naciones se negó a reconocerlo.",
    ),
    (
        "es",
        W,
        "Rafael del Riego fue acusado de alta traición y ahorcado en Madrid en 1823. Su himno se convirtió después en el himno oficial de la Segunda República.",
    ),
    (
        "es",
        W,
        "Los banqueros genoveses financiaron buena parte de las campañas de Felipe II. Las suspensiones de pagos de la Corona en 1557 y 1575 arruinaron a varios de ellos.",
    ),
    (
        "es",
        W,
        "La logia Lautaro reunió en Buenos Aires a oficiales como San Martín y Alvear. Desde allí se coordinaron varias decisiones de la guerra de independencia.",
    ),
    (
        "es",
        W,
        "La Gran Purga costó la vida a cientos de miles de personas entre 1936 y 1938. Los acusados en los procesos de Moscú confesaban crímenes que no habían cometido.",
    ),
    (
        "es",
        W,
        "El golpe de Estado de julio de 1936 fue preparado durante meses por un grupo de generales. El general Mola coordinaba la trama desde Pamplona con el nombre clave de «el Director».",
    ),
    (
        "es",
        W,
        "Benjamin Disraeli, nacido en una familia judía de origen sefardí, fue primer ministro del Reino Unido en dos ocasiones. Compró para Gran Bretaña las acciones del canal de Suez en 1875.",
    ),
    (
        "es",
        W,
        "La Reserva Federal de los Estados Unidos se creó en 1913 tras una reunión discreta en la isla de Jekyll. La ley fue aprobada por el Congreso y firmada por Wilson.",
    ),
    (
        "es",
        W,
        "Durante la guerra fría, el KGB reclutó a varios agentes dentro de los servicios británicos. Kim Philby huyó a Moscú en 1963 cuando su doble juego quedó al descubierto.",
    ),
    (
        "es",
        W,
        "La hambruna de 1932 y 1933 en Ucrania causó millones de muertos. Las autoridades soviéticas negaron su existencia y prohibieron informar sobre ella.",
    ),
    (
        "es",
        W,
        "El 20 de julio de 1944, un grupo de oficiales intentó matar a Hitler con una bomba en la Guarida del Lobo. Tras el fracaso, Stauffenberg fue fusilado esa misma noche.",
    ),
    (
        "es",
        W,
        "Los Fugger prestaron a Carlos I el dinero con el que compró los votos de los electores imperiales en 1519. La deuda se pagó durante años con las rentas de los maestrazgos.",
    ),
    # --- English: reported theories, propaganda and insults ---
    (
        "en",
        W,
        "In the early 1920s Henry Ford's newspaper ran a series blaming Jewish financiers for the war and for the decline of American morals. Ford later issued a public apology, though the articles kept circulating abroad.",
    ),
    (
        "en",
        W,
        "The New World Order theory holds that a secret elite is steering the world toward a single government. Scholars of conspiracy belief trace it to older antisemitic and anti-masonic myths.",
    ),
    (
        "en",
        W,
        'At the 1937 trial, the prosecutor Vyshinsky called the defendants "mad dogs" and "traitors" and demanded that they be shot. Most of them were executed within days of the verdict.',
    ),
    (
        "en",
        W,
        "Nazi propaganda claimed that Jewish bankers in London and New York had plotted the war. Goebbels repeated the charge in speeches and in the weekly newsreels.",
    ),
    (
        "en",
        W,
        "The so-called Protocols of the Elders of Zion, a forgery produced in Russia around 1903, purported to reveal a plan for world domination. A journalist at The Times exposed it as plagiarism in 1921.",
    ),
    (
        "en",
        W,
        "Conspiracy theorists argue that the Moon landings were staged in a studio. Independent tracking stations, including Soviet ones, followed the Apollo missions all the way.",
    ),
    (
        "en",
        W,
        "McCarthy accused the State Department of harbouring more than two hundred communists. The Senate censured him in 1954 after his hearings failed to prove the claim.",
    ),
    (
        "en",
        W,
        'Royalist pamphlets of the 1790s described the revolutionaries as "cannibals" and "monsters". Historians read them as evidence of how polarised opinion had become.',
    ),
    (
        "en",
        W,
        "According to the stab-in-the-back myth, the German army had been betrayed by socialists and Jews at home. The legend was spread by Hindenburg and Ludendorff after 1918.",
    ),
    (
        "en",
        W,
        "Some writers have claimed that the Jesuits were behind the assassination of Lincoln. The claim rests on the memoirs of a former priest and has no support in the trial records.",
    ),
    (
        "en",
        W,
        'Soviet newspapers branded the Kronstadt sailors "White Guard conspirators" in March 1921. In fact the sailors had demanded free elections to the soviets.',
    ),
    (
        "en",
        W,
        "The Black Hand was a secret society of Serbian officers founded in 1911. Some of its members armed the young men who killed Archduke Franz Ferdinand in Sarajevo.",
    ),
    (
        "en",
        W,
        "Believers in the Titanic theory say the ship was sunk to remove opponents of the Federal Reserve. Historians point out that the Fed's founding law was already being drafted without them.",
    ),
    (
        "en",
        W,
        'In his speeches Castro called the exiles in Miami "worms" and "mercenaries of imperialism". The insults became part of the official vocabulary of the Cuban press.',
    ),
    (
        "en",
        W,
        "Franco's regime blamed a \"Judeo-Masonic conspiracy\" for Spain's misfortunes. The phrase appeared in official speeches until the 1970s.",
    ),
    # --- English: plain history with the tropes' words ---
    (
        "en",
        W,
        "Nathan Mayer Rothschild financed the shipment of gold to Wellington's army in the Peninsula. The operation was one of the largest transfers of money of the Napoleonic wars.",
    ),
    (
        "en",
        W,
        "The Gunpowder Plot of 1605 aimed to blow up the House of Lords during the opening of Parliament. The conspirators had rented a cellar beneath the chamber.",
    ),
    (
        "en",
        W,
        "In 1932 Japan set up Manchukuo, a puppet state with the last Qing emperor as its nominal ruler. The League of Nations refused to recognise it.",
    ),
    (
        "en",
        W,
        "Alfred Dreyfus, a Jewish officer from Alsace, was convicted of treason in 1894 on forged evidence. He was cleared and reinstated in the army in 1906.",
    ),
    (
        "en",
        W,
        "George Washington joined the masonic lodge of Fredericksburg in 1752, at the age of twenty. Many officers of the Continental Army belonged to military lodges.",
    ),
    (
        "en",
        W,
        "The Great Terror of 1937 and 1938 swept through the party, the army and the countryside. NKVD troikas sentenced hundreds of thousands of people without trial.",
    ),
    (
        "en",
        W,
        "The Federal Reserve Act was signed by Woodrow Wilson in December 1913. It created twelve regional reserve banks under a board in Washington.",
    ),
    (
        "en",
        W,
        "During the Second World War the Soviet Union ran spies inside the Manhattan Project. Klaus Fuchs passed design details of the bomb to his handlers.",
    ),
    (
        "en",
        W,
        "Catiline gathered indebted nobles and veterans in a plot to seize power in 63 BC. Cicero exposed the conspiracy in the Senate, and Catiline died in battle the following year.",
    ),
    (
        "en",
        W,
        "The Medici bank had branches in London, Bruges, Geneva and Avignon. Its loans to the papacy made the family one of the richest in Europe.",
    ),
    (
        "en",
        W,
        "Benjamin Disraeli, born into a Jewish family that later converted to Anglicanism, served twice as prime minister. He bought Britain's share of the Suez Canal in 1875.",
    ),
    (
        "en",
        W,
        "The Decembrists, a group of officers who had formed secret societies after the Napoleonic wars, rose against Nicholas I in 1825. Five of their leaders were hanged.",
    ),
    (
        "en",
        W,
        "Vidkun Quisling headed a collaborationist government in occupied Norway. He was tried for high treason after the war and shot in 1945.",
    ),
    (
        "en",
        W,
        "The Red Terror was proclaimed by the Bolsheviks in September 1918 after an attempt on Lenin's life. The Cheka carried out mass arrests and executions.",
    ),
    (
        "en",
        W,
        "German industrialists such as Fritz Thyssen gave money to the Nazi party before 1933. Thyssen later broke with Hitler and fled the country.",
    ),
]


if __name__ == "__main__":
    write_blind_set("blind12", REAL, NEUTRAL, URLS)
    print(f"real {len(REAL)}, neutral {len(NEUTRAL)}")
