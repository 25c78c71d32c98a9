/**
 * City names that are ordinary English words, common first names or shared with a
 * better-known place (a US state, a country, a person): highlighted only in context,
 * so they are marked `ambiguous`. Reviewed by hand against the 2,000 largest cities
 * and all capitals; add to it when a false highlight is reported.
 */
export const AMBIGUOUS_CITY_NAMES = new Set(
  [
    'washington', 'georgia', 'jordan', 'chad', 'turkey', 'nice', 'reading', 'mobile', 'bath', 'split', 'victoria',
    'florence', 'orange', 'independence', 'surprise', 'mission', 'aurora', 'columbia', 'phoenix', 'concord', 'hope',
    'deal', 'derby', 'hull', 'sale', 'bury', 'normal', 'enterprise', 'paradise', 'spring', 'santa', 'gary', 'kent',
    'lincoln', 'jackson', 'madison', 'charlotte', 'austin', 'lafayette', 'franklin', 'clinton', 'eugene', 'tyler',
    'irving', 'pearland', 'miramar', 'garland', 'frisco', 'allen', 'warren', 'troy', 'hamilton', 'richmond', 'salem',
    'lancaster', 'chester', 'wells', 'march', 'union', 'liberty', 'commerce', 'nigel', 'cary', 'carolina', 'rodriguez',
    'vista', 'temple', 'pasadena', 'glendale', 'arlington', 'springfield', 'buffalo', 'mesa', 
    'sunrise', 'plantation', 'mercedes', 'trinidad', 'colon', 'colón', 'valencia', 'granada', 'cordoba',
    'córdoba', 'santiago', 'san jose', 'san josé', 'merida', 'mérida', 'leon', 'león', 'david', 'asia', 'america',
    'china', 'india', 'mexico', 'panama', 'kuwait', 'djibouti', 'singapore', 'monaco', 'luxembourg', 'san marino',
    'guatemala', 'brazil', 'lebanon', 'bat', 'as', 'of', 'ur', 'best', 'ede', 'goes', 'vic', 'man', 'bar',
    
    'sparta', 'trenton',
    'cherry', 'bristol', 'worcester', 'portsmouth', 'plymouth', 'windsor', 'kingston', 'georgetown',
    'jamestown', 'charleston', 'wilmington', 'greenville', 'fayetteville', 'bloomington', 'peoria', 
    'carmel', 'mars', 'moron', 'morón', 'bello', 'pau', 'tours', 'nancy', 'angers', 
    'gaya', 'ajax', 'bend', 'chico', 'davie', 'lakewood', 'westminster', 'burlington', 'sandy', 'murray',
    'vladimir', 'van', 'batman',
    'bay', 'cork', 'limerick', 'bolton', 'oldham', 'stockport', 'blackpool', 'wigan', 'preston',
    // American and Canadian cities named after English counties and towns, or after people
    // (precision audit: "Mid Norfolk", "East Surrey", "North West Durham", "Columbus" the film,
    // "Gordon Henderson", "Santander" the bank, "Douglas" in Cork).
    'norfolk', 'surrey', 'durham', 'cleveland', 'columbus', 'henderson', 'douglas', 'santander', 'stockton',
  ].map((name) => name.toLowerCase()),
);
