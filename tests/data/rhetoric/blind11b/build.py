# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind11b_real.jsonl` and `blind11b_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind11b/build.py  (writes next to this folder).

Issue #16, 16y: the blind set of the round that retrains the span tagger on the retired sets with hard
negatives and chooses its thresholds per language and technique by cross-validation. Written before any run
of main or the branch on it, from pages found for it with the search tools' "pages" corpus. Real (es): the
masonic hand behind the Spanish-American independences, Soros and the globalist "gobierno en la sombra",
the Agenda 2030 and the Foro Económico Mundial, anticommunist invective against the "izquierda
totalitaria", Chavist and anti-imperialist invective against the "imperio yanqui". Real (en): the New
World Order and depopulation, the Great Reset, a cabal owning the media, Zionist control of Congress, 9/11
as planned by insiders, the 1949 HUAC booklet and Gerald L. K. Smith's "Dangerous Enemies". Neutral
(hard negatives of the retired-data tagger's class, a historian describing a conspiracy topic): the
Reichstag fire and the communist plot Hitler alleged, the Doctors' plot, the Dreyfus affair, Katyn and
the Soviet propaganda that blamed the Germans, NKVD Order 00447 and the show trials, Der Stürmer, the
Rothschild-Waterloo legend. Every address was checked against every `url` of the other rhetoric sets, of
train/ (with the 16y hard negatives) and of the blind11 set written in parallel (none existed then);
no page is shared. Sentences are verbatim (a page's line breaks joined by a space, citation marks after
the final stop dropped). Attributed spans name their speaker as the page gives it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, DO, AF, AS, EM, GA, QR, CO = (
    "Conspiracy_Narrative",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
    "Antisemitic_Framing",
    "Exaggeration-Minimisation",
    "Guilt_by_Association",
    "Questioning_the_Reputation",
    "Causal_Oversimplification",
)

ES_REAL = [
    # imperiumnews 2020: masonería e independencias
    (
        "es",
        "historical",
        "imp20",
        "Al contrario de lo que la leyenda negra nos quiere hacer creer, las independencias de los virreinatos americanos no fueron una gesta organizada por la gente del pueblo, es decir, que la población de esas provincias españolas nunca tuvo esa ocurrencia, no fue un acto del pueblo, sino que más bien fueron golpes de estado organizados por miembros de la masonería con el apoyo incondicional de esa entidad, que en el fondo es una secta gnóstica, como muy bien refleja León XIII en la Humanum Genus.",
        [
            f("nos quiere hacer creer", DO),
            f(
                "fueron golpes de estado organizados por miembros de la masonería con el apoyo incondicional de esa entidad",
                CN,
                "secret_society",
            ),
            f("en el fondo es una secta gnóstica", NC),
        ],
    ),
    (
        "es",
        "historical",
        "imp20",
        "Esta gesta llevada a cabo por España nunca fue perdonada por la masonería.",
        [f("nunca fue perdonada por la masonería", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "imp20",
        "España unió, en lugar de someter, a un continente, al contrario de la práctica masónica que es desunir para vencer.",
        [f("la práctica masónica que es desunir para vencer", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "imp20",
        "En el nuevo proceso masónico de recuperar todo lo precolombino, no estaría mal preguntarse si también querrán recuperar los sacrificios humanos.",
        [
            f("En el nuevo proceso masónico", CN, "secret_society"),
            f("si también querrán recuperar los sacrificios humanos", AF),
        ],
    ),
    # imperiumnews 2024: descubriendo a la masonería XIII
    (
        "es",
        "historical",
        "imp24",
        "Una de las perversiones más surrealistas del mal, o del diablo, o de sus seguidores, es la táctica de culpar a los demás de acciones que ellos mismos han cometido.",
        [f("Una de las perversiones más surrealistas del mal, o del diablo, o de sus seguidores", LL)],
    ),
    (
        "es",
        "historical",
        "imp24",
        "Esto es un paradigma clásico de los inventores de la «leyenda negra».",
        [f("los inventores de la «leyenda negra»", NC)],
    ),
    (
        "es",
        "historical",
        "imp24",
        "Requiere un alto grado de maldad o perversión (no avergonzarse del mal causado y encima culpar al inocente de eso mismo), pero es tan real como la vida misma.",
        [f("Requiere un alto grado de maldad o perversión", LL)],
    ),
    (
        "es",
        "historical",
        "imp24",
        "De esto acusan a España, pero ellos son los profesionales en hacerlo.",
        [f("ellos son los profesionales en hacerlo", QR)],
    ),
    # limiste.com: la masonería cumple 300 años
    (
        "es",
        "historical",
        "limiste",
        "Un siglo, también, en el que el otrora Imperio español se desmorona de manera fatídica, merced en gran medida a aquellos siniestros, cobardes y cortoplacistas borbones, padre e hijo, que traicionaron la dignidad de un pueblo.",
        [
            f("aquellos siniestros, cobardes y cortoplacistas borbones", NC),
            f("que traicionaron la dignidad de un pueblo", LL),
        ],
    ),
    (
        "es",
        "historical",
        "limiste",
        "Pero lo sucedido no fue sólo culpa de la actuación felona de aquellos monarcas.",
        [f("la actuación felona", LL)],
    ),
    (
        "es",
        "historical",
        "limiste",
        "Los ingleses nunca perdonaron nuestro Descubrimiento y la masonería fue el instrumento que utilizaron para fustigar al acérrimo enemigo.",
        [f("la masonería fue el instrumento que utilizaron para fustigar al acérrimo enemigo", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "limiste",
        "Así desde un principio, a diferencia de lo que ocurre en el caso inglés, o incluso en el caso francés, donde siempre se vio con buenos ojos el expansionismo colonial, la masonería se ha encargado de criminalizar todo aquello relacionado con el Imperio español.",
        [
            f(
                "la masonería se ha encargado de criminalizar todo aquello relacionado con el Imperio español",
                CN,
                "secret_society",
            )
        ],
    ),
    # votoenblanco: a la izquierda totalitaria le falta un Nuremberg
    (
        "es",
        "present",
        "voto",
        'Sin ese juicio que les hubiera condenado ante la Historia como asesinos, los actuales seguidores de la izquierda radical, hijos todos del marxismo leninismo, pueden permitirse la desfachatez de sentirse y presentarse ante la opinión pública como "heroes" populares y defensores del progreso, cuando en realidad deberían avergonzarse de ser herederos de una extirpe insuperable de asesinos.',
        [f("la desfachatez", LL), f('"heroes"', DO), f("herederos de una extirpe insuperable de asesinos", NC)],
    ),
    (
        "es",
        "historical",
        "voto",
        "Le sigue otro de la misma cuerda, el asesino soviético José Stalin.",
        [f("el asesino soviético José Stalin", NC)],
    ),
    (
        "es",
        "historical",
        "voto",
        "El criminal Hitler ocuparía el tercer lugar, mientras que el cuarto es de otro delincuente de inspiración marxista-leninista, el camboyano Pol Pot.",
        [f("El criminal Hitler", NC), f("otro delincuente de inspiración marxista-leninista", NC)],
    ),
    (
        "es",
        "present",
        "voto",
        'Para los expertos, resulta evidente que los asesinos de la bancada de la izquierda totalitaria son más eficientes y crueles que los de la derecha totalitaria, pero, sin embargo, los de la derecha "fascista" arrastran la peor fama, consecuencia de un eficaz trabajo de propaganda y engaño desarrollado por las izquierdas, que siempre han sido magistrales e insuperables en las',
        [
            f("los asesinos de la bancada de la izquierda totalitaria", NC),
            f(
                "consecuencia de un eficaz trabajo de propaganda y engaño desarrollado por las izquierdas",
                CN,
                "media_cover_up",
            ),
        ],
    ),
    # derechociudadanoadecidir: la sonrisa sangrienta de Podemos
    (
        "es",
        "present",
        "dcad",
        "Habitualmente sus editores se deleitan de forma tendenciosa en el cruel y cínico escarnecimiento de todos los políticos de derechas y, al mismo tiempo, de las personas y grupos de confesión católica.",
        [f("se deleitan de forma tendenciosa en el cruel y cínico escarnecimiento", LL)],
    ),
    (
        "es",
        "present",
        "dcad",
        "Lo más significativo es que olvidan hacerlo también con los numerosos delincuentes y desalmados parásitos que nutren las filas de las diversas organizaciones de izquierdas.",
        [
            f(
                "los numerosos delincuentes y desalmados parásitos que nutren las filas de las diversas organizaciones de izquierdas",
                NC,
            )
        ],
    ),
    (
        "es",
        "present",
        "dcad",
        "No sabemos si es porque comparten las “ideas” de esos fanáticos malnacidos o por cobardía ante sus violentas reacciones.",
        [f("las “ideas”", DO), f("esos fanáticos malnacidos", NC)],
    ),
    # metropolitan.radio: ladrones de almas
    (
        "es",
        "present",
        "metro",
        "No creo que la utilización del término espectro por Marx fuera casual, pues el comunismo, como si del anticristo se tratase, es un espectro en sí mismo, un fantasma diabólico y gris que viene a robar el alma de las gentes, un veneno que se va inoculando en el cerebro del pueblo, una lobotomía que convierte a las personas en seres despojados de toda capacidad de pensar por sí mismas y de moral propia.",
        [
            f("como si del anticristo se tratase", GA),
            f(
                "un fantasma diabólico y gris que viene a robar el alma de las gentes, un veneno que se va inoculando en el cerebro del pueblo, una lobotomía",
                LL,
            ),
        ],
    ),
    (
        "es",
        "present",
        "metro",
        "Como un cáncer, el comunismo elimina todo tipo de creencias al tiempo que destruye la soberanía y la identidad nacional, así como las tradiciones morales y culturales de la humanidad conduciendo al hombre hasta su destrucción.",
        [f("Como un cáncer", NC), f("conduciendo al hombre hasta su destrucción", AF)],
    ),
    (
        "es",
        "present",
        "metro",
        "Esta intoxicación de la mente se va produciendo de una manera muy sutil, llegando a la miseria humana y a vivir en la posverdad construida con ese objetivo, de modo que siempre hará creer a la humanidad que la historia solo la escriben los vencedores y por tanto, es tan solo un artificio.",
        [f("Esta intoxicación de la mente", LL), f("la posverdad construida con ese objetivo", CN)],
    ),
    (
        "es",
        "present",
        "metro",
        "Trasladado todo esto a la España actual, la izquierda radical española se ha convertido ya en el peor enemigo a batir.",
        [f("el peor enemigo a batir", AF)],
    ),
    # adoracionyliberacion: barbaridades de Bergoglio
    (
        "es",
        "present",
        "adora",
        "Aquí les dejamos la recentísima “bendición” del Papa; en la que un cismático oriental, y un seglar hereje luterano “co-bendicen” junto a Francisco.",
        [f("“bendición”", DO), f("un seglar hereje luterano", NC)],
    ),
    ("es", "present", "adora", "Nueva burla grotesca.", [f("Nueva burla grotesca", LL)]),
    (
        "es",
        "present",
        "adora",
        "Si Francisco, como está más que demostrado, simpatiza con la diabólica agenda 2030 de la ONU.",
        [f("la diabólica agenda 2030 de la ONU", LL)],
    ),
    # profesionalesetica: Foro Económico Mundial
    (
        "es",
        "present",
        "profe",
        "Lamentablemente, detrás de esos 17 ODS hay mucha “letra pequeña”.",
        [f("detrás de esos 17 ODS hay mucha “letra pequeña”", CN)],
    ),
    (
        "es",
        "present",
        "profe",
        "Estamos ante un proyecto liberticida, que atenta contra nuestra forma de vida, costumbres, cultura, economía, industria…",
        [
            f("un proyecto liberticida", NC),
            f("que atenta contra nuestra forma de vida, costumbres, cultura, economía, industria", AF),
        ],
    ),
    (
        "es",
        "present",
        "profe",
        "En definitiva, la implementación de un Nuevo Orden Mundial (NOM), donde las élites lo tendrán todo y el resto de la humanidad no tendremos nada pero seremos ¿¿felices??.",
        [
            f("la implementación de un Nuevo Orden Mundial (NOM), donde las élites lo tendrán todo", CN),
            f("¿¿felices??", DO),
        ],
    ),
    (
        "es",
        "present",
        "profe",
        "Se trata, pues, de una “chinarización” de toda la población del planeta, cuya demografía se controla; en base a un socialismo “moderno”, que inventa nuevos derechos para sustituir a los que se nos van anulan",
        [f("una “chinarización” de toda la población del planeta", NC), f("cuya demografía se controla", CN)],
    ),
    # paperblog: el proyecto Soros
    (
        "es",
        "present",
        "paper",
        "Soros es la cara más visible de ese grupo de magnates que son un potente gobierno en la sombra, capaz de influir sobre muchos países, alterar su estabilidad y hasta cambiar resultados electorales, o inducir golpes de estado para construir lo que algunos llaman el Nuevo Orden Mundial, porque eso les permitirá el control de sociedades pequeñas, desestructuradas y débiles, reduciendo sus problemas e incrementando sus beneficios.",
        [
            f("ese grupo de magnates que son un potente gobierno en la sombra", CN, "hidden_financiers"),
            f("inducir golpes de estado para construir lo que algunos llaman el Nuevo Orden Mundial", CN),
        ],
    ),
    (
        "es",
        "present",
        "paper",
        "Hemos visto sus manos y su dinero en disturbios y “revoluciones”.",
        [f("Hemos visto sus manos y su dinero en disturbios y “revoluciones”", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        "paper",
        "Son los que ponen en cuestión la viabilidad de las naciones, abogan por destruir la cohesión social, por multiplicar las diferencias, por censurar las opiniones e imponer el pensamiento obligatorio.",
        [
            f(
                "abogan por destruir la cohesión social, por multiplicar las diferencias, por censurar las opiniones e imponer el pensamiento obligatorio",
                AF,
            )
        ],
    ),
    # elsiglo.com.gt: soberanía y la crisis del siglo XXI
    (
        "es",
        "present",
        "elsiglo",
        "La figura de George Soros, magnate financiero y filántropo, se ha convertido en el emblema de esta metamorfosis del poder global, símbolo de la alianza entre el capital especulativo y la ingeniería social progresista.",
        [f("la alianza entre el capital especulativo y la ingeniería social progresista", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        "elsiglo",
        "Ya no se trata de la ocupación de territorios, sino de la colonización de conciencias.",
        [f("la colonización de conciencias", LL)],
    ),
    (
        "es",
        "present",
        "elsiglo",
        "Soros encarna, como pocos, ese paradigma del poder que se presenta como benefactor, pero opera como reordenador silencioso del mundo.",
        [f("opera como reordenador silencioso del mundo", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        "elsiglo",
        "El financiamiento de fundaciones, universidades, medios y organizaciones de verificación de información no es un gesto inocente.",
        [f("no es un gesto inocente", CN)],
    ),
    # cubaperiodistas: Soros y la pesadilla de juguete
    (
        "es",
        "present",
        "cubap",
        "Nada en política es casual y menos aun lo que sucede en internet en la actualidad: está claro que de esta forma se intenta tapar una gran verdad en torno a una figura de oscura data, cuyos manejos alrededor del globo siguen una lógica individualista y secreta.",
        [
            f("Nada en política es casual", CN, "nothing_is_chance"),
            f("se intenta tapar una gran verdad", CN, "media_cover_up"),
            f(
                "una figura de oscura data, cuyos manejos alrededor del globo siguen una lógica individualista y secreta",
                CN,
            ),
        ],
    ),
    (
        "es",
        "present",
        "cubap",
        "En lo adelante, Soros, alumno preferido, llevará hasta sus consecuencias más radicales e incluso antiliberales las tesis de su profesor y para ello fundará, con dinero proveniente de la élite británica y con la anuencia de los servicios secretos occidentales, la “Open society”, una supuesta organización no gubernamental que comenzó rápidamente su ascenso contra el comunismo, al calor de la guerra fría.",
        [
            f(
                "con dinero proveniente de la élite británica y con la anuencia de los servicios secretos occidentales",
                CN,
                "hidden_financiers",
            ),
            f("una supuesta organización no gubernamental", DO),
        ],
    ),
    # tausiet: George Soros
    (
        "es",
        "present",
        "tausiet",
        "Soros, Sumo Hacedor de la decadencia del mundo occidental y de la Europa buenista, entreguista y oligárquica.",
        [
            f("Sumo Hacedor de la decadencia del mundo occidental", NC),
            f("la Europa buenista, entreguista y oligárquica", NC),
        ],
    ),
    # elopinadero: Soros
    (
        "es",
        "present",
        "opinadero",
        "Soros al igual que otros magnates vienen aplicando políticas de a fines de “buenas causas” como la de los migrantes, lucrándose de la miseria humana, para quedarse con sus tierras, para la explotación de los recursos naturales, sobre todo en el tema energético, ONGs que apoyan económicamente los desplazamientos y los lugares de albergue.",
        [
            f("“buenas causas”", DO),
            f("lucrándose de la miseria humana", LL),
            f("para quedarse con sus tierras", CN, "hidden_financiers"),
        ],
    ),
    (
        "es",
        "present",
        "opinadero",
        "Se han convertido en instrumentos de manipulación económico y político, dirigido a imponer mesianismos proféticos desde una revolución proletaria, posibilitando una lucha ideológica que cree una brecha, entre la “izquierda progresista” y una “derecha conservadora”.",
        [f("instrumentos de manipulación económico y político, dirigido a imponer mesianismos proféticos", CN)],
    ),
    # ratebol: el imperialismo yanqui
    (
        "es",
        "historical",
        "ratebol",
        "Si analizamos fríamente la historia latinoamericana nos toparemos con que el imperio yanqui, sistemáticamente desde un principio ha trabajado furtivamente y en forma maquiavélica para expandir su poderío e influencia, y así evitar por todos los medios posibles una posible coalición o confederación de naciones en el Cono Sur, ya que para ellos desde un principio fue un objetivo central mantener a todos los pueblos latinoamericanos separados, distanciados y hasta peleados, el uno contra el otro, para ellos poder beneficiarse de nuestro atraso y miseria (divide y reinarás).",
        [
            f("el imperio yanqui", NC),
            f("ha trabajado furtivamente y en forma maquiavélica", CN),
            f("para ellos poder beneficiarse de nuestro atraso y miseria", CO),
        ],
    ),
    (
        "es",
        "historical",
        "ratebol",
        "Es por esta razón que EEUU tuvo y aún tiene mucho poder dominante, mucha influencia e injerencia abusiva sobre la misma política interna de los diferentes gobiernos democráticos en la mayoría de las naciones y pueblos latinoamericanos.",
        [f("injerencia abusiva", LL)],
    ),
    # aporrea a189108
    (
        "es",
        "present",
        "apo1",
        "Está suficientemente demostrado que el afán de poder y de dominación del imperialismo estadounidense no tiene fin, es insaciable; aún cuando es derrotado (Corea, Cuba, Vietnam, Chile cuando Allende,) persiste en sus objetivos de sometimiento y dominación de países; pareciera que no se diera por enterado de los rechazos y derrotas que le manifiestan y propinan los pueblos; esta condición es concupiscente con su naturaleza avariciosa y, por demás, prepotente.",
        [f("no tiene fin, es insaciable", EM), f("su naturaleza avariciosa y, por demás, prepotente", LL)],
    ),
    (
        "es",
        "present",
        "apo1",
        "En buen criollo, es terco como una mula, por ello no aprende y nunca aprenderá.",
        [f("es terco como una mula, por ello no aprende y nunca aprenderá", NC)],
    ),
    (
        "es",
        "present",
        "apo1",
        "Por supuesto, esta terquedad, responde, a la internalización, bien profunda y perversa, que tiene la clase dirigente estadounidense, de ser acreedora de un supuesto mandato divino, el del destino manifiesto, que lalleva a erigirse en guía conductora del mundo, particularmente, de América Latina y el Caribe, considerada, históricamente, como su patio trasero.",
        [f("bien profunda y perversa", LL)],
    ),
    (
        "es",
        "present",
        "apo1",
        "He allí un ingrediente fundamental de la avasallante ideología estadounidense, que impregna el desarrollo capitalista imperialista de esa nación.",
        [f("la avasallante ideología estadounidense", LL)],
    ),
    (
        "es",
        "historical",
        "apo1",
        "En los casos arriba mencionados, se hace ostensible como: en 1953, los yanquis, tuvieron que salir atropelladamente de lo que es hoy Corea del Norte para acantonarse en la región sur de la península coreana, para desde allí acosar durante más de 60 años al pueblo norcoreano; en 1961 fue derrotada la invasión a Cuba, por Bahía de Cochinos, organizada por la CIA, y como respuesta mantienen un criminal bloqueo al pueblo cubano, desde hace 52 años, repudiado por el mundo entero; en Vietnam, a comienzos de los años setenta, recibieron la derrota militar y política más vergonzante que se le haya infringido a los EEUU en su derrotero imperial, pero ahí están, en la región indochina, tratando de doblegar, por otros medios, al pueblo vietnamita; y en, Chile, en 1970, fue derrotada electoralmente la política proestadounidense por la Unidad Popular, liderada por el Compañero Presidente",
        [f("un criminal bloqueo", LL), f("la derrota militar y política más vergonzante", EM)],
    ),
    # aporrea a17297
    (
        "es",
        "historical",
        "apo2",
        "¡Cuantos siglos de dominio vivió nuestra América vilipendiada, despojada y destruida por el imperio español!",
        [f("vilipendiada, despojada y destruida", LL)],
    ),
    (
        "es",
        "historical",
        "apo2",
        "Nuestros indígenas maltratados, muertos y despojados con las más inhumanas y brutales prácticas del conquistador, fueron la prueba más fehaciente de la aterradora potestad del amo usurpador.",
        [
            f("las más inhumanas y brutales prácticas del conquistador", LL),
            f("la aterradora potestad del amo usurpador", LL),
        ],
    ),
    (
        "es",
        "historical",
        "apo2",
        "Un grupo de bandoleros, financiados por la corona española, llegaron a tierras americanas y generaron la tragedia más dura y triste, que pudo suceder en la historia de nuestros pueblos e incluso de todos los pueblos del mundo.",
        [
            f("Un grupo de bandoleros", NC),
            f(
                "la tragedia más dura y triste, que pudo suceder en la historia de nuestros pueblos e incluso de todos los pueblos del mundo",
                EM,
            ),
        ],
    ),
    (
        "es",
        "historical",
        "apo2",
        "Los nuevos bandoleros, debían ordenar la sociedad a su manera, ya fortalecidos con apátridas nacionales.",
        [f("Los nuevos bandoleros", NC), f("apátridas nacionales", NC)],
    ),
    # aporrea a45042
    (
        "es",
        "present",
        "apo3",
        "En este país las banderas de la democracia ocultan la hegemonía imperialista de la minoría privilegiada sobre la mayoría oprimida.",
        [f("las banderas de la democracia ocultan la hegemonía imperialista de la minoría privilegiada", CN)],
    ),
    (
        "es",
        "present",
        "apo3",
        "La lucha contra las atrocidades de la oligarquía-fascista, sólo el pueblo organizado las puede llevar a cabo.",
        [f("las atrocidades de la oligarquía-fascista", NC)],
    ),
    (
        "es",
        "present",
        "apo3",
        "Profesan el odio, porque no otra fuerza puede moverlos a servir al orden permanente de la injusticia.",
        [f("Profesan el odio", QR)],
    ),
    (
        "es",
        "present",
        "apo3",
        "Buscan la protección del Imperialismo “democrático” para que los proteja y están dispuestos a jugar el papel que este les ordene.",
        [
            f("Imperialismo “democrático”", DO),
            f("están dispuestos a jugar el papel que este les ordene", CN, "puppet_agent"),
        ],
    ),
    # partidofeminista
    (
        "es",
        "present",
        "pfem",
        "Estados Unidos no ha intervenido en Latinoamérica: la ha depredado.",
        [f("la ha depredado", LL)],
    ),
    (
        "es",
        "historical",
        "pfem",
        "No hablamos de errores ni de desviaciones, sino de una política imperial sostenida, aplicada con violencia, envuelta en mentiras y legitimada siempre por una retórica moral que se descompone al primer contraste con la realidad.",
        [f("envuelta en mentiras", LL)],
    ),
    (
        "es",
        "historical",
        "pfem",
        "La Doctrina Monroe, formulada en 1823, nunca fue un escudo frente al colonialismo europeo: fue una escritura de propiedad.",
        [f("fue una escritura de propiedad", LL)],
    ),
    (
        "es",
        "historical",
        "pfem",
        "Cuando la sumisión no se consigue por las buenas, se impone por la fuerza.",
        [f("Cuando la sumisión no se consigue por las buenas, se impone por la fuerza", CO)],
    ),
    # inmediaciones
    (
        "es",
        "historical",
        "inmed",
        "En el contexto latinoamericano, el genocida imperialismo estadounidense ha sido el principal agente de esta dominación y opresión, violando sistemática y ilegalmente el derecho internacional liberal, la libre autodeterminación de los pueblos y reeditando sus políticas guerreristas, invasoras y terroristas.",
        [
            f("el genocida imperialismo estadounidense", NC),
            f("sus políticas guerreristas, invasoras y terroristas", LL),
        ],
    ),
    (
        "es",
        "historical",
        "inmed",
        "La neocolonial Doctrina Monroe, proclamada en 1823 por el presidente estadounidense James Monroe, estableció el principio de “América para los americanos”, advirtiendo a las potencias europeas en declive que no intervinieran en los asuntos del continente; sin embargo, en la práctica se convirtió en un perverso instrumento de dominación de Estados Unidos sobre América Latina, legitimando su cruel injerencia política, económica y militar bajo el pretexto de proteger la independencia regional (Monroe, 1823).",
        [f("un perverso instrumento de dominación", LL), f("su cruel injerencia", LL)],
    ),
    (
        "es",
        "present",
        "inmed",
        "Venezuela, bajo la Revolución Bolivariana iniciada por el comandante Hugo Chávez Frías en 1999, encarna la resistencia antiimperialista, defendiendo su soberanía frente a las cobardes amenazas y arbitrarias agresiones de Washington.",
        [f("las cobardes amenazas y arbitrarias agresiones de Washington", LL)],
    ),
]

EN_REAL = [
    # 8kun
    (
        "en",
        "present",
        "8kun",
        "You realize the world is under-going an occult ritual disguised as social experimentation, right?",
        [f("the world is under-going an occult ritual disguised as social experimentation", CN)],
    ),
    (
        "en",
        "present",
        "8kun",
        "Government corruption, society divided on every issue, male and female gender norms destroyed, race-mixing…they're erasing, on a global scale, human identity.",
        [f("they're erasing, on a global scale, human identity", AF)],
    ),
    (
        "en",
        "present",
        "8kun",
        "The goal is redefining the human as willfully weak, degenerate, morally unsound, and pursuing their animal desires above all others.",
        [f("The goal is redefining the human as willfully weak, degenerate, morally unsound", CN)],
    ),
    (
        "en",
        "present",
        "8kun",
        "Either way, these traitors will receive nothing but what they truly deserve for their disloyalty.",
        [f("these traitors", NC)],
    ),
    (
        "en",
        "present",
        "8kun",
        "When humanity devolves back to a feral state the great culling may begin.",
        [f("the great culling may begin", AF)],
    ),
    (
        "en",
        "present",
        "8kun",
        "The matter is more complex than put here but generally if your family had limitless wealth and influence, over several generations, could you reduce humanity to a passive and animalistic state easily manipulated?",
        [
            f(
                "could you reduce humanity to a passive and animalistic state easily manipulated?",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    # my-covid-story
    (
        "en",
        "present",
        "covid",
        "There is a sinister plan unfolding before our very eyes - to establish a New World Order with a single world government controlled by an unelected group of global elites.",
        [
            f(
                "There is a sinister plan unfolding before our very eyes - to establish a New World Order with a single world government controlled by an unelected group of global elites",
                CN,
            )
        ],
    ),
    (
        "en",
        "present",
        "covid",
        "This is not about ‘vax or no vax’, this is about them and us – united we stand'.",
        [f("this is about them and us", AF)],
    ),
    (
        "en",
        "present",
        "covid",
        "There are many means implemented to achieve this goal including vaccines, irradiated food, GMOs, and others.",
        [f("There are many means implemented to achieve this goal including vaccines, irradiated food, GMOs", CN)],
    ),
    (
        "en",
        "present",
        "covid",
        'It all sounds great when couched in terms like "sustainable development".',
        [f('It all sounds great when couched in terms like "sustainable development"', DO)],
    ),
    # discovery.org
    ("en", "present", "discovery", "They want you demoralized.", [f("They want you demoralized", CN)]),
    ("en", "present", "discovery", "They want you dead.", [f("They want you dead", AF)]),
    (
        "en",
        "present",
        "discovery",
        "Unbelievable and troubling as this is, those who care about life and want the next generations to have the freedom and opportunities that Americans have traditionally enjoyed need to understand who “they” are, what “they” are about, and how “they” operate to bring about global tyranny.",
        [f("how “they” operate to bring about global tyranny", CN)],
    ),
    (
        "en",
        "present",
        "discovery",
        "We are dealing with a spiritual battle between good and evil, truth and falsehood.",
        [f("a spiritual battle between good and evil, truth and falsehood", LL)],
    ),
    (
        "en",
        "present",
        "discovery",
        "The NWO agenda is multi-faceted, the main tenets of which are: depopulation and mass migration; de-Christianizing the West; ending national sovereignty and autonomy; radical reduction of privacy; transforming the natural, free market system into a contrived stakeholder system imposing centralized political control based on environmental, diversity, equity and inclusion, and subjective governance variables — a kind of socialism through the back door.",
        [
            f("The NWO agenda is multi-faceted, the main tenets of which are: depopulation and mass migration", CN),
            f("a kind of socialism through the back door", NC),
        ],
    ),
    (
        "en",
        "present",
        "discovery",
        "Since NWO leaders are godless in their vision and beliefs, they neither relate to nor have respect for God-given unalienable human and civil rights, which for Americans are considered somew",
        [f("NWO leaders are godless in their vision and beliefs", QR)],
    ),
    # redpillarticles
    (
        "en",
        "present",
        "redpill",
        "As the designs of the New World Order become less fuzzy and come into focus with time, a frightening and uttterly anti-human array of agenda items appear.",
        [
            f("the designs of the New World Order", CN),
            f("a frightening and uttterly anti-human array of agenda items", LL),
        ],
    ),
    (
        "en",
        "present",
        "redpill",
        "Those who wish to shed some light on the looming visions of sociopathic madmen glaring down with contempt on the commoners should look no further than Ecoscience, a sprawling, 1051 page book by radical environmentalists Paul Ehrlich and John Holdren, the latter of which who served on the White House Council on Science and Technology in the outgoing, Communist administration of Barack Hussein Obama.",
        [f("sociopathic madmen glaring down with contempt on the commoners", NC), f("Communist administration", NC)],
    ),
    (
        "en",
        "present",
        "redpill",
        "But just because leftist elites and their environmentalist puppets have temporarily taken a back seat doesn’t mean they’ve gone away.",
        [f("leftist elites and their environmentalist puppets", CN, "puppet_agent")],
    ),
    (
        "en",
        "present",
        "redpill",
        "As you well know the enemies of Trump’s populism are chomping at the bit to regain power and institute such insanity as the agenda items you’re about to see.",
        [f("chomping at the bit", LL), f("such insanity", LL)],
    ),
    (
        "en",
        "present",
        "redpill",
        "Meantime, as their bidding is done Western economies are crippled by financiers and humans are managed like cows by encroaching electronic tyranny.",
        [
            f("Western economies are crippled by financiers", CN, "hidden_financiers"),
            f("humans are managed like cows by encroaching electronic tyranny", LL),
        ],
    ),
    (
        "en",
        "present",
        "redpill",
        "In the view of elites and leftists, humans are nothing more than a cancer on the planet.",
        [f("In the view of elites and leftists, humans are nothing more than a cancer on the planet", EM)],
    ),
    # archive.org: 100 Things You Should Know About Communism (HUAC, 1949)
    (
        "en",
        "historical",
        "huac",
        "Today, Communism is a world force governing millions of the human race and threatening to govern all of it.",
        [f("threatening to govern all of it", AF)],
    ),
    (
        "en",
        "historical",
        "huac",
        "Some answers will shock the citizen who has not examined Com- munism closely.",
        [f("Some answers will shock the citizen", AF)],
    ),
    (
        "en",
        "historical",
        "huac",
        "Forty years ago, Communism was just a plot in the minds of a very few peculiar people.",
        [f("a very few peculiar people", NC)],
    ),
    (
        "en",
        "historical",
        "huac",
        "Most answers will infuriate the Communists.",
        [f("Most answers will infuriate the Communists", LL)],
    ),
    # covenantpeoplesministry: Gerald L. K. Smith, Dangerous Enemies
    (
        "en",
        "historical",
        "glks",
        "This book of one hundred pages does not claim to cover the subject in its entirety, but is designed to sensitize good Americans to the dangers which our nation faces, trusting that it will stimulate a further study into the activities of these agitators and propagandists who function as the agents of Stalin, Hitler, and others.",
        [
            f(
                "these agitators and propagandists who function as the agents of Stalin, Hitler, and others",
                CN,
                "puppet_agent",
            )
        ],
    ),
    (
        "en",
        "historical",
        "glks",
        "A few years ago any man who was bold enough to talk about the threat of Communism, and its atheistic, God-ha",
        [f("its atheistic, God-ha", LL)],
    ),
    # paranoidsonline
    (
        "en",
        "present",
        "paranoids",
        '"They control much of the media, they control much of the commerce of the country, and they control powerfully both bodies of the Congress.',
        [
            f(
                "They control much of the media, they control much of the commerce of the country, and they control powerfully both bodies of the Congress",
                AS,
                "ethnic_religious_label",
                "attributed",
                "Jim Traficant",
            )
        ],
    ),
    (
        "en",
        "present",
        "paranoids",
        'They own the Congress."',
        [f("They own the Congress", AS, "ethnic_religious_label", "attributed", "Jim Traficant")],
    ),
    (
        "en",
        "present",
        "paranoids",
        'Former Ohio Congressman Jim Traficant (1985-2002) reveals the obvious when he exposes who really governs America in a 2009 interview on FOX News, shortly after being released from serving a 7-year prison sentence on spurious federal "corruption" charges.',
        [
            f("reveals the obvious when he exposes who really governs America", CN),
            f('spurious federal "corruption" charges', DO),
        ],
    ),
    # entertainmentjack
    (
        "en",
        "present",
        "ejack",
        "As the Israel lobby decides what politicians rule the USA (and the World) by providing them with the funds necessary to run their propaganda campaigns to convince (brain wash) the electorate to vote for and legitimize them as democratic rulers, money buys politicians in the same way to win American elections.",
        [
            f("the Israel lobby decides what politicians rule the USA (and the World)", AS, "ethnic_religious_label"),
            f("(brain wash)", LL),
        ],
    ),
    (
        "en",
        "present",
        "ejack",
        "So, political donations are not charitable, but tax-free calculated briberies.",
        [f("tax-free calculated briberies", LL)],
    ),
    (
        "en",
        "present",
        "ejack",
        "The same super-rich individuals and interest groups that donate money to the politicians they want to buy to run the Democratic World in the direction they wish own the mass media.",
        [
            f(
                "The same super-rich individuals and interest groups that donate money to the politicians they want to buy to run the Democratic World in the direction they wish own the mass media",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    # ivebo
    (
        "en",
        "present",
        "ivebo",
        "The world is run by a vastly powerful and wealthy British-American-European oligarchy of banks, corporations and dynastic families and institutions, which controls much of the wealth of the world.",
        [
            f(
                "The world is run by a vastly powerful and wealthy British-American-European oligarchy of banks, corporations and dynastic families",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "present",
        "ivebo",
        "This cabal dominates finance and commerce, manipulates national currencies and economies, controls the media of most nations, and commands the earth's resources.",
        [
            f(
                "This cabal dominates finance and commerce, manipulates national currencies and economies, controls the media of most nations",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "present",
        "ivebo",
        "Few people are aware of the power and global influence of these oligarchs because they dominate the major media.",
        [f("because they dominate the major media", CN, "media_cover_up")],
    ),
    (
        "en",
        "present",
        "ivebo",
        "As a result, instead of informing us, the media feeds us a steady diet of entertainment, disinformation and lies - to distract us and misdirect us - so that the oligarchy can achieve its plan to dominate the globe.",
        [
            f(
                "the media feeds us a steady diet of entertainment, disinformation and lies - to distract us and misdirect us",
                CN,
                "media_cover_up",
            ),
            f("so that the oligarchy can achieve its plan to dominate the globe", CN),
        ],
    ),
    (
        "en",
        "present",
        "ivebo",
        "Unless we reach beyond the media matrix to find sources that tell us the truth, authoritarian world government run by this powerful oligarchy will become a reality, and we will all be proles in a George Orwell totalitarian world.",
        [f("authoritarian world government run by this powerful oligarchy will become a reality", AF)],
    ),
    # makepakistanbetter
    (
        "en",
        "present",
        "mpb",
        "9/11 was planned by the insiders specifically to blame it on Muslims and pave the way for the wars of aggression and unprecedented level of tyranny and human rights abuse.",
        [
            f("9/11 was planned by the insiders specifically to blame it on Muslims", CN, "engineered_event"),
            f("unprecedented level of tyranny", EM),
        ],
    ),
    (
        "en",
        "present",
        "mpb",
        "While Muslims such as General Musharraf, Islam Karimov, and the spineless Kings, sheikhs and other autocrats have chosed to dance to the tunes from Washington, many non-Muslims have shouldered the responsibility of digging out the truth and exposing the crimes of the warlords.",
        [
            f("the spineless Kings, sheikhs and other autocrats", NC),
            f("dance to the tunes from Washington", CN, "puppet_agent"),
            f("the warlords", NC),
        ],
    ),
    # bogusstory
    (
        "en",
        "present",
        "bogus",
        "Obama has also continued Bush's warmongering against Iran and North Korea, increased fighting in Afghanistan and has increased bombing in Pakistan.",
        [f("Bush's warmongering", LL)],
    ),
    (
        "en",
        "present",
        "bogus",
        'Was the change from 9% to 40% thinking the War in Afghanistan was "a mistake to begin with" solely the result of increased awareness of lies surrounding this war of aggression and the ever mounting financial cost of an endless war?',
        [f("lies surrounding this war of aggression", LL)],
    ),
    (
        "en",
        "present",
        "bogus",
        "It turns out the American perception of the events of September 11, 2001 have also changed over the years and likely accounts for a great part in the renewed thinking that the War in Afghanistan was a mistake to begin with.",
        [],
    ),
    # meritokrata
    (
        "en",
        "present",
        "merito",
        "Not long ago, the almighty Klaus Schwab of the World Economic Forum stood up in public and launched a project called the Great Reset.",
        [f("the almighty Klaus Schwab", NC)],
    ),
    (
        "en",
        "present",
        "merito",
        "In brackets (and it's not written there): you'll rent from Us.",
        [f("you'll rent from Us", CN)],
    ),
    (
        "en",
        "present",
        "merito",
        "The Covid just accelerated this effort, they say, but the naysayers claim it was very much part of the plan.",
        [f("it was very much part of the plan", CN, "engineered_event")],
    ),
    (
        "en",
        "present",
        "merito",
        "One thing is for sure, it plunges everyone into brutal dependency and as has been repeatedly argued, you cannot build a public interest system on dependency, no matter what anyone claims to the contrary.",
        [f("it plunges everyone into brutal dependency", LL)],
    ),
    # tuttletwins
    (
        "en",
        "present",
        "tuttle",
        "There is a group of unelected and very powerful people who are trying to implement their plans for how they think the world economy should be ran.",
        [f("a group of unelected and very powerful people who are trying to implement their plans", CN)],
    ),
    (
        "en",
        "present",
        "tuttle",
        "And their newest idea for a “Great Reset” might be their scariest idea yet.",
        [f("their scariest idea yet", AF)],
    ),
    (
        "en",
        "present",
        "tuttle",
        "And so it’s these kinds of the elite of society, you might say, these politicians and bankers and all these people who are in positions of power and they come together.",
        [
            f(
                "these politicians and bankers and all these people who are in positions of power and they come together",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "present",
        "tuttle",
        "There are other institutions, you know, the builder Bergs and all these things, these kind of high society people who think that the rest of us are like pawns on a chess board to just be moved around at their pleasure.",
        [
            f(
                "who think that the rest of us are like pawns on a chess board to just be moved around at their pleasure",
                CN,
            )
        ],
    ),
    (
        "en",
        "present",
        "tuttle",
        "And he looks like what you would just imagine is one of these supervillains.",
        [f("one of these supervillains", NC)],
    ),
    (
        "en",
        "present",
        "tuttle",
        "But man, when your like actions and your words are evil and then you look like a supervillain and dress the part, like, what are you doing?",
        [f("your words are evil", LL), f("you look like a supervillain", NC)],
    ),
    # artsandopinion
    (
        "en",
        "present",
        "arts",
        "The much-circulated slogan “You will own nothing, and you will be happy” was coined by Danish MP Ida Auken in 2016 and included in a 2016 essay published by the purveyors of the so-called “Great Reset” at the World Economic Forum (WEF) headquartered in Davos, Switzerland.",
        [f("the purveyors of the so-called “Great Reset”", NC)],
    ),
    (
        "en",
        "present",
        "arts",
        "For once the Great Reset has been put in place, we will indeed own nothing except our compelled compliance.",
        [f("we will indeed own nothing except our compelled compliance", AF)],
    ),
    (
        "en",
        "present",
        "arts",
        "Meat and grain will become increasingly rare and we will be dining on cricket goulash and mealworm mash, an entomorphagic feast.",
        [f("we will be dining on cricket goulash and mealworm mash", EM)],
    ),
    (
        "en",
        "present",
        "arts",
        "We will be driving distance-limited electric vehicles rented from the local Commissariat and digitally monitored by Cyber Central—assuming we will still be allowed to drive.",
        [f("the local Commissariat", GA), f("digitally monitored by Cyber Central", AF)],
    ),
    (
        "en",
        "present",
        "arts",
        "Subject to a conceptual misnomer that is nothing but a vacuous abstraction, we will have become “stakeholders”—the WEF’s Klaus Schwab’s favorite word—with no real stake to hold apart from a crutch.",
        [f("nothing but a vacuous abstraction", LL), f("“stakeholders”", DO)],
    ),
    # culturcidal
    (
        "en",
        "present",
        "cultur",
        "The WEF has made headlines because some of its plans sound a lot like creepy delusions of grandeur to the public ear.",
        [f("creepy delusions of grandeur", LL)],
    ),
    (
        "en",
        "present",
        "cultur",
        "Put into “normal human speak,” that sounds like a bunch of out-of-touch elitists describing how they can take advantage of the chaos and death caused by the pandemic to create a new world order to make themselves richer and more powerful at everyone else’s expense.",
        [
            f("a bunch of out-of-touch elitists", NC),
            f(
                "how they can take advantage of the chaos and death caused by the pandemic to create a new world order to make themselves richer and more powerful",
                CN,
            ),
        ],
    ),
    (
        "en",
        "present",
        "cultur",
        "All they need to do is hold their meetings in a dormant volcano, defended by faceless goons with laser rifles, and they could be the villains of any Saturday morning cartoon show in the eighties.",
        [f("they could be the villains of any Saturday morning cartoon show", NC)],
    ),
]

ES_NEUTRAL = [
    (
        "es",
        "natgeo",
        "La fría noche del 27 de febrero de 1933 una espesa nube de humo se levantaba sobre el cielo de Berlín.",
    ),
    (
        "es",
        "natgeo",
        "Alguien alertó a la policía del suceso, que se presentó en la escena y detuvo a Marinus van der Lubbe en los alrededores.",
    ),
    (
        "es",
        "natgeo",
        "Tras ser torturado, Van der Lubbe, un joven comunista desempleado, confesó ser el autor del incendio, por lo que fue condenado a muerte y ejecutado pocos meses después.",
    ),
    (
        "es",
        "natgeo",
        "Hitler había ascendido al poder pocas semanas atrás y utilizó el incendio como arma propagandística contra el comunismo, consiguiendo que se aprobase una ley que le permitió extender la persecución de comunistas por todo el país.",
    ),
    (
        "es",
        "natgeo",
        "Años después se especuló con la posibilidad que hubiese sido el propio Herman Göring el autor del incendio, aunque él mismo lo negó durante el interrogatorio al que fue sometido en los juicios de Núremberg.",
    ),
    (
        "es",
        "sgm",
        "El comunista holandés Marinus van der Lubbe fue detenido, procesado y ejecutado como autor del incendio, pero aún se debate entre los historiadores si realmente lo provocó y, en caso afirmativo, si actuó solo o contó con ayuda.",
    ),
    (
        "es",
        "sgm",
        "En 1932 incluso quiso visitar la Unión Soviética, pero fue detenido en la frontera y enviado de vuelta a Holanda.",
    ),
    (
        "es",
        "sgm",
        "En la noche del lunes 27 de febrero de 1933, los guardias observaron varios pequeños incendios en el edificio del Reichstag.",
    ),
    (
        "es",
        "sgm",
        "Göring ya estaba allí con los bomberos y gritó que aquello era el comienzo de una revolución comunista.",
    ),
    (
        "es",
        "cambio",
        "Poco después de las 21:00 horas de ese lunes por la noche, un peatón que pasaba por el Reichstag (Parlamento) de Berlín dio la alarma al policía Karl Buwert.",
    ),
    (
        "es",
        "cambio",
        "Estos hechos aislados de las actas de investigación sobre el incendio en el Reichstag del 27 de febrero de 1933 son quizá lo único sobre lo que sigue habiendo consenso hasta la fecha, 90 años después.",
    ),
    (
        "es",
        "cambio",
        "Hasta hoy en día, este hecho sigue siendo objeto de un debate encendido entre los historiadores.",
    ),
    ("es", "enigmas", "Los schupos (policías) se apresuran al imponente edificio con los bomberos."),
    (
        "es",
        "enigmas",
        "Al día siguiente del incendio del Reichstag, la policía de Goering exhibió a su culpable, Marinus Van der Lubbe, de veinticuatro años, albañil de oficio, holandés y anarcocomunista.",
    ),
    (
        "es",
        "enigmas",
        "Interrogado por el comisionado Walter Zirpins, admitió los hechos, pero negó haber actuado por orden de los comunistas.",
    ),
    (
        "es",
        "medicos1",
        "Desde 1952 el antisemitismo en la Unión Soviética ―que había estado oficialmente prohibido durante los años anteriores―, empezó a manifestarse de manera más agresiva en la prensa gubernamental y en los discursos políticos, anticipando un cambio total en la política soviética.",
    ),
    (
        "es",
        "medicos1",
        "Once de los condenados fueron judíos, entre ellos el antiguo líder del comunismo checo Rudolf Slánský.",
    ),
    (
        "es",
        "medicos1",
        "En febrero la campaña antijudía es iniciada en los países satélites de la Unión Soviética en Europa Oriental.",
    ),
    (
        "es",
        "medicos1",
        "El propio Beria pidió instrucciones a Stalin debido a la ausencia de sustento para continuar las pesquisas contra los médicos judíos, y el fracaso de las torturas en los interrogatorios para hallar indicios fiables del complot.",
    ),
    (
        "es",
        "medicos2",
        "El Complot de los Médicos (en ruso: Дело врачей; literalmente ‘expediente de los médicos’) es el nombre dado a una supuesta conspiración dirigida por prestigiosos médicos de la Unión Soviética, mayoritariamente de etnia judía, a inicios de 1953.",
    ),
    (
        "es",
        "medicos2",
        "El objetivo de esta conspiración sería asesinar a altos dirigentes políticos soviéticos aprovechando los tratamientos médicos de estos.",
    ),
    (
        "es",
        "medicos2",
        "No obstante, los líderes políticos de Israel rechazaron un alineamiento político favorable a la Unión Soviética y prefirieron prontamente una alianza con los Estados Unidos.",
    ),
    (
        "es",
        "morasha",
        "Después de cenar en compañía de cuatro de sus asesores más cercanos, Josef Stalin sufre repentinamente una hemorragia cerebral y cae en coma.",
    ),
    (
        "es",
        "morasha",
        "Un nuevo libro publicado en marzo de este año, escrito por Jonathan Brent y Vladimir Naumov, “El último crimen de Stalin, el complot contra los médicos judíos”, busca brindar a los lectores nuevas pruebas sobre el terrible complot que amenazó la supervivencia de los judíos soviéticos y la repentina muerte del dictador.",
    ),
    (
        "es",
        "aipo",
        "La muerte de Andrei Zhdanov el 31 de agosto de 1948 ha sido históricamente considerada como la iniciación del complot de los médicos.",
    ),
    (
        "es",
        "aipo",
        "Zhdanov había sido jefe del partido de Leningrado antes de convertirse en el poderoso jefe de ideología en el Comité Central; También era el socio cercano de Stalin.",
    ),
    ("es", "aipo", "Stalin afirmó que Abakumov le había retenido esta carta."),
    ("es", "aipo", "Contrariamente a la leyenda, no descubrió la carta de Timashuk en diciembre de 1952."),
    (
        "es",
        "septimo",
        "El origen del caso se registra cuando el capitán Alfred Dreyfus fue acusado de espionaje, juzgado, condenado y degradado.",
    ),
    (
        "es",
        "septimo",
        "Durante doce años el caso siguió abierto en la opinión pública, que se sensibilizó cuando el escritor Émile Zola publicó un artículo titulado J´accuse, Yo acuso, defendiendo al defenestrado militar.",
    ),
    (
        "es",
        "nextory",
        "En 1894, el caso Dreyfus sale a la luz, y se acusa al capitán Alfred Dreyfus, de treinta y cinco años, judío y alsaciano, de alta traición.",
    ),
    (
        "es",
        "nextory",
        "No obstante, el Estado Mayor destina a Picquart a la frontera del este y, posteriormente, a Túnez.",
    ),
    ("es", "nextory", "Los conservadores reaccionan de inmediato."),
    (
        "es",
        "quizz",
        'J’accuse…!, "Yo acuso" de Émile Zola es un alegato en favor del capitán Alfred Dreyfus, en forma de carta abierta al presidente de Francia Félix Faure y publicado por el diario L\'Aurore el 13 de enero de 1898 en su primera plana.',
    ),
    ("es", "quizz", "Ese mismo día, la policía detiene al teniente coronel Picquart."),
    ("es", "quizz", "En 1906 su inocencia fue reconocida oficialmente."),
    (
        "es",
        "quizz",
        "Rehabilitado, el capitán Dreyfus fue reintegrado al ejército con el rango de Comandante, participando luego en la Primera Guerra Mundial.",
    ),
    ("es", "biografias", "Dreyfus era hijo de un rico fabricante textil judío."),
    (
        "es",
        "biografias",
        "En 1882 ingresó en la École Polytechnique y decidió seguir la carrera militar y se unió al ejército como ingeniero.",
    ),
    (
        "es",
        "biografias",
        "En el otoño de 1894, la inteligencia francesa descubrió un documento militar secreto enviado por un oficial francés al adjunto militar de la embajada alemana en París.",
    ),
    (
        "es",
        "biografias",
        "Pero el mayor Henry falsificó documentos para demostrar que el veredicto marcial de la corte era correcto, y Picquart fue destituido de su cargo y asignado al servicio en África.",
    ),
    (
        "es",
        "escribiendo",
        "Alfred Dreyfus fue declarado finalmente inocente y pudo recuperar sus funciones en en 1906.",
    ),
    (
        "es",
        "instytut",
        "Muchos de ellos fueron enviados a campos de prisioneros de guerra a la espera de nuevas decisiones.",
    ),
    ("es", "instytut", "En abril de 1940 comenzó el transporte de prisioneros a los lugares de ejecución."),
    (
        "es",
        "instytut",
        "En la primavera de 1943, los alemanes hicieron público el descubrimiento de las tumbas de oficiales polacos en Katyń.",
    ),
    (
        "es",
        "instytut",
        "Stalin negó desde el principio el hecho de que hubieran sido asesinados por los rusos, culpando al Tercer Reich, lo que se convirtió en la versión oficial de la propaganda soviética durante las siguientes cinco décadas.",
    ),
    (
        "es",
        "instytut",
        "Sólo después del colapso del comunismo los rusos revelaron documentos de los que se desprende su indiscutible autoría.",
    ),
    (
        "es",
        "antydef",
        "“¡Es imposible! Se escaparon”, respondió Stalin (1941) a la pregunta del general Władysław Anders sobre el destino de los oficiales polacos que en 1939 cayeron prisioneros de los soviéticos.",
    ),
    (
        "es",
        "antydef",
        "Los oficiales fueron recluidos en campos de Kozelsk, Starobelsk y Ostashkov, así como en prisiones de los territorios de la Segunda República Polaca anexionados por la URSS tras la agresión del 17 de septiembre de 1939.",
    ),
    (
        "es",
        "antydef",
        "El asesinato, llevado a cabo en varios lugares de la URSS, fue perpetrado por la NKVD en abril y mayo de 1940.",
    ),
    (
        "es",
        "antydef",
        "Sus víctimas fueron al menos 21.857 oficiales del Ejército Polaco, funcionarios de la Policía Estatal y otros ciudadanos polacos.",
    ),
    (
        "es",
        "academia",
        "Katyn es un pueblo ruso ubicado aproximadamente a 18 kilómetros de la ciudad de Smolensk, cerca de la actual frontera con Bielorrusia.",
    ),
    (
        "es",
        "academia",
        "También se ejecutaron a prisioneros de otros sitios como Minsk o Kharkov que se incluyen en este incidente, pero las fosas de Katyn fueron las primeras en descubrirse o, al menos, en reportarse a la sociedad internacional.",
    ),
    (
        "es",
        "infobae",
        "Se cumplieron, recientemente, 83 años del inicio de la invasión de la URSS (Unión de Repúblicas Socialistas Soviéticas) al oeste de Polonia, la puesta en práctica del pacto secreto Molotov-Ribbentrop con la Alemania de Hitler, que ya había iniciado su parte de la invasión de Polonia a principios de septiembre de 1939.",
    ),
    ("es", "infobae", "La Unión Soviética, en efecto, envió tropas a Polonia, pero sin declarar la guerra."),
    ("es", "infobae", "Oficialmente, esta campaña rusa fue llamada “campaña de liberación”."),
    (
        "es",
        "infobae",
        "El comandante en jefe polaco Edward Rydz-Smigly no quería luchar en dos frentes y ordenó al ejército que no entrara en batalla con las tropas soviéticas, a menos que los obligaran a entregar sus armas.",
    ),
    ("es", "infobae", "Por lo tanto, los polacos casi no resistieron y se rindieron fácilmente."),
    (
        "es",
        "infobae",
        "Fueron enviados a campos de prisioneros de guerra especialmente creados por la NKVD (Policía Secreta); pero no había suficiente espacio en ellos, por lo que, durante los dos meses siguientes, una parte significativa de los prisioneros fueron enviados a casa o entregados a los alemanes bajo el programa de intercambio de prisioneros.",
    ),
    (
        "es",
        "medicos2",
        "Tras la muerte de Iósif Stalin en marzo de 1953, los máximos jefes del Partido Comunista de la Unión Soviética denunciaron que este «complot» no había existido y se había tratado apenas de una farsa planificada por el propio Stalin, usando a médicos judíos como pretexto para una nueva (y sangrienta) purga dentro del régimen.",
    ),
    ("es", "sgm", "El 30 de enero de 1933, Adolf Hitler llegó al poder en Alemania."),
    (
        "es",
        "medicos1",
        "Esta circunstancia fortaleció el antisemitismo en la Unión Soviética, alimentado ahora por la propaganda oficial.",
    ),
]

EN_NEUTRAL = [
    (
        "en",
        "reich",
        "The Reichstag fire (German: Reichstagsbrand, listen ) was an arson attack on the Reichstag building, home of the German parliament in Berlin, on Monday 27 February 1933, precisely four weeks after Adolf Hitler was sworn in as Chancellor of Germany.",
    ),
    (
        "en",
        "reich",
        "Hitler's government stated that Marinus van der Lubbe, a Dutch council communist, was the culprit, and it attributed the fire to communist agitators.",
    ),
    ("en", "reich", "A German court decided later that year that Van der Lubbe had acted alone, as he had claimed."),
    (
        "en",
        "reich",
        "The Nazi Party used the fire as a pretext to claim that communists were plotting against the German government, which made the fire pivotal in the establishment of Nazi Germany.",
    ),
    ("en", "reich", "The police conducted a thorough search inside the building and accused Van der Lubbe."),
    (
        "en",
        "reich",
        "After the decree was issued, the government instituted mass arrests of communists, including all of the Communist Party's parliamentary delegates.",
    ),
    ("en", "traces", "The investigation assesses the crime of the Reichstag Fire on February 27th in 1933."),
    (
        "en",
        "traces",
        "This occurred while it was known that Hitler attended a dinner at Goebbels’s residence, from which “an underground passage” connected to the Reichstag was built.",
    ),
    (
        "en",
        "traces",
        "In contrast to Kellerhof, he puts the blame on the Nazis due to an underground passage to the Reichstag.",
    ),
    ("en", "doctors", "It was also known as the case of saboteur doctors, doctor-poisoners or killer doctors."),
    (
        "en",
        "doctors",
        "In 1951–1953, a majority-Jewish group of doctors from Moscow were accused of a conspiracy to assassinate Soviet leaders.",
    ),
    (
        "en",
        "doctors",
        "They were accused of serving the interests of international Jewry, as well as Western (primarily American and British) intelligence.",
    ),
    (
        "en",
        "doctors",
        "A few weeks after Stalin's death in 1953, the new Soviet leadership dropped the case due to a lack of evidence.",
    ),
    ("en", "doctors", "Soon after, the case was declared to have been a fabrication."),
    (
        "en",
        "doctors",
        "Historians typically relate it to the earlier case of Joseph Stalin's destruction of the Jewish Anti-Fascist Committee and the campaign against the so-called Jewish rootless cosmopolitans in the second half of the 1940s, as well as to the power struggle within the Soviet leadership during that time.",
    ),
    (
        "en",
        "doctors",
        'In 1948, an allegation was made by a Soviet veteran medical worker, Lydia Timashuk, who stated that "intentional distortions in medical conclusions [were] made by major medical experts who served as consultants in the hospital".',
    ),
    (
        "en",
        "bencohen",
        "On a freezing morning in January 1953, Robert Kesselman, a Jewish doctor living in Sumy, a hardened provincial city in eastern Ukraine, picked up a copy of Pravda, the official Communist newspaper.",
    ),
    (
        "en",
        "bencohen",
        "According to the Pravda propaganda, nine prominent medical specialists, six of whom were Jewish, stood accused of murdering two of Stalin's close colleagues, Andrei Zhdanov and Alexander Scherbakov.",
    ),
    (
        "en",
        "bencohen",
        'Two of the doctors died in custody, while the remaining seven confessed to their "crimes" under torture.',
    ),
    ("en", "bencohen", 'A CIA report of June 1953 emphasized that the plot "had clearly anti-Semitic overtones."'),
    ("en", "sovint", "Among the doctors detained was Stalin’s cardiologist, who had advised him to retire."),
    ("en", "sovint", "Only one physician, Sophia Karpai, was able to hold out against torture and refused to confess."),
    (
        "en",
        "sovint",
        "In February and March 1953, the Soviet press announced that there would be a series of trials and executions.",
    ),
    (
        "en",
        "sovint",
        "The 11 doctors who survived interrogation were released, and the security officers involved in investigating the conspiracy were arrested in 1953 and shot in 1954–1956.",
    ),
    ("en", "sovint", "In February 1953 all Jews were dismissed from the security services."),
    (
        "en",
        "darknexus",
        "Nine prominent doctors, at least six of them Jews, were arrested and confessed their involvement.",
    ),
    (
        "en",
        "darknexus",
        "Months later, news broke that the charges were false and that the confessions had been obtained by torture.",
    ),
    ("en", "issuhub", "It was the draft of a letter addressed to a French officer, Ferdinand Esterhazy."),
    ("en", "issuhub", "The bordereau had been written by Esterhazy, he concluded, not Dreyfus."),
    ("en", "issuhub", "First, the troublesome Picquart was removed from his post, then transferred to Tunis."),
    ("en", "issuhub", "In November 1897 the military was forced to open an inquest into Esterhazy."),
    ("en", "issuhub", "Soon after, Picquart was arrested for revealing official secrets."),
    (
        "en",
        "clampett",
        "The newspaper L’Aurore had been founded just three months earlier, in October 1897, by Ernest Vaughan.",
    ),
    ("en", "clampett", "It took Zola just two days to write his “Letter to the President of the Republic.”"),
    (
        "en",
        "clampett",
        "Zola’s books were often considered scandalous, since they touched on taboo topics such as sexuality, but this also accounted for their success.",
    ),
    (
        "en",
        "clampett",
        "Like many other people, Zola was at first hardly interested in the story of a traitor convicted by a court martial.",
    ),
    (
        "en",
        "jaures",
        "Esterhazy thus himself admitted the likeness between his own handwriting and that of the bordereau.",
    ),
    ("en", "jaures", "When Picquart returned shortly afterwards, Esterhazy was court-martialled."),
    (
        "en",
        "jaures",
        "It was plain that none of the facts that had so far leaked out had moved the authorities at all.",
    ),
    ("en", "ww2today", "The Soviet union had invaded half of Poland in 1939 with the agreement of the Germans."),
    (
        "en",
        "ww2today",
        "He told me that he had proofs that the Soviet Government had murdered the 15,000 Polish officers and other prisoners in their hands, and that they had been buried in vast graves in the forests, mainly around Katyn.",
    ),
    (
        "en",
        "katyn",
        "The order to execute captive members of the Polish officer corps was secretly issued by the Soviet Politburo led by Joseph Stalin.",
    ),
    (
        "en",
        "katyn",
        "The Polish Army officer class was representative of the multi-ethnic Polish state; the murdered included ethnic Poles, Ukrainians, Belarusians, and 700–900 Polish Jews.",
    ),
    (
        "en",
        "katyn",
        "The government of Nazi Germany announced the discovery of mass graves in the Katyn Forest in April 1943.",
    ),
    (
        "en",
        "dlab",
        "The Katyn massacre, also known as the Katyn Forest massacre ( Polish: zbrodnia katyńska, literally 'Katyń crime'), was a mass execution of Polish citizens ordered by Soviet authorities in 1940.",
    ),
    (
        "en",
        "dlab",
        "Since Poland's conscription system required every unexempted university graduate to become a reserve officer, the Soviets were thus able to round up much of the Polish intelligentsia, as well as the Jewish, Ukrainian, Georgian and Belarusian intelligentsia of Polish citizenship.",
    ),
    (
        "en",
        "dlab",
        "The 1943 discovery of mass graves at Katyn Forest by Germany, after its armed forces had occupied the site in 1941, precipitated a rupture of diplomatic relations between the Soviet Union and the Polish government-in-exile in London.",
    ),
    (
        "en",
        "factspage",
        "Julius Streicher (1885-1946) was a German fascist politician and journalist, born in Fleinhausen, Bavaria.",
    ),
    (
        "en",
        "factspage",
        'Streicher was one of the earliest members of the Nazi Party; with Adolf Hitler, he participated in the "putsch", or insurrection, which the Nazis undertook in Munich in 1923 in a futile attempt to overthrow the German government.',
    ),
    (
        "en",
        "factspage",
        "Following the accession to power of the Nazis in 1933, Hitler appointed him Nazi leader (Gauleiter) of the region of Franconia.",
    ),
    (
        "en",
        "sturmer",
        "Der Stürmer was a weekly German tabloid-format newspaper published from 1923 to the end of World War II by Julius Streicher, the Gauleiter of Franconia, with brief suspensions in publication due to legal difficulties.",
    ),
    (
        "en",
        "sturmer",
        "The paper was not an official publication of the Nazi Party, but was published privately by Streicher.",
    ),
    ("en", "sturmer", "The publishing firm was financially very successful and made Streicher a multi-millionaire."),
    (
        "en",
        "cnu",
        "Streicher was born on February 12, 1885 in the town of Fleinhausen, a small village near Augsburg that was funded by the dairy industry.",
    ),
    (
        "en",
        "cnu",
        "Graduating from Lauingen in 1902, Streicher served briefly in the military before moving to Nuremberg to teach in 1910.",
    ),
    (
        "en",
        "sfi",
        "On July 30, 1937 the head of Soviet secret police Nikolai Ezhov signed the order that started a mass punitive operation against their own citizens.",
    ),
    (
        "en",
        "sfi",
        "At the same time, the Party and Soviet elite constituted only a small fraction of the 400,000 executed and the further 400,000 imprisoned in concentration camps in 1937–1938.",
    ),
    (
        "en",
        "sfi",
        "The first two zeros in the number pointed to its top secret status, which was declassified and published in a Russian newspaper at the first time only in 1992.",
    ),
    (
        "en",
        "sciencespo",
        "The public side was that of the show trials – the famous Moscow trials (August 1936, January 1937 and March 1938) of the “Old Bolsheviks” – but also that of the hundreds of less well-known provincial trials of local officials (Werth, 2005).",
    ),
    ("en", "sciencespo", "Show trials unmasked conspiracies and singled out scapegoats."),
    (
        "en",
        "sciencespo",
        "The hidden side of the Great Terror was that of the “NKVD operational orders”, made in compliance with top-secret Politburo resolutions.",
    ),
    (
        "en",
        "waterloo",
        "If there is one well-known fact about the news from Waterloo, it is that the first man in London to know of the victory was Nathan Mayer Rothschild, the founder of the British bank N. M. Rothschild and Sons.",
    ),
    (
        "en",
        "waterloo",
        "THE NEWS FROM WATERLOO goes on to dissect the legend in its principal forms and to tell its history, exposing the role played by anti-Semitiism in creating and propagating it.",
    ),
    (
        "en",
        "waterloo",
        "So far as the historical record shows, Nathan Rothschild was not the first nor nearly the first person in London with authentic information about Wellington’s",
    ),
    (
        "en",
        "liqui",
        "In the 19th century a legend began which accuses him of having used his early knowledge of victory at the Battle of Waterloo to speculate on the Stock Exchange and make a vast fortune.",
    ),
    (
        "en",
        "liqui",
        "Research by the Rothschild family and others has shown that this legend originated in an anti-Semitic French pamphlet in 1846, was embellished by John Reeves in 1887 in The Rothschilds: the Financial Rulers of Nations and then repeated in other later popular accounts, such as that of Morton.",
    ),
    (
        "en",
        "liqui",
        "For example, it has been shown that the size of the market in government bonds at the time would not have enabled a scenario producing a profit of anything near one million pounds.",
    ),
]

URLS_ES = {
    "imp20": "https://imperiumnews.net/2020/12/12/la-astuta-masoneria-organizo-la-independencia-de-hispanoamerica/",
    "imp24": "https://imperiumnews.net/2024/04/27/descubriendo-a-la-masoneria-xiii/",
    "limiste": "https://www.limiste.com/la-masoneria-cumple-300-anos-hacia-una-nueva-religion-3-5/",
    "voto": "https://votoenblanco.com/A-la-izquierda-totalitaria-le-falta-un-Juicio-de-Nuremberg_a1535.amp.html",
    "dcad": "http://derechociudadanoadecidir.es/la-sonrisa-sangrienta-de-podemos-2/",
    "metro": "https://metropolitan.radio/podcast/opinion-ladrones-de-almas-por-mar-rodriguez/",
    "adora": "https://adoracionyliberacion.com/2019/01/19/barbaridades-bergoglio/?like_comment=7779&_wpnonce=7d37103a1b",
    "profe": "https://profesionalesetica.org/foro-economico-mundial-oportunidad-o-amenaza/",
    "paper": "https://es.paperblog.com/carlos-astiz-el-proyecto-soros-y-la-alianza-entre-la-izquierda-y-el-gran-capital-resena-6460087",
    "elsiglo": "https://elsiglo.com.gt/2025/10/19/soberania-y-la-crisis-del-siglo-xxi/",
    "cubap": "https://cubaperiodistas.cu/?p=47854",
    "tausiet": "https://tausiet.blogspot.com/2022/08/george-soros.html",
    "opinadero": "https://elopinadero.com.co/?p=29298",
    "ratebol": "http://ratebol.blogspot.com/2008/08/el-imperialismo-yanqui-y-su-opresin-los.html",
    "apo1": "https://aporrea.org/tiburon/a189108.html",
    "apo2": "https://aporrea.org/actualidad/a17297.html",
    "apo3": "https://aporrea.org/tiburon/a45042.html",
    "pfem": "https://partidofeminista.es/?p=16206",
    "inmed": "https://inmediaciones.org/?p=49845",
    "natgeo": "https://historia.nationalgeographic.com.es/foto-del-dia/incendio-reichstag-aleman_15991",
    "sgm": "https://segundaguerramundial.es/tercer-reich/incendio-del-reichstag/",
    "cambio": "https://cambiopolitico.com/el-incendio-del-reichstag-un-misterio-sin-resolver-90-anos-despues/202966/",
    "enigmas": "http://enigmas-del-mundo.com/fuego-del-reichstag.php",
    "medicos1": "https://es.stringtranslate.com/wiki/Complot_de_los_m%C3%A9dicos",
    "medicos2": "http://es.m.wikipedia.org/wiki/Complot_de_los_m%C3%A9dicos",
    "morasha": "https://www.morasha.com.br/es/historia-jud%C3%ADa-moderna/Stalin-su-%C3%BAltimo-crimen.html",
    "aipo": "https://futuro.aiponline.com.ar/2020/06/03/trama-de-los-doctores",
    "septimo": "https://septimomilenio.com/haciendo-memoria-cdxv-2",
    "nextory": "https://nextory.com/se/book/yo-acuso-1933866",
    "quizz": "https://es.quizzclub.com/games/welcome/a-que-se-refiere-emile-zola-en-una-famosa-carta-de-1898/answer/381514/",
    "biografias": "https://biografias.es/famosos/alfred-dreyfus.html",
    "escribiendo": "http://www.escribiendocine.com/pelicula/0003566-d/",
    "instytut": "https://instytutpolski.pl/madrid/2022/04/13/dia-internacional-de-la-memoria-de-las-victimas-de-katyn",
    "antydef": "https://anty-defamation.pl/es/la-mentira-de-katyn",
    "academia": "https://academiaplay.net/masacre-katyn-infames-asesinatos-masa-sovieticos",
    "infobae": "https://infobae.com/historias/2022/10/02/la-matanza-de-katyn-el-odio-como-excusa-22-mil-polacos-asesinados-por-los-sovieticos-y-43-anos-de-mentiras",
}

URLS_EN = {
    "8kun": "https://8kun.top/pnd/res/233771.html",
    "covid": "http://my-covid-story.com/viewtopic.php?f=13&t=163&sid=ae5265a167ee7b90ce14acaa35433455",
    "discovery": "https://www.discovery.org/a/the-new-world-order-the-road-to-serfdom-and-tyranny/",
    "redpill": "https://redpillarticles.com/4-items-on-the-elites-population-control-wish-list",
    "huac": "http://www.archive.org/stream/100thingsyoushou1949unit/100thingsyoushou1949unit_djvu.txt",
    "glks": "https://covenantpeoplesministry.org/forum/content.php?1163-Dangerous-Enemies&s=1d996fb3344c2ddc259e7a133e457638",
    "paranoids": "http://paranoidsonline.blogspot.com/2010/02/they-live.html",
    "ejack": "https://entertainmentjack.com/the-zionist-controlled-owned-american-propaganda-machine/",
    "ivebo": "https://ivebo.co.uk/post/45501_the-world-is-run-by-a-vastly-powerful-and-wealthy-british-american-european-olig.html",
    "mpb": "http://makepakistanbetter.com/why_how_what_forum.aspx?GroupID=9&ArticleId=1572",
    "bogus": "https://bogusstory.com/911_inside_job.html",
    "merito": "https://meritokrata.com/en/articles/the-great-reset/",
    "tuttle": "https://tuttletwins.com/podcast/382-what-is-the-world-economic-forum/",
    "arts": "http://artsandopinion.com/2022_v21_n5/solway-103greatreset.htm",
    "cultur": "https://www.culturcidal.com/p/the-youll-own-nothing-and-be-happy?utm_source=substack&utm_medium=email&utm_content=share&action=share",
    "reich": "https://en.wikipedia-on-ipfs.org/wiki/Reichstag_fire",
    "traces": "https://www.tracesofevil.com/2001/08/who-is-responsible-for-setting-fire-to.html",
    "doctors": "https://en.wikipedia.org/wiki/Doctors%27_plot",
    "bencohen": "https://bencohen.pundicity.com/12994/surviving-stalin-purges",
    "sovint": "http://soviet_intelligence.en-academic.com/91/Doctors%E2%80%99_Plot",
    "darknexus": "https://darknexus.co.uk/?p=14240",
    "issuhub": "https://issuhub.com/view/index/60104?pageIndex=18",
    "clampett": "http://clampett.org/story/du_paty_de_clam/du_paty_de_clam-Discussi.htm",
    "jaures": "https://en.m.wikisource.org/wiki/Page:Jean_Jaur%C3%A8s_socialist_and_humanitarian_1917.djvu/67",
    "ww2today": "http://ww2today.com/2013/04/13",
    "katyn": "https://wikimili.com/en/Katyn_massacre",
    "dlab": "https://dlab.epfl.ch/wikispeedia/wpcd/wp/k/Katyn_massacre.htm",
    "factspage": "http://factspage.blogspot.com/2012/09/who-was-julius-streicher.html",
    "sturmer": "https://wikivisually.com/wiki/Der_St%C3%BCrmer",
    "cnu": "http://cnu.edu/history/sextant/dporter.html",
    "sfi": "https://sfi.usc.edu/news/2017/09/18091-80th-anniversary-nkvd-order-00447",
    "sciencespo": "https://www.sciencespo.fr/mass-violence-war-massacre-resistance/fr/node/2975",
    "waterloo": "http://thenewsfromwaterloo.com/what-is-the-myth.html",
    "liqui": "https://liquisearch.com/nathan_mayer_rothschild/legend",
}


def main() -> None:
    write_blind_set("blind11b", ES_REAL + EN_REAL, ES_NEUTRAL + EN_NEUTRAL, {**URLS_EN, **URLS_ES})


if __name__ == "__main__":
    main()
