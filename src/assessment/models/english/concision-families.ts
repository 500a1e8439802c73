import type { UsageFamily } from '../editing/editing-model.js'

/** Concision (redundant and padded phrases) and register for professional documents. */
export const CONCISION_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'because-not-due-to-the-fact',
    frames: [
      'The ⟨launch;release⟩ moved ⟦because|due~to~the~fact~that=a padded phrase for "because"⟧ the ⟨tests;approvals⟩ took longer.',
    ],
  },
  {
    id: 'now-not-at-this-point',
    frames: [
      'We are ⟦now|at~this~point~in~time~now=a padded phrase and a repeated "now"⟧ ⟨reviewing;testing⟩ the ⟨draft;design⟩.',
    ],
  },
  {
    id: 'if-not-in-the-event',
    frames: [
      '⟦If|In~the~event~that=a padded phrase for "if"⟧ the ⟨parcel;order⟩ is damaged, contact us within ⟨seven;14⟩ days.',
    ],
  },
  {
    id: 'result-not-end-result',
    frames: [
      'The ⟦result|end~result=a redundant "end" before "result"⟧ was a ⟨faster;simpler⟩ checkout.',
    ],
  },
  {
    id: 'history-not-past-history',
    frames: [
      'The client has a ⟦history|past~history=a redundant "past" before "history"⟧ of ⟨late payments;short deadlines⟩.',
    ],
  },
  {
    id: 'gift-not-free-gift',
    frames: [
      'We send a small ⟦gift|free~gift=a redundant "free" before "gift"⟧ with every ⟨order;subscription⟩.',
    ],
  },
  {
    id: 'planning-not-advance-planning',
    frames: [
      'The ⟨event;trip⟩ needs careful ⟦planning|advance~planning=a redundant "advance" before "planning"⟧.',
    ],
  },
  {
    id: 'each-not-each-and-every',
    frames: [
      'We reply to ⟦each|each~and~every=a doubled "each and every"⟧ ⟨message;request⟩ within a day.',
    ],
  },
  {
    id: 'consensus-not-consensus-of-opinion',
    frames: [
      'The ⟦consensus|consensus~of~opinion=a redundant "of opinion" after "consensus"⟧ is to ⟨delay;cancel⟩ the launch.',
    ],
  },
  {
    id: 'repeat-not-repeat-again',
    frames: [
      'Please repeat the ⟨test;survey⟩⟦^|~again=a redundant "again" after "repeat"⟧ next ⟨week;month⟩.',
    ],
  },
  {
    id: 'return-not-return-back',
    frames: [
      'Customers can ⟦return|return~back=a redundant "back" after "return"⟧ ⟨unused;unopened⟩ items.',
    ],
  },
  {
    id: 'combined-not-combined-together',
    frames: [
      'We ⟦combined|combined~together=a redundant "together" after "combined"⟧ the two ⟨reports;datasets⟩.',
    ],
  },
  {
    id: 'unique-not-very-unique',
    frames: [
      'Each ⟨badge;code⟩ is ⟦unique|very~unique=an intensifier on the absolute adjective "unique"⟧.',
    ],
  },
  {
    id: 'although-not-despite-the-fact',
    frames: [
      '⟦Although|Despite~the~fact~that=a padded phrase for "although"⟧ the ⟨budget;team⟩ is small, the ⟨project;campaign⟩ is on track.',
    ],
  },
  {
    id: 'postponed-not-until-later',
    frames: [
      'The ⟨meeting;call⟩ was ⟦postponed|postponed~until~later=a redundant "until later" after "postponed"⟧.',
    ],
  },
  {
    id: 'no-text-message-abbreviations',
    frames: [
      '⟦Please|Pls=a text-message abbreviation in a professional message⟧ confirm the ⟨delivery address;meeting time⟩ by ⟨Friday;noon⟩.',
      '⟦Thank~you|Thx=a text-message abbreviation in a professional message⟧ for the quick ⟨reply;turnaround⟩.',
    ],
  },
  {
    id: 'no-slang-contractions',
    frames: [
      'We are ⟦going~to|gonna=a spoken slang contraction in a professional message⟧ ⟨update;send⟩ the ⟨invoice;schedule⟩ today.',
      'Let us know if you ⟦want~to|wanna=a spoken slang contraction in a professional message⟧ ⟨change;move⟩ the booking.',
    ],
  },
  {
    id: 'no-informal-intensifiers',
    frames: [
      'The ⟨results;figures⟩ are ⟦very~encouraging|super~encouraging=an informal intensifier in a report|totally~encouraging=an informal intensifier in a report⟧.',
    ],
  },
  {
    id: 'no-hedging-filler',
    frames: [
      'The ⟨invoice;contract⟩ ⟦is|is~kind~of=a hedging filler in a statement of fact⟧ overdue.',
    ],
  },
]
