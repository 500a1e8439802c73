import { type CatalogRow, row } from './catalog-row.js'

/** Number systems and data representation as a freelance developer or embedded and network engineer works with it. */
export const NUMBER_SYSTEMS_ROW: CatalogRow = row(
  'number-systems',
  'Number systems and data representation',
  'Technology & IT',
  4,
  10,
  [
    ['nsysBases', 20],
    ['nsysSigned', 20],
    ['nsysBits', 20],
    ['nsysBytes', 20],
    ['nsysFloat', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance developer or embedded and network engineer reads and writes numbers in the ' +
      'representations machines use: they read register maps and hex dumps, decode file headers ' +
      'and packet fields, set and test flags in driver code, encode text for APIs and databases, ' +
      'and check sensor and DSP values against their datasheets. Bases and conversions: binary, ' +
      'octal, hex, BCD and decimal, place values, digit and nibble order, hex address arithmetic ' +
      'and inclusive address ranges, colour codes and memory sizes: 20 %. Signed integers and ' +
      'overflow: two’s complement against unsigned, sign-magnitude and offset-binary readings, ' +
      'sign extension of narrow fields, field ranges, and wraparound in 8-, 16- and 32-bit ' +
      'arithmetic, timers and sequence numbers: 20 %. Bitwise operations and masks: AND, OR, ' +
      'XOR and NOT on registers, setting, clearing and toggling flags, building masks, ' +
      'extracting and inserting bit fields, logical and arithmetic shifts, Unix permission bits ' +
      'and umasks, netmasks, alignment and byte checksums: 20 %. Byte order and encodings: big- ' +
      'and little-endian reads and writes of multi-byte fields in dumps and packets, UTF-8 and ' +
      'UTF-16 encodings and lengths, surrogate pairs, percent-encoding and Base64 lengths: 20 %. ' +
      'Floating point and fixed point: IEEE 754 binary16, binary32 and binary64 fields and ' +
      'biases, special bit patterns, exactly representable integers and fractions, float ' +
      'spacing, Q-format scaling and multiplication, and integer division and truncation as C ' +
      'and Python define them: 20 %. Every item states the format, byte order, encoding rule or ' +
      'language rule its key depends on. Not tested: a particular processor’s instruction set, ' +
      'memorising character tables or protocol layouts, a particular debugger or hex editor, ' +
      'and floating-point error analysis beyond one operation. A 25-item form gives each of the ' +
      'five domains five items.',
    scoredItems: 25,
  },
)
