"""Build blind16ai (round 16ai of #16): insinuating questions, and neutral history questions on the same words.

The class, from the misses of main on the older sets ("was Booth simply a tool in a much larger conspiracy?",
"Who set this apocalypse in motion?", "Are you connecting the dots yet?"): a question asked in the author's voice
whose implied answer is a hidden plot or a hidden actor ("¿Nadie se benefició económicamente del caos que
siguió?", "Coincidence?", "Or were they warned not to go on board the Titanic?"). The neutral side: historians'
research questions ("Was Hitler or Stalin responsible for the outbreak of the Nazi-Soviet War?", "¿Quiénes fueron
los instigadores de la muerte de Prim?"), exam and quiz questions, chapter titles, questions reported or quoted.
Every sentence is quoted verbatim from a real public page (the search tools' "pages" corpus), written down with its
gold before any run of the rhetoric stage on it.
"""

import json
from pathlib import Path

CN = "Conspiracy_Narrative"
DB = "Doubt"
NC = "Name_Calling-Labeling"


def flag(text, technique=CN, voice="author", speaker=None):
    return {"text": text, "technique": technique, "voice": voice, "speaker": speaker}


ASI = "https://asinofue.com/category/el-capital-tiene-memoria"
TMC = "https://www.telemadrid.es/noticias/sociedad/anos-despues-asesinato-Carrero-Blanco-0-1310568949--20111218083424.html"
TRV = "https://www.tradicionviva.es/2018/12/13/el-asesinato-de-carrero-blanco/"
MURO = "https://elmurodelpuebloespanol.com/la-gran-conspiracion-el-nuevo-orden-mundial/"
PAPY = (
    "http://papyrefb53cki34wumjh2yokayxiunzmmrabpxvinfjauwm5az25snid.tor2web.it/ficha2.php?a=36034&xmlsrv=360348520036"
)
CHAR = "https://charly-sin-pelos.blogspot.com/2018/04"

# (text, flags, url, period)
real_es = [
    ("Pero, ¿de verdad fue así?", [flag("¿de verdad fue así?", DB)], ASI, "historical"),
    (
        "¿De verdad nadie puso el dinero necesario para armas, panfletos, logística y propaganda?",
        [flag("¿De verdad nadie puso el dinero necesario para armas, panfletos, logística y propaganda?")],
        ASI,
        "historical",
    ),
    (
        "¿Nadie se benefició económicamente del caos que siguió?",
        [flag("¿Nadie se benefició económicamente del caos que siguió?")],
        ASI,
        "historical",
    ),
    (
        "¿Por qué cada supuesto giro «ideológico» termina favoreciendo a sectores empresariales específicos?",
        [
            flag("¿Por qué cada supuesto giro «ideológico» termina favoreciendo a sectores empresariales específicos?"),
            flag("supuesto giro «ideológico»", DB),
        ],
        ASI,
        "historical",
    ),
    (
        "¿Y por qué siempre hay bancos, fondos y corporaciones que logran adaptarse milagrosamente a cualquier nuevo"
        " régimen?",
        [
            flag(
                "¿Y por qué siempre hay bancos, fondos y corporaciones que logran adaptarse milagrosamente a cualquier"
                " nuevo régimen?"
            )
        ],
        ASI,
        "historical",
    ),
    (
        "Y ¿Quién se benefició de aquella muerte?",
        [flag("¿Quién se benefició de aquella muerte?")],
        "https://anecdonet.com/libros-recomendados/?p=223888",
        "historical",
    ),
    (
        "Su conclusión tras investigar el caso es que los servicios secretos americanos y sobre todo los españoles"
        " tuvieron indicios suficientes para parar la preparación del atentado, pero no lo hicieron, ¿Molestaba el"
        " almirante?",
        [flag("¿Molestaba el almirante?")],
        TMC,
        "historical",
    ),
    (
        "¿Estados unidos se lo quería quitar del medio?.",
        [flag("¿Estados unidos se lo quería quitar del medio?")],
        TMC,
        "historical",
    ),
    ("¿Existió conspiración?", [flag("¿Existió conspiración?")], TRV, "historical"),
    (
        "¿ Ambiciones desatadas, falta de escrúpulos y la traición?",
        [flag("¿ Ambiciones desatadas, falta de escrúpulos y la traición?")],
        TRV,
        "historical",
    ),
    (
        '"¿Cómo es posible que este señor, que tenía que haber dimitido, fuese promovido al cargo que ocupaba su'
        ' protegido?", se pregunta su nieto, José Enrique, en el vídeo sobre estas líneas.',
        [
            flag(
                "¿Cómo es posible que este señor, que tenía que haber dimitido, fuese promovido al cargo que ocupaba"
                " su protegido?",
                voice="attributed",
                speaker="su nieto, José Enrique",
            )
        ],
        "https://www.lasexta.com/programas/sexta-columna/arias-navarro-cia-autores-sombra-asesinato-carrero-blanco"
        "-segun-teorias-conspiracion_20231217657e815d29f31800017d7b2d.html",
        "historical",
    ),
    (
        "¿Existe un grupo de hombres que,  reunido,  toma las grandes decisiones sobre el destino del planeta?",
        [flag("¿Existe un grupo de hombres que,  reunido,  toma las grandes decisiones sobre el destino del planeta?")],
        MURO,
        "present",
    ),
    (
        "Por ser el primer día, solo una impresión: ¿no parece que las ideas que se imponen como discurso de valores"
        " imperante afloran desde arriba, nunca desde el pueblo, y se difunden masivamente y con sospechosa unanimidad"
        " por todos los medios de comunicación con la aquiescencia de cualquier sujeto público, actores, cantantes,"
        " famosotes en general, que puedan intervenir en la creación de opinión pública?",
        [
            flag(
                "¿no parece que las ideas que se imponen como discurso de valores imperante afloran desde arriba, nunca"
                " desde el pueblo, y se difunden masivamente y con sospechosa unanimidad por todos los medios de"
                " comunicación"
            )
        ],
        MURO,
        "present",
    ),
    (
        "En pocas palabras: ¿por qué no hay discrepancias públicas serias frente a los nuevos valores morales que están"
        " surgiendo, ni siquiera, desde la Iglesia Católica?",
        [
            flag(
                "¿por qué no hay discrepancias públicas serias frente a los nuevos valores morales que están surgiendo,"
                " ni siquiera, desde la Iglesia Católica?"
            )
        ],
        MURO,
        "present",
    ),
    (
        "¿Pero, quiénes son las élites tras el telón en el teatro de este distópico mundo en el que vivimos?",
        [flag("¿Pero, quiénes son las élites tras el telón en el teatro de este distópico mundo en el que vivimos?")],
        "https://www.mikesala.com/2024/10/14/nueva-normalidad-o-como-implantar-un-gobierno-mundial-definitivo/",
        "present",
    ),
    (
        "¿Quién protegía en el País Vasco las actividades de El Chino?",
        [flag("¿Quién protegía en el País Vasco las actividades de El Chino?")],
        "https://www.burbuja.info/inmobiliaria/threads/los-enigmas-del-11-m-participo-eta-en-el-11-m.9790/",
        "historical",
    ),
    (
        "¿Cómo se pudo, entonces, producir ese atentado?",
        [flag("¿Cómo se pudo, entonces, producir ese atentado?")],
        PAPY,
        "historical",
    ),
    ("¿Estamos ante una simple negligencia?", [flag("¿Estamos ante una simple negligencia?")], PAPY, "historical"),
    (
        "¿Quizás porque desde la segunda mitad del siglo diecinueve los judíos hasidim de Europa oriental"
        " controlaban el"
        " mercado internacional de brillantes, que amenazaba con desbancar al del oro, en manos de los Rothschild de"
        " Londres?",
        [
            flag(
                "¿Quizás porque desde la segunda mitad del siglo diecinueve los judíos hasidim de Europa oriental"
                " controlaban el mercado internacional de brillantes, que amenazaba con desbancar al del oro, en manos"
                " de los Rothschild de Londres?"
            )
        ],
        CHAR,
        "historical",
    ),
    (
        "¿O también porque con el holocausto se creaban las condiciones para que los judíos europeos emigraran y"
        " apoyaran la creación de Israel?",
        [
            flag(
                "¿O también porque con el holocausto se creaban las condiciones para que los judíos europeos emigraran"
                " y apoyaran la creación de Israel?"
            )
        ],
        CHAR,
        "historical",
    ),
]

TITA = "http://titanicon.blogspot.com/2012/04/power-grab-aldrich-plan-for-federal.html"
BOOK = "https://booksonline.com.ua/view.php?book=136785&page=66"
EPP = "https://heritage-history.com/index.php?c=read&author=epperson&book=unseen&story=russian"
BLING = "https://de.blingee.com/stamp/view/3221233-Please-read-me-?query=didnt-do-it&list_type=1032&offset=5"
GAGE = "https://richardgage911.substack.com/p/test-your-911-knowledge-the-explosive"

real_en = [
    ('Were they "just lucky"?', [flag('Were they "just lucky"?')], TITA, "historical"),
    (
        "Or were they warned not to go on board the Titanic?",
        [flag("Or were they warned not to go on board the Titanic?")],
        TITA,
        "historical",
    ),
    ("Why did he not let Booth surrender?", [flag("Why did he not let Booth surrender?")], BOOK, "historical"),
    (
        "Was it because Booth might implicate someone high up the chain of the plot?",
        [flag("Was it because Booth might implicate someone high up the chain of the plot?")],
        BOOK,
        "historical",
    ),
    (
        "Could it be that under different times, cultures, names and rites the same evil spirit becomes flesh, a group"
        " of madmen with enough arrogance and will to subvert the order of the world?",
        [
            flag(
                "Could it be that under different times, cultures, names and rites the same evil spirit becomes flesh,"
                " a group of madmen with enough arrogance and will to subvert the order of the world?"
            ),
            flag("a group of madmen", NC),
        ],
        "https://www.rightamericamedia.com/post/reflection-may-1",
        "historical",
    ),
    (
        "Thus, the question still remains: Who really killed J.F.K.?",
        [flag("Who really killed J.F.K.?")],
        "https://www.123helpme.com/essay/The-Kennedy-Assassination-134725",
        "historical",
    ),
    ("But is there another explanation?", [flag("But is there another explanation?", DB)], EPP, "historical"),
    (
        "Is it possible that the Russian workers were being used by someone else for another reason, just as in the"
        " French Revolution of 1789?",
        [
            flag(
                "Is it possible that the Russian workers were being used by someone else for another reason, just as in"
                " the French Revolution of 1789?"
            )
        ],
        EPP,
        "historical",
    ),
    ("Coincidence?", [flag("Coincidence?")], "http://www.replacethefed.com/fed-how-it-works/", "historical"),
    (
        "Yet what are the odds that the US would adopt both a central bank and an income tax in the very same year?",
        [
            flag(
                "Yet what are the odds that the US would adopt both a central bank and an income tax in the very"
                " same year?"
            )
        ],
        "http://www.freedomsphoenix.com/News/387055-2025-11-12-revealed-the-real-reason-behind-americas-adoption-of"
        "-central-banking.htm",
        "historical",
    ),
    (
        "Or was it a surprise?",
        [flag("Or was it a surprise?")],
        "http://nikesportsko.com/essay/the-secret-knowledge-of-the-bombing-of/P3XJNL2SC",
        "historical",
    ),
    (
        "Does this make any sense at all since it takes several weeks to prepare a building for implosion???",
        [flag("Does this make any sense at all since it takes several weeks to prepare a building for implosion???")],
        "http://enjoyingthejourney.blogspot.com/2005/12/call-911-why-did-building-7-collapse.html",
        "historical",
    ),
    (
        "To me, the smoking gun is tower 7 the one no one talks about.. and why not?",
        [flag("the one no one talks about.. and why not?")],
        BLING,
        "historical",
    ),
    (
        "It was pulled, but why were there explosives to Pull that building even in there??",
        [flag("It was pulled, but why were there explosives to Pull that building even in there??")],
        BLING,
        "historical",
    ),
    (
        "How is it possible that 47-story Building 7 fell suddenly, symmetrically in free-fall acceleration,"
        " without any"
        " resistance from any of its 81 columns?",
        [
            flag(
                "How is it possible that 47-story Building 7 fell suddenly, symmetrically in free-fall acceleration,"
                " without any resistance from any of its 81 columns?"
            )
        ],
        GAGE,
        "historical",
    ),
    (
        "Why did NIST deny its free-fall for 7 years, only to be proven wrong and be forced to officially admit that it"
        " did collapse in free-fall?",
        [
            flag(
                "Why did NIST deny its free-fall for 7 years, only to be proven wrong and be forced to officially admit"
                " that it did collapse in free-fall?"
            )
        ],
        GAGE,
        "historical",
    ),
    (
        "Since the collapse of Building 7 looks exactly like a controlled demolition, why did NIST avoid any serious"
        " consideration of this hypothesis?",
        [
            flag(
                "Since the collapse of Building 7 looks exactly like a controlled demolition, why did NIST avoid any"
                " serious consideration of this hypothesis?"
            )
        ],
        GAGE,
        "historical",
    ),
    (
        "Who did it and why?",
        [flag("Who did it and why?")],
        "https://www.blog.alor.org/categories/race-culture-nation?start=7780",
        "historical",
    ),
    (
        "Are all our politicians first vetted by secret groups like The Group of 30, Bohemian Grove, The Trilateral"
        " Commission and The Atlantic Council?",
        [
            flag(
                "Are all our politicians first vetted by secret groups like The Group of 30, Bohemian Grove, The"
                " Trilateral Commission and The Atlantic Council?"
            )
        ],
        "http://www.showbrizstudios.com/2018/11/30/who-ruins-the-world-episode-996/",
        "present",
    ),
    (
        "A coincidence?",
        [flag("A coincidence?")],
        "http://taboogenocide.com/category/sample-pages/page/2/",
        "historical",
    ),
    (
        "What dark forces were behind the plan for extermination of millions of hardworking men, women and children?",
        [
            flag(
                "What dark forces were behind the plan for extermination of millions of hardworking men, women and"
                " children?"
            )
        ],
        "http://taboogenocide.com/genocide-in-the-21st-century/",
        "historical",
    ),
]

BIB = "https://epubs.bibliotk.mx/epubReader/reader/files/946/OEBPS/Text/10e.xhtml"
QUIZ = "https://thatquiz.org/es/preview?c=hhj9cuo1"
EDU = "https://es.educaplay.com/juegoimprimible/18171809-revolucion_rusa.html"

# (text, url)
neutral_es = [
    (
        "¿Quiénes fueron los mecenas de un puñado de militares sublevados?",
        "https://memoria-antifranquista.com/los-mecenas-que-le-pagaron-el-golpe-y-la-guerra-a-franco",
    ),
    (
        "En la jerarquía de los misterios, seguramente la pregunta sobre el porqué de la vida y el origen del universo"
        " ocupen los primeros lugares, pero no andaría muy lejos la pregunta que varias generaciones llevan haciéndose"
        " sin hallar respuesta satisfactoria: ¿quién mató a Kennedy?",
        "https://antoniogarciamaldonado.com/entrevistas/garcia-sanchez-todo-en-el-caso-jfk-es-esperpentico-si-antes-no"
        "-fuera-insultante-el-asombrario/",
    ),
    ("¿Quién asesinó a John Kennedy?", "https://elcalce.com/contexto/quien-asesino-john-kennedy"),
    (
        "¿Qué había pasado?.",
        "https://malditahemeroteca.blogspot.com/2024/05/el-oro-de-moscu-y-el-refranero-espanol.html",
    ),
    (
        "Hasta ahora, los historiadores están obsesionados con la pregunta: ¿actuó Lenin por su propia voluntad o"
        " trabajó para la inteligencia extranjera?",
        "https://es.cultureoeuvre.com/10759700-was-v-i-lenin-as-a-german-spy",
    ),
    (
        "En la muerte de Santiago Carrillo: ¿Qué pasó en Paracuellos?",
        "https://www.huffingtonpost.es/https%3A%2F%2Fwww.huffingtonpost.es%2F2012%2F09%2F18%2Fparacuellos-santiago"
        "-carrillo_n_1894176.html",
    ),
    ("¿Qué partido lideró la Revolución de Octubre?", QUIZ),
    ("¿Qué gobierno fue derrocado durante la Revolución de Octubre?", QUIZ),
    ("¿A qué se conoce como el Domingo Sangriento?", EDU),
    ("¿Quién lideró al grupo bolchevita?", EDU),
    ("¿Por qué conviene estudiar la revolución rusa?", "http://mientrastanto.org/print/2836"),
    (
        "¿Quieres entender realmente el origen del conflicto que marcó a España?",
        "https://sabercomo.deberesonline.es/historia-y-civilizacion/como-saber-que-causo-la-guerra-civil-espanola"
        "-analisis-profundo-de-una-ruptura-historica",
    ),
    (
        "Pero, en realidad, ¿Franco se creía eso del contubernio, o simplemente lo utilizó para mantenerse en el poder"
        " durante tan-tos años, y a pesar de tantas adversidades?",
        "https://masonica.es/noticia/una-investigacion-historica-descarta-que-franco-quisiera-ser-mason_6154",
    ),
    ("¿Quién ordenó el asesinato del general Prim?", BIB),
    ("¿Quién ordenó el asesinato de Prim y torció de esa manera la historia de España?", BIB),
    (
        "¿Quiénes fueron los instigadores de la muerte de Prim?",
        "https://entredosamores.es/insolito%20madrid/insolito64.html",
    ),
    (
        "¿Qué intereses se escondían detrás de ese crimen perfecto que ha inspirado magnicidios tan célebres como el de"
        " Cánovas, Canalejas, Dato, Carrero o J. F. Kennedy?",
        "https://quelibroleo.com/autores/perez-abellan-francisco",
    ),
    (
        'La respuesta a la pregunta "¿quién quería matar a Prim?" es sencilla.',
        "https://telemadrid.es/programas/el-punto-sobre-la-historia/misterioso-asesinato-Prim-2-1805539469"
        "--20160624092656.html",
    ),
    (
        "A su juicio personal, don Ricardo, ¿quién o quiénes estuvieron en el complot?",
        "https://studylib.es/doc/6505568/la-flaca-junio-de-1870",
    ),
    (
        "¿Fue la CIA?, ¿el servicio secreto Sudafricano?, ¿Nazis?, ¿el marido de una posible amante?, ¿islamistas?",
        "https://old.meneame.net/m/actualidad/quien-mato-olof-palme-eng",
    ),
    (
        "¿Por qué lo harían?",
        "https://opinionesdegabriel.blogspot.com/2015/10/murio-sucre-en-una-conspiracion-masonica.html",
    ),
]

JEK = "https://consequenceofmind.substack.com/p/jekyll-island-and-the-federal-reserve"
MOR = "https://jeffreymorlock.com/the-hidden-origins-of-the-federal-reverse-unpacking-the-secrets-of-jekyll-island"
OOC = "https://www.oocities.org/rf_mikael/rezun.html"
STR = "https://studyres.com/doc/10272679/14.russianrevolutionquestions"
SKE = "https://skeptics.stackexchange.com/questions/20426/did-churchill-have-a-hand-in-the-sinking-of-the-lusitania"

neutral_en = [
    (
        "Was the large proportion of Jews among Bolshevik leaders the result of a conspiracy, or of the long-standing"
        " value that Jews place on education?",
        "https://si.frajer.net/readmsg.aspx?msgid=6783473",
    ),
    (
        "Was it just Booth and a small band of associates that carried out the events of April 14th?",
        "https://vdocuments.us/amp/the-lincoln-assassination-facts-fiction-and-frankly-lincolnas-assassination.html",
    ),
    ("Now, why would a bunch of influential men sneak off to an island to chat about banking?", JEK),
    ("But why all the secrecy?", JEK),
    ("Their destination?", MOR),
    ("Their mission?", MOR),
    (
        "If Oswald actually acted alone at the Texas School Book Depository, was he funded or supported by others?",
        "https://deeppoliticsforum.com/fora/thread-14296-post-104283.html",
    ),
    (
        "Why was the Weimar state set up as a democratic state in Germany, and why did it fail to fulfil its"
        " promise and"
        " purpose?",
        "https://www.tracesofevil.com/p/why-was-weimar-state-set-up-as_9.html",
    ),
    (
        "How have historians explained the failure of the Weimar Republic?",
        "https://docsbay.net/the-weimar-republic-by-alan-white",
    ),
    (
        "WAS THE WEIMAR REPUBLIC DOOMED FROM THE START?",
        "http://internationalschooltoulouse.net/igcsehistory/term2/weimar/weimardoomed.htm",
    ),
    ("Did Stalin Plan to Attack Nazi Germany in July 1941?", OOC),
    ("Was Hitler or Stalin responsible for the outbreak of the bloody and destructive Nazi-Soviet War?", OOC),
    ("Why did Kerensky's government fail?", STR),
    ("Why was Rasputin so despised by so many groups in Russia?", STR),
    (
        "Who provided the rail car, protection and money for Lenin to travel to Russia?",
        "https://historyhappenings.wordpress.com/2011/01/04/stalin-takes-control/",
    ),
    (
        "Could the Bolshevik (Soviet) take- over been avoided?",
        "https://docslib.org/doc/216385/revolution-in-real-time-the-russian-provisional-government-1917",
    ),
    (
        "What country helped Vladimir Lenin in his overthrow of the Russian government?",
        "https://mcqmojo.com/quiz/vladimir-lenin-mcq-quiz-questions-with-answers/",
    ),
    ("Are there any grounds for suspecting a conspiracy?", SKE),
    (
        "In the hope that the loss of American lives would bring the United States into World War 1, did Winston"
        " Churchill play a part in getting the Lusitania to carry ammunition so that it would be sunk by German"
        " u-boats?",
        SKE,
    ),
    (
        "After reading Larson's account, what do you think of this theory?",
        "https://www.bookbrowse.com/booktalk/messages.cfm?threadid=D36490DE-0332-BD49-A0BE463B2B677A3A",
    ),
]


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    with open(here / "blind16ai_real.jsonl", "w", encoding="utf-8") as out:
        for lang, rows in (("es", real_es), ("en", real_en)):
            for i, (text, flags, url, period) in enumerate(rows, 1):
                for f in flags:
                    assert f["text"] in text, (text, f["text"])
                rec = {
                    "id": f"b16ai-{lang}-f{i:02d}",
                    "lang": lang,
                    "period": period,
                    "text": text,
                    "neutral": False,
                    "flags": flags,
                    "url": url,
                }
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(here / "blind16ai_neutral.jsonl", "w", encoding="utf-8") as out:
        for lang, rows in (("es", neutral_es), ("en", neutral_en)):
            for i, (text, url) in enumerate(rows, 1):
                rec = {
                    "id": f"b16ai-{lang}-n{i:02d}",
                    "lang": lang,
                    "period": "historical",
                    "text": text,
                    "neutral": True,
                    "flags": [],
                    "url": url,
                }
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
