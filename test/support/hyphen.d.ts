// The hyphen package ships no types; the tests use one function of its American patterns.
declare module 'hyphen/en-us/index.js' {
  const patterns: {
    hyphenateSync(text: string, options?: { readonly hyphenChar?: string }): string
  }
  export default patterns
}
