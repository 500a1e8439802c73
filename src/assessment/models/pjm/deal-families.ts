import { computed, currency, drawn, family, job, money, type PjmFamily, rule } from './pjm-text.js'

// Communication channels n(n − 1) / 2: PMBOK Guide 6th ed. §10.1.2.1 (communication
// requirements analysis, n = number of stakeholders). Communication methods interactive, push,
// pull: §10.1.2.4. Contract types: §12.1.1.4 (firm fixed price: the seller bears the cost risk;
// cost-reimbursable contracts (CPFF, CPIF) place the cost risk on the buyer; time and material
// contracts are hybrids, for staff augmentation or undefined scope, with a not-to-exceed value
// to limit the buyer's open-ended cost). CPFF pays allowable costs plus a fixed fee; CPIF a fee
// adjusted by the agreed sharing ratio on the difference between target and actual cost; FPIF a
// price adjusted by the sharing ratio and capped at the ceiling. Point of total assumption: the
// PMI-standard formula PTA = (ceiling price − target price) / buyer’s share + target cost.

export const DEAL_FAMILIES: readonly PjmFamily[] = [
  family('channels-count', (rng) => {
    const k = drawn(rng, 5, 14)
    const n = k + 1
    return computed(rng, {
      kind: 'channels',
      ask: 'count',
      stem: `You manage ${job(rng)} with ${k} other stakeholders besides yourself. How many potential communication channels are there?`,
      in: { k },
      format: 'count',
      key: (n * (n - 1)) / 2,
      wrong: [
        ['no-self', (k * (k - 1)) / 2, 'leaves yourself out of the count'],
        ['no-halving', n * (n - 1), 'counts each channel twice, once per direction'],
        ['square', n * n, 'squares the number of people'],
        ['plus-one', (n * (n + 1)) / 2, 'adds one to the head count instead of taking one away'],
      ],
    })
  }),
  family('channels-added', (rng) => {
    const n = drawn(rng, 5, 12)
    const add = drawn(rng, 2, 5)
    const c = (x: number) => (x * (x - 1)) / 2
    return computed(rng, {
      kind: 'channels',
      ask: 'added',
      stem: `The team of ${job(rng)}, ${n} people including you, grows by ${add}. By how many do the communication channels increase?`,
      in: { n, add },
      format: 'count',
      key: c(n + add) - c(n),
      wrong: [
        ['new-total', c(n + add), 'gives the new total, not the increase'],
        ['among-new', c(add), 'counts only the channels among the newcomers'],
        ['times', n * add, 'counts only newcomers to existing members'],
        ['linear', add * (add - 1), 'doubles the newcomers’ own channels'],
        [
          'new-total-double',
          (n + add) * (n + add - 1),
          'gives the new total counted in both directions',
        ],
      ],
    })
  }),
  family('tm-invoice', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const hours = drawn(rng, 40, 160, 5)
    const rate = drawn(rng, 60, 140, 5)
    const mat = drawn(rng, 5, 40) * 100
    const nte = Math.round(((hours * rate + mat) * rng.pick([0.85, 0.9, 1.15, 1.25])) / 100) * 100
    return computed(rng, {
      kind: 'contract',
      ask: 'tm',
      stem: `A time-and-material contract on ${job(rng)} pays ${m(rate)} an hour plus materials at cost, with a not-to-exceed value of ${m(nte)}. The contractor worked ${hours} hours and bought ${m(mat)} of materials. How much does the buyer owe?`,
      in: { hours, rate, mat, nte },
      format: 'money',
      sym,
      key: Math.min(nte, hours * rate + mat),
      wrong: [
        ['no-cap', hours * rate + mat, 'ignores the not-to-exceed value'],
        ['labour', Math.min(nte, hours * rate), 'leaves out the materials'],
        ['cap-plus', nte + mat, 'applies the cap to labour and adds materials on top'],
        ['labour-raw', hours * rate, 'pays the hours only, with no cap'],
        ['cap-less-mat', nte - mat, 'takes the materials out of the not-to-exceed value'],
        ['materials', mat, 'pays the materials only, as the labour is capped'],
        ['nte', nte, 'pays the not-to-exceed value as if it were a fixed price'],
      ],
    })
  }),
  family('cpff-final-price', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const est = drawn(rng, 80, 300) * 1000
    const feePct = drawn(rng, 5, 12)
    const fee = (est * feePct) / 100
    const actual = est + rng.pick([-1, 1]) * drawn(rng, 5, 40) * 1000
    return computed(rng, {
      kind: 'contract',
      ask: 'cpff',
      stem: `${job(rng).replace(/^./, (c) => c.toUpperCase())} is under a cost-plus-fixed-fee contract: estimated cost ${m(est)}, fixed fee ${feePct} % of the estimated cost. Allowable actual costs come to ${m(actual)}. What does the buyer pay in total?`,
      in: { est, feePct, actual },
      format: 'money',
      sym,
      key: actual + fee,
      wrong: [
        ['fee-on-actual', actual * (1 + feePct / 100), 'recomputes the fee on the actual cost'],
        ['estimate', est + fee, 'pays the estimated cost, as if the price were fixed'],
        ['no-fee', actual, 'leaves out the fee'],
        ['fee-twice', actual + 2 * fee, 'adds the fee on top of a cost that already includes it'],
        ['fee-only', fee, 'gives only the fee'],
        [
          'margin',
          Math.round(actual / (1 - feePct / 100)),
          'recomputes the fee on the actual cost as a margin on the price, not fixed on the estimate',
        ],
      ],
    })
  }),
  family('cpif-fee', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const target = drawn(rng, 100, 300) * 1000
    const tfee = drawn(rng, 8, 20) * 1000
    const buyer = rng.pick([70, 80, 60])
    const seller = 100 - buyer
    const actual = target - rng.pick([-1, 1]) * drawn(rng, 10, 40) * 1000
    const fee = tfee + ((target - actual) * seller) / 100
    return computed(rng, {
      kind: 'contract',
      ask: 'cpif',
      stem: `${job(rng).replace(/^./, (c) => c.toUpperCase())} runs on a cost-plus-incentive-fee contract: target cost ${m(target)}, target fee ${m(tfee)}, share ratio ${buyer}/${seller} (buyer/seller). Actual cost is ${m(actual)}. What fee does the seller earn?`,
      in: { target, tfee, buyer, actual },
      format: 'money',
      sym,
      key: fee,
      signed: true,
      wrong: [
        [
          'buyer-share',
          tfee + ((target - actual) * buyer) / 100,
          'applies the buyer’s share to the seller’s fee',
        ],
        ['target', tfee, 'pays the target fee whatever the cost'],
        [
          'sign',
          tfee - ((target - actual) * seller) / 100,
          'rewards an overrun and penalises an underrun',
        ],
        ['whole', tfee + (target - actual), 'gives the seller the whole difference'],
        ['price', actual + fee, 'gives the total price, not the fee'],
        ['share-of-fee', (tfee * seller) / 100, 'applies the seller’s share to the target fee'],
      ],
    })
  }),
  family('fpif-point-of-total-assumption', (rng) => {
    const sym = currency(rng)
    const m = money(sym)
    const target = drawn(rng, 100, 300) * 1000
    const profit = drawn(rng, 10, 30) * 1000
    const ceiling = target + profit + drawn(rng, 10, 40) * 1000
    const buyer = rng.pick([70, 80, 60, 75])
    const seller = 100 - buyer
    const tp = target + profit
    return computed(rng, {
      kind: 'contract',
      ask: 'pta',
      stem: `A fixed-price-incentive-fee contract for ${job(rng)} has target cost ${m(target)}, target profit ${m(profit)}, target price ${m(tp)}, ceiling price ${m(ceiling)} and a ${buyer}/${seller} buyer/seller share ratio. What is the point of total assumption?`,
      in: { target, profit, ceiling, buyer },
      format: 'money',
      sym,
      key: (ceiling - tp) / (buyer / 100) + target,
      wrong: [
        ['seller-share', (ceiling - tp) / (seller / 100) + target, 'divides by the seller’s share'],
        ['no-target', (ceiling - tp) / (buyer / 100), 'forgets to add the target cost'],
        ['ceiling', ceiling, 'takes the ceiling price as the point'],
        [
          'times',
          (ceiling - tp) * (buyer / 100) + target,
          'multiplies by the buyer’s share instead of dividing',
        ],
        [
          'plus-price',
          (ceiling - tp) / (buyer / 100) + tp,
          'adds the target price instead of the target cost',
        ],
        [
          'from-cost',
          (ceiling - target) / (buyer / 100) + target,
          'measures the ceiling from the target cost, not the target price',
        ],
      ],
    })
  }),
  rule('ffp-seller-bears-risk', {
    source:
      'PMBOK Guide 6th ed. §12.1.1.4 (firm fixed price: the price is set and not subject to change unless the scope changes; cost increases from poor performance are the seller’s responsibility)',
    answer: 'seller',
    stem: (rng) =>
      `You agree a firm-fixed-price contract with a developer for ${job(rng)}. Who bears the risk of costs running over?`,
    keys: ['The seller', 'The seller (the developer)'],
    wrong: [
      ['The buyer', 'gives the cost-reimbursable allocation'],
      ['Buyer and seller equally, by default', 'invents an equal split'],
      ['The buyer, up to a ceiling price', 'describes an incentive contract'],
      ['Whoever causes the overrun, by a share ratio', 'describes an incentive-fee contract'],
    ],
  }),
  rule('cpff-buyer-bears-risk', {
    source:
      'PMBOK Guide 6th ed. §12.1.1.4 (cost-reimbursable contracts: the seller is paid allowable costs plus a fee; the buyer bears the cost risk)',
    answer: 'buyer',
    stem: (rng) =>
      `A research-heavy phase of ${job(rng)} is let on a cost-plus-fixed-fee contract. Who bears most of the cost risk?`,
    keys: ['The buyer', 'The buyer, who pays all allowable costs'],
    wrong: [
      ['The seller', 'gives the fixed-price allocation'],
      ['The seller, since the fee is fixed', 'thinks a fixed fee fixes the price'],
      ['Buyer and seller equally, by a 50/50 share', 'confuses it with an incentive contract'],
      ['Neither, as costs are estimated up front', 'thinks an estimate removes the risk'],
    ],
  }),
  rule('tm-for-undefined-scope', {
    source:
      'PMBOK Guide 6th ed. §12.1.1.4 (time and material contracts are often used for staff augmentation, acquisition of experts, and any outside support when a precise statement of work cannot be quickly prescribed)',
    answer: 'tm',
    stem: (rng) =>
      `For ${job(rng)} you need an expert for a few weeks of troubleshooting whose extent nobody can define yet. Which contract type fits?`,
    keys: [
      'Time and material, with a not-to-exceed value',
      'Time and materials, capped by a not-to-exceed limit',
    ],
    wrong: [
      ['Firm fixed price', 'fixes a price for work that cannot be defined'],
      ['Fixed price with economic price adjustment', 'picks a long-term inflation contract'],
      ['Fixed price incentive fee', 'needs a defined scope and target cost'],
      ['Cost plus award fee for a multi-year programme', 'oversizes a short expert engagement'],
    ],
  }),
  rule('ffp-when-scope-defined', {
    source:
      'PMBOK Guide 6th ed. §12.1.1.4 (fixed-price contracts suit well-defined requirements; the seller is legally obliged to complete the work)',
    answer: 'ffp',
    stem: (rng) =>
      `The scope of ${job(rng)} is fully specified and will not change. The client wants a fixed cost. Which contract type fits?`,
    keys: ['Firm fixed price', 'A firm-fixed-price contract'],
    wrong: [
      ['Cost plus fixed fee', 'leaves the cost risk with the client'],
      ['Time and material', 'leaves the total open-ended'],
      ['Cost plus percentage of cost', 'rewards the seller for spending more'],
      ['Cost plus award fee', 'leaves costs reimbursable'],
    ],
  }),
  rule('communication-push', {
    source:
      'PMBOK Guide 6th ed. §10.1.2.4 (push communication: sent to specific recipients who need to receive it, e.g. letters, memos, reports, emails; it does not ensure it reached or was understood)',
    answer: 'push',
    stem: (rng) =>
      `You email the weekly status report of ${job(rng)} to the eight named stakeholders. Which communication method is this?`,
    keys: ['Push communication', 'Push: sent to specific recipients'],
    wrong: [
      ['Pull communication', 'takes a sent email for self-service access'],
      ['Interactive communication', 'takes one-way email for a dialogue'],
      ['Formal verbal communication', 'confuses the medium with the method'],
      ['Escalation', 'confuses routine reporting with escalation'],
    ],
  }),
  rule('communication-pull', {
    source:
      'PMBOK Guide 6th ed. §10.1.2.4 (pull communication: for large volumes of information or very large audiences, recipients access the content at their own discretion, e.g. intranets, e-learning, knowledge repositories)',
    answer: 'pull',
    stem: (rng) =>
      `For ${job(rng)} you put the training videos and manuals on the intranet for 600 staff to use when they need them. Which communication method is this?`,
    keys: [
      'Pull communication',
      'Pull: recipients fetch it themselves',
      'Pull, as staff open it when they need it',
    ],
    wrong: [
      ['Push communication', 'thinks posting is sending'],
      [
        'Interactive, as staff can replay and pause the videos',
        'takes a repository for a dialogue',
      ],
      ['Informal communication', 'confuses method with formality'],
      ['Broadcast escalation', 'invents a method'],
      [
        'Formal written reporting to all staff',
        'confuses the method with the formality of the content',
      ],
    ],
  }),
  rule('communication-interactive', {
    source:
      'PMBOK Guide 6th ed. §10.1.2.4 (interactive communication: between two or more parties exchanging information in real time, e.g. meetings, phone calls, video conferencing)',
    answer: 'interactive',
    stem: (rng) =>
      `The design choices of ${job(rng)} need the client’s quick agreement, and a misunderstanding would be costly. Which communication method fits best?`,
    keys: ['Interactive, such as a video call', 'Interactive communication: a real-time meeting'],
    wrong: [
      ['Push, by a detailed email', 'sends without confirming understanding'],
      ['Pull, by posting the designs online', 'leaves the client to find it'],
      ['A formal written report', 'chooses the slowest one-way channel'],
      ['Push, by a newsletter', 'picks a mass one-way channel'],
    ],
  }),
]
