# ruff: noqa: E501  (one sentence per line)
"""Write `blind16n2_neutral.jsonl` and `blind16n2_real.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16n2/build.py  (writes next to this folder).

Round 16n2 of #16 (eleventh session, precision on neutral history prose). The issue's target is a false-flag
rate of at most 5 % on neutral sentences; blind16c (en 2/17) and blind16r2 (es 2/23) were above it. The
neutral sentences here are the ones a careless tool would flag: violence, terror, purges, torture and
genocide described; propaganda and its slogans quoted ("Death to the traitors!", «Destruir para
reconstruir»); historians' judgements ("a personality cult, a reign of terror, and a witch hunt all at
once", "una represión brutal"); "so-called" / «el llamado» before a term; emotional words used
descriptively ("brutal", "feared", "sombría"). Any flag in the author's voice there is a false alarm.

Sentences quoted verbatim (trimmed to a sentence boundary; citation marks such as "[2]" after the final stop
dropped) from encyclopedic, school, biographical and press pages of the stored "pages" corpus of the search
tools; no address is used by an earlier rhetoric set or by `train/` (checked before the commit). Pages with
a stated copyright notice on their own text or copied from a copyrighted book were left out; each record is a
short quotation with its address, as in the earlier sets.

The real sentences (a small set, so that precision is measurable) are from anti-communist polemic pages with
the reader's spans (every span a reader would mark). They keep the views of their sources: quoted to be
detected, not endorsed. One annotator, one pass, gold written before main or the branch ran on any of it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

NC, LL, EM, CN, AF = (
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Exaggeration-Minimisation",
    "Conspiracy_Narrative",
    "Appeal_to_Fear-Prejudice",
)

URLS = {
    # neutral, en
    "sbt": "https://storyboardthat.com/storyboards/cef33766/reign-of-terror",
    "ais": "https://aiswers.com/topic/who-ruled-france-during-reign-terror",
    "kmr": "https://kids.kiddle.co/Republican_repression_in_Madrid_(1936%E2%80%931939)",
    "gpb": "https://bahnsport-info.de/bahnsport-info-wikipedia/langbahn-team-weltmeisterschaft/?rdp_we_resource=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FStalin%2527s_purges",
    "fiv": "https://library.dev.fiveable.me/key-terms/ap-world/stalins-great-purge",
    "wgp": "https://en.wikipedia.org/?oldid=460145372&title=Great_Purge",
    "sov": "http://sovietbases.thecelotajs.com/The-VCheKa-%25E2%2580%2593-Chekists%252C-B%25D0%25A7%25D0%259A.php",
    "owk": "https://owiki.org/wiki/Red_Terror",
    "unc": "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Nazi_propaganda.html",
    "eec": "https://www.eternalechoes.org/gb/for-the-classroom/exercises/2-3-propaganda",
    "fdw": "https://findatwiki.com/Red_guards",
    "enw": "https://enwikipedia.net/wiki/Red_Guards",
    "wng": "http://web.archive.org./web/20120409111546/http://wn.com/gulag",
    "nbf": "https://www.nationalbook.org/books/gulag-a-history/",
    "tso": "https://teamsosmiumr652.click/wiki/Georgia_wine",
    "ekr": "https://www.encyclopedia.com/history/asia-and-africa/southeast-asia-history/khmer-rouge",
    "nos": "https://nostalgiacentral.com/pop-culture/people/pol-pot/",
    "cup": "http://cambodia-update.blogspot.com/2011/05/cambodian-genocide-under-pol-pot.html",
    "idt": "http://www.internetdict.com/answers/who-is-pol-pot.html",
    "ept": "https://theepochtimes.com/retracing-the-red-terror-in-soviet-russia_2252590.html",
    "tar": "https://tarbaby.wordpress.com/2017/08/21/the-cheka/",
    "cyc": "http://cyclingweakly.blogspot.com/2010/06/horror-horror.html",
    "lzs": "http://lzsays.moviesndroids.com/2014/06/red-guard-reunion.html",
    # neutral, es
    "pbr": "https://profilbaru.com/es/Terror_Rojo_(España)",
    "nki": "https://ninos.kiddle.co/Terror_Rojo_%28Espa%C3%B1a%29",
    "alb": "https://academia-lab.com/enciclopedia/terror-rojo-espana",
    "hbq": "https://es.historyback.com/quiz/1031047949.html",
    "a41": "https://es.411answers.com/a/que-grupo-impuso-el-reinado-del-terror.html",
    "dmd": "http://dariomadrid.com/?p=41013",
    "dpn": "https://democraciaparticipativa.net/economia/columnistas-invitados/el-terror-de-estado",
    "apu": "https://apuntes.eu/historia/la-guerra-civil-espanola-carteles-de-propaganda-y-represion-franquista",
    "pn1": "https://www.pineroabogado.es/single-post/carteles-de-la-guerra-civil-espa%C3%B1ola-ha-llegado-espa%C3%B1a-24-110",
    "pn2": "https://www.pineroabogado.es/single-post/2014/01/30/carteles-de-la-guerra-civil-espa-c3-b1ola-espa-c3-b1a-orientadora-espiritual-del-mundo-51",
    "ies": "https://sites.google.com/view/iesfrancisconievageografiaehis/historia-de-españa_1/el-comentario-de-texto/contendientes-durante-la-guerra-civil",
    "edh": "https://edu-dh.org/4/guerracivil/mcrodriguez/index.html",
    "spn": "https://es.slideshare.net/slideshow/propaganda-nazi-91674473/91674473",
    "ent": "https://www.enterarse.com/20190731_0001-el-holodomor-el-genocidio-ucraniano-a-manos-de-stalin/",
    "w3h": "https://www.wiki3.es-es.nina.az/Holodomor.html",
    "fsl": "https://forma-slova.com/es/articles/24795-holodomor-the-great-famine-in-ukraine",
    "edt": "https://educatolerancia.com/?p=25136",
    "rdt": "https://www.redatia.com/como-juzgaba-a-los-herejes-la-inquisicion-espanola",
    "wdc": "https://en.wikidat.com/info/Genocidio_camboyano",
    "esa": "https://es-academic.com/dic.nsf/eswiki/943646",
    "qzc": "https://es.quizzclub.com/trivia/quien-era-el-lider-de-camboya-durante-el-genocidio-camboyano-1975-1979/answer/2908512",
    "pgd": "https://patagoniadelhi.com/2025/04/25/371",
    "dlz": "https://docslib.org/doc/9188356/repositorio-de-la-universidad-de-zaragoza-zaguan",
    "ush": "https://webarchive.library.unt.edu/eot2008/20090114133021/http://www.ushmm.org/wlc/article.php?lang=es&ModuleId=10005754",
    "stm": "https://steemit.com./spanish/@miguelrp/el-holocausto-5ea574a0e1ed6",
    "eum": "https://encyclopedia.ushmm.org/content/es/gallery/introduction-to-the-holocaust-maps",
    "ati": "https://atiliohistoria4.blogspot.com/2024/04",
    "dft": "https://dafato.com/es/historia/acontecimientos-importantes/revoluci%C3%B3n-cultural",
    "hbw": "https://es.historyback.com/world/SouthAmerica/1031027339.html",
    "trf": "https://www.trenfo.com/es/historia/eventos_importantes/revolucion-cultural",
    # real, en
    "pmb": "https://patrioticmobster.wordpress.com/category/communism-2/",
    "cap": "https://capcom-it.blogspot.com/2018/07",
    "lib": "https://thelibertarianrepublic.com/was-the-20th-century-the-bloodiest-yes-thanks-to-communism/",
    "som": "https://stateofmankind.mp3mp4pdf.net/2018/11/01/16-a-history-of-murder/",
    "mhu": "https://markhumphrys.com/communism.html",
    # real, es
    "ren": "http://renattobautistar.blogspot.com/2017/11/",
    "pdb": "http://periodicodebate.com/index.php/opinion/columnistas-nacionales/item/17072-comunistas-mayores-genocidas-de-la-historia",
    "lar": "https://www.larazon.es/opinion/20220404/cgrt5sawsndmjaoyskkk3debgq.html",
    "scr": "https://es.scribd.com/document/585830099/Colaboracion-El-Terror-Rojo",
    "lcl": "http://lacuevadeloslibros.blogspot.com/2012/11/el-libro-negro-del-comunismo-de.html?showComment=1395824824496",
}

NEUTRAL = [
    # --- English ---
    (
        "en",
        "sbt",
        'Spectators at the trials greeted death sentences with cries of "Hail the Republic!" or "Death to the traitors!"',
    ),
    ("en", "sbt", "The engine of the Terror was the guillotine."),
    ("en", "sbt", "It quickly became a symbol of horror."),
    (
        "en",
        "sbt",
        "During the beginning of the Republic, the Convention put Louis XVI on trial as a traitor to France.",
    ),
    ("en", "sbt", "The king was convicted by a single vote and sentenced to death."),
    (
        "en",
        "ais",
        "During the Reign of Terror (September 1793 to July 1794), France was ruled by the Committee of Public Safety, a powerful and feared executive council of the National Convention.",
    ),
    (
        "en",
        "ais",
        "The Committee of Public Safety exercised almost absolute power, controlling the French government, military, and judiciary.",
    ),
    (
        "en",
        "kmr",
        "The republican repression in Madrid (1936–1939) was a series of measures applied against presumed enemies of the Second Spanish Republic.",
    ),
    (
        "en",
        "kmr",
        "Extrajudicial violence included execution, torture, humiliation, incarceration, destruction or takeover of property.",
    ),
    (
        "en",
        "kmr",
        "Historians do not agree on most issues related to the Spanish Civil War repressions, including the ones of Madrid in 1936-1939.",
    ),
    (
        "en",
        "kmr",
        "Guardia Civil was initially targeted for major purge and reform, but in late August 1936 it was declared to be dissolved and replaced by a new service, Guardia Nacional Republicana (GNR).",
    ),
    (
        "en",
        "gpb",
        "It sought to consolidate Joseph Stalin's power over the Communist Party of the Soviet Union and aimed at removing the remaining influence of Leon Trotsky within the Soviet Union.",
    ),
    (
        "en",
        "gpb",
        "The term great purge was popularized by the historian Robert Conquest in his 1968 book The Great Terror, whose title was an allusion to the French Revolution's Reign of Terror.",
    ),
    (
        "en",
        "gpb",
        "The purges were largely conducted by the NKVD (People's Commissariat for Internal Affairs), which functioned as the interior ministry and secret police of the USSR.",
    ),
    (
        "en",
        "gpb",
        "Starting in 1936, the NKVD under chief Genrikh Yagoda began the removal of the central party leadership, Old Bolsheviks, government officials, and regional party bosses.",
    ),
    (
        "en",
        "fiv",
        "The Stalin's Great Purge refers to a period of intense political repression and persecution in the Soviet Union during the late 1930s.",
    ),
    (
        "en",
        "fiv",
        "It involved mass arrests, executions, and imprisonments aimed at eliminating perceived threats to Joseph Stalin's regime.",
    ),
    (
        "en",
        "fiv",
        "Show Trials: Public trials held during the Great Purge that were heavily scripted and designed to incriminate individuals based on false confessions or fabricated evidence.",
    ),
    (
        "en",
        "wgp",
        'The term "repression" was officially used to denote the prosecution of people considered as anti-revolutionaries and enemies of the people.',
    ),
    (
        "en",
        "wgp",
        'A number of purges were officially explained as an elimination of the possibilities of sabotage and espionage, mostly by a fictitious "Polish Military Organisation".',
    ),
    (
        "en",
        "sov",
        "Many thousands of dissidents, deserters, or other people were arrested, tortured or executed by various Cheka groups.",
    ),
    (
        "en",
        "sov",
        "These troops policed labor camps; ran the Gulag system; conducted requisitions of food; subjected political opponents to torture and summary execution; and put down rebellions and riots by workers or peasants, and mutinies in the desertion-plagued Red Army.",
    ),
    (
        "en",
        "sov",
        "With Vladimir Putin's rise to power, the reference to the FSB members as \"Chekists\" arose, particularly by Putin's political opponents, often with negative connotations.",
    ),
    (
        "en",
        "owk",
        "The Red Terror was a campaign of political repression and executions in Soviet Russia which was carried out by the Bolsheviks, chiefly through the Cheka, the Bolshevik secret police force.",
    ),
    (
        "en",
        "owk",
        "The policy sought to eliminate political dissent, opposition, and any other threat to Bolshevik power.",
    ),
    (
        "en",
        "owk",
        "Bolshevik leader Leon Trotsky justified the repressive measures as a necessary response to the White Terror allegedly initiated in 1917.",
    ),
    (
        "en",
        "owk",
        "Not a single death sentence was issued in the first three months of Vladimir Lenin's government, which consisted of a coalition with the Left Socialist-Revolutionaries, who, albeit terrorists in the tsarist era, were staunch opponents of the death penalty.",
    ),
    (
        "en",
        "unc",
        'The pervasive use of propaganda by the Nazis is largely responsible for the word "propaganda" itself acquiring its present negative connotations.',
    ),
    (
        "en",
        "unc",
        "Nazi leader Adolf Hitler devoted three chapters of his 1925/26 book Mein Kampf, itself a propaganda tool, to the study and practice of propaganda.",
    ),
    (
        "en",
        "unc",
        "Although untrue – German propaganda during World War I was mostly more advanced than that of the British – it became the official truth of Nazi Germany thanks to its reception by Hitler.",
    ),
    ("en", "eec", "Instead, they sold a racist view of the world that split people up into “us” and “them”."),
    ("en", "eec", "In particular, the Jews were seen as the main “enemy” which had to be removed."),
    (
        "en",
        "fdw",
        "The Red Guards were a mass, student-led, paramilitary social movement mobilized by Chairman Mao Zedong in 1966 until their abolishment in 1968, during the first phase of the Cultural Revolution, which he had instituted.",
    ),
    (
        "en",
        "fdw",
        'Political slogan by Red Guards on the campus of Fudan University, Shanghai, China says "Defend Central Committee with (our) blood and life! Defend Chairman Mao with (our) blood and life!"',
    ),
    ("en", "fdw", 'Most of the early Red Guards came from the so-called "Five Red Categories".'),
    ("en", "fdw", "By the end of 1968, the group as a formal movement had dissolved."),
    (
        "en",
        "enw",
        'Mao made use of the group as propaganda and to accomplish goals such as seizing power and destroying symbols of China\'s pre-communist past ("Four Olds"), including ancient artifacts and gravesites of notable Chinese figures.',
    ),
    (
        "en",
        "enw",
        "The movement quickly grew out of control, frequently coming into conflict with authority and threatening public security until the government made efforts to rein the youths in, with even Mao himself finding the leftist students to have become too radical.",
    ),
    (
        "en",
        "wng",
        "While the camps housed a wide range of convicts, from petty criminals to political prisoners, large numbers were convicted by simplified procedures, such as NKVD troikas and other instruments of extrajudicial punishment, and the Gulag is recognized as a major instrument of political repression in the Soviet Union.",
    ),
    (
        "en",
        "wng",
        'The book likened the scattered camps to "a chain of islands" and described the Gulag as a system where people were worked to death.',
    ),
    (
        "en",
        "wng",
        "Some scholars concur with this view, whereas others argue that the Gulag was neither as large nor as deadly as it is often presented, and it did not have death camps, although during some periods of its history, mortality was high in the labor camps.",
    ),
    (
        "en",
        "nbf",
        "Created in 1918 following the Russian Revolution, the Gulag was the vast and brutal system of Soviet concentration camps through which some 18 million prisoners passed until the camps’ ultimate collapse in the glasnost era of the mid-1980s.",
    ),
    ("en", "tso", "The Gulag was a system of forced labor camps in the Soviet Union."),
    (
        "en",
        "ekr",
        "Members of another anti-communist splinter group perpetrated portentous racial massacres, targeting minority Vietnamese residents in 1949 and Cham Muslims in 1952.",
    ),
    ("en", "nos", "From 1975 to 1979 over 2 million people were killed."),
    (
        "en",
        "nos",
        "To save ammunition, executions were performed using hammers, axe handles, spades and sharpened bamboo sticks.",
    ),
    ("en", "nos", "The bodies of those executed were buried in mass graves that became known as “killing fields”."),
    (
        "en",
        "cup",
        "Political opponents were killed, while there was also brutal prosecution of Buddhist monks and ethnic minorities.",
    ),
    ("en", "cup", "Many were brutally tortured and executed, others died of starvation or exhaustion."),
    ("en", "idt", "Pol Pot was the leader of the Khmer Rouge, a communist movement in Cambodia."),
    ("en", "idt", "He was responsible for the torture and killing of many Cambodians."),
    (
        "en",
        "ept",
        "In August 1918, a woman shot and nearly killed Soviet leader Vladimir Lenin as he toured a factory in Moscow.",
    ),
    (
        "en",
        "ept",
        "After several uprisings by a smattering of socialist groups, and shortly before being shot by Kaplan, Lenin declared that a “ruthless mass terror” was needed to cleanse the movement.",
    ),
    (
        "en",
        "ept",
        "Russian governments before the communists had their own secret police organizations, such as the feared oprichnina of Czar Ivan the Terrible (1530–1584), who suspected the wealthy aristocracy of plotting to overthrow him.",
    ),
    (
        "en",
        "tar",
        "In December, 1917, Lenin appointed Felix Dzerzhinsky as Commissar for Internal Affairs and head of the All-Russian Extraordinary Commission for Combating Counter-Revolution and Sabotage (Cheka).",
    ),
    ("en", "cyc", "As many as 40,000 were executed."),
    (
        "en",
        "lzs",
        "During the Cultural Revolution, a million people were killed or driven to suicide, many for infractions as incidental as making a “politically incorrect” comment or having the wrong family tree.",
    ),
    ("en", "lzs", "It was a personality cult, a reign of terror, and a witch hunt all at once."),
    ("en", "wgp", "In the Western World, Robert Conquest's 1968 book The Great Terror popularized that phrase."),
    ("en", "eec", "Propaganda isn’t objective; rather, it always takes an open or hidden position."),
    ("en", "eec", "It is always skewed and can be entirely imaginary or based on lies."),
    (
        "en",
        "eec",
        "In Nazi Germany, those in power frequently used propaganda, but not in order to sell harmless products.",
    ),
    ("en", "ept", "Before her execution several days later, Kaplan said she acted alone."),
    # --- Spanish ---
    (
        "es",
        "pbr",
        "El término Terror Rojo hace referencia a los actos de violencia y vandalismo, política y culturalmente motivados, que formaron parte de la represión en la zona republicana durante la guerra civil española.",
    ),
    ("es", "pbr", "Implicó el asesinato de decenas de miles de personas."),
    ("es", "pbr", "Fue el fruto de la polarización política que caracterizó el periodo previo a la Guerra Civil."),
    (
        "es",
        "pbr",
        "En el lado republicano, una de las formas en las que el extremismo se manifestó fue en odio hacia la Iglesia católica y agresiones contra sus miembros.",
    ),
    (
        "es",
        "pbr",
        "En contraposición, se llamó Terror Blanco al período represivo inmediatamente posterior, en el que las anteriores víctimas se transformaron en verdugos.",
    ),
    (
        "es",
        "nki",
        "El Terror Rojo se refiere a un periodo de violencia y destrucción que ocurrió en la zona republicana de España durante la Guerra civil española.",
    ),
    (
        "es",
        "nki",
        "La imagen se publicó originalmente en el Daily Mail con un pie de foto que rezaba 'guerra de los rojos españoles contra la religión'.",
    ),
    (
        "es",
        "nki",
        "Este periodo fue el resultado de la gran división política que existía en España antes de la Guerra Civil.",
    ),
    (
        "es",
        "alb",
        "Terror Rojo (en español: Terror) es el nombre que los historiadores han dado a diversos actos de violencia cometidos desde 1936 hasta el final de la Guerra Civil Española por sectores de casi todos los grupos de izquierdas implicados.",
    ),
    (
        "es",
        "alb",
        "Ninguna región controlada por los republicanos escapó de la violencia sistemática y anticlerical, aunque fue mínima en el País Vasco.",
    ),
    (
        "es",
        "hbq",
        "La guillotina se convirtió en el símbolo del Terror y sus ejecuciones a menudo provocaron una sombría sensación de espectáculo.",
    ),
    (
        "es",
        "hbq",
        "El objetivo del Comité de Seguridad Pública era eliminar a los enemigos de la revolución y mantener el poder de la república.",
    ),
    (
        "es",
        "hbq",
        "El Reino del Terror estuvo marcado por una sensación generalizada de miedo y paranoia, e incluso formas menores de disidencia podían conducir al arresto y la ejecución.",
    ),
    (
        "es",
        "hbq",
        "Sin embargo, la violencia excesiva y las medidas autoritarias del Reino del Terror provocaron un descontento generalizado.",
    ),
    (
        "es",
        "a41",
        "El Comité terminó convirtiéndose en lo mismo de lo que los franceses habían estado tratando de escapar.",
    ),
    ("es", "a41", "Los ciudadanos que se suponía que debía proteger terminaron siendo sus mayores víctimas."),
    (
        "es",
        "dmd",
        "En la orden operativa número 47 Stalin asignaba a un comisario político en cada división administrativa de la Unión Soviética con la autoridad de ordenar arrestos y ejecuciones sumarísimas cuando entendieran que existían “actividades contrarrevolucionarias”.",
    ),
    (
        "es",
        "dmd",
        "Para conseguir que los detenidos confesaran, el Comité Central del Partido Comunista de la Unión Soviética permitió que la policía secreta, la NKVD utilizará la tortura.",
    ),
    ("es", "dmd", "Fueron famosos los tres juicios de Moscú."),
    (
        "es",
        "dpn",
        "Fue una política concienzudamente organizada de asesinato masivo, con la cual Stalin se perpetuó en el poder.",
    ),
    (
        "es",
        "dpn",
        "El Gran Terror afectó a todos los segmentos de la población, y la inmensa mayoría de las víctimas eran ciudadanos comunes.",
    ),
    (
        "es",
        "apu",
        "El objetivo de este cartel es justificar o legitimar el alzamiento militar desde el punto de vista religioso, presentando la guerra como una cruzada que defiende la religión católica.",
    ),
    (
        "es",
        "apu",
        "En la parte inferior del cartel encontramos el mensaje principal: “Los internacionales, unidos a los españoles, luchamos contra el invasor”.",
    ),
    (
        "es",
        "apu",
        "Tras la victoria del bando nacional, se inició una dura represión contra los republicanos y sus simpatizantes.",
    ),
    (
        "es",
        "pn1",
        "El tema del cartel es «Ha llegado España», y va dedicado a los ciudadanos de Barcelona, recordándoles que se les acaba de liberar de la «anti-España».",
    ),
    ("es", "pn2", "El cartel franquista no tuvo, indudablemente, la calidad que alcanzó el republicano."),
    (
        "es",
        "pn2",
        "La persecución desatada en el campo republicano contra la Iglesia católica sirvió perfectamente a los fines de la propaganda nacional: la defensa del catolicismo perseguido se convirtió en justificante del alzamiento, tanto de cara a la opinión española como a la internacional.",
    ),
    (
        "es",
        "ies",
        "La propaganda gráfica se convirtió en un arma poderosísima de difusión de la ideología política en los años treinta, en la Gran Guerra ( I Guerra Mundial) fue utilizada con profusión, el régimen nazi haría también un uso intenso del recurso, pero sería en la Guerra Civil española donde adquirirá un desarrollo espectacular.",
    ),
    ("es", "edh", "La propaganda supone una de las estrategias de guerra más eficaces durante el siglo XX."),
    (
        "es",
        "spn",
        "Se centraba en demonizar enemigos como los judíos y comunistas, mientras promovía valores nazis como el liderazgo de Hitler.",
    ),
    (
        "es",
        "spn",
        "Goebbels estableció 11 principios como la simplificación, exageración y unanimidad para maximizar el impacto de la propaganda a través de carteles, libros, radio y cine.",
    ),
    (
        "es",
        "ent",
        "Entre 1932 y 1933 el gobierno soviético sometió al pueblo ucraniano a una de las peores hambrunas de la historia.",
    ),
    (
        "es",
        "ent",
        "Este episodio es considerado un genocidio y constituye una de las mayores atrocidades perpetradas por el estalinismo.",
    ),
    (
        "es",
        "w3h",
        "El Holodomor (en ucraniano: Голодомор; pronunciación: ɦɔlodɔmɔr; literalmente: «matar de hambre»), también conocido como Genocidio ucraniano u Holocausto ucraniano, es el nombre atribuido a la hambruna que devastó el territorio de la República Socialista Soviética de Ucrania, Kubán, Ucrania Amarilla y otras regiones de la URSS, en el contexto de la colectivización de la tierra emprendida por la URSS, durante los años de 1932-1933, en la cual habrían muerto de hambre entre 1,5 y 12 millones de personas.",
    ),
    (
        "es",
        "fsl",
        "La hambruna que asoló a los ucranianos es considerada por los historiadores como un genocidio impuesto por el gobierno estalinista a la población para imponer la aceptación del régimen.",
    ),
    (
        "es",
        "fsl",
        "Los historiadores afirman que existía la intención de restringir el acceso a los alimentos como una forma de imponer el poder.",
    ),
    (
        "es",
        "fsl",
        "En el campo, el llamado kulaks (burguesía campesina) se negó a que el Estado confiscara sus propiedades.",
    ),
    (
        "es",
        "edt",
        "El 7 de agosto de 1932 se aprobó la conocida como «Ley de las Espigas», cuyo objetivo era escarmentar a aquellos campesinos contrarios a la expropiación o a quienes robasen alguna espiga o cebada para comer.",
    ),
    (
        "es",
        "edt",
        "Según registros de la época, alrededor de 5.400 personas fueron ejecutadas en virtud de esta ley y enviadas a la cárcel otras 125.000.",
    ),
    (
        "es",
        "rdt",
        "En 1483 se creó el Consejo de la Suprema y General Inquisición, y fue nombrado inquisidor general el dominico fray Tomás de Torquemada, que es recordado como símbolo de fanatismo y crueldad.",
    ),
    (
        "es",
        "rdt",
        "El objetivo principal de Torquemada eran los conversos –musulmanes y judíos convertidos al cristianismo–.",
    ),
    (
        "es",
        "rdt",
        "Si bien la Inquisición se considera hoy en día como sinónimo de persecución y tortura, en muchos casos los acusados eran condenados solamente al ayuno, la oración o la confiscación de sus bienes y propiedades, como habían hecho anteriormente las Inquisiciones de Francia e Italia durante los siglos XI y XII.",
    ),
    (
        "es",
        "rdt",
        "Con frecuencia la sola visión de la tenebrosa cámara de tortura y de sus taciturnos guardianes bastaba para que el reo se retractase.",
    ),
    ("es", "wdc", "Se han descubierto más de 20 000 fosas comunes, llamadas Campos de la Muerte."),
    (
        "es",
        "wdc",
        "Como la mayoría de las víctimas eran de etnia jemer, la misma de sus verdugos, a veces se denomina al proceso como un «autogenocidio».",
    ),
    ("es", "esa", 'Los medios empleados incluyeron el exterminio de los intelectuales y otros "enemigos burgueses".'),
    ("es", "esa", "El resultado de ello fue la desaparición de al menos un millón y medio de personas."),
    (
        "es",
        "qzc",
        "Para cumplir sus objetivos, los jemeres rojos vaciaron las ciudades y obligaron a los camboyanos a trasladarse a campos de trabajo en el campo, donde proliferaban las ejecuciones masivas, los trabajos forzados, los abusos físicos, la desnutrición y las enfermedades.",
    ),
    ("es", "pgd", "Bajo el lema «Destruir para reconstruir», los Jemeres Rojos vaciaron las ciudades en 48 horas."),
    (
        "es",
        "pgd",
        "Familias fueron separadas, y se prohibió el afecto entre padres e hijos: todos debían ser «camaradas» .",
    ),
    (
        "es",
        "dlz",
        "El golpe de estado que tuvo lugar en España en julio de 1936 desencadenó una represión brutal hacia los vencidos que comenzó en el inicio de la guerra y se mantuvo en tiempos de paz.",
    ),
    (
        "es",
        "ush",
        "Los alemanes crearon una serie de instalaciones de detención para encarcelar y eliminar a los “enemigos del estado.”",
    ),
    (
        "es",
        "ush",
        "Equipos especiales de las SS llamados “Unidades de la calavera” (Totenkopfverbände) vigilaban los campos, y competían unos con otros en crueldad.",
    ),
    (
        "es",
        "ush",
        "Después de la invasión alemana de Polonia en septiembre de 1939, los nazis abrieron campos de trabajos forzados donde miles de prisioneros murieron de agotamiento y hambre.",
    ),
    (
        "es",
        "stm",
        'Los nazis, que llegaron al poder en Alemania en enero de 1933, creían que los alemanes eran una "raza superior" y que los judíos, considerados "inferiores", eran una amenaza extranjera para la llamada comunidad racial alemana.',
    ),
    (
        "es",
        "eum",
        "Durante estas marchas, los guardias de las SS maltrataban brutalmente a los prisioneros y muchos fueron asesinados.",
    ),
    (
        "es",
        "ati",
        "Eran campos disciplinarios y de trabajo, donde los deportados se convirtieron en mano de obra esclava que trabajaba largas y extenuantes jornadas cada día.",
    ),
    (
        "es",
        "dft",
        'Mao llamó a los jóvenes a "bombardear los cuarteles generales" y proclamó que "rebelarse está justificado".',
    ),
    (
        "es",
        "dft",
        "Una selección de dichos de Mao se recopiló en el Pequeño Libro Rojo, que se convirtió en un texto sagrado para el culto a la personalidad de Mao.",
    ),
    (
        "es",
        "dft",
        "Al lanzar el movimiento en mayo de 1966 con la ayuda del Grupo de la Revolución Cultural, Mao denunció que elementos burgueses se habían infiltrado en el gobierno y la sociedad con el objetivo de restaurar el capitalismo.",
    ),
    (
        "es",
        "hbw",
        "Creó una atmósfera de miedo, caos e incertidumbre en China, ya que millones de personas se vieron afectadas y muchas perdieron la vida o enfrentaron persecución y encarcelamiento.",
    ),
    (
        "es",
        "hbw",
        'Fue aclamado como el "Gran Líder" y su retrato se exhibió en todas partes, mientras se suprimieron las opiniones disidentes y el pensamiento crítico.',
    ),
    (
        "es",
        "trf",
        "Comenzarían a celebrar sesiones de lucha con regularidad y a arrebatar el poder a los gobiernos locales y a las sucursales del PCCh, llegando a crear los comités revolucionarios en 1967.",
    ),
]

REAL = [
    # --- English ---
    (
        "en",
        "historical",
        "pmb",
        "He even killed children, this monster that some people in Latin America inexplicably call Saint Ernesto.",
        [f("this monster", NC)],
    ),
    ("en", "historical", "pmb", "There’s a good article about of this scumbag here.", [f("this scumbag", NC)]),
    (
        "en",
        "historical",
        "pmb",
        "He, like many communist Heroes of the Left, turned murder into a national industry.",
        [f("turned murder into a national industry", LL)],
    ),
    (
        "en",
        "historical",
        "cap",
        "Communism was (and may still be) one of the great evils to afflict humanity.",
        [f("one of the great evils to afflict humanity", LL)],
    ),
    (
        "en",
        "historical",
        "cap",
        "Every American civilian knows the Hitler story but few understand the scope of the perfidy of Stalin and Mao (and the lesser players like Pol Pot and Castro).",
        [f("the perfidy of Stalin and Mao", LL)],
    ),
    (
        "en",
        "historical",
        "lib",
        "No one philosophy has inflicted such misery on humanity as Communism.",
        [f("No one philosophy has inflicted such misery on humanity as Communism", EM)],
    ),
    (
        "en",
        "historical",
        "lib",
        "Nazism was roundly defeated in just over a decade, but the virulent ideology of class warfare, murder and hatred still enjoys popularity today.",
        [f("the virulent ideology of class warfare, murder and hatred", LL)],
    ),
    (
        "en",
        "historical",
        "som",
        "The Communist Party uses killing as an instrument to plant the seeds of terror in the minds of the people, forcing them to accept its evil ideology.",
        [f("its evil ideology", LL)],
    ),
    (
        "en",
        "historical",
        "som",
        "The Communist Party aims not just to destroy man’s physical body, but also to destroy his soul.",
        [f("The Communist Party aims not just to destroy man’s physical body, but also to destroy his soul", LL)],
    ),
    (
        "en",
        "historical",
        "mhu",
        "In terms of body count, socialism is by far the most evil religion, the most evil ideology of any sort, of all time.",
        [f("by far the most evil religion, the most evil ideology of any sort, of all time", EM)],
    ),
    (
        "en",
        "historical",
        "mhu",
        "The evil philosophies of fascism and communism were the two great 20th century mass killers.",
        [f("The evil philosophies of fascism and communism", LL)],
    ),
    # --- Spanish ---
    (
        "es",
        "historical",
        "ren",
        "El comunismo, desde el ascenso de Lenin, ha perpetrado la mayor orgía de sangre del siglo XX y aún hay muchos (en el mundo) que pretenden superar los 100 millones de inocentes asesinados por la mayor horda de odio y venganza que jamás hemos visto que fue y es el comunismo.",
        [
            f("la mayor orgía de sangre del siglo XX", EM),
            f("la mayor horda de odio y venganza que jamás hemos visto", LL),
        ],
    ),
    (
        "es",
        "historical",
        "ren",
        "Si su respuesta es SÍ, me confirma que es un demente por seguir ciegamente a una ideología creadora de la mayor orgía de sangre del siglo XX.",
        [f("es un demente", NC), f("la mayor orgía de sangre del siglo XX", EM)],
    ),
    (
        "es",
        "historical",
        "pdb",
        "Toda esa calamidad ha ocurrido en estos 100 años, convirtiendo al marxismo leninismo en la peor organización criminal de todos los tiempos, cuyas elites nunca han perdido perdón y por el contrario se ufanan, lo que demuestra el carácter bestial de esa secta.",
        [f("la peor organización criminal de todos los tiempos", NC), f("el carácter bestial de esa secta", NC)],
    ),
    (
        "es",
        "historical",
        "pdb",
        "Exactamente el 7 de noviembre de 1917 de acuerdo a nuestro calendario gregoriano, fue el asalto al palacio del invierno por parte de la banda bolchevique en Petrogrado, dirigida por alias “Lenin”, comenzando para la humanidad el genocidio más grande del que se tenga noticia, que según el libro negro del comunismo (1997) es de 100 millones de asesinatos; sin embargo, otros analistas mencionan cifras cercanas a 150 millones de víctimas.",
        [
            f("la banda bolchevique", NC),
            f("alias “Lenin”", NC),
            f("el genocidio más grande del que se tenga noticia", EM),
        ],
    ),
    (
        "es",
        "historical",
        "lar",
        "Todo es la misma basura, aunque los primeros siempre han despertado una mayor simpatía entre los intelectuales, los periodistas y los sindicatos.",
        [f("Todo es la misma basura", LL)],
    ),
    (
        "es",
        "historical",
        "lar",
        "Desde entonces no han parado de asesinar utilizando las formas más diversas y atroces.",
        [f("no han parado de asesinar utilizando las formas más diversas y atroces", LL)],
    ),
    (
        "es",
        "historical",
        "scr",
        "El ideal comunista desde sus orígenes hasta la actualidad ha sido el sistema humanista más sanguinario de todos, y precisamente ha sido condenado como intrínsecamente perverso por atentar contra el derecho natural y el divino, apelando a la inexistencia de Dios y de la propiedad privada.",
        [f("el sistema humanista más sanguinario de todos", EM)],
    ),
    (
        "es",
        "historical",
        "scr",
        "Históricamente podemos comprobar que quienes han promovido el capitalismo opresor en los pueblos de occidente son los mismos que procuraron la instauración del sistema socialista y comunista durante todo el Siglo XX, pues no se trata de fuerzas contradictorias, sino de dos brazos que buscan oprimir la humanidad por vías distintas, y que ahora se han fusionado en una pareja globalizadora.",
        [
            f(
                "quienes han promovido el capitalismo opresor en los pueblos de occidente son los mismos que procuraron la instauración del sistema socialista y comunista",
                CN,
            ),
            f("dos brazos que buscan oprimir la humanidad por vías distintas", CN),
        ],
    ),
    (
        "es",
        "historical",
        "lcl",
        "Difícilmente el corazón que está ganado por el odio y mantiene los ojos velados por una ideología criminal pueda ser recuperado… y sin embargo habrá que destapar sus vergüenzas.",
        [f("una ideología criminal", NC)],
    ),
    (
        "es",
        "historical",
        "lcl",
        "El cáncer de la revolución se extenderá, ya de manera imparable, por el resto del mundo.",
        [f("El cáncer de la revolución", NC)],
    ),
]

if __name__ == "__main__":
    write_blind_set("blind16n2", REAL, NEUTRAL, URLS)
