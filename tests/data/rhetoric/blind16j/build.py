# ruff: noqa: E501  (verbatim quotations are kept on one line each)
"""Write `blind16j_real.jsonl` and `blind16j_neutral.jsonl` (gold written and committed before the stage ran on them).

Round 16j (thirteenth session): an ethnic or religious label pinned on a named political actor, or a tally of
actors by that label, used to explain politics. Real items: one sentence of a public page no other set uses (found
with the session page search), some trimmed at a clause boundary; neutral items: sentences of public history pages
that name Jewish origin or freemasonry (a few trimmed or lightly shortened).
"""

import json
import os

A = "Antisemitic_Framing"
C = "Conspiracy_Narrative"
real_en = [
    (
        "https://diversityischaos.blogspot.com/2010/06/jews-were-disproportionately.html",
        "Jews were disproportionately represented in the dreaded political police, the Cheka, as well as in Stalin’s repressive apparatus in the 1930s",
        [("Jews were disproportionately represented in the dreaded political police", A)],
    ),
    (
        "https://diversityischaos.blogspot.com/2010/06/jews-were-disproportionately.html",
        "Leon Trotsky, Yakov Sverdlov, Grigory Zinoviev, Lev Kamenev and so many early Bolsheviks who helped Lenin take power in 1917 and ran his repressive regime were Jewish and so were some of the bloodiest figures in the political police, such as Yakov Yurovsky, who carried out the execution of Tsar Nicholas II and his family.",
        [("so many early Bolsheviks who helped Lenin take power in 1917 and ran his repressive regime were Jewish", A)],
    ),
    (
        "https://archive.codohforum.com/20230609/backup/forum.codoh.com/viewtopicbba4.html?p=89762",
        "President Franklin D. Roosevelt's Jewish Cabal",
        [("Roosevelt's Jewish Cabal", A)],
    ),
    (
        "https://archive.codohforum.com/20230609/backup/forum.codoh.com/viewtopicbba4.html?p=89762",
        "Frances Perkins — Secretary of Labor; allegedly Jewish/adopted at birth; unconfirmed.",
        [("allegedly Jewish", A)],
    ),
    (
        "https://thepurityspiral.com/jewish-versus-non-jewish-victims-of-bela-kuns-hungarian-soviet-republic/",
        "In two articles over the last year I have documented both the story of Bela Kun’s Hungarian Soviet Republic and the near-absolute domination of its leadership by jews.",
        [("the near-absolute domination of its leadership by jews", A)],
    ),
    (
        "https://thepurityspiral.com/jewish-versus-non-jewish-victims-of-bela-kuns-hungarian-soviet-republic/",
        "We don’t have a conclusive number for those who were murdered on the orders of Kun and his jewish cronies — such as Tibor Szamuely, Otto Korvin-Klein and Gyorgy Lukacs — as the estimates range from a few hundred to a few thousand.",
        [("Kun and his jewish cronies", A)],
    ),
    (
        "https://thepurityspiral.com/the-133-days-of-bela-kun/",
        "It is thus perhaps interesting to document some of what went on in Kun’s 133 days of rule over Hungary, with this jewish domination in mind.",
        [("this jewish domination", A)],
    ),
    (
        "https://thepurityspiral.com/the-133-days-of-bela-kun/",
        "It was perhaps inevitable that whatever happened in terms of new political movements would have a very strong jewish component to them.",
        [
            (
                "whatever happened in terms of new political movements would have a very strong jewish component to them",
                A,
            )
        ],
    ),
    (
        "https://crushlimbraw.blogspot.com/2024/04/jewishhungarian-conflicts-and.html?m=1",
        "Both the “nationalist” Jewish Bund and the Jewish Bolsheviks in Hungary (or Russia), aimed to destroy the dominance of the host nation’s traditional ethnic group over their own country, leading to easier access for them to more power within its institutions.",
        [
            (
                "the Jewish Bolsheviks in Hungary (or Russia), aimed to destroy the dominance of the host nation’s traditional ethnic group",
                A,
            )
        ],
    ),
    (
        "https://crushlimbraw.blogspot.com/2024/04/jewishhungarian-conflicts-and.html?m=1",
        "The mainstream narrative is that the blatant Jewish presence among the Bolsheviks does not matter, on the one hand, because they “were not Jews”.",
        [("the blatant Jewish presence among the Bolsheviks", A)],
    ),
    (
        "https://www.theoccidentalobserver.net/category/featured-articles/",
        "The wealth and influence of that network of Jewish magnates stood behind the atrocity stories of the 1882 riots in Russia.",
        [("The wealth and influence of that network of Jewish magnates stood behind the atrocity stories", A)],
    ),
    (
        "https://www.theoccidentalobserver.net/category/featured-articles/",
        "Several of the Jewish elite were close friends of Albert Edward, the Prince of Wales, and owing mainly to his profligacy, they and younger Jewish arrivistes became his courtiers.",
        [("younger Jewish arrivistes became his courtiers", A)],
    ),
    (
        "https://www.theoccidentalobserver.net/2024/04/20/jewish-hungarian-conflicts-and-strategies-in-the-bela-kun-regime-a-review-essay-of-when-israel-is-king-part-4-of-5/",
        "It is worthwhile to look more closely at these, in particular, the question of identity, which is a recurrent focus of those who want to dismiss the responsibility of Jewry.",
        [("the responsibility of Jewry", A)],
    ),
    (
        "https://dchan.qorigins.org/qresearch/res/14293115.html?poster_hash=81a708",
        "When the British royal family wished to invite the tsar family to come to England, masonic forces headed by Jacob Schiff made sure that the threat of a general strike would keep the tsar family out of Britain.",
        [
            (
                "masonic forces headed by Jacob Schiff made sure that the threat of a general strike would keep the tsar family out of Britain",
                C,
            )
        ],
    ),
    (
        "https://dchan.qorigins.org/qresearch/res/14293115.html?poster_hash=81a708",
        'Alexander Kerensky, who was a member of the provisional masonic government, ordered the destruction of all objectionable documents, including an edition of "The Protocols of the Elders of Zion".',
        [("a member of the provisional masonic government", C)],
    ),
    (
        "https://dchan.qorigins.org/qresearch/res/14293115.html?poster_hash=81a708",
        "Large numbers of documents concerning the atrocities committed by freemasons were however removed from the archives and destroyed.",
        [("the atrocities committed by freemasons", C)],
    ),
    (
        "https://karlradl14.substack.com/p/the-jews-behind-the-bavarian-soviet?action=share",
        "Nor was this an irrational response to the events given that a similar government – the Hungarian Soviet Republic – was declared during the short lifetime of the Bavarian Soviet Republic, implemented similar policies and was also dominated by jews.",
        [("was also dominated by jews", A)],
    ),
    (
        "https://karlradl14.substack.com/p/the-jews-behind-the-bavarian-soviet?action=share",
        "On the afternoon of 7th November 1918; a cosmopolitan but not well-liked jewish journalist and prominent pacifist leader of the Independent Socialist Party of Germany from Berlin named Kurt Eisner declared to a crowd of circa 60,000 people that the monarchy was overthrown.",
        [("a cosmopolitan but not well-liked jewish journalist", A)],
    ),
    (
        "https://karlradl14.substack.com/p/the-jews-behind-the-bavarian-soviet?action=share",
        "The Jews behind the Bavarian Soviet Republic of 1919",
        [("The Jews behind the Bavarian Soviet Republic", A)],
    ),
    (
        "https://mail.islam-radio.net/islam/english/jewishp/britain/churchill-zionist.htm",
        "That Churchill was a stooge for Jewish - and later Zionist - interests, becomes evident, as one further dissects his political career.",
        [("Churchill was a stooge for Jewish - and later Zionist - interests", A)],
    ),
    (
        "https://mail.islam-radio.net/islam/english/jewishp/britain/churchill-zionist.htm",
        "Here below renowned British historian David Irving tells the story - backed up by sources - on Churchill's continued association with the Jewish Money Men.",
        [("Churchill's continued association with the Jewish Money Men", A)],
    ),
    (
        "https://codoh.com/library/document/british-jews-help-instigate-world-war-ii",
        "This article provides additional information showing that British Jews were instrumental in influencing Britain to instigate World War II.",
        [("British Jews were instrumental in influencing Britain to instigate World War II", A)],
    ),
    (
        "https://aangirfan.blogspot.com/2007/08/churchill-and-jews.html",
        "Reportedly, Jennie Jerome's father, Leonard Jerome, 'was the Jewish owner of the New York Times.",
        [("was the Jewish owner of the New York Times", A)],
    ),
]
real_es = [
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "Berlín del Gobierno soviético, recordó abiertamente a Hugo Haase (judío, jefe del Partido socialista independiente) que su partido había recibido de la U.R.S.S. una importante ayuda financiera para la impresión de su costosa propaganda.",
        [("Hugo Haase (judío, jefe del Partido socialista independiente)", A)],
    ),
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "El contacto entre Rusia y el Partido socialista independiente se hacía a través de otro judío, el doctor Oscar Kohn, miembro del Reichstag, que había llegado a entregar a Haase sumas por un total de diez millones de rublos.",
        [("otro judío, el doctor Oscar Kohn", A)],
    ),
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "Puede afirmarse, con una exactitud casi matemática que, en todas partes de Alemania donde ocurrieron alzamientos sovietistas, los judíos tomaron la dirección de tales movimientos y echaron aceite sobre el fuego.",
        [("los judíos tomaron la dirección de tales movimientos", A)],
    ),
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "El gran ponte de la propaganda comunista en Alemania era un judío, Willi Muenzenberg, y era miembro del Reichstag.",
        [("El gran ponte de la propaganda comunista en Alemania era un judío, Willi Muenzenberg", A)],
    ),
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "Añadamos que otro judío, Hans Kippenberger, que se había destacado en el alzamiento comunista de Hamburgo, era el frío organizador de la sección terrorista del Partido.",
        [("otro judío, Hans Kippenberger", A)],
    ),
    (
        "https://leerlibrosdemario.com/la-historia-de-los-vencidos-leer-online-gratis/20-paginas",
        "Esta actividad terrorista era favorecida por el apoyo tácito de los dos jefes principales de la policía berlinesa: el judío Bernhardt Weiss, vicepresidente, y el presidente Grzesinski.",
        [("el judío Bernhardt Weiss", A)],
    ),
    (
        "http://hispanismo.org/politica-y-sociedad/11356-las-extranas-coincidencias-marxistas-y-2.html?mode=threaded",
        "Son marxistas y, curiosamente, todos de origen judío.",
        [("Son marxistas y, curiosamente, todos de origen judío", A)],
    ),
    (
        "http://hispanismo.org/politica-y-sociedad/11356-las-extranas-coincidencias-marxistas-y-2.html?mode=threaded",
        'Pero para él, eso -el suelo en que nació- no fue nunca su patria: él era judío y, como tal, fue todo un "ciudadano del mundo": un apátrida al servicio de Moscú.',
        [('él era judío y, como tal, fue todo un "ciudadano del mundo": un apátrida al servicio de Moscú', A)],
    ),
    (
        "http://www.felipebotaya.com/2014/12/las-revoluciones-comunistas-su.html",
        "Para ello fue creada la “Internacional Comunista” o “Komitern” que fue apoyado económicamente por el gobierno en Rusia y apoyado por los bancos de capital judío de USA y Europa.",
        [("apoyado por los bancos de capital judío de USA y Europa", A)],
    ),
    (
        "https://viewer.joomag.com/infiltraciÓn-mundial-salvador-borrego-e-infiltración-mundial-salvador-borrego-e/0711352001507922869/p57",
        "El eminente marxista judío León Rosenfeld (conocido bajo el nombre ruso de Kamenev), vicepresidente del poderoso consejo superior de Comisarios del Pueblo, fue ejecutado.",
        [("El eminente marxista judío León Rosenfeld", A)],
    ),
    (
        "https://viewer.joomag.com/infiltraciÓn-mundial-salvador-borrego-e-infiltración-mundial-salvador-borrego-e/0711352001507922869/p57",
        'Heinrich Yagoda veterano revolucionario, judío-polaco, miembro del comité central ejecutivo de la URSS, jefe de la GPU y como tal, autor de otras "purgas", también fue fusilado.',
        [("Heinrich Yagoda veterano revolucionario, judío-polaco", A)],
    ),
    (
        "https://viewer.joomag.com/infiltraciÓn-mundial-salvador-borrego-e-infiltración-mundial-salvador-borrego-e/0711352001507922869/p57",
        "Cientos de funcionarios judíos fueron liquidados.",
        [("Cientos de funcionarios judíos", A)],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "Durante ese gobierno republicano-socialista, hubo trece ministros masones, el resto, influenciados en gran manera por la masonería, se caracterizó por declaraciones voluntaristas.",
        [("hubo trece ministros masones, el resto, influenciados en gran manera por la masonería", C)],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "Fernando de los Ríos en Instrucción Pública, Álvaro de Albornoz como presidente del Tribunal de Garantías Constitucionales o Juan Botella como ministro de Justicia fueron masones en puestos de responsabilidad, lo que demuestra la gran influencia y el poder que ejerció la masonería.",
        [
            (
                "fueron masones en puestos de responsabilidad, lo que demuestra la gran influencia y el poder que ejerció la masonería",
                C,
            )
        ],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "Incluso, en 1933, un militar masón, Armando Reig Fuertes, ya apuntó la necesidad de realizar “la depuración del Ejército”.",
        [("un militar masón, Armando Reig Fuertes", C)],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "Hubo asesinatos y el masón de Esquerra, Companys, proclamó “el Estado Catalán dentro de la República Española, creando un gobierno Catalán”.",
        [("el masón de Esquerra, Companys", C)],
    ),
    (
        "https://www.tradicionviva.es/2018/07/02/una-aproximacion-a-las-fraternidades-masonicas-militares-ii/",
        "Los masones siempre han tenido fuerza y capacidad para poner y quitar gobiernos.",
        [("Los masones siempre han tenido fuerza y capacidad para poner y quitar gobiernos", C)],
    ),
    (
        "https://fenix137rls.blogspot.com/2009/01/la-masonera-dispone-de-una-logia-en-el.html",
        "Los consejeros reales mostraron su disgusto, pero los masones de palacio antepusieron su interés de secta al de la reina y el país.",
        [("los masones de palacio antepusieron su interés de secta al de la reina y el país", C)],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "El presidente de la República, Niceto Alcalá Zamora nombró a Lerroux (masón) para que nombrara gobierno.",
        [("Lerroux (masón)", C)],
    ),
    (
        "https://www.google.com.ar/url?q=https://www.academia.edu/23713998/LA_MASONER%25C3%258DA_ESPA%25C3%2591OLA_III_de_III_&sa=U&ved=2ahUKEwiVyYLwq82FAxVvBzQIHbZoCAI4FBCviQN6BAgaEAE&usg=AOvVaw0VbUDH9AsvxfqEJj9ROng5",
        "En las elecciones de 1933, perdidas por la izquierda, tan solo fueron elegidos 55 diputados masones.",
        [("tan solo fueron elegidos 55 diputados masones", C)],
    ),
    (
        "https://www.tradicionviva.es/2018/07/02/una-aproximacion-a-las-fraternidades-masonicas-militares-ii/",
        "Los militares masónicos y republicanos no solo participaron en la intentona golpista de 1926; secundaron igualmente la de 1929, organizada por Sánchez Guerra.",
        [("Los militares masónicos y republicanos no solo participaron en la intentona golpista de 1926", C)],
    ),
]
neu_en = [
    (
        "https://www.jpost.com/magazine/was-the-russian-revolution-jewish-514323",
        "Some observers saw Lenin and his band as a motley group of Jewish revolutionaries.",
    ),
    (
        "https://sdjewishworld.com/2022/06/23/the-murder-of-an-elder-of-zion",
        "In 1922, the best candidate for this kind of accusation was the Jew Walter Rathenau.",
    ),
    (
        "https://sdjewishworld.com/2022/06/23/the-murder-of-an-elder-of-zion",
        "Rathenau implemented the invention of Nobel laureate chemistry professor Fritz Haber, a German patriot and baptized Jew, by building fertilizer and explosives plants.",
    ),
    (
        "https://sdjewishworld.com/2022/09/14/history-bavarias-revolutionary-jewish-prime-minister",
        "Born May 14, 1867, in Berlin to a Jewish family, Kurt Eisner became prime minister of Bavaria at age 51.",
    ),
    (
        "https://sdjewishworld.com/?p=171873",
        "Haffner is referring to the chairman of the government of the Bavarian Soviet Republic in April 1919, a doctor of economics, a Communist, a Jew, and a native of Russia.",
    ),
    (
        "https://sdjewishworld.com/?p=171873",
        "A month after the victory of the counter-revolution, the chairman of the government of the Bavarian Soviet Republic, Eugen Leviné, was condemned and shot.",
    ),
    (
        "https://jewishreviewofbooks.com/?p=12402",
        "The charged, historically fateful question of Jewish participation in modern radical and revolutionary movements remains highly contested.",
    ),
    (
        "https://jewishreviewofbooks.com/?p=12402",
        "The Jews in Hitler’s Munich of the early 1920s paid the price for the failed left-wing revolution and served as a foil for the right-wing revolution to come.",
    ),
    (
        "https://www.everand.com/book/628655583/In-Hitler-s-Munich-Jews-the-Revolution-and-the-Rise-of-Nazism",
        "In the aftermath of Germany's defeat in World War I and the failed November Revolution of 1918–19, the conservative government of Bavaria identified Jews with left-wing radicalism.",
    ),
    (
        "https://newaustralianews.com/2022/02/01/who-was-walther-rathenau-germanys-only-jewish-cabinet-minister/",
        "His father was Emil Rathenau, a renowned industrialist and founder of the AEG electrical corporation.",
    ),
    (
        "https://newaustralianews.com/2022/02/01/who-was-walther-rathenau-germanys-only-jewish-cabinet-minister/",
        "In the German Empire, positions as military officers or in the higher civil service were not an option for them.",
    ),
    (
        "http://20.210.105.67/txt/time/Time1934/1934-05-21/747415.html",
        "By calling the roll of Jews in the Administration, Arthur T. Weil aimed to prove their number is piteously small.",
    ),
    (
        "http://20.210.105.67/txt/time/Time1934/1934-05-21/747415.html",
        "The President's personal Jewish appointments do include Secretary of the Treasury Henry Morgenthau Jr., Ambassador to France Jesse Isador Straus, Minister to Sweden Laurence A. Stenhardt and Minister to Costa Rica Leo R. Sack.",
    ),
    (
        "https://jewishbookcouncil.org/book/prelude-to-catastrophe-fdrs-jews-and-the-menace-of-nazism",
        "Henry Morgenthau was an old time neighbor of the Roosevelt family and as Secretary of the Treasury he became the first Jewish cabinet member.",
    ),
    (
        "https://justquotes.pages.dev/posts/0356",
        "His reliance upon the advice of Frankfurter, Cohen, and Corcoran resulted in the appointment of Jewish professionals to most of the New Deal agencies.",
    ),
    (
        "https://www.freerepublic.com/focus/f-chat/3004706/replies?c=16",
        "Felix Frankfurter was Roosevelt's Jewish Supreme Court appointee, but there had been two previous Jewish SCOTUS justices - Louis Brandeis (appointed by Wilson) and Benjamin Cardozo (appointed by Hoover).",
    ),
    (
        "https://core-prod.cambridgecore.org/core/journals/international-review-of-social-history/article/russian-political-masonry-and-the-february-revolution-of-1917/33CEA258C54DF0948852AA2C0A4EBD1E",
        "Indeed, political Masonry was first mentioned in the historiography on the February Revolution only in the early 1930's.",
    ),
    (
        "https://core-prod.cambridgecore.org/core/journals/international-review-of-social-history/article/russian-political-masonry-and-the-february-revolution-of-1917/33CEA258C54DF0948852AA2C0A4EBD1E",
        "Few problems in modern Russian history are more complex or more bewildering than that of political Masonry and its contribution to early-twentieth-century oppositional politics.",
    ),
    (
        "https://trantor.is/content/uLyW_faUU0dCh2V0/Chapter002.html",
        "In fact, at least twenty-five U.S. presidents and vice-presidents have been active and enthusiastic supporters of Masonry.",
    ),
    (
        "https://trantor.is/content/uLyW_faUU0dCh2V0/Chapter002.html",
        "Two of them—Harry Truman and Gerald Ford—could boast 33rd Degree status, the highest level of recognition within the organization.",
    ),
    (
        "https://jewishreviewofbooks.com/?p=12402",
        "“Dear Buber, A very fine theme, the revolution and the Jews,” wrote the Jewish anarchist Gustav Landauer in 1918 at the outset of the short-lived November Revolution.",
    ),
    (
        "http://20.210.105.67/txt/time/Time1934/1934-05-21/747415.html",
        "Only 30 in the 1,000 top jobs of the Federal Government, or 3%.",
    ),
    (
        "https://gahistoricnewspapers.galileo.usg.edu/lccn/sn78003973/1933-09-01/ed-1/seq-12/ocr/",
        "In this article Mr. Postal gives the first complete review of all the Jewish men and women who have become associated in one capacity or another with the New Deal of the Roosevelt Administration in Washington.",
    ),
]
neu_es = [
    (
        "https://1917.rt.com/es/cards/58bd20662ce74067e8345533",
        "En las filas de los principales partidos revolucionarios de la época —el Partido Social Revolucionario y el Partido Obrero Socialdemócrata de Rusia— había numerosos hebreos.",
    ),
    (
        "https://1917.rt.com/es/cards/58bd20662ce74067e8345533",
        "Gran parte del ala bolchevique de la socialdemocracia rusa era judía, pero su representación era aún mayor en la fracción menchevique de ese mismo partido.",
    ),
    (
        "https://1917.rt.com/es/cards/58bd20662ce74067e8345533",
        "Sin embargo, tanto Trotski como otros líderes comunistas como Svérdlov, Zinóviev (Radomislski) o Kámenev (Rosenfeld) no eran precisamente personas religiosas, sino enemigos declarados del judaísmo.",
    ),
    (
        "https://hmong.es/es/Lev_Kamenev",
        "Lev Borísovich Kámenev, cuyo apellido de nacimiento era Rosenfeld, fue un revolucionario bolchevique y un destacado político soviético de origen judío, además fue un veterano miembro del Politburó.",
    ),
    (
        "https://es.stringtranslate.com/Grigory%20Zinoviev%20/Grigory_Zinoviev",
        "Nacido en Ucrania en el seno de una familia judía, Zinoviev se unió al Partido Obrero Socialdemócrata Ruso en 1901.",
    ),
    (
        "http://blogdecarlosbraverman.blogspot.com/2010/08/trotsky-y-la-cuestion-judia-70_23.html",
        "La trayectoria y las ideas de Trotsky con relación al judaísmo presentan un múltiple interés, primero, obviamente por el propio origen judío de Trotsky.",
    ),
    (
        "http://blogdecarlosbraverman.blogspot.com/2010/08/trotsky-y-la-cuestion-judia-70_23.html",
        "El Bund era una organización judía dentro del partido de Rusia.",
    ),
    (
        "https://bo.nowurthinking.com/3090-walther-rathenau.html",
        "Walther Rathenau, hijo de Emil Rathenau, un exitoso empresario judío que fundó Allgemeine-Elektrizitats-Gellellschaft (AEG), nació en Berlín el 29 de septiembre de 1867.",
    ),
    (
        "https://bo.nowurthinking.com/3090-walther-rathenau.html",
        "Ahora fue criticado por los líderes del Partido Nazi que afirmaron que era parte de una conspiración judío-comunista.",
    ),
    (
        "http://lindacaritzastreet.blogspot.com/2008/09/el-judo-que-quiso-ser-alemn.html",
        "Rathenau fue un judío integracionista, en el debate que había en la comunidad judía él optó por integrarse en la sociedad alemana.",
    ),
    (
        "https://wp1.es-es.nina.az/B%c3%a9la_Kun.html",
        "Béla Kun, nacido como Cohn Béla, fue un destacado político comunista húngaro de origen judío que gobernó Hungría durante un breve período en 1919.",
    ),
    (
        "https://epubs.bibliotk.mx/epubReader/reader/files/6229/OEBPS/Text/b.xhtml",
        "Muchos de los principales dirigentes republicanos eran masones.",
    ),
    (
        "https://epubs.bibliotk.mx/epubReader/reader/files/6229/OEBPS/Text/b.xhtml",
        "Un cierto número de otras figuras importantes como Marcelino Domingo y Luis Companys eran masones de importancia jerárquica menor.",
    ),
    (
        "https://epubs.bibliotk.mx/epubReader/reader/files/6229/OEBPS/Text/b.xhtml",
        "Manuel Azaña se hizo masón a finales de 1931.",
    ),
    (
        "https://epubs.bibliotk.mx/epubReader/reader/files/6229/OEBPS/Text/b.xhtml",
        "Hubo persistentes rumores de que el presidente Alcalá-Zamora era masón; pero éste no sólo no se unió a ellos, sino que compartía muchos de los exagerados temores hacia la masonería comunes entre los católicos españoles.",
    ),
    (
        "https://www.ultimahora.es/opinion/tribuna/2022/09/23/1796965/sabiduria-secreta.html",
        "Diego Martínez Barrio, ministro del Interior, era grado 33 de la Francmasonería española.",
    ),
    (
        "https://noloseytu.blogspot.com/2019/06/monarcas-masones.html",
        "En 1782, Enrique Federico, duque de Cumberland y hermano del rey Jorge III, se convirtió en el primer gran maestro perteneciente a la realeza.",
    ),
    (
        "https://noloseytu.blogspot.com/2019/06/monarcas-masones.html",
        "Eduardo VIII también fue masón y gran maestro en 1936.",
    ),
    (
        "http://www.asturmason.net/search/label/Diputado",
        "Entre los afiliados que se adentran en el hiramismo a través del citado taller, hay una gran monto de republicanos federales, con nombres tan conocidos como Julio Alvarez del Vayo, Benito Artigas, o Fabra Rivas.",
    ),
    (
        "http://www.scielo.sa.cr/scielo.php?script=sci_arttext&pid=S1659-42232015000100006",
        "Las criticadas interconexiones entre masonería y política en Madrid deben abordarse desde diferentes puntos de vista, puesto que nos encontramos ante una institución compleja.",
    ),
    (
        "https://vdocumento.com/los-judos-y-la-urss-2020-6-22-resumen-a-fines-del-siglo-xvii-las-comunidades.html",
        "Cien años después de la Revolución de Octubre, el papel de los judíos en aquel proceso sigue siendo objeto de debate.",
    ),
    (
        "http://aurora-israel.co.il/tres-y-mas-judios-en-la-roja-revolucion/",
        "Podríamos mencionar primero al propio Marx con sus abuelos rabinos por ambos lados, y a Lenin que ignoró deliberadamente el origen judío de su madre.",
    ),
    (
        "https://www.eldebate.com/espana/cataluna/barcelona/20250224/monumento-barcelona-recuerda-judios-lucharon-bando-republicano-guerra-civil_272266.html",
        "Según Arno Lustiger, en las Brigadas hubo entre 32.000 y 42.000 hombres, de los que unos 6.000 eran judíos.",
    ),
    (
        "https://ceip.org.ar/La-posicion-de-Trotsky-sobre-el-antisemitismo-el-sionismo-y-las-perspectivas-de-la-cuestion-judia",
        "El antisemitismo, el sionismo y la cuestión judía no constituyeron un tema central en los escritos de León Trotsky.",
    ),
]
HERE = os.path.dirname(os.path.abspath(__file__))


def w(path, rows):
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


out = []
for lang, items in (("en", real_en), ("es", real_es)):
    for i, (u, t, fl) in enumerate(items, 1):
        for s, _ in fl:
            assert s in t, (s, t)
        out.append(
            {
                "id": f"b16j-{lang}-f{i:02d}",
                "lang": lang,
                "period": "historical",
                "text": t,
                "neutral": False,
                "flags": [{"text": s, "technique": tech, "voice": "author", "speaker": None} for s, tech in fl],
                "url": u,
            }
        )
w(HERE + "/../blind16j_real.jsonl", out)
out = []
for lang, items in (("en", neu_en), ("es", neu_es)):
    for i, (u, t) in enumerate(items, 1):
        out.append(
            {
                "id": f"b16j-{lang}-n{i:02d}",
                "lang": lang,
                "period": "historical",
                "text": t,
                "neutral": True,
                "flags": [],
                "url": u,
            }
        )
w(HERE + "/../blind16j_neutral.jsonl", out)
print(len(real_en), len(real_es), len(neu_en), len(neu_es))
