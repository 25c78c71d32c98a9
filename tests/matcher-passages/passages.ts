/**
 * Short passages written for Backstory's tests (original text, not news copy),
 * each with the mentions a careful reader expects. Expected mentions are
 * `[entity id, text, block = 0, nth occurrence of text in that block = 0]`.
 * Passages run with every mention reported unless `options` says otherwise.
 */
import type { MatchOptions } from '../../src/matcher/types';

export type Expected = [id: string, text: string, block?: number, nth?: number];

export interface Passage {
  name: string;
  blocks: string[];
  options?: MatchOptions;
  expect: Expected[];
}

const US = 'Q30';
const CN = 'Q148';

export const PASSAGES: Passage[] = [
  // Whole words, punctuation and quotes around names.
  { name: 'punctuation around names', blocks: ['Ships crossed the strait near Taiwan, officials said (AFP).'], expect: [['Q865', 'Taiwan'], ['bs:media/afp', 'AFP']] },
  { name: 'quoted name', blocks: ['He called the deal “a gift to Beijing” and left.'], expect: [['Q956', 'Beijing']] },
  // USAID holds US and USA, Chinatown holds China: neither is a mention; Taiwanese-style is (a hyphen ends a word).
  { name: 'no match inside longer words', blocks: ['The USAID team met at the Taiwan-style café in Chinatown.'], expect: [['Q865', 'Taiwan']] },
  { name: 'possessive with straight and curly apostrophe', blocks: ["John Kerry's plane landed; Kerry’s aides waited."], expect: [['Q22316', 'John Kerry'], ['Q22316', 'Kerry', 0, 1]] },
  // Case rules.
  { name: 'acronym US only in capitals', blocks: ['Let us be clear: the US will not join, and neither will the USA team.'], expect: [[US, 'US'], [US, 'USA']] },
  { name: 'AP and WHO only in capitals', blocks: ['Who knows what the ap style guide says? The WHO told AP it would decide.'], expect: [['Q7817', 'WHO'], ['Q40469', 'AP']] },
  { name: 'term case-insensitive at sentence start', blocks: ['Greenhouse gas emitters face new rules. The largest greenhouse gas emitter is China.'], expect: [['bs:term/greenhouse-gas-emitters', 'Greenhouse gas emitters'], ['bs:term/greenhouse-gas-emitters', 'greenhouse gas emitter'], [CN, 'China']] },
  { name: 'May at sentence start is a verb', blocks: ['May I ask a question? Ministers may disagree.'], expect: [] },
  { name: 'Chase at sentence start is a verb', blocks: ['Chase the ball, the coach shouted, and the children ran.'], expect: [] },
  { name: 'Chase mid-sentence is the bank', blocks: ['Customers of Chase reported that the app was down for an hour.'], expect: [['Q192314', 'Chase']] },
  { name: 'lowercase turkey is food', blocks: ['We roasted a turkey for the holiday.'], expect: [] },
  { name: 'Turkey at sentence start when the page eats turkey', blocks: ['Turkey is on the menu again this year.', 'Roast turkey needs about four hours in the oven.'], expect: [] },
  { name: 'Turkey at sentence start with context', blocks: ['Turkey closed its airspace on Tuesday, officials in Ankara said.'], expect: [['Q43', 'Turkey']] },
  { name: 'Turkey mid-sentence is the country', blocks: ['Talks between Greece and Turkey resumed.'], expect: [['Q43', 'Turkey']] },
  { name: 'Bush fires are not a president', blocks: ['Bush fires spread across the hills overnight.'], expect: [] },
  // Variants.
  { name: 'plural of a term', blocks: ['Every large emitter of carbon, and every greenhouse gas emitter above all, must report.'], expect: [['bs:term/greenhouse-gas-emitters', 'greenhouse gas emitter']] },
  { name: 'singular of a plural term', blocks: ['The new sanction targets banks, and further sanctions may follow.'], expect: [['bs:term/sanctions', 'sanction'], ['bs:term/sanctions', 'sanctions']] },
  { name: 'hyphenated compounds', blocks: ['Sino-US ties cooled as US-China trade fell.'], expect: [[US, 'US'], [US, 'US', 0, 1], [CN, 'China']] },
  { name: 'hyphen and space are the same', blocks: ['Both pledged to reach net-zero by 2050.'], expect: [['bs:term/net-zero', 'net-zero']] },
  { name: 'diacritics folded', blocks: ['Flights to Sao Paulo resumed, and São Paulo airport reopened.'], expect: [['Q174', 'Sao Paulo'], ['Q174', 'São Paulo']] },
  { name: 'decomposed diacritics', blocks: ['The mayor of Sa\u0303o Paulo spoke.'], expect: [['Q174', 'Sa\u0303o Paulo']] },
  { name: 'non-breaking space inside a name', blocks: ['John\u00a0Kerry arrived late.'], expect: [['Q22316', 'John\u00a0Kerry']] },
  { name: 'soft hyphen inside a word', blocks: ['Talks in Bei\u00adjing ended.'], expect: [['Q956', 'Bei\u00adjing']] },
  { name: 'curly apostrophe inside an alias', blocks: ['The People’s Republic of China issued a statement.'], expect: [[CN, 'People’s Republic of China']] },
  { name: 'dotted acronym', blocks: ['The U.S. embassy and U.S. officials declined to comment.'], expect: [[US, 'U.S.'], [US, 'U.S.', 0, 1]] },
  // Blocks.
  { name: 'a name never crosses blocks', blocks: ['Speaking in John', 'Kerry County, the farmer said rain was late.'], expect: [] },
  { name: 'a title before a full name leaves the full name whole', blocks: ['Secretary Antony Blinken met reporters.'], expect: [['Q7821917', 'Antony Blinken']] },
  // Longest match and overlaps.
  { name: 'longest match wins', blocks: ['Delegates gathered in the Great Hall of the People for the vote.'], expect: [['bs:place/great-hall-of-the-people', 'Great Hall of the People']] },
  { name: 'shorter name when the longer is absent', blocks: ['Dinner was served in the Great Hall.'], expect: [['bs:place/great-hall', 'Great Hall']] },
  // A place's demonym alone is not shown (readers never asked for it); inside a longer name it is that name.
  { name: 'demonym inside a longer name', blocks: ['The Chinese Communist Party met, and Chinese officials briefed reporters.'], expect: [['bs:org/ccp', 'Chinese Communist Party']] },
  // Short forms.
  { name: 'surname after full name', blocks: ['John Kerry arrived in Beijing.', 'Kerry said the talks were useful.'], expect: [['Q22316', 'John Kerry'], ['Q956', 'Beijing'], ['Q22316', 'Kerry', 1]] },
  { name: 'a double-barrelled name is not a surname', blocks: ['Judge Kerry-Lewis was sworn in on Monday.', 'Kerry-Lewis thanked her family.'], expect: [] },
  { name: 'a title before a given name names someone else', blocks: ['King Charles opened the new session of parliament.'], expect: [] },
  { name: 'a title must fit the person', blocks: ['Judge Kerry said the sentence was fair.'], expect: [] },
  // An honorific says a person is meant, not which one: the page has to be about ours.
  { name: 'an honorific alone names no one', blocks: ['Mr Kerry said the talks were useful.'], expect: [] },
  { name: 'an honorific with the person named later on the page', blocks: ['Mr Kerry said the talks were useful.', 'John Kerry flew home on Friday.'], expect: [['Q22316', 'Kerry'], ['Q22316', 'John Kerry', 1]] },
  { name: 'an honorific with the person’s context', blocks: ['Mr Kerry, the Secretary of State, told American diplomats the talks were useful.'], expect: [['Q22316', 'Kerry']] },
  // "American" names the United States, to which the person is related: every American politician is.
  { name: 'an honorific with only the person’s country', blocks: ['Mr Kerry told American diplomats the talks were useful.'], expect: [] },
  { name: 'title then surname still counts', blocks: ['Secretary Kerry was sworn in on Monday.'], expect: [['Q22316', 'Kerry']] },
  { name: 'surname alone stays plain', blocks: ['Kerry said the talks were useful, and Wang agreed.'], expect: [] },
  { name: 'surname before full name stays plain', blocks: ['Biden spoke first. Later, Joe Biden answered questions.'], expect: [['Q6279', 'Joe Biden']] },
  { name: 'title with surname', blocks: ['President Xi hosted the summit, and Xi later spoke to Wang Yi.'], expect: [['Q15031', 'Xi'], ['Q15031', 'Xi', 0, 1], ['Q701801', 'Wang Yi']] },
  { name: 'unambiguous short form', blocks: ['Blinken flew to Paris on Monday.'], expect: [['Q7821917', 'Blinken']] },
  { name: 'May the person after her full name', blocks: ['Theresa May resigned in 2019.', 'May said she had done her best.'], expect: [['Q264766', 'Theresa May'], ['Q264766', 'May', 1]] },
  { name: 'May the month after her full name', blocks: ['Theresa May called an election for June.', 'In May she had promised stability, and on 3 May she campaigned.'], expect: [['Q264766', 'Theresa May']] },
  { name: 'Bush after his full name', blocks: ['George W. Bush visited Texas.', 'Bush praised the volunteers.'], expect: [['Q207', 'George W. Bush'], ['Q207', 'Bush', 1]] },
  // Ambiguity.
  { name: 'Georgia the country', blocks: ['Protesters filled the streets of Tbilisi as Georgia debated a law on foreign agents.'], expect: [['Q230', 'Georgia']] },
  { name: 'Georgia the state', blocks: ['Voters in Atlanta lined up early as Georgia counted ballots.'], expect: [['Q1428', 'Georgia']] },
  { name: 'Georgia without context stays plain', blocks: ['Georgia was mentioned once.'], expect: [] },
  { name: 'Washington the city', blocks: ['Cherry blossoms lined the National Mall as Washington welcomed tourists.'], expect: [['Q61', 'Washington']] },
  { name: 'Washington the state', blocks: ['Apple growers near Yakima say Washington had a record harvest.'], expect: [['Q1223', 'Washington']] },
  { name: 'Washington listed before a state', blocks: ['Smoke from fires in Washington and Oregon drifted east.'], expect: [['Q1223', 'Washington'], ['Q824', 'Oregon']] },
  { name: 'Washington listed after a state', blocks: ['Fires burned across Oregon and Washington this week.'], expect: [['Q824', 'Oregon'], ['Q1223', 'Washington']] },
  { name: 'Georgia listed with a country', blocks: ['Talks between Georgia and Armenia resumed on Monday.'], expect: [['Q230', 'Georgia'], ['Q399', 'Armenia']] },
  { name: 'Georgia listed with a state', blocks: ['Voters in Georgia and Alabama went to the polls.'], expect: [['Q1428', 'Georgia'], ['Q173', 'Alabama']] },
  { name: 'a day dating an election', blocks: ['The party came second in the September 11 election.', 'Families of the victims of September 11 gathered.'], expect: [['bs:event/september-11', 'September 11', 1]] },
  { name: 'Washington the government', blocks: ['Beijing accused Washington of meddling, and the White House rejected the charge.'], expect: [['Q956', 'Beijing'], ['bs:org/us-government', 'Washington']] },
  { name: 'Washington the person', blocks: ['George Washington crossed the Delaware in 1776. Washington later led the new republic.'], expect: [['Q23', 'George Washington'], ['Q23', 'Washington', 0, 1]] },
  { name: 'Jordan the country', blocks: ['Jordan reopened its border crossing with Syria, officials in Amman said.'], expect: [['Q810', 'Jordan']] },
  { name: 'Jordan the player', blocks: ['Michael Jordan won again. Jordan scored forty points.'], expect: [['Q41421', 'Michael Jordan'], ['Q41421', 'Jordan', 0, 1]] },
  { name: 'Chad the first name', blocks: ['Chad Miller, a teacher from Ohio, won the spelling bee.'], expect: [] },
  { name: 'Chad the country', blocks: ['Refugees crossed from Sudan into eastern Chad, aid workers in N’Djamena said.'], expect: [['Q657', 'Chad']] },
  // Demonyms and first mentions.
  { name: 'a country’s demonym is not shown', blocks: ['Chinese officials met American diplomats.'], expect: [] },
];
