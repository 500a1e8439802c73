import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT } from '../../src/cli/commands/serve.js'

describe('serve', () => {
  it('listens on port 3000 unless told otherwise', () => {
    expect(DEFAULT_PORT).toBe(3000)
  })
})
