import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `german-language` test's 80 families (articles, adjective endings
 * and noun declension 17; verb forms 15; word order 17; prepositions and pronouns 16; numbers,
 * dates and spelling 15), read as a competent German speaker and as a guessing candidate, under a
 * short deadline.
 *
 * What was drawn: every family twice in full (stem, key, every declared named mistake) on two
 * seeds, and the key of each draw worked by hand from the declension paradigms, the principal
 * parts, the topological fields of the clause and the stated DIN 5008 rules, not with the
 * family's code; every changed family drawn again after its change. The key test re-derives each
 * key and each term-built mistake with its own declension and principal-parts tables, a second
 * number speller and Intl de-DE, and checks that every verb-final clause ends with its finite
 * verb; it passed unchanged after every change here (the mistakes added below are literal text
 * or terms it renders again). Only two draws a family were read: a family's rarer rows (other
 * nouns, persons or frames) were not each worked.
 *
 * Wrong keys found: none. Options that were not wrong, or not clearly, and are fixed:
 * ger-w-question-verb-second's «Wie viele Seiten insgesamt hat die Broschüre?» is good German
 * (insgesamt may join the question phrase), so that row now asks with eigentlich, a particle that
 * cannot, and the mistake is named for what it does (more than the question phrase before the
 * verb); ger-verb-second-after-a-fronted-adverbial's «Nächste Woche prüft den Vertrag die
 * Kundin» and ger-verb-last-after-weil's «weil den Text morgen die Autorin schickt» are
 * grammatical with a noun subject (the middle field may put a noun object before a noun
 * subject), so the first row's subject is now the pronoun sie and the weil family moves the
 * subject behind the middle field only when it is a pronoun (otherwise: verb first after weil
 * and the subject last); ger-reflexive-dative's «uses the reflexive of the other person» gave
 * «Ich notiere dir die Zahlen», a correct sentence (a dative of benefit), so it is kept only for
 * merken and überlegen, where no such reading exists. The word-order stem now asks for the
 * version correct «in its word order and its commas», since several mistakes (old and new) are
 * the key's order with a comma left out, which a word-order-only stem would have made correct.
 * ger-present-of-werden-and-wissen's third-person werden slip was «werdet», the same text as its
 * ihr-form mistake (and so silently dropped); it is now «wirdt» (the regular -t added to wird),
 * and its sentences no longer begin with a lower-case du or ich. ger-konjunktiv-ii-in-an-unreal-
 * condition's «ware» is offered only for a singular subject. ger-possessive-ihr's euer mistake
 * gives «Euer», not «Eur», where the ending is empty. Stems: the odd uses of Honorar went (a fee
 * that «liegt im Anhang», is «erstellt» or is «geschickt»): Kapitel replaces it in the neuter
 * nouns and Formular in the dass/das sentence; the «liegt im Anhang» frame no longer draws Termin
 * or Auftrag, «Ich schicke Ihnen heute ___» no longer draws Termin, «Können wir ___ vereinbaren?»
 * now draws only Termin or Vertrag with neu, kurz or wichtig; «Hat ___ der Entwurf gefallen?» no
 * longer asks for ich; the seit stem says «four months ago», not «vier months ago»; the gender
 * family's «the gender an English speaker defaults to» (English has none) became «the masculine,
 * as a default guess»; the salutation's exclamation mark is «an older style», not «the pre-1996
 * style».
 *
 * Cue repairs (real learner errors that differ from the key in two ways, or another form of the
 * paradigm): euro amount (English format throughout; English separators and no space), percent
 * (the share as a decimal fraction with %, German and English), long date (no comma after the
 * weekday; no space after the point; US order with comma; weekday and month both lower case; the
 * British form), 24-hour time (12-hour clock with a leading zero), ß/ss (a single s for ss; for
 * both), nominalised adjective (quantifier capitalised as well; -en), weekday adverb (adverb
 * capitalised and compound in lower case), nationality adjective (polite Ihnen in lower case,
 * alone and with the capitalised adjective), compound noun (two words without the link; camel
 * case without the link, or with an added -s-), ordinal (point and ending), werden/wissen (the
 * other singular person; wirt; wisse), inseparable participle (ge- with a weak participle; the
 * present after hat), separable participle (a weak verb given the strong -en), Konjunktiv II
 * unreal condition (the past Konjunktiv II; the du form), Konjunktiv II past (other auxiliary in
 * the indicative; weak participle with the other auxiliary), passive Perfekt (the active
 * Perfekt), word order (fronted adverbial: comma and verb last; Perfekt weil clause and
 * separable wenn clause: the comma left out, alone and with verb-second order; wenn clause
 * fronted: no comma and verb last; deshalb: a new sentence with subject–verb order, no comma with
 * the verb last), prepositions (genitive: dative article with genitive -s, -s dropped, des with a
 * feminine, -s on a feminine noun; zu: no article, nach), relative denen (dennen, was), reflexive
 * (the pronoun after the noun object; merken without the pronoun), possessive Ihr (lower case with
 * the other case; euer; du), gender by suffix (uninflected adjective).
 *
 * Cue rates at 300 draws: before, 26 families over 0.50 (highest 0.87, compound noun, most
 * similar), 37 over 0.45 (rule means: most similar 0.28, avoid impossible 0.28, middle value
 * 0.25, longest 0.23). After: none over 0.50; the highest ger-perfekt-strong-participle-with-haben
 * 0.50 (longest option), then five at 0.49; 16 over 0.45 (rule means: most similar 0.26, avoid
 * impossible 0.26, middle value 0.25, longest 0.22). The worst before: compound noun 0.87 → 0.31,
 * weekday adverb 0.74 → 0.32, long date 0.71 → 0.42, possessive Ihr 0.69 → 0.35, Perfekt weil
 * clause 0.68 → 0.35, werden/wissen 0.64 → 0.45.
 *
 * Facts confirmed against published sources: none looked up in this review. Known to the
 * reviewer and not looked up: the declension paradigms and principal parts (as in Duden, Die
 * Grammatik), the 2006 spelling rules on ß/ss, nominalisation, weekday adverbs and language
 * nouns (and the pre-1996 spellings named: Anschluß, auf deutsch, Donnerstag morgen), and DIN
 * 5008's formats for amounts, percentages, numeric dates and times; the keys of the euro,
 * percent, date and time families are checked by the key test against Intl de-DE.
 *
 * Left as it is: frames that draw any noun of a gender with any adjective still make a few
 * unidiomatic but grammatical phrases (einen kurzen Vertrag vereinbaren, nichts gegen den letzten
 * Vertrag); ger-perfekt-strong-participle-with-haben sits at 0.50 (longest option: the key ties
 * with ge- plus the present or Präteritum stem); de-engine.ts repeats the French engine's
 * renderer shape, left for a later refactor.
 */
export const GERMAN_LANGUAGE_REVIEW: TestFamilyReview = {
  testId: 'german-language',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'ger-articles-adjective-endings/ger-weak-ending-after-definite-article-nominative': {
      verdict: 'ok',
      fingerprint: 'd147c5b8081a6998',
    },
    'ger-articles-adjective-endings/ger-masculine-accusative-object-definite': {
      verdict: 'ok',
      fingerprint: 'f6d5757a5731dd8c',
    },
    'ger-articles-adjective-endings/ger-mixed-ending-masculine-nominative-after-ein': {
      verdict: 'ok',
      fingerprint: '13f19d5fcf53e9e2',
    },
    'ger-articles-adjective-endings/ger-mixed-ending-neuter-after-ein': {
      verdict: 'ok',
      fingerprint: 'e5c5ef84c1911785',
    },
    'ger-articles-adjective-endings/ger-masculine-accusative-after-ein': {
      verdict: 'ok',
      fingerprint: '8df88ef0d9753109',
    },
    'ger-articles-adjective-endings/ger-dative-after-mit-definite': {
      verdict: 'ok',
      fingerprint: 'ef0cfde465068431',
    },
    'ger-articles-adjective-endings/ger-dative-plural-noun-takes-n': {
      verdict: 'ok',
      fingerprint: '911fe44edc21524c',
    },
    'ger-articles-adjective-endings/ger-strong-dative-without-article': {
      verdict: 'ok',
      fingerprint: '8fb2b7d52f473ea9',
    },
    'ger-articles-adjective-endings/ger-strong-genitive-adjective-takes-en': {
      verdict: 'ok',
      fingerprint: '4300e599a3dafb67',
    },
    'ger-articles-adjective-endings/ger-weak-masculine-noun-in-the-dative': {
      verdict: 'ok',
      fingerprint: 'a6dc4006ed8b716b',
    },
    'ger-articles-adjective-endings/ger-weak-masculine-genitive-has-no-s': {
      verdict: 'ok',
      fingerprint: '995134bde3d6787d',
    },
    'ger-articles-adjective-endings/ger-genitive-strong-masculine-neuter-takes-s': {
      verdict: 'ok',
      fingerprint: '1cb7388499b5e597',
    },
    'ger-articles-adjective-endings/ger-feminine-genitive-has-no-s': {
      verdict: 'ok',
      fingerprint: '884f95f04c7a6282',
    },
    'ger-articles-adjective-endings/ger-strong-plural-without-article': {
      verdict: 'ok',
      fingerprint: '053cc9940ec06a18',
    },
    'ger-articles-adjective-endings/ger-weak-ending-after-keine-plural': {
      verdict: 'ok',
      fingerprint: '69c4d63fae6424b7',
    },
    'ger-articles-adjective-endings/ger-gender-from-the-suffix': {
      verdict: 'ok',
      fingerprint: 'afa8ebdd522ee175',
    },
    'ger-articles-adjective-endings/ger-compound-takes-the-gender-of-its-last-part': {
      verdict: 'ok',
      fingerprint: '9675fad01a703164',
    },
    'ger-verb-forms/ger-present-e-to-i-in-the-third-person': {
      verdict: 'ok',
      fingerprint: 'bc4a6b3fcd870d4f',
    },
    'ger-verb-forms/ger-present-a-to-umlaut-in-the-third-person': {
      verdict: 'ok',
      fingerprint: 'c69377245a41724c',
    },
    'ger-verb-forms/ger-present-du-form-of-strong-verbs': {
      verdict: 'ok',
      fingerprint: 'ca5e03cf4b51165b',
    },
    'ger-verb-forms/ger-perfekt-strong-participle-with-haben': {
      verdict: 'ok',
      fingerprint: '35b8215179e93b17',
    },
    'ger-verb-forms/ger-perfekt-with-sein-for-motion-and-change': {
      verdict: 'ok',
      fingerprint: '65973ef224d6e789',
    },
    'ger-verb-forms/ger-perfekt-of-bleiben-sein-werden-takes-sein': {
      verdict: 'ok',
      fingerprint: 'd38cd2e1444972bc',
    },
    'ger-verb-forms/ger-inseparable-prefix-participle-has-no-ge': {
      verdict: 'ok',
      fingerprint: 'a30b44e1e49469dd',
    },
    'ger-verb-forms/ger-separable-prefix-participle-ge-in-the-middle': {
      verdict: 'ok',
      fingerprint: '35b1a53cd6df18f6',
    },
    'ger-verb-forms/ger-prateritum-of-mixed-verbs': {
      verdict: 'ok',
      fingerprint: '4f1741f18d494841',
    },
    'ger-verb-forms/ger-prateritum-of-modal-verbs-has-no-umlaut': {
      verdict: 'ok',
      fingerprint: '4200a3e0bd2a42bc',
    },
    'ger-verb-forms/ger-konjunktiv-ii-for-a-polite-request': {
      verdict: 'ok',
      fingerprint: 'ef8db8c505adfb7d',
    },
    'ger-verb-forms/ger-konjunktiv-ii-in-an-unreal-condition': {
      verdict: 'ok',
      fingerprint: '0245967dfc493195',
    },
    'ger-verb-forms/ger-konjunktiv-ii-past-takes-the-perfekt-auxiliary': {
      verdict: 'ok',
      fingerprint: '24b7d9ccb8594042',
    },
    'ger-verb-forms/ger-passive-perfekt-uses-worden': {
      verdict: 'ok',
      fingerprint: '94c98ccf946e376e',
    },
    'ger-verb-forms/ger-present-of-werden-and-wissen': {
      verdict: 'ok',
      fingerprint: 'bef91f572a5fa615',
    },
    'ger-word-order/ger-verb-second-after-a-fronted-adverbial': {
      verdict: 'ok',
      fingerprint: '999884cb78832844',
    },
    'ger-word-order/ger-verb-last-after-weil': { verdict: 'ok', fingerprint: '877f556017456618' },
    'ger-word-order/ger-modal-and-infinitive-at-the-end-of-a-dass-clause': {
      verdict: 'ok',
      fingerprint: '447fb62250309762',
    },
    'ger-word-order/ger-perfekt-auxiliary-last-in-a-subordinate-clause': {
      verdict: 'ok',
      fingerprint: '09f9ace4d8bf0d34',
    },
    'ger-word-order/ger-separable-prefix-at-the-end-of-a-main-clause': {
      verdict: 'ok',
      fingerprint: '7121202e8a509cd8',
    },
    'ger-word-order/ger-separable-verb-joined-at-the-end-of-a-subordinate-clause': {
      verdict: 'ok',
      fingerprint: '98a1c730c1c77bd8',
    },
    'ger-word-order/ger-modal-second-infinitive-last-in-a-main-clause': {
      verdict: 'ok',
      fingerprint: '9c35cefed5469c16',
    },
    'ger-word-order/ger-zu-infinitive-of-a-separable-verb': {
      verdict: 'ok',
      fingerprint: '1f87c7e95b775ab6',
    },
    'ger-word-order/ger-verb-first-in-the-main-clause-after-a-fronted-clause': {
      verdict: 'ok',
      fingerprint: '18b6d850a630d1e6',
    },
    'ger-word-order/ger-accusative-pronoun-before-dative-pronoun': {
      verdict: 'ok',
      fingerprint: 'a750a7ae8db4dacb',
    },
    'ger-word-order/ger-w-question-verb-second': { verdict: 'ok', fingerprint: '08c0cdff77a7b8cb' },
    'ger-word-order/ger-indirect-question-verb-last': {
      verdict: 'ok',
      fingerprint: '33fe546c46e62fb9',
    },
    'ger-word-order/ger-relative-clause-verb-last': {
      verdict: 'ok',
      fingerprint: '3253f6c25935747d',
    },
    'ger-word-order/ger-auxiliary-before-a-double-infinitive': {
      verdict: 'ok',
      fingerprint: 'cd279572dc9319f6',
    },
    'ger-word-order/ger-deshalb-takes-the-first-position': {
      verdict: 'ok',
      fingerprint: 'a40410c0b48eef89',
    },
    'ger-word-order/ger-denn-takes-no-position': { verdict: 'ok', fingerprint: 'd0485990b5498795' },
    'ger-word-order/ger-um-zu-for-purpose': { verdict: 'ok', fingerprint: '3748d53e6394c3d6' },
    'ger-prepositions-pronouns/ger-accusative-prepositions': {
      verdict: 'ok',
      fingerprint: 'e750a9c492e5a270',
    },
    'ger-prepositions-pronouns/ger-dative-prepositions': {
      verdict: 'ok',
      fingerprint: '45732a9d6e2dc33c',
    },
    'ger-prepositions-pronouns/ger-genitive-prepositions-in-writing': {
      verdict: 'ok',
      fingerprint: '02bde83e2bfc25a6',
    },
    'ger-prepositions-pronouns/ger-two-way-preposition-dative-for-a-place': {
      verdict: 'ok',
      fingerprint: '6078eb0cc0eaa326',
    },
    'ger-prepositions-pronouns/ger-two-way-preposition-accusative-for-a-direction': {
      verdict: 'ok',
      fingerprint: '834abbc3bd501974',
    },
    'ger-prepositions-pronouns/ger-contraction-of-zu-with-the-article': {
      verdict: 'ok',
      fingerprint: '4d8c904a9d156c6c',
    },
    'ger-prepositions-pronouns/ger-dative-verbs-take-a-dative-pronoun': {
      verdict: 'ok',
      fingerprint: 'd5e8ce31259b661c',
    },
    'ger-prepositions-pronouns/ger-anrufen-and-fragen-take-the-accusative': {
      verdict: 'ok',
      fingerprint: '4a0af171ff8fa870',
    },
    'ger-prepositions-pronouns/ger-polite-sie-capitalised-in-every-form': {
      verdict: 'ok',
      fingerprint: '1880f818d386a4e3',
    },
    'ger-prepositions-pronouns/ger-relative-pronoun-case-from-its-own-clause': {
      verdict: 'ok',
      fingerprint: 'c31261406c9643b7',
    },
    'ger-prepositions-pronouns/ger-relative-pronoun-dative-plural-denen': {
      verdict: 'ok',
      fingerprint: '9b7ea24811a1c357',
    },
    'ger-prepositions-pronouns/ger-relative-pronoun-genitive-dessen-deren': {
      verdict: 'ok',
      fingerprint: '043d8dfec504e864',
    },
    'ger-prepositions-pronouns/ger-reflexive-dative-when-there-is-an-accusative-object': {
      verdict: 'ok',
      fingerprint: '860dd36550f90aad',
    },
    'ger-prepositions-pronouns/ger-da-compound-for-a-thing': {
      verdict: 'ok',
      fingerprint: '6e74c276c4a240be',
    },
    'ger-prepositions-pronouns/ger-seit-with-the-present-and-dative-plural': {
      verdict: 'ok',
      fingerprint: '52b7259838096ab3',
    },
    'ger-prepositions-pronouns/ger-possessive-ihr-declined-for-case': {
      verdict: 'ok',
      fingerprint: 'b55f972bb29fa8f2',
    },
    'ger-numbers-dates-spelling/ger-euro-amount-decimal-comma-and-thousands-point': {
      verdict: 'ok',
      fingerprint: 'bc61df694a3339e0',
    },
    'ger-numbers-dates-spelling/ger-percent-with-decimal-comma-and-space': {
      verdict: 'ok',
      fingerprint: '4822d0e14ba12321',
    },
    'ger-numbers-dates-spelling/ger-numeric-date-day-month-year': {
      verdict: 'ok',
      fingerprint: '84e26bc3ae89e9e4',
    },
    'ger-numbers-dates-spelling/ger-long-date-with-weekday': {
      verdict: 'ok',
      fingerprint: '949c51bb73feb7d2',
    },
    'ger-numbers-dates-spelling/ger-time-24-hour-clock-with-uhr': {
      verdict: 'ok',
      fingerprint: '5174b745e9781772',
    },
    'ger-numbers-dates-spelling/ger-milliarde-for-english-billion': {
      verdict: 'ok',
      fingerprint: 'ccbb4f0f231486ee',
    },
    'ger-numbers-dates-spelling/ger-sharp-s-after-long-vowel-ss-after-short': {
      verdict: 'ok',
      fingerprint: 'b1fb7c08dafde9ae',
    },
    'ger-numbers-dates-spelling/ger-dass-conjunction-das-article-or-relative': {
      verdict: 'ok',
      fingerprint: '4c93b80ea664e34b',
    },
    'ger-numbers-dates-spelling/ger-nominalised-adjective-after-etwas-nichts': {
      verdict: 'ok',
      fingerprint: 'e77843b977d0d9c3',
    },
    'ger-numbers-dates-spelling/ger-nominalised-infinitive-after-beim-zum': {
      verdict: 'ok',
      fingerprint: '5dea2ed6e8b39492',
    },
    'ger-numbers-dates-spelling/ger-weekday-adverb-lower-case-compound-noun-capital': {
      verdict: 'ok',
      fingerprint: '362dcc15de367f89',
    },
    'ger-numbers-dates-spelling/ger-nationality-adjective-lower-case-language-noun-capital': {
      verdict: 'ok',
      fingerprint: '14568ee862640c68',
    },
    'ger-numbers-dates-spelling/ger-compound-noun-one-word-with-linking-element': {
      verdict: 'ok',
      fingerprint: '48236adb62941d5e',
    },
    'ger-numbers-dates-spelling/ger-ordinal-number-takes-a-point': {
      verdict: 'ok',
      fingerprint: '781532a66190e8db',
    },
    'ger-numbers-dates-spelling/ger-capitalised-polite-pronouns-not-du-in-a-greeting': {
      verdict: 'ok',
      fingerprint: '0eeb98919b379af3',
    },
  },
}
