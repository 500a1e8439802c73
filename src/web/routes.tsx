import type { ReactNode } from 'react'
import { PAGE_PATHS } from '../shared/index.js'
import { ConsolePage } from './pages/admin/console-page.js'
import { AttemptPage } from './pages/attempt-page.js'
import { CatalogPage } from './pages/catalog-page.js'
import { CredentialsPage } from './pages/credentials-page.js'
import { HomePage } from './pages/home-page.js'
import { ContractPage } from './pages/market/contract-page.js'
import { HiringPage } from './pages/market/hiring-page.js'
import { JobPage } from './pages/market/job-page.js'
import { MarketPage } from './pages/market/market-page.js'
import { MyWorkPage } from './pages/market/my-work-page.js'
import { PostJobPage } from './pages/market/post-job-page.js'
import { ProposalPage } from './pages/market/proposal-page.js'
import { NotFoundPage } from './pages/not-found-page.js'
import { ProfilePage } from './pages/profile-page.js'
import { ResultPage } from './pages/result-page.js'
import { RegisterPage, SignInPage } from './pages/sign-in-page.js'
import { StudyPage } from './pages/study-page.js'
import { TestPage } from './pages/test-page.js'
import { VerifyEmailPage } from './pages/verify-email-page.js'
import { VerifyPage } from './pages/verify-page.js'

/**
 * The app's paths. None shares a first segment with an API route (`/attempts/…` is the API's,
 * `/take/…` the page), so reloading any page asks the server for the app, never for JSON.
 */
interface Route {
  readonly pattern: RegExp
  readonly signedIn: boolean
  readonly title: string
  readonly render: (params: readonly (string | undefined)[]) => ReactNode
}

export const ROUTES: readonly Route[] = [
  {
    pattern: PAGE_PATHS.home,
    signedIn: false,
    title: 'Skill credentials you can prove',
    render: () => <HomePage />,
  },
  {
    pattern: PAGE_PATHS.catalog,
    signedIn: false,
    title: 'Skill tests',
    render: () => <CatalogPage />,
  },
  {
    pattern: PAGE_PATHS.test,
    signedIn: false,
    title: 'Skill test',
    render: ([id]) => <TestPage testId={id!} />,
  },
  {
    pattern: PAGE_PATHS.attempt,
    signedIn: true,
    title: 'Taking a test',
    render: ([id]) => <AttemptPage attemptId={id!} />,
  },
  {
    pattern: PAGE_PATHS.result,
    signedIn: true,
    title: 'Your result',
    render: ([id]) => <ResultPage attemptId={id!} />,
  },
  {
    pattern: PAGE_PATHS.study,
    signedIn: true,
    title: 'Impact study',
    render: ([id]) => <StudyPage runId={id ?? null} />,
  },
  {
    pattern: PAGE_PATHS.credentials,
    signedIn: true,
    title: 'My credentials',
    render: () => <CredentialsPage />,
  },
  { pattern: PAGE_PATHS.market, signedIn: false, title: 'Find work', render: () => <MarketPage /> },
  {
    pattern: PAGE_PATHS.postJob,
    signedIn: true,
    title: 'Post a job',
    render: () => <PostJobPage />,
  },
  {
    pattern: PAGE_PATHS.job,
    signedIn: false,
    title: 'Job',
    render: ([id]) => <JobPage jobId={id!} />,
  },
  {
    pattern: PAGE_PATHS.proposal,
    signedIn: true,
    title: 'Proposal',
    render: ([id]) => <ProposalPage proposalId={id!} />,
  },
  {
    pattern: PAGE_PATHS.contract,
    signedIn: true,
    title: 'Contract',
    render: ([id]) => <ContractPage contractId={id!} />,
  },
  { pattern: PAGE_PATHS.myWork, signedIn: true, title: 'My work', render: () => <MyWorkPage /> },
  { pattern: PAGE_PATHS.hiring, signedIn: true, title: 'Hire', render: () => <HiringPage /> },
  {
    pattern: PAGE_PATHS.console,
    signedIn: true,
    title: 'Administration',
    render: () => <ConsolePage />,
  },
  {
    pattern: PAGE_PATHS.profile,
    signedIn: false,
    title: 'Freelancer profile',
    render: ([id]) => <ProfilePage userId={id!} />,
  },
  {
    pattern: PAGE_PATHS.verify,
    signedIn: false,
    title: 'Verify a credential',
    render: () => <VerifyPage />,
  },
  { pattern: PAGE_PATHS.signIn, signedIn: false, title: 'Sign in', render: () => <SignInPage /> },
  {
    pattern: PAGE_PATHS.register,
    signedIn: false,
    title: 'Create your account',
    render: () => <RegisterPage />,
  },
  {
    pattern: PAGE_PATHS.verifyEmail,
    signedIn: false,
    title: 'Confirm your email',
    render: () => <VerifyEmailPage />,
  },
]

export function matchRoute(path: string): {
  route: Route | null
  params: (string | undefined)[]
} {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path)
    if (match)
      return {
        route,
        params: match.slice(1).map((p) => (p === undefined ? p : decodeURIComponent(p))),
      }
  }
  return { route: null, params: [] }
}

export const notFound = () => <NotFoundPage />
