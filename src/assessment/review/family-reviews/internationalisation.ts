import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `internationalisation` test's 76 families (numbers and currency
 * 15, plural categories and ICU messages 16, Unicode text and collation 15, time zones and dates
 * 15, locale tags and the localisation workflow 15), read as an i18n engineer and as a guessing
 * candidate, under a one-hour deadline.
 *
 * What was drawn and worked by hand: every family drawn at least once in full (stem, key, every
 * declared named mistake) with that draw's key worked on paper from the CLDR data, the ECMA-402
 * rules or the Unicode data as known to the reviewer, not by running the family's Intl call; most
 * families drawn again (2 to 12 draws, keys only) across seeds: the six plural-category families
 * (about 60 draws over ar, cs, cy, ga, pl, ru), english-ordinal, polish-message-forms,
 * exact-zero-match, french-zero-is-one, every time-zone family (utc-to-local, local-to-utc,
 * meeting, nonexistent, zone-difference, add-24-hours, the new night shift), the calendar
 * families (ISO weeks across the 2026/27 turn, short and long dates, weekdays, time styles,
 * date-only strings, relative time), compact, significant digits, parseFloat/Number, JPY,
 * accounting, en-IN rupees, ar-EG digits, the UTF-16/code-point/UTF-8 counts, NFD/NFC/NFKC,
 * the regex dot, case mapping, the collation families and the locale and workflow families.
 * Drawn once only (their key worked for that draw): en-in-grouping, de-de-two-decimals,
 * de-de-euro-placement, fr-fr-decimal-comma, one-decimal-is-other, missing-category-fallback,
 * russian-few-count, select-other-fallback, sharp-s-uppercase. Every changed family was drawn again after its change (4 to 12 draws).
 *
 * Wrong keys found: none in the draws worked. The key test (Node's ICU as a second route) passed
 * before and after.
 *
 * Node/ICU-version dependence removed, each stem now stating the data its key follows and the key
 * test re-deriving it from that statement, not from this Node's ICU:
 * de-de-percent-one-decimal states CLDR's German percent pattern (#,##0 %, decimal comma), the
 * default minimum of 0 fraction digits and half-away rounding; the key test computes it in integer
 * tenths. locale-collation-order states each alphabet (Swedish and Finnish å, ä, ö after z in
 * that order; German ä with a; Spanish ñ after n; other letters as English) and the key test
 * sorts by that alphabet, not by Intl.Collator; its lists avoid v/w and ü, where CLDR's Swedish
 * and Finnish tailorings have changed. first-day-of-week no longer reads `weekInfo` (being
 * renamed getWeekInfo() in V8): its stem gives CLDR's region-keyed week data (Monday for 001,
 * Sunday for US, CA, MX, BR, IL, JP, Saturday for EG) and tests that the region, not the
 * language, decides (fr-CA, es-MX, es-ES added; "follows the language's best-known country"
 * added as a mistake). rtl-locale-count no longer names `textInfo` (being renamed getTextInfo()):
 * the stem asks by the likely script (Arabic and Hebrew the right-to-left ones) and the key test
 * reads `maximize().script`. French was dropped from nested-select-plural-forms, category-count
 * and plural-entries-in-file (CLDR 38 gave French a `many` category, so its count depends on the
 * ICU version); Irish replaced it in nested-select. french-zero-is-one keeps French: its counts
 * (0 to 10) are one/other in every CLDR version and the stem states the rule.
 *
 * Redesigned: currency-minor-units. Intl always shows the currency's own ISO 4217 decimals, so
 * "÷ 100 for BHD" shows BHD 630.690, not 630.69. The stem now says so (with half-away rounding);
 * the currencies are KWD, BHD, OMR (three decimals) and JPY, KRW (none); the mistakes are each a
 * wrong amount as Intl would print it: divides every currency by 100 (BHD 630.690, JPY 631);
 * treats the currency as two-decimal throughout (BHD 630.69, JPY 630.69); converts right but
 * expects two decimals for every currency (BHD 63.07, JPY 63,069.00); treats the amount as
 * already major (three-decimal currencies) or divides by 1,000 (zero-decimal ones). The key test
 * splits the minor digits by the stated exponent and also re-derives the ÷ 100 mistake.
 *
 * Replaced: local-day-length (its mistakes "answers in minutes" and two half-hour changes were
 * artificial, and without them only three real readings were left) became night-shift-across-dst:
 * a night shift from 21–23:00 to 05–07:00 local across a 2026 change in London, Berlin, New York,
 * Los Angeles or Sydney, paid by elapsed time; mistakes are the wall-clock hours, the change the
 * wrong way, the change counted twice and start minus end without crossing midnight; the key test
 * finds both local instants by walking UTC with Intl and subtracts them.
 *
 * Mistakes replaced or relabelled: de-de-percent's "0,04 % treats the fraction as already a
 * percentage" (not what that reading gives) became rounding the fraction to one decimal before
 * scaling, and it gained the kept trailing zero, the German space with a decimal point and every
 * input digit kept (the last two above the key, for its 0.58 longest-option cue);
 * es-es-four-digit-grouping's "groups in pairs from the right" (869.15) became the Swiss
 * apostrophe; the German collation list's muddled order became the German phonebook order (ä as
 * ae) and the Spanish one's code-unit duplicate became ñ sorted as an accented n; the Swedish and
 * Finnish lists gained Ä and Å so that code-unit order (Ä before Å) differs from the key;
 * rtl-locale-count lost "mirrors Turkish and Hindi" and regained Turkish (Arabic script until
 * 1928) and Japanese (vertical writing mistaken for right to left) as separate readings above the
 * key; resource-file-count's "leaves out the English source files" (which was L × ns + R, two
 * errors) is now the true omission, with the regional variants read as extra locales (with
 * overrides, or with full sets) above the key; expansion-budget-overflow's "applies the expansion
 * twice" is now named "doubles the rate", which is what it computes; well-formed-tag-count's and
 * weekday-name-by-locale's mistake labels now say what they compute.
 *
 * Cue rates at 300 draws (scripts/family-cue-rates.ts): before, none above 0.50, 13 over 0.45,
 * highest 0.50 (jpy-zero-decimals shortest option, utf16-length middle value); after the first
 * changes rtl-locale-count and de-de-percent-one-decimal reached 0.58 and resource-file-count
 * 0.57, and the mistakes above were added for them; final: none above 0.50, 14 over 0.45, highest
 * 0.50 (jpy-zero-decimals, utf16-length, first-day-of-week), rule means 0.28 middle value, 0.27
 * most similar, 0.20 longest.
 *
 * Facts confirmed against the reviewer's knowledge of the published sources, not looked up again
 * in this session: CLDR plural rules for ar, cs, cy, ga, pl, ru, en (cardinal and ordinal) and
 * French's `many` from CLDR 38; CLDR likely subtags (pt → pt-Latn-BR, sr → sr-Cyrl-RS,
 * zh → zh-Hans-CN, ar → ar-Arab-EG) and the in → id, iw → he aliases; CLDR week data regions;
 * ISO 4217 exponents (KWD, BHD, OMR 3; JPY, KRW 0); en-IN lakh grouping and ₹ placement; es
 * minimum grouping digits 2; ECMA-402 compact rounding (morePrecision of 0 fraction digits and 2
 * significant) and halfExpand default; the 2026 EU, US and Sydney change dates; ISO 8601 weeks
 * (2026 has 53); Unicode NFC/NFKC and full case mapping (ß → SS, ﬁ → FI, Turkish i).
 * Confirmed against a published copy of CLDR's supplementalData weekData/firstDay (the tables
 * Dojo's dojo/cldr/supplemental ships, in three versions): EG Saturday; CA, IL, JP, BR, MX (and
 * US) Sunday; Monday the default. Nothing else was opened during the review.
 */
export const INTERNATIONALISATION_REVIEW: TestFamilyReview = {
  testId: 'internationalisation',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'i18n-numbers/en-in-grouping': { verdict: 'ok', fingerprint: '29deceb2a150fde9' },
    'i18n-numbers/de-de-two-decimals': { verdict: 'ok', fingerprint: 'e2377ab3a5b42f7c' },
    'i18n-numbers/de-de-euro-placement': { verdict: 'ok', fingerprint: '16c002b7062a24b2' },
    'i18n-numbers/jpy-zero-decimals': { verdict: 'ok', fingerprint: '3aa38be5494bacf8' },
    'i18n-numbers/en-in-rupee-currency': { verdict: 'ok', fingerprint: 'bcc59150594ae2e8' },
    'i18n-numbers/percent-fraction-input': { verdict: 'ok', fingerprint: '2e3685f0333bdf7b' },
    'i18n-numbers/de-de-percent-one-decimal': { verdict: 'ok', fingerprint: 'c7077555581e4f05' },
    'i18n-numbers/compact-short-en-us': { verdict: 'ok', fingerprint: 'fd52e2bf6b1a2239' },
    'i18n-numbers/ar-eg-native-digits': { verdict: 'ok', fingerprint: 'f973a860639d5cdf' },
    'i18n-numbers/parse-localised-input': { verdict: 'ok', fingerprint: 'ca55f96b20c3ae99' },
    'i18n-numbers/currency-minor-units': { verdict: 'ok', fingerprint: '9e044d3318c04374' },
    'i18n-numbers/es-es-four-digit-grouping': { verdict: 'ok', fingerprint: 'baaecd3f56da9fe6' },
    'i18n-numbers/fr-fr-decimal-comma': { verdict: 'ok', fingerprint: '0f4962c5c0bd2805' },
    'i18n-numbers/accounting-negative': { verdict: 'ok', fingerprint: 'bc2b260b76f0541f' },
    'i18n-numbers/significant-digits': { verdict: 'ok', fingerprint: '47637dd6787512a6' },
    'i18n-plurals/polish-category': { verdict: 'ok', fingerprint: 'c9202072141781ca' },
    'i18n-plurals/russian-category': { verdict: 'ok', fingerprint: '163ffef28b5d36a6' },
    'i18n-plurals/arabic-category': { verdict: 'ok', fingerprint: '1497dcbc848b1c43' },
    'i18n-plurals/welsh-category': { verdict: 'ok', fingerprint: 'b0d8732a8c59d956' },
    'i18n-plurals/irish-category': { verdict: 'ok', fingerprint: 'ac3be2de24394728' },
    'i18n-plurals/czech-category': { verdict: 'ok', fingerprint: 'a3e745c2c8c561be' },
    'i18n-plurals/french-zero-is-one': { verdict: 'ok', fingerprint: 'cb01c94ba7fd2823' },
    'i18n-plurals/english-ordinal': { verdict: 'ok', fingerprint: 'a9c6ba97875f4f7e' },
    'i18n-plurals/polish-message-forms': { verdict: 'ok', fingerprint: 'ea150ad4ab699285' },
    'i18n-plurals/exact-zero-match': { verdict: 'ok', fingerprint: '1c7be273269cd525' },
    'i18n-plurals/nested-select-plural-forms': { verdict: 'ok', fingerprint: '402846074c675473' },
    'i18n-plurals/one-decimal-is-other': { verdict: 'ok', fingerprint: 'e32b7c4339fee40f' },
    'i18n-plurals/missing-category-fallback': { verdict: 'ok', fingerprint: '4ad9b56078817e21' },
    'i18n-plurals/russian-few-count': { verdict: 'ok', fingerprint: '66f28221d066f397' },
    'i18n-plurals/category-count': { verdict: 'ok', fingerprint: 'dde491e9d82f33a8' },
    'i18n-plurals/select-other-fallback': { verdict: 'ok', fingerprint: 'db999fca3dc91cf6' },
    'i18n-text/utf16-length': { verdict: 'ok', fingerprint: 'd3412a8430e748eb' },
    'i18n-text/code-point-count': { verdict: 'ok', fingerprint: '2a68438e7494c386' },
    'i18n-text/utf8-bytes': { verdict: 'ok', fingerprint: '664018092f0fd09a' },
    'i18n-text/nfd-length': { verdict: 'ok', fingerprint: '5a743113c441b8c2' },
    'i18n-text/nfc-equality-count': { verdict: 'ok', fingerprint: '87eda5d97c66b150' },
    'i18n-text/turkish-uppercase': { verdict: 'ok', fingerprint: '3d20db0101de9e73' },
    'i18n-text/turkish-lowercase': { verdict: 'ok', fingerprint: 'f7cbd73c01d23ab3' },
    'i18n-text/sharp-s-uppercase': { verdict: 'ok', fingerprint: '2c4cb519bb18cb1e' },
    'i18n-text/uppercase-length': { verdict: 'ok', fingerprint: 'd03bee25b31ae22e' },
    'i18n-text/collation-base-equal': { verdict: 'ok', fingerprint: '88fc4b2e2e866ac6' },
    'i18n-text/code-unit-sort': { verdict: 'ok', fingerprint: 'bb208a6c0c94b222' },
    'i18n-text/locale-collation-order': { verdict: 'ok', fingerprint: '99b1f8cb3bcec84a' },
    'i18n-text/numeric-collation': { verdict: 'ok', fingerprint: 'cff2a522e4dddcaf' },
    'i18n-text/regex-dot-unicode-flag': { verdict: 'ok', fingerprint: '427cac9a2715a5ba' },
    'i18n-text/nfkc-length': { verdict: 'ok', fingerprint: 'e87804fd8a513c47' },
    'i18n-time/utc-to-local-dst': { verdict: 'ok', fingerprint: 'b8b552ff887879ce' },
    'i18n-time/local-to-utc-dst': { verdict: 'ok', fingerprint: 'ae9569a519fd8a96' },
    'i18n-time/meeting-across-zones': { verdict: 'ok', fingerprint: 'e9e7b84aa85f483b' },
    'i18n-time/nonexistent-local-time': { verdict: 'ok', fingerprint: '5ce95a8e83ea71a3' },
    'i18n-time/night-shift-across-dst': { verdict: 'ok', fingerprint: 'efaf623d3e5f1626' },
    'i18n-time/zone-difference-hours': { verdict: 'ok', fingerprint: 'b431dd4a75c7e68b' },
    'i18n-time/add-24-hours-across-dst': { verdict: 'ok', fingerprint: '7828fceb532744ca' },
    'i18n-time/iso-week-number': { verdict: 'ok', fingerprint: '2c91ab60468c6faf' },
    'i18n-time/first-day-of-week': { verdict: 'ok', fingerprint: '18aab864e2ddd06c' },
    'i18n-time/short-date-by-locale': { verdict: 'ok', fingerprint: 'dc3bea4a41e1e3b9' },
    'i18n-time/long-date-by-locale': { verdict: 'ok', fingerprint: 'b781efbc955d0602' },
    'i18n-time/weekday-name-by-locale': { verdict: 'ok', fingerprint: 'd1ca088df97d7a79' },
    'i18n-time/time-style-by-locale': { verdict: 'ok', fingerprint: '6dc66afed4421563' },
    'i18n-time/date-only-string-utc': { verdict: 'ok', fingerprint: '68071eb1dae33565' },
    'i18n-time/relative-time': { verdict: 'ok', fingerprint: '622cad5c478c7fc2' },
    'i18n-locales/canonical-tag-case': { verdict: 'ok', fingerprint: '1b698ccd17396a99' },
    'i18n-locales/likely-subtags-maximize': { verdict: 'ok', fingerprint: '17a204baa78746cf' },
    'i18n-locales/likely-subtags-minimize': { verdict: 'ok', fingerprint: '1d45dcb925017d29' },
    'i18n-locales/resource-lookup-fallback': { verdict: 'ok', fingerprint: '4de2f65f22f405b2' },
    'i18n-locales/accept-language-negotiation': { verdict: 'ok', fingerprint: 'c7dd706a948c8c7e' },
    'i18n-locales/unicode-extension-tag': { verdict: 'ok', fingerprint: '0aeb6c19577aa2b5' },
    'i18n-locales/well-formed-tag-count': { verdict: 'ok', fingerprint: '990e87c3bd69ebf7' },
    'i18n-locales/rtl-locale-count': { verdict: 'ok', fingerprint: '24289556e4696891' },
    'i18n-locales/list-format': { verdict: 'ok', fingerprint: 'e0c63800a0cbf7dd' },
    'i18n-locales/display-names-language': { verdict: 'ok', fingerprint: 'a290c914fad220b9' },
    'i18n-locales/pseudo-localisation-length': { verdict: 'ok', fingerprint: '625756543c74c7b0' },
    'i18n-locales/expansion-budget-overflow': { verdict: 'ok', fingerprint: 'ca16875037fee6fc' },
    'i18n-locales/plural-entries-in-file': { verdict: 'ok', fingerprint: 'a3491b0ada10289d' },
    'i18n-locales/fallback-coverage-count': { verdict: 'ok', fingerprint: 'bc32ac30fe4a76da' },
    'i18n-locales/resource-file-count': { verdict: 'ok', fingerprint: '06559b27a5655c53' },
  },
}
