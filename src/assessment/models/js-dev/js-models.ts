import { scenarioModel } from '../scenario/scenario-model.js'
import { ASYNC_FAMILIES } from './async-families.js'
import { CLASS_FAMILIES } from './class-families.js'
import { DATA_FAMILIES } from './data-families.js'
import type { JsFamily } from './probe.js'
import { SCOPE_FAMILIES } from './scope-families.js'
import { VALUE_FAMILIES } from './value-families.js'
import { WEB_FAMILIES } from './web-families.js'

/** Every JavaScript model's families by model id, for the test that runs each option in Node. */
export const JS_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly JsFamily[]> = new Map([
  ['js-dev-values', VALUE_FAMILIES],
  ['js-dev-scope', SCOPE_FAMILIES],
  ['js-dev-async', ASYNC_FAMILIES],
  ['js-dev-data', DATA_FAMILIES],
  ['js-dev-classes', CLASS_FAMILIES],
  ['js-dev-web', WEB_FAMILIES],
])

export const jsValuesModel = scenarioModel({
  id: 'js-dev-values',
  title: 'JavaScript: equality, coercion, numbers and dates',
  families: VALUE_FAMILIES,
  aimKeyPlaces: true,
})

export const jsScopeModel = scenarioModel({
  id: 'js-dev-scope',
  title: 'JavaScript: scope, hoisting, closures and this',
  families: SCOPE_FAMILIES,
  aimKeyPlaces: true,
})

export const jsAsyncModel = scenarioModel({
  id: 'js-dev-async',
  title: 'JavaScript: promises, async functions and the event loop',
  families: ASYNC_FAMILIES,
  aimKeyPlaces: true,
})

export const jsDataModel = scenarioModel({
  id: 'js-dev-data',
  title: 'JavaScript: arrays, objects, copies and JSON',
  families: DATA_FAMILIES,
  aimKeyPlaces: true,
})

export const jsClassesModel = scenarioModel({
  id: 'js-dev-classes',
  title: 'JavaScript: classes, prototypes and errors',
  families: CLASS_FAMILIES,
  aimKeyPlaces: true,
})

export const jsWebModel = scenarioModel({
  id: 'js-dev-web',
  title: 'JavaScript: events, URLs, fetch responses and web platform APIs',
  families: WEB_FAMILIES,
  aimKeyPlaces: true,
})

/** The JavaScript programming test's item models, one per blueprint domain. */
export const JS_DEV_MODELS = [
  jsValuesModel,
  jsScopeModel,
  jsAsyncModel,
  jsDataModel,
  jsClassesModel,
  jsWebModel,
] as const
