import { describe, expect, it } from 'vitest'
import { ARGON2_OPTIONS, DECOY_PASSWORD_HASH } from '../../src/accounts/index.js'
import { hashPassword } from '../../src/accounts/password-hash.js'

/** The PHC string's parameters: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. */
function parametersOf(phc: string): { algorithm: string; m: number; t: number; p: number } {
  const [, algorithm, , parameters] = phc.split('$')
  const values = Object.fromEntries(
    parameters!.split(',').map((pair) => {
      const [name, value] = pair.split('=')
      return [name, Number(value)]
    }),
  )
  return { algorithm: algorithm!, m: values.m, t: values.t, p: values.p }
}

describe('the decoy hash a login for an unknown email verifies against', () => {
  it('has the parameters of every real hash, so it costs the same time', async () => {
    const expected = {
      algorithm: 'argon2id',
      m: ARGON2_OPTIONS.memoryCost,
      t: ARGON2_OPTIONS.timeCost,
      p: ARGON2_OPTIONS.parallelism,
    }
    expect(parametersOf(DECOY_PASSWORD_HASH)).toEqual(expected)
    expect(parametersOf(await hashPassword('a real password'))).toEqual(expected)
  })
})
