"""Round 16r2 of #16 (ninth session): an ideology made a living evil (labels.yaml `ideology_as_evil`).

A doctrine or a movement as an abstract equated with death or slavery, made the subject of a verb of
killing or predation, or judged by its adjective; beside the history that shares the words: a movement's
spread told plainly, a doctrine's content described, diseases that kill, the Nazis (people) as agents.
The rules alone (conftest.py). Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

from rhetoric.class_harness import class_tests

LL = "Loaded_Language"

FLAGGED_ES = [
    ("El bolchevismo es sinónimo de hambre y de terror.", "sinónimo de hambre", LL),
    ("El nazismo era sinónimo de orden, de disciplina y de muerte.", "sinónimo de orden", LL),
    ("El fascismo es la negación de la libertad.", "negación de la libertad", LL),
    ("El socialismo es una tiranía.", "socialismo es una tiranía", LL),
    ("El comunismo acechaba a los pueblos de Europa.", "comunismo acechaba", LL),
    ("El marxismo esclavizó a media Europa.", "marxismo esclavizó", LL),
    ("El bolchevismo siempre necesita más víctimas.", "necesita más víctimas", LL),
    ("El liberalismo, que envenena las almas, avanza.", "envenena", LL),
    ("Esa ideología maldita arruinó el país.", "ideología maldita", LL),
    ("Su doctrina criminal sedujo a muchos jóvenes.", "doctrina criminal", LL),
    ("Nació así una doctrina absurda y asesina.", "asesina", LL),
    ("La plaga del comunismo se extendió por Europa.", "plaga del comunismo", LL),
]

FLAGGED_EN = [
    ("Bolshevism is slavery.", "Bolshevism is slavery", LL),
    ("Fascism is a form of tyranny.", "form of tyranny", LL),
    ("Communism was the source of misery and death.", "source of misery", LL),
    ("Communism was the source of hunger, envy and death.", "source of hunger", LL),
    ("Bolshevism is hunger and death.", "Bolshevism is hunger and death", LL),
    ("Marxism is satanic.", "Marxism is satanic", LL),
    ("Socialism enslaves the workers it promises to free.", "Socialism enslaves", LL),
    ("Bolshevism is an ideology that enslaves nations.", "enslaves", LL),
    ("Communism always needs more victims.", "needs more victims", LL),
    ("Their poisonous doctrine spread through the universities.", "poisonous doctrine", LL),
    ("It was a cruel and murderous ideology.", "murderous", LL),
    ("The scourge of Bolshevism reached Hungary in 1919.", "scourge of Bolshevism", LL),
]

# the same words told as history: spread, content, consequences, diseases, people as agents
NEUTRAL_ES = [
    "El comunismo se extendió por Europa oriental después de 1945.",
    "El anarquismo arraigó entre los jornaleros andaluces.",
    "El fascismo es una ideología nacionalista y autoritaria.",
    "La doctrina marxista sostiene que la historia es la historia de la lucha de clases.",
    "La peste negra mató a un tercio de la población de Europa.",
    "La peste negra, que mató a un tercio de la población, llegó en 1348.",
    "La viruela devoró las aldeas del valle en pocos meses.",
    "Los nazis asesinaron a seis millones de judíos.",
    "El socialismo español nació en la Asociación de Tipógrafos.",
    "La hambruna fue consecuencia de la colectivización forzosa.",
    "El término fascismo se convirtió en sinónimo de dictadura de derechas en el lenguaje de la época.",
]

NEUTRAL_EN = [
    "Communism spread to Eastern Europe after 1945.",
    "Marxism gained a widespread following among European workers.",
    "Fascism is a far-right, authoritarian ultranationalist ideology.",
    "The Nazi racial doctrine held that the Germans were a master race.",
    "The plague killed a third of the population of Europe.",
    "The plague that killed a third of the population arrived in 1348.",
    "Smallpox devoured whole villages in the valley.",
    "The Nazis murdered six million Jews.",
    "Socialism was the largest current of the labour movement before 1914.",
    "The famine was a consequence of forced collectivization.",
    "The doctrine of papal infallibility was defined in 1870.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)
