"""Round 16w of #16 (eleventh session): vice judged (labels.yaml `vice_judgement`).

Adjectives of vice, contempt or moral folly judge a person, a group, an act or an idea when they pile up
("mezquino y rencoroso", "cowardly and treacherous") or are intensified ("sumamente corrupto", "deeply
hypocritical", "cobardísimo"). Beside the history that shares the words: one adjective that describes
("corrupt officials were tried"), the words as terms ("sectarian violence", "the Cynic school"),
adjectives that judge no vice piled up ("weak and indecisive", "long and costly"), intensifiers on
neutral words, and the vice as a reported charge. The rules alone (conftest.py). Sentences written for
the tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LL = "Loaded_Language"

FLAGGED_ES = [
    ("Su conducta fue desleal y mezquina con su propio rey.", "desleal y mezquina", LL),
    ("Su venganza, mezquina y rencorosa, alcanzó a los hijos de los vencidos.", "mezquina y rencorosa", LL),
    ("El canciller era un intrigante sumamente corrupto.", "sumamente corrupto", LL),
    ("La diputación fue tan servil como hipócrita.", "tan servil", LL),
    ("Aquel valido fue un hombre vil y codicioso.", "vil y codicioso", LL),
    ("La cobardísima rendición de la plaza avergonzó al país.", "cobardísima", LL),
]

FLAGGED_EN = [
    ("Their conduct was cowardly and disloyal to their own king.", "cowardly and disloyal", LL),
    ("His petty, spiteful revenge reached the children of the defeated.", "petty, spiteful", LL),
    ("The chancellor was a thoroughly corrupt schemer.", "thoroughly corrupt", LL),
    ("The assembly was deeply servile to the emperor.", "deeply servile", LL),
    ("That favourite was a greedy and venal man.", "greedy and venal", LL),
    ("The court was shamelessly venal and hopelessly decadent.", "shamelessly venal", LL),
]

# one adjective that describes, the words as terms or charges, neutral adjectives piled up or intensified
NEUTRAL_ES = [
    "Los tribunales juzgaron a dos funcionarios corruptos de la aduana en 1790.",
    "La violencia sectaria entre suníes y chiíes aumentó tras la guerra.",
    "Antístenes fundó la escuela cínica en Atenas.",
    "Fue condenado por cobardía ante el enemigo en 1916.",
    "El rey era débil e indeciso, según sus ministros.",
    "La campaña fue muy larga y extremadamente costosa.",
    "El ministro fue acusado de traición y de corrupción.",
]

NEUTRAL_EN = [
    "The courts tried two corrupt customs officials in 1790.",
    "Sectarian violence between Sunnis and Shias grew after the war.",
    "Antisthenes founded the Cynic school in Athens.",
    "He was convicted of cowardice in the face of the enemy in 1916.",
    "The king was weak and indecisive, his ministers wrote.",
    "The campaign was very long and extremely costly.",
    "A vicious circle of debt and inflation ruined the middle class.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
