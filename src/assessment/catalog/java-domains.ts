import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the Java test, spread into the domain library. */
export const JAVA_DOMAINS = {
  javaCore: {
    id: 'java-core',
    title: 'Language, equality, immutability, generics and collections',
    itemModelIds: ['java-core'],
    outcome:
      'Write classes that keep the equals/hashCode contract, stay immutable, use generics and collections correctly',
  },
  javaExceptions: {
    id: 'java-exceptions',
    title: 'Exceptions and resources',
    itemModelIds: ['java-exceptions'],
    outcome:
      'Close resources on every path with try-with-resources and report failures with the right exception and cause',
  },
  javaStreams: {
    id: 'java-streams',
    title: 'Streams and Optional',
    itemModelIds: ['java-streams'],
    outcome: 'Transform and collect data with streams and return absent values with Optional',
  },
  javaConcurrency: {
    id: 'java-concurrency',
    title: 'Concurrency basics',
    itemModelIds: ['java-concurrency'],
    outcome:
      'Share state between threads safely with visibility, locks, latches and executors, and wait for tasks correctly',
  },
  javaTestingBuild: {
    id: 'java-testing-build',
    title: 'JUnit tests and Maven builds',
    itemModelIds: ['java-testing-build'],
    outcome:
      'Read a failing JUnit test as a specification and declare Maven coordinates and scopes correctly',
  },
} as const satisfies Record<string, ModelDomain>
