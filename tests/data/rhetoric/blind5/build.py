# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind5_real.jsonl` and `blind5_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind5/build.py  (writes next to this folder).
"""

import json
from pathlib import Path

CN, AF, NC, LL, DB, EX, GA, QR = (
    "Conspiracy_Narrative",
    "Antisemitic_Framing",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Exaggeration-Minimisation",
    "Guilt_by_Association",
    "Questioning_the_Reputation",
)


def f(text, technique, trope=None, voice="author", speaker=None):
    d = {"text": text, "technique": technique, "voice": voice, "speaker": speaker}
    if trope:
        d["trope"] = trope
    return d


U = {
    "ideal": "https://ideal.es/opinion/paracuellos-20211210194554-nt.html",
    "pd": "https://www.periodistadigital.com/periodismo/20211107/espana-des-memoria-historica-85-aniversario-matanzas-paracuellos-noticia-689404525790/",
    "laib": "https://www.laiberia.es/?p=21190",
    "burb": "https://ftp.burbuja.info/inmobiliaria/temas/85-aniversario-del-genocidio-de-paracuellos.1659396",
    "hisp": "https://www.hispanidad.com/opinion/la-resistencia/paracuellos-ii-mito-incontrolados-matanza-perfectamente-planificada-socialistas-comunistas_12030079_102.html",
    "prev": "http://prevostmazp.blogspot.com/2006/06/ao-del-olvido-histrico-7-paseos-por.html",
    "laro": "http://larouchepub.com./spanish/reir/privado/anteriores/anteriores2005/2005_12/sinarquismo/sinarq3.html",
    "larg": "https://libreria-argentina.com/libros/pierre-virion-el-gobierno-mundial-y-la-contraiglesia.html",
    "elm": "https://www.elmundo.es/opinion/2019/06/05/5cf64693fc6c839f4c8b46ba.html",
    "arc": "https://arcanum.code.blog/la-mano-oculta-tras-las-revoluciones/",
    "hsh": "http://historiasinhistorietas.blogspot.com/2011/08/1717-la-masoneria.html",
    "opcu": "https://www.laopiniondecuenca.es/opinion/la-masoneria",
    "mist": "https://misterioscuro.ausago.com/historia-manipulada-la-verdad-oculta",
    "mart": "https://martinttipia.com/2017/04/19/",
    "asin": "https://asinofue.com/category/historia-por-encargo",
    "foro": "https://forodvd.com/f180/elecciones-2019-a-183985-post2060996",
    "muro1": "https://elmurodelpuebloespanol.com/victimas-y-television-la-memoria-mediatica-y-selectiva-de-la-guerra-civil-espanola/",
    "zam": "http://www.laopiniondezamora.es/opinion/2017/07/08/falacias/1018242.html",
    "masa": "http://masacriticaconsciente.blogspot.com/2017/07/los-que-manejan-la-economia-y-la.html",
    "pete": "https://peterpsych.blogspot.com/2024/02/desmontando-la-gilipollez-de-que-la.html",
    "lew": "https://www.lewrockwell.com/2016/10/donald-jeffries/reading-regime-history-books-makes-dumber/",
    "grean": "https://greanvillepost.com/2018/03/05/fake-history-how-the-money-power-controls-our-future-by-controlling-our-past/?print=print",
    "stg": "https://stgeorgewest.blogspot.com/2018/02/fake-history-how-money-power-controls.html",
    "ylp": "http://yourlearnpak.com/how-re-written-and-warped-is-our-perception-of-world-history/",
    "una": "http://yamaguchy.com/library/una/una_rev.html",
    "cult": "https://cultandpaste.com/2009/06/18/1081/",
    "para": "https://paranoiacstoogetalk.blogspot.com/2014/09/judge-jury-and-mass-executioner.html?m=1",
    "e2": "https://everything2.com/user/0x69/writeups/Vladimir+Lenin",
    "fstdt": "https://fstdt.com/$VRG.758JXGZK",
    "sput": "http://sputniknews.com/politics/20150809/1025560345.html",
    "npr": "https://news-pravda.com/usa/2023/08/11/50381.html",
    "lodge": "https://lodgelocator.com/fayette-69/page/masonic-history",
    # neutral
    "fany": "https://fanyv88.com/https/es.wikipedia.org/wiki/Conspiraci%C3%B3n_judeo-mas%C3%B3nico-comunista-internacional",
    "dob": "https://talk.dob.jp/eswiki/w/index.php?oldid=38950147&title=Conspiraci%C3%B3n_judeo-mas%C3%B3nico-comunista-internacional",
    "frw": "https://es.frwiki.wiki/wiki/Jud%C3%A9o-bolchevisme",
    "uned": "https://www.uned.es/universidad/inicio/unidad/museo-virtual-historia-masoneria/sala-v-historia-de-la-masoneria-en-espana/la-masoneria-en-espa%C3%B1a.html",
    "estu": "https://estudyando.com/que-influencia-tuvieron-las-logias-masonicas-en-los-movimientos-revolucionarios/",
    "sect": "https://sectorial.co/articulos-especiales/los-banqueros-mas-influyentes-de-la-historia/",
    "elsev": "http://www.elsevier.es/es-revista-investigaciones-historia-economica-economic-328-articulo-banqueros-espanoles-paris-1820-1940--S1698698917300048",
    "banca": "http://bancaandalucia.blogspot.com/2012_05_07_archive.html",
    "desp": "https://despiertaalfuturo.blogspot.com/2017/03/masones-misterio-y-poder.html?m=1",
    "fdoc": "https://fdocuments.co/document/prueba-digital-otros-ttulos-por-qu-durante-el-otoo-de-2015-09-28-una-verdad.html",
    "edeb": "https://eldebate.es/politica-de-estado/la-memoria-y-paracuellos-20181108",
    "issuu": "https://issuu.com./retalesdemasoneria/docs/retales_masoneria_numero_127_-_enero_2022/s/14553685",
    "jc": "https://jewishcurrents.org/november-7-the-bolsheviks-take-over",
    "jd": "https://jewishdestiny.com/destinys-projects/faith-fate/implosion-of-the-old-order/topic-summaries/the-russian-revolutions1/4",
    "wikijb": "https://l.global.ssl.fastly.net/search/?direction=prev&oldid=94983190&title=Jewish_Bolshevism",
    "erh": "http://en.enjoyreadinghour.com/novel/The-Cavalier-of-the-Apocalypse-602506/46",
    "iisg": "http://www.iisg.nl/collections/secretsocieties/illuminati.php",
    "skep": "http://skepticism.org/timeline/may-history/5732-illuminati-founded-adam-weishaupt-germany.html",
    "tom": "https://www.timesofmalta.com/article/wellington-and-belligerence-financing.314345",
    "scw": "http://www.scottwinslow.com/manufacturer/ROTHSCHILD_NATHAN_MAYER/2105",
    "peng": "https://penguinrandomhousesecondaryeducation.com/book/?isbn=9780525644293",
    "emp": "https://euromaidanpress.com/2018/08/03/the-liars-of-kremlin-dance-on-the-graves-of-famine-victims/",
    "genf": "https://generalfailure.site/?p=1818",
    "fbo": "https://free-books-online.org/reader/id/conspiracy-historys-greatest-plots-collusions-and-cover-ups-129689-read-free-books-online",
    "wond": "https://www.wondriumdaily.com/secret-societies-powerhouses-to-instigate-revolutions/",
    "eren": "https://erenow.org/biographies/the-house-of-rothschild-moneys-prophets-1798-1848/4.php",
    "bibl": "https://biblioth.com/posts/the-battle-of-waterloo-and-the-rothschild-conundrum",
}

REAL_ES = [
    (
        "ideal",
        "En este mes se cumple el 85 aniversario del mayor genocidio de todos los tiempos de la historia de España.",
        [f("el mayor genocidio de todos los tiempos de la historia de España", EX)],
    ),
    (
        "ideal",
        "Resulta llamativo cómo el marxismo cultural ha silenciado estos millares de asesinatos, amplificando 'Las trece rosas', que sí fueron juzgados.",
        [f("el marxismo cultural ha silenciado estos millares de asesinatos", CN, "media_cover_up")],
    ),
    (
        "ideal",
        "A estos inconvenientes se suma la omertá impuesta, en algunos casos por el buenismo de pasar página en favor de una pretendida paz social, convertida en una dejación culpable.",
        [f("la omertá impuesta", CN, "media_cover_up"), f("una pretendida paz social", DB)],
    ),
    (
        "pd",
        "Por más que el Gobierno Sánchez intente taparlo, en la madrugada del 6 al 7 de noviembre de 1936 comenzaron las matanzas de Paracuellos.",
        [f("Por más que el Gobierno Sánchez intente taparlo", CN, "media_cover_up")],
    ),
    (
        "pd",
        "En la España actual, bajo el bombardeo constante de los medios afines a Pedro Sánchez y sus compinches, hay muchos convencidos de que en la Guerra Civil española hubo un bando intrínsecamente bueno y otro intrínsecamente malo.",
        [f("el bombardeo constante de los medios afines a Pedro Sánchez", LL), f("sus compinches", NC)],
        "present",
    ),
    (
        "pd",
        "Entre los ejecutados vilmente, había 276 menores de edad, algunos con 13 años de edad.",
        [f("ejecutados vilmente", LL)],
    ),
    (
        "laib",
        "Paracuellos: el horror imborrable, silenciado por los asesinos y sus herederos ahora en el poder",
        [f("silenciado por los asesinos y sus herederos ahora en el poder", CN, "media_cover_up")],
    ),
    (
        "laib",
        "Un episodio que la Segunda República intentó ocultar y que la historia apenas ha querido mirar de frente.",
        [f("la historia apenas ha querido mirar de frente", CN, "media_cover_up")],
    ),
    (
        "laib",
        "Entre el 7 de noviembre y el 4 de diciembre de 1936, a las afueras de Madrid, se perpetró el crimen más terrible de la historia de España.",
        [f("el crimen más terrible de la historia de España", EX)],
    ),
    (
        "burb",
        "La Ley de Memoria Democrática, elaborada por los herederos jovenlandesales de aquellos políticos totalitarios de la Segunda República, no ahorraría épica ni lírica para describir los fusilamientos masivos y la matanza selectiva de familias enteras, el genocidio en la retaguardia.",
        [f("los herederos jovenlandesales de aquellos políticos totalitarios", NC)],
    ),
    (
        "hisp",
        "Pocos acontecimientos históricos cumplen como este tan fielmente la regla expuesta por el gran historiador que fue don Carlos Corona, que afirmaba que las revoluciones siempre tienen “plan, elaboración y objeto”.",
        [
            f(
                "las revoluciones siempre tienen “plan, elaboración y objeto”",
                CN,
                "nothing_is_chance",
                "attributed",
                "don Carlos Corona",
            )
        ],
    ),
    (
        "prev",
        "A los derechistas de Madrid que ya en invierno de 1936, eran muchos y encarcelados, pues miren, se les ocurrió a los rojos que había que exterminarlos antes de que llegaran Franco y sus mariachis, los liberaran, y se convirtieran en un “grueso de apoyo” importante a la hora de tomar la zona.",
        [f("los rojos", NC), f("Franco y sus mariachis", NC)],
    ),
    (
        "laro",
        "Los movimientos fascistas del siglo 20 y posteriores, como la mayoría de los movimientos terroristas, son todos creaciones sinarquistas.",
        [f("son todos creaciones sinarquistas", CN, "secret_society")],
    ),
    (
        "laro",
        "La autoridad subyacente detrás de estas sectas es una red contemporánea de bancos privados de ese modelo veneciano medieval conocido como fondi.",
        [
            f(
                "La autoridad subyacente detrás de estas sectas es una red contemporánea de bancos privados",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "laro",
        "El Partido Acción Nacional (PAN) de México nació como una excrescencia de esta infiltración.",
        [f("nació como una excrescencia de esta infiltración", CN, "infiltration")],
    ),
    (
        "larg",
        "La obra que aquí presentamos sobre la Sinarquía y sus planes de dominación mundial se debe a la pluma del escritor y perdiodista francés Fierre Virion, licenciado en derecho y en historia, que se ha convertido en uno de los más penetrantes conocedores de las maquinaciones de la Alta Masonería.",
        [
            f("la Sinarquía y sus planes de dominación mundial", CN, "secret_society"),
            f("las maquinaciones de la Alta Masonería", CN, "secret_society"),
        ],
        "present",
    ),
    (
        "larg",
        "En “El gobierno mundial y la Contra-Iglesia” se presenta a la Sinarquía como la realización de los viejos planes de la Masonería en su fase más oculta, o sea en la creación de una nueva religión universal.",
        [f("los viejos planes de la Masonería en su fase más oculta", CN, "secret_society")],
        "present",
    ),
    (
        "elm",
        "Si hay algún país judeomasónico es EEUU.",
        [f("algún país judeomasónico", AF, "ethnic_religious_label")],
        "present",
    ),
    (
        "elm",
        "Judío, porque esa comunidad tiene una enorme influencia.",
        [f("esa comunidad tiene una enorme influencia", AF, "ethnic_religious_label")],
        "present",
    ),
    (
        "arc",
        "Sin ir más lejos, hoy en día parece demostrado que la sociedad secreta tuvo buena parte de culpa en el triunfo de la Revolución Francesa, suceso que marcó la historia del mundo occidental como ningún otro.",
        [
            f(
                "la sociedad secreta tuvo buena parte de culpa en el triunfo de la Revolución Francesa",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "hsh",
        "Aunque supieron mantener oculta su identidad, los masones también lograron, mover algunas fichas de la historia moderna y contemporánea.",
        [
            f(
                "los masones también lograron, mover algunas fichas de la historia moderna y contemporánea",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "opcu",
        "Pero la masonería, a diferencia de la Ilustración, es una organización sólida, que perdura en el tiempo y cumple un programa de transformación política, económica y educativa.",
        [f("cumple un programa de transformación política, económica y educativa", CN, "secret_society")],
    ),
    (
        "mist",
        "Los grandes imperios, las revoluciones y las guerras mundiales, son todos ellos capítulos de un libro donde cada página ha sido reescrita una y otra vez para esconder la realidad detrás de la cortina de lo oficial.",
        [f("cada página ha sido reescrita una y otra vez para esconder la realidad", CN, "media_cover_up")],
    ),
    (
        "mist",
        "Se nos presentan héroes idealizados y villanos caricaturizados, cuando en verdad, los actores reales, los que mueven los hilos desde las sombras, permanecen ocultos tras la cortina de la historia.",
        [f("los que mueven los hilos desde las sombras, permanecen ocultos tras la cortina de la historia", CN)],
    ),
    (
        "mart",
        "La historiografía oficial, con todo su ropaje academicista, no suele estar a favor de la investigación de la verdad, sino de la consolidación de unas versiones históricas conducentes a mantener el status, tanto de quienes ocupan las instituciones que lo sustentan, como de quienes las financian.",
        [
            f(
                "La historiografía oficial, con todo su ropaje academicista, no suele estar a favor de la investigación de la verdad",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "asin",
        "¿No es sospechoso que la versión oficial siempre parezca demasiado perfecta para ser verdad?",
        [f("¿No es sospechoso que la versión oficial siempre parezca demasiado perfecta para ser verdad?", DB)],
    ),
    (
        "asin",
        "¡No tragues más píldoras envasadas al vacío por el poder: descubre lo que no te contaron!",
        [f("píldoras envasadas al vacío por el poder", LL), f("descubre lo que no te contaron", CN, "media_cover_up")],
    ),
    (
        "foro",
        "La izquierda es la heredera de los sistemas del franquismo: lo que no interesa no se publica y no ha ocurrido, y caso de que sea relevante se crea otra noticia de portada que acapare la atención y la molesta pase a la página veinte.",
        [f("lo que no interesa no se publica y no ha ocurrido", CN, "media_cover_up")],
        "present",
    ),
    (
        "muro1",
        "Hoy, la mayor parte de los medios de comunicación, no se acuerdan de las personas que fueron asesinadas por los rojos.",
        [
            f(
                "la mayor parte de los medios de comunicación, no se acuerdan de las personas que fueron asesinadas",
                CN,
                "media_cover_up",
            ),
            f("los rojos", NC),
        ],
        "present",
    ),
    (
        "muro1",
        "El comunismo es sinónimo de miedo, de terror, de odio y de guerra.",
        [f("sinónimo de miedo, de terror, de odio y de guerra", LL)],
    ),
    (
        "muro1",
        "Recordemos las matanzas de Paracuellos de Jarama, realizadas por el líder y asesino comunista Santiago Carrillo.",
        [f("el líder y asesino comunista", NC)],
    ),
    (
        "zam",
        "Definitivamente, la falta de réplica en la que hasta ahora ha vivido la izquierda que cuenta la guerra civil, la suya, a través de libros, películas, televisión y demás medios, una historia tantas veces falaz y manipulada estimulada por la ley de memoria histórica de Zapatero, ya consagrado como el peor presidente de la democracia española, se está acabando o debilitando.",
        [f("una historia tantas veces falaz y manipulada", LL), f("el peor presidente de la democracia española", LL)],
    ),
    (
        "masa",
        "Los que manejan la economía y la política internacional permanecen ocultos",
        [f("Los que manejan la economía y la política internacional permanecen ocultos", CN)],
        "present",
    ),
    (
        "pete",
        'Lo de que "muy a menudo se ignora" la relación entre bolchevismo y el judaísmo organizado con un fin es terraplanismo.',
        [f("es terraplanismo", LL)],
    ),
]

REAL_EN = [
    (
        "lew",
        "Much as the horrific mainstream media distorts and outright lies about everything of significance in our world, establishment historians and scholars perform a similar function for the corrupt elite, completely twisting the truth about every major historical event and the leading figures of every era.",
        [
            f(
                "the horrific mainstream media distorts and outright lies about everything of significance in our world",
                CN,
                "media_cover_up",
            ),
            f(
                "establishment historians and scholars perform a similar function for the corrupt elite, completely twisting the truth about every major historical event",
                CN,
                "media_cover_up",
            ),
        ],
    ),
    (
        "lew",
        "Even I was astonished to learn the extent to which the court historians have provided, and continue to provide, shameless disinformation to the minority of Americans who even read history books.",
        [
            f(
                "the court historians have provided, and continue to provide, shameless disinformation",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "lew",
        "Bordewich, like other establishment historians, can feel free to misrepresent with impunity, because his audiences will typically consist of well-meaning history buffs, who totally trust the authors that write the most widely-publicized history books.",
        [f("like other establishment historians, can feel free to misrepresent with impunity", QR)],
    ),
    (
        "grean",
        "For many a long year television news channels and newspapers owned or controlled by the Money Power (including the British Broadcasting Corporation), have been feeding us a daily diet of fake information.",
        [
            f(
                "television news channels and newspapers owned or controlled by the Money Power (including the British Broadcasting Corporation), have been feeding us a daily diet of fake information",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "grean",
        "Fake history is a weapon wielded by ruling elites to exert control over us, for it is knowledge about the past that has the power to shape us as people and develop our comprehension of reality.",
        [f("Fake history is a weapon wielded by ruling elites to exert control over us", CN, "media_cover_up")],
    ),
    (
        "grean",
        "True history reveals to those who care to learn that democracy is a sham; that we the people are akin to Orwellian proles in Oceania watched over by Big Brother and accepting of anything he cares to tell us or throw at us.",
        [f("democracy is a sham", LL)],
    ),
    (
        "grean",
        "Money Power control of the received history is crucially important (more so than control of fake news) because it enables them to keep us in the dark and ensure our ongoing subservience.",
        [
            f(
                "Money Power control of the received history is crucially important (more so than control of fake news) because it enables them to keep us in the dark",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "stg",
        "Britain - or to be more precise, immensely rich and powerful Jews in Britain - were directly responsible for the Great War that killed over 20 million people.",
        [
            f(
                "immensely rich and powerful Jews in Britain - were directly responsible for the Great War",
                AF,
                "ethnic_religious_label",
            )
        ],
    ),
    (
        "ylp",
        "Real history revolves around a handful of power-players, together with a small number of secret societies and closed associations.",
        [
            f(
                "Real history revolves around a handful of power-players, together with a small number of secret societies and closed associations",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "ylp",
        "Real history is all about conspiracies whereas history, as it appears in books, resembles a crime scene investigation.",
        [f("Real history is all about conspiracies", CN, "nothing_is_chance")],
    ),
    (
        "ylp",
        "The real causes are always concealed from the gaze of history.",
        [f("The real causes are always concealed from the gaze of history", CN, "media_cover_up")],
    ),
    (
        "ylp",
        "Only a fool would take a historian’s interpretation of events as reality.",
        [f("Only a fool would take a historian’s interpretation of events as reality", DB)],
    ),
    (
        "una",
        "The managers remain studiously concealed and masked ;  but there is no doubt about their presence from the first.",
        [f("The managers remain studiously concealed and masked", CN)],
    ),
    (
        "una",
        "Nearly all secular historians have ignored the secret utopian societies which flourished before its outbreak ;  or have agreed that they had no bearing, direct or indirect, upon the actual subversion of affairs.",
        [f("Nearly all secular historians have ignored the secret utopian societies", CN, "media_cover_up")],
    ),
    (
        "cult",
        "By the time Wellington’s courier’s arrive and confirm victory, Rothschild is in position to control the Bank of England.",
        [f("Rothschild is in position to control the Bank of England", CN, "hidden_financiers")],
    ),
    (
        "para",
        "Lenin's number one henchman wasn't Petrovsky, Trotsky, Zinoviev, or any of the other usual suspects/thugs.",
        [f("Lenin's number one henchman", NC), f("usual suspects/thugs", NC)],
    ),
    (
        "para",
        "Based strictly on the body-count you'd probably have to go with Stalin but as you've pointed out with the blood-thirsty Trotsky and I've pointed out here with this bastard, it's a real white-knuckler.",
        [f("the blood-thirsty Trotsky", NC), f("this bastard", NC)],
    ),
    (
        "e2",
        "The city might as well pay homage to Hitler, because Lenin is personally responsible for the massacre of millions of Russians.",
        [f("might as well pay homage to Hitler", GA)],
        "present",
    ),
    ("fstdt", 'Yes, the "Holodomor" is a fascist lie.', [f('the "Holodomor" is a fascist lie', DB)]),
    (
        "fstdt",
        "It was regarded as such in the mid-1930s, when major fascist organizations such as those of Goebbels and Hearst invented it and promulgated it: even major bourgeois newspapers in the U$ rejected it as the rubbish that it was.",
        [
            f("major fascist organizations such as those of Goebbels and Hearst invented it", CN),
            f("the rubbish that it was", LL),
        ],
    ),
    (
        "sput",
        'Playing into the hands of Ukrainian nationalists, a monument to the so-called Ukrainian "Holodomor," one the 20th century\'s most famous myths and vitriolic pieces of anti-Soviet Propaganda, has been erected in the US capital.',
        [
            f('the so-called Ukrainian "Holodomor,"', DB),
            f("one the 20th century's most famous myths and vitriolic pieces of anti-Soviet Propaganda", DB),
        ],
        "present",
    ),
    (
        "npr",
        "Statements about the deliberate starvation of Ukrainians (as well as other peoples of the USSR) are false and provocative.",
        [f("are false and provocative", DB)],
    ),
    (
        "lodge",
        "And they were largely the handiwork of secret societies.",
        [f("they were largely the handiwork of secret societies", CN, "secret_society")],
    ),
]

NEU_ES = [
    (
        "fany",
        "Conspiración judeo-masónico-comunista-internacional, a veces denominada conspiración judeo-masónico-marxista-internacional, contubernio judeo-masónico-comunista, es una teoría de conspiración que sostiene la existencia de una supuesta coalición secreta de la que formarían parte los judíos, la masonería y el comunismo, que pretenderían un fin oscuro (de una u otra forma, el dominio del mundo).",
    ),
    (
        "fany",
        "En la época contemporánea, esta conspiración es y ha sido ampliamente utilizada como instrumento político por grupos conservadores, ultracatólicos, reaccionarios, supremacistas blancos y fascistas para denunciar a la izquierda, pero también a la derecha política.",
    ),
    (
        "dob",
        "La ausencia de demostración de esta teoría antisemita a la vez que anticomunista, y de teorías semejantes (la demostración de su inexistencia es un absurdo lógico, ver teoría de la conspiración) no impide, sino que refuerza la creencia de quien está todavía dispuesto a buscar en ella la verdad.",
    ),
    (
        "frw",
        'El mito del "bolchevismo judío" se extiende después de octubre de 1917, incluso bajo la influencia de los rusos blancos : luego es recuperado por el nazismo y otras ideologías nacionalistas de extrema derecha en otros países.',
    ),
    (
        "frw",
        "El concepto aparece entonces como una renovación de la teoría de la conspiración judía que se yuxtapone, sin reemplazarla, con el mito del judío como responsable del capitalismo .",
    ),
    (
        "uned",
        "La primera logia especulativa que se estableció en España lo hizo en Madrid, el 15 de febrero de 1728, en el Hotel de las Tres Flores de Lys, que se encontraba en la calle ancha de San Bernardo, y recibió el número 50 del registro oficial de Londres.",
    ),
    ("uned", "En 1731 el capitán James Comerford era nombrado Gran Maestre Provincial."),
    (
        "estu",
        "La masonería moderna, tal como la conocemos, surgió en Inglaterra a principios del siglo XVIII con la fundación de la Gran Logia de Londres en 1717.",
    ),
    (
        "estu",
        "Además, su carácter transnacional permitió que las ideas revolucionarias se expandieran rápidamente entre países, creando una red de apoyo entre las élites ilustradas.",
    ),
    ("sect", "Mayer Amschel Rothschild creció en un gueto judío en Alemania."),
    ("sect", "Nathan Rothschild, uno de sus hijos, se convirtió en pionero de las finanzas internacionales."),
    ("sect", "Junius Morgan y su hijo, J.P. Morgan, trajeron las finanzas modernas a Estados Unidos."),
    (
        "sect",
        "Hasta la creación de la Reserva Federal, Morgan y sus corporaciones actuaban como el banco central de EE.UU.",
    ),
    (
        "elsev",
        "Se presta singular atención a la trayectoria de tres diferentes casas de banca que fueron capaces de sobrevivir a sus respectivos fundadores (como fueron la Banca Uribarren-Abaroa, la Banca Mitjans-Movellán y la Banca Gil).",
    ),
    (
        "banca",
        "El Banco de Sevilla fué un banco de emisión creado en Sevilla por escritura otorgada el 13-9-1856 ante el notario Pablo María Olave de Castro, el cual regentaba el Oficio nº 22 de la capital de Andalucía.",
    ),
    (
        "desp",
        "Sus enemigos dijeron de ellos que organizaron la Revolución Francesa y la Rusa, que promovieron la independencia de los países americanos, y que siempre conspiraron contra la Iglesia y el Estado.",
    ),
    (
        "desp",
        "Fueron perseguidos por la Iglesia, por las monarquías, por los regímenes fascistas y comunistas, y se habló de que tramaban una conspiración internacional para establecer un único gobierno mundial...",
    ),
    ("opcu", "Para su estudio son indispensables las “Constituciones de Anderson” de 1723."),
    (
        "opcu",
        "En 1792, recién fundada la República Francesa, la catedral de Notre-Dame fue profanada y el culto católico fue sustituido por el culto a la “razón y libertad”.",
    ),
    (
        "zam",
        'El ingles Hugh Thomas, que falleció recientemente, a los 85 años, fue el primero en publicar una visión distinta y equidistante de los sangrientos sucesos del 36 al 39: "La guerra civil española", y lo hizo a través de una editorial de París: Ruedo Ibérico, conocida por su militancia antifranquista.',
    ),
    (
        "fdoc",
        "La reacción de los historiadores tras la muerte en 2012 de Santiago Carrillo, responsable de Orden Público de la Junta de Defensa de Madrid en esos momentos, reveló que muchos de los mitos relativos a Paracuellos permanecen inalterables.",
    ),
    (
        "edeb",
        "Durante ese día 7 de noviembre de 1936, y sólo para la cárcel Modelo de Madrid, el número de asesinados ascendió a 1035.",
    ),
    (
        "pd",
        "Los asesinatos se prolongaron hasta el 4 de diciembre y fueron llevados a cabo por milicianos del PSOE, el PCE, la UGT y la CNT.",
    ),
    ("laib", "En aquellos veintiocho días se produjeron 33 sacas."),
    (
        "issuu",
        "Básicamente el término alude a un Gobierno ejercido por un conglomerado o unión de factores o de grupos de Poder.",
    ),
]

NEU_EN = [
    (
        "jc",
        "The Russian provisional government headed by Alexander Kerensky was overthrown by the Bolsheviks on this date in 1917.",
    ),
    (
        "jc",
        "Zinoviev and Lev Kamenev (Rosenfeld), the chair of the Moscow Soviet, were the only two members of the Central Executive to oppose the seizure of power, though both of them went along with it.",
    ),
    (
        "jd",
        "It was only following Lenin’s death in 1924, when Stalin emerged victorious over his rivals, that the leading roles of the Jews in the Soviet state and Communist party diminished.",
    ),
    (
        "jd",
        "None of them retained any connection to their Jewish roots, culture, or religion and were totally dedicated to their “new god, the Socialist Revolution.”",
    ),
    (
        "wikijb",
        "The derogatory meaning of the term is associated with the conspiracy theory that Jewry is dominating or was planning to dominate the world.",
    ),
    (
        "wikijb",
        'The term was popularized in print by German journalist Dietrich Eckhart, who authored the pamphlet: " Der Bolschewismus von Moses bis Lenin " during the early 1920\'s.',
    ),
    (
        "erh",
        "Many fanciful conspiracy theories about the Masonic origins of the French Revolution have sprung up during the past two centuries.",
    ),
    (
        "erh",
        "French Freemasonry, in fact, suffered during the Revolution and nearly all the prerevolutionary Parisian lodges closed, or permanently transformed themselves into far less mystical political societies.",
    ),
    (
        "iisg",
        "In 1776 Adam Weishaupt (1748-1830), professor of Canon Law at the University of Ingolstadt, founded a secret society that (after discarding the names of Perfectibilists and Order of the Bees) became known as the Order of the Illuminati.",
    ),
    (
        "iisg",
        "The Illuminati tried to seize control of certain Masonic lodges to use them for propaganda and recruitment, a method that was to prove popular with many ninenteenth-century revolutionaries.",
    ),
    (
        "iisg",
        "Yet it was discovered and outlawed in 1785, even though the official publication of many of its programs and other documents generated much publicity for its ideas.",
    ),
    (
        "skep",
        "Unfortunately for Masonry, the Illuminati will spread themselves by infiltrating Masonic Lodges, and thus the two will be forever linked for conspiracy theorists.",
    ),
    (
        "tom",
        "However, he submits as fact that by the end of 1813 Nathan Rothschild was already discounting Wellington's bills in London, and he may well have been doing that even before.",
    ),
    (
        "tom",
        "The Spanish academic Miguel A. Lopez-Morell (Universidad De Murcia) insists in his books that the Spanish arm of the Rothschilds' financiers family had been financing Wellington even before Waterloo.",
    ),
    (
        "scw",
        "Working inconspicuously, Rothschild engineered the financial machinery needed to supply the Allies with the much needed funding to defeat the French.",
    ),
    (
        "peng",
        "Secret German funding was critical, enabling the Bolsheviks to buy a printing plant, publish newspapers, turn out protest signs reading “The Germans Are Our Brothers,” and pay agitators to undermine morale in the army.",
    ),
    ("peng", "Lenin bided his time."),
    ("emp", "The Holodomor was a famine in Ukraine caused by the Soviet government in 1932 and 1933."),
    (
        "emp",
        "The “Sputnik” portal, for example, claims that the famine inflicted by Stalin’s policy is nothing but a fairy tale invented by the Western propaganda machine and it came into being by collaborating with Nazi Germany and the Ukrainian nationalists.",
    ),
    (
        "emp",
        "Both the main news portals and the social media channels vigorously try to prove that the Holodomor is only a fictitious myth intended to minimize the achievements of the Soviet Union.",
    ),
    (
        "genf",
        "However, Masons can be found across the political spectrum in relation to the revolution, from avid supporters to staunch opponents [Roche, D. (1978) Le Siècle des Lumières en province: Académies et académiciens provinciaux, 1689-1789 2 vols, reprint, Paris & Den Haag: Mouton, 1989].",
    ),
    (
        "fbo",
        "The Illuminati were a group founded in Bavaria, Germany, in the late eighteenth century by an ex-Jesuit named Adam Weishaupt, a professor of canon law in Ingolstadt, Germany.",
    ),
    (
        "wond",
        "On December 16, 1773, a crowd gathered at Boston’s Griffin’s Wharf to protest the presence of three East India Company ships, carrying cargoes of tea.",
    ),
    (
        "eren",
        "As early as May 1809 Wellington was complaining to the government in London that he did not have enough of it.",
    ),
    (
        "bibl",
        "The Rothschilds, a prominent banking family, had become integral to the war effort, providing financial support to the coalition forces through their extensive network.",
    ),
    ("lodge", "George Washington, the greatest hero of the American Revolution, was a Mason."),
]


def emit(path, rows, lang, neutral):
    out = []
    for n, row in enumerate(rows, 1):
        if neutral:
            key, text = row
            flags = []
            period = "historical"
        else:
            key, text, flags, *rest = row
            period = rest[0] if rest else "historical"
        for flag in flags:
            assert flag["text"] in text, (flag["text"], text)
        kind = "n" if neutral else "f"
        out.append(
            {
                "id": f"b5-{lang}-{kind}{n:02d}",
                "lang": lang,
                "period": period,
                "text": text,
                "neutral": neutral,
                "flags": flags,
                "url": U[key],
            }
        )
    return out


real = emit(None, REAL_EN, "en", False) + emit(None, REAL_ES, "es", False)
neu = emit(None, NEU_EN, "en", True) + emit(None, NEU_ES, "es", True)
base = Path(__file__).resolve().parents[1]
for name, rows in (("blind5_real.jsonl", real), ("blind5_neutral.jsonl", neu)):
    with open(f"{base}/{name}", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(real), sum(len(r["flags"]) for r in real), len(neu))
for lang in ("en", "es"):
    print(
        lang,
        sum(r["lang"] == lang for r in real),
        sum(len(r["flags"]) for r in real if r["lang"] == lang),
        sum(r["lang"] == lang for r in neu),
    )
