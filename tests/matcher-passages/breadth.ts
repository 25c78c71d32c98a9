/**
 * Passages for the kinds issue 10 added (US states and UK nations, regions, parties,
 * agencies and armed groups, companies whose names are words, events), written for
 * Backstory in the style of news and run against the real dataset in data/. Same
 * format as passages.ts; every mention is listed, so a false highlight fails.
 */
import type { Passage } from './passages';

export const BREADTH_PASSAGES: Passage[] = [
  // States versus countries.
  { name: 'a state next to its party', blocks: ['Republicans in Texas blocked the bill.'], expect: [['bs:party/republican-party-us', 'Republicans'], ['Q1439', 'Texas']] },
  { name: 'Georgia next to Atlanta is the state', blocks: ['Voters in Atlanta waited for hours as Georgia counted ballots.'], expect: [['bs:city/atlanta', 'Atlanta'], ['Q1428', 'Georgia'], ['bs:term/ballot', 'ballots']] },
  { name: 'Georgia next to Tbilisi is the country', blocks: ['Protesters filled the streets of Tbilisi as Georgia debated the law.'], expect: [['bs:city/tbilisi', 'Tbilisi'], ['Q230', 'Georgia']] },
  { name: 'New York State and the city', blocks: ['New York State declared an emergency, and New York City opened shelters.'], expect: [['Q1384', 'New York State'], ['bs:city/new-york-city', 'New York City']] },
  { name: 'New York state written in lower case is the state', blocks: ['New York state now has more cases than any country, and Washington state followed.'], expect: [['Q1384', 'New York state'], ['Q1223', 'Washington state']] },
  { name: 'UK nations', blocks: ['Hospitals in Scotland, Wales and Northern Ireland cancelled operations.'], expect: [['Q22', 'Scotland'], ['Q25', 'Wales'], ['Q26', 'Northern Ireland']] },
  // Titles before a surname (the matcher's title rule; titled forms are no longer aliases).
  { name: 'a senator by title and surname', blocks: ['Sen. Sanders said the vote would wait, and Senator Sanders left.'], expect: [['Q359442', 'Sanders'], ['Q359442', 'Sanders', 0, 1]] },
  // An honorific alone: the only Frankel we know is a congresswoman, this is an economist.
  { name: 'an honorific before a surname of someone else', blocks: ['But Mr. Frankel warns that when the economy weakens, the deficit grows.'], expect: [] },
  { name: 'an honorific with only a country for context', blocks: ['Mr. Reeves said he thought that the American government was being manipulated.'], expect: [['bs:org/us-government', 'American government']] },
  { name: 'an honorific before a surname in its context', blocks: ['Mr. Price, the health secretary, said the Affordable Care Act would be repealed.'], expect: [['Q1415243', 'Price'], ['bs:term/affordable-care-act', 'Affordable Care Act']] },
  { name: 'a foreign minister by title and surname', blocks: ['Foreign Minister Lavrov arrived in Ankara.'], expect: [['Q58217', 'Lavrov'], ['bs:city/ankara', 'Ankara']] },
  // Weapons and aircraft by the names news uses (designations, programme acronyms), not their words.
  { name: 'weapons by designation and acronym', blocks: ['Kyiv asked for more HIMARS launchers and F-16 jets, and Russia moved S-400 batteries.'], expect: [['bs:city/kyiv', 'Kyiv'], ['Q2495802', 'HIMARS'], ['Q100026', 'F-16'], ['Q159', 'Russia'], ['Q861006', 'S-400']] },
  { name: 'model names that are also words or people are not weapons', blocks: ['Hunter Biden met the team; a little bird said it was a Black Hawk down moment for Type 10 glass.'], expect: [['bs:person/hunter-biden', 'Hunter Biden']] },
  { name: 'an airliner named in other capitals than its name', blocks: ['The Boeing 737 Max and the Airbus A320 compete.'], expect: [['bs:term/boeing-737-max', 'Boeing 737 Max'], ['Q6475', 'Airbus A320']] },
  // A place that begins or ends an institution's name is the institution's; its own government keeps it.
  { name: 'places inside institutions\' names', blocks: ['She studied at the University of Tulsa and read the Fresno Chronicle near the American Banjo Museum.'], expect: [] },
  { name: 'the place alone after its institution, and a place\'s own council', blocks: ['The Boston City Council met at the University of Tulsa, then toured Tulsa.'], expect: [['bs:org/boston-city-council', 'Boston City Council'], ['bs:city/tulsa', 'Tulsa', 0, 1]] },
  // A few surnames the news writes alone for one person, from the headline on; after an unknown given name they are someone else's.
  { name: 'a surname news writes alone', blocks: ['Trump supporters rallied as Putin spoke.'], expect: [['Q22686', 'Trump'], ['Q7747', 'Putin']] },
  { name: 'a surname that stands alone after a given name we do not know', blocks: ['On Monday, Sam Trump opened the course.'], expect: [] },
  // Regions.
  { name: 'Gaza means the Strip', blocks: ['Aid agencies said Gaza was running short of fuel.'], expect: [['Q39760', 'Gaza']] },
  { name: 'Crimea and the Donbas', blocks: ['Fighting went on in the Donbas, and drones struck Crimea.'], expect: [['bs:place/donbas', 'Donbas'], ['bs:region/ua-43', 'Crimea']] },
  // Parties versus their adjectives.
  { name: 'lower-case adjectives are not parties', blocks: ['The democratic process needs a republican form of government, and labour costs rose.'], expect: [] },
  { name: 'Labour at a sentence start about work', blocks: ['Labour costs rose by three per cent.'], expect: [] },
  { name: 'Labour mid-sentence is the party', blocks: ['The Tories lost seats as Labour won a landslide.'], expect: [['bs:party/conservative-and-unionist-party-uk', 'Tories'], ['bs:party/labour-party-uk', 'Labour']] },
  { name: 'the Communist Party in a China story', blocks: ['The Communist Party met in Beijing, and China said the talks went well.'], expect: [['bs:org/chinese-communist-party', 'Communist Party'], ['Q956', 'Beijing'], ['Q148', 'China']] },
  // Companies whose names are words.
  { name: 'Apple the company', blocks: ['Shares in Apple fell after the launch in Cupertino, California.'], expect: [['bs:company/apple', 'Apple'], ['bs:city/cupertino', 'Cupertino'], ['Q99', 'California']] },
  // A shared name seen qualified sets what it means bare on that page.
  { name: 'a state supreme court, then the Supreme Court', blocks: ['The Washington Supreme Court ruled on Monday in Olympia. The Supreme Court said the tribes had rights.'], expect: [['bs:city/olympia', 'Olympia']] },
  { name: 'the US Supreme Court named outright keeps the bare name', blocks: ['The U.S. Supreme Court and the Nevada Supreme Court both sat in Washington.', 'The Supreme Court said it would hear the case.'], expect: [['bs:org/us-supreme-court', 'U.S. Supreme Court'], ['bs:org/nevada-supreme-court', 'Nevada Supreme Court'], ['Q61', 'Washington'], ['bs:org/us-supreme-court', 'Supreme Court', 1]] },
  // Smaller towns need their context: a surname that is also a town stays plain.
  { name: 'a small town named like a driver', blocks: ['Felipe Massa finished fifth in Bahrain.'], expect: [['bs:person/felipe-massa', 'Felipe Massa'], ['Q398', 'Bahrain']] },
  { name: 'a small town with its region', blocks: ['Flooding closed roads in Basildon, in the east of England, on Monday.'], expect: [['bs:city/basildon', 'Basildon'], ['Q21', 'England']] },
  { name: 'a small US town with its state', blocks: ['The plant in Anderson, South Carolina, will close.'], expect: [['Q1456', 'South Carolina']] },
  { name: 'the Amazon burning is the rainforest', blocks: ['The Amazon has been burning for weeks, and deforestation in Brazil rose.'], expect: [['bs:place/amazon-rainforest', 'Amazon'], ['bs:term/deforestation', 'deforestation'], ['Q155', 'Brazil']] },
  { name: 'Amazon with its founder is the company', blocks: ['Jeff Bezos founded Amazon in 1994.'], expect: [['Q312556', 'Jeff Bezos'], ['bs:company/amazon', 'Amazon']] },
  { name: 'apple the fruit', blocks: ['Apple growers expect a poor harvest, and the apple price rose.'], expect: [] },
  { name: 'Meta the company, not the politician', blocks: ['Meta laid off thousands of employees.'], expect: [['bs:company/meta-platforms', 'Meta']] },
  { name: 'Meta the politician after his full name', blocks: ['Ilir Meta spoke in Tirana.', 'Meta said he would run again.'], expect: [['Q727132', 'Ilir Meta'], ['bs:city/tirana', 'Tirana'], ['Q727132', 'Meta', 1]] },
  { name: 'shell the word', blocks: ['Shell casings were found near the door.'], expect: [] },
  // Names inside longer names, places after "in", governments by their capital.
  { name: 'a given name that is a queen and a city', blocks: ['The minister, Victoria Atkins, spoke first.'], expect: [['bs:person/victoria-atkins', 'Victoria Atkins']] },
  { name: 'a demonym next to capitals is not a name', blocks: ['South Korean President Yoon Suk Yeol declared martial law in Seoul.'], expect: [['Q16090635', 'Yoon Suk Yeol'], ['bs:term/martial-law', 'martial law'], ['bs:city/seoul', 'Seoul']] },
  { name: 'in Washington is the city', blocks: ['Talks in Washington with White House officials ended late.'], expect: [['Q61', 'Washington'], ['bs:term/white-house', 'White House']] },
  { name: 'in Washington on a US page is the capital, not the state', blocks: ['The United States will not be rushed, and the remarks were read in Washington as a signal.'], expect: [['Q30', 'United States'], ['Q61', 'Washington']] },
  { name: 'Washington next to Olympia and Seattle is the state', blocks: ['Wildfires spread near Seattle as Washington declared an emergency, officials in Olympia said.'], expect: [['bs:city/seattle', 'Seattle'], ['Q1223', 'Washington'], ['bs:city/olympia', 'Olympia']] },
  { name: 'Washington agreeing is the government', blocks: ['Washington and Beijing agreed to pause the tariffs, the White House said.'], expect: [['bs:org/us-government', 'Washington'], ['Q956', 'Beijing'], ['bs:term/tariff', 'tariffs'], ['bs:term/white-house', 'White House']] },
  // Brands that are also a planet or a surname.
  { name: 'Mars the planet is not the confectioner', blocks: ['The NASA rover landed on Mars in 2021.'], expect: [['bs:org/nasa', 'NASA'], ['bs:place/mars', 'Mars']] },
  { name: 'a surname that is also a magazine', blocks: ['Laura Forbes said the budget was fair.'], expect: [] },
  // Arabic family names joined to their article: the full name with a middle name, then "Mr. Bashir", "Assad", "al-Assad".
  { name: 'a middle name and an article surname', blocks: ['The court charged Sudan’s president, Omar Hassan al-Bashir, with genocide.', 'Officials said Mr. Bashir must be held accountable.'], expect: [['Q1049', 'Sudan'], ['Q57265', 'Omar Hassan al-Bashir'], ['bs:term/genocide', 'genocide'], ['Q57265', 'Bashir', 1]] },
  { name: 'a surname with and without its article', blocks: ['Bashar al-Assad fled to Moscow. Assad had ruled Syria since 2000, and al-Assad’s army collapsed.'], expect: [['Q44329', 'Bashar al-Assad'], ['bs:city/moscow', 'Moscow'], ['Q44329', 'Assad', 0, 1], ['Q858', 'Syria'], ['Q44329', 'al-Assad', 0, 1]] },
  // A city or a surname right after a name word we do not know is part of that name.
  { name: 'a surname after another given name is someone else', blocks: ['Boris Johnson spoke first. The MP Gareth Johnson said no, and Johnson left.'], expect: [['Q180589', 'Boris Johnson'], ['Q180589', 'Johnson', 0, 2]] },
  { name: 'a name in an email address', blocks: ['Write to Texas@example.org about the Texas office.'], expect: [['Q1439', 'Texas', 0, 1]] },
  { name: 'a city that is an actor’s surname', blocks: ['The film stars Zoe Kazan as Emily.'], expect: [] },
  { name: 'a title phrase or a party before a surname keeps it', blocks: ['Donald Trump won. Secretary of State Blinken and Republican Trump spoke.'], expect: [['Q22686', 'Donald Trump'], ['Q7821917', 'Blinken'], ['bs:party/republican-party-us', 'Republican'], ['Q22686', 'Trump', 0, 1]] },
  { name: 'an area word before a city keeps it', blocks: ['Flats in North London and Upper Manhattan sold fast.'], expect: [['bs:city/london', 'London'], ['bs:city/manhattan', 'Manhattan']] },
  { name: 'Latin American is not the United States', blocks: ['Latin American and Central American envoys met.'], expect: [] },
  // American cities named after English counties need their own context, not the country's.
  { name: 'English counties are not the American cities', blocks: ['Mid Norfolk and East Surrey voted on the bill, as did North West Durham.'], expect: [] },
  { name: 'a British page that says US once', blocks: ['The MP for Lincoln said US beef was unsafe.'], expect: [['Q30', 'US']] },
  { name: 'Norfolk with Virginia is the city', blocks: ['The Navy base in Norfolk, Virginia, expanded.'], expect: [['bs:city/norfolk', 'Norfolk'], ['Q1370', 'Virginia']] },
  { name: 'Santander the bank is not the city', blocks: ['Santander said its profit rose.'], expect: [] },
  { name: 'the place of a peerage is a title', blocks: ['The Duke of Edinburgh and the Prince of Wales visited Wales and Edinburgh.'], expect: [['Q25', 'Wales', 0, 1], ['bs:city/edinburgh', 'Edinburgh', 0, 1]] },
  // Abbreviations the news mostly uses for something else need their organization's context.
  { name: 'California ISO is the grid operator', blocks: ['The California ISO ordered rolling blackouts as demand peaked.'], expect: [['bs:org/caiso', 'California ISO'], ['bs:term/rolling-blackout', 'rolling blackouts']] },
  { name: 'ISO after its full name', blocks: ['The ISO 9001 standard is set by the International Organization for Standardization; ISO has 164 members.'], expect: [['bs:org/iso', 'ISO'], ['bs:org/iso', 'International Organization for Standardization'], ['bs:org/iso', 'ISO', 0, 1]] },
  { name: 'a pub named like a chain', blocks: ["In Clon Casey's Bar said it would close."], expect: [] },
  // A term capitalized inside a proper name is that name, not the common noun.
  { name: 'a term inside a proper name', blocks: ['Members of the Congressional Progressive Caucus met after the Great Recession.'], expect: [['bs:org/congressional-progressive-caucus', 'Congressional Progressive Caucus'], ['bs:event/great-recession', 'Great Recession']] },
  { name: 'the same terms in prose', blocks: ['The caucus met as the recession deepened. Recession fears grew.'], expect: [['bs:term/caucus', 'caucus'], ['bs:term/recession', 'recession'], ['bs:term/recession', 'Recession']] },
  // A photo caption's positions are not politics; the political term still is.
  { name: 'center-left in a photo caption is a position', blocks: ['Justice Raquel Montoya-Lewis, center-right, and Chief Justice Debra Stephens, center-left, on Monday.'], expect: [] },
  { name: 'a caption position in brackets', blocks: ['The two judges (centre-left) were sworn in on Monday.'], expect: [] },
  { name: 'center-left as politics', blocks: ['The concerns of center-left Democrats grew, and the centre-left won in Spain.'], expect: [['bs:term/centre-left', 'center-left'], ['bs:party/democratic-party-us', 'Democrats'], ['bs:term/centre-left', 'centre-left'], ['Q29', 'Spain']] },
  // Agencies, armed groups, people, events.
  { name: 'agencies by their acronyms', blocks: ['The FBI and the CIA briefed the committee.'], expect: [['bs:org/fbi', 'FBI'], ['bs:org/cia', 'CIA']] },
  { name: 'armed groups', blocks: ['Hamas and Hezbollah both praised the attack.'], expect: [['bs:org/hamas', 'Hamas'], ['bs:org/hezbollah', 'Hezbollah']] },
  { name: 'spelling variants', blocks: ['Volodymyr Zelensky met Sergei Lavrov for the first time.'], expect: [['Q3874799', 'Volodymyr Zelensky'], ['Q58217', 'Sergei Lavrov']] },
  { name: 'a person who never held office, then his surname', blocks: ['Elon Musk bought Twitter in 2022.', 'Musk renamed it.'], expect: [['Q317521', 'Elon Musk'], ['bs:company/x-corp', 'Twitter'], ['Q317521', 'Musk', 1]] },
  { name: 'events', blocks: ['Brexit came four years after the vote; the Soviet Union fell in 1991.'], expect: [['bs:event/brexit', 'Brexit'], ['Q15180', 'Soviet Union']] },
  // Breadth of the data (universities, agencies, people outside politics, Native nations).
  { name: 'Columbia the university after its full name', blocks: ['Students at Columbia University in New York City protested. Columbia said it would respond.'], expect: [['bs:org/columbia-university', 'Columbia University'], ['bs:city/new-york-city', 'New York City'], ['bs:org/columbia-university', 'Columbia', 0, 1]] },
  { name: 'Columbia the South Carolina capital', blocks: ['Voters in Columbia, South Carolina, lined up early.'], expect: [['bs:city/columbia-sc', 'Columbia, South Carolina']] },
  { name: 'Columbia inside other names is neither the university nor the city', blocks: ['She signed with Columbia Records. Salmon swim up the Columbia River. Vancouver is in British Columbia.'], expect: [['Q183387', 'Columbia Records'], ['bs:place/columbia-river', 'Columbia River'], ['bs:city/vancouver', 'Vancouver'], ['bs:region/ca-bc', 'British Columbia']] },
  { name: 'Britain is the United Kingdom', blocks: ['Britain and France agreed on Monday.'], expect: [['Q145', 'Britain'], ['Q142', 'France']] },
  { name: 'universities by name and acronym', blocks: ['Researchers at Imperial College London and UCL found the virus.'], expect: [['bs:org/imperial-college-london', 'Imperial College London'], ['bs:org/ucl', 'UCL']] },
  { name: 'US agencies by their acronyms', blocks: ['The FDA approved the drug, and the FTC opened an inquiry.'], expect: [['bs:org/fda', 'FDA'], ['bs:org/ftc', 'FTC']] },
  { name: 'EPA is shared with a photo agency: with no context it stays plain', blocks: ['The EPA opened an inquiry.'], expect: [] },
  { name: 'SEC the regulator on a business page', blocks: ['The SEC sued Coinbase, saying the company traded securities without registering.'], expect: [['bs:org/sec', 'SEC'], ['bs:company/coinbase', 'Coinbase']] },
  { name: 'SEC the conference on a sports page', blocks: ['The SEC title game is in Atlanta, and Georgia and Alabama will play for it.'], expect: [['bs:org/southeastern-conference', 'SEC'], ['bs:city/atlanta', 'Atlanta'], ['Q1428', 'Georgia'], ['Q173', 'Alabama']] },
  { name: 'Nature the journal needs science around it', blocks: ['The paper, published in Nature, shows the science.'], expect: [['bs:media/nature', 'Nature']] },
  { name: 'Mother Nature is not the journal', blocks: ['Mother Nature was not kind to farmers this year.'], expect: [] },
  { name: 'an actress, then her surname', blocks: ['Renée Zellweger won the award. Zellweger thanked her family.'], expect: [['bs:person/renee-zellweger', 'Renée Zellweger'], ['bs:person/renee-zellweger', 'Zellweger']] },
  { name: 'a TV host by surname only after her full name', blocks: ['King said the vote was close.'], expect: [] },
  { name: 'Native nations', blocks: ['The Lummi Nation and the Quinault Indian Nation sued the state.'], expect: [['bs:org/lummi-nation', 'Lummi Nation'], ['bs:org/quinault-indian-nation', 'Quinault Indian Nation']] },
  { name: 'EPA the US agency on an environment page', blocks: ['The EPA proposed limits on the chemicals in drinking water.'], expect: [['bs:org/epa', 'EPA']] },
  { name: 'EPA in a photo credit is the photo agency', blocks: ['Protesters in Paris. Photo: EPA/Yoan Valat'], expect: [['bs:city/paris', 'Paris'], ['bs:media/epa-images', 'EPA']] },
  { name: 'Wimbledon the tournament next to players', blocks: ['Carlos Alcaraz won Wimbledon, beating Jannik Sinner in the final.'], expect: [['bs:person/carlos-alcaraz', 'Carlos Alcaraz'], ['bs:event/wimbledon', 'Wimbledon'], ['bs:person/jannik-sinner', 'Jannik Sinner']] },
  { name: 'Wimbledon in a list of constituencies is not the tournament', blocks: ['The MPs for Wimbledon, Putney and Richmond Park signed the letter.'], expect: [] },
  { name: 'a surname shared by another person with a given name stays plain', blocks: ['Chris Clarkson, the MP for Heywood and Middleton, voted against.'], expect: [] },
  { name: 'RSF the Sudanese paramilitary', blocks: ['RSF, led by Hemedti, attacked El Fasher in Darfur, Sudan.'], expect: [['bs:org/rapid-support-forces', 'RSF'], ['bs:person/hemedti', 'Hemedti'], ['bs:city/el-fasher', 'El Fasher'], ['bs:place/darfur', 'Darfur'], ['Q1049', 'Sudan']] },
  { name: 'RSF the press freedom group', blocks: ['RSF ranked Norway first in its press freedom index for journalists.'], expect: [['bs:media/reporters-without-borders', 'RSF'], ['Q20', 'Norway'], ['bs:term/press-freedom', 'press freedom']] },
  { name: 'a national Red Cross society is not the ICRC', blocks: ['The patient was taken to a Japanese Red Cross hospital in Kobe.'], expect: [['bs:org/japanese-red-cross', 'Japanese Red Cross'], ['bs:city/kobe', 'Kobe']] },
  { name: 'the prophet, not any Muhammad', blocks: ['Riots followed a video about the prophet Muhammad.', 'Muhammad Yunus met the envoy.'], expect: [['bs:person/prophet-muhammad', 'prophet Muhammad'], ['Q43969', 'Muhammad Yunus', 1]] },
  { name: 'royals by their titled names', blocks: ['Prince Charles and Princess Diana married in 1981.'], expect: [['Q43274', 'Prince Charles'], ['bs:person/diana-princess-of-wales', 'Princess Diana']] },
  { name: 'a ship named for a queen is not the queen', blocks: ['The carrier HMS Queen Elizabeth sailed from Portsmouth.'], expect: [['bs:term/queen-elizabeth-class-carrier', 'HMS Queen Elizabeth'], ['bs:region/gb-por', 'Portsmouth']] },
  { name: 'football clubs', blocks: ['Arsenal beat Manchester United, and Real Madrid lost to Bayern Munich.'], expect: [['bs:org/arsenal-fc', 'Arsenal'], ['bs:org/manchester-united', 'Manchester United'], ['bs:org/real-madrid', 'Real Madrid'], ['bs:org/bayern-munich', 'Bayern Munich']] },
  { name: 'UK nations by their names, not their adjectives or English', blocks: ['The Scottish and Welsh governments objected, in English and in Gaelic, and Scotland went to court.'], expect: [['Q22', 'Scotland']] },
  { name: 'a suburb is not the city inside its name', blocks: ['St. Louis Park elected a new mayor, and South Portland, Maine, did too.'], expect: [['bs:city/st-louis-park', 'St. Louis Park'], ['bs:city/south-portland', 'South Portland'], ['Q724', 'Maine']] },
  { name: 'Gaza towns and hospitals', blocks: ['Patients moved from Al-Shifa Hospital to Deir al-Balah and Khan Younis.'], expect: [['bs:building/al-shifa-hospital', 'Al-Shifa Hospital'], ['bs:city/deir-al-balah', 'Deir al-Balah'], ['bs:city/khan-yunis', 'Khan Younis']] },
  { name: 'the City Council after New York City\'s is named', blocks: ['The NYC Council voted. In Brooklyn, the City Council met.'], expect: [['bs:org/nyc-council', 'NYC Council'], ['bs:city/brooklyn', 'Brooklyn'], ['bs:org/nyc-council', 'City Council']] },
  { name: 'another city\'s council stays plain', blocks: ['The Tulsa City Council met on Tuesday.'], expect: [['bs:city/tulsa', 'Tulsa']] },
  // A name ending in punctuation the page shows is that name, not the shorter one ending at the word.
  { name: 'streaming services written with their plus', blocks: ['It moved to Paramount+ and Disney+, while Disney itself cut jobs.'], expect: [['bs:company/paramount-plus', 'Paramount+'], ['bs:company/disney-plus', 'Disney+'], ['bs:company/walt-disney', 'Disney']] },
  // Short names the news writes for entries the sources name in full.
  { name: 'companies and officials by their short names', blocks: ['Micron and Akamai rose; Take-Two and Live Nation fell.', 'Attorney General Andrea Campbell and Nevada\'s Aaron Ford sued.'], expect: [['bs:company/micron-technology', 'Micron'], ['bs:company/akamai-technologies', 'Akamai'], ['bs:company/take-two-interactive', 'Take-Two'], ['bs:company/live-nation-entertainment', 'Live Nation'], ['bs:person/andrea-joy-campbell-ma', 'Andrea Campbell', 1], ['Q1227', 'Nevada', 1], ['bs:person/aaron-d-ford-nv', 'Aaron Ford', 1]] },
  { name: 'ATP the tennis tour', blocks: ['Carlos Alcaraz leads the ATP rankings, the ATP said.'], expect: [['bs:person/carlos-alcaraz', 'Carlos Alcaraz'], ['bs:org/atp', 'ATP rankings'], ['bs:org/atp', 'ATP']] },
  { name: 'ATP the molecule is not the tour', blocks: ['Muscle cells burn ATP for energy.'], expect: [] },
  // Names the news writes for entries whose sources name them otherwise (data round e's helpers found them missing).
  { name: 'places and states by their English names', blocks: ['East Germany sent athletes from Gothenburg to Normandy.'], expect: [['Q16957', 'East Germany'], ['bs:city/goteborg', 'Gothenburg'], ['bs:region/fr-nor', 'Normandy']] },
  { name: 'monarchs by the names news writes', blocks: ['King Salman received the envoy; Henry VIII and Catherine the Great were on the syllabus.'], expect: [['Q367825', 'King Salman'], ['Q38370', 'Henry VIII'], ['Q36450', 'Catherine the Great']] },
  { name: 'the IRA in Northern Ireland is not the climate law', blocks: ['The IRA declared a ceasefire in Northern Ireland in 1994.'], expect: [['bs:org/provisional-ira', 'IRA'], ['Q26', 'Northern Ireland']] },
  { name: 'a party name the US shares, in Italy, is Italy\'s', blocks: ["Giorgia Meloni's government in Rome faced the Democratic Party, Italy's main opposition."], expect: [['Q451791', 'Giorgia Meloni'], ['bs:city/rome', 'Rome'], ['bs:party/democratic-party-italy', 'Democratic Party'], ['Q38', 'Italy']] },
  { name: 'a party name the US shares, on a Korean page without evidence for either, stays plain', blocks: ['President Yoon Suk Yeol declared martial law in Seoul, and the opposition Democratic Party voted to impeach him.'], expect: [['Q16090635', 'Yoon Suk Yeol'], ['bs:term/martial-law', 'martial law'], ['bs:city/seoul', 'Seoul']] },
  { name: 'Labour in Ireland is the Irish party', blocks: ['In Dublin, the Taoiseach met Ivana Bacik, the leader of Labour, after the Irish election.'], expect: [['bs:city/dublin', 'Dublin'], ['bs:term/taoiseach', 'Taoiseach'], ['bs:person/ivana-bacik', 'Ivana Bacik'], ['bs:party/labour-party-ireland', 'Labour']] },
  { name: 'Congress in India is the party', blocks: ["Narendra Modi's BJP lost seats in India, and Congress nearly doubled its tally."], expect: [['Q1058', 'Narendra Modi'], ['bs:party/bharatiya-janata-party-in', 'BJP'], ['Q668', 'India'], ['bs:party/indian-national-congress-in', 'Congress']] },
  { name: 'Congress with nothing to say otherwise is the US Congress, its primary sense', blocks: ['Congress passed the spending bill hours before the deadline.'], expect: [['bs:org/us-congress', 'Congress']] },
  { name: 'Congress in Brazil is Brazil\'s', blocks: ['In Brasília, Congress voted on the pension reform backed by President Lula.'], expect: [['bs:city/brasilia', 'Brasília'], ['bs:org/national-congress-brazil', 'Congress'], ['Q37181', 'Lula']] },
  { name: 'a party named before its members\' seats ("the Labour MP") is the party', blocks: ['Chi Onwurah, the Labour MP for Newcastle Central, backed the report.'], expect: [['bs:person/chi-onwurah', 'Chi Onwurah'], ['bs:party/labour-party-uk', 'Labour']] },
  { name: 'a party after a person we know is the party; after a place, a description', blocks: ['Never Trump Republicans willing to back a Democrat have not rallied to a single candidate.', 'Senator Mark Warner, a Virginia Democrat, spoke.'], expect: [['bs:term/never-trump', 'Never Trump'], ['bs:party/republican-party-us', 'Republicans'], ['Q453893', 'Mark Warner', 1], ['Q1370', 'Virginia', 1]] },
  { name: 'the House of Representatives on a page about Japan is Japan\'s', blocks: ["Japan's prime minister Shigeru Ishiba dissolved the House of Representatives."], expect: [['Q17', 'Japan'], ['Q1335527', 'Shigeru Ishiba'], ['bs:org/house-of-representatives-japan', 'House of Representatives']] },
  { name: 'the House of Representatives with nothing to say otherwise is the US House, its primary sense', blocks: ['The House of Representatives passed the bill on Tuesday.'], expect: [['bs:org/us-house', 'House of Representatives']] },
  { name: 'on a page about Donald Trump, the Supreme Court is the US one, not a namesake abroad', blocks: ['Donald Trump was indicted in Washington; Judge Tanya Chutkan set a trial date that never arrived after the Supreme Court ruled on presidential immunity.'], expect: [['Q22686', 'Donald Trump'], ['Q61', 'Washington'], ['bs:person/tanya-chutkan', 'Tanya Chutkan'], ['bs:org/us-supreme-court', 'Supreme Court'], ['bs:term/presidential-immunity', 'presidential immunity']] },
  // Writers' reports from the third blind round (round J).
  { name: 'Turkey at a sentence start is the country on a page that never writes the word in lower case', blocks: ['Turkey said it would reopen the border crossing on Monday.'], expect: [['Q43', 'Turkey']] },
  { name: 'Turkey at a sentence start on a page about the bird stays plain', blocks: ['Turkey prices rose before the holiday, and a whole turkey now costs more.'], expect: [] },
  { name: 'a place after a given name is a person\'s surname', blocks: ['Broward County Sheriff Scott Israel was suspended by the governor.', 'Scott Israel said the deputies waited.'], expect: [['bs:region/broward-county', 'Broward County']] },
  { name: 'an office after a state is that state\'s, not the national one', blocks: ['Vermont Secretary of State Sarah Copeland Hanzas and Idaho House Speaker Mike Moyle spoke.', 'U.S. House Speaker Mike Johnson spoke too.'], expect: [['Q16551', 'Vermont'], ['Q1221', 'Idaho'], ['Q30', 'U.S.', 1], ['bs:term/speaker-of-the-house', 'House Speaker', 1], ['Q19880665', 'Mike Johnson', 1]] },
  { name: 'a shared body\'s name on a page about a country that has none we know is not the US one', blocks: ['In Nairobi, Congress members of the opposition met William Ruto.'], expect: [['bs:city/nairobi', 'Nairobi'], ['Q195725', 'William Ruto']] },
  { name: 'the same office on a page that names its holder', blocks: ['Nancy Pelosi, the speaker, said the House would vote.'], expect: [['Q170581', 'Nancy Pelosi'], ['bs:term/speaker-of-the-house', 'speaker'], ['bs:org/us-house', 'House']] },
  { name: 'an owner the dataset relates to makes a possessive name its own', blocks: ["Edgar Lungu's Patriotic Front lost the election in Zambia."], expect: [['Q18352991', 'Edgar Lungu'], ['bs:party/patriotic-front-zambia', 'Patriotic Front'], ['Q953', 'Zambia']] },
  // Stop 26: the UK's own court and Speaker by their bare names (data/variants/national-bodies.json).
  { name: 'a country named only by a demonym in an aside does not take a national body from the page\'s own country', blocks: ['The Alien Enemies Act, last used to intern Japanese immigrants, was invoked again.', 'Homeland Security Secretary Kristi Noem toured the prison, and a Maryland man deported there took his case to the Supreme Court.'], expect: [['bs:term/alien-enemies-act', 'Alien Enemies Act'], ['bs:org/dhs', 'Homeland Security', 1], ['Q465749', 'Kristi Noem', 1], ['Q1391', 'Maryland', 1], ['bs:org/us-supreme-court', 'Supreme Court', 1]] },
  { name: 'the Social Democrats of another country are not the US Democrats, Senate Democrats still are the US party', blocks: ['In Berlin, the Social Democrats lost votes. Social Democrats in Stockholm did better.', 'In Washington, Senate Democrats argued.'], expect: [['bs:city/berlin', 'Berlin'], ['bs:city/stockholm', 'Stockholm'], ['Q61', 'Washington', 1], ['bs:party/democratic-party-us', 'Democrats', 1]] },
  { name: 'a demonym before the state\'s own words is the country acting: the British government\'s Treasury is HM Treasury', blocks: ['Roman Abramovich agreed to sell Chelsea after the British government froze his assets.', 'A group led by a part-owner of the Los Angeles Dodgers agreed a price. The Treasury must still approve the deal.'], expect: [['bs:person/roman-abramovich', 'Roman Abramovich'], ['Q334634', 'Los Angeles Dodgers', 1], ['bs:org/hm-treasury', 'Treasury', 1]] },
  { name: 'on a page about Westminster that names New York, the Supreme Court and the Speaker are the UK\'s', blocks: ["The Supreme Court ruled that Boris Johnson's prorogation of Parliament was unlawful.", 'John Bercow, the Speaker, said the House of Commons would sit; Johnson heard the verdict in New York.'], expect: [['bs:org/supreme-court-uk', 'Supreme Court'], ['Q180589', 'Boris Johnson'], ['bs:term/prorogation', 'prorogation'], ['bs:person/john-bercow', 'John Bercow', 1], ['bs:term/speaker-of-the-commons', 'Speaker', 1], ['bs:org/house-of-commons-uk', 'House of Commons', 1], ['Q180589', 'Johnson', 1], ['bs:city/new-york-city', 'New York', 1]] },
  // Stop 28: a town and its state, written as an address (src/matcher/place-pairs.ts).
  { name: 'a town we know before its state: the state it lies in, not the big city of the same name', blocks: ['The company is based in White Plains, New York, and employs 300 people.'], expect: [['bs:city/white-plains', 'White Plains'], ['Q1384', 'New York']] },
  { name: 'a town we do not know before Georgia: the US state, and no Greek capital', blocks: ['She grew up in Athens, Georgia, and studied law at Emory.'], expect: [['Q1428', 'Georgia']] },
  { name: 'a town of the same name in another state stays plain', blocks: ['Police in Portland, Maine, said the suspect was arrested, and flooding hit Paris, Texas.'], expect: [['Q724', 'Maine'], ['Q1439', 'Texas']] },
  { name: 'the country\'s own city keeps the country; a list is not an address', blocks: ['He was born in Tbilisi, Georgia, in 1970.', 'Envoys flew to Birmingham, Alabama, then to Houston, Texas, and on to Moscow, Kyiv and Warsaw.'], expect: [['bs:city/tbilisi', 'Tbilisi'], ['Q230', 'Georgia'], ['Q173', 'Alabama', 1], ['bs:city/houston', 'Houston', 1], ['Q1439', 'Texas', 1], ['bs:city/moscow', 'Moscow', 1], ['bs:city/kyiv', 'Kyiv', 1], ['bs:city/warsaw', 'Warsaw', 1]] },
  { name: 'the House beside the Senate and its Speaker is the US House', blocks: ['The House passed the bill on Friday, sending it to the Senate. Speaker Mike Johnson praised the vote.'], expect: [['bs:org/us-house', 'House'], ['bs:org/us-senate', 'Senate'], ['Q19880665', 'Mike Johnson']] },
  { name: 'house prices are not the House', blocks: ['House prices rose again in March, and the house market cooled.'], expect: [] },
  { name: 'a state\'s chamber is not the national one', blocks: ['The Idaho House and the Ohio Senate passed the bill the Senate in Washington had blocked.'], expect: [['Q1221', 'Idaho'], ['bs:org/ohio-senate', 'Ohio Senate'], ['bs:org/us-senate', 'Senate'], ['Q61', 'Washington']] },
  { name: 'a House in a longer name we do not know, or with nothing to say which, stays plain', blocks: ['She toured Blair House and the Opera House.', 'The White House said the House would vote.'], expect: [['bs:building/blair-house', 'Blair House'], ['bs:term/white-house', 'White House', 1]] },
  { name: 'a news outlet cited as a story\'s source is the outlet', blocks: ['The startup is in talks with the bank, Bloomberg reported on Tuesday.'], expect: [['bs:media/bloomberg', 'Bloomberg']] },
  { name: 'a news outlet cited as a source is the outlet even with its namesake on the page', blocks: ['Michael Bloomberg spent heavily. Bloomberg said he would not run, according to Bloomberg.'], expect: [['bs:person/michael-bloomberg', 'Michael Bloomberg'], ['bs:person/michael-bloomberg', 'Bloomberg', 0, 1], ['bs:media/bloomberg', 'Bloomberg', 0, 2]] },
  { name: 'the outlet\'s name with nothing to say which stays plain', blocks: ['Bloomberg said the bank would cut jobs.'], expect: [] },
  { name: 'a department by its full name is the department, not the country inside it', blocks: ['The United States Department of Justice sued, and the U.S. Department of Justice agreed.'], expect: [['bs:term/justice-department', 'United States Department of Justice'], ['bs:term/justice-department', 'U.S. Department of Justice']] },
  { name: 'a city and its state written as an address are two highlights, the state settling the city', blocks: ['The heat in Phoenix, Arizona, broke records, and the convention in Cleveland, Ohio, opened.'], expect: [['bs:city/phoenix', 'Phoenix'], ['Q816', 'Arizona'], ['bs:city/cleveland', 'Cleveland'], ['Q1397', 'Ohio']] },
];
