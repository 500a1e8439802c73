import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Polish: long-documented false friends (each wrong reading a real Polish word of
 * another meaning) and verb–noun collocations Polish builds with another verb than English.
 */
export const PL_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-wlasciwie',
    source: 'Actually, the deadline is on Friday.',
    frame:
      '⟦⟪Właściwie;Tak naprawdę;W rzeczywistości⟫|Aktualnie=false friend: "aktualnie" means "currently"|Teoretycznie=mistranslation: "actually" rendered as "in theory"|Na szczęście=mistranslation: "actually" rendered as "fortunately"|W przyszłości=mistranslation: "actually" rendered as "in the future"⟧ termin mija w piątek.',
  },
  {
    id: 'eventually-ostatecznie',
    source: 'Eventually, the client accepted the offer.',
    frame:
      '⟦⟪Ostatecznie;W końcu;Koniec końców⟫|Ewentualnie=false friend: "ewentualnie" means "possibly, alternatively"|Na początku=mistranslation: "eventually" rendered as "at first"|Najwyraźniej=mistranslation: "eventually" rendered as "apparently"⟧ klient ⟪przyjął;zaakceptował⟫ ⟪ofertę;propozycję⟫.',
  },
  {
    id: 'sympathetic-wspolczujacy',
    source: 'The manager was sympathetic when Piotr told her about his illness.',
    frame:
      'Kierowniczka ⟦⟪okazała współczucie;okazała zrozumienie;była wyrozumiała⟫|była sympatyczna=false friend: "sympatyczny" means "nice, likeable"|⟪okazała obojętność;była obojętna⟫=mistranslation: "sympathetic" rendered as its opposite|okazała ⟪współczucia;zrozumienia⟫=case: genitive for the accusative object⟧, kiedy Piotr powiedział jej o swojej chorobie.',
  },
  {
    id: 'ordinary-zwykly',
    source: 'It was an ordinary working day.',
    frame:
      '⟪To był;Był to⟫ ⟦⟪zwykły;zwyczajny;najzwyklejszy⟫ dzień pracy|ordynarny dzień pracy=false friend: "ordynarny" means "vulgar, coarse"|⟪niezwykły;nadzwyczajny⟫ dzień pracy=mistranslation: "ordinary" rendered as "extraordinary"|⟪zwykła;zwyczajna⟫ dzień pracy=agreement: feminine adjective with the masculine "dzień"⟧.',
  },
  {
    id: 'fabric-tkanina',
    source: 'The curtains are made of a light fabric.',
    frame:
      'Zasłony są uszyte ⟦z lekkiej ⟪tkaniny;materiału⟫|z lekkiej fabryki=false friend: "fabryka" means "factory"|z ciężkiej ⟪tkaniny;materiału⟫=mistranslation: "light" rendered as "heavy"|z lekkiej ⟪tkanina;materiał⟫=case: nominative noun after "z" (needs the genitive)⟧.',
  },
  {
    id: 'data-dane',
    source: 'The data is stored on a server in Poland.',
    frame:
      '⟦Dane są ⟪przechowywane;zapisane⟫ na serwerze w Polsce|Data jest przechowywana na serwerze w Polsce=false friend: "data" means "date"|Dane jest przechowywane na serwerze w Polsce=agreement: singular verb for the plural "dane"|Dane są ⟪przechowywane;zapisane⟫ na serwerze w Polska=case: nominative after "w" (needs the locative)|Dane są usuwane na serwerze w Polsce=mistranslation: "stored" rendered as "deleted"⟧.',
  },
  {
    id: 'chef-szef-kuchni',
    source: 'The restaurant has hired a new chef.',
    frame:
      '⟪Restauracja;Nasza restauracja⟫ ⟦⟪zatrudniła nowego szefa kuchni;przyjęła do pracy nowego szefa kuchni⟫|⟪zatrudniła nowego szefa;przyjęła do pracy nowego szefa⟫=false friend: "szef" alone means "boss"|⟪zatrudniła nowego kelnera;przyjęła do pracy nowego kelnera⟫=mistranslation: "chef" rendered as "waiter"|zatrudniła nowy szef kuchni=case: nominative for the accusative object|zwolniła nowego szefa kuchni=mistranslation: "hired" rendered as "fired"⟧.',
  },
  {
    id: 'confident-pewny-siebie',
    source: 'The new sales manager is very confident.',
    frame:
      '⟦⟪Nowy kierownik sprzedaży;Nasz nowy kierownik sprzedaży⟫ jest ⟪bardzo pewny siebie;bardzo pewien siebie;niezwykle pewny siebie⟫|⟪Nowy kierownik sprzedaży;Nasz nowy kierownik sprzedaży⟫ jest konfidentem=false friend: "konfident" means "police informer"|⟪Nowy kierownik sprzedaży;Nasz nowy kierownik sprzedaży⟫ jest ⟪bardzo nieśmiały;niezwykle nieśmiały⟫=mistranslation: "confident" rendered as "shy"|⟪Nowy kierownik sprzedaży;Nasz nowy kierownik sprzedaży⟫ jest ⟪bardzo pewna siebie;niezwykle pewna siebie⟫=agreement: feminine adjective for the masculine "kierownik"⟧.',
  },
  {
    id: 'audience-publicznosc',
    source: 'The audience applauded for a long time.',
    frame:
      '⟦⟪Publiczność długo klaskała;Publiczność długo biła brawo;Widownia długo klaskała⟫|⟪Audiencja długo klaskała;Audiencja długo biła brawo⟫=false friend: "audiencja" is a formal audience with a pope or monarch|⟪Publiczność długo klaskali;Publiczność długo bili brawo⟫=agreement: plural verb for the singular "publiczność"|⟪Publiczność długo gwizdała;Publiczność długo buczała⟫=mistranslation: "applauded" rendered as "booed"⟧.',
  },
  {
    id: 'pension-emerytura',
    source: 'My father has been receiving a pension for two years.',
    frame:
      '⟪Mój ojciec;Mój tata;Ojciec⟫ ⟦⟪pobiera;dostaje;otrzymuje⟫ emeryturę|⟪pobiera;dostaje;otrzymuje⟫ pensję=false friend: "pensja" means "salary"|⟪pobiera;dostaje⟫ emerytura=case: nominative for the accusative object|⟪pobierał;dostawał⟫ emeryturę=wrong tense: present rendered as past⟧ ⟪od dwóch lat;już od dwóch lat⟫.',
  },
  {
    id: 'rent-czynsz',
    source: 'The rent for the office is paid monthly.',
    frame:
      '⟦⟪Czynsz za biuro;Czynsz za lokal biurowy⟫ jest płacony co miesiąc|Renta za biuro jest płacona co miesiąc=false friend: "renta" means "disability or survivor\'s pension"|⟪Czynsz za biuro;Czynsz za lokal biurowy⟫ jest płacony co roku=mistranslation: "monthly" rendered as "every year"|⟪Czynsz za biuro;Czynsz za lokal biurowy⟫ jest płacona co miesiąc=agreement: feminine participle for the masculine "czynsz"⟧.',
  },
  {
    id: 'preservatives-konserwanty',
    source: 'This jam contains no preservatives.',
    frame:
      'Ten dżem ⟦nie zawiera ⟪konserwantów;środków konserwujących⟫|nie zawiera prezerwatyw=false friend: "prezerwatywa" means "condom"|nie zawiera ⟪konserwanty;środki konserwujące⟫=case: accusative after a negated verb (needs the genitive)|zawiera ⟪konserwanty;środki konserwujące⟫=negation: "no" dropped⟧.',
  },
  {
    id: 'novel-powiesc',
    source: 'She is writing her second novel.',
    frame:
      '⟪Pisze;Właśnie pisze;Teraz pisze⟫ ⟦swoją drugą powieść|swoją drugą nowelę=false friend: "nowela" means "short story"|swoją drugą powieści=case: genitive for the accusative object|swoją pierwszą powieść=mistranslation: "second" rendered as "first"|swój drugi powieść=agreement: masculine forms with the feminine "powieść"⟧.',
  },
  {
    id: 'hazard-zagrozenie',
    source: 'Loose cables are a safety hazard.',
    frame:
      '⟪Luźne kable;Luźno leżące kable;Niezabezpieczone kable⟫ ⟦⟪stanowią zagrożenie;są zagrożeniem⟫ dla bezpieczeństwa|stanowią hazard dla bezpieczeństwa=false friend: "hazard" means "gambling"|⟪stanowią zagrożenie;są zagrożeniem⟫ dla bezpieczeństwo=case: nominative after "dla" (needs the genitive)|⟪stanowią ochronę;są ochroną⟫ dla bezpieczeństwa=mistranslation: "hazard" rendered as "protection"⟧.',
  },
  {
    id: 'argument-klotnia',
    source: 'The neighbours had an argument about the fence.',
    frame:
      'Sąsiedzi ⟦⟪pokłócili się;posprzeczali się⟫ o płot|mieli argument o płot=false friend: "argument" means "a reason in a debate"|⟪pokłócili;posprzeczali⟫ o płot=omission: the reflexive "się"|⟪pokłócili się;posprzeczali się⟫ o płotu=case: genitive after "o" (needs the accusative)|⟪pogodzili się;dogadali się⟫ w sprawie płotu=mistranslation: "had an argument" rendered as "made up"⟧.',
  },
  {
    id: 'obligation-obowiazek',
    source: 'The employer has an obligation to inform employees.',
    frame:
      'Pracodawca ⟦ma obowiązek ⟪informowania;informować⟫ pracowników|ma obligację informowania pracowników=false friend: "obligacja" means "bond" (a security)|ma prawo informowania pracowników=mistranslation: "obligation" rendered as "right"|ma obowiązek ⟪informowania;informować⟫ pracownikom=case: dative for the object of "informować"⟧.',
  },
  {
    id: 'blanket-koc',
    source: 'Please bring a warm blanket.',
    frame:
      '⟦⟪Prosimy zabrać ciepły koc;Proszę zabrać ciepły koc⟫|Prosimy zabrać ciepły blankiet=false friend: "blankiet" means "printed form"|Prosimy zabrać ciepłą kołdrę=mistranslation: "blanket" rendered as "duvet"|Prosimy zabrać ciepłego koca=case: genitive object of an affirmative verb|Prosimy zabrać zimny koc=mistranslation: "warm" rendered as "cold"⟧.',
  },
  {
    id: 'parcel-paczka',
    source: 'The courier will deliver the parcel tomorrow.',
    frame:
      '⟦⟪Kurier dostarczy paczkę jutro;Jutro kurier dostarczy paczkę;Kurier doręczy paczkę jutro⟫|⟪Kurier dostarczy parcelę jutro;Jutro kurier dostarczy parcelę⟫=false friend: "parcela" means "plot of land"|⟪Kurier dostarczy paczka jutro;Jutro kurier dostarczy paczka⟫=case: nominative for the accusative object|⟪Kurier dostarczał paczkę jutro;Jutro kurier dostarczał paczkę⟫=wrong tense: future rendered as past|⟪Kurier odbierze paczkę jutro;Jutro kurier odbierze paczkę⟫=mistranslation: "deliver" rendered as "collect"⟧.',
  },
  {
    id: 'billion-miliard',
    source: 'The project cost one billion złoty.',
    frame:
      'Projekt ⟦kosztował ⟪miliard;jeden miliard⟫ złotych|kosztował bilion złotych=false friend: "bilion" is a million million|kosztował milion złotych=mistranslation: "billion" rendered as "million"|kosztował ⟪miliard;jeden miliard⟫ złote=case: nominative plural after "miliard" (needs the genitive)⟧.',
  },
  {
    id: 'make-a-decision-podjac',
    source: 'The board will make a decision next week.',
    frame:
      '⟦⟪Zarząd podejmie decyzję;Zarząd zdecyduje⟫ w przyszłym tygodniu|Zarząd zrobi decyzję w przyszłym tygodniu=literal calque: "make a decision" as "zrobić decyzję"|⟪Zarząd podjął decyzję;Zarząd zdecydował⟫ w przyszłym tygodniu=wrong tense: future rendered as past|Zarząd podejmie decyzja w przyszłym tygodniu=case: nominative for the accusative object|⟪Zarząd podejmie decyzję;Zarząd zdecyduje⟫ w zeszłym tygodniu=mistranslation: "next week" rendered as "last week"|⟪Zarząd podejmie decyzję;Zarząd zdecyduje⟫ w przyszłym miesiącu=mistranslation: "week" rendered as "month"⟧.',
  },
  {
    id: 'make-sense-miec-sens',
    source: 'This sentence does not make sense.',
    frame:
      'To zdanie ⟦nie ma sensu|nie robi sensu=literal calque: "make sense" as "robić sens"|nie ma sens=case: accusative after a negated verb (needs the genitive)|ma sens=negation: "not" dropped|nie miało sensu=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'take-a-photo-zrobic',
    source: 'Can you take a photo of the receipt?',
    frame:
      '⟦⟪Możesz;Czy możesz⟫ zrobić zdjęcie ⟪paragonu;tego paragonu⟫|⟪Możesz;Czy możesz⟫ wziąć zdjęcie ⟪paragonu;tego paragonu⟫=literal calque: "take a photo" as "wziąć zdjęcie"|⟪Możesz;Czy możesz⟫ zrobić zdjęcie recepty=false friend: "recepta" means "prescription"|⟪Możesz;Czy możesz⟫ zrobić zdjęcie ⟪paragon;ten paragon⟫=case: nominative for the genitive after "zdjęcie"⟧?',
  },
  {
    id: 'take-place-odbyc-sie',
    source: 'The conference will take place in Gdańsk.',
    frame:
      'Konferencja ⟦⟪odbędzie się;będzie miała miejsce⟫ w Gdańsku|weźmie miejsce w Gdańsku=literal calque: "take place" as "wziąć miejsce"|⟪odbyła się;miała miejsce⟫ w Gdańsku=wrong tense: future rendered as past|odbędzie w Gdańsku=omission: the reflexive "się" of "odbyć się"|⟪odbędzie się;będzie miała miejsce⟫ w Gdańsk=case: nominative after "w" (needs the locative)⟧.',
  },
  {
    id: 'pay-attention-zwrocic-uwage',
    source: 'Please pay attention to the deadline.',
    frame:
      '⟦⟪Prosimy zwrócić uwagę na termin;Prosimy o zwrócenie uwagi na termin;Proszę zwrócić uwagę na termin⟫|⟪Prosimy zapłacić uwagę na termin;Proszę zapłacić uwagę na termin⟫=literal calque: "pay attention" as "zapłacić uwagę"|⟪Prosimy zwrócić uwagę do terminu;Prosimy o zwrócenie uwagi do terminu⟫=wrong preposition: "do" for "na" after "zwrócić uwagę"|⟪Prosimy zwrócić uwagi na termin;Proszę zwrócić uwagi na termin⟫=case: genitive for the accusative "uwagę"⟧.',
  },
  {
    id: 'pass-an-exam-zdac',
    source: '⟨Anna;Piotr⟩ passed the exam on the first attempt.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟪⟨zdała;zdał⟩ egzamin za pierwszym podejściem;⟨zdała;zdał⟩ egzamin za pierwszym razem;za pierwszym razem ⟨zdała;zdał⟩ egzamin;za pierwszym podejściem ⟨zdała;zdał⟩ egzamin⟫|⟪⟨zdawała;zdawał⟩ egzamin za pierwszym podejściem;⟨zdawała;zdawał⟩ egzamin za pierwszym razem;za pierwszym razem ⟨zdawała;zdawał⟩ egzamin⟫=wrong aspect: imperfective "zdawać" means sitting the exam, not passing it|⟪⟨przeszła;przeszedł⟩ egzamin za pierwszym podejściem;⟨przeszła;przeszedł⟩ egzamin za pierwszym razem;za pierwszym podejściem ⟨przeszła;przeszedł⟩ egzamin⟫=literal calque: "pass" as "przejść"|⟪⟨oblała;oblał⟩ egzamin za pierwszym podejściem;⟨oblała;oblał⟩ egzamin za pierwszym razem;za pierwszym razem ⟨oblała;oblał⟩ egzamin⟫=mistranslation: "passed" rendered as "failed"|⟪⟨zdał;zdała⟩ egzamin za pierwszym podejściem;za pierwszym razem ⟨zdał;zdała⟩ egzamin;za pierwszym podejściem ⟨zdał;zdała⟩ egzamin⟫=agreement: past tense of the other gender⟧.',
  },
  {
    id: 'ask-a-question-zadac',
    source: 'May I ask a question?',
    frame:
      '⟦⟪Czy mogę;Mogę⟫ zadać pytanie|⟪Czy mogę;Mogę⟫ zapytać pytanie=literal calque: "ask a question" as "zapytać pytanie"|⟪Czy muszę;Muszę⟫ zadać pytanie=wrong modal: "may" rendered as "must"|⟪Czy mogę;Mogę⟫ odpowiedzieć na pytanie=mistranslation: "ask" rendered as "answer"|⟪Czy mogłem;Mogłem⟫ zadać pytanie=wrong tense: present rendered as past⟧?',
  },
  {
    id: 'give-a-presentation-wyglosic',
    source: 'Tomorrow ⟨Anna;Piotr⟩ will give a presentation.',
    frame:
      '⟦⟪Jutro ⟨Anna;Piotr⟩ wygłosi prezentację;⟨Anna;Piotr⟩ wygłosi jutro prezentację;Jutro ⟨Anna;Piotr⟩ przedstawi prezentację;⟨Anna;Piotr⟩ jutro przedstawi prezentację⟫|⟪Jutro ⟨Anna;Piotr⟩ da prezentację;⟨Anna;Piotr⟩ da jutro prezentację;⟨Anna;Piotr⟩ jutro da prezentację⟫=literal calque: "give a presentation" as "dać prezentację"|⟪Jutro ⟨Anna przedstawiła;Piotr przedstawił⟩ prezentację;⟨Anna;Piotr⟩ jutro ⟨wygłosiła;wygłosił⟩ prezentację;⟨Anna wygłosiła;Piotr wygłosił⟩ jutro prezentację⟫=wrong tense: future rendered as past|⟪Jutro ⟨Anna;Piotr⟩ przedstawi prezentacja;⟨Anna;Piotr⟩ wygłosi jutro prezentacja;⟨Anna;Piotr⟩ jutro wygłosi prezentacja⟫=case: nominative for the accusative object|⟪Jutro ⟨Anna;Piotr⟩ wygłosi prezentacje;⟨Anna;Piotr⟩ przedstawi jutro prezentacje;⟨Anna;Piotr⟩ jutro przedstawi prezentacje⟫=number: plural for one presentation⟧.',
  },
  {
    id: 'spend-time-spedzac',
    source: 'We spend a lot of time on meetings.',
    frame:
      '⟦⟪Spędzamy dużo czasu na spotkaniach;Dużo czasu spędzamy na spotkaniach;Na spotkaniach spędzamy sporo czasu;Spotkania zajmują nam dużo czasu⟫|⟪Wydajemy dużo czasu na spotkaniach;Dużo czasu wydajemy na spotkaniach;Na spotkaniach wydajemy sporo czasu⟫=literal calque: "spend" time as "wydawać" (spend money)|⟪Spędzamy dużo czas na spotkaniach;Na spotkaniach spędzamy dużo czas⟫=case: nominative after "dużo" (needs the genitive)|⟪Spędzamy mało czasu na spotkaniach;Na spotkaniach spędzamy mało czasu;Spotkania zajmują nam mało czasu⟫=mistranslation: "a lot of" rendered as "little"|⟪Spędzamy dużo czasu na spotkania;Dużo czasu spędzamy na spotkania;Spędzamy sporo czasu na spotkania⟫=case: accusative after "na" for a location (needs the locative)⟧.',
  },
  {
    id: 'catch-a-cold-przeziebic-sie',
    source: '⟨Anna;Piotr⟩ caught a cold and is staying at home.',
    frame:
      '⟨Anna;Piotr⟩ ⟦⟨przeziębiła się;przeziębił się⟩ i ⟪zostaje w domu;zostaje dziś w domu;siedzi w domu⟫|⟨złapała zimno;złapał zimno⟩ i ⟪zostaje w domu;siedzi w domu⟫=literal calque: "caught a cold" as "złapać zimno"|⟨przeziębiła;przeziębił⟩ i ⟪zostaje w domu;zostaje dziś w domu;siedzi w domu⟫=omission: the reflexive "się"|⟨przeziębiła się;przeziębił się⟩ i ⟪wychodzi z domu;idzie do pracy⟫=mistranslation: "staying at home" rendered as "going out"⟧.',
  },
  {
    id: 'run-a-company-prowadzic',
    source: 'My sister runs a small translation agency.',
    frame:
      '⟪Moja siostra;Siostra⟫ ⟦prowadzi ⟪małe biuro tłumaczeń;niewielkie biuro tłumaczeń⟫|biega ⟪małe biuro tłumaczeń;niewielkie biuro tłumaczeń⟫=literal calque: "run" a business as "biegać"|prowadzi ⟪mały biuro tłumaczeń;niewielki biuro tłumaczeń⟫=agreement: masculine adjective with the neuter "biuro"|prowadziła ⟪małe biuro tłumaczeń;niewielkie biuro tłumaczeń⟫=wrong tense: present rendered as past|prowadzi duże biuro tłumaczeń=mistranslation: "small" rendered as "large"⟧.',
  },
  {
    id: 'strong-coffee-mocna',
    source: 'I drink strong coffee every morning.',
    frame:
      '⟦⟪Co rano;Każdego ranka⟫ ⟪piję;pijam⟫ mocną kawę|⟪Co rano;Każdego ranka⟫ piję silną kawę=literal calque: "strong" coffee as "silna" (physically strong)|⟪Co rano;Każdego ranka⟫ piję słabą kawę=mistranslation: "strong" rendered as "weak"|⟪Co rano;Każdego ranka⟫ piję mocna kawa=case: nominative for the accusative object|⟪Co rano;Każdego ranka⟫ wypiję mocną kawę=wrong aspect: a perfective verb for a daily habit⟧.',
  },
  {
    id: 'heavy-rain-ulewny',
    source: 'Heavy rain is expected tomorrow.',
    frame:
      'Jutro ⟦⟪spodziewany jest ulewny deszcz;prognozowane są ulewne deszcze⟫|⟪spodziewany jest ciężki deszcz;prognozowane są ciężkie deszcze⟫=literal calque: "heavy" rain as "ciężki" (heavy in weight)|⟪spodziewany jest lekki deszcz;prognozowane są lekkie deszcze⟫=mistranslation: "heavy" rendered as "light"|spodziewana jest ulewny deszcz=agreement: feminine participle for the masculine "deszcz"⟧.',
  },
]
