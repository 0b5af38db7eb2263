# ruff: noqa: E501  (one sentence per line)
"""Write `blind16h_neutral.jsonl` and `blind16h_real.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16h/build.py  (writes next to this folder).

Round 16h of #16 (twelfth session): false flags of the learned span tagger on neutral history. On the merged tree
of the eleventh session blind16c en 2/17, blind16r2 es 2/23 and blind16n2 en 5/63 neutral sentences were flagged
(the issue's target is at most 5 %), most by the learned tagger, on three shapes: plain narrated events of
violence (massacres, executions, pogroms), propaganda and conspiracy theories described and dated by historians
(the Protocols, Judeo-Bolshevism, the Illuminati myth, the "contubernio", the leyenda negra), and definitions of
terms (totalitarianism, conspiracy theory). The neutral sentences here are of those three shapes; any flag in the
author's voice on them is a false alarm.

Sentences quoted verbatim (trimmed to a sentence boundary; page spacing and typos kept) from public pages of the
stored "pages" corpus of the search tools; no address is used by an earlier rhetoric set or by `train/`, and no
sentence shares a run of eight words with them (checked before the commit). Pages that copy a copyrighted book
were left out; each record is a short quotation with its address, as in the earlier sets.

The real sentences (so that recall and precision are measurable on the same topics) are from conspiracist and
polemic pages, with every span a reader would mark. They keep the views of their sources, including antisemitic
ones: quoted to be detected, not endorsed. One annotator, one pass, gold written before main or the branch ran on
any of it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, AS, NC, LL, EM, DB = (
    "Conspiracy_Narrative",
    "Antisemitic_Framing",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Exaggeration-Minimisation",
    "Doubt",
)

URLS = {
    "cir": "https://www.ciris.info/learningcenter/totalitarianism/",
    "rtm": "https://review.trendsmask.com/what-is-a-totalitarian-government-95362.html",
    "hls": "https://hlsenteret.no/utstillinger/qr/artikler/english_07.html",
    "chs": "https://chrissysenecal.com/the-rumored-protocols-of-zion",
    "cwk": "http://crimewiki.in/search?category=Crimes&page=8",
    "wks": "https://wikisum.wiki/wiki/Padkhwab-e_Shana_massacre",
    "pqq": "https://paqquita.blogspot.com/2019/01/80-anos-de-la-masacre-franquista-de.html",
    "far": "https://farinatosporlamemoria.jimdofree.com/2016/08/12/croniquilla-del-verano-y-otoño-sangriento-de-1936-necrologio-de-la-1ª-tanda-de-la-alberca/",
    "amh": "https://amhd-tierradebarros.blogspot.com/2023/06/matanzas-franquistas-contra-la_0960330539.html",
    "ghm": "http://guerrilleroshabanosymojitos.blogspot.com/2016/10/80-anos-de-la-masacre-franquista-en.html",
    "lur": "https://luradogrilo.blogspot.com/2015/05/obra-do-partido-comunista-lembrar-maior.html",
    "gue": "http://www.guerraeterna.com/la-trama-del-11m-y-la-tecnica-para-fabricar-una-teoria-de-la-conspiracion/",
    "ejw": "https://ejemploswiki.com/que-es-la-teoria-de-la-conspiracion-significado-y-ejemplos",
    "ddf": "https://definicion.de/totalitarismo",
    "clh": "http://claseshistoria.com/glosario/totalitarismo.htm",
    "esp": "https://escuelapedia.com/?p=3118",
    "qcr": "https://quecaracteristicas.com/etiqueta/unico-lider",
    "tkz": "https://tankezito-xds.blogspot.com/2009/03",
    "wnd": "https://www.wnd.com/2000/05/6446/",
    "iib": "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Anti-Jewish_pogroms_in_the_Russian_Empire",
    "foi2": "http://www.factsofisrael.com/blog/archives/000418.html",
    "cts": "https://conspiracy-theories.site/?p=499",
    "kpd": "https://kampuspedia.com/es/La_leyenda_negra",
    "smi": "http://samuelmiranda.com.mx/leyendanegra.html",
    "akw": "https://akateeminenwebshop.com/tuote/dominguez_arribas/enemigo_judeo_masonico_en_la_propaganda/9788496467989",
    "h4g": "https://heart4god.ws/books/Dragon-Flood/files/basic-html/page150.html",
    "jrb": "https://jrbooksonline.com/Intl_Jew_full_version/ij20.htm",
    "mxi": "https://mexicoinformaislam.blogspot.com/2010/02/el-comunismo-e-izquierdismo-engendro.html?m=1",
    "npr": "https://spain.news-pravda.com/russia/2025/10/18/52622.html",
    "snd": "https://sondas.blog/2021/08/30/la-misma-pelicula-los-mismos-extras/",
    "sat": "https://www.satanicreds.org/satanicreds/slavastalin.html",
    "ech": "http://elcaminodehierro.blogspot.com/2010/12/el-presidente-de-letonia-y-sus-amigos.html",
    "dsq": "http://desesperadamentesequetevoyaamar.blogspot.com/2018/11",
    "dpl": "http://www.dailypaul.com/comment/3447132",
    "klh": "https://killhell.com/?p=3016",
    "gaw": "https://greatawakening.win/p/19A0k32uvY/x/c/4ZGUXpHIdDK?d=50",
    "l4p": "https://luis40pr.wordpress.com/2014/02/18/fdr-knew-about-pearl-harbor-in-advance/",
    "vnn": "http://www.vanguardnewsnetwork.com/2020/03/mass-murderer-and-communist-dictator-v-i-lenin-to-get-statue-erected-to-him-in-gelsenkirchen-germany/",
    "cbn": "https://cubanuestra1.wordpress.com/2022/10/29/el-rol-de-la-masoneria-en-la-revolucion-de-las-13-colonias-inferencias/",
    "fnx": "http://fenix137rls.blogspot.com/2010/07/las-sociedades-secretas-en-la.html",
    "bcu": "http://www.blogcuscatlan.com/2023/06/lo-que-estados-unidos-debe-la-masoneria.html",
}

NEUTRAL = [
    (
        "en",
        "cir",
        "Totalitarianism is a political system in which the state holds total control over every aspect of citizens’ lives and seeks to stamp out all opposition.",
    ),
    (
        "en",
        "cir",
        "It is characterized by a highly centralized, autocratic government, a one-party political system, strict control over the economy, propaganda and censorship, and the widespread use of secret police and a paramilitary force to maintain order.",
    ),
    (
        "en",
        "rtm",
        "Totalitarianism is distinguished from other forms of government, such as dictatorship, despotism, or tyranny, by its supplanting of all political institutions with new ones and its sweeping away of all legal, social, and political traditions.",
    ),
    (
        "en",
        "rtm",
        'The term "totalitarianism" is also sometimes used to refer to movements that manifest extreme dictatorial and fanatical methods, such as cults and forms of religious extremism.',
    ),
    (
        "en",
        "hls",
        "According to medieval myths, the Jews were allies of Satan in a gigantic conspiracy against Christendom.",
    ),
    (
        "en",
        "hls",
        "From the late 18th century this myth had acquired a more secular  form, becoming a part of anti-liberal and anti-revolutionary propaganda.",
    ),
    (
        "en",
        "hls",
        "In the wake of the 1917 Russian Revolution such anti-Semitic conspiracy fantasies gained additional ground.",
    ),
    (
        "en",
        "hls",
        "The Protocols made their way into Western Europe and the United States through Russian emigrées after the 1917 revolution.",
    ),
    (
        "en",
        "hls",
        "Composed of disparate texts with no connection to the Jews, the Protocols were  proved to be a forgery already in 1921.",
    ),
    (
        "en",
        "chs",
        "The American car manufacturer Henry Ford funded the publication of half a million copies in the 1920s, and Adolf Hitler used the _Protocols_ in _Mein Kampf_ to critisize Jewish people.",
    ),
    ("en", "chs", "In fact, Nazis taught the document as fact to German students in the 1930s."),
    (
        "en",
        "cwk",
        "The Rumbula massacre is a collective term for incidents on November 30 and December 8, 1941, in which about 25,000 Jews were murdered in or on the way to Rumbula forest near Riga, Latvia, during the Holocaust.",
    ),
    (
        "en",
        "cwk",
        "The Rumbula massacre was carried out by the Nazi Einsatzgruppe A with the help of local collaborators of the Arajs Kommando, with support from other such Latvian auxiliaries.",
    ),
    ("en", "cwk", "The period also witnessed violence between groups loyal to the British and Burmese nationalists."),
    (
        "en",
        "wks",
        "The people were murdered in what was described as Soviet reprisals against civilians for anti-communist resistance members and their military actions aimed against the Red Army.",
    ),
    (
        "en",
        "wks",
        "The Soviet Army then fired with machine guns at the entrances, causing massive explosions of the canals.",
    ),
    ("en", "wnd", "George Knupffer, a Russian emigre, was an early advocate of this view."),
    ("en", "wnd", "Henry Ford was an early convert to this claim."),
    ("en", "iib", "The 1821 Odessa pogroms are sometimes considered the first pogroms."),
    (
        "en",
        "iib",
        "After the execution of the Greek Orthodox patriarch, Gregory V, in Constantinople, 14 Jews were killed in response.",
    ),
    (
        "en",
        "iib",
        'To circumvent censorship, these pogroms were referred to in the Jewish press as the "Storms in the South" or "Storms in the Negev" (Hebrew: הסופות בנגב, Sufot',
    ),
    (
        "en",
        "foi2",
        "Hundreds of Jews are killed, thousands are wounded and over forty thousand homes and shops are destroyed in the rioting.",
    ),
    ("en", "foi2", "The violence usually consisted of looting, assault, arson, rape, and murder (Ritter)."),
    (
        "en",
        "cts",
        "Historically, the name “Illuminati” most closely refers to the Bavarian Illuminati, a short-lived secret society founded by Adam Weishaupt in 1776 in Bavaria.",
    ),
    (
        "en",
        "cts",
        "That society had Enlightenment-era aims (opposition to clerical power, promotion of reason) and was formally suppressed by Bavarian authorities in the 1780s; the historical organization does not appear in the documentary record after the 1780s.",
    ),
    (
        "en",
        "cts",
        "Scholars and reliable reference works treat this as a conspiracy claim rather than an established fact.",
    ),
    (
        "es",
        "pqq",
        "196 hombres y mujeres fueron fusilados por las tropas franquistas en una operación que comenzó el día de Navidad de 1937",
    ),
    (
        "es",
        "pqq",
        "Para desencadenar la matanza el gobernador militar utilizó como excusa un falso complot republicano",
    ),
    (
        "es",
        "far",
        "La matanza de La Alberca se llevó a cabo el día 12 de agosto sobre todo, pero hubo vecinos albercanos eliminados con anterioridad.",
    ),
    ("es", "amh", "Al día siguiente se fusiló a Ángel Moreno Fernández."),
    ("es", "amh", "Desaparecieron sin dejar rastro 4 miembros de una misma familia."),
    (
        "es",
        "ghm",
        "En octubre de 1936, un mínimo de 128 personas fueron fusiladas por las tropas franquistas en Gipuzkoa y enterradas en el cementerio de Hernani.",
    ),
    ("es", "lur", "Las víctimas eran religiosos, políticos, militares jubilados, nobles o católicos."),
    ("es", "gue", "Existe una teoría de la conspiración sobre el término ‘teoría de la conspiración’."),
    ("es", "gue", "En realidad, la expresión ya se utilizaba en inglés a finales del siglo XIX."),
    (
        "es",
        "gue",
        "Su uso aumentó en los años 50 y se extendió con fuerza en la década posterior, cuando los norteamericanos comenzaron a desconfiar de su Gobierno en una época de turbulencias políticas y sociales.",
    ),
    (
        "es",
        "ejw",
        "La teoría de la conspiración se define como una explicación alternativa de un acontecimiento o situación que sugiere que fuerzas ocultas, generalmente con poder, están detrás de lo que parece ser un suceso casual o normal.",
    ),
    (
        "es",
        "ejw",
        "Por ejemplo, tras el atentado del 11 de septiembre, surgieron múltiples teorías que sugerían que el gobierno estadounidense sabía de los ataques o incluso los orquestó.",
    ),
    (
        "es",
        "ddf",
        "Se denomina totalitarismo al régimen que se caracteriza por la concentración de la totalidad de los poderes estatales en el partido gobernante.",
    ),
    (
        "es",
        "ddf",
        "Con el totalitarismo, el Estado ejerce el control de los vínculos y las actividades sociales e impone la ideología oficial de manera coactiva.",
    ),
    ("es", "ddf", "Aquellos que no acatan los mandatos del gobierno totalitario son censurados y reprimidos."),
    (
        "es",
        "ddf",
        "Nacionalista, antidemocrático y corporativista, el fascismo fue definido como totalitario por quienes se oponían a su doctrina.",
    ),
    (
        "es",
        "clh",
        "El grupo que controla el Estado totalitario se vale de instrumentos como la propaganda y la violencia para perpetuarse en el poder.",
    ),
    (
        "es",
        "esp",
        "La idea del totalitarismo como un poder político total a través del Estado fue formulada en 1923 por Giovanni Amendola, que criticó el fascismo italiano como un sistema fundamentalmente diferente de las dictaduras tradicionales.",
    ),
    (
        "es",
        "esp",
        "El término más tarde obtuvo una connotación positiva en los escritos de Giovanni Gentile, el principal teórico del fascismo.",
    ),
    (
        "es",
        "qcr",
        "Los ejemplos más destacados del totalitarismo son la Italia fascista del gobierno de Mussolini, la Alemania nazi de Hitler y la URSS de Stalin.",
    ),
    (
        "es",
        "tkz",
        "El nombre de totalitarismo se conoció en un primer momento en el régimen de la Italia fascista, y se amplió el término para designar también a la Alemania nazi y posteriormente el sistema establecido en la Unión Soviética.",
    ),
    (
        "es",
        "kpd",
        'En "La Leyenda Negra" se emplea por primera vez el concepto de la leyenda negra para referirse al conjunto de propaganda antiespañola que se extendió por Europa a partir del siglo XVI.',
    ),
    (
        "es",
        "kpd",
        'Fue ampliado y reeditado en el mismo año, y en 1917 se publicó una segunda edición a la que se le añadió el capítulo de "La obra de España".',
    ),
    (
        "es",
        "smi",
        "Se designa así a la corriente de opinión antiespañola que se desató en Europa durante los siglos XVI-XVII.",
    ),
    (
        "es",
        "smi",
        "Comenzó siendo una crítica a los abusos cometidos en la conquista de América y derivó luego hacia una crítica general del imperialismo español, en particular de la política de Felipe II.",
    ),
    (
        "es",
        "akw",
        "Aunque en la España de los primeros años del franquismo apenas había judíos ni masones, la propaganda del régimen quiso presentarlos como dos fuerzas estrechamente ligadas que conspiraban sin descanso contra los intereses patrios.",
    ),
    (
        "es",
        "akw",
        "El presente libro estudia la propaganda antisemita y antimasónica de los inicios del franquismo (1936-1945).",
    ),
]

REAL = [
    (
        "en",
        "historical",
        "h4g",
        "Congressman Louis McFadden was an outspoken critic of the banking cartel, and the Federal Reserve.",
        [f("the banking cartel", NC)],
    ),
    (
        "en",
        "historical",
        "h4g",
        "He survived two assassination attempts, only to die in a third attempt when he was poisoned at a banquet.",
        [f("only to die in a third attempt when he was poisoned at a banquet", CN)],
    ),
    (
        "en",
        "historical",
        "h4g",
        "The American government at every turn has worked to establish and expand Communism throughout the world.",
        [
            f(
                "The American government at every turn has worked to establish and expand Communism throughout the world",
                CN,
            )
        ],
    ),
    (
        "en",
        "historical",
        "jrb",
        "Capital is enlisted in their service.",
        [f("Capital is enlisted in their service", AS, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "sat",
        'They are mostly shriveled, diseased-looking, sneering SCUM who hide their JEALOUSY behind a veneer of "scholarly, moral discourse."',
        [f("shriveled, diseased-looking, sneering SCUM", NC)],
    ),
    (
        "en",
        "historical",
        "sat",
        "They are dry, sterile WASTE PRODUCTS who delight in SNEERING all over libraries and, more recently, the Internet, and putting down anyone who DID SOMETHING POSITIVE.",
        [f("dry, sterile WASTE PRODUCTS", NC)],
    ),
    (
        "en",
        "historical",
        "dpl",
        "The Kazars knew to position themselves into high places such as banking, politics, media etc.",
        [
            f(
                "The Kazars knew to position themselves into high places such as banking, politics, media etc",
                AS,
                "infiltration",
            )
        ],
    ),
    (
        "en",
        "historical",
        "dpl",
        "Over time the Kazarians regrouped under the guise of Jews and teamed up with the Semite Hebrews wanting a homeland.",
        [f("the Kazarians regrouped under the guise of Jews", AS, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "dpl",
        "Mission accomplished one thousand years later.",
        [f("Mission accomplished one thousand years later", CN)],
    ),
    (
        "en",
        "historical",
        "klh",
        "The Khazars adopted the religion of the Samaritans or fake Jews around 740 A.D.",
        [f("the Samaritans or fake Jews", AS, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "klh",
        "His so-called “conversion” accompanied by dreams and visions almost mirrored that of the false prophet named Mohammed.",
        [f("His so-called “conversion”", DB), f("the false prophet named Mohammed", NC)],
    ),
    (
        "en",
        "historical",
        "gaw",
        "The mainstream media has been corrupt for a very, very long time, engaging in psyops to undermine the American people from within.",
        [f("engaging in psyops to undermine the American people from within", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "gaw",
        '"FDR is a hero" is just one of their many mind control operations (of course, the National Education Association was fully on board with this one).',
        [f("just one of their many mind control operations", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "l4p",
        "The American public were duped to believe that US entrance into WWII was merely a reaction to the Japanese attack on Pearl Harbor in December of 1941.",
        [f("The American public were duped", CN, "foreknowledge_as_proof")],
    ),
    (
        "en",
        "historical",
        "l4p",
        "In the mass media, this issue is barely raised and if it is, it’s raised to dismiss it as a half-baked “conspiracy theory.”",
        [f("In the mass media, this issue is barely raised", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "vnn",
        "You might think that the murderous, Jewish ideology of communism would be so discredited today that no one would take it seriously.",
        [f("the murderous, Jewish ideology of communism", AS, "ethnic_religious_label")],
    ),
    (
        "es",
        "historical",
        "mxi",
        "En 1897 reunióse en Basilea un gran congreso de los judíos más poderosos con el objeto de establecer las bases definitivas de un plan de dominio universal.",
        [
            f(
                "un gran congreso de los judíos más poderosos con el objeto de establecer las bases definitivas de un plan de dominio universal",
                AS,
                "ethnic_religious_label",
            )
        ],
    ),
    (
        "es",
        "historical",
        "mxi",
        "Todo esto naturalmente ha de estar bajo la influencia sionista.",
        [f("ha de estar bajo la influencia sionista", AS, "ethnic_religious_label")],
    ),
    (
        "es",
        "present",
        "npr",
        "El comunismo no es más que otro de los tentáculos de ingeniería social empleado por dichos protocolos.",
        [f("otro de los tentáculos de ingeniería social empleado por dichos protocolos", CN)],
    ),
    (
        "es",
        "present",
        "snd",
        "El nuevo orden mundial, que ya ha abierto sus negras alas sobre la torta terráquea, se superpondrá al orden mundial anterior establecido por los mismos grupos de poder, por las mismas elites, por la misma plebe espiritual que ha establecido todos los órdenes mundiales.",
        [
            f("ya ha abierto sus negras alas sobre la torta terráquea", LL),
            f("establecido por los mismos grupos de poder, por las mismas elites", CN),
            f("la misma plebe espiritual", NC),
        ],
    ),
    (
        "es",
        "historical",
        "snd",
        "Pronto los cabildeos judíos de occidente entendieron el peligro que suponía para sus florecientes negocios la eliminación de la propiedad privada, el cierre de las iglesias y de la diversión nocturna, ámbitos, por contradictorios que pudieran parecer, en los que tenían entretenidas a las masas, precisamente, de proletarios, burgueses y aristócratas –cada uno en su nivel.",
        [
            f("los cabildeos judíos de occidente", AS, "ethnic_religious_label"),
            f("en los que tenían entretenidas a las masas", CN),
        ],
    ),
    (
        "es",
        "historical",
        "snd",
        "Prefirieron el método de corrompe y vencerás, o quizás el de utilizar los ya poderosos medios de comunicación para hacer creer a esas masas que vivían en la más absoluta libertad y el más hedonista bienestar.",
        [
            f(
                "utilizar los ya poderosos medios de comunicación para hacer creer a esas masas que vivían en la más absoluta libertad",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "es",
        "present",
        "ech",
        "No son pocos los países del Este, dirigidos por delincuentes sin escrúpulos, que intentan prohibir, y algunos lo consiguen, símbolos populares como la hoz y el martillo o incluso camisetas con la imagen de nuestro guerrillero heroico, el che.",
        [f("delincuentes sin escrúpulos", NC)],
    ),
    (
        "es",
        "historical",
        "ech",
        "La izquierda se equivoca si cayendo en la trampa de la apestosa burguesía reniega de su historia como movimiento, incluyendo sus páginas más gloriosas escritas en la Unión de Repúblicas Socialistas Soviéticas.",
        [f("la apestosa burguesía", NC)],
    ),
    (
        "es",
        "present",
        "dsq",
        "Es la consecuencia del progresismo que entregó a la clase trabajadora a las fauces de las bestias negras del militarismo brasilero.",
        [f("las bestias negras del militarismo brasilero", NC)],
    ),
    (
        "es",
        "historical",
        "cbn",
        "Detalle curioso es como la masonería que participaba del lado “colonialista” se dejaba vencer por los independentistas.",
        [
            f(
                "la masonería que participaba del lado “colonialista” se dejaba vencer por los independentistas",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "historical",
        "cbn",
        "Para eso fue que sirvió la festinada “independencia”.",
        [f("la festinada “independencia”", DB)],
    ),
    (
        "es",
        "historical",
        "cbn",
        "Teniendo en cuenta que con la masonería se trata de una cofradía al servicio exclusivo de la corona británica, y el modo en que se involucraron en aquella “revolución” norteamericana los reinos de Francia y España, unidos por el pacto de familia Borbón, todo parece haber sido una maniobra de infiltración contra las últimas dos naciones, usando para ello el supuesto aliado recién nacido de Estados Unidos.",
        [
            f(
                "la masonería se trata de una cofradía al servicio exclusivo de la corona británica",
                CN,
                "secret_society",
            ),
            f(
                "todo parece haber sido una maniobra de infiltración contra las últimas dos naciones",
                CN,
                "infiltration",
            ),
        ],
    ),
    (
        "es",
        "historical",
        "fnx",
        'Los Estados Unidos logran el primer espacio emancipado del continente: los "illuminati" (iluminados de Baviera) son determinantes en ese proceso que hacía parte de su Nuevo Orden Mundial: nada menos que unificar el mundo en materia geopolítica, militar, monetaria y filosófica alrededor de ellos.',
        [
            f(
                'los "illuminati" (iluminados de Baviera) son determinantes en ese proceso que hacía parte de su Nuevo Orden Mundial',
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "historical",
        "fnx",
        'No sabemos los profanos si la sociedad de los "illuminati" infiltró a la masonería (que era su intención) o si ésta última sola y directamente es la que promueve la Revolución Francesa.',
        [f("ésta última sola y directamente es la que promueve la Revolución Francesa", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "bcu",
        "La diferencia es que esta fue una independencia cuyos planificadores y ejecutores fueron masones.",
        [f("una independencia cuyos planificadores y ejecutores fueron masones", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "bcu",
        "En las guerras independentistas los líderes, sin embargo, además de raza blanca, fueron casi todos masones.",
        [f("fueron casi todos masones", CN, "secret_society")],
    ),
]

if __name__ == "__main__":
    write_blind_set("blind16h", REAL, NEUTRAL, URLS)
