import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `spanish-language` test (verb forms and mood,
 * agreement, accents and spelling, pronouns and register, numbers and punctuation in client
 * writing): 99 submitted, 99 kept, none deleted. Every family was drawn at least three times and
 * each stem, key and named mistake read; the key test re-derives keys by a second conjugator,
 * accent rule and syllabifier and by Intl es-ES.
 *
 * Cues: at 300 draws a family each, 31 families had a best test-wise rule over 0.50 (17 at 1.00,
 * nearly all "most similar to the others": every wrong answer was one edit of the key, so the key
 * sat at the centre) and 39 over 0.45. Fixed by adding real mistakes that differ from the key in
 * more than one way or that resemble each other more than the key (two-mistake combinations such
 * as su … urgente, a double misdivision, ser with agreeing medio; other error types such as the
 * apostrophe decimal, the stem change left out, ventiún, leísmo, the infinitive as a command,
 * ustedes with the vosotros verb), and by redesigning three families (usted command with its
 * possessive, medio with its verb, the subject–verb comma after an opening comment clause). After:
 * none over 0.50, 15 over 0.45, highest 0.50 (por/para and the attached clitic of an affirmative
 * command). Per model over 200 variants the best rule scores 0.27–0.32.
 *
 * Wrong keys found and fixed: the queísmo family keyed «Tenga en cuenta de que…», a dequeísmo;
 * the apocope family keyed «el ningún intento» and «la alguna vez», which take no article. Also
 * fixed: the long date was asked for the head of a letter, where the first word is capitalised
 * (RAE example «Lunes, 10 de mayo de 2010»), so the lower-case key was doubtful — it now fills a
 * sentence; the cuyo stem showed the noun both in the sentence and in each option; the quesuismo
 * option read «que sus factura»; «le avisaremos» clashed with an ustedes subject; mistakes named
 * «es necesario que» in stems that used other triggers; the years stem now states its
 * point-between-thousands style sheet (the Ortografía itself prefers a space).
 *
 * Facts confirmed by a source found with the search tool: the percent sign separated by a space
 * and the apostrophe rejected as decimal marker (Ortografía 2010, via FundéuRAE and the RAE's
 * online Ortografía); years never grouped and four-digit numbers not grouped (RAE online
 * Ortografía VIII); days and months in lower case, with the first word of a letter's date line
 * capitalised; ex- joined to a one-word base and apart before a multiword one (FundéuRAE); medio
 * and bastante invariable as adverbs (DPD "medio"); alegrarse de que, darse cuenta de que and
 * tener en cuenta que (DPD "alegrar", FundéuRAE); etc. after a comma and never with an ellipsis
 * (FundéuRAE); plurals cómics, récords, tándems, tótems, módems (Ortografía plural rules as quoted
 * by several teaching sources); décimo quinto in two words with both parts agreeing and -avo as a
 * partitive, not an ordinal. Ustedes with vosotros verbs is documented as western Andalusian
 * speech, not from the DPD itself. Not confirmed by a source and left on the reviewer's reading:
 * the Nueva gramática chapter numbers in the module comments, «este agua» and «todo el agua» as
 * incorrect (DPD "el"), the -d kept before os (apuntados) and the comment-clause comma.
 */
export const SPANISH_LANGUAGE_REVIEW: TestFamilyReview = {
  testId: 'spanish-language',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'spanish-verbs/spanish-preterite-dated-completed-action': {
      verdict: 'ok',
      fingerprint: 'ef98e3fd231d110b',
    },
    'spanish-verbs/spanish-imperfect-habitual-past': {
      verdict: 'ok',
      fingerprint: 'fa51c56b33a86383',
    },
    'spanish-verbs/spanish-imperfect-interrupted-background': {
      verdict: 'ok',
      fingerprint: '987e600524ce5250',
    },
    'spanish-verbs/spanish-preterite-interrupting-event': {
      verdict: 'ok',
      fingerprint: 'c0ac1d9515e7b21d',
    },
    'spanish-verbs/spanish-present-for-routine': {
      verdict: 'ok',
      fingerprint: 'acd3759d6ac95d8d',
    },
    'spanish-verbs/spanish-future-for-a-promise': {
      verdict: 'ok',
      fingerprint: '2ca43ee30887a88b',
    },
    'spanish-verbs/spanish-subjunctive-after-volition': {
      verdict: 'ok',
      fingerprint: '968fd3972f9f6844',
    },
    'spanish-verbs/spanish-subjunctive-after-cuando-future': {
      verdict: 'ok',
      fingerprint: 'dd283c5aaeac9e8d',
    },
    'spanish-verbs/spanish-subjunctive-after-impersonal-evaluation': {
      verdict: 'ok',
      fingerprint: '27419b140443fed1',
    },
    'spanish-verbs/spanish-subjunctive-after-para-que': {
      verdict: 'ok',
      fingerprint: '13231cd00d9239ad',
    },
    'spanish-verbs/spanish-subjunctive-after-antes-de-que': {
      verdict: 'ok',
      fingerprint: '7cee64e7464723d8',
    },
    'spanish-verbs/spanish-subjunctive-after-negated-belief': {
      verdict: 'ok',
      fingerprint: '4501d8f934c7f464',
    },
    'spanish-verbs/spanish-indicative-after-affirmed-belief': {
      verdict: 'ok',
      fingerprint: '1eef9f56b2af34af',
    },
    'spanish-verbs/spanish-subjunctive-after-emotion': {
      verdict: 'ok',
      fingerprint: '4def89e89f9cb458',
    },
    'spanish-verbs/spanish-subjunctive-after-ojala': {
      verdict: 'ok',
      fingerprint: 'c67a91d8b8c33a81',
    },
    'spanish-verbs/spanish-imperfect-subjunctive-after-past-trigger': {
      verdict: 'ok',
      fingerprint: '03283aafbdba4a14',
    },
    'spanish-verbs/spanish-imperfect-subjunctive-in-unreal-si-clause': {
      verdict: 'ok',
      fingerprint: '9555355a01438133',
    },
    'spanish-verbs/spanish-conditional-in-unreal-main-clause': {
      verdict: 'ok',
      fingerprint: '6ea0760189a72c16',
    },
    'spanish-verbs/spanish-progressive-gerund': {
      verdict: 'ok',
      fingerprint: 'b16cd60b054949ac',
    },
    'spanish-verbs/spanish-preterite-spelling-change-first-person': {
      verdict: 'ok',
      fingerprint: '89b8ab8f7c85f048',
    },
    'spanish-verbs/spanish-irregular-strong-preterite': {
      verdict: 'ok',
      fingerprint: '1d29d39213d518a1',
    },
    'spanish-verbs/spanish-stem-changing-present': {
      verdict: 'ok',
      fingerprint: '54c47c21fc92cb8d',
    },
    'spanish-verbs/spanish-irregular-participle-after-haber': {
      verdict: 'ok',
      fingerprint: '08fd20e46c65b0bc',
    },
    'spanish-verbs/spanish-ser-estar-meaning-changing-adjectives': {
      verdict: 'ok',
      fingerprint: '601e6a815c6b3de9',
    },
    'spanish-verbs/spanish-passive-ser-versus-resulting-state-estar': {
      verdict: 'ok',
      fingerprint: '856fbed62e9b1890',
    },
    'spanish-verbs/spanish-por-versus-para': {
      verdict: 'ok',
      fingerprint: '60dd4c0f8ba1965b',
    },
    'spanish-verbs/spanish-formal-command-usted': {
      verdict: 'ok',
      fingerprint: '02701598bcf1e4d2',
      note: "Redesigned: the command carries the client's possessive (su/tu), so register shows twice and the key is no longer the centre of one-letter edits.",
    },
    'spanish-verbs/spanish-dequeismo': {
      verdict: 'ok',
      fingerprint: '6cffb27c278d79a0',
    },
    'spanish-verbs/spanish-queismo': {
      verdict: 'ok',
      fingerprint: 'b9fc024dcd848593',
      note: 'Wrong key fixed: «Tenga en cuenta de que…» was the key, a dequeísmo (tener en cuenta que, DPD via FundéuRAE); that frame is now «Estamos convencidos de que…».',
    },
    'spanish-agreement/spanish-el-before-stressed-a-feminine-adjective': {
      verdict: 'ok',
      fingerprint: '52c429a3a63086da',
    },
    'spanish-agreement/spanish-stressed-a-nouns-keep-feminine-determiners': {
      verdict: 'ok',
      fingerprint: 'a093039fdc4c3f9c',
    },
    'spanish-agreement/spanish-feminine-nouns-ending-in-o': {
      verdict: 'ok',
      fingerprint: '86e05240360899ff',
    },
    'spanish-agreement/spanish-masculine-nouns-ending-in-a': {
      verdict: 'ok',
      fingerprint: '18d5a8fdd7872e31',
    },
    'spanish-agreement/spanish-masculine-nouns-in-aje': {
      verdict: 'ok',
      fingerprint: '1e622efd7989a43f',
    },
    'spanish-agreement/spanish-feminine-nouns-in-e-or-consonant': {
      verdict: 'ok',
      fingerprint: '6a2b1b2f67a6ada5',
    },
    'spanish-agreement/spanish-nationality-adjective-feminine-plural': {
      verdict: 'ok',
      fingerprint: '75ccfc8d220cdaea',
    },
    'spanish-agreement/spanish-plural-of-nouns-in-z': {
      verdict: 'ok',
      fingerprint: 'c2acb473f32b8766',
    },
    'spanish-agreement/spanish-invariable-plural-of-unstressed-is': {
      verdict: 'ok',
      fingerprint: 'd8a1b4b48f09fe37',
    },
    'spanish-agreement/spanish-apocope-of-adjectives-before-nouns': {
      verdict: 'ok',
      fingerprint: 'f4d60d559e9474ae',
      note: 'Wrong key fixed: alguno and ninguno were drawn with an article (el ningún intento, la alguna vez); they now take none and are drawn with masculine nouns only.',
    },
    'spanish-agreement/spanish-participle-agrees-after-estar': {
      verdict: 'ok',
      fingerprint: '05d4af46d3593d1c',
    },
    'spanish-agreement/spanish-participle-invariable-after-haber': {
      verdict: 'ok',
      fingerprint: 'f1ad5348602a69e1',
    },
    'spanish-agreement/spanish-collective-noun-takes-a-singular-verb': {
      verdict: 'ok',
      fingerprint: '99a5f372f9496a46',
    },
    'spanish-agreement/spanish-medio-as-adverb-is-invariable': {
      verdict: 'ok',
      fingerprint: 'c1ba91068aa1019b',
    },
    'spanish-agreement/spanish-cuyo-agrees-with-the-possessed-noun': {
      verdict: 'ok',
      fingerprint: 'feb95016e45933d8',
    },
    'spanish-agreement/spanish-possessive-su-agrees-with-the-thing-owned': {
      verdict: 'ok',
      fingerprint: 'a9196726f31e9d00',
    },
    'spanish-agreement/spanish-bastante-as-adverb-is-invariable': {
      verdict: 'ok',
      fingerprint: 'c4ef118a43c64fac',
    },
    'spanish-agreement/spanish-ambos-agreement': {
      verdict: 'ok',
      fingerprint: '801b8f66a8a2aede',
    },
    'spanish-orthography/spanish-accent-agudas': {
      verdict: 'ok',
      fingerprint: 'c185df9e7f0fad91',
    },
    'spanish-orthography/spanish-accent-llanas': {
      verdict: 'ok',
      fingerprint: '57be14a8a7358a22',
    },
    'spanish-orthography/spanish-accent-esdrujulas': {
      verdict: 'ok',
      fingerprint: 'e41bd4423ca62238',
    },
    'spanish-orthography/spanish-accent-hiatus-with-stressed-i-or-u': {
      verdict: 'ok',
      fingerprint: 'd8cab462c3818cd1',
    },
    'spanish-orthography/spanish-accent-monosyllables-never-take-the-general-tilde': {
      verdict: 'ok',
      fingerprint: '0e11d2bda84815e8',
    },
    'spanish-orthography/spanish-accent-plural-gains-a-tilde': {
      verdict: 'ok',
      fingerprint: '08c66bc17807d702',
    },
    'spanish-orthography/spanish-accent-plural-loses-its-tilde': {
      verdict: 'ok',
      fingerprint: 'c349b89f5356d097',
    },
    'spanish-orthography/spanish-tilde-diacritica-pronouns-and-determiners': {
      verdict: 'ok',
      fingerprint: '456331e274ff25ab',
    },
    'spanish-orthography/spanish-tilde-diacritica-si-se-de-te-mas-aun': {
      verdict: 'ok',
      fingerprint: '7b31be0b6706e77c',
    },
    'spanish-orthography/spanish-tilde-on-interrogatives-not-on-relatives': {
      verdict: 'ok',
      fingerprint: '7d63485b1ffd1970',
    },
    'spanish-orthography/spanish-porque-por-que-porque-noun-por-que-relative': {
      verdict: 'ok',
      fingerprint: '5a01774c0f5fae9d',
    },
    'spanish-orthography/spanish-adverbs-in-mente-keep-the-adjectives-tilde': {
      verdict: 'ok',
      fingerprint: '87b3cb16465fcb57',
    },
    'spanish-orthography/spanish-capitals-keep-the-tilde': {
      verdict: 'ok',
      fingerprint: '13e33ecd9c9bf0ca',
    },
    'spanish-orthography/spanish-lowercase-gentilicios-and-months': {
      verdict: 'ok',
      fingerprint: 'c9052d7d723ff422',
    },
    'spanish-orthography/spanish-word-division-into-syllables': {
      verdict: 'ok',
      fingerprint: 'c76b905d55b91183',
      note: 'Adds divisions with two of the named mistakes at once, so the key is no longer the one option every other is one hyphen away from.',
    },
    'spanish-orthography/spanish-plural-of-loanwords-ending-in-a-consonant-cluster': {
      verdict: 'ok',
      fingerprint: '623e03d087e5fad3',
      note: 'Now llanas only (cómic, récord, tándem, tótem, módem) with the English singular as a fifth mistake; robot, mamut and zigzag left the pool, whose key could never be the longest.',
    },
    'spanish-orthography/spanish-prefix-ex-joined-or-apart': {
      verdict: 'ok',
      fingerprint: '9acd1b3d934486a9',
    },
    'spanish-orthography/spanish-prefix-doubles-an-initial-r': {
      verdict: 'ok',
      fingerprint: 'e24a9c211c43cd89',
    },
    'spanish-pronouns-register/spanish-direct-object-pronoun-for-things-no-leismo': {
      verdict: 'ok',
      fingerprint: '757d3f3134db4a8a',
    },
    'spanish-pronouns-register/spanish-indirect-object-pronoun-no-laismo': {
      verdict: 'ok',
      fingerprint: '2b2758aea780422f',
    },
    'spanish-pronouns-register/spanish-se-lo-with-the-right-direct-object': {
      verdict: 'ok',
      fingerprint: 'f73a845d49f91afa',
    },
    'spanish-pronouns-register/spanish-clitic-attached-to-an-affirmative-command': {
      verdict: 'ok',
      fingerprint: '744a41f34c1b7e86',
    },
    'spanish-pronouns-register/spanish-clitic-before-a-negative-command': {
      verdict: 'ok',
      fingerprint: '939cd448d9009a04',
    },
    'spanish-pronouns-register/spanish-clitic-with-a-gerund': {
      verdict: 'ok',
      fingerprint: '38f463d35ef1b352',
    },
    'spanish-pronouns-register/spanish-two-clitics-with-an-infinitive': {
      verdict: 'ok',
      fingerprint: '9766e4c1f687e050',
    },
    'spanish-pronouns-register/spanish-pronouns-after-prepositions': {
      verdict: 'ok',
      fingerprint: '7ddb2fa350d43dc7',
    },
    'spanish-pronouns-register/spanish-register-usted-kept-consistent': {
      verdict: 'ok',
      fingerprint: '0751591ef4f0cd5d',
    },
    'spanish-pronouns-register/spanish-register-ustedes-for-clients-in-the-americas': {
      verdict: 'ok',
      fingerprint: '860e84f7c3b11e13',
    },
    'spanish-pronouns-register/spanish-register-vosotros-kept-consistent': {
      verdict: 'ok',
      fingerprint: 'fd73ae8d2a2aeb8e',
    },
    'spanish-pronouns-register/spanish-vosotros-command-with-os-drops-the-d': {
      verdict: 'ok',
      fingerprint: '46f42675058bde76',
    },
    'spanish-pronouns-register/spanish-usted-takes-third-person-verbs': {
      verdict: 'ok',
      fingerprint: 'a7245aa23af0489c',
    },
    'spanish-pronouns-register/spanish-infinitive-is-not-a-command': {
      verdict: 'ok',
      fingerprint: 'c9a43142107bec40',
    },
    'spanish-pronouns-register/spanish-letter-salutation-estimado': {
      verdict: 'ok',
      fingerprint: '1be810302a80c4f7',
    },
    'spanish-pronouns-register/spanish-relative-quien-after-a-preposition': {
      verdict: 'ok',
      fingerprint: 'e77815149c97967f',
    },
    'spanish-numbers-punctuation/spanish-four-digit-numbers-are-not-grouped': {
      verdict: 'ok',
      fingerprint: 'bf07c06c12e3f4ea',
    },
    'spanish-numbers-punctuation/spanish-decimal-comma-and-thousands-point': {
      verdict: 'ok',
      fingerprint: '2e0f3cdbbdad8db6',
    },
    'spanish-numbers-punctuation/spanish-percent-sign-with-a-space': {
      verdict: 'ok',
      fingerprint: '44eb3a4b1d327b6b',
    },
    'spanish-numbers-punctuation/spanish-billion-is-mil-millones': {
      verdict: 'ok',
      fingerprint: '6769a02c010feff8',
    },
    'spanish-numbers-punctuation/spanish-abbreviated-ordinals': {
      verdict: 'ok',
      fingerprint: '1af38a85845e5b95',
    },
    'spanish-numbers-punctuation/spanish-compound-ordinals-13-to-18': {
      verdict: 'ok',
      fingerprint: '7bd3ea89ca0a25d2',
    },
    'spanish-numbers-punctuation/spanish-cardinals-up-to-thirty-in-one-word-with-tilde': {
      verdict: 'ok',
      fingerprint: '74f38c74525a6084',
    },
    'spanish-numbers-punctuation/spanish-veintiun-before-a-masculine-noun': {
      verdict: 'ok',
      fingerprint: '07ffac1227d3dc4c',
    },
    'spanish-numbers-punctuation/spanish-hundreds-agree-with-a-feminine-noun': {
      verdict: 'ok',
      fingerprint: '37d1c0914f5f01b1',
    },
    'spanish-numbers-punctuation/spanish-long-date-in-lower-case': {
      verdict: 'ok',
      fingerprint: 'c97abac66ed7f7fc',
      note: 'The stem put the date at the head of a letter, where the Ortografía capitalises the first word (Lunes, 10 de mayo de 2010); it now fills running text, «La firma será el ___.».',
    },
    'spanish-numbers-punctuation/spanish-years-are-never-grouped': {
      verdict: 'ok',
      fingerprint: 'fa18b294e4b7bba5',
    },
    'spanish-numbers-punctuation/spanish-question-marks-open-where-the-question-begins': {
      verdict: 'ok',
      fingerprint: '22739eeefaa5d5ec',
    },
    'spanish-numbers-punctuation/spanish-exclamation-marks-open-where-the-exclamation-begins': {
      verdict: 'ok',
      fingerprint: 'de2e32f1fc67fdcb',
    },
    'spanish-numbers-punctuation/spanish-period-after-closing-quotes': {
      verdict: 'ok',
      fingerprint: 'baa9b9404eacb659',
    },
    'spanish-numbers-punctuation/spanish-no-comma-between-subject-and-verb': {
      verdict: 'ok',
      fingerprint: '47927a2432651051',
    },
    'spanish-numbers-punctuation/spanish-unit-symbols': {
      verdict: 'ok',
      fingerprint: '8c56bd32037c447c',
    },
    'spanish-numbers-punctuation/spanish-year-ranges-de-a-or-entre-y': {
      verdict: 'ok',
      fingerprint: '929df7cbe686a155',
    },
    'spanish-numbers-punctuation/spanish-etc-punctuation': {
      verdict: 'ok',
      fingerprint: '2c884f0a1a54a33c',
    },
  },
}
