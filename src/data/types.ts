/** The shape of the press-kit data compiled into the script (see press-kit/schema). */
import type { LANGUAGES } from '../shared/languages.js';

/** A language the kit is written in (src/shared/languages.js): its UI strings and translated content. */
export type Lang = (typeof LANGUAGES)[number];

/** The same text in every language of the kit. */
export type Text = Record<Lang, string>;

export type FactStatus = 'current' | 'historical' | 'attributed';
export type FactTopic = 'campaign' | 'hotline' | 'patterns' | 'law' | 'figures';

export interface Source {
  title: string;
  /** The language of the title (BCP 47), marked on it where it differs from the text around it. */
  language?: string;
  /** One name, or the name in each language where it has one (the IOM, the US State Department). */
  publisher: string | Partial<Text>;
  url?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface Fact {
  /** Stable: never reused or renamed. */
  id: string;
  topic: FactTopic;
  status: FactStatus;
  /** The date or period (start/end) the fact refers to. */
  date: string;
  value?: number;
  unit?: string;
  qualifier?: 'more-than' | 'about';
  label?: Text;
  attribution?: Text;
  statement: Text;
  sources: Source[];
  /** YYYY-MM-DD: the day the fact was last checked against its sources; its citation ends with it. */
  checked_on?: string;
}

/** A phone line the elements may show. Only current lines are compiled in. */
export interface Channel {
  id: string;
  role: 'trafficking-line' | 'immediate-danger';
  number: string;
  option?: string;
  operator: Text;
  free: boolean;
  confidential: boolean;
  anonymous?: boolean;
  hours: string;
  verifiedOn?: string;
}

export type QuizPathId = 'offer' | 'work';
export type Weight = 'strong' | 'other';
export type Band = 'serious' | 'some' | 'none';

export interface Question {
  id: string;
  indicator: string;
  weight: Weight;
  text: Text;
}

export interface QuizPath {
  id: QuizPathId;
  title: Text;
  questions: Question[];
}

export interface QuizData {
  paths: QuizPath[];
  results: Record<Band, { title: Text; body: Text }>;
  disclaimer: Text;
}

/** What every element needs: the kit's version, how to cite it and the current channels. */
export interface PressKitMeta {
  version: string;
  /** True when the content is a new version not yet frozen as a release. */
  draft: boolean;
  /** What to cite: the kit's name and version, per language. */
  citeAs: Text;
  channels: Channel[];
}

export interface PressKitData extends PressKitMeta {
  facts: Fact[];
  quiz: QuizData;
}
