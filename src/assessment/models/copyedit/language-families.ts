import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, q, type Slip, worked } from './copyedit-text.js'

// Bias-free and plain language by the guide the stem quotes, and recasting a drawn sentence for
// concision and clarity. The guides’ rules are the common ones (the APA’s bias-free language
// guidelines, the UK government’s and the US Plain Language guidelines) but each stem quotes the
// rule it relies on; the key follows it and keeps the sentence’s facts, each distractor breaks
// one clause of it or loses a fact.

function rewrite(
  rng: Rng,
  rule: string,
  spec: {
    guide: string
    raw: string
    key: string
    wrong: readonly Slip[]
    in: Record<string, unknown>
  },
) {
  return worked(rng, {
    stem: `The language guide of ${client(rng)} says: ${spec.guide}. Which edit of ${q(spec.raw)} follows the guide and keeps the facts?`,
    in: spec.in,
    key: spec.key,
    wrong: spec.wrong,
    rule,
  })
}

const TITLES = [
  ['chairman', 'chair', 'chairwoman', 'chairperson'],
  ['fireman', 'firefighter', 'firewoman', 'fire person'],
  ['policeman', 'police officer', 'policewoman', 'police person'],
  ['spokesman', 'spokesperson', 'spokeswoman', 'spokes-speaker'],
  ['foreman', 'supervisor', 'forewoman', 'foreperson'],
] as const
const ROLES = ['applicant', 'reader', 'tenant', 'patient', 'student', 'customer']
const CONDITIONS = [
  ['diabetics', 'people with diabetes', 'diabetic people', 'diabetes sufferers'],
  ['epileptics', 'people with epilepsy', 'epileptic people', 'epilepsy sufferers'],
  ['asthmatics', 'people with asthma', 'asthmatic people', 'asthma sufferers'],
] as const
// Verbs that take the drawn object, then verbs that take “what is missing”.
const FORMAL_ON_OBJECT = [
  ['utilise', 'use', ['the new template', 'the shared style sheet']],
  ['commence', 'start', ['the index', 'the second proof check']],
  ['purchase', 'buy', ['the picture licences', 'the reference books']],
  ['terminate', 'end', ['the contract', 'the trial subscription']],
] as const
const FORMAL_ON_MISSING = [
  ['ascertain', 'find out'],
  ['request', 'ask for'],
  ['endeavour to locate', 'try to find'],
] as const
const FORMAL = [...FORMAL_ON_OBJECT.map(([f, p]) => [f, p] as const), ...FORMAL_ON_MISSING]
const NOMINAL = [
  [
    'carried out an investigation of',
    'investigated',
    'conducted an inquiry into',
    'An investigation of',
    'carried out',
  ],
  ['made a decision about', 'decided on', 'reached a decision on', 'A decision about', 'made'],
  ['gave consideration to', 'considered', 'took into consideration', 'Consideration of', 'given'],
  ['conducted a review of', 'reviewed', 'undertook a review of', 'A review of', 'conducted'],
  ['made an assessment of', 'assessed', 'performed an assessment of', 'An assessment of', 'made'],
] as const
const PLURAL = new Set(['the accounts', 'the proofs'])
const ACTORS = ['the board', 'the council', 'the trustees', 'the committee', 'the panel']
const THINGS = ['the grant', 'the budget', 'the plan', 'the merger', 'the appointment']
const DAYS = ['on Monday', 'in March', 'last week', 'in 2019', 'at its June meeting']
const OBJECTS = ['the accounts', 'the survey', 'the contract', 'the proofs', 'the index']
const n = (rng: Rng) => rng.pick(['three', 'four', 'five', 'six'])

export const LANGUAGE_FAMILIES: readonly ScenarioFamily[] = [
  family('gender-neutral-job-titles', (rng) => {
    const [[m1, k1, f1, o1], [m2, k2, f2, o2]] = rng.shuffle(TITLES) as [
      (typeof TITLES)[number],
      (typeof TITLES)[number],
    ]
    const s = (a: string, b: string) => `The ${a} thanked the ${b} for the report.`
    return rewrite(rng, 'gender-neutral-titles', {
      guide: `use these gender-neutral job titles: ${TITLES.map((t) => `${t[1]} (not ${t[0]})`).join(', ')}`,
      raw: s(m1, m2),
      key: s(k1, k2),
      in: { men: [m1, m2], neutral: [k1, k2] },
      wrong: [
        ['partial', s(k1, m2), 'replaces only the first gendered title'],
        [
          'pairs',
          s(`${m1} or ${f1}`, `${m2} or ${f2}`),
          'pairs the masculine and feminine forms instead of a neutral one',
        ],
        ['offList', s(o1, o2), 'coins forms that are not on the guide’s list'],
        ['feminine', s(f1, f2), 'swaps in the feminine forms'],
      ],
    })
  }),
  family('singular-they-for-an-unknown-person', (rng) => {
    const role = rng.pick(ROLES)
    const obj = rng.pick(OBJECTS)
    const s = (pron: string, verb = 'signs') =>
      `Each ${role} must check ${pron} copy of ${obj} before ${pron === 'their' ? 'they sign' : `${pron === 'his' ? 'he' : pron === 'her' ? 'she' : pron === 'its' ? 'it' : 'he or she'} ${verb}`}.`
    return rewrite(rng, 'singular-they', {
      guide:
        'refer to a person whose gender is unknown or irrelevant with singular “they” (they, their); do not use “he”, “she”, paired forms (“he or she”) or slashes',
      raw: s('his'),
      key: s('their'),
      in: { role, obj },
      wrong: [
        ['paired', s('his or her'), 'uses the paired form the guide rules out'],
        ['her', s('her'), 'swaps the masculine for the feminine pronoun'],
        ['its', s('its'), 'refers to a person as “it”'],
        ['slash', s('his/her'), 'uses a slashed pair the guide rules out'],
        [
          'halfHe',
          s('their').replace('they sign', 'he signs'),
          'changes one pronoun but leaves “he” in the other',
        ],
        [
          'halfShe',
          s('their').replace('they sign', 'she signs'),
          'changes one pronoun but puts “she” in the other',
        ],
      ],
    })
  }),
  family('person-first-language-for-a-condition', (rng) => {
    const [raw, key, adj, suff] = rng.pick(CONDITIONS)
    const k = n(rng)
    const s = (x: string) => `The clinic recruited ${k} ${x} for the trial.`
    return rewrite(rng, 'person-first', {
      guide:
        'use person-first language for a health condition (“people with …”); do not label people by the condition, and avoid “sufferer”, “victim” and “afflicted”',
      raw: s(raw),
      key: s(key),
      in: { key, k },
      wrong: [
        ['identityFirst', s(adj), 'puts the condition first as an adjective'],
        ['sufferer', s(suff), 'uses the “sufferer” wording the guide rules out'],
        [
          'victims',
          s(`victims of ${key.slice(12)}`),
          'uses the “victim” wording the guide rules out',
        ],
        [
          'drop',
          'The clinic recruited people for the trial.',
          'loses the number and the condition the trial needed',
        ],
        [
          'suffering',
          s(`people suffering from ${key.slice(12)}`),
          'keeps the “suffering” wording the guide rules out',
        ],
        [
          'afflicted',
          s(`people afflicted with ${key.slice(12)}`),
          'uses the “afflicted” wording the guide rules out',
        ],
      ],
    })
  }),
  family('no-irrelevant-personal-detail', (rng) => {
    const who = rng.pick(['engineer', 'surgeon', 'architect', 'pilot'])
    const detail = rng.pick([
      'a young mother of two',
      'a Muslim',
      'a wheelchair user',
      'a pensioner',
    ])
    const act = rng.pick(['designed the bridge', 'led the team', 'wrote the report'])
    return rewrite(rng, 'relevant-detail-only', {
      guide:
        'mention gender, age, religion, ethnicity or disability only where it is relevant to the point being made',
      raw: `The ${who}, ${detail}, ${act}.`,
      key: `The ${who} ${act}.`,
      in: { who, detail, act },
      wrong: [
        [
          'keep',
          `The ${who}, ${detail}, ${act}.`,
          'keeps a personal detail that has no bearing on the point',
        ],
        [
          'soften',
          `The ${who}, who is ${detail}, ${act}.`,
          'rephrases the irrelevant detail instead of cutting it',
        ],
        [
          'dropWho',
          `${detail[0]!.toUpperCase()}${detail.slice(1)} ${act}.`,
          'cuts the role and keeps the irrelevant detail',
        ],
        ['dropAct', `The ${who} was involved.`, 'cuts the fact the sentence reports'],
      ],
    })
  }),
  family('age-terms-by-the-guide', (rng) => {
    const bad = rng.pick(['the elderly', 'senior citizens', 'old folk'])
    const place = rng.pick(['the library', 'the new clinic', 'the bus service'])
    const s = (x: string) => `The survey asked ${x} about ${place}.`
    return rewrite(rng, 'age-terms', {
      guide:
        'call people over 65 “older people” or “older adults”, or give the age range; do not use “the elderly”, “senior citizens”, “old folk” or “OAPs”',
      raw: s(bad),
      key: s(rng.pick(['older people', 'older adults', 'people aged over 65'])),
      in: { place },
      wrong: [
        [
          'otherBanned',
          s(bad === 'the elderly' ? 'senior citizens' : 'the elderly'),
          'swaps one ruled-out label for another',
        ],
        ['oaps', s('OAPs'), 'uses an abbreviation the guide rules out'],
        ['vague', s('people'), 'drops the age group the survey was about'],
        ['keep', s(bad), 'keeps the author’s ruled-out label'],
        ['elderlyPeople', s('elderly people'), 'keeps the ruled-out “elderly” as an adjective'],
        ['olderFolk', s('older folk'), 'keeps the ruled-out “folk”'],
      ],
    })
  }),
  family('plain-words-for-formal-ones', (rng) => {
    const [f1, p1, objects] = rng.pick(FORMAL_ON_OBJECT)
    const [f2, p2] = rng.pick(FORMAL_ON_MISSING)
    const obj = rng.pick(objects)
    const s = (a: string, b: string) => `Staff should ${a} ${obj} and ${b} what is missing.`
    return rewrite(rng, 'plain-words', {
      guide: `prefer the everyday word: ${FORMAL.map(([f, p]) => `${p} (not ${f})`).join(', ')}`,
      raw: s(f1, f2),
      key: s(p1, p2),
      in: { formal: [f1, f2], plain: [p1, p2], obj },
      wrong: [
        ['one', s(p1, f2), 'replaces only the first formal word'],
        ['other', s(f1, p2), 'replaces only the second formal word'],
        ['none', s(f1, f2), 'leaves both formal words'],
        [
          'lose',
          `Staff should ${p1} ${obj}.`,
          'cuts the second instruction along with its formal word',
        ],
      ],
    })
  }),
  family('nominalisation-turned-back-into-a-verb', (rng) => {
    const [nom, verb, other, noun, made] = rng.pick(NOMINAL)
    const actor = rng.pick(ACTORS)
    const obj = rng.pick(OBJECTS)
    const day = rng.pick(DAYS)
    const up = (x: string) => `${x[0]!.toUpperCase()}${x.slice(1)}`
    const s = (v: string) => `${up(actor)} ${v} ${obj} ${day}.`
    const was = PLURAL.has(obj) ? 'were' : 'was'
    return rewrite(rng, 'verbs-not-nouns', {
      guide:
        'use a verb for the action rather than a noun built from it (“reviewed”, not “carried out a review of”)',
      raw: s(nom),
      key: s(verb),
      in: { verb, actor, obj, day },
      wrong: [
        ['otherNoun', s(other), 'swaps one noun phrase for another'],
        [
          'passive',
          `${up(obj)} ${was} ${verb} ${day}.`,
          'drops the actor by turning the verb passive',
        ],
        [
          'nounPassive',
          `${noun} ${obj} was ${made} by ${actor} ${day}.`,
          'keeps the noun and makes it the subject of a passive',
        ],
        [
          'nounNoDay',
          `${up(actor)} ${nom} ${obj}.`,
          'keeps the noun phrase and cuts when it happened',
        ],
        ['noDay', s(verb).replace(` ${day}`, ''), 'cuts when it happened along with the wordiness'],
        ['keep', s(nom), 'keeps the noun phrase'],
        ['pluperfect', s(`had ${verb}`), 'cuts the noun but shifts the tense to “had”'],
        [
          'progressive',
          s(`was ${verb.replace(/ed( on)?$/, 'ing$1').replace(/eing/, 'ing')}`),
          'cuts the noun but turns a done action into an ongoing one',
        ],
      ],
    })
  }),
  family('passive-turned-active-with-its-actor', (rng) => {
    const actor = rng.pick(ACTORS)
    const thing = rng.pick(THINGS)
    const day = rng.pick(DAYS)
    const verb = rng.pick(['approved', 'rejected', 'postponed'])
    const up = (x: string) => x[0]!.toUpperCase() + x.slice(1)
    const front = rng.next() < 0.5
    return rewrite(rng, 'active-voice', {
      guide:
        'prefer the active voice, with the actor as the subject, when the sentence names the actor',
      raw: `${up(thing)} was ${verb} by ${actor} ${day}.`,
      key: front
        ? `${up(day)}, ${actor} ${verb} ${thing}.`
        : `${up(actor)} ${verb} ${thing} ${day}.`,
      in: { actor, thing, day, verb, front },
      wrong: [
        [
          'dropActor',
          `${up(thing)} was ${verb} ${day}.`,
          'drops the actor instead of making it the subject',
        ],
        [
          'swapRoles',
          `${up(thing)} ${verb} ${actor} ${day}.`,
          'swaps the roles, so the thing does the acting',
        ],
        [
          'stillPassive',
          `${up(day)}, ${thing} had been ${verb} by ${actor}.`,
          'moves words about but keeps the passive',
        ],
        ['noDay', `${up(actor)} ${verb} ${thing}.`, 'loses when it happened'],
        [
          'frontedPassive',
          `${up(day)}, ${thing} was ${verb}.`,
          'fronts when it happened but drops the actor and keeps the passive',
        ],
        [
          'byActor',
          `By ${actor}, ${thing} was ${verb} ${day}.`,
          'fronts the actor but keeps the passive verb',
        ],
      ],
    })
  }),
  family('there-are-opening-cut', (rng) => {
    const k = n(rng)
    const who = rng.pick(['editors', 'volunteers', 'clerks', 'researchers'])
    const obj = rng.pick(OBJECTS)
    return rewrite(rng, 'cut-empty-openings', {
      guide:
        'cut empty openings such as “there is/are … who/that” and “it is … that” when the sentence has a real subject and verb',
      raw: `There are ${k} ${who} who check ${obj}.`,
      key: `${k[0]!.toUpperCase()}${k.slice(1)} ${who} check ${obj}.`,
      in: { k, who, obj },
      wrong: [
        [
          'keepWho',
          `There are ${k} ${who} checking ${obj}.`,
          'keeps the empty opening and changes only the verb',
        ],
        [
          'loseNumber',
          `${who[0]!.toUpperCase()}${who.slice(1)} check ${obj}.`,
          'cuts the number along with the opening',
        ],
        [
          'singular',
          `${k[0]!.toUpperCase()}${k.slice(1)} ${who} checks ${obj}.`,
          'leaves the verb singular after a plural subject',
        ],
        ['itIs', `It is ${k} ${who} who check ${obj}.`, 'swaps one empty opening for another'],
        [
          'whoLeft',
          `${k[0]!.toUpperCase()}${k.slice(1)} ${who} who check ${obj}.`,
          'cuts “there are” but keeps “who”, leaving a sentence with no main verb',
        ],
        [
          'tense',
          `${k[0]!.toUpperCase()}${k.slice(1)} ${who} checked ${obj}.`,
          'cuts the opening but shifts the present to the past',
        ],
        [
          'comma',
          `There are ${k} ${who}, who check ${obj}.`,
          'adds a comma that makes the clause an aside, keeping the opening',
        ],
      ],
    })
  }),
  family('it-is-that-cleft-cut', (rng) => {
    const cause = rng.pick([
      'the index',
      'the permissions log',
      'the late artwork',
      'the reference check',
    ])
    const effect = rng.pick(['most delays', 'the extra cost', 'the reprint', 'the missed deadline'])
    const up = (x: string) => x[0]!.toUpperCase() + x.slice(1)
    return rewrite(rng, 'cut-empty-openings', {
      guide:
        'cut empty openings such as “it is … that” and “there is/are … who/that” when the sentence has a real subject and verb',
      raw: `It is ${cause} that causes ${effect}.`,
      key: `${up(cause)} causes ${effect}.`,
      in: { cause, effect },
      wrong: [
        ['reversed', `${up(effect)} causes ${cause}.`, 'reverses cause and effect while cutting'],
        ['plural', `${up(cause)} cause ${effect}.`, 'loses subject–verb agreement'],
        [
          'thereIs',
          `There is ${cause} that causes ${effect}.`,
          'swaps one empty opening for another',
        ],
        [
          'whatIs',
          `What causes ${effect} is ${cause}.`,
          'recasts it as another cleft instead of cutting',
        ],
      ],
    })
  }),
  family('dangling-participle-recast', (rng) => {
    const who = rng.pick(['the author', 'the surveyor', 'the curator', 'the inspector'])
    const doing = rng.pick([
      'checking the map',
      'reading the letters',
      'walking the site',
      'sorting the files',
    ])
    const found = rng.pick([
      'a second date',
      'a missing page',
      'an older wall',
      'a forged signature',
    ])
    const up = (x: string) => x[0]!.toUpperCase() + x.slice(1)
    return rewrite(rng, 'attached-modifiers', {
      guide:
        'an opening participle phrase must describe the subject that follows it; recast any sentence where it does not',
      raw: `${up(doing)}, ${found} came to light.`,
      key: `${up(doing)}, ${who} found ${found}.`,
      in: { who, doing, found },
      wrong: [
        [
          'comma',
          `${up(doing)} ${found} came to light.`,
          'removes the comma but leaves the participle dangling',
        ],
        [
          'passive',
          `${up(doing)}, ${found} was found by ${who}.`,
          'keeps the found thing as the subject of the participle',
        ],
        [
          'lostWho',
          `${found[0]!.toUpperCase()}${found.slice(1)} came to light ${doing}.`,
          'moves the phrase to the end, where it still has no doer',
        ],
        [
          'while',
          `While ${doing}, ${found} came to light.`,
          'adds “while” but still gives the participle no doer',
        ],
      ],
    })
  }),
  family('only-placed-next-to-what-it-limits', (rng) => {
    const who = rng.pick(['She', 'The clerk', 'The treasurer'])
    const verb = rng.pick(['paid', 'checked', 'signed'])
    const k = n(rng)
    const obj = rng.pick(['invoices', 'contracts', 'forms'])
    const when = rng.pick(['on Friday', 'in May', 'that week'])
    return worked(rng, {
      stem: `The author of a report for ${client(rng)} means that ${who.toLowerCase()} ${verb} no more than ${k} ${obj} ${when} (not that ${verb} was all that happened to them). The draft reads ${q(`${who} only ${verb} ${k} ${obj} ${when}.`)} The house rule is to place “only” immediately before the word or phrase it limits. Which version says what the author means?`,
      in: { who, verb, k, obj, when },
      key: `${who} ${verb} only ${k} ${obj} ${when}.`,
      wrong: [
        [
          'asWritten',
          `${who} only ${verb} ${k} ${obj} ${when}.`,
          'leaves “only” on the verb, which limits the action',
        ],
        [
          'onWhen',
          `${who} ${verb} ${k} ${obj} only ${when}.`,
          'puts “only” on the time, which limits when',
        ],
        [
          'onWho',
          `Only ${who === 'She' ? 'she' : who.toLowerCase()} ${verb} ${k} ${obj} ${when}.`,
          'puts “only” on the subject, which limits who',
        ],
        [
          'end',
          `${who} ${verb} ${k} ${obj} ${when} only.`,
          'puts “only” at the end, limiting the time',
        ],
      ],
      rule: 'only-placement',
    })
  }),
]
