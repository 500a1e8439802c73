import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Polish (Poland): register (Pan, Pani and Państwo or ty as the bracketed context in the
 * source says, written with a capital in letters and emails), letter and email formulas as Polish
 * correspondence writes them, and idioms rendered by meaning with Polish set phrases.
 */
export const PL_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'salutation-without-surname',
    source: '[Formal letter] Dear ⟨Mr Kowalski;Ms Nowak⟩,',
    frame:
      '⟦⟨Szanowny Panie;Szanowna Pani⟩|⟨Szanowny Panie Kowalski;Szanowna Pani Nowak⟩=register: the surname after "Pan" or "Pani" in a salutation (Polish leaves it out)|⟨Szanowna Pani;Szanowny Panie⟩=mistranslation: the addressee of the other sex|⟨Drogi Kowalski;Droga Nowak⟩=register: the bare surname with "drogi", curt in a letter|⟨Cześć Panie;Cześć Pani⟩=register: the casual "cześć" in a formal letter⟧,',
  },
  {
    id: 'closing-without-comma',
    source: '[Closing a formal letter] Yours sincerely,',
    frame:
      '⟦⟪Z poważaniem;Z wyrazami szacunku;Z wyrazami poważania;Łączę wyrazy szacunku⟫|⟪Z poważaniem;Z wyrazami szacunku;Z wyrazami poważania;Łączę wyrazy szacunku⟫,=punctuation: a comma after the closing formula (Polish puts none)|⟪Szczerze Twój;Szczerze Pański⟫=literal calque of "Yours sincerely"|⟪Buziaki;Ściskam mocno⟫=register: a closing between close friends in a formal letter|⟪Do zobaczenia;Na razie⟫=register: a spoken goodbye as a letter closing⟧',
  },
  {
    id: 'pan-to-a-client',
    source: '[Email to a client, ⟨Mr Nowak;Ms Nowak⟩] Could you send me the signed contract?',
    frame:
      '⟦⟪Czy ⟨mógłby Pan;mogłaby Pani⟩;⟨Mógłby Pan;Mogłaby Pani⟩⟫ ⟪przesłać;odesłać⟫ mi podpisaną umowę|Czy ⟨mógłbyś;mogłabyś⟩ ⟪przesłać;odesłać⟫ mi podpisaną umowę=register: "ty" to a client in a formal email|⟪Czy ⟨mogłaby Pani;mógłby Pan⟩;⟨Mogłaby Pani;Mógłby Pan⟩⟫ ⟪przesłać;odesłać⟫ mi podpisaną umowę=mistranslation: the addressee of the other sex|Czy ⟨mógłby Pan;mogłaby Pani⟩ ⟪przesłać;odesłać⟫ mi podpisana umowa=case: nominative for the accusative object|⟪Czy ⟨mógłby Pan;mogłaby Pani⟩;⟨Mógłby Pan;Mogłaby Pani⟩⟫ ⟪przesyłać;odsyłać⟫ mi podpisaną umowę=wrong aspect: imperfective for one sending⟧?',
  },
  {
    id: 'dative-pan-pani-thanks',
    source: '[Email to a client, ⟨Mr Wiśniewski;Ms Wiśniewska⟩] Thank you for your order.',
    frame:
      '⟦⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨Panu;Pani⟩ za zamówienie|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨ci;ci⟩ za zamówienie=register: "ty" to a client in a formal email|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨Pani;Panu⟩ za zamówienie=mistranslation: the addressee of the other sex|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨Pana;Panią⟩ za zamówienie=case: accusative after "dziękować" (needs the dative)|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨Panu;Pani⟩ za zamówienia=number: plural for one order⟧.',
  },
  {
    id: 'panstwo-to-customers',
    source: '[Newsletter that addresses customers as Państwo] We invite you to our new shop.',
    frame:
      '⟦⟪Zapraszamy Państwa do naszego nowego sklepu;Serdecznie zapraszamy Państwa do naszego nowego sklepu;Zapraszamy Państwa do odwiedzenia naszego nowego sklepu⟫|⟪Zapraszamy was do naszego nowego sklepu;Zapraszamy was do odwiedzenia naszego nowego sklepu⟫=register: "wy" where the newsletter uses "Państwo"|⟪Zapraszamy Pana do naszego nowego sklepu;Serdecznie zapraszamy Pana do odwiedzenia naszego nowego sklepu⟫=number: "Pan" (one man) for all customers|⟪Serdecznie zapraszamy Państwo do naszego nowego sklepu;Zapraszamy Państwo do odwiedzenia naszego nowego sklepu⟫=case: nominative "Państwo" for the accusative "Państwa"|⟪Zapraszamy Państwa do naszego nowego sklepa;Zapraszamy Państwa do odwiedzenia naszego nowego sklepa⟫=form: genitive "sklepa" for "sklepu"⟧.',
  },
  {
    id: 'ty-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow?',
    frame:
      '⟦⟪Możesz do mnie jutro zadzwonić;Zadzwonisz do mnie jutro;Czy możesz jutro do mnie zadzwonić;Dasz radę jutro do mnie zadzwonić;Możesz zadzwonić do mnie jutro⟫|⟪Czy mógłby Pan do mnie jutro zadzwonić;Czy mógłby Pan jutro do mnie zadzwonić⟫=register: "Pan" to a friend|⟪Możesz mnie jutro zadzwonić;Zadzwonisz mnie jutro;Czy możesz jutro mnie zadzwonić⟫=omission: the "do" that "zadzwonić" takes before a person|⟪Mogę do ciebie jutro zadzwonić;Zadzwonię do ciebie jutro;Czy mogę jutro do ciebie zadzwonić⟫=mistranslation: who calls whom reversed|⟪Możesz do mnie wczoraj zadzwonić;Zadzwonisz do mnie wczoraj;Czy możesz wczoraj do mnie zadzwonić⟫=mistranslation: "tomorrow" rendered as "yesterday"|⟪Możesz do mnie jutro napisać;Napiszesz do mnie jutro;Czy możesz jutro do mnie napisać⟫=mistranslation: "call" rendered as "write"⟧?',
  },
  {
    id: 'app-instruction-ty',
    source: '[Instruction in an app that addresses its users with ty] Enter your password.',
    frame:
      '⟦⟪Wpisz;Wprowadź;Podaj⟫ hasło|Proszę, aby Pan wpisał hasło=register: "Pan" where the app uses "ty"|Wejdź hasło=literal calque: "enter" as "wejść" (go in)|⟪Wpiszcie;Wprowadźcie;Podajcie⟫ hasło=number: plural imperative where the app addresses one user|⟪Wpisz;Wprowadź;Podaj⟫ login=mistranslation: "password" rendered as "login"⟧.',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find the invoice attached.',
    frame:
      '⟦⟪W załączniku przesyłam fakturę;Fakturę przesyłam w załączniku;W załączeniu przesyłam fakturę⟫|Proszę znaleźć fakturę w załączniku=literal calque of "please find attached" (Polish letters say "w załączniku przesyłam")|W załączniku przesyłam faktura=case: nominative for the accusative object|W załączniku przesyłam rachunek bankowy=mistranslation: "invoice" rendered as "bank account"⟧.',
  },
  {
    id: 'looking-forward-to-your-reply',
    source:
      '[Closing an email to a client, ⟨Mr Zieliński;Ms Zielińska⟩] I look forward to your reply.',
    frame:
      '⟦⟪Czekam na ⟨Pana;Pani⟩ odpowiedź;Z niecierpliwością czekam na ⟨Pana;Pani⟩ odpowiedź⟫|Patrzę naprzód na ⟨Pana;Pani⟩ odpowiedź=literal calque of "look forward to"|Czekam na twoją odpowiedź=register: "ty" to a client|Czekam na ⟨Pana;Pani⟩ odpowiedzi=number: plural "odpowiedzi" (answers) for one reply|Czekałem na ⟨Pana;Pani⟩ odpowiedź=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦⟪Zachęcamy do kontaktu z nami;W razie pytań prosimy o kontakt;Zapraszamy do kontaktu⟫|Czuj się wolny, aby się z nami skontaktować=literal calque of "feel free to"|⟪Prosimy nie kontaktować się z nami;W razie pytań prosimy nie kontaktować się z nami⟫=mistranslation: the invitation rendered as a refusal|Zachęcamy do kontaktu z nas=case: genitive after "z" (needs the instrumental "nami")|⟪W razie pytań prosiliśmy o kontakt;Zachęcaliśmy do kontaktu z nami⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'apologise-for-the-inconvenience',
    source: '[To a customer] We apologise for the inconvenience.',
    frame:
      '⟦⟪Przepraszamy;Bardzo przepraszamy⟫ za ⟪utrudnienia;niedogodności⟫|⟪Przepraszamy;Bardzo przepraszamy⟫ za wygodę=mistranslation: "inconvenience" rendered as "convenience"|⟪Przepraszamy;Bardzo przepraszamy⟫ o ⟪utrudnienia;niedogodności⟫=wrong preposition: "o" for "za" after "przepraszać"|⟪Przepraszamy;Bardzo przepraszamy⟫ za utrudnień=case: genitive after "za" (needs the accusative)|Apologizujemy za niewygodę=literal calque of the English formula|⟪Przepraszaliśmy;Bardzo przepraszaliśmy⟫ za ⟪utrudnienia;niedogodności⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'to-whom-it-may-concern',
    source: '[Heading of a reference letter] To whom it may concern',
    frame:
      '⟦⟪Do wszystkich zainteresowanych;Do wszystkich, których to dotyczy⟫|Do kogo to może dotyczyć=literal calque of the English formula|Do wszystkich zainteresowanym=case: dative after "do" (needs the genitive)|Do nikogo zainteresowanego=mistranslation: addressed to nobody|Do wszystkich, których to nie dotyczy=negation: a "not" added⟧',
  },
  {
    id: 'have-a-nice-weekend',
    source: '[To a customer, at the end of a call] Have a nice weekend!',
    frame:
      '⟦⟪Miłego weekendu;Udanego weekendu⟫|⟪Miły weekend;Udany weekend⟫=case: nominative in a wish (needs the genitive)|Miej miły weekend=literal calque of "have a nice weekend"|⟪Miłego tygodnia;Udanego tygodnia⟫=mistranslation: "weekend" rendered as "week"⟧!',
  },
  {
    id: 'congratulations-on-genitive',
    source: '[To a colleague] Congratulations on your promotion!',
    frame:
      '⟦⟪Gratuluję awansu;Gratulacje z okazji awansu⟫|Gratuluję awans=case: accusative after "gratulować" (needs the genitive)|Gratulacje na awans=wrong preposition: "na" as a calque of "on"|Gratuluję promocji=false friend: "promocja" means a sales promotion|Współczuję awansu=mistranslation: congratulations rendered as sympathy⟧!',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs again.',
    frame:
      '⟦⟪Znowu;Znów⟫ ⟪leje jak z cebra;leje⟫|⟪Znowu;Znów⟫ pada koty i psy=idiom translated literally|⟪Znowu;Znów⟫ pada śnieg=mistranslation: rain rendered as snow|⟪Znowu;Znów⟫ lało jak z cebra=wrong tense: present rendered as past|⟪Znowu;Znów⟫ ⟪mży;kropi⟫=mistranslation: "raining cats and dogs" rendered as "drizzling"⟧.',
  },
  {
    id: 'piece-of-cake',
    source: 'The test was a piece of cake.',
    frame:
      '⟪Test;Sprawdzian⟫ ⟦był ⟪bułką z masłem;dziecinnie prosty⟫|był kawałkiem ciasta=idiom translated literally|był bardzo trudny=mistranslation: "a piece of cake" rendered as "very hard"|jest ⟪bułką z masłem;dziecinnie prosty⟫=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'two-birds-with-one-stone',
    source: 'With this plan we kill two birds with one stone.',
    frame:
      "⟪Tym planem;Dzięki temu planowi;Tym jednym planem⟫ ⟦upieczemy dwie pieczenie ⟪na jednym ogniu;przy jednym ogniu⟫|zabijemy dwa ptaki jednym kamieniem=idiom translated literally|upieczemy jedną pieczeń na dwóch ogniach=mistranslation: the idiom's numbers reversed|upiekliśmy dwie pieczenie ⟪na jednym ogniu;przy jednym ogniu⟫=wrong tense: present rendered as past⟧.",
  },
  {
    id: 'cost-an-arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'Naprawa ⟦kosztowała ⟪majątek;fortunę;krocie⟫|kosztowała rękę i nogę=idiom translated literally|kosztowała ⟪grosze;niewiele⟫=mistranslation: "an arm and a leg" rendered as "next to nothing"|kosztował ⟪majątek;fortunę;krocie⟫=agreement: masculine past tense for the feminine "naprawa"⟧.',
  },
  {
    id: 'beat-around-the-bush',
    source: 'Stop beating around the bush.',
    frame:
      '⟦⟪Przestań owijać w bawełnę;Nie owijaj w bawełnę⟫|⟪Przestań;Skończ⟫ bić wokół krzaka=idiom translated literally|⟪Przestań;Skończ⟫ mówić wprost=mistranslation: the idiom rendered as its opposite|⟪Przestań;Skończ⟫ owijać na bawełnę=wrong preposition: "na" in the fixed phrase "owijać w bawełnę"⟧.',
  },
  {
    id: 'not-my-cup-of-tea',
    source: 'Jazz is not my cup of tea.',
    frame:
      'Jazz ⟦to nie ⟪moja bajka;mój klimat⟫|to nie moja filiżanka herbaty=idiom translated literally|to ⟪moja bajka;mój klimat⟫=negation: "not" dropped|to nie ⟪mojej bajki;mojego klimatu⟫=case: genitive after "to nie" (needs the nominative)⟧.',
  },
  {
    id: 'once-in-a-blue-moon',
    source: 'We eat out once in a blue moon.',
    frame:
      '⟦⟪Od wielkiego dzwonu;Bardzo rzadko⟫ jemy na mieście|Raz na niebieski księżyc jemy na mieście=idiom translated literally|⟪Codziennie;Bardzo często⟫ jemy na mieście=mistranslation: "once in a blue moon" rendered as "often"|⟪Od wielkiego dzwonu;Bardzo rzadko⟫ jedliśmy na mieście=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'under-the-weather',
    source: '⟨Anna;Piotr⟩ is feeling a bit under the weather today.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟪czuje się dziś trochę słabo;jest dziś trochę nie w formie⟫|jest dziś trochę pod pogodą=idiom translated literally|⟪czuje się dziś świetnie;jest dziś w świetnej formie⟫=mistranslation: the idiom rendered as its opposite|czuje dziś trochę słabo=omission: the reflexive "się" of "czuć się"|⟪czuje się dziś trochę lepiej;jest dziś w trochę lepszej formie⟫=mistranslation: "under the weather" rendered as "better"⟧.',
  },
  {
    id: 'call-it-a-day',
    source: 'Let us call it a day.',
    frame:
      '⟦⟪Na dziś wystarczy;Kończymy na dziś;Skończmy na dzisiaj⟫|Nazwijmy to dniem=idiom translated literally|Zacznijmy na dzisiaj=mistranslation: "stop" rendered as "start"|Ustalmy dzień=mistranslation: read as fixing a date⟧.',
  },
  {
    id: 'out-of-the-blue',
    source: 'Last week the client called out of the blue.',
    frame:
      '⟪W zeszłym tygodniu;W ubiegłym tygodniu⟫ ⟦klient zadzwonił ⟪niespodziewanie;nagle;znienacka⟫|klient zadzwonił z niebieskiego=idiom translated literally|klient zadzwonił ⟪celowo;specjalnie⟫=mistranslation: "out of the blue" rendered as "on purpose"|klient zadzwoni ⟪niespodziewanie;nagle;znienacka⟫=wrong tense: past rendered as future⟧.',
  },
]
