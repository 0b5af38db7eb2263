"""Build blind16v (round 16v of #16): fear appeals addressed to us/you, and neutral history on the same verbs."""

import json
from pathlib import Path

URL = "composed for blind16v (tenth session), in the style of the older sets' pages"
T = "Appeal_to_Fear-Prejudice"
real_es = [
    ("No os engañéis: vienen a por vuestros hijos y nadie los va a detener.", "vienen a por vuestros hijos"),
    ("Primero fueron los curas, ahora vienen a por nosotros.", "vienen a por nosotros"),
    (
        "Las élites globalistas quieren destruir nuestra forma de vida y nuestras tradiciones.",
        "quieren destruir nuestra forma de vida",
    ),
    ("El plan de la agenda 2030 es borrar nuestra identidad nacional.", "borrar nuestra identidad nacional"),
    ("Nos quieren muertos, enfermos y dependientes del Estado.", "Nos quieren muertos"),
    ("Quieren exterminarnos como hicieron con los católicos en el 36.", "Quieren exterminarnos"),
    (
        "Los marxistas culturales van a por vuestras familias, a por vuestras iglesias y a por vuestras casas.",
        "van a por vuestras familias",
    ),
    ("Esta ideología atenta contra nuestra fe, nuestra cultura y nuestra economía.", "atenta contra nuestra fe"),
    ("Están sustituyendo a nuestro pueblo con inmigrantes traídos a propósito.", "sustituyendo a nuestro pueblo"),
    ("Si no despertamos, nos esclavizarán a todos con su moneda digital.", "nos esclavizarán a todos"),
    (
        "El comunismo volverá para arrebatarnos a nuestros hijos, como ya hizo en Rusia.",
        "arrebatarnos a nuestros hijos",
    ),
    (
        "Los mismos que financiaron la revolución quieren ahora aniquilar a nuestra nación.",
        "quieren ahora aniquilar a nuestra nación",
    ),
    ("Vienen por tus ahorros, por tu casa y por tu libertad.", "Vienen por tus ahorros"),
    ("Su verdadero objetivo es eliminarnos a todos los que pensamos distinto.", "eliminarnos"),
    (
        "Quieren acabar con nuestra patria y con todo lo que nuestros padres construyeron.",
        "Quieren acabar con nuestra patria",
    ),
    ("La despoblación planificada va a por vosotros y por vuestros nietos.", "va a por vosotros"),
    ("Los masones conspiran para destruir a nuestras familias desde dentro.", "destruir a nuestras familias"),
    ("Están envenenando a nuestros hijos con vacunas experimentales.", "envenenando a nuestros hijos"),
    ("Mañana serás tú: te quitarán la casa y te encerrarán por pensar.", "te quitarán la casa"),
    ("No pararán hasta aniquilar nuestra civilización cristiana.", "aniquilar nuestra civilización cristiana"),
    ("Los rojos quieren arrasar nuestras iglesias otra vez, como en 1936.", "arrasar nuestras iglesias"),
    ("El Nuevo Orden Mundial quiere robarnos la libertad y convertirnos en esclavos.", "robarnos la libertad"),
]
neu_es = [
    "Los campesinos temían que los soldados vinieran a por sus cosechas.",
    "La propaganda nazi presentaba al bolchevismo como una amenaza para las familias alemanas.",
    "Los bombardeos destruyeron la catedral de Dresde en febrero de 1945.",
    "En 1936 las milicias quemaron iglesias en varias ciudades, según los informes del gobierno.",
    "Los cronistas describen el miedo de los vecinos cuando llegaron las tropas.",
    "El régimen acusó a los disidentes de querer destruir el orden socialista.",
    "Los colonos temían que los asaltantes vinieran por sus tierras.",
    "La peste eliminó a un tercio de la población de Europa entre 1347 y 1351.",
    "Los españoles arrasaron Tenochtitlan tras un largo asedio en 1521.",
    "La reforma agraria pretendía acabar con el latifundio en Andalucía.",
    "El terror de 1794 eliminó a buena parte de los adversarios de Robespierre.",
    "Según el historiador, los discursos de Goebbels explotaban el miedo a la invasión.",
    "Las tropas soviéticas arrebataron Berlín a la Wehrmacht en mayo de 1945.",
    "El censo de 1797 muestra cómo la epidemia despobló varias comarcas.",
    "Los obreros temían perder su trabajo con la llegada de las máquinas.",
    "La guerra de los Treinta Años devastó las tierras alemanas.",
    "El Estado buscaba sustituir a los funcionarios monárquicos por afines a la república.",
    "Las autoridades coloniales quisieron borrar las lenguas indígenas de las escuelas.",
    "Nuestros abuelos recordaban el hambre de la posguerra con una mezcla de miedo y pudor.",
    "Los cartagineses temían que Roma acabara con su comercio en el Mediterráneo.",
    "Napoleón quería aniquilar al ejército ruso antes de la llegada del invierno.",
    "La inflación de 1923 destruyó los ahorros de la clase media alemana.",
]
real_en = [
    ("Make no mistake: they are coming for your children.", "they are coming for your children"),
    ("They want you dead, and they are no longer hiding it.", "They want you dead"),
    ("The globalists want to destroy our way of life.", "want to destroy our way of life"),
    ("First they came for the truckers, now they are coming for us.", "they are coming for us"),
    ("The elites plan to erase our national identity within a generation.", "erase our national identity"),
    ("They will enslave you with a digital currency and a social credit score.", "They will enslave you"),
    ("The depopulation agenda is designed to kill us off quietly.", "kill us off"),
    ("They are replacing our people with cheap labour imported on purpose.", "replacing our people"),
    ("The cabal is poisoning our children through the food supply.", "poisoning our children"),
    ("They want you poor, sick and dependent on the state.", "They want you poor"),
    ("Communism will come back to take your children, just as it did in Russia.", "take your children"),
    ("These people are out to destroy our families and our faith.", "destroy our families"),
    ("The bankers who funded the revolution now want to wipe out our nation.", "wipe out our nation"),
    (
        "Tomorrow it will be you: they will seize your home and lock you up for your thoughts.",
        "they will seize your home",
    ),
    (
        "The New World Order will not stop until it has annihilated Christian civilization and us with it.",
        "annihilated Christian civilization and us with it",
    ),
    ("They are coming for your guns, your savings and your freedom.", "coming for your guns"),
    ("The Marxists are determined to wipe our history from the schoolbooks.", "wipe our history"),
    ("Their real goal is to exterminate all of us who refuse to comply.", "exterminate all of us"),
    (
        "The plandemic was only a rehearsal; next time they will lock us in our homes for good.",
        "they will lock us in our homes",
    ),
    ("The Great Reset means they will take everything we own.", "they will take everything we own"),
    ("Wake up: they intend to eliminate you and your kind.", "eliminate you"),
    ("The Bolsheviks murdered the Tsar's family, and their heirs want to murder ours.", "want to murder ours"),
]
neu_en = [
    "Medieval chroniclers describe the villagers' fear that raiders would come for their harvest.",
    "Nazi propaganda portrayed Bolshevism as a threat to German families.",
    "Allied bombing destroyed much of Dresden in February 1945.",
    "Historians of the Great Fear of 1789 describe peasants convinced that brigands were coming for their crops.",
    "The regime accused the dissidents of wanting to destroy the socialist order.",
    "The Black Death killed about a third of Europe's population between 1347 and 1351.",
    "The Spanish razed Tenochtitlan after a long siege in 1521.",
    "The land reform aimed to break up the great estates of Andalusia.",
    "The Terror of 1794 eliminated many of Robespierre's opponents.",
    "Goebbels's speeches, the historian argues, played on fear of invasion.",
    "Soviet troops took Berlin from the Wehrmacht in May 1945.",
    "The 1797 census shows how the epidemic depopulated several districts.",
    "Weavers feared that the new machines would take their livelihoods.",
    "The Thirty Years' War devastated the German lands.",
    "The republic sought to replace monarchist officials with its own supporters.",
    "Colonial authorities tried to erase indigenous languages from the schools.",
    "Our grandparents remembered the hunger after the war with a mix of fear and shame.",
    "The Carthaginians feared that Rome would destroy their trade in the Mediterranean.",
    "Napoleon wanted to annihilate the Russian army before winter set in.",
    "The inflation of 1923 wiped out the savings of the German middle class.",
    "In our survey of the period, we describe how rumours of poisoned wells spread fear among townspeople.",
    "Cold War civil defence films warned families that the bomb could destroy their homes.",
]


def w(name, rows):
    with open(Path(__file__).resolve().parent.parent / name, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


rr = []
nn = []
for lang, R, N in (("es", real_es, neu_es), ("en", real_en, neu_en)):
    for i, (t, s) in enumerate(R, 1):
        assert s in t, (t, s)
        rr.append(
            {
                "id": f"b16v-{lang}-f{i:02d}",
                "lang": lang,
                "period": "present",
                "text": t,
                "neutral": False,
                "flags": [{"text": s, "technique": T, "voice": "author", "speaker": None}],
                "url": URL,
            }
        )
    for i, t in enumerate(N, 1):
        nn.append(
            {
                "id": f"b16v-{lang}-n{i:02d}",
                "lang": lang,
                "period": "historical",
                "text": t,
                "neutral": True,
                "flags": [],
                "url": URL,
            }
        )
w("blind16v_real.jsonl", rr)
w("blind16v_neutral.jsonl", nn)
print(len(rr), len(nn))
