# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind10_real.jsonl` and `blind10_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind10/build.py  (writes next to this folder).

Ninth round of #16 (16r): the blind set of the round that raises recall class by class. Written before
any code of the round and before main or the branch ran on any of it, from pages found for it with the
search tools' "pages" corpus: Francoist propaganda on the "dominación roja" (the Causa General and its
present-day echoes), Latin-American and Spanish anti-communist columns and blogs, Stalin invective,
Goebbels' anti-Bolshevist speeches and the 1937 exhibition booklet, Wittmer's "Yalta Betrayal", a
"stolen history" page on Yalta, Sutton on Wall Street and the Red Cross mission, Starikov on the
sponsors of October, Benson's "riddle" of 1917, and McGrath's "germs of death". Neutral: encyclopedic,
school and press pages on Paracuellos, the Causa General, the Golden Horde, Yalta, the Red Scare,
Alger Hiss, Standard Oil, Soviet espionage in Washington, the "Jewish plot" theory described, Nazi
anti-Bolshevist campaigns described by an archivist. Hard negatives for the round's classes: criminal
words in a historian's account ("delitos cometidos", "robo armado"), control verbs with a real agent
("Standard Oil dominated", "Batú logró controlar"), infiltration as a perception or a proven fact, a
horde as a state's name, a conspiracy theory named. Every address was checked against every `url` of
the other rhetoric sets and of train/ before writing; no page is shared (pages that copy a used page's
text were left out too). Sentences are verbatim (line breaks of the source joined by a space; a page's
citation marks after the final stop dropped; one stray backslash of a page's layout dropped).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, DO, AF, AS, EM, GA, QR = (
    "Conspiracy_Narrative",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
    "Antisemitic_Framing",
    "Exaggeration-Minimisation",
    "Guilt_by_Association",
    "Questioning_the_Reputation",
)

ES_REAL = [
    (
        "es",
        "historical",
        "cg3",
        "Desde que las turbas extremistas se adueñaron de las poblaciones donde el Alzamiento Nacional había fracasado o no se había producido, su actuación se caracterizó por su feroz brutalidad, dando rienda suelta al terror más desenfrenado.",
        [f("las turbas extremistas", NC), f("su feroz brutalidad", LL), f("terror más desenfrenado", LL)],
    ),
    (
        "es",
        "historical",
        "cg3",
        "La venganza personal y el ánimo de rapiña por parte de unas turbas de criminales y de delincuentes comunes, en cuyas manos habia puesto el Gobierno del Frente Popular las armas y el poder, son también motivo muy frecuente de crímenes, cometidos unas veces por las «checas» y otras, directamente, por cualquier grupo de milicianos.",
        [f("unas turbas de criminales y de delincuentes comunes", NC)],
    ),
    (
        "es",
        "historical",
        "cg3",
        "Los funcionarios judiciales y del Ministerio Fiscal son perseguidos con encono y se encuentran a merced de las checas y milicias del Frente Popular, en las que tanto abundan los criminales comunes, deseosos de venganza.",
        [f("en las que tanto abundan los criminales comunes, deseosos de venganza", NC)],
    ),
    (
        "es",
        "historical",
        "cg10",
        "Y, por último, se integran en el Ejército rojo los presos por delitos comunes, recién libertados: asesinos, ladrones y reos de delitos análogos de derecho común.",
        [f("asesinos, ladrones y reos de delitos análogos de derecho común", NC)],
    ),
    (
        "es",
        "historical",
        "limpia",
        "Personas y cosas eclesiásticas, fueron objeto de especialísima persecución por los rojos santanderinos; ciento setenta y uno fueorn los miembros del clero regular y secular asesinados en esta provincia, o sea el catorce por ciento del total de los muertos habidos.",
        [f("los rojos santanderinos", NC)],
    ),
    (
        "es",
        "historical",
        "rambla",
        "Frente al odio satánico responden con el amor de Cristo.",
        [f("odio satánico", LL)],
    ),
    (
        "es",
        "historical",
        "rambla",
        "La España revolucionaria, marxista-leninista, va a desatar la mayor y más cruenta persecución religiosa de los siglos, por encima de la de los césares romanos contra los primeros cristianos.",
        [f("la mayor y más cruenta persecución religiosa de los siglos", EM)],
    ),
    (
        "es",
        "historical",
        "rambla",
        "Esa persecución adquiere los niveles de un Holocausto, con criterios de responsabilidad colectiva similares a los de los nazis con los judíos, de forma que se trata de exterminar a los católicos, con especial inquina hacia los más santos y más piadosos.",
        [f("adquiere los niveles de un Holocausto", EM), f("similares a los de los nazis con los judíos", GA)],
    ),
    (
        "es",
        "historical",
        "ramon",
        "La llegada a los arrabales de Madrid de los militares sublevados, llevó a que el responsable como Consejero de Orden Publico de la Junta Defensa, el antiguo socialista y recién afiliado al partido comunista Santiago Carrillo y su más directo colaborador, el director general de Seguridad Segundo Serrano Poncela y el taciturno y cruel, también comunista, José Cazorla planificasen la eliminación de una enorme masa de presos políticos detenidos desde antes del 18 de julio.",
        [f("el taciturno y cruel", LL)],
    ),
    (
        "es",
        "historical",
        "ramon",
        "Criminales por delitos comunes como García Atadell fundarán checas y pequeñas milicias que se dedicaran a robar y asesinar a cualquiera que pudiera proporcionales un buen botín o tenga aspecto de fascista.",
        [f("Criminales por delitos comunes como García Atadell", NC)],
    ),
    (
        "es",
        "historical",
        "impulso",
        "Desde la publicación del Manifiesto del Partido Comunista en1848, el mundo ha sido objeto de la mentira histórica del ofrecimiento de sustituir el infierno del capitalismo por el paraíso del comunismo.",
        [f("la mentira histórica", LL)],
    ),
    (
        "es",
        "historical",
        "impulso",
        "El socialismo ha resultado ser un engaño para devenir paradójicamente en el opio del pueblo.",
        [f("El socialismo ha resultado ser un engaño", LL)],
    ),
    (
        "es",
        "historical",
        "impulso",
        "José Stalin, el tirano totalitario que gobernó a la desaparecida URSS por el lapso de 30 años, es un tipo con suerte cuando se trata de denunciarlo por su condición de criminal.",
        [f("el tirano totalitario", NC), f("su condición de criminal", NC)],
    ),
    (
        "es",
        "historical",
        "impulso",
        "Para ello desata lo que se conoce como la Gran Purga que dejó un saldo de más de 20 millones de muertos.",
        [f("más de 20 millones de muertos", EM)],
    ),
    (
        "es",
        "historical",
        "almomento",
        "Han sido bestias políticas asesinas, cuyos corazones nunca sintieron ni un ápice de compasión por el otro que no pensara como ellos.",
        [f("bestias políticas asesinas", NC)],
    ),
    (
        "es",
        "historical",
        "almomento",
        "No solo ha ocasionado miseria en los pueblos donde se ha asentado, no solo ha llevado el odio y la división en donde germina la semilla de sus intrigas, sino que también, ha sido la ideología política que más muertes ha ocasionado directa e indirectamente a más de 100 millones de seres humanos, a lo largo y ancho del planeta a causa del despotismo, el totalitarismo, el terror, la represión y los asesinatos que han llevado a cabo en sus gobiernos sus principales dirigentes históricos.",
        [f("la semilla de sus intrigas", LL)],
    ),
    (
        "es",
        "present",
        "cartagena",
        "Ya no me asombro de que haya gente tan ignorante que siga venerando a los mayores asesinos de la historia de la humanidad.",
        [f("gente tan ignorante", NC), f("los mayores asesinos de la historia de la humanidad", EM)],
    ),
    (
        "es",
        "historical",
        "cartagena",
        "Y esa adoración a Mao, el criminal político número uno (en cuanto a número de víctimas, 73 millones) me hizo recordar los elogios y admiraciones al número dos (28 millones), Stalin.",
        [f("el criminal político número uno", NC)],
    ),
    (
        "es",
        "historical",
        "cartagena",
        "Fue tal la iniquidad de aquel monstruo que incluso lo soviéticos (¡los soviéticos!) iniciaron la «desestalinización» del país en cuanto murió.",
        [f("la iniquidad de aquel monstruo", NC)],
    ),
    (
        "es",
        "historical",
        "cartagena",
        "De Stalin hay información y documentación más que suficiente para hacerse una idea de lo genocida que era, al nivel de otros igual de malnacidos que él.",
        [f("otros igual de malnacidos que él", NC)],
    ),
    (
        "es",
        "present",
        "cartagena",
        "Hoy, sin embargo, el primero está en el infierno -merecidamente- y el otro ha sido elevado por una gran parte de la sociedad ignara a los cielos marxistas.",
        [f("la sociedad ignara", NC)],
    ),
    (
        "es",
        "present",
        "cartagena",
        "Hoy impensable en la prensa basura humorística actual como El Jueves o Mongolia.",
        [f("la prensa basura humorística", NC)],
    ),
    (
        "es",
        "present",
        "gomez",
        "Tras la caída del Muro y la implosión de la Unión Soviética han intentado infiltrarse, más que en las fábricas, en las universidades, en el mundo de la cultura, de la religión, de la educación, de los creadores de opinión, en la élite intelectual y universitaria y en los medios de información.",
        [f("han intentado infiltrarse, más que en las fábricas, en las universidades", CN, "infiltration")],
    ),
    (
        "es",
        "present",
        "gomez",
        "Su objetivo, como siempre, es controlar todos los ámbitos de la vida del individuo, decir lo que ellos opinan, pensar lo que ellos piensan, sentir lo que ellos sienten y el que no es como ellos, es basura, fascista, facha, nazi y franquista.",
        [f("Su objetivo, como siempre, es controlar todos los ámbitos de la vida del individuo", CN)],
    ),
    (
        "es",
        "present",
        "minuto30",
        "Otra estrategia que usan algunos bandos del marxismo concatenados con sus idiotas útiles, es el de afirmar que el comunismo ya no existe, lo que despista a muchos ilusos, sobre las verdaderas intenciones de los seguidores de una secta que por su perversidad no se para en pelos para llevar a cabo sus torvos fines, debido a lo cual se debe discernir las verdaderas intenciones de esa falacia, resaltando que el poeta francés del siglo XlX, Charles Baudelaire, decía: “El mejor truco que el diablo inventó fue convencer al mundo de que no existía”",
        [
            f("sus idiotas útiles", NC),
            f("muchos ilusos", NC),
            f("una secta que por su perversidad no se para en pelos para llevar a cabo sus torvos fines", NC),
        ],
    ),
    (
        "es",
        "historical",
        "orillas1",
        "El marxismo al ser irracional por sus componentes mitológicos y supersticiosos, dentro de sus rituales para dominar a los pueblos ha utilizado diferentes máscaras, durante su criminal y burocrática existencia, comenzando por Lenin que se puso como careta la de bolchevique dentro del partido obrero socialdemócrata de Rusia, para posteriormente crear el partido comunista, después de la revolución de octubre de 1917.",
        [f("ha utilizado diferentes máscaras", CN), f("su criminal y burocrática existencia", LL)],
    ),
    (
        "es",
        "present",
        "orillas2",
        "Allá la pandilla de Nicolás Maduro pretende llevar al pueblo a una masacre sin precedentes, porque el poder para los parásitos comunista es su dios, sin importarles para nada la legitimidad ni el sufrimiento del pueblo, ya que el comunismo se fundamenta en llevar a las masas a la más absoluta miseria para que la elite marxista se perpetúe el poder mediante la represión, sin preocuparle en lo más mínimo las calamidades de la ciudadanía.",
        [f("la pandilla de Nicolás Maduro", NC), f("los parásitos comunista", NC)],
    ),
    (
        "es",
        "historical",
        "orillas2",
        "Esto demuestra que el comunismo es sinónimo de muerte, tragedia y dolor, como se ha demostrado en sus 160 años de existencia, convirtiéndose en la organización que más ha cometido crímenes en toda la historia: con 150 millones de asesinatos, ejecutados principalmente por sus figuras más emblemáticas.",
        [
            f("el comunismo es sinónimo de muerte, tragedia y dolor", LL),
            f("la organización que más ha cometido crímenes en toda la historia", EM),
        ],
    ),
    (
        "es",
        "present",
        "orillas3",
        "Pero ya la humanidad conoce las “bondades” del comunismo totalitario, en donde sin temor a ser desmentido se puede afirmar que ese engendro es la organización que más ha cometido crímenes en la historia universal y no es para construir el “paraíso”, sino para montar autocracias perpetuas, pues envilecer al ser humano es la premisa, como sucede con Venezuela, en donde el marxismo, llamado socialismo del siglo XXl, es el padre de la tortura, el hambre y el genocidio.",
        [f("las “bondades”", DO), f("ese engendro", NC), f("es el padre de la tortura, el hambre y el genocidio", LL)],
    ),
    (
        "es",
        "historical",
        "orillas3",
        "Toda esa tragedia del vecino país ha sido patrocinada por la camarilla comunista cubana, siendo el dictador Fidel Castro uno de los que proclamaba el “paraíso comunista”.",
        [f("la camarilla comunista cubana", NC)],
    ),
    (
        "es",
        "present",
        "voto",
        "Inexplicablemente, el comunismo, con el rostro descubierto o disfrazado de socialismo, sigue vivo y saludable, dominando incluso amplios espacios de la cultura y sembrando su maldad siniestra en el planeta, incluso en las democracias, sin que nadie se atreva a cortar la cabeza a la serpiente.",
        [f("sembrando su maldad siniestra en el planeta", LL), f("cortar la cabeza a la serpiente", NC)],
    ),
    (
        "es",
        "historical",
        "voto",
        "Algunos autores incluyen a Dios entre los asesinados por el comunismo, reflejando así el odio comunista a todo tipo de religión y su macabra afición a violar y asesinar a mujeres y hombres que tienen fe.",
        [f("su macabra afición a violar y asesinar a mujeres y hombres que tienen fe", LL)],
    ),
    (
        "es",
        "historical",
        "voto",
        "Es un sistema diseñado para la violencia, la mentira y el control absoluto.",
        [f("Es un sistema diseñado para la violencia, la mentira y el control absoluto", LL)],
    ),
    (
        "es",
        "present",
        "siglo21",
        "Ciertamente, en verdad debo de ser muy obtuso o es que mi cacumen no me da para más, porque no soy capaz de entender que a la altura del tiempo en el que nos encontramos, en pleno siglo XXI, haya quien defienda, predique e intente esparcir por todo el mundo la doctrina y forma de gobierno del Comunismo, que ha sido la más perniciosa, malvada y criminal con la que se han gobernado algunas naciones desde el Manifiesto Comunista de Carl Marx y Engels, en el que se conforman los pensamientos que ambos tenían en materia política, económica y sociológica.",
        [f("la más perniciosa, malvada y criminal", LL)],
    ),
    (
        "es",
        "historical",
        "aller",
        "Ante tanto silencio el Fiscal fascista -que más que fiscal ejercía como inquisidor- le parecían pocos los informes de las parroquias, cuando de cientos de ellas se refería que no había habido persecución religiosa no se habían violentado los cementerios católicos.",
        [f("el Fiscal fascista -que más que fiscal ejercía como inquisidor-", NC)],
    ),
    (
        "es",
        "historical",
        "pdigital",
        "Primero fue la caza del hombre, de la persecución, en nombre de una alucinación revolucionaria.",
        [f("la caza del hombre", LL), f("una alucinación revolucionaria", LL)],
    ),
    (
        "es",
        "present",
        "ntv",
        "Considerando, que es del todo necesario informar a la opinión publica desconocedora por ignorancia unas veces, por desinterés otras y las más por “abducción”  a través del mantra establecido y repetido hasta la extenuación “Golpe de Estado de 1936”; se hace necesario mostrar a  luz pública, informaciones, datos, documentos etc., con la finalidad de que se conozca la verdad, sobre las causas y el desencadenante  de la contienda española de 1936.",
        [f("“abducción”", DO), f("el mantra establecido y repetido hasta la extenuación", DO)],
    ),
]

EN_REAL = [
    (
        "en",
        "historical",
        "wittmer",
        "Such is the trite and dreary tenor of the writings with which the New Deal-Fair Deal diplomats, colum- nists, authors, and professors have flooded the land.",
        [f("the trite and dreary tenor of the writings", LL)],
    ),
    (
        "en",
        "historical",
        "wittmer",
        "Such postulates, aimed at preserving a bankrupt administration and saving the prestige of baleful blunderers, are absurd.",
        [f("a bankrupt administration", LL), f("baleful blunderers", NC)],
    ),
    (
        "en",
        "historical",
        "wittmer",
        "Fact is that flirtation with the Kremlin was the fad of tragically ignorant progressives who guided the na- tion in the years of crisis, and that Franklin Delano Roosevelt, under the continuous influence of the First Lady, was obsessed with turning his charms on Uncle Joe Stalin.",
        [f("tragically ignorant progressives", NC), f("was obsessed with turning his charms on Uncle Joe Stalin", LL)],
    ),
    (
        "en",
        "historical",
        "wittmer",
        "Fact is that Roosevelt, warmhearted and vigorous, but also excessively conscious of his own importance, surrounded himself with a gang of myopic yes-men who, like Harry Hopkins, George C. Marshall, Joseph E. Davies, and Elliot Roosevelt, frivolously praised the Soviet Union to the skies.",
        [f("excessively conscious of his own importance", QR), f("a gang of myopic yes-men", NC)],
    ),
    (
        "en",
        "historical",
        "heist",
        "Codenamed the Argonaut Conference, was the wartime secret meeting from 4 Feb 1945 to 11 Feb 1945 among the heads of government of the U.S., the U.K., and the Soviet Union with FDR (accompanied by communist Alger Hiss – censored from the Wikipedia page), Churchill, and Stalin discussing Europe’s postwar reorganization.",
        [f("censored from the Wikipedia page", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "heist",
        "Many countries and millions of people were betrayed as a result of this secret meeting and as William McCarthy correctly pointed out in 1950 relative to anti-communist to communist: “…the odds have changed from 9 to 1 in our favor to 8 to 5 against us.”",
        [f("Many countries and millions of people were betrayed as a result of this secret meeting", CN)],
    ),
    (
        "en",
        "historical",
        "heist",
        "But, according to Evans and Romerstein, Soviet agents of influence within the Roosevelt government played a key role in keeping intelligence estimates away from FDR that the Japanese were already so badly beaten that the Soviet assistance would not be needed.",
        [
            f(
                "Soviet agents of influence within the Roosevelt government played a key role in keeping intelligence estimates away from FDR",
                CN,
                "infiltration",
                "attributed",
                "Evans and Romerstein",
            )
        ],
    ),
    (
        "en",
        "historical",
        "heist",
        "Perhaps no agent was more important than the notorious Alger Hiss.",
        [f("the notorious Alger Hiss", LL)],
    ),
    (
        "en",
        "historical",
        "sutton",
        "The Wall Street project in Russia in 1917 used the Red Cross Mission as its operational vehicle.",
        [
            f(
                "The Wall Street project in Russia in 1917 used the Red Cross Mission as its operational vehicle",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "sutton",
        "He was in reality nothing but a mask — the Red Cross complexion of the mission was nothing but a mask.",
        [
            f(
                "the Red Cross complexion of the mission was nothing but a mask",
                CN,
                None,
                "attributed",
                "Cornelius Kelleher",
            )
        ],
    ),
    (
        "en",
        "historical",
        "starikov",
        "Was it a repayment for the “sponsorship” assistance in organizing the revolution and the Civil war?",
        [f("a repayment for the “sponsorship” assistance in organizing the revolution", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "starikov",
        "Writer, historian Nikolai Starikov, author of the books “Chaos and revolution weapon of the dollar”, “1917. The answer is “Russian” revolution,” etc., says that the Bolsheviks did not forget their benefactors.",
        [
            f(
                "the Bolsheviks did not forget their benefactors",
                CN,
                "hidden_financiers",
                "attributed",
                "Nikolai Starikov",
            )
        ],
    ),
    (
        "en",
        "historical",
        "starikov",
        "And though they did not completed the “order” for the collapse of Russia, they, nevertheless, more than repaid the financial debts.",
        [f("they did not completed the “order” for the collapse of Russia", CN, "puppet_agent")],
    ),
    (
        "en",
        "historical",
        "benson",
        "While all are agreed that the overthrow of the Russian Empire in 1917 was one of the most important happenings in recorded history, honest attempts to find out exactly what did happen, how it was planned and carried out, have always been attended by difficulty and danger.",
        [
            f(
                "honest attempts to find out exactly what did happen, how it was planned and carried out, have always been attended by difficulty and danger",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "en",
        "historical",
        "benson",
        "And in the West methods of persuasion, pressure and intimidation have been used consistently to sustain the fiction that all that happened in Russia was the overthrow of a harsh Tsarist tyranny by Russia’s long-suffering masses.",
        [
            f(
                "methods of persuasion, pressure and intimidation have been used consistently to sustain the fiction",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "en",
        "historical",
        "benson",
        "Indeed, there is as yet no word in any languages which represents exactly the complex meaning of what happened; so we are compelled to use expressions like “Russian revolution” and “Bolshevik revolution” in this article until the long-concealed full meaning can be unfolded.",
        [f("the long-concealed full meaning", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "mcgrath",
        "They are everywhere – in factories, offices, butcher shops, on street corners, in private business – and each carries in himself the germs of death for society.",
        [f("each carries in himself the germs of death for society", AF, None, "attributed", "Howard McGrath")],
    ),
    (
        "en",
        "historical",
        "goeb35",
        "Indeed perhaps, outside of his work in Germany, the greatest service which our Führer has rendered the world is that here in Germany he has set up a barrier against world Bolshevism against which the waves of this vile Asiatic-Jewish flood break in vain.",
        [f("this vile Asiatic-Jewish flood", AS, "ethnic_religious_label", "attributed", "Goebbels")],
    ),
    (
        "en",
        "historical",
        "goeb35",
        "It is Iniquity under a political mask.",
        [f("Iniquity under a political mask", LL, None, "attributed", "Goebbels")],
    ),
    (
        "en",
        "historical",
        "goeb36",
        "It is nothing but a pathological and criminal kind of madness, devised by Jews, as can well be proved, and led by Jews who aim at destroying the civilized nations of Europe and at founding a Jewish-international world regime that would subject all nations to their power.",
        [
            f("a pathological and criminal kind of madness", LL),
            f(
                "devised by Jews, as can well be proved, and led by Jews who aim at destroying the civilized nations of Europe",
                AS,
                "ethnic_religious_label",
            ),
        ],
    ),
    (
        "en",
        "historical",
        "goeb36",
        "Bolshevism could have had its origin only in the Jewish brain and the sterile asphalt of the metropolis alone made it possible for this thing to grow and spread.",
        [f("Bolshevism could have had its origin only in the Jewish brain", AS, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "goeb36",
        "On such people it was let loose and was acceptable to them because its criminal and crazy doctrine appealed to them.",
        [f("its criminal and crazy doctrine", LL)],
    ),
    (
        "en",
        "historical",
        "rulit3",
        "A few weeks ago this apparatus for world destruction made public to the whole of Europe its plan of campaign for the annihilation of the nations and the states, all arranged and set forth in its tactical and strategical elements.",
        [f("this apparatus for world destruction", NC)],
    ),
    (
        "en",
        "historical",
        "rulit3",
        "It stands before us derobed of its trappings, bare and naked in its whole miserable imposture.",
        [f("its whole miserable imposture", LL)],
    ),
    ("en", "historical", "rulit9", "Its way is marked by mountains of skeletons.", [f("mountains of skeletons", EM)]),
    (
        "en",
        "historical",
        "rulit9",
        "Terrorism, murder, bestiality—these are the traits that characterize every Bolshevist revolution, whether it be successful, as in Russia, or fail and be suppressed, as in Hungary, Bavaria, the Ruhr district and Berlin, or still fighting for power as is the case in Spain today.",
        [f("Terrorism, murder, bestiality", LL)],
    ),
    (
        "en",
        "historical",
        "rulit9",
        "But anywhere else, outside of its home territory, it uses its ingeniously devised propaganda machinery to deceive the world as to its own true nature.",
        [f("uses its ingeniously devised propaganda machinery to deceive the world", CN)],
    ),
    (
        "en",
        "historical",
        "calvin",
        "Without fear, we want to point the finger at the Jew, the instigator, the cause, and the beneficiary of this terrible catastrophe: “See, there is the enemy of the world, the destroyer of cultures, the parasite among the peoples, the son of chaos, the incarnation of evil, the ferment of decomposition, the plastic demon of the collapse of humanity.”",
        [
            f(
                "the Jew, the instigator, the cause, and the beneficiary of this terrible catastrophe",
                AS,
                "ethnic_religious_label",
            ),
            f("the parasite among the peoples", NC, None, "attributed", "Dr. Goebbels"),
        ],
    ),
    (
        "en",
        "present",
        "dutch",
        "It was hijacked by a ruthless dictator with no regard to human life or human suffering.",
        [f("a ruthless dictator with no regard to human life or human suffering", NC)],
    ),
    (
        "en",
        "present",
        "dutch",
        "It is hard to think of all the sorrow this paranoid evil bastard let loose on an illiterate peasant as well as the intellectual population.",
        [f("this paranoid evil bastard", NC)],
    ),
    (
        "en",
        "present",
        "fortress",
        "Stalin's was the single most demonic regime the world has ever seen.",
        [f("the single most demonic regime the world has ever seen", EM)],
    ),
    (
        "en",
        "present",
        "fortress",
        "When you centralize governmental control of everything, you make it far too easy for the monsters to exploit.",
        [f("the monsters", NC)],
    ),
    (
        "en",
        "present",
        "a4cgr",
        "Stalin goes down as not merely one of history’s great murders, but also an exceedingly strange and diabolically paranoid tyrant.",
        [f("an exceedingly strange and diabolically paranoid tyrant", NC)],
    ),
    (
        "en",
        "present",
        "a4cgr",
        "Close to none, suspicious of all, Stalin’s only real consistent “public policy” was torture and murder.",
        [f("Stalin’s only real consistent “public policy” was torture and murder", LL)],
    ),
    (
        "en",
        "present",
        "rlcc",
        "When Hitler faced off against Stalin, it was two maniacs facing each other.",
        [f("two maniacs", NC)],
    ),
    (
        "en",
        "present",
        "raddle",
        "Though I've often used the metaphor that Lenin is a rabid badger, but Stalin was a rabid Kodiak bear.",
        [f("Lenin is a rabid badger", NC), f("Stalin was a rabid Kodiak bear", NC)],
    ),
    (
        "en",
        "present",
        "raddle",
        "Lenin may have actually agreed in the words he propagated, but Stalin, I honestly think that he was just a sick bastard, who probably would have been a nightmare of a person regardless of ideology.",
        [f("a sick bastard", NC), f("a nightmare of a person", NC)],
    ),
]

ES_NEUTRAL = [
    (
        "es",
        "kiddle",
        "Las llamadas matanzas de Paracuellos fueron una serie de ejecuciones organizadas en la retaguardia durante la batalla de Madrid, en el transcurso de la guerra civil española, que llevaron al fallecimiento de numerosos presos considerados del bando sublevado por parte del bando republicano.",
    ),
    (
        "es",
        "kiddle",
        "Los hechos se desarrollaron en dos lugares cercanos a la ciudad de Madrid: los parajes del arroyo de San José, en Paracuellos de Jarama, y en el soto de Aldovea, en el término municipal de Torrejón de Ardoz.",
    ),
    ("es", "kiddle", "Entre el 10 y el 17 de noviembre no hubo extracción alguna, y desde el 4 de diciembre cesaron."),
    (
        "es",
        "altpress",
        "En los primeros días del mes de noviembre las tropas nacionales estaban a las puertas de Madrid.",
    ),
    ("es", "altpress", "El día 2 de noviembre las fuerzas franquistas capturaron Fuenlabrada y Villaviciosa de Odón."),
    (
        "es",
        "altpress",
        "La Junta de Defensa temía que si los presos -muchos de ellos militares, guardias civiles, sacerdotes y personalidades hostiles a la República- eran liberados o fugaban, podrían incrementar el potencial ofensivo de los sublevados.",
    ),
    (
        "es",
        "altpress",
        "Fue entonces cuando la Junta de Defensa dispuso la evacuación de los presos detenidos en la Cárcel Modelo.",
    ),
    (
        "es",
        "cita",
        "Se llevó a las víctimas en autobuses de línea, escoltadas por camiones y vehículos con milicianos y les hicieron bajar en grupos de 10 a 25, atados de dos en dos y caminar hasta el cerro de San Miguel, donde les fusilaron los milicianos y la siguiente saca sería esa misma tarde, de la cárcel Modelo.",
    ),
    (
        "es",
        "cita",
        "El cónsul de Noruega, Félix Schlayer, supo de las evacuaciones de presos y exigió aclaraciones a las autoridades de Madrid y políticos republicanos como José Giral y Manuel de Irujo exigieron respuestas alarmados ante la situación.",
    ),
    (
        "es",
        "terror",
        "Con solo 35 años en 1936, el hombre al que se puso al frente de las prisiones de la República era, junto con Francisco Ascaso y Buenaventura Durruti, entre otros, miembro del grupo de acción anarquista «Los Nosotros», que no solo financió sus actividades en los años veinte mediante el robo armado, sino que también cometió asesinatos.",
    ),
    ("es", "terror", "Eran tiempos turbulentos para el anarcosindicalismo en España."),
    ("es", "akad", "Batu Kan creó la Horda de Oro."),
    (
        "es",
        "akad",
        "Desunida y mal preparada para resistir a la Horda de Oro, Europa se salvó sólo por la muerte del gran kan Ogoday en 1241.",
    ),
    (
        "es",
        "hmong",
        "Horda es la hispanización de la palabra turca y mongola ordo, ordū, que significa 'gran campamento'.",
    ),
    (
        "es",
        "hmong",
        "Batú logró controlar el territorio de Orda y subyugó el litoral septentrional del mar Negro, incorporando a los pueblos túrquicos de la zona a su ejército.",
    ),
    (
        "es",
        "mexalex",
        "Bajo el Imperio de la Horda de Oro, los principados rusos conservaron sus propios gobernantes y administración interna.",
    ),
    (
        "es",
        "mexalex",
        "Sin embargo, eran tributarios del kan, que confirmaban la sucesión principesca y exigían impuestos exorbitantes.",
    ),
    (
        "es",
        "collector",
        "Uno de los tópicos más recurrentes del régimen franquista fue la conspiración judeo masónica.",
    ),
    (
        "es",
        "collector",
        "Elevada a categoría política, fue la excusa para crear un Tribunal Especial para la represión de la Masonería y el Comunismo allá por los años 40.",
    ),
    ("es", "critica", "McCarthy acusó a más personas de ser comunistas, sin tener prueba alguna."),
    (
        "es",
        "critica",
        "Su incapacidad para probar lo que decía sobre traidores en el país, le valió ser censurado por el Senado.",
    ),
    (
        "es",
        "hoy",
        "Hitler optó por el suicidio, mientras Stalin murió «decentemente en su cama» como en el 'Romance sonámbulo' de García Lorca, en su dacha de Kuntsevo.",
    ),
    (
        "es",
        "hoy",
        "El pueblo ruso tenía puestas sus esperanzas en el nuevo régimen, y se encontraron con una dictadura.",
    ),
    (
        "es",
        "muyh",
        "Este episodio de violencia indiscriminada contra prisioneros del bando sublevado fue un duro golpe para la credibilidad de la República.",
    ),
    (
        "es",
        "muyh",
        "La responsabilidad última de los asesinatos ha sido, y sigue siendo, objeto de enconado debate entre los historiadores.",
    ),
    (
        "es",
        "documentop",
        "Desde 1937, las Auditorías de Guerra del Ejército de Ocupación pusieron en marcha la instrucción de averiguaciones que tenían por objeto la identificación de los responsables de los delitos cometidos bajo el Gobierno republicano durante la Guerra Civil, para posteriormente ejercer sobre ellos la represión política.",
    ),
    (
        "es",
        "documentop",
        "Estos procedimientos fueron, por tanto, el punto de partida de la Causa General que se extendió a todo el territorio nacional con la entrada en vigor del Decreto de 26 de abril de 1940.",
    ),
    ("es", "leon", "La Causa General fue dividida en once piezas."),
    (
        "es",
        "leon",
        "En León, el proceso fue abanderado por el fiscal instructor Joaquín Mider y Vigil Escalera, abogado fiscal de la Audiencia Territorial de Oviedo.",
    ),
    (
        "es",
        "leon",
        "Ninguna organización vinculada a la defensa de los derechos humanos asume este proceso, puesto que sólo aporta la versión oficial.",
    ),
    ("es", "wcg", "El número de víctimas incluida en ella es de 85.940."),
    ("es", "leon", "En junio del año pasado, el Ministerio de Cultura abría la Causa General."),
]

EN_NEUTRAL = [
    ("en", "calvin", "From 1936 to 1938, the Nazis waged a variety of anti-Bolshevist campaigns."),
    (
        "en",
        "calvin",
        "With the signing of the German-Russian treaty in August 1939, anti-Bolshevist propaganda ceased abruptly until the attack on Russia in June 1941, soon after which the Nazi party organized another major anti-Bolshevist exhibit.",
    ),
    (
        "en",
        "natpost",
        "Generations of experts have wondered about the finances of the revolutionaries, the so-called Bolsheviks.",
    ),
    (
        "en",
        "natpost",
        "Lenin's Swiss group had little money, a point played up by some Western historians in the Cold War era to come.",
    ),
    (
        "en",
        "natpost",
        "Historian W. Bruce Lincoln says the bald leader of the action disguised himself with a wig and bandages.",
    ),
    (
        "en",
        "spart",
        "In February, 1945, Joseph Stalin, Winston Churchill and Franklin D. Roosevelt met to discuss what would happen after the Second World War.",
    ),
    ("en", "spart", "The conference was held in Yalta on the north coast of the Black Sea in the Crimean peninsula."),
    ("en", "spart", "With Soviet troops in most of Eastern Europe, Stalin was in a strong negotiating position."),
    (
        "en",
        "spart",
        "Roosevelt and Churchill tried hard to restrict post-war influence in this area but the only concession they could obtain was a promise that free elections would be held in these countries.",
    ),
    (
        "en",
        "redscare",
        'A "Red Scare" is the promotion of a widespread fear of a potential rise of communism or anarchism by a society or state.',
    ),
    ("en", "redscare", "The name refers to the red flags that the communists used."),
    (
        "en",
        "redscare",
        "The Second Red Scare, which occurred immediately after World War II, was preoccupied with the perception that national or foreign communists were infiltrating or subverting U.S. society and the federal government.",
    ),
    (
        "en",
        "redscare",
        "The Industrial Workers of the World (IWW), also known as the Wobblies, backed several labor strikes in 1916 and 1917.",
    ),
    (
        "en",
        "issuhub",
        "Taking advantage of the widespread corruption in the Nationalist Party of General Chiang Kai-shek, Communist rebels led by Mao Tse-tung drove Chiang and his Nationalist army from the mainland to the island of Taiwan off the coast of China.",
    ),
    (
        "en",
        "issuhub",
        "The panic over the infiltration of communists into the government worsened when Republican Senator Joseph R. McCarthy of Wisconsin gave a speech on February 9 , 1950 , at a Republican Women’s Club in the McClure Hotel in Wheeling, West Virginia, and said that he held in his hand a list of 205 names of card-carrying communists in the State Department.",
    ),
    ("en", "digfir", "Was there any significant Soviet penetration of the American government?"),
    (
        "en",
        "digfir",
        "Records opened after the 1991 disintegration of the Soviet Union indicate that there was, although it was largely confined to the 1930s.",
    ),
    (
        "en",
        "digfir",
        "Among American suppliers of information to Moscow were FDR’s assistant secretary of the treasury, Harry Dexter White; FDR’s administrative aide Laughlin Currie; a strategically placed midlevel group in the State Department; and several hundred more, some identified only by code name, working in a range of government departments and agencies.",
    ),
    (
        "en",
        "digfir",
        "For one thing, the professional apparatus of Soviet spying in the United States was dismantled or disrupted by American counterintelligence work.",
    ),
    ("en", "fbi", "Alger Hiss was convicted of perjury on January 21, 1950."),
    (
        "en",
        "fbi",
        "The FBI immediately began probing her claims to ensure those who were credibly named—including Hiss—did not continue to have access to government secrets or power.",
    ),
    (
        "en",
        "fbi",
        "Chambers, who had renounced the Communist Party in the late 1930s, testified reluctantly that hot summer day.",
    ),
    (
        "en",
        "fbi",
        "He ultimately acknowledged he was part of the communist underground in the 1930s and that Hiss and others had been members of the group.",
    ),
    (
        "en",
        "jrank",
        'While the pumpkin held no paper, the microfilms, which contained pictures of documents, became known as "The Pumpkin Papers."',
    ),
    ("en", "infog", "Called before HUAC, Hiss categorically denied the charge."),
    (
        "en",
        "infog",
        "When Chambers repeated his claim on nationwide radio, Hiss filed a defamation lawsuit against him.",
    ),
    (
        "en",
        "stdoil",
        "Standard Oil dominated the oil products market initially through horizontal integration in the refining sector, then, in later years vertical integration; the company was an innovator in the development of the business trust.",
    ),
    (
        "en",
        "stdoil",
        '"Trust-busting" critics accused Standard Oil of using aggressive pricing to destroy competitors and form a monopoly that threatened other businesses.',
    ),
    (
        "en",
        "stdoil",
        "After 1896, Rockefeller disengaged from business to concentrate on his philanthropy, leaving Archbold in control.",
    ),
    (
        "en",
        "sadovod",
        "The other conspiracy theory, which sees the Russian Revolution as a result of a Jewish plot, originated with the Russian nationalists of the far Right.",
    ),
    (
        "en",
        "sadovod",
        "By the start of the First World War, five million Jews - half of the worlds Jewish population - lived in Russia.",
    ),
    (
        "en",
        "sadovod",
        "Most Jewish radicals were Zionists (those who wished to emigrate to Palestine to create a Jewish state), or Bundists (those who wanted to create a socialist autonomous Jewish entity in Eastern Europe or Russia) or Mensheviks.",
    ),
]

URLS_ES = {
    "cg3": "http://documentoshistoria.blogspot.com/2012/10/causa-general-capitulo-iii-terror.html",
    "cg10": "http://documentoshistoria.blogspot.com/2012/10/capitulo-x-ejercito-rojo.html",
    "limpia": "https://limpia.centroeu.com/informe-resumen-persecucion-religiosa-1952/?share=email",
    "rambla": "https://ramblalibre.com/2018/09/04/holocausto-catolico-1-voluntad-genocida-de-exterminio",
    "ramon": "https://blogderamonfernandez.blogspot.com/2025/01/los-crimenes-del-frente-popular-en-el.html",
    "impulso": "https://elimpulso.com/?p=853494",
    "almomento": "https://almomento.net/opinion-stalin-la-gallina-y-el-mensaje-socialista/",
    "cartagena": "https://www.cartagenadelevante.es/stalin-y-las-gallinas/?share=reddit",
    "gomez": "https://enriquegomezg.com/2021/04/05/la-propaganda-comunista/",
    "minuto30": "https://www.minuto30.com/opinion/cuales-fuerzas-progresistas/1166646/",
    "orillas1": "https://las2orillas.co/?p=279507",
    "orillas2": "https://las2orillas.co/comunismo-donde-esta-tu-victoria",
    "orillas3": "https://las2orillas.co/cual-paraiso-comunista",
    "voto": "https://www.votoenblanco.com/El-comunismo-debe-ser-ilegalizado-en-todo-el-mundo_a9687.html",
    "siglo21": "https://www.diariosigloxxi.com/texto-diario/mostrar/3306437/delicias-comunismo",
    "aller": "http://historiadelconcejodealler.blogspot.com/2011/03/causa-general-franquista-y-su-memoria.html",
    "pdigital": "https://www.periodistadigital.com/periodismo/20201127/jose-javier-esparza-psoe-dejo-milicias-matando-retaguardia-perdio-guerra-noticia-689404400760/",
    "ntv": "https://ntvespana.com/?p=106274",
    "kiddle": "https://ninos.kiddle.co/Matanza_de_Paracuellos",
    "altpress": "https://alternativepressagency.com/?p=2363",
    "cita": "https://citaconlahistoriajm.blogspot.com/2018/11/las-matanzas-de-paracuellos.html",
    "terror": "https://www.you-books.com/bookepub/J-Ruiz/El-Terror-Rojo/Section0010.xhtml",
    "akad": "https://ak.bloat.cat/definition?url=https%3A%2F%2Fenciclopedia_universal.es-academic.com%2F61851%2FHorda_de_Oro",
    "hmong": "https://hmong.es/es/Horda_de_Oro",
    "mexalex": "https://mexalex.com/horda-de-oro-imperio-de-la",
    "collector": "https://www.collector.com.tr/948796616",
    "critica": "https://portal.critica.com.pa/archivo/02092011/opi01.html",
    "hoy": "https://www.hoy.es/opinion/stalin-20220305000346-ntvo.html",
    "muyh": "https://www.pressreader.com/spain/muy-historia/20180620/281517931840613",
    "documentop": "https://d.documentop.com/comunicacion-causa-general-la-represion-de-los-mas-perversos-_59f524691723dd7690b2ec6c.html",
    "leon": "https://diariodeleon.es/nacional/100601/759372/empezo-causa-general.html",
    "wcg": "http://es.m.wiki.x.io/wiki/Causa_General_contra_la_Masoner%C3%ADa_y_el_Comunismo",
}

URLS_EN = {
    "wittmer": "http://www.realnews247.com/yalta_betrayal.htm",
    "heist": "https://historyheist.com/wickedpedia/yalta-conference/",
    "sutton": "https://exploringrealhistory.blogspot.com/2018/04/part-3wall-street-and-bolshevik.html",
    "starikov": "http://stanislavs.org/2017/11/",
    "benson": "https://www.historiography-project.com/jhrchives/v10/v10p323_Benson.php",
    "mcgrath": "https://essaydocs.org/u-s-state-dept-on-behalf-of-the-soviets-back-in-1937-38-before.html",
    "goeb35": "https://lara.you-books.com/book/Y-Gebbels/Communism-With-The-Mask-Off-And-Bolshevism-In-Theo",
    "goeb36": "https://mk.christogenea.org/references/bolshevism-theory-and-practice",
    "rulit3": "https://rulit.me/books/communism-with-the-mask-off-and-bolshevism-in-theory-and-practice-read-558943-3.html",
    "rulit9": "https://rulit.me/books/communism-with-the-mask-off-and-bolshevism-in-theory-and-practice-read-558943-9.html",
    "calvin": "https://research.calvin.edu/german-propaganda-archive/anti-bolshevism.htm",
    "dutch": "http://thedutchperspective.blogspot.com/2015/01/",
    "fortress": "http://fortressofif.blogspot.com/2009/09/joseph-stalin-pure-evil.html",
    "a4cgr": "https://a4cgr.wordpress.com/2010/01/24/10-164/",
    "rlcc": "http://www.realliberalchristianchurch.org/2018/10/29/lets-not-whitewash-stalin.html",
    "raddle": "https://raddle.me/f/AskRaddle/38355/comment/55713",
    "natpost": "http://www.nationalpost.com/news/story.html?id=38cce5bb-1ef7-439d-a351-607e76877d1f",
    "spart": "https://spartacus-educational.com/2WWyalta.htm",
    "redscare": "https://wikimili.com/en/Red_Scare",
    "issuhub": "https://issuhub.com/view/index?id=4722&pageIndex=259",
    "digfir": "https://digfir-published.macmillanusa.com/henretta8e/henretta8e_ch25_14.html",
    "fbi": "http://www.fbi.gov/news/stories/2013/january/a-byte-out-of-history-the-alger-hiss-story",
    "jrank": "https://law.jrank.org/pages/3014/Alger-Hiss-Trials-1949-50-Bombshell-Seaplane-Pumpkin.html",
    "infog": "https://infogalactic.com/info/Alger_Hiss",
    "stdoil": "https://howlingpixel.com/i-en/Standard_Oil",
    "sadovod": "http://websadovod.ru/tsarist_russia/interpret_7.asp",
}


def main() -> None:
    write_blind_set("blind10", ES_REAL + EN_REAL, ES_NEUTRAL + EN_NEUTRAL, {**URLS_EN, **URLS_ES})


if __name__ == "__main__":
    main()
