# ruff: noqa: E501
"""Write blind16s (real items are excerpts of the pages named, cut at sentence or clause ends; one
mismatched closing mark normalized in b16s-es-f16) (scare quotes / so-called Doubt): gold written before any run."""

import json

R = "real"
real = [
    # es
    (
        "es",
        "Décadas de intensa propaganda sobre el fin del período socialista en el Este de Europa, adornadas con los dogmas de todos conocidos (“ansias de libertad” de sus ciudadanos, “anquilosamiento” de su economía y el carácter “opresivo” de sus sistemas políticos), han servido no solo para elaborar una gran mentira sino para ocultar lo que realmente se diseñó en la “guerra caliente” del Occidente anticomunista contra el socialismo.",
        ["“ansias de libertad”", "“anquilosamiento”", "el carácter “opresivo”", "la “guerra caliente”"],
        "https://mediatize.info/tema/del028",
    ),
    (
        "es",
        'Analogía: eliminar una plaga de cucarachas con una plaga de ratas. Eso fue la "liberación comunista".',
        ['la "liberación comunista"'],
        "https://www.uned-derecho.com/index.php?topic=112694.msg1085689",
    ),
    (
        "es",
        'Muchos países del Este dudaron, después de la "liberación", sobre qué preferían.',
        ['la "liberación"'],
        "https://www.uned-derecho.com/index.php?topic=112694.msg1085689",
    ),
    (
        "es",
        "Si reconociera esa victoria del socialismo, obtenida sin ayuda de los países imperialistas que deseaban el triunfo de Hitler, Occidente no podría presumir de haber “salvado al mundo” de su inventada “amenaza soviética” y otras patrañas que viene difundiendo desde el inicio de su “Guerra Fría”.",
        ["“salvado al mundo”", "su inventada “amenaza soviética”"],
        "https://buzos.com.mx/storage/noticias/2025-05-03/El%20D%C3%ADa%20de%20la%20Victoria%20Sovi%C3%A9tica.html",
    ),
    (
        "es",
        "Es en esta segunda fase cuando una serie de “periodistas” (Francisco Marhuenda, Hermann Tertsch, Jaime González, Isabel Durán, Carlos Cuesta, Alfonso Rojo, Eduardo García Serrano, Cristina López Schlichting…) enuncian machaconamente las ideas aportadas por la rama intelectual de la trama.",
        ["una serie de “periodistas”"],
        "https://pesadillahispana.wordpress.com/2016/08/18/la-derecha-y-la-guerra-civil/",
    ),
    (
        "es",
        "Estos “demócratas” pata negra quiebran España siempre que tocan poder, prometiendo un “progresismo” generoso con tu dinero pero jamás con el suyo.",
        ["Estos “demócratas” pata negra", "un “progresismo” generoso con tu dinero"],
        "https://laverdadofende.blog/2020/04/24/la-falacia-democratica-verdades-ofenden/",
    ),
    (
        "es",
        "Pero no debemos caer en la trampa de dedicarnos a demostrar que no es el gobierno del pueblo, cosa evidente, pues entonces es cuando nos saldrán con el famoso cuento de la ‘verdadera’ democracia, especie de unicornio mítico, nunca encontrado, pero ideal.",
        ["la ‘verdadera’ democracia"],
        "https://ftp.burbuja.info/inmobiliaria/temas/democracia-la-gran-supersticion-ii.946531",
    ),
    (
        "es",
        "Y hay demasiados «hijos» de franquistas condicionados por el síndrome del impostor.",
        ["demasiados «hijos» de franquistas"],
        "https://www.larazon.es/opinion/franco-interesa-sanchez_2025040867f56b37fd5470000128b11a.html",
    ),
    (
        "es",
        "Como muestra de los «democrático» del bando republicano veamos esta noticia del diario «La Voz», acusando absurdamente al coronel Moscardó de fusilar a mujeres refugiadas que quería salir.",
        ["los «democrático» del bando republicano"],
        "http://www.memoriarepublicana.com/category/libertad-en-la-republica/page/7/",
    ),
    (
        "es",
        "De hecho aún añaden que toda la población civil quería salir cuando está igualmente demostrado que preferían quedar asediados con sus padres, maridos o hijos que quedar «libres» con los republicanos.",
        ["«libres»"],
        "http://www.memoriarepublicana.com/category/libertad-en-la-republica/page/7/",
    ),
    (
        "es",
        "Para la “defensa” de la cultura piden censurar lo que se da en cines y teatros pidiendo que se prohíban ¡por monárquicas o monarquizantes! hasta zarzuelas como “Doña Francisquita”.",
        ["la “defensa” de la cultura"],
        "http://www.memoriarepublicana.com/category/libertad-en-la-republica/page/7/",
    ),
    (
        "es",
        "¡No al franquismo “reformado”!",
        ["franquismo “reformado”"],
        "https://rr4i.noblogs.org/2006/04/19/no-al-franquismo-reformado",
    ),
    (
        "es",
        "Desde el primer momento las estanterías de las librerías comenzaron a llenarse de ejemplares sobre el tema con enfoques, en su mayoría coincidentes, sobre el “éxito” de aquel experimento y comentarios casi siempre laudatorios hacia sus principales protagonistas.",
        ["el “éxito” de aquel experimento"],
        "https://antonsaavedra.wordpress.com/2019/08/14/venganza-contra-asturias-y-llego-la-modelica-transicion/",
    ),
    (
        "es",
        'No es lugar ni día para hablar de cuánto haya de verdad y cuánto de manipulación en la llamada "leyenda negra" sobre la conquista española, que siguió al "descubrimiento" que hoy se celebra.',
        ['al "descubrimiento"'],
        "https://www.lne.es/opinion/2025/10/12/mundo-nuevo-mundo-122528591.html",
    ),
    (
        "es",
        'Pero quizás sea oportuno un breve apunte sobre una de sus derivaciones colaterales, que pudiera explicar el odio calculado que ha cebado con más fuerza la gestación de aquella "leyenda".',
        ['aquella "leyenda"'],
        "https://www.lne.es/opinion/2025/10/12/mundo-nuevo-mundo-122528591.html",
    ),
    (
        "es",
        'Lo que en realidad fue un "encuentro entre imperios" ha sido tergiversado hasta convertirse en el relato del "avasallamiento de los pueblos originarios".',
        ['el relato del "avasallamiento de los pueblos originarios"'],
        "https://sindo1949.blogspot.com/2025/02/el-imperialismo-en-america-antes-de-la.html",
    ),
    (
        "es",
        'Se convierten en etiquetas intocables, y cuestionarlas implica el riesgo de ser "cancelado".',
        ['"cancelado"'],
        "https://sindo1949.blogspot.com/2025/02/el-imperialismo-en-america-antes-de-la.html",
    ),
    (
        "es",
        "Esta descripción suele enfatizar los aspectos “positivos” de la conquista, obviando las atrocidades y consecuencias negativas que también formaron parte de estos eventos históricos.",
        ["los aspectos “positivos” de la conquista"],
        "https://m.ru24.pro/foreign/389589842",
    ),
    (
        "es",
        "La noción de que los europeos llevaron “civilización” a un continente supuestamente primitivo y salvaje es un pilar de la leyenda rosa.",
        ["“civilización”"],
        "https://m.ru24.pro/foreign/389589842",
    ),
    # en
    (
        "en",
        "When Lenin’s ‘Workers Party’ finally took power in Russia, his socialist allies, instead of finding their ‘paradise on earth,’ found themselves with their backs to a wall and facing a firing squad.",
        ["their ‘paradise on earth,’"],
        "https://whatintheworld.link/the-signs-of-the-times-72/",
    ),
    (
        "en",
        "They use their pet economists to talk about ‘free trade’ and ‘privatisation’ and ‘de-regulation’ and ‘trickle down’ (billions for the rich, pennies for the paupers) etc.",
        ["‘free trade’", "‘privatisation’", "‘de-regulation’", "‘trickle down’"],
        "https://whatintheworld.link/the-signs-of-the-times-72/",
    ),
    (
        "en",
        "They are destroying the society that gave them freedom and prosperity; they are “change agents” for poverty and dictatorship.",
        ["“change agents” for poverty and dictatorship"],
        "https://tobefree.press/2009/03/02/che-the-wests-fatal-embrace-of-communism/",
    ),
    (
        "en",
        'Just like Carrol\'s "Wonderland," Marianna Spring\'s "Conspiracyland" is not a "reality."',
        ['a "reality."'],
        "https://iaindavis.substack.com/p/deconstructing-marianna-in-conspiracyland-e82",
    ),
    (
        "en",
        'It is simply a propaganda label applied to people who question the Establishment\'s "epistemic authorities."',
        ['the Establishment\'s "epistemic authorities."'],
        "https://iaindavis.substack.com/p/deconstructing-marianna-in-conspiracyland-e82",
    ),
    (
        "en",
        "Thus wronged and victimized, having suffered staggering losses, the armies of Moscow nonetheless rebounded, and they alone defeated “fascism,” saving the world from its menace.",
        ["“fascism,”"],
        "https://www.iwp.edu/articles/2020/02/24/putins-stalinist-liberation/",
    ),
    (
        "en",
        "In fact, throughout its history, the USSR justified its imperialist aggression invariably in terms of bringing “liberty” and annihilating evil.",
        ["bringing “liberty”"],
        "https://poloniainstitute.net/battle-of-ideas/channeling-stalin-unscrambling-russian-propaganda-in-ukraine-2/",
    ),
    (
        "en",
        "Stalin was not only Hitler’s ally at the beginning of the war, but also had his own plans for the “liberation” of Europe, which included the establishment of totalitarian control.",
        ["the “liberation” of Europe"],
        "https://timeukraineisrael.com/?p=59107",
    ),
    (
        "en",
        "The “brotherly nations” of the USSR and the Warsaw Pact countries were subjected to repression, occupation and violence by the Kremlin for many years.",
        ["The “brotherly nations”"],
        "https://timeukraineisrael.com/?p=59107",
    ),
    (
        "en",
        "That all this stream of “revelations” arose right now.",
        ["this stream of “revelations”"],
        "https://www.stalkerzone.org/western-propagandists-try-to-convince-russians-that-they-are-not-a-victorious-nation/",
    ),
    (
        "en",
        "On social media at the same time, a whole bunch of moral freaks post fake “memories of blockades”.",
        ["fake “memories of blockades”"],
        "https://www.stalkerzone.org/western-propagandists-try-to-convince-russians-that-they-are-not-a-victorious-nation/",
    ),
    (
        "en",
        "One of the most terrible and destructive myths about the Soviet Union is the lie about the “bloody regime” of Stalin, who allegedly destroyed tens of millions of innocent people.",
        ["the “bloody regime” of Stalin"],
        "https://stanislavs.org/myths-about-stalin-where-do-legs-grow-from-reblog-of-a-detailed-research-article/",
    ),
    (
        "en",
        "The right one? Hard to say, as everyone had an interest in covering any tracks other than the 'approved story'.",
        ["the 'approved story'"],
        "https://cowboyszone.com/threads/jfk-assassination%E2%80%93-conspiracy-or-not.274181/page-4",
    ),
    (
        "en",
        "It has been used to claim that a genocide took place against Ukrainians through deliberate ‘terror–famine’ by the Soviet government.",
        ["deliberate ‘terror–famine’"],
        "https://kopamaros.wordpress.com/tag/stalin/",
    ),
    (
        "en",
        "The event was a great tragedy and a great crime of the Stalinist government, but it’s been turned into a “genocide” by Ukrainian nationalist propaganda since the 1990s.",
        ["a “genocide”"],
        "https://doslabelectronics.com/css/spectre.min.css",
    ),
    (
        "en",
        "The bombing of Dresden during the Second World War has become one of those events which have brought into question the ‘righteousness’ of some of the Allies actions in that conflict.",
        ["the ‘righteousness’"],
        "http://bookofbogan.com/reviews/authors/frederick-taylor/",
    ),
    (
        "en",
        'He is also a "regular guy," one with a terrific sense of down-home humor, which makes him one with the white middle class.',
        ['a "regular guy,"'],
        "http://vernonjohns.org/vernjohns/sthcvlwx.html",
    ),
]
COMPOSED = "composed for blind16s (thirteenth session): plain history that quotes single words (no page quoted)"
neutral = [
    (
        "en",
        "Roosevelt pulled the political levers to get “surplus” American war supplies to the British.",
        "https://trantor.is/content/l0eB4uNmqxxEzrKe/text/9780062405531_Chapter_1.xhtml",
    ),
    (
        "en",
        'The Republicans declared that the "normal condition" of a territory of the United States is that of freedom.',
        "https://apwiki.wikidot.com/ap-us:civil-war",
    ),
    (
        "en",
        "For more than 60 years Britain's Bomber Command led by Arthur 'Bomber' Harris has been vilified for the deaths in the bombing of Dresden.",
        "http://tvnewslies.com/tvnl/index.php/latest-news-at-a-glance/special-interest-glance.html?start=1106",
    ),
    ("en", 'The peasants the regime branded "kulaks" were deported to Siberia and Kazakhstan in 1930.', COMPOSED),
    ("en", 'The Russian word "kulak" literally means "fist".', COMPOSED),
    (
        "en",
        'The Bolsheviks ("majority") and the Mensheviks ("minority") took their names from a vote at the 1903 congress.',
        COMPOSED,
    ),
    (
        "en",
        'Under the New Economic Policy, private traders, the so-called "nepmen", reopened shops in Moscow and Petrograd.',
        COMPOSED,
    ),
    ("en", 'Contemporaries called the winter of 1946-47 in occupied Germany the "hunger winter".', COMPOSED),
    ("en", 'In his diary Goebbels wrote that the campaign in Poland had been a "success".', COMPOSED),
    ("en", 'The young radicals of the 1860s were nicknamed "nihilists" by their critics.', COMPOSED),
    ("en", 'The word "pogrom" comes from a Russian verb meaning "to destroy".', COMPOSED),
    ("en", 'The Treaty of Versailles was denounced across Germany as a "diktat".', COMPOSED),
    ("en", 'The Union paid for much of the war with paper money known as "greenbacks".', COMPOSED),
    ("en", 'Soldiers returning from the trenches suffered from what doctors then called "shell shock".', COMPOSED),
    ("en", 'The Soviet press praised the Stakhanovites as "heroes of labour".', COMPOSED),
    ("en", 'Chamberlain told the crowd at Heston that he had brought back "peace for our time".', COMPOSED),
    ("en", 'The Red Guards set out to destroy the "four olds": old customs, culture, habits and ideas.', COMPOSED),
    ("en", 'George Kennan\'s famous "long telegram" of 1946 shaped the American policy of containment.', COMPOSED),
    ("en", 'Eisenhower warned in 1961 against the influence of the "military-industrial complex".', COMPOSED),
    ("en", 'Wartime posters urged British civilians to "dig" for victory on every spare plot of land.', COMPOSED),
    (
        "en",
        'The alleged "confession" was read out at the trial, and Bukharin withdrew parts of it the next day.',
        COMPOSED,
    ),
    ("en", 'British newspapers spoke of a "phoney" war during the quiet winter of 1939-40.', COMPOSED),
    (
        "es",
        "Un numeroso conjunto de libros y descripciones de la conquista han sido categorizadas en su mayoría como “crónicas” (y sus autores como “cronistas”).",
        "https://vdocuments.co/la-conquista-569d8c7b139e7.html",
    ),
    ("es", "El régimen llamó «kulaks» a los campesinos acomodados y los deportó a Siberia.", COMPOSED),
    ("es", "La palabra rusa «kulak» significa literalmente «puño».", COMPOSED),
    (
        "es",
        "Los bolcheviques («mayoritarios») y los mencheviques («minoritarios») tomaron su nombre de una votación del congreso de 1903.",
        COMPOSED,
    ),
    (
        "es",
        "Durante la NEP, los comerciantes privados, los llamados «nepmen», reabrieron sus tiendas en Moscú.",
        COMPOSED,
    ),
    (
        "es",
        "En la retaguardia republicana, los «paseos» fueron ejecuciones extrajudiciales de presuntos derechistas.",
        COMPOSED,
    ),
    ("es", "Los voluntarios de las Brigadas Internacionales eran conocidos como «brigadistas».", COMPOSED),
    ("es", "La prensa de la época llamó «semana trágica» a los sucesos de Barcelona de julio de 1909.", COMPOSED),
    (
        "es",
        "Los niños evacuados a la Unión Soviética fueron conocidos después como los «niños de la guerra».",
        COMPOSED,
    ),
    ("es", "Azaña escribió en sus diarios que la situación militar era «desesperada».", COMPOSED),
    ("es", "El término «estraperlo» procede del apellido de dos empresarios, Strauss y Perlo.", COMPOSED),
    ("es", "Tras la guerra, el racionamiento dio origen a un próspero «estraperlo» de harina y aceite.", COMPOSED),
    ("es", "Franco fue nombrado «generalísimo» por la Junta de Defensa Nacional en septiembre de 1936.", COMPOSED),
    (
        "es",
        "Los guerrilleros antifranquistas, a quienes el régimen llamaba «bandoleros», resistieron en los montes hasta los años cincuenta.",
        COMPOSED,
    ),
    ("es", "Los «maquis» de León y Galicia resistieron en los montes hasta 1951.", COMPOSED),
    ("es", "La Constitución de 1812, la famosa «Pepa», se promulgó en Cádiz el día de San José.", COMPOSED),
    ("es", "Los «afrancesados» apoyaron a José Bonaparte por convicción ilustrada o por cálculo político.", COMPOSED),
    ("es", "En la Rusia zarista, los «mujiks» eran los campesinos pobres sujetos a la comuna rural.", COMPOSED),
    ("es", "Los «descamisados» fueron la base social del peronismo desde octubre de 1945.", COMPOSED),
    (
        "es",
        "Los corresponsales extranjeros describieron la caída de Madrid como «inminente» en noviembre de 1936.",
        COMPOSED,
    ),
    (
        "es",
        "La supuesta «confesión» de Bujarin se leyó en el juicio, y él se retractó de parte de ella al día siguiente.",
        COMPOSED,
    ),
    ("es", "Primo de Rivera presentó su dictadura como un «paréntesis» en la vida constitucional.", COMPOSED),
]


def main():
    rows, counts = [], {"es": 0, "en": 0}
    n = {"es": 0, "en": 0}
    for lang, text, spans, url in real:
        for s in spans:
            assert s in text, (s, text)
        n[lang] += 1
        counts[lang] += len(spans)
        rows.append(
            {
                "id": f"b16s-{lang}-f{n[lang]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": False,
                "flags": [{"text": s, "technique": "Doubt", "voice": "author", "speaker": None} for s in spans],
                "url": url,
            }
        )
    with open("tests/data/rhetoric/blind16s_real.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    m = {"es": 0, "en": 0}
    out = []
    for lang, text, url in neutral:
        m[lang] += 1
        out.append(
            {
                "id": f"b16s-{lang}-n{m[lang]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": True,
                "flags": [],
                "url": url,
            }
        )
    with open("tests/data/rhetoric/blind16s_neutral.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("real spans", counts, "neutral", m)


main()
