/**
 * A small dataset written for the matcher's tests: every hard case the rules
 * cover (acronyms, common words that are also names, shared aliases, short
 * forms, demonyms, terms with plurals, diacritics). Summaries are short and
 * original; facts carry the context words disambiguation relies on.
 */
import type { Alias, Entity, EntityType, Fact } from '../../src/shared/dataset';

function entity(id: string, type: EntityType, name: string, aliases: Alias[], summary: string, extra: Partial<Entity> = {}): Entity {
  return { id, type, name, aliases, summary, sources: [{ source: 'test' }], updated: '2026-01-01', ...extra };
}

function facts(pairs: Record<string, string>): Fact[] {
  return Object.entries(pairs).map(([label, value]) => ({ label, value, asOf: '2025', source: 'test' }));
}

export const TEST_ENTITIES: Entity[] = [
  entity('Q30', 'country', 'United States', ['United States of America', 'USA', { text: 'US', case: 'exact' }, { text: 'U.S.', case: 'exact' }, { text: 'American', demonym: true }],
    'Federal republic in North America made up of fifty states.', { facts: facts({ Capital: 'Washington, D.C.' }) }),
  entity('Q148', 'country', 'China', ["People's Republic of China", 'PRC', { text: 'Chinese', demonym: true }],
    'Country in East Asia governed by the Communist Party.', { related: ['Q956', 'Q15031'], facts: facts({ Capital: 'Beijing' }) }),
  entity('Q865', 'territory', 'Taiwan', [{ text: 'Taiwanese', demonym: true }], 'Self-governing island off the coast of China; its capital is Taipei.', { related: ['Q148'] }),
  entity('Q956', 'city', 'Beijing', ['Peking'], 'Capital of China.', { related: ['Q148'] }),
  entity('Q230', 'country', 'Georgia (country)', [{ text: 'Georgia', ambiguous: true }],
    'Country in the Caucasus on the Black Sea coast, bordering Russia, Armenia and Azerbaijan.', { facts: facts({ Capital: 'Tbilisi' }) }),
  entity('Q1428', 'territory', 'Georgia (US state)', [{ text: 'Georgia', ambiguous: true }],
    'State in the southeastern United States known for peaches.', { related: ['Q30'], facts: facts({ Capital: 'Atlanta', Governor: 'Brian Kemp' }) }),
  entity('Q61', 'city', 'Washington, D.C.', [{ text: 'Washington', ambiguous: true }, 'Washington DC'],
    'Capital city of the United States on the Potomac River, home to the National Mall and the Smithsonian museums.', { facts: facts({ Mayor: 'Muriel Bowser' }) }),
  entity('Q1223', 'territory', 'Washington State', [{ text: 'Washington', ambiguous: true }],
    'State in the Pacific Northwest known for apples and wheat; its largest city is Seattle.', { facts: facts({ Capital: 'Olympia', Cities: 'Seattle, Spokane, Yakima' }) }),
  entity('Q824', 'territory', 'Oregon', [], 'State on the Pacific coast of the United States; its largest city is Portland.', { related: ['Q30'] }),
  entity('Q173', 'territory', 'Alabama', [], 'State in the southeastern United States; its capital is Montgomery.', { related: ['Q30'] }),
  entity('Q399', 'country', 'Armenia', [], 'Landlocked country in the South Caucasus; its capital is Yerevan.'),
  entity('bs:event/september-11', 'event', 'September 11 attacks', ['September 11', '9/11'], 'The attacks of 11 September 2001 on New York and Washington.', { related: ['Q30'] }),
  entity('bs:org/us-government', 'organization', 'US federal government', [{ text: 'Washington', ambiguous: true }, 'US government'],
    'The national government of the United States: the White House, Congress and the federal agencies.', { facts: facts({ Seat: 'White House, Capitol Hill' }) }),
  entity('Q23', 'person', 'George Washington', [{ text: 'Washington', short: true }],
    'Commander of the Continental Army and first President of the United States.', { facts: facts({ Born: '1732' }) }),
  entity('Q810', 'country', 'Jordan', [{ text: 'Jordan', ambiguous: true }], 'Kingdom in the Middle East bordering Israel, Syria, Iraq and Saudi Arabia.',
    { facts: facts({ Capital: 'Amman', King: 'Abdullah II' }) }),
  entity('Q41421', 'person', 'Michael Jordan', [{ text: 'Jordan', short: true }], 'Basketball player who won six NBA titles with the Chicago Bulls.'),
  entity('Q657', 'country', 'Chad', [{ text: 'Chad', ambiguous: true }], "Landlocked country in Central Africa bordering Niger, Nigeria, Cameroon and Sudan.",
    { facts: facts({ Capital: "N'Djamena" }) }),
  entity('Q43', 'country', 'Turkey', ['Türkiye', { text: 'Turkish', demonym: true }], 'Country spanning Anatolia and southeastern Europe.',
    { facts: facts({ Capital: 'Ankara', 'Largest city': 'Istanbul', President: 'Recep Tayyip Erdogan' }) }),
  entity('Q264766', 'person', 'Theresa May', [{ text: 'May', short: true }], 'British Conservative politician who was Prime Minister from 2016 to 2019.'),
  entity('Q207', 'person', 'George W. Bush', ['George Bush', { text: 'Bush', short: true }], 'Republican who was President of the United States from 2001 to 2009.', { related: ['Q30'] }),
  entity('Q192314', 'company', 'JPMorgan Chase', ['Chase', 'Chase Bank'], 'American bank and lender headquartered in New York.', { related: ['Q30'] }),
  entity('Q7817', 'organization', 'World Health Organization', [{ text: 'WHO', case: 'exact' }], 'United Nations agency for public health, based in Geneva.'),
  entity('Q40469', 'media', 'Associated Press', [{ text: 'AP', case: 'exact' }], 'American news agency founded in 1846.'),
  entity('bs:media/afp', 'media', 'Agence France-Presse', [{ text: 'AFP', case: 'exact' }], 'French news agency.'),
  entity('Q22316', 'person', 'John Kerry', [{ text: 'Kerry', short: true }], 'American diplomat, Secretary of State from 2013 to 2017.', { related: ['Q30'] }),
  entity('Q15031', 'person', 'Xi Jinping', [{ text: 'Xi', short: true }], 'General secretary of the Chinese Communist Party and President of China.', { related: ['Q148'] }),
  entity('Q701801', 'person', 'Wang Yi', [{ text: 'Wang', short: true }], 'Chinese diplomat and foreign minister.', { related: ['Q148'] }),
  entity('Q6279', 'person', 'Joe Biden', ['Joseph R. Biden', { text: 'Biden', short: true }], 'American politician, President of the United States from 2021 to 2025.', { related: ['Q30'] }),
  entity('bs:person/pierre-charles', 'person', 'Pierre Charles', [{ text: 'Charles', short: true }], 'Prime Minister of Dominica from 2000 to 2004.'),
  entity('Q7821917', 'person', 'Antony Blinken', [{ text: 'Blinken', short: true, unambiguous: true }], 'American diplomat, Secretary of State from 2021 to 2025.'),
  entity('bs:place/great-hall-of-the-people', 'building', 'Great Hall of the People', [], 'State building on Tiananmen Square in Beijing.', { related: ['Q956'] }),
  entity('bs:place/great-hall', 'building', 'Great Hall', [], 'Banqueting hall of a fictional castle, used here to test that longer names win.'),
  entity('bs:term/greenhouse-gas-emitters', 'term', 'greenhouse gas emitters', ['greenhouse gas emitter'], 'Countries or firms that release the most heat-trapping gases.'),
  entity('bs:term/sanctions', 'term', 'sanctions', [], 'Penalties one country imposes on another, such as trade bans or frozen assets.'),
  entity('bs:term/net-zero', 'term', 'net zero', [], 'Balancing the greenhouse gases put into the air with those taken out.'),
  entity('Q174', 'city', 'São Paulo', [], 'Largest city of Brazil.'),
  entity('bs:org/ccp', 'party', 'Chinese Communist Party', ['Communist Party of China', { text: 'CCP', case: 'exact' }], 'Ruling party of China.', { related: ['Q148'] }),
];
