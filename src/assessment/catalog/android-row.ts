import { row } from './catalog-row.js'

/**
 * Android development as clients hire a freelancer for it: building or extending a Kotlin app
 * and shipping it on Google Play. Keys are read from the official Android and Kotlin
 * documentation (each family names its page), and every rule that changed between Android
 * versions names the API level in its stem.
 */
export const ANDROID_ROW = row(
  'android-development',
  'Android development',
  'Technology & IT',
  5,
  40,
  [
    ['androidLifecycle', 20],
    ['androidCompose', 20],
    ['androidPermissions', 20],
    ['androidBackgroundData', 20],
    ['androidKotlin', 10],
    ['androidRelease', 10],
  ],
  {
    jobTaskAnalysis:
      'A freelance Android developer is hired to build a client’s app in Kotlin, or more often ' +
      'to fix and extend one, and to ship it on Google Play. The bugs clients bring most are ' +
      'lifecycle bugs: state lost on rotation or after process death, work done in the wrong ' +
      'callback, fragments leaking views, intents that crash or start the wrong component ' +
      '(20 %). New screens are written in Jetpack Compose, where the work is holding and ' +
      'hoisting state and choosing the right effect API so nothing runs twice or leaks (20 %). ' +
      'Every release has to pass the current platform’s privacy rules: runtime and install-time ' +
      'permissions, notification and location permissions, scoped storage, exported components ' +
      'and PendingIntent mutability, each tied to the API level that introduced it (20 %). ' +
      'Uploads, syncs and database work run in the background: WorkManager, coroutine scopes ' +
      'and dispatchers, foreground service rules, Room with its migrations, and DataStore (20 %). ' +
      'All of it is written in Kotlin, whose null safety, data and sealed classes and scope ' +
      'functions a reviewer checks in every pull request (10 %). Finally the freelancer hands ' +
      'over a release build: build types and flavours, R8, version codes, SDK levels and the ' +
      'Play rules in force (10 %). XML layouts and the View system beyond fragments, networking ' +
      'libraries, dependency injection frameworks, testing tools, UI design and Play Console ' +
      'store listings vary by client or are separate tests, so they are not tested; every key ' +
      'follows the official documentation page its family cites.',
  },
)
