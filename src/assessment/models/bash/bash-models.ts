import { scenarioModel } from '../scenario/scenario-model.js'
import { FILES_FAMILIES } from './files-families.js'
import { FUNCTIONS_FAMILIES } from './functions-families.js'
import { PARAMS_FAMILIES } from './params-families.js'
import type { BashFamily } from './probe.js'
import { QUOTING_FAMILIES } from './quoting-families.js'
import { STATUS_FAMILIES } from './status-families.js'

/** Every bash-scripting model's families by model id, for the test that runs each option in bash. */
export const BASH_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly BashFamily[]> = new Map([
  ['bashs-quoting', QUOTING_FAMILIES],
  ['bashs-params', PARAMS_FAMILIES],
  ['bashs-status', STATUS_FAMILIES],
  ['bashs-files', FILES_FAMILIES],
  ['bashs-functions', FUNCTIONS_FAMILIES],
])

export const bashQuotingModel = scenarioModel({
  id: 'bashs-quoting',
  title: 'Bash scripting: quoting, word splitting and expansions',
  families: QUOTING_FAMILIES,
})

export const bashParamsModel = scenarioModel({
  id: 'bashs-params',
  title: 'Bash scripting: variables, parameter expansion and arrays',
  families: PARAMS_FAMILIES,
})

export const bashStatusModel = scenarioModel({
  id: 'bashs-status',
  title: 'Bash scripting: exit status, tests and strict mode',
  families: STATUS_FAMILIES,
})

export const bashFilesModel = scenarioModel({
  id: 'bashs-files',
  title: 'Bash scripting: loops over files and input, redirection and here-documents',
  families: FILES_FAMILIES,
  aimKeyPlaces: true,
})

export const bashFunctionsModel = scenarioModel({
  id: 'bashs-functions',
  title: 'Bash scripting: functions, scope, traps and cleanup',
  families: FUNCTIONS_FAMILIES,
})

/** The bash-scripting test's item models, one per blueprint domain. */
export const BASH_SCRIPTING_MODELS = [
  bashQuotingModel,
  bashParamsModel,
  bashStatusModel,
  bashFilesModel,
  bashFunctionsModel,
] as const
