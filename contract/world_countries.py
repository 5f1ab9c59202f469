"""The world's countries, their demonyms and their best-known cities, written once (no download at run time).

Why: a viewer names countries the catalog may not have ("films from Bolivia") and places in the words that usually
hold a person ("Costa Rica documentaries"). Knowing every country lets the NLU say honestly that the catalog has
nothing from one, instead of reading the word as something else or dropping it; knowing the cities keeps a place
from being read as a person the catalog lacks. Names are written as the Netflix catalog writes its country column
("United States", "South Korea", "Czech Republic"), so a country the catalog has is the same value here.

Stdlib only: both runtimes read it (the NLU builds its lexicon from it, the actions word their answers with it).
"""

from __future__ import annotations

# name -> other names and demonyms (lower case; a demonym also names the country: "bolivian films"). Countries
# whose adjective is a language the catalog tags by language ("korean", "spanish") are read by
# nlu/extraction/geo.py first; entries here only fill in what it does not know.
WORLD_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("afghan",), "Albania": ("albanian",), "Algeria": ("algerian",), "Andorra": ("andorran",),
    "Angola": ("angolan",), "Antigua and Barbuda": ("antiguan",), "Argentina": ("argentinian", "argentine"),
    "Armenia": ("armenian",), "Australia": ("australian",), "Austria": ("austrian",),
    "Azerbaijan": ("azerbaijani",), "Bahamas": ("bahamian", "the bahamas"), "Bahrain": ("bahraini",),
    "Bangladesh": ("bangladeshi",), "Barbados": ("barbadian", "bajan"), "Belarus": ("belarusian",),
    "Belgium": ("belgian",), "Belize": ("belizean",), "Benin": ("beninese",), "Bhutan": ("bhutanese",),
    "Bolivia": ("bolivian",), "Bosnia and Herzegovina": ("bosnian", "bosnia"), "Botswana": ("botswanan", "motswana"),
    "Brazil": ("brazilian",), "Brunei": ("bruneian",), "Bulgaria": ("bulgarian",), "Burkina Faso": ("burkinabe",),
    "Burundi": ("burundian",), "Cambodia": ("cambodian",), "Cameroon": ("cameroonian",), "Canada": ("canadian",),
    "Cape Verde": ("cape verdean",), "Central African Republic": ("central african",), "Chad": ("chadian",),
    "Chile": ("chilean",), "China": (), "Colombia": ("colombian",), "Comoros": ("comorian",),
    "Congo": ("congolese", "republic of the congo", "democratic republic of the congo", "drc"),
    "Costa Rica": ("costa rican",), "Croatia": ("croatian",), "Cuba": ("cuban",), "Cyprus": ("cypriot",),
    "Czech Republic": ("czech", "czechia"), "Denmark": ("danish",), "Djibouti": ("djiboutian",),
    "Dominica": (), "Dominican Republic": ("dominican",), "East Timor": ("timorese", "timor-leste"),
    "Ecuador": ("ecuadorian",), "Egypt": ("egyptian",), "El Salvador": ("salvadoran", "salvadorean"),
    "Equatorial Guinea": ("equatoguinean",), "Eritrea": ("eritrean",), "Estonia": ("estonian",),
    "Eswatini": ("swazi", "swaziland"), "Ethiopia": ("ethiopian",), "Fiji": ("fijian",), "Finland": ("finnish",),
    "France": ("french",), "Gabon": ("gabonese",), "Gambia": ("gambian",), "Georgia": (), "Germany": ("german",),
    "Ghana": ("ghanaian",), "Greece": ("greek",), "Greenland": ("greenlandic",), "Grenada": ("grenadian",),
    "Guatemala": ("guatemalan",), "Guinea": ("guinean",), "Guinea-Bissau": (), "Guyana": ("guyanese",),
    "Haiti": ("haitian",), "Honduras": ("honduran",), "Hong Kong": (), "Hungary": ("hungarian",),
    "Iceland": ("icelandic",), "India": ("indian",), "Indonesia": ("indonesian",), "Iran": ("iranian", "persia"),
    "Iraq": ("iraqi",), "Ireland": ("irish",), "Israel": ("israeli",), "Italy": ("italian",),
    "Ivory Coast": ("ivorian", "cote d'ivoire"), "Jamaica": ("jamaican",), "Japan": ("japanese",),
    "Jordan": ("jordanian",), "Kazakhstan": ("kazakh", "kazakhstani"), "Kenya": ("kenyan",),
    "Kiribati": (), "Kosovo": ("kosovar",), "Kuwait": ("kuwaiti",), "Kyrgyzstan": ("kyrgyz",), "Laos": ("laotian",),
    "Latvia": ("latvian",), "Lebanon": ("lebanese",), "Lesotho": (), "Liberia": ("liberian",), "Libya": ("libyan",),
    "Liechtenstein": ("liechtensteiner",), "Lithuania": ("lithuanian",), "Luxembourg": ("luxembourgish",),
    "Madagascar": ("malagasy",), "Malawi": ("malawian",), "Malaysia": ("malaysian",), "Maldives": ("maldivian",),
    "Mali": ("malian",), "Malta": ("maltese",), "Marshall Islands": (), "Mauritania": ("mauritanian",),
    "Mauritius": ("mauritian",), "Mexico": ("mexican",), "Micronesia": ("micronesian",), "Moldova": ("moldovan",),
    "Monaco": ("monegasque",), "Mongolia": ("mongolian",), "Montenegro": ("montenegrin",), "Morocco": ("moroccan",),
    "Mozambique": ("mozambican",), "Myanmar": ("burmese", "burma"), "Namibia": ("namibian",), "Nauru": (),
    "Nepal": ("nepali", "nepalese"), "Netherlands": ("dutch", "the netherlands"),
    "New Zealand": ("kiwi",), "Nicaragua": ("nicaraguan",), "Niger": ("nigerien",), "Nigeria": ("nigerian",),
    "North Korea": ("north korean",), "North Macedonia": ("macedonian", "macedonia"), "Norway": ("norwegian",),
    "Oman": ("omani",), "Pakistan": ("pakistani",), "Palau": (), "Palestine": ("palestinian",),
    "Panama": ("panamanian",), "Papua New Guinea": (), "Paraguay": ("paraguayan",), "Peru": ("peruvian",),
    "Philippines": ("filipino", "philippine", "the philippines"), "Poland": ("polish",),
    "Portugal": (), "Puerto Rico": ("puerto rican",), "Qatar": ("qatari",), "Romania": ("romanian",),
    "Russia": ("russian",), "Rwanda": ("rwandan",), "Saint Lucia": (), "Samoa": ("samoan",),
    "San Marino": ("sammarinese",), "Saudi Arabia": ("saudi",), "Senegal": ("senegalese",), "Serbia": ("serbian",),
    "Seychelles": (), "Sierra Leone": ("sierra leonean",), "Singapore": ("singaporean",),
    "Slovakia": ("slovak", "slovakian"), "Slovenia": ("slovenian", "slovene"), "Solomon Islands": (),
    "Somalia": ("somali",), "South Africa": ("south african",), "South Korea": ("south korean",),
    "South Sudan": ("south sudanese",), "Spain": (), "Sri Lanka": ("sri lankan",), "Sudan": ("sudanese",),
    "Suriname": ("surinamese",), "Sweden": ("swedish",), "Switzerland": ("swiss",), "Syria": ("syrian",),
    "Taiwan": ("taiwanese",), "Tajikistan": ("tajik",), "Tanzania": ("tanzanian",), "Thailand": ("thai",),
    "Togo": ("togolese",), "Tonga": ("tongan",), "Trinidad and Tobago": ("trinidadian", "trinidad"),
    "Tunisia": ("tunisian",), "Turkey": ("turkish",), "Turkmenistan": ("turkmen",), "Tuvalu": (),
    "Uganda": ("ugandan",), "Ukraine": ("ukrainian",), "United Arab Emirates": ("emirati",),
    "United Kingdom": ("british",), "United States": ("american",), "Uruguay": ("uruguayan",),
    "Uzbekistan": ("uzbek",), "Vanuatu": (), "Vatican City": ("vatican",), "Venezuela": ("venezuelan",),
    "Vietnam": ("vietnamese",), "Yemen": ("yemeni",), "Zambia": ("zambian",), "Zimbabwe": ("zimbabwean",),
    # places of the catalog's country column that are no longer (or never were) sovereign states
    "Soviet Union": ("soviet", "ussr"), "West Germany": ("west german",), "East Germany": ("east german",),
    "Yugoslavia": ("yugoslav", "yugoslavian"), "Cayman Islands": ("caymanian",), "Bermuda": ("bermudian",),
}

# Cities a viewer names as a setting or a film scene ("Los Angeles crime movies", "Hong Kong action films"): never a
# person. Written in lower case; most are two or more words, the shape the NLU reads as a name.
WORLD_CITIES: frozenset[str] = frozenset({
    "new york", "new york city", "los angeles", "san francisco", "las vegas", "new orleans", "san diego",
    "washington dc", "rio de janeiro", "sao paulo", "são paulo", "buenos aires", "mexico city", "hong kong",
    "tel aviv", "cape town", "kuala lumpur", "new delhi", "abu dhabi", "st petersburg", "saint petersburg",
    "santo domingo", "san juan", "panama city", "guatemala city", "la paz", "addis ababa", "dar es salaam",
    "ho chi minh city", "rio", "bogota", "bogotá", "lima", "santiago", "caracas", "havana", "montreal", "toronto",
    "vancouver", "chicago", "boston", "miami", "detroit", "seattle", "atlanta", "london", "paris", "berlin",
    "madrid", "barcelona", "rome", "milan", "naples", "venice", "lisbon", "amsterdam", "brussels", "vienna",
    "prague", "budapest", "warsaw", "moscow", "istanbul", "athens", "dublin", "edinburgh", "glasgow",
    "manchester", "liverpool", "stockholm", "oslo", "copenhagen", "helsinki", "reykjavik", "cairo", "lagos",
    "nairobi", "johannesburg", "mumbai", "bombay", "delhi", "kolkata", "calcutta", "chennai", "bangalore",
    "karachi", "lahore", "dhaka", "tokyo", "osaka", "kyoto", "seoul", "busan", "beijing", "shanghai", "taipei",
    "bangkok", "manila", "jakarta", "singapore", "sydney", "melbourne", "auckland", "dubai", "tehran", "baghdad",
    "beirut", "jerusalem", "marrakech", "casablanca", "medellin", "medellín", "new jersey", "south central",
    "north hollywood", "west hollywood", "silicon valley", "notting hill", "long island", "staten island",
})
