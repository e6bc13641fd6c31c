/**
 * IDN country-code TLDs, keyed by their punycode form (what `URL.hostname` gives a browser).
 *
 * Why a committed list: the Public Suffix List names the country of each IDN ccTLD only in a
 * comment (`// xn--p1ai ("rf", Russian-Cyrillic) : RU`), and tldts carries the rules but not the
 * comments. This list was extracted from those comment lines (Debian `publicsuffix`,
 * /usr/share/publicsuffix/public_suffix_list.dat, 70 entries). IDN ccTLDs change rarely; the
 * generator and a unit test check every entry is still an ICANN suffix in the installed tldts, so
 * a removal fails loudly. EU entries (`.ею`, `.ευ`) are kept here and treated as a region, not a
 * country, by `countryOfHost`.
 *
 * Source data: Public Suffix List, MPL-2.0 (https://publicsuffix.org/).
 */
export const IDN_CCTLDS: ReadonlyArray<readonly [punycode: string, code: string]> = [
  ["xn--4dbrk0ce", "IL"], // ישראל "Israel", Hebrew
  ["xn--mgbaam7a8h", "AE"], // امارات "Emerat", Arabic
  ["xn--y9a3aq", "AM"], // հայ "hye", Armenian
  ["xn--54b7fta0cc", "BD"], // বাংলা "Bangla", Bangla
  ["xn--90ae", "BG"], // бг "bg", Bulgarian
  ["xn--mgbcpq6gpa1a", "BH"], // البحرين "albahrain", Arabic
  ["xn--90ais", "BY"], // бел "bel", Belarusian/Russian Cyrillic
  ["xn--fiqs8s", "CN"], // 中国 "Zhongguo/China", Chinese, Simplified
  ["xn--fiqz9s", "CN"], // 中國 "Zhongguo/China", Chinese, Traditional
  ["xn--lgbbat1ad8j", "DZ"], // الجزائر "Algeria/Al Jazair", Arabic
  ["xn--wgbh1c", "EG"], // مصر "Egypt/Masr", Arabic
  ["xn--e1a4c", "EU"], // ею "eu", Cyrillic
  ["xn--qxa6a", "EU"], // ευ "eu", Greek
  ["xn--mgbah1a3hjkrd", "MR"], // موريتانيا "Mauritania", Arabic
  ["xn--node", "GE"], // გე "ge", Georgian Mkhedruli
  ["xn--qxam", "GR"], // ελ "el", Greek
  ["xn--j6w193g", "HK"], // 香港 "Hong Kong", Chinese
  ["xn--2scrj9c", "IN"], // ಭಾರತ "Bharat", Kannada
  ["xn--3hcrj9c", "IN"], // ଭାରତ "Bharat", Oriya
  ["xn--45br5cyl", "IN"], // ভাৰত "Bharatam", Assamese
  ["xn--h2breg3eve", "IN"], // भारतम् "Bharatam", Sanskrit
  ["xn--h2brj9c8c", "IN"], // भारोत "Bharot", Santali
  ["xn--mgbgu82a", "IN"], // ڀارت "Bharat", Sindhi
  ["xn--rvc1e0am3e", "IN"], // ഭാരതം "Bharatam", Malayalam
  ["xn--h2brj9c", "IN"], // भारत "Bharat", Devanagari
  ["xn--mgbbh1a", "IN"], // بارت "Bharat", Kashmiri
  ["xn--mgbbh1a71e", "IN"], // بھارت "Bharat", Arabic
  ["xn--fpcrj9c3d", "IN"], // భారత్ "Bharat", Telugu
  ["xn--gecrj9c", "IN"], // ભારત "Bharat", Gujarati
  ["xn--s9brj9c", "IN"], // ਭਾਰਤ "Bharat", Gurmukhi
  ["xn--45brj9c", "IN"], // ভারত "Bharat", Bengali
  ["xn--xkc2dl3a5ee0h", "IN"], // இந்தியா "India", Tamil
  ["xn--mgba3a4f16a", "IR"], // ایران "Iran", Persian
  ["xn--mgba3a4fra", "IR"], // ايران "Iran", Arabic
  ["xn--mgbtx2b", "IQ"], // عراق "Iraq", Arabic
  ["xn--mgbayh7gpa", "JO"], // الاردن "al-Ordon", Arabic
  ["xn--3e0b707e", "KR"], // 한국 "Republic of Korea", Hangul
  ["xn--80ao21a", "KZ"], // қаз "Kaz", Kazakh
  ["xn--q7ce6a", "LA"], // ລາວ "Lao", Lao
  ["xn--fzc2c9e2c", "LK"], // ලංකා "Lanka", Sinhalese-Sinhala
  ["xn--xkc2al3hye2a", "LK"], // இலங்கை "Ilangai", Tamil
  ["xn--mgbc0a9azcg", "MA"], // المغرب "Morocco/al-Maghrib", Arabic
  ["xn--d1alf", "MK"], // мкд "mkd", Macedonian
  ["xn--l1acc", "MN"], // мон "mon", Mongolian
  ["xn--mix891f", "MO"], // 澳門 "Macao", Chinese, Traditional
  ["xn--mix082f", "MO"], // 澳门 "Macao", Chinese, Simplified
  ["xn--mgbx4cd0ab", "MY"], // مليسيا "Malaysia", Malay
  ["xn--mgb9awbf", "OM"], // عمان "Oman", Arabic
  ["xn--mgbai9azgqp6j", "PK"], // پاکستان "Pakistan", Urdu/Arabic
  ["xn--mgbai9a5eva00b", "PK"], // پاكستان "Pakistan", Urdu/Arabic, variant
  ["xn--ygbi2ammx", "PS"], // فلسطين "Falasteen", Arabic
  ["xn--90a3ac", "RS"], // срб "srb", Cyrillic
  ["xn--p1ai", "RU"], // рф "rf", Russian-Cyrillic
  ["xn--wgbl6a", "QA"], // قطر "Qatar", Arabic
  ["xn--mgberp4a5d4ar", "SA"], // السعودية "AlSaudiah", Arabic
  ["xn--mgberp4a5d4a87g", "SA"], // السعودیة "AlSaudiah", Arabic, variant
  ["xn--mgbqly7c0a67fbc", "SA"], // السعودیۃ "AlSaudiah", Arabic, variant
  ["xn--mgbqly7cvafr", "SA"], // السعوديه "AlSaudiah", Arabic, variant
  ["xn--mgbpl2fh", "SD"], // سودان "sudan", Arabic
  ["xn--yfro4i67o", "SG"], // 新加坡 "Singapore", Chinese
  ["xn--clchc0ea0b2g2a9gcd", "SG"], // சிங்கப்பூர் "Singapore", Tamil
  ["xn--ogbpf8fl", "SY"], // سورية "Syria", Arabic
  ["xn--mgbtf8fl", "SY"], // سوريا "Syria", Arabic, variant
  ["xn--o3cw4h", "TH"], // ไทย "Thai", Thai
  ["xn--pgbs0dh", "TN"], // تونس "Tunisia", Arabic
  ["xn--kpry57d", "TW"], // 台灣 "Taiwan", Chinese, Traditional
  ["xn--kprw13d", "TW"], // 台湾 "Taiwan", Chinese, Simplified
  ["xn--nnx388a", "TW"], // 臺灣 "Taiwan", Chinese, variant
  ["xn--j1amh", "UA"], // укр "ukr", Cyrillic
  ["xn--mgb2ddes", "YE"], // اليمن "AlYemen", Arabic
];
