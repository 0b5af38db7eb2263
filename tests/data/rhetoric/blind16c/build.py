# ruff: noqa: E501  (one sentence per line)
"""Write `blind16c_real.jsonl` and `blind16c_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16c/build.py  (writes next to this folder).

Round 16c of #16 (recall on pages written elsewhere). Sentences quoted verbatim from public pages not used
by any earlier set (the stored "pages" corpus of the search tools), chosen for the two classes of the round
before any code of the round was written and before main or the branch ran on any of them:

- THE COVER-UP WITH NO NAMED CENSOR: the media, "historians", "our leaders", "los gobernantes" or history
  books as a body said to hide, silence, omit or falsify the truth wholesale ("the media ignores, covers up",
  "keep it out of the history books", "los que callan verdades", "una historia armada", "no nos cuentan la
  historia completa", "imponiendo una “verdad oficial” cuyo principal vicio es que era mentira");
- HIDDEN CONTROLLERS: an unnamed few said to rule unseen ("people in the shadows rule our land", "hidden
  networks pulling the strings", "the men who rule the world", "los que mueven los hilos desde la sombra",
  "existe una élite que gobierna secretamente al mundo", "los dueños del mundo existen").

Neutral sentences: history of concealment and of influence behind a ruler told plainly, with the concealer
named and the concealed thing specific (Stalin silencing the famine, the 1937 census locked away, the New York
Times downplaying the famine, Franco's censorship laws, books banned in Spain, Father Joseph the "grey
eminence", Rasputin's influence at court), from encyclopedic, journalistic and historians' pages. Any flag in
the author's voice there is a false alarm. The sentences keep the views of their sources; they are here to be
detected, not endorsed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, LL, QR = "Conspiracy_Narrative", "Loaded_Language", "Questioning_the_Reputation"
COVER, HIDDEN, PUPPET, ENGINEERED = "media_cover_up", "hidden_hand", "puppet_of_master", "engineered_event"

URLS = {
    # real, en
    "jrk": "https://jrk01.com/story/",
    "fnc": "https://freenorthcarolina.blogspot.com/2017/03/fake-news-fake-history.html",
    "sty": "https://sarahstyf.substack.com/p/share-the-good/comments",
    "lr": "https://lastresistance.com/tag/cosmos/",
    "lap": "https://www.laprogressive.com/economic-equality/banks-own-us",
    "nom": "https://nominay.wordpress.com/tag/globalists/",
    "nd": "https://www.newdawnmagazine.com/articles/the-men-who-run-the-world-inside-the-global-power-elites-quest-for-domination",
    "gg": "http://forum.globalgulag.com/index.php?PHP_SESSION_ID=eIctfrFQ8qT8wnFPnopcQt9gwu3&topic=3570.0",
    "pcs": "https://pcsnation.substack.com/p/good-morning-pcs-nation-48e",
    "lem": "https://phtn.lemmy.blahaj.zone/post/lemmy.blahaj.zone/23832054",
    "abh": "https://idle.abhiraj.dev/posts/masters-of-the-marrionettes",
    "sbx": "http://a.sandboxx.org/johann/favourite/quotes/tag/history/order/random/",
    "tf": "https://truthfacts.org/Since082514/History8.html",
    "shf": "https://shifterseries.com/category/episode-one/",
    "eml": "https://entertainment-music-life.blogspot.com/2012/01/mainstream-media-lies-23-things-that.html",
    "kk": "https://knowlandknows.substack.com/p/how-democracy-dies",
    "fox": "https://foxog.com/world-affair/the-power-behind-the-throne-who-really-controls-world-leaders/",
    # real, es
    "vi": "https://visionincomoda.blogspot.com/p/economia.html",
    "rp": "http://larealidadperdida.blogspot.com/2011/01/el-autentico-rostro-del-gobierno.html",
    "qtv": "https://www.quierotv.mx/2025/07/25/si-esta-en-la-lista",
    "amb": "https://ambienterdradio.com/?p=2088",
    "div": "http://divagaciones.omaryesidmarino.com/existe-una-elite-que-gobierna-secretamente-al-mundo/",
    "deb": "https://www.debate.com.mx/opinion/Los-duenos-del-mundo-20170909-0352.html",
    "rk": "https://red.rankia.com/blog/llinares/365200-ejercicios-discernimiento-amos-dinero",
    "men": "https://menorca.info/opinion/firmas-del-dia/2018/629327/poder-oculto.html",
    "cyj": "https://comercioyjusticia.info/opinion/diamantes-un-activo-en-el-que-se-subasta-la-conciencia",
    "c7": "https://canal7salta.com/2020/06/03/buscar-la-verdad/",
    "ecl": "https://www.elclarin.cl/tag/iran/",
    "jjg": "https://juanjogabina.com/2019/10/",
    "uni": "http://www.unilibro.es/find_buy_es/product.asp?idaff=unilibroIT+&sku=999350",
    # neutral, en
    "dik": "https://www.questia.com/magazine/1G1-314442929/the-disappeared-even-the-soviet-union-eventually",
    "kor": "https://world.korupciya.com/2016/05/20/5-the-most-terrible-secrets-of-the-soviet-union-which-was-concealed-from-us-all/",
    "it": "https://irishtimes.com/culture/north-koreans-may-be-deluding-world-about-a-disastrous-famine-1.139651",
    "bing": "https://libnews.binghamton.edu/news/2009/03/09/russia-publishes-soviet-famine-documents/",
    "aru": "http://artukraine.com/famineart/declass_docs2.htm",
    "pj": "http://petrosjotter.blogspot.com/2006/08/holodomor-archives-open-and-online.html",
    "ip": "https://www.infoplease.com/encyclopedia/history/bios/france/joseph-father",
    "dbf": "http://dbarf.blogspot.com/2010_03_01_archive.html",
    "av1": "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Gray_eminence",
    "wwh": "https://firstworldwarhiddenhistory.wordpress.com/2018/04/03/",
    # neutral, es
    "soc": "https://socec.blogspot.com/2019/04/holodomor.html",
    "psoe": "https://psoevillafrancadelosbarros.com/memoria-historica?start=11",
    "wcen": "http://es.Wikipedia.org/wiki/Censura_durante_el_franquismo",
    "ce": "https://xn--cronicaespaa-khb.es/historia/la-censura-en-la-espana-franquista",
    "cmap": "http://cmapspublic3.ihmc.us/rid=1074811990250_629264785_2193/Prentsa%20estatuan%202.htm",
    "apro": "https://apro.com.mx/la-censura-franquista-en-los-textos-de-octavio-paz",
    "rag": "http://ragmag.co/6645-2.html",
    "r21": "https://r2100.com/Política/por-que-rasputin-daba-tanto-miedo-la-historia-de-como-un-monje-sucio-y-desalinado-logro-poner-en-jaque-a-todo-un-imperio_4641f18cff848f70a1748bf3b521300a",
    "rom": "https://rompemuros1989.blogspot.com/2025/05/rasputin_53.html",
    "rom2": "https://rompemuros1989.blogspot.com/2025/05/rasputin.html",
    "ebe": "https://enbuscadelaeternida.blogspot.com/2021/02/rasputin-el-monje-loco.html",
    "ra": "https://restaurantesaranjuez.com/holodomor-6",
    "cu": "https://conucrania.com/tag/urss/",
    "mnm": "https://www.meneame.net/story/papeles-franco-bien-publico-manos-privadas-servicio-propaganda",
}

REAL = [
    # --- English ---
    (
        "en",
        "present",
        "jrk",
        "It’s very difficult these days for Americans to get accurate information or in many cases any information at all that isn’t either spun by the what their calling the “Legacy Media” or is ignored because it doesn’t go along with what the big controlling interests in our society that collectively and conspiratorially in effect decide what American citizens are allowed to know.",
        [
            f(
                "the big controlling interests in our society that collectively and conspiratorially in effect decide what American citizens are allowed to know",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "en",
        "historical",
        "jrk",
        "In that same spirit we will use this area of our site to present the real story of events that occurred relatively recently that a number of facts may have been uncovered “after the fact” that the media ignores, covers up or doesn’t appear to be interested in.",
        [f("the media ignores, covers up", CN, COVER)],
    ),
    (
        "en",
        "historical",
        "jrk",
        "It seems that there is a total lack of interest in history today, which fits right in with those who are working to totally control our thinking and our lives.",
        [f("those who are working to totally control our thinking and our lives", CN, HIDDEN)],
    ),
    (
        "en",
        "historical",
        "fnc",
        "Not only is what is presented, in many cases, rank propaganda, but there are significant things left out that reporters and “historians” really would rather we didn’t know about.",
        [
            f("rank propaganda", LL),
            f(
                "significant things left out that reporters and “historians” really would rather we didn’t know about",
                CN,
                COVER,
            ),
        ],
    ),
    (
        "en",
        "historical",
        "sty",
        "Agenda-driven tv and newspapers editors are not looking to inform. They're seeking to exercise conditioning.",
        [
            f(
                "Agenda-driven tv and newspapers editors are not looking to inform. They're seeking to exercise conditioning",
                CN,
                COVER,
            )
        ],
    ),
    (
        "en",
        "historical",
        "lr",
        "When a certain class, a certain group is designated as the history writers, how much are you willing to trust what you are told is true?",
        [f("a certain group is designated as the history writers", CN, COVER)],
    ),
    (
        "en",
        "present",
        "lap",
        "He told me the other day that our country is run by an invisible government of bankers and other rich people.",
        [
            f(
                "our country is run by an invisible government of bankers and other rich people",
                CN,
                HIDDEN,
                "attributed",
                "He",
            )
        ],
    ),
    (
        "en",
        "present",
        "nom",
        "Beyond this veil of mainstream media distraction is a global elite who, behind the scenes, pull the strings of puppets that are our world leaders, and, in doing so, determine the state of international affairs.",
        [
            f(
                "a global elite who, behind the scenes, pull the strings of puppets that are our world leaders",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "en",
        "present",
        "nd",
        "The men who rule the world control thought with their privately-owned media.",
        [f("The men who rule the world control thought with their privately-owned media", CN, HIDDEN)],
    ),
    (
        "en",
        "present",
        "nd",
        "On the surface, the men who rule the world are central and investment bankers: those who print money and create money from thin air in the form of loans.",
        [f("the men who rule the world are central and investment bankers", CN, HIDDEN)],
    ),
    (
        "en",
        "present",
        "gg",
        "Last week a broad thinking gentleman argued we, the electorate, have very few choices because the world is ruled by unseen people in the shadows.",
        [
            f(
                "the world is ruled by unseen people in the shadows",
                CN,
                HIDDEN,
                "attributed",
                "a broad thinking gentleman",
            )
        ],
    ),
    (
        "en",
        "present",
        "gg",
        "But how, in all honesty, can we be so sure that people in the shadows rule our land?",
        [f("people in the shadows rule our land", CN, HIDDEN)],
    ),
    (
        "en",
        "historical",
        "pcs",
        "And in the forward of another book, set in early 1900’s in America, she talks of a ‘secret, world society’ that are the actual leaders of all this chaos and who orchestrate wars to further their power.",
        [
            f(
                "a ‘secret, world society’ that are the actual leaders of all this chaos and who orchestrate wars to further their power",
                CN,
                HIDDEN,
                "attributed",
                "she",
            )
        ],
    ),
    (
        "en",
        "present",
        "lem",
        "Behind every election, there are corporations, lobbyists, billionaires, and hidden networks pulling the strings.",
        [f("hidden networks pulling the strings", CN, HIDDEN)],
    ),
    (
        "en",
        "present",
        "lem",
        "Or are they just well-dressed puppets, reading from a script written by those with real power?",
        [f("well-dressed puppets, reading from a script written by those with real power", CN, PUPPET)],
    ),
    (
        "en",
        "present",
        "abh",
        "The modern world operates under a grotesque, faux version of democracy where real power resides in the hands of a handful of unelected technocrats and corporate titans who treat the global population like expendable pawns in their grand game of chess.",
        [
            f("a grotesque, faux version of democracy", LL),
            f("real power resides in the hands of a handful of unelected technocrats and corporate titans", CN, HIDDEN),
        ],
    ),
    (
        "en",
        "present",
        "abh",
        "The revolving door between corporations and government has created a permanent shadow administration where the same individuals cycle between regulatory positions and corporate executive roles.",
        [f("a permanent shadow administration", CN, HIDDEN)],
    ),
    (
        "en",
        "historical",
        "sbx",
        "The writing of history is largely a process of diversion. Most historical accounts distract attention from their secret influences behind great events.",
        [
            f("The writing of history is largely a process of diversion", CN, COVER),
            f(
                "Most historical accounts distract attention from their secret influences behind great events",
                CN,
                COVER,
            ),
        ],
    ),
    (
        "en",
        "historical",
        "tf",
        "Some history is hidden on purpose to protect those who have done heinous deeds and illegal acts.",
        [
            f(
                "Some history is hidden on purpose to protect those who have done heinous deeds and illegal acts",
                CN,
                COVER,
            )
        ],
    ),
    (
        "en",
        "historical",
        "tf",
        "When our leaders don’t want us to know something they simply cover it up and keep it out of the history books.",
        [f("they simply cover it up and keep it out of the history books", CN, COVER)],
    ),
    (
        "en",
        "historical",
        "shf",
        "Yet, much of history still exists in some records; it’s often discarded or maligned by certain academic institutions that may have a bias in the matter.",
        [f("it’s often discarded or maligned by certain academic institutions", CN, COVER)],
    ),
    (
        "en",
        "present",
        "eml",
        'The mainstream media lies, lies and then lies some more. They give us the version of "reality" that their owners want us to have.',
        [
            f("The mainstream media lies, lies and then lies some more", CN, COVER),
            f('the version of "reality" that their owners want us to have', CN, COVER),
        ],
    ),
    (
        "en",
        "historical",
        "kk",
        "Often the official possessors of power aren’t those who really exercise it.",
        [f("the official possessors of power aren’t those who really exercise it", CN, HIDDEN)],
    ),
    (
        "en",
        "present",
        "fox",
        "While heads of state and elected officials are the public faces of leadership, the real power often lies behind the scenes.",
        [f("the real power often lies behind the scenes", CN, HIDDEN)],
    ),
    # --- Spanish ---
    (
        "es",
        "present",
        "vi",
        "Todo el mundo lo sabe —y quien no lo sepa, que despierte—: los que mandan no son los políticos, sino los poderes reales , los que mueven los hilos desde la sombra.",
        [
            f(
                "los que mandan no son los políticos, sino los poderes reales , los que mueven los hilos desde la sombra",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "vi",
        "Son los verdaderos dueños de este tablero llamado democracia : los que redactan leyes en despachos que nadie ve, los que deciden quién gana y quién cae, los que reparten las sobras del botín nacional.",
        [
            f(
                "Son los verdaderos dueños de este tablero llamado democracia : los que redactan leyes en despachos que nadie ve",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "vi",
        "Son los que predican libertad mientras imponen censura, los que callan verdades para no poner en riesgo sus mentiras, los que fabrican guerras y las apagan según dicten sus balances.",
        [
            f("los que callan verdades para no poner en riesgo sus mentiras", CN, COVER),
            f("los que fabrican guerras y las apagan según dicten sus balances", CN, ENGINEERED),
        ],
    ),
    (
        "es",
        "present",
        "vi",
        "Ellos no son más que los gestores obedientes de ese poder intocable, los que se arrodillan para no perder su sillón.",
        [f("los gestores obedientes de ese poder intocable", CN, PUPPET)],
    ),
    (
        "es",
        "present",
        "rp",
        "Es sabido que el cine y la televisión es uno de los vehículos más importante de los que se sirve el poder único y mundial que dirige desde las sombras el destino del mundo, para controlarnos y manejarnos a su antojo.",
        [
            f(
                "el poder único y mundial que dirige desde las sombras el destino del mundo, para controlarnos y manejarnos a su antojo",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "qtv",
        "Afortunadamente, más temprano que tarde conocemos el verdadero rostro del acontecimiento que los gobernantes tratan de maquillar o peor aún, ocultar.",
        [
            f(
                "el verdadero rostro del acontecimiento que los gobernantes tratan de maquillar o peor aún, ocultar",
                CN,
                COVER,
            )
        ],
    ),
    (
        "es",
        "present",
        "qtv",
        "Los decires de la clase gobernante están repletos de verdades a medias, de mentiras “necesarias”, de dobles discursos, de puntos suspensivos, de claroscuros, que dejan siempre la sensación en la comunidad de que no nos cuentan la historia completa.",
        [f("no nos cuentan la historia completa", CN, COVER)],
    ),
    (
        "es",
        "present",
        "amb",
        "Los dueños del mundo existen. Son pocas, muy pocas familias, pero son los mecen la cuna de la economía mundial, los que dictan normas, los que pautan caminos a seguir.",
        [
            f("Los dueños del mundo existen", CN, HIDDEN),
            f("muy pocas familias, pero son los mecen la cuna de la economía mundial", CN, HIDDEN),
        ],
    ),
    (
        "es",
        "present",
        "amb",
        "Operan perversamente sobre un perfil tan bajo que los convierte en seres misteriosos, pero son dueños del presente y futuro de más de siete mil millones de personas que habitan en este planeta.",
        [
            f(
                "Operan perversamente sobre un perfil tan bajo que los convierte en seres misteriosos, pero son dueños del presente y futuro de más de siete mil millones de personas",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "amb",
        "En fin, ellos también son los dueños de ese circo de entretenimiento porque controlan los grandes medios de comunicación que mantienen en estado zombie a la mayoría.",
        [f("controlan los grandes medios de comunicación que mantienen en estado zombie a la mayoría", CN, HIDDEN)],
    ),
    (
        "es",
        "present",
        "div",
        "Sin embargo, mi conclusión personal ha sido, desde hace ya un par de años, que efectivamente existe un pequeño grupo de personas que manejan los hilos invisibles (para la mayoría) de los asuntos humanos en este planeta.",
        [
            f(
                "existe un pequeño grupo de personas que manejan los hilos invisibles (para la mayoría) de los asuntos humanos en este planeta",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "div",
        "Existe una élite que gobierna secretamente al mundo.",
        [f("Existe una élite que gobierna secretamente al mundo", CN, HIDDEN)],
    ),
    (
        "es",
        "present",
        "deb",
        "Millonarios como ellos son los que mueven los hilos del mundo, y a sus juntas para determinar el rumbo a seguir, invitan a la gente más influyente del mundo: primeros ministros, mandatarios, empresarios, financieros, militares, intelectuales, políticos.",
        [f("Millonarios como ellos son los que mueven los hilos del mundo", CN, HIDDEN)],
    ),
    (
        "es",
        "historical",
        "rk",
        "Este pequeño grupo sin escrúpulos que ha dominado el flujo de dinero del planeta desde la antigüedad, sigue actuando amparado por las leyes impuestas por los políticos que ellos mismos apoyan y promocionan.",
        [
            f(
                "Este pequeño grupo sin escrúpulos que ha dominado el flujo de dinero del planeta desde la antigüedad",
                CN,
                HIDDEN,
            )
        ],
    ),
    (
        "es",
        "present",
        "men",
        "Pero hay una guerra oculta, líderes ocultos y armas ocultas.",
        [f("hay una guerra oculta, líderes ocultos y armas ocultas", CN, HIDDEN)],
    ),
    (
        "es",
        "historical",
        "cyj",
        "Los grandes medios de comunicación no se atreven a decir la verdad sobre la guerra.",
        [f("Los grandes medios de comunicación no se atreven a decir la verdad sobre la guerra", CN, COVER)],
    ),
    (
        "es",
        "present",
        "c7",
        "Los medios de comunicación masivos, te venden siempre una historia armada, hecha, con embalaje y moño puesto.",
        [f("Los medios de comunicación masivos, te venden siempre una historia armada", CN, COVER)],
    ),
    (
        "es",
        "present",
        "ecl",
        "A pesar de la poderosa y falsa propaganda mediática que desinforma cada día más a los ciudadanos con una pretendida voz única propietaria de la verdad, podemos hacer algunas constataciones que entrega la realidad para poder llegar a comprender lo que pasa en un mundo lleno de mentiras, engaños y desinformación.",
        [f("la poderosa y falsa propaganda mediática que desinforma cada día más a los ciudadanos", CN, COVER)],
    ),
    (
        "es",
        "historical",
        "jjg",
        "Te asustaría comprobar la cantidad de mentiras que se cuentan en los libros de historia de los diferentes países.",
        [f("la cantidad de mentiras que se cuentan en los libros de historia", CN, COVER)],
    ),
    (
        "es",
        "historical",
        "uni",
        "Hemos tenido que soportar durante años a sujetos investidos por no se sabe quién de no se sabe qué autoridad, imponiendo una “verdad oficial” cuyo principal vicio es que era mentira.",
        [f("imponiendo una “verdad oficial” cuyo principal vicio es que era mentira", CN, COVER)],
    ),
]

NEUTRAL = [
    # --- English ---
    (
        "en",
        "dik",
        "Millions perished, yet Stalin managed to silence all talk of the famine, sending those who breathed a word of it to labor camps in far-off Siberia.",
    ),
    (
        "en",
        "dik",
        "The census data, which would have shown a huge spike in mortality rates, were locked away for half a century.",
    ),
    (
        "en",
        "dik",
        "But even before the 1991 breakup of the Soviet Union, Communist Party leaders in Ukraine started investigating the famine in their own party archives.",
    ),
    ("en", "kor", "The New York Times, along with the rest of the American press, obscured and downplayed the famine."),
    (
        "en",
        "kor",
        "By the time the 1937 census records were made confidential, the famine had been adequately suppressed.",
    ),
    (
        "en",
        "it",
        "The journalist Jasper Becker in his book, Hungry Ghosts: China's Secret Famine (John Murray, 1996), describes how the tragedy was kept hidden from the world.",
    ),
    (
        "en",
        "it",
        "At a time when people were dying in their millions, the communist government and western visitors assured the world that all was well.",
    ),
    (
        "en",
        "it",
        "Reports of famine in Ukraine during Stalin's forced collectivisation of the 1930s, when between five and eight million people died from hunger, were denied by Russia and dismissed by such authorities as the New York Times Moscow correspondent, Walter Durante, and the British social reformers, Beatrice and Sidney Webb.",
    ),
    (
        "en",
        "bing",
        "The publication follows decades when the very mention of the famine was prohibited, even by those who survived it.",
    ),
    (
        "en",
        "aru",
        "Ukraine has declassified more than 1,000 files documenting a Soviet-era famine that killed up to 10 million people and was denied by Soviet officials for decades, officials announced.",
    ),
    (
        "en",
        "pj",
        "SBU historians after four years of reviewing old KGB records made public more than 3,000 pages of 130 official state documents.",
    ),
    ("en", "ip", "Rumors ascribed to him an evil influence over the cardinal."),
    (
        "en",
        "ip",
        "It is more likely, however, that Father Joseph was a pliable instrument in the cardinal's hands and that his influence on the events that led to the entry of France into the Thirty Years War has been vastly exaggerated.",
    ),
    (
        "en",
        "dbf",
        "Father Joseph was, in theory, one of the lowlier minions of Louis XIII’s court, a mere secretary to Richelieu, the king’s chief minister.",
    ),
    (
        "en",
        "dbf",
        "Father Joseph came to be seen as the most powerful politician in France, his influence eclipsing that of his patron Richelieu.",
    ),
    (
        "en",
        "av1",
        "The original French phrase referred to François Leclerc du Tremblay, the right hand man of Cardinal Richelieu, the de facto ruler of France.",
    ),
    (
        "en",
        "wwh",
        "Cobain exposed how millions of files containing top secret British government documents are kept at Hanslope Park.",
    ),
    # --- Spanish ---
    (
        "es",
        "soc",
        "Cuando el censo de 1937 dio cifras no deseables, se ejecutó a los autores y se alteraron las estadísticas oficiales.",
    ),
    (
        "es",
        "soc",
        "Pero fue con la apertura de los archivos, tras la caída de la URSS en 1991, cuando empezó a confirmarse la magnitud de la hambruna.",
    ),
    (
        "es",
        "soc",
        "Se invitó a personalidades extranjeras que simpatizaban con el comunismo, como el literato George Bernard Shaw, a los que fue fácil convencer de que todo eran rumores de la propaganda antisoviética.",
    ),
    (
        "es",
        "psoe",
        "El franquismo siempre tuvo claro que el debate sobre la represión nunca debía de salir del ámbito numérico.",
    ),
    (
        "es",
        "psoe",
        "Lo que pasaba es que estos libros, en general publicados en París por Ruedo Ibérico, estaban prohibidos en España.",
    ),
    (
        "es",
        "psoe",
        "La dictadura previó con razón lo que ocurriría con su fin: su gran secreto, la matanza fundacional, se abriría inevitablemente a la investigación y se perdería el control sobre una cuestión tan sensible y clave.",
    ),
    (
        "es",
        "wcen",
        "Antes de comenzar la dictadura, Francisco Franco ya había rubricado la primera disposición censora (23 de diciembre de 1936) tras ser nombrado jefe del Estado español en Burgos.",
    ),
    (
        "es",
        "wcen",
        "Posteriormente, la Ley de prensa de 22 de abril de 1938 da origen a la estructura con que controlar la producción escrita, sonora y visual en el país.",
    ),
    (
        "es",
        "ce",
        "Se estableció un estricto control sobre la prensa, la radio y la televisión, con la prohibición de cualquier contenido que fuera considerado subversivo o contrario al régimen.",
    ),
    (
        "es",
        "cmap",
        "El Gobierno requisa las infraestructuras de los periódicos que habían apoyado la causa republicana para reutilizarlas en una serie de diarios al servicio del poder franquista.",
    ),
    (
        "es",
        "apro",
        "Éstas eran las preguntas a las que debían dar respuesta en sus informes los funcionarios de la Dirección General de Propaganda y de la Dirección General de Cultura Popular del Ministerio de Información y Turismo, quienes revisaban toda publicación que circulara en España durante la Guerra Civil y hasta 1976, un año después de la muerte del dictador.",
    ),
    (
        "es",
        "rag",
        "Ella, convencida de su santidad, le consultaba todas las decisiones importantes, desde asuntos personales hasta nombramientos políticos.",
    ),
    (
        "es",
        "r21",
        "Rasputin aconsejaba sobre nombramientos políticos y eclesiásticos, y su influencia se volvió más poderosa en 1915, cuando el zar Nicolás II estaba ausente por la guerra.",
    ),
    (
        "es",
        "rom",
        "Esto causó muchos rumores y escándalos en la sociedad rusa, porque decían que controlaba las decisiones del gobierno.",
    ),
    (
        "es",
        "rom2",
        "Rasputín fue acusado de conspirar con los alemanes, corromper al estado, malversar dinero y ser una amenaza para el imperio ruso.",
    ),
    ("es", "ebe", "Formó un círculo político propio y tenía sus favoritos."),
    (
        "es",
        "ra",
        "La hambruna dio cobertura a una campaña de represión y persecución que se llevó a cabo contra la cultura y los líderes religiosos ucranianos.",
    ),
    (
        "es",
        "cu",
        "Fueron mutilados los destinos de decenas de millones y los sobrevivientes estuvieron escondiendo pan seco durante toda su vida, y tuvieron miedo de contar sus experiencias…",
    ),
    (
        "es",
        "mnm",
        "Sin embargo, no es una cuestión menor, si se tiene en cuenta la importancia de la documentación que conserva, y, sobre todo, de toda aquella que no es de acceso público y apenas se conoce.",
    ),
]


if __name__ == "__main__":
    write_blind_set("blind16c", REAL, NEUTRAL, URLS)
    print(f"real {len(REAL)}, neutral {len(NEUTRAL)}")
