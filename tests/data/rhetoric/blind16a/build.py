# ruff: noqa: E501
"""Write blind16a: a superlative over all time or history in the writer's voice (Exaggeration-Minimisation)
against the historian's measured or reputed superlative. Real items are excerpts of the pages named, cut at
sentence or clause ends (line breaks of the page joined, one sentence start capitalised); the neutral items
are composed for this set: plain history that ranks with its count or gives a standing. Gold written before
any run of cronica on these sentences (thirteenth session, round 16a)."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
EX = "Exaggeration-Minimisation"

# (lang, period, text, [span | (span, technique, voice, speaker)], url)
real = [
    # es
    (
        "es",
        "present",
        "Nicolás Maduro, dictador comunista de Venezuela, se podría convertir en uno de los peores genocidas de la humanidad en todos los tiempos al llevar a ese país a cifras escalofriantes de personas muertas por hambre, que serían de 4 millones en los próximos años sino hay solución inmediata a la crisis humanitaria.",
        ["uno de los peores genocidas de la humanidad en todos los tiempos"],
        "https://las2orillas.co/los-peores-genocidas-de-la-historia",
    ),
    (
        "es",
        "historical",
        "Claro que eso responde a la lógica marxista-leninista, cuyas camarillas ya sea gobernando o por medio de guerrillas han cometido los peores genocidios de la historia.",
        ["los peores genocidios de la historia"],
        "https://las2orillas.co/los-peores-genocidas-de-la-historia",
    ),
    (
        "es",
        "historical",
        "Al llevar a cabo esta ideología, los regímenes políticos del siglo XX encabezados por dictadores como Mao Zedong y Joseph Stalin fueron responsables de una rápida destrucción de vidas humanas nunca antes visto en la historia.",
        ["una rápida destrucción de vidas humanas nunca antes visto en la historia"],
        "https://es.theepochtimes.com/comunismo-la-mayor-causa-ideologica-de-muerte-en-el-siglo-xx_112262.html",
    ),
    (
        "es",
        "historical",
        "El siglo XX ha sido el más atroz de la historia.",
        ["el más atroz de la historia"],
        "https://empresainformativa.blogspot.com/2007/01/centenares-de-millones-de-muertos.html",
    ),
    (
        "es",
        "historical",
        "Los mayores asesinos de la historia",
        ["Los mayores asesinos de la historia"],
        "https://www.lahora.com.ec/opinion/los-mayores-asesinos-de-la-historia/",
    ),
    (
        "es",
        "present",
        "Aunque no le llene al secretario, los comunistas han sido con los nazis los mayores criminales de la historia y la periodista, con toda la razón, rechazó rectificarse.",
        ["los mayores criminales de la historia"],
        "https://www.elespectador.com/opinion/columnistas/mauricio-botero-caicedo/dos-caras-del-mismo-monstruo-totalitario/",
    ),
    (
        "es",
        "present",
        "La mayor mentira de todos los tiempos ha convertido la ciencia en una farsa y ha privado a la gente del pensamiento independiente.",
        ["La mayor mentira de todos los tiempos"],
        "https://books-ar.quares.es/apex/r/quares/books/ficha?p6_id=44860",
    ),
    (
        "es",
        "present",
        "Mientras el ojo de la población estaba inmerso en la pandemia del Covid-19, hemos asistido al mayor espectáculo de manipulación de masas del último siglo en nuestro país, donde se ha privado al ciudadano de una información que podría haber evitado el desastre.",
        ["mayor espectáculo de manipulación de masas del último siglo"],
        "https://meuslivros.de/livros/55",
    ),
    (
        "es",
        "historical",
        "Esperemos que el actual PSOE junto a los partidos que le apoyan, den ese paso para que no se convierta el mayor genocida de nuestra historia en el ratoncito Pérez de los carcas desdentados y sus acólitos.",
        ["el mayor genocida de nuestra historia"],
        "https://www.informacion.es/opinion/cartas-de-los-lectores/2021/08/13/43-anos-despues-56207049.html",
    ),
    (
        "es",
        "historical",
        "Sin duda, cifras cantan aquí fúnebremente, Franco ha sido el mayor asesino de nuestra historia; incluso el mayor homicida, por las muchas docenas de miles de soldados o partidarios suyos que murieron debido a su impericia militar y a su menosprecio de la vida ajena.",
        ["el mayor asesino de nuestra historia", "el mayor homicida"],
        "https://www.noticiasdenavarra.com/opinion/cartas-al-director/2019/07/14/franco-mayor-asesino-ladron/842779.html",
    ),
    (
        "es",
        "historical",
        "Franco, sólo fue uno de los más grandes genocidas de la historia de Europa y su crueldad fue posible sólo gracias al apoyo que recibió de Gran Bretaña y Estados Unidos.",
        ["uno de los más grandes genocidas de la historia de Europa"],
        "https://antiklerical.blogspot.com/2011/06/otra-biografia-de-franco-pedro-luis.html?showComment=1307550246432",
    ),
    (
        "es",
        "historical",
        "Puede afirmarse que la Segunda Guerra Mundial inauguró el capítulo más oscuro de la historia de la humanidad.",
        ["el capítulo más oscuro de la historia de la humanidad"],
        "https://lanormal.com.ar/libros/segunda-guerra-mundial/103948",
    ),
    (
        "es",
        "historical",
        "Seis millones de muertos. Una cifra de pavor, pero cada uno de ellos ha de representar una muesca imborrable en la memoria atemporal de la humanidad, para no olvidar nunca de lo que son capaces los peores monstruos de nuestra historia.",
        ["los peores monstruos de nuestra historia"],
        "https://www.daia.org.ar/2017/04/26/para-honrar-a-las-victimas-del-holocausto-que-el-antisemitismo-de-hoy-no-nos-sea-indiferente-por-leah-soibel/",
    ),
    (
        "es",
        "present",
        "ZAPATERO SERÁ recordado como el peor presidente de España, y aunque esto no viene especialmente al caso me apetece decirlo para enmarcar que fue el peor por ser un tonto maduro, pero ahora parece que el doctor Sánchez va camino de afianzarse en segunda posición por mentiroso y malvado.",
        ["el peor presidente de España"],
        "http://www.elmundo.es/comunidad-valenciana/alicante/2018/09/21/5ba3b77de5fdea2d578b4637.html",
    ),
    (
        "es",
        "present",
        "Con éste capítulo cierro mi libro y no podía dejar de dedicar uno al peor presidente que ha tenido la joven democracia española que no es otro que “emepuntorajoy”, que a día de hoy todavía nadie sabe quien es.",
        ["peor presidente que ha tenido la joven democracia española"],
        "https://tonibaopensaments.blogspot.com/2024/08",
    ),
    (
        "es",
        "present",
        "Nunca nadie hizo tanto daño en tan poco tiempo.",
        ["Nunca nadie hizo tanto daño en tan poco tiempo"],
        "https://presimiente.blogspot.com/2023/11",
    ),
    (
        "es",
        "present",
        "En este artículo, exploraremos la figura del presidente que ha dejado una huella significativa en la memoria colectiva de los españoles como el más nefasto de todos los tiempos.",
        ["el más nefasto de todos los tiempos"],
        "https://decideburgos.es/?p=5798",
    ),
    (
        "es",
        "present",
        "No supo enfrentarse a la crisis y con medidas absurdas solo pudo incrementarla y sumirnos en la mayor crisis económica de nuestra historia con millones de parados.",
        ["la mayor crisis económica de nuestra historia"],
        "https://www.elperiodicomediterraneo.com/noticias/opinion/peor-presidente-democracia_1300342.html",
    ),
    (
        "es",
        "historical",
        "Así, dicen ser ecologistas, pero ningún país perpetró tantas atrocidades medioambientales como la Unión Soviética, y ninguno contamina tanto como la China comunista.",
        ["ningún país perpetró tantas atrocidades medioambientales como la Unión Soviética"],
        "https://cronicasdesdeeloctavopueblo.blogspot.com/2023/03/inutiles-aprovechandose-de-tontos-utiles.html",
    ),
    # en
    (
        "en",
        "present",
        "It was also the greatest hoax in stock market history.",
        ["the greatest hoax in stock market history"],
        "http://www.nationofchange.org/greatest-hoax-history-money-fed-banks-lies-1322843577",
    ),
    (
        "en",
        "present",
        "No, scratch that. It was the greatest hoax in the history of money. And it was built on lies.",
        ["the greatest hoax in the history of money"],
        "http://www.nationofchange.org/greatest-hoax-history-money-fed-banks-lies-1322843577",
    ),
    (
        "en",
        "present",
        "The Largest Propaganda Operation in History?",
        ["The Largest Propaganda Operation in History"],
        "https://selfreliancecentral.com/2023/01/09/the-largest-propaganda-operation-in-history/",
    ),
    (
        "en",
        "historical",
        "10 most evil people in history: foulest beings to ever live",
        ["most evil people in history", "foulest beings to ever live"],
        "https://www.legit.ng/ask-legit/top/1535940-evil-people-history-foulest-beings-live/",
    ),
    (
        "en",
        "historical",
        "Here are 15 of the most evil to have ever been born:",
        ["the most evil to have ever been born"],
        "https://www.scoopwhoop.com/world/most-evil-people/?ref=read_hot",
    ),
    (
        "en",
        "historical",
        "The chancellor of Germany from 1933 to 1945 and Führer of the Nazi Party, Adolf Hitler was perhaps the most intelligent, creative and brutal dictators of them all.",
        ["the most intelligent, creative and brutal dictators of them all"],
        "https://www.scoopwhoop.com/world/most-evil-people/?ref=read_hot",
    ),
    (
        "en",
        "historical",
        "To get a sense of their atrocities, here's a look at some of the evilest persons in the world of all time.",
        ["the evilest persons in the world of all time"],
        "https://newspatrolling.com/who-is-most-evil-person-ever-born/",
    ),
    (
        "en",
        "present",
        "Retired Banker Blows Whistle On “The Greatest Scam On Earth”",
        [("The Greatest Scam On Earth", EX, "attributed", "a retired banker")],
        "https://barnabyisright.com/tag/interest/",
    ),
    (
        "en",
        "historical",
        "Usury is the Greatest Crime on Earth",
        ["the Greatest Crime on Earth"],
        "http://usuryfree.blogspot.com/2009/12/hidden-history-of-money-new-world-order.html",
    ),
    (
        "en",
        "historical",
        "The Biggest Problem on Earth is Usury as explained in Assorted Scriptures:",
        ["The Biggest Problem on Earth"],
        "http://usuryfree.blogspot.com/2009/12/hidden-history-of-money-new-world-order.html",
    ),
    (
        "en",
        "present",
        "It is one gargantuan Ponzi scheme, no better than the one Bernie Madoff used to swindle his friends and neighbors, and thousands of times worse if you add up the total number of victims it has ripped off over countless generations.",
        ["thousands of times worse"],
        "http://www.fedupusa.org/2011/03/the-world-financial-system-is-one-gargantuan-ponzi-scheme/",
    ),
    (
        "en",
        "historical",
        "The most evil person to have walked this Earth till date is the Soviet dictator, Joseph Stalin.",
        ["The most evil person to have walked this Earth"],
        "https://theinfong.com/2015/12/the-10-most-evil-people-ever-born-on-earth-their-evil-deeds-will-shock-you-with-pictures/9",
    ),
    (
        "en",
        "present",
        "There has been an ongoing debate about what is the greatest scam, mega-lies and ultimate deception, pushed upon the human race, in all time.",
        ["the greatest scam, mega-lies and ultimate deception, pushed upon the human race, in all time"],
        "https://blog.alor.org/mirror-mirror-on-the-wall-what-is-the-biggest-scam-of-all-by-james-reed",
    ),
    (
        "en",
        "present",
        "The destruction of the world was based on the biggest 100% falsehood in the history of medicine: Pfizer NEVER tested mRNA shot for blocking transmission of COVID-19 before it got EUA from the FDA.",
        [
            ("The destruction of the world", EX, "attributed", "Technocracy News Editor"),
            ("the biggest 100% falsehood in the history of medicine", EX, "attributed", "Technocracy News Editor"),
        ],
        "https://mark-skidmore.com/2022/10/25/the-big-lie-pfizer-scandal-blown-wide-open-never-even-tested-mrna-shots-for-transmission-of-virus/",
    ),
    (
        "en",
        "present",
        "But as his four years in office draw to an end, there's only one title to which he can lay claim: Donald Trump is the worst president America has ever had.",
        ["the worst president America has ever had"],
        "https://yalibnan.com/2021/01/19/trump-is-americas-worst-ever-president/",
    ),
    (
        "en",
        "present",
        "Three particular failures secure Trump's status as the worst chief executive ever to hold the office.",
        [("the worst chief executive ever to hold the office", EX, "attributed", "Tim Naftali")],
        "https://armwoodopinion.com/2024/06/the-worst-president-in-history.html",
    ),
    (
        "en",
        "historical",
        "The video above makes the case that Andrew Johnson is inarguably America's worst president.",
        ["America's worst president"],
        "https://slate.com/news-and-politics/2015/02/americas-worst-president-is-andrew-johnson-presidents-day-video.html",
    ),
    (
        "en",
        "historical",
        "No doubting this; the most evil man in the world history is Adolf Hitler of Germany !!",
        ["the most evil man in the world history"],
        "https://musing.io/q/valiant003/who-was-the-most-evil-man-in-history",
    ),
    (
        "en",
        "historical",
        "Never before or since have so many been killed for no other reason than a raw naked consolidation of power.",
        ["Never before or since have so many been killed"],
        "https://boards.straightdope.com/t/evilest-people-in-history/562238?page=2",
    ),
    (
        "en",
        "historical",
        "Presented ostensibly as a description of how economics and history works, Marxism in practice served as an excuse for tyrants and would be tyrants to create regimes that would impose regimes of slavery on populations that would put to shame every other form of tyranny dreamed up in the lamentable chronicles of human crime and folly.",
        ["put to shame every other form of tyranny dreamed up in the lamentable chronicles of human crime and folly"],
        "https://www.the-american-catholic.com/2016/05/18/marxism-the-most-destructive-superstition/",
    ),
    (
        "en",
        "historical",
        "The ideology which brought the greatest harm to mankind in the violence and savagery-filled century we have just left behind, and the most widespread in the world, was without doubt Communism.",
        ["The ideology which brought the greatest harm to mankind"],
        "https://www.mediamonitors.net/darwinism-the-source-of-communist-savagery/",
    ),
]

COMPOSED = "composed for blind16a (thirteenth session): plain history that ranks with its count or its standing (no page quoted)"
neutral = [
    (
        "es",
        "La hambruna china de 1959 a 1961, con entre quince y cuarenta y cinco millones de muertos, fue la mayor hambruna de la historia.",
    ),
    (
        "es",
        "La batalla de Stalingrado, con cerca de dos millones de bajas, está considerada la más sangrienta de la Segunda Guerra Mundial.",
    ),
    ("es", "La gripe de 1918 mató a unos cincuenta millones de personas y fue la peor pandemia del siglo XX."),
    (
        "es",
        "El terremoto de Lisboa de 1755 fue el más destructivo de la historia de Portugal, con unos cuarenta mil muertos.",
    ),
    (
        "es",
        "La deportación de los chechenos en 1944, con casi medio millón de personas, fue la mayor deportación del período.",
    ),
    ("es", "Los economistas consideran la crisis de 1929 la mayor depresión del siglo XX."),
    (
        "es",
        "El Imperio mongol fue el mayor imperio terrestre de todos los tiempos, con unos veinticuatro millones de kilómetros cuadrados.",
    ),
    (
        "es",
        "La batalla del Somme fue una de las más sangrientas de la guerra: solo el primer día murieron casi veinte mil soldados británicos.",
    ),
    (
        "es",
        "La inflación alemana de 1923 fue una de las peores de la historia: en noviembre un dólar valía 4,2 billones de marcos.",
    ),
    (
        "es",
        "El incendio de Roma del año 64 destruyó diez de los catorce distritos de la ciudad y fue el mayor de su historia.",
    ),
    ("es", "Los historiadores consideran el Holodomor uno de los episodios más trágicos de la historia de Ucrania."),
    (
        "es",
        "La guerra de los Treinta Años fue el conflicto más mortífero de la Europa del siglo XVII, con entre cuatro y ocho millones de muertos.",
    ),
    ("es", "El ferrocarril Transiberiano, con 9.289 kilómetros, es la línea férrea más larga del mundo."),
    (
        "es",
        "La expulsión de los moriscos entre 1609 y 1614 afectó a unas trescientas mil personas y fue la mayor deportación de la historia de España.",
    ),
    (
        "es",
        "La epidemia de peste de 1348, que se llevó a un tercio de los europeos, está considerada la peor de la Edad Media.",
    ),
    ("es", "El asedio de Leningrado, que duró 872 días, fue uno de los más largos de la historia."),
    (
        "es",
        "La invasión de la Unión Soviética en 1941 fue la mayor operación militar de todos los tiempos, con más de tres millones de soldados.",
    ),
    (
        "es",
        "La Armada de 1588 reunió ciento treinta barcos y fue la mayor flota que había visto el Atlántico hasta entonces.",
    ),
    ("es", "El Tratado de Tordesillas está considerado uno de los acuerdos diplomáticos más importantes del siglo XV."),
    ("es", "La batalla de Verdún, con unas setecientas mil bajas, fue la más larga de la Primera Guerra Mundial."),
    ("es", "Según el censo de 1887, Madrid era la mayor ciudad del país, con 470.000 habitantes."),
    ("es", "La Revolución Cultural es uno de los periodos más estudiados de la historia china reciente."),
    ("en", "The Great Chinese Famine, with between 15 and 45 million deaths, was the deadliest famine in history."),
    (
        "en",
        "The famine of 1932 and 1933, which killed about four million Ukrainians, is regarded as the worst catastrophe in Ukraine's modern history.",
    ),
    ("en", "The 1918 influenza killed some 50 million people and was the worst pandemic of the twentieth century."),
    (
        "en",
        "The Battle of the Somme was one of the bloodiest of the war: on its first day the British army lost nearly 20,000 men.",
    ),
    (
        "en",
        "The deportation of the Chechens and Ingush in 1944, nearly half a million people, was the largest deportation of the period.",
    ),
    (
        "en",
        "The Mongol Empire was the largest contiguous land empire of all time, covering some 24 million square kilometres.",
    ),
    (
        "en",
        "Operation Barbarossa, with more than three million Axis soldiers, was the largest invasion in the history of warfare.",
    ),
    ("en", "Historians consider the Thirty Years' War the most destructive conflict in seventeenth-century Europe."),
    ("en", "The siege of Leningrad lasted 872 days and was one of the longest sieges in history."),
    (
        "en",
        "The Great Depression was the most severe economic downturn of the twentieth century, with unemployment in the United States reaching 25 percent.",
    ),
    ("en", "The Lisbon earthquake of 1755 was the most destructive in Portugal's history, killing some 40,000 people."),
    (
        "en",
        "The plague of 1348, which carried off a third of Europeans, is considered the worst epidemic of the Middle Ages.",
    ),
    ("en", "Verdun, with about 700,000 casualties, was the longest battle of the First World War."),
    ("en", "By the census of 1860 New York was the most populous city in the United States."),
    ("en", "The Trans-Siberian Railway, at 9,289 kilometres, is the longest railway line in the world."),
    (
        "en",
        "German hyperinflation in 1923 was among the worst in history: by November a dollar was worth 4.2 trillion marks.",
    ),
    ("en", "The Great Purge is one of the most studied episodes of Soviet history."),
    ("en", "The Spanish Armada of 1588 assembled 130 ships, the largest fleet the Atlantic had yet seen."),
    ("en", "The Peace of Westphalia is regarded as one of the most important settlements in European history."),
    ("en", "The Great Fire of London in 1666 destroyed more than 13,000 houses, the worst fire in the city's history."),
    (
        "en",
        "The Taiping Rebellion, with some twenty million dead, was the deadliest civil war of the nineteenth century.",
    ),
    (
        "en",
        "The expulsion of Germans from Eastern Europe after 1945, some twelve million people, was the largest forced migration of the century.",
    ),
    ("en", "Historians regard Hitler as one of the most destructive dictators of the twentieth century."),
]


def _flag(item: object) -> dict:
    if isinstance(item, tuple):
        text, technique, voice, speaker = item
        return {"text": text, "technique": technique, "voice": voice, "speaker": speaker}
    return {"text": item, "technique": EX, "voice": "author", "speaker": None}


def main() -> None:
    rows, counts, spans = [], {"es": 0, "en": 0}, {"es": 0, "en": 0}
    for lang, period, text, flags, url in real:
        counts[lang] += 1
        records = [_flag(f) for f in flags]
        for record in records:
            assert record["text"] in text, (record["text"], text)
        spans[lang] += len(records)
        rows.append(
            {
                "id": f"b16a-{lang}-f{counts[lang]:02d}",
                "lang": lang,
                "period": period,
                "text": text,
                "neutral": False,
                "flags": records,
                "url": url,
            }
        )
    (HERE / "blind16a_real.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    out, m = [], {"es": 0, "en": 0}
    for lang, text in neutral:
        m[lang] += 1
        out.append(
            {
                "id": f"b16a-{lang}-n{m[lang]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": True,
                "flags": [],
                "url": COMPOSED,
            }
        )
    (HERE / "blind16a_neutral.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    print("real texts", counts, "spans", spans, "neutral", m)


main()
