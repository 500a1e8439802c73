import type { VerificationReport } from '../verify/report.js'
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

/**
 * The human page of a shared credential: what it certifies, who issued it, the verdict found
 * when the page was made, and a script that verifies it again live from the browser.
 */
export function credentialPageHtml(
  credential: Obj,
  report: VerificationReport,
  links: { readonly json: string; readonly badge: string; readonly linkedIn: string },
): string {
  const issuer = credential.issuer as Obj
  const subject = credential.credentialSubject as Obj
  const achievement = subject.achievement as Obj
  // Credentials issued before the Annex I record moved to the subject carry it on the achievement.
  const annex = (subject.euMicroCredential ?? achievement.euMicroCredential ?? {}) as Obj
  const result = ((subject.result ?? []) as Obj[])[0]
  const outcomes = (annex.learningOutcomes ?? []) as string[]
  const rows: [string, string][] = [
    ['Type', String(achievement.achievementType)],
    ['Issued by', `${String(issuer.name)} (${String(issuer.id)})`],
    ['Valid', `${String(credential.validFrom)} to ${String(credential.validUntil ?? 'no end')}`],
    ['Score', result ? `${String(result.value)}%` : '—'],
    ['Assessment', String(annex.assessmentType ?? '—')],
    ['Supervision', String(annex.supervisionAndIdentityVerification ?? '—')],
  ]
  // A JSON data block is not executed, so the page keeps a strict script-src 'self' policy.
  const embedded = JSON.stringify(credential).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(achievement.name))} — verifiable credential</title>
<script src="${VERIFY_SCRIPT_PATH}" defer></script>
</head>
<body>
<main>
<h1>${escapeHtml(String(achievement.name))}</h1>
<p>${escapeHtml(String(achievement.description ?? ''))}</p>
<p role="status" id="verdict" data-verdict="${report.verdict}">${escapeHtml(VERDICT_TEXT[report.verdict])}</p>
<dl>
${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
<h2>Learning outcomes</h2>
<ul>${outcomes.map((outcome) => `<li>${escapeHtml(outcome)}</li>`).join('')}</ul>
<h2>Checks</h2>
<ul id="checks">${report.checks.map((check) => `<li>${escapeHtml(`${check.check}: ${check.outcome} — ${check.message}`)}</li>`).join('')}</ul>
<p><a href="${escapeHtml(links.json)}">Credential (JSON)</a> · <a href="${escapeHtml(links.badge)}">Badge (PNG)</a> · <a href="${escapeHtml(links.linkedIn)}">Add to LinkedIn</a></p>
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
