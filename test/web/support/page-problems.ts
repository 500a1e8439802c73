import type { BrowserContext, Page } from 'playwright-core'

/**
 * Everything a page does wrong that a user would not see at once: uncaught exceptions, console
 * errors, Content-Security-Policy violations, and failed loads of the app's own documents and
 * assets. API calls that answer 4xx on purpose (401 from /me when signed out, a refused form)
 * are the app's business and are not problems; the browser logs them as "Failed to load
 * resource", so those lines are let through only for API URLs.
 */
export interface PageProblems {
  list(): readonly string[]
  clear(): void
}

/** Reports CSP violations from inside every page; init scripts run whatever the page's CSP. */
export async function reportCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    sink.push(`CSP violation: ${text}`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`)
    })
  })
}

export function watchPage(
  page: Page,
  apiPath: (path: string) => boolean,
  sink: string[],
): PageProblems {
  const pathOf = (url: string) => {
    try {
      return new URL(url).pathname
    } catch {
      return url
    }
  }
  page.on('pageerror', (error) => sink.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    const from = message.location().url
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) {
      if (apiPath(pathOf(from))) return
    }
    sink.push(`console error: ${text} (${from})`)
  })
  page.on('requestfailed', (request) => {
    // A navigation away aborts requests still in flight; that is not a fault of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    sink.push(`request failed: ${request.url()} ${request.failure()?.errorText}`)
  })
  page.on('response', (response) => {
    const path = pathOf(response.url())
    if (response.status() >= 400 && !apiPath(path)) {
      sink.push(`HTTP ${response.status()} for ${path}`)
    }
  })
  return {
    list: () => [...sink],
    clear: () => {
      sink.length = 0
    },
  }
}
