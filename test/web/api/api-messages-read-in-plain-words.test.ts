import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/web/api/api-error.js'
import { plainMessage } from '../../../src/web/api/plain-words.js'

describe('API messages shown in the app', () => {
  it('turn schema refusals into what to do', () => {
    expect(plainMessage('Too small: expected string to have >=1 characters')).toBe(
      'This field is required',
    )
    expect(plainMessage('Too small: expected string to have >=10 characters')).toBe(
      'Use at least 10 characters',
    )
    expect(plainMessage('Too big: expected string to have <=200 characters')).toBe(
      'Use at most 200 characters',
    )
    expect(plainMessage('Too small: expected number to be >=10')).toBe('Enter 10 or more')
    expect(plainMessage('Invalid input: expected string, received undefined')).toBe(
      'This field is required',
    )
  })

  it('say instants as a date and time in the reader’s locale, not ISO', () => {
    const said = plainMessage('locked until 2026-12-02T17:00:49.421Z', 'en-GB')
    expect(said).not.toContain('T17:00')
    expect(said).toMatch(/^locked until 2 Dec 2026, \d\d:\d\d$/)
  })

  it('reach the fields of a refused form in plain words', () => {
    const error = new ApiError(400, 'invalid_request', 'the request is invalid', {
      issues: [
        { path: 'body.displayName', message: 'Too small: expected string to have >=1 characters' },
      ],
    })
    expect(error.fieldMessages()).toEqual({ displayName: 'This field is required' })
  })
})
