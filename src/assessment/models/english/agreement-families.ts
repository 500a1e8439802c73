import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Subject–verb and pronoun agreement and pronoun case. Only rules on which British and American
 * style guides agree: no collective nouns, no "data", no "none is/are".
 */
export const AGREEMENT_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'head-noun-singular',
    frames: [
      'The ⟨list;set;box;folder⟩ of ⟨invoices;samples;contracts;receipts⟩ ⟦is|are=verb agrees with the nearest noun, not the head noun⟧ on the front desk.',
    ],
  },
  {
    id: 'head-noun-plural',
    frames: [
      'The ⟨results;figures;totals⟩ of the ⟨survey;audit;review⟩ ⟦are|is=verb agrees with the nearest noun, not the head noun⟧ ready for the board.',
    ],
  },
  {
    id: 'either-or-nearer-subject',
    frames: [
      'Either the ⟨manager;director;supervisor⟩ or the ⟨assistants;interns;coordinators⟩ ⟦are|is=verb agrees with the first subject, not the nearer one⟧ going to call you.',
      'Neither the ⟨assistants;interns⟩ nor the ⟨manager;director⟩ ⟦is|are=treats "neither … nor" as a plural "and"⟧ available on Friday.',
    ],
  },
  {
    id: 'each-of',
    frames: [
      'Each of the ⟨applicants;candidates;suppliers⟩ ⟦has|have=verb agrees with the plural noun after "of", not with "each"⟧ received a reply.',
    ],
  },
  {
    id: 'one-of',
    frames: [
      'One of the ⟨printers;laptops;projectors⟩ ⟦needs|need=verb agrees with the plural noun after "of", not with "one"⟧ repairs.',
    ],
  },
  {
    id: 'compound-subject-and',
    frames: [
      'The ⟨budget;schedule⟩ and the ⟨contract;proposal⟩ ⟦are|is=treats two subjects joined by "and" as one⟧ on the agenda.',
    ],
  },
  {
    id: 'as-well-as',
    frames: [
      'The ⟨director;editor⟩, as well as ⟨two assistants;the interns⟩, ⟦is|are=treats "as well as" like "and"⟧ attending the launch.',
    ],
  },
  {
    id: 'there-are',
    frames: [
      'There ⟦are|is=verb agrees with "there", not with the plural subject after it⟧ ⟨three;several;two⟩ ⟨errors;typos;open questions⟩ in the draft.',
    ],
  },
  {
    id: 'inverted-subject',
    frames: [
      'On the ⟨shelf;table⟩ ⟦sit|sits=verb agrees with the noun before it, not the subject after it⟧ the ⟨boxes;files⟩ you ordered.',
    ],
  },
  {
    id: 'everyone-singular',
    frames: [
      '⟨Everyone;Everybody;Each employee⟩ on the ⟨team;project⟩ ⟦has|have=treats "everyone" as plural⟧ access to the shared drive.',
    ],
  },
  {
    id: 'the-number-of',
    frames: [
      'The number of ⟨complaints;returns;requests⟩ ⟦has|have="the number of" read as plural⟧ fallen this ⟨quarter;month⟩.',
    ],
  },
  {
    id: 'a-number-of',
    frames: [
      'A number of ⟨clients;readers;customers⟩ ⟦have|has="a number of" read as singular⟧ asked for a refund.',
    ],
  },
  {
    id: 'sum-of-money',
    frames: [
      '⟨Five hundred dollars;Two thousand euros;Ninety pounds⟩ ⟦is|are=a sum of money read as a plural count⟧ a fair price for the repair.',
    ],
  },
  {
    id: 'relative-clause-attractor',
    frames: [
      'The ⟨manager;editor⟩ who approved the ⟨invoices;changes⟩ ⟦was|were=verb agrees with the noun in the relative clause⟧ on leave last week.',
    ],
  },
  {
    id: 'object-pronoun-compound',
    frames: [
      'Please send the ⟨file;report;slides⟩ to ⟨Maria;Ahmed;Priya⟩ and ⟦me|I=subject pronoun after a preposition|myself=reflexive pronoun with no antecedent⟧.',
    ],
  },
  {
    id: 'subject-pronoun-compound',
    frames: [
      '⟨Maria;Ahmed;Priya⟩ and ⟦I|me=object pronoun as a subject|myself=reflexive pronoun as a subject⟧ will ⟨review;check⟩ the draft.',
    ],
  },
  {
    id: 'between-you-and-me',
    frames: [
      'Between you and ⟦me|I=subject pronoun after the preposition "between"⟧, the ⟨launch;deadline⟩ will slip.',
    ],
  },
  {
    id: 'whom-after-preposition',
    frames: [
      'To ⟦whom|who=subject form after a preposition⟧ should I address the ⟨letter;invoice;complaint⟩?',
    ],
  },
  {
    id: 'were-subjunctive',
    frames: [
      'If I ⟦were|was=indicative "was" in a condition contrary to fact⟧ in charge, I would ⟨cancel;postpone⟩ the ⟨launch;meeting⟩.',
    ],
  },
]
