import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  type EmailFamily,
  type EmailScenario,
  eachWithThreeMistakes,
  ruled,
} from './email-family.js'

const DMARC = 'Under DMARC (RFC 7489),'
const RUA = 'mailto:dmarc@northwind.example'

type Mode = 'r' | 's'
/** The organizational domain, as the stems state it: every domain is registered under .com. */
const org = (d: string) => d.split('.').slice(-2).join('.')
const aligned = (a: string, b: string, mode: Mode) => (mode === 's' ? a === b : org(a) === org(b))

const OUTCOME = {
  dkim: 'DMARC passes through aligned DKIM only',
  spf: 'DMARC passes through aligned SPF only',
  both: 'DMARC passes through both aligned DKIM and aligned SPF',
  fail: 'DMARC fails: no passing identifier is aligned',
} as const

/** The result of RFC 7489 4.2, and of the named mistakes, for one drawn message. */
function outcome(dkim: boolean, spf: boolean, needBoth = false): string {
  if (needBoth) return dkim && spf ? OUTCOME.both : OUTCOME.fail
  return dkim && spf ? OUTCOME.both : dkim ? OUTCOME.dkim : spf ? OUTCOME.spf : OUTCOME.fail
}

/** One drawn message and the result RFC 7489 gives it, with the result of each named mistake. */
function alignmentCase(rng: Rng): EmailScenario {
  const from = rng.pick(['northwind.com', 'news.northwind.com', 'shop.northwind.com'])
  const dkimDomain = rng.pick(['northwind.com', 'mail.northwind.com', 'esp-mail.com'])
  const mailFrom = rng.pick(['bounce.northwind.com', 'northwind.com', 'esp-bounces.com'])
  const dkimPass = rng.next() < 0.7
  const spfPass = rng.next() < 0.7
  const adkim: Mode = rng.pick(['r', 's'])
  const aspf: Mode = rng.pick(['r', 's'])
  const dk = (mode: Mode, pass = dkimPass) => pass && aligned(dkimDomain, from, mode)
  const sp = (mode: Mode, pass = spfPass) => pass && aligned(mailFrom, from, mode)
  const wrong: Wrong[] = [
    [outcome(dkimPass, spfPass), 'counts a passing identifier without checking alignment'],
    [outcome(dk('r'), sp('r')), 'applies relaxed alignment whatever the record says'],
    [outcome(dk('s'), sp('s')), 'applies strict alignment whatever the record says'],
    [outcome(dk(adkim), sp(aspf), true), 'requires both DKIM and SPF to pass aligned'],
    [
      outcome(dk(adkim, true), sp(aspf, true)),
      'checks alignment but not whether the checks passed',
    ],
    [outcome(dk(aspf), sp(adkim)), 'swaps the DKIM and SPF alignment modes'],
  ]
  const word = (m: Mode) => (m === 's' ? 'strict' : 'relaxed')
  return {
    stem: `${DMARC} a client’s record sets adkim=${adkim} (${word(adkim)}) and aspf=${aspf} (${word(aspf)}); every domain here is registered directly under .com. A message has From domain ${from}, a DKIM signature with d=${dkimDomain} that ${dkimPass ? 'verifies' : 'fails'}, and envelope MAIL FROM domain ${mailFrom}, where SPF ${spfPass ? 'passes' : 'fails'}. What is the DMARC result?`,
    key: outcome(dk(adkim), sp(aspf)),
    wrong,
    figures: {
      from,
      dkimDomain,
      mailFrom,
      dkimPass: String(dkimPass),
      spfPass: String(spfPass),
      adkim,
      aspf,
    },
  }
}

/**
 * DMARC as a freelancer rolls it out for a client: where the record lives, a valid tag list in
 * RFC 7489's grammar (v first, p next, pct an integer, rua as mailto URIs), what pct and sp do,
 * and how identifier alignment decides a result. Record options are parsed by the tests, which
 * apply the RFC's defaults and compare the effective policy with what the stem asks.
 */
export const DMARC_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  ruled(
    'dmarc-monitor-first',
    'RFC 7489, 6.3 (the v and p tags must be present, in that order; rua takes URIs for aggregate reports) and 6.4 (v first)',
    `${DMARC} a client wants to start DMARC with no effect on delivery and receive aggregate reports at dmarc@northwind.example. Which record for _dmarc.northwind.example does that?`,
    `v=DMARC1; p=none; rua=${RUA}`,
    [
      [
        `v=DMARC1; p=quarantine; pct=100; adkim=s; aspf=s; rua=${RUA}`,
        'enforces before any report has been read',
      ],
      [`v=DMARC1; p=none`, 'publishes no report address, so nothing comes back'],
      [`p=none; v=DMARC1; rua=${RUA}`, 'puts the v tag after p, where it must come first'],
      [`v=DMARC1; p=none; ruf=${RUA}`, 'asks for failure reports, not aggregate ones'],
      [
        `v=DMARC1; p=none; rua=dmarc@northwind.example`,
        'gives the address without the mailto scheme, so no report URI is valid',
      ],
      [
        `v=DMARC1; p=none; sp=reject; rua=${RUA}`,
        'rejects subdomain mail while only monitoring the domain',
      ],
      [
        `v=DMARC1; p=none; sp=quarantine; rua=${RUA}`,
        'quarantines subdomain mail while only monitoring the domain',
      ],
    ],
    { kind: 'dmarc', p: 'none', rua: [RUA] },
  ),
  ruled(
    'dmarc-quarantine-share',
    'RFC 7489, 6.3 (pct: the percentage of failing messages the policy applies to, an integer 0–100)',
    `${DMARC} a client wants a quarter of failing mail quarantined while it watches the reports at dmarc@northwind.example. Which record does that?`,
    `v=DMARC1; p=quarantine; pct=25; rua=${RUA}`,
    [
      [`v=DMARC1; p=quarantine; pct=75; rua=${RUA}`, 'sets pct to the share left alone'],
      [`v=DMARC1; p=reject; pct=25`, 'rejects where the client asked to quarantine'],
      [
        `v=DMARC1; p=quarantine; pct=0.25; rua=${RUA}`,
        'writes pct as a fraction, where it takes a whole percentage',
      ],
      [`v=DMARC1; p=none; pct=25; rua=${RUA}`, 'thinks pct alone triggers quarantine'],
      [`v=DMARC1; p=quarantine; rua=${RUA}`, 'leaves pct out, so it defaults to 100'],
      [`v=DMARC1; p=quarantine; pct=25; sp=reject; rua=${RUA}`, 'rejects subdomain mail outright'],
      [
        `v=DMARC1; p=quarantine; pct=25; ruf=${RUA}`,
        'asks for failure reports, not aggregate ones',
      ],
    ],
    { kind: 'dmarc', p: 'quarantine', pct: 25, rua: [RUA] },
  ),
  ruled(
    'dmarc-subdomain-policy',
    'RFC 7489, 6.3 (sp: the policy for subdomains; it defaults to p) and 6.4 (the grammar puts p directly after v; other tags in any order)',
    `${DMARC} a client wants failing mail from northwind.example rejected, but subdomains only monitored for now, with reports to dmarc@northwind.example. Which record does that?`,
    `v=DMARC1; p=reject; sp=none; rua=${RUA}`,
    [
      [`v=DMARC1; p=none; sp=reject; rua=${RUA}`, 'swaps the domain’s and subdomains’ policies'],
      [
        `v=DMARC1; p=reject; rua=${RUA}`,
        'forgets that sp defaults to p, so subdomains are rejected too',
      ],
      [`v=DMARC1; p=reject; sp=monitor; rua=${RUA}`, 'uses a policy value the RFC does not define'],
      [`v=DMARC1; sp=none; p=reject; rua=${RUA}`, 'puts sp before p, where p must follow v'],
    ],
    { kind: 'dmarc', p: 'reject', sp: 'none', rua: [RUA] },
  ),
  ruled(
    'dmarc-strict-dkim-alignment',
    'RFC 7489, 3.1.1 and 6.3 (adkim: r relaxed, the default, or s strict)',
    `${DMARC} a client on p=reject wants DKIM to count only when the signing domain is exactly the From domain, SPF alignment left at its default, with reports to dmarc@northwind.example. Which record does that?`,
    `v=DMARC1; p=reject; adkim=s; rua=${RUA}`,
    // Several distractors share one slip (strict SPF instead of DKIM), so the key is not the one
    // option every other option was edited from.
    [
      [
        `v=DMARC1; p=reject; adkim=r; rua=${RUA}`,
        'sets relaxed alignment, which accepts any subdomain',
      ],
      [`v=DMARC1; p=reject; aspf=s; rua=${RUA}`, 'makes SPF alignment strict instead of DKIM'],
      [
        `v=DMARC1; p=reject; aspf=s; adkim=r; rua=${RUA}`,
        'swaps the modes: strict SPF, relaxed DKIM',
      ],
      [`v=DMARC1; p=reject; rua=${RUA}`, 'omits adkim, which defaults to relaxed'],
      [`v=DMARC1; adkim=s; p=reject; rua=${RUA}`, 'puts adkim before p, where p must follow v'],
      [
        `v=DMARC1; p=reject; adkim=strict; aspf=r; rua=${RUA}`,
        'spells the mode out, where the tag takes s or r',
      ],
    ],
    { kind: 'dmarc', p: 'reject', adkim: 's', rua: [RUA] },
  ),
  ruled(
    'dmarc-two-report-addresses',
    'RFC 7489, 6.3 and 6.4 (rua takes a comma-separated list of URIs)',
    `${DMARC} a client on p=none wants aggregate reports sent both to dmarc@northwind.example and to its analytics vendor at reports@vendor.example. Which record does that?`,
    `v=DMARC1; p=none; rua=${RUA},mailto:reports@vendor.example`,
    [
      [
        `v=DMARC1; p=none; rua=${RUA}; rua=mailto:reports@vendor.example`,
        'repeats the tag instead of listing both addresses in one',
      ],
      [
        `v=DMARC1; p=none; rua=dmarc@northwind.example,reports@vendor.example`,
        'leaves out the mailto scheme the URIs need',
      ],
      [
        `v=DMARC1; p=none; rua=${RUA}; ruf=mailto:reports@vendor.example`,
        'sends the vendor failure reports instead of aggregates',
      ],
      [`v=DMARC1; p=none; rua=mailto:reports@vendor.example`, 'keeps only the vendor’s copy'],
    ],
    { kind: 'dmarc', p: 'none', rua: [RUA, 'mailto:reports@vendor.example'] },
  ),
  {
    id: 'dmarc-alignment-result',
    source:
      'RFC 7489, 3.1 (relaxed and strict identifier alignment) and 4.2 (a pass needs one aligned, passing identifier); computed from the drawn message',
    draw: alignmentCase,
  },
  {
    id: 'dmarc-pct-fallback',
    source:
      'RFC 7489, 6.6.4 (messages not selected by pct get the next less strict policy: reject falls to quarantine); computed from the drawn figures',
    draw: (rng: Rng) => {
      const failing = rng.int(8, 40) * 100
      const pct = rng.pick([10, 20, 25, 40, 50, 60, 75])
      const rejected = (failing * pct) / 100
      return {
        stem: `${DMARC} a client publishes p=reject with pct=${pct}. In a week ${failing.toLocaleString('en-US')} messages fail DMARC at a receiver that follows the RFC. If exactly ${pct} % of them are selected for the policy, how many are quarantined rather than rejected?`,
        key: (failing - rejected).toLocaleString('en-US'),
        wrong: [
          [rejected.toLocaleString('en-US'), 'applies pct to the quarantined share'],
          ['0', 'lets the unselected messages through as if the policy were none'],
          [failing.toLocaleString('en-US'), 'ignores the rejection pct selects'],
          [
            ((failing * (100 - pct)) / 200).toLocaleString('en-US'),
            'splits the unselected messages between quarantine and none',
          ],
        ],
        figures: { failing, pct },
      }
    },
  },
  ruled(
    'dmarc-record-location',
    'RFC 7489, 6.1 (the policy record is a TXT record at _dmarc. followed by the domain)',
    `${DMARC} where is northwind.example’s policy record published?`,
    'A TXT record at _dmarc.northwind.example',
    [
      [
        'Inside the SPF record of northwind.example, after its all',
        'publishes the policy at the domain itself',
      ],
      ['dmarc._domainkey.northwind.example', 'confuses the DMARC name with a DKIM selector'],
      ['A TXT record at northwind.example._dmarc', 'puts the _dmarc label after the domain'],
      ['A TXT record at _dmarc.www.northwind.example', 'publishes under the web host name'],
      ['An MX record named _dmarc', 'uses the wrong record type'],
      [
        'At the sending provider, under the provider’s own domain',
        'publishes under the provider instead of the From domain',
      ],
    ],
  ),
  ruled(
    'dmarc-external-report-destination',
    'RFC 7489, 7.1 (a report destination in another domain must publish a verification record)',
    `${DMARC} northwind.example lists rua=mailto:reports@vendor.example. What must exist before receivers send aggregate reports to the vendor?`,
    'A TXT record “v=DMARC1” at northwind.example._report._dmarc.vendor.example',
    [
      [
        'Nothing: any mailto address listed in rua receives the reports, wherever it is hosted',
        'skips the external destination check',
      ],
      [
        'A DKIM key for vendor.example in the client’s DNS',
        'mixes DKIM into the report authorisation',
      ],
      [
        'An include:vendor.example added to the client’s SPF record so that reports are authorised',
        'mixes SPF into the report authorisation',
      ],
      [
        'A record at _dmarc.vendor.example with p=none',
        'takes the vendor’s own policy for the authorisation',
      ],
    ],
  ),
  ruled(
    'dmarc-organizational-fallback',
    'RFC 7489, 6.6.3 (policy discovery falls back to the organizational domain’s record, whose sp applies)',
    `${DMARC} news.northwind.example has no DMARC record; northwind.example publishes p=reject; sp=quarantine. What policy applies to failing mail from news.northwind.example?`,
    'quarantine, the parent’s sp tag',
    [
      [
        'none, since the subdomain has no record',
        'skips the fallback to the organizational domain',
      ],
      ['reject, the organizational domain’s own policy', 'ignores the sp tag'],
      ['reject, the strictest of the two', 'invents a strictest-wins rule'],
      ['quarantine for half of the mail, then reject', 'invents a staged policy'],
    ],
  ),
  ruled(
    'dmarc-third-party-dkim',
    'RFC 7489, 3.1.1 (DKIM alignment compares the d= domain with the From domain)',
    `${DMARC} a client’s provider signs its campaigns with d=esp-mail.example while the From domain is northwind.example, and bounces go to esp-bounces.example. With p=reject, what fixes DMARC failures?`,
    'Have the provider sign with d=northwind.example (a custom DKIM domain)',
    [
      [
        'Add the provider’s include to the client’s SPF record and change nothing else',
        'forgets SPF checks the provider’s bounce domain, which is not aligned',
      ],
      ['Lengthen the provider’s DKIM key to 2048 bits', 'fixes key strength, not alignment'],
      ['Set pct=100 in the record', 'changes how much policy applies, not alignment'],
      [
        'Publish the provider’s DKIM key under _dmarc.northwind.example',
        'publishes a key where the policy lives',
      ],
    ],
  ),
])
