# ruff: noqa: E501  (one sentence per line)
"""Write `blind16n_real.jsonl` and `blind16n_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16n/build.py  (writes next to this folder).

Round 16n of #16 (precision: neutral history prose flagged in the author's voice). Sentences quoted verbatim
from public pages that no earlier set and no training file used (the stored "pages" corpus of the search
tools), chosen before any code of the round was written and before main or the branch ran on any of them:

- NEUTRAL: long descriptive sentences of encyclopedic, biographical, school and history pages about the bodies
  and procedures of repression: secret and political police (Cheka, Okhrana, NKVD, Gestapo, RSHA, Stasi,
  Securitate, KGB), purges and their trials (Yagoda's and Yezhov's careers, the Trial of the Twenty-One),
  Francoist courts martial and military jurisdiction, the Inquisition and its autos de fe, the masons of the
  Second Republic counted by historians. Named bodies, "secret police", "purge", "trial", "infiltrated",
  "secretly" and "conspiracy" (as a charge) occur as plain history; any flag in the author's voice is a false
  alarm.
- REAL: conspiracist and propaganda sentences of the same field (hidden financiers and world wars, the
  Rothschild formula, the secret elite and falsified history, the hidden world power behind governments,
  masonry as the hidden hand of the Second Republic, communists infiltrating organisations, antisemitic
  framing of money and media), with the reader's spans.

The sentences keep the views of their sources, which include antisemitic and hateful ones: they are here
to be detected, not endorsed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, AS, NC, LL = "Conspiracy_Narrative", "Antisemitic_Framing", "Name_Calling-Labeling", "Loaded_Language"

URLS = {
    # real, es
    "ve": "https://votoenblanco.com/Por-que-el-comunismo-avanza-en-todo-el-mundo_a8736.amp.html",
    "ri": "https://redinternacional.net/?p=9869",
    "ip": "https://www.informadorpublico.com/internacional/el-comunismo-globalista-impone-sus-ideas-y-america-no-es-la-excepcion?replytocom=683457",
    "pd": "https://www.periodistadigital.com/politica/opinion/20170706/agenda-amos-mundo-noticia-689403072443/",
    "e4": "https://espacio4.mx/influencia-de-la-masoneria-en-el-mundo/",
    "lm": "https://lamexicanalibrerias.com/producto/los-masones-y-el-poder-oculto/",
    "ec": "https://elcontacto.cl/una-breve-mirada-a-la-historia-de-la-riqueza-judia/",
    "ac": "https://antoniocampuzano.es/2023/10/",
    "hi": "http://hispanismo.org/politica-y-sociedad/25697-como-se-implanto-la-republica-en-espana-jose-oriol-cuffi-canadell.html",
    # real, en
    "wl": "http://wwwlibertyfriends.blogspot.com/2015/05/new-world-order.html",
    "wt": "https://www.wakingtimes.com/who-are-the-controllers/",
    "mr": "https://montanarcc.substack.com/p/the-war-to-end-all-wars-part-3-chapter",
    "es": "https://economicsuppression.org/overflight-123.html",
    "ws": "https://wikispooks.com/wiki/Document:Hidden_History_-_Concluding_chapter",
    "fw": "https://firstworldwarhiddenhistory.wordpress.com/2014/06/13/lies-damned-lies-and-commemorations-2/",
    # neutral, es
    "s1": "http://suite101.net/article/servicios-secretos-la-cheka-de-la-revolucion-rusa-a43954",
    "kw": "https://www.knowway.org/es/la-cheka-la-polic%c3%ada-secreta-de-lenin-y-el-nacimiento-del-nkvd",
    "hc": "https://hchistoriacontemporanea.com/2021/12/20/",
    "qg": "https://quevuelenaltolosdados.com/2018/12/01/la-gestapo-2/?like_comment=188",
    "wz": "https://www.wikizero.com/es/Reichssicherheitshauptamt",
    "vm": "https://vivemundo.click/hace-90-anos-nacia-la-gestapo-uno-de-los-mayores-simbolos-del-terror-del-nazismo/",
    "qr": "https://quevuelenaltolosdados.com/2020/08/11/reichssicher%E2%80%8Bheitshauptamt-rsha-la-oficina-central-de-seguridad-del-reich/",
    "qs": "https://quevuelenaltolosdados.com/2018/03/16/stasi-la-maquina-mas-sofisticada-de-vigilancia-y-represion-creada-por-una-dictadura/",
    "dw": "https://dees.abcdef.wiki/wiki/Ministerium_f%C3%BCr_Staatssicherheit",
    "mn": "https://v2.mnmstatic.net/m/actualidad/archivos-stasi-rompecabezas-600-millones-piezas",
    "fr": "https://es.fashionrebelsbook.com/17180798-iron-lady-of-british-politics-margaret-thatcher-biography-political-activities-and-interesting-facts",
    "cy": "https://calendarz.com/es/amp/on-this-day/november/7/genrikh-yagoda",
    "mm": "https://memoriarecuperada.ua.es/memoriarecuperada_v1/represion/legislacion-penal-y-procedimiento-legal/index.html",
    "lv": "https://leerlibrosdemario.com/victimas-de-la-guerra-civil-leer-online-gratis/107-paginas",
    "qb": "http://quienfueraborges.blogspot.com/2017/05/el-derecho-y-la-guerra-de-espana-iii.html",
    "af": "https://es.m.wikipedia.org/wiki/Auto_de_fe",
    "so": "https://es.m.wikipedia.org/wiki/Tribunal_del_Santo_Oficio_de_la_Inquisici%C3%B3n",
    "vf": "https://valladolidfreetours.blogspot.com/2020/07/los-masones-y-la-segunda-republica.html",
    "vr": "http://versosrotos92.blogspot.com/2020/12/el-peso-de-la-masoneria-en-la-segunda.html",
    "rm": "http://republicanosymasones.blogspot.com/2023/",
    # neutral, en
    "rp": "https://www.rallypoint.com/shared-links/nikolai-yezhov",
    "yw": "http://youthwavebd.com/2012/11/the-cheka-nkvd-kgb-the-troika-of-death/",
    "ow": "https://owiki.org/wiki/East_German_Stasi",
    "co": "http://chaos.owiki.org/wiki/Stasi",
    "nu": "https://www.nutshell100.com/subject/the-stasi-ministry-for-state-security",
    "va": "https://void.ai/wiki/Stasi",
    "sp": "http://www.spartacus.schoolnet.co.uk/RUSokhrana.htm",
    "ih": "https://issuhub.com/view/index/23568?pageIndex=220",
    "tp": "https://www.topographie.de/en/the-historic-site/gestapo/",
    "dd": "https://doew.at/english/memorial-room-for-the-victims-of-the-gestapo-vienna/the-gestapo-secret-state-police-integral-instrument-of-the-national-socialist-terror-apparatus",
    "dl": "https://docslib.org/doc/844188/the-documents-of-the-securitate-the-romanian-communist-secret-service-and-the-historial-research",
    "wc": "http://www.wilsoncenter.org/article/inside-the-securitate-archives",
    "in": "https://www.independent.co.uk/news/world/europe/romania-s-revolution-the-day-i-read-my-secret-police-file-1838206.html",
    "kz": "https://wiki.kidzsearch.com/wiki/Gestapo",
    "fd": "http://factsanddetails.com/russia/Government_Military_Crime/sub9_5e/entry-5202.html",
    "gs": "https://www.globalsecurity.org/intell/world/russia/andropov-2.htm",
    "pm": "https://ww-w.pages.dev/0xLy93aWtpL1Blcm0tMzY",
}

REAL = [
    # es
    (
        "es",
        "present",
        "ve",
        "Los norteamericanos no combaten ya el comunismo porque los grandes poderes en las sombras han decidido que los gobiernos comunistas y totalitarios en general son la antesala de la gran tiranía mundial que propugnan los defensores del Nuevo Orden Mundial (NOM).",
        [f("los grandes poderes en las sombras han decidido", CN, "secret_society")],
    ),
    (
        "es",
        "present",
        "ve",
        "Ese gobierno español, que hace apenas dos décadas habría sido acosado y expulsado de los foros y organizaciones occidentales libres, es hoy uno de los favoritos del gran poder oculto que controla los hilos.",
        [f("del gran poder oculto que controla los hilos", CN, "puppet_agent")],
    ),
    (
        "es",
        "present",
        "ve",
        "La clave del cambio drástico que está experimentando el mundo es que el poder mundial oculto está empujando con todas sus fuerzas para que exista un gobierno mundial único, lo que implica erradicar la democracia e instalar gobiernos autoritarios y estados fuertes en todo el planeta.",
        [
            f(
                "el poder mundial oculto está empujando con todas sus fuerzas para que exista un gobierno mundial único",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "present",
        "ri",
        "Esto explica por qué ambas facciónes del Partido Repucrático y los conspiradores globalistas que las controlan y financian están muy nerviosos y haciendo todo lo posible por empujar a los EE.UU. a otra guerra y así mantener aterrorizado al pueblo estadounidense.",
        [f("los conspiradores globalistas que las controlan y financian", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        "ri",
        "Tal vez la ven como la herramienta adecuada para alcanzar su objetivo de matar nada menos que el 85% de la población de este planeta.",
        [f("su objetivo de matar nada menos que el 85% de la población de este planeta", CN)],
    ),
    (
        "es",
        "present",
        "ri",
        "Pero esta vez, créalo o no, esta partida de locos de atar parecen tener en mente iniciar la guerra definitiva, la guerra para terminar con todas las guerras: una guerra nuclear.",
        [f("esta partida de locos de atar", NC)],
    ),
    (
        "es",
        "present",
        "ip",
        "En este comentario sólo hablaremos de América, aunque sabemos que el comunismo intenta por todos los medios introducirse en todos los países del mundo con una metodología muy bien orquestada.",
        [
            f(
                "el comunismo intenta por todos los medios introducirse en todos los países del mundo con una metodología muy bien orquestada",
                CN,
                "infiltration",
            )
        ],
    ),
    (
        "es",
        "present",
        "ip",
        "Luego de que la Unión Soviética desapareciera, los comunistas del mundo con respaldo de la China Popular se dieron a la tarea de aplicar aquella fórmula de divide y vencerás, de pronto se volvieron verdes, es decir se introdujeron en cuanta organización ecologista y ambientalista importante podían, la falta de alimento para el 2000 y calentamiento global fueron los caballos de Troya, se introdujeron en organismos internacionales como la ONU y desde allí manipularon informes científicos, empezaron a implantar ideologías como la del género y han dividido a la humanidad a base de creencias y terminaron inventando nuevas reglas sanitarias con el famoso virus para controlar a la humanidad.",
        [
            f(
                "se introdujeron en cuanta organización ecologista y ambientalista importante podían",
                CN,
                "infiltration",
            ),
            f("terminaron inventando nuevas reglas sanitarias con el famoso virus para controlar a la humanidad", CN),
        ],
    ),
    (
        "es",
        "historical",
        "pd",
        "Las conspiraciones y los complots siempre han existido a lo largo de la historia, pero también es cierto que al pueblo siempre se le ha dado una explicación alejada de la verdad, divulgada –o incluso fabricada— por la prensa del momento y los denominados historiadores y portavoces oficiales.",
        [
            f(
                "al pueblo siempre se le ha dado una explicación alejada de la verdad, divulgada –o incluso fabricada— por la prensa del momento y los denominados historiadores y portavoces oficiales",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "es",
        "historical",
        "e4",
        "En el transcurso de la historia puede advertirse que  esta supuesta «sociedad secreta» ejerce una influencia omnipresente en el mundo",
        [f("ejerce una influencia omnipresente en el mundo", CN, "secret_society")],
    ),
    (
        "es",
        "historical",
        "e4",
        "Crea y destruye estados, derroca e instaura gobiernos y dirige el destino ideológico de los pueblos.",
        [
            f(
                "Crea y destruye estados, derroca e instaura gobiernos y dirige el destino ideológico de los pueblos",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "present",
        "lm",
        "Algunas fueron heroicas, como las que participaron en los movimientos revolucionarios de Europa y América Latina; y otras dudosas, como las supra-capitalistas de hoy, que incluyen en sus filas a intelectuales, economistas y hasta presidentes de las naciones más poderosas del globo.",
        [
            f(
                "las supra-capitalistas de hoy, que incluyen en sus filas a intelectuales, economistas y hasta presidentes de las naciones más poderosas del globo",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "historical",
        "ec",
        "A lo largo de la historia, el poder y la influencia del lobby judío han sido legendarios.",
        [f("el poder y la influencia del lobby judío han sido legendarios", AS, "ethnic_religious_label")],
    ),
    (
        "es",
        "present",
        "ec",
        "Este poder se ve amplificado por el poder judío que se deriva de la propiedad de los medios en la era de los medios, su posición como creadores de contenido mediático (aquí , p. lvi) y su influencia en la cultura de élite, particularmente en elmundo académico .",
        [f("el poder judío que se deriva de la propiedad de los medios", AS, "ethnic_religious_label")],
    ),
    (
        "es",
        "historical",
        "ac",
        "Y eso es lo que hacían los judíos (en España decimos: “El que hizo la Ley, hizo la trampa).",
        [f("Y eso es lo que hacían los judíos", AS, "ethnic_religious_label")],
    ),
    (
        "es",
        "historical",
        "hi",
        "Por el contrario, quizá en ningún otro período anterior se habían abierto a la secta anticristiana perspectivas tan dilatadas como bajo los reinados de Alfonso XII y de su sucesor.",
        [f("la secta anticristiana", NC)],
    ),
    (
        "es",
        "historical",
        "hi",
        "Las etapas hasta el 14 de Abril de 1931 son múltiples y variadas, pero en todas ellas late el espíritu sectario que ha de arrojar al pueblo español a la catástrofe.",
        [
            f(
                "en todas ellas late el espíritu sectario que ha de arrojar al pueblo español a la catástrofe",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "historical",
        "hi",
        "Nadie puede dar lo que no tiene, y el liberalismo sólo puede engendrar frutos sazonados de sangre, de ruina y de corrupción.",
        [f("el liberalismo sólo puede engendrar frutos sazonados de sangre, de ruina y de corrupción", LL)],
    ),
    # en
    (
        "en",
        "historical",
        "wl",
        "It has grown from that tiny select cabal into a monster that may already be beyond control.",
        [f("that tiny select cabal", CN, "secret_society"), f("a monster that may already be beyond control", LL)],
    ),
    (
        "en",
        "historical",
        "wl",
        "From the outset they insisted on secrecy, operated in secret and ensured that their influence was airbrushed from history.",
        [f("ensured that their influence was airbrushed from history", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "wl",
        "Some of these names may not be familiar to you, but that is a mark of the absolute success of this group.",
        [f("that is a mark of the absolute success of this group", CN, "secret_society")],
    ),
    (
        "en",
        "present",
        "wt",
        "In the West, we’ve all been spoon fed the idea that we are free citizens of sovereign countries, where our democratically elected governments rule according to the peoples’ wishes.",
        [f("we’ve all been spoon fed the idea", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "mr",
        "Let’s continue to watch and see how the plan—and it was in fact a carefully orchestrated plan—unfolds.",
        [f("it was in fact a carefully orchestrated plan", CN, "nothing_is_chance")],
    ),
    (
        "en",
        "historical",
        "mr",
        "When the US entered the war on the side of Great Britain, France, and Russia, the Rhodes/Rothschild plan to “recover the United States of America for the British Empire” went into high gear as the US abandoned its longstanding pledge in the Monroe Doctrine to stay out of European politics.",
        [
            f(
                "the Rhodes/Rothschild plan to “recover the United States of America for the British Empire” went into high gear",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "es",
        "They merely are implementing the Rothschild Formula.",
        [f("They merely are implementing the Rothschild Formula", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "es",
        "To justify world government, it is necessary to have wars and the threat of wars.",
        [f("To justify world government, it is necessary to have wars and the threat of wars", CN)],
    ),
    (
        "en",
        "historical",
        "es",
        "Saddam Hussein is one of the best enemies money can buy.",
        [f("one of the best enemies money can buy", CN, "puppet_agent")],
    ),
    (
        "en",
        "historical",
        "ws",
        "The history of World War I is a deliberately concocted lie.",
        [f("a deliberately concocted lie", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "ws",
        "IN AUGUST 1914, THE SECRET ELITE began the war they so coveted.",
        [f("THE SECRET ELITE began the war they so coveted", CN, "secret_society")],
    ),
    (
        "en",
        "historical",
        "fw",
        "In Hidden History, The Secret Origins of The First World War we present overwhelming evidence which proves that a small group of imperialist zealots within the British government, acting on behalf of a secret cabal of extremely rich and powerful bankers and industrialists, lied repeatedly to parliament and the people to conceal their plans for a war to destroy Germany.",
        [
            f(
                "acting on behalf of a secret cabal of extremely rich and powerful bankers and industrialists",
                CN,
                "hidden_financiers",
            ),
            f("imperialist zealots", NC),
        ],
    ),
    (
        "en",
        "historical",
        "fw",
        "Immediately the war ended the secret cabal concealed, destroyed or falsified documents and reports which incriminated them.",
        [
            f(
                "the secret cabal concealed, destroyed or falsified documents and reports which incriminated them",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "en",
        "historical",
        "fw",
        "Thereafter, they packed the peace talks at Versailles with their carefully selected placemen and were able to distort facts, manipulate the truth and conceal their guilt.",
        [
            f("they packed the peace talks at Versailles with their carefully selected placemen", CN, "puppet_agent"),
            f("were able to distort facts, manipulate the truth and conceal their guilt", CN, "media_cover_up"),
        ],
    ),
    (
        "en",
        "present",
        "wt",
        "The few people that doubt these explanations, or even suspect hidden hands behind the occurrences of our time or the official narrative of our history, are easily dismissed as conspiracy nuts.",
        [
            f(
                "suspect hidden hands behind the occurrences of our time or the official narrative of our history",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "en",
        "historical",
        "fw",
        "On the fateful day of 3 August 1914, the mendacious Foreign Secretary, Sir Edward Grey, again lied repeatedly to the House of Commons.",
        [f("the mendacious Foreign Secretary", NC)],
    ),
]

NEUTRAL = [
    # es
    (
        "es",
        "s1",
        "Rápidamente, el personal se vio desbordado, entre otras cosas por su inexperiencia, y la RSFSR decidió crear una fuerza política secreta, la Cheká (Comisión Extraordinaria de Todas las Rusias para Combatir la Contrarrevolución y el Sabotaje) creada el 20 de diciembre de 1917 y dirigida por el revolucionario polaco Féliks Edmúndovich Dzerzhinski.",
    ),
    (
        "es",
        "s1",
        "Al concluir la revolución bolchevique de octubre de 1917 se disolvió la policía imperial (Ojrana) creándose la Milicia de los Trabajadores y Campesinos (Milítsiya) cuyo órgano supervisor debería ser la NKVD de la República Socialista Federativa Soviética de Rusia (RSFSR), la mayor de las 15 repúblicas que constituían la URSS, además de la más poblada, cuya capital estaba en Moscú.",
    ),
    (
        "es",
        "kw",
        "Tcheka (también escrito Cheka) fue la primera organización de policía secreta soviética, establecida en diciembre de 1917 por los bolcheviques bajo el liderazgo de Lenin.",
    ),
    (
        "es",
        "kw",
        "La Cheka también fue responsable de realizar arrestos masivos, deportaciones y ejecuciones de aquellos considerados enemigos del Estado.",
    ),
    (
        "es",
        "hc",
        "En la España republicana, también recibieron el nombre de «checas» los locales que durante la Guerra Civil utilizaban organismos análogos, a menudo parapoliciales, para detener, interrogar, torturar, juzgar y ejecutar de forma sumarísima.",
    ),
    (
        "es",
        "qg",
        "La Policía Política Prusiana o policía secreta (Preußische Geheimpolizei o PGP) se creó en noviembre de 1848, como respuesta a los disturbios y pugnas políticas que se originaron en los territorios alemanes durante la Revolución de 1848.",
    ),
    (
        "es",
        "qg",
        "El rey Federico Guillermo IV de Prusia nombró a Karl Ludwig Friedrich von Hinckeldey, hombre de su confianza, director general de policía, y este facilitó la creación de una sección policial para vigilar y neutralizar a los que apoyaron la revolución en Prusia (la PGP).",
    ),
    (
        "es",
        "wz",
        "La RSHA fue creada por el Reichsführer-SS Heinrich Himmler el 27 de septiembre de 1939, resultante de la fusión de la Gestapo, el Sicherheitsdienst (SD), la Sicherheitspolizei (SiPo) y la Kriminalpolizei (KriPo).",
    ),
    (
        "es",
        "vm",
        "El 26 de abril de 1933, Hermann Göring, comandante en jefe de la Fuerza Aérea de la Alemania nazi, la Luftwaffe, firmó el decreto que creaba la Geheime Staatspolizei (más conocida como Gestapo), uno de los grandes símbolos del Estado policial nazi.",
    ),
    (
        "es",
        "vm",
        "En cada distrito se creó una oficina de la Gestapo, que puso en marcha una red de vigilancia de la opinión pública.",
    ),
    (
        "es",
        "qr",
        "En junio de 1936, cuando Heydrich recibió un Hauptamt policial en el Ministerio del Interior, Daluege estaba ya consolidando la posición que ya tenía efectiva como coordinador de la Policía Estatal (rebautizada ya Ordnungspolizei, Policía de Orden Público u Orpo).",
    ),
    (
        "es",
        "qs",
        "Junto a la Policía Popular, responsable del orden público, el Kommissariat-5 (K-5) será el responsable de depurar a los antiguos nazis y de la seguridad interna.",
    ),
    (
        "es",
        "qs",
        "En lo que respecta a las fuerzas policiales, en la Zona de Ocupación Soviética (SBZ) hubo un cambio de personal y con muy pocas excepciones, todos los oficiales que estaban con la policía antes del 8 de mayo de 1945 fueron despedidos y reemplazados por recién llegados sin antecedentes y sin experiencia en el servicio policial, lo que tendrá como resultado el hundimiento del nivel profesional de la policía.",
    ),
    (
        "es",
        "dw",
        "El MfS se fundó el 8 de febrero de 1950 y se convirtió en un aparato de vigilancia y represión ampliamente ramificado y bien dotado de personal , que en 1989 tenía alrededor de 91.000 empleados a tiempo completo y entre 110.000 ( Ilko-Sascha Kowalczuk ) y 189.000 ( Helmut Müller-Enbergs ) a los que pertenecían empleados no oficiales (IM).",
    ),
    (
        "es",
        "dw",
        "La población de la RDA fue atacada por el MfS cuando existía sospecha de resistencia política contra el SED, espionaje o huida de la república .",
    ),
    (
        "es",
        "mn",
        'A menudo recurría a sus llamados "empleados informales" (informantes secretos) para que les informaran sobre los movimientos de sus propios colegas, amigos y familiares.',
    ),
    (
        "es",
        "fr",
        "Fue fundado el 8 de febrero de 1950 siguiendo el ejemplo del Ministerio de Seguridad del Estado de la URSS (MGB de Rusia) y el Ministerio del Interior (MVD de Rusia).",
    ),
    (
        "es",
        "cy",
        "Designado por Joseph Stalin, Yagoda supervisó los arrestos, los juicios y las ejecuciones de los viejos bolcheviques Lev Kamenev y Grigory Zinoviev, eventos culminantes de la Gran Purga.",
    ),
    (
        "es",
        "cy",
        "Acusado de delitos de demolición, espionaje, trotskismo y conspiración, Yagoda fue acusado en el Juicio de los Veintiuno, el último de los principales juicios soviéticos de la década de 1930.",
    ),
    (
        "es",
        "mm",
        "La rebelión militar, al no conseguir inmediatamente sus objetivos, derivó en una larga guerra civil, a cuya cabeza se colocó una junta militar – Junta de Defensa Nacional- que se formó el 24 de julio de 1936, autoproclamándose los militares que la configuraban titulares de todos los poderes del Estado, poderes que transfirieron al General Franco el 29 de septiembre del mismo año y que éste no declinó hasta su muerte.",
    ),
    (
        "es",
        "lv",
        "A fin de sustanciar los centenares de miles de sumarios de los más de 280 000 detenidos en 1939-1940 , el régimen se vio obligado a crear 10 auditorías provisionales y una multitud de juzgados militares, que se vieron totalmente saturados en los tres primeros años de la posguerra, de modo que hasta 1943 no alcanzaron una actividad normal y fluida.",
    ),
    (
        "es",
        "qb",
        "Para mayor detalle, se indicaba que el enjuiciamiento se llevaría a cabo por el procedimiento sumarísimo, regulado en el Código de Justicia Militar.",
    ),
    (
        "es",
        "af",
        "El auto de fe que se realizaba discretamente en las dependencias de la Inquisición se llamaba autillo.",
    ),
    (
        "es",
        "af",
        "El propósito de los procesos de la Inquisición no era salvar el alma de los condenados sino garantizar el bien público «extirpando» la herejía.",
    ),
    (
        "es",
        "so",
        "El Tribunal del Santo Oficio de la Inquisición, comúnmente conocido como Inquisición española, fue una institución fundada en 1478 por los Reyes Católicos que, bajo el control directo de la Corona, estaba encargada de mantener la ortodoxia católica en sus reinos.",
    ),
    ("es", "so", "La Inquisición, como tribunal eclesiástico, solo tenía competencia sobre cristianos bautizados."),
    (
        "es",
        "so",
        "Su abolición fue aprobada por Napoleón mediante decreto de 4 de diciembre de 1808, en el contexto de la guerra de la Independencia; pero no se abolió definitivamente en todo la Monarquía hasta el 15 de julio de 1834, durante la regencia de María Cristina de Borbón, encuadrada en el inicio del reinado de Isabel II.",
    ),
    (
        "es",
        "vf",
        "Se dice que en las tenidas no se habla de política ni de religión y que un tercio de los diputados de la Segunda República eran masones.",
    ),
    (
        "es",
        "vr",
        "El Pacto de San Sebastián, 17 de agosto de 1930, fue el acuerdo por el cual, mediante la técnica del golpe de Estado, se estableció como objetivo el poner fin a la monarquía de Alfonso XIII y proclamar la Segunda República Española.",
    ),
    (
        "es",
        "vr",
        "Buena parte de ellos pertenecieron al gobierno provisional de la República (14 de abril – 16 de diciembre de 1931).",
    ),
    (
        "es",
        "rm",
        "De hecho La Carta Magna de la república fue redactada y aprobada en unas Cortes con 183 diputados masones de un total de 458.",
    ),
    (
        "es",
        "qs",
        "Estructurado a imagen y semejanza de la NKVD (que pasará a denominarse KGB en 1954), el K-5 no tardará en ampliar sus competencias.",
    ),
    # en
    (
        "en",
        "rp",
        "On November 25, 1938, Lavrentiy Beria succeeded Nikolai Yezhov as the head of the Soviet secret police, NKVD.",
    ),
    (
        "en",
        "rp",
        "In early June 1916, Yezhov was recognized as unfit for military service because of very small stature (151 cm), sent to the rear artillery workshop in Vitebsk.",
    ),
    (
        "en",
        "rp",
        "Having worked in the cadres office [Orgraspredotdele] until 1929, Yezhov during the year was the Deputy Commissar of Agriculture of the USSR, and in November 1930 he returned to head Orgraspredotdel, taking the place of his former boss, who was transferred to the post of deputy chairman of the Supreme Economic Council.",
    ),
    (
        "en",
        "yw",
        "That same day, he was executed by the future KGB chairman Ivan Serov, probably in the basement of a small NKVD station on Varsonofevskii Lane in Moscow.",
    ),
    (
        "en",
        "yw",
        "The main NKVD execution chamber in the basement of the Lubyanka was deliberately avoided to ensure total secrecy.",
    ),
    (
        "en",
        "yw",
        "His body was immediately cremated and the ashes dumped in a common grave at Moscow’s Donskoi Cemetery.",
    ),
    (
        "en",
        "ow",
        "This was accomplished primarily through the use of tens of thousands of civilian informants called unofficial collaborators, who contributed to the arrest of approximately 250,000 people in the GDR alone.",
    ),
    (
        "en",
        "ow",
        "The Stasi also conducted espionage and other clandestine operations outside the GDR through its subordinate foreign intelligence service, the Office of Reconnaissance, or Head Office A.",
    ),
    (
        "en",
        "ow",
        "The Stasi had its headquarters in East Berlin, with an extensive complex in Berlin-Lichtenberg and several smaller facilities throughout the city.",
    ),
    (
        "en",
        "co",
        "After German reunification, the surveillance files that the Stasi had maintained on millions of East Germans were opened, so that any citizen could inspect their personal file on request.",
    ),
    (
        "en",
        "co",
        "Its Main Directorate for Reconnaissance was responsible for both espionage and for conducting covert operations in foreign countries.",
    ),
    ("en", "nu", "Its primary role was to monitor, control, and suppress opposition to the communist regime."),
    ("en", "va", "The Stasi employed a vast network of informants and used extensive surveillance techniques."),
    (
        "en",
        "sp",
        "In 1880 the Russian Police Department established a special section that dealt with internal security.",
    ),
    (
        "en",
        "sp",
        "Concerned by the attempts by Russian workers to form trade unions, Okhrana units were formed in the industrial centres of St. Petersburg, Moscow and Warsaw.",
    ),
    (
        "en",
        "sp",
        "He gradually introduced several modern methods of detection including photographic files, a systematic registration of suspects and a flying squad to deal with acts of terrorism.",
    ),
    (
        "en",
        "sp",
        "Two of these double-agents were responsible for the assassinations of two Ministers of the Interior, Vyacheslav Plehve and Peter Stolypin.",
    ),
    (
        "en",
        "ih",
        "The Okhrana’s Paris bureau, headed by the capable Petr Rachkovskiyfrom 1884 to 1902, had 40 French detectives on its payroll and some 30 agents in Paris and elsewhere.",
    ),
    (
        "en",
        "ih",
        "During the reign of Aleksandr II (1855–1881), approximately 4,000 people were detained and interrogated for political crimes.",
    ),
    (
        "en",
        "tp",
        "In Prussia, Hermann Göring, initially acting interior minister, then minister president, established the Prussian Secret State Police Office on April 26, 1933, with its headquarters at Prinz-Albrecht-Straße 8.",
    ),
    (
        "en",
        "tp",
        "In April 1934, Heinrich Himmler became “Inspector” and deputy chief of the Prussian Gestapo and appointed Reinhard Heydrich as its head.",
    ),
    (
        "en",
        "tp",
        "The Security Police Main Office, headed by Heydrich, comprised the Gestapo and Criminal Investigation Police.",
    ),
    (
        "en",
        "dd",
        "Until 1939, the Gestapo was organizationally part of the Secret State Police Office (Gestapa) in Berlin.",
    ),
    (
        "en",
        "dd",
        "In 1939, the Reich Main Security Office (RSHA) was established upon a directive by Heinrich Himmler.",
    ),
    (
        "en",
        "dl",
        "On August 30, 1948 the text of the Decree No. 221 was published in “The Official Monitor” about the establishment and organization, within the framework of the Ministry of Internal Affairs, of the General Direction of the People’s Security (DGPS).",
    ),
    (
        "en",
        "dl",
        "Half a year later, based on the Decree No. 25, on January 23, 1949, the General Direction of Militia was founded, and on February 7, 1949, the Gendarmerie was dissolved, being replaced by the troops of the Securitate.",
    ),
    (
        "en",
        "wc",
        "In two pioneering volumes, historian Dennis Deletant (1995 and 2000) detailed the Securitate's structure, methods and relationship with the Communist Party under Ceausescu and his predecessor, Gheorghe Gheorghiu-Dej.",
    ),
    (
        "en",
        "in",
        'According to the Securitate\'s own archives, an estimated 750,000 people out of a population of 23 million collaborated, so it was really "only" one in 30.',
    ),
    ("en", "kz", "Beginning on 20 April 1934, it was under the administration of SS national leader Heinrich Himmler."),
    (
        "en",
        "fd",
        "The KGB was formally established by Khrushchev in 1954 but the concept of an intelligence force was nothing new in Russia.",
    ),
    (
        "en",
        "fd",
        "In 1946 the secret police were divided into two parts: the MGB which operated mainly abroad and the MVD which operated the forced labor camps and policed the local population.",
    ),
    (
        "en",
        "gs",
        "In the late 1960s, Andropov restored the system of special departments in universities and enterprises that monitored public attitudes.",
    ),
    (
        "en",
        "gs",
        "The KGB was supervised by one of the departments of the Central Committee of the CPSU, which drafted directives for all law enforcement agencies.",
    ),
    (
        "en",
        "pm",
        "Perm-36 (also known as ITK-6) was a Soviet forced labor colony located near the village of Kuchino, 100 km (60 miles) northeast of the city of Perm in Russia.",
    ),
    (
        "en",
        "pm",
        "Built in 1946 and closed in December 1987, the camp was preserved in 1994 by the Russian human historical and human rights organization Memorial.",
    ),
]

if __name__ == "__main__":
    write_blind_set("blind16n", REAL, NEUTRAL, URLS)
