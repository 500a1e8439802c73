import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Arabic (Modern Standard Arabic): register as the bracketed context in the source
 * says (the plural of respect and set formulas to clients and in formal letters, never a
 * dialect word or a blunt command; السيد … المحترم, وتفضلوا بقبول فائق الاحترام, نرفق لكم طيّه,
 * نتطلع إلى ردّكم), and English idioms rendered by their meaning.
 */
export const AR_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'salutation-formal-letter',
    source: '[Formal letter] Dear Mr ⟨Ahmed;Khalid;Omar⟩ ⟨Al-Harbi;Al-Mansour;Haddad⟩,',
    frame:
      '⟦⟪السيد ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩ المحترم،;سعادة الأستاذ ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩ المحترم،⟫|⟪يا ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩،;يا صديقي ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩،⟫=register: a bare vocative (يا, or يا صديقي) with no title in a formal letter|⟪أهلًا يا ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩،;هاي ⟨أحمد;خالد;عمر⟩ ⟨الحربي;المنصور;حداد⟩،⟫=register: a casual greeting in a formal letter|⟪السيدة ⟨هدى;سلمى;منى⟩ ⟨الحربي;المنصور;حداد⟩ المحترمة،;سعادة الأستاذة ⟨هدى;سلمى;منى⟩ ⟨الحربي;المنصور;حداد⟩ المحترمة،⟫=mistranslation: a woman addressed for Mr⟧',
  },
  {
    id: 'closing-formal-letter',
    source: '[Closing a formal letter] Yours sincerely,',
    frame:
      '⟦⟪مع خالص التحية والتقدير،;وتقبلوا فائق الاحترام،;مع فائق الاحترام والتقدير،⟫|⟪لكم بصدق،;لكم بإخلاص وصدق دائمًا،⟫=literal calque: "Yours sincerely" word for word|⟪مع خالص حبي وأشواقي الحارة،;مع كل الحب والود،⟫=register: an affectionate closing in a formal letter|⟪سلام، ونشوفك على خير،;باي، وإلى اللقاء قريبًا يا صديقي،⟫=register: a casual goodbye as a letter closing⟧',
  },
  {
    id: 'hope-this-finds-you-well',
    source: '[Email to a client] I hope this email finds you well.',
    frame:
      '⟦⟪أرجو أن تكونوا بخير.;آمل أن تصلكم رسالتي هذه وأنتم بأتم الصحة والعافية.;أتمنى أن تكونوا بخير وعافية.⟫|⟪أتمنى أن تجدكم هذه الرسالة جيدًا.;آمل أن يجدكم هذا البريد بشكل جيد.⟫=literal calque: "finds you well" word for word|⟪إن شاء الله تمام يا غالي.;عساك بخير يا صاحبي.⟫=register: a colloquial greeting to a client|⟪أرجو أن تكونوا قد استلمتم رسالتي.;آمل أن تكون رسالتي قد وصلتكم.⟫=mistranslation: a wish for the reader rendered as a check that the email arrived⟧',
  },
  {
    id: 'please-find-attached',
    source: '[Email to a client] Please find attached the ⟨invoice;quotation;contract⟩.',
    frame:
      '⟦⟪نرفق لكم طيّه ⟨الفاتورة;عرض السعر;العقد⟩.;تجدون في المرفقات ⟨الفاتورة;عرض السعر;العقد⟩.;مرفق بهذه الرسالة ⟨نسخة من الفاتورة;نسخة من عرض السعر;نسخة من العقد⟩.⟫|⟪من فضلك اعثر على ⟨الفاتورة;عرض السعر;العقد⟩ في المرفق.;يُرجى العثور على ⟨الفاتورة;عرض السعر;العقد⟩ في المرفقات.⟫=literal calque: "please find" as a request to search|⟪شوف ⟨الفاتورة;عرض السعر;العقد⟩ في المرفق.;خذ ⟨الفاتورة;عرض السعر;العقد⟩ في المرفق.⟫=register: a blunt colloquial command to a client|⟪نرفق لكم طيّه ⟨الإيصال;الفاتورة;مسودة الطلب⟩.;تجدون في المرفقات ⟨الإيصال;الفاتورة;مسودة الطلب⟩.⟫=mistranslation: another document attached⟧',
  },
  {
    id: 'look-forward-to-your-reply',
    source: '[Email to a client] We look forward to your reply.',
    frame:
      '⟦⟪نتطلع إلى ردّكم.;بانتظار ردّكم الكريم.;نتطلّع إلى تلقي ردّكم.⟫|⟪ننظر إلى الأمام إلى ردّكم.;نتطلع إلى الأمام لردّكم.⟫=literal calque: "look forward" word for word|⟪رد علينا بسرعة.;رد بسرعة لو سمحت.⟫=register: a blunt command to a client|⟪شكرًا على ردّكم.;نشكركم على ردّكم.⟫=mistranslation: thanks for a reply not yet received⟧',
  },
  {
    id: 'thank-you-for-your-patience',
    source: '[Email to a client] Thank you for your patience.',
    frame:
      '⟦⟪شكرًا لصبركم.;نشكركم على صبركم.;نشكر لكم سعة صدركم.⟫|⟪شكرًا لمريضكم.;نشكركم على مريضكم.⟫=false friend: "patience" read as "patient" (مريض)|⟪تسلم يا غالي على صبرك.;مشكور يا صاحبي على صبرك.⟫=register: colloquial thanks to a client|⟪نعتذر عن التأخير.;نأسف على التأخير.⟫=mistranslation: thanks rendered as an apology⟧',
  },
  {
    id: 'apologise-for-any-inconvenience',
    source: '[Notice to customers] We apologise for any inconvenience.',
    frame:
      '⟦⟪نعتذر عن أي إزعاج.;نأسف لأي إزعاج قد يسببه ذلك.;نعتذر عن أي إزعاج قد ينتج عن ذلك.⟫|⟪آسفين على الإزعاج.;معلش على الإزعاج.⟫=register: a colloquial apology in a notice|⟪نعتذر عن أي راحة.;نأسف لأي راحة قد يسببها ذلك.⟫=mistranslation: "inconvenience" rendered as "convenience"|⟪نعتذر عن أي عدم ملاءمة.;نأسف لأي عدم ملاءمة قد يسببها ذلك.⟫=literal calque: "in-convenience" built word for word⟧',
  },
  {
    id: 'at-the-end-of-the-day',
    source: 'At the end of the day, the client ⟨decides;pays;chooses⟩.',
    frame:
      '⟦⟪في نهاية المطاف، العميل هو من ⟨يقرر;يدفع;يختار⟩.;في المحصلة، العميل هو الذي ⟨يقرر;يدفع;يختار⟩.;في نهاية الأمر، العميل هو من ⟨يقرر;يدفع;يختار⟩.⟫|⟪في نهاية اليوم، العميل هو من ⟨يقرر;يدفع;يختار⟩.;عند نهاية اليوم، العميل هو الذي ⟨يقرر;يدفع;يختار⟩.⟫=idiom translated literally: "at the end of the day" as the evening|⟪في البداية، العميل هو من ⟨يقرر;يدفع;يختار⟩.;في أول الأمر، العميل هو الذي ⟨يقرر;يدفع;يختار⟩.⟫=mistranslation: "in the end" rendered as "at first"|⟪في نهاية المطاف، المورّد هو من ⟨يقرر;يدفع;يختار⟩.;في المحصلة، المورّد هو الذي ⟨يقرر;يدفع;يختار⟩.⟫=mistranslation: the client rendered as the supplier⟧',
  },
  {
    id: 'a-piece-of-cake',
    source: 'For our team, this ⟨migration;installation;update⟩ is a piece of cake.',
    frame:
      '⟦⟪بالنسبة لفريقنا، هذا ⟨الترحيل;التثبيت;التحديث⟩ أمر في غاية السهولة.;هذا ⟨الترحيل;التثبيت;التحديث⟩ سهل جدًا على فريقنا.;لا يمثّل هذا ⟨الترحيل;التثبيت;التحديث⟩ أي صعوبة لفريقنا.⟫|⟪بالنسبة لفريقنا، هذا ⟨الترحيل;التثبيت;التحديث⟩ قطعة من الكعكة.;هذا ⟨الترحيل;التثبيت;التحديث⟩ قطعة كعك بالنسبة لفريقنا.⟫=idiom translated literally: "a piece of cake" word for word|⟪بالنسبة لفريقنا، هذا ⟨الترحيل;التثبيت;التحديث⟩ أمر في غاية الصعوبة.;هذا ⟨الترحيل;التثبيت;التحديث⟩ صعب جدًا على فريقنا.⟫=mistranslation: "easy" rendered as "hard"|⟪هذا ⟨الترحيل;التثبيت;التحديث⟩ لعب عيال بالنسبة لفريقنا.;هذا ⟨الترحيل;التثبيت;التحديث⟩ ولا حاجة عند فريقنا.⟫=register: a colloquial phrase in business copy⟧',
  },
  {
    id: 'hit-the-ground-running',
    source: '[Job advert] We need someone who can hit the ground running.',
    frame:
      '⟦⟪نحتاج إلى شخص ينتج بكفاءة منذ يومه الأول.;نبحث عن شخص يباشر العمل بكفاءة فورًا.;نريد شخصًا قادرًا على الإنجاز منذ البداية.⟫|⟪نحتاج إلى شخص قادر على أن يضرب الأرض وهو يركض بسرعة.;نبحث عن شخص يستطيع ضرب الأرض راكضًا منذ اليوم الأول.⟫=idiom translated literally: "hit the ground running" word for word|⟪نحتاج إلى شخص يجيد الجري لمسافات طويلة.;نبحث عن عدّاء ماهر يركض بسرعة.⟫=mistranslation: the idiom read as a sports skill|⟪نحتاج إلى شخص قادر على العمل بدوام جزئي.;نبحث عن شخص يستطيع العمل بدوام جزئي فقط.⟫=mistranslation: the idiom rendered as part-time work⟧',
  },
  {
    id: 'a-ballpark-figure',
    source:
      '[Email to a client] Can you give us a ballpark figure for the ⟨project;renovation;campaign⟩?',
    frame:
      '⟦⟪هل يمكنكم تزويدنا برقم تقريبي لتكلفة ⟨المشروع;التجديد;الحملة⟩؟;هل بإمكانكم إعطاؤنا تقديرًا تقريبيًا لتكلفة ⟨المشروع;التجديد;الحملة⟩؟;نرجو تزويدنا بتقدير تقريبي لتكلفة ⟨المشروع;التجديد;الحملة⟩.⟫|⟪هل يمكنكم تزويدنا برقم ملعب ⟨المشروع;التجديد;الحملة⟩؟;هل بإمكانكم إعطاؤنا رقم ملعب كرة لتكلفة ⟨المشروع;التجديد;الحملة⟩؟⟫=idiom translated literally: "ballpark" as a sports ground|⟪هل يمكنكم تزويدنا بالرقم النهائي الدقيق لتكلفة ⟨المشروع;التجديد;الحملة⟩؟;نرجو تزويدنا بالتكلفة النهائية الدقيقة ⟨للمشروع;للتجديد;للحملة⟩.⟫=mistranslation: an estimate rendered as a final exact figure|⟪أعطنا رقمًا تقريبيًا لتكلفة ⟨المشروع;التجديد;الحملة⟩.;عطونا رقم تقريبي لتكلفة ⟨المشروع;التجديد;الحملة⟩.⟫=register: a blunt command to a client⟧',
  },
  {
    id: 'on-the-same-page',
    source:
      '[Formal letter to a partner company] Let us make sure we are on the same page before the ⟨launch;meeting;audit⟩.',
    frame:
      '⟦⟪لنتأكد من أننا متفقون قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.;دعونا نتأكد من توافق رؤانا قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.;لنحرص على أن نكون على توافق تام قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.⟫|⟪لنتأكد من أننا على الصفحة نفسها قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.;دعونا نتأكد أننا في نفس الصفحة قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.⟫=idiom translated literally: "on the same page" word for word|⟪لنتأكد من أننا متفقون بعد ⟨الإطلاق;الاجتماع;التدقيق⟩.;دعونا نتأكد من توافق رؤانا بعد ⟨الإطلاق;الاجتماع;التدقيق⟩.⟫=mistranslation: "before" rendered as "after"|⟪لنتأكد من أننا جاهزون قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.;دعونا نتأكد من جاهزيتنا قبل ⟨الإطلاق;الاجتماع;التدقيق⟩.⟫=mistranslation: "on the same page" rendered as "ready"⟧',
  },
  {
    id: 'keep-me-in-the-loop',
    source: '[Email to a colleague] Please keep me in the loop about the ⟨contract;order;project⟩.',
    frame:
      '⟦⟪يُرجى إبقائي على اطلاع بمستجدات ⟨العقد;الطلب;المشروع⟩.;أرجو أن تطلعني على آخر تطورات ⟨العقد;الطلب;المشروع⟩.;أرجو إحاطتي علمًا بكل جديد بشأن ⟨العقد;الطلب;المشروع⟩.⟫|⟪يُرجى إبقائي في الحلقة بشأن ⟨العقد;الطلب;المشروع⟩.;أرجو أن تبقيني داخل الحلقة بخصوص ⟨العقد;الطلب;المشروع⟩.;أرجو إبقائي في الحلقة بشأن كل جديد في ⟨العقد;الطلب;المشروع⟩.⟫=idiom translated literally: "in the loop" word for word|⟪يُرجى إبعادي عن ⟨العقد;الطلب;المشروع⟩.;أرجو ألا تشركني في ⟨العقد;الطلب;المشروع⟩.⟫=mistranslation: "keep me informed" rendered as "keep me out"|⟪يُرجى إبقائي على اطلاع بمستجدات ⟨العقود;الطلبات;المشاريع⟩.;أرجو أن تطلعني على آخر تطورات ⟨العقود;الطلبات;المشاريع⟩.;أرجو إحاطتي علمًا بكل جديد بشأن ⟨العقود;الطلبات;المشاريع⟩.⟫=number: a plural for the one contract⟧',
  },
  {
    id: 'polite-request-to-a-client',
    source: '[Email to a client] Could you send me the signed ⟨contract;order form;agreement⟩?',
    frame:
      '⟦⟪هل يمكنكم إرسال ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩ إليّ؟;هل بإمكانكم أن ترسلوا إليّ ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩؟⟫|⟪ابعتلي ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩.;ابعث لي ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩ بسرعة.⟫=register: a blunt colloquial command to a client|⟪هل يمكنكم إرسال ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩ إليّ?;هل بإمكانكم أن ترسلوا إليّ ⟨العقد الموقّع;نموذج الطلب الموقّع;الاتفاقية الموقّعة⟩?⟫=punctuation: the Latin ? for the Arabic ؟|⟪هل يمكنكم توقيع ⟨العقد;نموذج الطلب;الاتفاقية⟩؟;هل بإمكانكم أن توقّعوا ⟨العقد;نموذج الطلب;الاتفاقية⟩؟⟫=mistranslation: "send me the signed" rendered as "sign"⟧',
  },
  {
    id: 'with-reference-to-your-letter',
    source: '[Formal letter] With reference to your letter of ⟨last week;yesterday;last month⟩,',
    frame:
      '⟦⟪بالإشارة إلى خطابكم المرسل ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،;إشارةً إلى كتابكم المرسل ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،;بالإشارة إلى رسالتكم المؤرخة ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،⟫|⟪مع المرجع إلى رسالتكم المرسلة ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،;مع الرجوع كمرجع إلى خطابكم المرسل ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،⟫=literal calque: "with reference to" word for word|⟪بخصوص رسالتك اللي بعتها ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،;عن جوابك اللي بعتو ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،⟫=register: colloquial wording in a formal letter|⟪بالإشارة إلى مكالمتكم ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،;إشارةً إلى اتصالكم الهاتفي ⟨الأسبوع الماضي;أمس;الشهر الماضي⟩،⟫=mistranslation: "letter" rendered as "phone call"⟧',
  },
  {
    id: 'best-regards',
    source: '[Closing an email to a client] Best regards,',
    frame:
      '⟦⟪مع أطيب التحيات،;مع خالص التحيات،;وتفضلوا بقبول أطيب التحيات،⟫|⟪أفضل الاعتبارات،;مع أحسن الاعتبارات،⟫=literal calque: "regards" as considerations (اعتبارات)|⟪سلام،;يلا باي،⟫=register: a casual goodbye to a client|⟪مع حبي،;حبي واحترامي،⟫=register: an affectionate closing to a client⟧',
  },
  {
    id: 'cost-an-arm-and-a-leg',
    source: 'The new ⟨software;equipment;system⟩ cost an arm and a leg.',
    frame:
      '⟦⟪⟨كلّف البرنامج الجديد;كلّفت المعدات الجديدة;كلّف النظام الجديد⟩ مبلغًا طائلًا.;⟨كان البرنامج الجديد باهظ;كانت المعدات الجديدة باهظة;كان النظام الجديد باهظ⟩ الثمن للغاية.;⟨كلّفنا البرنامج الجديد;كلّفتنا المعدات الجديدة;كلّفنا النظام الجديد⟩ ثروة.⟫|⟪⟨كلّف البرنامج الجديد;كلّفت المعدات الجديدة;كلّف النظام الجديد⟩ ذراعًا وساقًا.;⟨كلّفنا البرنامج الجديد;كلّفتنا المعدات الجديدة;كلّفنا النظام الجديد⟩ ذراعًا وساقًا.⟫=idiom translated literally: "an arm and a leg" word for word|⟪⟨كان البرنامج الجديد رخيص;كانت المعدات الجديدة رخيصة;كان النظام الجديد رخيص⟩ الثمن للغاية.;⟨كلّف البرنامج الجديد;كلّفت المعدات الجديدة;كلّف النظام الجديد⟩ مبلغًا زهيدًا.⟫=mistranslation: "expensive" rendered as "cheap"|⟪⟨البرنامج الجديد غالي;المعدات الجديدة غالية;النظام الجديد غالي⟩ كتير.;⟨البرنامج الجديد;المعدات الجديدة;النظام الجديد⟩ بفلوس كتير.⟫=register: colloquial wording in business copy⟧',
  },
  {
    id: 'not-my-cup-of-tea',
    source: '[Message to a colleague] ⟨Accounting;Marketing;Programming⟩ is not my cup of tea.',
    frame:
      '⟦⟪⟨المحاسبة;التسويق;البرمجة⟩ ⟨ليست;ليس;ليست⟩ من اهتماماتي.;لا أميل كثيرًا إلى ⟨المحاسبة;التسويق;البرمجة⟩.;لست من محبي ⟨المحاسبة;التسويق;البرمجة⟩.⟫|⟪⟨المحاسبة;التسويق;البرمجة⟩ ⟨ليست;ليس;ليست⟩ فنجان الشاي الخاص بي.;⟨المحاسبة;التسويق;البرمجة⟩ ⟨ليست;ليس;ليست⟩ كوب الشاي خاصتي.⟫=idiom translated literally: "my cup of tea" word for word|⟪⟨المحاسبة;التسويق;البرمجة⟩ من أحب الأشياء إليّ.;أميل كثيرًا إلى ⟨المحاسبة;التسويق;البرمجة⟩.⟫=mistranslation: the opposite meaning|⟨المحاسبة;التسويق;البرمجة⟩ ⟨ليس;ليست;ليس⟩ من اهتماماتي.=gender: ليس or ليست of the other gender⟧',
  },
]
