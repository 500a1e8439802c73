import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `translation-english-polish` test: 104
 * submitted, 103 after the review, all `ok`. Each family was drawn several times and every key
 * re-derived as a Polish editor would (aspect, government, agreement, PWN spelling and
 * punctuation, letter etiquette); amounts, percentages, dates and times are recomputed by the
 * key test from CLDR pl-PL, and centuries from the Roman-numeral rule.
 *
 * Deleted (1): `price-with-grosze`, which asked the decimal-comma question of
 * `decimal-comma-percent` and the "zł after the amount" question of `thousands-space-zloty-after`.
 *
 * Fixed in place (21 families) before the fingerprints were taken: one wrong key (a masculine
 * adjective with the feminine "drukarka"); five keys that said more or less than the source
 * (dropped "right away" and "has hired"; added "every day", "really" and p.m. for "half past");
 * three keys or sources that assumed a sex the source did not state (a male "I", a male "you",
 * "Dr Nowak" and "Dr Wójcik"); five distractors a reader could defend or that were not the error
 * they named ("dwanaście księgowych" of women, "czekać czegoś", "chcieć" with the accusative, the
 * analytic "bardziej tania", "patrzeć za" named a calque of "look for"), each replaced by a plain
 * error of the family's kind; three mistake names made exact; and option sets widened in ten
 * cued families (best rule was up to 0.79, least similar; now at most 0.69).
 *
 * Cue rates over 300 draws a family: no family gives a rule more than 0.69, and 18 give one
 * between 0.50 and 0.69, each named below; rule means are at most 0.31 (cross out the longest and
 * the most similar), the others 0.25 or less. Those eighteen, each under the 0.75 at which a
 * family would be judged cued, are left for a form to dilute across families.
 */
export const TRANSLATION_ENGLISH_POLISH_REVIEW: TestFamilyReview = {
  testId: 'translation-english-polish',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'tr-en-pl-conventions/abbreviation-dr-without-point': {
      verdict: 'ok',
      fingerprint: 'd2826aa34747dcb5',
      note: '"Dr Nowak" and "Dr Wójcik" may name a woman, which the masculine key assumed; surnames now -ski (Kowalski, Zieliński, Wiśniewski). dr without a point in the nominative, dr. in the genitive-accusative (PWN).',
    },
    'tr-en-pl-conventions/abbreviation-prof-with-point': {
      verdict: 'ok',
      fingerprint: '63b34335403576a6',
    },
    'tr-en-pl-conventions/clock-time-24-hour': { verdict: 'ok', fingerprint: 'b71223564e9ecfcd' },
    'tr-en-pl-conventions/comma-before-ze': { verdict: 'ok', fingerprint: '96479000f545e7b1' },
    'tr-en-pl-conventions/commas-around-ktory-clause': {
      verdict: 'ok',
      fingerprint: 'a00d764dfcfd38cf',
      note: 'Distractor "chce zwrot pieniędzy" replaced: "chcieć" with the accusative is accepted usage, so it was defensible; now the closing comma moved before "wczoraj", which detaches "yesterday" from the clause.',
    },
    'tr-en-pl-conventions/date-lowercase-genitive-month': {
      verdict: 'ok',
      fingerprint: '8e16ac519f8e45a3',
    },
    'tr-en-pl-conventions/decimal-comma-percent': {
      verdict: 'ok',
      fingerprint: 'b67b5a73cf78e3d4',
      note: 'Kept over the deleted price family: both asked for the decimal comma; percent sign without a space checked against CLDR pl-PL.',
    },
    'tr-en-pl-conventions/diacritics-dziekujemy': {
      verdict: 'ok',
      fingerprint: '1239208ffc913005',
      note: 'Best rule about 0.51 over 300 draws (most similar).',
    },
    'tr-en-pl-conventions/full-date-with-year': { verdict: 'ok', fingerprint: '7df4c4a164312d9f' },
    'tr-en-pl-conventions/half-past-is-half-to-the-next-hour': {
      verdict: 'ok',
      fingerprint: 'c487e75db9b5182f',
      note: 'Keyed "o 14:30" assumed p.m., which "half past two" does not state; key is "wpół do" the next hour only, with "odjeżdża" or "odchodzi".',
    },
    'tr-en-pl-conventions/inhabitants-capitalised': {
      verdict: 'ok',
      fingerprint: '4082051f0f8e3aee',
      note: 'Best rule about 0.67 over 300 draws (least similar), under 0.75; the edit point is one word or phrase with no further correct wording to vary.',
    },
    'tr-en-pl-conventions/languages-po-lowercase': {
      verdict: 'ok',
      fingerprint: '341b8a92efedcc94',
    },
    'tr-en-pl-conventions/morze-not-moze': { verdict: 'ok', fingerprint: 'e7d89fe07e6f2899' },
    'tr-en-pl-conventions/nationality-adjective-lowercase': {
      verdict: 'ok',
      fingerprint: '2c725cd2f202b233',
      note: 'Best rule about 0.69 over 300 draws (most similar), under 0.75; the edit point is one word or phrase with no further correct wording to vary.',
    },
    'tr-en-pl-conventions/nie-apart-from-verb': {
      verdict: 'ok',
      fingerprint: 'ed84668c0e6471e3',
      note: 'Best rule about 0.50 over 300 draws (crossing out the longest and most similar).',
    },
    'tr-en-pl-conventions/nie-joined-to-adjective': {
      verdict: 'ok',
      fingerprint: '6b2c1161a4b6505d',
      note: 'Wrong key fixed: "printer" gave "Nowy drukarka jest niedrogi" (drukarka is feminine) and made the feminine distractor right; nouns now all masculine (monitor, telefon, laptop). "naprawdę" (really) dropped from the key, which added to the source; "nie jest drogi" keyed beside "jest niedrogi" (cue 0.76 most similar, now 0.36).',
    },
    'tr-en-pl-conventions/o-kreskowane-wroc': { verdict: 'ok', fingerprint: 'b95f150922637a79' },
    'tr-en-pl-conventions/ordinal-floor-no-ending': {
      verdict: 'ok',
      fingerprint: '29c155070d981250',
      note: '"3." with a point or the word keyed; "3-cim" named. Best rule about 0.55 over 300 draws (longest).',
    },
    'tr-en-pl-conventions/polish-quotation-marks': {
      verdict: 'ok',
      fingerprint: '2e229e105d90a710',
    },
    'tr-en-pl-conventions/roman-numeral-century': {
      verdict: 'ok',
      fingerprint: 'ea183419bb7d71f7',
      note: 'Centuries recomputed by the key test (Roman numerals, no point).',
    },
    'tr-en-pl-conventions/thousands-space-zloty-after': {
      verdict: 'ok',
      fingerprint: '53f8a6ce58303e73',
      note: 'Amounts recomputed against CLDR pl-PL by the key test. Best rule about 0.56 over 300 draws (most similar).',
    },
    'tr-en-pl-conventions/weekday-lowercase': {
      verdict: 'ok',
      fingerprint: 'f7aa8c1c2b80329a',
      note: 'Best rule about 0.69 over 300 draws (least similar), under 0.75; the edit point is one word or phrase with no further correct wording to vary.',
    },
    'tr-en-pl-grammar/ago-temu': { verdict: 'ok', fingerprint: '78cd406108ed6d65' },
    'tr-en-pl-grammar/comparative-niz-od': {
      verdict: 'ok',
      fingerprint: '6e717b83572a894b',
      note: 'Distractor "bardziej tania" replaced: the analytic comparative is unidiomatic, not plainly wrong; now masculine "poprzedni" for the feminine "oferta". Both "niż" + nominative and "od" + genitive keyed.',
    },
    'tr-en-pl-grammar/conditional-would': {
      verdict: 'ok',
      fingerprint: '2666f84ef055964a',
      note: 'Key lost "right away" in half its draws ("chciałaby zamówić kawę"); every option now keeps "od razu" in one of three word orders, which also broke a cue (most similar up to 1.00 once fixed, now 0.39).',
    },
    'tr-en-pl-grammar/do-with-genitive-destination': {
      verdict: 'ok',
      fingerprint: 'e8ffdc99ac95c289',
      note: 'Mistake name made exact: "jedzie" is travelling by land (car or train), not only driving.',
    },
    'tr-en-pl-grammar/dziekowac-takes-dative': { verdict: 'ok', fingerprint: '59689985b4bcfefc' },
    'tr-en-pl-grammar/genitive-after-negation': { verdict: 'ok', fingerprint: '058d1b126753ed25' },
    'tr-en-pl-grammar/ile-with-genitive': {
      verdict: 'ok',
      fingerprint: '0c454037932681a1',
      note: 'Best rule about 0.60 over 300 draws (most similar).',
    },
    'tr-en-pl-grammar/imperfective-for-a-habit': { verdict: 'ok', fingerprint: '7c450205606c8f6f' },
    'tr-en-pl-grammar/instrumental-after-jest': {
      verdict: 'ok',
      fingerprint: '33434b47045e778e',
      note: 'Both "jest inżynierem" and "to inżynier" keyed; "to inżynierem" and "jest inżynier" are the two named errors.',
    },
    'tr-en-pl-grammar/masculine-personal-past-plural': {
      verdict: 'ok',
      fingerprint: '8824c0c591248699',
    },
    'tr-en-pl-grammar/no-article-for-a': { verdict: 'ok', fingerprint: 'c8c0c97f56aae747' },
    'tr-en-pl-grammar/no-progressive-present': { verdict: 'ok', fingerprint: 'e7d0aab3b393ff2b' },
    'tr-en-pl-grammar/noun-adjective-order-fixed-term': {
      verdict: 'ok',
      fingerprint: '8ae6b271b780e35c',
    },
    'tr-en-pl-grammar/past-tense-gender-of-the-noun': {
      verdict: 'ok',
      fingerprint: 'ad6590e8d1ea898e',
    },
    'tr-en-pl-grammar/perfective-for-a-finished-result': {
      verdict: 'ok',
      fingerprint: 'd71bb607d0cc84c1',
    },
    'tr-en-pl-grammar/personal-numeral-with-men': {
      verdict: 'ok',
      fingerprint: 'bb3528fd1e5eddf4',
      note: '"twelve accountants" replaced by "twelve engineers": "dwanaście księgowych" is right for twelve women accountants (feminine genitive plural), so that distractor was defensible; key cue was 0.69 most similar, option set now varies the clause (zatrudnia / w firmie pracuje).',
    },
    'tr-en-pl-grammar/pomagac-takes-dative': {
      verdict: 'ok',
      fingerprint: 'e42d027c519504ff',
      note: 'Key variant "oszczędzać czas każdego dnia" added "every day" to the source; removed. "pomagać komuś w oszczędzaniu czasu" added to every option. Best rule about 0.62 over 300 draws (most similar).',
    },
    'tr-en-pl-grammar/potrzebowac-takes-genitive': {
      verdict: 'ok',
      fingerprint: '2645b595ba4af7ab',
    },
    'tr-en-pl-grammar/reflexive-sie': { verdict: 'ok', fingerprint: 'a1b32ff0183bfc0b' },
    'tr-en-pl-grammar/should-powinien-agreement': {
      verdict: 'ok',
      fingerprint: '1ed760c422fa5635',
    },
    'tr-en-pl-grammar/since-present-for-duration': {
      verdict: 'ok',
      fingerprint: '707b8776328c269a',
      note: 'Distractor "Mieszkałem … przez trzy lata" carries a male speaker but is wrong for its period reading whoever speaks; the key "Mieszkam" has no gender.',
    },
    'tr-en-pl-grammar/szukac-takes-genitive': {
      verdict: 'ok',
      fingerprint: '96b98479cef01287',
      note: '"Patrzę za" is no calque of "look for" (it is look after/behind); replaced by the word-for-word "szukam dla". The past-tense distractor "Szukałem" dropped: with "have been looking" said on finding the thing it is defensible; replaced by "z rana" for "since the morning".',
    },
    'tr-en-pl-grammar/uzywac-takes-genitive': { verdict: 'ok', fingerprint: 'dd1f15f886bdfdc4' },
    'tr-en-pl-grammar/w-with-locative-city': { verdict: 'ok', fingerprint: '1f7781c804c0d853' },
    'tr-en-pl-grammar/which-ktory-agreement': { verdict: 'ok', fingerprint: '22d47e453f1184df' },
    'tr-en-pl-lexis/actually-wlasciwie': {
      verdict: 'ok',
      fingerprint: '0e7e2ee660109c7e',
      note: 'Best rule about 0.51 over 300 draws (least similar).',
    },
    'tr-en-pl-lexis/argument-klotnia': { verdict: 'ok', fingerprint: 'a513671ad5485ea8' },
    'tr-en-pl-lexis/ask-a-question-zadac': {
      verdict: 'ok',
      fingerprint: '4ebc90dcccf72a0f',
      note: 'Distractor "Czy mogłem" is male but wrong for its tense whoever speaks. Best rule about 0.57 over 300 draws (most similar).',
    },
    'tr-en-pl-lexis/audience-publicznosc': { verdict: 'ok', fingerprint: 'f6abf75c590da8df' },
    'tr-en-pl-lexis/billion-miliard': { verdict: 'ok', fingerprint: 'a66058725a0f544a' },
    'tr-en-pl-lexis/blanket-koc': { verdict: 'ok', fingerprint: 'c59a2f7c6813215b' },
    'tr-en-pl-lexis/catch-a-cold-przeziebic-sie': {
      verdict: 'ok',
      fingerprint: 'e5a3a526b23e7480',
    },
    'tr-en-pl-lexis/chef-szef-kuchni': {
      verdict: 'ok',
      fingerprint: '770edf9b3504a169',
      note: 'Keyed variant "ma nowego szefa kuchni" dropped the hiring; replaced by "przyjęła do pracy".',
    },
    'tr-en-pl-lexis/confident-pewny-siebie': { verdict: 'ok', fingerprint: '3cb899425dcfa8e5' },
    'tr-en-pl-lexis/data-dane': {
      verdict: 'ok',
      fingerprint: '26d1d83967d2b56d',
      note: 'Best rule about 0.51 over 300 draws (crossing out the longest and most similar).',
    },
    'tr-en-pl-lexis/eventually-ostatecznie': { verdict: 'ok', fingerprint: '35f625909351f344' },
    'tr-en-pl-lexis/fabric-tkanina': { verdict: 'ok', fingerprint: '745662213963c236' },
    'tr-en-pl-lexis/give-a-presentation-wyglosic': {
      verdict: 'ok',
      fingerprint: 'fbd27f240e3a44ef',
      note: 'Cue fixed: least similar was 0.79; every option now draws one of three word orders of "jutro" and the verb, now 0.41.',
    },
    'tr-en-pl-lexis/hazard-zagrozenie': { verdict: 'ok', fingerprint: 'af02fa4563b5c83e' },
    'tr-en-pl-lexis/heavy-rain-ulewny': {
      verdict: 'ok',
      fingerprint: 'd7f880b5b64da0d8',
      note: 'Best rule about 0.54 over 300 draws (least similar).',
    },
    'tr-en-pl-lexis/make-a-decision-podjac': { verdict: 'ok', fingerprint: '247e80856a1864db' },
    'tr-en-pl-lexis/make-sense-miec-sens': {
      verdict: 'ok',
      fingerprint: '82a2769fe2ef0ef3',
      note: 'Best rule about 0.51 over 300 draws (crossing out the longest and most similar).',
    },
    'tr-en-pl-lexis/novel-powiesc': { verdict: 'ok', fingerprint: 'e6dfc8a771d01f82' },
    'tr-en-pl-lexis/obligation-obowiazek': { verdict: 'ok', fingerprint: '5c77403caaa17192' },
    'tr-en-pl-lexis/ordinary-zwykly': { verdict: 'ok', fingerprint: '3cca9984a0ac2fa5' },
    'tr-en-pl-lexis/parcel-paczka': { verdict: 'ok', fingerprint: '2c4d4e4a91d3fe4d' },
    'tr-en-pl-lexis/pass-an-exam-zdac': {
      verdict: 'ok',
      fingerprint: '556168265c6dcc45',
      note: '"zdawać" renamed as an aspect error (imperfective, sitting the exam), not a false friend; word orders now drawn in every option (shortest option was 0.71).',
    },
    'tr-en-pl-lexis/pay-attention-zwrocic-uwage': {
      verdict: 'ok',
      fingerprint: '0fd9302f264a3dbf',
      note: 'Best rule about 0.50 over 300 draws (most similar).',
    },
    'tr-en-pl-lexis/pension-emerytura': { verdict: 'ok', fingerprint: '7334caf8e488fe42' },
    'tr-en-pl-lexis/preservatives-konserwanty': { verdict: 'ok', fingerprint: 'afd35d5495c17ad4' },
    'tr-en-pl-lexis/rent-czynsz': { verdict: 'ok', fingerprint: 'ebf280d80f53027c' },
    'tr-en-pl-lexis/run-a-company-prowadzic': { verdict: 'ok', fingerprint: 'd1f19f065c573de9' },
    'tr-en-pl-lexis/spend-time-spedzac': {
      verdict: 'ok',
      fingerprint: 'a5395a47160e0d58',
      note: 'Cue fixed (most similar 0.69, now 0.42): key also "Spotkania zajmują nam dużo czasu" and word orders in every option.',
    },
    'tr-en-pl-lexis/strong-coffee-mocna': { verdict: 'ok', fingerprint: '9ce5e323967a328e' },
    'tr-en-pl-lexis/sympathetic-wspolczujacy': {
      verdict: 'ok',
      fingerprint: '38cfb549fd555c08',
      note: 'Key assumed a male speaker ("kiedy powiedziałem"); the source now names him ("when Piotr told her about his illness"), and "była wyrozumiała" joins the keyed renderings.',
    },
    'tr-en-pl-lexis/take-a-photo-zrobic': {
      verdict: 'ok',
      fingerprint: 'fbbca770f6900135',
      note: 'Keyed variant "Czy mógłbyś" assumed a male addressee the source does not name; removed from the key and the false-friend distractor. Best rule about 0.59 over 300 draws (most similar).',
    },
    'tr-en-pl-lexis/take-place-odbyc-sie': { verdict: 'ok', fingerprint: '9824f9d9ddee8129' },
    'tr-en-pl-register/apologise-for-the-inconvenience': {
      verdict: 'ok',
      fingerprint: 'a935f8bbabc6e6fe',
    },
    'tr-en-pl-register/app-instruction-ty': { verdict: 'ok', fingerprint: '8e1f3f1c7395a1b9' },
    'tr-en-pl-register/beat-around-the-bush': { verdict: 'ok', fingerprint: '7d416369a059625b' },
    'tr-en-pl-register/call-it-a-day': { verdict: 'ok', fingerprint: '066a5250c1b3d056' },
    'tr-en-pl-register/closing-without-comma': {
      verdict: 'ok',
      fingerprint: 'b7a0599063491709',
      note: 'Cue fixed (least similar 0.65–0.72, now 0.34): four keyed formal closings (Z poważaniem, Z wyrazami szacunku, Z wyrazami poważania, Łączę wyrazy szacunku), each also with the comma; no comma after the closing formula checked against PWN usage.',
    },
    'tr-en-pl-register/congratulations-on-genitive': {
      verdict: 'ok',
      fingerprint: '9cfee7e32edf8a7c',
    },
    'tr-en-pl-register/cost-an-arm-and-a-leg': { verdict: 'ok', fingerprint: 'bee04bea7d5c6c14' },
    'tr-en-pl-register/dative-pan-pani-thanks': { verdict: 'ok', fingerprint: '0ccaa2bbdce6b76f' },
    'tr-en-pl-register/feel-free-to-contact': {
      verdict: 'ok',
      fingerprint: 'e158d47a29871561',
      note: 'Best rule about 0.54 over 300 draws (least similar).',
    },
    'tr-en-pl-register/have-a-nice-weekend': { verdict: 'ok', fingerprint: '6cdf8edd4b259af4' },
    'tr-en-pl-register/looking-forward-to-your-reply': {
      verdict: 'ok',
      fingerprint: '512fef8d9d677729',
      note: 'Distractor "Czekam Pana odpowiedzi" replaced: "czekać czegoś" is literary but correct; now "na … odpowiedzi", a plural "answers" for one reply. "Czekałem" is a distractor (wrong tense whoever speaks). Best rule about 0.53 over 300 draws (longest).',
    },
    'tr-en-pl-register/not-my-cup-of-tea': { verdict: 'ok', fingerprint: '1a6ed8069b2b596f' },
    'tr-en-pl-register/once-in-a-blue-moon': { verdict: 'ok', fingerprint: 'a6433a34dc39b904' },
    'tr-en-pl-register/out-of-the-blue': { verdict: 'ok', fingerprint: 'ba1bbe639fa67822' },
    'tr-en-pl-register/pan-to-a-client': { verdict: 'ok', fingerprint: '322274133c0ffd50' },
    'tr-en-pl-register/panstwo-to-customers': {
      verdict: 'ok',
      fingerprint: 'fd414646e127fd7e',
      note: 'Cue fixed (most similar 0.64, now 0.46): "do odwiedzenia" variants in every option.',
    },
    'tr-en-pl-register/piece-of-cake': { verdict: 'ok', fingerprint: '76df502f9e542579' },
    'tr-en-pl-register/please-find-attached': {
      verdict: 'ok',
      fingerprint: '389f64060031673f',
      note: '"Proszę znaleźć … w załączniku" kept as the named calque: Polish correspondence writes "w załączniku przesyłam"; the key is the one an editor accepts without change. Mistake name now says so.',
    },
    'tr-en-pl-register/raining-cats-and-dogs': { verdict: 'ok', fingerprint: 'c5beebaa8b94e285' },
    'tr-en-pl-register/salutation-without-surname': {
      verdict: 'ok',
      fingerprint: 'c2d60f4451924e4b',
      note: '"Szanowny Panie" without the surname, as Polish letter etiquette sets it.',
    },
    'tr-en-pl-register/to-whom-it-may-concern': { verdict: 'ok', fingerprint: 'e94b59b3369e6f20' },
    'tr-en-pl-register/two-birds-with-one-stone': {
      verdict: 'ok',
      fingerprint: '45c6a63ccbfebabf',
    },
    'tr-en-pl-register/ty-to-a-friend': {
      verdict: 'ok',
      fingerprint: '352b1b7d57531273',
      note: 'Cue fixed (most similar 0.72, now 0.36): two more keyed renderings for a friend and a third word order in every distractor.',
    },
    'tr-en-pl-register/under-the-weather': { verdict: 'ok', fingerprint: '4e886755235b78ac' },
  },
}
