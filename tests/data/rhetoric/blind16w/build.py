"""Build blind16w (round 16w of #16): judgements of vice piled up or intensified, and neutral history on the same words.

The class, from the misses of main on blind3..blind11b: a person, a group, an act or an idea judged through two or
more adjectives of vice, contempt or folly ("aquellos siniestros, cobardes y cortoplacistas borbones", "minúsculo y
sectario", "a reckless and relentless John Foster Dulles", "an exceedingly strange and diabolically paranoid
tyrant") or one such adjective with an intensifier ("taimados, muy taimados", "how vicious"). The neutral side: one
adjective that describes, neutral adjectives piled up ("long, costly and futile"), intensifiers on neutral words,
the same words as terms ("sectarian violence", "Cynic philosophers", "vicious circle") or as reported charges.
Written before the rule and before any run on them (gold first).
"""

import json
from pathlib import Path

URL = "composed for blind16w (eleventh session), in the style of the older sets' pages"
T = "Loaded_Language"
real_es = [
    ("Aquel cobarde y traicionero gobierno de Negrín huyó con el oro del pueblo.", "cobarde y traicionero gobierno"),
    (
        "Los dirigentes del Frente Popular fueron mezquinos, rastreros y sectarios hasta el final.",
        "mezquinos, rastreros y sectarios",
    ),
    ("Stalin era un hombre profundamente vil y retorcido.", "profundamente vil y retorcido"),
    ("La política religiosa de Azaña fue tan sectaria como torpe.", "tan sectaria como torpe"),
    (
        "Aquellos hipócritas y corruptos diputados liberales vendieron España a Inglaterra.",
        "hipócritas y corruptos diputados",
    ),
    (
        "El ruin y miserable Fernando VII traicionó a quienes le habían devuelto el trono.",
        "El ruin y miserable Fernando VII",
    ),
    (
        "Los jacobinos fueron unos fanáticos sanguinarios y profundamente perversos.",
        "fanáticos sanguinarios y profundamente perversos",
    ),
    ("Su mezquina y rencorosa venganza contra los vencidos no conoció límites.", "mezquina y rencorosa venganza"),
    ("La propaganda soviética fue siempre burda, grosera y mentirosa.", "burda, grosera y mentirosa"),
    ("El taimado y cínico Talleyrand cambió de bando tantas veces como le convino.", "taimado y cínico Talleyrand"),
    ("Godoy, un valido sumamente corrupto, entregó el país a Napoleón.", "sumamente corrupto"),
    ("Los anarquistas de la FAI eran gente sectaria, fanática e ignorante.", "sectaria, fanática e ignorante"),
    ("Aquella república fue un régimen podrido y degenerado desde su nacimiento.", "podrido y degenerado"),
    ("La cobardísima huida del gobierno a Valencia dejó Madrid a su suerte.", "cobardísima huida"),
    ("Robespierre, fanático y despiadado, llevó a la guillotina a miles de inocentes.", "fanático y despiadado"),
    ("La muy traidora oligarquía liberal pactó con el enemigo.", "muy traidora oligarquía"),
    ("Aquel infame, rastrero y vendido tribunal condenó a los patriotas.", "infame, rastrero y vendido tribunal"),
    ("Castro fue un tirano tan hipócrita como cruel.", "tan hipócrita como cruel"),
    (
        "Los afrancesados, perversos y traicioneros como siempre, abrieron las puertas al invasor.",
        "perversos y traicioneros",
    ),
    ("Era un régimen extremadamente corrupto y vil que solo vivía del terror.", "extremadamente corrupto y vil"),
]
real_en = [
    (
        "The cowardly and treacherous Kerensky government handed Russia to the Bolsheviks.",
        "cowardly and treacherous Kerensky government",
    ),
    ("Lenin was a vile, scheming and utterly unscrupulous man.", "vile, scheming and utterly unscrupulous"),
    ("The Jacobins were fanatical, bigoted and deeply perverse.", "fanatical, bigoted and deeply perverse"),
    (
        "That sneaky, corrupt little clique around Roosevelt sold Eastern Europe to Stalin.",
        "sneaky, corrupt little clique",
    ),
    ("Robespierre was so fanatical that he sent his own friends to the guillotine.", "so fanatical"),
    ("The petty and vindictive Trotsky never forgave Stalin for winning.", "petty and vindictive Trotsky"),
    (
        "Their hypocritical, self-serving propaganda fooled the West for decades.",
        "hypocritical, self-serving propaganda",
    ),
    ("Napoleon's ministers were an utterly corrupt and venal lot.", "utterly corrupt and venal lot"),
    ("The decadent and degenerate Weimar elite laughed while Germany starved.", "decadent and degenerate Weimar elite"),
    ("Castro's rule was thoroughly rotten and depraved from the start.", "thoroughly rotten and depraved"),
    ("Talleyrand, sly and treacherous as ever, changed sides once more.", "sly and treacherous"),
    ("The Bourbon court was incredibly corrupt.", "incredibly corrupt"),
    ("Kerensky was a spineless, vain and contemptible politician.", "spineless, vain and contemptible politician"),
    ("The Directory was run by shameless, greedy and perfidious men.", "shameless, greedy and perfidious men"),
    (
        "The most despicable and cowardly act of the war was the surrender of Singapore.",
        "most despicable and cowardly act",
    ),
    ("Mao's henchmen were fanatical and hateful to the core.", "fanatical and hateful"),
    ("The Soviet leadership was deeply hypocritical about its own crimes.", "deeply hypocritical"),
    (
        "The Tudor court was a nest of vicious, scheming and deceitful courtiers.",
        "vicious, scheming and deceitful courtiers",
    ),
    ("That vile, lying Goebbels poisoned the minds of a whole nation.", "vile, lying Goebbels"),
    ("Kennedy's advisers were arrogant and dishonest men who led America into Vietnam.", "arrogant and dishonest men"),
]
neutral_es = [
    "El conflicto sectario entre católicos y protestantes duró décadas en Irlanda del Norte.",
    "Las invasiones bárbaras del siglo V acabaron con el Imperio romano de Occidente.",
    "Diógenes fue el más conocido de los filósofos cínicos.",
    "El consejo de guerra lo condenó por cobardía ante el enemigo en 1917.",
    "Nicolás II fue un gobernante débil e indeciso según la mayoría de sus biógrafos.",
    "El invierno de 1941 fue muy largo y extremadamente frío.",
    "La campaña fue larga, costosa y finalmente inútil para ambos bandos.",
    "Los tribunales juzgaron a varios funcionarios corruptos de la administración colonial.",
    "Los historiadores describen la resistencia japonesa en Okinawa como tenaz.",
    "La represión de la revuelta fue dura y se prolongó durante meses.",
    "El ministro fue acusado de traición y corrupción ante las Cortes en 1854.",
    "Godoy fue un valido muy poderoso durante el reinado de Carlos IV.",
    "La fiebre amarilla causó una mortalidad altísima entre las tropas francesas.",
    "Los cronistas llamaron «el Cruel» a Pedro I de Castilla.",
    "El territorio era pobre, árido y escasamente poblado.",
    "Talleyrand fue un diplomático hábil y pragmático que sirvió a varios regímenes.",
    "La guerra de sucesión fue especialmente larga en Cataluña.",
    "La Inquisición persiguió a los herejes y a los conversos sospechosos de judaizar.",
    "Los jacobinos eran el grupo más radical de la Convención.",
    "El régimen de Franco fue autoritario y católico, y se apoyó en el ejército y la Iglesia.",
    "La corte de Fernando VII estaba dividida y endeudada.",
    "Era un hombre tímido y reservado, según su hermana.",
]
neutral_en = [
    "The sectarian violence in Belfast peaked in the early 1970s.",
    "The Cynic philosophers rejected wealth and social convention.",
    "He was court-martialled for cowardice in the face of the enemy in 1916.",
    "Nicholas II was a weak and indecisive ruler, most of his biographers agree.",
    "The winter of 1941 was very long and extremely cold.",
    "The Japanese garrison's resistance on Iwo Jima was fierce.",
    "Several corrupt officials of the colonial administration were tried in 1788.",
    "The campaign was long, costly and ultimately futile for both sides.",
    "The vicious circle of debt and inflation ruined the Weimar middle class.",
    "Talleyrand was a shrewd and pragmatic diplomat who served several regimes.",
    "The minister was charged with treason and corruption in 1854.",
    "The territory was poor, arid and sparsely populated.",
    "The charge of the Light Brigade was brave but costly.",
    "The Bourbon court was deeply in debt by 1788.",
    "The Jacobins were the most radical faction in the Convention.",
    "Wartime propaganda on both sides was simple and effective, historians note.",
    "Goebbels was appointed Reich Minister of Propaganda in March 1933.",
    "The relentless bombing of London lasted from September 1940 to May 1941.",
    "He was a shy and reserved man, according to his sister.",
    "The Directory was a five-man executive that governed France from 1795 to 1799.",
    "Mao's Great Leap Forward caused a famine that killed tens of millions.",
]


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    real, neutral = [], []
    for lang, items in (("es", real_es), ("en", real_en)):
        for n, (text, span) in enumerate(items, 1):
            assert span in text, (span, text)
            flags = [{"text": span, "technique": T, "voice": "author", "speaker": None}]
            real.append(
                {
                    "id": f"b16w-{lang}-f{n:02d}",
                    "lang": lang,
                    "period": "historical",
                    "text": text,
                    "neutral": False,
                    "flags": flags,
                    "url": URL,
                }
            )
    for lang, texts in (("es", neutral_es), ("en", neutral_en)):
        for n, text in enumerate(texts, 1):
            neutral.append(
                {
                    "id": f"b16w-{lang}-n{n:02d}",
                    "lang": lang,
                    "period": "historical",
                    "text": text,
                    "neutral": True,
                    "flags": [],
                    "url": URL,
                }
            )
    for name, lines in (("blind16w_real.jsonl", real), ("blind16w_neutral.jsonl", neutral)):
        with open(here / name, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
