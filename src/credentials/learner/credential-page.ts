import type { VerificationReport } from '../verify/report.js'
import { CREDENTIAL_PAGE_STYLE } from './credential-page-style.js'
import { VERIFY_SCRIPT_PATH } from './verify-script.js'

type Obj = Record<string, unknown>

/** Words a person reads for each verdict. */
const VERDICT_TEXT: Readonly<Record<VerificationReport['verdict'], string>> = {
  verified: 'Verified',
  revoked: 'Revoked by the issuer',
  suspended: 'Suspended by the issuer',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  'invalid-proof': 'Signature does not match: the credential was altered',
  'unknown-issuer-key': 'Not signed by the issuer it names',
  'status-unavailable': 'Status could not be checked',
  malformed: 'Not a well-formed credential',
}

/** What the page says besides the credential: the holder's name if shown, the last status change. */
export interface CredentialPageContext {
  /** The learner's name, only when they chose to show it. */
  readonly holderName: string | null
  /** The latest revocation or suspension, with the issuer's reason. */
  readonly statusChange: { readonly reason: string; readonly at: Date } | null
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2026-12-03T10:00:00Z` → `3 December 2026`; anything unreadable is shown as given. */
export function dateInWords(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? String(value ?? '') : dayFormat.format(date)
}

/** `93.33333333333333` → `93%`. */
export function roundedPercent(value: unknown): string {
  const number = Number(value)
  return Number.isFinite(number) ? `${Math.round(number)}%` : '—'
}

/**
 * The human page of a shared credential: a banner with the verdict found when the page was made
 * (and why, when the issuer revoked or suspended it), what it certifies and who holds it, and a
 * script that verifies it again live from the browser.
 */
export function credentialPageHtml(
  credential: Obj,
  report: VerificationReport,
  links: { readonly json: string; readonly badge: string; readonly linkedIn: string },
  context: CredentialPageContext = { holderName: null, statusChange: null },
): string {
  const issuer = credential.issuer as Obj
  const subject = credential.credentialSubject as Obj
  const achievement = subject.achievement as Obj
  // Credentials issued before the Annex I record moved to the subject carry it on the achievement.
  const annex = (subject.euMicroCredential ?? achievement.euMicroCredential ?? {}) as Obj
  const result = ((subject.result ?? []) as Obj[])[0]
  const outcomes = (annex.learningOutcomes ?? []) as string[]
  const rows: [string, string][] = [
    ...(context.holderName ? ([['Awarded to', context.holderName]] as [string, string][]) : []),
    ['Type', String(achievement.achievementType ?? '—')],
    ['Issued by', String(issuer.name)],
    ['Issued on', dateInWords(credential.validFrom)],
    ['Valid until', credential.validUntil ? dateInWords(credential.validUntil) : 'No end date'],
    ['Score', result ? roundedPercent(result.value) : '—'],
    ['Assessment', String(annex.assessmentType ?? '—')],
    ['Supervision', String(annex.supervisionAndIdentityVerification ?? '—')],
    ['Issuer identifier', String(issuer.id)],
  ]
  const banner = bannerOf(report, credential, context)
  // A JSON data block is not executed, so the page keeps a strict script-src 'self' policy.
  const embedded = JSON.stringify(credential).replace(/</g, '\\u003c')
  const name = escapeHtml(String(achievement.name))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — verifiable credential</title>
<style>${CREDENTIAL_PAGE_STYLE}</style>
<script src="${VERIFY_SCRIPT_PATH}" defer></script>
</head>
<body>
<header class="top"><span class="brand">${escapeHtml(String(issuer.name))}</span></header>
<main>
<section class="banner banner-${banner.tone}" aria-labelledby="banner-title">
<h2 id="banner-title">${escapeHtml(banner.title)}</h2>
${banner.detail ? `<p>${escapeHtml(banner.detail)}</p>` : ''}
<p class="live" role="status" id="verdict" data-verdict="${report.verdict}">${escapeHtml(VERDICT_TEXT[report.verdict])}</p>
</section>
<article class="card">
<div class="head">
<img src="${escapeHtml(links.badge)}" alt="" width="96" height="96">
<div>
<h1>${name}</h1>
<p class="muted">${escapeHtml(String(achievement.description ?? ''))}</p>
</div>
</div>
<dl>
${rows.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('\n')}
</dl>
${outcomes.length > 0 ? `<h2>Learning outcomes</h2>\n<ul>${outcomes.map((outcome) => `<li>${escapeHtml(outcome)}</li>`).join('')}</ul>` : ''}
<details>
<summary>Checks made when this page was opened</summary>
<ul id="checks">${report.checks.map((check) => `<li>${escapeHtml(`${check.check}: ${check.outcome} — ${check.message}`)}</li>`).join('')}</ul>
</details>
<p class="links"><a href="${escapeHtml(links.json)}">Credential (JSON)</a> <a href="${escapeHtml(links.badge)}">Badge (PNG)</a> <a href="${escapeHtml(links.linkedIn)}">Add to LinkedIn</a></p>
</article>
</main>
<script type="application/json" id="credential">${embedded}</script>
</body>
</html>
`
}

/** The verdict's words, for the live script and for tests. */
export function verdictText(verdict: VerificationReport['verdict']): string {
  return VERDICT_TEXT[verdict]
}

function bannerOf(
  report: VerificationReport,
  credential: Obj,
  context: CredentialPageContext,
): { tone: 'pass' | 'warn' | 'fail'; title: string; detail: string | null } {
  const change = context.statusChange
  const reason = change?.reason ? `Reason given by the issuer: ${change.reason}` : null
  switch (report.verdict) {
    case 'verified':
      return {
        tone: 'pass',
        title: 'Verified credential',
        detail: 'The signature, the issuer and the current status were checked.',
      }
    case 'revoked':
      return {
        tone: 'fail',
        title: change ? `Revoked on ${dateInWords(change.at)}` : 'Revoked by the issuer',
        detail: reason,
      }
    case 'suspended':
      return {
        tone: 'warn',
        title: change ? `Suspended since ${dateInWords(change.at)}` : 'Suspended by the issuer',
        detail: reason,
      }
    case 'expired':
      return {
        tone: 'fail',
        title: `Expired on ${dateInWords(credential.validUntil)}`,
        detail: 'It was valid until then; the learner may hold a newer one.',
      }
    default:
      return { tone: 'fail', title: 'Not verified', detail: VERDICT_TEXT[report.verdict] }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
