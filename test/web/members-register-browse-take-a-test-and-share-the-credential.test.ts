import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const PASSWORD = 'correct horse battery staple'
const EMAIL = 'ada@example.org'
const ANALYST = 'grace@example.org'
const REVIEWER = 'rita@example.org'
const WALLET_DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'
/** First path segments the API answers; 4xx from these are the app's to handle. */
const API = /^\/(me|auth|catalog|attempts|credentials|presentations|status|study)(\/|$)/

describeInBrowser('the browser app against a real server in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []
  let attemptId = ''

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  })

  afterAll(async () => {
    if (problems.length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  it('registers with errors shown beside the field, confirms the mailed link, signs in with the __Host- cookie and out', async () => {
    await page.goto(`${server.url}/`)
    await expect
      .poll(() => page.getByRole('link', { name: 'Create account' }).isVisible())
      .toBe(true)
    await screenshot(page, 'home')
    await page.getByRole('link', { name: 'Create account' }).click()
    await page.getByLabel('Your name').fill('Ada Lovelace')
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Create account' }).click()
    const passwordError = page.locator('.field-invalid .field-error')
    await passwordError.waitFor()
    expect(await passwordError.textContent()).toContain('at least 10 characters')
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'register-error')

    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    // Sign-up signs nobody in and says the same for a taken address: the mail tells them apart.
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor()
    expect(await page.locator('.notice-success').textContent()).toContain(EMAIL)
    await screenshot(page, 'register-check-email')
    const link = await server.withDatabase(async (db) => {
      const mail = await db
        .selectFrom('mail_outbox')
        .select('body')
        .where('to_address', '=', EMAIL)
        .executeTakeFirstOrThrow()
      return new URL(/http:\/\/\S+\/verify-email\?token=[\w-]+/.exec(mail.body)![0])
    })
    // Reading the embedded database restarts the server, on another port: keep path and query.
    await page.goto(`${server.url}${link.pathname}${link.search}`)
    await page.getByRole('button', { name: 'Confirm my address' }).click()
    await expect.poll(() => page.locator('.notice-success').textContent()).toContain('confirmed')
    await page.locator('.notice-success').getByRole('link', { name: 'Sign in' }).click()
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/tests')
    const cookies = await chromium.context.cookies()
    const session = cookies.find((c) => c.name === '__Host-skillsignal_session')
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' })
    // The cookie goes back on http://127.0.0.1: the page's own calls are signed in.
    expect(await page.evaluate(() => fetch('/me').then((r) => r.status))).toBe(200)
    expect(await page.locator('.account-name').textContent()).toBe('Ada Lovelace')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor()
    expect(await page.evaluate(() => fetch('/me').then((r) => r.status))).toBe(401)
    expect(problems).toEqual([])
  })

  it('signs in, refusing a wrong password with the API message', async () => {
    await page.goto(`${server.url}/signin`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill('not the password at all')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('.notice-error').waitFor()
    expect(await page.locator('.notice-error').textContent()).toContain('wrong')
    await screenshot(page, 'sign-in-error')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/tests')
    await page.locator('.account-name').waitFor()
    expect(problems).toEqual([])
  })

  it('browses the catalog by category and searches it by text', async () => {
    await page.locator('.test-card').first().waitFor()
    const total = Number((await page.locator('.result-count').textContent())?.split(' ')[0])
    expect(total).toBeGreaterThanOrEqual(300)
    await screenshot(page, 'catalog')

    await page.getByRole('button', { name: 'Finance', exact: true }).click()
    await page.waitForURL('**/tests?category=Finance')
    await expect.poll(() => page.locator('.result-count').textContent()).toContain('in Finance')
    const eyebrows = await page.locator('.test-card .eyebrow').allTextContents()
    expect(eyebrows.length).toBeGreaterThan(0)
    expect(new Set(eyebrows)).toEqual(new Set(['Finance']))

    await page.getByRole('button', { name: 'All categories' }).click()
    await page.getByLabel('Search the tests').fill('regular expressions')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect.poll(() => page.locator('.result-count').textContent()).toContain('matching')
    const titles = await page.locator('.test-card h3').allTextContents()
    expect(titles).toContain('Regular expressions')
    await page.getByRole('link', { name: 'Regular expressions', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Regular expressions' }).waitFor()
    const facts = await page.locator('.fact-list').textContent()
    for (const term of [
      'Workload',
      'EQF level',
      'Form length',
      'Time limit',
      'Pass rule',
      'Retakes',
    ]) {
      expect(facts).toContain(term)
    }
    expect(await page.locator('.checklist li').count()).toBeGreaterThanOrEqual(2)
    await screenshot(page, 'test-page')
    expect(problems).toEqual([])
  })

  it('starts the test, saves answers as they are chosen and keeps them across a reload', async () => {
    await page.getByRole('button', { name: 'Start the test' }).click()
    await page.waitForURL('**/take/*')
    attemptId = page.url().split('/take/')[1]!
    await page.locator('.countdown-value').waitFor()
    expect(await page.locator('.countdown-value').textContent()).toMatch(/^\d+:\d\d$/)
    // One question at a time: answer the first two with their first option.
    for (const position of [1, 2]) {
      const question = page.locator(`#question-${position}`)
      await question.locator('.option input').first().check()
      await question.getByText('Answer saved').waitFor()
      if (position === 1) await page.getByRole('button', { name: 'Next' }).click()
    }
    await screenshot(page, 'attempt')
    await page.reload()
    await page.locator('#question-1').waitFor()
    expect(await page.locator('#question-1 .option input:checked').count()).toBe(1)
    expect(await page.locator('.question-map .map-answered').count()).toBe(2)
    expect(problems).toEqual([])
  })

  it('takes the whole test to a passing result with per-domain feedback', {
    timeout: 120_000,
  }, async () => {
    // Only the test may know the keys: read them from the database, then answer in the browser.
    // The same pause of the server adds an analyst for the study page.
    const keys = await server.withDatabase(async (db) => {
      await registerAccount(
        db,
        { email: ANALYST, password: PASSWORD, displayName: 'Grace' },
        'analyst',
      )
      await registerAccount(
        db,
        { email: REVIEWER, password: PASSWORD, displayName: 'Rita' },
        'administrator',
        { emailVerified: true },
      )
      const rows = await db
        .selectFrom('assessment_attempt_items')
        .select(['position', 'key_option_ids'])
        .where('attempt_id', '=', attemptId)
        .execute()
      return new Map(rows.map((r) => [r.position, [...r.key_option_ids]]))
    })
    await page.goto(`${server.url}/take/${attemptId}`)
    await page.getByRole('button', { name: 'All questions' }).click()
    const questions = page.locator('fieldset.question')
    await expect.poll(() => questions.count()).toBe(keys.size)
    for (const [position, key] of keys) {
      const question = page.locator(`#question-${position}`)
      // Uncheck what a multiple-answer item holds first, then choose the key.
      for (const box of await question.locator('input[type=checkbox]:checked').all()) {
        if (!key.includes((await box.getAttribute('value'))!)) await box.uncheck()
      }
      for (const id of key) await question.locator(`input[value="${id}"]`).check()
    }
    await expect.poll(() => page.locator('.map-answered').count()).toBe(keys.size)
    await expect.poll(() => page.locator('.save-saving').count()).toBe(0)
    expect(await page.locator('.save-failed').count()).toBe(0)
    await page.getByRole('button', { name: 'Submit answers' }).click()
    await page.waitForURL('**/results/*')
    await page.getByRole('heading', { level: 1, name: 'You passed' }).waitFor()
    expect(await page.locator('.score-value').textContent()).toBe('100')
    expect(await page.locator('.percentile').textContent()).toMatch(/percentile|takers/)
    expect(await page.locator('.domain').count()).toBeGreaterThanOrEqual(2)
    // A script could answer 30 items this fast, not a reader: the pass waits for a reviewer.
    expect(await page.locator('.notice-info').textContent()).toContain('being reviewed')
    expect(await page.evaluate(() => fetch('/me/credentials').then((r) => r.json()))).toMatchObject(
      { credentials: [] },
    )
    await screenshot(page, 'result-under-review')
    const reviewer = await fetch(`${server.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: REVIEWER, password: PASSWORD }),
    })
    const released = await fetch(`${server.url}/integrity-holds/${attemptId}/release`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${(await reviewer.json()).token}`,
      },
      body: JSON.stringify({ reason: 'the browser test answers from the keys' }),
    })
    expect(released.status).toBe(200)
    await page.reload()
    await page.locator('.notice-success').waitFor()
    expect(await page.locator('.notice-success').textContent()).toContain('credential is issued')
    await screenshot(page, 'result')
    expect(problems).toEqual([])
  })

  it('lists the credential, shares it, downloads JSON that verifies, and shows the baked badge', async () => {
    await page.getByRole('link', { name: 'See it in My credentials' }).click()
    await page.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor()
    await page.locator('.credential-card').first().waitFor()
    expect(await page.locator('.table tbody tr').first().textContent()).toContain('Active')
    const card = page.locator('.credential-card').first()
    expect(await card.locator('.pill').textContent()).toBe('Active')
    await expect
      .poll(() =>
        card.locator('img.badge-image').evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0)
    expect(await card.getByRole('link', { name: 'Add to LinkedIn' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.linkedin\.com\//,
    )

    await card.getByRole('button', { name: 'Share a public link' }).click()
    await card.locator('.share-link').waitFor()
    await screenshot(page, 'credentials')
    // The human page of the shared credential, verified live: no errors there either.
    const href = await card.getByRole('link', { name: 'Download JSON' }).getAttribute('href')
    const publicPage = await chromium.context.newPage()
    watchPage(publicPage, (path) => API.test(path), problems)
    const shown = await publicPage.goto(`${server.url}${href!.split('?')[0]}/page`)
    expect(shown?.status()).toBe(200)
    await publicPage.waitForLoadState('networkidle')
    await screenshot(publicPage, 'credential-public-page')
    await publicPage.close()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Download JSON' }).click(),
    ])
    const credential = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      type: string[]
      id: string
    }
    expect(credential.type).toContain('OpenBadgeCredential')
    const verified = await page.request.post(`${server.url}/credentials/verify`, {
      data: { verifiableCredential: credential },
    })
    expect(verified.status()).toBe(200)

    const [elm] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'European Learning Model' }).click(),
    ])
    expect(JSON.parse(await readFile(await elm.path(), 'utf8'))).toBeTypeOf('object')

    // A wallet DID saved on the page binds the downloads that follow to it.
    const didField = page.getByLabel('did:key of your wallet')
    await didField.fill('did:web:example.org')
    await page.getByRole('button', { name: 'Save DID' }).click()
    await page.getByRole('alert').filter({ hasText: 'must be a did:key' }).waitFor()
    await didField.fill(WALLET_DID)
    await page.getByRole('button', { name: 'Save DID' }).click()
    await page.getByTestId('holder-did-state').filter({ hasText: WALLET_DID }).waitFor()
    const [bound] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Download JSON' }).click(),
    ])
    const boundCredential = JSON.parse(await readFile(await bound.path(), 'utf8')) as {
      credentialSubject: { id?: string }
    }
    expect(boundCredential.credentialSubject.id).toBe(WALLET_DID)
    const boundVerified = await page.request.post(`${server.url}/credentials/verify`, {
      data: { verifiableCredential: boundCredential },
    })
    expect(boundVerified.status()).toBe(200)

    await card.getByRole('button', { name: 'Stop sharing' }).click()
    await card.getByText('Private: only you can see it.').waitFor()
    expect(problems).toEqual([])
  })

  it('serves client routes from index.html on reload and keeps API paths for the API', async () => {
    await page.goto(`${server.url}/tests?q=sql`)
    await page.locator('.test-card').first().waitFor()
    const missing = await page.goto(`${server.url}/no/such/page`)
    expect(missing?.status()).toBe(404)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    // The 404 is the point here, not a fault of the page.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('/no/such/page')))
    const api = await page.request.get(`${server.url}/attempts/nope`, {
      headers: { accept: 'text/html' },
    })
    expect(api.headers()['content-type']).toContain('application/json')
    expect(problems).toEqual([])
  })

  it('lets an analyst start the impact study on a simulated market and follow it to its headline', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('link', { name: 'Sign in' }).first().click()
    await page.getByLabel('Email').fill(ANALYST)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Impact study' }).click()
    // An analyst starts on the platform's own records; this one asks for a simulated market.
    await page.getByLabel('A simulated market').check()
    await page.getByLabel('Workers').fill('5')
    await page.getByRole('button', { name: 'Start the study' }).click()
    await page.locator('.field-error').waitFor()
    expect(await page.locator('.field-error').textContent()).toMatch(/10/)
    await page.getByLabel('Workers').fill('300')
    await page.getByRole('button', { name: 'Start the study' }).click()
    await page.waitForURL('**/analysis/runs/*')
    await page
      .locator('.study-run .pill-run-succeeded, .study-run .pill-run-failed')
      .waitFor({ timeout: 45_000 })
    expect(await page.locator('.study-run .pill').textContent()).toBe('succeeded')
    expect(await page.locator('.headline li').count()).toBeGreaterThan(0)
    await screenshot(page, 'study')
    expect(problems).toEqual([])
  }, 60_000)
})
