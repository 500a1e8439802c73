import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type Cast, callAs, castOfRoles, type Person, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

/** First path segments the API answers; 4xx from these are the app's to handle. */
const API =
  /^\/(me|auth|admin|jobs|proposals|contracts|milestones|profiles|freelancers|catalog|credentials)(\/|$)/
const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

describeInBrowser('each role gets its screens in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  let cast: Cast
  let jobId = ''
  const problems: string[] = []

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    cast = await castOfRoles(server)
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 240_000)

  afterAll(async () => {
    if (problems.length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  async function visit(who: Person | null, path: string) {
    await signInContext(chromium.context, server, who)
    await page.goto(`${server.url}${path}`)
  }

  /** Nothing sticks out sideways: a phone never scrolls the page horizontally. */
  async function fitsWidth() {
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((e) => !e.closest('.table-wrap, pre'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
        .slice(0, 5),
    )
    expect(wider).toEqual([])
    return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
  }

  const mainNav = () => page.locator('nav[aria-label="Main"] a').allTextContents()

  it('gives a client a hiring screen: jobs with applicants, the shortlist, contracts and a freelancer search', async () => {
    await page.setViewportSize(SIZES[0])
    await visit(cast.client, '/market/hiring')
    await page.getByRole('heading', { level: 1, name: 'Hire' }).waitFor()
    expect(await mainNav()).toEqual(
      expect.arrayContaining(['Tests', 'Find work', 'Hire', 'My credentials']),
    )
    expect(await mainNav()).not.toContain('Administration')
    await page.getByText('You have not posted a job yet.').waitFor()
    await page.getByRole('link', { name: 'Post a job' }).click()
    await page.getByLabel('Title').fill('Validate invoice numbers with a regex')
    await page.getByLabel('Description').fill('Write and test the pattern for our invoices.')
    await page.getByLabel('Budget (USD)').fill('300')
    await page.getByRole('button', { name: 'Post the job' }).click()
    await page.waitForURL('**/market/jobs/*')
    jobId = page.url().split('/market/jobs/')[1]!
    const applied = await callAs(server, cast.freelancer, 'POST', `/jobs/${jobId}/proposals`, {
      coverLetter: 'I write patterns with tests.',
      bidCents: 28_000,
    })
    expect(applied.status).toBe(201)

    await page.goto(`${server.url}/market/hiring`)
    const posted = page.locator('section[aria-labelledby="posted-title"] .card')
    await expect.poll(() => posted.textContent()).toContain('1 applicant, 1 new')
    await posted.getByRole('link').click()
    await page.getByRole('button', { name: 'Shortlist' }).click()
    await page.getByRole('link', { name: 'Hire', exact: true }).click()
    const shortlist = page.locator('section[aria-labelledby="shortlist-title"]')
    await expect.poll(() => shortlist.textContent()).toContain('Shortlisted')
    expect(await shortlist.getByRole('link').textContent()).toContain('$280.00')

    await page.getByLabel('Holds the certification (test id)').fill('javascript')
    await page.getByRole('button', { name: 'Find', exact: true }).click()
    await page.getByRole('link', { name: cast.freelancer.name }).click()
    await page.waitForURL(`**/people/${cast.freelancer.id}`)
    await page.getByRole('heading', { level: 1, name: cast.freelancer.name }).waitFor()

    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.goto(`${server.url}/market/hiring`)
      await page.locator('section[aria-labelledby="posted-title"] .card').waitFor()
      expect(await fitsWidth()).toBe(true)
      await screenshot(page, `client-hiring-${size.name}`)
    }
    expect(problems).toEqual([])
  })

  it("shows a freelancer's public profile to a visitor without signing in", async () => {
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await visit(null, `/people/${cast.freelancer.id}`)
      await page.getByRole('heading', { level: 1, name: cast.freelancer.name }).waitFor()
      expect(await page.locator('.lead').textContent()).toBe('Patterns, parsers and tests')
      const certifications = page.locator('.market-certifications')
      await expect.poll(() => certifications.textContent()).toContain('javascript')
      expect(page.url()).not.toContain('/signin')
      expect(await page.title()).toBe('Freelancer profile · SkillSignal')
      expect(await fitsWidth()).toBe(true)
      await screenshot(page, `public-profile-${size.name}`)
    }
    await visit(null, '/people/no-such-person')
    await page.locator('.notice-error').waitFor()
    expect(problems).toEqual([])
  })

  it('verifies a pasted or uploaded credential with a plain verdict and its checks, and names a forgery', async () => {
    const json = JSON.stringify(cast.credential)
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await visit(null, '/verify')
      await page.getByLabel('Credential JSON').fill(json)
      await page.getByRole('button', { name: 'Verify', exact: true }).click()
      await page.getByRole('heading', { name: 'Valid credential' }).waitFor()
      const checks = await page.locator('.verdict .checklist li').allTextContents()
      expect(checks).toEqual(
        expect.arrayContaining([
          'The signature matches the content',
          'The signing key belongs to the issuer',
          'It has not been revoked',
        ]),
      )
      expect(await fitsWidth()).toBe(true)
      await screenshot(page, `verify-valid-${size.name}`)
    }

    // Someone raised their own score: the signature no longer matches.
    const forged = structuredClone(cast.credential) as { name?: string }
    forged.name = `${forged.name ?? ''} (with honours)`
    await page.getByLabel('Or choose the file').setInputFiles({
      name: 'credential.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(forged)),
    })
    await page.getByRole('heading', { name: 'Not valid' }).waitFor()
    expect(await page.locator('.verdict-errors').textContent()).toContain(
      'The signature matches the content',
    )
    await screenshot(page, 'verify-forged')

    await page.getByLabel('Credential JSON').fill('{ not json')
    await page.getByRole('button', { name: 'Verify', exact: true }).click()
    expect(await page.locator('#credential-json-error').textContent()).toContain('not JSON')
    expect(await page.getByLabel('Credential JSON').getAttribute('aria-invalid')).toBe('true')
    expect(problems).toEqual([])
  })

  it('gives an administrator a console: accounts, credential status with reasons, item review', async () => {
    await page.setViewportSize(SIZES[0])
    await visit(cast.admin, '/console')
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor()
    expect(await mainNav()).toContain('Administration')
    // The four people of this test, and whoever the server seeds.
    // The review queue counts its items too; this is the accounts section's count.
    const accountCount = page.getByRole('region', { name: 'Accounts' }).locator('.result-count')
    await expect
      .poll(async () => Number((await accountCount.textContent())?.split(' ')[0]))
      .toBeGreaterThanOrEqual(4)
    await page.getByLabel('Name or email').fill('fred')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect.poll(() => accountCount.textContent()).toBe('1 account')
    // Roles change in place; the server holds the new role at once.
    const role = page.getByLabel(`Role of ${cast.freelancer.name}`)
    await role.selectOption('analyst')
    await expect
      .poll(
        async () =>
          (
            (await callAs(server, cast.freelancer, 'GET', '/me')).json as {
              account: { role: string }
            }
          ).account.role,
      )
      .toBe('analyst')
    await role.selectOption('member')
    await expect
      .poll(
        async () =>
          (
            (await callAs(server, cast.freelancer, 'GET', '/me')).json as {
              account: { role: string }
            }
          ).account.role,
      )
      .toBe('member')
    await page.getByRole('button', { name: `Credentials of ${cast.freelancer.name}` }).click()
    const item = page.locator('.console-credential').first()
    await expect.poll(() => item.locator('.pill').textContent()).toBe('Active')

    // A reason is required, said beside the field before anything is sent.
    await item.getByRole('button', { name: 'Suspend' }).click()
    await item.locator('.field-error').waitFor()
    await item
      .getByLabel(`Reason for changing ${cast.testId}`)
      .fill('Answers match a leaked sheet; under review')
    await item.getByRole('button', { name: 'Suspend' }).click()
    await expect.poll(() => item.locator('.pill').textContent()).toBe('Suspended')
    expect(await item.locator('.console-history').textContent()).toContain('Suspended on')
    expect(await item.locator('.console-history').textContent()).toContain(
      'Answers match a leaked sheet; under review',
    )
    // The verifier now learns it is suspended.
    const verified = await callAs(server, null, 'POST', '/credentials/verify', {
      verifiableCredential: cast.credential,
    })
    expect(verified.status).toBe(400)
    await item.getByLabel(`Reason for changing ${cast.testId}`).fill('Case closed: no leak')
    await item.getByRole('button', { name: 'Reinstate' }).click()
    await expect.poll(() => item.locator('.pill').textContent()).toBe('Active')

    // The catalog section says why a test is not offered: `javascript-modern` draws on exactly
    // the item models `javascript` does, so it repeats an offered test.
    const catalog = page.getByRole('region', { name: 'Catalog' })
    await catalog.getByLabel('Test or skill').fill('javascript-modern')
    await catalog.getByLabel('Show').selectOption('not-offered')
    await catalog.getByRole('button', { name: 'Show tests' }).click()
    await expect.poll(() => catalog.locator('.result-count').textContent()).toBe('1 test')
    expect(await catalog.locator('tbody').textContent()).toMatch(
      /Not offered: it (shares|draws on) \d+ % of .+, which is offered/,
    )
    // It says which tests candidates can start, and leads to a test's items.
    await catalog.getByLabel('Test or skill').fill(cast.testId)
    await catalog.getByLabel('Show').selectOption('offered')
    await catalog.getByRole('button', { name: 'Show tests' }).click()
    await expect.poll(() => catalog.locator('.result-count').textContent()).toBe('1 test')
    expect(await catalog.locator('tbody').textContent()).toContain(
      'Offered: candidates can start it',
    )
    await catalog.getByRole('button', { name: `Review items of ${cast.testId}` }).click()
    // The button fills the review form after the click's handler runs; a busy page may take a beat.
    await expect.poll(() => page.getByLabel('Test id').inputValue()).toBe(cast.testId)
    await expect
      .poll(() => page.locator('.console-review').textContent())
      .toContain('1 finished attempts')
    await page.getByRole('heading', { name: 'Integrity holds' }).waitFor()

    for (const size of SIZES) {
      await page.setViewportSize(size)
      expect(await fitsWidth()).toBe(true)
      await screenshot(page, `admin-console-${size.name}`)
    }
    expect(problems).toEqual([])
  })

  it('refuses the console to a member in words, and keeps it out of their navigation', async () => {
    await visit(cast.client, '/console')
    await page.getByText('The console is for administrators.').waitFor()
    expect(await mainNav()).not.toContain('Administration')
    expect(problems).toEqual([])
  })
})
