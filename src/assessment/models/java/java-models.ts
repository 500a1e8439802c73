import { editingModel } from '../editing/editing-model.js'
import { CONCURRENCY_FAMILIES } from './concurrency-families.js'
import { CORE_FAMILIES } from './core-families.js'
import { EXCEPTION_FAMILIES } from './exception-families.js'
import { STREAM_FAMILIES } from './stream-families.js'
import { MAVEN_FAMILIES, TESTING_FAMILIES } from './testing-families.js'

/** Every Java family, for the test that compiles and judges every option. */
export const JAVA_FAMILIES = [
  ...CORE_FAMILIES,
  ...EXCEPTION_FAMILIES,
  ...STREAM_FAMILIES,
  ...CONCURRENCY_FAMILIES,
  ...TESTING_FAMILIES,
  ...MAVEN_FAMILIES,
]

// Each family states its own contract (a Javadoc-like sentence, a failing JUnit test or a build
// requirement) in its stem, so the options are whole classes or POM fragments and the model adds
// no second sentence.
export const javaCoreModel = editingModel({
  id: 'java-core',
  title: 'Java: equality, immutability, generics and collections',
  families: CORE_FAMILIES,
  companions: [],
  language: 'java',
})

export const javaExceptionsModel = editingModel({
  id: 'java-exceptions',
  title: 'Java: exceptions and resources',
  families: EXCEPTION_FAMILIES,
  companions: [],
  language: 'java',
})

export const javaStreamsModel = editingModel({
  id: 'java-streams',
  title: 'Java: streams and Optional',
  families: STREAM_FAMILIES,
  companions: [],
  language: 'java',
})

export const javaConcurrencyModel = editingModel({
  id: 'java-concurrency',
  title: 'Java: threads, locks and executors',
  families: CONCURRENCY_FAMILIES,
  companions: [],
  language: 'java',
})

export const javaTestingBuildModel = editingModel({
  id: 'java-testing-build',
  title: 'Java: JUnit tests and Maven builds',
  families: [...TESTING_FAMILIES, ...MAVEN_FAMILIES],
  companions: [],
  language: 'java',
})
