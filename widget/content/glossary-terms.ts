/*
 * The glossary entries the guide needs: those for the terms in its own made-up record examples (step 5,
 * "What you will see"). Copied from shared/glossary so the widget bundle stays small (the whole glossary
 * is about 21 KB gzipped); test/widget/content/glossary-terms.test.ts checks that each entry is identical
 * to the glossary's and that every term the full glossary finds in the examples is here.
 * Glossary data licence: CC BY 4.0 (see shared/glossary/LICENSE).
 */
import type { GlossaryEntry } from '../../shared/glossary/types.js';

export const WIDGET_GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'fbc',
    term: 'FBC',
    caseRule: 'insensitive',
    plural: true,
    category: 'tests',
    expansion: 'full blood count',
    explanation: 'A common blood test that counts the red cells, white cells and platelets in your blood. It can show signs of anaemia or infection.',
    source: {
      publisher: 'Lab Tests Online-UK',
      title: 'Full blood count',
      url: 'https://labtestsonline.org.uk/understanding/analytes/fbc',
    },
  },
  {
    id: 'bd',
    term: 'bd',
    variants: ['bds'],
    caseRule: 'insensitive',
    dotted: true,
    category: 'medicines',
    expansion: 'bis die',
    explanation: 'Twice a day. On a prescription it means take the medicine two times each day, often morning and evening.',
    otherMeanings: ['BD is also a brand name printed on some needles and syringes'],
    advice: 'These letters can mean different things. If you are not sure which one the record means, ask the GP practice.',
    source: {
      publisher: 'NICE, British National Formulary (BNF)',
      title: 'Abbreviations and symbols',
      url: 'https://bnf.nice.org.uk/about/abbreviations-and-symbols/',
    },
  },
  {
    id: 'mg',
    term: 'mg',
    caseRule: 'exact',
    unit: true,
    category: 'medicines',
    expansion: 'milligram',
    explanation: 'Milligram: a very small unit of weight used for medicine doses. 1000 mg make 1 gram.',
    source: {
      publisher: 'NICE, British National Formulary (BNF)',
      title: 'Abbreviations and symbols',
      url: 'https://bnf.nice.org.uk/about/abbreviations-and-symbols/',
    },
  },
  {
    id: 'complains-of',
    term: 'c/o',
    caseRule: 'insensitive',
    category: 'shorthand',
    expansion: 'complains of, or complaining of',
    explanation: 'What you told the clinician was bothering you, for example "c/o cough" means you came about a cough.',
    otherMeanings: ['"care of" in an address'],
    advice: 'These letters can mean different things. If you are not sure which one the record means, ask the GP practice.',
    source: {
      publisher: 'NHS website (nhs.uk)',
      title: 'Abbreviations commonly found in medical records',
      url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/',
    },
  },
  {
    id: 'sob',
    term: 'SOB',
    variants: ['SoB'],
    caseRule: 'exact',
    category: 'shorthand',
    expansion: 'short of breath',
    explanation: 'Short of breath: finding it hard to breathe or feeling you cannot get enough air.',
    source: {
      publisher: 'Swan Medical Group (GP practice)',
      title: 'Abbreviations you may find in your health records',
      url: 'https://swanmedicalgroup.co.uk/surgery-information/help',
    },
  },
  {
    id: 'review',
    term: 'r/v',
    caseRule: 'insensitive',
    category: 'shorthand',
    expansion: 'review',
    explanation: 'Review: a check-up to see how things are going, for example "r/v 2/52" means review in 2 weeks.',
    source: {
      publisher: 'NHS website (nhs.uk)',
      title: 'Abbreviations commonly found in medical records',
      url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/',
    },
  },
  {
    id: 'count-days',
    kind: 'count',
    denominator: '7',
    example: '5/7',
    category: 'shorthand',
    expansion: 'days',
    explanation: 'A number of days: the number before /7 is how many days. For example 5/7 means 5 days.',
    otherMeanings: ['a date in July written without the year, such as 5/7 for 5 July'],
    advice: 'These letters can mean different things. If you are not sure which one the record means, ask the GP practice.',
    source: {
      publisher: 'Swan Medical Group (GP practice)',
      title: 'Abbreviations you may find in your health records',
      url: 'https://swanmedicalgroup.co.uk/surgery-information/help',
    },
  },
  {
    id: 'count-weeks',
    kind: 'count',
    denominator: '52',
    example: '2/52',
    category: 'shorthand',
    expansion: 'weeks',
    explanation: 'A number of weeks: the number before /52 is how many weeks. For example 2/52 means 2 weeks.',
    source: {
      publisher: 'Swan Medical Group (GP practice)',
      title: 'Abbreviations you may find in your health records',
      url: 'https://swanmedicalgroup.co.uk/surgery-information/help',
    },
  },
];
