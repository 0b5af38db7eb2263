# ruff: noqa: E501  (one sentence per line)
"""Write `blind16o_real.jsonl` and `blind16o_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind16o/build.py  (writes next to this folder).

Round 16o of #16 (tenth session, precision). The class: A LABEL GIVEN AS OTHERS' VIEW, OR A REPORTED CHARGE.
A neutral historian reports a label or an accusation without using it: "para sus detractores es un criminal",
"his enemies called him a traitor", "fue acusado de espionaje", "the prosecution called them mad dogs", "según
sus adversarios", "in the eyes of the Whites", "Soviet newspapers branded the kulaks…". Any flag in the author's
voice on the neutral sentences is a false alarm (an attributed flag is not).

The real sentences use the label in the author's own voice, several of them next to the same constructions
("His enemies called him a tyrant, and they were right: …", "Accused of treason, X was in fact the victim of a
monstrous frame-up…", "Para mí, Lenin fue un monstruo…", "To any decent person…"): the guard must keep them.

Sentences written here by hand (no page quoted, as blind7), about well-known episodes; the gold spans were
written before main or the branch ran on any of them. Each record has a `class` field: `others_view` (a label
given as a third party's view: para X, según X, in the eyes of X, X called / branded / portrayed), `charge`
(a reported accusation: accused of, charged with, tachado de, the indictment), `adopted` (real: the author
uses the label), `adopted_near_report` (real: the author uses a label next to a reported one).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
NC, LL, DB, CN = "Name_Calling-Labeling", "Loaded_Language", "Doubt", "Conspiracy_Narrative"


def s(text: str, technique: str, voice: str = "author", speaker: str | None = None) -> dict:
    return {"text": text, "technique": technique, "voice": voice, "speaker": speaker}


# (class, lang, text): neutral, no flag in the author's voice expected
NEUTRAL = [
    (
        "others_view",
        "en",
        "For his detractors he was a criminal responsible for thousands of summary executions; for his admirers, a symbol of rebellion.",
    ),
    (
        "others_view",
        "en",
        "His enemies called him a traitor to the Revolution, and in 1929 he was expelled from the Soviet Union.",
    ),
    (
        "others_view",
        "en",
        "At the trial the prosecutor called the defendants mad dogs and demanded that every one of them be shot.",
    ),
    ("charge", "en", "Bukharin was accused of espionage, sabotage and plotting to murder Lenin in 1918."),
    (
        "others_view",
        "en",
        "In the eyes of the Whites, the Bolsheviks were German agents paid to take Russia out of the war.",
    ),
    (
        "others_view",
        "en",
        "According to his opponents, Robespierre was a bloodthirsty tyrant who had betrayed the Revolution.",
    ),
    ("others_view", "en", "Royalist pamphlets portrayed Cromwell as a regicide and a usurper."),
    (
        "others_view",
        "en",
        "Soviet newspapers branded the kulaks enemies of the people and bloodsuckers of the village.",
    ),
    (
        "charge",
        "en",
        "The Nazis blamed the Jews for Germany's defeat in 1918, a charge that became the core of the stab-in-the-back legend.",
    ),
    (
        "charge",
        "en",
        "Trotsky was charged in absentia with conspiring with Hitler and the Japanese to dismember the Soviet Union.",
    ),
    ("others_view", "en", "To the Francoist press, the defenders of Madrid were red hordes led from Moscow."),
    (
        "charge",
        "en",
        "In the official indictment, the Old Bolsheviks were described as a gang of murderers, spies and wreckers.",
    ),
    (
        "others_view",
        "en",
        "Many Catholics of the time saw in freemasonry a secret power that governed the Republic from the lodges.",
    ),
    ("charge", "en", "His critics accused him of being a puppet of the Rothschild bank."),
    ("others_view", "en", "The Jacobins denounced Danton as a corrupt traitor, and he was guillotined in April 1794."),
    ("others_view", "en", "Rumours in Petrograd held that the empress was a German spy who passed secrets to Berlin."),
    ("others_view", "en", "Hitler's propaganda presented Bolshevism as a Jewish plot to rule the world."),
    ("others_view", "en", "In Stalin's speeches Tito became a fascist agent and a lackey of imperialism."),
    ("others_view", "en", "Luther called the pope the Antichrist, and Catholic polemicists answered in kind."),
    (
        "others_view",
        "en",
        "After the executions of 1909 the opposition newspapers dubbed the governor the butcher of Barcelona.",
    ),
    (
        "charge",
        "en",
        "Senator McCarthy accused the State Department of harbouring communists who were betraying the country.",
    ),
    (
        "charge",
        "en",
        "In 1938 Yagoda was found guilty of treason and of poisoning Maxim Gorky on the orders of a Trotskyist centre.",
    ),
    (
        "others_view",
        "en",
        "For the Spanish republicans, Franco was a traitor who had risen against the legitimate government.",
    ),
    (
        "others_view",
        "en",
        "Some of his contemporaries regarded Rasputin as a demon who held the imperial family in his power.",
    ),
    ("others_view", "en", "Anti-Dreyfusard newspapers called Dreyfus a Judas who had sold France to the Germans."),
    (
        "charge",
        "en",
        "The indictment accused the doctors of belonging to a Zionist organisation that had murdered Soviet leaders.",
    ),
    ("charge", "en", "Beria was arrested in June 1953 and charged with being a British agent."),
    (
        "others_view",
        "en",
        "Opponents of the New Deal denounced Roosevelt as a dictator who was leading the country to socialism.",
    ),
    (
        "others_view",
        "en",
        "Communist propaganda described the Hungarian insurgents of 1956 as fascist counter-revolutionaries in the pay of the West.",
    ),
    (
        "charge",
        "en",
        "Chroniclers of the time accused the Templars of heresy, idolatry and secret rites, charges extracted under torture.",
    ),
    (
        "charge",
        "en",
        "The regime named him the ringleader of a Judeo-Masonic conspiracy and sentenced him to twelve years in prison.",
    ),
    (
        "charge",
        "en",
        "According to the prosecution, the POUM was an organisation of spies in the service of Franco and the Gestapo.",
    ),
    ("others_view", "en", "In the Philippics Cicero portrayed Mark Antony as a drunkard and a would-be tyrant."),
    (
        "others_view",
        "es",
        "Para sus detractores fue un criminal responsable de miles de fusilamientos; para sus partidarios, un símbolo de la rebeldía.",
    ),
    (
        "others_view",
        "es",
        "Sus enemigos lo llamaban traidor a la revolución, y en 1929 fue expulsado de la Unión Soviética.",
    ),
    (
        "others_view",
        "es",
        "En el juicio, el fiscal calificó a los procesados de víboras y pidió para todos ellos la pena de muerte.",
    ),
    (
        "charge",
        "es",
        "Bujarin fue acusado de espionaje, de sabotaje y de haber planeado el asesinato de Lenin en 1918.",
    ),
    (
        "others_view",
        "es",
        "A ojos de los blancos, los bolcheviques eran agentes alemanes pagados para sacar a Rusia de la guerra.",
    ),
    (
        "others_view",
        "es",
        "Según sus adversarios, Robespierre era un tirano sanguinario que había traicionado la Revolución.",
    ),
    ("others_view", "es", "Los panfletos realistas presentaban a Cromwell como un regicida y un usurpador."),
    (
        "others_view",
        "es",
        "La prensa soviética tachó a los kulaks de enemigos del pueblo y de chupasangres de la aldea.",
    ),
    (
        "charge",
        "es",
        "Los nazis culparon a los judíos de la derrota de 1918, una acusación de la que nació el relato de la puñalada por la espalda.",
    ),
    (
        "charge",
        "es",
        "Trotski fue condenado en ausencia por conspirar con Hitler y con el Japón para desmembrar la Unión Soviética.",
    ),
    (
        "others_view",
        "es",
        "Para la prensa franquista, los defensores de Madrid eran hordas rojas dirigidas desde Moscú.",
    ),
    (
        "charge",
        "es",
        "En el acta de acusación, los viejos bolcheviques aparecían como una banda de asesinos, espías y saboteadores.",
    ),
    (
        "others_view",
        "es",
        "Muchos católicos de la época veían en la masonería un poder oculto que gobernaba la República desde las logias.",
    ),
    ("charge", "es", "Sus críticos lo acusaban de ser un títere de la banca Rothschild."),
    (
        "others_view",
        "es",
        "Los jacobinos denunciaron a Danton como un traidor corrupto, y fue guillotinado en abril de 1794.",
    ),
    (
        "others_view",
        "es",
        "En Petrogrado corría el rumor de que la zarina era una espía alemana que pasaba secretos a Berlín.",
    ),
    (
        "others_view",
        "es",
        "La propaganda de Hitler presentaba el bolchevismo como un complot judío para dominar el mundo.",
    ),
    (
        "others_view",
        "es",
        "En los discursos de Stalin, Tito pasó a ser un agente fascista y un lacayo del imperialismo.",
    ),
    (
        "others_view",
        "es",
        "Lutero llamó al papa Anticristo, y los polemistas católicos respondieron con la misma moneda.",
    ),
    (
        "others_view",
        "es",
        "Tras los fusilamientos de 1909, la prensa de la oposición apodó al gobernador el carnicero de Barcelona.",
    ),
    (
        "charge",
        "es",
        "Yagoda fue declarado culpable de traición y de haber envenenado a Máximo Gorki por orden de un centro trotskista.",
    ),
    (
        "others_view",
        "es",
        "Para los republicanos, Franco era un traidor que se había sublevado contra el gobierno legítimo.",
    ),
    (
        "others_view",
        "es",
        "Algunos de sus contemporáneos consideraban a Rasputín un demonio que tenía en su poder a la familia imperial.",
    ),
    (
        "others_view",
        "es",
        "Los periódicos antidreyfusistas llamaban a Dreyfus un Judas que había vendido Francia a los alemanes.",
    ),
    (
        "charge",
        "es",
        "El acta de acusación atribuía a los médicos la pertenencia a una organización sionista que había asesinado a dirigentes soviéticos.",
    ),
    ("charge", "es", "Beria fue detenido en junio de 1953 y acusado de ser un agente británico."),
    (
        "others_view",
        "es",
        "Los opositores del New Deal denunciaban a Roosevelt como un dictador que llevaba al país al socialismo.",
    ),
    (
        "others_view",
        "es",
        "La propaganda comunista describió a los insurrectos húngaros de 1956 como contrarrevolucionarios fascistas a sueldo de Occidente.",
    ),
    (
        "charge",
        "es",
        "Los cronistas de la época acusaron a los templarios de herejía, idolatría y ritos secretos, cargos arrancados bajo tortura.",
    ),
    (
        "charge",
        "es",
        "El régimen lo señaló como cabecilla de una conspiración judeomasónica y lo condenó a doce años de prisión.",
    ),
    (
        "charge",
        "es",
        "Según la acusación, el POUM era una organización de espías al servicio de Franco y de la Gestapo.",
    ),
    (
        "others_view",
        "es",
        "Para la Inquisición, los alumbrados eran herejes peligrosos que despreciaban los sacramentos.",
    ),
    ("charge", "es", "Ante el tribunal, los estudiantes fueron tildados de agitadores al servicio de Moscú."),
]

# (class, lang, text, spans): the author uses the label
REAL = [
    (
        "adopted",
        "en",
        "Stalin was a criminal and a mass murderer, and nothing his apologists say can wash the blood from his hands.",
        [s("a criminal and a mass murderer", NC)],
    ),
    (
        "adopted",
        "en",
        "The Bolsheviks were traitors who sold Russia to the Kaiser for a trainload of German gold.",
        [s("traitors who sold Russia to the Kaiser", NC)],
    ),
    (
        "adopted_near_report",
        "en",
        "His enemies called him a tyrant, and they were right: Robespierre was a bloodthirsty fanatic.",
        [s("tyrant", NC, "attributed", "His enemies"), s("a bloodthirsty fanatic", NC)],
    ),
    (
        "adopted",
        "en",
        "Beria, that sadistic butcher, personally tortured his prisoners in the cellars of the Lubyanka.",
        [s("that sadistic butcher", NC)],
    ),
    (
        "adopted",
        "en",
        "The so-called heroes of the Revolution were nothing but a gang of thugs and bandits.",
        [s("so-called heroes", DB), s("a gang of thugs and bandits", NC)],
    ),
    (
        "adopted",
        "en",
        "Trotsky, the bloodstained executioner of Kronstadt, later posed as a martyr of Stalinism.",
        [s("the bloodstained executioner of Kronstadt", NC)],
    ),
    (
        "adopted_near_report",
        "en",
        "For me Lenin was a monster who drowned Russia in blood.",
        [s("a monster who drowned Russia in blood", NC)],
    ),
    (
        "adopted",
        "en",
        "Che Guevara was a cold-blooded killer, not the romantic hero printed on T-shirts.",
        [s("a cold-blooded killer", NC)],
    ),
    (
        "adopted",
        "en",
        "The Jacobin vermin destroyed everything that was noble in France.",
        [s("The Jacobin vermin", NC)],
    ),
    (
        "adopted",
        "en",
        "Castro was a tyrant who turned an island into a prison.",
        [s("a tyrant who turned an island into a prison", NC)],
    ),
    (
        "adopted",
        "en",
        "The Communist Party was a criminal gang that enslaved half of Europe.",
        [s("a criminal gang that enslaved half of Europe", NC)],
    ),
    (
        "adopted_near_report",
        "en",
        "Accused of treason, Tukhachevsky was in fact the victim of a monstrous frame-up by a paranoid dictator.",
        [s("a monstrous frame-up", LL), s("a paranoid dictator", NC)],
    ),
    (
        "adopted_near_report",
        "en",
        "Historians still debate his motives, but Franco was a murderous traitor to his own country.",
        [s("a murderous traitor", NC)],
    ),
    (
        "adopted",
        "en",
        "The revolutionary rabble of Paris butchered priests and nuns in the name of liberty.",
        [s("The revolutionary rabble of Paris butchered", NC)],
    ),
    (
        "adopted",
        "en",
        "Mao, the greatest mass murderer of the twentieth century, starved forty million peasants.",
        [s("the greatest mass murderer of the twentieth century", NC)],
    ),
    (
        "adopted",
        "en",
        "These fanatics of the Cheka were sadists who enjoyed the suffering of their victims.",
        [s("These fanatics of the Cheka were sadists", NC)],
    ),
    ("adopted_near_report", "en", "To any decent person, Stalin was simply a criminal.", [s("simply a criminal", NC)]),
    (
        "adopted",
        "es",
        "Stalin fue un criminal y un genocida, y nada de lo que digan sus apologistas le quitará la sangre de las manos.",
        [s("un criminal y un genocida", NC)],
    ),
    (
        "adopted",
        "es",
        "Los bolcheviques eran unos traidores que vendieron Rusia al Káiser por un tren cargado de oro alemán.",
        [s("unos traidores que vendieron Rusia al Káiser", NC)],
    ),
    (
        "adopted_near_report",
        "es",
        "Sus enemigos lo llamaban tirano, y tenían razón: Robespierre fue un fanático sanguinario.",
        [s("tirano", NC, "attributed", "Sus enemigos"), s("un fanático sanguinario", NC)],
    ),
    (
        "adopted",
        "es",
        "Beria, ese carnicero sádico, torturaba personalmente a sus presos en los sótanos de la Lubianka.",
        [s("ese carnicero sádico", NC)],
    ),
    (
        "adopted",
        "es",
        "Los llamados héroes de la revolución no eran más que una banda de matones y forajidos.",
        [s("llamados héroes", DB), s("una banda de matones y forajidos", NC)],
    ),
    (
        "adopted",
        "es",
        "Trotski, el verdugo ensangrentado de Kronstadt, se hizo pasar después por mártir del estalinismo.",
        [s("el verdugo ensangrentado de Kronstadt", NC)],
    ),
    (
        "adopted_near_report",
        "es",
        "Para mí, Lenin fue un monstruo que ahogó a Rusia en sangre.",
        [s("un monstruo que ahogó a Rusia en sangre", NC)],
    ),
    (
        "adopted",
        "es",
        "El Che fue un asesino a sangre fría, no el héroe romántico de las camisetas.",
        [s("un asesino a sangre fría", NC)],
    ),
    (
        "adopted",
        "es",
        "La chusma jacobina destruyó todo lo que había de noble en Francia.",
        [s("La chusma jacobina", NC)],
    ),
    (
        "adopted",
        "es",
        "Castro fue un tirano que convirtió la isla en una cárcel.",
        [s("un tirano que convirtió la isla en una cárcel", NC)],
    ),
    (
        "adopted",
        "es",
        "El Partido Comunista fue una banda criminal que esclavizó a media Europa.",
        [s("una banda criminal que esclavizó a media Europa", NC)],
    ),
    (
        "adopted_near_report",
        "es",
        "Acusado de traición, Tujachevski fue en realidad víctima de un montaje monstruoso urdido por un dictador paranoico.",
        [s("un montaje monstruoso", LL), s("un dictador paranoico", NC)],
    ),
    (
        "adopted_near_report",
        "es",
        "Los historiadores aún discuten sus motivos, pero Franco fue un traidor asesino a su propia patria.",
        [s("un traidor asesino", NC)],
    ),
    (
        "adopted",
        "es",
        "La canalla revolucionaria de París degolló a curas y monjas en nombre de la libertad.",
        [s("La canalla revolucionaria de París degolló", NC)],
    ),
    (
        "adopted",
        "es",
        "Mao, el mayor genocida del siglo XX, mató de hambre a cuarenta millones de campesinos.",
        [s("el mayor genocida del siglo XX", NC)],
    ),
    (
        "adopted",
        "es",
        "Aquellos fanáticos de la checa eran sádicos que disfrutaban con el sufrimiento de sus víctimas.",
        [s("Aquellos fanáticos de la checa eran sádicos", NC)],
    ),
    (
        "adopted_near_report",
        "es",
        "Para cualquier persona decente, Stalin fue sencillamente un criminal.",
        [s("sencillamente un criminal", NC)],
    ),
]


def main() -> None:
    real_lines, neutral_lines = [], []
    counts: dict[str, int] = {}
    for kind, lang, text, flags in REAL:
        for flag in flags:
            assert flag["text"] in text, (flag["text"], text)
        counts[lang] = counts.get(lang, 0) + 1
        record = {
            "id": f"b16o-{lang}-f{counts[lang]:02d}",
            "lang": lang,
            "period": "historical",
            "text": text,
            "neutral": False,
            "flags": flags,
            "class": kind,
        }
        real_lines.append(json.dumps(record, ensure_ascii=False))
    ncounts: dict[str, int] = {}
    for kind, lang, text in NEUTRAL:
        ncounts[lang] = ncounts.get(lang, 0) + 1
        record = {
            "id": f"b16o-{lang}-n{ncounts[lang]:02d}",
            "lang": lang,
            "period": "historical",
            "text": text,
            "neutral": True,
            "flags": [],
            "class": kind,
        }
        neutral_lines.append(json.dumps(record, ensure_ascii=False))
    (HERE.parent / "blind16o_real.jsonl").write_text("\n".join(real_lines) + "\n", encoding="utf-8")
    (HERE.parent / "blind16o_neutral.jsonl").write_text("\n".join(neutral_lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
