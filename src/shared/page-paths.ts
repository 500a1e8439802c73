/**
 * The browser app's pages by path. The app routes with them, and the server answers a page
 * request outside them with 404 (still sending the app, which says the page does not exist).
 */
export const PAGE_PATHS = {
  home: /^\/$/,
  catalog: /^\/tests\/?$/,
  test: /^\/tests\/([^/]+)$/,
  attempt: /^\/take\/([^/]+)$/,
  result: /^\/results\/([^/]+)$/,
  study: /^\/analysis(?:\/runs\/([^/]+))?$/,
  credentials: /^\/my-credentials$/,
  market: /^\/market\/?$/,
  postJob: /^\/market\/post$/,
  job: /^\/market\/jobs\/([^/]+)$/,
  proposal: /^\/market\/proposals\/([^/]+)$/,
  contract: /^\/market\/contracts\/([^/]+)$/,
  myWork: /^\/market\/me$/,
  hiring: /^\/market\/hiring$/,
  console: /^\/console$/,
  profile: /^\/people\/([^/]+)$/,
  verify: /^\/verify$/,
  signIn: /^\/signin$/,
  register: /^\/register$/,
  verifyEmail: /^\/verify-email$/,
  forgotPassword: /^\/forgot-password$/,
  resetPassword: /^\/reset-password$/,
} as const satisfies Record<string, RegExp>

/** Whether `url` (with or without a query) is one of the app's pages. */
export function isPagePath(url: string): boolean {
  const path = url.split('?')[0]!
  return Object.values(PAGE_PATHS).some((pattern) => pattern.test(path))
}
