import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Arabic (Modern Standard Arabic): writing conventions as the brief in the source
 * asks, written as the CLDR data for the Arabic locale of the reader gives them: Gregorian dates
 * with the month names of Egypt and the Gulf (يناير, فبراير) or of the Levant (كانون الثاني,
 * شباط), Hijri dates (Umm al-Qura) with هـ when a form asks for them, Arabic-Indic digits with
 * the separators ٬ and ٫ or Western digits with , and ., currency symbols after the amount,
 * the percent sign ٪, times with ص and م, the Arabic comma ، and question mark ؟, و before
 * every item of a list, and foreign names transliterated in Arabic script.
 */
export const AR_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'gregorian-date-arabic-indic-digits',
    source:
      '[Brief: Saudi client, Gregorian dates, Arabic-Indic digits] Payment is due on ⟨4 December 2026;12 May 2026;9 November 2026⟩.',
    frame:
      '⟦⟪يستحق الدفع في ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٩ نوفمبر ٢٠٢٦⟩.;موعد استحقاق الدفع: ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٩ نوفمبر ٢٠٢٦⟩.;يُستحق السداد بتاريخ ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٩ نوفمبر ٢٠٢٦⟩.⟫|⟪يستحق الدفع في ⟨4 ديسمبر 2026;12 مايو 2026;9 نوفمبر 2026⟩.;موعد استحقاق الدفع: ⟨4 ديسمبر 2026;12 مايو 2026;9 نوفمبر 2026⟩.;يُستحق السداد بتاريخ ⟨4 ديسمبر 2026;12 مايو 2026;9 نوفمبر 2026⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪يستحق الدفع في ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;٢٩ جمادى الأولى ١٤٤٨ هـ⟩.;موعد استحقاق الدفع: ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;٢٩ جمادى الأولى ١٤٤٨ هـ⟩.;يُستحق السداد بتاريخ ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;٢٩ جمادى الأولى ١٤٤٨ هـ⟩.⟫=format: a Hijri date where the brief asks for the Gregorian one|⟪يستحق الدفع في ⟨١٢ أبريل ٢٠٢٦;٥ ديسمبر ٢٠٢٦;١١ سبتمبر ٢٠٢٦⟩.;موعد استحقاق الدفع: ⟨١٢ أبريل ٢٠٢٦;٥ ديسمبر ٢٠٢٦;١١ سبتمبر ٢٠٢٦⟩.;يُستحق السداد بتاريخ ⟨١٢ أبريل ٢٠٢٦;٥ ديسمبر ٢٠٢٦;١١ سبتمبر ٢٠٢٦⟩.⟫=format: day and month swapped (reads as another day)⟧',
  },
  {
    id: 'gregorian-date-western-digits-gulf',
    source:
      '[Brief: UAE website, Western digits] The offer ends on ⟨15 January 2027;28 February 2027;31 March 2027⟩.',
    frame:
      '⟦⟪ينتهي العرض في ⟨15 يناير 2027;28 فبراير 2027;31 مارس 2027⟩.;يسري العرض حتى ⟨15 يناير 2027;28 فبراير 2027;31 مارس 2027⟩.;يستمر العرض حتى ⟨15 يناير 2027;28 فبراير 2027;31 مارس 2027⟩.⟫|⟪ينتهي العرض في ⟨١٥ يناير ٢٠٢٧;٢٨ فبراير ٢٠٢٧;٣١ مارس ٢٠٢٧⟩.;يسري العرض حتى ⟨١٥ يناير ٢٠٢٧;٢٨ فبراير ٢٠٢٧;٣١ مارس ٢٠٢٧⟩.;يستمر العرض حتى ⟨١٥ يناير ٢٠٢٧;٢٨ فبراير ٢٠٢٧;٣١ مارس ٢٠٢٧⟩.⟫=digits: Arabic-Indic digits where the brief asks for Western|⟪ينتهي العرض في ⟨15 كانون الثاني 2027;28 شباط 2027;31 آذار 2027⟩.;يسري العرض حتى ⟨15 كانون الثاني 2027;28 شباط 2027;31 آذار 2027⟩.;يستمر العرض حتى ⟨15 كانون الثاني 2027;28 شباط 2027;31 آذار 2027⟩.⟫=format: the Levantine month names for a Gulf audience|⟪ينتهي العرض في ⟨يناير 15، 2027;فبراير 28، 2027;مارس 31، 2027⟩.;يسري العرض حتى ⟨يناير 15، 2027;فبراير 28، 2027;مارس 31، 2027⟩.;يستمر العرض حتى ⟨يناير 15، 2027;فبراير 28، 2027;مارس 31، 2027⟩.⟫=format: the month before the day (the US order)⟧',
  },
  {
    id: 'gregorian-date-levantine-months',
    source:
      '[Brief: client in Jordan, Levantine month names, Arabic-Indic digits] The conference opens on ⟨3 March 2027;10 April 2027;6 October 2026⟩.',
    frame:
      '⟦⟪يُفتتح المؤتمر في ⟨٣ آذار ٢٠٢٧;١٠ نيسان ٢٠٢٧;٦ تشرين الأول ٢٠٢٦⟩.;ينطلق المؤتمر في ⟨٣ آذار ٢٠٢٧;١٠ نيسان ٢٠٢٧;٦ تشرين الأول ٢٠٢٦⟩.;تبدأ أعمال المؤتمر في ⟨٣ آذار ٢٠٢٧;١٠ نيسان ٢٠٢٧;٦ تشرين الأول ٢٠٢٦⟩.⟫|⟪يُفتتح المؤتمر في ⟨٣ مارس ٢٠٢٧;١٠ أبريل ٢٠٢٧;٦ أكتوبر ٢٠٢٦⟩.;ينطلق المؤتمر في ⟨٣ مارس ٢٠٢٧;١٠ أبريل ٢٠٢٧;٦ أكتوبر ٢٠٢٦⟩.;تبدأ أعمال المؤتمر في ⟨٣ مارس ٢٠٢٧;١٠ أبريل ٢٠٢٧;٦ أكتوبر ٢٠٢٦⟩.⟫=format: the Egyptian and Gulf month names where the brief asks for the Levantine ones|⟪يُفتتح المؤتمر في ⟨3 آذار 2027;10 نيسان 2027;6 تشرين الأول 2026⟩.;ينطلق المؤتمر في ⟨3 آذار 2027;10 نيسان 2027;6 تشرين الأول 2026⟩.;تبدأ أعمال المؤتمر في ⟨3 آذار 2027;10 نيسان 2027;6 تشرين الأول 2026⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪يُفتتح المؤتمر في ⟨٣ شباط ٢٠٢٧;١٠ آذار ٢٠٢٧;٦ أيلول ٢٠٢٦⟩.;ينطلق المؤتمر في ⟨٣ شباط ٢٠٢٧;١٠ آذار ٢٠٢٧;٦ أيلول ٢٠٢٦⟩.;تبدأ أعمال المؤتمر في ⟨٣ شباط ٢٠٢٧;١٠ آذار ٢٠٢٧;٦ أيلول ٢٠٢٦⟩.⟫=mistranslation: the month before⟧',
  },
  {
    id: 'hijri-date-when-the-form-asks',
    source:
      '[Brief: Saudi government form, Hijri dates (Umm al-Qura), Arabic-Indic digits] The application was submitted on ⟨4 December 2026;12 May 2026;3 March 2026⟩.',
    frame:
      '⟦⟪قُدّم الطلب بتاريخ ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;١٤ رمضان ١٤٤٧ هـ⟩.;تاريخ تقديم الطلب: ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;١٤ رمضان ١٤٤٧ هـ⟩.;تم تقديم الطلب في ⟨٢٤ جمادى الآخرة ١٤٤٨ هـ;٢٥ ذو القعدة ١٤٤٧ هـ;١٤ رمضان ١٤٤٧ هـ⟩.⟫|⟪قُدّم الطلب بتاريخ ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٣ مارس ٢٠٢٦⟩.;تاريخ تقديم الطلب: ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٣ مارس ٢٠٢٦⟩.;تم تقديم الطلب في ⟨٤ ديسمبر ٢٠٢٦;١٢ مايو ٢٠٢٦;٣ مارس ٢٠٢٦⟩.⟫=format: the Gregorian date where the form asks for the Hijri one|⟪قُدّم الطلب بتاريخ ⟨٢٤ جمادى الآخرة ١٤٤٧ هـ;٢٥ ذو القعدة ١٤٤٦ هـ;١٤ رمضان ١٤٤٦ هـ⟩.;تاريخ تقديم الطلب: ⟨٢٤ جمادى الآخرة ١٤٤٧ هـ;٢٥ ذو القعدة ١٤٤٦ هـ;١٤ رمضان ١٤٤٦ هـ⟩.;تم تقديم الطلب في ⟨٢٤ جمادى الآخرة ١٤٤٧ هـ;٢٥ ذو القعدة ١٤٤٦ هـ;١٤ رمضان ١٤٤٦ هـ⟩.⟫=format: the Hijri year one short|⟪قُدّم الطلب بتاريخ ⟨٢٤ جمادى الأولى ١٤٤٨ هـ;٢٥ شوال ١٤٤٧ هـ;١٤ شعبان ١٤٤٧ هـ⟩.;تاريخ تقديم الطلب: ⟨٢٤ جمادى الأولى ١٤٤٨ هـ;٢٥ شوال ١٤٤٧ هـ;١٤ شعبان ١٤٤٧ هـ⟩.;تم تقديم الطلب في ⟨٢٤ جمادى الأولى ١٤٤٨ هـ;٢٥ شوال ١٤٤٧ هـ;١٤ شعبان ١٤٤٧ هـ⟩.⟫=format: the Hijri month before⟧',
  },
  {
    id: 'grouping-arabic-indic-separators',
    source:
      '[Brief: Saudi client, Arabic-Indic digits and separators] The company sold ⟨12,500;48,750;3,200⟩ units last year.',
    frame:
      '⟦⟪باعت الشركة ⟨١٢٬٥٠٠;٤٨٬٧٥٠;٣٬٢٠٠⟩ وحدة العام الماضي.;بلغت مبيعات الشركة العام الماضي ⟨١٢٬٥٠٠;٤٨٬٧٥٠;٣٬٢٠٠⟩ وحدة.;باعت الشركة في العام الماضي ⟨١٢٬٥٠٠;٤٨٬٧٥٠;٣٬٢٠٠⟩ وحدة.⟫|⟪باعت الشركة ⟨12,500;48,750;3,200⟩ وحدة العام الماضي.;بلغت مبيعات الشركة العام الماضي ⟨12,500;48,750;3,200⟩ وحدة.;باعت الشركة في العام الماضي ⟨12,500;48,750;3,200⟩ وحدة.⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪باعت الشركة ⟨١٢.٥٠٠;٤٨.٧٥٠;٣.٢٠٠⟩ وحدة العام الماضي.;بلغت مبيعات الشركة العام الماضي ⟨١٢.٥٠٠;٤٨.٧٥٠;٣.٢٠٠⟩ وحدة.;باعت الشركة في العام الماضي ⟨١٢.٥٠٠;٤٨.٧٥٠;٣.٢٠٠⟩ وحدة.⟫=format: a full stop as the grouping separator|⟪باعت الشركة ⟨١٢٫٥٠٠;٤٨٫٧٥٠;٣٫٢٠٠⟩ وحدة العام الماضي.;بلغت مبيعات الشركة العام الماضي ⟨١٢٫٥٠٠;٤٨٫٧٥٠;٣٫٢٠٠⟩ وحدة.;باعت الشركة في العام الماضي ⟨١٢٫٥٠٠;٤٨٫٧٥٠;٣٫٢٠٠⟩ وحدة.⟫=format: the decimal separator ٫ for the grouping separator ٬ (reads as a fraction)⟧',
  },
  {
    id: 'decimal-separator-arabic-indic',
    source:
      '[Brief: Saudi client, Arabic-Indic digits and separators] The parcel weighs ⟨2.5;3.75;1.2⟩ kg.',
    frame:
      '⟦⟪يزن الطرد ⟨٢٫٥;٣٫٧٥;١٫٢⟩ كغ.;وزن الطرد ⟨٢٫٥;٣٫٧٥;١٫٢⟩ كيلوغرام.;يبلغ وزن الطرد ⟨٢٫٥;٣٫٧٥;١٫٢⟩ كغ.⟫|⟪يزن الطرد ⟨٢،٥;٣،٧٥;١،٢⟩ كغ.;وزن الطرد ⟨٢،٥;٣،٧٥;١،٢⟩ كيلوغرام.;يبلغ وزن الطرد ⟨٢،٥;٣،٧٥;١،٢⟩ كغ.⟫=format: the Arabic comma ، as the decimal separator|⟪يزن الطرد ⟨٢٥;٣٧٥;١٢⟩ كغ.;وزن الطرد ⟨٢٥;٣٧٥;١٢⟩ كيلوغرام.;يبلغ وزن الطرد ⟨٢٥;٣٧٥;١٢⟩ كغ.⟫=mistranslation: the decimal separator dropped (ten times the weight or more)|⟪يزن الطرد ⟨2.5;3.75;1.2⟩ كغ.;وزن الطرد ⟨2.5;3.75;1.2⟩ كيلوغرام.;يبلغ وزن الطرد ⟨2.5;3.75;1.2⟩ كغ.⟫=digits: Western digits where the brief asks for Arabic-Indic⟧',
  },
  {
    id: 'riyal-amount-saudi',
    source:
      '[Brief: Saudi client, Arabic-Indic digits] The price is SAR ⟨1,250.50;3,499.00;780.25⟩.',
    frame:
      '⟦⟪السعر: ⟨١٬٢٥٠٫٥٠ ر.س.;٣٬٤٩٩٫٠٠ ر.س.;٧٨٠٫٢٥ ر.س.⟩;يبلغ السعر ⟨١٬٢٥٠٫٥٠ ر.س.;٣٬٤٩٩٫٠٠ ر.س.;٧٨٠٫٢٥ ر.س.⟩;سعر المنتج: ⟨١٬٢٥٠٫٥٠ ر.س.;٣٬٤٩٩٫٠٠ ر.س.;٧٨٠٫٢٥ ر.س.⟩⟫|⟪السعر: ⟨ر.س. ١٬٢٥٠٫٥٠;ر.س. ٣٬٤٩٩٫٠٠;ر.س. ٧٨٠٫٢٥⟩;يبلغ السعر ⟨ر.س. ١٬٢٥٠٫٥٠;ر.س. ٣٬٤٩٩٫٠٠;ر.س. ٧٨٠٫٢٥⟩;سعر المنتج: ⟨ر.س. ١٬٢٥٠٫٥٠;ر.س. ٣٬٤٩٩٫٠٠;ر.س. ٧٨٠٫٢٥⟩⟫=format: the currency symbol before the amount (the English order)|⟪السعر: ⟨١٬٢٥٠٫٥٠ د.إ.;٣٬٤٩٩٫٠٠ د.إ.;٧٨٠٫٢٥ د.إ.⟩;يبلغ السعر ⟨١٬٢٥٠٫٥٠ د.إ.;٣٬٤٩٩٫٠٠ د.إ.;٧٨٠٫٢٥ د.إ.⟩;سعر المنتج: ⟨١٬٢٥٠٫٥٠ د.إ.;٣٬٤٩٩٫٠٠ د.إ.;٧٨٠٫٢٥ د.إ.⟩⟫=mistranslation: riyals rendered as dirhams|⟪السعر: ⟨1,250.50 ر.س.;3,499.00 ر.س.;780.25 ر.س.⟩;يبلغ السعر ⟨1,250.50 ر.س.;3,499.00 ر.س.;780.25 ر.س.⟩;سعر المنتج: ⟨1,250.50 ر.س.;3,499.00 ر.س.;780.25 ر.س.⟩⟫=digits: Western digits where the brief asks for Arabic-Indic⟧',
  },
  {
    id: 'dirham-total-uae',
    source: '[Brief: UAE client, Western digits] Total: AED ⟨3,450.00;12,800.00;975.50⟩',
    frame:
      '⟦⟪الإجمالي: ⟨3,450.00 د.إ.;12,800.00 د.إ.;975.50 د.إ.⟩;المبلغ الإجمالي: ⟨3,450.00 د.إ.;12,800.00 د.إ.;975.50 د.إ.⟩;المجموع: ⟨3,450.00 د.إ.;12,800.00 د.إ.;975.50 د.إ.⟩⟫|⟪الإجمالي: ⟨٣٬٤٥٠٫٠٠ د.إ.;١٢٬٨٠٠٫٠٠ د.إ.;٩٧٥٫٥٠ د.إ.⟩;المبلغ الإجمالي: ⟨٣٬٤٥٠٫٠٠ د.إ.;١٢٬٨٠٠٫٠٠ د.إ.;٩٧٥٫٥٠ د.إ.⟩;المجموع: ⟨٣٬٤٥٠٫٠٠ د.إ.;١٢٬٨٠٠٫٠٠ د.إ.;٩٧٥٫٥٠ د.إ.⟩⟫=digits: Arabic-Indic digits where the brief asks for Western|⟪الإجمالي: ⟨3.450,00 د.إ.;12.800,00 د.إ.;975,50 د.إ.⟩;المبلغ الإجمالي: ⟨3.450,00 د.إ.;12.800,00 د.إ.;975,50 د.إ.⟩;المجموع: ⟨3.450,00 د.إ.;12.800,00 د.إ.;975,50 د.إ.⟩⟫=format: European separators (a full stop for grouping, a comma for decimals)|⟪الإجمالي: ⟨د.إ. 3,450.00;د.إ. 12,800.00;د.إ. 975.50⟩;المبلغ الإجمالي: ⟨د.إ. 3,450.00;د.إ. 12,800.00;د.إ. 975.50⟩;المجموع: ⟨د.إ. 3,450.00;د.إ. 12,800.00;د.إ. 975.50⟩⟫=format: the currency symbol before the amount (the English order)⟧',
  },
  {
    id: 'egyptian-pound-amount',
    source:
      '[Brief: Egyptian client, Arabic-Indic digits] The course fee is EGP ⟨4,999.99;2,500.00;1,850.50⟩.',
    frame:
      '⟦⟪رسوم الدورة: ⟨٤٬٩٩٩٫٩٩ ج.م.;٢٬٥٠٠٫٠٠ ج.م.;١٬٨٥٠٫٥٠ ج.م.⟩;تبلغ رسوم الدورة ⟨٤٬٩٩٩٫٩٩ ج.م.;٢٬٥٠٠٫٠٠ ج.م.;١٬٨٥٠٫٥٠ ج.م.⟩;رسوم الاشتراك في الدورة: ⟨٤٬٩٩٩٫٩٩ ج.م.;٢٬٥٠٠٫٠٠ ج.م.;١٬٨٥٠٫٥٠ ج.م.⟩⟫|⟪رسوم الدورة: ⟨٤٬٩٩٩٫٩٩ جنيه إسترليني;٢٬٥٠٠٫٠٠ جنيه إسترليني;١٬٨٥٠٫٥٠ جنيه إسترليني⟩;تبلغ رسوم الدورة ⟨٤٬٩٩٩٫٩٩ جنيه إسترليني;٢٬٥٠٠٫٠٠ جنيه إسترليني;١٬٨٥٠٫٥٠ جنيه إسترليني⟩;رسوم الاشتراك في الدورة: ⟨٤٬٩٩٩٫٩٩ جنيه إسترليني;٢٬٥٠٠٫٠٠ جنيه إسترليني;١٬٨٥٠٫٥٠ جنيه إسترليني⟩⟫=mistranslation: Egyptian pounds rendered as pounds sterling|⟪رسوم الدورة: ⟨4,999.99 ج.م.;2,500.00 ج.م.;1,850.50 ج.م.⟩;تبلغ رسوم الدورة ⟨4,999.99 ج.م.;2,500.00 ج.م.;1,850.50 ج.م.⟩;رسوم الاشتراك في الدورة: ⟨4,999.99 ج.م.;2,500.00 ج.م.;1,850.50 ج.م.⟩⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪رسوم الدورة: ⟨ج.م. ٤٬٩٩٩٫٩٩;ج.م. ٢٬٥٠٠٫٠٠;ج.م. ١٬٨٥٠٫٥٠⟩;تبلغ رسوم الدورة ⟨ج.م. ٤٬٩٩٩٫٩٩;ج.م. ٢٬٥٠٠٫٠٠;ج.م. ١٬٨٥٠٫٥٠⟩;رسوم الاشتراك في الدورة: ⟨ج.م. ٤٬٩٩٩٫٩٩;ج.م. ٢٬٥٠٠٫٠٠;ج.م. ١٬٨٥٠٫٥٠⟩⟫=format: the currency symbol before the amount (the English order)⟧',
  },
  {
    id: 'percent-arabic-indic',
    source: '[Brief: Saudi client, Arabic-Indic digits] Sales rose by ⟨15;20;8⟩%.',
    frame:
      '⟦⟪ارتفعت المبيعات بنسبة ⟨١٥٪;٢٠٪;٨٪⟩.;سجّلت المبيعات ارتفاعًا بنسبة ⟨١٥٪;٢٠٪;٨٪⟩.⟫|⟪ارتفعت المبيعات بنسبة ⟨15%;20%;8%⟩.;زادت المبيعات بنسبة ⟨15%;20%;8%⟩.;سجّلت المبيعات ارتفاعًا بنسبة ⟨15%;20%;8%⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic|سجّلت المبيعات ارتفاعًا بنسبة ⟨١٥٠٪;٢٠٠٪;٨٠٪⟩.=mistranslation: ten times the percentage|سجّلت المبيعات ارتفاعًا بنسبة ⟨١٥ في الألف;٢٠ في الألف;٨ في الألف⟩.=mistranslation: per cent rendered as per mille⟧',
  },
  {
    id: 'list-with-wa-and-arabic-comma',
    source: 'We sell pens, notebooks, folders and ⟨paper;ink;envelopes⟩.',
    frame:
      '⟦⟪نبيع الأقلام، والدفاتر، والملفات، ⟨والورق;والحبر;والأظرف⟩.;نعرض للبيع الأقلام، والدفاتر، والملفات، ⟨والورق;والحبر;والأظرف⟩.⟫|⟪نبيع الأقلام, والدفاتر, والملفات, ⟨والورق;والحبر;والأظرف⟩.;نعرض للبيع الأقلام, والدفاتر, والملفات, ⟨والورق;والحبر;والأظرف⟩.⟫=punctuation: the Latin comma for the Arabic ،|⟪نبيع الأقلام، الدفاتر، الملفات ⟨والورق;والحبر;والأظرف⟩.;نعرض للبيع الأقلام، الدفاتر، الملفات، ⟨والورق;والحبر;والأظرف⟩.⟫=conjunction: و only before the last item, as in English|⟪نبيع الأقلام, الدفاتر, الملفات ⟨والورق;والحبر;والأظرف⟩.;نعرض للبيع الأقلام, الدفاتر, الملفات, ⟨والورق;والحبر;والأظرف⟩.⟫=conjunction: the English list copied as it stands (Latin commas, و only before the last item)⟧',
  },
  {
    id: 'arabic-question-mark',
    source: '[Email to a client] When can you deliver the ⟨goods;order;equipment⟩?',
    frame:
      '⟦⟪متى يمكنكم تسليم ⟨البضائع;الطلب;المعدات⟩؟;متى بإمكانكم تسليم ⟨البضائع;الطلب;المعدات⟩؟;متى يمكنكم توريد ⟨البضائع;الطلب;المعدات⟩؟⟫|⟪متى يمكنكم تسليم ⟨البضائع;الطلب;المعدات⟩?;متى بإمكانكم تسليم ⟨البضائع;الطلب;المعدات⟩?;متى يمكنكم توريد ⟨البضائع;الطلب;المعدات⟩?⟫=punctuation: the Latin ? for the Arabic ؟|⟪متى بإمكانكم تسليم ⟨البضائع;الطلب;المعدات⟩.;متى يمكنكم توريد ⟨البضائع;الطلب;المعدات⟩.⟫=punctuation: a full stop ending a question|متى يمكنكم استلام ⟨البضائع;الطلب;المعدات⟩؟=mistranslation: "deliver" rendered as "receive"⟧',
  },
  {
    id: 'foreign-names-transliterated',
    source: 'Our guest today is ⟨John Smith;Mary Brown;David Miller⟩.',
    frame:
      '⟦⟪⟨ضيفنا;ضيفتنا;ضيفنا⟩ اليوم ⟨جون سميث;ماري براون;ديفيد ميلر⟩.;نستضيف اليوم ⟨جون سميث;ماري براون;ديفيد ميلر⟩.;يسعدنا أن نستضيف اليوم ⟨جون سميث;ماري براون;ديفيد ميلر⟩.⟫|⟪⟨ضيفنا;ضيفتنا;ضيفنا⟩ اليوم ⟨John Smith;Mary Brown;David Miller⟩.;نستضيف اليوم ⟨John Smith;Mary Brown;David Miller⟩.⟫=format: the name left in Latin script|⟪⟨ضيفنا;ضيفتنا;ضيفنا⟩ اليوم ⟨سميث جون;براون ماري;ميلر ديفيد⟩.;يسعدنا أن نستضيف اليوم ⟨سميث جون;براون ماري;ميلر ديفيد⟩.⟫=word order: the family name first|⟪نستضيف اليوم ⟨يوحنا الحداد;مريم البني;داود الطحان⟩.;يسعدنا أن نستضيف اليوم ⟨يوحنا الحداد;مريم البني;داود الطحان⟩.⟫=mistranslation: the name translated (Smith as الحداد) instead of transliterated⟧',
  },
  {
    id: 'twelve-hour-time-arabic-indic',
    source:
      '[Brief: Saudi client, Arabic-Indic digits, 12-hour clock] The meeting starts at ⟨3;4;5⟩ p.m.',
    frame:
      '⟦⟪يبدأ الاجتماع في تمام الساعة ⟨٣:٠٠ م;٤:٠٠ م;٥:٠٠ م⟩.;موعد بدء الاجتماع الساعة ⟨٣:٠٠ م;٤:٠٠ م;٥:٠٠ م⟩.⟫|يبدأ الاجتماع في تمام الساعة ⟨٣:٠٠ ص;٤:٠٠ ص;٥:٠٠ ص⟩.=mistranslation: p.m. rendered as a.m. (ص)|⟪يبدأ الاجتماع الساعة ⟨3:00 م;4:00 م;5:00 م⟩.;موعد بدء الاجتماع الساعة ⟨3:00 م;4:00 م;5:00 م⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪يبدأ الاجتماع الساعة ⟨١٥:٠٠ م;١٦:٠٠ م;١٧:٠٠ م⟩.;يبدأ الاجتماع في تمام الساعة ⟨١٥:٠٠ م;١٦:٠٠ م;١٧:٠٠ م⟩.⟫=format: the 24-hour hour with م where the brief asks for the 12-hour clock⟧',
  },
  {
    id: 'weekday-and-date-egypt',
    source:
      '[Brief: Egyptian client, Arabic-Indic digits] The office is closed on ⟨Friday, 4 December;Monday, 7 December;Wednesday, 23 December⟩.',
    frame:
      '⟦يُغلق المكتب يوم ⟨الجمعة، ٤ ديسمبر;الاثنين، ٧ ديسمبر;الأربعاء، ٢٣ ديسمبر⟩.|⟪يُغلق المكتب يوم ⟨الجمعة, ٤ ديسمبر;الاثنين, ٧ ديسمبر;الأربعاء, ٢٣ ديسمبر⟩.;سيكون المكتب مغلقًا يوم ⟨الجمعة, ٤ ديسمبر;الاثنين, ٧ ديسمبر;الأربعاء, ٢٣ ديسمبر⟩.⟫=punctuation: the Latin comma for the Arabic ،|⟪المكتب مغلق يوم ⟨السبت، ٤ ديسمبر;الثلاثاء، ٧ ديسمبر;الخميس، ٢٣ ديسمبر⟩.;يُغلق المكتب يوم ⟨السبت، ٤ ديسمبر;الثلاثاء، ٧ ديسمبر;الخميس، ٢٣ ديسمبر⟩.;سيكون المكتب مغلقًا يوم ⟨السبت، ٤ ديسمبر;الثلاثاء، ٧ ديسمبر;الخميس، ٢٣ ديسمبر⟩.⟫=mistranslation: the weekday of the next day|⟪يُغلق المكتب يوم ⟨الجمعة، 4 ديسمبر;الاثنين، 7 ديسمبر;الأربعاء، 23 ديسمبر⟩.;سيكون المكتب مغلقًا يوم ⟨الجمعة، 4 ديسمبر;الاثنين، 7 ديسمبر;الأربعاء، 23 ديسمبر⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic⟧',
  },
  {
    id: 'large-number-western-digits',
    source:
      '[Brief: UAE website, Western digits] The site had ⟨1,250,000;2,400,000;3,750,000⟩ visitors this year.',
    frame:
      '⟦⟪استقبل الموقع هذا العام ⟨1,250,000;2,400,000;3,750,000⟩ زائر.;بلغ عدد زوار الموقع هذا العام ⟨1,250,000;2,400,000;3,750,000⟩ زائر.;زار الموقع هذا العام ⟨1,250,000;2,400,000;3,750,000⟩ زائر.⟫|⟪استقبل الموقع هذا العام ⟨١٬٢٥٠٬٠٠٠;٢٬٤٠٠٬٠٠٠;٣٬٧٥٠٬٠٠٠⟩ زائر.;بلغ عدد زوار الموقع هذا العام ⟨١٬٢٥٠٬٠٠٠;٢٬٤٠٠٬٠٠٠;٣٬٧٥٠٬٠٠٠⟩ زائر.;زار الموقع هذا العام ⟨١٬٢٥٠٬٠٠٠;٢٬٤٠٠٬٠٠٠;٣٬٧٥٠٬٠٠٠⟩ زائر.⟫=digits: Arabic-Indic digits where the brief asks for Western|⟪استقبل الموقع هذا العام ⟨1.250.000;2.400.000;3.750.000⟩ زائر.;بلغ عدد زوار الموقع هذا العام ⟨1.250.000;2.400.000;3.750.000⟩ زائر.;زار الموقع هذا العام ⟨1.250.000;2.400.000;3.750.000⟩ زائر.⟫=format: full stops as grouping separators|⟪استقبل الموقع هذا العام ⟨125,000;240,000;375,000⟩ زائر.;بلغ عدد زوار الموقع هذا العام ⟨125,000;240,000;375,000⟩ زائر.;زار الموقع هذا العام ⟨125,000;240,000;375,000⟩ زائر.⟫=mistranslation: a tenth of the number⟧',
  },
  {
    id: 'gregorian-date-egypt',
    source:
      '[Brief: Egyptian client, Arabic-Indic digits] The course starts on ⟨15 March 2027;1 February 2027;20 September 2026⟩.',
    frame:
      '⟦⟪تبدأ الدورة في ⟨١٥ مارس ٢٠٢٧;١ فبراير ٢٠٢٧;٢٠ سبتمبر ٢٠٢٦⟩.;تنطلق الدورة في ⟨١٥ مارس ٢٠٢٧;١ فبراير ٢٠٢٧;٢٠ سبتمبر ٢٠٢٦⟩.;موعد بدء الدورة ⟨١٥ مارس ٢٠٢٧;١ فبراير ٢٠٢٧;٢٠ سبتمبر ٢٠٢٦⟩.⟫|⟪تبدأ الدورة في ⟨١٥ آذار ٢٠٢٧;١ شباط ٢٠٢٧;٢٠ أيلول ٢٠٢٦⟩.;تنطلق الدورة في ⟨١٥ آذار ٢٠٢٧;١ شباط ٢٠٢٧;٢٠ أيلول ٢٠٢٦⟩.;موعد بدء الدورة ⟨١٥ آذار ٢٠٢٧;١ شباط ٢٠٢٧;٢٠ أيلول ٢٠٢٦⟩.⟫=format: the Levantine month names for an Egyptian audience|⟪تبدأ الدورة في ⟨15 مارس 2027;1 فبراير 2027;20 سبتمبر 2026⟩.;تنطلق الدورة في ⟨15 مارس 2027;1 فبراير 2027;20 سبتمبر 2026⟩.;موعد بدء الدورة ⟨15 مارس 2027;1 فبراير 2027;20 سبتمبر 2026⟩.⟫=digits: Western digits where the brief asks for Arabic-Indic|⟪تبدأ الدورة في ⟨١٥ مارس ٢٠٢٦;١ فبراير ٢٠٢٦;٢٠ سبتمبر ٢٠٢٥⟩.;تنطلق الدورة في ⟨١٥ مارس ٢٠٢٦;١ فبراير ٢٠٢٦;٢٠ سبتمبر ٢٠٢٥⟩.;موعد بدء الدورة ⟨١٥ مارس ٢٠٢٦;١ فبراير ٢٠٢٦;٢٠ سبتمبر ٢٠٢٥⟩.⟫=mistranslation: the year before⟧',
  },
]
