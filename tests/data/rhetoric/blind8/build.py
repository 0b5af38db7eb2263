# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind8_real.jsonl` and `blind8_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind8/build.py  (writes next to this folder).

Seventh round of #16 (16g). One sentence per record, quoted verbatim from a public page of the search
tools' "pages" corpus, with its address; no page is shared with any other rhetoric set or with train/
(checked against every `url` there before writing). Gold spans were written by hand from the page text
alone, before the rhetoric stage, its rules or its tagger were run on any of these sentences. The round
targets open-vocabulary name-calling and loaded words (epithets, contempt, dehumanizing labels), so the
pages were searched for invective about Soviet and other history; the conspiracist pages add a few
antisemitic and secret-society frames. Neutral sentences are biography and encyclopedic history of the
same people (Lenin, Trotsky, Mercader, Schiff) and of Franco-era propaganda studies.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, AF, NC, LL, DB, EX, QR = (
    "Conspiracy_Narrative",
    "Antisemitic_Framing",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Exaggeration-Minimisation",
    "Questioning_the_Reputation",
)


U = {
    # en, polemic / conspiracist
    "ukr": "https://ukrainetoday.org/why-does-the-gullible-left-still-lionise-lenin-as-a-benign-intellectual-and-the-acceptable-face-of-communism-when-he-ruthlessly-murdered-his-opponents-in-their-thousands-starved-two-million-russians/",
    "voz": "https://voz.us/a-century-since-the-death-of-lenin-one-of-historys-most-notorious-criminals/?lang=en",
    "p247": "https://247political.com/remembering-lenin-the-first-great-communist-mass-murderer/",
    "boot": "https://www.alexanderboot.com/down-with-lenin/",
    "pdfc": "https://pdfcoffee.com/28108051-trotsky-and-the-jews-behind-the-russian-revolution-by--pdf-free.html",
    "jrb": "https://jrbooksonline.com/faem/david/trots-4.htm",
    "rlisu": "https://rlisu.wordpress.com/2009/10/02/i-hate-communists-episode-1/",
    "shea": "http://www.patheos.com/blogs/markshea/2013/07/what-communists-do.html",
    "prog": "http://progressivedisorder.com/Communists.shtml",
    "sydney": "http://sydneybrilloduodenum.blogspot.com/2012/05/may-1-victims-of-communism-day.html",
    "redwave": "https://redwave.press/a-commie-coalition-of-racists-butchers-liars-and-ghouls/",
    "mcthag": "https://mcthag.blogspot.com/2023/05/mayday-mayday-mayday.html",
    "leohe": "https://leohezhao.medium.com/?source=post_internal_links---------4----------------------------",
    # es, polemic / conspiracist
    "joda": "http://jodacriolla.blogspot.com/2012/05/stalin-asesino.html",
    "ssec": "http://www.ssecretas.com/foro/index.php?topic=26.0;prev_next=prev",
    "okd": "https://okdiario.com/opinion/hay-que-odiar-comunismo-6481027",
    "patria": "https://patriayunidad.blogspot.com/2020/10/lo-que-molesta-podemos-y-peras-al-horno.html",
    "octavo": "https://cronicasdesdeeloctavopueblo.blogspot.com/2026/01/comunistas.html",
    "toro": "https://deltoroalinfinito.blogspot.com/2023/06/nadie-mata-un-comunista-como-otro.html?m=1",
    "ntv": "https://ntvespana.com/08/04/2021/comunismo-leninista-bolivariano-en-la-batalla-por-madrid-por-antonio-cebollero-del-mazo",
    "laverdad": "https://laverdad.com/?p=146574",
    "nesp": "https://nuestraespana.com/madrid-sera-la-tumba-del-comunismo/",
    "nespmas": "https://nuestraespana.com/columna-de-la-reconquista-los-origenes-de-la-masoneria-parte-viii/",
    "solmex": "https://www.elsoldemexico.com.mx/analisis/poder-y-psicopatia-iv-11389465.html",
    # en, neutral
    "livej": "http://livejoutnal.com/this-day-in-history/trotsky-assassinated-in-mexico",
    "vertl": "http://vertlhorizon.com/the-last-residence-of-lev-trotsky/",
    "histp": "https://www.historypage.it/leon-trotsky-the-man-of-the-revolution/",
    "allart": "http://all-art.org/Visual_History/482.htm",
    "owiki": "http://w.owiki.org/wiki/Jacob_Schiff",
    "quip": "https://quiparriame1975.netlify.app/trotsky-born",
    # es, neutral
    "regad": "https://laregaderaweb.com/2016/04/nace-vladimir-lenin-mayor-lider.html",
    "colat": "https://colatenasociales9.blogspot.com/2018/07",
    "bolch": "https://bolcheviquelenin.blogspot.com",
    "ensay": "https://ensayosilegales.net/lenin/",
    "pravda": "https://spanish.news-pravda.com/world/2025/04/22/409269.html",
    "comit": "http://www.comunisti-italiani.emiliaromagna.it/2017/07/",
    "gabit": "https://gabitos.com/LACUBADELGRANPAPIYO/template.php?nm=1430158823",
    "glob": "https://globalhistory.com.ua/es/country/vladimir_lenin",
    "vdoc": "https://vdocuments.mx/de-republicanos-a-rojos-la-imagen-de-la-repblica-en-la-.html",
}

REAL = [
    # ---- en
    (
        "en",
        "historical",
        "ukr",
        "Why does the gullible Left still lionise Lenin as a benign intellectual and the acceptable face of Communism when he ruthlessly murdered his opponents in their thousands, starved two million Russians to death and wrote the playbook for Stalin?",
        [f("the gullible Left", NC)],
    ),
    (
        "en",
        "historical",
        "ukr",
        "Lenin was every bit as savage, evil and sadistic as Stalin and putler.",
        [f("savage, evil and sadistic", LL), f("putler", NC)],
    ),
    (
        "en",
        "present",
        "ukr",
        "No doubt putler does the same each time he’s informed that yet more Ukrainian children have been murdered by his orc savages.",
        [f("putler", NC), f("his orc savages", NC)],
    ),
    (
        "en",
        "historical",
        "voz",
        'In those five years, he came to adopt the pseudonym "Lenin" (apparently inspired by the Siberian Lena River) and wrote his famous novel "What Is to Be Done?" where this heretic-burning fanatic laid the foundations for the heretic form of Marxism known as Marxism-Leninism.',
        [f("this heretic-burning fanatic", NC)],
    ),
    (
        "en",
        "historical",
        "p247",
        "Remembering Lenin – the First Great Communist Mass Murderer",
        [f("the First Great Communist Mass Murderer", NC)],
    ),
    (
        "en",
        "historical",
        "p247",
        "They tend to ignore the great evil he did or blame it on Stalin.",
        [f("the great evil he did", LL)],
    ),
    ("en", "present", "boot", "Putin and his gang certainly hope so.", [f("Putin and his gang", NC)]),
    (
        "en",
        "historical",
        "pdfc",
        "It is a little more than twenty years since Leo Bronstein, better known as L. D. Trotsky, emerged from an underworld composed of international revolutionists to become a world known actor on the political stage.",
        [f("emerged from an underworld composed of international revolutionists", LL)],
    ),
    (
        "en",
        "historical",
        "pdfc",
        "It seems incredible that the son of a greedy Jewish landowner, who exploited his neighbors and hired help, could ever become the world's foremost radical leader and trouble maker.",
        [f("the son of a greedy Jewish landowner", AF, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "pdfc",
        "Yet it is still more incredible that he can concentrate international attention upon himself after he has clearly demonstrated his megalomania and unscrupulous attitude toward all human rights and every principle of justice.",
        [f("his megalomania and unscrupulous attitude toward all human rights", QR)],
    ),
    (
        "en",
        "historical",
        "pdfc",
        "What is more, he has also succeeded in winning the sympathies of countless so-called Liberal people, who see him as a martyr of the Stalin regime; a victim of persecution by a government which he himself established, but is now controlled by rival fellow Jews — directed by Stalin's father-in-law Kaganovitch.",
        [f("is now controlled by rival fellow Jews", AF, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "jrb",
        "So Trotsky found his way to Vienna, where he was aided by his fellow Jewish Communist, Victor Adler; and then on to Zurich, where another Jewish Communist, Paul Axelrod, was point man.",
        [
            f("his fellow Jewish Communist, Victor Adler", AF, "ethnic_religious_label"),
            f("another Jewish Communist, Paul Axelrod, was point man", AF, "ethnic_religious_label"),
        ],
    ),
    (
        "en",
        "present",
        "rlisu",
        "Whenever I see a clueless kid in a Che t-shirt my blood boils.",
        [f("a clueless kid in a Che t-shirt", NC)],
    ),
    (
        "en",
        "historical",
        "rlisu",
        "How is it possible that people’s ignorance and revisionism can go so far as to defend or praise the most evil of movements in history?",
        [f("the most evil of movements in history", EX)],
    ),
    (
        "en",
        "historical",
        "shea",
        "Nonetheless, the Commies were, in fact, butchers.",
        [f("the Commies were, in fact, butchers", NC)],
    ),
    (
        "en",
        "historical",
        "shea",
        "Communism has an almost infallible track record of killing and blighting everything it touches.",
        [f("killing and blighting everything it touches", LL)],
    ),
    (
        "en",
        "historical",
        "shea",
        "It one of the worst scourges ever to visit the earth.",
        [f("one of the worst scourges ever to visit the earth", LL)],
    ),
    ("en", "historical", "prog", "Communists: Raw Evil Upon the Earth", [f("Raw Evil Upon the Earth", LL)]),
    (
        "en",
        "present",
        "sydney",
        "Useful idiots this very second are making ready with all of that crap to march in capitals around the world hailing socialism's triumphs.",
        [f("Useful idiots", NC)],
    ),
    (
        "en",
        "present",
        "sydney",
        "You fuckers march on the bones of more than 100 million victims to your religion.",
        [f("You fuckers", NC)],
    ),
    (
        "en",
        "present",
        "redwave",
        "Filled with racists, butchers, killers, liars, misanthropes, thieves, and snobs, the commie coalition of leftists in America pursues nothing but harm.",
        [
            f(
                "Filled with racists, butchers, killers, liars, misanthropes, thieves, and snobs, the commie coalition of leftists",
                NC,
            )
        ],
    ),
    (
        "en",
        "present",
        "redwave",
        "It is clear that the commie coven has cast a spell upon the country, transfixing too many otherwise rational-thinking Americans into supporting wicked things.",
        [f("the commie coven", NC)],
    ),
    (
        "en",
        "historical",
        "mcthag",
        "Being the age I am and with the experiences I have, I've seen what Communism does first hand and it's a shitty way to run things for 99.9% of the people who are afflicted with it.",
        [f("a shitty way to run things", LL)],
    ),
    (
        "en",
        "historical",
        "mcthag",
        "And yet people still listen to the siren song of stupidity and believe this bullscat.",
        [f("the siren song of stupidity", LL), f("this bullscat", LL)],
    ),
    (
        "en",
        "historical",
        "leohe",
        "The “holodomor”, or the “intentional mass murder through starvation” perpetrated by the Soviets under Stalin in which 60 million Ukrainians supposedly perished, is one of the foundational lies in the fortress of anti-communism.",
        [
            f("60 million Ukrainians supposedly perished", DB),
            f("one of the foundational lies in the fortress of anti-communism", LL),
        ],
    ),
    (
        "en",
        "historical",
        "leohe",
        "This myth and distortions of the “Great Chinese Famine” of 1962 makes up the bulk of the numbers in the popular fraudulence that “communism killed 100 million”.",
        [f("the popular fraudulence", LL)],
    ),
    # ---- es
    (
        "es",
        "historical",
        "joda",
        "Stalin, junto con Mao, Hitler y Pol Pot, es miembro de un grupo de salvajes que deshonran a la humanidad.",
        [f("un grupo de salvajes que deshonran a la humanidad", NC)],
    ),
    (
        "es",
        "historical",
        "joda",
        "Sigue una corta biografía, donde se muestra el frío y vil y asesino que fue.",
        [f("el frío y vil y asesino que fue", LL)],
    ),
    (
        "es",
        "historical",
        "joda",
        "Después de visitar a algunos sátrapas sudamericanos, bajamos de lote con esta nota sobre uno de los más grandes criminales del siglo XX.",
        [f("algunos sátrapas sudamericanos", NC), f("uno de los más grandes criminales del siglo XX", NC)],
    ),
    (
        "es",
        "historical",
        "joda",
        "El futuro tirano que cerraría todas las iglesias de Rusia no podía tener vocación de sacerdote.",
        [f("El futuro tirano", NC)],
    ),
    (
        "es",
        "historical",
        "ssec",
        "UN BANQUERO MARXISTA CONTRA LOS ZARES: JACOB SCHIFF",
        [f("UN BANQUERO MARXISTA CONTRA LOS ZARES", CN, "hidden_financiers")],
    ),
    (
        "es",
        "historical",
        "ssec",
        "Henry Costón aborda el problema con mayor perspectiva y mejor documentación; y no acepta leyendas desde bases históricas sólidas que para el triunfo de la Revolución bolchevique, en marzo-octubre de 1917, concurrieron dos causas independientes, una y otra de origen occidental: la actuación masónica de los gobiernos burgueses cuya figura fundamental fue Kerensky; y la financiación de los revolucionarios por parte de un importante banco norteamericano de marca judía, cuyo presidente era un judío decisivo para la historia del siglo XX, Jacob Schiff, un nombre hoy prácticamente desconocido para la opinión pública.",
        [
            f("la actuación masónica de los gobiernos burgueses", CN, "secret_society"),
            f(
                "la financiación de los revolucionarios por parte de un importante banco norteamericano de marca judía",
                AF,
                "hidden_financiers",
            ),
        ],
    ),
    (
        "es",
        "historical",
        "ssec",
        "Una vez más no se trata de una conspiración judeo-masónica, porque el impulso judío y el masónico siguieron trayectorias diferentes y opuestas; pero sí de una conjunción de judíos, masones, que resultó fatal para la pervivencia del Imperio de los zares.",
        [
            f(
                "una conjunción de judíos, masones, que resultó fatal para la pervivencia del Imperio de los zares",
                AF,
                "ethnic_religious_label",
            )
        ],
    ),
    (
        "es",
        "historical",
        "okd",
        "Por muchos fracasos acumulados a lo largo de la historia, por muchas generaciones arruinadas, ni siquiera llevando más de 100 millones de muertes provocadas, países arruinados, vidas perdidas… nunca nada es suficiente para que dejen de intentar aplicar tan criminal sistema una y otra vez.",
        [f("tan criminal sistema", LL)],
    ),
    (
        "es",
        "present",
        "patria",
        "A la pandilla de íncubos y de súcubos de Podemos, les molestan las personas que son creyentes, trabajadoras, amantes de la libertad, del espíritu libre, de la verdadera comunicación, que no creen en sus mentiras, sofismas y embelecos, como tampoco quieren la bota, el bozal, el grillete, la zahúrda, el oír, ver y callar, amén de la falta de respeto y libertad, que impera en sus amados países comunistas.",
        [f("la pandilla de íncubos y de súcubos de Podemos", NC), f("sus mentiras, sofismas y embelecos", LL)],
    ),
    (
        "es",
        "historical",
        "octavo",
        "A poco que rasques, debajo de la piel de cualquier comunista encontrarás siempre a un totalitario.",
        [f("debajo de la piel de cualquier comunista encontrarás siempre a un totalitario", NC)],
    ),
    (
        "es",
        "present",
        "octavo",
        "La realidad es que buscan que se haga su impía voluntad, y si no lo consiguen reaccionan con violencia.",
        [f("su impía voluntad", LL)],
    ),
    (
        "es",
        "present",
        "octavo",
        "Como los neocom, que han respondido al psicópata de la Moncloa y sus anuncios sobre vivienda diciendo que ardan las calles.",
        [f("psicópata de la Moncloa", NC)],
    ),
    (
        "es",
        "historical",
        "toro",
        "He ahí a La Pasionaria y a Santiago Carrillo, las ratas anfibias del comunismo español que hicieron de la traición una bella arte para sobrevivir a todas las purgas de Stalin, llenándole el Gulag al tirano soviético de tovarich españoles.",
        [f("las ratas anfibias del comunismo español", NC), f("hicieron de la traición una bella arte", LL)],
    ),
    (
        "es",
        "historical",
        "toro",
        "Por eso, la malabestia de Enrique Lister, en su primitivo y brutal salvajismo bolchevique, odiaba más a Carrillo y a La Pasionaria que a cualquier fascista de botas altas y saludo romano.",
        [f("la malabestia de Enrique Lister", NC), f("su primitivo y brutal salvajismo bolchevique", LL)],
    ),
    (
        "es",
        "present",
        "ntv",
        "Dos “sospechosos” de rendir pleitesía y admiración al totalitario Régimen de Venezuela y probables deudores económicos de su narco-dictadura, dos “elementos hostiles y socialmente extraños al progreso de la Nación y a la sosegada y pacífica evolución de la sociedad.",
        [f("su narco-dictadura", NC)],
    ),
    (
        "es",
        "present",
        "ntv",
        "En fin, desde estas páginas, exhorto a los potenciales seguidores de estas doctrinas a votar a cualquiera de estos dos sujetos, pues son lo mismo, a veces nos encontramos en el camino a los mismos perros con distintos collares, uno, un bolchevique con aire de nazareno (así lo denomina Jiménez Los Santos), otro, un “bebecito” con faz luciferina.",
        [f("los mismos perros con distintos collares", NC), f("un “bebecito” con faz luciferina", NC)],
    ),
    (
        "es",
        "historical",
        "laverdad",
        "Le sigue el sádico de Stalin, el de la “Constitución más democrática del mundo”, con 23 milloncitos.",
        [f("el sádico de Stalin", NC)],
    ),
    (
        "es",
        "historical",
        "laverdad",
        "Por estos lares, tenemos los asesinos exhibicionistas de Fidel, Raúl y el Che ejecutando opositores frente a las ñatas de todo el mundo con gran algarabía, cámaras, ruedas de prensa y todo.",
        [f("los asesinos exhibicionistas de Fidel, Raúl y el Che", NC)],
    ),
    (
        "es",
        "historical",
        "laverdad",
        "Por su parte, el anticristo de Fidel, antes de irse a la quinta paila fue visitado por el Papa en tres ocasiones, ¡Santo cielo!",
        [f("el anticristo de Fidel", NC)],
    ),
    (
        "es",
        "present",
        "nesp",
        "Hace unas horas supimos que el vicepresidente del Gobierno de España, alías moñorojo, pretendía dejar el cargo que para nuestra desgracia detenta y se autoproclamaba candidato de Podemos a la Comunidad de Madrid.",
        [f("alías moñorojo", NC)],
    ),
    (
        "es",
        "present",
        "nesp",
        "Está claro que las desgracias nunca vienen solas, porque si a todo lo sufrido con la cruel pandemia, unido a los efectos del temporal “Filomena”, y a las continuas e ilegales embestidas acometidas por el Gobierno, se le une la presencia de la rata de Galapagar y “hombre de Maduro” en España, esto tiene todos los ingredientes para acabar muy mal.",
        [f("la rata de Galapagar", NC)],
    ),
    (
        "es",
        "historical",
        "nespmas",
        "Desde hace más de tres siglos se han ocultado las interferencias que la masonería ha tenido en casi todas las guerras importantes.",
        [
            f(
                "se han ocultado las interferencias que la masonería ha tenido en casi todas las guerras importantes",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "historical",
        "solmex",
        "El idolatrado “pequeño padre de los pueblos”, el hombre de acero: Stalin, fue uno de los líderes psicópatas más sanguinarios de los que se tiene registro.",
        [f("uno de los líderes psicópatas más sanguinarios de los que se tiene registro", LL)],
    ),
]

NEUTRAL = [
    # ---- en
    (
        "en",
        "livej",
        "The killer—Ramón Mercader—was a Spanish communist and probable agent of Soviet leader Joseph Stalin.",
    ),
    (
        "en",
        "livej",
        "Born in the Ukraine of Russian-Jewish parents in 1879, Trotsky embraced Marxism as a teenager and later dropped out of the University of Odessa to help organize the underground South Russian Workers’ Union.",
    ),
    (
        "en",
        "livej",
        "In 1902, he escaped to England using a forged passport under the name of Leon Trotsky (his original name was Lev Davidovich Bronshtein).",
    ),
    (
        "en",
        "livej",
        "During the next decade, he was expelled from a series of countries because of his radicalism, living in Switzerland, Paris, Spain and New York City before returning to Russia at the outbreak of the revolution in 1917.",
    ),
    (
        "en",
        "livej",
        "In the early 1920s, Trotsky seemed the heir apparent of Lenin, but he lost out in the struggle of succession after Lenin fell ill in 1922.",
    ),
    (
        "en",
        "vertl",
        "Lev Davidovitch Bronstein is born in 1879 in Yanovka, in the Ukraine part of the tsarist Russia, in a rather comfortable Jewish family of farmers.",
    ),
    ("en", "vertl", "He merges with Lenin’s Bolsheviks and plans the successful October revolution."),
    (
        "en",
        "vertl",
        "From the illness of Lenin, in 1922, till his death, Trotsky, in accordance with his ideals of the revolution and with Lenin, fights the process of bureaucratization of Russia, led by Stalin.",
    ),
    (
        "en",
        "vertl",
        "In 1927, he definitively loses against Stalin, is expelled from the Central Committee, and exiled to Alma Ata in Kazakhstan.",
    ),
    (
        "en",
        "vertl",
        "Once in power, he is the Commissar for Foreign Affairs, and leads the Russian delegation at the peace talks of Brest-Litovsk.",
    ),
    (
        "en",
        "histp",
        "Mercader, in order to be accepted without suspicion by the Russian politician, had entered upon a relationship with Silvia Ageloff, a follower of the Trotskyism who lived in Paris.",
    ),
    (
        "en",
        "histp",
        "It was at that moment that Ramon Mercader took a small ice axe from inner pocket in his waterproof jacket and struck violently the head of Trotsky.",
    ),
    ("en", "histp", "His family was of Jewish origin and belonged to the bourgeoisie of today’s Bereslavka, Ukraine."),
    (
        "en",
        "allart",
        "The Holocaust, the systematic annihilation of the European Jews, represented an unparalleled moral catastrophe for modern civilization.",
    ),
    (
        "en",
        "allart",
        "After Lenin's death in 1924, the Soviet Union became an increasingly centralized personal dictatorship under Stalin in the 1930s.",
    ),
    (
        "en",
        "allart",
        "Stalin oversaw a massive industrialization program and forcibly collectivized agriculture, while millions fell victim to the regime's repression.",
    ),
    (
        "en",
        "allart",
        "They came to power in the October Revolution in 1917 under the leadership of Lenin, ended the war, suppressed counterrevolutionary uprisings in a civil war, and constituted the first Communist-ruled state in the world: the Union of Soviet Socialist Republics (USSR).",
    ),
    ("en", "owiki", "Jacob Henry Schiff was a German-born American banker, businessman, and philanthropist."),
    (
        "en",
        "owiki",
        "Among many other things, he helped finance the expansion of American railroads and the Japanese military efforts against Tsarist Russia in the Russo-Japanese War.",
    ),
    ("en", "owiki", "His father, Moses Schiff, was a broker for the Rothschilds."),
    (
        "en",
        "quip",
        "Jaime Ramón Mercader del Río (born 7 February 1913[1] – 18 October 1978),[2] more commonly known as Ramón Mercader, was a Spanish communist and NKVD agent[3] who assassinated Russian Bolshevik revolutionary Leon Trotsky in Mexico City in August 1940 with an ice axe.",
    ),
    (
        "en",
        "quip",
        "His mother participated in the preparation of the assassination, waited for Ramon near the house of Trotsky but escaped to Moscow.",
    ),
    # ---- es
    (
        "es",
        "regad",
        "El líder de la revolución bolchevique y primer jefe de gobierno de la Unión Soviética Vladímir Ilich Uliánov, más conocido como Vladímir Lenin, nacía en Simbirsk, Rusia, un día como hoy en el año 1870.",
    ),
    (
        "es",
        "regad",
        "En 1887, mientras participaba en una manifestación en contra del régimen zarista de Rusia, Lenin fue detenido y expulsado de la universidad.",
    ),
    (
        "es",
        "regad",
        "En 1903, luego de huir a Europa Occidental, estableció la facción bolchevique del Partido Obrero Socialdemócrata de Rusia.",
    ),
    (
        "es",
        "regad",
        "Entre las reformas del líder revolucionario se encontraban la distribución de las tierras y la nacionalización de las industrias.",
    ),
    ("es", "regad", "Falleció menos de dos años después, el 21 de enero de 1924, a causa de una hemorragia cerebral."),
    (
        "es",
        "colat",
        "Su hermano fue ejecutado por atentar contra Alejandro II, lo que influyó en su firme lucha en contra el zarismo.",
    ),
    (
        "es",
        "colat",
        "Desarrolló el concepto de una cúpula dirigente dentro del partido, que debería asumir la dirección del proletariado en su lucha por el socialismo y el comunismo.",
    ),
    (
        "es",
        "bolch",
        "Tenía ancestros Kalmyk por ascendencia paterna, de alemanes del Volga por parte de su abuela materna que eran luteranos, y ascendencia judía por su abuelo materno (convertido al cristianismo).",
    ),
    (
        "es",
        "bolch",
        "Fiodor Kerensky era padre de Alexander Kerensky quien iba a ser su compañero revolucionario más adelante.",
    ),
    (
        "es",
        "ensay",
        "Nacido en un hogar de ideas liberales, desde muy jovenfue consciente de los abusos del zarismo; su hermano Aleksandr Ulianov, tres años mayor que él, fue ahorcado por su participación en el atentado contra Alejandro III.",
    ),
    (
        "es",
        "ensay",
        "Desde el principio se preocupó por armonizar la teoría y la práctica revolucionarias al tiempo que rechazaba los métodos terroristasutilizados por los populistas de Naródnik.",
    ),
    (
        "es",
        "pravda",
        "Su padre, inspector escolar, alcanzó el rango de consejero estatal, lo que otorgó a la familia derechos de nobleza hereditaria.",
    ),
    (
        "es",
        "comit",
        "Debido a que el padre de Lenin había ascendido a las filas de la nobleza rusa, Lenin creció en circunstancias bastante privilegiadas.",
    ),
    (
        "es",
        "comit",
        "Durante la Primera Guerra Mundial Lenin vivió en Suiza, costó mucha negociación y coraje para que Lenin y un grupo de revolucionarios rusos de ideas afines viajaran de Suiza a Rusia a través del país enemigo de Alemania, pero finalmente lo consiguieron.",
    ),
    (
        "es",
        "gabit",
        "En 1918, apoyó la firma del tratado Brest-Litovsk que restableció la paz con Alemania cediéndole territorios.",
    ),
    ("es", "gabit", "El mismo año recibió tres balazos en un atentado, pero salvó la vida."),
    ("es", "gabit", "Asimismo logró someter a los opositores anarquistas."),
    (
        "es",
        "glob",
        "Lenin ingresó a la facultad de leyes de la Universidad de Kazán, pero fue expulsado por participar en disturbios estudiantiles.",
    ),
    (
        "es",
        "glob",
        "Lenin enfrentó numerosos problemas económicos, incluyendo la escasez de alimentos y el colapso de la industria.",
    ),
    (
        "es",
        "vdoc",
        "Elegimos el diario ABC de Sevilla por su gran protagonismo en la zona franquista por una gran difusión y por estar en el representados los más importantes intelectuales simpatizantes con los sublevados.",
    ),
    (
        "es",
        "vdoc",
        "Descalificar a la otra facción de cara a los desafectos o poco convencidos en el propio territorio; de cara a los simpatizantes en la otra zona o buscando las simpatías en el extranjero, devino en crucial.",
    ),
]


def main() -> None:
    write_blind_set("blind8", REAL, NEUTRAL, U)


if __name__ == "__main__":
    main()
