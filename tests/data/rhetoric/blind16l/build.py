# ruff: noqa: E501  (one sentence per line)
"""Write `blind16l_real.jsonl` and `blind16l_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16l/build.py  (writes next to this folder).

Round 16l of #16 (recall on pages written elsewhere). Sentences quoted verbatim from public pages not used
by any earlier set (the stored "pages" corpus of the search tools), chosen for the round's two classes before
any code of the round was written and before main or the branch ran on any of them:

- CRIMINAL LABELS AND EPITHETS ON A NAMED PERSON: a criminal noun or a monster epithet as the person's
  description, in apposition, as a predicate or before the name ("el sanguinario y sadista asesino Ernesto
  Che Guevara", "este malnacido", "un auténtico monstruo", "el esbirro de Stalin", "a sadistic tyrant",
  "What a horrid creature he was", "coldblooded monsters");
- SUPERLATIVES OVER HISTORY: an evaluative superlative ranked against history, a century or the world
  ("uno de los mayores genocidas de la historia", "uno de los crímenes más execrables cometidos durante la
  Guerra Civil", "history's most notorious killers", "the most vicious phenomenon of the twentieth century",
  "the worst this world has ever known").

Neutral sentences: the same people and superlatives told as facts (Blokhin as the NKVD's chief executioner,
Beria arrested on charges of treason, "the largest tank battle in history", "la mayor hambruna de la
historia", "la batalla más sangrienta de la historia de la humanidad" with its count, Benedict Arnold's
treason as "the most notorious episode of treason in U.S. history", a label given as others' opinion:
"para sus detractores es un criminal", "He was known as a mass murderer"). Any flag in the author's voice
there is a false alarm. The sentences keep the views of their sources; they are here to be detected, not
endorsed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

NC, LL, EM = "Name_Calling-Labeling", "Loaded_Language", "Exaggeration-Minimisation"

URLS = {
    "dc": "https://www.diariodecuyo.com.ar/columnasdeopinion/Stalin-Hitler-y-Putin-tres-de-los-mas-grandes-genocidas-de-la-Historia--20220529-0048.html",
    "uh": "https://ultimahora.es/opinion/tribuna/2023/08/30/2002993/beria-torturador.html",
    "et": "https://ecuadortoday.media/2019/08/26/beria-el-asesino-mas-eficiente-de-stalin",
    "ar": "https://albertoray.com/el-torturador-de-stalin",
    "dv": "http://dadsvedania.blogspot.com/2008/10/el-genocida-de-paracuellos.html",
    "fc": "https://forocomun.com/foro/el+valle+de+los+caidos/mensaje/76302/amp",
    "sc": "https://sescuatrecampanes.blogspot.com/2012/09",
    "gf": "http://generalisimofranco.com/opinion03/206.htm",
    "fcc": "https://frentecomuncubano.blogspot.com/2012/04/venezuela-chile-los-idiotas-que-admiran.html?m=0",
    "lv": "https://laverdad.com/no-me-maten-soy-el-che",
    "it": "https://infotam.info/el-che-asesino-en-serio",
    "mu": "https://muevete.wordpress.com/2008/08/09/el-carnicero-de-la-cabana/",
    "e2": "http://everything2.com/user/DMan/writeups/Josef+Stalin",
    "lj": "http://www2.ljworld.com/events/2012/aug/10/monster/?print",
    "sm": "https://www.smore.com/exb8",
    "nr": "https://newrepublic.com/article/61271/red-dusk",
    "rf": "http://robertfulford.com/2009-11-07-communism.html",
    "so": "https://www.sott.net/article/367011-Meet-the-real-Lenin-Traitor-parasite-lunatic",
    "pl": "http://poeticleanings-sgw.blogspot.com/2006/01/mao-tse-tung.html",
    "ns": "http://nscontent.news-sentinel.com/?q=blog%2Fpost%2F201201%2Fappeasers-take-note",
    "ul": "https://uslibertynews.com/tag/historys/",
    "jp": "https://justiceforpolishvictims.org/polish-experience/one-of-them-killed-10000-people-by-himself-who-were-the-killers-from-katyn/",
    "up": "https://unstuckpolitics.com/t/biggest-assholes-of-all-time-draft/3473/98",
    # neutral
    "kl": "https://www.klisst.com/k/268a0a60-d153-4b62-89a6-f198d33d9be3/i/25911",
    "ql": "https://quelibroleo.com/autores/craig-william",
    "lf": "https://lafortalezapuq.cl/battleset-wwii-stalingrad-factory-172",
    "cz": "https://calendarz.com/es/amp/on-this-day/march/29/lavrentiy-beria",
    "al": "https://academia-lab.com/enciclopedia/lavrentiy-beria/",
    "mn": "https://meneame.net/m/cultura/lavrenti-beria-himmler-stalin",
    "ff": "https://finofilipino.org/los-pitbulls-son-peligrosos",
    "ecs": "http://escritoconsangre1.blogspot.com/2015/04/mario-teran-el-asesinato-de-ernesto-che.html",
    "em": "http://elmilicianocnt-aitchiclana.blogspot.com/2007/07/biografas-para-olvidar-santiago.html",
    "ya": "https://es.vida-estilo.yahoo.com/30-cr%C3%ADmenes-escalofriantes-espa%C3%B1a-queda-071900583.html",
    "mg": "https://www.meneame.net/story/gran-salto-adelante-explicado-adrian-diaz-marro",
    "dh": "https://diariohuesca.com/internacional/la-gran-hambruna-china/",
    "cr": "https://crola.es/cual-fue-la-peor-hambruna-de-la-historia",
    "en": "https://www.enterarse.com/20191219_0002-el-gran-salto-adelante-la-peor-hambruna-de-la-historia/",
    "ep": "https://es.theepochtimes.com/article/cuanta-gente-murio-en-la-gran-hambruna-de-china-81702.html",
    "cp": "https://conservapedia.com/Battle_of_Kursk",
    "ww": "https://www.ww2depot.com/the-battle-of-kursk-1943/",
    "lm": "https://www.landmarkscout.com/tag/battle-of-kursk/",
    "wb": "https://en.wikipedia.org/wiki/Vasily_Blokhin",
    "wh": "https://worldhistoryandfact.blogspot.com/2023/03/major-general-vasily-mikhailovich.html",
    "sv": "https://sovereignty.pl/murderers-from-katyn-speak-even-the-dogs-fled-at-the-sight-of-us/",
    "rp": "https://www.rallypoint.com/shared-links/lavrentiy-beria-wikipedia",
    "rh": "http://www.rev.hu/history_of_56/szerviz/kislex/biograf/beria_uk.htm",
    "qa": "https://qammunity.org/7560432/?show=7560433",
    "sn": "https://sngine.yubnub.digital/blogs/41166/15-Most-Wanted-The-Worst-Criminals-in-World-History",
    "mo": "http://mobsea.com/Most-Cruel-Rulers-Ever-in-History",
    "wsu": "https://wikisummaries.org/biographical-directory/",
    "bw": "https://blackwells.co.uk/bookshop/product/9781985829107?a_aid=bookhype",
    "br": "https://bookrags.com/ebooks/16508/141.html",
}

# Removed after the first run: the pages of three sentences are in the span tagger's training data
# (tests/data/rhetoric/train), which the held-out test caught; they were not blind. Real: "Sus crímenes le
# convierten en uno de los mayores genocidas de la historia…" (espana-catolica, caught on main and the branch),
# "STALIN on the other hand was a monster…" (social.isurf.ca, caught on both); neutral: "El 5 de marzo de 1953, …
# el dictador comunista Stalin murió en Moscú." (espana-catolica, unflagged on both).
REAL = [
    # --- Spanish ---
    (
        "es",
        "present",
        "dc",
        "Entre ellos, Joseph Stalin, quien condujo los destinos de la Unión Soviética y al canciller alemán Adolf Hitler, condición a la que ahora se suma también el presidente de Rusia, Vladimir Putin, quien demuestra toda su perversidad en la invasión militar en Ucrania.",
        [f("demuestra toda su perversidad", LL)],
    ),
    (
        "es",
        "historical",
        "uh",
        "Alopécico precoz, con gafitas de intelectual, parecía que no había roto un plato en su vida, pero era el peor de los grandes monstruos rusos.",
        [f("el peor de los grandes monstruos rusos", NC)],
    ),
    (
        "es",
        "historical",
        "uh",
        "Georgiano, como su jefe Stalin, fue desde 1938 a 1953 el torturador favorito del genocida soviético.",
        [f("el torturador favorito del genocida soviético", NC)],
    ),
    (
        "es",
        "historical",
        "et",
        "Pero llegó a Moscú y se convirtió en una bestia de la insidia y el mal",
        [f("una bestia de la insidia y el mal", NC)],
    ),
    (
        "es",
        "historical",
        "et",
        "Detrás de su apariencia anodina, el camarada Beria escondía a un auténtico monstruo, un tipo que ejerció de lugarteniente de Stalin con la efectividad de un reloj suizo y el sadismo de un siniestro sociópata.",
        [f("un auténtico monstruo", NC), f("un siniestro sociópata", NC)],
    ),
    (
        "es",
        "historical",
        "ar",
        "El esbirro de Stalin también se encargó de los batallones de la NKVD que acompañaban al Ejército Rojo durante la guerra.",
        [f("El esbirro de Stalin", NC)],
    ),
    (
        "es",
        "historical",
        "ar",
        "Su carrera en la NKVD fue tan abominable que, a la muerte de Stalin en 1953, el propio mariscal Zhukov, héroe de la Segunda Guerra asumió personalmente su juicio y su ejecución.",
        [f("tan abominable", LL)],
    ),
    (
        "es",
        "historical",
        "dv",
        "El inicio de la Guerra Civil pilla a Carrillo en París, aunque pronto cruza la frontera para llegar a Madrid, momento en que este malnacido comienza su andadura como auténtico criminal asesino.",
        [f("este malnacido", NC), f("auténtico criminal asesino", NC)],
    ),
    (
        "es",
        "historical",
        "dv",
        "Pero poco dura su cautiverio, y para celebrarlo Carrillo decide viajar a Moscú para empaparse hasta la médula de todos los principios del comunismo más radical y asesino.",
        [f("comunismo más radical y asesino", LL)],
    ),
    (
        "es",
        "historical",
        "fc",
        "Las matanzas protagonizadas por el ‘desmemoriado’ genocida Carrillo, ocurridas entre los días 7 de noviembre y 4 de diciembre de 1936, contabilizadas por Ramón Salas Larrazábal -que por su objetividad se ha ganado un lugar de honor entre los historiadores de la guerra civil- son las siguientes:",
        [f("el ‘desmemoriado’ genocida Carrillo", NC)],
    ),
    (
        "es",
        "historical",
        "sc",
        "Mientras los socialistas comunistas no cesan de alabar los méritos de Carrillo para la democracia ¿...? Carrillo no deja de ser el responsable de uno de los crímenes más execrables cometidos durante la Guerra Civil española.",
        [f("uno de los crímenes más execrables cometidos durante la Guerra Civil española", EM)],
    ),
    (
        "es",
        "historical",
        "gf",
        "En cierto modo, la vida de este repugnante ser humano es un misterio, como lo prueba que muy pocos supieran que estuvo casado una primera vez y que tuvo una hija a la que abandonó enferma en la URSS.",
        [f("este repugnante ser humano", NC)],
    ),
    (
        "es",
        "historical",
        "fcc",
        "Recientemente nuestra comunidad del sur de la Florida donde viven miles de víctimas de la terrible tiranía Castrocomunista que ha oprimido a Cuba donde se ha derramado tanta sangre por más de 50 años, presenció el espectáculo de una segunda película sobre el sanguinario y sadista asesino Ernesto Che Guevara.",
        [f("la terrible tiranía Castrocomunista", NC), f("el sanguinario y sadista asesino Ernesto Che Guevara", NC)],
    ),
    (
        "es",
        "historical",
        "fcc",
        "El artista de la serie de películas Pirates of the Caribbean (Piratas del Caribe) está sin camisa con un collar de cuero y una medalla grande con la cara del asesino Che Guevara.",
        [f("asesino Che Guevara", NC)],
    ),
    (
        "es",
        "historical",
        "lv",
        "Según el periodista cubano Gabriel Astengo: “Fue un 9 de octubre de 1967, en que el mundo comenzó a respirar mucho mejor”, con motivo de que ese día fue ajusticiado el mercenario sanguinario y cobarde, Ernesto Guevara de la Serna.",
        [f("el mercenario sanguinario y cobarde, Ernesto Guevara de la Serna", NC)],
    ),
    (
        "es",
        "historical",
        "it",
        "El Che fue un asesino serial, un asesino en serio.",
        [f("un asesino serial, un asesino en serio", NC)],
    ),
    (
        "es",
        "historical",
        "mu",
        "Ernesto Guevara es venerado como un ser celestial, a pesar de su conocido papel de verdugo en el baño de sangre con que se inauguró la revolución castrista.",
        [f("su conocido papel de verdugo en el baño de sangre", NC)],
    ),
    # --- English ---
    (
        "en",
        "historical",
        "e2",
        "One of the most bloodthirsty tyrants of the 20th century, right next to Mao Zedong and Adolf Hitler.",
        [f("One of the most bloodthirsty tyrants of the 20th century", EM)],
    ),
    (
        "en",
        "historical",
        "lj",
        "Josef Stalin earned a spot at the top of the list of history's most notorious killers.",
        [f("history's most notorious killers", EM)],
    ),
    (
        "en",
        "historical",
        "lj",
        "When history’s most monstrous murderers are cited, such names as Hitler, Genghis Khan, Attila the Hun and the Mongols are quick to surface.",
        [f("history’s most monstrous murderers", EM)],
    ),
    (
        "en",
        "historical",
        "lj",
        "Stalin in his bloody reign is considered responsible for at least 20 million deaths of fellow Russians.",
        [f("his bloody reign", LL)],
    ),
    (
        "en",
        "historical",
        "sm",
        "one of the most powerful and murderous dictators in history, Stalin was the supreme ruler of the soviet union for a quarter of a century.",
        [f("one of the most powerful and murderous dictators in history", EM)],
    ),
    (
        "en",
        "historical",
        "nr",
        "As both doctrine and praxis, to borrow from the old vernacular, communism may have been the most vicious phenomenon of the twentieth century.",
        [f("the most vicious phenomenon of the twentieth century", EM)],
    ),
    (
        "en",
        "historical",
        "nr",
        "Perhaps that is one reason why Hitler's demented regime lasted a bare dozen years.",
        [f("Hitler's demented regime", LL)],
    ),
    (
        "en",
        "historical",
        "nr",
        "But the world is not quite done with the epigones of Leninism, some still governing in a few benighted, if enormous jurisdictions and others still fighting, poor deluded folk, in the mountains.",
        [f("poor deluded folk", NC)],
    ),
    (
        "en",
        "historical",
        "rf",
        "Communism, the great fraud of the 20th century, was the Ponzi scheme of ideologies, a con game that lived as long as its lies were believed but collapsed when the truth became clear to everyone.",
        [f("the great fraud of the 20th century", EM), f("the Ponzi scheme of ideologies, a con game", NC)],
    ),
    (
        "en",
        "historical",
        "rf",
        "This week, remembering the destruction of the Berlin Wall 20 years ago, we commemorate the end of a monstrous, murderous swindle.",
        [f("a monstrous, murderous swindle", LL)],
    ),
    (
        "en",
        "historical",
        "rf",
        "It was an empire of illusion that began as the fantasy of intellectuals and ended in the hands of police thugs.",
        [f("police thugs", NC)],
    ),
    (
        "en",
        "historical",
        "so",
        "There is a general consensus that Stalin was a sadistic tyrant.",
        [f("a sadistic tyrant", NC)],
    ),
    (
        "en",
        "historical",
        "pl",
        "Having just finished a biography of Mao Tse Tung, I am left with one thought: What a horrid creature he was.",
        [f("What a horrid creature he was", NC)],
    ),
    (
        "en",
        "historical",
        "pl",
        "The story of his life is essentially the saga of the destruction of a people by a man who might be the worst this world has ever known.",
        [f("a man who might be the worst this world has ever known", EM)],
    ),
    (
        "en",
        "historical",
        "pl",
        "He was an opportunist who was so ruthless that he gained an upper hand on others simply by being relentlessly evil.",
        [f("relentlessly evil", LL)],
    ),
    (
        "en",
        "historical",
        "ns",
        "Communists really were coldblooded monsters, and Ronald Reagan was talking about only a part of it when he (accurately) described the Evil Empire.",
        [f("coldblooded monsters", NC)],
    ),
    (
        "en",
        "historical",
        "ul",
        "Mass Murderer: Mao Zedong’s Reign of Terror in History’s Darkest Corner",
        [f("History’s Darkest Corner", EM)],
    ),
    (
        "en",
        "historical",
        "jp",
        "Intoxicated sadists, professional NKVD enforcers, prison guards and ordinary drivers.",
        [f("Intoxicated sadists", NC)],
    ),
    (
        "en",
        "historical",
        "up",
        "Whether arresting, torturing, and executing his enemies (real or perceived); fomenting famine; or co-operating with Hitler, it can be easily agreed that Stalin was one of history’s biggest assholes.",
        [f("one of history’s biggest assholes", NC)],
    ),
]

NEUTRAL = [
    # --- Spanish ---
    (
        "es",
        "kl",
        "Con una estimación de aproximadamente 2 millones bajas entre soldados de ambos bandos y civiles soviéticos, la batalla de Stalingrado es considerada la más sangrienta de la historia de la humanidad y la más famosa de la Segunda Guerra Mundial",
    ),
    (
        "es",
        "ql",
        "Stalingrado fue la batalla más sangrienta de la última guerra mundial, y la más costosa en vidas humanas: casi dos millones de muertos.",
    ),
    (
        "es",
        "lf",
        "Se estima que durante toda la Batalla de Stalingrado, las fuerzas del Eje perdieron alrededor de 850.000 soldados, muertos, heridos y capturados.",
    ),
    (
        "es",
        "cz",
        "Beria fue el más longevo y el más influyente de los jefes de la policía secreta de Stalin, ejerciendo su influencia más sustancial durante y después de la Segunda Guerra Mundial.",
    ),
    (
        "es",
        "cz",
        "Tras la invasión soviética de Polonia en 1939, fue responsable de organizar purgas como la masacre de Katyn de 22.000 oficiales y funcionarios polacos.",
    ),
    (
        "es",
        "al",
        "Más tarde también orquestó la revuelta forzada de las minorías del Cáucaso al frente de la NKVD, acto que fue declarado genocida por varios estudiosos y, en lo que respecta a los chechenos, en 2004 por el Parlamento Europeo.",
    ),
    (
        "es",
        "mn",
        "En 1938 llegó a Moscú como lugarteniente de Nikolai Yezhov, \"el enano sanguinario', jefe de la policía secreta soviética (NKVD).",
    ),
    (
        "es",
        "mn",
        "Al final de ese año Yezhov fue sustituido por Beria en el mando, y dos años más tarde fue ejecutado tras ser acusado por el propio Beria.",
    ),
    (
        "es",
        "ff",
        "Bajo el mando de Nikolai Ieshov, jefe del NKVD, la organización llevó a cabo la Gran Purga, que consistió en el encarcelamiento o ejecución de un gran número, posiblemente más de un millón, de ciudadanos de toda la Unión Soviética como supuestos «enemigos del pueblo».",
    ),
    (
        "es",
        "ecs",
        "Su figura despierta grandes pasiones en la opinión pública, tanto a favor como en contra, y ha sido convertido en un símbolo de relevancia mundial; para muchos de sus partidarios, representa la lucha contra las injusticias sociales, la rebeldía y el espíritu incorruptible; para sus detractores es un criminal, responsable de asesinatos en masa, ejecuciones sumarias y una pésima gestión como Ministro de Industria.",
    ),
    (
        "es",
        "ecs",
        "Durante su vida fue muchas cosas: político, escritor, periodista, médico, ideólogo y comandante de la Revolución Cubana (1953-1959).",
    ),
    (
        "es",
        "em",
        "Desde 1928 (13 años) fue miembro de las Juventudes Socialistas del PSOE (Partido Socialista Obrero Español), en las que actuó para convertirlas en comunistas, partido al que pasó en 1936.",
    ),
    (
        "es",
        "sc",
        "El texto, de 30 de julio de 1937, señala que el peneuvista Irujo quería detener a Carrillo, “secretario general de la Juventud Socialista Unificada, porque cuando los fascistas se estaban acercando a Madrid, Carrillo, que era entonces gobernador, dio la orden de fusilar a los funcionarios fascistas detenidos”.",
    ),
    (
        "es",
        "ya",
        "Por sus páginas desfilan desde Manuel Blanco Romasanta, el famoso “hombre lobo” de Allariz, que cometió trece asesinatos a principios del siglo XIX, pasando por los Sacamantecas, figuras no tan folclóricas y que surgieron a partir de la creencia de la que tuberculosis se podía curar bebiendo sangre de niños recién nacidos, o Manuel Delgado Villegas, el Arropiero, considerado el asesino en serie más terrible de la historia de España que reconoció haber matado a más de 50 personas.",
    ),
    ("es", "dc", "En 1937 hubo una gran purga contra supuestos enemigos de su gobierno."),
    ("es", "mg", "Entre 1958 y 1961, China vivió la mayor hambruna de la historia."),
    (
        "es",
        "dh",
        "La Gran Hambruna China está considerada como la más mortífera y uno de los mayores desastres provocados por el hombre en la historia de la humanidad, con un número estimado de muertos por inanición que oscila entre las decenas de millones (de 15 a 55 millones).",
    ),
    (
        "es",
        "cr",
        "Sin embargo, si tomamos en cuenta la cantidad de víctimas y la duración de la crisis, podemos afirmar que la peor hambruna de la historia fue la que ocurrió entre 1958 y 1961 en China.",
    ),
    ("es", "en", "Entre 20 y 45 millones de chinos murieron a causa de esta campaña."),
    (
        "es",
        "ep",
        "Algunos historiadores lo llaman el peor desastre humano en la historia causado por los hombres, matar una de cada ocho personas en algunos sitios.",
    ),
    # --- English ---
    (
        "en",
        "cp",
        "Kursk was the last German offensive of any strategic significance in the east; henceforth, they would conduct a fighting retreat.",
    ),
    (
        "en",
        "ww",
        "The Battle of Kursk was one of the largest tank battles in history and is often referred to as the greatest tank battle ever fought.",
    ),
    (
        "en",
        "lm",
        "The Battle of Kursk, fought between July 5 and August 23, 1943, was the largest tank battle in history and a decisive turning point on the Eastern Front of World War II.",
    ),
    (
        "en",
        "wb",
        "Vasily Mikhailovich Blokhin (1895 – 3 February 1955) was a Soviet secret police official who served as the chief executioner of the NKVD under the administrations of Genrikh Yagoda, Nikolay Yezhov and Lavrentiy Beria.",
    ),
    (
        "en",
        "wb",
        "Blokhin is recorded as having executed tens of thousands of prisoners by his own hand, including his killing of about 7,000 Polish prisoners of war during the Katyn massacre in spring 1940, making him the most prolific official executioner in recorded world history.",
    ),
    (
        "en",
        "wb",
        "Blokhin was forced into retirement in 1953 after the death of Stalin and condemned during de-Stalinization shortly before his death in 1955.",
    ),
    ("en", "wh", "Blokhin served as the chief executioner of the NKVD during Stalins reign."),
    (
        "en",
        "sv",
        "The group was led by Vasili Blokhin, Czekist [a member of Cheka, the Soviet state security police], the most notorius executioner in the history of the Soviet Union.",
    ),
    (
        "en",
        "rp",
        "During the coup d'état led by Nikita Khrushchev and assisted by the military forces of Marshal Georgy Zhukov, Beria was arrested on charges of treason.",
    ),
    (
        "en",
        "rp",
        'He attended the Yalta Conference with Stalin, who introduced him to U.S. President Franklin D. Roosevelt as "our Himmler".',
    ),
    (
        "en",
        "rh",
        "After that, he became head of the NKVD, the Soviet political police, and one of the people primarily responsible for the Stalinist show trials.",
    ),
    ("en", "rh", "In December 1953, he was arrested on trumped-up charges and executed."),
    (
        "en",
        "qa",
        "He was known as a mass murderer because of his frequent use of KGB Secret Police and the Gulags to send away his political opponents, treasonous citizens, Spies, POWs etc.",
    ),
    # replaced after the first run (it shared eight words with the tagger's training data, tr-en-c-n014): the
    # first wording was "Joseph Stalin, the General Secretary of the Communist Party of the Soviet Union, ruled
    # with an iron fist from the mid-1920s until his death in 1953." (unflagged on main and the branch)
    (
        "en",
        "sn",
        "He instilled fear through the NKVD, executing perceived enemies and dissenters, often without trial.",
    ),
    (
        "en",
        "sn",
        "Stalin’s policies led to the Great Famine in the early 1930s, resulting in the deaths of millions, particularly in Ukraine.",
    ),
    ("en", "mo", "Stalin probably exercised greater political power than any other figure in history."),
    (
        "en",
        "mo",
        "In the 1930s, by his orders, millions of peasants were either killed or permitted to starve to death.",
    ),
    ("en", "wsu", "Arnold was one of the most outstanding tactical leaders of the Revolutionary War."),
    (
        "en",
        "wsu",
        "However, his mercurial, resentful disposition culminated in the most notorious episode of treason in U.S. history.",
    ),
    (
        "en",
        "bw",
        "With the exception of George Washington, perhaps the most famous general in American history is Robert E. Lee, despite the fact he led the Confederate Army of Northern Virginia against the Union in the Civil War.",
    ),
    (
        "en",
        "br",
        "The defeat was the most decisive by either side in a general engagement, the Confederate army losing half its numbers, and being so routed and demoralized that it could not rally and was practically destroyed.",
    ),
]

if __name__ == "__main__":
    write_blind_set("blind16l", REAL, NEUTRAL, URLS)
