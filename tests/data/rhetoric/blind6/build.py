# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind6_real.jsonl` and `blind6_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind6/build.py  (writes next to this folder).

Fifth round of #16 (16e). One sentence per record, quoted verbatim from a public page of the search
tools' "pages" corpus, with its address; no page is shared with any other rhetoric set or with train/
(checked against every `url` there before writing). Gold spans were written by hand from the page
text alone, before the rhetoric stage, its rules or its tagger were run on any of these sentences.
"""

import json
from pathlib import Path

CN, AF, NC, LL, DB, EX, GA = (
    "Conspiracy_Narrative",
    "Antisemitic_Framing",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Exaggeration-Minimisation",
    "Guilt_by_Association",
)


def f(text, technique, trope=None, voice="author", speaker=None):
    d = {"text": text, "technique": technique, "voice": voice, "speaker": speaker}
    if trope:
        d["trope"] = trope
    return d


U = {
    # es, conspiracist / propaganda / polemic
    "boor": "https://www.yumpu.com/es/document/view/14442948/masoneria-generalisimo-francisco-franco/107",
    "foropl": "https://foropl.com/threads/soy-madrileno-tu-escoria.52279/page-6",
    "daves": "https://www.davesradar.com/economia/el-titanic-y-la-fed/",
    "limites": "https://limitesocultos.com/historia-no-contada-hundimiento-titanic-implicaciones-financieras",
    "limites780": "https://limitesocultos.com/?p=780",
    "ntvrojos": "https://ntvespana.com/30/07/2021/rojos-y-azules-por-jose-luis-diez",
    "genfranco": "http://www.generalisimofranco.com/GC/alzamiento/009.htm",
    "cuba": "https://espanolesdecuba.info/churchill-sobre-la-guerra-civil-espanola/",
    "geoestr": "https://geoestrategia.eu/movil/noticia/45097/historia/el-mito-del-holodomor.html",
    "lanacion": "https://lanacionweb.com/opinion/el-holodomor-y-el-pulitzer-de-la-verguenza",
    "aspero": "https://asperomundo.blogspot.com/2025/11/el-holodomor-de-propaganda-nazi-mito-de.html",
    "mnm": "https://v2.mnmstatic.net/m/mnm/demagogia-historia-eeuu-segun-verificadas-investigaciones",
    "gabitos": "http://www.gabitos.com/efemerides.php?mode=view&dia=07&mes=12",
    "gazeta": "https://lagazetaenana.wordpress.com/2014/11/24/la-familia-rothschild-y-su-imperio/",
    "eloy": "https://eloyrodriguezvidal.blogspot.com/2023/01/the-rothschild.html",
    "sintrauma": "https://sintrauma.blogspot.com/2017/11/quien-mato-al-presidente-kennedy-y-por.html",
    # en, conspiracist / propaganda / polemic
    "hisst": "http://his-storie.blogspot.com/2012/04/titanic-murder-on-high-sees-for-money.html",
    "trumpn": "https://trumpnation.substack.com/p/the-birth-of-cultural-marxism-how",
    "dyed": "https://www.dyedinthewoolhistory.com/lincoln-assination",
    "hager": "http://stevenhager.net/tag/salmon-p-chase/",
    "xevo": "http://xevolutie.blogspot.com/2013/03/260-lincoln-true-story.html",
    "receh": "https://recordingeditorialhistory.medium.com/elsewhere-series-4-part-four-europe-the-french-revolution-freemasons-the-illminati-and-the-7433ea007857",
    "lunacy": "https://heart4god.ws/books/Lunacy-and-the-Age-of-Deception/files/basic-html/page151.html",
    "redice": "https://redice.tv/news/richard-von-coudenhove-kalergi-and-the-genocide-of-the-european-peoples",
    "demok1": "https://demokracija.eu/focus/have-you-heard-about-kalergi-s-destructive-plan-a-new-world-order-in-which-the-white-man-will-no-longer-exist-the-man-of-the-future-will-be-mixed-race",
    "demok2": "https://demokracija.eu/focus/kalergi-plan-and-the-hidden-interests-behind-mass-immigration/?amp=1",
    "ttlatam": "https://thinktanklatam.org/en/4980",
    "beacon": "https://www.thelibertybeacon.com/refugee-crisis-theories-drive-part-2/",
    "myers": "https://mailstar.net/Kalergi.html",
    "codshit": "http://codshit.blogspot.com/2003/05/bush-family-funded-adolf-hitler.html?showComment=1221270660000",
    "badlands": "https://badlands.substack.com/p/real-patriots-dont-think-like-hitler-196",
    "adan": "https://www.adansblog.com/wlog/2005/09/bush-and-hitler.html",
    "shadow": "https://shadowmasterminds.wordpress.com/2014/07/21/who-financed-hitler/",
    "vyshinsky": "http://marxistleninists.org/Soviet%20Archives/Court%20Proceedings/speech%20for%20prosecution.htm",
    # es, neutral
    "iluba": "https://iluminadosdebaviera.blogspot.com/2014/04/iluminados-de-baviera-revolucion.html",
    "parab": "https://elparabolanoi.blogspot.com/2020/02/hay-todo-un-genero-dentro-de-la.html",
    "ensanjuan": "https://ensanjuan.com.ar/contenido/469/el-banco-central-y-el-titanic-parte-2",
    "aranzubia": "https://enriquearanzubia.es/blog/empresarios-muertos-en-el-titanic.html",
    "capital": "https://www.capitalradio.es/noticias/otros/cual-relacion-hundimiento-titanic-creacion-fed_116250179.html",
    "apuntes": "https://www.apuntesbachiller.com/tag/segunda-republica-espanola/page/5",
    "terror": "https://leerlibrosdemario.com/el-terror-rojo-leer-online-gratis/14-paginas",
    "judios": "https://leerlibrosdemario.com/los-judios-en-espana-leer-online-gratis/98-paginas",
    "elpais": "https://elpais.com/cultura/2025-09-30/como-el-franquismo-urdio-la-patrana-de-la-conspiracion-judeo-masonica-que-queria-destruir-espana.html",
    "jornada": "https://diariojornada.com.ar/31427/Internacional/Roosevelt_sabia_del_ataque_a_Pearl_Harbour",
    "cuales": "https://www.cuales.es/el-ascenso-y-la-caida-de-los-rothschild/",
    "tomab": "https://tomabelas.blogspot.com/2021/11/la-historia-de-los-rothschild-la.html",
    "bursatil": "https://www.bursatilnews.com/la-baronesa-de-rothschild-los-gobiernos-deben-evaluar-como-gestionan-sus-presupuestos-antes-de-hablar-de-subir-los-impuestos-a-los-ricos",
    "diezp": "https://diezpalabras.com.ar/?p=2248",
    "moria": "https://logiamoria.org/la-masoneria-en-espana-ii-1808-1868/",
    "dcadiz": "https://www.diariodecadiz.es/cadiz/masoneria-Revolucion-Liberal_0_1547245582.amp.html",
    "afort": "https://afortunada39.org/index.php/blog/category/evolucion-historica-de-la-masoneria-espanola-y-2",
    # en, neutral
    "nationpk": "https://nation.com.pk/17-Jul-2017/past-in-perspective",
    "occult": "https://occult-world.com/french-revolution/",
    "gsec": "https://www.globalsecurity.org/military/world/europe/bavarian-illuminati-revolution.htm",
    "abes": "http://abesblogcabin.org/another-lincoln-assassination-theory",
    "atlfed": "https://www.atlantafed.org/news/conferences-and-events/conferences/2010/1105-return-to-jekyll-island/history",
    "rwalk": "http://randomwalkway.blogspot.com/2013/12/the-fed.html",
    "hexidx": "https://bedwards.github.io/hex-index/wikipedia/federal-reserve-act/index.html",
    "csm": "https://csmonitor.com/layout/set/amphtml/1995/1120/20091.html",
    "roberts": "http://www.4vf.net/u-s-at-war-how-pearl-harbor-happened/",
    "zacharias": "http://ussslcca25.com/secret-7.htm",
    "cathcart": "https://vdocuments.mx/nathan-rothschild-and-the-battle-of-waterloo-on-the-morning-after-the-battle-this.html",
    "makeout": "http://www.makeoutcity.com/category/people-therothschilds/",
    "learn": "https://alearningaday.blog/2013/10/06/on-the-battle-of-waterloo-and-the-coming-of-nathan-rothschild",
    "cbs": "https://www.cbsnews.com/news/pearl-harbors-shadow-on-9-11/",
    "montana": "https://montanarcc.substack.com/p/global-research-reports-history-adolph",
    "eo": "https://wikisum.wiki/wiki/Executive_Order_11110",
    "tatoott": "https://tatoott1009.wordpress.com/2015/06/07/executive-order-no-11110/",
    "takeissue": "https://takeissue.co.uk/2017/01/14/the-man-behind-europe-coudenhove-kalergi/",
}

REAL = [
    # ----------------------------------------------------------------- es
    (
        "es",
        "boor",
        "Que lo español, por católico y por español, es igualmente detestado por la masonería y el judaísmo, es evidente; pero judaísmo no quiere decir pueblo hebreo, sino esa minoría judía conspiradora que utiliza a la masonería como uno de sus instrumentos.",
        [
            f(
                "esa minoría judía conspiradora que utiliza a la masonería como uno de sus instrumentos",
                AF,
                "ethnic_religious_label",
            )
        ],
    ),
    (
        "es",
        "boor",
        "Desde que la herejía luterana y la traición inglesa a la causa de la fe católica desencadenaron en Europa las luchas de religión, España viene siendo el blanco de la conspiración de las sectas disidentes.",
        [
            f("la traición inglesa", LL),
            f("España viene siendo el blanco de la conspiración de las sectas disidentes", CN, "secret_society"),
        ],
    ),
    (
        "es",
        "boor",
        "Había que desprestigiar a España en el exterior y minar su poderío en el interior, y la masonería fué el instrumento más eficaz que, a través de los siglos XVIII y XIX, vino moviendo los hilos de la conspiración.",
        [
            f(
                "la masonería fué el instrumento más eficaz que, a través de los siglos XVIII y XIX, vino moviendo los hilos de la conspiración",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "boor",
        "Por todo esto es muy conveniente aclarar bien los papeles para no confundir las cosas ni darles medios de defensa a los “hermanitos”, y que cada palo aguante su correspondiente vela.",
        [f("hermanitos", NC)],
    ),
    (
        "es",
        "foropl",
        "Ciertas fuentes -e incluso testimonios de protagonistas como Marat- han insistido en la presencia de agitadores extranjeros que operaron a modo de instigadores en los principales sucesos revolucionarios: toma de la Bastilla, asalto al palacio de las Tullerías, etc.",
        [
            f(
                "agitadores extranjeros que operaron a modo de instigadores en los principales sucesos revolucionarios",
                CN,
                "puppet_agent",
                "attributed",
                "Ciertas fuentes",
            )
        ],
    ),
    (
        "es",
        "daves",
        "En 1869, J. P. Morgan y Anthony J. Drexel (hijo de fundador de la banca más influyente en Filadelfia), se reunieron con los Rothschild en Londres y, a través de ‘Northern Securities Corporation’, comenzaron a consolidar el poder y la influencia de los Rothschild en los EE.UU.",
        [
            f(
                "comenzaron a consolidar el poder y la influencia de los Rothschild en los EE.UU.",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "daves",
        "Os voy a contar una historia alternativa, con detalles más escabrosos y sabiendo cómo funciona el mundo, no descartaría que fuera la real.",
        [f("sabiendo cómo funciona el mundo, no descartaría que fuera la real", CN)],
    ),
    (
        "es",
        "daves",
        "“Los pánicos financieros de 1873, 1884, 1893, 1907 y más tarde 1920, fueron iniciados por Morgan con la intención de presionar por un sistema bancario mucho más fuerte”",
        [
            f(
                "fueron iniciados por Morgan con la intención de presionar por un sistema bancario mucho más fuerte",
                CN,
                "hidden_financiers",
                "attributed",
            )
        ],
    ),
    (
        "es",
        "limites",
        "Fue un asesinato en masa, un acto de sabotaje deliberado orquestado por la élite financiera más poderosa del mundo para lograr un objetivo que cambiaría el curso de la historia: la creación de la Reserva Federal de los Estados Unidos.",
        [
            f(
                "un acto de sabotaje deliberado orquestado por la élite financiera más poderosa del mundo",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "limites",
        "Tres hombres inmensamente ricos y poderosos que representaban el último gran obstáculo para el plan de un cartel de banqueros de apoderarse del sistema financiero estadounidense.",
        [
            f(
                "el plan de un cartel de banqueros de apoderarse del sistema financiero estadounidense",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "limites",
        "Una historia que conecta el barco de los sueños con una reunión secreta en Jekyll Island, que une a J.P. Morgan con un fraude de seguros de proporciones titánicas y que sugiere que las 1,500 almas que se perdieron en el Atlántico Norte no fueron víctimas de un accidente, sino daños colaterales en una guerra financiera por el control del mundo.",
        [
            f(
                "no fueron víctimas de un accidente, sino daños colaterales en una guerra financiera por el control del mundo",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "limites",
        "Olvide por un momento el romance de la película y la narrativa oficial de un iceberg inoportuno y una arrogancia desmedida.",
        [f("la narrativa oficial de un iceberg inoportuno", DB, "media_cover_up")],
    ),
    (
        "es",
        "limites780",
        "¿Y si el iceberg no fue la verdadera causa del desastre, sino la conveniente excusa para un plan mucho más siniestro?",
        [f("sino la conveniente excusa para un plan mucho más siniestro", CN)],
    ),
    (
        "es",
        "ntvrojos",
        "Y así, la guerra civil española, que no fue una confrontación entre el liberalismo y el fascismo, sino entre la civilización cristiana y el anarquismo comunista, se convirtió, a lo largo de aquellos mil días de contienda fratricida en el centro de atención mundial.",
        [f("sino entre la civilización cristiana y el anarquismo comunista", LL)],
    ),
    (
        "es",
        "genfranco",
        "Pero la estrategia impulsada desde Moscú por Stalin, empezó a dar sus resultados, y más cuando Francisco Largo Caballero, a quien se le conocería con el apodo del “Lenin español”, incitaba dentro de su Partido un proceso de bolchevización.",
        [f("la estrategia impulsada desde Moscú por Stalin, empezó a dar sus resultados", CN, "puppet_agent")],
    ),
    (
        "es",
        "genfranco",
        "El papel de la Internacional comunista y del Partido Comunista Español (PCE) era sembrar en los diferentes sectores de izquierda el temor de que si ganaban las derechas, en España se implantaría el fascismo.",
        [
            f(
                "El papel de la Internacional comunista y del Partido Comunista Español (PCE) era sembrar en los diferentes sectores de izquierda el temor",
                CN,
                "puppet_agent",
            )
        ],
    ),
    (
        "es",
        "cuba",
        "Forma parte de la doctrina y del libro de ejercicios de los comunistas, establecidos por el propio Lenin, que los comunistas deben colaborar con todos los movimientos izquierdistas y ayudar a conseguir el poder a los gobiernos constitucionales, radicales o socialistas débiles, para después debilitarlos más y arrebatarles el poder absoluto para fundar el Estado marxista.",
        [
            f(
                "los comunistas deben colaborar con todos los movimientos izquierdistas y ayudar a conseguir el poder a los gobiernos constitucionales, radicales o socialistas débiles, para después debilitarlos más y arrebatarles el poder absoluto",
                CN,
                "infiltration",
                "attributed",
                "Churchill",
            )
        ],
    ),
    (
        "es",
        "cuba",
        "Habían comenzado a producirse asesinatos por ambos bandos, y LA PESTILENCIA COMUNISTA HABÍA LLEGADO A TAL EXTREMO QUE ERAN CAPACES DE LLEVAR A SUS ADVERSARIOS POLÍTICOS A LA CALLE, incluso sacándolos de la cama, Y MATARLOS.",
        [f("LA PESTILENCIA COMUNISTA", NC, None, "attributed", "Churchill")],
    ),
    (
        "es",
        "geoestr",
        "El Holodomor es un mito muy popular entre los propagandistas ucranianos.",
        [f("El Holodomor es un mito muy popular entre los propagandistas ucranianos", DB)],
    ),
    (
        "es",
        "geoestr",
        "Pero, como toda propaganda, está dirigido a las masas incapaces de pensar por sí mismas y, en este caso, desconocedoras de la historia.",
        [f("las masas incapaces de pensar por sí mismas", LL)],
    ),
    (
        "es",
        "geoestr",
        "Hay abundante evidencia disponible en fuentes públicas que demuestra que el Holodomor es una mentira absurda.",
        [f("el Holodomor es una mentira absurda", DB)],
    ),
    (
        "es",
        "lanacion",
        "La historia suele escribirse con la sangre de las víctimas, pero a veces se borra con la tinta de los cómplices.",
        [f("a veces se borra con la tinta de los cómplices", LL)],
    ),
    (
        "es",
        "lanacion",
        "Entre 1932 y 1933, mientras Ucrania se convertía en un cementerio a cielo abierto, el mundo miraba hacia otro lado, anestesiado por una de las campañas de desinformación más eficaces del siglo XX; tan efectiva como la operación de negación negra divulgada por Inglaterra, Holanda y Francia contra la España virreinal que construyó España en América.",
        [
            f(
                "la operación de negación negra divulgada por Inglaterra, Holanda y Francia contra la España virreinal",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "es",
        "lanacion",
        "Duranty no era un ignorante; era mucho más que un cínico.",
        [f("era mucho más que un cínico", NC)],
    ),
    (
        "es",
        "aspero",
        "Su origen se encuentra en la propaganda orquestada por el régimen nazi en los años treinta y en un célebre fraude periodístico lanzado desde la prensa estadounidense.",
        [f("Su origen se encuentra en la propaganda orquestada por el régimen nazi", DB)],
    ),
    (
        "es",
        "aspero",
        "Décadas más tarde, la Guerra Fría recuperó aquel material y lo convirtió en dogma.",
        [f("lo convirtió en dogma", DB)],
    ),
    (
        "es",
        "mnm",
        "Roosevelt decidió trasladar la flota norteamericana durante 1940 hacia una isla del Pacífico, colocándola vulnerable ante sus enemigos.",
        [f("colocándola vulnerable ante sus enemigos", CN)],
    ),
    (
        "es",
        "mnm",
        'Tras numerosas provocaciones sobre Japón se logró su deseo de entrar en la Segunda Guerra Mundial, justificado por un ataque "sorpresa"; ataque que no destruyó ni sus mejores barcos ni sus portaaviones, ya que fueron "providencialmente" retirados de la base pocos días antes.',
        [
            f('un ataque "sorpresa"', DB),
            f('fueron "providencialmente" retirados de la base pocos días antes', CN, "foreknowledge_as_proof"),
        ],
    ),
    (
        "es",
        "mnm",
        "Los archivos nacionales conservan pruebas de la intención nipona de rendirse que fue desoída para posibilitar el uso de la bomba atómica",
        [f("fue desoída para posibilitar el uso de la bomba atómica", CN)],
    ),
    (
        "es",
        "gabitos",
        "Roosevelt y los altos comandantes del Ejército, permitirían el sacrificio de la Flota en el Pacífico y de miles de soldados, ya que la decisión había sido tomada mucho antes de Pearl Harbor : la guerra contra las potencias del Eje era necesaria y un ataque, contra territorio americano, serviría para convencer de ello a la opinión pública.",
        [
            f(
                "Roosevelt y los altos comandantes del Ejército, permitirían el sacrificio de la Flota en el Pacífico y de miles de soldados",
                CN,
                "foreknowledge_as_proof",
                "attributed",
                "Algunos historiadores",
            )
        ],
    ),
    (
        "es",
        "gazeta",
        "Pero la población no era del todo consciente de que muchas familias de banqueros aprovecharon la creación de la burguesía como nueva clase social y la institucionalización a gran escala de la banca para permitirse obtener todo el poder y dinero que quisieran.",
        [
            f(
                "muchas familias de banqueros aprovecharon la creación de la burguesía como nueva clase social y la institucionalización a gran escala de la banca para permitirse obtener todo el poder y dinero que quisieran",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "gazeta",
        "Hay una familia en concreto que destaca, por los métodos que empleó para posicionarse, y sobre todo porque su control fue tan fuerte que han sobrevivido hasta la actualidad siendo la familia más rica e influyente del mundo: la familia Rothschild.",
        [
            f(
                "su control fue tan fuerte que han sobrevivido hasta la actualidad siendo la familia más rica e influyente del mundo",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "gazeta",
        "Existen cientos de teorías conspiratorias en torno a ellos sobre cómo dominan y controlan el mundo, pero en todos los mitos hay una parte de verdad, y ellos no son una excepción.",
        [f("en todos los mitos hay una parte de verdad, y ellos no son una excepción", CN, "hidden_financiers")],
    ),
    (
        "es",
        "eloy",
        "Sin embargo, hubo desde el principio intentos de atraer a España a la órbita del nuevo orden mundial (algo que en el siglo XXI podemos decir que se ha logrado de pleno).",
        [f("intentos de atraer a España a la órbita del nuevo orden mundial", CN)],
    ),
    (
        "es",
        "eloy",
        "Después de que estallara la Primera Guerra Carlista las cuatro ramas de la dinastía Rothschild aunaron esfuerzos para apuntalar económicamente la causa isabelina, en contra de esa vieja España de Dios, Patria, Rey, donde la usura se consideraba un pecado.",
        [f("donde la usura se consideraba un pecado", AF, "hidden_financiers")],
    ),
    (
        "es",
        "eloy",
        "Ninguna rama de los Rothschild llegó a establecerse en la península ibérica, y esa fue una de las razones de que España y Portugal perdieran rápido protagonismo en el concierto de las naciones para convertirse en comparsas.",
        [
            f(
                "esa fue una de las razones de que España y Portugal perdieran rápido protagonismo",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "sintrauma",
        "Ahora, con un solo golpe de pluma, sus planes para establecer un control total sobre el gobierno y la sociedad norteamericana se enfrentaban a un peligro claro y presente.",
        [
            f(
                "sus planes para establecer un control total sobre el gobierno y la sociedad norteamericana",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "es",
        "sintrauma",
        "Fue un golpe de Estado silencioso y discreto.",
        [f("Fue un golpe de Estado silencioso y discreto", LL)],
    ),
    # ----------------------------------------------------------------- en
    (
        "en",
        "hisst",
        "In 1908, financier J.P. Morgan (the same one who destroyed the free energy development of Nikola Tesla) planned a brand new class of luxury liners that would enable the wealthy to cross the Atlantic in previously undreamed-of opulence.",
        [f("the same one who destroyed the free energy development of Nikola Tesla", CN, "hidden_financiers")],
    ),
    (
        "en",
        "trumpn",
        "Once here, they infiltrated academia and the media, and slowly but surely began to corrupt American culture from the inside out.",
        [
            f(
                "they infiltrated academia and the media, and slowly but surely began to corrupt American culture from the inside out",
                CN,
                "infiltration",
            )
        ],
    ),
    (
        "en",
        "dyed",
        "In 1860 he won a four way race with just under 40% of the popular vote, which was entirely regional, and in 1864 he defeated McClellan by app 400,000 votes in the popular vote which was aided by posting union troops at pooling location and the first use of large scale mail in ballots.",
        [
            f(
                "which was aided by posting union troops at pooling location and the first use of large scale mail in ballots",
                DB,
            )
        ],
    ),
    (
        "en",
        "hager",
        "But before Chase Bank was born, it was known as The Bank of the Manhattan Company, and founded by Aaron Burr, the greatest British spy who never got caught.",
        [f("the greatest British spy who never got caught", NC)],
    ),
    (
        "en",
        "hager",
        "Chase created the Republican Party and led its radical abolitionist wing, a cabal that took over the country when the South seceded.",
        [f("a cabal that took over the country", CN)],
    ),
    (
        "en",
        "hager",
        "Here’s the Matthew Brady portrait of Chase, who supposedly had a “religious conversion” that turned him into the most rabid abolitionist in America.",
        [f("supposedly had a “religious conversion”", DB), f("the most rabid abolitionist in America", LL)],
    ),
    (
        "en",
        "xevo",
        "It was, of course, a trick of the Power Elite ( the English bankers, mainly) to weaken an upcoming and not-under-control-yet   America.",
        [f("a trick of the Power Elite ( the English bankers, mainly)", CN, "hidden_financiers")],
    ),
    ("en", "xevo", "I think that was just a false flag.", [f("just a false flag", CN)]),
    (
        "en",
        "receh",
        "It was the French Revolution that began the trend all throughout the world of overthrowing local governments, and efforts to enforce self-rule upon ignorant, terrified, frequently very angry people.",
        [f("ignorant, terrified, frequently very angry people", LL)],
    ),
    (
        "en",
        "receh",
        "Here in the United States many citizens and so-called patriots may sputter outrage that our own Revolution of 11 years earlier is way more important and, yes, to us I suppose that is true.",
        [f("so-called patriots may sputter outrage", DB)],
    ),
    (
        "en",
        "lunacy",
        "The hand of the invisible government has found it needful to devise atrocities that will mobilize public sentiment in favor of entry into war.",
        [f("The hand of the invisible government has found it needful to devise atrocities", CN)],
    ),
    (
        "en",
        "lunacy",
        "The banking interests needed some event to serve as a catalyst to move American opinion in the direction of open engagement in the war.",
        [f("The banking interests needed some event to serve as a catalyst", CN, "hidden_financiers")],
    ),
    (
        "en",
        "lunacy",
        "The sinking of the Lusitania was a contrived affair.",
        [f("The sinking of the Lusitania was a contrived affair", CN)],
    ),
    (
        "en",
        "lunacy",
        "Of course, it was not the truth which was reported in the New York Times, or other newspapers of America.",
        [
            f(
                "it was not the truth which was reported in the New York Times, or other newspapers of America",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "en",
        "lunacy",
        "They printed propaganda with the sole aim of getting the American public to embrace entry into the war.",
        [
            f(
                "They printed propaganda with the sole aim of getting the American public to embrace entry into the war",
                CN,
                "media_cover_up",
            )
        ],
    ),
    ("en", "redice", "Who set this apocalypse in motion?", [f("Who set this apocalypse in motion?", CN)]),
    (
        "en",
        "demok1",
        "It is becoming increasingly clear that there are some personal interests of Brussels’ elites behind the support of mass migration, and that proposal and adoption of new ambiguous laws and declarations to speed up the influx of migrants is not just about their excessive humanitarianism.",
        [f("there are some personal interests of Brussels’ elites behind the support of mass migration", CN)],
    ),
    (
        "en",
        "demok2",
        "The man behind this ominous plan was Richard von Coudenhove Kalergi, one of the main architects and ideologues of European Union, but in spite of his important role in the creation of the EU, he remains unknown to the general public in Europe today.",
        [f("The man behind this ominous plan", CN)],
    ),
    (
        "en",
        "ttlatam",
        "Few know that he is one of the main precursors of the European unification process, he is the man who planned the mass immigration to Europe.",
        [f("he is the man who planned the mass immigration to Europe", CN)],
    ),
    (
        "en",
        "ttlatam",
        "He is an obscure Masonic figure, whose existence is not even known to the public today, but who is regarded by the “powerful” as the founding father of the European Union.",
        [
            f(
                "He is an obscure Masonic figure, whose existence is not even known to the public today",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "en",
        "ttlatam",
        "In 1922, Kalergi founded the “Pan-European” movement in Vienna, which anticipated the establishment of a New World Order based on a federation of nations governed by the United States.",
        [f("which anticipated the establishment of a New World Order", CN)],
    ),
    (
        "en",
        "ttlatam",
        "So, here we will see what this forerunner of the European Union thought and did, in order to better understand the regrettable motives that move it today under the control of the Davos Agenda 2030.",
        [f("under the control of the Davos Agenda 2030", CN)],
    ),
    (
        "en",
        "beacon",
        "He was also a member of the Jewish Masonic, the B’Nai B’Rith.",
        [f("a member of the Jewish Masonic", AF, "ethnic_religious_label")],
    ),
    (
        "en",
        "beacon",
        "In essence, the Pan-Europa envisioned a New World Order leading to eventual One World Government, but installed in stages and over long periods of time to avoid scrutiny and the inevitable protest of the general public.",
        [
            f(
                "installed in stages and over long periods of time to avoid scrutiny and the inevitable protest of the general public",
                CN,
            )
        ],
    ),
    (
        "en",
        "myers",
        "However, the current Wikipedia page suppresses this, and instead calls it a conspiracy theory.",
        [f("the current Wikipedia page suppresses this", CN, "media_cover_up")],
    ),
    (
        "en",
        "codshit",
        "The Nazi phenomenon was no historical coincidence, and far less a philosophical whim made real by just one man.",
        [f("The Nazi phenomenon was no historical coincidence", CN, "nothing_is_chance")],
    ),
    (
        "en",
        "codshit",
        "Nazism had its followers, many of them exceptionally wealthy, veritable alchemists of the financial world back then.",
        [f("veritable alchemists of the financial world", LL)],
    ),
    (
        "en",
        "badlands",
        "I’ll stop beating around the bush now and just say it: Adolph Hitler or Benito Mussolini were never “their own men”.",
        [f("Adolph Hitler or Benito Mussolini were never “their own men”", CN, "puppet_agent")],
    ),
    (
        "en",
        "badlands",
        "The machines they led were never fully under their sovereign control and the financing they used as fuel in their effort to dominate the world did not come from the Banks of Italy or Germany.",
        [f("The machines they led were never fully under their sovereign control", CN, "puppet_agent")],
    ),
    (
        "en",
        "badlands",
        "Were it not for a powerful network of financiers and industrialists of the 1920s-1940s with names such as Rockefeller, Warburg, Montague Norman, Osborn, Morgan, Harriman or Dulles, then it can safely be said that fascism would never have been possible as a “solution” to the economic woes of the post-WWI order.",
        [
            f(
                "Were it not for a powerful network of financiers and industrialists of the 1920s-1940s with names such as Rockefeller, Warburg, Montague Norman, Osborn, Morgan, Harriman or Dulles, then it can safely be said that fascism would never have been possible",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "badlands",
        "The patriarch of the same Bush dynasty that gave the world two disastrous American presidents made a name for himself funding Nazism alongside his business partners Averell Harriman and Averell’s younger brother E. Roland Harriman (the latter who was to recruit Prescott to Skull and Bones while both were studying at Yale).",
        [f("two disastrous American presidents", LL)],
    ),
    (
        "en",
        "adan",
        "I've often thought about the similarity between Hitler and Bush, in that they both led their countries to an invasion based on fabrication, and fear and with popular support.",
        [f("the similarity between Hitler and Bush", GA)],
    ),
    (
        "en",
        "shadow",
        "We do know that prominent European and American industrialists were sponsoring all manner of totalitarian political groups at that time, including Communists and various Nazi groups.",
        [
            f(
                "prominent European and American industrialists were sponsoring all manner of totalitarian political groups at that time, including Communists and various Nazi groups",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "vyshinsky",
        "Horrible and monstrous is the guilt of these criminals and murderers, who raised their hand against the leaders of our Party, against Comrades Stalin, Voroshilov, Zhdanov, Kaganovich, Orjonikidze, Kossior and Postyshev, against our leaders, the leaders of the Soviet state.",
        [
            f(
                "Horrible and monstrous is the guilt of these criminals and murderers",
                NC,
                None,
                "attributed",
                "Vyshinski",
            )
        ],
    ),
]

NEUTRAL = [
    # ----------------------------------------------------------------- es
    (
        "es",
        "iluba",
        "A la tesis de que los Iluminados se encuentran tras la Revolución Francesa, le faltan todas las bases.",
    ),
    (
        "es",
        "iluba",
        "Ambos intentaron, con mutua independencia, demostrar que no desataron la revolución ni la permanente presión del tercer estado, ni la difusión de los ideales ilustrados, ni la mala cosecha del año previo ni tampoco la mala gestión de la crisis por el rey Luis XVI, sino que fueron los Iluminados.",
    ),
    (
        "es",
        "parab",
        "Sin duda, el duque intentó sacar provecho de estos acontecimientos, pero es muy dudoso que fuera su causante.",
    ),
    ("es", "ensanjuan", "Morgan era el propietario de la naviera White Star Line, dueña del Titanic."),
    ("es", "aranzubia", "En Southampton embarcaron Isidor Strauss y su esposa, Ida, la segunda mayor fortuna a bordo."),
    (
        "es",
        "aranzubia",
        "El multimillonario John Jacob Astor IV, que había embarcado con su esposa en el puerto de Cherburgo (Francia), ostentaba el honor de ser la persona más rica del gran transatlántico.",
    ),
    (
        "es",
        "capital",
        "Murieron más de 1.500 personas de los más de 2.200 pasajeros a bordo, por la escasez de botes salvavidas.",
    ),
    (
        "es",
        "apuntes",
        "Los militares sublevados en julio de 1936 justificaron la insurrección por un motivo básico: salvar a España de una inminente dictadura comunista que, supuestamente, llegaría con la ayuda de la masonería.",
    ),
    (
        "es",
        "terror",
        "Los supuestos avistamientos de comunistas extranjeros en España tramando una revolución con sus camaradas del PCE es fácil de descartar.",
    ),
    (
        "es",
        "terror",
        "A pesar de las afirmaciones del periódico de derechas Ya, Béla Kun, el líder de la efímera república soviética de Hungría en 1919, no aterrizó en Cádiz a finales de marzo de 1936 con un millón de pesetas.",
    ),
    (
        "es",
        "judios",
        "Esta carta es el primer esbozo del tema tan arraigado en España en tiempos de Franco sobre la conspiración judeomasónica.",
    ),
    ("es", "judios", "Las mismas autoridades civiles y eclesiásticas ayudaban a crear semejante confusión."),
    (
        "es",
        "elpais",
        "Una exposición en el Centro Sefarad de Madrid documenta el origen y evolución del odio al judío y a los masones a lo largo de la historia, con el foco en la dictadura de Franco",
    ),
    (
        "es",
        "elpais",
        "La muestra, titulada La conspiración judeo-masónica. La construcción de un mito, se remonta al siglo IV, “cuando se asentaron las primeras comunidades judías en España y sus integrantes fueron contemplados con recelo por la población hispano-visigoda”, escribe en el catálogo el comisario de la exposición, Leandro Álvarez Rey, catedrático de Historia Contemporánea en la Universidad de Sevilla.",
    ),
    (
        "es",
        "jornada",
        "Aunque los servicios de inteligencia en Washington sabían que un conflicto con Tokio era inminente, no había indicios de que la base naval de Hawai se convertiría en el primer objetivo, según Martínez.",
    ),
    (
        "es",
        "jornada",
        "Muchos estadounidenses creían que las bases militares estadounidenses en Filipinas eran un objetivo mucho más probable para los japoneses.",
    ),
    (
        "es",
        "gabitos",
        "Un día como el de hoy, pero del año 1941, la Marina Imperial japonesa atacó Pearl Harbor (Hawai), causando 3.400 bajas con 2.300 muertes.",
    ),
    (
        "es",
        "cuales",
        "Mayer Rothschild, nacido el 23 de febrero de 1744 en Frankfurt am Main, dio fama mundial a la familia .",
    ),
    (
        "es",
        "cuales",
        "Todo el dinero que Gran Bretaña enviaba para comprar mercenarios de Hesse pasó por manos de Mayer.",
    ),
    (
        "es",
        "tomab",
        "En el año 1769, logró el título de “Hoffaktor” del príncipe elector Guillermo de Hesse, lo que lo convertía en un representante de la corte.",
    ),
    ("es", "tomab", "Amschel adquirió una casa de dos pisos en Francfort."),
    ("es", "bursatil", "Mayer Amschel fundó su imperio a finales del siglo XVIII en el gueto de Fráncfort."),
    ("es", "diezp", "Hay diferencias en las cifras de víctimas."),
    ("es", "diezp", "La Unión Europea llama al Holodomor “hambruna artificial”."),
    (
        "es",
        "moria",
        "En 1811 el conde de Grasse-Tilly instituyó un segundo Supremo Consejo del Grado 33 y Último del Rito Escocés Antiguo y Aceptado, el cual perdura aun en nuestros días en fraternales relaciones con la actual Gran Logia de España.",
    ),
    (
        "es",
        "moria",
        "La primera logia, creada en 1811 bajo los auspicios de este Supremo Consejo, fue la Respetable Logia de la Estrella.",
    ),
    (
        "es",
        "dcadiz",
        "En 1738 el Papa Clemente XII la condenó y en 1751 lo hizo igualmente Fernando VI, de forma tal que, más que de una existencia organizada, hemos de hablar de una presencia esporádica.",
    ),
    (
        "es",
        "dcadiz",
        "Aunque con datos confusos, la primera logia en España data de 1728, cuando el duque de Wharton fundó en Madrid la denominada ‘La Matritense’.",
    ),
    (
        "es",
        "dcadiz",
        "Mejor, hemos de remitirnos a Ramón Solís, cuando afirma que las logias gaditanas del siglo XVIII respondían a una finalidad puramente comercial, al estar las actividades mercantiles con el extranjero escasamente salvaguardadas por el Estado.",
    ),
    (
        "es",
        "afort",
        "Las logias dependientes del Gran Oriente francés desaparecieron prácticamente al marchar los franceses.",
    ),
    (
        "es",
        "jornada",
        "En la víspera del ataque a Pearl Harbor, Roosevelt le escribió al emperador Hirohito de Japón en un intento desesperado por evitar un conflicto militar con Tokio, contó el historiador.",
    ),
    # ----------------------------------------------------------------- en
    (
        "en",
        "nationpk",
        "Whilst crossing the Atlantic Ocean, the ship hit an iceberg on the night of the 14th and ultimately sank in the early hours of the 15th, killing almost 1500 out of 2,224 passengers.",
    ),
    ("en", "nationpk", "The ship was widely described as the ‘unsinkable’ and the ‘ultimate’."),
    (
        "en",
        "nationpk",
        "Though this was the official cause of the destruction, there are a number of conspiracy theories.",
    ),
    (
        "en",
        "hisst",
        "The construction of the giant vessels, the 'Olympic', the 'Titanic' and the 'Britannic,' began in 1909 at the Harland and Wolff  shipyard in Belfast, Ireland.",
    ),
    (
        "en",
        "occult",
        "The ultimate cause of the collapse of the French monarchy in 1789 was the collision between France’s ambitions as a world power and the corrupt, archaic, and inefficient system of taxation and finance that French kings relied on to fund their overseas ventures.",
    ),
    (
        "en",
        "occult",
        "The European wars of Louis XIV had placed the kingdom under a burden of debt that grew steadily through the reigns of his son and grandson.",
    ),
    (
        "en",
        "occult",
        "France’s part in the American Revolution, financed almost entirely by loans, pushed the Ancien Régime to the brink; in the national budget of 1788, expenses exceeded income by 20 percent, and more than half of expenses went to service the national debt.",
    ),
    (
        "en",
        "gsec",
        "Following the suppression of the Jesuits in 1773, members of that order in considerable numbers, attracted by the rapid growth and the pretentious occultism of the Rosicrucians, had united with the latter system.",
    ),
    (
        "en",
        "gsec",
        "In Prussia, where the Rosicrucians had firmly established themselves in Berlin, King Frederick William II was under the influence of Wollner, one of his ministers and a leading figure in the Rosicrucian system.",
    ),
    (
        "en",
        "gsec",
        "Thus the notion that the order of the Illuminati was still in existence was accorded the sanction of influential monarchs.",
    ),
    (
        "en",
        "abes",
        "As far as the Lincoln assassination there have been at least a dozen theories offered ever since that time to the present to account for what happened that night on April 14th 1865.",
    ),
    (
        "en",
        "atlfed",
        "After a series of financial panics culminating in the Panic of 1907, Congress passed the Aldrich-Vreeland Act in 1908.",
    ),
    (
        "en",
        "atlfed",
        "Aldrich then took matters into his own hands, meeting secretly with a group of bankers on Jekyll to formulate a plan.",
    ),
    ("en", "atlfed", "Warburg's attendance was critical because of his knowledge of European banking practices."),
    (
        "en",
        "atlfed",
        "Over the years, the clandestine nature of the meeting has been criticized as allowing undue Wall Street influence over the founding of the U.S. central bank.",
    ),
    ("en", "rwalk", "The train headed south, and the bankers got off in Georgia."),
    ("en", "rwalk", "They spent the next week holed up in a private club at a place called Jekyll Island."),
    ("en", "hexidx", "The meeting was so secret that participants denied it had occurred for decades afterward."),
    (
        "en",
        "csm",
        'Half a century later, most historians have a different view: that Pearl Harbor was the result of what Harvard University scholar Thomas Schelling calls a "supremely ordinary blunder" stemming from military unpreparedness, faulty intelligence analysis, and a failure by policymakers to anticipate Japan\'s next move in the tense weeks that preceded the attack.',
    ),
    (
        "en",
        "csm",
        "Waves of carrier-based Japanese planes destroyed hundreds of aircraft, immobilized the heart of the US Pacific fleet, and inflicted 3,600 casualties.",
    ),
    ("en", "roberts", "The letter stated the defenses against all but the first two were then satisfactory."),
    (
        "en",
        "zacharias",
        "In 1941 we had in this key post a fleet intelligence officer who was alert and imaginative, with a tremendous capacity for work---Lieutenant Commander Edwin T. Layton.",
    ),
    (
        "en",
        "cathcart",
        "No less a historian than Elizabeth Longford repeated the claim in her great biography of the Duke in the 1970s, and more recently it appeared in Niall Ferguson’s official history of the Rothschild family.",
    ),
    ("en", "makeout", "This is a myth, but a very popular myth."),
    ("en", "makeout", "It was made popular by countless anti-semitic plays, books and movies since the 1800s."),
    ("en", "learn", "Enter Nathan Rothschild – an adept smuggler of gold coins."),
    (
        "en",
        "learn",
        "This was the first example of “arbitrage” – they used their network to take advantage of favorable exchange rates.",
    ),
    (
        "en",
        "cbs",
        "There were nine investigations into Pearl Harbor, if you include the immediate query done by Naval leadership.",
    ),
    (
        "en",
        "montana",
        "While Prescott Bush was an officer of Union Banking Corporation, whose assets were seized in 1942 under the Trading with the Enemy Act, he was never charged or convicted of any crime.",
    ),
    (
        "en",
        "montana",
        "It has long been known that both US and British firms, including banks, had investments in German industry before and during Adolph Hitler’s rise to power.",
    ),
    ("en", "eo", "On November 28, 1961, President Kennedy halted sales of silver by the Treasury Department."),
    (
        "en",
        "eo",
        "The House of Representatives took up the president's request early in 1963, and passed HR 5389 on April 10, 1963, by a vote of 251 to 122.",
    ),
    (
        "en",
        "tatoott",
        "By this executive order, the statutory authority of the President to issue silver certificates was delegated to the Treasury Secretary.",
    ),
    (
        "en",
        "takeissue",
        "Aristocratic in his origins, Count Richard Von Coudenhove-Kalergi was an Austrian Japanese politician and philosopher.",
    ),
]


def build() -> None:
    here = Path(__file__).resolve().parent.parent
    counts: dict[tuple[str, str], int] = {}
    real, neutral = [], []
    for lang, page, text, flags in REAL:
        counts[("f", lang)] = counts.get(("f", lang), 0) + 1
        for flag in flags:
            assert flag["text"] in text, (page, flag["text"])
        real.append(
            {
                "id": f"b6-{lang}-f{counts[('f', lang)]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": False,
                "flags": flags,
                "url": U[page],
            }
        )
    for lang, page, text in NEUTRAL:
        counts[("n", lang)] = counts.get(("n", lang), 0) + 1
        neutral.append(
            {
                "id": f"b6-{lang}-n{counts[('n', lang)]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": True,
                "flags": [],
                "url": U[page],
            }
        )
    for name, records in (("blind6_real.jsonl", real), ("blind6_neutral.jsonl", neutral)):
        with (here / name).open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print({key: value for key, value in sorted(counts.items())}, sum(len(r["flags"]) for r in real), "spans")


if __name__ == "__main__":
    build()
