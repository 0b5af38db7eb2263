# ruff: noqa: E501  (one sentence per line)
"""Write `blind16r2_real.jsonl` and `blind16r2_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16r2/build.py  (writes next to this folder).

Round 16r2 of #16 (ninth session, recall on the older real sets). The class, named from main's misses on
blind5/10/11/11b before any sentence here was read: AN IDEOLOGY MADE A LIVING EVIL. A doctrine or a movement
as an abstract (communism, Marxism, socialism, Bolshevism, "the ideology", "the doctrine") is equated with
death, hatred or slavery ("El comunismo es sinónimo de muerte…", "Communism is a virulent form of slavery"),
is the subject of a verb of killing, predation or poisoning ("Communism … kills", "el marxismo criminal que
empobrece a las naciones, esclaviza y asesina", "it comes as deadly predator"), or carries a judging word
("esa ideología maldita", "this political blight", "the single most destructive idea ever conceived").

Sentences quoted verbatim from public pages not used by any earlier set (the stored "pages" corpus of the
search tools), chosen for the class; the gold spans (every span a reader would mark, not only the class's)
were written before main or the branch ran on any of them.

Neutral sentences: history of the same ideologies and of killing diseases told plainly (anarchism and
socialism in nineteenth-century Spain, Marxism and its spread, Nazi racial ideology and the Holocaust
described, the Black Death, smallpox, the Great Terror's historiography), from school, encyclopedic and
press pages. Any flag in the author's voice there is a false alarm. The real sentences keep the views of
their sources; they are here to be detected, not endorsed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

NC, LL, EM, CN, DB, AS = (
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Exaggeration-Minimisation",
    "Conspiracy_Narrative",
    "Doubt",
    "Antisemitic_Framing",
)

URLS = {
    # real, es
    "okd": "https://okdiario.com/opinion/2018/04/28/desde-razon-contra-comunismo-2193706",
    "med": "https://www.mediterraneodigital.com/component/tags/tag/francisco-franco",
    "ppb": "https://es.paperblog.com/expropiaciones-confiscaciones-impuestos-abusivos-y-otras-maldades-de-los-gobiernos-estan-inspirados-en-el-marxismo-7078117/amp",
    "lph": "https://www.laprensa.hn/opinion/columnas/marxismovirus-honduras-letal-coronavirus-NVLP1454090",
    "mdl": "https://minutodigital.news/a-cien-anos-de-la-muerte-de-lenin-millones-de-victimas-siguen-esparciendose",
    "pyu": "https://patriayunidad.blogspot.com/2022/10/verdades-y-mentiras-del-social_14.html",
    "hisp": "https://www.hispanidad.com/opinion/cartas-al-director/la-ideologia-de-genero-no-tiene-futuro_12004129_102.html",
    "crit": "http://criticalandia.com/comunismo-miseria-hambre-y-muerte/",
    "can": "http://www.canarias24horas.com/opinion/firmas-de-opinion/item/86259-por-que-nunca-funcionara-el-comunismo",
    "anl": "https://www.anarcolibertad.com/2020/10/16/el-comunismo-es-una-ruina-para-el-pais-que-lo-implementa-y-esta-demostrado/",
    "veb": "https://votoenblanco.com/La-socialista-es-una-politica-fracasada_a8849.amp.html",
    "mga": "http://www.marigalante.com.mx/uncategorized/la-doctrina-socialista/",
    "bid": "http://bidicap.org/doai/BCCCAP00000000000000000000632/HTML/163",
    "rel": "https://religionenlibertad.com/video/124431/Como-se-gesto-esta-ofensiva-comunista.html",
    "ulc": "https://usandolacabeza.com/?p=1655",
    # real, en
    "inv": "http://invinciblearmor.blogspot.com/2011/05/communism-kills.html",
    "wt": "https://www.washingtontimes.com/news/2016/feb/17/letter-to-the-editor-communism-still-alive/",
    "nsm": "https://nsmsvikingvoice.org/2017/11/08/2017-11-8-better-dead-then-red-an-american-dream/",
    "kni": "http://wordpress.knitebane.net/communism-possesses-a-language-which-every-people-can-understand-its-elements-are-hunger-envy-and-death/",
    "pdfa": "https://www.pdf-archive.com/2014/10/03/communism-with-the-mask-off/preview/page/3/",
    "tccn": "https://truthccn.org/2018/12/16/communism-is-satanic-by-nature",
    "zh": "https://www.zerohedge.com/users/smacker",
    "gfm": "https://goldfiremedia.net/2019/02/15/the-empty-promise-of-socialism-and-its-neglected-history/",
    "rch": "http://radiochristianity.com/socialism-ends-in-misery/",
    "awz": "https://theawakenedzombie.wordpress.com/2018/11/02/a-vote-for-socialism-is-a-vote-for-state-run-slavery/",
    "inz": "https://inzax.wordpress.com/2009/09/13/what-socialism-is/",
    "ben": "https://www.beniciafreedom.org/marxism",
    "vnn": "http://www.vanguardnewsnetwork.com/2021/03/about-marxism/",
    "pbr": "http://politicalbrambles.blogspot.com/2012/06/marxism-is-alive-and-well-living-in.html",
    "ste": "https://storyembers.org/forums/reply/134912/",
    "evie": "https://www.eviemagazine.com/post/marxism-is-the-cancer-of-the-west",
    "gul": "http://gulag.life/archives/1-Why-this-blog.html",
    "cole": "https://www.coleskingdom.com/?p=2152",
    # neutral, es
    "wk1": "https://www.wikiteka.com/apuntes/anarquismo-socialismo-espana-siglo-xix",
    "wk2": "https://www.wikiteka.com/apuntes/anarquismo-socialismo-espana/",
    "hec": "https://historiaencomentarios.com/2018/02/18/",
    "esc": "https://escuelapedia.com/las-doctrinas-socialistas",
    "lvl": "https://librosveaylea.com/Tema/sincategorizar/los-grandes-procesos-los-sistemas-comunistas/",
    "cre": "http://creaif.org/citacions/index2.php?id=50&seccio=fitxa-cita&secmenu2=descriptors",
    "sl1": "https://es.slideshare.net/slideshow/entre-guerras-partidos/69476487",
    "sl2": "https://es.slideshare.net/slideshow/juan-jos-alfaro-ruiz/12328641",
    "emol": "https://emol.com/especiales/2009/mundo/adolf_hitler/antisemita_2.htm",
    "lpn": "https://www.laprensa.com.ni/2020/03/07/suplemento/la-prensa-domingo/2648385-las-grandes-pandemias-en-la-historia-de-la-humanidad",
    "unal": "https://television.unal.edu.co/detalle/pandemias-perspectiva-historica",
    "eju": "http://eju.tv/2020/02/que-tiene-que-decir-la-ciencia-sobre-el-apocalipsis/",
    "dyq": "https://definicionyque.es/holodomor/",
    "stl": "https://deploy.studylib.es/doc/817315/anarquismo-y-socialismo-en-espa%C3%B1a-ana-quintana",
    "vir": "https://viraliza2.com/interesantes/catastrofes-humanas-mas-graves-de-la-historia",
    # neutral, en
    "wdk": "https://worddisk.com/wiki/History_of_communism/",
    "dm": "http://www.dailymail.co.uk/sciencetech/fb-5603241/WHAT-COMMUNISM-DID-SPREAD.html",
    "syn": "http://classroom.synonym.com/spread-marxism-its-influence-russian-communism-8058.html",
    "hwh": "https://homeworkhelpr.com/qna/10553",
    "qam": "https://qammunity.org/19617221",
    "wpv": "https://en.wikipedia.org/wiki/Victims_of_Nazi_Germany",
    "hpx": "https://howlingpixel.com/i-en/Extermination_through_labour",
    "nash": "https://nashvilleno1.com/web-stories/8-times-in-history-when-life-was-terrifying/",
    "jn": "https://journalnow.com/opinion/columnists/rob-schofield-white-americans-can-handle-the-truth/article_a0ad5d98-c4a0-11eb-b293-27f7bc1f9779.html",
    "khg": "https://www.kommunismusgeschichte.de/jhk/jhk-2006/article/detail/soviet-history-during-the-great-terror-critical-notes-on-recent-historical-publications?type=%2527",
    "ht": "https://historytoday.com/archive/history-review?page=47",
    "hbk": "https://historyback.com/en/story/1001046892.html",
    "ahc": "https://www.ahomecarecommunity.com/group/mysite-group/discussion/c7d59db7-2842-4bba-bf4f-b09a5903bcc7",
}

REAL = [
    # --- Spanish ---
    (
        "es",
        "historical",
        "okd",
        "El comunismo y todas sus caras y vertientes supone en todas las naciones donde se instauró, dictadura política y miseria económica.",
        [f("supone en todas las naciones donde se instauró, dictadura política y miseria económica", LL)],
    ),
    (
        "es",
        "present",
        "okd",
        "Pregonan una defensa sin par de la clase trabajadora cuando usurpan cual putrefacto virus la riqueza creada por empresarios y trabajadores.",
        [f("usurpan cual putrefacto virus la riqueza", NC)],
    ),
    (
        "es",
        "historical",
        "okd",
        "En mi afán de confrontar semejante hecho, accedí a la definición establecida por nuestros “maestros de las letras”, abrigando la esperanza de que, por lo menos ellos, concretaran con claridad las características del sistema más mortífero de los dos últimos siglos.",
        [f("nuestros “maestros de las letras”", DB), f("el sistema más mortífero de los dos últimos siglos", EM)],
    ),
    (
        "es",
        "historical",
        "med",
        "El comunismo es la negación de la democracia y, lo que es peor, es la negación de la libertad.",
        [f("El comunismo es la negación de la democracia y, lo que es peor, es la negación de la libertad", LL)],
    ),
    (
        "es",
        "historical",
        "med",
        "Algo hemos tenido que hacer mal, muy mal, para que, en pleno siglo XXI, después de lo que sabemos y conocemos, después de los más de cien millones de muertos que provocó esa ideología maldita solo en el pasado siglo, después de los crímenes, abusos y violaciones cometidos en su nombre, después de tener sometidas a millones de personas a la ideología totalitaria más perversa que se haya dado sobre la faz de la tierra, todavía existan personas que presuman de ser comunistas y, además, intenten convencernos de que son demócratas ejemplares.",
        [
            f("esa ideología maldita", LL),
            f("la ideología totalitaria más perversa que se haya dado sobre la faz de la tierra", EM),
        ],
    ),
    (
        "es",
        "historical",
        "ppb",
        "El pensamiento de Carlos Marx ha convertido el Estado moderno en un dios cruel e implacable que aplasta al individuo.",
        [f("un dios cruel e implacable que aplasta al individuo", LL)],
    ),
    (
        "es",
        "historical",
        "ppb",
        "Su doctrina encumbra a los mediocres y fortalece a los malvados.",
        [f("Su doctrina encumbra a los mediocres y fortalece a los malvados", LL)],
    ),
    (
        "es",
        "historical",
        "ppb",
        "De su pensamiento emanan las ideologías más radicales y asesinas, los impuestos abusivos, las peores y más injustas confiscaciones, saqueos y venganzas del Estado contra las personas y muchas masacres y exterminios humanos.",
        [f("las ideologías más radicales y asesinas", LL)],
    ),
    (
        "es",
        "historical",
        "lph",
        "El marxismovirus fue la enfermedad que más daño y muertes causó en el siglo XX y en lo que va del siglo XXI.",
        [f("El marxismovirus fue la enfermedad que más daño y muertes causó", NC)],
    ),
    (
        "es",
        "historical",
        "mdl",
        "Es el comunismo, el mayor signo de depredación contra humanidad, la creación de los enfermos Marx y Lenin, perfeccionado por Stalin, Mao y sus seguidores en todo el mundo.",
        [f("el mayor signo de depredación contra humanidad", LL), f("los enfermos Marx y Lenin", NC)],
    ),
    (
        "es",
        "historical",
        "pyu",
        "Dicho materialismo se inmiscuye en todos los ámbitos del acontecer humano, ya sea en la economía, en la política, en la filosofía, en la educación, etc, etc, destruyendo y eliminando todo lo tradicional de los seres humanos que tengan que ver con la propiedad, la moral, la cultura, las creencias, la familia, etc.",
        [f("destruyendo y eliminando todo lo tradicional de los seres humanos", LL)],
    ),
    (
        "es",
        "historical",
        "hisp",
        "Ahora bien, no feneció del todo y todavía impregna las mentes de muchos que se dicen comunistas los cuales siguen aspirando a gobernar a los pueblos bajo esa ideología, con lo que tiene ya de anacrónica, basados en su ateísmo y odio a la religión.",
        [f("todavía impregna las mentes de muchos", LL)],
    ),
    (
        "es",
        "historical",
        "crit",
        "Esta ideología de extrema izquierda siempre que se ha aplicado ha acabado con el mismo resultado: pobreza extrema, represión y asesinatos múltiples.",
        [
            f(
                "siempre que se ha aplicado ha acabado con el mismo resultado: pobreza extrema, represión y asesinatos múltiples",
                LL,
            )
        ],
    ),
    (
        "es",
        "historical",
        "can",
        "En tercer lugar, el comunismo no educa sino adoctrina, por tal motivo dirige prioriza malignamente el sistema educativo, pues desde la escuela primaria inculcan a los niños una historia falsa de supuestos hechos heroicos donde líderes comunistas realizan hazañas dignas de películas de acción.",
        [f("el comunismo no educa sino adoctrina", LL), f("prioriza malignamente", LL)],
    ),
    (
        "es",
        "historical",
        "can",
        "Somos de los creyentes que el comunismo quiso engatusar a sus acólitos proclamando bíblicamente sus postulados económicos ¿Cómo es eso?",
        [f("el comunismo quiso engatusar a sus acólitos", LL)],
    ),
    (
        "es",
        "historical",
        "anl",
        "El comunismo es un sistema de gobierno totalitario, que busca centralizar el poder en una sola persona e impone un modelo de vida controlado por el estado en el cual se reparte la miseria y el hambre para el pueblo, mientras que quienes gobiernan ejercen el poder despótico, al controlar las necesidades de las personas.",
        [f("se reparte la miseria y el hambre para el pueblo", LL)],
    ),
    (
        "es",
        "historical",
        "veb",
        "Millones de personas en todo el mundo son atraídas por la utopía marxista, pero después son repelidos por el marxismo criminal que empobrece a las naciones, esclaviza y asesina, como ocurre en Cuba, Nicaragua, Venezuela, Corea del Norte y otros países rojos.",
        [f("el marxismo criminal que empobrece a las naciones, esclaviza y asesina", LL)],
    ),
    (
        "es",
        "historical",
        "veb",
        'El comunismo y el socialismo tienen dos caras: la "utopía" del cambio del mundo a mejor y el "crimen", que se plasma en aquellos países donde ellos clavan sus garras.',
        [f("aquellos países donde ellos clavan sus garras", LL)],
    ),
    (
        "es",
        "historical",
        "veb",
        "Su rastro siempre es de pobreza, sufrimiento y muerte.",
        [f("Su rastro siempre es de pobreza, sufrimiento y muerte", LL)],
    ),
    (
        "es",
        "historical",
        "veb",
        "La única posibilidad que tiene el marxismo de mantenerse en el poder es pastoreando a rebaños hambrientos, empobrecidos y dependientes de un Estado que ellos controlan.",
        [f("pastoreando a rebaños hambrientos", NC)],
    ),
    (
        "es",
        "historical",
        "mga",
        "El socialismo es una filosofía y modelo político de fracasados, hecho por fracasados que llevan invariablemente al fracaso.",
        [f("una filosofía y modelo político de fracasados, hecho por fracasados", NC)],
    ),
    (
        "es",
        "historical",
        "mga",
        "Todo este caos es producto de que en algún momento las mayorías venezolanas creyeron en el socialismo, siendo esta la estafa más grande que ha existido en la historia política mundial.",
        [f("la estafa más grande que ha existido en la historia política mundial", EM)],
    ),
    (
        "es",
        "historical",
        "bid",
        "El comunismo se muestra un adversario acérrimo del catolicismo en todos los países que sufren bajo su pesado yugo.",
        [f("todos los países que sufren bajo su pesado yugo", LL)],
    ),
    (
        "es",
        "historical",
        "rel",
        "En su forma actual, ha desembocado en una brutal oleada de ataques comunistas contra el orden social y contra los símbolos cristianos en cuanto emblemáticos de la civilización que odian.",
        [f("una brutal oleada de ataques comunistas", LL)],
    ),
    (
        "es",
        "present",
        "ulc",
        "Está claro que el modo de financiar la ideología marxista que subyace debajo de todas las formas de socialismo, será ahora depredar los ahorros de las familias y dejarlas en la calle.",
        [f("depredar los ahorros de las familias y dejarlas en la calle", LL)],
    ),
    # --- English ---
    (
        "en",
        "historical",
        "inv",
        "Communism, and its bastard child socialism, kills.",
        [f("Communism, and its bastard child socialism, kills", LL)],
    ),
    (
        "en",
        "historical",
        "inv",
        "First they kill happiness, then creativity and initiative, then hope and finally life itself is killed.",
        [f("First they kill happiness, then creativity and initiative, then hope", LL)],
    ),
    (
        "en",
        "historical",
        "wt",
        "Communism, for example, is a virulent form of slavery.",
        [f("Communism, for example, is a virulent form of slavery", LL)],
    ),
    (
        "en",
        "historical",
        "nsm",
        "When communism wasn't breaking apart families in Germany, making Ukrainians starve and eat each other, or causing wars across the world, it was taking on another deadly rampage in Asia.",
        [
            f("communism wasn't breaking apart families in Germany, making Ukrainians starve and eat each other", LL),
            f("taking on another deadly rampage in Asia", LL),
        ],
    ),
    (
        "en",
        "historical",
        "kni",
        "Communism possesses a language which every people can understand – its elements are hunger, envy, and death.",
        [f("its elements are hunger, envy, and death", LL)],
    ),
    (
        "en",
        "historical",
        "kni",
        "In the 20th century the monstrous adherents to the political philosophy embraced by Mao, Lenin, Stalin and others around the globe managed to kill over 100 million people on Earth.",
        [f("the monstrous adherents", NC)],
    ),
    (
        "en",
        "historical",
        "pdfa",
        "Where circumstances demand, it comes as deadly predator, only disguised as a harmless critter.",
        [f("it comes as deadly predator", LL)],
    ),
    (
        "en",
        "historical",
        "pdfa",
        "Underneath the false mask which it here and there assumes, there are always malicious forces of world destruction.",
        [f("there are always malicious forces of world destruction", CN)],
    ),
    (
        "en",
        "historical",
        "pdfa",
        "Its theory is glowing and grandiose but it carries poison in its attractive gloss.",
        [f("it carries poison in its attractive gloss", LL)],
    ),
    (
        "en",
        "historical",
        "tccn",
        "The biggest crime of communism is its destruction of the human soul.",
        [f("The biggest crime of communism is its destruction of the human soul", LL)],
    ),
    (
        "en",
        "historical",
        "tccn",
        "We’ve seen repeatedly that the goal of communism is to destroy the soul of humankind.",
        [f("the goal of communism is to destroy the soul of humankind", CN)],
    ),
    (
        "en",
        "historical",
        "zh",
        "Socialism has a long track record of destroying everything in its path, including societies and economies.",
        [f("Socialism has a long track record of destroying everything in its path", LL)],
    ),
    (
        "en",
        "historical",
        "gfm",
        "In other words, socialism is tyranny, and thievery.",
        [f("socialism is tyranny, and thievery", LL)],
    ),
    (
        "en",
        "historical",
        "rch",
        "Socialism is the leading man-made cause of misery and death and misery known to mankind.",
        [f("Socialism is the leading man-made cause of misery and death and misery known to mankind", EM)],
    ),
    (
        "en",
        "historical",
        "rch",
        "It is an attack on human dignity and a destroyer of rights.",
        [f("It is an attack on human dignity and a destroyer of rights", LL)],
    ),
    (
        "en",
        "present",
        "awz",
        "Its socialism, an ideology tailor-made for corruption and power-mongering, has produced widespread despair.",
        [f("an ideology tailor-made for corruption and power-mongering", LL)],
    ),
    (
        "en",
        "historical",
        "inz",
        "Socialism is as close to pure evil as one can find in the annals of human history.",
        [f("Socialism is as close to pure evil as one can find in the annals of human history", EM)],
    ),
    (
        "en",
        "historical",
        "inz",
        "Socialism is collective ownership, the denial of individual property rights, and is patently evil.",
        [f("is patently evil", LL)],
    ),
    (
        "en",
        "historical",
        "ben",
        "Marxism is one of the most catastrophic ideas in history.",
        [f("Marxism is one of the most catastrophic ideas in history", EM)],
    ),
    (
        "en",
        "historical",
        "ben",
        "Tyrants and butchers inspired by the noxious notions of Karl Marx — including such successors as Lenin, Stalin, Mao Zedong, and Pol Pot — are responsible for the deaths of more than 100 million of our fellow human beings, as well as the enslavement and immiseration of many hundreds of millions more.",
        [f("Tyrants and butchers inspired by the noxious notions of Karl Marx", NC)],
    ),
    (
        "en",
        "present",
        "vnn",
        "How did such a violent, alien ideology become “respectable” in the West?",
        [f("such a violent, alien ideology", LL), f("“respectable”", DB)],
    ),
    (
        "en",
        "historical",
        "pbr",
        "The same ideology just like a chameleon changes its name and continue to infect people with lies that utopia is just around the corner if we just eliminate those bad guys — the big corporations or the right wing or the Trotskyites or whomever is the enemy of the week.",
        [f("The same ideology just like a chameleon changes its name and continue to infect people with lies", LL)],
    ),
    (
        "en",
        "historical",
        "pbr",
        "I don't suppose most of you have ever even thought twice about Marxism or the scourge of Communism.",
        [f("the scourge of Communism", LL)],
    ),
    (
        "en",
        "historical",
        "ste",
        "Marxism truly is a Satanic lie, the very core of their beliefs reject the possibility of religion or morality by negating individuality and personal responsibility.",
        [f("Marxism truly is a Satanic lie", LL)],
    ),
    (
        "en",
        "historical",
        "evie",
        "Yet this political blight is still being sold to unsuspecting victims today, both in America and in the rest of the world.",
        [f("this political blight", LL)],
    ),
    (
        "en",
        "historical",
        "gul",
        "Marxism is the single most destructive idea ever conceived.",
        [f("Marxism is the single most destructive idea ever conceived", EM)],
    ),
    (
        "en",
        "historical",
        "cole",
        "Marxism promises an end the “class struggle” but does so by subjugating everyone to the almighty god-state.",
        [f("subjugating everyone to the almighty god-state", LL)],
    ),
]

NEUTRAL = [
    # --- Spanish ---
    (
        "es",
        "wk1",
        "Las dos corrientes ideológicas más destacadas en España entre la clase obrera y el campesinado durante el siglo XIX serán el anarquismo y el socialismo.",
    ),
    ("es", "wk1", "El anarquismo fue la ideología obrera más influyente en la Restauración."),
    (
        "es",
        "wk1",
        "Su oposición a toda forma de poder y a la acción violenta contra miembros del gobierno o de la burguesía, lo convirtieron en una amenaza contra el poder establecido.",
    ),
    (
        "es",
        "wk1",
        "El PSOE combinaría el ideario revolucionario marxista con medidas más realistas, como la participación en la vida política para conseguir reformas sociales.",
    ),
    ("es", "wk2", "El anarquismo arraigó fuertemente entre los obreros de Cataluña y el campesinado andaluz."),
    (
        "es",
        "wk2",
        "A finales del siglo XIX, el anarquismo defendió la formación de grupos autónomos que atentasen contra la sociedad burguesa y capitalista.",
    ),
    (
        "es",
        "wk2",
        "Por su lado, el marxismo tuvo mayor influencia entre el proletariado, y clase media, de Madrid, el País Vasco y Asturias.",
    ),
    (
        "es",
        "hec",
        "El anarquismo llegó a España durante el Sexenio Democrático (1868-1874) de la mano de un discípulo de Mijaíl Bakunin, el italino Giuseppe Fanelli.",
    ),
    ("es", "esc", "Esas doctrinas se extendieron por toda Europa."),
    (
        "es",
        "esc",
        "El proletariado industrial comenzó a mediar activamente en la política dando lugar al aparecimiento de un movimiento indiscutiblemente revolucionario, basado en la doctrina de una fatal lucha de clases, cuyos teorizadores fueron Karl Marx (1818-1883) y Friedrich Engels (1820-1895).",
    ),
    (
        "es",
        "lvl",
        "El comunismo es una ideología social caracterizada por la planificación colectiva de la vida comunitaria, la abolición de la propiedad privada de los medios de producción sobre el trabajo y la eliminación de las clases sociales y el Estado.",
    ),
    (
        "es",
        "cre",
        "El Manifiesto empieza afirmando que la historia de todas las sociedades que han existido hasta ahora es la historia de la lucha de clases.",
    ),
    (
        "es",
        "sl1",
        "El nazismo además se basaba en la ideología racista de la superioridad aria y llevó a cabo el Holocausto.",
    ),
    (
        "es",
        "sl2",
        "El fascismo surgió en Italia después de la Primera Guerra Mundial como una ideología anti-democrática y anti-comunista que promovía un estado totalitario y nacionalista con un culto a la violencia.",
    ),
    (
        "es",
        "emol",
        "Los nazis concebían toda la historia humana como una lucha biológicamente determinada entre las razas.",
    ),
    (
        "es",
        "emol",
        "Los nazis fueron los herederos de un odio centenario contra el pueblo judío enraizado en rivalidades religiosas en todos los países de Europa.",
    ),
    ("es", "lpn", "En la Europa del siglo XVIII se extendió de manera dramática matando y desfigurando a millones."),
    ("es", "lpn", "Hizo una auténtica masacre en la edad media, llegando a matar a más de 75 millones de personas."),
    (
        "es",
        "unal",
        "En toda su historia el mundo ha tenido grandes asesinos como las bacterias y los virus, los cuales han provocado las grandes epidemias de la historia.",
    ),
    (
        "es",
        "eju",
        "Se calcula que la peste negra, provocada por una bacteria, acabó con un tercio de la población de Europa.",
    ),
    (
        "es",
        "dyq",
        "El gobierno de aquél entonces deseaba dominar a la clase campesina, por lo que generó esta hambruna artificial.",
    ),
    (
        "es",
        "stl",
        "Las teorías socialistas no les conciernen y es la ideología anarquista la que más mella va a hacer en estas sociedades.",
    ),
    (
        "es",
        "vir",
        "La Peste Negra tuvo un impacto significativo en la sociedad medieval, provocando una disminución de la población, cambios económicos y sociales, y un miedo generalizado a la enfermedad.",
    ),
    # --- English ---
    (
        "en",
        "wdk",
        "Most modern forms of communism are grounded at least nominally in Marxism, a theory and method conceived by Karl Marx during the 19th century.",
    ),
    (
        "en",
        "wdk",
        "Marxism subsequently gained a widespread following across much of Europe and throughout the late 1800s its militant supporters were instrumental in a number of failed revolutions on that continent.",
    ),
    (
        "en",
        "wdk",
        "In 1917, the Bolshevik Party seized power during the Russian Revolution and created the Soviet Union, the world's first self-declared socialist state.",
    ),
    (
        "en",
        "dm",
        "Both men shared a concern over the impact of industrial capitalism on workers, including the alarmingly high rates of disease, malnutrition and injury in English factories.",
    ),
    (
        "en",
        "dm",
        "As well as providing a critical analysis of capitalism, Marxism also became a revolutionary ideology.",
    ),
    (
        "en",
        "dm",
        "At the turn of the 20th Century, the first national revolution founded on Marxist principles took place in Russia, leading to the spread of communism as a world force.",
    ),
    (
        "en",
        "syn",
        "Marx theorized that all of human history was defined by a class struggle between the ruling class and the working class.",
    ),
    ("en", "syn", "Because of this, the Russian government didn't consider Marx's writings to pose a serious threat."),
    (
        "en",
        "syn",
        "After the Russian Revolution successfully deposed the tsar's regime, Lenin's Bolshevik branch of communism rose to power and quickly assimilated or deposed other socialist groups.",
    ),
    (
        "en",
        "hwh",
        "The Nazi racial theories had dire consequences, leading to widespread persecution, incarceration, and ultimately the genocide of millions.",
    ),
    (
        "en",
        "hwh",
        "This stereotype contributed to their dehumanization, which was essential for justifying persecution and violence against them.",
    ),
    (
        "en",
        "qam",
        "Nazi racism, which claimed to be based on 'science,' advocated for the extermination of these groups, leading to the systematic killing of millions during World War II.",
    ),
    (
        "en",
        "wpv",
        "Discrimination was institutionalized through legislation under the Nazi Party and perpetrated at an industrial scale, culminating in the Holocaust.",
    ),
    (
        "en",
        "wpv",
        "For Jews, in particular, the Nazis' goal was total extermination—the genocide of the Jewish people, first in Europe and eventually in other parts of the world.",
    ),
    (
        "en",
        "hpx",
        'Extermination through labour (or "extermination through work", Vernichtung durch Arbeit) was the practice of concentration camps in Nazi Germany to kill prisoners by means of forced labour.',
    ),
    (
        "en",
        "nash",
        "The Black Death (1347-1351): The Bubonic Plague swept through Europe, killing an estimated 25-30 million people, about a third of the continent's population.",
    ),
    (
        "en",
        "nash",
        "The Spanish Flu Pandemic (1918-1919): Following World War I, the Spanish Flu infected about one-third of the world’s population and killed an estimated 50 million people.",
    ),
    ("en", "ahc", "Many died in war and slavery, but millions died in epidemics."),
    (
        "en",
        "jn",
        "The arrival of Europeans led — both through the rapid spread of diseases like smallpox, measles and influenza, and by way of warfare, conquest and famine — to the extermination of as much as 90% of the Native American population (or around 10% of all humans then on Earth).",
    ),
    (
        "en",
        "khg",
        "The body of knowledge on the period of the Great Terror in Soviet Russia’s history has grown substantially during the last two decades[1], as whole new layers of archival sources became accessible to the academic community, including documents previously kept secret in Soviet Party and State Archives.",
    ),
    (
        "en",
        "ht",
        "Martin McCauley argues that our obsession with Stalin as a mass murderer evades the real question – how did his system work?",
    ),
    (
        "en",
        "ht",
        "Martin Daunton argues that Labour's commitment to public ownership owed little to socialism and more to circumstances at the end of the First World War.",
    ),
    (
        "en",
        "hbk",
        "The disease was caused by the bacterium Yersinia pestis, which was transmitted through fleas carried by black rats.",
    ),
]

if __name__ == "__main__":
    write_blind_set("blind16r2", REAL, NEUTRAL, URLS)
