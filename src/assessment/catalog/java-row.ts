import { row } from './catalog-row.js'

/**
 * Java as clients hire a freelance Java developer for it: maintaining and extending a service
 * or library, where the work is reading existing code, finding why it misbehaves and choosing
 * the change that meets its contract. The items show code and ask which version meets a stated
 * contract or makes a failing test pass, so running the code shown does not answer them.
 */
export const JAVA_ROW = row(
  'java',
  'Java',
  'Technology & IT',
  5,
  40,
  [
    ['javaCore', 30],
    ['javaExceptions', 15],
    ['javaStreams', 20],
    ['javaConcurrency', 15],
    ['javaTestingBuild', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance Java developer is mostly hired to fix and extend an existing service or ' +
      'library (bug fixes, small features, a code review), less often to start one. Most of ' +
      'that work touches the core language and the collections: value classes whose equals and ' +
      'hashCode must agree, objects that must not change behind their owner, generic methods, ' +
      'comparators, maps and lists used the way their contracts allow, boxing and decimal ' +
      'arithmetic (30 %). Data handling in current code is written with streams and Optional: ' +
      'mapping, grouping and collecting, and absent values without null checks (20 %). Every ' +
      'change is delivered with tests, and clients judge a freelancer by a green build: reading ' +
      'a failing JUnit test as the specification, and declaring dependencies with the right ' +
      'Maven coordinates and scopes (20 %). Failure handling decides whether a service survives ' +
      'production: closing files and connections on every path with try-with-resources, ' +
      'exceptions with their cause and type, interruption (15 %). Concurrency basics come up ' +
      'in background jobs and shared caches: starting threads, visibility, locks released in ' +
      'finally, latches, semaphores and executors with their futures (15 %). Frameworks (Spring, ' +
      'Jakarta EE), build tools other than Maven and JVM tuning are separate tests or vary by ' +
      'client, so they are not tested here; every item states its contract and is checked by ' +
      'compiling and running each option on Java 17.',
  },
)
