import { scenarioModel } from '../scenario/scenario-model.js'
import { CLASS_FAMILIES } from './class-families.js'
import { COLLECTION_FAMILIES } from './collection-families.js'
import { CORE_FAMILIES } from './core-families.js'
import { FUNCTION_FAMILIES } from './function-families.js'
import type { PyFamily } from './probe.js'
import { STDLIB_FAMILIES } from './stdlib-families.js'
import { STRING_FAMILIES } from './string-families.js'

/** Every Python model's families by model id, for the test that runs each option in Python. */
export const PY_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly PyFamily[]> = new Map([
  ['py-dev-core', CORE_FAMILIES],
  ['py-dev-collections', COLLECTION_FAMILIES],
  ['py-dev-strings', STRING_FAMILIES],
  ['py-dev-functions', FUNCTION_FAMILIES],
  ['py-dev-classes', CLASS_FAMILIES],
  ['py-dev-stdlib', STDLIB_FAMILIES],
])

export const pyCoreModel = scenarioModel({
  id: 'py-dev-core',
  title: 'Python: names, mutability, truthiness, scope and closures',
  families: CORE_FAMILIES,
  aimKeyPlaces: true,
})

export const pyCollectionsModel = scenarioModel({
  id: 'py-dev-collections',
  title: 'Python: lists, dicts, sets and comprehensions',
  families: COLLECTION_FAMILIES,
  aimKeyPlaces: true,
})

export const pyStringsModel = scenarioModel({
  id: 'py-dev-strings',
  title: 'Python: strings, bytes and formatting',
  families: STRING_FAMILIES,
  aimKeyPlaces: true,
})

export const pyFunctionsModel = scenarioModel({
  id: 'py-dev-functions',
  title: 'Python: arguments, defaults, generators and decorators',
  families: FUNCTION_FAMILIES,
  aimKeyPlaces: true,
})

export const pyClassesModel = scenarioModel({
  id: 'py-dev-classes',
  title: 'Python: classes, dunder methods, context managers and exceptions',
  families: CLASS_FAMILIES,
  aimKeyPlaces: true,
})

export const pyStdlibModel = scenarioModel({
  id: 'py-dev-stdlib',
  title: 'Python: standard library, packaging and pytest',
  families: STDLIB_FAMILIES,
  aimKeyPlaces: true,
})

/** The Python test's item models, one per blueprint domain. */
export const PYTHON_MODELS = [
  pyCoreModel,
  pyCollectionsModel,
  pyStringsModel,
  pyFunctionsModel,
  pyClassesModel,
  pyStdlibModel,
] as const
