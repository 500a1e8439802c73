import type { ModelDomain } from './model-domains.js'

/** The number systems test's domains, each served by one scenario model of its own families. */
export const NSYS_DOMAINS = {
  nsysBases: {
    id: 'nsys-bases',
    title: 'Bases and conversions',
    itemModelIds: ['nsys-bases'],
    outcome:
      'Convert values between binary, octal, hex, BCD and decimal as registers, dumps and colour codes show them, with place values, digit order and inclusive ranges right',
  },
  nsysSigned: {
    id: 'nsys-signed',
    title: 'Signed integers and overflow',
    itemModelIds: ['nsys-signed'],
    outcome:
      'Read the same bits as unsigned or two’s complement, sign-extend narrow fields, and predict wraparound in fixed-width arithmetic',
  },
  nsysBits: {
    id: 'nsys-bits',
    title: 'Bitwise operations and masks',
    itemModelIds: ['nsys-bits'],
    outcome:
      'Set, clear, toggle and test flags, build masks, extract and insert bit fields, shift, and work permission bits and byte checksums',
  },
  nsysBytes: {
    id: 'nsys-bytes',
    title: 'Byte order and text encodings',
    itemModelIds: ['nsys-bytes'],
    outcome:
      'Read and write multi-byte fields in big- or little-endian order, and count and encode text in UTF-8, UTF-16 and Base64',
  },
  nsysFloat: {
    id: 'nsys-float',
    title: 'Floating point and fixed point',
    itemModelIds: ['nsys-float'],
    outcome:
      'Decode and encode IEEE 754 fields, know which integers and fractions a format holds exactly, scale Q-format values, and apply integer division as the language defines it',
  },
} as const satisfies Record<string, ModelDomain>
