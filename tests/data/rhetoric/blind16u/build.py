"""Write `blind16u_real.jsonl` and `blind16u_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16u/build.py  (writes next to this folder).

Round 16u of #16 (tenth session, recall on the older real sets). The class, named from main's misses on
blind5/10/11/11b before any sentence here was written: THE MIND MADE CAPTIVE MATTER. Indoctrination told as a
physical act on people: their minds, consciences or brains are chained, poisoned, infected, colonized,
hijacked, washed or programmed ("Encadena la mente, el cuerpo y el alma", "Esta intoxicación de la mente", "la
colonización de conciencias"), or the people themselves are programmed, molded like clay, dumbed down or fed
lies ("Se les programa", "Los niños son moldeados como barro blando", "atonta a las masas incrédulas", "feeding
us a daily diet of fake information", "humans are managed like cows").

Sentences written for this set in the style of the conspiracist and propaganda pages of the older sets (not
quoted: the source key "composed" says so); the gold spans were written before main or the branch ran on them.

Neutral sentences: the same verbs and nouns in plain history (prisoners chained, a river poisoned by a mine,
clay molded by potters, the colonization of the Americas, rations fed to a besieged city, class consciousness,
indoctrination and propaganda named by historians, Jesuit colleges that shaped an elite, Lenin's brain).
Any flag in the author's voice there is a false alarm.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

LL = "Loaded_Language"

URLS = {"composed": "composed for blind16u (tenth session), in the style of the older sets' pages"}

REAL_ES = [
    (
        "present",
        "Desde la escuela, a nuestros hijos les lavan el cerebro con la ideología de género.",
        "a nuestros hijos les lavan el cerebro",
    ),
    ("present", "Los medios programan a la gente para que odie a quien piensa distinto.", "programan a la gente"),
    (
        "present",
        "Las masas, moldeadas como plastilina por la televisión, ya no saben pensar.",
        "moldeadas como plastilina por la televisión",
    ),
    (
        "historical",
        "El régimen encadenó las mentes de tres generaciones de rusos.",
        "encadenó las mentes de tres generaciones de rusos",
    ),
    ("present", "Nos envenenan la mente cada noche con sus telediarios.", "Nos envenenan la mente"),
    (
        "historical",
        "La propaganda marxista intoxicó las conciencias de la juventud española.",
        "intoxicó las conciencias de la juventud española",
    ),
    (
        "present",
        "Es una auténtica colonización de las mentes, más eficaz que cualquier ejército.",
        "una auténtica colonización de las mentes",
    ),
    (
        "historical",
        "Los niños salían de aquellas aulas programados como robots al servicio del partido.",
        "programados como robots",
    ),
    (
        "present",
        "Nos alimentan a diario con mentiras para que no veamos la verdad.",
        "Nos alimentan a diario con mentiras",
    ),
    ("present", "El sistema educativo atonta a la juventud para que nunca se rebele.", "atonta a la juventud"),
    (
        "present",
        "La izquierda ha secuestrado la mente de millones de españoles.",
        "ha secuestrado la mente de millones de españoles",
    ),
    (
        "historical",
        "Los soviets convirtieron al pueblo en un rebaño de autómatas sin voluntad.",
        "convirtieron al pueblo en un rebaño de autómatas sin voluntad",
    ),
    ("present", "Las élites idiotizan a las masas con fútbol y telebasura.", "idiotizan a las masas"),
    ("present", "En las aulas se les inocula el odio a su propia patria.", "se les inocula el odio a su propia patria"),
    (
        "present",
        "Su verdadera arma es el lavado de cerebro colectivo que practican desde hace décadas.",
        "el lavado de cerebro colectivo",
    ),
    (
        "historical",
        "La prensa del régimen fabricó súbditos dóciles, cerebros vacíos listos para obedecer.",
        "cerebros vacíos listos para obedecer",
    ),
    (
        "present",
        "Han reprogramado a toda una generación para que se avergüence de su historia.",
        "Han reprogramado a toda una generación",
    ),
    (
        "historical",
        "El comunismo adormece las conciencias con promesas de un paraíso que nunca llega.",
        "adormece las conciencias",
    ),
    (
        "present",
        "Los jóvenes han sido domesticados por la escuela pública como animales de granja.",
        "domesticados por la escuela pública como animales de granja",
    ),
    (
        "present",
        "Cada día nos inyectan en vena su propaganda globalista.",
        "nos inyectan en vena su propaganda globalista",
    ),
    ("present", "El objetivo final es esclavizar las mentes antes que los cuerpos.", "esclavizar las mentes"),
    (
        "historical",
        "Tras sesenta años de propaganda, el pueblo cubano tiene el cerebro lavado.",
        "el pueblo cubano tiene el cerebro lavado",
    ),
    (
        "present",
        "Los maestros militantes moldean la mente de nuestros hijos a su antojo.",
        "moldean la mente de nuestros hijos a su antojo",
    ),
    (
        "present",
        "Con sus series y sus películas, Hollywood nos programa la cabeza desde niños.",
        "nos programa la cabeza",
    ),
    (
        "present",
        "La televisión pública vierte veneno en la mente de los españoles cada día.",
        "vierte veneno en la mente de los españoles",
    ),
    (
        "present",
        "Han colonizado nuestras conciencias hasta hacernos desear nuestra propia esclavitud.",
        "Han colonizado nuestras conciencias",
    ),
    (
        "historical",
        "La escuela franquista fabricaba cerebros en serie, todos iguales y todos sumisos.",
        "fabricaba cerebros en serie",
    ),
    (
        "present",
        "Las redes sociales han convertido a los votantes en marionetas que repiten consignas.",
        "han convertido a los votantes en marionetas",
    ),
    (
        "present",
        "El marxismo cultural ha infectado las mentes de los universitarios.",
        "ha infectado las mentes de los universitarios",
    ),
]

REAL_EN = [
    (
        "present",
        "From kindergarten on, they brainwash our children into hating their own country.",
        "they brainwash our children",
    ),
    (
        "present",
        "The mainstream media programs people to fear their neighbours and trust the state.",
        "programs people to fear their neighbours",
    ),
    (
        "historical",
        "The Soviet regime chained the minds of three generations.",
        "chained the minds of three generations",
    ),
    ("present", "They poison your mind every night through the evening news.", "They poison your mind"),
    (
        "present",
        "Cultural Marxism has infected the minds of an entire generation of students.",
        "has infected the minds of an entire generation of students",
    ),
    ("present", "The masses are molded like clay by the television networks.", "molded like clay"),
    (
        "present",
        "Our schools turn out obedient robots, programmed to repeat the official line.",
        "Our schools turn out obedient robots, programmed to repeat the official line",
    ),
    ("present", "The press has been feeding us lies for decades.", "feeding us lies"),
    (
        "present",
        "Hollywood and the networks dumb down the masses so they never question anything.",
        "dumb down the masses",
    ),
    ("present", "It is nothing less than the colonization of our minds.", "the colonization of our minds"),
    (
        "present",
        "The Left has hijacked the minds of millions of young Americans.",
        "has hijacked the minds of millions of young Americans",
    ),
    (
        "historical",
        "The Bolsheviks reduced the Russian people to a herd of mindless automatons.",
        "reduced the Russian people to a herd of mindless automatons",
    ),
    (
        "present",
        "Every day they inject their globalist propaganda straight into our veins.",
        "inject their globalist propaganda straight into our veins",
    ),
    (
        "present",
        "They have reprogrammed a whole generation to be ashamed of its history.",
        "have reprogrammed a whole generation",
    ),
    (
        "historical",
        "Communism anaesthetizes the conscience with promises of a paradise that never comes.",
        "anaesthetizes the conscience",
    ),
    (
        "present",
        "Students are domesticated like farm animals by the public school system.",
        "domesticated like farm animals",
    ),
    ("present", "The real goal is to enslave minds before bodies.", "to enslave minds"),
    (
        "historical",
        "After sixty years of propaganda, the Cuban people have had their brains washed clean.",
        "have had their brains washed clean",
    ),
    (
        "present",
        "Activist teachers shape the minds of our children as they please.",
        "shape the minds of our children as they please",
    ),
    (
        "present",
        "The networks pour poison into the minds of the public every night.",
        "pour poison into the minds of the public",
    ),
    (
        "present",
        "They have colonized our consciousness until we crave our own servitude.",
        "have colonized our consciousness",
    ),
    ("present", "Social media has turned voters into puppets who parrot slogans.", "has turned voters into puppets"),
    (
        "present",
        "The state wants a nation of sheep with switched-off brains.",
        "a nation of sheep with switched-off brains",
    ),
    (
        "present",
        "The universities have become factories that mass-produce empty heads.",
        "factories that mass-produce empty heads",
    ),
    (
        "present",
        "Big Tech rewires the brains of our children to make them addicts of the screen.",
        "rewires the brains of our children",
    ),
    (
        "historical",
        "The Party planted its lies in the heads of the peasants like seeds in a field.",
        "planted its lies in the heads of the peasants",
    ),
    ("present", "The elites have lobotomized the public with bread and circuses.", "have lobotomized the public"),
    ("present", "Our children are being indoctrinated and programmed like machines.", "programmed like machines"),
]

NEUTRAL_ES = [
    "Los guardias encadenaron a los prisioneros antes de trasladarlos a Siberia.",
    "El Estado Mayor programó la ofensiva para la primavera de 1916.",
    "Los alfareros íberos moldeaban el barro a mano antes de la llegada del torno.",
    "Los vertidos de la mina intoxicaron el río durante décadas.",
    "Según la crónica, la reina envenenó a su rival con arsénico.",
    "La colonización de América transformó la economía de Castilla.",
    "La administración alimentó a la población sitiada con raciones de pan y sopa.",
    "La Falange organizó campañas de adoctrinamiento en las escuelas durante la posguerra.",
    "La propaganda del régimen se difundía por la radio y el NO-DO.",
    "Marx sostenía que la conciencia de clase nacía de las condiciones materiales.",
    "Los secuestradores mantuvieron al industrial encerrado durante tres meses.",
    "Los mineros asturianos tomaron conciencia de su fuerza en la huelga de 1934.",
    "Los colegios jesuitas formaron la mente de la élite criolla durante dos siglos.",
    "Los campesinos criaban animales de granja y cultivaban cereal.",
    "Las autoridades sanitarias inocularon la vacuna a miles de niños en 1957.",
    "El fútbol se convirtió en el espectáculo de masas más popular de la posguerra.",
    "Un relojero construyó autómatas para la corte de Carlos V.",
    "La escuela republicana quiso formar ciudadanos laicos e instruidos.",
    "La medicina de la época apenas sabía tratar las enfermedades de la mente.",
    "El coronel ordenó lavar los uniformes y limpiar el cuartel antes de la revista.",
    "Los presos eran trasladados encadenados de una cárcel a otra.",
    "El sindicato movilizó a las masas obreras en la huelga general de 1917.",
    "Los soldados enfermaron tras beber agua envenenada por los cadáveres.",
    "Los historiadores estudian cómo la propaganda soviética influyó en la opinión pública.",
    "El régimen franquista controlaba los manuales escolares y censuraba la prensa.",
    "El cerebro de Lenin fue extraído y estudiado en un instituto de Moscú.",
    "Las escuelas soviéticas enseñaban a los niños la historia de la revolución con manuales aprobados.",
    "Los títeres de cachiporra eran un entretenimiento popular en las ferias del siglo XIX.",
]

NEUTRAL_EN = [
    "The guards chained the prisoners before moving them to the camps.",
    "Army engineers programmed the first electronic computers to calculate artillery tables.",
    "Iberian potters molded clay by hand before the potter's wheel arrived.",
    "Waste from the mine poisoned the river for decades.",
    "According to the chronicle, the queen poisoned her rival with arsenic.",
    "The colonization of the Americas transformed the economy of Castile.",
    "The city authorities fed the besieged population with rations of bread and soup.",
    "The Hitler Youth was the main instrument of Nazi indoctrination of German children.",
    "Jesuit colleges shaped the minds of the colonial elite for two centuries.",
    "Marx argued that class consciousness arose from material conditions.",
    "The kidnappers held the industrialist captive for three months.",
    "Historians have studied how Soviet propaganda influenced public opinion.",
    "Tenant farmers raised farm animals and grew wheat on the estate.",
    "The vaccine was injected into thousands of children in 1955.",
    "Football became the most popular mass spectacle of the postwar years.",
    "Eighteenth-century craftsmen built automatons for the courts of Europe.",
    "Early psychiatry had few treatments for diseases of the mind.",
    "The regiment was ordered to wash its uniforms before the inspection.",
    "Many teachers were dismissed after the war for their political views.",
    "The union mobilized the masses of workers in the general strike of 1926.",
    "Soldiers fell ill after drinking water poisoned by corpses.",
    "The Ministry of Propaganda controlled newspapers, radio and film.",
    "The brains of the operation was Colonel Stauffenberg.",
    "Puppet theatre was a popular entertainment in nineteenth-century Naples.",
    "Lenin's brain was removed and studied by the Moscow Brain Institute.",
    "The reformers wanted public schools to train literate and loyal citizens.",
    "Soviet schools taught children the history of the revolution from approved textbooks.",
    "The prisoners were fed a diet of thin soup and black bread.",
]

REAL = [("es", period, "composed", text, [f(flag, LL)]) for period, text, flag in REAL_ES] + [
    ("en", period, "composed", text, [f(flag, LL)]) for period, text, flag in REAL_EN
]
NEUTRAL = [("es", "composed", text) for text in NEUTRAL_ES] + [("en", "composed", text) for text in NEUTRAL_EN]

if __name__ == "__main__":
    write_blind_set("blind16u", REAL, NEUTRAL, URLS)
