// The press-kit content files as the tools read them (press-kit/schema says the same for the
// checker). What the elements get is narrower: src/data/types.ts.
import type { Lang, Text, QuizData, Fact, Channel, Source } from '../../src/data/types.js';

export type { Lang, Text };

/** A source in sources.json: what the elements show, with its id. */
export interface SourceEntry extends Source {
  id: string;
  /** Text in each language from 1.9.0; one English text in earlier releases. */
  unavailable_online?: string | Text;
  note?: string;
}

/** A fact in facts.json: its sources by id, and what only the press kit publishes. */
export interface FactEntry extends Omit<Fact, 'sources'> {
  checked_on?: string;
  sources: string[];
  in_elements?: boolean;
}

/** A channel in hotline.json: historical ones too, and how it was verified. */
export interface ChannelEntry extends Omit<Channel, 'verifiedOn'> {
  status: 'current' | 'historical';
  languages?: string[];
  languages_as_of?: Record<string, string>;
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
  /** Until 1.6.1: the 2008 release's press contact. Since 1.7.0 only in that source's note. */
  contact?: {
    name: string;
    organization: string;
    phone?: string;
    email?: string;
    as_published: string;
    source: string;
    note: Text;
  };
  /** Who publishes the kit and answers for it; set by the publisher, never invented. */
  publisher?: { name: string; url?: string; press_contact: { name: string; email?: string; phone?: string } };
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
