// jsonld ships JavaScript without TypeScript declarations; this declares only what the tests call.
declare module 'jsonld' {
  type RemoteDocument = { contextUrl: null; documentUrl: string; document: unknown }
  const jsonld: {
    toRDF(
      input: Record<string, unknown>,
      options: {
        format: 'application/n-quads'
        safe?: boolean
        documentLoader: (url: string) => Promise<RemoteDocument>
      },
    ): Promise<string>
  }
  export default jsonld
}
