import { ApiError } from './api-error.js'
import { request } from './request.js'
import type { RequestOf, ResponseOf } from './types.js'

const at = (id: string) => encodeURIComponent(id)

export type AdminAccount = ResponseOf<'/admin/users', 'get'>['users'][number]
export type AdminCredential = ResponseOf<
  '/admin/users/{userId}/credentials',
  'get'
>['credentials'][number]
export type TestStatistics = ResponseOf<'/catalog/tests/{testId}/statistics', 'get'>['statistics']
export type Verification = ResponseOf<'/credentials/verify', 'post'>
export type IntegrityHold = ResponseOf<'/integrity-holds', 'get'>['holds'][number]
export type ReviewItem = ResponseOf<'/admin/items', 'get'>['items'][number]
export type ReviewStage = 'draft' | 'review' | 'pretest'
export type PublicProfile = ResponseOf<'/profiles/{userId}', 'get'>['profile']
export type PublishedReview = ResponseOf<'/profiles/{userId}/reviews', 'get'>['reviews'][number]

/** The administrators' console's calls. */
export const admin = {
  users: (q: string, offset: number) =>
    request<ResponseOf<'/admin/users', 'get'>>(
      'GET',
      `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), limit: '50', offset: String(offset) })}`,
    ),
  credentials: (userId: string) =>
    request<ResponseOf<'/admin/users/{userId}/credentials', 'get'>>(
      'GET',
      `/admin/users/${at(userId)}/credentials`,
    ),
  changeRole: (userId: string, body: RequestOf<'/admin/users/{userId}/role', 'put'>) =>
    request<ResponseOf<'/admin/users/{userId}/role', 'put'>>(
      'PUT',
      `/admin/users/${at(userId)}/role`,
      body,
    ),
  changeStatus: (
    credentialId: string,
    action: 'revoke' | 'suspend' | 'reinstate',
    body: RequestOf<'/credentials/{id}/revoke', 'post'>,
  ) =>
    request<ResponseOf<'/credentials/{id}/revoke', 'post'>>(
      'POST',
      `/credentials/${at(credentialId)}/${action}`,
      body,
    ),
  statistics: (testId: string) =>
    request<ResponseOf<'/catalog/tests/{testId}/statistics', 'get'>>(
      'GET',
      `/catalog/tests/${at(testId)}/statistics`,
    ),
  leakScan: (testId: string) =>
    request<ResponseOf<'/catalog/tests/{testId}/leak-scan', 'post'>>(
      'POST',
      `/catalog/tests/${at(testId)}/leak-scan`,
    ),
  integrityHolds: () =>
    request<ResponseOf<'/integrity-holds', 'get'>>('GET', '/integrity-holds?status=held'),
  decideHold: (
    attemptId: string,
    decision: 'release' | 'rejection',
    body: RequestOf<'/integrity-holds/{attemptId}/release', 'post'>,
  ) => request<unknown>('POST', `/integrity-holds/${at(attemptId)}/${decision}`, body),
  reviewQueue: (stage: ReviewStage) =>
    request<ResponseOf<'/admin/items', 'get'>>('GET', `/admin/items?stage=${stage}&limit=20`),
  reviewStep: (itemId: string, body: RequestOf<'/admin/items/{itemId}/steps', 'post'>) =>
    request<ResponseOf<'/admin/items/{itemId}/steps', 'post'>>(
      'POST',
      `/admin/items/${at(itemId)}/steps`,
      body,
    ),
}

/** Where the console finds an item's stored image (web addresses are not shown). */
export const itemImageAddress =
  (itemId: string) =>
  (path: string): string | null =>
    /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')
      ? null
      : `/admin/items/${at(itemId)}/assets/${path.split('/').map(encodeURIComponent).join('/')}`

/** Calls anyone may make: a member's public profile and reviews, and verifying a credential. */
export const open = {
  profile: (userId: string) =>
    request<ResponseOf<'/profiles/{userId}', 'get'>>('GET', `/profiles/${at(userId)}`),
  reviews: (userId: string) =>
    request<ResponseOf<'/profiles/{userId}/reviews', 'get'>>(
      'GET',
      `/profiles/${at(userId)}/reviews`,
    ),
  /**
   * A credential that fails verification is a 400 carrying the checks, which is an answer to
   * show, not an error; any other refusal (the body was not a credential at all) is an error.
   */
  verify: async (verifiableCredential: unknown): Promise<Verification> => {
    const response = await fetch('/credentials/verify', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ verifiableCredential }),
    })
    const body: unknown = await response.json().catch(() => null)
    if (isVerification(body)) return body
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } })
      ?.error
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? `the server answered ${response.status}`,
      error?.details ?? null,
    )
  },
}

function isVerification(value: unknown): value is Verification {
  return typeof value === 'object' && value !== null && 'verified' in value && 'checks' in value
}
