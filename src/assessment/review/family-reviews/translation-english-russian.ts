import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `translation-english-russian` test: 113
 * submitted, 108 after the review, all `ok`. Each family was drawn in every word choice and read
 * as a Russian editor would (aspect, the case a verb, preposition or numeral governs, agreement,
 * verbs of motion, letter etiquette, the spelling and punctuation rules and the publishing
 * handbooks); amounts, dates, times, plural categories, centuries and ICAO names are recomputed by
 * the key test.
 *
 * Deleted (5): `new-information-last` (with the letter on the table both orders are defensible
 * for either article, so the key rested on a theme-rheme reading a reviewer would not enforce);
 * `nuzhen-agrees-with-the-thing` (0.84), `blagodarit-takes-the-accusative` (0.77, and the dative
 * after благодарить is asked again by `conductor-dirizhyor` and `thanks-for-the-order`),
 * `chtoby-with-the-past-form` (0.73) for the most-similar cue: each distractor was the key with
 * one word changed; and `languages-po-hyphen-lowercase` (0.87, the same cue; lower-case names are
 * asked by the weekday, month and nationality families).
 *
 * Fixed in place (11 families) before the fingerprints were taken: two keys wrong in some draws
 * (free variation made "Нам нужен нового переводчика" and "выступает с презентацией совету
 * директоров"); one key that added to the source ("со всей своей семьёй"); six distractors a
 * reader could defend, removed or replaced ("хочет" for "would like", "Если банк соглашается",
 * "дирижёр поблагодарила", "крепкое кофе", "не нарушала законы", "Счастливого Нового года"); one
 * distractor with two errors (masculine ты to Ms Sokolova); one stem changed so that one-way идти
 * is plainly wrong ("three times a week" for "every morning"); and one option set widened where
 * the key was always the longest. Kept after a decision: "Извиняемся" in a formal letter and
 * "1-го марта" in a date, both errors the usage and publishing guides name.
 *
 * Cue rates over 300 draws a family: no family gives a rule more than 0.69 (most similar,
 * `nominative-singular-after-one`), rule means at most 0.33 (cross out the longest and the most
 * similar, lexis), the others 0.29 or less.
 */
export const TRANSLATION_ENGLISH_RUSSIAN_REVIEW: TestFamilyReview = {
  testId: 'translation-english-russian',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'tr-en-ru-conventions/clock-time-24-hour': {
      verdict: 'ok',
      fingerprint: 'e69f493eed992765',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (format, mistranslation, wrong tense).',
    },
    'tr-en-ru-conventions/comma-before-chto': {
      verdict: 'ok',
      fingerprint: '0e663b282ae922e9',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (punctuation, mistranslation, wrong tense).',
    },
    'tr-en-ru-conventions/commas-around-kotoryj-clause': {
      verdict: 'ok',
      fingerprint: '83136b537922693a',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (punctuation, case).',
    },
    'tr-en-ru-conventions/date-lowercase-genitive-month': {
      verdict: 'ok',
      fingerprint: '6b454819a3ba787c',
      note: 'Flagged by the author: "1-го марта" is the ending the publishing handbooks forbid after the day of a date in text; kept. Lower-case genitive month, day-month order checked.',
    },
    'tr-en-ru-conventions/decimal-comma-unit-without-point': {
      verdict: 'ok',
      fingerprint: 'aa970a2a6bcca77d',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (format, mistranslation, punctuation).',
    },
    'tr-en-ru-conventions/full-date-with-g': {
      verdict: 'ok',
      fingerprint: '6b22b85484c7d6aa',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (format, case, spelling).',
    },
    'tr-en-ru-conventions/icao-passport-names': {
      verdict: 'ok',
      fingerprint: 'e25de02c384ba109',
      note: 'ICAO 9303 back-transliteration: iu → ю, ia → я, final i → й, shch → щ, zh → ж, ts → ц (Iuliia, Nataliia → Юлия, Наталия); surname gender checked.',
    },
    'tr-en-ru-conventions/nationality-adjective-lowercase': {
      verdict: 'ok',
      fingerprint: '8d8495454e7ab7b9',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (capitalisation, agreement, negation).',
    },
    'tr-en-ru-conventions/nested-quotation-marks': {
      verdict: 'ok',
      fingerprint: '2c0024d4cdad649f',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (punctuation).',
    },
    'tr-en-ru-conventions/new-year-capitals': {
      verdict: 'ok',
      fingerprint: '563f4f72050f2e57',
      note: '"Счастливого Нового года" named a calque is in current use on Russian cards; replaced by "с Новый год" (nominative after с). Новый год capitals (Новым годом) checked.',
    },
    'tr-en-ru-conventions/ordinal-one-letter-ending': {
      verdict: 'ok',
      fingerprint: 'b3b334daea864fbe',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (spelling, agreement).',
    },
    'tr-en-ru-conventions/roman-century': {
      verdict: 'ok',
      fingerprint: '30640e2e4fe482a3',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (mistranslation, spelling, case).',
    },
    'tr-en-ru-conventions/rouble-sign-after-the-amount': {
      verdict: 'ok',
      fingerprint: '88a7172435e846bb',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (format, mistranslation).',
    },
    'tr-en-ru-conventions/spaced-dash-between-nouns': {
      verdict: 'ok',
      fingerprint: '786ff56eaa6ff8d0',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (punctuation, literal calque).',
    },
    'tr-en-ru-conventions/thousands-space-roubles': {
      verdict: 'ok',
      fingerprint: '28ae90bec7513ac8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (format, mistranslation, case).',
    },
    'tr-en-ru-conventions/weekday-lowercase': {
      verdict: 'ok',
      fingerprint: '81cf8a940830d981',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (capitalisation, case, mistranslation).',
    },
    'tr-en-ru-conventions/yo-where-the-style-guide-asks': {
      verdict: 'ok',
      fingerprint: '45df0f76faa02ab3',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (spelling, mistranslation, agreement).',
    },
    'tr-en-ru-conventions/yolochki-quotation-marks': {
      verdict: 'ok',
      fingerprint: '5a92601c1f12ff1f',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (punctuation).',
    },
    'tr-en-ru-grammar/ago-nazad': {
      verdict: 'ok',
      fingerprint: '6516c06652ec5649',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (mistranslation, case, agreement).',
    },
    'tr-en-ru-grammar/comparative-chem-or-genitive': {
      verdict: 'ok',
      fingerprint: 'd5dc61fbdf5d325c',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, mistranslation).',
    },
    'tr-en-ru-grammar/conditional-would-like': {
      verdict: 'ok',
      fingerprint: '4ab1f6ae033f9bc3',
      note: 'Removed the distractor "хочет заказать" named a mood error: "хочет" is an acceptable rendering of a third person\'s "would like". Three distractors remain (gender, aspect, minutes).',
    },
    'tr-en-ru-grammar/dolzhen-agreement-and-aspect': {
      verdict: 'ok',
      fingerprint: 'ecbc61149c558c40',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (agreement, wrong aspect, wrong modal, case).',
    },
    'tr-en-ru-grammar/double-negation-nichego': {
      verdict: 'ok',
      fingerprint: '461d850caa7c515d',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (negation, literal calque, case).',
    },
    'tr-en-ru-grammar/double-negation-nikto': {
      verdict: 'ok',
      fingerprint: '5e92fff4357f2e8d',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (negation, agreement, mistranslation).',
    },
    'tr-en-ru-grammar/dva-dve-gender': {
      verdict: 'ok',
      fingerprint: '7b86fd0432911bf8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (agreement, case, mistranslation).',
    },
    'tr-en-ru-grammar/edet-for-travel-by-transport': {
      verdict: 'ok',
      fingerprint: '1650f39a37459fe0',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong verb, case, mistranslation, wrong tense).',
    },
    'tr-en-ru-grammar/future-after-esli': {
      verdict: 'ok',
      fingerprint: '8065f44f3405fdc7',
      note: 'Removed the distractor "Если банк соглашается, мы подпишем": it can be read as a condition holding now, which a reviewer would not mark. The unreal conditional, "в понедельнике" and Tuesday remain; key "согласится … подпишем" checked.',
    },
    'tr-en-ru-grammar/genitive-after-net': {
      verdict: 'ok',
      fingerprint: '2e5fc93cc21609db',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, literal calque, negation, wrong tense).',
    },
    'tr-en-ru-grammar/genitive-plural-from-five': {
      verdict: 'ok',
      fingerprint: '80c8d4313a65cb16',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case).',
    },
    'tr-en-ru-grammar/genitive-singular-after-two-to-four': {
      verdict: 'ok',
      fingerprint: '21edfe9c0d1bf568',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case).',
    },
    'tr-en-ru-grammar/imperfective-after-nachat': {
      verdict: 'ok',
      fingerprint: 'fc0be33624abc735',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong aspect, case, mistranslation).',
    },
    'tr-en-ru-grammar/imperfective-for-a-habit': {
      verdict: 'ok',
      fingerprint: '81f302556d9c03c4',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong aspect, case, wrong tense).',
    },
    'tr-en-ru-grammar/khodit-for-a-repeated-round-trip': {
      verdict: 'ok',
      fingerprint: '3d3e90e8350398d1',
      note: 'Source was "every morning": in a narrated daily routine "каждое утро идёт в спортзал" passes, so the idti distractor was defensible; now "three times a week", with which one-way "идёт" is plainly wrong.',
    },
    'tr-en-ru-grammar/kotoryj-gender-and-case': {
      verdict: 'ok',
      fingerprint: '8885b845323f691b',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, agreement, wrong tense).',
    },
    'tr-en-ru-grammar/na-for-events-and-some-places': {
      verdict: 'ok',
      fingerprint: '1d340aa06cf942d8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong preposition, case, wrong tense).',
    },
    'tr-en-ru-grammar/no-article-for-a': {
      verdict: 'ok',
      fingerprint: '15f6f70692113d99',
      note: 'Wrong key in one draw: "Нам нужен нового переводчика" (нужен takes a nominative); that opening removed, the key is now "ищем/подыскиваем нового …" only.',
    },
    'tr-en-ru-grammar/no-progressive-present': {
      verdict: 'ok',
      fingerprint: 'b828947d20a45139',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong preposition, case, wrong tense).',
    },
    'tr-en-ru-grammar/nominative-singular-after-one': {
      verdict: 'ok',
      fingerprint: '13bf33359d25cde3',
      note: '21, 31, 101 страница (nominative singular after a number ending in 1) against страниц, страницы and в отчёт; most-similar rule 0.69, under the 0.75 line, left to the form.',
    },
    'tr-en-ru-grammar/nravitsya-with-a-dative-experiencer': {
      verdict: 'ok',
      fingerprint: '894c022083243ede',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, agreement, negation).',
    },
    'tr-en-ru-grammar/passive-with-sya': {
      verdict: 'ok',
      fingerprint: 'c590d8190f64ef73',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, agreement, wrong tense).',
    },
    'tr-en-ru-grammar/past-tense-gender-of-the-noun': {
      verdict: 'ok',
      fingerprint: 'ffc5925b100d7758',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (agreement, number, mistranslation).',
    },
    'tr-en-ru-grammar/perfective-for-a-finished-result': {
      verdict: 'ok',
      fingerprint: 'd1ea4cfba64eca1d',
      note: 'Perfective перевёл/перевела for a result, gender of the past, accusative object, уже/ещё не checked for Anna and Ivan.',
    },
    'tr-en-ru-grammar/perfective-future-for-one-sending': {
      verdict: 'ok',
      fingerprint: '7088ee7c4d25e4c0',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong aspect, case, number).',
    },
    'tr-en-ru-grammar/polzovatsya-takes-the-instrumental': {
      verdict: 'ok',
      fingerprint: '9f7d6d1cc1beb541',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, wrong tense).',
    },
    'tr-en-ru-grammar/pomogat-takes-the-dative': {
      verdict: 'ok',
      fingerprint: '2d565b85f20f3354',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, wrong tense, mistranslation).',
    },
    'tr-en-ru-grammar/poprosit-not-sprosit': {
      verdict: 'ok',
      fingerprint: '7c63c0af4159537a',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong verb, case, mistranslation).',
    },
    'tr-en-ru-grammar/prefix-pri-for-arrival': {
      verdict: 'ok',
      fingerprint: '4fbd6a25f8daa59f',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong prefix, agreement, wrong aspect, mistranslation).',
    },
    'tr-en-ru-grammar/prepositional-after-v-for-a-city': {
      verdict: 'ok',
      fingerprint: 'e02eadd0250df304',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, wrong preposition, wrong tense).',
    },
    'tr-en-ru-grammar/present-for-a-duration-up-to-now': {
      verdict: 'ok',
      fingerprint: '9afc84aeab1a2962',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, case, mistranslation).',
    },
    'tr-en-ru-grammar/reflexive-sya': {
      verdict: 'ok',
      fingerprint: '0374e8637918c84c',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (omission, mistranslation, case, wrong tense).',
    },
    'tr-en-ru-grammar/short-adjective-agreement': {
      verdict: 'ok',
      fingerprint: 'db931130093039ef',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (agreement, mistranslation, number).',
    },
    'tr-en-ru-grammar/svoj-for-the-subjects-own': {
      verdict: 'ok',
      fingerprint: 'a7bebf6d52ceb4e5',
      note: "Свой for the subject's own report; её/его read as another person's, which is how a reviewer reads the English default. Gender and dative checked.",
    },
    'tr-en-ru-grammar/teens-take-the-genitive-plural': {
      verdict: 'ok',
      fingerprint: '197cc5584e77d604',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, mistranslation).',
    },
    'tr-en-ru-grammar/zvonit-takes-the-dative': {
      verdict: 'ok',
      fingerprint: 'b7f7173e3a58afa3',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (case, wrong preposition, mistranslation).',
    },
    'tr-en-ru-lexis/accurate-tochnyj': {
      verdict: 'ok',
      fingerprint: 'd4b62af6b76b3a70',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation).',
    },
    'tr-en-ru-lexis/actual-fakticheskij': {
      verdict: 'ok',
      fingerprint: 'caadda3224989f40',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation, agreement).',
    },
    'tr-en-ru-lexis/application-prilozhenie': {
      verdict: 'ok',
      fingerprint: 'b9aadadcee1a95c9',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/artist-khudozhnik': {
      verdict: 'ok',
      fingerprint: '2b2cb6013d36bff6',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/ask-a-question-zadat': {
      verdict: 'ok',
      fingerprint: '1a89abfe7c1ca049',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, case, mistranslation).',
    },
    'tr-en-ru-lexis/balloon-vozdushnyj-shar': {
      verdict: 'ok',
      fingerprint: '3fdf169fb3c071b8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, number, case).',
    },
    'tr-en-ru-lexis/break-the-law-narushit': {
      verdict: 'ok',
      fingerprint: '555fe61797b1229e',
      note: 'Removed "не нарушала законы" named a number error ("не нарушала законов" is a fair rendering of "did not break the law") and the genitive key variant, which left the key always the longest; added "не соблюдала" (did not obey). Best rule now below 0.5.',
    },
    'tr-en-ru-lexis/cabinet-shkaf': {
      verdict: 'ok',
      fingerprint: '12f21b2cd7930720',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/check-proverit-not-cheknut': {
      verdict: 'ok',
      fingerprint: 'ad5a88dc393f79ac',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (register, case, mistranslation).',
    },
    'tr-en-ru-lexis/conductor-dirizhyor': {
      verdict: 'ok',
      fingerprint: 'd30645f4a3035b1f',
      note: 'Removed "дирижёр поблагодарила" named an agreement error: with a woman conductor, whom the source does not exclude, the feminine verb is accepted. Кондуктор, dative, composer remain.',
    },
    'tr-en-ru-lexis/data-dannye': {
      verdict: 'ok',
      fingerprint: '03114c557c4bea57',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/decade-desyatiletie': {
      verdict: 'ok',
      fingerprint: '0e7ae044ca95f1e8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation).',
    },
    'tr-en-ru-lexis/dramatic-rezkij': {
      verdict: 'ok',
      fingerprint: '84f092a7b37e8740',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, mistranslation, agreement).',
    },
    'tr-en-ru-lexis/draw-conclusions-sdelat-vyvody': {
      verdict: 'ok',
      fingerprint: 'ff352d058b9a9c96',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, mistranslation, case).',
    },
    'tr-en-ru-lexis/fabric-tkan': {
      verdict: 'ok',
      fingerprint: '25f6b51049c02ed1',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, agreement, mistranslation).',
    },
    'tr-en-ru-lexis/family-semya': {
      verdict: 'ok',
      fingerprint: '6c3b715c12831f79',
      note: 'Dropped the key variant "со всей своей семьёй", which adds "whole". Семья/фамилия, свой and the instrumental after с checked.',
    },
    'tr-en-ru-lexis/fill-in-a-form-zapolnit': {
      verdict: 'ok',
      fingerprint: '7a65c75097bb6f6c',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (wrong verb, number, mistranslation).',
    },
    'tr-en-ru-lexis/give-a-presentation-vystupit': {
      verdict: 'ok',
      fingerprint: '662a529830124318',
      note: 'Wrong key in some draws: free groups combined "выступает с презентацией совету директоров"; the key now varies as whole phrases (выступает … перед, проводит … для, представляет … совету).',
    },
    'tr-en-ru-lexis/heavy-rain-silnyj': {
      verdict: 'ok',
      fingerprint: '8f93e4f34de25f0f',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, agreement, mistranslation).',
    },
    'tr-en-ru-lexis/heavy-traffic-probki': {
      verdict: 'ok',
      fingerprint: '6dba77531fd5b702',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, mistranslation, case).',
    },
    'tr-en-ru-lexis/in-our-opinion-po-mneniyu': {
      verdict: 'ok',
      fingerprint: '9f50075241ff6b6f',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, punctuation, mistranslation).',
    },
    'tr-en-ru-lexis/intelligent-umnyj': {
      verdict: 'ok',
      fingerprint: '02a295485b71a3b8',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation).',
    },
    'tr-en-ru-lexis/magazine-zhurnal': {
      verdict: 'ok',
      fingerprint: 'e5d277e251adfbd1',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation, case).',
    },
    'tr-en-ru-lexis/make-a-decision-prinyat': {
      verdict: 'ok',
      fingerprint: 'd65d694f5011c748',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, case, mistranslation).',
    },
    'tr-en-ru-lexis/makes-sense-imeet-smysl': {
      verdict: 'ok',
      fingerprint: '0b056667bb75436e',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, mistranslation, case).',
    },
    'tr-en-ru-lexis/novel-roman': {
      verdict: 'ok',
      fingerprint: 'ee68d5541e6067c2',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation, wrong tense).',
    },
    'tr-en-ru-lexis/pathetic-zhalkij': {
      verdict: 'ok',
      fingerprint: '7a565ef7f520dfee',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, agreement, mistranslation).',
    },
    'tr-en-ru-lexis/pay-attention-obratit-vnimanie': {
      verdict: 'ok',
      fingerprint: '9773af32308cd2c3',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, wrong preposition, mistranslation).',
    },
    'tr-en-ru-lexis/perspective-tochka-zreniya': {
      verdict: 'ok',
      fingerprint: '6a2b71e5e0a84051',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, number, case).',
    },
    'tr-en-ru-lexis/physician-vrach': {
      verdict: 'ok',
      fingerprint: 'e5059afb21ac6c0e',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/realise-ponyat': {
      verdict: 'ok',
      fingerprint: 'cc738dbd948fe867',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, punctuation, mistranslation).',
    },
    'tr-en-ru-lexis/record-uchyot': {
      verdict: 'ok',
      fingerprint: '55e2132d7238adf2',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, case, mistranslation).',
    },
    'tr-en-ru-lexis/strong-coffee-krepkij': {
      verdict: 'ok',
      fingerprint: '0fa7984bfe87bdbf',
      note: '"Кофе … крепкое" is the colloquial neuter current dictionaries admit, so not a clean agreement error; replaced by "чай" for coffee. Крепкий/сильный and the opposite checked.',
    },
    'tr-en-ru-lexis/sympathetic-otzyvchivyj': {
      verdict: 'ok',
      fingerprint: 'a9f7addec3519963',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (false friend, mistranslation, case).',
    },
    'tr-en-ru-register/apologise-for-the-inconvenience': {
      verdict: 'ok',
      fingerprint: '13b76a8594c11a38',
      note: 'Flagged by the author: "Извиняемся" in a formal letter is marked colloquial by the usage guides and an editor corrects it to "Приносим извинения"; kept, the stem names the formal letter.',
    },
    'tr-en-ru-register/capital-vy-to-one-client': {
      verdict: 'ok',
      fingerprint: '63a4733196e0ffd2',
      note: 'The ты distractor was masculine for Ms Sokolova too (two errors); now "не мог/не могла бы ты" follows the addressee. Capital Вы to one reader, aspect checked.',
    },
    'tr-en-ru-register/closing-s-uvazheniem': {
      verdict: 'ok',
      fingerprint: '3e105d9d691fb9ce',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, register).',
    },
    'tr-en-ru-register/do-not-hesitate-to-contact-us': {
      verdict: 'ok',
      fingerprint: 'a20a46c48f158160',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, register, pronoun).',
    },
    'tr-en-ru-register/idiom-arm-and-a-leg': {
      verdict: 'ok',
      fingerprint: '32cde25f1460ed2d',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, mistranslation, agreement).',
    },
    'tr-en-ru-register/idiom-break-the-ice': {
      verdict: 'ok',
      fingerprint: 'c92ba9c4da70bd26',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, agreement, mistranslation).',
    },
    'tr-en-ru-register/idiom-keep-me-posted': {
      verdict: 'ok',
      fingerprint: 'aa4f85b4600f0085',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, register, number).',
    },
    'tr-en-ru-register/idiom-on-the-same-page': {
      verdict: 'ok',
      fingerprint: 'cea2ce4490dc6602',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, punctuation, mistranslation).',
    },
    'tr-en-ru-register/idiom-once-in-a-blue-moon': {
      verdict: 'ok',
      fingerprint: 'febc7261c4186364',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, mistranslation, wrong verb).',
    },
    'tr-en-ru-register/idiom-piece-of-cake': {
      verdict: 'ok',
      fingerprint: '9c8625a33a34d805',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, mistranslation, agreement).',
    },
    'tr-en-ru-register/idiom-raining-cats-and-dogs': {
      verdict: 'ok',
      fingerprint: '5c28db3db992b324',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, mistranslation, case).',
    },
    'tr-en-ru-register/idiom-two-birds-one-stone': {
      verdict: 'ok',
      fingerprint: '73bebd2091a0ddce',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (idiom translated literally, case, mistranslation).',
    },
    'tr-en-ru-register/look-forward-to-your-reply': {
      verdict: 'ok',
      fingerprint: '6f2a3d99afb718c7',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, register, case).',
    },
    'tr-en-ru-register/lower-case-vy-to-a-team': {
      verdict: 'ok',
      fingerprint: 'c7efe169418bd1e3',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (capitalisation, case, mistranslation).',
    },
    'tr-en-ru-register/out-of-office': {
      verdict: 'ok',
      fingerprint: '5709de0e5a457c53',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, case, mistranslation).',
    },
    'tr-en-ru-register/please-find-attached': {
      verdict: 'ok',
      fingerprint: '38214262e9e67e47',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, register, case, mistranslation).',
    },
    'tr-en-ru-register/salutation-uvazhaemyj': {
      verdict: 'ok',
      fingerprint: 'd5b21023fdd08f36',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (register, mistranslation, agreement).',
    },
    'tr-en-ru-register/thanks-a-lot-to-a-friend': {
      verdict: 'ok',
      fingerprint: 'db850e890ef5315b',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (literal calque, register, mistranslation).',
    },
    'tr-en-ru-register/thanks-for-the-order-blagodarim-vas': {
      verdict: 'ok',
      fingerprint: 'aee37bc8b1e733b6',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (register, capitalisation, case, number).',
    },
    'tr-en-ru-register/ty-to-a-friend': {
      verdict: 'ok',
      fingerprint: '8a789f9af0f08beb',
      note: 'Key natural standard Russian in every draw; each distractor one error a reviewer marks (register, case, mistranslation).',
    },
  },
}
