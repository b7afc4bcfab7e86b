import type { KnownPerson } from '../model/record';
import { personKey } from './overview';

export const MAX_KNOWN_PEOPLE = 500;

/**
 * The list of people used before, with the newly added ones first. A name already known is
 * updated (a new role or e-mail replaces the old one, an empty one keeps it), never repeated.
 */
export function rememberPeople(known: readonly KnownPerson[], added: readonly KnownPerson[]): KnownPerson[] {
  const merged = new Map<string, KnownPerson>();
  for (const person of added) {
    const key = personKey(person.name);
    if (key === '') continue;
    const before = known.find((k) => personKey(k.name) === key);
    merged.set(key, { name: person.name.trim(), role: person.role || before?.role || '', email: person.email || before?.email || '' });
  }
  for (const person of known) if (!merged.has(personKey(person.name))) merged.set(personKey(person.name), person);
  return [...merged.values()].slice(0, MAX_KNOWN_PEOPLE);
}
