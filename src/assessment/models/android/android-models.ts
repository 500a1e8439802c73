import { editingModel } from '../editing/editing-model.js'
import { BACKGROUND_DATA_FAMILIES } from './background-data-families.js'
import { COMPOSE_FAMILIES } from './compose-families.js'
import { KOTLIN_FAMILIES } from './kotlin-families.js'
import { LIFECYCLE_FAMILIES } from './lifecycle-families.js'
import { PERMISSION_FAMILIES } from './permission-families.js'
import { RELEASE_FAMILIES } from './release-families.js'

/** Every Android development family, for the test that checks their sources and options. */
export const ANDROID_FAMILIES = [
  ...LIFECYCLE_FAMILIES,
  ...COMPOSE_FAMILIES,
  ...PERMISSION_FAMILIES,
  ...BACKGROUND_DATA_FAMILIES,
  ...KOTLIN_FAMILIES,
  ...RELEASE_FAMILIES,
]

// Each stem asks its own question (naming the API level, library or Kotlin version its key
// depends on) and the options are whole answers, so no companion sentence is drawn.
export const androidLifecycleModel = editingModel({
  id: 'android-lifecycle',
  title: 'Android: activity and fragment lifecycle, saved state and intents',
  families: LIFECYCLE_FAMILIES,
  companions: [],
})

export const androidComposeModel = editingModel({
  id: 'android-compose',
  title: 'Android: Jetpack Compose state and side effects',
  families: COMPOSE_FAMILIES,
  companions: [],
})

export const androidPermissionsModel = editingModel({
  id: 'android-permissions',
  title: 'Android: permissions, privacy and exported components',
  families: PERMISSION_FAMILIES,
  companions: [],
})

export const androidBackgroundDataModel = editingModel({
  id: 'android-background-data',
  title: 'Android: background work, coroutines, Room and DataStore',
  families: BACKGROUND_DATA_FAMILIES,
  companions: [],
})

export const androidKotlinModel = editingModel({
  id: 'android-kotlin',
  title: 'Android: the Kotlin language',
  families: KOTLIN_FAMILIES,
  companions: [],
})

export const androidReleaseModel = editingModel({
  id: 'android-release',
  title: 'Android: release builds, R8 and Google Play rules',
  families: RELEASE_FAMILIES,
  companions: [],
})
