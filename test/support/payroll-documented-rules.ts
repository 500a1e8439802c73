// Documented payroll rules, each with its source: the key test checks that every practice
// family's key says what the rule says, and that no distractor does.

/** Family id → the source of its rule and a pattern only the rule's answer matches. */
export const PAYROLL_PRACTICE_RULES: Record<string, readonly [source: string, answer: RegExp]> = {
  'workweek-is-a-fixed-168-hours': [
    '29 CFR 778.105: a fixed and regularly recurring period of 168 hours, seven consecutive 24-hour periods',
    /[Ss]even( consecutive)? 24-hour|168 hours/,
  ],
  'promised-bonus-is-nondiscretionary': [
    '29 CFR 778.211(c): bonuses announced to induce steady or efficient work are not discretionary',
    /^(It was promised in advance, so it is in|Include it: a promised|In the regular rate, as a non-discretionary)/,
  ],
  'holiday-gift-excluded-from-regular-rate': [
    '29 U.S.C. 207(e)(1); 29 CFR 778.212: gifts not measured by hours, production or efficiency are excluded',
    /^Exclude it(: a gift| from the regular rate as| ?; a gift like)/,
  ],
  'unauthorized-overtime-must-be-paid': [
    '29 CFR 785.11–785.13: work suffered or permitted is work time; management enforces rules, not by withholding pay',
    /^Pay the hours( at overtime| worked, overtime|: work suffered)/,
  ],
  'no-comp-time-in-private-sector': [
    '29 U.S.C. 207(o): compensatory time in lieu of overtime only for public agencies',
    /public|Not in the private sector/,
  ],
  'exempt-status-needs-duties-and-salary': [
    '29 CFR 541.2 and 541.600–.602: job titles do not decide; salary level, salary basis and duties tests',
    /duties|What the job does/,
  ],
  'traditional-401k-reduces-income-tax-wages-only': [
    'IRS Publication 15 (2026), section 5 “Deferred compensation” / 401(k): exempt from income tax withholding, subject to SS and Medicare',
    /^(Income tax wages, not Social|Income tax wages only; FICA still|It lowers income tax wages; FICA still)/,
  ],
  'section-125-premium-reduces-income-tax-and-fica': [
    'IRS Publication 15-B (2026), table 2-1, cafeteria plans (accident and health): exempt from income tax, SS, Medicare and FUTA',
    /^(It comes out before income tax, FICA and FUTA|Income tax, Social Security and Medicare wages|Income tax, FICA and FUTA wages are each reduced)$/,
  ],
  'roth-deferral-reduces-no-taxable-wages': [
    'IRS Publication 15 (2026), section 5: designated Roth contributions are included in wages for income tax and FICA',
    /^(None; Roth|Neither income tax nor FICA|No taxable wage goes down)/,
  ],
  'group-term-life-over-50000-is-fica-wages': [
    'IRS Publication 15-B (2026), “Group-Term Life Insurance Coverage”: cost over $50,000 subject to SS and Medicare; income tax withholding not required',
    /^(Wages subject to Social Security and Medicare|Social Security and Medicare wages|FICA wages; income tax withholding optional)$/,
  ],
  'after-tax-deductions-do-not-reduce-wages': [
    'IRS Publication 15 (2026), section 5: wages are figured before after-tax deductions such as union dues',
    /^(Taxes are worked before them|No taxable wage; they come out after tax|None; they come out after taxes|They reduce none: income tax, Social Security and Medicare wages stay the same|They reduce neither income tax nor FICA wages)/,
  ],
  'disposable-earnings-for-garnishment': [
    '15 U.S.C. 1672(b): disposable earnings are earnings less amounts required by law to be withheld',
    /law requires|Legally required/,
  ],
  'additional-medicare-ignores-filing-status': [
    'IRS Publication 15 (2026), section 9 “Additional Medicare Tax withholding”: withhold on wages over $200,000 regardless of filing status',
    /regardless|whatever the status|filing status is irrelevant/,
  ],
  'additional-medicare-has-no-employer-share': [
    'IRS Publication 15 (2026), section 9: there is no employer share of Additional Medicare Tax',
    /^(Its regular 1\.45 %|No match; it pays only|Nothing beyond its own 1\.45 %)/,
  ],
  'wage-base-applies-per-employer': [
    'IRS Publication 15 (2026), section 9 “Successor employer” and Pub 505: each employer applies the wage base to its own wages',
    /^(Start Social Security again|Withhold as usual|Withhold from the first dollar)/,
  ],
  'supplemental-flat-rate-conditions': [
    'IRS Publication 15 (2026), section 7: optional flat rate if income tax was withheld from regular wages and the supplemental wages are separately identified',
    /^(Bonus separately identified, regular|Regular wages had withholding; bonus|Tax withheld from regular pay; bonus)/,
  ],
  'mandatory-37-percent-over-one-million': [
    'IRS Publication 15 (2026), section 7: supplemental wages over $1 million withheld at 37 % regardless of Form W-4',
    /^(The mandatory 37 %|A required 37 %|37 %, required)/,
  ],
  'no-form-w4-means-single-no-adjustments': [
    'IRS Publication 15 (2026), section 9: without a Form W-4, withhold as single or married filing separately with no other entries',
    /^(As single or married filing separately|Single, with no entries|Single or MFS)/,
  ],
  'exempt-form-w4-expires-february-15': [
    'IRS Publication 15 (2026), section 9 “Exemption from federal income tax withholding”: new Form W-4 by February 15',
    /February 15/,
  ],
  'new-form-w4-effective-date': [
    'IRS Publication 15 (2026), section 9: put a new Form W-4 into effect by the start of the first payroll period ending on or after the 30th day',
    /day 30|30 or more days after receipt/,
  ],
  'tips-reported-by-the-tenth': [
    'IRS Publication 15 (2026), section 6: tips of $20 or more in a month reported by the 10th of the next month',
    /\$20 or more/,
  ],
  'entry-recording-gross-and-withholdings': [
    'Payroll double entry: Dr wages expense (gross), Cr withholding liabilities and cash (net)',
    /^(Debit wages expense for gross; credit withholdings payable and cash|Dr Wages expense \(gross\); Cr withholdings payable, Cr Cash \(net\)|Wages expense debited at gross; withholdings payable and cash credited)$/,
  ],
  'entry-recording-employer-taxes': [
    'Payroll double entry: Dr payroll tax expense, Cr each employer tax liability',
    /^(Debit payroll tax expense; credit FICA|Dr Payroll tax expense; Cr FICA|Payroll tax expense debited; each tax payable credited)/,
  ],
  'entry-remitting-withheld-taxes': [
    'Payroll double entry: remittance Dr tax liabilities, Cr cash',
    /^(The payable accounts are debited and cash credited|Dr income tax and FICA payable; Cr Cash|Debit the tax payables; credit cash)/,
  ],
  'withheld-fica-is-not-employer-expense': [
    'IRS Publication 15 (2026), section 9 (employee tax withheld and held in trust) and payroll double entry: withheld tax is part of wages and a liability',
    /liability|a payable/,
  ],
  'reversing-a-wage-accrual': [
    'Accrual accounting: reversing entries at the start of the next period prevent double counting',
    /^(Post a reversing entry|Reverse the month-end accrual when|Reverse the accrual on the first day)/,
  ],
  'remitting-401k-deferrals': [
    'Payroll double entry: remitting deferrals Dr 401(k) payable, Cr cash; 29 CFR 2510.3-102 on plan assets held by the employer',
    /^(The 401\(k\) payable is debited and cash credited|Debit 401\(k\) deferrals payable; credit cash|Dr 401\(k\) deferrals payable; Cr Cash)/,
  ],
  'paying-net-pay-from-wages-payable': [
    'Payroll double entry: paying a recorded payable Dr wages payable, Cr cash',
    /^(Dr Wages payable; Cr Cash, for the net|Wages payable debited and cash credited at net|Debit wages payable; credit cash for net)/,
  ],
  'next-day-deposit-at-100000': [
    'IRS Publication 15 (2026), section 11 “$100,000 Next-Day Deposit Rule”',
    /[Nn]ext business day/,
  ],
  'lookback-period-for-2026': [
    'IRS Publication 15 (2026), section 11 “Lookback period”: July 1, 2024, through June 30, 2025',
    /July (1, )?2024 (through|to) June (30, )?2025/,
  ],
  'monthly-depositor-threshold': [
    'IRS Publication 15 (2026), section 11: monthly if lookback taxes were $50,000 or less',
    /^(The monthly schedule|Monthly)/,
  ],
  'small-liability-paid-with-return': [
    'IRS Publication 15 (2026), section 11 “Accumulated tax liability of less than $2,500”',
    /\$2,500/,
  ],
  'form-940-due-january-31': [
    'Instructions for Form 940 (2026): due January 31, or February 10 if all FUTA was deposited on time',
    /January 31.*February 10/,
  ],
  'forms-w2-due-january-31': [
    'General Instructions for Forms W-2 and W-3 (2026): furnish to employees and file with SSA by January 31',
    /^(By January 31 for employees and for SSA|January 31 of the next year, to each of them|January 31 next year, for employees and SSA)$/,
  ],
  'keep-employment-tax-records-four-years': [
    'IRS Publication 15 (2026), section 2 “Recordkeeping”: at least 4 years',
    /[Ff]our years from the later|4 years after/,
  ],
  'common-law-control-makes-an-employee': [
    'IRS Publication 15-A (2026), section 2 “Common-Law Employees”: right to direct and control makes an employee',
    /^(As an employee: the business|On payroll, since|As an employee; control)/,
  ],
  'form-ss8-for-status-determination': ['Form SS-8 and its instructions', /SS-8/],
  'trust-fund-recovery-penalty': [
    'IRC 6672; IRS Publication 15 (2026), section 11 “Trust fund recovery penalty”',
    /[Rr]esponsible/,
  ],
  'form-941x-corrects-a-filed-941': [
    'Instructions for Form 941-X: corrections to a filed Form 941',
    /^(Form 941-X, the adjusted return|An adjusted Form 941-X for the quarter|File Form 941-X for that quarter)$/,
  ],
  'form-w2c-corrects-a-w2': ['General Instructions for Forms W-2c and W-3c', /W-3c/],
  'new-hire-report-within-20-days': [
    '42 U.S.C. 653a(b)(2): report new hires to the State Directory of New Hires within 20 days',
    /20 days/,
  ],
  'form-w4-kept-by-employer': [
    'IRS Publication 15 (2026), section 9: do not send Forms W-4 to the IRS unless asked',
    /^(File it with payroll records; send it on request|Keep it on file; the IRS gets it only if asked|Keep it in the records unless the IRS asks)$/,
  ],
  'form-i9-proves-work-eligibility': [
    'USCIS Form I-9 instructions: employers keep Form I-9, not filed with any agency',
    /Form I-9/,
  ],
  'deposits-by-electronic-funds-transfer': [
    'IRS Publication 15 (2026), section 11 “How To Deposit”: all deposits by electronic funds transfer (EFTPS)',
    /EFTPS|electronic funds transfer/,
  ],
}
