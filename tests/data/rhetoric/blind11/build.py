# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind11_real.jsonl` and `blind11_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind11/build.py  (writes next to this folder).

Eleventh round of #16 (16x): the blind set of the round that raises recall through the rule inventory.
Written before any code of the round and before main or the branch ran on any of it, from pages found
for it with the search tools' "pages" corpus: anti-communist invective in Spanish blogs and columns
(communism as a lie and a machine, "las turbas rojas", "estas alimañas", "la masa bobalicona"),
Francoist and Catholic propaganda on 1931-1936 (a persecution "alentada y planeada desde mucho antes",
"una génesis, marcadamente masónica y comunista"), Pius XI's "azote comunista", the "Secret Elite" and
"Hidden History" pages on the First World War, Sutton's readers on Wall Street, Mullins and other pages
on the Federal Reserve and the "international banking cartel", Carr's "Pawns in the Game" quoted in
Spanish, Cultural Marxism pages, a Judeo-Bolshevist forum post (Hodos) and a Spanish page on
"Frankismo - Cábala del Comunismo", McCarthy-era and present-day "communists in the State
Department" pages, and a Spanish podcast on the Black Legend. Neutral: encyclopedic, school and press
pages on the Moscow trials, the Gunpowder Plot, the Night of the Long Knives, the Jekyll Island meeting,
Cold War espionage, Lincoln's assassination theories named, the conspiracy of Catiline, the Great
Purge, Francoist repression studied by historians, the New World Order theory described, Ford's "The
International Jew" described, and the historiography of the Black Legend. Hard negatives for the
round's classes: "orchestrated by Joseph Stalin", "urdió ... una rebelión", "conspiring with
Imperialist powers" in reported charges, a historian quoting Sallust's insults ("adúlteros,
homicidas, sacrílegos"), "the so-called Röhm Putsch", "el llamado terror rojo", "una élite mundial
secreta controla" as the content of a theory described. Every address was checked against every `url`
of the other rhetoric sets and of train/ before writing; no page is shared. Sentences are verbatim
(line breaks of the source joined by a space; a page's citation marks after the final stop dropped).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, DO, AF, AS, EM, GA = (
    "Conspiracy_Narrative",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
    "Antisemitic_Framing",
    "Exaggeration-Minimisation",
    "Guilt_by_Association",
)
ATT = "attributed"

URLS = {
    "ab4n": "http://api.ab4n.org/arch/CarlosMP6401",
    "cubanito": "http://cubanitoweb.fullblog.com.ar/la_mentira_como_premisa_571215033529.html",
    "vidal": "https://cesarvidal.com/blog/actualidad/el-comunismo-y-la-mala-gente",
    "iberianr": "http://iberianr.blogspot.com/2011/01/comunismo-no-gracias.html",
    "apostolado": "http://wwwapostoladoeucaristico.blogspot.com/2020/03/el-genocidio-catolico-de-la-republica-y.html",
    "antimarx": "https://plataformaantimarxismo.org/page/4/",
    "hispanismo": "https://hispanismo.org/politica-y-sociedad/25279-la-llegitimidad-del-alzamiento-nacional-post164618.html",
    "elmuro": "https://elmurodelpuebloespanol.com/category/destacados/",
    "espdigital": "https://www.xn--elespaoldigital-3qb.com/memoria-silenciada-v-la-religion-objetivo-principal-de-las-milicias-rojas/",
    "gaceta": "https://gaceta.es/juan-e-pfluger/quemar-derechistas-cruel-diversion-frentepopulistas-03112015-2015",
    "ntv": "https://ntvespana.com/06/11/2022/burgos-primero-de-abril-de-1939-por-andres-cespedes/",
    "tradviva": "https://www.tradicionviva.es/2018/10/08/los-poderes-politicos-y-religiosos-temen-el-recuerdo-de-franco/",
    "fnff": "https://fnff.es/?p=13018",
    "agendafatima": "https://agendafatima.blogspot.com/search/label/Revoluci%C3%B3n",
    "historol": "https://historol.blogspot.com/2025/01/organizaciones-secretas-y-gobiernos-en.html",
    "taotv": "https://taotv.org/?p=6227",
    "podcast": "https://podcast.app/de-aquellos-polvos-p7128287",
    "nuestraesp": "https://nuestraespana.com/la-verdadera-historia-de-espana-capitulo-iv/",
    "se1915": "https://firstworldwarhiddenhistory.wordpress.com/2015/05/25/may-1915-1-democracy-not-fit-for-purpose/",
    "se1916": "https://firstworldwarhiddenhistory.wordpress.com/2016/07/13/the-great-coup-of-1916-1-democracy-roots-of-poison/",
    "se3": "https://firstworldwarhiddenhistory.wordpress.com/2014/06/17/the-secret-elite-3-building-the-network-spreading-the-word/",
    "kamran": "http://www.mujahidkamran.com/articles.php?id=77",
    "algora": "https://www.algora.com/Algora_blog/2019/04/21/the-secret-origins-of-the-first-world-war",
    "clubcons": "http://www.clubconspiracy.com/forum/showpost.php?p=5301&postcount=3",
    "firsttv": "https://www.thefirsttv.com/watch/the-two-things-communism-needs-to-thrive/",
    "momus": "https://momusnajmi.net/2022/07/16/thought-of-the-day-communism-is-inherently-evil/",
    "wvli": "https://www.wvli.org/ideologies/communism/atheistic-no-morality",
    "revcons": "https://therevolutionaryconservative.com/articles/03032017cultural-marxism/",
    "enigmose": "https://enigmose.com/enigmose_political/cultural_marxism.html",
    "mullins": "https://www.msw-techniek.nl/FED/eustace_mullins-secrets_of_the_federal_reserve_bank-322.html",
    "spencer": "https://lawrencerspencer.com/2019/12/10/other-peoples-money-and-how-bankers-use-it/",
    "plainer": "http://www.plainerwords.com/artman2/publish/2017/Free_Men_Enslaved.shtml",
    "catholicbook": "http://catholicbook.com/catholicbook/FedRes.htm",
    "lepinski": "https://georgelepinski.com/2021/01/senator-mccarthy-claims-communist.html",
    "fedagent": "http://federaleagent86.blogspot.com/2009/06/communists-in-state-department.html",
    "amhist": "http://am-hist-02.blogspot.com/2015/01/counterespionage.html",
    "catholicq": "https://forums.catholic-questions.org/threads/whats-the-deal-with-anne-coulter.31023/page-3",
    # neutral
    "activehist": "https://activehistory.co.uk/updates/historical-periods/20th-century/75-years-today-23rd-jan-1937-moscow-show-trial",
    "nwe": "https://www.newworldencyclopedia.org/p/index.php?title=Moscow_trials&oldid=1093578",
    "britannica": "https://www.britannica.com/summary/Gunpowder-Plot",
    "sacklunch": "http://www.sacklunch.net/encyclopedia/G/GunpowderPlot.html",
    "trantor": "https://trantor.is/content/ctvbSPF5vpFO_3L7/OEBPS/9781471408601_epub_end.xhtml",
    "lemmy": "https://lemmy.one/post/30337642",
    "productive": "http://productiveleisurenetwork.com/whathappenedtoday/2017/6/30/june-30-1934-the-night-of-the-long-knives",
    "alamy": "https://alamy.de/ernst-rohm-fuhrer-der-nationalsozialistischen-sturmabteilung-sa-deutschland-c-early1930s-kunstler-unbekannt-image60225950.html",
    "answers": "https://www.answersfirst.site/2022/07/what-happened-during-night-of-long.html",
    "eedit": "https://e-editorials.com/2015/10/11/the-u-s-federal-reserve/",
    "oldmag": "http://oldmagazinearticles.com/article-summary/1950s-spies-in-the-us-government",
    "kutahya": "http://kutahyaevdeneve.com/articles/spies-cold-war",
    "slideorbit": "https://slideorbit.com/slide/unraveling-lincoln-assassination-conspiracies-fact-or-fiction/178835",
    "johnholt": "http://johnholt1943.blogspot.com/p/thackery-journal.html",
    "grok": "https://grokipedia.com/page/Moscow_trials",
    "e2": "https://everything2.com/title/Catesby%2527s+Conspiracy",
    "liquis": "http://www.liquisearch.com/gunpowder_plot",
    "wikimili": "https://wikimili.com/en/Gunpowder_Plot",
    "wikisum": "https://wikisum.wiki/wiki/Night_of_the_Long_Knives_(1934)",
    "stringtr": "https://es.stringtranslate.com/wiki/Conjuraci%C3%B3n_de_Catilina",
    "panam": "https://www.panamericana.com.co/ciceron-y-la-conjuracion-de-catilina-651365/p",
    "latinyroma": "https://www.latinyroma.es/l/la-conjuracion-de-catilina/",
    "natgeo": "https://historia.nationalgeographic.com.es/a/conjura-catilina-antigua-roma_16327",
    "descubrir": "https://descubrirlahistoria.es/2020/08/la-conjura-de-catilina-quousque-tandem-abutere-cicero-patientia-nostra/",
    "laguia": "https://laguia2000.com/edad-antigua/la-conjuracion-de-catilina",
    "interestrip": "https://es.interestrip.com/day-history-june-30th",
    "hnova": "http://hispanianova.rediris.es/4/articulos/04_001d.htm",
    "todos": "https://todoslosnombres.org/material/informe-sobre-la-represion-franquista-estado-de-la-cuestion/",
    "cnt": "http://lacntenelexilio.blogspot.com.es/2013/01/la-represion-el-adn-del.html",
    "knowledger": "http://es.knowledger.de/0797367/JuiciosDeMoscu",
    "triatempora": "https://triatempora.com/es/conspiracy/worldorder",
    "ciencia": "https://cienciacontestataria.es/2020/04/24/10-mitos-sobre-los-judios/",
    "diariorc": "https://diariorc.com/?p=29784",
    "zapador": "https://zapador1.rssing.com/chan-81029390/article709.html",
    "duran": "https://enriqueduranviajando.one/",
    "yezhov": "http://es.wikipedia.org/wiki/Nikolai_Ivánovich_Yezhov",
    "hnuevomundo": "https://historiadelnuevomundo.com/?p=9618",
}

H, P = "historical", "present"

ES_REAL = [
    (
        "es",
        P,
        "ab4n",
        "🔥 El Comunismo: La Fábrica Perfecta de Mentiras Recicladas",
        [f("La Fábrica Perfecta de Mentiras Recicladas", LL)],
    ),
    (
        "es",
        P,
        "ab4n",
        "Es una maquinaria de control absoluto donde el Estado reemplaza a Dios, a la familia, a la libertad y a la verdad.",
        [f("una maquinaria de control absoluto", LL)],
    ),
    ("es", P, "ab4n", "Los niños son moldeados como barro blando:", [f("moldeados como barro blando", LL)]),
    (
        "es",
        P,
        "ab4n",
        "Se les enseña desde pequeños a odiar al que huye, al que despierta, al que piensa.",
        [f("Se les enseña desde pequeños a odiar", LL)],
    ),
    (
        "es",
        P,
        "ab4n",
        "Se les programa para ver al emigrante como un traidor, nunca como una víctima.",
        [f("Se les programa", LL)],
    ),
    (
        "es",
        P,
        "ab4n",
        "Solo reparte pobreza mientras una casta de élite vive como reyes.",
        [f("una casta de élite vive como reyes", LL)],
    ),
    (
        "es",
        P,
        "ab4n",
        "Encadena la mente, el cuerpo y el alma bajo vigilancia constante.",
        [f("Encadena la mente, el cuerpo y el alma", LL)],
    ),
    (
        "es",
        P,
        "ab4n",
        "El comunismo no fracasa por accidente: fracasa porque su único éxito real es perpetuar su propio control.",
        [f("El comunismo no fracasa por accidente", CN, "nothing_is_chance")],
    ),
    (
        "es",
        P,
        "ab4n",
        "El comunismo siempre necesita más víctimas para justificar su existencia.",
        [f("El comunismo siempre necesita más víctimas para justificar su existencia", LL)],
    ),
    (
        "es",
        P,
        "cubanito",
        "No hay nada más mentiroso que un régimen comunista.",
        [f("No hay nada más mentiroso que un régimen comunista", LL)],
    ),
    (
        "es",
        P,
        "cubanito",
        "El líder, que en un principio atonta a las masas incrédulas cansadas de tanta desidia, les dice al oído lo que quieren oír y le siguen ciegamente, los acólitos màs cercanos poco a poco se encargan de separar cada día al líder del pueblo con alabanzas, cultos y genuflexiones hasta que éste llega a creer que todo lo que hace y dice es lo correcto y además, es ley.",
        [f("atonta a las masas incrédulas", LL), f("los acólitos màs cercanos", NC)],
    ),
    (
        "es",
        P,
        "cubanito",
        "Como no pueden escoder la ineptitud, la corrupción y la ineficiencia, recurren entonces a la mentira descarada.",
        [f("la mentira descarada", LL)],
    ),
    (
        "es",
        P,
        "cubanito",
        "Como saben que si van a una votación democrática limpia, pierden abismalmente, entonces hacen trampas abusadoras y patéticas.",
        [f("trampas abusadoras y patéticas", LL)],
    ),
    ("es", P, "cubanito", "Todo es una gran y enorme mentira.", [f("una gran y enorme mentira", LL)]),
    (
        "es",
        H,
        "vidal",
        "Pero esa circunstancia no puede ocultar que el comunismo es la ideología que en menos tiempos ha exterminado a más seres humanos hasta superar la pavorosa cifra de los cien millones.",
        [f("la ideología que en menos tiempos ha exterminado a más seres humanos", EM)],
    ),
    (
        "es",
        H,
        "vidal",
        "No llevaban los bolcheviques un año gobernando – era septiembre de 1918 – cuando Zinóviev, uno de los acólitos de Lenin, afirmaba: «Para deshacemos de nuestros enemigos, debemos tener nuestro propio terror socialista.",
        [f("uno de los acólitos de Lenin", NC)],
    ),
    (
        "es",
        H,
        "iberianr",
        "El comunismo es sinónimo de odio, de guerra y de miseria.",
        [f("El comunismo es sinónimo de odio, de guerra y de miseria", LL)],
    ),
    (
        "es",
        H,
        "iberianr",
        "El comunismo en todos los lugares donde ha gobernado o lo han intentado ha arrasado con pueblos, ciudades e incluso países enteros cometiendo genocidios y matanzas a diestro y siniestro sin ningún tipo sentido.",
        [f("ha arrasado con pueblos, ciudades e incluso países enteros", EM)],
    ),
    (
        "es",
        H,
        "apostolado",
        "EL GENOCIDIO CATOLICO DE LA REPUBLICA Y EL FRENTE POPULAR (1931-1939)",
        [f("EL GENOCIDIO CATOLICO", LL)],
    ),
    (
        "es",
        H,
        "apostolado",
        "Esta inhibición también mostraba una simpatía por el vandalismo anticatólico de los milicianos descontrolados.",
        [f("el vandalismo anticatólico de los milicianos descontrolados", LL)],
    ),
    (
        "es",
        H,
        "apostolado",
        "Los socialistas hablaban de «destruir a la Iglesia y borrar de todas las conciencias su infamante influjo».",
        [
            f(
                "destruir a la Iglesia y borrar de todas las conciencias su infamante influjo",
                LL,
                voice=ATT,
                speaker="Los socialistas",
            )
        ],
    ),
    (
        "es",
        H,
        "antimarx",
        "Su carrera fue fulgurante dentro del por aquel entonces minúsculo y sectario Partido Comunista Español.",
        [f("minúsculo y sectario", LL)],
    ),
    (
        "es",
        H,
        "antimarx",
        "Allí conoció a Stalin, al que dejó impresionado con su verborrea marxista.",
        [f("su verborrea marxista", LL)],
    ),
    (
        "es",
        H,
        "antimarx",
        "DOLORES IBARRURI (LA PASIONARIA) fue uno de los personajes más relevantes de la República, el Frente Popular, y la Guerra Civil, cuya actividad política está relacionada con el Terror Rojo, debido a su protagonismo en el PCE, y a sus continuos llamamientos a las purgas y a las persecuciones contra los enemigos de la subversión marxista, por lo cual se la puede adjudicar una cuota de responsabilidad en el desencadenamiento de las torturas y asesinatos que sufrieron muchos españoles por parte del Frente Popular.",
        [f("la subversión marxista", LL)],
    ),
    (
        "es",
        H,
        "hispanismo",
        "También en las regiones en que, como en nuestra queridísima España, el azote comunista no ha tenido tiempo todavía para hacer sentir todos los efectos de sus teorías, se ha desencadenado, sin embargo, como para desquitarse, con una violencia más furibunda.",
        [f("el azote comunista", LL, voice=ATT, speaker="Pío XI")],
    ),
    (
        "es",
        H,
        "hispanismo",
        "Y esta destrucción tan espantosa es realizada con un odio, una barbarie y una ferocidad que jamás se hubieran creído posibles en nuestro siglo...",
        [
            f(
                "un odio, una barbarie y una ferocidad que jamás se hubieran creído posibles en nuestro siglo",
                LL,
                voice=ATT,
                speaker="Pío XI",
            )
        ],
    ),
    (
        "es",
        P,
        "hispanismo",
        'Que todo católico tome nota que la versión de la Guerra Civil que le está vendiendo últimamente y atronadoramente "el frente popular de la cultura" (expresión de Ricardo de la Cierva), los descendientes de aquellos energúmenos, no coincide con la de los Papas.',
        [f("los descendientes de aquellos energúmenos", NC)],
    ),
    (
        "es",
        H,
        "elmuro",
        "En aquella España vitriólica y descacharrada de 1936, cuando ya las inminencias de la Guerra Civil encharcaban nuestras urbes con los primeros jugos de la putrefacción cadavérica, el asesinato de religiosos se tornó en aliviadero de las más abyectas y excrementicias pasiones de los rojos.",
        [f("las más abyectas y excrementicias pasiones de los rojos", LL)],
    ),
    (
        "es",
        H,
        "elmuro",
        "Las quemas de conventos y de iglesias se tornaron en deporte nacional; y un bonete, un rosario o un la imagen de un Cristo en piezas a cobrar y destruir, en víctimas de vilipendio y de profanación.",
        [f("se tornaron en deporte nacional", LL)],
    ),
    (
        "es",
        H,
        "elmuro",
        "Así, sumidos en ese anticlericalismo homicida que algunos tanto se ufanaron en propalar —especial relevancia cobró, entre otros, la revista Leviatán, panfleto liberticida y tiranoide dirigido a la sazón por el socialista Luis Araquistain—, muchos fueron los que se aplicaron con denuedo a tan salvaje tarea y dejaron con ello, como remedando esas eflorescencias guarras que marchitan a las piedras ya vetustas, un baldón insoslayable en la historia de aquellos tenebrosos años.",
        [f("ese anticlericalismo homicida", LL), f("panfleto liberticida y tiranoide", NC), f("tan salvaje tarea", LL)],
    ),
    (
        "es",
        H,
        "espdigital",
        "Pero esta persecución genocida no había comenzado en julio de 1936; sino que fue alentada y planeada desde mucho antes.",
        [f("esta persecución genocida", LL), f("fue alentada y planeada desde mucho antes", CN)],
    ),
    (
        "es",
        H,
        "espdigital",
        "“La revolución fue cruelísima, inhumana, bárbara y esencialmente antiespañola; pero sobre todo la revolución, fue anticristiana”.",
        [
            f(
                "cruelísima, inhumana, bárbara y esencialmente antiespañola",
                LL,
                voice=ATT,
                speaker="Carta Colectiva del Episcopado español",
            )
        ],
    ),
    (
        "es",
        H,
        "gaceta",
        "Quemar derechistas, la cruel diversión frentepopulista",
        [f("la cruel diversión frentepopulista", LL)],
    ),
    (
        "es",
        H,
        "gaceta",
        "La práctica de recluir a los “fascistas” –así llamaban estas alimañas a quienes no pensaban como ellos- en el interior de iglesias u otros recintos y prenderles fuego fue recurrente.",
        [f("estas alimañas", NC)],
    ),
    (
        "es",
        H,
        "ntv",
        "El 18 de julio de 1936, el Generalísimo Franco, tomo las riendas y el timón, convirtiéndose en Norte y guía de una Santa Cruzada, contra el genocidio que se estaba perpetrando en España y que había sido articulado desde hacía muchos años por los tradicionales enemigos de la fe católica y de España; el comunismo y la Masonería.",
        [
            f(
                "había sido articulado desde hacía muchos años por los tradicionales enemigos de la fe católica y de España; el comunismo y la Masonería",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        H,
        "ntv",
        "Un genocidio auspiciado, asesorado y apoyado por la Komintern soviética, que pretendía convertir a España en un satélite de Rusia.",
        [f("Un genocidio auspiciado, asesorado y apoyado por la Komintern soviética", CN)],
    ),
    (
        "es",
        H,
        "ntv",
        "La persecución religiosa pues; con una génesis, marcadamente masónica y comunista ya se cernía sobre las tierras de España en 1931.",
        [f("una génesis, marcadamente masónica y comunista", CN, "secret_society")],
    ),
    (
        "es",
        H,
        "ntv",
        "Fue un genocidio desatado por parte de las turbas rojas, con el único fin de exterminar a todo ciudadano español, católico, de derechas, o simplemente contrario a los ideales (si se pueden llamar así), de los asesinos del Frente Popular.",
        [f("las turbas rojas", NC), f("(si se pueden llamar así)", DO), f("los asesinos del Frente Popular", NC)],
    ),
    (
        "es",
        H,
        "ntv",
        "No fue una guerra en la que no hay malos ni buenos y en la que todos hacen barbaridades, como la “vulgata” anti franquista nos quiere hacer creer.",
        [f("la “vulgata” anti franquista", DO)],
    ),
    ("es", P, "tradviva", "Lobos con piel de cordero.", [f("Lobos con piel de cordero", NC)]),
    ("es", P, "tradviva", "Y taimados, muy taimados.", [f("taimados, muy taimados", NC)]),
    (
        "es",
        P,
        "tradviva",
        "Primero había que saciar sus ansias asesinas, en segundo lugar quedaba satisfacer sus ideales políticos.",
        [f("saciar sus ansias asesinas", LL)],
    ),
    (
        "es",
        P,
        "tradviva",
        "De modo que, como la sociedad española es olvidadiza la mayor y la joven, deformada por una enseñanza torticera, se deja arrastrar por los ideales ya muy trasnochados de estos sus herederos, los podemitas, quienes paso a paso van en pos de sus objetivos sin desfallecer, desvelándolos poco a poco para tratar de convencer a la masa bobalicona de la honestidad de su planteamiento.",
        [f("una enseñanza torticera", LL), f("la masa bobalicona", NC)],
    ),
    ("es", H, "fnff", "El comunismo acechaba su presa.", [f("El comunismo acechaba su presa", LL)]),
    (
        "es",
        H,
        "fnff",
        "La creación de este mismo Congreso de la táctica de los Frentes Populares de alianza con los más afines para más tarde desbordarlos; de filtración en las organizaciones obreras para parasitarlas, tuvo en nuestra nación una realidad inmediata.",
        [f("de filtración en las organizaciones obreras para parasitarlas", CN, "infiltration")],
    ),
    (
        "es",
        H,
        "agendafatima",
        "El Sistema de Reserva Federal colocaba a los banqueros asociados de América y Europa en posición de provocar y controlar la Primera Guerra Mundial.",
        [
            f(
                "colocaba a los banqueros asociados de América y Europa en posición de provocar y controlar la Primera Guerra Mundial",
                CN,
                "hidden_financiers",
                voice=ATT,
                speaker="William Guy Carr",
            )
        ],
    ),
    (
        "es",
        H,
        "agendafatima",
        "La guerra fue provocada para permitir a los conspiradores internacionales desencadenar la Revolución Rusa de 1917”.",
        [
            f(
                "La guerra fue provocada para permitir a los conspiradores internacionales desencadenar la Revolución Rusa de 1917",
                CN,
                voice=ATT,
                speaker="William Guy Carr",
            )
        ],
    ),
    (
        "es",
        H,
        "agendafatima",
        'Cuando los Rothschild obtuvieron el control del Banco de Inglaterra tras el espectacular "asesinato" financiero cometido por Nathan en 1815, él y sus socios insistieron en que el oro se convirtiera en la única base para la emisión de billetes.',
        [
            f(
                'obtuvieron el control del Banco de Inglaterra tras el espectacular "asesinato" financiero cometido por Nathan',
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        H,
        "agendafatima",
        "Los banqueros de ambos lados del Atlántico sabían que mientras existiera esta diferencia entre oro y plata, no podrían obtener el control absoluto de la economía de la nación, control que es esencial para el éxito de una manipulación a gran escala.",
        [f("no podrían obtener el control absoluto de la economía de la nación", CN, "hidden_financiers")],
    ),
    (
        "es",
        H,
        "agendafatima",
        "Los banqueros internacionales europeos enviaron a Ernest Seyd a América y pusieron a su disposición $500.000 en bancos estadounidenses para corromper a miembros clave de la legislatura.",
        [
            f(
                "pusieron a su disposición $500.000 en bancos estadounidenses para corromper a miembros clave de la legislatura",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        P,
        "historol",
        "Parece que los objetivos de estos grupos son bastante más egoístas… y sus métodos para llevar a cabo sus planes francamente execrables.",
        [f("francamente execrables", LL)],
    ),
    (
        "es",
        P,
        "historol",
        "Para lograr auparse en el poder se promueven guerras, se financia a organizaciones terroristas, se destruyen gobiernos, se propagan nuevas enfermedades (como el SIDA o el Covid19), se crea desorden y conflicto social.",
        [
            f(
                "se promueven guerras, se financia a organizaciones terroristas, se destruyen gobiernos, se propagan nuevas enfermedades",
                CN,
            )
        ],
    ),
    (
        "es",
        H,
        "taotv",
        "Para mantener la ilusión que el Judaísmo no tenía nada que ver con el Marxismo y que la religión Mosaica poseía realmente una amenaza ideológica al Comunismo Marxista, varios líderes comunistas (entre otros el propio Marx, Pierre Joseph Proudhon, François Marie Charles Fournier – todos judíos) hicieron algunas declaraciones, así llamadas, ‘críticas’ sobre los judíos.",
        [
            f("Para mantener la ilusión que el Judaísmo no tenía nada que ver con el Marxismo", AS),
            f("así llamadas, ‘críticas’", DO),
        ],
    ),
    (
        "es",
        H,
        "taotv",
        "Algunos de los líderes comunistas más recientes, también se han asegurado que sean acusados de antisemitismo para desviar las sospechas del Frankismo – Cábala del Comunismo.",
        [
            f("se han asegurado que sean acusados de antisemitismo para desviar las sospechas", CN),
            f("Frankismo – Cábala del Comunismo", AS),
        ],
    ),
    (
        "es",
        H,
        "taotv",
        "La mayoría de los así llamados, Sovietólogos e investigadores (que no tienen la experiencia personal del Comunismo) han permitido ser engañados por esta pantomima.",
        [f("los así llamados, Sovietólogos", DO), f("esta pantomima", LL)],
    ),
    (
        "es",
        H,
        "podcast",
        "Durante los próximos episodios vamos a desmontar pieza por pieza la mayor operación de propaganda jamás ejecutada: la leyenda negra antiespañola.",
        [f("la mayor operación de propaganda jamás ejecutada", EM)],
    ),
    (
        "es",
        H,
        "podcast",
        "Una falsificación histórica tan perfecta que incluso los propios españoles se la han creído.",
        [f("Una falsificación histórica tan perfecta", LL)],
    ),
    (
        "es",
        H,
        "podcast",
        "Una mentira tan poderosa que ha conseguido invertir completamente la realidad, convertir a las víctimas en verdugos y a los verdugos en jueces morales de la humanidad.",
        [f("Una mentira tan poderosa", LL)],
    ),
    (
        "es",
        H,
        "podcast",
        "Los editores holandeses, franceses e ingleses se lanzan sobre el texto como buitres.",
        [f("como buitres", NC)],
    ),
    (
        "es",
        H,
        "nuestraesp",
        "Sin embargo, en Francia, en Inglaterra, incluso en EE. UU en el siglo XXIII se quemaban brujas en la hoguera y de eso nadie habla, ni a nadie le interesa.",
        [f("de eso nadie habla, ni a nadie le interesa", CN, "media_cover_up")],
    ),
]

EN_REAL = [
    (
        "en",
        H,
        "se1915",
        "The Secret Elite have always preferred to remain anonymous and wield power through carefully selected political agents and puppets.",
        [f("wield power through carefully selected political agents and puppets", CN, "puppet_agent")],
    ),
    (
        "en",
        H,
        "se1915",
        "Aware that the possession of real power is far more important than the appearance of power on the political stage, it matters little to them which parties sit in government at Westminster as long as they control them.",
        [
            f(
                "it matters little to them which parties sit in government at Westminster as long as they control them",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "en",
        H,
        "se1915",
        "Bankers, together with industrial and financial capitalists, coupled with influential and supportive press-barons held enormous influence in 1915, but these hidden powers were concerned that Asquith’s Cabinet lacked the steel to see the war through to its bitter end.",
        [f("these hidden powers", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "se1915",
        "The Secret Elite’s overpowering drive to crush Germany, in what they knew would have to be a long war, had been carefully orchestrated through their place-men in government.",
        [f("had been carefully orchestrated through their place-men in government", CN, "puppet_agent")],
    ),
    (
        "en",
        H,
        "se1916",
        "The Secret Elite scorn democracy.",
        [f("The Secret Elite scorn democracy", CN, "secret_society")],
    ),
    (
        "en",
        H,
        "se1916",
        "The following series of blogs trace the activities through which they eventually replaced a democratically elected government with one in which they themselves took complete control of the British  government from 1916.",
        [f("they themselves took complete control of the British  government", CN, "secret_society")],
    ),
    (
        "en",
        H,
        "se1916",
        "Both were loyal servants of the Secret Elite in their day, posed as a socialist, or Liberal in Lloyd George’s case, misrepresented the reasons for promoting war, popular when first in office, considered by some to be statesmen – but not buffoons or political scallywags.",
        [f("loyal servants of the Secret Elite", CN, "puppet_agent")],
    ),
    (
        "en",
        H,
        "se3",
        "In fact it was an unholy association of the secret society.",
        [f("an unholy association of the secret society", CN, "secret_society")],
    ),
    (
        "en",
        H,
        "kamran",
        "Historical Blackout and the High Cabal",
        [f("Historical Blackout", CN, "media_cover_up"), f("the High Cabal", CN, "secret_society")],
    ),
    (
        "en",
        H,
        "kamran",
        "In this trilogy he was, using documented evidence, able to prove that some of the wealthiest families on the planet had funded the agitators that brought about the so-called Bolshevik Revolution, that these families also aided the rise of Hitler apart from bringing Franklin Delano Roosevelt to power in the same year (1933) as Hitler.",
        [
            f("some of the wealthiest families on the planet had funded the agitators", CN, "hidden_financiers"),
            f("the so-called Bolshevik Revolution", DO),
        ],
    ),
    (
        "en",
        H,
        "kamran",
        "The investigations of Sutton exposed the hidden hand of elements of the Wall Street behind the events in Russia and contemporary developments in Germany and the U.S., that led to WWII.",
        [f("the hidden hand of elements of the Wall Street behind the events in Russia", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "algora",
        "The history of the First World War (1914–1918) is a deliberately concocted lie.",
        [f("a deliberately concocted lie", CN, "media_cover_up")],
    ),
    (
        "en",
        H,
        "algora",
        "No, these were very real, but the truth of how it all began and how it was unnecessarily and deliberately prolonged beyond 1915 has been successfully covered up for a century.",
        [f("has been successfully covered up for a century", CN, "media_cover_up")],
    ),
    (
        "en",
        H,
        "algora",
        "A carefully falsified history was created to conceal the fact that Britain, not Germany, was responsible for the war.",
        [f("A carefully falsified history was created to conceal the fact", CN, "media_cover_up")],
    ),
    (
        "en",
        H,
        "algora",
        "Millions of documents were destroyed, concealed or falsified to justify that verdict.",
        [f("Millions of documents were destroyed, concealed or falsified", CN, "media_cover_up")],
    ),
    (
        "en",
        H,
        "algora",
        "In the late nineteenth century a secret society of immensely rich and powerful men was established in London with the stated aim of expanding the British Empire across the entire world.",
        [f("a secret society of immensely rich and powerful men", CN, "secret_society")],
    ),
    (
        "en",
        H,
        "algora",
        "They deliberately caused the South African War of 1899–1902 in order to grab the Transvaal’s gold from the Boers.",
        [f("They deliberately caused the South African War", CN)],
    ),
    (
        "en",
        H,
        "algora",
        "Their responsibility for that war, and the horror of British concentration camps in which 20,000 children died,3 have been airbrushed from official histories.",
        [f("have been airbrushed from official histories", CN, "media_cover_up")],
    ),
    (
        "en",
        H,
        "clubcons",
        'The breakneck pace with which the Second Khazaria was built was accompanied by a "shock wave" of destruction of Christian shrines.',
        [f("the Second Khazaria", AS, voice=ATT, speaker="Eduard Hodos")],
    ),
    (
        "en",
        H,
        "clubcons",
        'The country\'s new masters raged on the ruins of demolished churches; "Any religious idea, any idea of a deity..." was beaten out of the brains of the newly "conquered" people; a new era dawned, the era of atheism.',
        [f("raged on the ruins of demolished churches", LL, voice=ATT, speaker="Eduard Hodos")],
    ),
    (
        "en",
        H,
        "clubcons",
        'The time had come for new "saints", to whom the "foolish Khazars" were to bow down.',
        [f('the "foolish Khazars"', AS, voice=ATT, speaker="Eduard Hodos")],
    ),
    (
        "en",
        P,
        "firsttv",
        "The Communist must ensure two types of conditions in order for his destructive religion to spread: lies and apathy.",
        [f("his destructive religion", LL)],
    ),
    (
        "en",
        P,
        "firsttv",
        "There are countless examples of Democrats intentionally lying to cover their crimes or incompetence, as is standard communist practice.",
        [f("as is standard communist practice", GA)],
    ),
    (
        "en",
        P,
        "firsttv",
        "Like a religious zealot, the communist is devoted to his religion and will justify the means to the end.",
        [f("Like a religious zealot", NC)],
    ),
    ("en", H, "momus", "Thought of the day – Communism is inherently evil", [f("Communism is inherently evil", LL)]),
    (
        "en",
        P,
        "momus",
        "You have to assume that people who support communism in any of its forms are either delusional by being ignorant of its anti-human perspective & historical atrocities in its implementation, or they are intentionally on a spectrum of immorality to its extremity of evil.",
        [f("delusional", NC), f("on a spectrum of immorality to its extremity of evil", LL)],
    ),
    (
        "en",
        H,
        "momus",
        "And no it is not a good idea badly implemented, it is a rotten idea and have been implemented how it was intended to be, it all its manifestation of evil.",
        [f("a rotten idea", LL)],
    ),
    (
        "en",
        H,
        "wvli",
        "Tragically many Americans have no idea just how vicious the history of communist ideology is.",
        [f("how vicious the history of communist ideology is", LL)],
    ),
    (
        "en",
        H,
        "wvli",
        "However, when it comes to mass murder the communists make the Nazis look like amateurs as described in this testimony by Laura Nicolae.",
        [f("the communists make the Nazis look like amateurs", EM)],
    ),
    (
        "en",
        P,
        "revcons",
        "For the past sixty years, the manicured lawns of our colleges and universities have witnessed words manipulated, ideas promulgated, and thoughts implanted with the sole aim of undermining one piece of Western Civilization at a time.",
        [f("with the sole aim of undermining one piece of Western Civilization at a time", CN)],
    ),
    (
        "en",
        P,
        "revcons",
        "In fact, since the 1960’s a “hostile, adversary elite has emerged to dominate intellectual and political debate.",
        [f("hostile, adversary elite has emerged to dominate intellectual and political debate", CN, voice=ATT)],
    ),
    (
        "en",
        P,
        "revcons",
        "The corruption starts at an early age and is fully admitted by those who know they are involved.",
        [f("The corruption starts at an early age", LL)],
    ),
    (
        "en",
        H,
        "enigmose",
        "In political philosophy, critical theory is a neo-Marxist philosophy developed by a nefarious group known as the Frankfurt School.",
        [f("a nefarious group", NC)],
    ),
    (
        "en",
        P,
        "enigmose",
        "Nearly everyone with the exception of the most oblivious dullards are well aware of what Marxism is.",
        [f("the most oblivious dullards", NC)],
    ),
    (
        "en",
        H,
        "enigmose",
        "This Dictatorship of the Proletariat awaiting the arrival of of the fabled fools paradise of a classless society.",
        [f("the fabled fools paradise", LL)],
    ),
    (
        "en",
        P,
        "enigmose",
        "Cultural Marxism like its evil twin Communism threatens the sancticty of society and could well be the harbinger that will lay waste to swarths of 21st Century History.",
        [
            f("its evil twin Communism", NC),
            f("could well be the harbinger that will lay waste to swarths of 21st Century History", AF),
        ],
    ),
    (
        "en",
        P,
        "enigmose",
        "Make no mistake however, inside that trojan horse are the demons and demagogues of Marxist idiocy.",
        [f("the demons and demagogues of Marxist idiocy", NC)],
    ),
    (
        "en",
        P,
        "enigmose",
        "Advocates and Purveyors of cultural Marxism, well aware of the dubious reputation of their n'er do good ideology have chosen to conceal the Marxist connection.",
        [f("their n'er do good ideology", LL), f("have chosen to conceal the Marxist connection", CN)],
    ),
    (
        "en",
        H,
        "mullins",
        'The unspecified "other purposes" were to give international conspirators a monopoly of all the money and credit of the people of the United States; to finance World War I through this new central bank, to place American workers at the mercy of the Federal Reserve system’s collection agency, the Internal Revenue Service, and to allow the monopolists to seize the assets of their competitors and put them out of business.',
        [
            f(
                "to give international conspirators a monopoly of all the money and credit of the people of the United States",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        H,
        "mullins",
        "This charade stems from the fact that the President of the United States appoints the Governors of the Federal Reserve Board, who are then confirmed by the Senate.",
        [f("This charade", LL)],
    ),
    (
        "en",
        H,
        "mullins",
        'The secret author of the Act, banker Paul Warburg, a representative of the Rothschild bank, coined the name "Federal" from thin air for the Act, which he wrote to achieve two of his pet aspirations, an "elastic currency", read (rubber check), and to facilitate trading in acceptances, international trade credits.',
        [
            f(
                "The secret author of the Act, banker Paul Warburg, a representative of the Rothschild bank",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        H,
        "spencer",
        "In short, the Jewish Banking Establishment took over the United States money supply with the passage of the FEDERAL RESERVE ACT in 1913.",
        [f("the Jewish Banking Establishment took over the United States money supply", AS)],
    ),
    (
        "en",
        H,
        "plainer",
        "This is the central bankers’ diabolical means of obtaining private property; by creating inflation (increasing the money supply) and, then, creating deflation (constricting the money supply).",
        [f("the central bankers’ diabolical means of obtaining private property", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "plainer",
        "Hence, people are deprived of their property through a sinister and corrupt scheme perpetrated by the banking monopoly.",
        [f("a sinister and corrupt scheme perpetrated by the banking monopoly", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "catholicbook",
        "Briefly, the Federal Reserve system was created by international banking families such as the Rothschilds, Warburgs and Rockefellers.",
        [f("created by international banking families", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "catholicbook",
        'This international banking cartel creates "money" out of thin air.',
        [f("This international banking cartel", CN, "hidden_financiers")],
    ),
    (
        "en",
        H,
        "catholicbook",
        "WHY:As a way to control the money supply, and to make consumers slaves to credit.",
        [f("to make consumers slaves to credit", LL)],
    ),
    (
        "en",
        P,
        "lepinski",
        "IF YOU THINK IT WAS BAD IN THE 50's UNDER CREEPO FDR TRY LOOKING AT THE LIST OF OPENLY COMMIE CREEPS IN GOVERNMENT TODAY!!!",
        [f("CREEPO FDR", NC), f("OPENLY COMMIE CREEPS", NC)],
    ),
    (
        "en",
        H,
        "lepinski",
        "The security problem at the State Department had worsened considerably in 1945 when a merger brought into the State Department thousands of employees from such war agencies as the Office of Strategic Services, the Office of War Information, and the Foreign Economic Administration — all of which were riddled with members of the communist underground.",
        [f("all of which were riddled with members of the communist underground", CN, "infiltration")],
    ),
    (
        "en",
        H,
        "fedagent",
        "Some time ago Senator Joseph McCarthy said the State Department was overrun with communists.",
        [
            f(
                "the State Department was overrun with communists",
                CN,
                "infiltration",
                voice=ATT,
                speaker="Joseph McCarthy",
            )
        ],
    ),
    (
        "en",
        P,
        "fedagent",
        "The State Department is a soft target for hostile intelligence agencies, especially since the State Department exclusively recruits only leftists, especially the morally bankrupt academic types who have no loyalty to the United States.",
        [f("the morally bankrupt academic types who have no loyalty to the United States", NC)],
    ),
    (
        "en",
        H,
        "amhist",
        "Agents of the international communist conspiracy extracted classified information from the government, shaped policy decisions, steered the media to form public opinion, and even planned sabotage activities within the United States.",
        [
            f("Agents of the international communist conspiracy", CN),
            f("steered the media to form public opinion", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        H,
        "amhist",
        "Yet, because some officials did not believe that the communist menace was real, and because other bureaucrats were actually sympathetic to the communists, they failed to fully implement these bits of legislation, designed to ensure that government employees were properly vetted.",
        [f("the communist menace", AF)],
    ),
    (
        "en",
        H,
        "catholicq",
        "McCarthy was and always will be a dispicable individual.",
        [f("a dispicable individual", NC)],
    ),
    ("en", H, "catholicq", "They KNEW the left would cover for them.", [f("the left would cover for them", CN)]),
    (
        "en",
        H,
        "se1915",
        "They influenced politics and public policy by placing their men in positions of power.",
        [f("placing their men in positions of power", CN, "puppet_agent")],
    ),
    (
        "en",
        H,
        "se3",
        "The young men who had worked so loyally for Alfred Milner in South Africa returned to Britain fired by a determination to promote the Secret Elites’ grand plans.",
        [f("the Secret Elites’ grand plans", CN, "secret_society")],
    ),
    (
        "en",
        P,
        "fedagent",
        "But one should not be surprised as the State Department and the American Foreign Service Association, the union of State Department employees, give awards to employees who publically attack Republican Administrations or the State Department when it does not serve the interests of international communism or radical Islam.",
        [f("when it does not serve the interests of international communism or radical Islam", GA)],
    ),
    (
        "en",
        H,
        "catholicq",
        "Top officials in the FDR and Truman adminstration worked for the Soviets.",
        [f("Top officials in the FDR and Truman adminstration worked for the Soviets", CN, "infiltration")],
    ),
    (
        "en",
        H,
        "catholicq",
        "Their was a massive effort to hide how corrupt both the Truman and FDR adminstrations were.",
        [f("a massive effort to hide", CN, "media_cover_up")],
    ),
]

EN_NEUTRAL = [
    ("en", "activehist", "The second Moscow show trial (The Trial of the Seventeen) took place."),
    ("en", "activehist", "17 leading Communists were accused of participating in Trotsky’s plot to overthrow Stalin."),
    ("en", "activehist", "13 of them were sentenced to death."),
    (
        "en",
        "nwe",
        "Stalin's rapid industrialization during the period of the First Five Year Plan and the brutality of the forced agricultural collectivization had led to an acute economic and political crisis in 1928–1933, made worse by the global Great Depression, which led to enormous suffering on the part of the Soviet workers and peasants.",
    ),
    (
        "en",
        "britannica",
        "Gunpowder Plot, (1605)Conspiracy by English Roman Catholic zealots to blow up Parliament and kill James I.",
    ),
    (
        "en",
        "britannica",
        "Angered by James’s refusal to grant more religious toleration to Catholics, a group of conspirators led by Robert Catesby (1573–1605) recruited Guy Fawkes to their plot.",
    ),
    (
        "en",
        "britannica",
        "One member warned his brother-in-law Lord Monteagle not to attend Parliament on the appointed day (November 5, 1605), and Monteagle alerted the government.",
    ),
    (
        "en",
        "britannica",
        "Fawkes was arrested in a rented cellar under the palace at Westminster, where he had concealed 20 barrels of gunpowder.",
    ),
    (
        "en",
        "britannica",
        "Under torture, he revealed the names of the conspirators, and they were all either killed while resisting arrest or executed in 1606.",
    ),
    ("en", "britannica", "The plot bitterly intensified Protestant suspicions of Catholics."),
    (
        "en",
        "sacklunch",
        "Gunpowder Plot, a plot formed by a party of Roman Catholics early in James I.'s reign to blow up the King, Lords, and Commons with gunpowder.",
    ),
    ("en", "sacklunch", "Guy Fawkes, a soldier in the Spanish army, was sent for from Flanders."),
    (
        "en",
        "sacklunch",
        "Three rich Catholics, Sir Everard Digby, Ambrose Rookwood, and Francis Tresbam, were later admitted to the confederacy.",
    ),
    (
        "en",
        "sacklunch",
        "The remaining conspirators fled, but within a few days Catesby and others had been killed, and the rest were tried and executed.",
    ),
    (
        "en",
        "trantor",
        "In the autumn of 1605, a group of young Catholic men gathered for a supper party in a private house on the Strand.",
    ),
    (
        "en",
        "trantor",
        "They discussed a daring plot to blow up the House of Lords when James I would be attending the State Opening of Parliament, at one stroke assassinating the king and most of the ruling class of England.",
    ),
    ("en", "trantor", "It was the king himself who interpreted the letter as an assassination attempt."),
    ("en", "trantor", "His prime minister, Robert Cecil, ordered a search of Parliament."),
    (
        "en",
        "trantor",
        "Meanwhile Fawkes was imprisoned in the Tower of London, where he was tortured until he confessed, then put to death.",
    ),
    (
        "en",
        "lemmy",
        "Chancellor Adolf Hitler, urged on by Hermann Göring and Heinrich Himmler, ordered a series of political extrajudicial executions intended to consolidate his power and alleviate the concerns of the German military about the role of Ernst Röhm and the Sturmabteilung (SA), the Nazis’ paramilitary organization, known colloquially as “Brownshirts”.",
    ),
    (
        "en",
        "lemmy",
        "Nazi propaganda presented the murders as a preventive measure against an alleged imminent coup by the SA under Röhm – the so-called Röhm Putsch.",
    ),
    (
        "en",
        "productive",
        "Ernst Röhm was one of Adolf Hitler's closest and oldest associates, having founded the Sturmabteilung and been arrested with Hitler in 1923 for the Beer Hall Putsch.",
    ),
    ("en", "productive", "So Hitler told Röhm that he wanted a meeting of the senior leadership of the SA."),
    ("en", "productive", "Instead, he arrested or shot most of the leadership of the SA."),
    (
        "en",
        "productive",
        "In the aftermath of the purge, Hitler took full power and justified his actions by claiming Röhm and Schleicher were about to undertake a coup.",
    ),
    (
        "en",
        "alamy",
        "Heinrich Himmler and Reinhard Heydrich, head of the SS, a rival to the SA, convinced Hitler that Röhm was planning to move against him, and showed senior army officers falsified evidence of an SA plot against them.",
    ),
    (
        "en",
        "alamy",
        "Röhm and the rest of the SA leadership were arrested in a purge that became known as 'The Night of the Long Knives' and he was executed in Munch's Stadelheim Prison on 2 July 1934.",
    ),
    (
        "en",
        "answers",
        "Rohm, locked in a room and invited to commit suicide, was shot by an SS leader, along with six more SA officials on Hitler's order on 1 July.",
    ),
    (
        "en",
        "eedit",
        "The Federal Reserve Act, along with the Income Tax Law, was passed by congress on December 23, 1913.",
    ),
    (
        "en",
        "eedit",
        "Jekyll Island was privately owned by a small group of millionaires from New York, including J.P. Morgan and William Rockefeller.",
    ),
    ("en", "eedit", "He waited for the arrival of six other men who were told to come in secret."),
    (
        "en",
        "eedit",
        "Frank Vanderlip was president of the National City Bank, the largest bank in America at the time and former Assistant Secretary of the Treasury.",
    ),
    ("en", "eedit", "Republican Senator Nelson Aldrich was the chairman of the National Monetary Commission."),
    (
        "en",
        "oldmag",
        "This article makes a passing reference to a Soviet defector who jumped ship in 1937 in order to escape Stalin's seemingly random purges, his name was General Alexander Barmine (1899 - 1987).",
    ),
    (
        "en",
        "oldmag",
        "When W.W. II ended (along with the Soviet alliance) both political parties in Washington agreed to weed out these moles - but they couldn't agree as to how deep the infiltration was.",
    ),
    (
        "en",
        "kutahya",
        "The Encyclopedia of Cold War Espionage, Spies, and Secret Operations by Richard C. S. Trahair was published by Greenwood Press, (Westport, Connecticut) in 2004.",
    ),
    (
        "en",
        "slideorbit",
        "Delve into the intriguing theories surrounding Abraham Lincoln's assassination in this class taught by Jim Dunphy.",
    ),
    (
        "en",
        "slideorbit",
        "Explore various alternate scenarios, from involvement of Andrew Johnson to international bankers, as well as controversies like Booth's fate.",
    ),
    (
        "en",
        "johnholt",
        "On the night of 14 April 1865 President Abraham Lincoln was attending a performance at The Ford Theatre, in Washington.",
    ),
    ("en", "johnholt", "A single shot fired by John Wilkes Booth hit the President in the back of the head."),
    (
        "en",
        "grok",
        "The Moscow trials were a series of three major show trials held in the Soviet capital between August 1936 and March 1938, orchestrated by Joseph Stalin to purge perceived internal threats to his leadership within the Communist Party of the Soviet Union.",
    ),
    (
        "en",
        "grok",
        "Confessions were extracted through systematic torture, sleep deprivation, and threats against family members, rendering the trials mere spectacles of coerced self-incrimination rather than genuine judicial processes.",
    ),
    (
        "en",
        "grok",
        "Post-Stalin revelations, including Nikita Khrushchev's 1956 denunciation of the cult of personality, confirmed the trials' illegitimacy, leading to the posthumous rehabilitation of many victims.",
    ),
    (
        "en",
        "e2",
        "The five met, and conspired, swearing an oath on the Holy Sacrament that they would blow up James and the House of Parliament.",
    ),
    ("en", "e2", "Monteagle delivered the letter immediately to Robert Cecil, the King's secretary of state."),
    (
        "en",
        "liquis",
        "At their trial on 27 January 1606, eight of the survivors, including Fawkes, were convicted and sentenced to be hanged, drawn and quartered.",
    ),
    (
        "en",
        "liquis",
        "Details of the assassination attempt were allegedly known by the principal Jesuit of England, Father Henry Garnet.",
    ),
    (
        "en",
        "liquis",
        "Several made a stand against the pursuing Sheriff of Worcester and his men at Holbeche House; in the ensuing battle Catesby was one of those shot and killed.",
    ),
    (
        "en",
        "wikimili",
        "On 26 October 1605 an anonymous letter of warning was sent to William Parker, 4th Baron Monteagle, a Catholic member of Parliament, who immediately showed it to the authorities.",
    ),
    (
        "en",
        "wikisum",
        "The primary instruments of Hitler's action were the Schutzstaffel (SS) paramilitary force under Himmler and its Security Service (SD), and Gestapo (secret police) under Reinhard Heydrich, which between them carried out most of the killings.",
    ),
    (
        "en",
        "wikisum",
        "Finally, Hitler used the purge to attack or eliminate German critics of his new regime, especially those loyal to Vice-Chancellor Franz von Papen, as well as to settle scores with enemies.",
    ),
    (
        "en",
        "wikisum",
        "Not content solely with the leadership of the SA, Röhm lobbied Hitler to appoint him Minister of Defence, a position held by the conservative General Werner von Blomberg.",
    ),
    (
        "en",
        "wikisum",
        "The Freikorps were nationalistic organizations primarily composed of disaffected, disenchanted, and angry German combat veterans utilized by the government in January 1919 to deal with the threat of a Communist revolution when it appeared that there was a lack of loyal troops.",
    ),
    (
        "en",
        "wikisum",
        "Many stormtroopers believed in the socialist promise of National Socialism and expected the Nazi regime to take more radical economic action, such as breaking up the vast landed estates of the aristocracy.",
    ),
    (
        "en",
        "alamy",
        "After Hitler came to power in 1933, Röhm demanded that the German Army be disbanded and incorporated into the SA.",
    ),
    (
        "en",
        "alamy",
        "Hitler resisted the demand, not least because he required the support of the ailing German President and former commander of the army, Paul Hindenburg.",
    ),
    (
        "en",
        "productive",
        "He also was known to have homosexual affairs with junior officers, which highly bothered other Nazis like Joseph Goebbels, Heinrich Himmler, and Hermann Goring.",
    ),
    (
        "en",
        "productive",
        "The Nazis also went after prominent anti-Nazi conservatives such as former Chancellor Kurt von Schleicher, killing over 85 people.",
    ),
    (
        "en",
        "eedit",
        "After traveling for two nights they arrived at Brunswick, Georgia, then took a ferry to Jekyll Island where they spent the next nine days planning out what was soon to become the Federal Reserve.",
    ),
    ("en", "trantor", "Hearing the news of Fawkes’s arrest, the plotters fled London."),
]

ES_NEUTRAL = [
    (
        "es",
        "stringtr",
        "Catilina se postuló varias veces por el consulado sin éxito, lo que quebró definitivamente sus ambiciones políticas.",
    ),
    (
        "es",
        "stringtr",
        "Mientras el malestar de la población se dejaba sentir por los campos romanos, Catilina hizo los preparativos finales para la conjura en Roma.",
    ),
    (
        "es",
        "stringtr",
        "Sus planes incluían los incendios y la matanza de senadores, tras los cuales se uniría al ejército reunido por Manlio.",
    ),
    (
        "es",
        "stringtr",
        "Umbreno expuso a los embajadores de los alóbroges toda la conjura, incluyendo nombres, fechas, planes y lugares.",
    ),
    (
        "es",
        "stringtr",
        "Cinco de los líderes conspiradores escribieron cartas a los alobroges para que los delegados mostraran a su pueblo que existía una esperanza en esta conjura, pero estas cartas fueron interceptadas en su camino hacia la Galia en el puente Milvio.",
    ),
    (
        "es",
        "stringtr",
        "Se le cortó la cabeza y ésta fue llevada a Roma, como prueba pública de que el conspirador había muerto.",
    ),
    (
        "es",
        "stringtr",
        "Cicerón no dejó que nadie olvidara nunca su afirmación de que en el 63 a. C., con la derrota de la conjuración de Catilina, él había salvado la República.",
    ),
    (
        "es",
        "panam",
        "ENTRE OCTUBRE Y DICIEMBRE DEL AÑO 63 a. C, EL ENTONCES cónsul romano, el político y brillante orador Marco Tulio Cicerón, pronunció cuatro discursos ante el Senado denunciando la intentona de Catilina, uno de sus rivales políticos, para hacerse con el poder por la fuerza.",
    ),
    (
        "es",
        "panam",
        "Sin embargo, a pesar de que Catilina pasó a la historia como ejemplo de traidor a la República, su conjuración destapó crudamente los males que esta venía arrastrando desde hacía tiempo.",
    ),
    (
        "es",
        "latinyroma",
        "Cicerón presenció algunos momentos importantes de la historia de la Antigua Roma como la guerra civil entre César y Pompeyo o el asesinato de César, pero también vivió algunos en sus propias carnes como la Conjuración de Catilina.",
    ),
    (
        "es",
        "latinyroma",
        'La conjuración tuvo dos personajes principales: Lucio Sergio Catilina y al propio Cicerón, el "malo" y el "bueno", respectivamente.',
    ),
    (
        "es",
        "latinyroma",
        "Catilina convenció a gentes desocupadas y descontentas con promesas de un nuevo orden social además de aprovechar que la ciudad no tenía al ejército porque estaba con Pompeyo en Oriente.",
    ),
    (
        "es",
        "latinyroma",
        "Su plan era levantar las armas el 27 de octubre y al día siguiente matar a Cicerón y otros aristócratas.",
    ),
    (
        "es",
        "latinyroma",
        "Cicerón por su parte, conocía el plan por lo que el 21 de octubre convocó al Senado para que concedieran plenos poderes a los cónsules y los obtuvo junto con el otro cónsul, Antonio, mientras que Catilina estaba también en el Senado y decía que él inocente.",
    ),
    (
        "es",
        "natgeo",
        "Acuciado por las deudas y dominado por la ambición, Lucio Sergio Catilina urdió en el año 63 a.C. una rebelión contra el Senado de Roma a la que sumó a numerosos partidarios.",
    ),
    (
        "es",
        "natgeo",
        "Cicerón, cónsul de la República, descubrió el movimiento y Catilina y los suyos murieron en prisión o en el campo de batalla.",
    ),
    (
        "es",
        "natgeo",
        "La recesión económica afectaba a los ciudadanos más pobres y a los campesinos libres, y en Etruria los antiguos soldados que se habían establecido en colonias se quejaban de sus tierras de mala calidad y de las deudas que habían contraído.",
    ),
    (
        "es",
        "natgeo",
        "En La conjuración de Catilina, escrita veinte años después de los hechos, Salustio trazó de él un retrato muy poco favorable, presentándolo como alguien «perverso y depravado» e «inflamado de pasiones».",
    ),
    (
        "es",
        "descubrir",
        "Pero, como sabemos por las Catilinarias, el orador terminará presentándolo como el colmo de la maldad y la perversión.",
    ),
    (
        "es",
        "descubrir",
        "Se piensa que Catilina nació en 108 a. C., su origen era patricio, de la gens Sergia, que descendían de Sergesto, uno de los compañeros de Eneas en su huida de Troya.",
    ),
    ("es", "laguia", "Así, aparece Catilina como una persona sumamente inteligente, hábil y de ambiciones desmedidas."),
    (
        "es",
        "laguia",
        "Según Salustio, su entorno estaba conformado por adúlteros, homicidas, sacrílegos, y todo tipo de miserables.",
    ),
    (
        "es",
        "laguia",
        "Catilina se destacó por su meritoria carrera militar, desempeñándose en las fuerzas del cónsul Cneo Pompeyo Estrabón y participando en las guerras civiles (-84 a -81) que enfrentaron a Mario y a Sila, combatiendo en las filas de este último.",
    ),
    (
        "es",
        "laguia",
        "Sus ideas eran en defensa de la plebe empobrecida y endeudada, a la que ofrecía reparaciones económicas, como la condonación de deudas.",
    ),
    (
        "es",
        "interestrip",
        "Cuando Hitler llegó al poder a principios de 1933, debió gran parte de su éxito al músculo de sus soldados de asalto nazis, las SA (Sturmabteilung), un ejército violento y despiadado encabezado por Ernst Röhm, el viejo amigo y devoto de Hitler.",
    ),
    (
        "es",
        "interestrip",
        "En abril de 1934, Hitler y el jefe del ejército alemán, Werner von Blomberg, firmaron un acuerdo secreto.",
    ),
    (
        "es",
        "interestrip",
        "Comenzaron a poner el error en el oído de Hitler de que Röhm estaba planeando un golpe de estado, e incluso reunieron pruebas falsas para respaldar su afirmación falsa.",
    ),
    (
        "es",
        "interestrip",
        'Hitler quería "hacerse legítimo" y ganarse a los generales del ejército regular, a los líderes de la industria, así como al pueblo alemán.',
    ),
    (
        "es",
        "interestrip",
        "Röhm había hecho enemigos poderosos en el partido nazi, entre ellos Heinrich Himmler y Herman Goring, que formaban parte de la SS (Shutzstaffel), una organización que actuaba como guardaespaldas personales de Hitler.",
    ),
    (
        "es",
        "hnova",
        "El régimen de Franco se impuso con una violencia en muchos casos innecesaria y desmesurada lo que prueba la pretensión de los sublevados de eliminar y exterminar al oponente.",
    ),
    (
        "es",
        "hnova",
        "Se analiza la represión física, en sus dos vertientes: las ejecuciones sin procesamiento ni procedimiento judicial previo y la violencia legal o legalizada, fruto de la aplicación de la legislación militar a través de los consejos de guerra, que condenaban a prisión o a muerte.",
    ),
    (
        "es",
        "todos",
        "Este informe se ha hecho a petición de la dirección jurídica dentro de las Diligencias Previas 399/2006-E que se siguen en el Juzgado Central de Instrucción nº 5.",
    ),
    (
        "es",
        "todos",
        "Para la investigación y para los familiares existe una diferencia fundamental entre ambas: recién acabada la guerra civil el Fiscal General del Estado abrió una espectacular y minuciosa investigación de carácter judicial a escala nacional, denominada Causa General, que analizó lo ocurrido en cada localidad (desde febrero del 36 –a veces desde octubre de 1934– hasta la fecha de ocupación) y documentó lo ocurrido a cada una de las víctimas del llamado terror rojo.",
    ),
    (
        "es",
        "cnt",
        "El régimen franquista (1936-1975) creó una tupida red represiva que tenía como objetivo eliminar físicamente e ideológicamente al enemigo republicano y aterrorizar al conjunto de la población.",
    ),
    (
        "es",
        "knowledger",
        "Los Juicios de Moscú eran una serie de tres juicios del espectáculo sostenidos en la Unión Soviética en la instigación de Joseph Stalin entre 1936 y 1938.",
    ),
    (
        "es",
        "knowledger",
        "Los demandados incluyeron la mayor parte de Viejos Bolsheviks que sobreviven, así como la antigua dirección de la policía secreta soviética.",
    ),
    (
        "es",
        "triatempora",
        'La expresión "Nuevo Orden Mundial" ha pasado de ser una idea real en las relaciones internacionales a una de las teorías conspirativas más conocidas y controvertidas de nuestro tiempo.',
    ),
    (
        "es",
        "triatempora",
        "Lo que empezó como un llamamiento a la colaboración después de las guerras se ha convertido en la afirmación de que una élite mundial secreta controla los acontecimientos mundiales para conseguir el control total de todos los pueblos.",
    ),
    (
        "es",
        "triatempora",
        "La John Birch Society, creada en 1958, contribuyó en gran medida a difundir la idea de que grupos internacionales como la ONU formaban parte de un complot comunista para apoderarse de Estados Unidos.",
    ),
    (
        "es",
        "triatempora",
        "La idea de que los Illuminati bávaros, fundados por Adam Weishaupt en 1776, sobrevivieron a su supresión oficial en 1785 y siguen al mando de los acontecimientos mundiales está en el centro de las teorías del Nuevo Orden Mundial.",
    ),
    (
        "es",
        "ciencia",
        "Este artículo invita a reflexionar frente a todas las teorías de la conspiración y similares que terminan obstaculizando una visión crítica, científica y escéptica sobre nuestra sociedad.",
    ),
    (
        "es",
        "ciencia",
        "Unos de los más repetidos y popularizados mitos en contra de los judíos es que ellos mataron a Jesús.",
    ),
    (
        "es",
        "diariorc",
        "«El judío internacional (un problema del mundo)» fue publicado por el empresario norteamericano Henry Ford en 1920.",
    ),
    (
        "es",
        "diariorc",
        "Esta obra, junto con «Los protocolos de los sabios de Sión», argumenta la supuesta trama judía internacional para controlar finanzas y política mundiales, en conspiración invisible permanente, con el fin último de hacerse con el mundo.",
    ),
    (
        "es",
        "zapador",
        "La leyenda negra contra España nace en la Baja Edad Media en Italia como bien estudió el historiador sueco Sverker Arnoldsson.",
    ),
    (
        "es",
        "zapador",
        "Nace debido a las tensiones entre la Corona aragonesa que se empieza a expandir por Italia y las ciudades-Estado italianas.",
    ),
    (
        "es",
        "zapador",
        "Después de los italianos, los siguientes en difundir leyenda negra no son los ingleses, sino los alemanes tras la reforma protestante de Lutero.",
    ),
    (
        "es",
        "zapador",
        "Fue en 1566 cuando estalló la Rebelión de los Países Bajos que dio lugar a la Guerra de los Ochenta Años.",
    ),
    (
        "es",
        "duran",
        "En 1552 se publicó la Brevísima relación de la destrucción de las Indias, de Bartolomé de las Casas.",
    ),
    ("es", "duran", "Su intención era denunciar abusos concretos y promover reformas dentro del sistema imperial."),
    ("es", "duran", "El impresor Theodor de Bry añadió grabados que mostraban escenas de tortura y violencia extrema."),
    ("es", "duran", "Tras la Reforma de Lutero, Europa quedó dividida entre católicos y protestantes."),
    (
        "es",
        "duran",
        "Durante más de dos siglos circularon panfletos, grabados y crónicas con una imagen repetida: un imperio cruel e intolerante frente a una Europa que se describía a sí misma como moderna y civilizada.",
    ),
    (
        "es",
        "yezhov",
        "También conocido como director de la Policía secreta soviética, sus hechos y acciones reflejan el pensamiento estalinista del periodo de entreguerras.",
    ),
    (
        "es",
        "hnuevomundo",
        "En todas las guerras o luchas entre pueblos, países, imperios, etc., es inevitable que explote la batalla de la información o de la desinformación entre los contendientes.",
    ),
    (
        "es",
        "hnova",
        "Este artículo constituye la presentación de una tesis doctoral en la que se ha estudiado la utilización de todas las variantes de la violencia puestas en marcha para conseguir la implantación del franquismo en la provincia de Segovia.",
    ),
    (
        "es",
        "knowledger",
        "Los Juicios de Moscú incluyeron el Juicio de los Dieciséis, el Juicio del Centro de Trotskyist antisoviético y el Juicio de Veintiuno.",
    ),
    (
        "es",
        "interestrip",
        "Las SA se estaban agitando ya que su papel se había reducido tan gravemente, y la tensión era alta entre los líderes del ejército alemán y los líderes de las SA.",
    ),
    (
        "es",
        "descubrir",
        "La primera noticia que tenemos de él es como tribuno de las legiones en el 89 a. C. y prefecto de las tropas auxiliares a las órdenes del cónsul Cneo Pompeyo Estrabón.",
    ),
    ("es", "duran", "Ante la dificultad de un enfrentamiento directo, recurrieron a la propaganda."),
]

if __name__ == "__main__":
    write_blind_set("blind11", ES_REAL + EN_REAL, ES_NEUTRAL + EN_NEUTRAL, URLS)
