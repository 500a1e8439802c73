import type { ModelDomain } from './model-domains.js'

/** The Python programming test's domains, each served by one scenario model of its own families. */
export const PYTHON_DOMAINS = {
  pyCore: {
    id: 'python-core',
    title: 'Names, mutability, truthiness, scope and closures',
    itemModelIds: ['py-dev-core'],
    outcome:
      'Predict what code does with shared and copied objects, truth values, integer and float arithmetic, scopes and closures',
  },
  pyCollections: {
    id: 'python-collections',
    title: 'Lists, dicts, sets and comprehensions',
    itemModelIds: ['py-dev-collections'],
    outcome:
      'Count, group, slice, sort, merge and unpack data with lists, dicts, sets, tuples and comprehensions',
  },
  pyStrings: {
    id: 'python-strings',
    title: 'Strings, bytes and formatting',
    itemModelIds: ['py-dev-strings'],
    outcome:
      'Parse, split, strip and format text and numbers, and handle encodings and bytes without corrupting data',
  },
  pyFunctions: {
    id: 'python-functions',
    title: 'Functions, arguments, generators and decorators',
    itemModelIds: ['py-dev-functions'],
    outcome:
      'Write and call functions with defaults, *args and **kwargs, keyword-only parameters, generators and decorators',
  },
  pyClasses: {
    id: 'python-classes',
    title: 'Classes, dunder methods and exceptions',
    itemModelIds: ['py-dev-classes'],
    outcome:
      'Use class and instance attributes, inheritance and super, dunder methods, properties, context managers and exception handling correctly',
  },
  pyStdlib: {
    id: 'python-stdlib',
    title: 'Standard library, packaging and pytest',
    itemModelIds: ['py-dev-stdlib'],
    outcome:
      'Use itertools, collections, datetime, pathlib, json, csv, decimal, logging, argparse and re, read pip version specifiers and write pytest checks',
  },
} as const satisfies Record<string, ModelDomain>
