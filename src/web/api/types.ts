import type { paths } from './openapi-types.js'

// The shapes the API's presenters send, read from the types generated from /openapi.json, so the
// browser compiles against what the server documents and nothing else.

type JsonOf<T> = T extends { readonly content: { readonly 'application/json': infer Json } }
  ? Json
  : never

/** The JSON an operation answers with `status` (200 unless said). */
export type ResponseOf<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number = 200,
> = paths[Path][Method] extends { readonly responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonOf<Responses[Status]>
    : never
  : never

/** The JSON body an operation takes. */
export type RequestOf<
  Path extends keyof paths,
  Method extends keyof paths[Path],
> = paths[Path][Method] extends {
  readonly requestBody?: infer Body
}
  ? JsonOf<Body>
  : never

export type Account = ResponseOf<'/me', 'get'>['account']
export type Role = Account['role']

export type SkillTest = ResponseOf<'/catalog/tests/{testId}', 'get'>['test']

export type Attempt = ResponseOf<'/attempts/{attemptId}', 'get'>['attempt']
export type AttemptItem = Attempt['items'][number]

export type AttemptReport = ResponseOf<'/attempts/{attemptId}/result', 'get'>['report']
export type DomainStanding = AttemptReport['domains'][number]['standing']

export type Certification = ResponseOf<'/me/certifications', 'get'>['certifications'][number]
export type CertificationStatus = Certification['status']

export type Credential = ResponseOf<'/me/credentials', 'get'>['credentials'][number]
export type CredentialLinks = Credential['links']

export type StudyRun = ResponseOf<'/study/runs/{id}', 'get'>['run']
export type StudyRunRequest = RequestOf<'/study/runs', 'post'>
export type StudyReport = NonNullable<StudyRun['report']>
export type StudyRunSummary = ResponseOf<'/study/runs', 'get'>['runs'][number]

export type FreelancerProfile = ResponseOf<'/freelancers', 'get'>['freelancers'][number]
export type FreelancerRecord = ResponseOf<'/profiles/{userId}', 'get'>['profile']['record']
export type ShownCertification = FreelancerRecord['certifications'][number]

export type Job = ResponseOf<'/jobs/{jobId}', 'get'>['job']
export type Proposal = ResponseOf<'/proposals/{proposalId}', 'get'>['proposal']
export type Message = ResponseOf<'/proposals/{proposalId}/messages', 'get'>['messages'][number]
export type Contract = ResponseOf<'/contracts/{contractId}', 'get'>['contract']
export type Milestone = Contract['milestones'][number]
export type Balances = ResponseOf<'/me/balances', 'get'>['balances']
export type MarketNotification = ResponseOf<'/me/notifications', 'get'>['notifications'][number]
