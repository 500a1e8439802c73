import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { c, conjugate, f, fr, s, type Term } from './fr-engine.js'

// Spelling and typography of French client copy. Spacing and quotation marks follow the Lexique
// des règles typographiques en usage à l'Imprimerie nationale (2002): a no-break space before
// : ; ! ? and inside « », none before a comma or period; accents kept on capitals; abbreviations
// of titles end with a period only when they stop before the word's last letter (M., but Mme,
// Dr, Me). Elision, h muet and h aspiré, the euphonic t and the homophones follow Le Bon Usage
// (Grevisse and Goosse, 16th ed., 2016) §§ 44-48 (si elides only before il and ils; presque only
// in presqu'île; h aspiré words take no elision nor liaison), § 796 (a-t-il: t only after a
// vowel), § 98 (lower case for languages, months, days and nationality adjectives, capitals
// for the nationality noun). Spellings "stated per stem": the 1990 Rectifications de
// l'orthographe (Conseil supérieur de la langue française, Journal officiel, 6 December 1990,
// rule 4 on the circumflex, dropped on i and u except in verb endings and where it tells words
// apart, as dû from du; rule 5 on è in évènement, règlementation, cèderai) apply only when the
// stem says the client's style guide follows them.

const SPACE_NOTE = '(a space shown before a mark stands for the no-break space)'

/** The sentences for the spacing item: words and the marks that follow each. */
const SPACED: readonly (readonly string[])[] = [
  ['Attention', ':', 'le délai est court', ',', 'merci', '!'],
  ['Deux questions', ':', 'le devis est-il signé', ',', 'et la date', '?'],
  ['Le texte est prêt', ';', 'la maquette', ',', 'elle', ',', 'arrive demain', '!'],
  ['Merci', '!', 'Avez-vous reçu le devis', ',', 'Madame', '?'],
  ['Note', ':', 'la traduction est livrée', ';', 'la relecture suit', '.'],
]
/** Joins words and marks with the spacing rule a style names. */
function spaced(parts: readonly string[], before: (mark: string) => boolean): string {
  let out = ''
  for (const p of parts) {
    const isMark = /^[:;!?.,]$/.test(p)
    out += isMark ? (before(p) ? ` ${p}` : p) : out ? ` ${p}` : p
  }
  return out
}
const HIGH = (m: string) => ':;!?'.includes(m)

/** Two choices in one sentence: the key takes both right, each wrong option one or both wrong. */
function twoChoices(spec: {
  readonly stem: string
  readonly template: string
  readonly a: readonly [right: string, wrong: string, mistake: string]
  readonly b: readonly [right: string, wrong: string, mistake: string]
  readonly both: string
  /** A further real slip at one of the two places: the word written there, and the mistake. */
  readonly other?: readonly [place: 'a' | 'b', word: string, mistake: string]
}): { stem: string; key: Term; wrong: [Term, string][] } {
  const line = (x: string, y: string) => s(spec.template.replace('{a}', x).replace('{b}', y))
  return {
    stem: spec.stem,
    key: line(spec.a[0], spec.b[0]),
    wrong: [
      [line(spec.a[1], spec.b[0]), spec.a[2]],
      [line(spec.a[0], spec.b[1]), spec.b[2]],
      [line(spec.a[1], spec.b[1]), spec.both],
      ...(spec.other
        ? [
            [
              spec.other[0] === 'a'
                ? line(spec.other[1], spec.b[0])
                : line(spec.a[0], spec.other[1]),
              spec.other[2],
            ] as [Term, string],
          ]
        : []),
    ],
  }
}

export const TYPOGRAPHY_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-space-before-high-punctuation', (rng) => {
    const parts = rng.pick(SPACED)
    const [first, second] = parts.filter(HIGH)
    return {
      stem: `Which line follows French typography for a client in France? ${SPACE_NOTE}`,
      key: s(spaced(parts, HIGH)),
      wrong: [
        [s(spaced(parts, () => false)), 'leaves no space before : ; ! ?, as English does'],
        [s(spaced(parts, (m) => m === first)), `spaces ${first} but not ${second}`],
        [s(spaced(parts, (m) => m === second)), `spaces ${second} but not ${first}`],
        [s(spaced(parts, () => true)), 'also puts a space before the comma and period'],
        [
          s(spaced(parts, (m) => m === first || m === ',')),
          `spaces the comma as well and leaves ${second} unspaced`,
        ],
        [
          s(spaced(parts, (m) => !HIGH(m))),
          'puts the space before the comma and period instead of : ; ! ?',
        ],
      ],
      facts: { rule: 'high-punctuation' },
    }
  }),
  fr('french-guillemets-with-inner-spaces', (rng) => {
    const quote = rng.pick(['Parfait', 'Bon pour accord', 'À revoir', 'Urgent', 'Validé'])
    const lead = rng.pick([
      'Le client a répondu',
      'La directrice a écrit',
      'Le bon porte la mention',
    ])
    const line = (q: string) => s(`${lead} : ${q}.`)
    return {
      stem: `Which line quotes the words as French typography does? ${SPACE_NOTE}`,
      key: line(`« ${quote} »`),
      wrong: [
        [line(`"${quote}"`), 'uses English straight quotation marks'],
        [line(`«${quote}»`), 'leaves out the spaces inside the guillemets'],
        [line(`“${quote}”`), 'uses English curly quotation marks'],
        [line(`» ${quote} «`), 'turns the guillemets the other way, as German does'],
        [
          s(`${lead} : « ${quote}. »`),
          'puts the final period inside the guillemets, as English does',
        ],
        [s(`${lead} : "${quote}."`), 'uses English quotation marks with the period inside'],
        [s(`${lead} : «${quote}.»`), 'leaves out the inner spaces and puts the period inside'],
        [s(`${lead} : « ${quote} » .`), 'puts a space before the period, as before : ; ! ?'],
      ],
      facts: { rule: 'guillemets' },
    }
  }),
  fr('french-accents-kept-on-capitals', (rng) => {
    // phrases opening with an accented letter and holding at least two accents
    const phrase = rng.pick([
      'événement privé',
      'échéance dépassée',
      'étape validée',
      'édition épuisée',
      'à régler sous huitaine',
      'écran réservé',
    ])
    const up = phrase.toUpperCase()
    const strip = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '')
    const firstOnly = up.charAt(0) + strip(up.slice(1))
    const lastOnly = (() => {
      const i = Math.max(...[...up].map((ch, k) => (strip(ch) !== ch ? k : -1)))
      return strip(up.slice(0, i)) + up.slice(i)
    })()
    return {
      stem: `A heading must be set in capitals. Which line follows French typography for «${phrase}»?`,
      key: s(up),
      wrong: [
        [s(strip(up)), 'drops the accents on capitals, which French typography keeps'],
        [s(firstOnly), 'keeps only the accent of the first capital'],
        [s(lastOnly), 'keeps only the last accent'],
        [s(strip(up).charAt(0) + up.slice(1)), 'drops the accent on the opening capital only'],
      ],
      facts: { phrase },
    }
  }),
  fr('french-euphonic-t-in-inversion', (rng) => {
    const [inf, tense, obj] = rng.pick([
      ['signer', 'fut', 'le contrat'],
      ['accepter', 'pres', 'le devis'],
      ['aller', 'pres', 'au salon'],
      ['avoir', 'pres', 'le fichier'],
      ['pouvoir', 'pres', 'livrer lundi'],
      ['prendre', 'pres', 'la commande'],
      ['vouloir', 'pres', 'une remise'],
      ['finir', 'pres', 'la relecture'],
      ['envoyer', 'fut', 'la facture'],
    ] as const)
    const pro = rng.pick(['il', 'elle', 'on'])
    const v = c(inf, tense, '3s')
    const up = (t: Term): Term => ['cap', t]
    const form = (tpl: string) => up(f(tpl, v))
    return {
      stem: `Write the question with inversion, subject «${pro}», verb «${inf}» (${tense === 'fut' ? 'future' : 'present'}): «___ ${obj} ?»`,
      key: form(`{0}${/[aeioué]$/.test(conjugate(inf, tense, '3s')) ? '-t-' : '-'}${pro}`),
      wrong: [
        [form(`{0} t’${pro}`), 'writes the euphonic t with an apostrophe, as an elision'],
        [form(`{0}-t’${pro}`), 'writes the euphonic t with an apostrophe after a hyphen'],
        [form(`{0}-${pro}`), 'leaves out the euphonic t after a verb ending in a vowel'],
        [form(`{0}-t-${pro}`), 'adds a euphonic t after a verb that already ends in t or d'],
        [form(`{0} ${pro}`), 'leaves out the hyphen of the inversion'],
      ],
      facts: { pro },
    }
  }),
  fr('french-title-abbreviations', (rng) => {
    const name = rng.pick(['Dupont', 'Martin', 'Leroy', 'Garnier'])
    const [title, right, wrongs] = rng.pick([
      [
        'Monsieur',
        'M.',
        [
          ['Mr', 'uses the English abbreviation Mr'],
          ['Mr.', 'uses the English abbreviation Mr.'],
          ['M', 'drops the period though M stops before the word’s last letter'],
          ['Mons.', 'abbreviates Monsieur by its first syllable'],
        ],
      ],
      [
        'Madame',
        'Mme',
        [
          ['Mme.', 'adds a period though Mme ends with the word’s last letter'],
          ['Mrs', 'uses the English abbreviation Mrs'],
          ['Mad.', 'abbreviates Madame by its first syllable'],
          ['Md', 'abbreviates Madame by its consonants'],
        ],
      ],
      [
        'Docteur',
        'Dr',
        [
          ['Dr.', 'adds a period though Dr ends with the word’s last letter'],
          ['Doct.', 'abbreviates Docteur by its first syllable'],
          ['D.', 'keeps only the initial, as for Monsieur'],
          ['Dct', 'abbreviates Docteur by its consonants'],
        ],
      ],
      [
        'Maître',
        'Me',
        [
          ['Me.', 'adds a period though Me ends with the word’s last letter'],
          ['Mtre', 'abbreviates Maître by its consonants'],
          ['M.', 'uses the abbreviation of Monsieur for a lawyer'],
          ['Maît.', 'abbreviates Maître by its first syllable'],
        ],
      ],
    ] as const)
    return {
      stem: `Which line abbreviates «${title} ${name}» as French typography does in a letter?`,
      key: s(`${right} ${name}`),
      wrong: wrongs.map(([w, m]) => [s(`${w} ${name}`), m] as [Term, string]),
      facts: { title },
    }
  }),
]

export const ELISION_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-si-elides-before-il-not-elle', (rng) => {
    const plural = rng.pick([false, true])
    const [v1, v2] = rng.pick([
      plural ? ['viendront', 'signeront'] : ['viendra', 'signera'],
      plural ? ['acceptent', 'refusent'] : ['accepte', 'refuse'],
      plural ? ['ont reçu le devis', 'l’ont lu'] : ['a reçu le devis', 'l’a lu'],
    ] as const)
    const il = plural ? 'ils' : 'il'
    const elle = plural ? 'elles' : 'elle'
    return twoChoices({
      stem: 'Which sentence elides si as written French requires?',
      template: `Je ne sais pas {a} ${v1} ni {b} ${v2}.`,
      a: [`s’${il}`, `si ${il}`, 'does not elide si before il'],
      b: [`si ${elle}`, `s’${elle}`, 'elides si before elle, as before il'],
      both: 'elides si before elle and not before il',
      other: [
        'b',
        `qu’${elle}`,
        'uses que, as English “that”, for the yes-or-no question “whether”',
      ],
    })
  }),
  fr('french-h-muet-elides-h-aspire-does-not', (rng) => {
    const [noun, g, aspire] = rng.pick([
      ['hôtel', 'm', false],
      ['heure', 'f', false],
      ['histoire', 'f', false],
      ['hébergement', 'm', false],
      ['horaire', 'm', false],
      ['hall', 'm', true],
      ['hausse', 'f', true],
      ['hasard', 'm', true],
      ['handicap', 'm', true],
      ['hauteur', 'f', true],
      ['hypothèse', 'f', false],
    ] as const)
    const contracted = g === 'm' ? `du ${noun}` : `de la ${noun}`
    const elided = `de l’${noun}`
    const other = g === 'm' ? `de la ${noun}` : `du ${noun}`
    return {
      stem: `Complete with de and the definite article: «Nous parlons ___.» (${noun}, ${g === 'm' ? 'masculine' : 'feminine'})`,
      key: s(aspire ? contracted : elided),
      wrong: [
        [
          s(aspire ? elided : contracted),
          aspire ? 'elides before an h aspiré' : 'treats an h muet as aspiré and does not elide',
        ],
        [s(`de le ${noun}`), 'neither contracts de le nor elides'],
        [s(other), 'gives the article the wrong gender'],
        [s(`de ${noun}`), 'drops the article the definite noun needs'],
      ],
      facts: { noun, aspire },
    }
  }),
]

export const HOMOPHONE_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-homophones-se-and-ce', (rng) => {
    const [who, noun] = [
      rng.pick(['Il', 'Elle', 'Le client', 'La cheffe']),
      rng.pick(['devis', 'tarif', 'délai', 'chiffre']),
    ]
    return twoChoices({
      stem: 'Which sentence spells both homophones right?',
      template: `${who} {a} demande si {b} ${noun} est juste.`,
      a: ['se', 'ce', 'writes the reflexive pronoun se as the demonstrative ce'],
      b: ['ce', 'se', 'writes the demonstrative ce as the reflexive pronoun se'],
      both: 'swaps se and ce',
    })
  }),
  fr('french-homophones-s-est-and-c-est', (rng) => {
    const [who, which] = [
      rng.pick(['Elle', 'Le client', 'La traductrice', 'Il']),
      rng.pick(['la version d’hier', 'le bon fichier', 'la dernière facture']),
    ]
    const agree = who === 'Elle' || who === 'La traductrice' ? 'trompée' : 'trompé'
    return twoChoices({
      stem: 'Which sentence spells both homophones right?',
      template: `${who} {a} ${agree} : {b} ${which} qu’il faut.`,
      a: ['s’est', 'c’est', 'writes the pronominal s’est as c’est'],
      b: ['c’est', 's’est', 'writes the presentative c’est as s’est'],
      both: 'swaps s’est and c’est',
    })
  }),
  fr('french-lower-case-languages-and-adjectives', (rng) => {
    const [nat, lang] = rng.pick([
      ['belges', 'néerlandais'],
      ['suisses', 'allemand'],
      ['canadiens', 'anglais'],
      ['espagnols', 'catalan'],
    ] as const)
    const capit = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)
    return twoChoices({
      stem: 'Which sentence uses capitals as French does?',
      template: `Nos clients {a} lisent aussi ${/^[aeiou]/.test(lang) ? 'l’' : 'le '}{b}.`,
      a: [nat, capit(nat), 'capitalises a nationality adjective, as English does'],
      b: [lang, capit(lang), 'capitalises the name of a language, as English does'],
      both: 'capitalises both, as English does',
    })
  }),
]

type Style = 'rect' | 'trad'
/**
 * Words the 1990 rules respell (traditional, rectified), each with two further misspellings
 * writers make: every accent dropped, and the accent put on the wrong e.
 */
const RESPELT: readonly (readonly [string, string, string, string])[] = [
  ['événement', 'évènement', 'evenement', 'évenement'],
  ['réglementation', 'règlementation', 'reglementation', 'rêglementation'],
  ['céderai', 'cèderai', 'cederai', 'cédérai'],
  ['crémerie', 'crèmerie', 'cremerie', 'crêmerie'],
]
const CIRCUMFLEX: readonly (readonly [string, string])[] = [
  ['paraît', 'parait'],
  ['apparaît', 'apparait'],
]

export const RECTIFICATION_FAMILIES: readonly ScenarioFamily[] = [
  fr('french-grave-accent-by-the-stated-spelling', (rng) => {
    const [trad, rect, plain, misplaced] = rng.pick(RESPELT)
    const style: Style = rng.pick(['rect', 'trad'])
    const key = style === 'rect' ? rect : trad
    return {
      stem:
        style === 'rect'
          ? `The client’s style guide follows the 1990 rectifications. Which spelling does it use?`
          : `The client’s style guide keeps the traditional spelling (not the 1990 rectifications). Which spelling does it use?`,
      key: s(key),
      wrong: [
        [
          s(style === 'rect' ? trad : rect),
          style === 'rect'
            ? 'keeps the traditional é the style guide replaces'
            : 'applies the 1990 è the style guide does not follow',
        ],
        [s(plain), 'drops every accent'],
        [s(misplaced), 'puts an accent where the word has none, or the wrong one'],
      ],
      facts: { style, trad, rect },
    }
  }),
  fr('french-circumflex-by-the-stated-spelling', (rng) => {
    const [trad, rect] = rng.pick(CIRCUMFLEX)
    const style: Style = rng.pick(['rect', 'trad'])
    return twoChoices({
      stem:
        style === 'rect'
          ? 'The client’s style guide follows the 1990 rectifications. Which sentence does it spell?'
          : 'The client’s style guide keeps the traditional spelling (not the 1990 rectifications). Which sentence does it spell?',
      template: `Le montant {a} vous {b} élevé ?`,
      a: ['dû', 'du', 'drops the circumflex of dû, which every spelling keeps to tell it from du'],
      b:
        style === 'rect'
          ? [rect, trad, 'keeps the circumflex on i the 1990 rules drop']
          : [trad, rect, 'drops the circumflex on i as the 1990 rules do, against the style guide'],
      both: 'gets both circumflexes wrong',
    })
  }),
]

export const ORTHOGRAPHY_FAMILIES: readonly ScenarioFamily[] = [
  ...TYPOGRAPHY_FAMILIES,
  ...ELISION_FAMILIES,
  ...HOMOPHONE_FAMILIES,
  ...RECTIFICATION_FAMILIES,
]
