# ruff: noqa: E501  (one sentence per line)
"""Write `blind16d_neutral.jsonl` and `blind16d_real.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16d/build.py  (writes next to this folder).
"""

import json
from collections import Counter
from pathlib import Path

N = []  # (lang, text, url)
R = []  # (lang, text, url, [(span, technique)])


def n(lang, url, *texts):
    for t in texts:
        N.append((lang, t, url))


def r(lang, url, text, *flags):
    R.append((lang, text, url, list(flags)))


# ---------------- neutral en
n(
    "en",
    "http://vermiculturemanual.com/biographies/the-political-system-of-communism.html",
    "In political and social sciences, communism is the philosophical, social, political, and economic ideology that aims to establish a classless society based on communal ownership of property.",
    "Communism is a socioeconomic structure and political ideology that promotes the establishment of an egalitarian, classless, stateless society based on common ownership.",
)
n(
    "en",
    "http://seattlecentral.edu/faculty/jhubert/communism.html",
    "Communism is a term that can refer to one of several things: a certain social system, an ideology which supports that system, or a political movement that wishes to implement that system.",
    "As a political movement, communism is a branch of the broader socialist movement.",
)
n(
    "en",
    "https://onlyhdwallpapers.com/index.php/tag/communism",
    "Communism is a philosophical, social, political, and economic ideology and movement whose ultimate goal is the establishment of a communist society, namely a socioeconomic order structured upon the ideas of common ownership of the means of production and the absence of social classes, money, and the state.",
)
n(
    "en",
    "https://x-playn.com/tag/gulag",
    "The term “gulag” refers to forced labor camps in the former Soviet Union used to repress political dissidents and enemies of the state.",
)
n(
    "en",
    "http://gulaghistory.org/exhibits/nps/onlineexhibit/stalin",
    "The term “GULAG” is an acronym for the Soviet bureaucratic institution, Glavnoe Upravlenie ispravitel’no-trudovykh LAGerei (Main Administration of Corrective Labor Camps), that operated the Soviet system of forced labor camps in the Stalin era.",
)
n(
    "en",
    "https://www.sharingbiblicaltruth.co.za/articles-list/18-control-and-dictatorship/2969-gulag-an-introduction",
    "Even more broadly, “Gulag” has come to mean the Soviet repressive system itself.",
)
n(
    "en",
    "https://concepts.sagepub.com/vocabularies/social-science/en/page/?anylang=on&clang=en&uri=https%3A%2F%2Fconcepts.sagepub.com%2Fsocial-science%2Fconcept%2Fcollectivization",
    "Collectivization, a policy pursued in the Soviet Union and most other communist countries, refers to a process whereby private agricultural lands were seized by the state and transferred either to collective farms (kolkhoz in Russian) or state farms (sovkhoz).",
)
n(
    "en",
    "https://xisto.com/discuss/topic/98851-the-biggest-hurdle-in-switching-completely-to-linux-for-me/",
    "Collectivization was a policy adopted by the Soviet government, pursued most intensively between 1929 and 1933, to transform traditional agriculture in the Soviet Union and to reduce the economic power of the kulaks (prosperous peasants).",
)
n(
    "en",
    "https://infinitelexicon.pages.dev/kulak",
    "Kulak is a historical term used in Russia and the Soviet Union to describe a rural household deemed wealthy or well-off, typically owning land, employing hired labor, or accumulating surplus grain.",
    "The label carried a political meaning as much as an economic one, and its application varied across regions and periods.",
)
n(
    "en",
    "https://infinitelexicon.pages.dev/kulaks",
    'Kulaks (Russian: kulak, literally "fist") were a category of relatively affluent peasants in the Russian Empire and later the Soviet Union, historically identified by ownership of larger plots, use of hired labor, or possession of more livestock and equipment than average rural households.',
)
n(
    "en",
    "https://www.knowway.org/en/the-cheka-lenins-secret-police-and-the-birth-of-the-nkvd",
    "Tcheka (also spelled Cheka) was the first Soviet secret police organization, established in December 1917 by the Bolsheviks under Lenin's leadership.",
    'The name "Cheka" comes from the Russian word for "extraordinary commission."',
)
n(
    "en",
    "https://infinitelexicon.com/Cheka",
    "Cheka, short for the All-Russian Extraordinary Commission for Combating Counter-Revolution and Sabotage (VChK), was the first Soviet state security organization.",
    "The Cheka combined political policing, intelligence gathering, and investigative functions.",
)
n(
    "en",
    "https://infinitelexicon.pages.dev/Comintern",
    "The Communist International, commonly known as the Comintern, was an international organization founded in 1919 in Moscow to coordinate the activities of communist parties worldwide and advance the cause of world revolution.",
    "It was established by the government of Soviet Russia and the Russian Communist Party (Bolsheviks) and is regarded as the third international, succeeding the First and Second Internationals.",
)
n(
    "en",
    "https://powerbase.info/index.php/Comintern",
    "The Comintern or Communist International, sometimes known as the Third International, was founded as an international revolutionary party by Vladimir Ilyich Lenin in 1919.",
)
n(
    "en",
    "https://wiki.1209k.com/content/wikipedia_en_simple_all_maxi_2024-06/A/Comintern",
    "Comintern, officially the Communist International, was an international organization founded in 1919 that promotes world communism, it was funded by the Soviet Union.",
)
n(
    "en",
    "https://katerinamichouli.wordpress.com/conspiracy-theories-wikipedia/",
    "This conspiracy theory states that a small group of international elites controls and manipulates governments, industry, and media organizations worldwide.",
)
n(
    "en",
    "https://www.enotes.com/homework-help/what-difference-cheka-nkvd-kgb-295370",
    "The Cheka, or secret police, was established in 1917 during the Civil War in Russia.",
    "An acronym for All-Russian Extraordinary Commission for Combating Counter-Revolution and Sabotage, it was tasked with eliminating all opposition to the Bolsheviks, including crushing anti-Soviet rebellions.",
)
n(
    "en",
    "https://radiencegaming.com/definitions/9889",
    "The Cheka, established in 1917, was the first Soviet secret police organization, playing a crucial role during the Russian Revolution and its aftermath.",
)
n(
    "en",
    "http://skepticfiles.org/books/c1police.htm",
    "The first secret police, called the Cheka, was established in December 1917 as a temporary institution to be abolished once Vladimir Lenin and the Bolsheviks had consolidated their power.",
)
n(
    "en",
    "http://www.fact-index.com/c/ch/cheka.html",
    "Cheka: (ЧК in Russian) was the first Soviet state security organization.",
    "Soviet state security personnel were referred to as Chekists throughout the Soviet period and the term is still found in use in Russia today.",
)
n(
    "en",
    "https://nostalgia.wikipedia.org/wiki/Cheka",
    "Vecheka stands for All-Russian Extraordinary Commission for Combating Counter-revolution and Sabotage.",
)
# ---------------- neutral es
n(
    "es",
    "https://fascinablog.blogspot.com/2023/12/el-comunismo-fundamentos-identidad-y.html",
    "El comunismo, arraigado en los postulados de Karl Marx y Friedrich Engels, constituye una ideología profundamente ligada a la equidad y la colectividad.",
    'Formalmente presentada en el "Manifiesto del Partido Comunista" (1848), esta filosofía aboga por la abolición de la propiedad privada y la construcción de una sociedad sin clases.',
)
n(
    "es",
    "https://coggle.it/diagram/Zc7nxhcvlDArFN35/t/capitalismo",
    "El comunismo es un sistema político, económico y social que busca la abolición de la propiedad privada de los medios de producción y la creación de una sociedad sin clases.",
    "En el comunismo, los recursos y la producción son propiedad común y están gestionados colectivamente por la comunidad o por el Estado en representación de la comunidad.",
)
n(
    "es",
    "https://definicionwiki.com/comunismo-que-es-y-sus-caracteristicas-significado-y-ejemplos",
    "El comunismo es un sistema político y económico que busca la igualdad entre los individuos mediante la eliminación de las clases sociales y la propiedad privada de los medios de producción.",
    "El comunismo es una teoría social y económica que propone una sociedad sin clases, donde los medios de producción (como fábricas, tierras y recursos naturales) son propiedad colectiva y no privada.",
)
n(
    "es",
    "https://conceptoswiki.com/que-es-la-ideologia-comunista",
    "La ideología comunista es un sistema de pensamiento político y económico que busca la abolición de las clases sociales, la propiedad privada de los medios de producción y la creación de una sociedad sin explotación.",
)
n(
    "es",
    "https://dcinl.com/que-es-comunismo-y-sus-caracteristicas",
    "El comunismo es una corriente ideológica y política que ha tenido un impacto profundo en la historia mundial.",
    "Surge como una respuesta a las desigualdades provocadas por el capitalismo, con el objetivo de construir una sociedad en la que todos tengan acceso equitativo a los recursos.",
)
n(
    "es",
    "https://designificados.com/?p=261",
    "El comunismo es una doctrina política orientada a la formación de una sociedad en la que no existen distinciones de clase.",
    "En las sociedades comunistas los medios de producción son propiedad común de todos los que la conforman.",
)
n(
    "es",
    "https://expotipsescuelas.com/pregunta/6898568",
    "El término Revolución rusa (en ruso, Русская революция, Rússkaya revolyútsiya) agrupa todos los sucesos que condujeron al derrocamiento del régimen zarista y a la instauración preparada de otro, leninista, a continuación, entre febrero y octubre de 1917, que llevó a la creación de la República Socialista Federativa Soviética de Rusia.",
)
n(
    "es",
    "https://spiegato.com/es/que-es-un-gulag",
    "Un gulag es un campo de trabajos forzados; el término se deriva del ruso Glavnoye Upravleniye Ispravitel’no-Trudovykh Lagerey i koloniy, o «Administración en jefe de los campos de trabajo correctivo», una institución en la ex Unión Soviética.",
)
n(
    "es",
    "http://a.dukovany.cz/index.php?q=aHR0cHM6Ly9lcy53aWtpcGVkaWEub3JnL3cvaW5kZXgucGhwP3RpdGxlPU51ZXZhX1BvbCVDMyVBRHRpY2FfRWNvbiVDMyVCM21pY2EmYW1wO29sZGlkPTM4MjYxMDQ%3D",
    "La Nueva Política Económica (NEP, en ruso : Novaja Ekonomiceskaja Politika), es una política puesta en marcha inicialmente en Rusia y después en la Unión de Repúblicas Socialistas Soviéticas (URSS) a partir de 1921.",
    "La NEP restauró una cierta propiedad privada a las partes pequeñas de la economía, el cultivo especialmente.",
)
n(
    "es",
    "https://es.mahnazmezon.com/articles/humanities/who-were-the-mensheviks-and-bolsheviks.html",
    "Los mencheviques y bolcheviques fueron facciones dentro del Partido de los Trabajadores Socialdemócratas de Rusia a fines del siglo XIX y principios del XX.",
    "Su objetivo era llevar la revolución a Rusia siguiendo las ideas del teórico socialista Karl Marx (1818-1883).",
)
n(
    "es",
    "https://enciclopediadelapolitica.org/?p=4895",
    "A comienzos del siglo XX se designaba con este nombre a los partidarios de V. I. Lenin en el seno del Partido Obrero Socialdemócrata ruso.",
    "Bolcheviques y mencheviques eran las dos fracciones en que éste se dividió a raíz de su II Congreso celebrado en Bruselas en julio-agosto de 1903.",
    "El término bolchevique (del ruso bolshevic) significa “mayoría” y menchevique (de menseviki) significa “minoría”.",
)
n(
    "es",
    "https://es.stringtranslate.com/el%20Holodomor/Holodomor",
    "El Holodomor, también conocido como la Gran Hambruna Ucraniana, fue una hambruna provocada por el hombre en la Ucrania soviética de 1932 a 1933 que mató a millones de ucranianos.",
    "El Holodomor fue parte de la hambruna soviética más amplia de 1930-1933 que afectó a las principales zonas productoras de cereales de la Unión Soviética.",
)
n(
    "es",
    "https://wp1.es-es.nina.az/Sóviet.html",
    'Un sóviet o soviet (en ruso: Сове́т, «consejo», "comité", "comisión") eran organizaciones políticas y organismos gubernamentales del Imperio ruso tardío, principalmente asociados con la Revolución rusa, que dieron el nombre a la Unión Soviética.',
    "También puede significar cualquier consejo obrero que sea socialista, como los sóviets irlandeses o las Comisiones Obreras en España.",
)
n(
    "es",
    "https://comunistas.superforo.net/t14709p-estetica-y-materialismo-dialectico-breve-texto-de-carlos-sanchez-ramos-del-partido-comunista-colombiano-ano-2008",
    "Un sóviet es una asamblea, convocatoria o consejo obrero de trabajadores soviéticos.",
)
n("es", "https://boltxe.eus/1932/03/13/", "La palabra rusa «Soviet» significa sencillamente Consejo o Junta.")
# ---------------- real en
CN, LL, NC, AF, DO, EX = (
    "Conspiracy_Narrative",
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Antisemitic_Framing",
    "Doubt",
    "Exaggeration-Minimisation",
)
u = "https://scribd.com/document/739144798/It-Was-the-First-Decade-After-the-Turn-of-the-Century"
r(
    "en",
    u,
    "The New World Order, that term so often bandied about by politicians and conspiracy writers, is the long-term plan to create a one-world oligarchical government on this planet.",
    ("is the long-term plan to create a one-world oligarchical government on this planet", CN),
)
r(
    "en",
    u,
    "It is not really in question that such a plan exists — except among those who have not taken the time to study the documentation, or those whose interests dictate that it should be denied.",
    ("It is not really in question that such a plan exists", CN),
    ("those whose interests dictate that it should be denied", CN),
)
u = "https://thechartonline.com/9085/uncategorized/new-world-order/"
r(
    "en",
    u,
    "The New World Order is, in simplest terms, an attempt by a group of some of the wealthiest people on earth to establish a world government.",
    ("an attempt by a group of some of the wealthiest people on earth to establish a world government", CN),
)
r(
    "en",
    u,
    "The most powerful, and also probably the most vocal proponent of the NWO is David Rockefeller, who is arguably the most dangerous human being on the planet - even more dangerous than Osama bin Laden.",
    ("the most dangerous human being on the planet - even more dangerous than Osama bin Laden", EX),
)
r(
    "en",
    u,
    "These groups are all highly secretive and elitist but clearly have an anti-American agenda.",
    ("highly secretive and elitist but clearly have an anti-American agenda", CN),
)
r(
    "en",
    "https://blog.bitsofgenius.com/?p=460",
    "It’s late in the game of world domination, but there’s plenty of indicators that the Federal Reserve is not what Americans think it is.",
    ("It’s late in the game of world domination", CN),
    ("the Federal Reserve is not what Americans think it is", DO),
)
u = "https://www.theunshackled.net/rundown/the-truth-about-communism-and-covid/"
r(
    "en",
    u,
    "Communism is actually the political idea that governments should have total control of their citizens all the time because free people are a bad thing for the world.",
    ("because free people are a bad thing for the world", LL),
)
r(
    "en",
    u,
    "People who think this are actually mentally ill and they have the illness called Sociopathy.",
    ("actually mentally ill", NC),
)
r(
    "en",
    u,
    "Sociopaths invented communism and other sociopaths support it because that’s how they want the world to be.",
    ("Sociopaths", NC),
    ("other sociopaths", NC),
)
r("en", u, "So communism is the political philosophy of evil people.", ("evil people", NC))
r(
    "en",
    "https://josrussia.org/zionism-is-communism/",
    "There is no difference between Zionism today and Communism in Russia, as a matter of fact Russia was more or less Zionist.",
    ("There is no difference between Zionism today and Communism in Russia", AF),
    ("Russia was more or less Zionist", AF),
)
u = "https://www.henrymakow.com/2017/04/zionism-communism-secret-allies.html"
r(
    "en",
    u,
    "It appears that the fate of the world hangs on a turf war between two branches of the Masonic Jewish Conspiracy for world hegemony.",
    ("the Masonic Jewish Conspiracy for world hegemony", AF),
)
r("en", u, "Trump has proven that he is a Zionist errand boy.", ("a Zionist errand boy", NC))
r(
    "en",
    "http://en.rightpedia.info/w/Communism_and_Freemasonry",
    "Generally freemasonry acts to weaken the nation through liberalism and decadence to the point that it cannot resist a takeover by the more openly and explicitly despotic communists.",
    ("freemasonry acts to weaken the nation through liberalism and decadence", CN),
)
# ---------------- real es
u = "https://elrincondeyanka.blogspot.com/2018/11/que-es-el-marxismo-cultural.html?m=0"
r(
    "es",
    u,
    "El marxismo cultural con el que están infectadas nuestras sociedades es un fenómeno particularmente occidental.",
    ("con el que están infectadas nuestras sociedades", LL),
)
r(
    "es",
    u,
    "La estrategia de los marxistas es siempre cultivar un grupo victimizado y luego convencer a sus miembros de que se requiere solidaridad contra los opresores.",
    ("La estrategia de los marxistas es siempre cultivar un grupo victimizado", CN),
)
r(
    "es",
    u,
    "Esto crea resentimiento y odio y es así como las ideologías marxistas cumplen sus objetivos revolucionarios.",
    ("es así como las ideologías marxistas cumplen sus objetivos revolucionarios", CN),
)
r(
    "es",
    "https://polemospolitic.com/2018/01/24/marxismo-cultural-el-enemigo-de-occidente/",
    "El marxismo cultural es un movimiento del postmodernismo diseñado institucionalmente por la neomarxista Escuela de Frankfurt y fomentado por los tratados de Economía Política de orden neoliberal a nivel mundial para desconcentrar a la sociedad de los temas cuya relevancia necesitan de tiempo, esfuerzo y energía.",
    ("diseñado institucionalmente por la neomarxista Escuela de Frankfurt", CN),
    ("para desconcentrar a la sociedad de los temas cuya relevancia necesitan de tiempo, esfuerzo y energía", CN),
)
u = "https://www.panamaamerica.com.pa/opinion/marxismo-cultural-y-su-influencia-en-panama-y-el-mundo-1197044/amp"
r(
    "es",
    u,
    "El Marxismo, busca que todos sean iguales, pero solo en miseria y sumisión; salvo la elite del proletariado que es la única que sabe lo que a la mayoría de la población le conviene saber, y que ellos son los únicos inteligentes que pueden pensar y dirigir a los demás.",
    ("pero solo en miseria y sumisión", LL),
)
r(
    "es",
    u,
    "Es la estrategia de la izquierda Marxista y de los Marxistas de closet (“Socialistas” y “progresistas”: sus aliados) para crear la impresión de una inventada guerra cultural, existente, es según ellos, en todos los países y en todas las sociedades, donde un grupo de minorías son supuestamente víctimas atacadas por el Capitalismo (enemigo supremo), a través de sus inventadas múltiples manifestaciones: “El Hetero-patriarcado Opresor”, “El explotador Capitalista”, “La Sociedad Burguesa”.",
    ("Marxistas de closet", NC),
    ("para crear la impresión de una inventada guerra cultural", CN),
)
u = "http://elcadenazo.com/index.php/marxismo-cultural-capitalismo-reparto-del-mundo/"
r(
    "es",
    u,
    "Nace así el marxismo cultural, conductor ideológico que está detrás de la llamada corrección política, es la crítica destructiva y el debilitamiento de todas las instituciones de la civilización occidental y de los valores tradicionales que la sostienen.",
    ("conductor ideológico que está detrás de la llamada corrección política", CN),
    ("el debilitamiento de todas las instituciones de la civilización occidental", CN),
)
r(
    "es",
    u,
    "Este nuevo marxismo cultural es la nueva religión del siglo XXI y como tal, tiene sus sacerdotes y sus inquisidores imponiendo la censura contra cualquier opinión que contradiga sus dogmas.",
    ("tiene sus sacerdotes y sus inquisidores imponiendo la censura", LL),
)
r(
    "es",
    "http://elnodo.co/marxismocultural",
    "Esta es solo una estrategia, un paso más, el progresismo no olvida a su padre y el fin último del Marxismo es la dictadura del proletariado, pero si deconstruimos a este último concepto también, a que engendro nos enfrentaremos ahora?",
    ("Esta es solo una estrategia", CN),
    ("engendro", NC),
)
u = "https://hispanismo.org/historiografia-y-bibliografia/28091-la-judeomasoneria-no-la-invento-franco-la-estudio-el-obispo-mons-meurin-post173568.html?mode=threaded"
r(
    "es",
    u,
    "Este matrimonio mixto es el símbolo de la alianza entre los judíos y Satán, de donde ha salido la sociedad secreta.",
    ("la alianza entre los judíos y Satán", AF),
)
r(
    "es",
    u,
    "Los emblemas y enseñanzas de las logias muestran sin dejar lugar a dudas que la Kabala es la doctrina, el alma, la base y la fuerza oculta de la Masonería.",
    ("la Kabala es la doctrina, el alma, la base y la fuerza oculta de la Masonería", AF),
)
r(
    "es",
    "http://online.flipbuilder.com/owyiv/iwsj/files/basic-html/page47.html",
    "Los ritos y símbolos de la masonería y de otras sociedades secretas recuerdan constantemente la cábala y el judaísmo: la reconstrucción del Templo de Salomón, la estrella de David, el sello de Salomón, los nombres de los diferentes grados, como por ejemplo: Caballero Kadosh (“Kadosh” en hebreo significa santo), Príncipe de Jerusalén, Príncipe de Líbano, Caballero de la serpiente de Airain, etc.",
    ("recuerdan constantemente la cábala y el judaísmo", AF),
)

out = str(Path(__file__).resolve().parent.parent / "blind16d_")
cnt = {}
with open(out + "neutral.jsonl", "w", encoding="utf-8") as f:
    for lang, t, u in N:
        cnt[lang] = cnt.get(lang, 0) + 1
        f.write(
            json.dumps(
                {
                    "id": f"b16d-{lang}-n{cnt[lang]:02d}",
                    "lang": lang,
                    "period": "historical",
                    "text": t,
                    "neutral": True,
                    "flags": [],
                    "url": u,
                },
                ensure_ascii=False,
            )
            + "\n"
        )
cnt = {}
with open(out + "real.jsonl", "w", encoding="utf-8") as f:
    for lang, t, u, fl in R:
        cnt[lang] = cnt.get(lang, 0) + 1
        for s, _ in fl:
            assert s in t, (s, t)
        f.write(
            json.dumps(
                {
                    "id": f"b16d-{lang}-f{cnt[lang]:02d}",
                    "lang": lang,
                    "period": "historical",
                    "text": t,
                    "neutral": False,
                    "flags": [{"text": s, "technique": k, "voice": "author", "speaker": None} for s, k in fl],
                    "url": u,
                },
                ensure_ascii=False,
            )
            + "\n"
        )
print(Counter(lang for lang, _, _ in N), Counter(lang for lang, _, _, _ in R))
