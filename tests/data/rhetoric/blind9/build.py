# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind9_real.jsonl` and `blind9_neutral.jsonl` (gold written and committed before the stage ran on them).

Run: python tests/data/rhetoric/blind9/build.py  (writes next to this folder).

Eighth round of #16 (16h): the blind set on which the learned span tagger's default is decided. Written
after the round's change (one phrase, one flag: `cronica.rhetoric.phrases`) was committed and before
main or the branch ran on any of it, from pages found for it with the search tools' "pages" corpus:
conspiracist pages on bankers and wars (the "money masters" of the Second World War, Jekyll Island, the
Titanic and the Federal Reserve, Lincoln and the Rothschilds), Cultural-Marxism and Hollywood-Reds
pages, freemasonry as Lucifer's plan, Soros and Bilderberg, the New World Order's "plan to kill", and
invective about Castro, Marxism and the Spanish left. Neutral: encyclopedic and school pages on the
Hungarian Soviet Republic, the Federal Reserve Act, the Jekyll Island Club, Robespierre, Lenin, Martov,
Franco, the 1936 elections and coup, and the first Spanish lodges; several are hard negatives (a
"secret island meeting", Jewish descent as biography, theories named by a historian). Every address
was checked against every `url` of the other rhetoric sets and of train/ before writing; no page is
shared. Sentences are verbatim (line breaks of the source joined by a space).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blindset import span as f
from blindset import write_blind_set

CN, NC, LL, DO, AF = (
    "Conspiracy_Narrative",
    "Name_Calling-Labeling",
    "Loaded_Language",
    "Doubt",
    "Appeal_to_Fear-Prejudice",
)

EN_REAL = [
    (
        "en",
        "historical",
        "malta",
        "The Bolsheviks from New York led by Leon Trotsky were financed by New York bankers Jacob Schiff and Paul Warburg, who were of German origin, and had both married into the Loeb family of Kuhn Loeb.",
        [f("were financed by New York bankers Jacob Schiff and Paul Warburg", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "malta",
        "This is one of the biggest lies propagated by war mongers.",
        [f("one of the biggest lies", LL), f("war mongers", NC)],
    ),
    (
        "en",
        "historical",
        "sott",
        "The Second World War is a project of the global financial oligarchy, the Anglo-American masters of money.",
        [
            f(
                "a project of the global financial oligarchy, the Anglo-American masters of money",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "sott",
        'The initiative to start the Second World War did not belong to the "possessed Fuhrer", who supposedly by chance found himself at the helm of power in Germany.',
        [f("who supposedly by chance found himself at the helm of power in Germany", CN, "nothing_is_chance")],
    ),
    (
        "en",
        "historical",
        "sott",
        "The key figures in the behind-the-scenes operation of the Anglo-American money owners were the Rockefeller and Morgan families, Montague Norman (Director of the Bank of England), Hjalmar Schacht (Director of the Reichsbank, Minister of Economics of the Third Reich).",
        [f("the behind-the-scenes operation of the Anglo-American money owners", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "wealth",
        "They were competitors in public, but here they worked together to create a banking cartel disguised as a government agency.",
        [f("a banking cartel disguised as a government agency", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "gold24",
        "Isn’t it ironic: The banking trust wrote the bill that befits them!",
        [f("The banking trust wrote the bill that befits them", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "phoenix",
        "In a sense this was true, the ducks were the America people.",
        [f("the ducks were the America people", LL)],
    ),
    (
        "en",
        "historical",
        "hereth",
        "Pat and I visited Jekyll Island in August 2013, the centennial of a conspiracy for which the American people are about to pay a terrible price.",
        [f("a conspiracy for which the American people are about to pay a terrible price", AF)],
    ),
    (
        "en",
        "historical",
        "hereth",
        "Therefore it was necessary for the conspirators to proceed with the utmost secrecy.",
        [f("it was necessary for the conspirators to proceed with the utmost secrecy", CN)],
    ),
    (
        "en",
        "historical",
        "freerep",
        "During the Twenties, the international banking community feared that once Lenin had stabilized the Soviet Union and ended its civil war, he would send his barbarian hordes to conquer central and western Europe.",
        [f("his barbarian hordes", NC)],
    ),
    (
        "en",
        "historical",
        "freerep",
        "Once Lenin died, Trotsky made this one of his highest priorities, along with a half-baked plan for getting American blacks to rebel and install a communist government in Red Dixie.",
        [f("a half-baked plan", LL)],
    ),
    (
        "en",
        "historical",
        "freerep",
        "Once Hitlers Nazi militia proved its mettle in the streets, bankers began to funnel money to Hitler as Germanys last hope.",
        [f("bankers began to funnel money to Hitler", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "help123",
        "Instead he provoked the Japanese army to attack first so the U.S could join the war against them, Germany, and Italy.",
        [f("he provoked the Japanese army to attack first so the U.S could join the war", CN)],
    ),
    (
        "en",
        "historical",
        "gam1",
        "The City bankers decided that if Russia was to be counted on to create an eastern front in the upcoming WWII, and eventually play a scarecrow role as the mighty USSR after the war, another strong man was needed at the helm.",
        [
            f(
                "The City bankers decided that if Russia was to be counted on to create an eastern front in the upcoming WWII, and eventually play a scarecrow role as the mighty USSR after the war, another strong man was needed at the helm",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "gam1",
        "According to this monster, in order for the USSR to catch up with the world, everybody had to work for the state, and that’s all there was to it.",
        [f("this monster", NC)],
    ),
    (
        "en",
        "historical",
        "gam2",
        "In 1918, the City dynasty immediately sat down at the drawing board and prepared for WWII.",
        [
            f(
                "the City dynasty immediately sat down at the drawing board and prepared for WWII",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "gam2",
        "The Treaty of Versailles definitely indicated the direction in which the City was heading, and very soon the bankers found their mouthpiece, the man who would rally the German crowds.",
        [f("the bankers found their mouthpiece", CN, "puppet_agent")],
    ),
    (
        "en",
        "historical",
        "gam2",
        "All the statesmen had to be from la-la land in order to give their approval to such impossible terms.",
        [f("from la-la land", LL)],
    ),
    (
        "en",
        "historical",
        "khazar",
        "Many of you know who and what this term refers to (especially CONTACT readers), but for those who don't, you are about to get a short lesson in history which is most pertinent to events that have led up to the, 'One World Order'.",
        [f("events that have led up to the, 'One World Order'", CN)],
    ),
    (
        "en",
        "historical",
        "reds",
        "The treason committed by the Reds in Hollywood would not have occurred—at least, not to the incredible degree of it—if some one of greater stature had not set the stage for it.",
        [
            f("The treason committed by the Reds in Hollywood", LL),
            f("if some one of greater stature had not set the stage for it", CN),
        ],
    ),
    (
        "en",
        "historical",
        "reds",
        "It is only for the purpose of establishing the time and manner in which the Reds were given their opportunities to achieve control of Hollywood and of all of our mass communications media that a few of the Rooseveltian betrayals are herein recorded.",
        [
            f(
                "the Reds were given their opportunities to achieve control of Hollywood and of all of our mass communications media",
                CN,
            ),
            f("the Rooseveltian betrayals", LL),
        ],
    ),
    (
        "en",
        "historical",
        "moscowh",
        "Some five years ago, this writer produced a book entitled Hell Over Hollywood, in which it was demonstrated that Hollywood pinks and Reds were contributing heavily to the advancement in America of the Bolshevik forces of atheism, free love, and collectivism.",
        [f("Hollywood pinks and Reds", NC), f("the Bolshevik forces of atheism, free love, and collectivism", LL)],
    ),
    (
        "en",
        "historical",
        "moscowh",
        "From time to time, during the past several years, the National Republic has published elements of a vast accumulation of evidence to show a cunning Communist conspiracy seeking to convert the motion picture industry of America into an agency of Soviet propaganda.",
        [
            f(
                "a cunning Communist conspiracy seeking to convert the motion picture industry of America into an agency of Soviet propaganda",
                CN,
            )
        ],
    ),
]
EN_NEUTRAL = [
    ("en", "khabar", "It is a matter of record that the French Revolution came about for many reasons."),
    (
        "en",
        "khabar",
        "The bourgeoisie – merchants, manufacturers, professionals – had gained financial power but were excluded from political power.",
    ),
    (
        "en",
        "khabar",
        "When King Louis XVI sought to increase the tax burden on the poor and expand it to classes that had previously been exempt, revolution became all but inevitable.",
    ),
    (
        "en",
        "khabar",
        "In England, Elias Ashmole was made a Freemason, along with his wife’s cousin, Colonel Henry Mainwaring in 1646.",
    ),
    (
        "en",
        "khabar",
        "It cannot be denied that Freemasons have been involved in revolutions, but as individuals, not as Freemasons’ Lodges.",
    ),
    (
        "en",
        "greyf",
        "On January 27, 1941, the Peruvian envoy in Tokyo told the third secretary in the US embassy that he had learnt from intelligence sources that the Japanese had a war plan which involved an attack on Pearl Harbor.",
    ),
    (
        "en",
        "greyf",
        "On 10 July, the US military attaché in Tokyo reported that the Japanese Navy were secretly practicing airborne torpedo attacks on targets moored in Ariake Bay-a bay that resembles Pearl Harbor.",
    ),
    (
        "en",
        "greyf",
        "Already Roosevelt was backing Britain against Hitler by supplying the UK with weapons under the Lend-Lease Act passed in March 1941.",
    ),
    ("en", "greyf", "Few Americans raised any concerns about the Sino-Japanese War which had been raging since 1937."),
    (
        "en",
        "haiku",
        "In 1947 Joseph McCarthy ordered a background check on all civilians who worked for the government.",
    ),
    (
        "en",
        "haiku",
        "In October 1947, 10 members of the Hollywood film industry publicly denounced the tactics employed by the House Un-American Activities Committee (HUAC), an investigative committee of the U.S. House of Representatives, during its probe of alleged communist influence in the American motion picture business.",
    ),
    (
        "en",
        "haiku",
        "These prominent screenwriters and directors, who became known as the Hollywood Ten, received jail sentences and were banned from working for the major Hollywood studios.",
    ),
    (
        "en",
        "uva",
        "The Cold War period was marked by intensive international competition for influence and power between the United States and its allies and the Soviet Union.",
    ),
    (
        "en",
        "uva",
        "American Catholics, involved with their own extensive institutions, were profoundly influenced by the Cold War, and, in turn, exercised a great impact on the U.S. politics of the era.",
    ),
    ("en", "utexas", "In 1946, at the age of 38, he was elected to the U.S. Senate."),
    (
        "en",
        "utexas",
        "He worked his way through law school and, at the age of thirty, became the youngest circuit court judge in Wisconsin history.",
    ),
    (
        "en",
        "utexas",
        "After the Japanese attack on Pearl Harbor, he enlisted in the Marine Corps and served as an intelligence officer in the South Pacific.",
    ),
]
URLS_EN = {
    "malta": "https://www.timesofmalta.com/mobile/articles/view/20181119/opinion/the-masters-of-war-rodolfo-ragonesi.694637",
    "sott": "https://www.sott.net/article/491748-Anglo-American-money-masters-as-the-organizers-of-the-Second-World-War",
    "wealth": "https://www.wealthbooksummaries.com/creature-jekyll-island.html",
    "gold24": "http://www.24hgold.com/english/news-gold-silver-a-trip-trough-time-to-jekyll-island.aspx?article=11680690878H11690&redirect=false&contributor=Andy+Hoffman",
    "phoenix": "https://www.freedomsphoenix.com/News/065626-2010-02-28-conception-of-the-fed-the-jekyll-island-club-pictures.htm",
    "hereth": "https://www.hereandtherewithpatandbob.com/search/label/Jekyll%20Island%20Georgia",
    "freerep": "https://freerepublic.com/focus/f-news/1003289/replies?c=123",
    "help123": "https://www.123helpme.com/day-pearl-harbor-was-attacked-by-the-japanese-army-preview.asp?id=639553",
    "gam1": "https://theworldofgam.com/tag/globalization/",
    "gam2": "https://theworldofgam.com/tag/mao-tse-tung/",
    "khazar": "http://jamalkanj.com/Anti-Semite-or-anti-Khazar.php",
    "reds": "https://dokumen.pub/documentations-of-the-reds-and-fellow-travellers-in-hollywood-and-tv.html",
    "moscowh": "https://ro.scribd.com/document/387030507/Moscow-Hollywood-pdf",
    "khabar": "https://www.al-khabar.co/arabic/2020/01/17/freemasons-the-illuminati-and-the-french-revolution/",
    "greyf": "http://threats.greyfalcon.us/pearlharbor.html",
    "haiku": "https://haikudeck.com/mccarthyism--uncategorized-presentation-zCxI6ubb8c",
    "uva": "https://kennethuva.com/chapter-1-the-cold-war-and-american-society/",
    "utexas": "https://embed.la.utexas.edu/his-315l-external/the-post-wwii-era-activity-5/",
}
EN_REAL += [
    (
        "en",
        "historical",
        "jaded",
        "Marx's mantle passed from the Communist Bloc to a calculating group of socialites and academics who better understood the implications of Das Kapital.",
        [f("a calculating group of socialites and academics", CN)],
    ),
    (
        "en",
        "historical",
        "jaded",
        "They worked tirelessly in the shadows to undermine the West.",
        [f("worked tirelessly in the shadows to undermine the West", CN)],
    ),
    (
        "en",
        "present",
        "jaded",
        "We are at war today with a different sort of social Marxism than we knew in decades past.",
        [f("We are at war today", AF)],
    ),
    (
        "en",
        "present",
        "jaded",
        "The old strategies do not work because this is a different enemy altogether.",
        [f("this is a different enemy altogether", NC)],
    ),
    (
        "en",
        "historical",
        "fatima",
        "Their story is that of the 1917 Communist Revolution (plotted and financed in the West) brought home to roost in the United States.",
        [f("plotted and financed in the West", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "fatima",
        "In fact, modern historians attribute the failure of the Hungarian Soviet Republic to Lukacs’ imposition of the basest immorality (including radical sex education in the schools, liberal divorce laws, and easy access to contraceptives) in public policy, eliciting such general disgust from that truly Catholic population that the revolutionaries lost all hold on governmental powers.",
        [f("the basest immorality", LL)],
    ),
    (
        "en",
        "historical",
        "coughlin",
        "TEXTBOOKS that have been carefully edited continue to teach American school children that the American Civil War was fought over the Slavery issue; that is, that the South did not Wish to free the Negro-slaves.",
        [f("TEXTBOOKS that have been carefully edited", CN, "media_cover_up")],
    ),
    (
        "en",
        "historical",
        "coughlin",
        "Below the surface ran a current of intrigue that ended with the assassination of Abraham Lincoln because he was determined that the United States be free from the bondage of the international bankers.",
        [
            f(
                "a current of intrigue that ended with the assassination of Abraham Lincoln because he was determined that the United States be free from the bondage of the international bankers",
                CN,
                "hidden_financiers",
            )
        ],
    ),
    (
        "en",
        "historical",
        "coughlin",
        "Yet in the year of 1857 the war was decided upon, not in the prospering South, not in the prospering North, but in London, England.",
        [
            f(
                "the war was decided upon, not in the prospering South, not in the prospering North, but in London, England",
                CN,
            )
        ],
    ),
    (
        "en",
        "historical",
        "coughlin",
        "In the year 1857, the money power of old Europe centered in the House of Rothschild.",
        [f("the money power of old Europe centered in the House of Rothschild", CN, "hidden_financiers")],
    ),
    (
        "en",
        "historical",
        "holoinfo",
        "Lasting only from 21st March to 1st August 1919 power was in the hands of Jewish foreign minister Bela Kun, who maintained direct contact with Vladimir Lenin via radiotelegraph.",
        [f("Jewish foreign minister Bela Kun", CN, "ethnic_religious_label")],
    ),
    (
        "en",
        "historical",
        "bisell",
        "This account suggests that the Titanic’s sinking was not a mere accident but a calculated event orchestrated to eliminate influential opponents of a centralized banking system, paving the way for the Federal Reserve’s establishment.",
        [
            f(
                "the Titanic’s sinking was not a mere accident but a calculated event orchestrated to eliminate influential opponents of a centralized banking system",
                CN,
            )
        ],
    ),
    (
        "en",
        "historical",
        "bisell",
        "Morgan’s absence from the voyage raises questions when viewed alongside the deaths of three prominent passengers: John Jacob Astor IV, Benjamin Guggenheim, and Isidor Straus.",
        [f("Morgan’s absence from the voyage raises questions", DO)],
    ),
    (
        "en",
        "historical",
        "help123",
        "Roosevelt 's plan was to let Japan attack first so the U.S could join the war the proof is Tyler Kent a code clerk, sanctions put on Japan, secret shipment of medical supplies, Japanese codes days before the attack, McCollum memo, and join the war against Germany.",
        [f("Roosevelt 's plan was to let Japan attack first so the U.S could join the war", CN)],
    ),
    (
        "en",
        "historical",
        "sott",
        "It was they, relying on institutions such as the US Federal Reserve System and the Bank of England, who immediately after the end of the First World War began preparing for the next armed conflict on a global scale.",
        [
            f(
                "who immediately after the end of the First World War began preparing for the next armed conflict on a global scale",
                CN,
                "hidden_financiers",
            )
        ],
    ),
]
EN_NEUTRAL += [
    (
        "en",
        "histinfo",
        "The Hungarian Soviet Republic was founded on this day in 1919 as the second state in world history based on communist ideology (after Soviet Russia).",
    ),
    (
        "en",
        "histinfo",
        "Reforms were introduced in the new Republic, such as nationalization, the abolition of aristocratic titles, and limiting land ownership to 40 hectares.",
    ),
    (
        "en",
        "histinfo",
        "Béla Kun and other high-ranking communists fled to Austria on 1 August that same year, while Romanian troops occupied Budapest.",
    ),
    (
        "en",
        "histinfo",
        "The most important person in the Hungarian Soviet Republic was Béla Kun, a man of Jewish descent (his surname was originally Kohn).",
    ),
    (
        "en",
        "histinfo",
        "The Hungarian Soviet Republic fell already in summer the same year, meaning it lasted for only around four months.",
    ),
    (
        "en",
        "bfirst",
        "On 23 December 1913, President Woodrow Wilson signed the Federal Reserve Act into law, a landmark decision that established the Federal Reserve System as the United States' central banking authority.",
    ),
    (
        "en",
        "whp",
        "Before the Federal Reserve opened its twelve regional banks and began monitoring banking in November 1914, America's banks functioned in widely divergent ways.",
    ),
    (
        "en",
        "whp",
        "These varied banking practices had driven the nation to four major financial crises in less than forty years.",
    ),
    (
        "en",
        "whp",
        "The first major banking reform to follow the Civil War, the Federal Reserve was organized to regulate banking and provide the nation with a more stable and secure financial and monetary system.",
    ),
    ("en", "fedhist", "The Panic of 1907 prompted Americans to call for a central bank."),
    (
        "en",
        "glos",
        "He was born on 6 May 1758 in Arras and became a member of the Estates-General (which later transformed into the National Assembly) in 1789.",
    ),
    (
        "en",
        "glos",
        'His political ideology was heavily influenced by the works of Jean-Jacques Rousseau, particularly the concept of the "general will" (a collective desire for the common good).',
    ),
    (
        "en",
        "glos",
        "On 27 July 1794 (9 Thermidor Year II in the French Revolutionary Calendar), he was arrested and subsequently executed by guillotine the following day.",
    ),
    (
        "en",
        "glos",
        "His fall from power marked the end of the Reign of Terror and led to a more moderate phase of the Revolution known as the Thermidorian Reaction.",
    ),
    ("en", "chest", "His mother died young, and his father deserted his family and ended his life in Germany."),
    ("en", "chest", "Danton, Desmoulins, and Fréron the younger were among his fellow pupils."),
    (
        "en",
        "chest",
        "After completing his law studies he returned to Arras, where his first important cause was a defence of the introduction of Franklin's lightning rods against the charge of impiety (1783).",
    ),
    ("en", "chest", "On the convocation of the states general in 1789, he was elected deputy of the third estate."),
    (
        "en",
        "lincpap",
        "As the dominant member of the Committee on Public Safety, Robespierre was one the architects of the Reign of Terror, which commenced in September 1793.",
    ),
    (
        "en",
        "liqui",
        "It was founded in 1886 when members of an incorporated hunting and recreational club purchased the island for $125,000 from John Eugune du Bignon.",
    ),
    (
        "en",
        "liqui",
        "The club lasted 54 years, closing at the end of the 1942 season due to complications from World War II.",
    ),
    ("en", "wquote", "In 1910, a secret island meeting was held in which the Federal Reserve System was initiated."),
    ("en", "wquote", "In 1899, the club boasted a visit by President William McKinley."),
]
URLS_EN.update(
    {
        "jaded": "https://www.thejadedobserver.com/post/toward-a-unified-theory-of-conservatism-pt1",
        "fatima": "https://fatima.org/news-views/communism-4/",
        "coughlin": "https://atrueott.wordpress.com/2013/05/08/what-steven-spell-berg-didnt-tell-in-his-movie-lincoln/",
        "holoinfo": "https://holodomorinfo.com/glossery/jewish-criminal-organizations/hungarian-soviet-republic/",
        "bisell": "https://biselliano.info/2025/06/23/the-titanic-the-federal-reserve-and-the-hidden-hand-of-financial-power/",
        "histinfo": "https://history.info/on-this-day/1919-hungarian-soviet-republic-founded/",
        "bfirst": "https://bfirst.news/news/14545/us-creates-central-banking-federal-reserve-system",
        "whp": "https://worldhistoryproject.org/1913/12/23/president-woodrow-wilson-signs-the-owen-glass-act",
        "fedhist": "http://www.federalreservehistory.org/Purpose",
        "glos": "https://glosaurus.com/en/glossary/french-revolution/maximilien-robespierre",
        "chest": "https://chestofbooks.com/reference/American-Cyclopaedia-7/Maximilien-Marie-Isidore-De-Robespierre.html",
        "lincpap": "https://papersofabrahamlincoln.org/persons/RO47225",
        "liqui": "http://www.liquisearch.com/jekyll_island_club",
        "wquote": "https://en.wikiquote.org/wiki/Jekyll_Island_Club",
    }
)
EN_REAL += [
    (
        "en",
        "historical",
        "gam1",
        "With the hordes of Eastern European Jews bent on reaching America forcefully rounded-up and sent to work for the German war machine before being shipped to Palestine at the end of the war, Israel was on the road to becoming a state.",
        [f("the hordes of Eastern European Jews", NC)],
    ),
    (
        "en",
        "historical",
        "gam1",
        "With the pound destroyed along with Germany and Japan, the City bankers could now concentrate on forcing the European nations to work together, and on turning China into a great market economy.",
        [
            f(
                "the City bankers could now concentrate on forcing the European nations to work together",
                CN,
                "hidden_financiers",
            )
        ],
    ),
]
ES_REAL = [
    (
        "es",
        "present",
        "caball",
        "La Masonería es una red de agrupaciones esotéricas e iniciáticas cuya finalidad es la transformación radical de la humanidad según los planes de Lucifer.",
        [
            f(
                "cuya finalidad es la transformación radical de la humanidad según los planes de Lucifer",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "present",
        "caball",
        "Los masones, desparramados ya por todo el mundo, se reúnen en secreto y celebran asambleas para alterar el orden natural y lograr una sociedad de diseño dispuesta a rendir tributo al Anticristo.",
        [
            f(
                "se reúnen en secreto y celebran asambleas para alterar el orden natural y lograr una sociedad de diseño dispuesta a rendir tributo al Anticristo",
                CN,
                "secret_society",
            )
        ],
    ),
    (
        "es",
        "present",
        "minuto",
        "Ser sinvergüenzas es connatural a creerse militantes de la izquierda “esa” que asume como acto de elogio, el ser causantes de las desgracias de la sociedad para crear una “nueva sociedad”.",
        [f("Ser sinvergüenzas", NC)],
    ),
    (
        "es",
        "present",
        "minuto",
        "Se dicen luchadores sociales, los que ahora son estafadores piramidales de la sociedad civil.",
        [f("estafadores piramidales de la sociedad civil", NC)],
    ),
    (
        "es",
        "present",
        "minuto",
        "No caemos más en las trampas del marxismo y su pretendida victimización, puro teatro de maldad, pura alforja de veneno para dispersar y contaminar las mentes y el lenguaje de los más jóvenes que, gracias a Dios, se han rebelado contra las izquierdas del odio, para imponer la racionalidad, la sensatez y la entereza que deben estar por encima de todo ataque político criminal.",
        [f("puro teatro de maldad, pura alforja de veneno", LL), f("las izquierdas del odio", NC)],
    ),
    (
        "es",
        "present",
        "psf",
        "No estamos ante una simple “amenaza terrorista”: estamos ante el peligro comunista.",
        [f("estamos ante el peligro comunista", AF)],
    ),
    (
        "es",
        "historical",
        "psf",
        "Entre aquellos buitres hialinos diseccionados por el historiador británico está Karl Marx.",
        [f("aquellos buitres hialinos", NC)],
    ),
    (
        "es",
        "present",
        "cadenas",
        "LOS “TRAPOS ROJOS” SON EL EMBLEMA DE LOS TRAIDORES A LA PATRIA.",
        [f("LOS TRAIDORES A LA PATRIA", NC)],
    ),
    (
        "es",
        "present",
        "cadenas",
        "Lo que es una infame mentira, comprobable históricamente.",
        [f("una infame mentira", LL)],
    ),
    (
        "es",
        "historical",
        "cadenas",
        "Y en España los asesinos comunistas eran promocionados como los muy democráticos “leales”.",
        [f("los asesinos comunistas", NC), f("los muy democráticos “leales”", DO)],
    ),
    (
        "es",
        "present",
        "cadenas",
        "Porque el término “comunista”, como aún suscita cierta aversión en la gente, es escabroso y lo ocultan empleando paliativos para continuar fomentando al comunismo, que es lo que el periodismo pretende y está realizando planificadamente.",
        [
            f(
                "lo ocultan empleando paliativos para continuar fomentando al comunismo, que es lo que el periodismo pretende y está realizando planificadamente",
                CN,
                "media_cover_up",
            )
        ],
    ),
    (
        "es",
        "historical",
        "orillas",
        "Por más de 56 años el país ha sido víctima de la guerrilla narcomarxista, que ha causado millones de víctimas y pérdidas que podrían estar cercanas a los 400.000 millones dólares, todo ello como consecuencia de un conflicto político-militar propiciado por el mefistofélico comunismo para la toma del poder; de tal manera que la mayor mafia política que ha existido en la historia de la humanidad es el marxismo, más en vista de que para lograr sus objetivos utiliza la irracionalidad, de donde subsumen la violencia y la mentira.",
        [
            f("la guerrilla narcomarxista", NC),
            f("el mefistofélico comunismo", LL),
            f("la mayor mafia política que ha existido en la historia de la humanidad es el marxismo", NC),
        ],
    ),
    (
        "es",
        "present",
        "orillas",
        "La mamertada permanentemente divulga que sus enemigos políticos utilizan el miedo como una arma de control social; pero por simple lógica, al ser la secta del marxismo-leninismo una organización que con sus diferentes pelambres ha cometido los mayores genocidios en la historia de la humanidad, la instauración de un régimen comunista en Colombia aterroriza.",
        [f("La mamertada", NC), f("la secta del marxismo-leninismo", NC)],
    ),
    (
        "es",
        "present",
        "orillas",
        "Por su condición genocida, el marxismo no se puede considerar jamás como organización democrática, así se mimetice dentro de lo que llaman la “democracia burguesa”, utilizando diferentes motes para tramar a ciudadanos cándidos, a causa de que sin lugar a dudas el comunismo es enemigo de la humanidad.",
        [f("Por su condición genocida", LL), f("el comunismo es enemigo de la humanidad", NC)],
    ),
    (
        "es",
        "historical",
        "bcn",
        "Las hordas marxistas desde los años 20 han servido a los grandes capitalistas para combatir mediante la violencia al fascismo, lo hizo en las calles de Italia, lo hizo en las de Alemania, lo hizo en la guerra civil española, lo hizo en la segunda guerra mundial, y la chusma que actualmente se considera marxista sigue actuando como perro de presa del capital.",
        [
            f("Las hordas marxistas", NC),
            f("han servido a los grandes capitalistas", CN, "puppet_agent"),
            f("la chusma", NC),
            f("como perro de presa del capital", NC),
        ],
    ),
    (
        "es",
        "historical",
        "bcn",
        "Este póster es un ejemplo más de la hermandad existente entre el capitalismo y el comunismo, ideologías materialistas creadas por el mismo germen.",
        [f("ideologías materialistas creadas por el mismo germen", CN)],
    ),
    (
        "es",
        "historical",
        "gentiuno",
        "Millones de cubanos exiliados en el mundo lo recordarán siempre como el hacedor de la desgracia de esa pequeña isla caribeña.",
        [f("el hacedor de la desgracia de esa pequeña isla caribeña", NC)],
    ),
    (
        "es",
        "present",
        "rincon",
        "Quienes manejan los hilos ocultos del poder mundial, siempre desde las sombras, saben encontrar el mejor modo de hacer más redituable su paso por este mundo.",
        [f("Quienes manejan los hilos ocultos del poder mundial, siempre desde las sombras", CN)],
    ),
    (
        "es",
        "historical",
        "rincon",
        "Muchas veces (y esto ha sucedido) se organizaron guerras con el objetivo encubierto de «sacarse de encima» a la gente que «sobra».",
        [f("se organizaron guerras con el objetivo encubierto de «sacarse de encima» a la gente que «sobra»", CN)],
    ),
    (
        "es",
        "present",
        "rincon",
        "Pero claro que los popes de la dominación global también saben ser más «creativos».",
        [f("los popes de la dominación global", NC)],
    ),
    (
        "es",
        "present",
        "rincon",
        "Lo que no puede dudarse es que claramente tienen un plan siniestro: matar sin que se note.",
        [f("claramente tienen un plan siniestro: matar sin que se note", CN)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "¡Ah, Fidel Castro! El hombre que convirtió a Cuba en su propio patio de juegos comunista.",
        [f("su propio patio de juegos comunista", LL)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "Lo que realmente entregó fue un régimen totalitario donde la libertad de expresión es un chiste y la economía es un desastre.",
        [f("la libertad de expresión es un chiste", LL)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "La libertad de prensa en Cuba es tan real como un unicornio.",
        [f("tan real como un unicornio", LL)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "El Maestro de la Propaganda: Fidel era un experto en vender humo.",
        [f("un experto en vender humo", LL)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "¿Por qué alguien haría eso si el paraíso comunista era tan maravilloso?",
        [f("el paraíso comunista era tan maravilloso", LL)],
    ),
    (
        "es",
        "historical",
        "aurica",
        "Porque la realidad era un infierno de represión y pobreza.",
        [f("un infierno de represión y pobreza", LL)],
    ),
    (
        "es",
        "historical",
        "pulzo",
        "Castro fue el peor tirano que ha conocido la región en los dos últimos siglos.",
        [f("el peor tirano que ha conocido la región en los dos últimos siglos", NC)],
    ),
    (
        "es",
        "historical",
        "pulzo",
        "El comunismo totalitario, fuente de odio, mentira y muerte, es propio de individuos como el fallecido dictador cubano, quien asumió el crimen como la mejor manera de hacer “la revolución” teniendo una moral torcida, envileciendo a las masas y conduciéndolas a la esclavitud, con el cuento del bien para el pueblo.",
        [f("fuente de odio, mentira y muerte", LL), f("teniendo una moral torcida, envileciendo a las masas", LL)],
    ),
    (
        "es",
        "historical",
        "pulzo",
        "Murió Fidel Castro, quien le hizo daño inconmensurable al pueblo cubano y a Latinoamérica hasta el último instante de su vida, ya que vivió haciendo el mal y murió haciendo el mal.",
        [f("vivió haciendo el mal y murió haciendo el mal", LL)],
    ),
    (
        "es",
        "historical",
        "maldita",
        "Un miserable, no hay otra calificación, que daba comienzo así a una de las dictaduras más férreas, si no la más, en todo el mundo que lleva 65 años violando -expresamente- el artículo 21 de la Declaración Universal de los Derechos Humanos, el artículo 25 del Pacto Internacional de Derechos Civiles y Políticos y el artículo 23 de la Convención Americana sobre Derechos Humanos.",
        [f("Un miserable", NC)],
    ),
    (
        "es",
        "historical",
        "maldita",
        "Aún así, quedó demostrado que fue una gran mentira, un fiasco convertido en persona.",
        [f("una gran mentira, un fiasco convertido en persona", NC)],
    ),
    (
        "es",
        "historical",
        "larazon",
        "Aunque algunos aduladores con doble moral, para congraciarse o para ocultar su verdadero rostro, hayan preparado una gala para celebrar el 85 cumpleaños de Fidel Castro, el más longevo de los dictadores, no hay que engañarse.",
        [f("algunos aduladores con doble moral", NC)],
    ),
    (
        "es",
        "historical",
        "gentiuno",
        "Castro, un asesino implacable convirtió en símbolos de su era la barba, el uniforme guerrillero verde oliva y los tabacos.",
        [f("un asesino implacable", NC)],
    ),
    (
        "es",
        "historical",
        "gentiuno",
        "Fue enfermizamente venerado por miles de cómplices de izquierda, y pocos fueron los países y los líderes que se le opusieron y combatieron.",
        [f("enfermizamente venerado por miles de cómplices de izquierda", LL)],
    ),
    (
        "es",
        "historical",
        "gentiuno",
        "La gran nación del norte solo con Barack Obama negoció y borró crímenes de este desalmado sátrapa.",
        [f("este desalmado sátrapa", NC)],
    ),
    (
        "es",
        "present",
        "religion",
        "Soros financia No Borders a través de la ONG Open Society Foundation, organización bien conocida por otras acciones como el derrocamiento de Milosevic en Serbia, la promoción del flujo masivo de inmigrantes hacia Grecia o la financiación del Colectivo contra la Islamofobia en Francia.",
        [f("la promoción del flujo masivo de inmigrantes hacia Grecia", CN, "hidden_financiers")],
    ),
    (
        "es",
        "present",
        "jaime",
        "La inmigración es la solución final de Soros para Europa; es el clímax de su “Sociedad Abierta”, autentica arma de destrucción de culturas y sociedades.",
        [
            f("La inmigración es la solución final de Soros para Europa", CN),
            f("autentica arma de destrucción de culturas y sociedades", LL),
        ],
    ),
    (
        "es",
        "present",
        "jaime",
        "Vimos también en el capítulo I un más que curioso “Club Bilderberg” que realiza reuniones secretas donde asisten el poder económico, el político y el mediático, sin que curiosamente estos últimos no informen nada de lo que allí se trata.",
        [
            f("un más que curioso “Club Bilderberg” que realiza reuniones secretas", CN, "secret_society"),
            f("sin que curiosamente estos últimos no informen nada de lo que allí se trata", CN, "media_cover_up"),
        ],
    ),
    (
        "es",
        "present",
        "jaime",
        "También vimos en el capítulo anterior cómo con antelación a reunirse con Ángela Merkel para tratar el problema de la inmigración, Pedro Sánchez se reunía en secreto con George Soros, noticia que sabemos por OkDiario, sin que ningún otro medio se hiciera eco de la reunión.",
        [
            f("Pedro Sánchez se reunía en secreto con George Soros", CN),
            f("sin que ningún otro medio se hiciera eco de la reunión", CN, "media_cover_up"),
        ],
    ),
]
ES_NEUTRAL = [
    ("es", "jorge", "Nació el 22 de abril de 1879 en Simbirsk (Rusia)."),
    ("es", "jorge", "Se graduó como abogado en la Universidad de San Petersburgo en 1892."),
    ("es", "jorge", "Abrazó el marxismo y sufrió destierro a Siberia en 1897."),
    ("es", "jorge", "En 1919 fundó la Internacional Comunista (Komitern)."),
    ("es", "jorge", "Falleció en Gorki el 21 de enero de 1924 por un infarto cerebral."),
    (
        "es",
        "jorge",
        "Sometió a los opositores anarquistas y desde 1921 aplicó la Nueva Política Económica (NEP), que restauró la propiedad privada en algunos sectores de la economía, sobre todo en la agricultura.",
    ),
    ("es", "martov", "Martov nació en una familia judía de clase media y políticamente activa en Constantinopla ."),
    (
        "es",
        "martov",
        "Mártov se matriculó brevemente en la Universidad Imperial de San Petersburgo , pero más tarde fue expulsado y exiliado a Vilna , donde desarrolló ideas influyentes sobre la agitación obrera.",
    ),
    (
        "es",
        "martov",
        "Continuó liderando a los mencheviques y denunció las medidas represivas del gobierno soviético durante la guerra civil , como el Terror Rojo , al tiempo que apoyaba la lucha contra los blancos .",
    ),
    (
        "es",
        "martov",
        "Después de la Revolución de febrero de 1917, Mártov regresó a Rusia y lideró la facción de mencheviques que se oponían al Gobierno Provisional .",
    ),
    (
        "es",
        "wikiw",
        "Las teorías de la conspiración masónica son teorías de conspiraciones que atribuyen a la francmasonería un papel protagonista.",
    ),
    (
        "es",
        "wikiw",
        "Desde finales del siglo XVIII se han descrito cientos de teorías conspirativas sobre la masonería.",
    ),
    ("es", "wikiw", "Estas teorías tienen su origen en el fraude de Taxil."),
    (
        "es",
        "sapiens",
        "Entre los Padres Fundadores de los Estados Unidos, 10 signatarios de la declaración de independencia fueron masones.",
    ),
    (
        "es",
        "sapiens",
        "La masonería resultó enormemente atractiva para las clases políticas, intelectuales y aristocráticas en Europa, sobre todo a partir del siglo XVIII, en parte debido a su ideología, pero también debido a su carácter esotérico, sus rituales y simbología, así como por el misterio que envolvía a sus miembros.",
    ),
    (
        "es",
        "morelos",
        "La historia de los últimos trescientos años está plagada de teorías conspirativas que intentan dar una explicación totalizadora de los procesos políticos y sociales.",
    ),
    (
        "es",
        "renegado",
        "A pesar de las innumerables teorías de conspiraciones, no hay ninguna afirmación de que las Naciones Unidas están tratando de despoblar el planeta.",
    ),
    ("es", "cadiz", "Su padre, Nicolás Franco Salgado-Araújo, era general de la Armada."),
    (
        "es",
        "cadiz",
        "El 29 de agosto de 1907, con 14 años, entra en la Academia Militar de Infantería de Toledo tras aprobar los correspondientes exámenes.",
    ),
    ("es", "cadiz", "Llega a Marruecos el 17 de febrero de 1912."),
    (
        "es",
        "cadiz",
        "Ese mismo año, Adolf Hitler suspende el examen de ingreso en la Academia de Bellas Artes de Viena.",
    ),
    ("es", "sapl", "Franco nació en la ciudad costera y centro naval de El Ferrol en Galicia (noroeste de España)."),
    (
        "es",
        "sapl",
        "En 1907, con solo 14 años, ingresó en la Academia de Infantería de Toledo, graduándose tres años después.",
    ),
    ("es", "sapl", "En 1915 se convirtió en el capitán más joven del ejército español."),
    ("es", "sapl", "Al año siguiente fue gravemente herido de bala en el abdomen y regresó a España para recuperarse."),
    (
        "es",
        "sapl",
        "En 1920 fue elegido segundo al mando de la recién organizada Legión Extranjera Española, pasando al mando completo en 1923.",
    ),
    (
        "es",
        "meneame",
        "La República Soviética de Hungría fue un estado comunista de corta duración, el segundo régimen de estilo soviético en el mundo después de Rusia.",
    ),
    ("es", "meneame", "Fue dirigido por Béla Kun y su Partido Comunista Húngaro."),
    (
        "es",
        "sanig",
        "El golpe comenzó el 17 de julio de 1936 en Marruecos y se extendió rápidamente a la península ibérica.",
    ),
    (
        "es",
        "sanig",
        "Sin embargo, el golpe no triunfó en todas las regiones del país, y se inició una guerra civil que duró hasta 1939.",
    ),
    (
        "es",
        "aphist",
        "En enero de 1936 se firmó el pacto del Frente Popular sobre un programa mínimo de orientación republicana de izquierdas con el objetivo de reanudar las reformas del bienio reformista.",
    ),
    (
        "es",
        "aphist",
        "La campaña electoral y las elecciones se celebraron en orden, la participación fue muy alta (72%).",
    ),
    ("es", "aphist", "El Frente Popular consiguió 263 escaños y la coalición de centro-derechas 210 escaños."),
    (
        "es",
        "aphist",
        "En cinco meses se expropiaron medio millón de hectáreas y se asentó a ellas a más de 100.000 familias campesinas.",
    ),
    (
        "es",
        "alvarez",
        "El 17 de julio de 1936, un grupo de militares rebeldes, liderados por el general Francisco Franco, se sublevó en Marruecos y Ceuta.",
    ),
    (
        "es",
        "alvarez",
        "La Segunda República Española, instaurada en 1931 tras la caída de la monarquía, se caracterizó por un clima de tensión política y social.",
    ),
    (
        "es",
        "alvarez",
        "La victoria del bando sublevado, liderado por Francisco Franco, dio lugar a la instauración de una dictadura militar que duraría hasta 1975.",
    ),
    ("es", "obrero", "En abril de 1728, un grupo de seis ingleses fundan la primera logia en el continente."),
    ("es", "francmason", "La masonería no tuvo en la España del siglo XVIII existencia orgánica."),
    (
        "es",
        "francmason",
        "Un año después de la promulgación de la Real Cédula de Fernando VI de 1751 que prohibía la masonería, el padre franciscano José Torrubia publicó Centinela contra francmasones, una recopilación de textos antimasones extranjeros.",
    ),
    (
        "es",
        "cesar",
        "La primera logia, o asamblea de masones, se creó en Inglaterra 1717, la Gran Logia de Inglaterra.",
    ),
    (
        "es",
        "cesar",
        "No lo tuvieron fácil los masones en España, sobre todo a partir de 1738 cuando el papa Clemente XII firmaba la bula In Eminente, que condenaba sus prácticas bajo pena de excomunión.",
    ),
    (
        "es",
        "indep",
        "Lo hizo en el hotel francés Las Tres Flores de Lys, situado en la calle San Bernardo número 17, a la altura de la actual Gran Vía.",
    ),
]
URLS_ES = {
    "caball": "https://elcaballerodeloslibros.blogspot.com/2018/03/la-masoneria-mito-o-realidad.html",
    "minuto": "https://minutodigital.news/no-debemos-justificarle-nada-a-los-enemigos-de-la-democracia-o-sea-a-la-izquierda-del-odio",
    "psf": "https://www.periodismosinfronteras.org/falsear-la-historia-una-forma-de-lucha-izquierdista.html",
    "cadenas": "https://lascadenasdeobligado.blogspot.com/2017/12/los-trapos-rojos-los-traposrojos-son-el.html",
    "orillas": "https://las2orillas.co/miedo-o-precaucion",
    "bcn": "https://bcnantiantifa.blogspot.com/2011/01/capitalismo-y-comunismo-amigos-del-alma.html",
    "rincon": "https://rinconforero.mforos.com/2079461/13128482-nuevo-orden-mundial-el-plan-siniestro-para-matar-sin-que-se-note",
    "aurica": "https://aurica.ai/es/article/vince-vanguard/el-verdadero-fidel-castro",
    "pulzo": "http://www.pulzo.com/opinion/luego-de-la-muerte-de-fidel-castro-latinoamerica-puede-descansar/PP169224",
    "maldita": "https://malditahemeroteca.blogspot.com/2023/11/dictador-fidel-castro-ruz.html",
    "larazon": "https://www.larazon.es/historico/6761-el-gran-dictador-por-caridad-caballero-FLLA_RAZON_392214/",
    "gentiuno": "http://www.gentiuno.com/26/11/2016/fidel-castro-el-verdugo-de-cuba-ha-muerto/",
    "religion": "https://religionlavozlibre.blogspot.com/2016/08/flujo-masivo-de-inmigrantes-financiados.html",
    "jaime": "http://clubjaimeprimero.org/index.php/content/los-duenos-del-mundo-y-iv-soros-y-la-inmigracion",
    "jorge": "https://jorgealiagacacho.blogspot.com/2018/04/lenin-nacio-un-22-de-abril.html",
    "martov": "https://es.stringtranslate.com/Julio%20M%C3%A1rtov/Julius_Martov",
    "wikiw": "https://wikiwand.com/es/articles/Teor%C3%ADas_de_la_conspiraci%C3%B3n_mas%C3%B3nicas",
    "sapiens": "https://www.sapiensbox.com/los-masones-origen-de-la-dominacion-mundial/",
    "morelos": "https://libreriamorelos.mx/96427/masoneria-conspiracion-y-poder",
    "renegado": "https://renegado.com.mx/Default/Vista/8415",
    "cadiz": "https://www.diariodecadiz.es/espana/militar-academico_0_2005026701.html",
    "sapl": "https://creativesaplings.com/es/francisco-franco-6",
    "meneame": "https://www.meneame.net/story/mapa-increiblemente-efimera-republica-sovietica-hungria-1919-eng",
    "sanig": "https://sanignaciomun.com/modelo/es/crisis-unicameral",
    "aphist": "https://apunteshistoria.info/elecciones-de-1936-y-la-guerra-civil-espanola",
    "alvarez": "https://alvarezprietoabogados.blog/2024/07/18/tal-dia-como-hoy-18-de-julio-de-1936",
    "obrero": "https://www.elobrero.es/cultura/52707-breve-historia-de-las-primeras-logias-espanyolas-entre-1728-y-1802.html",
    "francmason": "https://elfrancmason.com/la-pluma-afilada/",
    "cesar": "https://ocesaronada.net/los-masones-en-espana/",
    "indep": "https://elindependiente.com/tendencias/historia/2025/02/15/el-ingles-borracho-y-libertino-que-trajo-la-masoneria-a-espana",
}


def main() -> None:
    write_blind_set("blind9", ES_REAL + EN_REAL, ES_NEUTRAL + EN_NEUTRAL, {**URLS_EN, **URLS_ES})


if __name__ == "__main__":
    main()
