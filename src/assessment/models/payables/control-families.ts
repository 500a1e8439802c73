import { VariantError } from '../assemble-variant.js'
import { client, family, money, vendor } from './ap-text.js'

/**
 * Vendor master data and the controls that stop payables fraud: verifying bank-detail changes
 * out of band, segregating duties, approval limits, split invoices, fictitious and duplicate
 * suppliers. The mistakes are the ones fraud reports keep finding: trusting the channel the
 * request came in on, one person holding two incompatible duties, limits read the wrong way.
 */
const CONTROL_FAMILIES_BASE = [
  family('bank-detail-change-callback', (rng) => {
    const v = vendor(rng)
    const how = rng.pick([
      'an email',
      'a letter on headed paper',
      'a PDF form attached to an email',
    ])
    return {
      stem: `${v} sends ${how} asking the client to pay future invoices into a new bank account, giving a phone number to confirm on. What does the AP clerk do before changing the vendor master?`,
      key: 'Call the supplier on the number already in the vendor file',
      wrong: [
        [
          'Call the number given in the request, since it is the supplier’s newest contact and confirms the change',
          'verifies through a channel the fraudster controls',
        ],
        [
          'Change the details and send a small test payment first, then pay the invoices once the test arrives',
          'tests that the new account works, not who owns it',
        ],
        [
          'Call the number given in the request to confirm',
          'verifies through a channel the fraudster controls',
        ],
        [
          'Reply to the email and ask the sender to confirm',
          'asks the requester to vouch for itself',
        ],
        [
          'Change the details and send a small test payment first',
          'tests that the new account works, not who owns it',
        ],
        [
          'Change the details because the request quotes a real invoice number',
          'trusts details a compromised mailbox would know',
        ],
      ],
    }
  }),
  family('incompatible-duties', (rng) => {
    // Custody, authorisation, recording and master-data upkeep kept apart (COSO 2013, principle 10).
    const conflict = rng.pick([
      'Maintaining the vendor master file and releasing supplier payments',
      'Entering supplier invoices and approving them for payment',
      'Raising purchase orders and recording the goods receipts against them',
      'Approving payment runs and reconciling the bank account',
    ])
    const fine = rng.shuffle([
      [
        'Entering supplier invoices and filing supplier statements',
        'sees a conflict between two recording tasks',
      ],
      [
        'Scanning incoming invoices and matching them to receipts',
        'sees a conflict between two steps of one clerk’s job',
      ],
      [
        'Preparing the AP aging report and answering supplier queries',
        'sees a conflict in two reporting tasks',
      ],
      [
        'Reconciling supplier statements and chasing missing credit notes',
        'sees a conflict in two follow-up tasks',
      ],
      [
        'Filing remittance advices and updating supplier contact names',
        'sees a conflict in two clerical tasks',
      ],
    ] as const)
    return {
      stem: `The finance team of ${client(rng)} is small and the owner asks which pair of duties must not sit with one person in accounts payable. Which pair is it?`,
      key: conflict,
      wrong: fine.slice(0, 4).map(([t, why]) => [t, why] as const),
    }
  }),
  family('approval-limit-matrix', (rng) => {
    const lo = rng.pick([100000, 250000])
    const hi = lo * rng.pick([4, 10])
    const m = money(rng)
    const amt = rng.pick([
      lo - rng.int(1, 90) * 100,
      lo,
      lo + rng.int(1, 90) * 100,
      hi,
      hi + rng.int(1, 90) * 1000,
    ])
    const LEVELS = [
      'The budget holder alone',
      'The budget holder and the finance manager',
      'The budget holder, the finance manager and a director',
    ] as const
    const level = amt < lo ? 0 : amt < hi ? 1 : 2
    return {
      stem: `The approval matrix: invoices below ${m(lo)} need the budget holder; from ${m(lo)} up to but not including ${m(hi)}, the budget holder and the finance manager; ${m(hi)} or more, also a director. Who must approve an invoice of ${m(amt)}?`,
      key: LEVELS[level]!,
      wrong: [
        ...LEVELS.flatMap((l, i) => {
          if (i === level) return []
          const why =
            i > level
              ? 'puts the invoice in a higher band than its amount'
              : amt === lo || amt === hi
                ? 'reads an inclusive threshold as exclusive'
                : 'puts the invoice in a lower band than its amount'
          return [[l, why] as const]
        }),
        ['The AP clerk who entered it', 'lets the person who keyed the invoice approve it'],
      ],
      figures: { lo, hi, amt },
    }
  }),
  family('split-invoices-below-limit', (rng) => {
    const limit = rng.pick([100000, 200000, 500000])
    const m = money(rng)
    const v = vendor(rng)
    const parts = [0, 1, 2].map(() => limit - rng.int(1, 40) * 500)
    return {
      stem: `Approval is needed above ${m(limit)}. In one afternoon ${v} submits three invoices for ${parts.map(m).join(', ')}, numbered consecutively, for the same job and cost centre. What does the clerk do?`,
      key: 'Treat them as one purchase and get the approval the total needs',
      wrong: [
        [
          'Pay each one, because each invoice on its own is below the approval limit the policy sets',
          'assesses a split purchase invoice by invoice',
        ],
        [
          'Ask the supplier to merge them into one invoice and then pay it without any further approval',
          'fixes the paperwork but skips the approval',
        ],
        [
          'Pay each one, as each is below the limit',
          'assesses a split purchase invoice by invoice',
        ],
        ['Pay the first and hold the other two as duplicates', 'reads a split as a duplicate'],
        [
          'Ask the supplier to combine them and then pay without approval',
          'fixes the paperwork but skips the approval',
        ],
        [
          'Reject all three and blacklist the supplier',
          'punishes the supplier without asking who ordered the split',
        ],
      ],
      figures: { limit, parts: parts.join(',') },
    }
  }),
  family('ghost-vendor-address', (rng) => {
    const staff = rng.pick(['14 Elm Row', '7 Kiln Lane', '22 Quay Street', '3 Mill Close'])
    const others = [
      'Unit 4, Harbour Park',
      '88 Commerce Way',
      'Suite 12, Bridge House',
      '5 Foundry Yard',
      '19 Station Road',
    ]
    const names = rng.shuffle([
      'Apex Facility Services',
      'Brightline Consulting',
      'Crestmoor Supplies',
      'Delta Office Care',
    ])
    const ghost = rng.int(0, 3)
    const addr = rng.shuffle(others)
    const rows = names.map((n, i) => `${n} at ${i === ghost ? staff : addr[i]}`)
    return {
      stem: `A vendor-master review compares supplier addresses with the payroll file. The AP supervisor lives at ${staff}. Suppliers: ${rows.join('; ')}. Which supplier needs investigating as a possible fictitious vendor?`,
      key: names[ghost]!,
      wrong: names
        .filter((_, i) => i !== ghost)
        .map((n) => [n, 'picks a supplier with no link to an employee'] as const),
      figures: { ghost },
    }
  }),
  family('iban-check-digits', (rng) => {
    const bank = rng.pick(['NWBK', 'BARC', 'LOYD', 'HBUK'])
    // Each option is a different supplier's account, so no option is an edit of another.
    const fresh = () => withCheck(`${bank}${rng.int(100000, 999999)}${rng.int(10000000, 99999999)}`)
    const valid = fresh()
    const swapOf = (iban: string) => {
      const at = rng.int(10, 19)
      if (iban[at] === iban[at + 1]) throw new VariantError('no swap to show')
      return iban.slice(0, at) + iban[at + 1] + iban[at] + iban.slice(at + 2)
    }
    const typoOf = (iban: string) => {
      const at = rng.int(12, 21)
      return (
        iban.slice(0, at) + String((Number(iban[at]) + rng.int(1, 8)) % 10) + iban.slice(at + 1)
      )
    }
    const checkOf = (iban: string) =>
      `${iban.slice(0, 2)}${String((Number(iban.slice(2, 4)) + rng.int(1, 9)) % 100).padStart(2, '0')}${iban.slice(4)}`
    return {
      stem: `Four suppliers send new bank details. The clerk checks each IBAN's check digits (ISO 13616: move the first four characters to the end, letters to numbers A=10 … Z=35, the result mod 97 must be 1) and its length (22 characters for a UK IBAN). Which IBAN passes?`,
      key: valid,
      wrong: [
        [swapOf(fresh()), 'accepts two transposed digits'],
        [typoOf(fresh()), 'accepts a mistyped digit'],
        [fresh().slice(0, -1), 'accepts an IBAN one character short'],
        [checkOf(fresh()), 'accepts wrong check digits'],
      ],
      figures: { valid },
    }
  }),
  family('ein-format', (rng) => {
    const a = rng.int(10, 99)
    const b = rng.int(1000000, 9999999)
    const ssn = `${rng.int(100, 899)}-${rng.int(10, 99)}-${rng.int(1000, 9999)}`
    return {
      stem: `A US supplier that is a corporation gives its employer identification number (EIN) on Form W-9. The IRS writes an EIN as nine digits in the form XX-XXXXXXX. Which entry has that form?`,
      key: `${a}-${b}`,
      wrong: [
        [`${a}-${b}0`, 'accepts ten digits with the hyphen'],
        [`${String(a)[0]}-${String(a)[1]}${b}`, 'accepts the hyphen after the first digit'],
        [ssn, 'takes an individual’s social security number format for an EIN'],
        [`${a}-${String(b).slice(0, 6)}`, 'accepts an eight-digit number'],
        [`${a}${b}0`, 'accepts ten digits without the hyphen'],
        [`GB${a}${b}`, 'accepts a UK VAT number for a US tax ID'],
      ],
    }
  }),
  family('dual-signature-count', (rng) => {
    const limit = rng.pick([500000, 1000000])
    const m = money(rng)
    const above = Array.from({ length: rng.int(2, 4) }, () => limit + rng.int(1, 900) * 100)
    const below = Array.from({ length: rng.int(1, 4) }, () => rng.int(10, 400) * 1000)
    const pays = rng.shuffle([limit, limit - rng.int(1, 50) * 100, ...above, ...below])
    const count = (f: (p: number) => boolean) => {
      const n = pays.filter(f).length
      return `${n} payment${n === 1 ? '' : 's'}`
    }
    return {
      stem: `Payments of ${m(limit)} or more need two authorised signatories. Today's run: ${pays.map(m).join(', ')}. How many payments need a second signatory?`,
      key: count((p) => p >= limit),
      wrong: [
        [count((p) => p > limit), 'treats the limit as exclusive'],
        [count(() => true), 'sends every payment for two signatures'],
        [count((p) => p < limit), 'counts the payments below the limit'],
        [count((p) => p >= limit * 2), 'reads two signatories as a limit of twice the amount'],
        [count((p) => p === limit), 'counts only the payment exactly at the limit'],
        [count((p) => p <= limit), 'counts the payments up to and including the limit'],
        [count((p) => p > limit / 2), 'halves the limit, as if each signatory had one'],
        [count((p) => p >= limit - 5000), 'rounds the payment just under the limit up to it'],
        [
          `${2 * pays.filter((p) => p >= limit).length} payments`,
          'counts the signatures needed, two a payment, not the payments',
        ],
      ],
      figures: { limit, pays: pays.join(',') },
    }
  }),
  family('duplicate-vendor-records', (rng) => {
    const base = rng.pick(['Northwind Supplies Ltd', 'Kestrel Office Ltd', 'Alder Print Co'])
    const tax = `${rng.int(100, 999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)}`
    const other = () => `${rng.int(100, 999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)}`
    const alias = base.replace('Ltd', 'Limited').replace(' Co', ' Company')
    return {
      stem: `The vendor master holds "${base}", VAT number ${tax}. Policy: records with the same VAT number are one supplier whatever the spelling of the name; a different VAT number is a different legal entity. Which new record should the clerk stop as a duplicate before it is created?`,
      key: `"${alias.toUpperCase()}", VAT number ${tax}`,
      wrong: [
        [
          `"${base.toUpperCase()}", VAT number ${other()}`,
          'matches the name in capitals though the VAT number differs',
        ],
        [
          `"${base.replace(/ (Ltd|Co)$/, ' (Scotland) $1')}", VAT number ${other()}`,
          'matches a sister company by its name',
        ],
        [
          `"${base.split(' ')[0]} Logistics Ltd", VAT number ${other()}`,
          'matches on the first word of the name',
        ],
        [
          `"${base.split(' ').slice(0, 2).join(' ')} Group plc", VAT number ${other()}`,
          'matches a parent company by its name',
        ],
        [`"Meridian Packaging", VAT number ${other()}`, 'stops an unrelated supplier'],
      ],
    }
  }),
  family('vendor-change-log-reviewer', (rng) => {
    const who = client(rng)
    return {
      stem: `${who[0]!.toUpperCase()}${who.slice(1)} produces a monthly report of every change to supplier bank details and addresses. Who should review it and tie each change to its supporting evidence?`,
      key: 'A manager who cannot edit the vendor master',
      wrong: [
        [
          'The clerk who made the changes, who knows the supporting documents best and can find them fastest',
          'lets the person who made the changes check them',
        ],
        [
          'No one: the system already logs every change with the user and the time, which is the control',
          'takes a log for a review',
        ],
        ['The clerk who made the changes', 'lets the person who made the changes check them'],
        ['The suppliers whose details changed', 'hands a control to outsiders'],
        ['No one, as the system logs every change', 'takes a log for a review'],
      ],
    }
  }),
  family('fictitious-goods-control', (rng) => {
    return {
      stem: `An employee could send the client fake invoices in the name of a real supplier, ${vendor(rng)}, for goods that were never delivered. Which AP control is designed to stop such an invoice being paid?`,
      key: 'A three-way match to an independently recorded goods receipt',
      wrong: [
        [
          'A duplicate-invoice check on supplier, invoice number and amount before each payment run',
          'stops second copies, not first fakes',
        ],
        [
          'A check that every invoice line multiplies out and the VAT and total are arithmetically right',
          'checks arithmetic, not whether the goods exist',
        ],
        [
          'A check that the invoice total adds up',
          'checks arithmetic, not whether the goods exist',
        ],
        ['A duplicate-invoice check on number and amount', 'stops second copies, not first fakes'],
        ['Paying only on the due date', 'controls timing, not validity'],
        ['Sending remittance advices by email', 'notifies after the money has gone'],
      ],
    }
  }),
  family('urgent-payment-request', (rng) => {
    const who = rng.pick(['the managing director', 'the owner', 'the finance director'])
    const m = money(rng)
    return {
      stem: `An email apparently from ${who}, who is travelling, tells the AP clerk to pay ${m(rng.int(50, 400) * 10000)} today to a new supplier for a confidential deal and not to discuss it. What does the clerk do?`,
      key: `Call ${who} on a known number before paying`,
      wrong: [
        [
          'Pay it today as instructed, since a director’s instruction outranks the usual approval process',
          'lets seniority override the control',
        ],
        [
          'Reply to the email asking the sender to confirm the instruction in writing before paying it',
          'verifies through the channel the fraudster controls',
        ],
        [
          'Pay it, since the sender outranks the approval process',
          'lets seniority override the control',
        ],
        [
          'Reply to the email asking for written confirmation',
          'verifies through the channel the fraudster controls',
        ],
        ['Set up the new supplier and pay half now', 'pays part of a request it has not verified'],
      ],
    }
  }),
  family('new-supplier-onboarding', (rng) => {
    return {
      stem: `${vendor(rng)} is to be added as a new supplier of ${client(rng)}. Which step belongs in onboarding before its first invoice is paid?`,
      key: 'Verify its tax number on an official register and its bank details with an independent contact',
      wrong: [
        [
          'Take its name, address, tax number and bank details from its first invoice as the master data',
          'takes master data from the document that needs checking',
        ],
        [
          'Let the buyer who chose the supplier enter its bank details, since the buyer knows the supplier',
          'lets purchasing control the payee record',
        ],
        [
          'Accept the details on its invoice template as the master data',
          'takes master data from the document that needs checking',
        ],
        [
          'Create the record when the first invoice is paid',
          'sets up the supplier after the money goes',
        ],
        [
          'Let the buyer who chose it enter its bank details',
          'lets purchasing control the payee record',
        ],
      ],
    }
  }),
  family('payment-file-edited-after-approval', (rng) => {
    return {
      stem: `After the finance manager approved today's payment run at ${client(rng)}, a clerk edited one payee's account number in the bank upload file before sending it. What should happen?`,
      key: 'Stop it: verify the change and approve the run again',
      wrong: [
        [
          'Send it, because the finance manager approved the run and one edit does not change the approval',
          'treats approval of a file as covering later edits',
        ],
        [
          'Send it and record the change in the payments log so that the month-end review can look at it',
          'records a change instead of controlling it',
        ],
        ['Send it, as the run was approved', 'treats approval of a file as covering later edits'],
        [
          'Send it and note the change in the payments log',
          'records a change instead of controlling it',
        ],
        [
          'Delete that payment and send the rest without telling anyone',
          'hides an unauthorised change',
        ],
      ],
    }
  }),
  family('positive-pay-purpose', (rng) => {
    const bank = rng.pick(['the client’s bank', 'the business bank'])
    return {
      stem: `The client still pays some suppliers by cheque, and ${bank} offers positive pay. What does the service do?`,
      key: 'The bank pays only the cheques that match the issue file the client sent it',
      wrong: [
        [
          'The bank checks that the supplier’s account name matches the payee name before each transfer',
          'confuses it with payee-name checking',
        ],
        [
          'The bank pays interest on the account as long as the balance stays positive through the month',
          'reads the name as a savings feature',
        ],
        [
          'The bank confirms the supplier’s account name before a transfer',
          'confuses it with payee-name checking',
        ],
        [
          'The bank pays the cheques in the order they were written',
          'describes cheque clearing, not a control',
        ],
        [
          'The bank credits interest on balances kept positive',
          'reads the name as a savings feature',
        ],
      ],
    }
  }),
]

/** `body` (bank code and account, without country or check digits) as a UK IBAN. */
function withCheck(body: string): string {
  const digits = `${body}GB00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let rest = 0
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97
  return `GB${String(98 - rest).padStart(2, '0')}${body}`
}

/** A payee-name check on a new bank account before the first payment. */
const PAYEE_CHECK_FAMILIES = [
  family('confirmation-of-payee-close-match', (rng) => {
    const v = vendor(rng)
    const result = rng.pick([
      'a close match, suggesting a slightly different account name',
      'no match',
    ])
    // Only a close match returns a name; after no match the same mistake is editing the name
    // until the warning goes.
    const close = result.startsWith('a close')
    const adopt = close
      ? 'adopts the name the warning came from'
      : 'edits the name until the warning goes'
    return {
      stem: `Before the first payment to ${v}'s newly added account, the client's UK bank runs Confirmation of Payee and returns ${result}. What does the clerk do?`,
      key: 'Hold it and confirm the account on a contact already on file',
      wrong: [
        [
          'Pay it, since the sort code and the account number are valid and the bank has accepted them',
          'trusts a valid account format over a name warning',
        ],
        [
          close
            ? 'Change the payee name in the vendor master to the one the bank returned, then make the payment'
            : 'Try other spellings of the payee name in the vendor master until the check passes, then pay',
          adopt,
        ],
        [
          'Pay, since the sort code and account number are valid',
          'trusts a valid account format over a name warning',
        ],
        [
          close
            ? 'Change the payee name to the one the bank returned and pay'
            : 'Retry other payee names until one matches and pay',
          adopt,
        ],
        [
          'Pay a small amount and release the rest if it arrives',
          'tests delivery, not ownership of the account',
        ],
      ],
    }
  }),
]

/** Every family of the domain. */
export const CONTROL_FAMILIES = [...CONTROL_FAMILIES_BASE, ...PAYEE_CHECK_FAMILIES]
