import { lazy, type ReactNode } from 'react'
import { PAGE_PATHS } from '../shared/index.js'

// Each page is its own chunk, fetched when first shown: the first load carries the app's frame
// and one page, not every page's code.
const ConsolePage = lazy(() =>
  import('./pages/admin/console-page.js').then((m) => ({ default: m.ConsolePage })),
)
const AttemptPage = lazy(() =>
  import('./pages/attempt-page.js').then((m) => ({ default: m.AttemptPage })),
)
const CatalogPage = lazy(() =>
  import('./pages/catalog-page.js').then((m) => ({ default: m.CatalogPage })),
)
const CredentialsPage = lazy(() =>
  import('./pages/credentials-page.js').then((m) => ({ default: m.CredentialsPage })),
)
const HomePage = lazy(() => import('./pages/home-page.js').then((m) => ({ default: m.HomePage })))
const ContractPage = lazy(() =>
  import('./pages/market/contract-page.js').then((m) => ({ default: m.ContractPage })),
)
const HiringPage = lazy(() =>
  import('./pages/market/hiring-page.js').then((m) => ({ default: m.HiringPage })),
)
const JobPage = lazy(() =>
  import('./pages/market/job-page.js').then((m) => ({ default: m.JobPage })),
)
const MarketPage = lazy(() =>
  import('./pages/market/market-page.js').then((m) => ({ default: m.MarketPage })),
)
const MyWorkPage = lazy(() =>
  import('./pages/market/my-work-page.js').then((m) => ({ default: m.MyWorkPage })),
)
const PostJobPage = lazy(() =>
  import('./pages/market/post-job-page.js').then((m) => ({ default: m.PostJobPage })),
)
const ProposalPage = lazy(() =>
  import('./pages/market/proposal-page.js').then((m) => ({ default: m.ProposalPage })),
)
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page.js').then((m) => ({ default: m.NotFoundPage })),
)
const ProfilePage = lazy(() =>
  import('./pages/profile-page.js').then((m) => ({ default: m.ProfilePage })),
)
const ResultPage = lazy(() =>
  import('./pages/result-page.js').then((m) => ({ default: m.ResultPage })),
)
const RegisterPage = lazy(() =>
  import('./pages/sign-in-page.js').then((m) => ({ default: m.RegisterPage })),
)
const SignInPage = lazy(() =>
  import('./pages/sign-in-page.js').then((m) => ({ default: m.SignInPage })),
)
const StudyPage = lazy(() =>
  import('./pages/study/study-page.js').then((m) => ({ default: m.StudyPage })),
)
const TestPage = lazy(() => import('./pages/test-page.js').then((m) => ({ default: m.TestPage })))
const VerifyPage = lazy(() =>
  import('./pages/verify-page.js').then((m) => ({ default: m.VerifyPage })),
)
const ForgotPasswordPage = lazy(() =>
  import('./pages/password-reset-pages.js').then((m) => ({ default: m.ForgotPasswordPage })),
)
const ResetPasswordPage = lazy(() =>
  import('./pages/password-reset-pages.js').then((m) => ({ default: m.ResetPasswordPage })),
)
const VerifyEmailPage = lazy(() =>
  import('./pages/verify-email-page.js').then((m) => ({ default: m.VerifyEmailPage })),
)

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
  {
    pattern: PAGE_PATHS.forgotPassword,
    signedIn: false,
    title: 'Reset your password',
    render: () => <ForgotPasswordPage />,
  },
  {
    pattern: PAGE_PATHS.resetPassword,
    signedIn: false,
    title: 'Choose a new password',
    render: () => <ResetPasswordPage />,
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
