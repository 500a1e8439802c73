import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { de, f, s, type Term, VERBS, v, x } from './de-engine.js'

// Verb forms: the present of strong verbs with a vowel change, the Perfekt with haben or sein and
// its participle (strong, weak, mixed, separable, inseparable, -ieren), the Präteritum, the
// Konjunktiv II and the passive (Duden, Die Grammatik, 9th ed.; the principal parts as listed in
// the Duden Rechtschreibung).

const THIRD = ['Die Kundin', 'Der Lektor', 'Unsere Agentur', 'Frau Becker', 'Herr Wolf']
/** The subject after a fronted phrase: an article or possessive in lower case, a name as it is. */
const after = (subject: string) => subject.replace(/^(Die|Der|Unsere)\b/, (m) => m.toLowerCase())

const ask = (sentence: string, inf: string, what: string) =>
  `A translator corrects a colleague’s German: «${sentence}» Which form of «${inf}» fills the gap (${what})?`

export const VERB_FAMILIES: readonly ScenarioFamily[] = [
  de('ger-present-e-to-i-in-the-third-person', (rng) => {
    const [inf, rest] = rng.pick([
      ['sprechen', 'heute mit dem Verlag'],
      ['nehmen', 'sich Zeit für die Korrektur'],
      ['geben', 'uns morgen Bescheid'],
      ['helfen', 'mir bei der Terminologie'],
      ['treffen', 'den Autor am Freitag'],
      ['besprechen', 'den Entwurf morgen mit uns'],
    ] as const)
    const subj = rng.pick(THIRD)
    return {
      stem: ask(`${subj} ___ ${rest}.`, inf, 'present tense'),
      key: v(inf, 'pres', '3s'),
      wrong: [
        [x(inf, 'weakPrt'), 'forms a weak past tense from the infinitive stem'],
        [v(inf, 'pres', '2p'), 'keeps the infinitive vowel e (the ihr form)'],
        [v(inf, 'pres', '2s'), 'uses the du form'],
        [v(inf, 'prt', '3s'), 'uses the Präteritum'],
        [v(inf, 'inf', '3s'), 'leaves the infinitive'],
      ],
    }
  }),
  de('ger-present-a-to-umlaut-in-the-third-person', (rng) => {
    const [inf, rest] = rng.pick([
      ['fahren', 'morgen nach Hamburg'],
      ['laufen', 'jeden Morgen zum Büro'],
      ['tragen', 'die Verantwortung für das Layout'],
      ['halten', 'die Frist immer ein'],
      ['schlafen', 'vor einer Abgabe kaum'],
    ] as const)
    const subj = rng.pick(THIRD)
    return {
      stem: ask(`${subj} ___ ${rest}.`, inf, 'present tense'),
      key: v(inf, 'pres', '3s'),
      wrong: [
        [v(inf, 'pres', '2p'), 'does not add the umlaut (the ihr form)'],
        [v(inf, 'pres', '2s'), 'uses the du form'],
        [v(inf, 'prt', '3s'), 'uses the Präteritum'],
        [x(inf, 'weakPrt'), 'forms a weak past tense from the infinitive stem'],
      ],
    }
  }),
  de('ger-present-du-form-of-strong-verbs', (rng) => {
    const [inf, rest] = rng.pick([
      ['helfen', 'mir morgen bei der Korrektur'],
      ['sehen', 'die Änderungen im Dokument'],
      ['treffen', 'den Kunden am Montag'],
      ['geben', 'mir die Datei'],
      ['fahren', 'morgen zur Messe'],
      ['sprechen', 'morgen mit dem Kunden'],
      ['tragen', 'die Kosten selbst'],
    ] as const)
    return {
      stem: `A translator writes to a colleague she addresses as du: «___ du ${rest}?» Which present-tense form of «${inf}» fills the gap?`,
      key: v(inf, 'pres', '2s'),
      wrong: [
        [v(inf, 'pres', '2p'), 'uses the ihr form, keeping the infinitive vowel'],
        [v(inf, 'pres', '3s'), 'uses the er/sie form'],
        [v(inf, 'pres', '1p'), 'uses the infinitive form (wir, Sie)'],
        [v(inf, 'prt', '2s'), 'uses the Präteritum du form'],
      ],
    }
  }),
  de('ger-perfekt-strong-participle-with-haben', (rng) => {
    const [inf, rest] = rng.pick([
      ['schreiben', 'den Bericht'],
      ['finden', 'den Fehler'],
      ['treffen', 'die Autorin'],
      ['sprechen', 'mit dem Verlag'],
      ['lesen', 'den Vertrag'],
      ['helfen', 'der Kollegin'],
    ] as const)
    const subj = rng.pick(THIRD)
    const sentence = `${subj} hat gestern ${rest} ___.`
    return {
      stem: ask(sentence, inf, 'the participle for the Perfekt'),
      key: v(inf, 'pp'),
      wrong: [
        [x(inf, 'weakPp'), 'forms a weak participle (ge- … -t) for a strong verb'],
        [v(inf, 'prt', '3s'), 'uses the Präteritum form after hat'],
        [v(inf, 'inf'), 'uses the infinitive after hat, as after a modal verb'],
        [f('ge{0}', v(inf, 'prt', '1p')), 'builds the participle on the Präteritum stem'],
        [f('ge{0}', v(inf, 'inf')), 'keeps the present-stem vowel in the participle'],
      ],
    }
  }),
  de('ger-perfekt-with-sein-for-motion-and-change', (rng) => {
    const [inf, rest] = rng.pick([
      ['fahren', 'nach Köln'],
      ['fliegen', 'nach Wien'],
      ['kommen', 'zu spät'],
      ['gehen', 'früh nach Hause'],
      ['an|kommen', 'pünktlich'],
      ['steigen', 'um zehn Prozent'],
      ['sinken', 'deutlich'],
      ['auf|stehen', 'um fünf Uhr'],
    ] as const)
    const subj = rng.pick(THIRD)
    const subject = inf === 'steigen' || inf === 'sinken' ? 'Der Seitenpreis' : subj
    return {
      stem: `A translator corrects a report: «${subject} ___ ${rest} ___.» Which Perfekt of «${inf.replace('|', '')}» is correct? (Verbs of motion from place to place and of change of state take sein.)`,
      key: f('ist … {0}', v(inf, 'pp')),
      wrong: [
        [f('hat … {0}', v(inf, 'pp')), 'takes haben, the auxiliary of most verbs'],
        [f('ist … {0}', x(inf, 'weakPp')), 'forms a weak participle for a strong verb'],
        [f('hat … {0}', x(inf, 'weakPp')), 'takes haben and forms a weak participle'],
        [f('war … {0}', v(inf, 'pp')), 'uses the Plusquamperfekt for the Perfekt'],
      ],
    }
  }),
  de('ger-perfekt-of-bleiben-sein-werden-takes-sein', (rng) => {
    const [inf, rest] = rng.pick([
      ['bleiben', 'zwei Wochen in Berlin'],
      ['sein', 'schon zweimal in Zürich'],
      ['werden', 'im Mai Projektleiterin'],
    ] as const)
    const subj = rng.pick(['Die Kundin', 'Frau Becker', 'Meine Kollegin'])
    return {
      stem: `Which Perfekt of «${inf}» completes «${subj} ___ ${rest} ___.»? (bleiben, sein and werden take sein.)`,
      key: f('ist … {0}', v(inf, 'pp')),
      wrong: [
        [f('hat … {0}', v(inf, 'pp')), 'takes haben because nothing moves'],
        ...(inf === 'sein'
          ? [
              [f('ist … {0}', v('werden', 'pp')), 'confuses gewesen with geworden'] as [
                Term,
                string,
              ],
            ]
          : [
              [f('ist … {0}', x(inf, 'weakPp')), 'forms a weak participle'] as [Term, string],
              [f('hat … {0}', x(inf, 'weakPp')), 'takes haben and a weak participle'] as [
                Term,
                string,
              ],
            ]),
        [f('war … {0}', v(inf, 'pp')), 'uses the Plusquamperfekt for the Perfekt'],
      ],
    }
  }),
  de('ger-inseparable-prefix-participle-has-no-ge', (rng) => {
    const [inf, rest, strong] = rng.pick([
      ['übersetzen', 'den Vertrag', false],
      ['bezahlen', 'die Rechnung', false],
      ['erklären', 'die Änderung', false],
      ['verstehen', 'die Anweisung', true],
      ['bekommen', 'den Auftrag', true],
      ['besprechen', 'den Entwurf', true],
      ['erhalten', 'die Zahlung', true],
    ] as const)
    const subj = rng.pick(THIRD)
    const stem = inf.slice(0, -2)
    const extra: [Term, string][] = strong
      ? [
          [
            s(/[dt]$/.test(stem) ? `${stem}et` : `${stem}t`),
            'forms a weak participle (-t, no ge-) for a strong verb',
          ],
          [
            s(/[dt]$/.test(stem) ? `ge${stem}et` : `ge${stem}t`),
            'adds ge- and forms a weak participle for a strong verb',
          ],
          [v(inf, 'pres', '3s'), 'uses the present after hat'],
        ]
      : inf === 'übersetzen'
        ? [[x(inf, 'geInside'), 'treats über- as a separable prefix']]
        : []
    return {
      stem: ask(`${subj} hat ${rest} ___.`, inf, 'the participle for the Perfekt'),
      key: v(inf, 'pp'),
      wrong: [
        [x(inf, 'geFront'), 'adds ge- before an inseparable prefix'],
        ...extra,
        [v(inf, 'prt', '3s'), 'uses the Präteritum after hat'],
        [v(inf, 'inf'), 'uses the infinitive after hat'],
      ],
    }
  }),
  de('ger-separable-prefix-participle-ge-in-the-middle', (rng) => {
    const [inf, rest] = rng.pick([
      ['an|rufen', 'den Kunden'],
      ['ab|schicken', 'die Rechnung'],
      ['ein|laden', 'die Autorin'],
      ['aus|drucken', 'den Vertrag'],
      ['zu|schicken', 'uns die Unterlagen'],
      ['an|kündigen', 'die Preiserhöhung'],
      ['auf|schreiben', 'die Zahlen'],
    ] as const)
    const subj = rng.pick(THIRD)
    return {
      stem: ask(
        `${subj} hat ${rest} schon ___.`,
        inf.replace('|', ''),
        'the participle for the Perfekt',
      ),
      key: v(inf, 'pp'),
      wrong: [
        [x(inf, 'geFront'), 'puts ge- before the separable prefix'],
        [x(inf, 'noGe'), 'leaves out ge-'],
        [x(inf, 'weakPp'), 'forms a weak participle (-t)'],
        [f('{0}', v(inf, 'pres', '3s')), 'uses the present, prefix split off'],
        [v(inf, 'inf'), 'uses the infinitive'],
        ...(VERBS[inf]!.strong
          ? []
          : [
              [
                s(inf.replace('|', 'ge').replace(/e?n$/, 'en')),
                'gives a weak verb the strong participle ending -en',
              ] as [Term, string],
            ]),
      ],
    }
  }),
  de('ger-prateritum-of-mixed-verbs', (rng) => {
    const [inf, rest] = rng.pick([
      ['bringen', 'die Unterlagen selbst vorbei'],
      ['denken', 'zuerst an eine andere Lösung'],
      ['wissen', 'nichts von der Änderung'],
      ['kennen', 'den Autor schon lange'],
      ['nennen', 'uns einen neuen Termin'],
    ] as const)
    const subj = rng.pick(THIRD)
    return {
      stem: ask(`Damals ___ ${after(subj)} ${rest}.`, inf, 'Präteritum'),
      key: v(inf, 'prt', '3s'),
      wrong: [
        [x(inf, 'weakPrt'), 'forms a regular Präteritum on the infinitive stem'],
        [v(inf, 'pres', '3s'), 'uses the present'],
        [v(inf, 'pp'), 'uses the participle without an auxiliary'],
        [v(inf, 'prt', '3p'), 'uses the plural for a singular subject'],
      ],
    }
  }),
  de('ger-prateritum-of-modal-verbs-has-no-umlaut', (rng) => {
    const [inf, rest] = rng.pick([
      ['können', 'die Datei nicht öffnen'],
      ['müssen', 'den Termin verschieben'],
      ['dürfen', 'die Texte nicht veröffentlichen'],
      ['mögen', 'den ersten Entwurf nicht'],
    ] as const)
    const subj = rng.pick(THIRD)
    return {
      stem: ask(`Letzte Woche ___ ${after(subj)} ${rest}.`, inf, 'Präteritum, a fact in the past'),
      key: v(inf, 'prt', '3s'),
      wrong: [
        [v(inf, 'k2', '3s'), 'keeps the umlaut, which makes it Konjunktiv II'],
        [v(inf, 'k2', '3p'), 'keeps the umlaut and uses the plural'],
        [v(inf, 'pres', '3p'), 'uses the present plural'],
        [v(inf, 'pres', '3s'), 'uses the present'],
        [v(inf, 'prt', '3p'), 'uses the plural for a singular subject'],
        [v(inf, 'pp'), 'uses the participle without an auxiliary'],
      ],
    }
  }),
  de('ger-konjunktiv-ii-for-a-polite-request', (rng) => {
    const [inf, rest] = rng.pick([
      ['können', 'mir die Datei bis Freitag schicken'],
      ['können', 'den Termin um eine Woche verschieben'],
      ['haben', 'morgen Zeit für ein kurzes Gespräch'],
      ['werden', 'mir die Rechnung noch einmal zuschicken'],
    ] as const)
    return {
      stem: `A translator writes to a client she addresses as Sie and wants the polite Konjunktiv II: «___ Sie ${rest}?» Which form of «${inf}» fills the gap?`,
      key: f('{0}', ['cap', v(inf, 'k2', '3p')]),
      wrong: [
        [
          ['cap', v(inf, 'prt', '3p')],
          'uses the Präteritum, which lacks the umlaut of Konjunktiv II',
        ],
        [['cap', v(inf, 'pres', '3p')], 'uses the present indicative the client asked to avoid'],
        [['cap', v(inf, 'k2', '2p')], 'uses the ihr form for Sie'],
        [['cap', v(inf, 'k2', '3s')], 'uses the singular form for Sie'],
        [['cap', v(inf, 'pres', '2p')], 'uses the present ihr form for Sie'],
        [['cap', v(inf, 'prt', '2p')], 'uses the Präteritum ihr form for Sie'],
      ],
    }
  }),
  de('ger-konjunktiv-ii-in-an-unreal-condition', (rng) => {
    const [inf, rest, subj, p] = rng.pick([
      ['haben', 'mehr Zeit', 'ich', '1s'],
      ['sein', 'die Datei kleiner', 'die', '3s'],
      ['haben', 'die Unterlagen früher', 'wir', '1p'],
      ['wissen', 'den Fachbegriff', 'ich', '1s'],
      ['sein', 'die Kunden schneller', 'die', '3p'],
    ] as const)
    const subject = subj === 'die' ? '' : `${subj} `
    return {
      stem: `An unreal condition in the present takes the Konjunktiv II: «Wenn ${subject}${rest} ___, wäre alles einfacher.» Which form of «${inf}» fills the gap?`,
      key: v(inf, 'k2', p),
      wrong: [
        [v(inf, 'prt', p), 'uses the Präteritum indicative for an unreal condition'],
        [v(inf, 'pres', p), 'uses the present indicative, a real condition'],
        [
          v(inf, 'k2', p === '1p' || p === '3p' ? '3s' : '3p'),
          'does not agree with the subject’s number',
        ],
        ...(inf === 'sein' && p === '3s'
          ? [[s('ware'), 'adds the Konjunktiv -e to war without the umlaut'] as [Term, string]]
          : []),
        [
          f('{0} {1}', v(inf, 'pp'), v(VERBS[inf]!.aux, 'k2', p)),
          'uses the past Konjunktiv II for a present condition',
        ],
        [v(inf, 'k2', '2s'), 'uses the du form'],
      ],
    }
  }),
  de('ger-konjunktiv-ii-past-takes-the-perfekt-auxiliary', (rng) => {
    const [inf, aux, rest] = rng.pick([
      ['kommen', 'sein', 'früher'],
      ['fahren', 'sein', 'mit dem Zug'],
      ['bleiben', 'sein', 'länger'],
      ['finden', 'haben', 'den Fehler'],
      ['schreiben', 'haben', 'den Bericht'],
      ['lesen', 'haben', 'den Vertrag'],
    ] as const)
    const other = aux === 'sein' ? 'haben' : 'sein'
    return {
      stem: `Regretting a past event takes the Konjunktiv II of the Perfekt’s auxiliary: «Wenn ich ${rest} ___ ___, …» Which words fill the gaps («${inf}»)?`,
      key: f('{0} {1}', v(inf, 'pp'), v(aux, 'k2', '1s')),
      wrong: [
        [f('{0} {1}', v(inf, 'pp'), v(other, 'k2', '1s')), 'takes the other auxiliary'],
        [f('{0} {1}', v(inf, 'pp'), v(aux, 'prt', '1s')), 'uses the indicative Plusquamperfekt'],
        [
          f('{0} {1}', v(inf, 'pp'), v(other, 'prt', '1s')),
          'takes the other auxiliary in the indicative Plusquamperfekt',
        ],
        [
          f('{0} {1}', x(inf, 'weakPp'), v(other, 'k2', '1s')),
          'forms a weak participle and takes the other auxiliary',
        ],
        [
          f('{0} {1}', x(inf, 'weakPp'), v(aux, 'k2', '1s')),
          'forms a weak participle for a strong verb',
        ],
        [
          f('{0} {1}', v(inf, 'inf'), v('werden', 'k2', '1s')),
          'uses würde and the infinitive, the present form, for a past event',
        ],
      ],
    }
  }),
  de('ger-passive-perfekt-uses-worden', (rng) => {
    const [inf, rest] = rng.pick([
      ['übersetzen', 'Der Vertrag'],
      ['korrigieren', 'Die Broschüre'],
      ['bezahlen', 'Die Rechnung'],
      ['schreiben', 'Der Bericht'],
      ['ab|schicken', 'Das Paket'],
    ] as const)
    return {
      stem: `A client asks about a job: «${rest} ___ gestern ___ ___.» Which words give the Perfekt of the passive of «${inf.replace('|', '')}»?`,
      key: f('ist … {0} worden', v(inf, 'pp')),
      wrong: [
        [
          f('ist … {0} geworden', v(inf, 'pp')),
          'uses geworden, the participle of werden as a full verb',
        ],
        [f('hat … {0} worden', v(inf, 'pp')), 'takes haben for the passive'],
        [f('wurde … {0} worden', v(inf, 'pp')), 'adds worden to the Präteritum passive'],
        [f('hat … {0} geworden', v(inf, 'pp')), 'takes haben and geworden'],
        [f('hat … {0}', v(inf, 'pp')), 'forms the active Perfekt, as if the subject did it'],
      ],
    }
  }),
  de('ger-present-of-werden-and-wissen', (rng) => {
    const [inf, p, subj, rest] = rng.pick([
      ['wissen', '3s', 'Die Kundin', 'noch nichts davon'],
      ['wissen', '2s', 'Du', 'schon, wann die Sitzung ist'],
      ['werden', '3s', 'Das Projekt', 'im Mai fertig'],
      ['werden', '2s', 'Du', 'morgen Bescheid bekommen'],
      ['wissen', '1s', 'Ich', 'leider keinen besseren Begriff'],
    ] as const)
    return {
      stem: `Which present form of «${inf}» completes «${subj} ___ ${rest}.»?`,
      key: v(inf, 'pres', p),
      wrong: [
        [f('{0}', v(inf, 'pres', '2p')), 'uses the ihr form'],
        [v(inf, 'prt', p), 'uses the Präteritum'],
        [v(inf, 'pres', '1p'), 'uses the infinitive'],
        [v(inf, 'k2', p), 'uses the Konjunktiv II'],
        [
          s(inf === 'wissen' ? (p === '2s' ? 'weisst' : 'weis') : p === '2s' ? 'wirdst' : 'wirdt'),
          inf === 'wissen'
            ? 'writes ss or s for ß after a long vowel'
            : 'adds the regular ending to the changed stem',
        ],
        [
          v(inf, 'pres', p === '2s' ? '3s' : '2s'),
          p === '2s' ? 'uses the er/sie form for du' : 'uses the du form',
        ],
        ...(inf === 'werden' && p === '3s'
          ? [[s('wirt'), 'writes t for the final d, as it sounds'] as [Term, string]]
          : []),
        ...(inf === 'wissen' && p === '1s'
          ? [
              [s('wisse'), 'adds the regular ich ending -e to the infinitive stem'] as [
                Term,
                string,
              ],
            ]
          : []),
      ],
    }
  }),
]
