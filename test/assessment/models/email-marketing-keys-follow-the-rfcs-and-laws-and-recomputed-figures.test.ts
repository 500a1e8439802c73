import { expect, it } from 'vitest'
import { createRng } from '../../../src/assessment/index.js'
import { VariantError } from '../../../src/assessment/models/assemble-variant.js'
import type {
  EmailFamily,
  EmailScenario,
} from '../../../src/assessment/models/email/email-family.js'
import { EMAIL_FAMILIES } from '../../../src/assessment/models/email/email-models.js'
import {
  checkHost,
  type Dmarc,
  lookups,
  meetsDmarc,
  meetsSpf,
  parseDmarc,
  parseSpf,
  type Term,
  type Zone,
} from '../../support/email-auth-records.js'
import { RECOMPUTE } from '../../support/email-recomputations.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Draws of each family: enough to meet every branch of a computed one many times. */
const DRAWS = 150

function drawsOf(family: EmailFamily): EmailScenario[] {
  const rng = createRng(2026_12_04)
  const out: EmailScenario[] = []
  for (let i = 0; i < DRAWS; i++) {
    try {
      out.push(family.draw(rng))
    } catch (error) {
      if (!(error instanceof VariantError)) throw error
    }
  }
  return out
}
const DRAWN = new Map(EMAIL_FAMILIES.map((f) => [f.id, drawsOf(f)]))
const draws = (id: string) => DRAWN.get(id) ?? []

// ---------------------------------------------------------------------------------------------

/**
 * The law, RFC or provider rule a fixed-answer stem names; the few experiment and flow families
 * state the design or the client's rule they are read from instead.
 */
const NAMED_SOURCE =
  /CAN-SPAM|GDPR|ePrivacy|PECR|RFC \d{4}|SPF|DKIM|DMARC|Gmail|Yahoo|Apple|Statistical Association|A\/B test|holdout|its rule is/

describeEngineIndependent('every email marketing family', () => {
  it('carries its source, names it in the stem and offers three or more named mistakes', () => {
    expect(EMAIL_FAMILIES.length).toBeGreaterThanOrEqual(95)
    const ids = EMAIL_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const family of EMAIL_FAMILIES) {
      expect(family.source.length, family.id).toBeGreaterThan(15)
      const drawn = draws(family.id)
      expect(drawn.length, `${family.id} draws`).toBeGreaterThan(DRAWS / 2)
      for (const s of drawn) {
        if (!(family.id in RECOMPUTE)) expect(s.stem, family.id).toMatch(NAMED_SOURCE)
        expect(s.stem, family.id).not.toMatch(/[⟨⟩⟦⟧]/)
        const texts = s.wrong.map(([t]) => t)
        expect(new Set(texts.filter((t) => t !== s.key)).size, family.id).toBeGreaterThanOrEqual(3)
        for (const [, mistake] of s.wrong)
          expect(mistake.split(' ').length, `${family.id}: ${mistake}`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('a fixed-answer key is the longest of its options in no more families than chance', () => {
    const fixed = EMAIL_FAMILIES.filter((f) => !(f.id in RECOMPUTE))
    const longest = fixed.filter((f) => {
      const s = draws(f.id)[0]!
      return s.wrong.every(([t]) => t.length < s.key.length)
    })
    expect(longest.map((f) => f.id)).toEqual([])
    expect(fixed.length).toBeGreaterThanOrEqual(60)
  })

  it('every family whose key is computed has its recomputation here', () => {
    const computed = EMAIL_FAMILIES.filter((f) => draws(f.id).some((s) => s.figures !== undefined))
    expect(computed.map((f) => f.id).sort()).toEqual(Object.keys(RECOMPUTE).sort())
  })
})

describeEngineIndependent('email marketing keys computed from drawn figures', () => {
  for (const [id, recompute] of Object.entries(RECOMPUTE)) {
    it(`${id}: the key and every named mistake’s answer recompute from the figures`, () => {
      const drawn = draws(id)
      expect(drawn.length).toBeGreaterThan(0)
      for (const s of drawn) {
        const want = recompute(s.figures!)
        expect(s.key, s.stem).toBe(want.key)
        for (const figure of want.shown) expect(s.stem, id).toContain(figure)
        for (const [text, mistake] of s.wrong) {
          expect(want.wrong, `${id}: ${mistake}`).toHaveProperty([mistake])
          expect(text, `${id}: ${mistake}`).toBe(want.wrong[mistake])
        }
      }
    })
  }
})

describeEngineIndependent('SPF record options judged under RFC 7208 in the stated zone', () => {
  const spf = EMAIL_FAMILIES.filter((f) => f.record?.kind === 'spf')

  it('covers the record families', () => {
    expect(spf.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'spf-office-and-esp',
        'spf-ten-lookup-limit',
        'spf-cidr-range',
        'spf-redirect-shared-policy',
      ]),
    )
  })

  for (const family of spf) {
    it(`${family.id}: the key passes and fails the stated senders within 10 lookups; each distractor does not`, () => {
      const zone = family.record as Zone
      const s = draws(family.id)[0]!
      for (const ip of zone.pass) expect(s.stem).toContain(ip.split('.').slice(0, 3).join('.'))
      expect(meetsSpf(s.key, zone), s.key).toBe(true)
      for (const [text, mistake] of s.wrong)
        expect(meetsSpf(text, zone), `${text} (${mistake})`).toBe(false)
    })
  }

  it('a record over the lookup limit is a permerror, and flattening to ip4 costs none', () => {
    const zone = EMAIL_FAMILIES.find((f) => f.id === 'spf-ten-lookup-limit')!.record as Zone
    const over = 'v=spf1 a mx include:_spf.crm-suite.example include:spf.helpdesk-app.example -all'
    expect(lookups(parseSpf(over) as Term[], zone.includes)).toBe(11)
    expect(checkHost(over, '203.0.113.7', zone)).toBe('permerror')
    expect(lookups(parseSpf('v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all') as Term[], {})).toBe(
      0,
    )
  })
})

describeEngineIndependent('DMARC record options judged under RFC 7489', () => {
  const dmarc = EMAIL_FAMILIES.filter((f) => f.record?.kind === 'dmarc')

  it('covers the record families', () => {
    expect(dmarc.length).toBeGreaterThanOrEqual(5)
  })

  for (const family of dmarc) {
    it(`${family.id}: the key is a valid record with the asked policy; each distractor is not`, () => {
      const want = family.record as Dmarc
      const s = draws(family.id)[0]!
      expect(meetsDmarc(s.key, want), s.key).toBe(true)
      for (const [text, mistake] of s.wrong)
        expect(meetsDmarc(text, want), `${text} (${mistake})`).toBe(false)
    })
  }

  it('applies the defaults the RFC gives: sp follows p, pct 100, relaxed alignment', () => {
    expect(parseDmarc('v=DMARC1; p=reject')).toEqual({
      p: 'reject',
      sp: 'reject',
      pct: 100,
      adkim: 'r',
      aspf: 'r',
      rua: [],
    })
    expect(
      parseDmarc('v=DMARC1; p=none; rua=mailto:a@b.example; rua=mailto:c@d.example'),
    ).toBeUndefined()
  })
})

describeEngineIndependent('email marketing keys read from a document', () => {
  it('state the figures of the rule each stem names', () => {
    const key = (id: string) => draws(id)[0]!.key
    expect(key('can-spam-opt-out-keeps-working')).toBe('At least 30 days')
    expect(key('gmail-spam-rate-ceiling')).toBe('0.3 %')
    expect(key('yahoo-complaint-ceiling')).toBe('0.3 %')
    expect(key('bulk-unsubscribe-two-days')).toBe('2 days')
    expect(key('dkim-key-location')).toContain('s1._domainkey.northwind.example')
    expect(key('dmarc-record-location')).toContain('_dmarc.northwind.example')
    expect(key('dkim-default-canonicalization')).toBe('simple/simple')
    expect(key('rfc8058-headers')).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  })
})
