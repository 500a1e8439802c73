import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/web/api/api-error.js'
import { COUNTDOWN_WARNING_SECONDS } from '../../src/web/components/countdown.js'
import { EXPIRING_WITHIN_DAYS, shownStatus } from '../../src/web/credential-status.js'
import { formatClock, formatMinutes, ordinal } from '../../src/web/format.js'
import { CATALOG_PAGE_SIZE } from '../../src/web/pages/catalog-page.js'
import { STUDY_POLL_MS } from '../../src/web/pages/study/run-view.js'
import { DEFAULT_SIMULATED_WORKERS } from '../../src/web/pages/study/start-run-form.js'

const DAY = 86_400_000
const NOW = Date.parse('2026-03-02T09:00:00Z')
const inDays = (days: number) => new Date(NOW + days * DAY).toISOString()

describe('the browser app defaults', () => {
  it('pins every numerical default', () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(60)
    expect(CATALOG_PAGE_SIZE).toBe(24)
    expect(COUNTDOWN_WARNING_SECONDS).toBe(120)
    expect(STUDY_POLL_MS).toBe(1000)
    expect(DEFAULT_SIMULATED_WORKERS).toBe(2000)
  })

  it('shows a credential as expiring within the renewal window and expired after its end', () => {
    expect(shownStatus('active', inDays(EXPIRING_WITHIN_DAYS + 1), NOW)).toBe('active')
    expect(shownStatus('active', inDays(EXPIRING_WITHIN_DAYS), NOW)).toBe('expiring')
    expect(shownStatus('active', inDays(1), NOW)).toBe('expiring')
    expect(shownStatus('active', inDays(0), NOW)).toBe('expired')
    expect(shownStatus('expired', inDays(400), NOW)).toBe('expired')
    expect(shownStatus('active', null, NOW)).toBe('active')
    // The issuer's word comes before the dates.
    expect(shownStatus('revoked', inDays(400), NOW)).toBe('revoked')
    expect(shownStatus('suspended', inDays(-5), NOW)).toBe('suspended')
  })

  it('formats the countdown, durations and percentiles', () => {
    expect(formatClock(2812.7)).toBe('46:52')
    expect(formatClock(3600)).toBe('1:00:00')
    expect(formatClock(-3)).toBe('0:00')
    expect(formatMinutes(45)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(90)).toBe('1 h 30 min')
    expect([1, 2, 3, 4, 11, 12, 13, 21, 92, 100].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '92nd',
      '100th',
    ])
  })

  it('puts API error messages beside the fields they name', () => {
    const zod = new ApiError(400, 'invalid_request', 'the request is invalid', {
      issues: [
        { path: 'body.displayName', message: 'Too small' },
        { path: 'body.email', message: 'Invalid email' },
      ],
    })
    expect(zod.fieldMessages()).toEqual({ displayName: 'Too small', email: 'Invalid email' })
    const domain = new ApiError(400, 'weak_password', 'it needs at least 10 characters', {
      field: 'password',
    })
    expect(domain.fieldMessages()).toEqual({ password: 'it needs at least 10 characters' })
    expect(new ApiError(401, 'invalid_credentials', 'wrong', {}).fieldMessages()).toEqual({})
  })
})
