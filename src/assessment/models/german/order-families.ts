import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { de, s } from './de-engine.js'

// Word order (Duden, Die Grammatik, 9th ed., the topological fields): the finite verb second in
// a main clause, first in a yes/no question, last in a subordinate clause; the non-finite verbs
// (infinitive, participle, separable prefix) at the end of the clause; a fronted subordinate
// clause fills the first position; und, aber, denn take no position, deshalb and trotzdem do.

const q = (task: string) =>
  `A freelance translator checks the German of a client email. ${task} Which version is correct written standard German, in its word order and its commas?`

type Wrongs = readonly (readonly [string, string])[]
function order(
  id: string,
  task: string,
  rows: readonly (() => { key: string; wrong: Wrongs; facts?: Record<string, string> })[],
): ScenarioFamily {
  return de(id, (rng) => {
    const r = rng.pick(rows)()
    return {
      stem: q(task),
      key: s(r.key),
      wrong: r.wrong.map(([t, m]) => [s(t), m] as const),
      ...(r.facts ? { facts: r.facts } : {}),
    }
  })
}

/** Subject, finite verb, middle field, and the sentence's time adverb. */
const MAIN: readonly (readonly [string, string, string, string])[] = [
  ['ich', 'schicke', 'Ihnen den Entwurf', 'Morgen'],
  ['wir', 'liefern', 'die Übersetzung', 'Am Freitag'],
  ['ich', 'bin', 'leider nicht im Büro', 'Heute'],
  ['sie', 'prüft', 'den Vertrag', 'Nächste Woche'],
  ['ich', 'habe', 'keine Zeit für ein Gespräch', 'Am Montag'],
]
/** Subordinate clauses: subject, middle, finite verb. */
const SUB: readonly (readonly [string, string, string])[] = [
  ['die Datei', 'zu groß', 'ist'],
  ['der Kunde', 'den Auftrag noch nicht', 'bestätigt'],
  ['wir', 'mehr Zeit', 'brauchen'],
  ['die Autorin', 'den Text morgen', 'schickt'],
  ['ich', 'heute krank', 'bin'],
]

export const ORDER_FAMILIES: readonly ScenarioFamily[] = [
  order(
    'ger-verb-second-after-a-fronted-adverbial',
    'The sentence opens with a time phrase.',
    MAIN.map(([subj, verb, mid, time]) => () => ({
      key: `${time} ${verb} ${subj} ${mid}.`,
      wrong: [
        [`${time} ${subj} ${verb} ${mid}.`, 'keeps the subject before the verb, as English does'],
        [`${time} ${subj} ${mid} ${verb}.`, 'puts the verb last, as in a subordinate clause'],
        [`${time} ${verb} ${mid} ${subj}.`, 'moves the subject to the end'],
        [
          `${time}, ${subj} ${verb} ${mid}.`,
          'sets the time phrase off with a comma and keeps subject–verb order',
        ],
        [
          `${time}, ${subj} ${mid} ${verb}.`,
          'sets the time phrase off with a comma and puts the verb last',
        ],
      ],
    })),
  ),
  order(
    'ger-verb-last-after-weil',
    'The reason follows weil.',
    SUB.map(([subj, mid, verb]) => () => ({
      key: `Wir verschieben den Termin, weil ${subj} ${mid} ${verb}.`,
      wrong: [
        [
          `Wir verschieben den Termin, weil ${subj} ${verb} ${mid}.`,
          'keeps verb-second order after weil, as in speech',
        ],
        [
          `Wir verschieben den Termin, weil ${verb} ${subj} ${mid}.`,
          'puts the verb first after weil',
        ],
        [
          `Wir verschieben den Termin weil ${subj} ${verb} ${mid}.`,
          'keeps verb-second order and drops the comma',
        ],
        // A noun subject may follow a scrambled object in the middle field, a pronoun may not.
        /^(wir|ich)$/.test(subj)
          ? [
              `Wir verschieben den Termin, weil ${mid} ${subj} ${verb}.`,
              'moves the subject after the middle field',
            ]
          : [
              `Wir verschieben den Termin, weil ${verb} ${mid} ${subj}.`,
              'puts the verb first after weil and the subject last',
            ],
      ],
      facts: { finite: verb },
    })),
  ),
  order(
    'ger-modal-and-infinitive-at-the-end-of-a-dass-clause',
    'A dass clause with a modal verb.',
    [
      ['wir', 'müssen', 'den Termin', 'verschieben'],
      ['Sie', 'können', 'die Datei morgen', 'abholen'],
      ['ich', 'muss', 'den Text noch einmal', 'prüfen'],
      ['die Agentur', 'will', 'die Preise', 'erhöhen'],
    ].map(([subj, modal, mid, inf]) => () => ({
      key: `Ich fürchte, dass ${subj} ${mid} ${inf} ${modal}.`,
      wrong: [
        [
          `Ich fürchte, dass ${subj} ${modal} ${mid} ${inf}.`,
          'keeps the modal second, as in a main clause',
        ],
        [
          `Ich fürchte, dass ${subj} ${mid} ${modal} ${inf}.`,
          'puts the modal before the infinitive at the end',
        ],
        [
          `Ich fürchte, dass ${subj} ${modal} ${inf} ${mid}.`,
          'follows English order: modal, verb, object',
        ],
        [`Ich fürchte, dass ${modal} ${subj} ${mid} ${inf}.`, 'puts the modal first after dass'],
      ],
      facts: { finite: modal! },
    })),
  ),
  order(
    'ger-perfekt-auxiliary-last-in-a-subordinate-clause',
    'A weil clause in the Perfekt.',
    [
      ['ich', 'die Datei schon', 'geschickt', 'habe'],
      ['die Kundin', 'den Vertrag', 'unterschrieben', 'hat'],
      ['wir', 'gestern', 'angekommen', 'sind'],
      ['der Lektor', 'zwei Fehler', 'gefunden', 'hat'],
    ].map(([subj, mid, pp, aux]) => () => ({
      key: `Das ist erledigt, weil ${subj} ${mid} ${pp} ${aux}.`,
      wrong: [
        [
          `Das ist erledigt, weil ${subj} ${aux} ${mid} ${pp}.`,
          'keeps the auxiliary second, as in a main clause',
        ],
        [
          `Das ist erledigt, weil ${subj} ${mid} ${aux} ${pp}.`,
          'puts the auxiliary before the participle',
        ],
        [
          `Das ist erledigt, weil ${subj} ${aux} ${pp} ${mid}.`,
          'follows English order: auxiliary, participle, object',
        ],
        [
          `Das ist erledigt, weil ${aux} ${subj} ${mid} ${pp}.`,
          'puts the auxiliary first after weil',
        ],
        [
          `Das ist erledigt weil ${subj} ${mid} ${pp} ${aux}.`,
          'leaves out the comma before the weil clause',
        ],
        [
          `Das ist erledigt weil ${subj} ${aux} ${mid} ${pp}.`,
          'leaves out the comma and keeps the auxiliary second',
        ],
      ],
      facts: { finite: aux! },
    })),
  ),
  order(
    'ger-separable-prefix-at-the-end-of-a-main-clause',
    'A main clause with a separable verb.',
    [
      ['Ich', 'rufe', 'an', 'Sie morgen'],
      ['Wir', 'schicken', 'zu', 'Ihnen die Unterlagen heute'],
      ['Die Agentur', 'kündigt', 'an', 'die neuen Preise im Januar'],
      ['Ich', 'drucke', 'aus', 'den Vertrag heute'],
    ].map(([subj, verb, pre, mid]) => () => ({
      key: `${subj} ${verb} ${mid} ${pre}.`,
      wrong: [
        [`${subj} ${pre}${verb} ${mid}.`, 'does not separate the prefix in a main clause'],
        [
          `${subj} ${verb} ${pre} ${mid}.`,
          'puts the prefix straight after the verb, like an English particle',
        ],
        [
          `${subj} ${mid} ${pre}${verb}.`,
          'joins the prefix and puts the verb last, as in a subordinate clause',
        ],
        [`${subj} ${pre} ${verb} ${mid}.`, 'puts the prefix before the verb as a separate word'],
      ],
    })),
  ),
  order(
    'ger-separable-verb-joined-at-the-end-of-a-subordinate-clause',
    'A wenn clause with a separable verb.',
    [
      ['die Kundin', 'morgen', 'ruft', 'an'],
      ['der Zug', 'pünktlich', 'kommt', 'an'],
      ['Sie', 'mir die Datei', 'schicken', 'zu'],
      ['die Agentur', 'neue Preise', 'kündigt', 'an'],
    ].map(([subj, mid, verb, pre]) => () => ({
      key: `Ich melde mich, wenn ${subj} ${mid} ${pre}${verb}.`,
      wrong: [
        [
          `Ich melde mich, wenn ${subj} ${verb} ${mid} ${pre}.`,
          'splits the verb as in a main clause',
        ],
        [
          `Ich melde mich, wenn ${subj} ${mid} ${verb} ${pre}.`,
          'puts the verb last but still splits off the prefix',
        ],
        [
          `Ich melde mich, wenn ${subj} ${pre}${verb} ${mid}.`,
          'joins the prefix but keeps the verb second',
        ],
        [`Ich melde mich, wenn ${verb} ${subj} ${mid} ${pre}.`, 'puts the verb first after wenn'],
        [
          `Ich melde mich wenn ${subj} ${mid} ${pre}${verb}.`,
          'leaves out the comma before the wenn clause',
        ],
      ],
      facts: { finite: `${pre}${verb}` },
    })),
  ),
  order(
    'ger-modal-second-infinitive-last-in-a-main-clause',
    'A main clause with a modal verb.',
    [
      ['Ich', 'kann', 'die Übersetzung bis Freitag', 'liefern'],
      ['Wir', 'müssen', 'die Rechnung noch', 'korrigieren'],
      ['Sie', 'dürfen', 'den Text gern', 'kürzen'],
      ['Die Kundin', 'will', 'das Angebot heute', 'annehmen'],
    ].map(([subj, modal, mid, inf]) => () => ({
      key: `${subj} ${modal} ${mid} ${inf}.`,
      wrong: [
        [`${subj} ${modal} ${inf} ${mid}.`, 'follows English order: modal, verb, object'],
        [`${subj} ${mid} ${inf} ${modal}.`, 'puts the modal last, as in a subordinate clause'],
        [`${subj} ${modal} ${mid} zu ${inf}.`, 'adds zu after a modal verb'],
        [`${subj} ${mid} ${modal} ${inf}.`, 'puts the modal after the object'],
      ],
    })),
  ),
  order(
    'ger-zu-infinitive-of-a-separable-verb',
    'An infinitive clause with zu and a separable verb.',
    [
      ['Ich versuche, Sie morgen', 'an', 'rufen'],
      ['Ich bitte Sie, mir die Unterlagen', 'zu', 'schicken'],
      ['Wir planen, die Preise im Januar', 'an', 'kündigen'],
      ['Vergessen Sie bitte nicht, den Vertrag', 'aus', 'drucken'],
    ].map(([head, pre, verb]) => () => ({
      key: `${head} ${pre}zu${verb}.`,
      wrong: [
        [`${head} zu ${pre}${verb}.`, 'puts zu before the whole separable verb'],
        [`${head} ${pre} zu ${verb}.`, 'writes prefix, zu and verb as three words'],
        [`${head} ${pre}${verb} zu.`, 'puts zu after the infinitive'],
        [`${head} ${pre}${verb}.`, 'leaves out zu'],
      ],
    })),
  ),
  order(
    'ger-verb-first-in-the-main-clause-after-a-fronted-clause',
    'The sentence opens with a wenn clause.',
    [
      ['die Datei fertig ist', 'schicke', 'ich', 'sie Ihnen sofort', 'ist'],
      ['Sie Fragen haben', 'rufen', 'Sie', 'mich bitte an', 'haben'],
      ['der Kunde zustimmt', 'beginnen', 'wir', 'am Montag', 'zustimmt'],
      ['die Zahlung eingeht', 'liefere', 'ich', 'die Dateien', 'eingeht'],
    ].map(([clause, verb, subj, rest]) => () => ({
      key: `Wenn ${clause}, ${verb} ${subj} ${rest}.`,
      wrong: [
        [
          `Wenn ${clause}, ${subj} ${verb} ${rest}.`,
          'puts the subject first in the main clause, as English does',
        ],
        [
          `Wenn ${clause}, ${subj} ${rest} ${verb}.`,
          'puts the main verb last, as in the subordinate clause',
        ],
        [`Wenn ${clause} ${subj} ${verb} ${rest}.`, 'drops the comma and keeps subject–verb order'],
        [
          `Wenn ${clause}, dann ${subj} ${verb} ${rest}.`,
          'adds dann but keeps the subject before the verb',
        ],
        [`Wenn ${clause} ${subj} ${rest} ${verb}.`, 'drops the comma and puts the main verb last'],
      ],
    })),
  ),
  order(
    'ger-accusative-pronoun-before-dative-pronoun',
    'Both objects are pronouns.',
    [
      ['Ich schicke', 'sie', 'ihm', 'morgen'],
      ['Wir geben', 'es', 'Ihnen', 'am Freitag'],
      ['Ich leite', 'sie', 'Ihnen', 'gleich weiter'],
      ['Können Sie', 'ihn', 'mir', 'heute schicken?'],
    ].map(([head, acc, dat, rest]) => () => {
      const end = rest!.endsWith('?') ? '' : '.'
      return {
        key: `${head} ${acc} ${dat} ${rest}${end}`,
        wrong: [
          [`${head} ${dat} ${acc} ${rest}${end}`, 'orders pronouns like nouns, dative first'],
          [
            `${head} ${rest!.replace('?', '')} ${dat} ${acc}${end || '?'}`,
            'puts both pronouns at the end, dative first',
          ],
          [
            `${head} ${dat} ${rest!.replace('?', '')} ${acc}${end || '?'}`,
            'puts the dative pronoun first and the accusative last',
          ],
        ],
      }
    }),
  ),
  order(
    'ger-w-question-verb-second',
    'A direct question with a question word.',
    [
      ['Wann', 'können', 'Sie', 'die Datei', 'schicken'],
      ['Bis wann', 'brauchen', 'Sie', 'die Übersetzung', ''],
      ['Warum', 'hat', 'der Kunde', 'die Rechnung nicht', 'bezahlt'],
      ['Wie viele Seiten', 'hat', 'die neue Broschüre', 'eigentlich', ''],
    ].map(([w, verb, subj, mid, end]) => () => {
      const tail = (...xs: string[]) => xs.filter((y) => y).join(' ')
      return {
        key: `${tail(w!, verb!, subj!, mid!, end!)}?`,
        wrong: [
          [`${tail(w!, subj!, verb!, mid!, end!)}?`, 'keeps subject–verb order, as in English'],
          [
            `${tail(w!, subj!, mid!, end!, verb!)}?`,
            'puts the verb last, as in an indirect question',
          ],
          [
            `${tail(w!, mid!, verb!, subj!, end!)}?`,
            'puts more than the question phrase before the verb',
          ],
        ],
      }
    }),
  ),
  order(
    'ger-indirect-question-verb-last',
    'An indirect question after «Können Sie mir sagen».',
    [
      ['wann', 'die Lieferung', 'ankommt', 'kommt', 'an'],
      ['ob', 'der Kunde', 'zustimmt', 'stimmt', 'zu'],
      ['wann', 'die Autorin', 'zurückruft', 'ruft', 'zurück'],
      ['ob', 'die Agentur', 'mitmacht', 'macht', 'mit'],
    ].map(([w, mid, joined, verb, pre]) => () => {
      const t = (...xs: string[]) => xs.filter((y) => y).join(' ')
      return {
        key: `Können Sie mir sagen, ${t(w!, mid!, joined!)}?`,
        wrong: [
          [
            `Können Sie mir sagen, ${t(w!, verb!, mid!, pre!)}?`,
            'keeps the order of a direct question',
          ],
          [
            `Können Sie mir sagen, ${t(w!, mid!, verb!, pre!)}?`,
            'puts the verb last but splits off the prefix',
          ],
          [
            `Können Sie mir sagen, ${t(w!, joined!, mid!)}?`,
            'puts the verb straight after the question word',
          ],
          [
            `Können Sie mir sagen ${t(w!, verb!, mid!, pre!)}?`,
            'drops the comma and keeps direct-question order',
          ],
        ],
        facts: { finite: joined! },
      }
    }),
  ),
  order(
    'ger-relative-clause-verb-last',
    'A relative clause in the Perfekt.',
    [
      ['Der Text', 'den', 'Sie', 'mir', 'geschickt', 'haben', 'ist sehr gut'],
      ['Die Datei', 'die', 'der Kunde', 'gestern', 'hochgeladen', 'hat', 'ist beschädigt'],
      ['Das Angebot', 'das', 'wir', 'gestern', 'bekommen', 'haben', 'ist zu teuer'],
    ].map(([head, pron, subj, mid, pp, aux, rest]) => () => ({
      key: `${head}, ${pron} ${subj} ${mid} ${pp} ${aux}, ${rest}.`,
      wrong: [
        [
          `${head}, ${pron} ${subj} ${aux} ${mid} ${pp}, ${rest}.`,
          'keeps the auxiliary second, as in a main clause',
        ],
        [
          `${head}, ${pron} ${subj} ${mid} ${aux} ${pp}, ${rest}.`,
          'puts the auxiliary before the participle',
        ],
        [
          `${head}, ${pron} ${aux} ${subj} ${mid} ${pp}, ${rest}.`,
          'puts the auxiliary straight after the relative pronoun',
        ],
        [
          `${head} ${pron} ${subj} ${mid} ${pp} ${aux} ${rest}.`,
          'leaves out the commas around the relative clause',
        ],
      ],
      facts: { finite: aux! },
    })),
  ),
  order(
    'ger-auxiliary-before-a-double-infinitive',
    'A weil clause with a modal in the Perfekt (the double infinitive).',
    [
      ['ich', 'habe', 'die Datei nicht', 'öffnen', 'können', 'gekonnt'],
      ['wir', 'haben', 'den Termin', 'verschieben', 'müssen', 'gemusst'],
      ['die Kundin', 'hat', 'den Vertrag nicht', 'unterschreiben', 'wollen', 'gewollt'],
    ].map(([subj, a, mid, inf, modal, pp]) => () => ({
      key: `Es gab Verzögerungen, weil ${subj} ${mid} ${a} ${inf} ${modal}.`,
      wrong: [
        [
          `Es gab Verzögerungen, weil ${subj} ${mid} ${inf} ${modal} ${a}.`,
          'puts the auxiliary last, as with a single participle',
        ],
        [
          `Es gab Verzögerungen, weil ${subj} ${mid} ${inf} ${pp} ${a}.`,
          'uses the modal’s participle instead of its infinitive',
        ],
        [
          `Es gab Verzögerungen, weil ${subj} ${a} ${mid} ${inf} ${modal}.`,
          'keeps the auxiliary second, as in a main clause',
        ],
        [
          `Es gab Verzögerungen, weil ${subj} ${mid} ${modal} ${inf} ${a}.`,
          'reverses the two infinitives and puts the auxiliary last',
        ],
      ],
      facts: { finite: a! },
    })),
  ),
  order(
    'ger-deshalb-takes-the-first-position',
    'The second clause begins with deshalb.',
    [
      ['Die Datei war beschädigt', 'habe', 'ich', 'sie neu erstellt'],
      ['Der Kunde hat nicht bezahlt', 'schicke', 'ich', 'eine Mahnung'],
      ['Die Frist ist knapp', 'arbeiten', 'wir', 'am Wochenende'],
    ].map(([first, verb, subj, rest]) => () => ({
      key: `${first}, deshalb ${verb} ${subj} ${rest}.`,
      wrong: [
        [
          `${first}, deshalb ${subj} ${verb} ${rest}.`,
          'treats deshalb like und, which takes no position',
        ],
        [`${first}, deshalb ${subj} ${rest} ${verb}.`, 'puts the verb last, as after weil'],
        [
          `${first} deshalb ${subj} ${verb} ${rest}.`,
          'drops the comma and keeps subject–verb order',
        ],
        [
          `${first}. Deshalb ${subj} ${verb} ${rest}.`,
          'starts a new sentence but keeps subject–verb order after Deshalb',
        ],
        [
          `${first} deshalb ${subj} ${rest} ${verb}.`,
          'drops the comma and puts the verb last, as after weil',
        ],
      ],
    })),
  ),
  order(
    'ger-denn-takes-no-position',
    'The reason follows denn.',
    [
      ['Wir verschieben den Termin', 'die Datei', 'ist', 'zu groß'],
      ['Ich kann heute nicht liefern', 'der Kunde', 'hat', 'den Text geändert'],
      ['Bitte prüfen Sie die Rechnung', 'der Betrag', 'scheint', 'zu hoch'],
    ].map(([first, subj, verb, rest]) => () => ({
      key: `${first}, denn ${subj} ${verb} ${rest}.`,
      wrong: [
        [`${first}, denn ${verb} ${subj} ${rest}.`, 'inverts subject and verb, as after deshalb'],
        [`${first}, denn ${subj} ${rest} ${verb}.`, 'puts the verb last, as after weil'],
        [
          `${first} denn ${verb} ${subj} ${rest}.`,
          'drops the comma and inverts as after an adverb',
        ],
      ],
    })),
  ),
  order(
    'ger-um-zu-for-purpose',
    'A purpose clause (in order to).',
    [
      ['Ich schreibe Ihnen', 'den Termin', 'bestätigen'],
      ['Wir brauchen die Datei', 'den Text', 'übersetzen'],
      ['Ich rufe morgen an', 'die Details', 'besprechen'],
    ].map(([head, obj, inf]) => () => ({
      key: `${head}, um ${obj} zu ${inf}.`,
      wrong: [
        [`${head}, um zu ${inf} ${obj}.`, 'follows English order: to, verb, object'],
        [`${head}, um ${obj} ${inf}.`, 'leaves out zu'],
        [`${head}, für ${obj} zu ${inf}.`, 'translates English for … to with für'],
        [`${head}, um ${obj} ${inf} zu.`, 'puts zu after the infinitive'],
        [`${head}, für zu ${inf} ${obj}.`, 'uses für and English order'],
        [`${head}, um zu ${obj} ${inf}.`, 'puts zu straight after um'],
      ],
    })),
  ),
]
