import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Portuguese (Brazil): writing conventions a translation must switch (lower-case
 * months, days, languages and nationality adjectives, "1º" for the first of the month, decimal
 * comma and thousands point, the "h" of clock times) and the spelling of the 1990 Orthographic
 * Agreement in force in Brazil since 2016 (no trema, no accent on "ideia", "voo", "para" or
 * "leem", hyphens after prefixes), with the accents and spellings that still tell words apart
 * ("têm", "pôde", "por que" and "porque", "mal" and "mau", "há" and "a").
 */
export const PT_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'first-of-the-month-lowercase',
    source: 'The contract takes effect on 1 March.',
    frame:
      '⟪O contrato entra em vigor;O contrato passa a valer;A vigência do contrato começa⟫ ⟦⟪em 1º de março;no dia 1º de março⟫|em 1º de Março=capitalisation: month name capitalised|em março 1º=format: English month-day order|em 1st de março=format: English ordinal suffix⟧.',
  },
  {
    id: 'weekday-lowercase-and-hyphen',
    source: 'The office will be closed on Monday.',
    frame:
      'O escritório ⟪estará;ficará⟫ ⟦⟪fechado na segunda-feira;fechado na segunda⟫|fechado na Segunda-feira=capitalisation: weekday capitalised|fechado na segunda feira=spelling: the hyphen of "segunda-feira" dropped|fechada na segunda-feira=agreement: feminine participle for "o escritório"|aberto na segunda-feira=mistranslation: "closed" rendered as "open"⟧.',
  },
  {
    id: 'decimal-comma',
    source: 'The interest rate is 2.5% a month.',
    frame:
      '⟪A taxa de juros é de;Os juros são de⟫ ⟦⟪2,5% ao mês;2,5% por mês;2,5 por cento ao mês⟫|2.5% ⟪ao mês;por mês⟫=format: decimal point (Portuguese uses a decimal comma)|25% ⟪ao mês;por mês⟫=mistranslation: the decimal separator dropped|2,5% ao ano=mistranslation: "a month" rendered as "a year"⟧.',
  },
  {
    id: 'thousands-point-in-reais',
    source: 'The car costs R$45,000.00.',
    frame:
      '⟪O carro custa;O preço do carro é de⟫ ⟦⟪R$ 45.000,00;R$ 45 mil⟫|R$ 45,000.00=format: English separators (comma for thousands, point for decimals)|45.000,00 R$=format: currency symbol after the amount|R$ 4.500,00=mistranslation: the amount divided by ten⟧.',
  },
  {
    id: 'cents-after-a-comma',
    source: 'A coffee costs R$7.50.',
    frame:
      '⟪Um café custa;O preço de um café é de⟫ ⟦⟪R$ 7,50;7 reais e 50 centavos⟫|R$ 7.50=format: decimal point (Portuguese uses a decimal comma)|R$ 750=mistranslation: the decimal separator dropped|7,50 R$=format: currency symbol after the amount⟧.',
  },
  {
    id: 'clock-time-with-h',
    source: 'The meeting is at 3 p.m.',
    frame:
      '⟪A reunião é;A reunião será;A reunião vai ser⟫ ⟦⟪às 15h;às três da tarde⟫|às 3 PM=format: English 12-hour clock mark|as 15h=accent: no crase in "às" before an hour|às 3h da manhã=mistranslation: 3 p.m. rendered as 3 a.m.⟧.',
  },
  {
    id: 'nationality-lowercase',
    source: 'Our Brazilian customers are satisfied.',
    frame:
      '⟪Nossos;Os nossos⟫ ⟦⟪clientes brasileiros estão;clientes do Brasil estão⟫|clientes Brasileiros estão=capitalisation: nationality adjective capitalised|brasileiros clientes estão=word order: nationality adjective before the noun|clientes brasileiros estavam=wrong tense: present rendered as past|clientes brasileiros está=agreement: singular verb for a plural subject⟧ ⟪satisfeitos;contentes⟫.',
  },
  {
    id: 'bilhao-short-scale',
    source: 'The company is worth one billion reais.',
    frame:
      '⟪A empresa vale;O valor da empresa é de⟫ ⟦⟪um bilhão de reais;R$ 1 bilhão⟫|um milhão de reais=mistranslation: "billion" rendered as "million"|um trilhão de reais=mistranslation: "billion" rendered as "trillion"|um bilhão reais=omission: the "de" after "bilhão"|uma bilhão de reais=gender: feminine "uma" for "bilhão"⟧.',
  },
  {
    id: 'ideia-without-accent',
    source: 'That is a good idea.',
    frame:
      '⟪Essa é;Isso é;É⟫ ⟦⟪uma boa ideia;uma ideia boa⟫|uma boa idéia=spelling: the accent the 1990 Agreement removed from "ideia"|um boa ideia=gender: masculine "um" for "a ideia"|uma má ideia=mistranslation: "good" rendered as "bad"⟧.',
  },
  {
    id: 'voo-without-circumflex',
    source: 'The flight was cancelled because of the bad weather.',
    frame:
      '⟦⟪O voo foi cancelado;Cancelaram o voo⟫|O vôo foi cancelado=spelling: the circumflex the 1990 Agreement removed from "voo"|O voo foi cancelada=agreement: feminine participle for "o voo"|O voo será cancelado=wrong tense: past rendered as future⟧ ⟪por causa do mau tempo;devido ao mau tempo⟫.',
  },
  {
    id: 'no-trema',
    source: 'The consequences will be serious for the company.',
    frame:
      'As ⟦⟪consequências serão graves;consequências vão ser graves⟫|conseqüências serão graves=spelling: the trema the 1990 Agreement abolished|consequências será graves=agreement: singular verb for a plural subject|consequências foram graves=wrong tense: future rendered as past⟧ ⟪para a empresa;para a companhia⟫.',
  },
  {
    id: 'leem-without-circumflex',
    source: 'They read the reports every day.',
    frame:
      'Eles ⟦⟪leem os relatórios;fazem a leitura dos relatórios⟫|lêem os relatórios=spelling: the circumflex the 1990 Agreement removed from "leem"|lê os relatórios=agreement: singular verb for "eles"|lerão os relatórios=wrong tense: present rendered as future⟧ ⟪todos os dias;diariamente⟫.',
  },
  {
    id: 'veem-not-vem',
    source: 'The clients see the results every morning.',
    frame:
      'Os clientes ⟦⟪veem os resultados;visualizam os resultados⟫|vêm os resultados=spelling: "vêm" (they come) for "veem" (they see)|vêem os resultados=spelling: the circumflex the 1990 Agreement removed from "veem"|viram os resultados=wrong tense: present rendered as past⟧ ⟪toda manhã;todas as manhãs⟫.',
  },
  {
    id: 'tem-plural-circumflex',
    source: 'According to the director, the managers have access to the system.',
    frame:
      '⟪Segundo o diretor;De acordo com o diretor⟫, os gerentes ⟦⟪têm acesso ao sistema;podem acessar o sistema⟫|tem acesso ao sistema=accent: singular "tem" for the plural "têm"|teem acesso ao sistema=spelling: "teem" for the plural "têm"|tinham acesso ao sistema=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'para-without-accent',
    source: 'The train stops at every station.',
    frame:
      'O trem ⟦⟪para;faz parada⟫|pára=spelling: the accent the 1990 Agreement removed from "para"|parou=wrong tense: present rendered as past|param=agreement: plural verb for "o trem"⟧ ⟪em todas as estações;em cada estação⟫.',
  },
  {
    id: 'pode-past-circumflex',
    source: 'Yesterday he could not come to the meeting because of the rain.',
    frame:
      'Ontem ele ⟦⟪não pôde vir;não conseguiu vir⟫|não pode vir=accent: present "pode" for the past "pôde"|pôde vir=negation: "not" dropped|não pôde vim=form: "vim" (I came) for the infinitive "vir"⟧ à reunião ⟪por causa da chuva;devido à chuva⟫.',
  },
  {
    id: 'assembleia-without-accent',
    source: 'According to the minutes, the assembly approved the budget.',
    frame:
      '⟪Segundo a ata;De acordo com a ata⟫, ⟦⟪a assembleia aprovou o orçamento;o orçamento foi aprovado pela assembleia⟫|a assembléia aprovou o orçamento=spelling: the accent the 1990 Agreement removed from "assembleia"|a assembleia aprovou a orçamento=gender: feminine "a" for "o orçamento"|a assembleia aprovará o orçamento=wrong tense: past rendered as future|a assembleia rejeitou o orçamento=mistranslation: "approved" rendered as "rejected"⟧.',
  },
  {
    id: 'micro-ondas-hyphen',
    source: 'The microwave is broken again.',
    frame:
      'O ⟦⟪micro-ondas está quebrado;micro-ondas está com defeito⟫|microondas está quebrado=spelling: no hyphen where the prefix ends in the vowel the next word begins with|micro-ondas é quebrado=ser/estar: "ser" for a passing state|micro-ondas está quebrada=agreement: feminine participle for "o micro-ondas"⟧ ⟪de novo;novamente⟫.',
  },
  {
    id: 'autoestima-closed',
    source: 'According to the study, the programme improves self-esteem.',
    frame:
      '⟪Segundo o estudo;De acordo com o estudo⟫, o programa ⟦⟪melhora;aumenta⟫ a autoestima|melhora a auto-estima=spelling: the hyphen the 1990 Agreement removed from "autoestima"|melhora o autoestima=gender: masculine "o" for "a autoestima"|melhora a estima=omission: "self" dropped⟧.',
  },
  {
    id: 'por-que-in-a-question',
    source: 'Why did the client cancel the order so quickly?',
    frame:
      '⟦⟪Por que o cliente cancelou o pedido;Por que motivo o cliente cancelou o pedido⟫|Porque o cliente cancelou o pedido=spelling: "porque" (because) for the question "por que"|Por quê o cliente cancelou o pedido=accent: "por quê" is accented only at the end of a sentence|Por que o cliente cancela o pedido=wrong tense: past rendered as present⟧ ⟪tão rápido;tão depressa⟫?',
  },
  {
    id: 'porque-for-because',
    source: 'We cancelled because the price went up last week.',
    frame:
      'Cancelamos ⟦⟪porque o preço subiu;porque o preço aumentou⟫|por que o preço subiu=spelling: the question form "por que" for "porque" (because)|porquê o preço subiu=spelling: the noun "porquê" for the conjunction "porque"|porque o preço caiu=mistranslation: "went up" rendered as "fell"⟧ ⟪na semana passada;semana passada⟫.',
  },
  {
    id: 'mal-adverb',
    source: 'According to the audit, the project was badly planned.',
    frame:
      '⟪Segundo a auditoria;De acordo com a auditoria⟫, o projeto ⟦⟪foi;estava⟫ mal planejado|foi mau planejado=spelling: the adjective "mau" for the adverb "mal"|foi mal planejada=agreement: feminine participle for "o projeto"|foi bem planejado=mistranslation: "badly" rendered as "well"⟧.',
  },
  {
    id: 'daqui-a-for-time-ahead',
    source: 'The meeting is in two weeks.',
    frame:
      '⟪A reunião será;A reunião vai ser;A reunião acontecerá⟫ ⟦⟪daqui a duas semanas;dentro de duas semanas⟫|daqui há duas semanas=spelling: "há" (time elapsed) for "a" (time ahead)|há duas semanas=mistranslation: "in two weeks" rendered as "two weeks ago"|daqui a dois semanas=gender: masculine "dois" for "semanas"⟧.',
  },
  {
    id: 'century-roman-numerals',
    source: 'The company was founded in the 19th century.',
    frame:
      '⟪A empresa foi fundada;A empresa surgiu⟫ ⟦no século ⟪XIX;19⟫|no século 19th=format: English ordinal suffix|no XIX século=word order: the numeral before "século"|no século XVIII=mistranslation: "19th" rendered as "18th"⟧.',
  },
  {
    id: 'as-vezes-crase',
    source: 'Sometimes the system fails at night.',
    frame:
      '⟦⟪Às vezes, o sistema falha;De vez em quando, o sistema falha⟫|As vezes, o sistema falha=accent: no crase in "às vezes"|Às vezes, o sistema falham=agreement: plural verb for "o sistema"|Às vezes, a sistema falha=gender: feminine "a" for "o sistema"⟧ ⟪à noite;durante a noite⟫.',
  },
]
