import { request } from './request.js'
import type {
  Balances,
  Contract,
  FreelancerProfile,
  Job,
  MarketNotification,
  Message,
  Milestone,
  Proposal,
} from './types.js'

const at = (id: string) => encodeURIComponent(id)

/**
 * A money-moving call. The key is made once per click, so a retried request (a network
 * error, a 503) is the same request to the server and never moves money twice.
 */
function money<T>(path: string, body: unknown = {}, key = crypto.randomUUID()): Promise<T> {
  return request<T>('POST', path, body, { 'idempotency-key': key })
}

// One function per marketplace operation the browser app uses.
export const market = {
  jobs: (q: string) =>
    request<{ jobs: Job[]; total: number }>('GET', `/jobs?${new URLSearchParams(q ? { q } : {})}`),
  myJobs: () => request<{ jobs: Job[] }>('GET', '/me/jobs'),
  job: (id: string) => request<{ job: Job }>('GET', `/jobs/${at(id)}`),
  postJob: (body: {
    title: string
    description: string
    category: string
    kind: 'fixed' | 'hourly'
    budgetCents: number
    requiredTests: string[]
  }) => request<{ job: Job }>('POST', '/jobs', body),
  apply: (jobId: string, body: { coverLetter: string; bidCents: number }) =>
    request<{ proposal: Proposal }>('POST', `/jobs/${at(jobId)}/proposals`, body),
  applicants: (jobId: string) =>
    request<{ proposals: Proposal[] }>('GET', `/jobs/${at(jobId)}/proposals`),
  myProposals: () => request<{ proposals: Proposal[] }>('GET', '/me/proposals'),
  proposal: (id: string) => request<{ proposal: Proposal }>('GET', `/proposals/${at(id)}`),
  moveProposal: (id: string, action: 'shortlist' | 'decline' | 'withdraw' | 'accept') =>
    request<{ proposal: Proposal; contractId?: string }>('POST', `/proposals/${at(id)}/${action}`),
  offer: (id: string, milestones: { title: string; amountCents: number }[]) =>
    request<{ proposal: Proposal }>('POST', `/proposals/${at(id)}/offer`, { milestones }),
  messages: (id: string, after?: string) =>
    request<{ messages: Message[] }>(
      'GET',
      `/proposals/${at(id)}/messages${after ? `?after=${at(after)}` : ''}`,
    ),
  send: (id: string, body: string, slots: readonly string[] = []) =>
    request<{ message: Message }>('POST', `/proposals/${at(id)}/messages`, { body, slots }),
  contract: (id: string) => request<{ contract: Contract }>('GET', `/contracts/${at(id)}`),
  myContracts: () => request<{ contracts: Contract[] }>('GET', '/me/contracts'),
  work: (id: string, action: 'submit' | 'request-changes' | 'approve' | 'dispute') =>
    request<{ milestone: Milestone }>('POST', `/milestones/${at(id)}/${action}`, {}),
  moveMoney: (id: string, action: 'fund' | 'release' | 'refund') =>
    money<{ milestone: Milestone }>(`/milestones/${at(id)}/${action}`),
  review: (contractId: string, body: { rating: number; body: string }) =>
    request<unknown>('POST', `/contracts/${at(contractId)}/reviews`, body),
  logTime: (contractId: string, body: { workDate: string; minutes: number; note: string }) =>
    request<unknown>('POST', `/contracts/${at(contractId)}/time-logs`, body),
  freelancers: (query: { skill?: string; testId?: string }) =>
    request<{ freelancers: FreelancerProfile[]; total: number }>(
      'GET',
      `/freelancers?${new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])}`,
    ),
  balances: () => request<{ balances: Balances }>('GET', '/me/balances'),
  notifications: () =>
    request<{ notifications: MarketNotification[]; unread: number }>('GET', '/me/notifications'),
}
