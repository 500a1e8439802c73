import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `french-language` test's families (verb tense and mood,
 * agreement, pronouns and determiners, spelling and typography, numbers and dates), read as a
 * French editor correcting client copy for France and as a candidate who guesses.
 *
 * What was drawn: every family at least twice (the families changed here many more times), its
 * stem, key and named mistakes read and the key of one draw worked by hand; the cue script at 300
 * draws a family on each model; each model's best rule over 200 variants seeded by its id.
 *
 * Cue rates (300 draws, each family on its own stream): before, 16 families over 0.50 (highest
 * 0.59, adjective-plural-al-aux by the longest option) and 26 over 0.45; after, none over 0.50
 * and 10 between 0.45 and 0.49 (rule means at most 0.27). Each model's best rule over 200
 * variants: verbs 0.25, agreement 0.275, pronouns and determiners 0.37, orthography and
 * typography 0.295, numbers and dates 0.29.
 *
 * Fixed: the cued families were given real slips on the key's thin side (two-place items for
 * -al/-aux, nouns of both genders, the vous of politeness, compound colours and demi; numbers
 * drawn with hundreds or thousands, or ending in 80 to 99, so cent, mille and Swiss slips fall
 * on both sides; participle slips for en with a quantity). One wrong key: "lisent aussi le
 * anglais" (now l’anglais). Defensible distractors removed: a third-person "subjunctive" equal
 * to the present indicative after a promise or espérer (a near-future present is good French).
 * Malformed slips rewritten (la m’renvoyer, je l’suis sûr, luis). Stems: Hier with vendredi or
 * hier soir, "vous connaît élevé", "des nouvelles réponses" (de before a preceding plural
 * adjective), nouns that made odd pairs (une offre heureuse or nombreuse, une offre blanche or
 * douce, des partenaires, epicene, for a masculine key). Deleted, as no real slip could move
 * their key off the cue (each is a two-by-two grid or a key that is always shortest): the a/à
 * and ou/où homophones, puisque/presque elision, ordinal abbreviations (its stem also paired
 * one noun with both articles), and the noun gender hidden by its ending. 91 families remain.
 *
 * Distractors the author flagged: crêmerie is a common misspelling (crème, crêpe) and kept;
 * rêglementation is rare but named as a wrong accent and kept; "Nous les avons envoyé leur
 * facture" (les for leur) is a classic confusion and kept; "vos demande" is a weak but named
 * slip and appears only among others.
 *
 * Facts confirmed against published sources: demi invariable and hyphenated before the noun,
 * agreeing in gender only after it (the Canadian Translation Bureau's Clés de la rédaction and
 * school grammars); compound colours such as vert clair invariable and unhyphenated (the OQLF's
 * Vitrine linguistique); the 1990 rectifications hyphenate every element of a compound numeral,
 * cent and vingt keep their plural rules and mille stays invariable (several guides to the
 * rectifications); the participle after en is generally invariable (OQLF, with the note that
 * some writers agree it); ordinals 1er, 1re, 2e, never 2ème (the Imprimerie nationale's Lexique
 * as quoted by a translation office, and Le Bon Usage as quoted on a language forum); the 1990
 * è in cèderai, évènement, règlementation and the circumflex dropped on i (parait). Not
 * confirmed against a source: the section numbers of Le Bon Usage cited in the comments, the
 * Imprimerie nationale rules for times (17 h 50) and titles (Dr, Mme), the fr-FR number, percent
 * and currency formats (checked by Intl in the key test, not by a style guide), and the h
 * aspiré list (checked against memory only).
 */
export const FRENCH_LANGUAGE_REVIEW: TestFamilyReview = {
  testId: 'french-language',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'french-verbs/french-passe-compose-dated-completed-action': {
      verdict: 'ok',
      fingerprint: '8b4f8536b874b3b9',
    },
    'french-verbs/french-imparfait-habitual-past': {
      verdict: 'ok',
      fingerprint: '3b967a5eedc3abd2',
    },
    'french-verbs/french-imparfait-interrupted-background': {
      verdict: 'ok',
      fingerprint: 'e98db8526b2d1117',
    },
    'french-verbs/french-passe-compose-interrupting-event': {
      verdict: 'ok',
      fingerprint: 'a116ef05990918b8',
    },
    'french-verbs/french-present-for-routine': {
      verdict: 'ok',
      fingerprint: '93fafe2b1b6318d9',
    },
    'french-verbs/french-future-for-a-promise': {
      verdict: 'ok',
      fingerprint: '2217bb4def0e1c42',
      note: 'Reviewer: a "subjunctive" identical to the present (envoie, écrivent) was a defensible near-future present; such forms are now left out.',
    },
    'french-verbs/french-future-after-quand': {
      verdict: 'ok',
      fingerprint: 'ad98d0cb95aad9d3',
    },
    'french-verbs/french-present-after-si-of-condition': {
      verdict: 'ok',
      fingerprint: '5e2f747a8300b6f9',
    },
    'french-verbs/french-imparfait-after-si-of-unreal-condition': {
      verdict: 'ok',
      fingerprint: '53114696368a9ba8',
    },
    'french-verbs/french-conditional-in-unreal-main-clause': {
      verdict: 'ok',
      fingerprint: '110b7ee087ad82b5',
    },
    'french-verbs/french-subjunctive-after-il-faut-que': {
      verdict: 'ok',
      fingerprint: '95f71d85ea564ef6',
    },
    'french-verbs/french-subjunctive-after-vouloir-que': {
      verdict: 'ok',
      fingerprint: 'c2cd454768da27a7',
    },
    'french-verbs/french-subjunctive-after-bien-que': {
      verdict: 'ok',
      fingerprint: '8907141bb91fe974',
    },
    'french-verbs/french-subjunctive-after-pour-que': {
      verdict: 'ok',
      fingerprint: 'de0b219c92b12b18',
    },
    'french-verbs/french-subjunctive-after-avant-que': {
      verdict: 'ok',
      fingerprint: '58bd2d00c1bfb4c4',
    },
    'french-verbs/french-subjunctive-after-emotion': {
      verdict: 'ok',
      fingerprint: '53ce0180ad61b155',
    },
    'french-verbs/french-subjunctive-after-doubt': {
      verdict: 'ok',
      fingerprint: '74f7c9786cd157dd',
    },
    'french-verbs/french-subjunctive-after-negated-opinion': {
      verdict: 'ok',
      fingerprint: '35509d2bfdc535a5',
    },
    'french-verbs/french-subjunctive-after-il-est-important-que': {
      verdict: 'ok',
      fingerprint: '2524d53d2e3bbff0',
    },
    'french-verbs/french-indicative-after-esperer-que': {
      verdict: 'ok',
      fingerprint: '3e2c4f47110cd37f',
      note: 'Reviewer: the subjunctive slip is left out where it is spelled as the present indicative.',
    },
    'french-verbs/french-indicative-after-affirmed-certainty': {
      verdict: 'ok',
      fingerprint: 'd44c4186e5daf71c',
    },
    'french-verbs/french-passe-compose-with-etre-agrees-with-subject': {
      verdict: 'ok',
      fingerprint: '226f823ac034b8e8',
      note: 'Reviewer: "Hier, … en congé vendredi" and "Hier, … hier soir" made consistent.',
    },
    'french-verbs/french-passe-compose-with-avoir-ignores-the-subject': {
      verdict: 'ok',
      fingerprint: 'c7de2a32b1ee9b59',
    },
    'french-verbs/french-polite-conditional-request': {
      verdict: 'ok',
      fingerprint: '33223541d1a5e8e5',
    },
    'french-agreement/french-participle-agrees-with-preceding-que': {
      verdict: 'ok',
      fingerprint: '8d29ba44d2336abe',
    },
    'french-agreement/french-participle-agrees-with-preceding-object-pronoun': {
      verdict: 'ok',
      fingerprint: '995db717e0feb54d',
    },
    'french-agreement/french-participle-ignores-a-following-object': {
      verdict: 'ok',
      fingerprint: 'e30715b84fa43d9c',
    },
    'french-agreement/french-participle-never-agrees-with-en': {
      verdict: 'ok',
      fingerprint: '557b2bcc4450e80d',
    },
    'french-agreement/french-pronominal-participle-agrees-with-direct-reflexive': {
      verdict: 'ok',
      fingerprint: 'a6de50df6efd1f9d',
    },
    'french-agreement/french-pronominal-participle-ignores-indirect-reflexive': {
      verdict: 'ok',
      fingerprint: 'c4e10079ec65c57f',
    },
    'french-agreement/french-adjective-feminine-eux-euse': {
      verdict: 'ok',
      fingerprint: '80be26b6a6ec7f3c',
    },
    'french-agreement/french-adjective-feminine-if-ive': {
      verdict: 'ok',
      fingerprint: '7cc1cd3531487ddd',
    },
    'french-agreement/french-adjective-feminine-doubles-consonant': {
      verdict: 'ok',
      fingerprint: 'be911d554e4f614d',
    },
    'french-agreement/french-adjective-feminine-er-ere': {
      verdict: 'ok',
      fingerprint: '1bed06b1dade55a3',
    },
    'french-agreement/french-adjective-feminine-c-che-que': {
      verdict: 'ok',
      fingerprint: '1b1854d41306bf3b',
    },
    'french-agreement/french-adjective-irregular-feminine': {
      verdict: 'ok',
      fingerprint: '10a651edbd34bd16',
      note: 'Reviewer: des becomes de before a preceding plural adjective (de brèves réponses); doux dropped (odd with these nouns).',
    },
    'french-agreement/french-adjective-plural-al-aux': {
      verdict: 'ok',
      fingerprint: '3af9eb1fd9a0d5e5',
      note: 'Reviewer: now two places (a masculine and a feminine plural noun) so -aux and -ales are asked together; the feminine key alone was always the longest option (0.59).',
    },
    'french-agreement/french-adjective-mixed-genders-take-masculine-plural': {
      verdict: 'ok',
      fingerprint: 'a2a07d7073826bb7',
      note: 'Reviewer: now two adjectives after the mixed subject, with slips that agree one or both in the feminine (0.55 by crossing out the longest and most similar).',
    },
    'french-agreement/french-vous-of-politeness-takes-a-singular-attribute': {
      verdict: 'ok',
      fingerprint: '5cf601b4962e1567',
      note: 'Reviewer: a second attribute for a plural third person added, so the singular key is not always the shortest option (0.52).',
    },
    'french-agreement/french-compound-colour-adjective-is-invariable': {
      verdict: 'ok',
      fingerprint: '977291056a232583',
      note: 'Reviewer: the compound now paired with the simple colour, which agrees (0.57 shortest before).',
    },
    'french-agreement/french-demi-before-the-noun-is-invariable': {
      verdict: 'ok',
      fingerprint: '1994324c39ca09dd',
      note: 'Reviewer: both places asked in one sentence (une demi-heure … deux heures et demie), feminine nouns after so the two forms differ (0.53 most similar before).',
    },
    'french-agreement/french-tout-agrees-with-its-noun': {
      verdict: 'ok',
      fingerprint: 'eddae74aba39620a',
    },
    'french-pronouns-determiners/french-y-replaces-a-plus-thing': {
      verdict: 'ok',
      fingerprint: '9c1373a002b735b1',
    },
    'french-pronouns-determiners/french-lui-leur-replace-a-plus-person': {
      verdict: 'ok',
      fingerprint: '8ecb49ef0d8871a5',
      note: 'Reviewer: the invented slip "luis" removed; leurs kept for plural recipients.',
    },
    'french-pronouns-determiners/french-en-replaces-de-plus-thing': {
      verdict: 'ok',
      fingerprint: '57ae43fb2ae37c0c',
      note: 'Reviewer: the slip "je l’suis sûr" (elided before a consonant) now "je le suis sûr".',
    },
    'french-pronouns-determiners/french-en-with-a-quantity': {
      verdict: 'ok',
      fingerprint: '7355f0885c4d7a5e',
      note: 'Reviewer: every question now has a participle, and the agreed participle after en and after les are given as slips (0.51 before).',
    },
    'french-pronouns-determiners/french-direct-pronoun-and-participle-agreement': {
      verdict: 'ok',
      fingerprint: '94c7a0343dd535fd',
    },
    'french-pronouns-determiners/french-pronoun-order-le-before-lui': {
      verdict: 'ok',
      fingerprint: '091889ec89d64bf9',
    },
    'french-pronouns-determiners/french-pronoun-order-me-before-le': {
      verdict: 'ok',
      fingerprint: 'c0d7730ed4272b9a',
      note: 'Reviewer: slips read "la m’renvoyer", elided before a consonant; now me before a consonant.',
    },
    'french-pronouns-determiners/french-affirmative-imperative-pronoun-order': {
      verdict: 'ok',
      fingerprint: '1eb34e7d186b8f02',
    },
    'french-pronouns-determiners/french-partitive-becomes-de-after-negation': {
      verdict: 'ok',
      fingerprint: '4e201ab703d76be3',
    },
    'french-pronouns-determiners/french-de-after-an-adverb-of-quantity': {
      verdict: 'ok',
      fingerprint: 'a71f248b7e5ba994',
    },
    'french-pronouns-determiners/french-demonstrative-celui-agrees-with-its-noun': {
      verdict: 'ok',
      fingerprint: 'c757c74b548030d5',
    },
    'french-pronouns-determiners/french-leur-pronoun-invariable-leur-determiner-agrees': {
      verdict: 'ok',
      fingerprint: '841784bce5995626',
    },
    'french-pronouns-determiners/french-mon-son-before-a-feminine-vowel-noun': {
      verdict: 'ok',
      fingerprint: '091d87bb704161b4',
    },
    'french-pronouns-determiners/french-relative-qui-subject-que-object': {
      verdict: 'ok',
      fingerprint: '72030772c58020f9',
    },
    'french-pronouns-determiners/french-relative-dont-or-ou': {
      verdict: 'ok',
      fingerprint: 'd05e86ad52afdec4',
    },
    'french-pronouns-determiners/french-lequel-after-a-preposition-agrees': {
      verdict: 'ok',
      fingerprint: 'f9d04171a85a675e',
    },
    'french-pronouns-determiners/french-ce-qui-or-ce-que-in-indirect-questions': {
      verdict: 'ok',
      fingerprint: 'dfbec6db63096ee8',
    },
    'french-pronouns-determiners/french-vous-register-kept-consistent': {
      verdict: 'ok',
      fingerprint: '9d2a84ec51faf478',
    },
    'french-orthography-typography/french-space-before-high-punctuation': {
      verdict: 'ok',
      fingerprint: '58b43fb2dabf9197',
    },
    'french-orthography-typography/french-guillemets-with-inner-spaces': {
      verdict: 'ok',
      fingerprint: '88477169ad650c0b',
    },
    'french-orthography-typography/french-accents-kept-on-capitals': {
      verdict: 'ok',
      fingerprint: 'c630fa4b553c37d3',
    },
    'french-orthography-typography/french-euphonic-t-in-inversion': {
      verdict: 'ok',
      fingerprint: '91a5d41430763e16',
    },
    'french-orthography-typography/french-title-abbreviations': {
      verdict: 'ok',
      fingerprint: '790ede0c96f7507a',
    },
    'french-orthography-typography/french-si-elides-before-il-not-elle': {
      verdict: 'ok',
      fingerprint: '511c1e6737ec0f04',
    },
    'french-orthography-typography/french-h-muet-elides-h-aspire-does-not': {
      verdict: 'ok',
      fingerprint: 'fd411f2bc765b19a',
      note: 'Reviewer: hiérarchie dropped (usage hesitates over its h); hauteur (aspiré) and hypothèse (muet) added.',
    },
    'french-orthography-typography/french-homophones-se-and-ce': {
      verdict: 'ok',
      fingerprint: 'eda2bffbdb3bed93',
    },
    'french-orthography-typography/french-homophones-s-est-and-c-est': {
      verdict: 'ok',
      fingerprint: 'b7c10db6f264c3dc',
    },
    'french-orthography-typography/french-lower-case-languages-and-adjectives': {
      verdict: 'ok',
      fingerprint: '4e2b2ee07d4d354b',
      note: 'Reviewer: the key read "le anglais"; the article now elides before a vowel (l’anglais, l’allemand).',
    },
    'french-orthography-typography/french-grave-accent-by-the-stated-spelling': {
      verdict: 'ok',
      fingerprint: '0651e2c6a688a402',
    },
    'french-orthography-typography/french-circumflex-by-the-stated-spelling': {
      verdict: 'ok',
      fingerprint: 'cfb66023d501edfb',
      note: 'Reviewer: "vous connaît élevé" dropped (not French); paraît and apparaît kept.',
    },
    'french-numbers-dates/french-quatre-vingts-takes-s-when-final': {
      verdict: 'ok',
      fingerprint: 'fb6b5c1a50659e6e',
      note: 'Reviewer: always drawn with hundreds or thousands; cents and milles slips added (0.51 longest before).',
    },
    'french-numbers-dates/french-quatre-vingt-loses-s-when-followed': {
      verdict: 'ok',
      fingerprint: 'e8e88193ff288327',
    },
    'french-numbers-dates/french-cents-takes-s-when-final': {
      verdict: 'ok',
      fingerprint: 'd64b0fb9ccf3e424',
    },
    'french-numbers-dates/french-cent-loses-s-when-followed': {
      verdict: 'ok',
      fingerprint: '78c1c83ba3f498bf',
      note: 'Reviewer: draws ending in 80 to 99 added, with the Swiss and the s-less quatre-vingt slips below the key (0.52 shortest before).',
    },
    'french-numbers-dates/french-mille-never-takes-s': {
      verdict: 'ok',
      fingerprint: 'd11e647a32a4a543',
      note: 'Reviewer: draws ending in 80 to 99 added, with the Swiss and s-less slips (0.51 before).',
    },
    'french-numbers-dates/french-cent-and-vingt-stay-singular-before-mille': {
      verdict: 'ok',
      fingerprint: '1b4fa5d4d6543d2b',
      note: 'Reviewer: every draw now ends its thousands in 80 to 99, with the Swiss slip below the key (0.52 shortest before).',
    },
    'french-numbers-dates/french-et-joins-21-to-71': {
      verdict: 'ok',
      fingerprint: '4392455d644f2b3d',
      note: 'Reviewer: always drawn with hundreds or thousands so cent and mille slips fall longer than the key (0.53 longest before).',
    },
    'french-numbers-dates/french-no-et-in-81-and-91': {
      verdict: 'ok',
      fingerprint: 'b3ab6f7fd0f97ba2',
    },
    'french-numbers-dates/french-1990-numerals-hyphenate-every-element': {
      verdict: 'ok',
      fingerprint: '17758d7772fc8234',
    },
    'french-numbers-dates/french-decimal-comma-and-space-grouping': {
      verdict: 'ok',
      fingerprint: '55cb282d77fdd9cc',
    },
    'french-numbers-dates/french-percent-sign-after-a-space': {
      verdict: 'ok',
      fingerprint: 'b3edbd9631ddaa17',
    },
    'french-numbers-dates/french-euro-sign-after-the-amount': {
      verdict: 'ok',
      fingerprint: 'bddc3dc272643dd5',
    },
    'french-numbers-dates/french-long-date-in-lower-case': {
      verdict: 'ok',
      fingerprint: 'f79d1ad4f5f0365c',
    },
    'french-numbers-dates/french-first-of-the-month-is-1er': {
      verdict: 'ok',
      fingerprint: '98e84e72a4fc05d1',
    },
    'french-numbers-dates/french-premier-premiere-abbreviated': {
      verdict: 'ok',
      fingerprint: '2e015a11a20d195d',
    },
    'french-numbers-dates/french-centuries-in-roman-numerals': {
      verdict: 'ok',
      fingerprint: 'cb58f3db2c6e29cf',
    },
    'french-numbers-dates/french-time-of-day-with-h': {
      verdict: 'ok',
      fingerprint: 'fe07722c30ecec1f',
    },
    'french-numbers-dates/french-unit-symbols-invariable': {
      verdict: 'ok',
      fingerprint: '9a14f45b07d4fe98',
    },
    'french-numbers-dates/french-billion-is-milliard': {
      verdict: 'ok',
      fingerprint: '8a529d49ec98ef10',
    },
  },
}
