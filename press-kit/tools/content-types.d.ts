// The press-kit content files as the tools read them (press-kit/schema says the same for the
// checker). What the elements get is narrower: src/data/types.ts.
import type { Lang, Text, FactStatus, FactTopic, QuizData } from '../../src/data/types.js';

export type { Lang, Text };

export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

export interface FactEntry {
  id: string;
  topic: FactTopic;
  status: FactStatus;
  date: string;
  checked_on?: string;
  value?: number;
  unit?: string;
  qualifier?: 'more-than' | 'about';
  label?: Text;
  attribution?: Text;
  statement: Text;
  sources: string[];
  in_elements?: boolean;
}

export interface ChannelEntry {
  id: string;
  role: 'trafficking-line' | 'immediate-danger';
  status: 'current' | 'historical';
  number: string;
  option?: string;
  operator: Text;
  free: boolean;
  confidential: boolean;
  anonymous?: boolean;
  hours: string;
  languages?: string[];
  verified_on?: string;
  verified_by?: 'press-reports' | 'official-page' | 'call-to-line' | 'common-knowledge';
  confirmed_by_campaign?: boolean;
  note?: string;
  sources: string[];
}

export interface KitEntry {
  name: string;
  version: string;
  released: string;
  title: Text;
  boilerplate: Text;
  keywords?: Record<Lang, string[]>;
  spatial_coverage?: { country: string; name: Text };
  url?: string;
  corrections?: { email?: string; url?: string };
  license: { name: string; title: string; path: string };
  credit: Text;
  cite_as: Text;
  contact: {
    name: string;
    organization: string;
    phone?: string;
    email?: string;
    as_published: string;
    source: string;
    note: Text;
  };
  contributors: { title: string; role: string }[];
}

/** The five content files of one version. */
export interface Content {
  sources: { sources: SourceEntry[] };
  facts: { facts: FactEntry[] };
  hotline: { channels: ChannelEntry[] };
  quiz: QuizData;
  kit: KitEntry;
}

/** A source as published with a fact: without its id. */
export type PublishedSource = Omit<SourceEntry, 'id'>;
/** A fact or a channel with its sources written out. */
export type Expanded<T extends { sources: string[] }> = Omit<T, 'sources'> & { sources: PublishedSource[] };
