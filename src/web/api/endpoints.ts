import { request } from './request.js'
import type {
  Account,
  Attempt,
  AttemptReport,
  Certification,
  Credential,
  CredentialLinks,
  SkillTest,
  StudyRun,
  StudyRunRequest,
} from './types.js'

// One function per API operation the browser app uses; paths and shapes as in /openapi.json.

export const api = {
  me: () => request<{ account: Account }>('GET', '/me'),
  register: (body: { email: string; password: string; displayName: string }) =>
    request<{ account: Account }>('POST', '/auth/register', body),
  login: (body: { email: string; password: string }) =>
    request<{ account: Account }>('POST', '/auth/login', body),
  logout: () => request<void>('POST', '/auth/logout'),

  tests: (query: { q?: string; category?: string; limit: number; offset: number }) => {
    const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) })
    if (query.q) params.set('q', query.q)
    if (query.category) params.set('category', query.category)
    return request<{ total: number; tests: SkillTest[] }>('GET', `/catalog/tests?${params}`)
  },
  test: (testId: string) =>
    request<{ test: SkillTest }>('GET', `/catalog/tests/${encodeURIComponent(testId)}`),

  startAttempt: (testId: string) => request<{ attempt: Attempt }>('POST', '/attempts', { testId }),
  attempt: (attemptId: string) =>
    request<{ attempt: Attempt }>('GET', `/attempts/${encodeURIComponent(attemptId)}`),
  answer: (attemptId: string, position: number, optionIds: readonly string[]) =>
    request<{ answer: { position: number; chosenOptionIds: string[]; answeredAt: string } }>(
      'PUT',
      `/attempts/${encodeURIComponent(attemptId)}/items/${position}/answer`,
      { optionIds },
    ),
  submit: (attemptId: string) =>
    request<{ report: AttemptReport }>('POST', `/attempts/${encodeURIComponent(attemptId)}/submit`),
  result: (attemptId: string) =>
    request<{ report: AttemptReport }>('GET', `/attempts/${encodeURIComponent(attemptId)}/result`),

  certifications: () => request<{ certifications: Certification[] }>('GET', '/me/certifications'),
  credentials: () => request<{ credentials: Credential[] }>('GET', '/me/credentials'),
  share: (credentialId: string, shared: boolean) =>
    request<{ id: string; shared: boolean; links: CredentialLinks }>(
      shared ? 'PUT' : 'DELETE',
      `/credentials/${encodeURIComponent(credentialId)}/share`,
    ),

  startStudyRun: (body: StudyRunRequest) => request<{ run: StudyRun }>('POST', '/study/runs', body),
  studyRun: (runId: string) =>
    request<{ run: StudyRun }>('GET', `/study/runs/${encodeURIComponent(runId)}`),
}
