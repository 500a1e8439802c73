import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the Android development test, spread into the domain library. */
export const ANDROID_DOMAINS = {
  androidLifecycle: {
    id: 'android-lifecycle',
    title: 'Activity and fragment lifecycle, saved state and intents',
    itemModelIds: ['android-lifecycle'],
    outcome:
      'Predict lifecycle callbacks on rotation, Back and process death, keep state in the right owner and start components with the right intent',
  },
  androidCompose: {
    id: 'android-compose',
    title: 'Jetpack Compose state and side effects',
    itemModelIds: ['android-compose'],
    outcome:
      'Hold, hoist and save Compose state correctly and pick the side-effect API that fits the job',
  },
  androidPermissions: {
    id: 'android-permissions',
    title: 'Permissions, privacy and exported components',
    itemModelIds: ['android-permissions'],
    outcome:
      'Request install-time and runtime permissions by API level, use scoped storage and expose components and PendingIntents safely',
  },
  androidBackgroundData: {
    id: 'android-background-data',
    title: 'Background work, coroutines and local data',
    itemModelIds: ['android-background-data'],
    outcome:
      'Schedule work with WorkManager, choose coroutine scopes and dispatchers, meet foreground service rules and store data with Room and DataStore',
  },
  androidKotlin: {
    id: 'android-kotlin',
    title: 'The Kotlin language',
    itemModelIds: ['android-kotlin'],
    outcome:
      'Apply Kotlin null safety, data and sealed classes, exhaustive when, scope functions and property initialisation',
  },
  androidRelease: {
    id: 'android-release',
    title: 'Release builds and Google Play',
    itemModelIds: ['android-release'],
    outcome:
      'Configure build types, flavours and R8, set version codes and SDK levels, and meet Google Play publishing rules',
  },
} as const satisfies Record<string, ModelDomain>
