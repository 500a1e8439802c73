import { describe, expect, it } from 'vitest'
import { emailKeyOf, parseEmail } from '../../src/accounts/index.js'
import { DomainError } from '../../src/shared/index.js'

const codeOf = (raw: string) => {
  try {
    parseEmail(raw)
    return 'ok'
  } catch (error) {
    return error instanceof DomainError ? error.code : 'thrown'
  }
}

describe('email addresses', () => {
  it('are one account whatever the case or the compatibility spelling (NFKC)', () => {
    expect(parseEmail(' Ada@Example.ORG ').key).toBe('ada@example.org')
    // Full-width letters and the "ﬁ" ligature are compatibility forms of plain ones.
    expect(parseEmail('ａｄａ@example.org').key).toBe('ada@example.org')
    expect(parseEmail('\uFB01nn@example.org').key).toBe('finn@example.org')
    expect(emailKeyOf('ＡＤＡ@example.org')).toBe('ada@example.org')
  })

  it('refuse a part that mixes scripts or hides invisible characters', () => {
    expect(codeOf('\u0430da@example.org')).toBe('confusable_email') // Cyrillic а
    expect(codeOf('ada@ex\u0430mple.org')).toBe('confusable_email')
    expect(codeOf('ad\u200Ba@example.org')).toBe('confusable_email') // zero-width space
    expect(codeOf('a\u00ADda@example.org')).toBe('confusable_email') // soft hyphen
  })

  it('accept addresses written in one script, or Latin with Chinese, Japanese or Korean', () => {
    expect(codeOf('андрей@пример.рф')).toBe('ok')
    expect(codeOf('josé@exämple.org')).toBe('ok')
    expect(codeOf('山田taro@example.jp')).toBe('ok')
    expect(codeOf('ひらがなカタカナ漢字@example.jp')).toBe('ok')
  })
})
