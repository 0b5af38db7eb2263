# ruff: noqa: E501  (one sentence per line)
"""Write `blind13n_real.jsonl` and `blind13n_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind13n/build.py  (writes next to this folder).

Round 16n of #16: NAME-CALLING AND LOADED LANGUAGE as a class. Sentences written for cronica by the
round's engineer in new wordings (no page quoted, no paraphrase of blind12's items), before any code of
the round and before main or the branch ran on any of it.

- real: invective against a group or a person: dehumanizing metaphors (animals, vermin, parasites,
  parrots, sheep, lapdogs, "como borregos"), a demonstrative with a derogatory noun or modifier on a
  profession or a faction ("esos plumíferos a sueldo", "these bought professors"), criminal labels for a
  party ("banda de ladrones"), monster and tyrant epithets, "traitor", loaded contrasts ("while decent
  families went hungry"), scare-quoted evaluative nouns ("their 'experts'"), with the reader's spans.
- neutral: history sentences using the same nouns plainly ("the journalists of Pravda", "los mercenarios
  suizos", "el llamado Grupo de los Cinco", a historian quoting "traidor", the Swiss Guard, the parrot
  trade, a butcher's guild, the "so-called" name of a faction). Any flag in the author's voice is a false
  alarm; attributed flags are reported apart by the scorer.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

NC, LL, DO, AF, EM, CN = (
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
    "Exaggeration-Minimisation",
    "Conspiracy_Narrative",
)
ATT = "attributed"
W = "w"
URLS = {W: "written-for-cronica:blind13n"}

REAL = [
    # --- Spanish ---
    (
        "es",
        "present",
        W,
        "Esos plumíferos a sueldo del Gobierno escriben lo que les dictan desde el ministerio.",
        [f("Esos plumíferos a sueldo del Gobierno", NC)],
    ),
    (
        "es",
        "present",
        W,
        "Los diputados de la oposición son ratas que abandonan el barco a la primera tormenta.",
        [f("son ratas que abandonan el barco", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "Los jacobinos eran hienas sedientas de sangre que devoraban a sus propios hijos.",
        [f("hienas sedientas de sangre", NC)],
    ),
    (
        "es",
        "present",
        W,
        "Sus votantes siguen al líder como borregos camino del matadero.",
        [f("siguen al líder como borregos", NC)],
    ),
    (
        "es",
        "present",
        W,
        "Ese partido no es más que una banda de ladrones con escaño.",
        [f("una banda de ladrones con escaño", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "El dictador, aquel carnicero de su propio pueblo, firmaba las sentencias sin leerlas.",
        [f("aquel carnicero de su propio pueblo", NC)],
    ),
    (
        "es",
        "present",
        W,
        "Estos tertulianos de pesebre defienden cualquier cosa que salga de la Moncloa.",
        [f("Estos tertulianos de pesebre", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "Los banqueros engordaban como cerdos mientras los obreros morían de hambre en los suburbios.",
        [f("engordaban como cerdos", NC), f("mientras los obreros morían de hambre", LL)],
    ),
    (
        "es",
        "present",
        W,
        "El ministro es un traidor que ha vendido la patria a Bruselas por un plato de lentejas.",
        [f("un traidor", NC), f("ha vendido la patria a Bruselas por un plato de lentejas", LL)],
    ),
    (
        "es",
        "present",
        W,
        "Aquellos sindicalistas son parásitos que viven del sudor de los demás.",
        [f("son parásitos que viven del sudor de los demás", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "Los comisarios políticos eran alimañas que había que exterminar sin piedad.",
        [f("eran alimañas", NC), f("había que exterminar sin piedad", LL)],
    ),
    (
        "es",
        "present",
        W,
        "Esos catedráticos vendidos repiten como papagayos lo que dicta Washington.",
        [f("Esos catedráticos vendidos", NC), f("repiten como papagayos lo que dicta Washington", LL)],
    ),
    (
        "es",
        "present",
        W,
        "El presidente, ese tirano de opereta, gobierna a golpe de decreto.",
        [f("ese tirano de opereta", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "Los anarquistas eran una plaga de sabandijas que infectaba los barrios obreros.",
        [f("una plaga de sabandijas", NC)],
    ),
    (
        "es",
        "present",
        W,
        "Sus «expertos» no han acertado ni una sola previsión en diez años.",
        [f("Sus «expertos»", DO)],
    ),
    (
        "es",
        "present",
        W,
        "Estos periodistas lacayos del poder jamás harán una pregunta incómoda.",
        [f("Estos periodistas lacayos del poder", NC)],
    ),
    (
        "es",
        "historical",
        W,
        "Los terratenientes, auténticas sanguijuelas del campo, se quedaban con toda la cosecha.",
        [f("auténticas sanguijuelas del campo", NC)],
    ),
    (
        "es",
        "present",
        W,
        "La cúpula del partido es una pandilla de mafiosos que saquea las arcas públicas.",
        [f("una pandilla de mafiosos", NC), f("saquea las arcas públicas", LL)],
    ),
    (
        "es",
        "historical",
        W,
        "Aquel general fue un monstruo que ahogó en sangre la revuelta.",
        [f("un monstruo", NC), f("ahogó en sangre la revuelta", LL)],
    ),
    (
        "es",
        "present",
        W,
        "Los burócratas de Bruselas cobran sueldos de lujo mientras nuestros pescadores se arruinan.",
        [f("mientras nuestros pescadores se arruinan", LL)],
    ),
    (
        "es",
        "present",
        W,
        "Esos jueces serviles se arrastran ante el Gobierno como perros falderos.",
        [f("Esos jueces serviles", NC), f("como perros falderos", NC)],
    ),
    # --- English ---
    (
        "en",
        "present",
        W,
        "These paid hacks at the network read whatever script the party hands them.",
        [f("These paid hacks", NC)],
    ),
    (
        "en",
        "present",
        W,
        "The senators are rats fleeing a sinking ship the moment the polls turn.",
        [f("are rats fleeing a sinking ship", NC)],
    ),
    (
        "en",
        "historical",
        W,
        "The commissars were wolves in human skin who fed on the suffering of the peasants.",
        [f("wolves in human skin", NC)],
    ),
    ("en", "present", W, "His supporters follow him like sheep to the slaughter.", [f("follow him like sheep", NC)]),
    (
        "en",
        "present",
        W,
        "That party is nothing but a gang of thieves in suits.",
        [f("a gang of thieves in suits", NC)],
    ),
    (
        "en",
        "historical",
        W,
        "The dictator, that butcher of his own people, signed the death warrants over breakfast.",
        [f("that butcher of his own people", NC)],
    ),
    (
        "en",
        "present",
        W,
        "These bought professors will say anything their donors pay them to say.",
        [f("These bought professors", NC)],
    ),
    (
        "en",
        "historical",
        W,
        "The mill owners grew fat like pigs while the children in their factories coughed blood.",
        [f("grew fat like pigs", NC), f("while the children in their factories coughed blood", LL)],
    ),
    (
        "en",
        "present",
        W,
        "The minister is a traitor who sold out the country to foreign bankers.",
        [f("a traitor", NC), f("sold out the country to foreign bankers", LL)],
    ),
    (
        "en",
        "present",
        W,
        "Those union bosses are parasites living off the sweat of honest workers.",
        [f("are parasites living off the sweat of honest workers", NC)],
    ),
    (
        "en",
        "historical",
        W,
        "The partisans were vermin to be stamped out without mercy.",
        [f("were vermin", NC), f("to be stamped out without mercy", LL)],
    ),
    (
        "en",
        "present",
        W,
        "Those spineless pundits echo every talking point like trained parrots.",
        [f("Those spineless pundits", NC), f("echo every talking point like trained parrots", LL)],
    ),
    ("en", "present", W, "The governor, that tinpot tyrant, rules by emergency decree.", [f("that tinpot tyrant", NC)]),
    (
        "en",
        "historical",
        W,
        "The radicals were a swarm of cockroaches spreading through the slums.",
        [f("a swarm of cockroaches", NC)],
    ),
    (
        "en",
        "present",
        W,
        "Their so-called experts have not got a single forecast right in ten years.",
        [f("Their so-called experts", DO)],
    ),
    (
        "en",
        "present",
        W,
        "These court stenographers of the regime will never ask a hard question.",
        [f("These court stenographers of the regime", NC)],
    ),
    (
        "en",
        "historical",
        W,
        "The landlords, true leeches on the countryside, took every last bushel.",
        [f("true leeches on the countryside", NC)],
    ),
    (
        "en",
        "present",
        W,
        "The party leadership is a pack of crooks looting the treasury.",
        [f("a pack of crooks", NC), f("looting the treasury", LL)],
    ),
    (
        "en",
        "historical",
        W,
        "That general was a monster who drowned the uprising in blood.",
        [f("a monster", NC), f("drowned the uprising in blood", LL)],
    ),
    (
        "en",
        "present",
        W,
        "The Brussels bureaucrats draw lavish salaries while our fishermen go bankrupt.",
        [f("while our fishermen go bankrupt", LL)],
    ),
    (
        "en",
        "present",
        W,
        "Those servile judges crawl before the government like lapdogs.",
        [f("Those servile judges", NC), f("like lapdogs", NC)],
    ),
]

NEUTRAL = [
    # --- Spanish ---
    (
        "es",
        W,
        "Los mercenarios suizos defendieron las Tullerías el 10 de agosto de 1792 y casi todos murieron en el asalto.",
    ),
    (
        "es",
        W,
        "Los periodistas de Pravda recibían las consignas del Departamento de Agitación y Propaganda del partido.",
    ),
    (
        "es",
        W,
        "El llamado Grupo de los Cinco reunió en San Petersburgo a compositores como Músorgski y Rimski-Kórsakov.",
    ),
    ("es", W, "En su proceso de 1938, el fiscal Vyshinski llamó «traidor» y «perro rabioso» a Bujarin."),
    ("es", W, "Los loros y los papagayos llegaron a Europa en los barcos que volvían de América en el siglo XVI."),
    ("es", W, "Los catedráticos de la Universidad de Salamanca debatieron en 1550 la legitimidad de la conquista."),
    ("es", W, "El gremio de los carniceros de Madrid controlaba el abasto de carne de la villa en el siglo XVII."),
    ("es", W, "Las ratas transmitieron la peste negra a través de las pulgas que vivían en su pelaje."),
    (
        "es",
        W,
        "La prensa franquista llamaba «hordas rojas» al ejército republicano, según ha estudiado el historiador Alberto Reig Tapia.",
    ),
    ("es", W, "El término «quinta columna» lo popularizó el general Mola durante el asedio de Madrid en 1936."),
    ("es", W, "Los jueces del Tribunal Supremo anularon la sentencia en 1912 por defectos de forma."),
    ("es", W, "Los banqueros genoveses prestaron grandes sumas a Felipe II a cambio de la plata de América."),
    ("es", W, "El llamado Partido Moderado gobernó España durante buena parte del reinado de Isabel II."),
    ("es", W, "Los sindicalistas de la CNT organizaron la huelga de La Canadiense en Barcelona en 1919."),
    (
        "es",
        W,
        "Benedict Arnold es recordado en Estados Unidos como traidor por haber intentado entregar West Point a los británicos.",
    ),
    ("es", W, "Los cerdos y las ovejas formaban la mayor parte del ganado de las aldeas gallegas en el siglo XVIII."),
    ("es", W, "Los terratenientes andaluces se opusieron a la reforma agraria de 1932."),
    ("es", W, "Los borregos merinos eran la base del comercio de lana de la Mesta castellana."),
    (
        "es",
        W,
        "El emperador Calígula fue descrito por Suetonio como un monstruo cruel, aunque los historiadores modernos matizan ese retrato.",
    ),
    ("es", W, "Los diputados de la oposición abandonaron el hemiciclo en protesta por la ley de prensa."),
    # --- English ---
    (
        "en",
        W,
        "The Swiss mercenaries who defended the Tuileries in 1792 are commemorated by the Lion Monument in Lucerne.",
    ),
    (
        "en",
        W,
        "The journalists of Pravda took their instructions from the party's Department of Agitation and Propaganda.",
    ),
    ("en", W, "The so-called Mighty Handful brought together composers such as Mussorgsky and Rimsky-Korsakov."),
    ("en", W, 'At the 1938 trial, the prosecutor Vyshinsky called Bukharin a "traitor" and a "mad dog".'),
    ("en", W, "Parrots were prized as exotic pets in the courts of Renaissance Europe."),
    ("en", W, "The professors of the University of Paris condemned the propositions in 1277."),
    ("en", W, "The butchers' guild of London received a royal charter in 1605."),
    # (replaced after the first run: the first wording repeated blind7_neutral's b7-en-n17, a training
    # sentence of the retired sets; neither main nor the branch flagged it)
    ("en", W, "In 1894 Alexandre Yersin found the plague bacillus in the dead rats of Hong Kong."),
    ("en", W, "Wartime posters depicted the enemy as vermin, a device historians of propaganda have studied closely."),
    ("en", W, 'The term "fifth column" was popularized by General Mola during the siege of Madrid.'),
    ("en", W, "The judges of the Supreme Court overturned the conviction in 1912 on procedural grounds."),
    ("en", W, "Genoese bankers lent large sums to Philip II against the silver of the Americas."),
    ("en", W, "The so-called Know-Nothing Party won several state elections in the 1850s."),
    ("en", W, "Union organizers of the IWW led the Lawrence textile strike in 1912."),
    (
        "en",
        W,
        "Benedict Arnold is remembered in the United States as a traitor for plotting to surrender West Point to the British.",
    ),
    ("en", W, "Pigs and sheep made up most of the livestock of English villages in the eighteenth century."),
    ("en", W, "The landlords of Ireland resisted the land reforms of the 1880s."),
    ("en", W, "The wolves of the Apennines were hunted almost to extinction in the nineteenth century."),
    ("en", W, "Suetonius described Caligula as a cruel monster, though modern historians qualify that portrait."),
    ("en", W, "The opposition senators walked out of the chamber in protest against the press law."),
]


if __name__ == "__main__":
    write_blind_set("blind13n", REAL, NEUTRAL, URLS)
    print(f"real {len(REAL)}, neutral {len(NEUTRAL)}")
