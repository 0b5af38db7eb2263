# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind8b_real.jsonl` and `blind8b_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind8b/build.py  (writes next to this folder).

Seventh round of #16 (16g), second blind set: written AFTER the round's rules were frozen and before
the stage (main or the branch) ran on any of it, from pages found for it (invective about Franco, Che
Guevara, Robespierre and Cold War polemic; neutral biographies of Franco and Robespierre). `blind8` was
written before the rules but its author then wrote the rules, so this set is the cleaner estimate of
how the round's classes do on text they were not written with. No page is shared with any other
rhetoric set or with train/ (checked against every `url` there before writing).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, GA = "Conspiracy_Narrative", "Name_Calling-Labeling", "Loaded_Language", "Guilt_by_Association"


U = {
    # es, polemic
    "memoria": "https://memoria-antifranquista.com/?p=1869",
    "tercera": "https://www.tercerainformacion.es/opinion/21/11/2025/franco-fue-un-fascista-genocida-y-debe-ensenarse-la-verdad-en-las-escuelas",
    "mimejor": "https://mimejor.info/politica-franquismo-2019/",
    "navarra": "https://www.noticiasdenavarra.com/opinion/cartas-al-director/2018/09/09/carta-franco/773798.html",
    "mlwp": "https://marxismoleninismo.wordpress.com/2019/08/11/borrador/",
    # en, polemic
    "shrug": "http://capitalist-shrugged.blogspot.com/2008/04/why-do-people-wear-che-guevara-shirt.html",
    "urban": "http://www.urbandictionary.com/author.php?author=FreeMarketPatriot",
    "natpost": "https://nationalpost.com/news/canada/your-che-guevara-shirt-celebrates-a-bloodthirsty-maniac?video_autoplay=true",
    "wilson": "http://wilsonsalmanac.blogspot.com/2006/05/che-communist-firebrand-capitalist.html",
    "tundra": "https://tundratabloids.com/2011/02/18/irish-creator-of-iconic-che-pic-wants-copy-rights-handed-to-guevaras-family/",
    "popehat": "https://popehat.com/2009/05/28/che-worked-with-castro-to-put-gays-in-concentration-camps/",
    "wnd": "https://www.wnd.com/2004/11/27766/",
    "hansen": "https://www.marxists.org/archive/hansen/1946/03/newwar.html",
    "procas": "https://procasination.blogspot.com/2009/10/robespierre-what-crazy-motherfucker.html",
    # es, neutral
    "hback": "https://es.historyback.com/figure/1031019113.html",
    "oocit": "http://oocities.org/eqhd/robespierre.htm",
    "scrib": "https://es.scribd.com/document/424914900/Biografia-de-Robespierre",
    "btar": "https://www.buenastareas.com/ensayos/Maximiliano-De-Robespierre-Jean-Paul-Marat/43059718.html",
    # en, neutral
    "study": "https://studymode.com/essays/Francisco-Franco-12398.html",
    "ttoast": "https://www.timetoast.com/timelines/franco-a1b24a9b-ea2b-4262-9ab3-3bb91e8d0b8a",
    "crece": "http://www.crecelatino.com/Francisco_Franco.php",
    "mystic": "http://mysticgames.com/famouspeople/FranciscoFranco.htm",
    "rtcs": "https://readtheconstitutionstupid.com/maximilien-robespierre-the-reign-of-terror/",
    "tvtr": "http://tvtropes.org/pmwiki/pmwiki.php/UsefulNotes/MaximilienRobespierre?from=Main.MaximilienRobespierre",
}

REAL = [
    # ---- es
    (
        "es",
        "historical",
        "memoria",
        "Sólo los apóstoles de los cirujanos de hierro y del ordeno y mando pueden alabar una dictadura.",
        [f("los apóstoles de los cirujanos de hierro y del ordeno y mando", NC)],
    ),
    (
        "es",
        "present",
        "memoria",
        "En 2015, los acólitos franquistas apenas dan para llenar el salón de un hotel una vez al año, y sus manifestaciones en defensa del que califican con lágrimas en los ojos de «Generalísimo» congregan a menos gente que una hipotética marcha en defensa de las cucarachas.",
        [
            f("los acólitos franquistas", NC),
            f("congregan a menos gente que una hipotética marcha en defensa de las cucarachas", LL),
        ],
    ),
    (
        "es",
        "historical",
        "tercera",
        "El día 20 de noviembre de 1975 murió de viejo el dictador Francisco Franco, un fascista y un genocida que nunca pagó por sus crímenes.",
        [f("un fascista y un genocida que nunca pagó por sus crímenes", NC)],
    ),
    (
        "es",
        "historical",
        "tercera",
        "Francisco Franco no fue otra cosa que un criminal y un traidor sin honor que ayudó a destruir la II Republica, la republica de la esperanza nacida de la decisión de un pueblo que quería libertad, igualdad y progreso frente a la España de los curas y los señoritos.",
        [f("un criminal y un traidor sin honor", NC)],
    ),
    (
        "es",
        "historical",
        "tercera",
        "Pero no tenía honor, ni lealtad, ni ética, ni moral, fue un sociópata acomplejado nacionalcatolico, un traidor por naturaleza, un asesino, un ser sin capacidad de empatía que no tenía límites éticos ni morales.",
        [f("un sociópata acomplejado nacionalcatolico, un traidor por naturaleza, un asesino", NC)],
    ),
    (
        "es",
        "historical",
        "tercera",
        "El general Franco nunca defendió a España en una guerra, sus supuestas guerras fueron contra civiles, en la Revolución de Asturias o en el golpe de Estado contra la Republica, Franco y el resto de monstruos asesinos se pusieron al frente de un GENOCIDIO ideológico.",
        [f("el resto de monstruos asesinos", NC)],
    ),
    (
        "es",
        "historical",
        "mimejor",
        "Ese militar golpista declaró a la prensa internacional estar dispuesto a matar a media España para salvar a la otra media; más aún, siguió matando a sangría fría muchos años después de terminada oficialmente la guerra.",
        [f("Ese militar golpista", NC)],
    ),
    (
        "es",
        "present",
        "mimejor",
        "Vergüenza también el que medio siglo tras su muerte la mayoría de los ciudadanos y medios de difusión tengan miedo de denunciarlo y que el Gobierno encuentra tantas dificultades para poner al tirano en su sitio y reclamar a sus familiares y cómplices cuentas de sus complicidades políticas y sus descarados saqueos.",
        [f("al tirano", NC), f("sus descarados saqueos", LL)],
    ),
    (
        "es",
        "historical",
        "navarra",
        "Franco fue un asesino en serie, un psicópata.",
        [f("un asesino en serie, un psicópata", NC)],
    ),
    (
        "es",
        "present",
        "navarra",
        "Muchos, muchísimos de los que somos hijos de la Guerra Civil vomitamos de asco y náuseas de tanto oír día tras día, a estas alturas, hablar y hablar sobre Franco, dándoles cancha a los fascistas y toda su prole, que es muy amplia, simple y sencillamente porque supo perpetuarse a través de la ley, del miedo y del dinero en lo que llamaron democracia.",
        [f("vomitamos de asco y náuseas", LL), f("los fascistas y toda su prole", NC)],
    ),
    (
        "es",
        "historical",
        "mlwp",
        "Régimen racista que tuvo hasta su doctor Mengele.",
        [f("tuvo hasta su doctor Mengele", GA)],
    ),
    # ---- en
    ("en", "historical", "shrug", "He was a communist fanatic.", [f("a communist fanatic", NC)]),
    (
        "en",
        "historical",
        "shrug",
        "It was like he was part of a religious cult picking off the infidels.",
        [f("like he was part of a religious cult picking off the infidels", LL)],
    ),
    (
        "en",
        "present",
        "shrug",
        "I think too many people get caught up in these stupid ideas and assume this guys intentions were good, therefore he is a good guy.",
        [f("these stupid ideas", LL)],
    ),
    (
        "en",
        "historical",
        "urban",
        "Che Guevara and Fidel Castro stand on the podium alongside other mass murderers and subversionists in history as evil human beings responsible for destroying the potentials of once great nations.",
        [f("alongside other mass murderers and subversionists in history", NC), f("evil human beings", NC)],
    ),
    (
        "en",
        "present",
        "urban",
        'Che Guevara is the man that Hot Topic puts on its shirts, however little consumerist "anti-society" children don\'t know that Che probably would have tried to kill them if he was alive today',
        [f('little consumerist "anti-society" children', NC)],
    ),
    (
        "en",
        "historical",
        "natpost",
        "Your Che Guevara shirt celebrates a bloodthirsty maniac",
        [f("a bloodthirsty maniac", NC)],
    ),
    (
        "en",
        "historical",
        "natpost",
        "All I take issue with is his sociopathic love of mass murder.",
        [f("his sociopathic love of mass murder", LL)],
    ),
    (
        "en",
        "historical",
        "wilson",
        "Guevara's first position in the ruthless Communist Cuban dictatorship was that of comandante of La Cabana fortress in Havana.",
        [f("the ruthless Communist Cuban dictatorship", LL)],
    ),
    (
        "en",
        "present",
        "tundra",
        "Most people nowadays who don the ‘Che’ emblem would have ended up on the other side of his gun, he was a firm believer in mass murder to achieve his political goals, that is something the Leftist loons of this day and age conveniently leave unmentioned.",
        [f("the Leftist loons", NC)],
    ),
    (
        "en",
        "present",
        "popehat",
        "There is a nifty story of craftivists fighting the good fight against mass-murder supporting dipshits at the link above.",
        [f("mass-murder supporting dipshits", NC)],
    ),
    (
        "en",
        "historical",
        "wnd",
        "Don’t be surprised this Christmas season if you run smack into a cold, calculating, communist killing machine during your trip to the mall.",
        [f("a cold, calculating, communist killing machine", NC)],
    ),
    (
        "en",
        "historical",
        "wnd",
        "T-shirts emblazoned with the image of Ernesto “Che” Guevara, Fidel Castro’s partner in crime, are an increasingly hot item – particularly among teenagers who have little idea who the Argentine revolutionary really was.",
        [f("Fidel Castro’s partner in crime", NC)],
    ),
    (
        "en",
        "historical",
        "hansen",
        "This war-mongering campaign reached its highest point to date with the March 5 speech of Winston Churchill at Fulton, Missouri.",
        [f("This war-mongering campaign", LL)],
    ),
    (
        "en",
        "historical",
        "hansen",
        "His venomous hatred of Leon Trotsky for successfully organizing the Red Army defense of the workers’ state has long been notorious.",
        [f("His venomous hatred", LL)],
    ),
    ("en", "historical", "procas", "robespierre, what a crazy motherfucker.", [f("what a crazy motherfucker", NC)]),
]

NEUTRAL = [
    # ---- es
    (
        "es",
        "hback",
        "Abogado en 1781 y luego juez en 1782 en Arras, participó en la redacción de los cuadernos de agravios y fue elegido diputado del tercer estado en 1789.",
    ),
    ("es", "hback", "Votó a favor de la muerte de este último durante su juicio."),
    (
        "es",
        "hback",
        "Declarado proscrito por este último, fue arrestado el 27 de julio de 1794 y guillotinado al día siguiente junto a sus partidarios.",
    ),
    ("es", "hback", "Su muerte supuso poco después el fin del Terror."),
    (
        "es",
        "oocit",
        "Nació en Arras el 6 de mayo de 1758 y estudió en el colegio Luis el Grande de París y en la Escuela de Leyes.",
    ),
    (
        "es",
        "oocit",
        "En abril de 1790 pasó a ser presidente del club jacobino y adquirió popularidad como enemigo de la monarquía y defensor de las reformas democráticas.",
    ),
    (
        "es",
        "oocit",
        "Se enfrentó a los girondinos, grupo más moderado que se había convertido en la facción dominante en la Asamblea Legislativa constituida en 1791.",
    ),
    ("es", "oocit", "Miembro del grupo de La Montaña, reclamó insistentemente la ejecución del rey Luis XVI."),
    (
        "es",
        "oocit",
        "En el mes de julio, ingresó en el Comité de Salvación Pública y no tardó en hacerse con el control del gobierno ante la falta de oposición.",
    ),
    ("es", "scrib", "Primogénito de un abogado, quedó huérfano de madre a los nueve años."),
    ("es", "scrib", "Finalmente fue condenado a la guillotina y ajusticiado el 28 de julio de 1794."),
    (
        "es",
        "scrib",
        "En abril de 1789 fue elegido diputado por el tercer estado de Artois en los Estados Generales y, venciendo su timidez, se reveló en la Asamblea como un elocuente y fogoso orador.",
    ),
    ("es", "btar", "Presidente de los jacobinos desde 1790."),
    # ---- en
    ("en", "study", "His father was a naval officer."),
    ("en", "study", "He was named commander of the Spanish foreign legion in 1923."),
    (
        "en",
        "study",
        "In February of 1936 the leftist government of the Spanish republic exiled Franco to an obscure command in the Canary Islands.",
    ),
    ("en", "study", "The war was bloody, with numerous atrocities on both sides."),
    (
        "en",
        "ttoast",
        "He flew to Morocco to take control of the troops, and shortly thereafter gained the support of both Nazi Germany and Fascist Italy, whose planes were used to shuttle Franco and his forces to Spain.",
    ),
    ("en", "crece", "Franco graduated from the Toledo Military Academy in 1910."),
    ("en", "crece", "The first volunteers arrived in Ceuta in October 1920."),
    ("en", "crece", "In October 1923 Franco married Carmen Polo, a member of a wealthy merchant family."),
    ("en", "mystic", "His father Nicolás Franco Salgado-Araujo was a Navy accounting officer."),
    ("en", "mystic", "In 1907, he entered the Infantry Academy in Toledo, where he graduated in 1910."),
    ("en", "rtcs", "Maximilien Robespierre entered the world on May 6th, 1758."),
    ("en", "rtcs", "Like his own father before him, Max’s father was a lawyer, but not a very successful one."),
    (
        "en",
        "rtcs",
        "When he was eleven years of age, young Robespierre was awarded a scholarship to the Lycee-Louis-le-Grand in Paris.",
    ),
    (
        "en",
        "tvtr",
        'When Louis XVI convened the meeting of the Estates-General, Robespierre (a scholarship boy and rising attorney who had taken "pro-bono cases") became one of the many young deputies who found a career in political office open to them for the first time.',
    ),
    ("en", "tvtr", "Later he was among the signatories of the Tennis Court Oath."),
]


def main() -> None:
    write_blind_set("blind8b", REAL, NEUTRAL, U)


if __name__ == "__main__":
    main()
