import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Polish (standard Polish as written in Poland): grammar that does not transfer word
 * for word (perfective and imperfective aspect, the case a verb, preposition or negation governs,
 * numerals and the genitive plural, masculine-personal agreement, reflexive "się", the
 * instrumental after "być", no articles and no progressive).
 */
export const PL_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'perfective-for-a-finished-result',
    source: '⟨Anna;Piotr⟩ has already translated the contract. Here it is.',
    frame:
      '⟨Anna;Piotr⟩ ⟦już ⟨przetłumaczyła;przetłumaczył⟩ ⟪umowę;tę umowę⟫|już ⟨tłumaczyła;tłumaczył⟩ ⟪umowę;tę umowę⟫=wrong aspect: imperfective for a finished result|już ⟨przetłumaczył;przetłumaczyła⟩ ⟪umowę;tę umowę⟫=agreement: the past-tense ending of the other gender|już ⟨przetłumaczyła;przetłumaczył⟩ ⟪umowa;ta umowa⟫=case: nominative for the accusative object|jeszcze nie ⟨przetłumaczyła;przetłumaczył⟩ ⟪umowy;tej umowy⟫=mistranslation: "already" rendered as "not yet"⟧. ⟪Oto ona;Oto i ona;Proszę, oto ona⟫.',
  },
  {
    id: 'imperfective-for-a-habit',
    source: 'Every Monday ⟨Anna;Piotr⟩ sends the client a report.',
    frame:
      '⟪W każdy poniedziałek;Co poniedziałek⟫ ⟨Anna;Piotr⟩ ⟦wysyła ⟪klientowi raport;raport klientowi⟫|wyśle ⟪klientowi raport;raport klientowi⟫=wrong aspect: a perfective verb (future in meaning) for a habit|wysyła ⟪klienta raport;raport klienta⟫=case: accusative "klienta" for the dative recipient|⟨wysyłała;wysyłał⟩ ⟪klientowi raport;raport klientowi⟫=wrong tense: present rendered as past|wysyła ⟪klientowi raportu;raportu klientowi⟫=case: genitive "raportu" for the accusative object⟧.',
  },
  {
    id: 'genitive-after-negation',
    source: 'We do not have ⟨a printer;a car;time⟩ today.',
    frame:
      '⟦Nie mamy ⟪dziś;dzisiaj;na dziś⟫ ⟨drukarki;samochodu;czasu⟩|Nie mamy ⟪dziś;dzisiaj;na dziś⟫ ⟨drukarkę;samochód;czas⟩=case: accusative object of a negated verb (needs the genitive)|Nie mieliśmy ⟪dziś;dzisiaj⟫ ⟨drukarki;samochodu;czasu⟩=wrong tense: present rendered as past|Mamy ⟪dziś;dzisiaj;na dziś⟫ ⟨drukarkę;samochód;czas⟩=negation: "not" dropped|Nie mamy ⟪jutro;na jutro⟫ ⟨drukarki;samochodu;czasu⟩=mistranslation: "today" rendered as "tomorrow"⟧.',
  },
  {
    id: 'personal-numeral-with-men',
    source: 'The company employs ⟨five translators;seven programmers;twelve engineers⟩.',
    frame:
      '⟦⟪Firma zatrudnia;Nasza firma zatrudnia;W firmie pracuje;W naszej firmie pracuje⟫ ⟨pięciu tłumaczy;siedmiu programistów;dwunastu inżynierów⟩|⟪Firma zatrudnia;Nasza firma zatrudnia;W firmie pracuje⟫ ⟨pięć tłumaczy;siedem programistów;dwanaście inżynierów⟩=agreement: the non-personal numeral with a masculine-personal noun|⟪Firma zatrudnia;W firmie pracuje;W naszej firmie pracuje⟫ ⟨pięciu tłumacze;siedmiu programiści;dwunastu inżynierowie⟩=case: nominative plural after the numeral (needs the genitive)|⟪Firma zatrudniała;Nasza firma zatrudniała;W firmie pracowało;W naszej firmie pracowało⟫ ⟨pięciu tłumaczy;siedmiu programistów;dwunastu inżynierów⟩=wrong tense: present rendered as past|⟪Firma zwalnia;Nasza firma zwalnia⟫ ⟨pięciu tłumaczy;siedmiu programistów;dwunastu inżynierów⟩=mistranslation: "employs" rendered as "dismisses"⟧.',
  },
  {
    id: 'masculine-personal-past-plural',
    source: 'The ⟨engineers;lawyers;auditors⟩ arrived on time.',
    frame:
      '⟨Inżynierowie;Prawnicy;Audytorzy⟩ ⟦⟪przyjechali;dotarli⟫ na czas|⟪przyjechały;dotarły⟫ na czas=agreement: the non-masculine-personal plural ending for men|⟪przyjechał;dotarł⟫ na czas=agreement: singular verb for a plural subject|⟪przyjadą;dotrą⟫ na czas=wrong tense: past rendered as future|⟪przyjechali;dotarli⟫ za późno=mistranslation: "on time" rendered as "too late"⟧.',
  },
  {
    id: 'instrumental-after-jest',
    source: 'My ⟨brother is an engineer;sister is a teacher;father is a doctor⟩.',
    frame:
      '⟦⟨Mój brat;Moja siostra;Mój ojciec⟩ ⟪jest ⟨inżynierem;nauczycielką;lekarzem⟩;to ⟨inżynier;nauczycielka;lekarz⟩⟫|⟨Mój brat;Moja siostra;Mój ojciec⟩ jest ⟨inżynier;nauczycielka;lekarz⟩=case: nominative noun after "jest" (needs the instrumental)|⟨Mój brat;Moja siostra;Mój ojciec⟩ to ⟨inżynierem;nauczycielką;lekarzem⟩=case: instrumental after "to" (needs the nominative)|⟨Mój brat był;Moja siostra była;Mój ojciec był⟩ ⟨inżynierem;nauczycielką;lekarzem⟩=wrong tense: present rendered as past|⟨Moja brat;Mój siostra;Moja ojciec⟩ ⟪jest ⟨inżynierem;nauczycielką;lekarzem⟩;to ⟨inżynier;nauczycielka;lekarz⟩⟫=agreement: possessive of the other gender⟧.',
  },
  {
    id: 'no-progressive-present',
    source: '⟨Anna;Piotr⟩ is working on the translation right now.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟪właśnie;teraz;w tej chwili⟫ pracuje nad tłumaczeniem|jest ⟪właśnie;teraz;w tej chwili⟫ pracując nad tłumaczeniem=literal calque: the English progressive "is working" as "jest pracując"|⟪właśnie;teraz;w tej chwili⟫ pracuje na tłumaczeniu=wrong preposition: "na" for "nad" (work on)|⟪właśnie;teraz⟫ ⟨pracowała;pracował⟩ nad tłumaczeniem=wrong tense: present rendered as past|⟪właśnie;teraz;w tej chwili⟫ pracuje nad tłumaczenie=case: accusative after "nad" (needs the instrumental)⟧.',
  },
  {
    id: 'no-article-for-a',
    source: 'We are looking for a new ⟨translator;accountant;designer⟩ for our team.',
    frame:
      '⟦⟪Szukamy;Poszukujemy⟫ nowego ⟨tłumacza;księgowego;projektanta⟩|⟪Szukamy;Poszukujemy⟫ jednego nowego ⟨tłumacza;księgowego;projektanta⟩=addition: the English article "a" rendered as "jednego" (one)|⟪Szukamy;Poszukujemy⟫ nowy ⟨tłumacz;księgowy;projektant⟩=case: nominative after "szukać" (needs the genitive)|⟪Szukaliśmy;Poszukiwaliśmy⟫ nowego ⟨tłumacza;księgowego;projektanta⟩=wrong tense: present rendered as past|⟪Szukamy;Poszukujemy⟫ nowych ⟨tłumaczy;księgowych;projektantów⟩=number: plural for "a new"⟧ ⟪do zespołu;do naszego zespołu⟫.',
  },
  {
    id: 'szukac-takes-genitive',
    source: 'I have been looking for ⟨the invoice;the key;the contract⟩ since the morning.',
    frame:
      '⟦⟪Szukam;Wciąż szukam⟫ ⟨faktury;klucza;umowy⟩ ⟪od rana;od samego rana⟫|⟪Szukam;Wciąż szukam⟫ ⟨fakturę;klucz;umowę⟩ ⟪od rana;od samego rana⟫=case: accusative after "szukać" (needs the genitive)|⟪Szukam;Wciąż szukam⟫ dla ⟨faktury;klucza;umowy⟩ ⟪od rana;od samego rana⟫=literal calque: the "for" of "look for" rendered as "dla"|⟪Szukam;Wciąż szukam⟫ ⟨faktury;klucza;umowy⟩ z rana=mistranslation: "since the morning" rendered as "in the morning"⟧.',
  },
  {
    id: 'dziekowac-takes-dative',
    source: 'We thank ⟨our clients;our partners;our employees⟩ for their trust.',
    frame:
      '⟦⟪Dziękujemy;Serdecznie dziękujemy;Bardzo dziękujemy⟫ ⟨naszym klientom;naszym partnerom;naszym pracownikom⟩ za ⟪zaufanie;okazane zaufanie⟫|⟪Dziękujemy;Serdecznie dziękujemy;Bardzo dziękujemy⟫ ⟨naszych klientów;naszych partnerów;naszych pracowników⟩ za ⟪zaufanie;okazane zaufanie⟫=case: accusative after "dziękować" (needs the dative)|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨naszym klientom;naszym partnerom;naszym pracownikom⟩ dla zaufania=wrong preposition: "dla" for "za" after "dziękować"|⟪Dziękowaliśmy;Serdecznie dziękowaliśmy⟫ ⟨naszym klientom;naszym partnerom;naszym pracownikom⟩ za zaufanie=wrong tense: present rendered as past|⟪Dziękujemy;Serdecznie dziękujemy⟫ ⟨naszym klientom;naszym partnerom;naszym pracownikom⟩ za ⟪zainteresowanie;okazane zainteresowanie⟫=mistranslation: "trust" rendered as "interest"⟧.',
  },
  {
    id: 'pomagac-takes-dative',
    source: 'The app helps ⟨users;students;drivers⟩ save time.',
    frame:
      '⟪Aplikacja;Ta aplikacja⟫ ⟦⟪pomaga ⟨użytkownikom;studentom;kierowcom⟩ oszczędzać czas;pomaga ⟨użytkownikom;studentom;kierowcom⟩ zaoszczędzić czas;pomaga ⟨użytkownikom;studentom;kierowcom⟩ w oszczędzaniu czasu⟫|⟪pomaga ⟨użytkowników;studentów;kierowców⟩ oszczędzać czas;pomaga ⟨użytkowników;studentów;kierowców⟩ w oszczędzaniu czasu⟫=case: accusative after "pomagać" (needs the dative)|⟪pomogła ⟨użytkownikom;studentom;kierowcom⟩ zaoszczędzić czas;pomogła ⟨użytkownikom;studentom;kierowcom⟩ w oszczędzaniu czasu⟫=wrong tense: present rendered as past|⟪pomaga ⟨użytkownikom;studentom;kierowcom⟩ tracić czas;pomaga ⟨użytkownikom;studentom;kierowcom⟩ marnować czas;pomaga ⟨użytkownikom;studentom;kierowcom⟩ w marnowaniu czasu⟫=mistranslation: "save" rendered as "waste"⟧.',
  },
  {
    id: 'uzywac-takes-genitive',
    source: 'We use ⟨this software;this method;this template⟩ every day.',
    frame:
      '⟦⟪Używamy;Na co dzień używamy;Codziennie używamy⟫ ⟨tego oprogramowania;tej metody;tego szablonu⟩|⟪Używamy;Na co dzień używamy;Codziennie używamy⟫ ⟨to oprogramowanie;tę metodę;ten szablon⟩=case: accusative after "używać" (needs the genitive)|⟪Używaliśmy;Na co dzień używaliśmy;Codziennie używaliśmy⟫ ⟨tego oprogramowania;tej metody;tego szablonu⟩=wrong tense: present rendered as past|⟪Użyjemy;Codziennie użyjemy⟫ ⟨tego oprogramowania;tej metody;tego szablonu⟩=wrong aspect: a perfective verb for an everyday habit⟧.',
  },
  {
    id: 'w-with-locative-city',
    source: 'Our office is in ⟨Kraków;Gdańsk;Poznań⟩.',
    frame:
      'Nasze biuro ⟦⟪jest;znajduje się⟫ w ⟨Krakowie;Gdańsku;Poznaniu⟩|⟪jest;znajduje się⟫ w ⟨Kraków;Gdańsk;Poznań⟩=case: nominative after "w" (needs the locative)|⟪jest;znajduje się⟫ do ⟨Krakowa;Gdańska;Poznania⟩=wrong preposition: "do" (to) for a location|⟪był;znajdował się⟫ w ⟨Krakowie;Gdańsku;Poznaniu⟩=wrong tense: present rendered as past|⟪jest;znajduje się⟫ na ⟨Krakowie;Gdańsku;Poznaniu⟩=wrong preposition: "na" for a city⟧.',
  },
  {
    id: 'do-with-genitive-destination',
    source: 'Tomorrow the director is flying to ⟨Warsaw;Wrocław;Berlin⟩.',
    frame:
      '⟦⟪Jutro dyrektor leci;Dyrektor leci jutro;Jutro nasz dyrektor leci⟫ do ⟨Warszawy;Wrocławia;Berlina⟩|⟪Jutro dyrektor leci;Dyrektor leci jutro⟫ w ⟨Warszawę;Wrocław;Berlin⟩=wrong preposition: "w" with the accusative for a destination city (needs "do")|⟪Jutro dyrektor leci;Dyrektor leci jutro;Jutro nasz dyrektor leci⟫ do ⟨Warszawa;Wrocław;Berlin⟩=case: nominative after "do" (needs the genitive)|⟪Jutro dyrektor leciał;Dyrektor leciał jutro⟫ do ⟨Warszawy;Wrocławia;Berlina⟩=wrong tense: future rendered as past|⟪Jutro dyrektor jedzie;Dyrektor jedzie jutro⟫ do ⟨Warszawy;Wrocławia;Berlina⟩=mistranslation: "flying" rendered as "jedzie" (travelling by land)⟧.',
  },
  {
    id: 'reflexive-sie',
    source: 'The meeting starts at ten.',
    frame:
      '⟦⟪Spotkanie zaczyna się o dziesiątej;Spotkanie rozpoczyna się o dziesiątej;O dziesiątej zaczyna się spotkanie⟫|⟪Spotkanie zaczyna o dziesiątej;O dziesiątej zaczyna spotkanie⟫=omission: the reflexive "się" of an intransitive "zaczynać się"|⟪Spotkanie zaczęło się o dziesiątej;O dziesiątej zaczęło się spotkanie⟫=wrong tense: present rendered as past|⟪Spotkanie kończy się o dziesiątej;O dziesiątej kończy się spotkanie⟫=mistranslation: "starts" rendered as "ends"|⟪Spotkanie zaczyna się w dziesiątej;Spotkanie rozpoczyna się w dziesiątej⟫=wrong preposition: "w" for the clock time "o"⟧.',
  },
  {
    id: 'past-tense-gender-of-the-noun',
    source: 'The ⟨parcel;letter;invoice⟩ arrived yesterday.',
    frame:
      '⟦⟪⟨Paczka dotarła;List dotarł;Faktura dotarła⟩ wczoraj;Wczoraj ⟨dotarła paczka;dotarł list;dotarła faktura⟩⟫|⟪⟨Paczka dotarł;List dotarła;Faktura dotarł⟩ wczoraj;Wczoraj ⟨dotarł paczka;dotarła list;dotarł faktura⟩⟫=agreement: past tense of the other gender|⟨Paczka dotarło;List dotarło;Faktura dotarło⟩ wczoraj=agreement: neuter past tense for a noun that is not neuter|⟪⟨Paczki dotarły;Listy dotarły;Faktury dotarły⟩ wczoraj;Wczoraj ⟨dotarły paczki;dotarły listy;dotarły faktury⟩⟫=number: plural for one item|⟨Paczka dotarła;List dotarł;Faktura dotarła⟩ dzisiaj=mistranslation: "yesterday" rendered as "today"⟧.',
  },
  {
    id: 'since-present-for-duration',
    source: 'I have been living in Łódź for three years.',
    frame:
      '⟦⟪Mieszkam w Łodzi od trzech lat;Od trzech lat mieszkam w Łodzi⟫|Mieszkałem w Łodzi przez trzy lata=literal calque: "have lived … for" (reads as a period now over)|Mieszkam w Łódź od trzech lat=case: nominative after "w" (needs the locative)|Mieszkam w Łodzi od trzy lata=case: nominative after "od" (needs the genitive)|Mieszkam w Łodzi od trzech miesięcy=mistranslation: "years" rendered as "months"⟧.',
  },
  {
    id: 'ago-temu',
    source: 'The client called two days ago.',
    frame:
      '⟦⟪Klient zadzwonił;Klient dzwonił;Dzwonił klient⟫ dwa dni temu|⟪Klient zadzwonił;Klient dzwonił⟫ dwa dni później=mistranslation: "ago" rendered as "later"|⟪Klient zadzwonił;Klient dzwonił;Dzwonił klient⟫ temu dwa dni=word order: "temu" before the period|⟪Klient zadzwoni;Klient zadzwoni⟫ za dwa dni=mistranslation: "two days ago" rendered as "in two days"|⟪Klient zadzwonił;Dzwonił klient⟫ dwóch dni temu=case: genitive for the period before "temu"⟧.',
  },
  {
    id: 'comparative-niz-od',
    source: 'This offer is cheaper than the previous one.',
    frame:
      'Ta oferta jest ⟦tańsza ⟪niż poprzednia;od poprzedniej⟫|tańsza niż poprzedniej=case: genitive after "niż" (it takes the nominative)|tańsza od poprzednia=case: nominative after "od" (needs the genitive)|tańsza niż poprzedni=agreement: masculine "poprzedni" for the feminine "oferta"|droższa niż poprzednia=mistranslation: "cheaper" rendered as "more expensive"⟧.',
  },
  {
    id: 'which-ktory-agreement',
    source: 'The ⟨report;invoice;email⟩ that we sent yesterday is ready.',
    frame:
      '⟨Raport;Faktura;E-mail⟩, ⟦⟨który;którą;który⟩ ⟪wysłaliśmy wczoraj;wczoraj wysłaliśmy⟫|⟨którego;której;którego⟩ ⟪wysłaliśmy wczoraj;wczoraj wysłaliśmy⟫=case: relative pronoun in the genitive for the object of "wysłać"|⟨która;który;która⟩ ⟪wysłaliśmy wczoraj;wczoraj wysłaliśmy⟫=agreement: relative pronoun of the wrong gender|co ⟪wysłaliśmy wczoraj;wczoraj wysłaliśmy⟫=relative pronoun: colloquial "co" for "który" in writing|⟨który;którą;który⟩ ⟪wyślemy jutro;jutro wyślemy⟫=wrong tense: past rendered as future⟧, ⟨jest gotowy;jest gotowa;jest gotowy⟩.',
  },
  {
    id: 'noun-adjective-order-fixed-term',
    source: 'Please read our privacy policy.',
    frame:
      '⟪Prosimy o zapoznanie się;Zachęcamy do zapoznania się⟫ ⟦z naszą polityką prywatności|z naszą prywatności polityką=word order: English modifier order in a Polish noun phrase|z naszą polityką prywatną=wrong adjective: "prywatną" (private) for the genitive "prywatności"|z naszą polityka prywatności=case: nominative after "z" (needs the instrumental)|z naszymi politykami prywatności=number: plural for one policy⟧.',
  },
  {
    id: 'should-powinien-agreement',
    source: '⟨Anna;Piotr⟩ should send the invoice today.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟨powinna;powinien⟩ ⟪wysłać;przesłać⟫ fakturę dzisiaj|⟨powinien;powinna⟩ ⟪wysłać;przesłać⟫ fakturę dzisiaj=agreement: "powinien" of the other gender|⟨powinna;powinien⟩ ⟪wysyłać;przesyłać⟫ fakturę dzisiaj=wrong aspect: imperfective for one action to be done today|⟨musi;musi⟩ ⟪wysłać;przesłać⟫ fakturę dzisiaj=wrong modal: "should" rendered as "must"|⟨powinna;powinien⟩ ⟪wysłać;przesłać⟫ faktura dzisiaj=case: nominative for the accusative object⟧.',
  },
  {
    id: 'ile-with-genitive',
    source: 'How many ⟨pages;words;files⟩ does the document have?',
    frame:
      '⟦Ile ⟨stron;słów;plików⟩ ⟪ma ten dokument;liczy ten dokument;ma ten dokument w sumie⟫|Ile ⟨strony;słowa;pliki⟩ ⟪ma ten dokument;liczy ten dokument⟫=case: nominative plural after "ile" (needs the genitive)|Ilu ⟨stron;słów;plików⟩ ⟪ma ten dokument;liczy ten dokument⟫=form: "ilu" (masculine-personal or oblique) for the nominative "ile"|Ile ⟨stron;słów;plików⟩ ⟪miał ten dokument;liczył ten dokument⟫=wrong tense: present rendered as past⟧?',
  },
  {
    id: 'potrzebowac-takes-genitive',
    source: 'We need two ⟨rooms;computers;tables⟩ for tomorrow.',
    frame:
      '⟪Na jutro potrzebujemy;Potrzebujemy na jutro⟫ ⟦⟨dwóch sal;dwóch komputerów;dwóch stołów⟩|⟨dwie sale;dwa komputery;dwa stoły⟩=case: accusative after "potrzebować" (needs the genitive)|⟨dwóch sali;dwóch komputera;dwóch stołu⟩=number: singular noun after "dwóch"|⟨trzech sal;trzech komputerów;trzech stołów⟩=mistranslation: "two" rendered as "three"⟧.',
  },
  {
    id: 'conditional-would',
    source: '⟨Anna;Piotr⟩ would like to order ⟨a coffee;a taxi⟩ right away.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟪⟨chciałaby;chciałby⟩ od razu zamówić ⟨kawę;taksówkę⟩;⟨chciałaby;chciałby⟩ zamówić od razu ⟨kawę;taksówkę⟩;⟨chciałaby;chciałby⟩ zamówić ⟨kawę;taksówkę⟩ od razu⟫|⟪⟨chciałby;chciałaby⟩ od razu zamówić ⟨kawę;taksówkę⟩;⟨chciałby;chciałaby⟩ zamówić ⟨kawę;taksówkę⟩ od razu⟫=agreement: the conditional of the other gender|⟪⟨chce;chce⟩ zamówić od razu ⟨kawę;taksówkę⟩;⟨chce;chce⟩ zamówić ⟨kawę;taksówkę⟩ od razu⟫=mood: "would like" rendered as the blunt "wants"|⟪⟨chciałaby;chciałby⟩ od razu zamówić ⟨kawa;taksówka⟩;⟨chciałaby;chciałby⟩ zamówić od razu ⟨kawa;taksówka⟩⟫=case: nominative for the accusative object|⟪⟨chciałaby;chciałby⟩ od razu zamawiać ⟨kawę;taksówkę⟩;⟨chciałaby;chciałby⟩ zamawiać ⟨kawę;taksówkę⟩ od razu⟫=wrong aspect: imperfective for one order⟧.',
  },
]
