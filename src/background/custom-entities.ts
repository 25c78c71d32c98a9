/** Turns the reader's custom terms into dataset entities, so the matcher and cards treat them alike. */
import { CUSTOM_TERMS_KEY, parseCustomTerms, type CustomTerm } from '../shared/custom-terms';
import type { Entity, EntityKind, EntityType, SourceInfo } from '../shared/dataset';
import { today } from '../shared/dates';
import browser from 'webextension-polyfill';

const TYPE_OF_KIND: Record<EntityKind, EntityType> = { person: 'person', place: 'place', organization: 'organization', term: 'term' };

/** The source every custom entry cites: the reader. */
export const CUSTOM_SOURCE: SourceInfo = { id: 'custom', name: 'Your own entry', url: '', licence: '' };

/** One custom term as an entity (its note is the card's summary). */
export function customEntity(term: CustomTerm): Entity {
  const entity: Entity = {
    id: term.id,
    type: TYPE_OF_KIND[term.kind],
    name: term.name,
    aliases: term.aliases.map((text) => ({ text, case: 'auto' })),
    summary: term.note,
    sources: [{ source: CUSTOM_SOURCE.id }],
    updated: today(),
  };
  if (term.link) entity.link = term.link;
  return entity;
}

/** The stored custom terms, and a key that changes whenever they do. */
export async function readCustomTerms(): Promise<{ terms: CustomTerm[]; revision: string }> {
  const stored = await browser.storage.local.get(CUSTOM_TERMS_KEY);
  const terms = parseCustomTerms(stored[CUSTOM_TERMS_KEY]);
  return { terms, revision: JSON.stringify(terms) };
}
