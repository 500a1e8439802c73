import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Polish (Poland): writing conventions a translation must switch (dates with the month
 * in the genitive and in lower case, lower-case days, languages and nationality adjectives,
 * capitalised names of inhabitants, decimal comma, space-grouped thousands and "zł" after the
 * amount, 24-hour times and "wpół do", the quotation marks „…”, the comma before "że" and
 * around a "który" clause, Roman-numeral centuries, ordinals with a point, abbreviations), and
 * the spelling the PWN dictionary sets: diacritics, ó and u, rz and ż, "nie" joined or apart.
 */
export const PL_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-lowercase-genitive-month',
    source: 'The contract takes effect on ⟨1 March;15 June;3 October⟩.',
    frame:
      '⟦⟪Umowa wchodzi w życie ⟨1 marca;15 czerwca;3 października⟩;Umowa zaczyna obowiązywać ⟨1 marca;15 czerwca;3 października⟩;⟨1 marca;15 czerwca;3 października⟩ umowa wchodzi w życie⟫|⟪Umowa wchodzi w życie ⟨1 Marca;15 Czerwca;3 Października⟩;Umowa zaczyna obowiązywać ⟨1 Marca;15 Czerwca;3 Października⟩⟫=capitalisation: month name capitalised|⟪Umowa wchodzi w życie ⟨1 marzec;15 czerwiec;3 październik⟩;⟨1 marzec;15 czerwiec;3 październik⟩ umowa wchodzi w życie⟫=case: nominative month in a date (needs the genitive)|⟪Umowa wchodzi w życie ⟨marca 1;czerwca 15;października 3⟩;Umowa zaczyna obowiązywać ⟨marca 1;czerwca 15;października 3⟩⟫=format: English month-day order|Umowa wchodzi w życie ⟨1-ego marca;15-ego czerwca;3-ego października⟩=format: an ending after the day of a date⟧.',
  },
  {
    id: 'full-date-with-year',
    source:
      'On ⟨3 April 2026;12 May 2026;9 November 2026⟩ the payment period for the invoice ends.',
    frame:
      '⟦⟨3 kwietnia 2026 r.;12 maja 2026 r.;9 listopada 2026 r.⟩ ⟪upływa;mija⟫|⟨04.03.2026;05.12.2026;11.09.2026⟩ ⟪upływa;mija⟫=format: month-first numeric date (reads as another day)|⟨3 kwiecień 2026 r.;12 maj 2026 r.;9 listopad 2026 r.⟩ ⟪upływa;mija⟫=case: nominative month in a date (needs the genitive)|⟨3 kwietnia 2026r.;12 maja 2026r.;9 listopada 2026r.⟩ ⟪upływa;mija⟫=spelling: "r." joined to the year without a space|⟨3 kwietnia 2026 r.;12 maja 2026 r.;9 listopada 2026 r.⟩ ⟪upłynął;minął⟫=wrong tense: present rendered as past⟧ ⟪termin płatności faktury;termin zapłaty za fakturę⟫.',
  },
  {
    id: 'weekday-lowercase',
    source: 'The office is closed on ⟨Monday;Tuesday;Friday⟩.',
    frame:
      'Biuro ⟦jest ⟪nieczynne;zamknięte⟫ w ⟨poniedziałek;wtorek;piątek⟩|jest ⟪nieczynne;zamknięte⟫ w ⟨Poniedziałek;Wtorek;Piątek⟩=capitalisation: weekday capitalised|jest ⟪nieczynne;zamknięte⟫ na ⟨poniedziałek;wtorek;piątek⟩=wrong preposition: "na" (by, for) for the day something happens|jest czynne w ⟨poniedziałek;wtorek;piątek⟩=mistranslation: "closed" rendered as "open"|jest ⟪nieczynny;zamknięty⟫ w ⟨poniedziałek;wtorek;piątek⟩=agreement: masculine adjective for the neuter "biuro"⟧.',
  },
  {
    id: 'languages-po-lowercase',
    source: '⟨Anna;Piotr⟩ speaks English and German.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟪mówi po angielsku i po niemiecku;mówi po angielsku i niemiecku;mówi zarówno po angielsku, jak i po niemiecku⟫|⟪mówi po Angielsku i po Niemiecku;mówi po Angielsku i Niemiecku⟫=capitalisation: language adverbs capitalised|mówi angielski i niemiecki=literal calque: "speaks English" as "mówi angielski"|⟪mówi po angielsku i po holendersku;mówi po angielsku i holendersku⟫=mistranslation: "German" rendered as "Dutch"|⟪mówi po angielsku i po duńsku;mówi po angielsku i duńsku⟫=mistranslation: "German" rendered as "Danish"⟧.',
  },
  {
    id: 'nationality-adjective-lowercase',
    source: 'Our Polish customers are satisfied.',
    frame:
      '⟦Nasi polscy klienci są ⟪zadowoleni;usatysfakcjonowani⟫|Nasi Polscy klienci są ⟪zadowoleni;usatysfakcjonowani⟫=capitalisation: nationality adjective capitalised|Nasze polskie klienci są ⟪zadowolone;usatysfakcjonowane⟫=agreement: non-masculine-personal forms for men|Nasi polscy klienci ⟪byli zadowoleni;byli usatysfakcjonowani⟫=wrong tense: present rendered as past|Nasi polscy klienci są ⟪niezadowoleni;rozczarowani⟫=mistranslation: "satisfied" rendered as "dissatisfied"⟧.',
  },
  {
    id: 'inhabitants-capitalised',
    source: 'Many Poles work abroad.',
    frame:
      '⟦⟪Wielu Polaków pracuje za granicą;Za granicą pracuje wielu Polaków⟫|⟪Wielu polaków pracuje za granicą;Za granicą pracuje wielu polaków⟫=capitalisation: the name of a nation\'s people in lower case|⟪Wiele Polaków pracuje za granicą;Za granicą pracuje wiele Polaków⟫=agreement: "wiele" with a masculine-personal noun (needs "wielu")|⟪Wielu Polaków pracują za granicą;Za granicą pracują wielu Polaków⟫=agreement: plural verb after "wielu"|⟪Wielu Polaków pracuje za granicę;Za granicę pracuje wielu Polaków⟫=case: accusative "za granicę" (going abroad) for being abroad|⟪Wielu Polaków pracowało za granicą;Za granicą pracowało wielu Polaków⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'decimal-comma-percent',
    source: 'The interest rate is ⟨2.5%;3.75%;1.2%⟩.',
    frame:
      'Oprocentowanie ⟦wynosi ⟨2,5%;3,75%;1,2%⟩|wynosi ⟨2.5%;3.75%;1.2%⟩=format: decimal point (Polish uses a decimal comma)|wynosi ⟨25%;375%;12%⟩=mistranslation: the decimal separator dropped|wynosi ⟨0,25%;0,375%;0,12%⟩=mistranslation: the rate divided by ten|wynosiło ⟨2,5%;3,75%;1,2%⟩=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'thousands-space-zloty-after',
    source: 'The car costs PLN ⟨45,000;128,500;72,900⟩.',
    frame:
      'Samochód ⟦kosztuje ⟨45 000;128 500;72 900⟩ ⟪zł;złotych⟫|kosztuje ⟨45,000;128,500;72,900⟩ zł=format: comma as thousands separator (reads as a decimal)|kosztuje zł ⟨45 000;128 500;72 900⟩=format: "zł" before the amount|kosztuje ⟨4500;12 850;7290⟩ zł=mistranslation: the amount divided by ten|kosztował ⟨45 000;128 500;72 900⟩ zł=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'clock-time-24-hour',
    source: 'The meeting is at ⟨3 p.m.;5 p.m.;2 p.m.⟩',
    frame:
      'Spotkanie ⟦⟪jest;odbędzie się⟫ o ⟨15:00;17:00;14:00⟩|⟪jest;odbędzie się⟫ o ⟨3 PM;5 PM;2 PM⟩=format: the English 12-hour clock mark|⟪jest;odbędzie się⟫ o ⟨3:00 w nocy;5:00 rano;2:00 w nocy⟩=mistranslation: p.m. rendered as a.m.|⟪jest;odbędzie się⟫ w ⟨15:00;17:00;14:00⟩=wrong preposition: "w" for "o" before a clock time|⟪było;odbyło się⟫ o ⟨15:00;17:00;14:00⟩=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'half-past-is-half-to-the-next-hour',
    source: 'The train leaves at half past ⟨two;four;six⟩.',
    frame:
      'Pociąg ⟦⟪odjeżdża;odchodzi⟫ o wpół do ⟨trzeciej;piątej;siódmej⟩|⟪odjeżdża;odchodzi⟫ o wpół do ⟨drugiej;czwartej;szóstej⟩=mistranslation: Polish "wpół do" counts to the next hour|⟪odjeżdża;odchodzi⟫ o pół po ⟨drugiej;czwartej;szóstej⟩=literal calque: "half past" as "pół po"|⟪odjechał;odszedł⟫ o wpół do ⟨trzeciej;piątej;siódmej⟩=wrong tense: present rendered as past|przyjeżdża o wpół do ⟨trzeciej;piątej;siódmej⟩=mistranslation: "leaves" rendered as "arrives"⟧.',
  },
  {
    id: 'polish-quotation-marks',
    source: 'Our new product is called "⟨Orion;Nova;Vega⟩".',
    frame:
      '⟪Nasz nowy produkt;Nowy produkt⟫ ⟦⟪nazywa się;nosi nazwę⟫ „⟨Orion;Nova;Vega⟩”|⟪nazywa się;nosi nazwę⟫ "⟨Orion;Nova;Vega⟩"=punctuation: straight English quotation marks|⟪nazywa się;nosi nazwę⟫ “⟨Orion;Nova;Vega⟩”=punctuation: English opening quotation mark above the line|⟪nazywa się;nosi nazwę⟫ „⟨Orion;Nova;Vega⟩“=punctuation: German closing quotation mark|⟪nazywał się;nosił nazwę⟫ „⟨Orion;Nova;Vega⟩”=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'comma-before-ze',
    source: 'We think that the offer is ⟨good;fair;attractive⟩.',
    frame:
      '⟦⟪Uważamy;Sądzimy;Myślimy⟫, że ⟪oferta jest ⟨dobra;uczciwa;atrakcyjna⟩;ta oferta jest ⟨dobra;uczciwa;atrakcyjna⟩⟫|⟪Uważamy;Sądzimy;Myślimy⟫ że ⟪oferta jest ⟨dobra;uczciwa;atrakcyjna⟩;ta oferta jest ⟨dobra;uczciwa;atrakcyjna⟩⟫=punctuation: no comma before "że"|⟪Uważamy;Sądzimy⟫, że oferta jest ⟨dobry;uczciwy;atrakcyjny⟩=agreement: masculine adjective for the feminine "oferta"|⟪Uważaliśmy;Sądziliśmy;Myśleliśmy⟫, że ⟪oferta jest ⟨dobra;uczciwa;atrakcyjna⟩;ta oferta jest ⟨dobra;uczciwa;atrakcyjna⟩⟫=wrong tense: present rendered as past|⟪Uważamy;Sądzimy⟫, że oferta nie jest ⟨dobra;uczciwa;atrakcyjna⟩=negation: a "not" added⟧.',
  },
  {
    id: 'commas-around-ktory-clause',
    source: 'The customer who called yesterday wants a refund.',
    frame:
      '⟦Klient, który ⟪dzwonił;zadzwonił⟫ wczoraj, chce zwrotu pieniędzy|Klient który ⟪dzwonił;zadzwonił⟫ wczoraj chce zwrotu pieniędzy=punctuation: a relative clause without commas|Klient, który ⟪dzwonił;zadzwonił⟫ wczoraj chce zwrotu pieniędzy=punctuation: the comma closing the relative clause missing|Klient, którego ⟪dzwonił;zadzwonił⟫ wczoraj, chce zwrotu pieniędzy=case: accusative relative pronoun for the subject|Klient, który ⟪dzwonił;zadzwonił⟫, wczoraj chce zwrotu pieniędzy=punctuation: the closing comma before "wczoraj" (moves "yesterday" out of the clause)⟧.',
  },
  {
    id: 'roman-numeral-century',
    source: 'The castle was built in the ⟨14th;16th;18th⟩ century.',
    frame:
      '⟦⟪Zamek zbudowano w ⟨XIV;XVI;XVIII⟩ wieku;Zamek powstał w ⟨XIV;XVI;XVIII⟩ wieku;Zamek został zbudowany w ⟨XIV;XVI;XVIII⟩ wieku⟫|⟪Zamek zbudowano w ⟨14th;16th;18th⟩ wieku;Zamek powstał w ⟨14th;16th;18th⟩ wieku⟫=format: English ordinal suffix|⟪Zamek zbudowano w ⟨XIV.;XVI.;XVIII.⟩ wieku;Zamek został zbudowany w ⟨XIV.;XVI.;XVIII.⟩ wieku⟫=punctuation: a point after a Roman numeral|⟪Zamek zbudowano w ⟨XIII;XV;XVII⟩ wieku;Zamek powstał w ⟨XIII;XV;XVII⟩ wieku⟫=mistranslation: the century before the one named|Zamek zbudowano w ⟨XIV;XVI;XVIII⟩ wiek=case: accusative after "w" for a time (needs the locative)⟧.',
  },
  {
    id: 'ordinal-floor-no-ending',
    source: 'Our office is on the ⟨3rd;5th;2nd⟩ floor.',
    frame:
      'Nasze biuro ⟦jest na ⟪⟨3.;5.;2.⟩;⟨trzecim;piątym;drugim⟩⟫ piętrze|jest na ⟨3-cim;5-tym;2-gim⟩ piętrze=format: a case ending after the digit of an ordinal|jest na ⟨3rd;5th;2nd⟩ piętrze=format: English ordinal suffix|jest na ⟪⟨3.;5.;2.⟩;⟨trzecie;piąte;drugie⟩⟫ piętro=case: accusative after "na" for a location (needs the locative)|jest w ⟪⟨3.;5.;2.⟩;⟨trzecim;piątym;drugim⟩⟫ piętrze=wrong preposition: "w" for "na" with a floor⟧.',
  },
  {
    id: 'abbreviation-dr-without-point',
    source: 'The report was prepared by Dr ⟨Kowalski;Zieliński;Wiśniewski⟩.',
    frame:
      '⟦⟪Raport przygotował dr ⟨Kowalski;Zieliński;Wiśniewski⟩;Raport został przygotowany przez dr. ⟨Kowalskiego;Zielińskiego;Wiśniewskiego⟩⟫|⟪Raport przygotował dr. ⟨Kowalski;Zieliński;Wiśniewski⟩;Raport został przygotowany przez dr ⟨Kowalskiego;Zielińskiego;Wiśniewskiego⟩⟫=punctuation: the point of "dr" misused (none in the nominative, "dr." in the genitive and accusative)|Raport przygotował Dr ⟨Kowalski;Zieliński;Wiśniewski⟩=capitalisation: a title abbreviation capitalised inside a sentence|Raport przygotował dr ⟨Kowalskiego;Zielińskiego;Wiśniewskiego⟩=case: accusative for the subject|⟪Raport przygotowało dr ⟨Kowalski;Zieliński;Wiśniewski⟩;Raport zostało przygotowane przez dr. ⟨Kowalskiego;Zielińskiego;Wiśniewskiego⟩⟫=agreement: neuter verb for a masculine subject⟧.',
  },
  {
    id: 'abbreviation-prof-with-point',
    source: 'The lecture will be given by Professor ⟨Kamińska;Lewandowska;Zielińska⟩.',
    frame:
      '⟦⟪Wykład wygłosi prof. ⟨Kamińska;Lewandowska;Zielińska⟩;Prof. ⟨Kamińska;Lewandowska;Zielińska⟩ wygłosi wykład⟫|⟪Wykład wygłosi prof ⟨Kamińska;Lewandowska;Zielińska⟩;Prof ⟨Kamińska;Lewandowska;Zielińska⟩ wygłosi wykład⟫=punctuation: no point after "prof.", which is cut short|Wykład wygłosi Prof. ⟨Kamińska;Lewandowska;Zielińska⟩=capitalisation: a title abbreviation capitalised inside a sentence|⟪Wykład wygłosi prof. ⟨Kamińską;Lewandowską;Zielińską⟩;Prof. ⟨Kamińską;Lewandowską;Zielińską⟩ wygłosi wykład⟫=case: accusative for the subject|⟪Wykład wygłosiła prof. ⟨Kamińska;Lewandowska;Zielińska⟩;Prof. ⟨Kamińska;Lewandowska;Zielińska⟩ wygłosiła wykład⟫=wrong tense: future rendered as past⟧.',
  },
  {
    id: 'nie-joined-to-adjective',
    source: 'The new ⟨monitor;phone;laptop⟩ is not expensive.',
    frame:
      '⟪Nowy;Ten nowy⟫ ⟨monitor;telefon;laptop⟩ ⟦⟪jest niedrogi;nie jest drogi⟫|jest nie drogi=spelling: "nie" written apart from an adjective|jest drogi=negation: "not" dropped|⟪jest niedroga;nie jest droga⟫=agreement: feminine adjective for a masculine noun|⟪był niedrogi;nie był drogi⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'nie-apart-from-verb',
    source: '⟨Anna;Piotr⟩ does not know the password.',
    frame:
      '⟨Anna;Piotr⟩ ⟦nie zna hasła|niezna hasła=spelling: "nie" joined to a verb|nie zna hasło=case: accusative after a negated verb (needs the genitive)|zna hasło=negation: "not" dropped|nie znał hasła=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'morze-not-moze',
    source: 'The sea is calm today.',
    frame:
      '⟦⟪Morze jest dziś spokojne;Dziś morze jest spokojne;Morze jest dzisiaj spokojne⟫|⟪Może jest dziś spokojne;Dziś może jest spokojne⟫=spelling: "może" (maybe) for "morze" (sea)|⟪Morze jest dziś wzburzone;Dziś morze jest niespokojne⟫=mistranslation: "calm" rendered as "rough"|⟪Morze jest dziś spokojny;Dziś morze jest spokojny;Morze jest dzisiaj spokojny⟫=agreement: masculine adjective for the neuter "morze"|⟪Morze było dziś spokojne;Dziś morze było spokojne⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'o-kreskowane-wroc',
    source: '[To a friend] Come back tomorrow, the shop is closed today.',
    frame:
      '⟦⟪Wróć jutro;Przyjdź jutro;Wpadnij jutro⟫, dziś sklep jest ⟪zamknięty;nieczynny⟫|⟪Wruć jutro;Wruć tu jutro⟫, dziś sklep jest ⟪zamknięty;nieczynny⟫=spelling: "u" for "ó" in "wróć"|⟪Wróc jutro;Wróc tu jutro⟫, dziś sklep jest ⟪zamknięty;nieczynny⟫=spelling: the accent of "ć" dropped|⟪Wróćcie jutro;Przyjdźcie jutro⟫, dziś sklep jest ⟪zamknięty;nieczynny⟫=number: plural imperative to one friend|⟪Wróć wczoraj;Przyjdź wczoraj⟫, dziś sklep jest ⟪zamknięty;nieczynny⟫=mistranslation: "tomorrow" rendered as "yesterday"⟧.',
  },
  {
    id: 'diacritics-dziekujemy',
    source: '[To a customer] Thank you for your patience.',
    frame:
      '⟦⟪Dziękujemy za cierpliwość;Dziękujemy za Państwa cierpliwość⟫|Dziekujemy za cierpliwosc=spelling: Polish diacritics dropped (ę, ś, ć)|Dziękujemy za cierpliwości=case: genitive after "za" (needs the accusative)|Przepraszamy za cierpliwość=mistranslation: "thank you" rendered as "sorry"⟧.',
  },
]
