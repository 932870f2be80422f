/// How the news names a state without its name: its capital, metonyms, and its demonym.
///
/// This table is generic data about countries, not about any article. It is used only for the
/// actors the registry has (matched by their ISO 3166-1 alpha-3 id); a country the registry
/// lacks is suggested as an unknown name when an article mentions it.
struct StateForms: Sendable {
    let id: String
    let name: String
    /// The capital, main cities and metonyms that stand for the state as an actor ("Moscow", "the
    /// Kremlin", "Kharkiv"); a form written "=the North" matches only with its capitals as written.
    let forms: [String]
    /// Adjectives and nouns for its people ("Iranian", "Iranians"): an origin or a target, an
    /// actor only with a word like "forces" or "officials" after it.
    let demonyms: [String]

    static let all: [StateForms] = [
        StateForms(id: "IRN", name: "Iran", forms: ["Tehran", "Teheran", "the Islamic Republic", "the Islamic Republic of Iran", "Islamic Republic of Iran", "the Persian country", "Persia", "the Iranian regime", "the Iranian government", "the Iranian authorities", "Isfahan", "Bandar Abbas", "Bandar Anzali", "Shiraz", "Tabriz", "Mashhad", "Semnan", "Natanz", "Kashan"], demonyms: ["Iranian", "Iranians", "Persian"]),
        StateForms(id: "RUS", name: "Russia", forms: ["Moscow", "the Kremlin", "the Russian Federation", "the Russian government", "the Russian authorities", "Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Saint Petersburg", "St Petersburg", "St. Petersburg", "Novorossiysk", "Astrakhan", "Makhachkala", "Kazan", "Yelabuga", "Krasnodar", "Tatarstan", "Vladivostok", "Vostochny", "Ryazan", "Volgograd", "Saratov", "Samara", "Tuapse", "Rostov", "Taganrog", "Orel", "Tambov", "Lipetsk"], demonyms: ["Russian", "Russians"]),
        StateForms(id: "USA", name: "United States", forms: ["Washington", "the White House", "the Pentagon", "the State Department", "the Treasury", "the United States", "the United States of America", "America", "the Biden administration", "the US government", "the U.S. government", "USA", "U.S.A."], demonyms: ["American", "Americans", "U.S.", "US"]),
        StateForms(id: "UKR", name: "Ukraine", forms: ["Kyiv", "Kiev", "the Ukrainian government", "Kharkiv", "Kharkov", "Odesa", "Odessa", "Dnipro", "Zaporizhzhia", "Zaporizhia", "Lviv", "Sumy", "Kherson", "Mykolaiv", "Chernihiv", "Poltava", "Kryvyi Rih", "Vinnytsia", "Zhytomyr", "Ternopil", "Khmelnytskyi", "Rivne", "Lutsk", "Uzhhorod", "Ivano-Frankivsk", "Cherkasy", "Kropyvnytskyi", "Kramatorsk", "Sloviansk", "Pokrovsk", "Izium", "Bila Tserkva", "Starokostiantyniv"], demonyms: ["Ukrainian", "Ukrainians"]),
        StateForms(id: "GBR", name: "United Kingdom", forms: ["London", "Britain", "Great Britain", "the United Kingdom", "the U.K.", "the UK", "U.K.", "UK", "Downing Street"], demonyms: ["British", "Briton", "Britons"]),
        StateForms(id: "DEU", name: "Germany", forms: ["Berlin", "Germany"], demonyms: ["German", "Germans"]),
        StateForms(id: "FRA", name: "France", forms: ["Paris", "France", "the Elysee"], demonyms: ["French"]),
        StateForms(id: "ITA", name: "Italy", forms: ["Rome", "Italy"], demonyms: ["Italian", "Italians"]),
        StateForms(id: "PRK", name: "North Korea", forms: ["Pyongyang", "North Korea", "the DPRK", "DPRK", "the Democratic People's Republic of Korea", "Democratic People's Republic of Korea", "=the North", "Nampo", "Rason", "Rajin", "Wonsan"], demonyms: ["North Korean", "North Koreans"]),
        StateForms(id: "KOR", name: "South Korea", forms: ["Seoul", "South Korea", "the Republic of Korea"], demonyms: ["South Korean", "South Koreans"]),
        StateForms(id: "CHN", name: "China", forms: ["Beijing", "China", "the People's Republic of China", "Hong Kong", "the PRC", "PRC"], demonyms: ["Chinese"]),
        StateForms(id: "BLR", name: "Belarus", forms: ["Minsk", "Belarus"], demonyms: ["Belarusian", "Belarusians"]),
        StateForms(id: "SYR", name: "Syria", forms: ["Damascus", "Syria"], demonyms: ["Syrian", "Syrians"]),
        StateForms(id: "ISR", name: "Israel", forms: ["Jerusalem", "Israel", "Tel Aviv", "Haifa"], demonyms: ["Israeli", "Israelis"]),
        StateForms(id: "TUR", name: "Turkey", forms: ["Ankara", "Turkey", "Turkiye"], demonyms: ["Turkish"]),
        StateForms(id: "IND", name: "India", forms: ["New Delhi", "India"], demonyms: ["Indian"]),
        StateForms(id: "SAU", name: "Saudi Arabia", forms: ["Riyadh", "Saudi Arabia"], demonyms: ["Saudi"]),
        StateForms(id: "JPN", name: "Japan", forms: ["Tokyo", "Japan"], demonyms: ["Japanese"]),
        StateForms(id: "POL", name: "Poland", forms: ["Warsaw", "Poland"], demonyms: ["Polish"]),
        StateForms(id: "VEN", name: "Venezuela", forms: ["Caracas", "Venezuela"], demonyms: ["Venezuelan"]),
        StateForms(id: "ARM", name: "Armenia", forms: ["Yerevan", "Armenia"], demonyms: ["Armenian"]),
        StateForms(id: "AZE", name: "Azerbaijan", forms: ["Baku", "Azerbaijan"], demonyms: ["Azerbaijani"]),
        StateForms(id: "KAZ", name: "Kazakhstan", forms: ["Astana", "Kazakhstan"], demonyms: ["Kazakh"]),
        StateForms(id: "MMR", name: "Myanmar", forms: ["Naypyidaw", "Myanmar", "Burma", "Yangon", "Rangoon", "Mandalay", "Magway", "Meiktila"], demonyms: ["Burmese"]),
        StateForms(id: "SDN", name: "Sudan", forms: ["Khartoum", "Sudan"], demonyms: ["Sudanese"]),
        StateForms(id: "ERI", name: "Eritrea", forms: ["Asmara", "Eritrea"], demonyms: ["Eritrean"]),
        StateForms(id: "MLI", name: "Mali", forms: ["Bamako", "Mali"], demonyms: ["Malian"]),
        StateForms(id: "ARE", name: "United Arab Emirates", forms: ["Abu Dhabi", "the UAE", "UAE", "the United Arab Emirates"], demonyms: ["Emirati"]),
        StateForms(id: "PAK", name: "Pakistan", forms: ["Islamabad", "Pakistan"], demonyms: ["Pakistani"]),
        StateForms(id: "EGY", name: "Egypt", forms: ["Cairo", "Egypt"], demonyms: ["Egyptian"]),
        StateForms(id: "IRQ", name: "Iraq", forms: ["Baghdad", "Iraq"], demonyms: ["Iraqi"]),
        StateForms(id: "LBN", name: "Lebanon", forms: ["Beirut", "Lebanon"], demonyms: ["Lebanese"]),
        StateForms(id: "YEM", name: "Yemen", forms: ["Sanaa", "Yemen"], demonyms: ["Yemeni"]),
        StateForms(id: "QAT", name: "Qatar", forms: ["Doha", "Qatar"], demonyms: ["Qatari"]),
        StateForms(id: "AFG", name: "Afghanistan", forms: ["Kabul", "Afghanistan"], demonyms: ["Afghan"]),
        StateForms(id: "CUB", name: "Cuba", forms: ["Havana", "Cuba"], demonyms: ["Cuban"]),
        StateForms(id: "NLD", name: "Netherlands", forms: ["The Hague", "the Netherlands", "Netherlands"], demonyms: ["Dutch"]),
        StateForms(id: "ESP", name: "Spain", forms: ["Madrid", "Spain"], demonyms: ["Spanish"]),
        StateForms(id: "CAN", name: "Canada", forms: ["Ottawa", "Canada"], demonyms: ["Canadian"]),
        StateForms(id: "AUS", name: "Australia", forms: ["Canberra", "Australia"], demonyms: ["Australian"]),
        StateForms(id: "SWE", name: "Sweden", forms: ["Stockholm", "Sweden"], demonyms: ["Swedish"]),
        StateForms(id: "NOR", name: "Norway", forms: ["Oslo", "Norway"], demonyms: ["Norwegian"]),
        StateForms(id: "FIN", name: "Finland", forms: ["Helsinki", "Finland"], demonyms: ["Finnish"]),
        StateForms(id: "DNK", name: "Denmark", forms: ["Copenhagen", "Denmark"], demonyms: ["Danish"]),
        StateForms(id: "CZE", name: "Czech Republic", forms: ["Prague", "the Czech Republic", "Czechia"], demonyms: ["Czech"]),
        StateForms(id: "SVK", name: "Slovakia", forms: ["Bratislava", "Slovakia"], demonyms: ["Slovak"]),
        StateForms(id: "HUN", name: "Hungary", forms: ["Budapest", "Hungary"], demonyms: ["Hungarian"]),
        StateForms(id: "ROU", name: "Romania", forms: ["Bucharest", "Romania"], demonyms: ["Romanian"]),
        StateForms(id: "BGR", name: "Bulgaria", forms: ["Sofia", "Bulgaria"], demonyms: ["Bulgarian"]),
        StateForms(id: "GRC", name: "Greece", forms: ["Athens", "Greece"], demonyms: ["Greek"]),
        StateForms(id: "SRB", name: "Serbia", forms: ["Belgrade", "Serbia"], demonyms: ["Serbian"]),
        StateForms(id: "EST", name: "Estonia", forms: ["Tallinn", "Estonia"], demonyms: ["Estonian"]),
        StateForms(id: "LVA", name: "Latvia", forms: ["Riga", "Latvia"], demonyms: ["Latvian"]),
        StateForms(id: "LTU", name: "Lithuania", forms: ["Vilnius", "Lithuania"], demonyms: ["Lithuanian"]),
        StateForms(id: "MDA", name: "Moldova", forms: ["Chisinau", "Moldova"], demonyms: ["Moldovan"]),
        StateForms(id: "CHE", name: "Switzerland", forms: ["Bern", "Switzerland"], demonyms: ["Swiss"]),
        StateForms(id: "AUT", name: "Austria", forms: ["Vienna", "Austria"], demonyms: ["Austrian"]),
        // "Brussels" in the news is the EU, not Belgium: the lexicon gives it to the registry's European Union.
        StateForms(id: "BEL", name: "Belgium", forms: ["Belgium"], demonyms: ["Belgian"]),
        StateForms(id: "THA", name: "Thailand", forms: ["Bangkok", "Thailand"], demonyms: ["Thai"]),
        StateForms(id: "VNM", name: "Vietnam", forms: ["Hanoi", "Vietnam"], demonyms: ["Vietnamese"]),
        StateForms(id: "LAO", name: "Laos", forms: ["Vientiane", "Laos"], demonyms: ["Laotian"]),
        StateForms(id: "KHM", name: "Cambodia", forms: ["Phnom Penh", "Cambodia"], demonyms: ["Cambodian"]),
        StateForms(id: "BGD", name: "Bangladesh", forms: ["Dhaka", "Bangladesh"], demonyms: ["Bangladeshi"]),
        StateForms(id: "IDN", name: "Indonesia", forms: ["Jakarta", "Indonesia"], demonyms: ["Indonesian"]),
        StateForms(id: "MYS", name: "Malaysia", forms: ["Kuala Lumpur", "Malaysia"], demonyms: ["Malaysian"]),
        StateForms(id: "SGP", name: "Singapore", forms: ["Singapore"], demonyms: ["Singaporean"]),
        StateForms(id: "PHL", name: "Philippines", forms: ["Manila", "the Philippines"], demonyms: ["Filipino", "Philippine"]),
        StateForms(id: "TWN", name: "Taiwan", forms: ["Taipei", "Taiwan"], demonyms: ["Taiwanese"]),
        StateForms(id: "DZA", name: "Algeria", forms: ["Algiers", "Algeria"], demonyms: ["Algerian"]),
        StateForms(id: "LBY", name: "Libya", forms: ["Tripoli", "Libya"], demonyms: ["Libyan"]),
        StateForms(id: "ETH", name: "Ethiopia", forms: ["Addis Ababa", "Ethiopia"], demonyms: ["Ethiopian"]),
        StateForms(id: "NGA", name: "Nigeria", forms: ["Abuja", "Nigeria"], demonyms: ["Nigerian"]),
        StateForms(id: "NER", name: "Niger", forms: ["Niamey", "Niger"], demonyms: ["Nigerien"]),
        StateForms(id: "BFA", name: "Burkina Faso", forms: ["Ouagadougou", "Burkina Faso"], demonyms: []),
        StateForms(id: "CAF", name: "Central African Republic", forms: ["Bangui", "the Central African Republic"], demonyms: []),
        StateForms(id: "ZAF", name: "South Africa", forms: ["Pretoria", "South Africa"], demonyms: ["South African"]),
        StateForms(id: "BRA", name: "Brazil", forms: ["Brasilia", "Brazil"], demonyms: ["Brazilian"]),
        StateForms(id: "MEX", name: "Mexico", forms: ["Mexico City", "Mexico"], demonyms: ["Mexican"]),
        StateForms(id: "NIC", name: "Nicaragua", forms: ["Managua", "Nicaragua"], demonyms: ["Nicaraguan"]),
        StateForms(id: "UZB", name: "Uzbekistan", forms: ["Tashkent", "Uzbekistan"], demonyms: ["Uzbek"]),
        StateForms(id: "KGZ", name: "Kyrgyzstan", forms: ["Bishkek", "Kyrgyzstan"], demonyms: ["Kyrgyz"]),
        StateForms(id: "TJK", name: "Tajikistan", forms: ["Dushanbe", "Tajikistan"], demonyms: ["Tajik"]),
        StateForms(id: "TKM", name: "Turkmenistan", forms: ["Ashgabat", "Turkmenistan"], demonyms: ["Turkmen"]),
        StateForms(id: "OMN", name: "Oman", forms: ["Muscat", "Oman"], demonyms: ["Omani"]),
        StateForms(id: "KWT", name: "Kuwait", forms: ["Kuwait"], demonyms: ["Kuwaiti"]),
    ]

    /// Suffixes that make a demonym say where something was made: "Iranian-made drones".
    static let originSuffixes = ["-made", "-built", "-produced", "-designed", "-manufactured"] + supplierSuffixes

    /// Suffixes that make a demonym name the supplier: "North Korean-supplied missiles".
    static let supplierSuffixes = ["-supplied", "-provided", "-delivered", "-donated"]
}
