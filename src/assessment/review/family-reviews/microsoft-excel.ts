import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `microsoft-excel` test: 93 submitted, 93 kept,
 * each drawn and read as an Excel power user would (stem, key, every distractor and its named
 * mistake), keys worked again by hand on drawn sheets, and every formula option evaluated on its
 * drawn sheet by the key test. All 93 `ok`; the test needs 75 (3 × 25).
 *
 * Engine (the shared formula evaluator the keys rest on): XLOOKUP (exact default, match_mode
 * -1/1/2, search_mode -1, if_not_found), the *IFS functions (#VALUE! when a criteria range differs
 * in shape), TEXTJOIN, SUBSTITUTE with and without instance_num, COUNTBLANK, WEEKDAY types,
 * EDATE/EOMONTH, NETWORKDAYS and TEXT were checked against Microsoft's function pages; the key
 * test now pins those documented cases. One fault fixed: approximate lookups (MATCH without
 * match_type, VLOOKUP TRUE) on unsorted lists were evaluated only by a linear scan, while Excel
 * runs an undocumented binary search, and under one the "wrong" formula returned the right value
 * in 12 of 165 (INDEX/MATCH), 48 of 130 (MATCH) and 27 of 176 (trimmed name) draws; a wrong
 * formula must now miss under both searches, and the key test checks both. Functions the engine
 * lacks (ISERROR, YEARFRAC, AVERAGEA, NETWORKDAYS.INTL, an array AVERAGE) were worked by hand;
 * each misses for its named reason, as the family notes say.
 *
 * Fixed in place (33 families; 4 more draw differently under the lookup check). Wrong as shown
 * (2): the this-row table reference drew column names the options never used, and the two-level
 * sort drew office or team while the options said department. Stems (8, two also cued): the
 * VLOOKUP/XLOOKUP defaults question drew ranges of different sizes, the stored-as-text total a
 * count that did not fit its range, the distinct-count question read "products bought" and now
 * names Excel for Windows (Data Model pivots), the validation paste now says Ctrl+V (a Paste
 * Values keeps the rule, which made a distractor defensible), and the structure protection, hidden
 * formulas and filtered paste stems name Excel for Windows, the sheet-view stem a file in OneDrive
 * or SharePoint. Cues (19): the 15 the author flagged, plus proper case, working days, the
 * validation paste and the pivot Count, given mistakes on the key's other side (the shown-list
 * count no longer always the smallest, cents on the mismatched-range totals, both percent displays
 * stated, a continental bracket display) or mistakes of other lengths and likeness. Checked
 * against Microsoft documentation: SUBTOTAL 1–11 include and 101–111 exclude rows hidden by hand,
 * both skip filtered rows; co-authoring needs OneDrive or SharePoint; Custom Views are unavailable
 * in a workbook with a table; Sheet Views keep a personal filter while a normal one changes
 * everyone's view; Flash Fill writes values; a multi-cell paste over a filtered range fills hidden
 * rows too.
 *
 * Cues over 300 draws (the cue script): families reading 0.50-0.52 in one run were drawn 1,000
 * times and read 0.45-0.49 (run-to-run spread at 300 draws is about 0.03); every rule mean is
 * at most 0.25 except "cross out the longest and the most similar" at 0.37 (0.34 before the
 * review: keys that were the most similar option no longer are), which the script's 0.40 gate
 * and the guessing harness allow (the formats and lookups models needed one more mistake each
 * in five families to get under its 0.40), but which is above the reviewer brief's 0.35: that
 * rule is the one left for the author.
 */
export const MICROSOFT_EXCEL_REVIEW: TestFamilyReview = {
  testId: 'microsoft-excel',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'xl-lookups/xlookup-lookup-and-return-arrays': {
      verdict: 'ok',
      fingerprint: '17311d637f65fc15',
      note: 'XLOOKUP(lookup, lookup_array, return_array) is exact by default (Microsoft XLOOKUP page); key evaluated on the drawn sheet; each wrong formula (id as row number, wrong/swapped arrays, whole table as lookup array, offset return array, quoted address) misses',
    },
    'xl-lookups/xlookup-if-not-found-text': {
      verdict: 'ok',
      fingerprint: '6bba40cd6b1903d6',
      note: 'if_not_found is the 4th argument; filled down to three rows with a missing id; the approximate VLOOKUP returns a neighbour and the relative or anchored-id versions miss a row (also checked with a binary search for the approximate match)',
    },
    'xl-lookups/xlookup-search-last-to-first': {
      verdict: 'ok',
      fingerprint: '3e67ddf3f3d349ee',
      note: "search_mode -1 searches last to first (documented); a mode -1 without search_mode still finds the first exact match; draws now put the middle of the product's three prices last, so neither MAXIFS nor MINIFS stands in; added MINIFS, swapped arrays and a COUNTIF-as-row mistake (was 0.54 most similar, now under 0.5)",
    },
    'xl-lookups/xlookup-next-smaller-band': {
      verdict: 'ok',
      fingerprint: '3bde73cdebed285d',
      note: 'match_mode -1 gives the exact or next smaller item, right for lower-bound bands; worked two draws by hand (9 kg in the 6 band); wildcard mode on a number matches only equal values, so None',
    },
    'xl-lookups/index-match-row-and-column': {
      verdict: 'ok',
      fingerprint: 'e551cfff82cd6e2f',
      note: 'INDEX(grid, MATCH row, MATCH column) with match_type 0; MATCH without match_type on unsorted headers is a sorted search: it now must miss under both a linear and a binary search (Excel documents neither), since a binary search hit the right cell in 12 of 165 draws before',
    },
    'xl-lookups/match-type-zero-for-unsorted': {
      verdict: 'ok',
      fingerprint: '54bf38c3770e452d',
      note: 'MATCH(...,0) on an unsorted list; match_type 1 and -1 distractors now must miss under a binary search too (they were right on 48 of 130 draws under one); XMATCH from the header off by one',
    },
    'xl-lookups/vlookup-column-index-after-insert': {
      verdict: 'ok',
      fingerprint: '8b018bacb3f3cd67',
      note: 'a column inserted inside A:D widens the range to A:E but the typed index 4 stays, so it returns the old column C (now D); XLOOKUP/INDEX-MATCH references move with the edit; distractors named; added a reading that the index lands on the new empty column',
    },
    'xl-lookups/vlookup-id-stored-as-text': {
      verdict: 'ok',
      fingerprint: 'b17b50c78cdde1c3',
      note: 'an exact VLOOKUP does not match the text "323" to the number 323: #N/A (Microsoft VLOOKUP troubleshooting); distractors are named misreadings',
    },
    'xl-lookups/vlookup-trailing-space': {
      verdict: 'ok',
      fingerprint: '08621a26d1a9c4a7',
      note: 'TRIM on the typed value; the TRUE variant must now miss under a binary search too (right on 27 of 176 draws before); CLEAN leaves spaces',
    },
    'xl-lookups/vlookup-first-of-duplicates': {
      verdict: 'ok',
      fingerprint: '10054f69df95de31',
      note: 'an exact VLOOKUP returns the first match from the top; sum and last-match distractors computed from the drawn rows',
    },
    'xl-lookups/ifna-versus-iferror': {
      verdict: 'ok',
      fingerprint: 'ebb04aa546a260f1',
      note: 'IFNA traps only #N/A, IFERROR every error (Microsoft IFNA and IFERROR pages); ISNA/ISBLANK return TRUE/FALSE; single defensible answer',
    },
    'xl-lookups/xlookup-spills-several-columns': {
      verdict: 'ok',
      fingerprint: '0f04d3aeb334fc3d',
      note: 'a multi-column return array spills across (XLOOKUP page example returns several columns); #SPILL! only when blocked; stem says the cells right are empty',
    },
    'xl-lookups/spill-error-blocked-range': {
      verdict: 'ok',
      fingerprint: '21a0eeabcc0527ec',
      note: 'the usual #SPILL! cause is a non-empty cell in the spill range (Microsoft #SPILL! page); other options name real confusions; added a formatted-cell mistake (formatting does not block a spill) so the model passes the guessing harness',
    },
    'xl-lookups/xlookup-wildcard-mode': {
      verdict: 'ok',
      fingerprint: '782815d5765a8af5',
      note: 'match_mode 2 makes * and ? wildcards; "*"&E1&"*" finds the name containing the word; without mode 2 the * is literal; evaluated on the drawn sheet',
    },
    'xl-lookups/match-position-within-range': {
      verdict: 'ok',
      fingerprint: '7f859d779d9ff5ed',
      note: 'MATCH returns the position in the range, not the column number; worked by hand; added a row-number reading (1) so the one-digit key is not the only shortest option (read 0.51 to 0.57 shortest across runs, now 0.46 over 600 draws)',
    },
    'xl-lookups/index-row-then-column': {
      verdict: 'ok',
      fingerprint: 'ed120fb304449a06',
      note: 'INDEX(array,row,column) counted within the range; worked two draws by hand (4,2 → 41)',
    },
    'xl-lookups/vlookup-table-anchored-when-filled': {
      verdict: 'ok',
      fingerprint: '5f86a96a8bc78daa',
      note: 'absolute table range for a filled VLOOKUP with FALSE; the approximate variants must now miss under both searches; relative ranges slide past the top rows',
    },
    'xl-lookups/default-match-of-vlookup-and-xlookup': {
      verdict: 'ok',
      fingerprint: 'c7dedf74d3723435',
      note: "VLOOKUP defaults to approximate (range_lookup TRUE), XLOOKUP to exact; the stem's two ranges now end on the same row (they were drawn separately, so XLOOKUP's arrays could differ in size); after review three options opening with 'Both' now open with 'Each', since the option linter reads 'both' as 'both of the above' (fingerprint refreshed)",
    },
    'xl-lookups/lookup-finds-an-empty-cell': {
      verdict: 'ok',
      fingerprint: 'b950982bfc9f44ec',
      note: 'a lookup returning an empty cell shows 0; distractors are real confusions with #N/A',
    },
    'xl-lookups/xlookup-horizontal-header-row': {
      verdict: 'ok',
      fingerprint: '5c4c9d54028825c1',
      note: 'XLOOKUP across a header row; HLOOKUP row 2 is the budget row; returning both rows spills; evaluated on the drawn sheet',
    },
    'xl-conditional/sumifs-two-criteria-pairs': {
      verdict: 'ok',
      fingerprint: '6eee25dc5adb574b',
      note: 'SUMIFS(sum_range, range1, crit1, range2, crit2); swapped pairs, one criterion, SUMIF argument order; evaluated on the drawn sheet',
    },
    'xl-conditional/countifs-date-window-inclusive': {
      verdict: 'ok',
      fingerprint: '2348824d8425d33e',
      note: '">="&F1 and "<="&F2 concatenated; quoted addresses and strict tests miss; evaluated on dates as serials',
    },
    'xl-conditional/averageifs-with-status': {
      verdict: 'ok',
      fingerprint: '7437fb085c5b835f',
      note: 'AVERAGEIFS with region and Won; wrong divisors and dropped criteria named; evaluated',
    },
    'xl-conditional/countifs-not-equal-text': {
      verdict: 'ok',
      fingerprint: 'b52c1f49566b99b3',
      note: '"<>Closed" counts non-Closed rows; the AND of two statuses counts none; evaluated',
    },
    'xl-conditional/countif-contains-wildcard': {
      verdict: 'ok',
      fingerprint: '869cf4a114739a64',
      note: 'COUNTIF wildcards are case-insensitive; "*"&E1&"*"; % is literal; SUMIF of text gives 0',
    },
    'xl-conditional/sumifs-calendar-month-window': {
      verdict: 'ok',
      fingerprint: 'a6e0d0ad40d6bd68',
      note: 'from the first to EOMONTH(F1,0) inclusive; EDATE and strict-end variants named; evaluated',
    },
    'xl-conditional/weighted-average-with-sumproduct': {
      verdict: 'ok',
      fingerprint: '5bb96c443af8e451',
      note: 'SUMPRODUCT/SUM of quantities; AVERAGE(B2:B6*C2:C6) is an array the engine lacks: worked by hand, it is spend/5, never the key since quantities sum to more than 5',
    },
    'xl-conditional/maxifs-largest-in-a-group': {
      verdict: 'ok',
      fingerprint: 'd74271866db65c15',
      note: 'MAXIFS(max_range, criteria_range, criterion); quoted address, MINIFS, first match named; evaluated',
    },
    'xl-conditional/count-either-of-two-values': {
      verdict: 'ok',
      fingerprint: '5cd04f49f5110511',
      note: 'two COUNTIFs added for OR; COUNTIFS joins with AND; evaluated',
    },
    'xl-conditional/subtotal-after-a-filter': {
      verdict: 'ok',
      fingerprint: 'c052315af2d1775b',
      note: 'SUBTOTAL 9 ignores rows hidden by a filter (Microsoft SUBTOTAL page); AGGREGATE option 4 ignores nothing; single answer',
    },
    'xl-conditional/subtotal-109-for-hidden-rows': {
      verdict: 'ok',
      fingerprint: '94a2df56c9868e55',
      note: 'checked against the SUBTOTAL page: 1-11 include rows hidden by hand, 101-111 exclude them, both exclude filtered rows; 209 does not exist',
    },
    'xl-conditional/countblank-versus-zeros-and-text': {
      verdict: 'ok',
      fingerprint: '6e788b352331c021',
      note: 'COUNTBLANK counts empty cells, not 0 or text; added three mistakes (zero taken off, bare <>, n/a added) so the key is not the likeliest pick (was 0.50 cross-out)',
    },
    'xl-conditional/averageif-leaving-out-zeros': {
      verdict: 'ok',
      fingerprint: 'c00f55479b76c62c',
      note: 'AVERAGEIF "<>0" skips zeros and empty cells; AVERAGEA is not in the engine: by hand it equals AVERAGE here (numbers only), zeros counted, so it misses',
    },
    'xl-conditional/countifs-on-a-shown-list': {
      verdict: 'ok',
      fingerprint: '0bd811794cda9b21',
      note: 'worked by hand on the listed rows; draws rebuilt so the other readings (East only, amount only, either, at-most, not East) fall on both sides of the key, which was always the smallest (was 0.76 least similar, now under 0.3)',
    },
    'xl-conditional/sumifs-ranges-of-different-sizes': {
      verdict: 'ok',
      fingerprint: '0df9a72af0e691ae',
      note: 'SUMIFS needs every criteria range the shape of sum_range, else #VALUE! (Microsoft SUMIFS page, unlike SUMIF); amounts now carry cents so the numeric misreadings are as long as the error codes (was 0.53 longest)',
    },
    'xl-conditional/sumifs-criterion-against-a-cell': {
      verdict: 'ok',
      fingerprint: 'e32d2f90d4260ff0',
      note: '">="&F1 against the amount column plus the region; added a SUMIF without the minimum and a no-region strict test (was 0.60 most similar)',
    },
    'xl-conditional/sum-of-numbers-stored-as-text': {
      verdict: 'ok',
      fingerprint: '04f02cef501217af',
      note: "SUM ignores text in a range (Microsoft SUM page); the stem's count of amounts now matches its range",
    },
    'xl-text-dates/proper-case-for-names': {
      verdict: 'ok',
      fingerprint: 'c8602509c22884ba',
      note: 'PROPER capitalises each word and lowers the rest; evaluated on the drawn name; added PROPER on the first letter only',
    },
    'xl-text-dates/first-name-before-the-space': {
      verdict: 'ok',
      fingerprint: '815f15156e90f6d3',
      note: 'LEFT(A2,FIND(" ",A2)-1); off-by-one and length mistakes named; evaluated',
    },
    'xl-text-dates/last-name-from-the-right': {
      verdict: 'ok',
      fingerprint: '3be449bbfc4d023e',
      note: 'RIGHT(A2,LEN(A2)-FIND(" ",A2)); added the LEFT-for-RIGHT mistake (was 0.56 most similar)',
    },
    'xl-text-dates/substitute-every-separator': {
      verdict: 'ok',
      fingerprint: '80ad7ad71ded4b61',
      note: 'SUBSTITUTE without instance_num replaces every instance; added a space-for-hyphen and a CLEAN mistake (was 0.51 most similar)',
    },
    'xl-text-dates/textjoin-skipping-blanks': {
      verdict: 'ok',
      fingerprint: '55508571c30b8d01',
      note: 'TEXTJOIN(delimiter, ignore_empty TRUE, range) per Microsoft TEXTJOIN page; added a CONCAT with its own separators and a comma-for-colon A2,A6 mistake (was 0.52 most similar)',
    },
    'xl-text-dates/find-versus-search': {
      verdict: 'ok',
      fingerprint: 'c133461380b2515b',
      note: 'SEARCH ignores case and takes wildcards, FIND is case-sensitive (Microsoft FIND/SEARCH pages); single answer',
    },
    'xl-text-dates/date-from-day-month-year-columns': {
      verdict: 'ok',
      fingerprint: 'a8eb465f37e33cc1',
      note: 'DATE(year, month, day); evaluated to the serial',
    },
    'xl-text-dates/due-at-end-of-next-month': {
      verdict: 'ok',
      fingerprint: 'eb8b0dadc7a864d0',
      note: 'EOMONTH(A2,1); EDATE and +30 named; evaluated',
    },
    'xl-text-dates/renewal-twelve-months-on': {
      verdict: 'ok',
      fingerprint: '704f0c56421b663a',
      note: 'EDATE(A2,12) keeps the day; +365 falls short across 29 February (draws straddle one); added day-before, 52-weeks and swapped-argument mistakes (was 0.50 cross-out)',
    },
    'xl-text-dates/working-days-between-dates': {
      verdict: 'ok',
      fingerprint: 'aee94c283d1ae856',
      note: 'NETWORKDAYS counts both ends, Monday to Friday; swapped dates give a negative count; evaluated; added weekend code 11 (NETWORKDAYS.INTL is not in the engine: by hand Sunday-only weekends count Saturdays, so it misses whenever a Saturday falls in the span, which every drawn span (ten days or more) does) and DATEDIF "D"',
    },
    'xl-text-dates/working-days-less-holidays': {
      verdict: 'ok',
      fingerprint: '396a286bbb4c3055',
      note: 'NETWORKDAYS with an anchored holiday list; NETWORKDAYS.INTL is not in the engine: by hand, weekend 1 without holidays equals NETWORKDAYS(A2,B2), which misses the weekday holidays',
    },
    'xl-text-dates/deadline-in-working-days': {
      verdict: 'ok',
      fingerprint: '4b8c66627065252f',
      note: 'WORKDAY(start, days, holidays); evaluated; the weeks conversion and B2-1 named; 0.51 least similar in the final 300-draw run, 0.41 over 1,000 draws',
    },
    'xl-text-dates/weekday-monday-first': {
      verdict: 'ok',
      fingerprint: 'fa0ca4b7e7b30168',
      note: 'WEEKDAY type 2 is Monday 1 to Sunday 7, type 3 Monday 0 (Microsoft WEEKDAY page); evaluated on three dates',
    },
    'xl-text-dates/whole-years-of-service': {
      verdict: 'ok',
      fingerprint: 'e09541df8f01853e',
      note: 'DATEDIF "Y"; YEARFRAC is not in the engine: by hand the review month is before the start month, so YEARFRAC is never a whole number and misses; later date first gives #NUM!',
    },
    'xl-text-dates/date-inside-text': {
      verdict: 'ok',
      fingerprint: '5c04d60febe4ac38',
      note: 'TEXT with "d mmmm yyyy" for an unpadded day; added a weekday-name and a numeric-date mistake (was 0.53 cross-out)',
    },
    'xl-text-dates/month-label-for-grouping': {
      verdict: 'ok',
      fingerprint: '34622bfa0d4bce54',
      note: 'TEXT(A2,"yyyy-mm") sorts as text in date order; added month-first, unpadded m and full-date mistakes (was 0.51 cross-out)',
    },
    'xl-text-dates/len-counts-every-space': {
      verdict: 'ok',
      fingerprint: 'e0dfa6e410358d80',
      note: 'LEN counts every space; worked by hand (2+3+2+4+1 = 12)',
    },
    'xl-formats/format-separators-and-decimals': {
      verdict: 'ok',
      fingerprint: '3669d38086dbbc74',
      note: '#,##0.00 rounds to two decimals with comma grouping; key formatted again by the tests',
    },
    'xl-formats/format-thousands-scaling': {
      verdict: 'ok',
      fingerprint: '930dc904928eb2ea',
      note: 'a trailing comma scales by 1,000 and rounds (Microsoft number format codes page); added an ungrouped and a divided-by-a-million mistake (was 0.54 shortest)',
    },
    'xl-formats/format-millions-one-decimal': {
      verdict: 'ok',
      fingerprint: 'f62bd9b01c4c6a02',
      note: 'two commas scale by a million; 0.0 keeps one decimal',
    },
    'xl-formats/format-zero-padding': {
      verdict: 'ok',
      fingerprint: 'c04a5397bf9767df',
      note: '000000 pads to six digits',
    },
    'xl-formats/format-percent-of-a-fraction': {
      verdict: 'ok',
      fingerprint: 'd649401d01887c99',
      note: '% multiplies by 100; 0.0% one decimal',
    },
    'xl-formats/format-negative-section-in-brackets': {
      verdict: 'ok',
      fingerprint: 'afbf5953536be29a',
      note: 'the second section formats negatives without a minus; dropped the contrived minus-before-brackets mistake and added a continental-separator one (was 0.59 least similar)',
    },
    'xl-formats/format-zero-section-dash': {
      verdict: 'ok',
      fingerprint: '0b4a980e756c804c',
      note: 'a negative section that writes its own minus shows -7,210, no double sign',
    },
    'xl-formats/format-month-first-date': {
      verdict: 'ok',
      fingerprint: 'ea7aee2efb2058d0',
      note: 'mm/dd/yyyy with padding; key formatted again',
    },
    'xl-formats/format-weekday-and-short-month': {
      verdict: 'ok',
      fingerprint: '18ab0c405dc04182',
      note: 'ddd short weekday, d unpadded day, mmm short month; key formatted again',
    },
    'xl-formats/format-elapsed-hours': {
      verdict: 'ok',
      fingerprint: '2b1f2d2cee33ae15',
      note: '[h] does not roll over at 24 (Microsoft documents [h]:mm for elapsed time); minutes rounded; added a with-seconds display',
    },
    'xl-formats/format-clock-time-twelve-hour': {
      verdict: 'ok',
      fingerprint: '49884f00b7ba022c',
      note: 'h:mm AM/PM shows 7:40 PM; key formatted again',
    },
    'xl-formats/format-optional-decimals': {
      verdict: 'ok',
      fingerprint: '099d409b69808a69',
      note: '0.0# shows one or two decimals',
    },
    'xl-formats/typing-into-a-percent-cell': {
      verdict: 'ok',
      fingerprint: 'bb707e2d7aa714f7',
      note: 'checked against Microsoft "Format numbers as percentages": a number of 1 or more typed into a Percentage cell shows as that percentage, an existing number is multiplied by 100; options now state both displays with the two default decimals (was 0.57 most similar); 0.51 most similar in the final 300-draw run, 0.49 over 1,000 draws',
    },
    'xl-formats/hidden-by-three-semicolons': {
      verdict: 'ok',
      fingerprint: '3db56cf4c8a23a41',
      note: ';;; hides every section; values unchanged; single answer',
    },
    'xl-formats/conditional-rules-order': {
      verdict: 'ok',
      fingerprint: 'ef8233667091cc43',
      note: 'with no Stop If True, both rules apply and where formats clash the higher rule wins (Microsoft rule precedence page)',
    },
    'xl-formats/duplicate-values-rule-marks-all': {
      verdict: 'ok',
      fingerprint: 'c8dcb9b2aec12462',
      note: 'Highlight Duplicate Values marks every occurrence',
    },
    'xl-formats/validation-rule-rejects-repeats': {
      verdict: 'ok',
      fingerprint: '3c0bdc8c1edae9c7',
      note: 'COUNTIF($A$2:$A$500,A2)=1 filled over the range; ISERROR is not in the engine: by hand MATCH always finds the entry itself, so the rule is FALSE everywhere and misses the TRUE rows; added a <1 test that refuses every entry (the entry counts itself); <=1 would be right and is not offered',
    },
    'xl-formats/validation-misses-pasted-values': {
      verdict: 'ok',
      fingerprint: '7691bac4faa9bdfa',
      note: 'an ordinary paste replaces the cells with their validation, and validation does not check pasted data (Microsoft data validation page); the stem now says Ctrl+V, since a Paste Values would keep the rule and make Circle Invalid Data flag the entries; added that reading as a named mistake (was 0.53 least similar)',
    },
    'xl-formats/day-month-typed-in-a-uk-locale': {
      verdict: 'ok',
      fingerprint: 'e7590ea4059b0e52',
      note: 'a short date follows the regional day/month order and takes the current year; stem names the region',
    },
    'xl-formats/top-percent-rule': {
      verdict: 'ok',
      fingerprint: '4bbfa8309b31d09e',
      note: 'Top 10% marks the top tenth and updates; Top 10 Items marks ten cells; added Bottom 10%',
    },
    'xl-formats/rule-formula-for-due-soon': {
      verdict: 'ok',
      fingerprint: 'c5772f2b420b2654',
      note: 'relative D2 in a rule written for the active cell; AND of two inclusive tests',
    },
    'xl-tables/pivot-percent-of-grand-total': {
      verdict: 'ok',
      fingerprint: '25c93bac764384e5',
      note: 'worked by hand on the listed sales (South 1,250 of 3,270 = 38.2%); count share and largest-sale misreadings computed',
    },
    'xl-tables/pivot-average-summary': {
      verdict: 'ok',
      fingerprint: 'dd4709d8847f35ae',
      note: 'worked by hand (North 1,510/3 = 503.3); other summaries named',
    },
    'xl-tables/pivot-counts-a-column-with-text': {
      verdict: 'ok',
      fingerprint: 'd0131b1e7ec41e74',
      note: 'a value field with text or blanks defaults to Count (Microsoft PivotTable summary page)',
    },
    'xl-tables/pivot-group-dates-by-month': {
      verdict: 'ok',
      fingerprint: 'f641be89ec0f0007',
      note: 'grouping by Months and Years keeps years apart; Months only merges them',
    },
    'xl-tables/pivot-distinct-count': {
      verdict: 'ok',
      fingerprint: '905351b58f78225d',
      note: 'Distinct Count is offered only for data added to the Data Model; stem now names Excel for Windows (no Data Model pivots on Mac) and asks about customers placing orders (it read "how many different products bought"); added an ordinary-pivot Distinct Count mistake and a share-of-rows mistake (was 0.50 cross-out)',
    },
    'xl-tables/table-grows-with-new-rows': {
      verdict: 'ok',
      fingerprint: '8ffbeafa74b5f8ab',
      note: 'table auto-expansion and calculated columns filling new rows (Microsoft table pages)',
    },
    'xl-tables/table-this-row-reference': {
      verdict: 'ok',
      fingerprint: 'b66848c425576c58',
      note: "faulty as authored: the stem drew Hours/Rate or Units/Cost while every option used Qty and Price; options now use the stem's column names; [@Col] is the this-row reference",
    },
    'xl-tables/filter-function-shape': {
      verdict: 'ok',
      fingerprint: '9dcb5313345370b6',
      note: 'FILTER(array, include, if_empty) (Microsoft FILTER page); swapped and SUMIF-style forms named',
    },
    'xl-tables/unique-exactly-once': {
      verdict: 'ok',
      fingerprint: '1707270b328cce42',
      note: 'UNIQUE(array,,TRUE) returns items that occur once (exactly_once argument); by_col TRUE named',
    },
    'xl-tables/sort-function-descending': {
      verdict: 'ok',
      fingerprint: '6dfde2193447f28b',
      note: 'SORT(array, sort_index 3, sort_order -1); swapped arguments named',
    },
    'xl-tables/custom-list-sort-for-months': {
      verdict: 'ok',
      fingerprint: 'd3b60abe7dcd2459',
      note: 'Custom List order for month names; MONTH cannot read a bare month name',
    },
    'xl-tables/sort-by-two-levels': {
      verdict: 'ok',
      fingerprint: '7494952a7c0d5455',
      note: 'faulty wording fixed: the stem drew department, office or team while options said department; options now use the drawn column; two-level Sort dialog',
    },
    'xl-tables/protect-workbook-structure': {
      verdict: 'ok',
      fingerprint: 'c0d729d245f8d33a',
      note: 'Protect Workbook (structure) stops adding, deleting, renaming, moving sheets; stem now names Excel for Windows',
    },
    'xl-tables/hide-formulas-from-the-bar': {
      verdict: 'ok',
      fingerprint: '9d229bff6ffc2f49',
      note: 'the Hidden protection flag takes effect once the sheet is protected (Microsoft "Display or hide formulas"); stem now names Excel for Windows',
    },
    'xl-tables/co-authoring-needs-the-cloud': {
      verdict: 'ok',
      fingerprint: '39c315bc3e8b9f11',
      note: 'co-authoring needs the file in OneDrive or SharePoint (Microsoft co-authoring page); the legacy Shared Workbook and emailed copies named',
    },
    'xl-tables/sheet-view-while-co-authoring': {
      verdict: 'ok',
      fingerprint: '8319cbe58c986f9d',
      note: "Sheet Views keep a personal sort/filter while co-authoring; in co-authoring a normal filter changes everyone's view; Custom Views are unavailable when a workbook holds a table (Microsoft Custom Views page); stem now states the file is in OneDrive or SharePoint",
    },
    'xl-tables/paste-into-a-filtered-list': {
      verdict: 'ok',
      fingerprint: '853a718cce43ed47',
      note: 'a multi-cell paste over a filtered range lands in consecutive rows, hidden ones included (only copying skips hidden rows); stem now names Excel for Windows',
    },
    'xl-tables/flash-fill-does-not-update': {
      verdict: 'ok',
      fingerprint: '70133e629bc1e8a6',
      note: 'Flash Fill writes values, so it does not update when the source changes (Microsoft Flash Fill page)',
    },
  },
}
