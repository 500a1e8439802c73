import { editingModel } from '../editing/editing-model.js'
import { PYTHON_DEBUGGING_FAMILIES } from './debugging-families.js'

/** Which version of a short function is correct: each wrong version a named Python misconception. */
export const pythonDebuggingModel = editingModel({
  id: 'py-debugging',
  title: 'Python: reading and fixing functions',
  families: PYTHON_DEBUGGING_FAMILIES,
  companions: [],
  stem: 'Which version of this Python 3 function does what its docstring says?',
  language: 'python',
})
