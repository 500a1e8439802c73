import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `legal-basics-freelancers` test (95 families),
 * each key checked against the article of the instrument its stem names (noted per family).
 * Faulty stems and one defensible distractor were fixed in place before the fingerprints were taken.
 */
export const LEGAL_BASICS_FREELANCERS_REVIEW: TestFamilyReview = {
  testId: 'legal-basics-freelancers',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-03',
  families: {
    'legal-late-payment/statutory-interest-margin': {
      verdict: 'ok',
      fingerprint: '4da0a94a874cc858',
      note: 'Art. 2(6): reference rate plus at least eight points; 2000/35/EC had seven.',
    },
    'legal-late-payment/statutory-rate-computed': {
      verdict: 'ok',
      fingerprint: 'e570edf8ead452f7',
      note: 'Art. 2(6): 2.15 + 8 = 10.15.',
    },
    'legal-late-payment/fixed-compensation-amount': {
      verdict: 'ok',
      fingerprint: 'a9e15b972883761b',
      note: 'Art. 6(1): a minimum fixed sum of EUR 40.',
    },
    'legal-late-payment/compensation-without-reminder': {
      verdict: 'ok',
      fingerprint: 'd29e725759152ae2',
      note: 'Art. 6(1) and 6(2): payable where interest becomes payable, without a reminder.',
    },
    'legal-late-payment/costs-beyond-fixed-sum': {
      verdict: 'ok',
      fingerprint: 'bc7f9be0c706e906',
      note: 'Art. 6(3): reasonable compensation for recovery costs exceeding the fixed sum.',
    },
    'legal-late-payment/default-period-no-date': {
      verdict: 'ok',
      fingerprint: 'b04a84861460a830',
      note: 'Art. 3(3)(b)(i) and (iii): stem now says the services arrived before the invoice, so the invoice-receipt limit is the only one that applies (before, (iii) could set a later start and "at the latest" was unsupported).',
    },
    'legal-late-payment/interest-from-contract-date': {
      verdict: 'ok',
      fingerprint: 'ed64c50d6835840c',
      note: 'Art. 3(3)(a): from the day after the contractual date or period.',
    },
    'legal-late-payment/b2b-sixty-days-agreed': {
      verdict: 'ok',
      fingerprint: '530e032ae61caf06',
      note: 'Art. 3(5). Distractor replaced: "Yes; any period the parties agree is allowed" also answered yes for this not-grossly-unfair term, so it was defensible; now a size condition.',
    },
    'legal-late-payment/public-authority-period': {
      verdict: 'ok',
      fingerprint: '27d0dab86cf14ccf',
      note: 'Art. 4(3)(a)(i): 30 calendar days after receipt of the invoice.',
    },
    'legal-late-payment/public-authority-extension-cap': {
      verdict: 'ok',
      fingerprint: '25d33603becead84',
      note: 'Art. 4(6): expressly agreed and objectively justified, never over 60 calendar days.',
    },
    'legal-late-payment/acceptance-procedure-limit': {
      verdict: 'ok',
      fingerprint: 'a72d6153a9123bd2',
      note: 'Art. 3(4): 30 calendar days from receipt, unless expressly agreed and not grossly unfair.',
    },
    'legal-late-payment/term-excluding-interest': {
      verdict: 'ok',
      fingerprint: 'de958e8a0829dd82',
      note: 'Art. 7(2): considered grossly unfair.',
    },
    'legal-late-payment/term-excluding-compensation': {
      verdict: 'ok',
      fingerprint: '531c45925ae5539f',
      note: 'Art. 7(3): presumed grossly unfair.',
    },
    'legal-late-payment/reference-rate-half-year': {
      verdict: 'ok',
      fingerprint: '9edc906232b24a7e',
      note: 'Art. 3(2)(b): rate in force on 1 July for the second semester. Stem now says the debt is paid in November, so interest does not run into a semester with another rate.',
    },
    'legal-late-payment/consumer-not-in-scope': {
      verdict: 'ok',
      fingerprint: '4d27dfa65a7c2826',
      note: 'Art. 1(2) and Art. 2(1): commercial transactions between undertakings or with public authorities.',
    },
    'legal-late-payment/instalments-interest': {
      verdict: 'ok',
      fingerprint: 'c1bf081f69e58988',
      note: 'Art. 5: interest and compensation calculated solely on the amounts overdue.',
    },
    'legal-late-payment/more-favourable-national-law': {
      verdict: 'ok',
      fingerprint: '11a5a26a60dc7413',
      note: 'Art. 12(3): Member States may maintain or bring in more favourable provisions.',
    },
    'legal-late-payment/creditor-must-have-performed': {
      verdict: 'ok',
      fingerprint: 'db87b52743350815',
      note: 'Art. 3(1)(a).',
    },
    'legal-gdpr/controller-definition': {
      verdict: 'ok',
      fingerprint: 'd422318362f5feb6',
      note: 'Art. 4(7).',
    },
    'legal-gdpr/freelancer-as-processor': {
      verdict: 'ok',
      fingerprint: 'eddf50ed3441e2fc',
      note: 'Art. 4(8): processes on behalf of the controller.',
    },
    'legal-gdpr/processor-written-contract': {
      verdict: 'ok',
      fingerprint: 'f7861d0c42249134',
      note: 'Art. 28(3) and 28(9).',
    },
    'legal-gdpr/processor-documented-instructions': {
      verdict: 'ok',
      fingerprint: '4715c37a2e1018fa',
      note: 'Art. 28(3)(a).',
    },
    'legal-gdpr/sub-processor-authorisation': {
      verdict: 'ok',
      fingerprint: '449e4a668e5530e9',
      note: 'Art. 28(2): prior specific or general written authorisation.',
    },
    'legal-gdpr/processor-end-of-contract': {
      verdict: 'ok',
      fingerprint: '5b7ce9409eaa3815',
      note: 'Art. 28(3)(g): deletes or returns, at the choice of the controller.',
    },
    'legal-gdpr/processor-confidentiality': {
      verdict: 'ok',
      fingerprint: 'ed747b2fb476a441',
      note: 'Art. 28(3)(b).',
    },
    'legal-gdpr/breach-notify-authority': {
      verdict: 'ok',
      fingerprint: '42991f83bcebe3a7',
      note: 'Art. 33(1): without undue delay and, where feasible, not later than 72 hours.',
    },
    'legal-gdpr/breach-processor-to-controller': {
      verdict: 'ok',
      fingerprint: '0be6eb0d30491fa3',
      note: 'Art. 33(2).',
    },
    'legal-gdpr/breach-no-risk-exemption': {
      verdict: 'ok',
      fingerprint: 'f65b260180e5925e',
      note: 'Art. 33(1): unless unlikely to result in a risk.',
    },
    'legal-gdpr/breach-tell-data-subjects': {
      verdict: 'ok',
      fingerprint: '2e282e6dbabd2b4d',
      note: 'Art. 34(1); the authority may require it under Art. 34(4), which the last distractor misreads as the only trigger.',
    },
    'legal-gdpr/breach-documented': {
      verdict: 'ok',
      fingerprint: '1cd4ebdc0bc0fed5',
      note: 'Art. 33(5): any personal data breach.',
    },
    'legal-gdpr/lawful-bases-count': {
      verdict: 'ok',
      fingerprint: 'd78ec3311c85d028',
      note: 'Art. 6(1)(a) to (f).',
    },
    'legal-gdpr/lawful-basis-contract': {
      verdict: 'ok',
      fingerprint: 'cac4d7cee05888fe',
      note: 'Art. 6(1)(b); the legal-obligation basis, 6(1)(c), is not among the options.',
    },
    'legal-gdpr/consent-withdrawal': {
      verdict: 'ok',
      fingerprint: 'b6ae04e1dea51773',
      note: 'Art. 7(3), last sentence.',
    },
    'legal-gdpr/consent-withdrawal-past-processing': {
      verdict: 'ok',
      fingerprint: '722d61d9daf55b3d',
      note: 'Art. 7(3), second sentence.',
    },
    'legal-gdpr/access-request-deadline': {
      verdict: 'ok',
      fingerprint: '7af77b8a6aada452',
      note: 'Art. 12(3).',
    },
    'legal-gdpr/access-request-fee': {
      verdict: 'ok',
      fingerprint: 'b726d23374ff20c5',
      note: 'Art. 15(3): a fee only for further copies. Stem now excludes manifestly unfounded or excessive requests, for which Art. 12(5)(a) allows a fee, so the key holds without exception.',
    },
    'legal-gdpr/special-category-health': {
      verdict: 'ok',
      fingerprint: '24a15551856e5fc9',
      note: 'Art. 9(1); an IP address is an online identifier under Art. 4(1), not special.',
    },
    'legal-gdpr/territorial-scope': {
      verdict: 'ok',
      fingerprint: '26d7ba3f6eb85010',
      note: 'Art. 3(2)(a).',
    },
    'legal-gdpr/fine-ceiling-upper-tier': {
      verdict: 'ok',
      fingerprint: '5e5c0afef3400755',
      note: 'Art. 83(5)(a): EUR 20 million or 4 %, whichever is higher.',
    },
    'legal-gdpr/processor-fine-tier': {
      verdict: 'ok',
      fingerprint: 'ec54780a394cbdb6',
      note: 'Art. 83(4)(a): obligations under Arts 25 to 39, Art. 28 included.',
    },
    'legal-gdpr/data-minimisation': {
      verdict: 'ok',
      fingerprint: '0fb80347530721df',
      note: 'Art. 5(1)(c).',
    },
    'legal-gdpr/right-to-object-direct-marketing': {
      verdict: 'ok',
      fingerprint: 'dc5360558824508f',
      note: 'Art. 21(3).',
    },
    'legal-vat-invoicing/b2b-place-of-supply': {
      verdict: 'ok',
      fingerprint: 'bdde40bb8f2f6d1d',
      note: 'Art. 44.',
    },
    'legal-vat-invoicing/reverse-charge-who-pays': {
      verdict: 'ok',
      fingerprint: '39360d82fd7c42ae',
      note: 'Art. 196.',
    },
    'legal-vat-invoicing/reverse-charge-mention': {
      verdict: 'ok',
      fingerprint: 'c4e77e74c1afeb43',
      note: 'Art. 226(11a).',
    },
    'legal-vat-invoicing/reverse-charge-customer-vat-number': {
      verdict: 'ok',
      fingerprint: 'ab175645d332dad1',
      note: 'Art. 226(3) and (4).',
    },
    'legal-vat-invoicing/reverse-charge-invoice-deadline': {
      verdict: 'ok',
      fingerprint: '9deb74b826c1ac6b',
      note: 'Art. 222, first paragraph: 15th day of the following month (the 10-day rule of Directive (EU) 2025/516 applies only from 1 July 2030).',
    },
    'legal-vat-invoicing/recapitulative-statement': {
      verdict: 'ok',
      fingerprint: 'e6f0529604454138',
      note: 'Art. 262(1)(c).',
    },
    'legal-vat-invoicing/b2c-general-rule': {
      verdict: 'ok',
      fingerprint: '1d5222f4828d99a2',
      note: 'Art. 45. Stem changed from business coaching, which can be read as an educational activity placed where it takes place under Art. 54(1), to translating a letter, which has no special rule.',
    },
    'legal-vat-invoicing/electronic-services-to-consumers': {
      verdict: 'ok',
      fingerprint: '66f475394a4b746a',
      note: 'Art. 58(1)(c) with the threshold of Art. 59c.',
    },
    'legal-vat-invoicing/electronic-services-threshold': {
      verdict: 'ok',
      fingerprint: '13b9c0198fb3d929',
      note: 'Art. 59c(1): established in one Member State only, not exceeding EUR 10,000. Stem now states both conditions; EUR 100,000 (the Union turnover limit of Art. 284(2)) replaced by EUR 50,000, so "invents a higher threshold" is true.',
    },
    'legal-vat-invoicing/b2b-customer-outside-eu': {
      verdict: 'ok',
      fingerprint: '6af8236ffe5e5071',
      note: 'Art. 44.',
    },
    'legal-vat-invoicing/immovable-property-service': {
      verdict: 'ok',
      fingerprint: 'c7ab0040a0c77a25',
      note: 'Art. 47: services of architects connected with immovable property.',
    },
    'legal-vat-invoicing/invoice-sequential-number': {
      verdict: 'ok',
      fingerprint: 'ecca3ad8143f3a98',
      note: 'Art. 226(2).',
    },
    'legal-vat-invoicing/invoice-required-b2b': {
      verdict: 'ok',
      fingerprint: '32c50690a3600917',
      note: 'Art. 220(1)(1).',
    },
    'legal-vat-invoicing/electronic-invoice-acceptance': {
      verdict: 'ok',
      fingerprint: '3160867e226e05d0',
      note: 'Art. 232, first paragraph, as in force in 2026; its second paragraph (Directive (EU) 2025/516) lets Member States with mandatory e-invoicing drop acceptance, so the stem now says "as a rule".',
    },
    'legal-vat-invoicing/invoice-currency': {
      verdict: 'ok',
      fingerprint: 'fad02fa1c3fd19f4',
      note: 'Art. 230.',
    },
    'legal-vat-invoicing/simplified-invoice-limit': {
      verdict: 'ok',
      fingerprint: 'f07289ae6dd82790',
      note: 'Art. 220a(1)(a): Member States shall allow it up to EUR 100. Stem said "may allow", but Art. 238 lets a Member State allow it for other low amounts too, so EUR 250 was defensible; it now asks what every Member State must allow.',
    },
    'legal-vat-invoicing/vat-amount-shown': {
      verdict: 'ok',
      fingerprint: '21b2f09dff70d85b',
      note: 'Art. 226(9) and (10).',
    },
    'legal-vat-invoicing/customer-identification-reverse-charge': {
      verdict: 'ok',
      fingerprint: 'a4b33f3f675b843b',
      note: 'Art. 214(1)(d).',
    },
    'legal-ip-ownership/us-commissioned-logo-ownership': {
      verdict: 'ok',
      fingerprint: '374da564a8bfea99',
      note: '17 U.S.C. 201(a) and the definition of a work made for hire in 101.',
    },
    'legal-ip-ownership/us-work-for-hire-categories': {
      verdict: 'ok',
      fingerprint: 'a2ea683d10d30863',
      note: '17 U.S.C. 101, "work made for hire" (2): nine categories; a standalone logo is none of them.',
    },
    'legal-ip-ownership/us-work-for-hire-employee': {
      verdict: 'ok',
      fingerprint: '7fb4ae411964c85b',
      note: '17 U.S.C. 201(b).',
    },
    'legal-ip-ownership/us-transfer-in-writing': {
      verdict: 'ok',
      fingerprint: '1f0e2bbe2f3c26de',
      note: '17 U.S.C. 204(a); recording (205) is not a condition of validity.',
    },
    'legal-ip-ownership/us-nonexclusive-licence-writing': {
      verdict: 'ok',
      fingerprint: 'e36ff6a293b06cd3',
      note: '17 U.S.C. 101, "transfer of copyright ownership".',
    },
    'legal-ip-ownership/us-object-versus-copyright': {
      verdict: 'ok',
      fingerprint: 'd6ec2415e8732ad7',
      note: '17 U.S.C. 202.',
    },
    'legal-ip-ownership/us-termination-of-transfer': {
      verdict: 'ok',
      fingerprint: '2b701f9ace6c2f3a',
      note: '17 U.S.C. 203(a)(3). Grant year changed from 2030 (after the review date) to 2020.',
    },
    'legal-ip-ownership/us-term-individual': {
      verdict: 'ok',
      fingerprint: '1dacfb2b746f3014',
      note: '17 U.S.C. 302(a).',
    },
    'legal-ip-ownership/us-term-work-for-hire': {
      verdict: 'ok',
      fingerprint: '20a7958ee6062a94',
      note: '17 U.S.C. 302(c): whichever expires first.',
    },
    'legal-ip-ownership/us-ideas-not-protected': {
      verdict: 'ok',
      fingerprint: 'db39560097958473',
      note: '17 U.S.C. 102(b).',
    },
    'legal-ip-ownership/us-registration-before-suit': {
      verdict: 'ok',
      fingerprint: '84860b10cc242bb5',
      note: '17 U.S.C. 411(a); "as a rule" covers preregistration.',
    },
    'legal-ip-ownership/us-statutory-damages-registration': {
      verdict: 'ok',
      fingerprint: '67d90fb559de3c80',
      note: '17 U.S.C. 412(1).',
    },
    'legal-ip-ownership/uk-first-owner-commissioned': {
      verdict: 'ok',
      fingerprint: '02551532d609db8a',
      note: 'CDPA s. 11(1); the commissioner rule of the 1956 Act for photographs was not carried into the 1988 Act.',
    },
    'legal-ip-ownership/uk-employee-first-owner': {
      verdict: 'ok',
      fingerprint: '1fe4fb20bce72db3',
      note: 'CDPA s. 11(2).',
    },
    'legal-ip-ownership/uk-assignment-writing': {
      verdict: 'ok',
      fingerprint: '5ba98213773f6d46',
      note: 'CDPA s. 90(3).',
    },
    'legal-ip-ownership/uk-exclusive-licence-writing': {
      verdict: 'ok',
      fingerprint: 'd22354d0642dbe9c',
      note: 'CDPA s. 92(1). Stem asked what makes a licence exclusive, but writing alone does not; it now asks the form, given the exclusion.',
    },
    'legal-ip-ownership/uk-moral-right-assertion': {
      verdict: 'ok',
      fingerprint: '43ac5c95e0ef3779',
      note: 'CDPA s. 78(1).',
    },
    'legal-ip-ownership/uk-moral-rights-assignment': {
      verdict: 'ok',
      fingerprint: '994d115d13a20836',
      note: 'CDPA s. 94 (not assignable) and s. 87 (waiver).',
    },
    'legal-ip-ownership/uk-future-copyright': {
      verdict: 'ok',
      fingerprint: 'a2a11684da52ef91',
      note: 'CDPA s. 91(1).',
    },
    'legal-contracts/sgsa-reasonable-care': {
      verdict: 'ok',
      fingerprint: 'c98a595bc35e8da6',
      note: 'SGSA 1982 s. 13.',
    },
    'legal-contracts/sgsa-reasonable-time': {
      verdict: 'ok',
      fingerprint: '33f4eec720b089cc',
      note: 'SGSA 1982 s. 14(1).',
    },
    'legal-contracts/sgsa-reasonable-charge': {
      verdict: 'ok',
      fingerprint: '56b8b64138353f3d',
      note: 'SGSA 1982 s. 15(1).',
    },
    'legal-contracts/eidas-electronic-signature': {
      verdict: 'ok',
      fingerprint: 'eb81818d288b4771',
      note: 'eIDAS Art. 25(1).',
    },
    'legal-contracts/eidas-qualified-signature': {
      verdict: 'ok',
      fingerprint: '4df33f5ffd6f28fa',
      note: 'eIDAS Art. 25(2).',
    },
    'legal-contracts/esign-electronic-contract': {
      verdict: 'ok',
      fingerprint: '7307e5124988d65f',
      note: '15 U.S.C. 7001(a)(1) and (2).',
    },
    'legal-contracts/crd-withdrawal-period': {
      verdict: 'ok',
      fingerprint: '83d08363f8cf2f0f',
      note: 'Art. 9(2)(a).',
    },
    'legal-contracts/crd-withdrawal-not-informed': {
      verdict: 'ok',
      fingerprint: '5b8b9b496fa1483e',
      note: 'Art. 10(1).',
    },
    'legal-contracts/crd-early-start-proportionate': {
      verdict: 'ok',
      fingerprint: '42b3e09461e12f9d',
      note: 'Art. 14(3).',
    },
    'legal-contracts/crd-fully-performed-exception': {
      verdict: 'ok',
      fingerprint: 'b35079b14651e723',
      note: 'Art. 16(a).',
    },
    'legal-contracts/crd-refund-deadline': {
      verdict: 'ok',
      fingerprint: 'f76790378fc8b4f6',
      note: 'Art. 13(1).',
    },
    'legal-contracts/dtsa-trade-secret-definition': {
      verdict: 'ok',
      fingerprint: '1bae5fbe724c94f7',
      note: '18 U.S.C. 1839(3)(A).',
    },
    'legal-contracts/dtsa-whistleblower-immunity': {
      verdict: 'ok',
      fingerprint: 'cf44e1d821d9d1d2',
      note: '18 U.S.C. 1833(b)(1)(A).',
    },
    'legal-contracts/dtsa-notice-contractors': {
      verdict: 'ok',
      fingerprint: '58c3832c18eb3099',
      note: '18 U.S.C. 1833(b)(3)(C) and (b)(4). Stem now dates the NDA to 2025: the sanction covers only contracts entered into or updated after 11 May 2016 ((b)(3)(D)).',
    },
    'legal-contracts/uk-late-payment-interest': {
      verdict: 'ok',
      fingerprint: '7044e2fa5e0f8eda',
      note: 'Act s. 6 and the Rate of Interest (No. 3) Order 2002: 8 % over the official dealing rate.',
    },
    'legal-contracts/uk-late-payment-fixed-sum': {
      verdict: 'ok',
      fingerprint: '44bdebcad2b0e138',
      note: 'Act s. 5A(2): GBP 70 for a debt of 1,000 to under 10,000.',
    },
  },
}
