/**
 * Places, conflicts and regions that name no country ("the Falklands War", "Kashmir", "Persian
 * Gulf", "Tiananmen", "the Middle East"): the countries whose perspectives each involves (every
 * side of a dispute, the place itself where it has its own web, the larger countries of a region)
 * and, where well known, the words each side uses.
 *
 * Curated by hand and kept small: every name is a Wikipedia article title or redirect in the
 * language it is written in (en/es/fr/de/pt), or a region's adjective ("Latin American"), and
 * every side's term carries its source in a comment. Matching is whole-word, case- and
 * accent-insensitive, through the same folding as the country names (lib/geo/fold.ts, which is
 * all this file imports, so the assignment analyzer can read it without the country table). No name here is an everyday word on its own: "Gulf",
 * "Pacific", "Troubles", "East Sea" (the Sea of Japan to Koreans, the South China Sea to
 * Vietnamese) and "Mexican War" (which would swallow "Mexican War of Independence") are left out.
 */
import { foldPhrase, tokenize } from '../geo/fold.ts';

/** How a country takes part in a place or event (or lies in a region); decides the reason the person reads. */
export type PlaceRole = 'side' | 'party' | 'where' | 'involved' | 'in';

/** Words one side uses for the place or event, in one language. */
export interface PlaceTerm {
  /** BCP 47 language of the words ('es', 'fa', 'zh-Hant'). */
  lang: string;
  text: string;
}

/** One country in a place or event. */
export interface PlaceSide {
  /** ISO 3166-1 alpha-2. */
  country: string;
  role: PlaceRole;
  /** That side's own words, most used first. */
  terms?: PlaceTerm[];
  /** A reason that fits better than the role's sentence (the islanders, a government in exile). */
  reason?: { en: string; es: string };
}

/** A place, conflict or event in the table. */
export interface Place {
  id: string;
  /** How the reasons name it: "the Falklands/Malvinas dispute", "la disputa por las Malvinas". */
  label: { en: string; es: string };
  /** Names in en/es/fr/de/pt (and the sides' own), matched as whole words. */
  names: string[];
  /** In the order the perspectives are offered: the two main sides first. */
  sides: PlaceSide[];
}

const t = (lang: string, text: string): PlaceTerm => ({ lang, text });

/** The table. Sources of each side's words are Wikipedia articles unless said otherwise. */
export const PLACES: readonly Place[] = [
  {
    id: 'falklands',
    label: { en: 'the Falklands/Malvinas dispute', es: 'la disputa por las Malvinas' },
    names: [
      'Falklands', 'Falkland Islands', 'Falklands War', 'Falkland War', 'Falklands Conflict', 'Falklands crisis',
      'Malvinas', 'Islas Malvinas', 'Guerra de las Malvinas', 'Guerra de Malvinas', 'Malvinas War',
      'Malouines', 'îles Malouines', 'guerre des Malouines', 'Falklandinseln', 'Falklandkrieg', 'Guerra das Malvinas', 'Ilhas Malvinas',
    ],
    sides: [
      // es.wikipedia "Guerra de las Malvinas", "Islas Malvinas"; "Guerra de Malvinas" is the
      // Argentine form (Ley 25.370, "Día del Veterano y de los Caídos en la Guerra de Malvinas").
      { country: 'AR', role: 'side', terms: [t('es', 'Guerra de Malvinas'), t('es', 'Islas Malvinas')] },
      // en.wikipedia "Falklands War", "Falkland Islands".
      { country: 'GB', role: 'side', terms: [t('en', 'Falklands War'), t('en', 'Falkland Islands')] },
      { country: 'FK', role: 'involved', reason: { en: 'the islanders themselves live there', es: 'allí viven los propios isleños' } },
    ],
  },
  {
    id: 'iran-hostage-crisis',
    label: { en: 'the Iran hostage crisis', es: 'la crisis de los rehenes en Irán' },
    names: [
      'Iran hostage crisis', 'Iranian hostage crisis', 'Iran–United States hostage crisis', 'crisis de los rehenes en Irán',
      'crisis de los rehenes de Irán', 'crise des otages américains en Iran', 'crise des otages en Iran', 'Geiselnahme von Teheran',
      'crise dos reféns no Irã', 'crise dos reféns americanos no Irã', 'crise dos reféns no Irão',
    ],
    sides: [
      // November's example (seed 002, question 1), and the en.wikipedia lede: "referred to within
      // Iran in Persian as تسخیر لانه جاسوسی آمریکا (Conquest of the American Spy Den)".
      { country: 'IR', role: 'side', terms: [t('en', 'conquest of the American spy den'), t('fa', 'تسخیر لانه جاسوسی آمریکا')] },
      { country: 'US', role: 'side', terms: [t('en', 'Iran hostage crisis')] },
    ],
  },
  {
    id: 'kashmir',
    label: { en: 'the Kashmir conflict', es: 'el conflicto de Cachemira' },
    names: [
      'Kashmir', 'Kashmir conflict', 'Kashmir dispute', 'Jammu and Kashmir', 'Azad Kashmir', 'Pakistan-occupied Kashmir',
      'Indian-occupied Kashmir', 'Cachemira', 'conflicto de Cachemira', 'Cachemire', 'conflit du Cachemire', 'Kaschmir',
      'Kaschmir-Konflikt', 'Caxemira', 'Conflito da Caxemira',
    ],
    sides: [
      // en.wikipedia "Azad Kashmir": India calls it "Pakistan-occupied Kashmir" (PoK).
      { country: 'IN', role: 'side', terms: [t('en', 'Pakistan-occupied Kashmir')] },
      // Pakistan's Foreign Office since 2019: "Indian Illegally Occupied Jammu and Kashmir" (IIOJK);
      // en.wikipedia "Azad Kashmir" for the name of the part Pakistan administers.
      { country: 'PK', role: 'side', terms: [t('en', 'Indian Illegally Occupied Jammu and Kashmir'), t('en', 'Azad Kashmir')] },
      // en.wikipedia "Aksai Chin": administered by China, claimed by India.
      { country: 'CN', role: 'side' },
    ],
  },
  {
    id: 'aksai-chin',
    label: { en: 'the China–India border dispute', es: 'la disputa fronteriza entre China e India' },
    names: ['Aksai Chin', 'Arunachal Pradesh', 'Zangnan', 'South Tibet', 'McMahon Line', 'Línea McMahon', 'ligne McMahon'],
    sides: [
      { country: 'IN', role: 'side', terms: [t('en', 'Arunachal Pradesh')] },
      // en.wikipedia "Arunachal Pradesh": China claims it as "Zangnan" (藏南, South Tibet).
      { country: 'CN', role: 'side', terms: [t('zh', '藏南'), t('en', 'Zangnan')] },
    ],
  },
  {
    id: 'crimea',
    label: { en: 'the dispute over Crimea', es: 'la disputa por Crimea' },
    names: [
      'Crimea', 'Crimean Peninsula', 'annexation of Crimea', 'Crimean crisis', 'anexión de Crimea', 'Crimée', 'annexion de la Crimée',
      'Krim', 'Annexion der Krim', 'Krimkrise', 'Crimeia', 'anexação da Crimeia',
    ],
    sides: [
      // Ukraine's law of 15 April 2014 and its MFA: "temporarily occupied territory" of Crimea.
      { country: 'UA', role: 'side', terms: [t('en', 'temporarily occupied Crimea'), t('uk', 'тимчасово окупований Крим')] },
      // ru.wikipedia "Присоединение Крыма к Российской Федерации": officially "воссоединение Крыма с Россией".
      { country: 'RU', role: 'side', terms: [t('ru', 'воссоединение Крыма с Россией'), t('en', 'reunification of Crimea with Russia')] },
    ],
  },
  {
    id: 'crimean-war',
    label: { en: 'the Crimean War', es: 'la guerra de Crimea' },
    names: ['Crimean War', 'Guerra de Crimea', 'guerre de Crimée', 'Krimkrieg', 'Guerra da Crimeia'],
    sides: [
      { country: 'RU', role: 'side' },
      { country: 'TR', role: 'side', reason: { en: 'the Ottoman Empire, one side in the Crimean War', es: 'el Imperio otomano, una de las partes en la guerra de Crimea' } },
      { country: 'GB', role: 'side' },
      { country: 'FR', role: 'side' },
    ],
  },
  {
    id: 'russia-ukraine-war',
    label: { en: 'the Russian invasion of Ukraine', es: 'la invasión rusa de Ucrania' },
    names: [
      'Russian invasion of Ukraine', 'Russo-Ukrainian War', 'war in Ukraine', 'invasión rusa de Ucrania', 'guerra ruso-ucraniana',
      'guerra en Ucrania', "invasion de l'Ukraine", "invasion russe de l'Ukraine", 'guerre en Ukraine', 'russischer Überfall auf die Ukraine',
      'Russisch-Ukrainischer Krieg', 'Krieg in der Ukraine', 'invasão russa da Ucrânia', 'guerra na Ucrânia',
    ],
    sides: [
      { country: 'UA', role: 'side' },
      // en.wikipedia "Russian invasion of Ukraine": called a "special military operation" by Russia.
      { country: 'RU', role: 'side', terms: [t('ru', 'специальная военная операция'), t('en', 'special military operation')] },
    ],
  },
  {
    id: 'donbas',
    label: { en: 'the war in Donbas', es: 'la guerra del Dombás' },
    names: ['Donbas', 'Donbass', 'Donbás', 'Dombás', 'War in Donbas', 'Guerra del Donbás', 'guerre du Donbass', 'Donbas-Krieg'],
    sides: [{ country: 'UA', role: 'side' }, { country: 'RU', role: 'side' }],
  },
  {
    id: 'gaza',
    label: { en: 'the conflict over Gaza', es: 'el conflicto de Gaza' },
    names: ['Gaza', 'Gaza Strip', 'Gaza war', 'Franja de Gaza', 'guerra de Gaza', 'bande de Gaza', 'guerre de Gaza', 'Gazastreifen', 'Gazakrieg', 'Faixa de Gaza'],
    sides: [{ country: 'PS', role: 'side' }, { country: 'IL', role: 'side' }],
  },
  {
    id: 'west-bank',
    label: { en: 'the conflict over the West Bank', es: 'el conflicto de Cisjordania' },
    names: [
      'West Bank', 'West Bank settlements', 'Israeli settlements', 'Judea and Samaria', 'Cisjordania', 'asentamientos israelíes',
      'Cisjordanie', 'colonies israéliennes', 'Westjordanland', 'israelische Siedlungen', 'Cisjordânia', 'colonatos israelitas',
    ],
    sides: [
      // UN and Palestinian usage: "occupied West Bank"; ar.wikipedia "الضفة الغربية".
      { country: 'PS', role: 'side', terms: [t('en', 'occupied West Bank'), t('ar', 'الضفة الغربية')] },
      // en.wikipedia "Judea and Samaria Area": Israel's administrative name (he: יהודה ושומרון).
      { country: 'IL', role: 'side', terms: [t('en', 'Judea and Samaria'), t('he', 'יהודה ושומרון')] },
    ],
  },
  {
    id: 'golan',
    label: { en: 'the dispute over the Golan Heights', es: 'la disputa por los Altos del Golán' },
    names: ['Golan Heights', 'Golan', 'Altos del Golán', 'plateau du Golan', 'Golanhöhen', 'Colinas de Golã'],
    sides: [
      // Syrian and UN usage: "occupied Syrian Golan" (ar: الجولان السوري المحتل).
      { country: 'SY', role: 'side', terms: [t('en', 'occupied Syrian Golan'), t('ar', 'الجولان السوري المحتل')] },
      { country: 'IL', role: 'side' },
    ],
  },
  {
    id: 'war-1948',
    label: { en: 'the 1948 war', es: 'la guerra de 1948' },
    names: [
      'Nakba', 'Naqba', '1948 Arab–Israeli War', '1948 Palestine war', 'Israeli War of Independence', 'guerra árabe-israelí de 1948',
      'guerre israélo-arabe de 1948', 'Palästinakrieg', 'Guerra árabe-israelense de 1948',
    ],
    sides: [
      // en.wikipedia "1948 Arab–Israeli War": "War of Independence" in Israel (he: מלחמת העצמאות),
      // "al-Nakba" (the catastrophe) for Palestinians (ar: النكبة).
      { country: 'IL', role: 'side', terms: [t('en', 'War of Independence'), t('he', 'מלחמת העצמאות')] },
      { country: 'PS', role: 'side', terms: [t('en', 'Nakba'), t('ar', 'النكبة')] },
    ],
  },
  {
    id: 'six-day-war',
    label: { en: 'the Six-Day War', es: 'la guerra de los Seis Días' },
    names: ['Six-Day War', 'Six Day War', '1967 Arab–Israeli War', 'Naksa', 'Guerra de los Seis Días', 'guerre des Six Jours', 'Sechstagekrieg', 'Guerra dos Seis Dias'],
    sides: [
      { country: 'IL', role: 'side' },
      // en.wikipedia "Six-Day War": known in the Arab world as an-Naksa (النكسة, "the setback").
      { country: 'EG', role: 'side', terms: [t('ar', 'النكسة'), t('en', 'Naksa')] },
      { country: 'SY', role: 'side' },
      { country: 'JO', role: 'side' },
    ],
  },
  {
    id: 'suez-crisis',
    label: { en: 'the Suez Crisis', es: 'la crisis de Suez' },
    names: ['Suez Crisis', 'Suez War', 'Tripartite Aggression', 'Crisis de Suez', 'Crisis del canal de Suez', 'crise de Suez', 'Suezkrise', 'Crise de Suez'],
    sides: [
      // en.wikipedia "Suez Crisis": "the Tripartite Aggression" in the Arab world (ar: العدوان الثلاثي).
      { country: 'EG', role: 'side', terms: [t('en', 'Tripartite Aggression'), t('ar', 'العدوان الثلاثي')] },
      { country: 'GB', role: 'side' },
      { country: 'FR', role: 'side' },
      { country: 'IL', role: 'side' },
    ],
  },
  {
    id: 'persian-gulf',
    label: { en: 'the dispute over the name of the Persian Gulf', es: 'la disputa por el nombre del golfo Pérsico' },
    names: ['Persian Gulf', 'Arabian Gulf', 'Golfo Pérsico', 'Golfo Arábigo', 'golfe Persique', 'golfe Arabo-Persique', 'Persischer Golf', 'Arabischer Golf'],
    sides: [
      // en.wikipedia "Persian Gulf naming dispute": Iran insists on "Persian Gulf" (fa: خلیج فارس);
      // Arab states use "Arabian Gulf" (ar: الخليج العربي).
      { country: 'IR', role: 'side', terms: [t('fa', 'خلیج فارس'), t('en', 'Persian Gulf')] },
      { country: 'SA', role: 'side', terms: [t('ar', 'الخليج العربي'), t('en', 'Arabian Gulf')] },
      { country: 'AE', role: 'side', terms: [t('en', 'Arabian Gulf')] },
      { country: 'KW', role: 'side' },
      { country: 'QA', role: 'side' },
      { country: 'BH', role: 'side' },
    ],
  },
  {
    id: 'gulf-war',
    label: { en: 'the Gulf War', es: 'la guerra del Golfo' },
    names: [
      'Gulf War', 'Persian Gulf War', 'First Gulf War', 'Operation Desert Storm', 'Desert Storm', 'Guerra del Golfo',
      'Guerra del Golfo Pérsico', 'guerre du Golfe', 'Golfkrieg', 'Zweiter Golfkrieg', 'Guerra do Golfo',
    ],
    sides: [
      // en.wikipedia "Gulf War": Saddam Hussein's name for it, "the Mother of All Battles" (ar: أم المعارك).
      { country: 'IQ', role: 'side', terms: [t('ar', 'أم المعارك'), t('en', 'Mother of All Battles')] },
      { country: 'KW', role: 'side' },
      { country: 'US', role: 'side' },
      { country: 'SA', role: 'side' },
    ],
  },
  {
    // Listed so that "Iran–Iraq War" is not read as "Iran" + "Iraq War".
    id: 'iran-iraq-war',
    label: { en: 'the Iran–Iraq War', es: 'la guerra Irán-Irak' },
    names: ['Iran–Iraq War', 'Iraq–Iran War', 'Guerra Irán-Irak', 'Guerra Irán-Iraq', 'guerre Iran-Irak', 'Iran-Irak-Krieg', 'Erster Golfkrieg', 'Guerra Irã-Iraque', 'Guerra Irão-Iraque'],
    sides: [
      // en.wikipedia "Iran–Iraq War": "the Imposed War" (جنگ تحمیلی) and "the Holy Defence"
      // (دفاع مقدس) in Iran; "Saddam's Qadisiyyah" (قادسية صدام) in Ba'athist Iraq.
      { country: 'IR', role: 'side', terms: [t('fa', 'دفاع مقدس'), t('fa', 'جنگ تحمیلی')] },
      { country: 'IQ', role: 'side', terms: [t('ar', 'قادسية صدام')] },
    ],
  },
  {
    id: 'iraq-war',
    label: { en: 'the Iraq War', es: 'la guerra de Irak' },
    names: ['Iraq War', '2003 invasion of Iraq', 'invasion of Iraq', 'Guerra de Irak', 'invasión de Irak', "guerre d'Irak", 'Irakkrieg', 'Guerra do Iraque'],
    sides: [
      { country: 'IQ', role: 'side' },
      // en.wikipedia "2003 invasion of Iraq": the US operation's name.
      { country: 'US', role: 'side', terms: [t('en', 'Operation Iraqi Freedom')] },
      { country: 'GB', role: 'side' },
    ],
  },
  {
    id: 'sea-of-japan',
    label: { en: 'the dispute over the name of the Sea of Japan', es: 'la disputa por el nombre del mar de Japón' },
    names: ['Sea of Japan', 'East Sea of Korea', 'Mar de Japón', 'Mar del Japón', 'mer du Japon', 'Japanisches Meer', 'Mar do Japão'],
    sides: [
      // en.wikipedia "Sea of Japan naming dispute": Japan "Sea of Japan" (日本海), South Korea
      // "East Sea" (동해), North Korea "East Sea of Korea" (조선동해).
      { country: 'JP', role: 'side', terms: [t('ja', '日本海'), t('en', 'Sea of Japan')] },
      { country: 'KR', role: 'side', terms: [t('ko', '동해'), t('en', 'East Sea')] },
      { country: 'KP', role: 'side', terms: [t('ko', '조선동해'), t('en', 'East Sea of Korea')] },
      { country: 'RU', role: 'involved' },
    ],
  },
  {
    id: 'south-china-sea',
    label: { en: 'the South China Sea disputes', es: 'las disputas del mar de la China Meridional' },
    names: [
      'South China Sea', 'West Philippine Sea', 'Spratly Islands', 'Spratlys', 'Paracel Islands', 'Scarborough Shoal', 'nine-dash line',
      'Mar de la China Meridional', 'Mar de China Meridional', 'islas Spratly', 'mer de Chine méridionale', 'Südchinesisches Meer',
      'Mar da China Meridional',
    ],
    sides: [
      { country: 'CN', role: 'side', terms: [t('zh', '南海')] },
      // en.wikipedia "West Philippine Sea": Administrative Order No. 29 (2012).
      { country: 'PH', role: 'side', terms: [t('en', 'West Philippine Sea')] },
      // en.wikipedia "South China Sea": called Biển Đông ("East Sea") in Vietnam.
      { country: 'VN', role: 'side', terms: [t('vi', 'Biển Đông'), t('en', 'East Sea')] },
      { country: 'MY', role: 'side' },
      { country: 'TW', role: 'side' },
      { country: 'BN', role: 'side' },
    ],
  },
  {
    id: 'taiwan-strait',
    label: { en: 'the dispute across the Taiwan Strait', es: 'la disputa del estrecho de Taiwán' },
    names: [
      'Taiwan Strait', 'Strait of Taiwan', 'Formosa Strait', 'cross-strait relations', 'Taiwan Strait crisis', 'Estrecho de Taiwán',
      'détroit de Taïwan', 'Taiwanstraße', 'Estreito de Taiwan',
    ],
    sides: [
      // PRC white paper "The Taiwan Question and China's Reunification in the New Era" (2022).
      { country: 'CN', role: 'side', terms: [t('zh', '台湾问题'), t('en', 'Taiwan question')] },
      { country: 'TW', role: 'side' },
      { country: 'US', role: 'involved' },
    ],
  },
  {
    id: 'tibet',
    label: { en: 'the question of Tibet', es: 'la cuestión del Tíbet' },
    names: ['Tibet', 'Tíbet', 'Tibete', 'Xizang', 'annexation of Tibet', 'Tibetan uprising', 'anexión del Tíbet', 'invasión del Tíbet'],
    sides: [
      // en.wikipedia "Annexation of Tibet by the People's Republic of China": the "Peaceful
      // Liberation of Tibet" (西藏和平解放) in China; "Xizang" in China's white papers since 2023.
      { country: 'CN', role: 'side', terms: [t('zh', '西藏和平解放'), t('en', 'peaceful liberation of Tibet'), t('en', 'Xizang')] },
      { country: 'IN', role: 'involved', reason: { en: 'the Tibetan government in exile is based there', es: 'allí tiene su sede el gobierno tibetano en el exilio' } },
    ],
  },
  {
    id: 'western-sahara',
    label: { en: 'the Western Sahara conflict', es: 'el conflicto del Sáhara Occidental' },
    names: ['Western Sahara', 'Sahrawi Republic', 'Polisario Front', 'Sahara Occidental', 'Sáhara Occidental', 'Westsahara', 'Saara Ocidental', 'Moroccan Sahara'],
    sides: [
      // en.wikipedia "Western Sahara": Morocco calls it its "Southern Provinces"/"Moroccan Sahara"
      // (fr: Sahara marocain; ar: الصحراء المغربية).
      { country: 'MA', role: 'side', terms: [t('fr', 'Sahara marocain'), t('ar', 'الصحراء المغربية'), t('en', 'Moroccan Sahara')] },
      { country: 'EH', role: 'side' },
      { country: 'DZ', role: 'involved', reason: { en: 'it backs the Polisario Front and hosts the Sahrawi refugee camps', es: 'apoya al Frente Polisario y acoge los campamentos de refugiados saharauis' } },
    ],
  },
  {
    id: 'gibraltar',
    label: { en: 'the dispute over Gibraltar', es: 'la disputa por Gibraltar' },
    names: ['Gibraltar', 'Rock of Gibraltar', 'Peñón de Gibraltar'],
    sides: [
      { country: 'GB', role: 'side' },
      // es.wikipedia "Gibraltar": "el Peñón" in Spanish usage.
      { country: 'ES', role: 'side', terms: [t('es', 'Peñón de Gibraltar')] },
      { country: 'GI', role: 'involved', reason: { en: 'the people of Gibraltar live there', es: 'allí viven los gibraltareños' } },
    ],
  },
  {
    id: 'kosovo',
    label: { en: 'the Kosovo question', es: 'la cuestión de Kosovo' },
    names: ['Kosovo', 'Kosova', 'Kosovo War', 'Guerra de Kosovo', 'guerre du Kosovo', 'Kosovokrieg', 'Guerra do Kosovo'],
    sides: [
      { country: 'XK', role: 'side', terms: [t('sq', 'Kosova')] },
      // sr.wikipedia "Косово и Метохија": Serbia's constitutional name for the province.
      { country: 'RS', role: 'side', terms: [t('sr', 'Косово и Метохија'), t('en', 'Kosovo and Metohija')] },
    ],
  },
  {
    id: 'bosnian-war',
    label: { en: 'the Bosnian War', es: 'la guerra de Bosnia' },
    names: ['Bosnian War', 'Srebrenica', 'Srebrenica massacre', 'Srebrenica genocide', 'Guerra de Bosnia', 'guerre de Bosnie-Herzégovine', 'Bosnienkrieg', 'Guerra da Bósnia'],
    sides: [{ country: 'BA', role: 'side' }, { country: 'RS', role: 'side' }, { country: 'HR', role: 'side' }],
  },
  {
    id: 'nagorno-karabakh',
    label: { en: 'the Nagorno-Karabakh conflict', es: 'el conflicto de Nagorno Karabaj' },
    names: [
      'Nagorno-Karabakh', 'Karabakh', 'Karabagh', 'Artsakh', 'Nagorno Karabaj', 'Alto Karabaj', 'Haut-Karabagh', 'Bergkarabach',
      'Berg-Karabach', 'Alto Carabaque', 'Nagorno-Karabakh conflict',
    ],
    sides: [
      // en.wikipedia "Nagorno-Karabakh": "Artsakh" (Արցախ) in Armenian; "Qarabağ" in Azerbaijani.
      { country: 'AM', role: 'side', terms: [t('hy', 'Արցախ'), t('en', 'Artsakh')] },
      { country: 'AZ', role: 'side', terms: [t('az', 'Qarabağ')] },
    ],
  },
  {
    id: 'georgia-breakaway',
    label: { en: 'the conflicts over Abkhazia and South Ossetia', es: 'los conflictos de Abjasia y Osetia del Sur' },
    names: [
      'Abkhazia', 'South Ossetia', 'Russo-Georgian War', 'Abjasia', 'Osetia del Sur', 'Abkhazie', 'Ossétie du Sud', 'Abchasien',
      'Südossetien', 'Abecásia', 'Ossétia do Sul',
    ],
    sides: [{ country: 'GE', role: 'side' }, { country: 'RU', role: 'side' }],
  },
  {
    id: 'transnistria',
    label: { en: 'the Transnistria conflict', es: 'el conflicto de Transnistria' },
    names: ['Transnistria', 'Transdniestria', 'Pridnestrovie', 'Transnistrie', 'Transnistrien'],
    sides: [
      { country: 'MD', role: 'side' },
      // ru.wikipedia "Приднестровская Молдавская Республика": "Приднестровье" in Russian.
      { country: 'RU', role: 'involved', terms: [t('ru', 'Приднестровье')] },
    ],
  },
  {
    id: 'cyprus',
    label: { en: 'the Cyprus dispute', es: 'el conflicto de Chipre' },
    names: [
      'Northern Cyprus', 'North Cyprus', 'Turkish Republic of Northern Cyprus', 'Cyprus problem', 'Cyprus dispute', 'Cyprus conflict',
      'Turkish invasion of Cyprus', 'Chipre del Norte', 'Chypre du Nord', 'Nordzypern', 'Chipre do Norte', 'KKTC',
    ],
    sides: [
      // en.wikipedia "Northern Cyprus": the Republic of Cyprus calls it the "occupied areas" (κατεχόμενα).
      { country: 'CY', role: 'side', terms: [t('el', 'κατεχόμενα'), t('en', 'occupied areas')] },
      // tr.wikipedia "Kıbrıs Barış Harekâtı" (the 1974 "Cyprus Peace Operation") and "Kuzey Kıbrıs Türk Cumhuriyeti".
      { country: 'TR', role: 'side', terms: [t('tr', 'Kıbrıs Barış Harekâtı'), t('tr', 'Kuzey Kıbrıs Türk Cumhuriyeti')] },
    ],
  },
  {
    id: 'northern-ireland',
    label: { en: 'the conflict in Northern Ireland', es: 'el conflicto de Irlanda del Norte' },
    names: ['Northern Ireland', 'Northern Ireland conflict', 'Good Friday Agreement', 'Irlanda del Norte', 'Acuerdo de Viernes Santo', 'Irlande du Nord', 'Nordirland', 'Irlanda do Norte'],
    sides: [
      // en.wikipedia "Alternative names for Northern Ireland": unionists "Ulster", nationalists "the North of Ireland".
      { country: 'GB', role: 'side', terms: [t('en', 'Ulster')] },
      { country: 'IE', role: 'side', terms: [t('en', 'North of Ireland')] },
    ],
  },
  {
    id: 'senkaku',
    label: { en: 'the Senkaku/Diaoyu dispute', es: 'la disputa por las islas Senkaku/Diaoyu' },
    names: ['Senkaku', 'Senkaku Islands', 'Diaoyu', 'Diaoyu Islands', 'Diaoyutai', 'Pinnacle Islands', 'islas Senkaku', 'îles Senkaku', 'Senkaku-Inseln', 'ilhas Senkaku'],
    sides: [
      // en.wikipedia "Senkaku Islands dispute": 尖閣諸島 (Japan), 钓鱼岛 (PRC), 釣魚臺列嶼 (Taiwan).
      { country: 'JP', role: 'side', terms: [t('ja', '尖閣諸島'), t('en', 'Senkaku Islands')] },
      { country: 'CN', role: 'side', terms: [t('zh', '钓鱼岛'), t('en', 'Diaoyu Islands')] },
      { country: 'TW', role: 'side', terms: [t('zh-Hant', '釣魚臺列嶼'), t('en', 'Diaoyutai Islands')] },
    ],
  },
  {
    id: 'dokdo',
    label: { en: 'the Dokdo/Takeshima dispute', es: 'la disputa por Dokdo/Takeshima' },
    names: ['Dokdo', 'Takeshima', 'Liancourt Rocks', 'rocas de Liancourt', 'rochers Liancourt', 'Liancourt-Felsen'],
    sides: [
      // en.wikipedia "Liancourt Rocks dispute": 독도 (Korea), 竹島 (Japan).
      { country: 'KR', role: 'side', terms: [t('ko', '독도'), t('en', 'Dokdo')] },
      { country: 'JP', role: 'side', terms: [t('ja', '竹島'), t('en', 'Takeshima')] },
    ],
  },
  {
    id: 'kurils',
    label: { en: 'the Kuril Islands dispute', es: 'la disputa por las islas Kuriles' },
    names: ['Kuril Islands', 'Kurile Islands', 'Kurils', 'Kuriles', 'South Kuril Islands', 'Islas Kuriles', 'îles Kouriles', 'Kurilen', 'Ilhas Curilas'],
    sides: [
      { country: 'RU', role: 'side', terms: [t('ru', 'Курильские острова')] },
      // en.wikipedia "Kuril Islands dispute": Japan's "Northern Territories" (北方領土).
      { country: 'JP', role: 'side', terms: [t('ja', '北方領土'), t('en', 'Northern Territories')] },
    ],
  },
  {
    id: 'korean-war',
    label: { en: 'the Korean War', es: 'la guerra de Corea' },
    names: ['Korean War', 'Guerra de Corea', 'guerre de Corée', 'Koreakrieg', 'Guerra da Coreia', 'Fatherland Liberation War'],
    sides: [
      // en.wikipedia "Korean War" (names): "6·25 전쟁" in the South, "Fatherland Liberation War"
      // (조국해방전쟁) in the North, "War to Resist US Aggression and Aid Korea" (抗美援朝) in China.
      { country: 'KR', role: 'side', terms: [t('ko', '6·25 전쟁')] },
      { country: 'KP', role: 'side', terms: [t('ko', '조국해방전쟁'), t('en', 'Fatherland Liberation War')] },
      { country: 'CN', role: 'side', terms: [t('zh', '抗美援朝'), t('en', 'War to Resist US Aggression and Aid Korea')] },
      { country: 'US', role: 'side' },
    ],
  },
  {
    id: 'comfort-women',
    label: { en: 'the comfort women issue', es: 'la cuestión de las mujeres de consuelo' },
    names: ['comfort women', 'mujeres de consuelo', 'femmes de réconfort', 'Trostfrauen', 'mulheres de conforto'],
    sides: [
      // en.wikipedia "Comfort women": 일본군 위안부 (Korea), 慰安婦 (Japan).
      { country: 'KR', role: 'side', terms: [t('ko', '일본군 위안부')] },
      { country: 'JP', role: 'side', terms: [t('ja', '慰安婦')] },
    ],
  },
  {
    id: 'nanjing',
    label: { en: 'the Nanjing Massacre', es: 'la masacre de Nankín' },
    names: ['Nanjing Massacre', 'Nanking Massacre', 'Rape of Nanking', 'Rape of Nanjing', 'Masacre de Nankín', 'massacre de Nankin', 'Massaker von Nanking', 'Massacre de Nanquim'],
    sides: [
      // en.wikipedia "Nanjing Massacre": 南京大屠杀 in Chinese; 南京事件 ("Nanjing Incident") in Japan.
      { country: 'CN', role: 'where', terms: [t('zh', '南京大屠杀')] },
      { country: 'JP', role: 'side', terms: [t('ja', '南京事件'), t('en', 'Nanjing Incident')] },
    ],
  },
  {
    id: 'vietnam-war',
    label: { en: 'the Vietnam War', es: 'la guerra de Vietnam' },
    names: ['Vietnam War', 'Viet Nam War', 'Guerra de Vietnam', 'guerre du Viêt Nam', 'guerre du Vietnam', 'Vietnamkrieg', 'Guerra do Vietnã', 'Guerra do Vietname'],
    sides: [
      // en.wikipedia "Vietnam War": "Resistance War Against America" (Kháng chiến chống Mỹ) in Vietnam.
      { country: 'VN', role: 'side', terms: [t('vi', 'Kháng chiến chống Mỹ'), t('en', 'Resistance War Against America')] },
      { country: 'US', role: 'side' },
    ],
  },
  {
    id: 'bay-of-pigs',
    label: { en: 'the Bay of Pigs invasion', es: 'la invasión de bahía de Cochinos' },
    names: ['Bay of Pigs', 'Bay of Pigs invasion', 'Bahía de Cochinos', 'Playa Girón', 'baie des Cochons', 'Schweinebucht', 'Baía dos Porcos'],
    sides: [
      // es.wikipedia "Invasión de bahía de Cochinos": "Playa Girón"/"Victoria de Girón" in Cuba.
      { country: 'CU', role: 'side', terms: [t('es', 'Playa Girón'), t('es', 'Victoria de Girón')] },
      { country: 'US', role: 'side' },
    ],
  },
  {
    id: 'cuban-missile-crisis',
    label: { en: 'the Cuban Missile Crisis', es: 'la crisis de los misiles en Cuba' },
    names: [
      'Cuban Missile Crisis', 'Crisis de los misiles en Cuba', 'Crisis de los misiles de Cuba', 'Crisis de Octubre', 'Caribbean Crisis',
      'crise des missiles de Cuba', 'Kubakrise', 'Crise dos mísseis de Cuba',
    ],
    sides: [
      // en.wikipedia "Cuban Missile Crisis": the "October Crisis" (Crisis de Octubre) in Cuba, the
      // "Caribbean Crisis" (Карибский кризис) in Russia.
      { country: 'CU', role: 'side', terms: [t('es', 'Crisis de Octubre')] },
      { country: 'US', role: 'side' },
      { country: 'RU', role: 'side', terms: [t('ru', 'Карибский кризис'), t('en', 'Caribbean Crisis')] },
    ],
  },
  {
    id: 'mexican-american-war',
    label: { en: 'the Mexican–American War', es: 'la intervención estadounidense en México' },
    names: [
      'Mexican–American War', 'US–Mexican War', 'Intervención estadounidense en México', 'guerra mexicano-estadounidense',
      'guerra de Estados Unidos-México', 'guerre américano-mexicaine', 'Mexikanisch-Amerikanischer Krieg', 'Guerra Mexicano-Americana',
    ],
    sides: [
      // es.wikipedia "Intervención estadounidense en México" (the article's title).
      { country: 'MX', role: 'side', terms: [t('es', 'Intervención estadounidense en México')] },
      { country: 'US', role: 'side', terms: [t('en', 'Mexican-American War')] },
    ],
  },
  {
    id: 'war-of-the-pacific',
    label: { en: 'the War of the Pacific', es: 'la guerra del Pacífico' },
    // Not "Pacific War" nor the French/Portuguese names: those are the Second World War's.
    names: ['War of the Pacific', 'Guerra del Pacífico', 'Saltpeter War', 'Salpeterkrieg'],
    sides: [{ country: 'CL', role: 'side' }, { country: 'PE', role: 'side' }, { country: 'BO', role: 'side' }],
  },
  {
    id: 'chaco-war',
    label: { en: 'the Chaco War', es: 'la guerra del Chaco' },
    names: ['Chaco War', 'Guerra del Chaco', 'guerre du Chaco', 'Chacokrieg', 'Guerra do Chaco'],
    sides: [{ country: 'BO', role: 'side' }, { country: 'PY', role: 'side' }],
  },
  {
    id: 'football-war',
    label: { en: 'the Football War', es: 'la guerra del Fútbol' },
    names: ['Football War', 'Soccer War', 'Hundred Hours War', 'Guerra del Fútbol', 'Guerra de las Cien Horas', 'guerre du football', 'Fußballkrieg', 'Guerra do Futebol'],
    sides: [{ country: 'SV', role: 'side' }, { country: 'HN', role: 'side' }],
  },
  {
    id: 'essequibo',
    label: { en: 'the Essequibo dispute', es: 'la disputa por el Esequibo' },
    names: ['Essequibo', 'Esequibo', 'Guayana Esequiba', 'Guyana–Venezuela territorial dispute'],
    sides: [
      // es.wikipedia "Guayana Esequiba": Venezuela's name for the claimed territory.
      { country: 'VE', role: 'side', terms: [t('es', 'Guayana Esequiba')] },
      { country: 'GY', role: 'side', terms: [t('en', 'Essequibo')] },
    ],
  },
  {
    id: 'chagos',
    label: { en: 'the Chagos Islands dispute', es: 'la disputa por el archipiélago de Chagos' },
    names: ['Chagos', 'Chagos Islands', 'Chagos Archipelago', 'Chagossians', 'Diego Garcia', 'British Indian Ocean Territory', 'archipiélago de Chagos', 'archipel des Chagos', 'Chagos-Archipel', 'Arquipélago de Chagos'],
    sides: [
      { country: 'MU', role: 'side' },
      { country: 'GB', role: 'side' },
      { country: 'US', role: 'involved', reason: { en: 'it runs the military base on Diego Garcia', es: 'tiene la base militar de Diego García' } },
    ],
  },
  {
    id: 'algerian-war',
    label: { en: 'the Algerian War', es: 'la guerra de Argelia' },
    names: [
      'Algerian War', 'Algerian War of Independence', 'Algerian Revolution', 'Guerra de Argelia', 'Guerra de Independencia de Argelia',
      "guerre d'Algérie", "guerre d'indépendance algérienne", 'Algerienkrieg', 'Guerra da Argélia', 'Guerra de Independência da Argélia',
    ],
    sides: [
      // ar.wikipedia "الثورة الجزائرية" (the Algerian Revolution, the article's title).
      { country: 'DZ', role: 'side', terms: [t('ar', 'الثورة الجزائرية'), t('fr', 'révolution algérienne')] },
      // fr.wikipedia "Guerre d'Algérie": "les événements d'Algérie" officially until the law of 18 October 1999.
      { country: 'FR', role: 'side', terms: [t('fr', "événements d'Algérie")] },
    ],
  },
  {
    id: 'partition-of-india',
    label: { en: 'the Partition of India', es: 'la partición de la India' },
    names: ['Partition of India', 'Partition of British India', 'Partición de la India', 'partition des Indes', "partition de l'Inde", 'Teilung Indiens', 'Partição da Índia'],
    sides: [
      { country: 'IN', role: 'side' },
      { country: 'PK', role: 'side' },
      { country: 'BD', role: 'side', reason: { en: 'then East Pakistan, divided in the Partition of India', es: 'entonces Pakistán Oriental, dividido en la partición de la India' } },
      { country: 'GB', role: 'involved' },
    ],
  },
  {
    id: 'opium-wars',
    label: { en: 'the Opium Wars', es: 'las guerras del Opio' },
    names: ['Opium War', 'Opium Wars', 'First Opium War', 'Second Opium War', 'Guerra del Opio', 'Guerras del Opio', "guerres de l'opium", "guerre de l'opium", 'Opiumkrieg', 'Opiumkriege', 'Guerras do Ópio', 'Guerra do Ópio'],
    sides: [
      // zh.wikipedia "鸦片战争".
      { country: 'CN', role: 'side', terms: [t('zh', '鸦片战争')] },
      { country: 'GB', role: 'side' },
    ],
  },
  {
    id: 'boxer-rebellion',
    label: { en: 'the Boxer Rebellion', es: 'el levantamiento de los bóxers' },
    names: ['Boxer Rebellion', 'Boxer Uprising', 'Boxer Movement', 'Rebelión de los bóxers', 'Levantamiento de los bóxers', 'révolte des Boxers', 'Boxeraufstand', 'Revolta dos Boxers'],
    sides: [
      // en.wikipedia "Boxer Rebellion": the "Yihetuan Movement" (义和团运动) in Chinese.
      { country: 'CN', role: 'side', terms: [t('zh', '义和团运动'), t('en', 'Yihetuan Movement')] },
      { country: 'GB', role: 'side' },
      { country: 'US', role: 'side' },
      { country: 'JP', role: 'side' },
      { country: 'RU', role: 'side' },
      { country: 'FR', role: 'side' },
    ],
  },
  {
    id: 'treaty-of-versailles',
    label: { en: 'the Treaty of Versailles', es: 'el Tratado de Versalles' },
    names: ['Treaty of Versailles', 'Versailles Treaty', 'Tratado de Versalles', 'traité de Versailles', 'Versailler Vertrag', 'Friedensvertrag von Versailles', 'Tratado de Versalhes'],
    sides: [
      // de.wikipedia "Friedensvertrag von Versailles": "Versailler Vertrag"; called the "Diktat
      // von Versailles" across Weimar Germany's politics.
      { country: 'DE', role: 'party', terms: [t('de', 'Versailler Vertrag'), t('de', 'Diktat von Versailles')] },
      { country: 'FR', role: 'party', terms: [t('fr', 'traité de Versailles')] },
      { country: 'GB', role: 'party' },
      { country: 'US', role: 'party' },
    ],
  },
  {
    id: 'berlin-wall',
    label: { en: 'the Berlin Wall', es: 'el Muro de Berlín' },
    names: ['Berlin Wall', 'fall of the Berlin Wall', 'Muro de Berlín', 'caída del Muro de Berlín', 'mur de Berlin', 'chute du mur de Berlin', 'Berliner Mauer', 'Mauerfall', 'Muro de Berlim'],
    sides: [
      // en.wikipedia "Berlin Wall": the GDR's "Antifaschistischer Schutzwall" (Anti-Fascist Protection Rampart).
      {
        country: 'DE',
        role: 'where',
        terms: [t('de', 'antifaschistischer Schutzwall'), t('de', 'Berliner Mauer')],
        reason: { en: 'the Berlin Wall stood there', es: 'allí estaba el Muro de Berlín' },
      },
    ],
  },
  {
    id: 'chernobyl',
    label: { en: 'the Chernobyl disaster', es: 'el accidente de Chernóbil' },
    names: ['Chernobyl', 'Chornobyl', 'Chernóbil', 'Chernobil', 'Tchernobyl', 'Tschernobyl', 'Chernobyl disaster', 'Reaktorkatastrophe von Tschernobyl'],
    sides: [
      // uk.wikipedia "Чорнобильська катастрофа"; ru.wikipedia "Авария на Чернобыльской АЭС".
      { country: 'UA', role: 'where', terms: [t('uk', 'Чорнобильська катастрофа')] },
      { country: 'BY', role: 'involved', reason: { en: 'most of the fallout landed there', es: 'allí cayó la mayor parte de la contaminación' } },
      { country: 'RU', role: 'involved', terms: [t('ru', 'авария на Чернобыльской АЭС')], reason: { en: 'the Soviet government in Moscow ran the plant', es: 'el gobierno soviético de Moscú dirigía la central' } },
    ],
  },
  {
    id: 'hiroshima-nagasaki',
    label: { en: 'the atomic bombings of Hiroshima and Nagasaki', es: 'los bombardeos atómicos de Hiroshima y Nagasaki' },
    names: ['Hiroshima', 'Nagasaki', 'atomic bombings of Hiroshima and Nagasaki', 'bombardeos atómicos de Hiroshima y Nagasaki', 'bombardements atomiques de Hiroshima et Nagasaki', 'Atombombenabwürfe auf Hiroshima und Nagasaki'],
    sides: [
      // ja.wikipedia "日本への原子爆弾投下"; 被爆者 (hibakusha) is the survivors' own word.
      { country: 'JP', role: 'where', terms: [t('ja', '原爆投下'), t('ja', '被爆者')] },
      { country: 'US', role: 'side' },
    ],
  },
  {
    id: 'tiananmen',
    label: { en: 'the Tiananmen Square protests', es: 'las protestas de Tiananmén' },
    names: ['Tiananmen', 'Tiananmen Square', 'Tiananmen Square massacre', 'June Fourth Incident', 'Tiananmén', 'plaza de Tiananmén', 'place Tian’anmen', 'Tian’anmen', 'Tian an men', 'Praça da Paz Celestial'],
    sides: [
      // en.wikipedia "1989 Tiananmen Square protests and massacre": "June Fourth Incident" (六四事件);
      // the PRC's own phrase is "1989年春夏之交的政治风波" (the political turmoil of 1989), used
      // whole: "政治风波" alone ("political turmoil") matches anything on a .cn site.
      { country: 'CN', role: 'where', terms: [t('zh', '六四事件'), t('zh', '1989年春夏之交的政治风波'), t('en', 'June Fourth Incident')] },
    ],
  },
  {
    id: 'apartheid',
    label: { en: 'apartheid', es: 'el apartheid' },
    names: ['Apartheid'],
    sides: [{ country: 'ZA', role: 'where' }],
  },
  {
    id: 'rwandan-genocide',
    label: { en: 'the genocide against the Tutsi in Rwanda', es: 'el genocidio contra los tutsis en Ruanda' },
    names: ['Rwandan genocide', 'genocide against the Tutsi', 'Genocidio de Ruanda', 'genocidio ruandés', 'génocide des Tutsi', 'génocide rwandais', 'Völkermord in Ruanda', 'Genocídio em Ruanda', 'Genocídio no Ruanda'],
    sides: [
      // UN General Assembly resolution 72/550 (2018): "the 1994 Genocide against the Tutsi in Rwanda",
      // Rwanda's own name for it (fr: génocide des Tutsi).
      { country: 'RW', role: 'where', terms: [t('en', 'genocide against the Tutsi'), t('fr', 'génocide des Tutsi')] },
      // Duclert Commission report to the French President (2021) on France's role.
      { country: 'FR', role: 'involved', reason: { en: 'its role is still debated', es: 'su papel todavía se discute' } },
    ],
  },
  {
    id: 'armenian-genocide',
    label: { en: 'the Armenian genocide', es: 'el genocidio armenio' },
    names: ['Armenian genocide', 'Meds Yeghern', 'Genocidio armenio', 'génocide arménien', 'Völkermord an den Armeniern', 'Genocídio armênio', 'Genocídio arménio'],
    sides: [
      // en.wikipedia "Armenian genocide": Մեծ Եղեռն (Meds Yeghern, "the Great Crime").
      { country: 'AM', role: 'side', terms: [t('hy', 'Մեծ Եղեռն'), t('en', 'Meds Yeghern')] },
      // The Turkish government's site 1915.gov.tr, "The Events of 1915" (tr: 1915 olayları).
      { country: 'TR', role: 'side', terms: [t('tr', '1915 olayları'), t('en', 'events of 1915')] },
    ],
  },
  {
    id: 'biafra',
    label: { en: 'the Nigerian Civil War', es: 'la guerra de Biafra' },
    names: ['Biafra', 'Biafran War', 'Nigerian Civil War', 'Guerra de Biafra', 'guerre du Biafra', 'Biafra-Krieg'],
    sides: [
      // en.wikipedia "Nigerian Civil War": also "the Biafran War", the Biafran side's name.
      { country: 'NG', role: 'where', terms: [t('en', 'Biafran War'), t('en', 'Nigerian Civil War')] },
    ],
  },
  {
    id: 'haitian-revolution',
    label: { en: 'the Haitian Revolution', es: 'la Revolución haitiana' },
    names: ['Haitian Revolution', 'Revolución haitiana', 'Révolution haïtienne', 'Haitianische Revolution', 'Revolução Haitiana'],
    sides: [
      // fr.wikipedia "Révolution haïtienne": Haiti's own histories are written in French.
      { country: 'HT', role: 'where', terms: [t('fr', 'Révolution haïtienne')] },
      { country: 'FR', role: 'side' },
    ],
  },
  {
    id: 'conquest-of-mexico',
    label: { en: 'the Spanish conquest of the Aztec Empire', es: 'la conquista de México-Tenochtitlan' },
    names: [
      'Spanish conquest of the Aztec Empire', 'conquest of the Aztec Empire', 'fall of Tenochtitlan', 'Conquista de México',
      'conquista de México-Tenochtitlan', 'caída de México-Tenochtitlan', 'caída de Tenochtitlan', "conquête de l'Empire aztèque",
      'Eroberung des Aztekenreichs', 'Conquista do Império Asteca',
    ],
    sides: [
      // Miguel León-Portilla, "Visión de los vencidos" (UNAM, 1959): the Nahua accounts of the
      // conquest, the phrase by which Mexican schools name that side of it.
      { country: 'MX', role: 'where', terms: [t('es', 'Visión de los vencidos')] },
      { country: 'ES', role: 'side' },
    ],
  },
  {
    id: 'atlantic-slave-trade',
    label: { en: 'the Atlantic slave trade', es: 'la trata atlántica de esclavos' },
    names: [
      'Atlantic slave trade', 'transatlantic slave trade', 'trata atlántica de esclavos', 'comercio atlántico de esclavos',
      'traite atlantique', 'traite négrière atlantique', 'Atlantischer Sklavenhandel', 'tráfico negreiro', 'Tráfico atlântico de escravos',
    ],
    sides: [
      // The forts of Ghana's coast (Cape Coast, Elmina) are where the crossing began; Brazil
      // received the most people; Portugal carried the most (en.wikipedia "Atlantic slave trade").
      { country: 'GH', role: 'where' },
      { country: 'BR', role: 'involved', reason: { en: 'more enslaved Africans were taken there than anywhere else', es: 'allí llevaron a más africanos esclavizados que a ningún otro lugar' } },
      { country: 'PT', role: 'involved', reason: { en: 'its ships carried the most people', es: 'sus barcos transportaron a más personas' } },
    ],
  },
  {
    id: 'holocaust',
    label: { en: 'the Holocaust', es: 'el Holocausto' },
    names: ['Holocaust', 'the Holocaust', 'Shoah', 'Holocausto', 'Shoá', 'Holocauste', 'Shoa'],
    sides: [
      // he.wikipedia "השואה" (the Shoah).
      { country: 'DE', role: 'involved', reason: { en: 'the Nazi state that carried it out ruled from there', es: 'desde allí gobernaba el Estado nazi que lo perpetró' } },
      { country: 'IL', role: 'involved', terms: [t('he', 'השואה')], reason: { en: 'where survivors and their memory institutions (Yad Vashem) are', es: 'allí están los supervivientes y Yad Vashem, que guarda su memoria' } },
      { country: 'PL', role: 'involved', reason: { en: 'most of the death camps were built in occupied Poland', es: 'la mayoría de los campos de exterminio estaban en la Polonia ocupada' } },
    ],
  },
  {
    id: 'pearl-harbor',
    label: { en: 'the attack on Pearl Harbor', es: 'el ataque a Pearl Harbor' },
    names: ['Pearl Harbor', 'attack on Pearl Harbor', 'ataque a Pearl Harbor', 'attaque de Pearl Harbor', 'Angriff auf Pearl Harbor', 'Ataque a Pearl Harbor'],
    sides: [
      // ja.wikipedia "真珠湾攻撃".
      { country: 'JP', role: 'side', terms: [t('ja', '真珠湾攻撃')] },
      { country: 'US', role: 'side' },
    ],
  },
  {
    id: 'cold-war',
    label: { en: 'the Cold War', es: 'la Guerra Fría' },
    names: ['Cold War', 'Guerra Fría', 'guerre froide', 'Kalter Krieg', 'Guerra Fria'],
    sides: [
      // ru.wikipedia "Холодная война".
      { country: 'US', role: 'side' },
      { country: 'RU', role: 'side', terms: [t('ru', 'Холодная война')] },
    ],
  },
  {
    id: 'brexit',
    label: { en: 'Brexit', es: 'el Brexit' },
    names: ['Brexit', 'withdrawal of the United Kingdom from the European Union', 'salida del Reino Unido de la Unión Europea', "retrait du Royaume-Uni de l'Union européenne", 'EU-Austritt des Vereinigten Königreichs'],
    sides: [
      { country: 'GB', role: 'side' },
      { country: 'IE', role: 'involved', reason: { en: 'the border between the UK and the EU runs across Ireland', es: 'la frontera entre el Reino Unido y la UE atraviesa Irlanda' } },
    ],
  },
  {
    id: 'renaissance-dam',
    label: { en: 'the Grand Ethiopian Renaissance Dam dispute', es: 'la disputa por la Gran Presa del Renacimiento Etíope' },
    // Not "GERD": that is also a common illness.
    names: ['Grand Ethiopian Renaissance Dam', 'Renaissance Dam', 'Gran Presa del Renacimiento Etíope', 'Grand barrage de la Renaissance', 'Grand Ethiopian Renaissance Talsperre'],
    sides: [
      // ar.wikipedia "سد النهضة الإثيوبي الكبير"; "سد النهضة" (the Renaissance Dam) in Egypt's press.
      { country: 'ET', role: 'side' },
      { country: 'EG', role: 'side', terms: [t('ar', 'سد النهضة')] },
      { country: 'SD', role: 'involved', reason: { en: 'it lies downstream on the Blue Nile', es: 'está río abajo, en el Nilo Azul' } },
    ],
  },
  {
    id: 'hong-kong-protests',
    label: { en: 'the Hong Kong protests', es: 'las protestas de Hong Kong' },
    names: ['Hong Kong protests', '2019–2020 Hong Kong protests', 'Umbrella Movement', 'Umbrella Revolution', 'protestas en Hong Kong', 'protestas de Hong Kong', 'Movimiento de los paraguas', 'Revolución de los paraguas', 'mouvement des parapluies', 'Regenschirm-Bewegung'],
    sides: [
      // zh.wikipedia "反對逃犯條例修訂草案運動": "修例风波" in the PRC's own reporting.
      { country: 'HK', role: 'where' },
      { country: 'CN', role: 'side', terms: [t('zh', '修例风波')] },
    ],
  },
  {
    id: 'spanish-american-war',
    label: { en: 'the Spanish–American War', es: 'la guerra hispano-estadounidense' },
    names: [
      'Spanish–American War', 'Spanish-American War', 'Guerra hispano-estadounidense', 'Guerra hispano-americana',
      'Desastre del 98', 'guerre hispano-américaine', 'Spanisch-Amerikanischer Krieg', 'Guerra Hispano-Americana',
    ],
    sides: [
      // es.wikipedia "Guerra hispano-estadounidense": in Spain "el Desastre del 98"; Cuban
      // historians write "guerra hispano-cubano-norteamericana" (their own war of independence
      // was the larger part of it).
      { country: 'ES', role: 'side', terms: [t('es', 'Desastre del 98')] },
      { country: 'US', role: 'side' },
      { country: 'CU', role: 'where', terms: [t('es', 'guerra hispano-cubano-norteamericana')] },
      { country: 'PH', role: 'where' },
    ],
  },
  {
    id: 'arab-spring',
    label: { en: 'the Arab Spring', es: 'la Primavera Árabe' },
    names: ['Arab Spring', 'Arab uprisings', 'Primavera Árabe', 'Printemps arabe', 'Arabischer Frühling'],
    sides: [
      // ar.wikipedia "الربيع العربي"; in Tunisia, where it began, "ثورة الحرية والكرامة" (the
      // Revolution of Freedom and Dignity; en "Tunisian revolution").
      { country: 'TN', role: 'where', terms: [t('ar', 'ثورة الحرية والكرامة')] },
      { country: 'EG', role: 'where', terms: [t('ar', 'الربيع العربي')] },
      { country: 'LY', role: 'where' },
      { country: 'SY', role: 'where' },
      { country: 'YE', role: 'where' },
      { country: 'BH', role: 'where' },
    ],
  },
  {
    id: 'crusades',
    label: { en: 'the Crusades', es: 'las Cruzadas' },
    names: ['Crusades', 'the Crusades', 'First Crusade', 'Cruzadas', 'Primera Cruzada', 'croisades', 'Première croisade', 'Kreuzzüge', 'Erster Kreuzzug'],
    sides: [
      // ar.wikipedia "الحروب الصليبية"; the Arab chroniclers of the time wrote of the "Franks"
      // (حروب الفرنجة, the wars of the Franks).
      { country: 'FR', role: 'side' },
      { country: 'GB', role: 'side' },
      { country: 'IT', role: 'side' },
      { country: 'EG', role: 'side', terms: [t('ar', 'حروب الفرنجة')] },
      { country: 'SY', role: 'side', terms: [t('ar', 'الحروب الصليبية')] },
      { country: 'TR', role: 'side' },
    ],
  },
  {
    id: 'silk-road',
    label: { en: 'the Silk Road', es: 'la Ruta de la Seda' },
    names: ['Silk Road', 'Silk Roads', 'Silk Route', 'Ruta de la Seda', 'route de la soie', 'Seidenstraße', 'Rota da Seda', 'Belt and Road Initiative', 'Iniciativa de la Franja y la Ruta'],
    sides: [
      { country: 'CN', role: 'in' },
      { country: 'UZ', role: 'in' },
      { country: 'IR', role: 'in' },
      { country: 'KZ', role: 'in' },
      { country: 'TR', role: 'in' },
      { country: 'IT', role: 'in' },
    ],
  },
  // The two world wars: the most common history topics of all, and each side remembers its own war.
  {
    id: 'world-war-1',
    label: { en: 'the First World War', es: 'la Primera Guerra Mundial' },
    names: [
      'World War I', 'World War 1', 'World War One', 'First World War', 'WWI', 'WW1', 'Great War',
      'Primera Guerra Mundial', 'I Guerra Mundial', 'Gran Guerra', 'Première Guerre mondiale', 'Grande Guerre',
      'Erster Weltkrieg', 'Primeira Guerra Mundial',
    ],
    sides: [
      // The article titles of each side's own Wikipedia: de "Erster Weltkrieg", fr "Première Guerre
      // mondiale" (and its "Grande Guerre"), ru "Первая мировая война", tr "Birinci Dünya Savaşı",
      // sr "Први светски рат".
      { country: 'DE', role: 'side', terms: [t('de', 'Erster Weltkrieg')] },
      { country: 'FR', role: 'side', terms: [t('fr', 'Grande Guerre')] },
      { country: 'GB', role: 'side' },
      { country: 'RU', role: 'side', terms: [t('ru', 'Первая мировая война')] },
      { country: 'TR', role: 'side', terms: [t('tr', 'Birinci Dünya Savaşı')] },
      { country: 'RS', role: 'side', terms: [t('sr', 'Први светски рат')] },
      { country: 'AT', role: 'side' },
    ],
  },
  {
    id: 'world-war-2',
    label: { en: 'the Second World War', es: 'la Segunda Guerra Mundial' },
    names: [
      'World War II', 'World War 2', 'World War Two', 'Second World War', 'WWII', 'WW2', 'WW II',
      'Segunda Guerra Mundial', 'II Guerra Mundial', 'Seconde Guerre mondiale', 'Deuxième Guerre mondiale',
      'Zweiter Weltkrieg', 'Great Patriotic War', 'Gran Guerra Patria',
    ],
    sides: [
      // de "Zweiter Weltkrieg"; ru "Великая Отечественная война" (the war against Germany, as Russia
      // names it); ja "太平洋戦争" (the Pacific War, Japan's usual name); zh "抗日战争" (the War of
      // Resistance against Japan); pl "II wojna światowa".
      { country: 'DE', role: 'side', terms: [t('de', 'Zweiter Weltkrieg')] },
      { country: 'JP', role: 'side', terms: [t('ja', '太平洋戦争')] },
      { country: 'RU', role: 'side', terms: [t('ru', 'Великая Отечественная война')] },
      { country: 'GB', role: 'side' },
      { country: 'CN', role: 'side', terms: [t('zh', '抗日战争')] },
      { country: 'PL', role: 'where', terms: [t('pl', 'II wojna światowa')], reason: { en: 'the war in Europe began with the invasion of Poland', es: 'la guerra en Europa empezó con la invasión de Polonia' } },
      { country: 'US', role: 'side' },
    ],
  },
  // Wars in American history that an American class names without the other side.
  {
    id: 'american-revolution',
    label: { en: 'the American Revolution', es: 'la Revolución estadounidense' },
    names: [
      'American Revolution', 'American Revolutionary War', 'American War of Independence', 'Revolutionary War',
      'Revolución estadounidense', 'Guerra de Independencia de los Estados Unidos',
      'Révolution américaine', "guerre d'indépendance des États-Unis", 'Amerikanische Revolution',
      'Amerikanischer Unabhängigkeitskrieg', 'Revolução Americana', 'Guerra da Independência dos Estados Unidos',
    ],
    sides: [
      // en.wikipedia "American Revolutionary War": "also known as the American War of Independence",
      // the British name; fr "Guerre d'indépendance des États-Unis".
      { country: 'US', role: 'side' },
      { country: 'GB', role: 'side', terms: [t('en', 'American War of Independence')] },
      { country: 'FR', role: 'involved', terms: [t('fr', "guerre d'indépendance des États-Unis")], reason: { en: 'France fought on the American side', es: 'Francia luchó del lado estadounidense' } },
    ],
  },
  {
    id: 'war-of-1812',
    label: { en: 'the War of 1812', es: 'la guerra anglo-estadounidense de 1812' },
    names: ['War of 1812', 'Guerra de 1812', 'guerra anglo-estadounidense de 1812', 'guerre anglo-américaine de 1812', 'Britisch-Amerikanischer Krieg', 'Guerra Anglo-Americana de 1812'],
    sides: [
      { country: 'US', role: 'side' },
      { country: 'GB', role: 'side' },
      { country: 'CA', role: 'where', reason: { en: 'much of it was fought in what is now Canada, which remembers it as a war it won', es: 'gran parte se libró en lo que hoy es Canadá, que la recuerda como una guerra ganada' } },
    ],
  },
  // Regions: a topic about a region is about the countries in it. The largest webs of each
  // region first, at most six (the topic's own share of perspectives). No words of their own: a
  // region's name in a local language, searched alone, would lose the topic.
  {
    id: 'middle-east',
    label: { en: 'the Middle East', es: 'Oriente Medio' },
    names: ['Middle East', 'Near East', 'Oriente Medio', 'Medio Oriente', 'Oriente Próximo', 'Cercano Oriente', 'Moyen-Orient', 'Proche-Orient', 'Naher Osten', 'Nahost', 'Mittlerer Osten', 'Oriente Médio'],
    sides: [
      { country: 'EG', role: 'in' },
      { country: 'TR', role: 'in' },
      { country: 'IR', role: 'in' },
      { country: 'SA', role: 'in' },
      { country: 'IL', role: 'in' },
      { country: 'IQ', role: 'in' },
    ],
  },
  {
    id: 'latin-america',
    label: { en: 'Latin America', es: 'América Latina' },
    names: ['Latin America', 'Latin American', 'Latin Americans', 'América Latina', 'Latinoamérica', 'Latinoamericana', 'Latinoamericano', 'Amérique latine', 'Lateinamerika', 'Iberoamérica'],
    sides: [
      { country: 'BR', role: 'in' },
      { country: 'MX', role: 'in' },
      { country: 'AR', role: 'in' },
      { country: 'CO', role: 'in' },
      { country: 'CL', role: 'in' },
      { country: 'PE', role: 'in' },
    ],
  },
  {
    id: 'southeast-asia',
    label: { en: 'Southeast Asia', es: 'el Sudeste Asiático' },
    names: ['Southeast Asia', 'South-East Asia', 'South East Asia', 'Southeast Asian', 'Sudeste Asiático', 'Asia Sudoriental', 'Sureste Asiático', 'Asie du Sud-Est', 'Südostasien'],
    sides: [
      { country: 'ID', role: 'in' },
      { country: 'VN', role: 'in' },
      { country: 'PH', role: 'in' },
      { country: 'TH', role: 'in' },
      { country: 'MY', role: 'in' },
      { country: 'SG', role: 'in' },
    ],
  },
  {
    id: 'africa',
    label: { en: 'Africa', es: 'África' },
    // Not "African": "African American" is a stop phrase in match.ts, and "African art" is no place.
    names: ['Africa', 'África', 'Afrique', 'Afrika', 'Sub-Saharan Africa', 'África subsahariana', 'Afrique subsaharienne', 'Subsahara-Afrika', 'Scramble for Africa', 'Reparto de África'],
    sides: [
      { country: 'NG', role: 'in' },
      { country: 'ZA', role: 'in' },
      { country: 'KE', role: 'in' },
      { country: 'EG', role: 'in' },
      { country: 'ET', role: 'in' },
      { country: 'GH', role: 'in' },
    ],
  },
  {
    id: 'balkans',
    label: { en: 'the Balkans', es: 'los Balcanes' },
    names: ['Balkans', 'Balkan Peninsula', 'Balkan Wars', 'Balcanes', 'península balcánica', 'guerras de los Balcanes', 'péninsule balkanique', 'Balkanhalbinsel', 'Balkankriege', 'Bálcãs'],
    sides: [
      { country: 'RS', role: 'in' },
      { country: 'HR', role: 'in' },
      { country: 'BA', role: 'in' },
      { country: 'GR', role: 'in' },
      { country: 'BG', role: 'in' },
      { country: 'AL', role: 'in' },
    ],
  },
  {
    id: 'arctic',
    label: { en: 'the Arctic', es: 'el Ártico' },
    names: ['Arctic', 'Arctic Ocean', 'Arctic Circle', 'Ártico', 'océano Ártico', 'Arctique', 'océan Arctique', 'Arktis', 'Nordpolarmeer'],
    sides: [
      { country: 'RU', role: 'in' },
      { country: 'CA', role: 'in' },
      { country: 'NO', role: 'in' },
      { country: 'GL', role: 'in' },
      { country: 'US', role: 'in', reason: { en: 'Alaska lies in the Arctic', es: 'Alaska está en el Ártico' } },
      { country: 'IS', role: 'in' },
    ],
  },
  {
    id: 'amazon',
    label: { en: 'the Amazon', es: 'la Amazonia' },
    // Not "Amazon" alone: the company.
    names: ['Amazon rainforest', 'Amazon basin', 'Amazon River', 'Amazonia', 'Amazonía', 'Amazônia', 'selva amazónica', 'río Amazonas', 'forêt amazonienne', 'Amazonas-Regenwald', 'Floresta Amazônica'],
    sides: [
      { country: 'BR', role: 'in' },
      { country: 'PE', role: 'in' },
      { country: 'CO', role: 'in' },
      { country: 'BO', role: 'in' },
      { country: 'EC', role: 'in' },
      { country: 'VE', role: 'in' },
    ],
  },
  {
    id: 'caribbean',
    label: { en: 'the Caribbean', es: 'el Caribe' },
    names: ['Caribbean', 'Caribbean Sea', 'Caribe', 'mar Caribe', 'Caraïbes', 'mer des Caraïbes', 'Karibik'],
    sides: [
      { country: 'CU', role: 'in' },
      { country: 'DO', role: 'in' },
      { country: 'JM', role: 'in' },
      { country: 'HT', role: 'in' },
      { country: 'TT', role: 'in' },
      { country: 'PR', role: 'in' },
    ],
  },
  {
    id: 'central-asia',
    label: { en: 'Central Asia', es: 'Asia Central' },
    names: ['Central Asia', 'Central Asian', 'Asia Central', 'Asia central', 'Asie centrale', 'Zentralasien', 'Ásia Central'],
    sides: [
      { country: 'KZ', role: 'in' },
      { country: 'UZ', role: 'in' },
      { country: 'KG', role: 'in' },
      { country: 'TJ', role: 'in' },
      { country: 'TM', role: 'in' },
    ],
  },
];

/** A place found in a topic. */
export interface PlaceMatch {
  place: Place;
  /** The words as written in the topic. */
  text: string;
  /** Index of its first word among the topic's words, and how many words it spans. */
  start: number;
  words: number;
}

/** Folded phrase → place, built once on first use. */
export interface PlaceIndex {
  phrases: Map<string, Place>;
  maxWords: number;
}

// Phrases that contain a place name but are not about the place: matched (so the name inside
// them is not) and give no countries.
const NOT_PLACES = ['nuclear holocaust', 'holocausto nuclear', 'gender apartheid', 'vaccine apartheid', 'climate apartheid', 'global apartheid', 'digital apartheid', 'medical apartheid'];
const NO_PLACE: Place = { id: 'none', label: { en: '', es: '' }, names: NOT_PLACES, sides: [] };

let index: PlaceIndex | null = null;

/** Builds (once) and returns the phrase index of `PLACES`. */
export function placeIndex(): PlaceIndex {
  if (index) return index;
  const phrases = new Map<string, Place>();
  let maxWords = 1;
  for (const place of [NO_PLACE, ...PLACES]) {
    for (const name of place.names) {
      const key = foldPhrase(name);
      if (!key || phrases.has(key)) continue;
      phrases.set(key, place);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  index = { phrases, maxWords };
  return index;
}

/**
 * The longest place name starting at word `i` of `keys` (folded words), or null. Shared with
 * the country matcher so that "Falklands War" is one place and not the country "Falklands".
 * A place with no sides is a phrase that only looks like one ("gender apartheid"): skip its words.
 */
export function placeAt(keys: readonly string[], i: number): { place: Place; words: number } | null {
  const idx = placeIndex();
  let key = '';
  let best: { place: Place; words: number } | null = null;
  const end = Math.min(keys.length, i + idx.maxWords);
  for (let j = i; j < end; j++) {
    key = j === i ? keys[j]! : `${key} ${keys[j]}`;
    const place = idx.phrases.get(key);
    if (place) best = { place, words: j - i + 1 };
  }
  return best;
}

/** The places named in `text`, in order, longest name first where names overlap. Never throws. */
export function placesInText(text: string): PlaceMatch[] {
  if (typeof text !== 'string' || !text) return [];
  const tokens = tokenize(text.slice(0, 4000));
  const keys = tokens.map((tk) => tk.key);
  const found: PlaceMatch[] = [];
  for (let i = 0; i < keys.length; ) {
    const hit = placeAt(keys, i);
    if (!hit) {
      i++;
      continue;
    }
    if (hit.place.sides.length) found.push({ place: hit.place, text: tokens.slice(i, i + hit.words).map((tk) => tk.raw).join(' '), start: i, words: hit.words });
    i += hit.words;
  }
  return found;
}

/** One side's words for a place in the topic. */
export interface SideTerm {
  country: string;
  lang: string;
  text: string;
  placeId: string;
}

/**
 * Each side's own words for the places `topic` names ("Falklands War" → AR: "Guerra de
 * Malvinas", "Islas Malvinas"; GB: "Falklands War", …), in table order, duplicates removed.
 * Words the topic already contains are left out: they would search for what it already finds.
 */
export function otherSideTerms(topic: string): SideTerm[] {
  const matches = placesInText(topic);
  if (!matches.length) return [];
  const topicKey = ` ${foldPhrase(topic)} `;
  const out: SideTerm[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    for (const side of m.place.sides) {
      for (const term of side.terms ?? []) {
        const key = foldPhrase(term.text);
        const id = `${side.country}|${key}`;
        if (!key || seen.has(id) || topicKey.includes(` ${key} `)) continue;
        seen.add(id);
        out.push({ country: side.country, lang: term.lang, text: term.text, placeId: m.place.id });
      }
    }
  }
  return out;
}
