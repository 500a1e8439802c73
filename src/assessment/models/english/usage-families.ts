import type { UsageFamily } from '../editing/editing-model.js'

/** Commonly confused words: each pair is its own piece of knowledge, so its own family. */
export const USAGE_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'affect-verb',
    frames: [
      'The ⟨delay;strike;outage⟩ will ⟦affect|effect=the noun "effect" for the verb "affect"⟧ ⟨delivery dates;the schedule⟩.',
    ],
  },
  {
    id: 'effect-noun',
    frames: [
      'The new ⟨policy;layout⟩ had a positive ⟦effect|affect=the verb "affect" for the noun "effect"⟧ on ⟨sales;sign-ups⟩.',
    ],
  },
  {
    id: 'fewer-countable',
    frames: [
      'This ⟨version;draft⟩ has ⟦fewer|less="less" with a countable plural noun⟧ ⟨errors;pages⟩ than the last one.',
    ],
  },
  {
    id: 'less-uncountable',
    frames: [
      'The new ⟨route;process⟩ takes ⟦less|fewer="fewer" with an uncountable noun⟧ ⟨time;effort⟩ than the old one.',
    ],
  },
  {
    id: 'than-comparison',
    frames: [
      'The ⟨premium;annual⟩ plan costs more ⟦than|then="then" (time) for the comparison "than"⟧ the ⟨basic;monthly⟩ plan.',
    ],
  },
  {
    id: 'then-sequence',
    frames: [
      'Save the file and ⟦then|than="than" (comparison) for the sequence word "then"⟧ ⟨close;restart⟩ the application.',
    ],
  },
  {
    id: 'their-possessive',
    frames: [
      'The ⟨clients;authors⟩ emailed ⟦their|there="there" (place) for the possessive "their"|they\'re="they\'re" (they are) for the possessive "their"⟧ ⟨feedback;corrections⟩ this morning.',
    ],
  },
  {
    id: 'there-existential',
    frames: [
      '⟦There|Their=the possessive "their" for "there"|They\'re="they\'re" (they are) for "there"⟧ are ⟨two;three⟩ ⟨issues;questions⟩ left to resolve.',
    ],
  },
  {
    id: 'they-are',
    frames: [
      'The ⟨designers;editors⟩ say ⟦they\'re|their=the possessive "their" for "they\'re" (they are)|there="there" (place) for "they\'re" (they are)⟧ ready to start.',
    ],
  },
  {
    id: 'your-possessive',
    frames: [
      'Thank you for ⟦your|you\'re="you\'re" (you are) for the possessive "your"⟧ ⟨patience;order;feedback⟩.',
    ],
  },
  {
    id: 'you-are',
    frames: [
      'Let us know if ⟦you\'re|your=the possessive "your" for "you\'re" (you are)⟧ ⟨available;free⟩ on ⟨Monday;Thursday⟩.',
    ],
  },
  {
    id: 'its-possessive',
    frames: [
      'The ⟨app;printer;website⟩ lost ⟦its|it\'s="it\'s" (it is) for the possessive "its"|its\'=an apostrophe after the possessive "its"⟧ ⟨settings;connection⟩ overnight.',
      'The ⟨company;agency;firm⟩ updated ⟦its|it\'s="it\'s" (it is) for the possessive "its"⟧ ⟨privacy policy;pricing;website⟩ in ⟨May;June⟩.',
    ],
  },
  {
    id: 'it-is',
    frames: [
      '⟦It\'s|Its=the possessive "its" for "it\'s" (it is)⟧ ⟨likely;possible⟩ that the ⟨meeting;call⟩ will run late.',
    ],
  },
  {
    id: 'could-have',
    frames: [
      'We ⟦could have|could of="of" for the "\'ve" of "could\'ve"⟧ ⟨sent;shipped⟩ the order sooner.',
      'You ⟦should have|should of="of" for the "\'ve" of "should\'ve"⟧ ⟨received;seen⟩ the invoice by now.',
    ],
  },
  {
    id: 'lose-verb',
    frames: [
      'Please do not ⟦lose|loose="loose" (not tight) for the verb "lose"⟧ the ⟨receipt;key;password⟩.',
    ],
  },
  {
    id: 'loose-adjective',
    frames: [
      'One of the ⟨cables;screws;hinges⟩ is ⟦loose|lose=the verb "lose" for the adjective "loose"⟧.',
    ],
  },
  {
    id: 'principal-main',
    frames: [
      'The ⟦principal|principle="principle" (a rule) for "principal" (main)⟧ ⟨reason for;cause of⟩ the delay was ⟨staffing;the weather⟩.',
    ],
  },
  {
    id: 'principle-rule',
    frames: [
      'Our pricing rests on one ⟦principle|principal="principal" (main) for "principle" (a rule)⟧: no hidden fees.',
    ],
  },
  {
    id: 'complement',
    frames: [
      'The ⟨new typeface;blue accent⟩ ⟦complements|compliments="compliments" (praises) for "complements" (goes well with)⟧ the ⟨logo;layout⟩.',
    ],
  },
  {
    id: 'stationery',
    frames: [
      'We ordered ⟨envelopes;letterhead⟩ from the ⟦stationery|stationary="stationary" (not moving) for "stationery" (paper goods)⟧ supplier.',
    ],
  },
  {
    id: 'discreet',
    frames: [
      'Please be ⟦discreet|discrete="discrete" (separate) for "discreet" (tactful)⟧ about the ⟨merger;restructuring⟩.',
    ],
  },
  {
    id: 'elicit',
    frames: [
      'The survey aims to ⟦elicit|illicit="illicit" (illegal) for "elicit" (draw out)⟧ honest ⟨feedback;answers⟩.',
    ],
  },
  {
    id: 'advice-noun',
    frames: [
      'Thank you for your ⟦advice|advise=the verb "advise" for the noun "advice"⟧ on the ⟨contract;launch⟩.',
    ],
  },
  {
    id: 'advise-verb',
    frames: [
      'We ⟦advise|advice=the noun "advice" for the verb "advise"⟧ all ⟨users;clients⟩ to update their passwords.',
    ],
  },
  {
    id: 'accept',
    frames: [
      'We cannot ⟦accept|except="except" (leave out) for "accept" (receive)⟧ ⟨returns;payments⟩ after 30 days.',
    ],
  },
  {
    id: 'led-past',
    frames: [
      '⟨Maria;Ahmed;Priya⟩ ⟦led|lead="lead" (present tense or the metal) for the past tense "led"⟧ the ⟨workshop;project⟩ last ⟨week;year⟩.',
    ],
  },
  {
    id: 'passed-verb',
    frames: [
      'The ⟨deadline;delivery window⟩ ⟦passed|past="past" (adjective or preposition) for the verb "passed"⟧ without a reply.',
    ],
  },
  {
    id: 'lie-intransitive',
    frames: [
      'If you feel dizzy, ⟦lie|lay="lay" (put down, takes an object) for "lie" (recline)⟧ down for a few minutes.',
    ],
  },
  {
    id: 'who-is',
    frames: [
      '⟦Who\'s|Whose=the possessive "whose" for "who\'s" (who is)⟧ ⟨chairing;leading⟩ the ⟨meeting;review⟩ tomorrow?',
    ],
  },
  {
    id: 'whose-possessive',
    frames: [
      'The ⟨client;author⟩ ⟦whose|who\'s="who\'s" (who is) for the possessive "whose"⟧ ⟨order;manuscript⟩ arrived late has written to us.',
    ],
  },
  {
    id: 'eg-for-example',
    frames: [
      'We accept many kinds of photo ID (⟦for example|that is="that is" (restating all of them) where two examples follow⟧, a passport or a national identity card).',
    ],
  },
  {
    id: 'number-countable',
    frames: [
      'A large ⟦number|amount="amount" with a countable noun⟧ of ⟨customers;orders⟩ arrived ⟨on Monday;at once⟩.',
    ],
  },
  {
    id: 'infer',
    frames: [
      'From the ⟨figures;email⟩, we ⟦infer|imply="imply" (suggest) for "infer" (conclude)⟧ that ⟨demand is falling;the client is unhappy⟩.',
    ],
  },
  {
    id: 'every-day',
    frames: [
      'We back up the ⟨server;database⟩ ⟦every day|everyday=the adjective "everyday" for the adverb phrase "every day"⟧.',
    ],
  },
  {
    id: 'supposed-to',
    frames: [
      'We were ⟦supposed|suppose=the dropped "-d" of "supposed to"⟧ to ⟨receive;sign⟩ the ⟨contract;proofs⟩ today.',
    ],
  },
  {
    id: 'regardless',
    frames: [
      'We will ship ⟦regardless|irregardless=the nonstandard "irregardless"⟧ of the ⟨weather;delay⟩.',
    ],
  },
  {
    id: 'too-adverb',
    frames: [
      'The ⟨file;attachment⟩ is ⟦too|to=the preposition "to" for the adverb "too"⟧ large to send.',
    ],
  },
  {
    id: 'whether',
    frames: [
      'Let me know ⟦whether|weather="weather" (climate) for "whether"⟧ the ⟨call;meeting⟩ is still on.',
    ],
  },
  {
    id: 'cite',
    frames: [
      'Please ⟦cite|site="site" (a place) for "cite" (quote a source)|sight="sight" (vision) for "cite" (quote a source)⟧ the ⟨source;study⟩ in a footnote.',
    ],
  },
  {
    id: 'hardly-no-double-negative',
    frames: [
      'We ⟦could|couldn\'t=a double negative with "hardly"⟧ hardly hear the ⟨speaker;caller⟩ over the noise.',
    ],
  },
]
