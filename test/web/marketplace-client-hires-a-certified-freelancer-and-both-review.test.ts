import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { checkLedger } from '../../src/marketplace/index.js'
import { certify } from '../marketplace/support.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const PASSWORD = 'correct horse battery staple'
const SESSION_COOKIE = '__Host-skillsignal_session'
/** First path segments the API answers; 4xx from these are the app's to handle. */
const API = /^\/(me|auth|jobs|proposals|contracts|milestones|profiles|freelancers|catalog)(\/|$)/

interface Person {
  readonly id: string
  readonly token: string
}

describeInBrowser('the marketplace cycle in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []
  const people: Record<'client' | 'certified' | 'uncertified', Person> = {} as never

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    for (const name of ['client', 'certified', 'uncertified'] as const) {
      const body = { email: `${name}@example.org`, password: PASSWORD }
      const headers = { 'content-type': 'application/json' }
      await fetch(`${server.url}/auth/register`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...body, displayName: name }),
      })
      // Sign-up signs nobody in (a taken address must look like a new one): sign in after.
      const response = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      })
      const cookie = response.headers.get('set-cookie') ?? ''
      const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1]
      if (!token) throw new Error(`no session for ${name}: ${response.status}`)
      people[name] = { id: (await response.json()).account.id, token }
    }
    await server.withDatabase((db) => certify(db, people.certified.id, 'javascript'))
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 180_000)

  afterAll(async () => {
    if (problems.length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  async function actAs(who: keyof typeof people, path: string) {
    await chromium.context.clearCookies()
    await chromium.context.addCookies([
      {
        name: SESSION_COOKIE,
        value: people[who].token,
        url: server.url.replace('http:', 'https:'),
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
      },
    ])
    await page.goto(`${server.url}${path}`)
  }

  it('posts, refuses the uncertified, hires the certified, pays through escrow, and both review', async () => {
    await actAs('client', '/market/post')
    await page.getByLabel('Title').fill('Fix a Node.js memory leak')
    await page.getByLabel('Description').fill('Our API server grows by 50 MB an hour.')
    await page.getByLabel('Budget (USD)').fill('500')
    await page.getByLabel('Required certification (test id)').fill('javascript')
    await page.getByRole('button', { name: 'Post the job' }).click()
    await page.waitForURL('**/market/jobs/*')
    const jobPath = new URL(page.url()).pathname
    await page.getByRole('heading', { name: 'Applicants (0)' }).waitFor()

    await actAs('uncertified', jobPath)
    await page.getByLabel('Cover letter').fill('I can do this.')
    await page.getByLabel('Your bid (USD)').fill('400')
    await page.getByRole('button', { name: 'Send proposal' }).click()
    const refusal = page.locator('.notice-error')
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('requires a certification you do not hold')
    expect(await refusal.textContent()).toContain('javascript')
    await screenshot(page, 'market-apply-refused')

    await actAs('certified', jobPath)
    await page.getByLabel('Cover letter').fill('I have fixed leaks like this before.')
    await page.getByLabel('Your bid (USD)').fill('450')
    await page.getByRole('button', { name: 'Send proposal' }).click()
    await page.waitForURL('**/market/proposals/*')
    const proposalPath = new URL(page.url()).pathname

    await actAs('client', jobPath)
    const applicant = page.getByRole('article', { name: 'Applicant 1' })
    await applicant.waitFor()
    expect(await applicant.textContent()).toContain('javascript')
    expect(await applicant.textContent()).toContain('$450.00')
    await page.setViewportSize({ width: 390, height: 844 })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    await screenshot(page, 'market-applicants-phone')
    await page.setViewportSize({ width: 1280, height: 860 })
    await applicant.getByRole('button', { name: 'Shortlist' }).click()
    await applicant.getByText('shortlisted').waitFor()

    await page.goto(`${server.url}${proposalPath}`)
    await page.getByLabel('Your message').fill('Can you start on Monday?')
    // The client proposes an interview time in their own zone; the thread shows it with the zone.
    await page.getByRole('button', { name: 'Add a time' }).click()
    await page.getByLabel('Time 1').fill('2031-03-10T09:30')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page
      .getByRole('list', { name: 'Messages' })
      .getByText('Can you start on Monday?')
      .waitFor()
    const proposed = page.getByRole('list', { name: 'Proposed interview times' })
    expect(await proposed.locator('time').getAttribute('datetime')).toBe(
      await page.evaluate(() => new Date('2031-03-10T09:30').toISOString()),
    )
    expect(await proposed.textContent()).toContain('10 Mar')

    // The freelancer answers from elsewhere; the client's open page shows it without a reload.
    await page.evaluate(() => Object.assign(window, { skillsignalMark: true }))
    const reply = await fetch(
      `${server.url}/proposals/${proposalPath.split('/').at(-1)}/messages`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${people.certified.token}`,
        },
        body: JSON.stringify({ body: 'Yes, Monday works.' }),
      },
    )
    expect(reply.status).toBe(201)
    await page.getByText('Yes, Monday works.').waitFor()
    // A reload would have dropped this mark; the message came in by polling.
    expect(await page.evaluate(() => 'skillsignalMark' in window)).toBe(true)

    await page.getByLabel('Amount (USD)').fill('450')
    await page.getByRole('button', { name: 'Send the offer' }).click()
    await page.locator('.proposal-status', { hasText: 'offered' }).waitFor()

    await actAs('certified', proposalPath)
    await page.getByRole('button', { name: /Accept the offer/ }).click()
    await page.waitForURL('**/market/contracts/*')
    const contractPath = new URL(page.url()).pathname

    await actAs('client', contractPath)
    await page.getByRole('button', { name: 'Fund' }).click()
    await page.locator('.contract-escrow', { hasText: '$450.00' }).waitFor()

    await actAs('certified', contractPath)
    await page.getByRole('button', { name: 'Submit work' }).click()
    await page.locator('.milestone-status', { hasText: 'submitted' }).waitFor()

    await actAs('client', contractPath)
    await page.getByRole('button', { name: 'Approve' }).click()
    await page.getByRole('button', { name: 'Release payment' }).click()
    await page.locator('.milestone-status', { hasText: 'released' }).waitFor()
    await page.locator('.contract-escrow', { hasText: '$0.00' }).waitFor()
    await page.getByLabel('Your review').fill('Found the leak in a day.')
    await page.getByRole('button', { name: 'Send the review' }).click()
    await page.getByText('Review sent').waitFor()

    await actAs('certified', contractPath)
    await page.getByLabel('Rating').selectOption('4')
    await page.getByLabel('Your review').fill('Clear brief, paid on time.')
    await page.getByRole('button', { name: 'Send the review' }).click()
    await page.getByText('Review sent').waitFor()

    await page.goto(`${server.url}/market/me`)
    // $450 released less the 10 % platform fee.
    await page.locator('.balance-payable', { hasText: '$405.00' }).waitFor()
    await screenshot(page, 'market-my-work')

    const profile = await (await fetch(`${server.url}/profiles/${people.certified.id}`)).json()
    expect(profile.profile.record).toMatchObject({ rating: 5, reviews: 1, completedContracts: 1 })
    const report = await server.withDatabase((db) => checkLedger(db))
    expect(report).toMatchObject({ transactions: 2, imbalanced: 0, balance_mismatches: 0 })
    expect(problems).toEqual([])
  }, 240_000)
})
