/**
 * The countries a page is about, from the entities it names: a country named outright, and the
 * countries the dataset relates to each person, city or body named ("Yoon Suk Yeol", "Seoul" →
 * South Korea). Shared names use it to set aside namesakes from countries the page never
 * touches: on a page about Donald Trump, "the Supreme Court" is not Spain's.
 */
import type { AliasIndex } from './alias-index';

/** How many of the page's entities make a country "what the page is about" (see `dominant`). */
const DOMINANT_AT = 3;
/** How many times a rival country's entities the dominant one must have. */
const DOMINANT_RATIO = 3;

export class CountryPresence {
  private readonly present = new Set<number>();
  /** How many of the page's entities are of each present country. */
  private readonly weight = new Map<number, number>();
  private readonly countries = new Map<number, readonly number[]>();
  private readonly isCountryCache = new Map<number, boolean>();

  constructor(private readonly index: AliasIndex) {}

  /** Whether the entity is a country (remembered per page). */
  isCountry(e: number): boolean {
    let answer = this.isCountryCache.get(e);
    if (answer === undefined) {
      answer = this.index.entityType(e) === 'country';
      this.isCountryCache.set(e, answer);
    }
    return answer;
  }

  /**
   * The countries an entity is of: itself, if it is one (a country's related list, which holds
   * everyone of it, is not read), else the countries it relates to.
   */
  countriesOf(e: number): readonly number[] {
    let out = this.countries.get(e);
    if (out === undefined) {
      if (this.isCountry(e)) out = [e];
      else {
        const list: number[] = [];
        const related = this.index.related(e);
        for (let k = 0; k < related.length; k++) if (this.isCountry(related[k]!)) list.push(related[k]!);
        out = list;
      }
      this.countries.set(e, out);
    }
    return out;
  }

  /** The page names `e`: its countries are now present. */
  add(e: number): void {
    for (const country of this.countriesOf(e)) {
      this.present.add(country);
      this.weight.set(country, (this.weight.get(country) ?? 0) + 1);
    }
  }

  /** How many of the page's entities are of the entity's most present country. */
  private weightOf(e: number): number {
    let most = 0;
    for (const country of this.countriesOf(e)) most = Math.max(most, this.weight.get(country) ?? 0);
    return most;
  }

  /**
   * Of several national bodies a name may mean, the one of a country the page is plainly
   * about: its country has at least DOMINANT_AT of the page's entities and DOMINANT_RATIO
   * times as many as any rival's ("the Supreme Court" on a page about Westminster that also
   * names New York). Undefined when no country stands out that far.
   */
  dominant(entities: readonly number[]): number | undefined {
    let best: number | undefined;
    let bestWeight = 0;
    let runnerUp = 0;
    for (const e of entities) {
      const w = this.weightOf(e);
      if (w > bestWeight) {
        runnerUp = bestWeight;
        best = e;
        bestWeight = w;
      } else if (w > runnerUp) runnerUp = w;
    }
    return best !== undefined && bestWeight >= DOMINANT_AT && bestWeight >= DOMINANT_RATIO * runnerUp ? best : undefined;
  }

  /** Whether the page names a country once and nothing else of it: a mention in passing. */
  isInPassing(country: number): boolean {
    return (this.weight.get(country) ?? 0) <= 1;
  }

  /**
   * The present countries the page's most present one outweighs DOMINANT_RATIO to one (a
   * country named once and nothing else of it among them): on a page plainly about one
   * country, what it says of these is too little to prove that a shared name is one of their
   * bodies. Empty when no country has DOMINANT_AT of the page's entities.
   */
  outweighed(): Set<number> {
    let top = 0;
    for (const w of this.weight.values()) top = Math.max(top, w);
    const out = new Set<number>();
    if (top < DOMINANT_AT) return out;
    for (const [country, w] of this.weight) if (w * DOMINANT_RATIO <= top) out.add(country);
    return out;
  }

  /** Whether the page has touched any country yet. */
  touchesAny(): boolean {
    return this.present.size > 0;
  }

  /** Whether one of the entity's countries is present on the page. */
  isHere(e: number): boolean {
    return this.countriesOf(e).some((country) => this.present.has(country));
  }

  /**
   * Whether an entity is of countries the page never touches, on a page that touches some:
   * for a national body, office or party that is "another country's own" (the Democratic
   * Party in Mongolia, Congress in Mexico, the speaker in Harare).
   */
  isAbroad(e: number): boolean {
    return this.present.size > 0 && this.countriesOf(e).length > 0 && !this.isHere(e);
  }

  /**
   * Of several entities a shared name may mean, those to keep: when some are of a country the
   * page names and others are of countries it does not, the latter go. Entities of no country
   * (a term, a person the dataset relates to none) always stay.
   */
  keepPresent(entities: readonly number[]): readonly number[] {
    if (entities.length < 2 || this.present.size === 0) return entities;
    let located = 0;
    let here = 0;
    for (const e of entities) {
      if (this.countriesOf(e).length === 0) continue;
      located++;
      if (this.isHere(e)) here++;
    }
    if (here === 0 || here === located) return entities;
    return entities.filter((e) => this.countriesOf(e).length === 0 || this.isHere(e));
  }
}
