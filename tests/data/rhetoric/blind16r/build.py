# ruff: noqa: E501  (one sentence per line)
"""Write `blind16r_real.jsonl` and `blind16r_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16r/build.py  (writes next to this folder).

Round 16r of #16 (recall on pages written elsewhere). Sentences quoted verbatim from public pages not
used by any earlier set (the stored "pages" corpus of the search tools), chosen for the three classes of
the round before any code of the round was written and before main or the branch ran on any of them:

- INVECTIVE AS A VERB PHRASE: an act told with a verb that condemns it ("vendieron el oro de su país",
  "sold half of Europe to Stalin and betrayed their ally Poland", "sold out the Poles", "rob the nation's
  soul", "robó al Estado, robó al pueblo");
- AGENTS OF A FOREIGN POWER: a person, party or government cast as acting on a foreign power's orders or as
  its cover ("según las órdenes de Stalin", "Hombre made in Moscú", "a ‘cover’ for Soviet intelligence
  agencies", "a mere agent provocateur working for the German government", "siguiendo instrucciones desde
  las lejanas tierras Siberianas");
- FOREIGN GOLD: foreign money or masters as the motive ("sus amos internacionales", "los usureros
  extranjeros", "ofrecen sus servicios a distintos especuladores de la escena mundial").

Neutral sentences: history of the same facts told plainly (German funds for the Bolsheviks, the gold of
the Bank of Spain sent to Moscow, Soviet subsidies to the CPUSA, Alger Hiss as a Soviet agent, NKVD agents
in Spain, the Fifth Column, Kronstadt crushed, the accusation that Lenin was a German agent), from
encyclopedic, journalistic and historians' pages. Any flag in the author's voice there is a false alarm.
The sentences keep the views of their sources; they are here to be detected, not endorsed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

NC, LL, QR, CN = (
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Questioning_the_Reputation",
    "Conspiracy_Narrative",
)
AGENT, MONEY = "puppet_agent", "hidden_financiers"

URLS = {
    "oro": "http://cotizacionorohoy.info/el-oro-de-moscu-otro-robo-infame-de-los-secuaces-del-socialismo/",
    "pyu": "https://patriayunidad.blogspot.com/2019/07/personajes-de-la-segunda-republica-juan.html",
    "pyu2": "https://patriayunidad.blogspot.com/2019/08/personajes-de-la-segunda-republica-juan.html",
    "mh": "https://memoriahistorica.blogspot.com/2013/01/juan-negrin-el-gran-estafado.html",
    "sol": "https://solidaridad.net/negrin5434",
    "trot": "http://comunista.net/m/espanol/trotsky/1918/14ix.htm",
    "ld": "https://www.libertaddigital.com/opinion/eduardo-goligorsky/asi-negocia-la-quinta-columna-87573/",
    "par": "https://paradoxa.mx/la-quinta-columna",
    "am1": "http://am-hist-01.blogspot.com/2016/11/soviet-moles-influence-us-policy.html",
    "am2": "http://am-hist-01.blogspot.com/2016/09/the-soviets-plant-moles-inside-america.html",
    "sf": "https://sfppr.org/2013/01/infiltrate-network-influence/",
    "dis": "https://www.dispropaganda.com/single-post/2019/02/11/yalta-conference-how-uk-and-us-sold-half-of-europe-to-stalin-and-betrayed-their-ally-pola",
    "mc": "https://moviechat.org/tt0932661/Brothers-War/58c817522214d80b5cf92a8d/Selling-out-the-Poles",
    "fp": "https://www.frontpagemag.com/great-october-revolution-financed-enemy-government-oleg-atbashian/",
    "chr": "https://chroniclesmagazine.org/imported/55416/",
    "dys": "http://dyspepsiageneration.com/?p=156988",
    "su": "https://sovereignukraine.net/2015/09/23/gilded-scum-neo-stalinism-in-putins-russia/",
    # neutral
    "wp": "https://www.wikiplanet.click/enciclopedia/ES/Oro_de_Mosc%C3%BA",
    "vs": "https://vscw.ca/es/node/92",
    "epa": "https://www.elperiodicodearagon.com/noticias/escenarios/catherine-merridale-critica_1239114.html",
    "nod": "https://www.nodulo.org/ec/2017/n179p12.htm",
    "wkr": "http://es.wikipedia.org/wiki/Rebeli%C3%B3n_de_Kronstadt",
    "stk": "https://es.stringtranslate.com/rebeli%C3%B3n%20de%20Kronstadt,/Kronstadt_rebellion",
    "mi": "https://www.muyinteresante.com/temas/guerra-civil/page/2",
    "mi2": "https://www.muyinteresante.com/historia/64898.html",
    "lisa": "https://www.lisanews.org/internacional/que-es-la-quinta-columna/",
    "fdoc": "https://fdocuments.es/document/la-quinta-columna-desde-la-rbita-militar-utilidades-.html",
    "tres": "https://tresrombos.noblogs.org/post/2021/01/13/el-oro-de-moscu",
    "ldn": "https://www.libertaddigital.com/opinion/eduardo-goligorsky/asi-negocia-la-quinta-columna-87573/",
    "dw": "https://amp.dw.com/en/how-germany-got-the-russian-revolution-off-the-ground/a-41195312",
    "tf": "https://www.taylorfrancis.com/books/9781315131382/chapters/10.4324/9781315131382-10",
    "bel": "https://mreadz.com/mrrd/824591/p15",
    "usr": "http://us-russia.org/4882-was-lenin-a-german-agent.html",
    "yam": "http://www.yamaguchy.com/library/pearson/lenin_31.html",
    "mak": "https://kostenlosonlinelesen.net/kostenlose-in-europe/lesen/78",
    "wg": "https://winston-groom.freenovelread.com/page,10,445420-the_allies",
    "nob": "http://www.nationalobserver.net/1999_autumn_campbell.htm",
}

REAL = [
    # --- Spanish ---
    (
        "es",
        "historical",
        "oro",
        "El oro de Moscú, otro robo infame de los secuaces del socialismo",
        [f("otro robo infame de los secuaces del socialismo", NC)],
    ),
    (
        "es",
        "historical",
        "oro",
        "El infame Juan Negrín había firmado un decreto en el que se autorizaba al transporte del oro español al lugar que se considerase con mayores garantías.",
        [f("El infame Juan Negrín", NC)],
    ),
    (
        "es",
        "historical",
        "oro",
        "Bien barato vendieron el oro de su país a sus amos internacionales, la verdad.",
        [f("vendieron el oro de su país a sus amos internacionales", CN, MONEY)],
    ),
    (
        "es",
        "historical",
        "pyu",
        "Hoy veremos una primera entrega sobre Juan Negrín, que fue también un nefasto personaje de aquellos tiempos republicanos y “Hombre made in Moscú”, parafraseando el título del libro “Hombres made in Moscú”, autor Enrique Castro Delgado, comunista español y comandante del Quinto Regimiento, Ediciones Luis de Caralt, 1963, 659 páginas, incluido índice.",
        [f("un nefasto personaje", LL), f("“Hombre made in Moscú”", CN, AGENT)],
    ),
    (
        "es",
        "historical",
        "pyu",
        "Casi todos ellos se caracterizaron por su anticlericalismo, y por haber huido cobardemente a Argelia, Francia, México, la URSS, etc.",
        [f("huido cobardemente", LL)],
    ),
    (
        "es",
        "historical",
        "pyu",
        "A pesar de su odio a la religión, algunos murieron católicos, como por ejemplo Azaña, la Pasionaria o Companys, aunque este detalle es negado y omitido por los de la internacional de la mentira, del odio y del terror.",
        [f("los de la internacional de la mentira, del odio y del terror", NC)],
    ),
    (
        "es",
        "historical",
        "pyu",
        "A pesar del ejemplo de Azaña, Negrín y sus compinches se alzaron con inmensas fortunas.",
        [f("Negrín y sus compinches se alzaron con inmensas fortunas", NC)],
    ),
    ("es", "historical", "pyu2", "Y terminamos con este nefasto personaje.", [f("este nefasto personaje", LL)]),
    (
        "es",
        "historical",
        "mh",
        "Robó al Estado, robó al pueblo, mató al Estado, mató al pueblo que servía a ese Estado, traicionó a sus compañeros de partido, Prieto y Largo Caballero, traicionó a su propia propaganda, pregonando la guerra final contra el fascismo mientras trataba de entenderse con él, según las órdenes de Stalin, que no era lo que se dice un demócrata.",
        [
            f("Robó al Estado, robó al pueblo, mató al Estado, mató al pueblo", LL),
            f("traicionó a sus compañeros de partido", LL),
            f("según las órdenes de Stalin", CN, AGENT),
        ],
    ),
    ("es", "historical", "mh", "Llegó al poder engañando a los suyos.", [f("engañando a los suyos", LL)]),
    (
        "es",
        "historical",
        "sol",
        "Una nieta del terrorista socialista Juan Negrín quiere que los españoles honremos a su abuelito.",
        [f("terrorista socialista Juan Negrín", NC)],
    ),
    (
        "es",
        "historical",
        "sol",
        "Juan Negrín fue expulsado del PSOE por su sometimiento a los comunistas y a Stalin, pero Carmen dice que era un hombre honrado.",
        [f("su sometimiento a los comunistas y a Stalin", CN, AGENT)],
    ),
    (
        "es",
        "historical",
        "sol",
        "Juan Negrín derrochaba el dinero robado a los españoles en orgias durante la guerra y el exilio, pero Carmen dice que era un hombre honrado.",
        [f("derrochaba el dinero robado a los españoles en orgias", LL)],
    ),
    (
        "es",
        "historical",
        "trot",
        "La incautación de este oro fue emprendido las órdenes de los capitalistas franceses, británicos, japoneses y estadounidenses.",
        [f("las órdenes de los capitalistas franceses, británicos, japoneses y estadounidenses", CN, AGENT)],
    ),
    (
        "es",
        "historical",
        "trot",
        "Con el fin de extraer sus ganancias de los trabajadores y campesinos rusos, las bestias de caza extranjera, a través de los mercenarios de Checoslovaquia y de los Guardias Blancos, se apropio parte del oro que pertenece al pueblo ruso.",
        [f("las bestias de caza extranjera", NC), f("los mercenarios de Checoslovaquia", NC)],
    ),
    (
        "es",
        "historical",
        "trot",
        "Después de la Revolución de Octubre el pueblo ruso se negó a hacer los pagos a los usureros extranjeros para los préstamos contraídos por parte del Zar.",
        [f("los usureros extranjeros", NC)],
    ),
    (
        "es",
        "present",
        "ld",
        "En España se produce ahora un fenómeno perverso: por si fuera poco tener en su interior una Quinta Columna empeñada en fragmentar el país y dinamitar las instituciones, los tránsfugas que la componen se dividen en ramificaciones que ofrecen sus servicios a distintos especuladores de la escena mundial.",
        [
            f("una Quinta Columna empeñada en fragmentar el país y dinamitar las instituciones", NC),
            f("ofrecen sus servicios a distintos especuladores de la escena mundial", CN, AGENT),
        ],
    ),
    (
        "es",
        "present",
        "ld",
        "Solo participa en su campaña de intoxicación la escoria política de algunos países, como los cuarenta y un senadores franceses enganchados al carro del",
        [f("su campaña de intoxicación", LL), f("la escoria política de algunos países", NC)],
    ),
    (
        "es",
        "present",
        "par",
        "Estas peculiares y sumamente eficientes infiltraciones ocurrieron también en México previo y durante la segunda Guerra Mundial, y al parecer acontecieron también en Estados Unidos durante las elecciones del 2016 que dieron la victoria al Partido Republicano encumbrando a un improbable y controvertido magnate de pocos modales y menor cultura que los dirigió por cuatro años, aparentemente siguiendo instrucciones desde las lejanas tierras Siberianas.",
        [
            f("un improbable y controvertido magnate de pocos modales y menor cultura", NC),
            f("siguiendo instrucciones desde las lejanas tierras Siberianas", CN, AGENT),
        ],
    ),
    # --- English ---
    (
        "en",
        "historical",
        "am1",
        "Such spies were coordinated, in part, through the Communist Party, which was in fact not a political party, not interested in merely advocating policies and candidates, but which was actually a terrorist organization, explicitly advocating a “violent” revolution in North America.",
        [f("was actually a terrorist organization", NC)],
    ),
    (
        "en",
        "historical",
        "am1",
        "Under the sway of Hiss’s advice, and his assessments of various foreign situations, various government officials made decisions which were not in the best interests of the United States, but which were advantageous to the Soviet Union.",
        [
            f(
                "made decisions which were not in the best interests of the United States, but which were advantageous to the Soviet Union",
                CN,
                AGENT,
            )
        ],
    ),
    (
        "en",
        "historical",
        "am2",
        "As early as 1919, the Soviet Socialists used one of their ‘front’ organizations, the IWW, to terrorize the city of Seattle in a general strike.",
        [f("used one of their ‘front’ organizations, the IWW, to terrorize the city of Seattle", CN, AGENT)],
    ),
    (
        "en",
        "historical",
        "am2",
        "The Industrial Workers of the World (IWW) seemed to be a labor union, but was in fact a ‘cover’ for Soviet intelligence agencies.",
        [f("was in fact a ‘cover’ for Soviet intelligence agencies", CN, AGENT)],
    ),
    (
        "en",
        "historical",
        "sf",
        "The agents of influence deceived to remain visible as they rob the nation’s soul.",
        [f("rob the nation’s soul", LL)],
    ),
    (
        "en",
        "historical",
        "sf",
        "They tricked America into collusion with the crimes of Communism.",
        [f("tricked America into collusion with the crimes of Communism", LL)],
    ),
    (
        "en",
        "historical",
        "dis",
        "Yalta Conference: How UK and US sold half of Europe to Stalin and betrayed their ally Poland.",
        [f("sold half of Europe to Stalin and betrayed their ally Poland", LL)],
    ),
    (
        "en",
        "historical",
        "dis",
        "FDR, who was extremely eager to please his murderous Soviet friend in order to win his cooperation in the war against Japan, agreed to almost anything that Stalin put forward.",
        [f("his murderous Soviet friend", NC)],
    ),
    (
        "en",
        "historical",
        "mc",
        "Even if Major Pearman's message about the Russian double cross got through, the Allies had already sold out the Poles a long time before that.",
        [f("sold out the Poles", LL)],
    ),
    (
        "en",
        "historical",
        "mc",
        "This was contemptible cause at that point the Reds were totally desperate yet the Reds were more concerned about exterminating internal resistance and securing post war gains than fighting the Germans.",
        [f("This was contemptible", LL)],
    ),
    (
        "en",
        "historical",
        "fp",
        "Can it be true that Vladimir Lenin, the alleged “leader of the world Proletariat,” whose monuments adorned central squares in every Soviet town and who inspired generations of Soviet citizens, had been a mere agent provocateur working for the German government?",
        [f("a mere agent provocateur working for the German government", CN, AGENT)],
    ),
    (
        "en",
        "historical",
        "fp",
        "It would be safe to assume that Soviet agents, who had penetrated all levels of Western societies early on, had successfully removed and destroyed all proof, along with all the witnesses.",
        [
            f(
                "Soviet agents, who had penetrated all levels of Western societies early on, had successfully removed and destroyed all proof",
                CN,
            )
        ],
    ),
    (
        "en",
        "historical",
        "fp",
        "In the process, he consolidated his power, initiated the policy of Red Terror, brutally exterminated all opposition, and founded the world’s first totalitarian socialist state.",
        [f("brutally exterminated all opposition", LL)],
    ),
    (
        "en",
        "historical",
        "chr",
        "Not only did he not consult the Poles, he lied to them by suppressing his deal with Stalin.",
        [f("he lied to them", QR)],
    ),
    (
        "en",
        "historical",
        "chr",
        "In fact, Roosevelt was lying to the American people.",
        [f("Roosevelt was lying to the American people", QR)],
    ),
    (
        "en",
        "historical",
        "dys",
        "Trotsky, no mean mass murderer himself, gave the book in which he described Stalin’s Soviet Union the title The Revolution Betrayed, the encapsulation of a myth that has stuck.",
        [f("no mean mass murderer himself", NC)],
    ),
    (
        "en",
        "historical",
        "dys",
        "In reality, Stalin largely took the revolution further down the path that Lenin, yet another butcher, had already set.",
        [f("yet another butcher", NC)],
    ),
    (
        "en",
        "historical",
        "su",
        "As it whitewashes the Soviet era’s excesses, the Kremlin gives a passive nod to the unveiling of new monuments to the bloody tyrant Stalin in the interests, presumably, of keeping the Russian masses happy and ‘rallied round the flag’ as young Russian conscripts are dispatched to Ukraine and Syria out of the public eye.",
        [f("the bloody tyrant Stalin", NC)],
    ),
]

NEUTRAL = [
    # --- Spanish ---
    (
        "es",
        "wp",
        "La expresión «Oro de Moscú» (en inglés: Moscow Gold ) ya había sido utilizada en la década de 1930 por la prensa internacional, siendo popularizada durante la Guerra Civil española y los primeros años del régimen franquista en referencia al episodio histórico español.",
    ),
    (
        "es",
        "wp",
        "La cuarta parte restante de la reserva del Banco, es decir 193 toneladas, fue trasladada a Francia y también vendida en su mayor parte, una operación que, por analogía, se conoce como el « Oro de París».",
    ),
    (
        "es",
        "vs",
        "Una campaña de eliminación que se trasladó a España a través de la Comintern y sería ejecutada por los partidos citados y por agentes de la NKVD (Comisariado del Pueblo para Asuntos Internos) enviados para liquidar al disidente Partido Obrero de Unificación Marxista, acusado de ser un agente del fascismo en el seno de la clase obrera.",
    ),
    (
        "es",
        "vs",
        "Su víctima española más conocida y objeto de eliminación sería el dirigente poumista Andreu Nin, secuestrado y asesinado en junio de 1937 en la zona republicana, cuyo cadáver no aparecería nunca, mientras que otros de sus correligionarios, hasta un millar, fueron detenidos, condenados y encarcelados.",
    ),
    (
        "es",
        "epa",
        "Aunque los papeles en que se fundamentaron las acusaciones contra Lenin de ser un espía a sueldo se ha confirmado que eran falsos, no lo es la evidencia de que el dinero del káiser fluyó generosamente en favor de los bolcheviques.",
    ),
    (
        "es",
        "epa",
        "Catherine Merridale retala el crucial viaje de Lenin en tren facilitado por el Gobierno alemán, que le permitió llegar desde su exilio suizo a tiempo de alterar el curso de la revolución y retirar a Rusia de la guerra contra Alemania.",
    ),
    (
        "es",
        "nod",
        "Juan Negrín López, parlamentario socialista, ministro de Hacienda y de Defensa en la Guerra Civil y, finalmente, último jefe de Gobierno de la II República, era hijo de Juan Negrín Cabrera y María de los Dolores López, matrimonio de buena posición.",
    ),
    (
        "es",
        "wkr",
        "Después de encarnizados combates y un número de bajas superior a las diez mil personas, la rebelión fue aplastada.",
    ),
    (
        "es",
        "stk",
        "Trotsky firmó la orden para aplastar la rebelión que describía una serie de medidas operativas, incluida una advertencia a los marineros para que detuvieran la rebelión antes de un asalto del Ejército Rojo.",
    ),
    (
        "es",
        "stk",
        "También argumentó que la ubicación aislada de la fortaleza naval habría permitido que las finanzas fluyeran entre Kronstadt y los emigrados del Ejército Blanco.",
    ),
    (
        "es",
        "mi",
        "Los quintacolumnistas espías y saboteadores leales a los sublevados— se movieron por la «zona roja» cada vez con mayor desparpajo, mientras su amenaza se utilizaba, en ocasiones, como arma arrojadiza para desacreditar y reprimir a las facciones internas.",
    ),
    (
        "es",
        "mi2",
        "El general Emilio Mola, el Director, concretó la «amenaza fantasma» de la Quinta Columna al subrayar que cuatro columnas atacarían Madrid simultáneamente y que la quinta, la de los emboscados leales a sus fuerzas, intervendrían al final para dar el golpe de gracia.",
    ),
    (
        "es",
        "lisa",
        "El origen del término se remonta a la Guerra Civil Española, con varias versiones acerca de su primera acotación.",
    ),
    ("es", "fdoc", "Apareció en un artículo firmado por la “Pasionaria” en la publicación comunista Mundo Obrero."),
    ("es", "tres", "A mediados de 1938, el oro estaba completamente gastado."),
    (
        "es",
        "ldn",
        "La Quinta Columna estuvo formada, en sus orígenes, por los civiles que colaboraban solapadamente, en territorio de la República Española, con el avance de las cuatro columnas del Ejército franquista.",
    ),
    (
        "es",
        "ldn",
        "Hubo muchos casos en que la falsa acusación de pertenecer a ella sirvió como pretexto para asesinar a enemigos personales o políticos.",
    ),
    # --- English ---
    (
        "en",
        "dw",
        "The German chartered train was provided by Kaiser Wilhelm II with the aim of furthering the Russian Revolution.",
    ),
    ("en", "dw", "Lenin's return to his home country was followed with great attention in Berlin."),
    (
        "en",
        "tf",
        "Morris made at least one trip a year to Moscow to pick up funds; Jack received cash from Soviet couriers in New York.",
    ),
    (
        "en",
        "tf",
        "By the end of the 1940s, American communism was once again on the defensive in the US, and Moscow was once again financing a significant percentage of the CPUSA budget.",
    ),
    (
        "en",
        "bel",
        "The top-secret documents he managed to extract included details of hundreds of millions of dollars in payments to Communist-linked parties abroad.",
    ),
    (
        "en",
        "bel",
        "It was headed by Vladimir Osintsev, a specialist in black operations, who ran Communist Party influence campaigns to sow discord in countries where the existence of the Party was illegal, such as El Salvador, Turkey, South Africa and Chile.",
    ),
    (
        "en",
        "usr",
        "Because he returned home by way of Germany — and with the obvious cooperation of the German High Command — which was then at war against Russia and her Entente allies (France, Britain and, from April 6, the United States), allegations that Lenin was a German agent were immediately hurled by his opponents, a charge that remains controversial to this day.",
    ),
    (
        "en",
        "yam",
        "On August 8, 1914, Wilhelm wrote in the margin of an ambassadorial report from Vienna that the revolutionizing of Poland and the Ukraine should be financed on a larger scale.",
    ),
    (
        "en",
        "mak",
        "Calculations recorded by the Germany ministry of foreign affairs on 5 February, 1918 show that 40,580,997 gold marks had been allocated for ‘propaganda and special objectives’ in Russia, and that 26,566,122 of those marks had already been paid out as of 31 January.",
    ),
    ("en", "mak", "First of all, there are the German records themselves, made public after 1945."),
    ("en", "am1", "Documents declassified after the end of the Cold War verify that Alger Hiss was a Soviet agent."),
    (
        "en",
        "wg",
        "It was Easter Sunday when Lenin and a number of other self-exiled revolutionaries at last arrived in Russia via a secret German-armored train from Switzerland, loaded with German gold to boost a Russian revolution.",
    ),
    # replaced after the first run: the first wording ("Addressing the 28th Congress of the Communist Party of
    # the Soviet Union…") shared eight words with a sentence of the tagger's training data (test_tagger's leak check)
    (
        "en",
        "nob",
        "Soviet spokesmen vehemently denied Soviet funding and support for foreign communist parties and terrorist groups and organizations.",
    ),
    (
        "en",
        "nob",
        "The ID-CPSU was the linear descendent of the Comintern and responsible for Moscow's co-ordination of Russia's Cold War programmes.",
    ),
    (
        "en",
        "sf",
        "Spies performed illegitimate tasks surreptitiously; agents of influence carried out their assignments openly, as legitimate U.S. government actions.",
    ),
]


if __name__ == "__main__":
    write_blind_set("blind16r", REAL, NEUTRAL, URLS)
    print(f"real {len(REAL)}, neutral {len(NEUTRAL)}")
