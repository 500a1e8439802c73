import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Punctuation and sentence structure on which British and American style guides agree: no serial
 * comma, no quotation-mark placement, no optional comma after a short introductory phrase.
 */
export const PUNCTUATION_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'comma-splice',
    frames: [
      'The ⟨report;draft⟩ is finished⟦.~The|,~the=a comma splice joining two sentences|~the=two sentences fused with no punctuation⟧ ⟨charts;appendix tables⟩ still need work.',
    ],
  },
  {
    id: 'however-between-clauses',
    frames: [
      'The ⟨prices;fees⟩ rose⟦;~however,|,~however,=a comma splice before "however"|~however,=no stop before "however" (a run-on sentence)⟧ ⟨demand;sales⟩ held steady.',
    ],
  },
  {
    id: 'comma-between-subject-and-verb',
    frames: [
      'The ⟨new onboarding guide;quarterly sales report⟩ for ⟨regional managers;all staff⟩⟦^|,=a comma between the subject and its verb⟧ goes out on Monday.',
    ],
  },
  {
    id: 'plural-possessive',
    frames: [
      "All three ⟦teams'|team's=a singular possessive for several teams|teams=a plural with no apostrophe for a possessive⟧ budgets were approved.",
    ],
  },
  {
    id: 'singular-possessive',
    frames: [
      'The ⟦company\'s|companys\'=an apostrophe after the "s" of a singular noun|companies=a plural for a possessive⟧ ⟨profits;revenue⟩ rose this year.',
    ],
  },
  {
    id: 'no-apostrophe-in-plurals',
    frames: [
      "The shop sells fresh ⟦apples|apple's=an apostrophe in a plain plural⟧ and ⟨pears;plums⟩ every day.",
      "We printed new ⟦menus|menu's=an apostrophe in a plain plural⟧ for the ⟨café;restaurant⟩.",
    ],
  },
  {
    id: 'no-colon-after-verb',
    frames: [
      'Our ⟨offices;stores⟩ are in⟦^|:=a colon between a preposition and its object⟧ London, Madrid and ⟨Berlin;Rome⟩.',
    ],
  },
  {
    id: 'indirect-question',
    frames: [
      'She asked whether the ⟨invoice;order⟩ had been paid⟦.|?=a question mark after an indirect question⟧',
    ],
  },
  {
    id: 'hyphen-compound-modifier',
    frames: [
      'We need a ⟦well-written|well~written=an open compound modifier before a noun⟧ ⟨proposal;summary⟩ by Friday.',
      'They offer a ⟦two-year|two~year=an open compound modifier before a noun⟧ ⟨warranty;contract⟩ on every model.',
    ],
  },
  {
    id: 'no-hyphen-after-ly',
    frames: [
      'It was a ⟦highly~successful|highly-successful=a hyphen after an "-ly" adverb⟧ ⟨launch;campaign⟩.',
    ],
  },
  {
    id: 'capitalised-proper-nouns',
    frames: [
      'The ⟨review;meeting⟩ moved to ⟦Monday|monday=a lower-case day of the week⟧.',
      'The ⟨report;manual⟩ is available in ⟦English|english=a lower-case name of a language⟧ and Spanish.',
      'Payment is due by the end of ⟦March|march=a lower-case month name⟧.',
    ],
  },
  {
    id: 'number-at-sentence-start',
    frames: [
      '⟦Twenty|20=a numeral at the start of a sentence⟧ ⟨applicants;people;volunteers⟩ signed up for the course.',
    ],
  },
  {
    id: 'dangling-modifier',
    frames: [
      'Having reviewed the file, ⟦the editor approved the changes|the changes were approved by the editor=a dangling modifier: the changes did not review the file⟧.',
    ],
  },
  {
    id: 'parallel-list',
    frames: [
      'The role involves writing reports, ⟦managing|to manage=a list item not parallel with the others⟧ budgets and ⟨training;coaching⟩ staff.',
    ],
  },
  {
    id: 'sentence-fragment',
    frames: [
      'We missed the deadline⟦~because|.~Because=a dependent clause left as a sentence fragment⟧ the ⟨files;proofs⟩ arrived late.',
    ],
  },
  {
    id: 'reason-is-that',
    frames: [
      'The reason for the delay is ⟦that|because="the reason is because", a redundant "because"⟧ the ⟨supplier;courier⟩ was late.',
    ],
  },
  {
    id: 'non-restrictive-commas',
    frames: [
      'Our ⟨director;founder⟩⟦,~who|~who=a non-restrictive clause opened with no comma⟧ ⟨joined;started⟩ in 2012, will open the event.',
    ],
  },
  {
    id: 'semicolon-before-independent-clause',
    frames: [
      'The ⟨venue;hotel⟩ was booked in March⟦;|,=a comma splice in place of a semicolon|^=two clauses fused with no punctuation⟧ the catering firm has not confirmed its menu yet.',
    ],
  },
]
