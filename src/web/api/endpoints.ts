import { request } from './request.js'
import type { RequestOf, ResponseOf } from './types.js'

// One function per API operation the browser app uses; paths and shapes as in /openapi.json.

export const api = {
  me: () => request<ResponseOf<'/me', 'get'>>('GET', '/me'),
  session: () => request<ResponseOf<'/auth/session', 'get'>>('GET', '/auth/session'),
  register: (body: RequestOf<'/auth/register', 'post'>) =>
    request<ResponseOf<'/auth/register', 'post', 202>>('POST', '/auth/register', body),
  verifyEmail: (token: string) =>
    request<ResponseOf<'/auth/email-verification', 'post'>>('POST', '/auth/email-verification', {
      token,
    }),
  requestPasswordReset: (email: string) => request<void>('POST', '/auth/password-reset', { email }),
  confirmPasswordReset: (body: RequestOf<'/auth/password-reset/confirmation', 'post'>) =>
    request<void>('POST', '/auth/password-reset/confirmation', body),
  resendVerification: () => request<void>('POST', '/me/email-verification'),
  login: (body: RequestOf<'/auth/login', 'post'>) =>
    request<ResponseOf<'/auth/login', 'post'>>('POST', '/auth/login', body),
  logout: () => request<void>('POST', '/auth/logout'),

  tests: (query: {
    q?: string
    category?: string
    offered?: boolean
    limit: number
    offset: number
  }) => {
    const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) })
    if (query.q) params.set('q', query.q)
    if (query.category) params.set('category', query.category)
    if (query.offered !== undefined) params.set('offered', String(query.offered))
    return request<ResponseOf<'/catalog/tests', 'get'>>('GET', `/catalog/tests?${params}`)
  },
  test: (testId: string) =>
    request<ResponseOf<'/catalog/tests/{testId}', 'get'>>(
      'GET',
      `/catalog/tests/${encodeURIComponent(testId)}`,
    ),

  startAttempt: (testId: string) =>
    request<ResponseOf<'/attempts', 'post', 201>>('POST', '/attempts', { testId }),
  attempt: (attemptId: string) =>
    request<ResponseOf<'/attempts/{attemptId}', 'get'>>(
      'GET',
      `/attempts/${encodeURIComponent(attemptId)}`,
    ),
  answer: (attemptId: string, position: number, optionIds: readonly string[]) =>
    request<ResponseOf<'/attempts/{attemptId}/items/{position}/answer', 'put'>>(
      'PUT',
      `/attempts/${encodeURIComponent(attemptId)}/items/${position}/answer`,
      { optionIds },
    ),
  submit: (attemptId: string) =>
    request<ResponseOf<'/attempts/{attemptId}/submit', 'post'>>(
      'POST',
      `/attempts/${encodeURIComponent(attemptId)}/submit`,
    ),
  result: (attemptId: string) =>
    request<ResponseOf<'/attempts/{attemptId}/result', 'get'>>(
      'GET',
      `/attempts/${encodeURIComponent(attemptId)}/result`,
    ),

  certifications: () =>
    request<ResponseOf<'/me/certifications', 'get'>>('GET', '/me/certifications'),
  credentials: () => request<ResponseOf<'/me/credentials', 'get'>>('GET', '/me/credentials'),
  share: (credentialId: string, shared: boolean, showName?: boolean) =>
    request<ResponseOf<'/credentials/{id}/share', 'put'>>(
      shared ? 'PUT' : 'DELETE',
      `/credentials/${encodeURIComponent(credentialId)}/share`,
      shared && showName !== undefined ? { showName } : undefined,
    ),
  holderDid: () =>
    request<ResponseOf<'/me/credential-holder', 'get'>>('GET', '/me/credential-holder'),
  saveHolderDid: (did: string) =>
    request<ResponseOf<'/me/credential-holder', 'put'>>('PUT', '/me/credential-holder', { did }),
  forgetHolderDid: () =>
    request<ResponseOf<'/me/credential-holder', 'delete'>>('DELETE', '/me/credential-holder'),
  walletOffer: (credentialId: string) =>
    request<ResponseOf<'/credentials/{id}/offer', 'post', 201>>(
      'POST',
      `/credentials/${encodeURIComponent(credentialId)}/offer`,
      { withTxCode: true },
    ),

  startStudyRun: (body: RequestOf<'/study/runs', 'post'>) =>
    request<ResponseOf<'/study/runs', 'post', 202>>('POST', '/study/runs', body),
  studyRun: (runId: string) =>
    request<ResponseOf<'/study/runs/{id}', 'get'>>(
      'GET',
      `/study/runs/${encodeURIComponent(runId)}`,
    ),
  studyRuns: () => request<ResponseOf<'/study/runs', 'get'>>('GET', '/study/runs'),
  cancelStudyRun: (runId: string) =>
    request<ResponseOf<'/study/runs/{id}/cancellation', 'post'>>(
      'POST',
      `/study/runs/${encodeURIComponent(runId)}/cancellation`,
    ),
  /** Record files (workers, credential_awards, projects, payments) and the span, as a form. */
  uploadStudyRecords: (form: FormData) =>
    request<ResponseOf<'/study/uploads', 'post', 202>>('POST', '/study/uploads', form),
}
