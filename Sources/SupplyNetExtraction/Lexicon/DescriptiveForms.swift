/// How the news names a state without its name: its capital, metonyms, and its demonym.
///
/// This table is generic data about countries, not about any article. It is used only for the
/// actors the registry has (matched by their ISO 3166-1 alpha-3 id); a country the registry
/// lacks is suggested as an unknown name when an article mentions it.
struct StateForms: Sendable {
    let id: String
    let name: String
    /// The capital and metonyms that stand for the state as an actor ("Moscow", "the Kremlin").
    let forms: [String]
    /// Adjectives and nouns for its people ("Iranian", "Iranians"): an origin or a target, an
    /// actor only with a word like "forces" or "officials" after it.
    let demonyms: [String]

    static let all: [StateForms] = [
        StateForms(id: "IRN", name: "Iran", forms: ["Tehran", "Teheran", "the Islamic Republic", "the Islamic Republic of Iran", "the Persian country", "Persia", "the Iranian regime", "the Iranian government", "the Iranian authorities"], demonyms: ["Iranian", "Iranians", "Persian"]),
        StateForms(id: "RUS", name: "Russia", forms: ["Moscow", "the Kremlin", "the Russian Federation", "the Russian government", "the Russian authorities"], demonyms: ["Russian", "Russians"]),
        StateForms(id: "USA", name: "United States", forms: ["Washington", "the White House", "the Pentagon", "the State Department", "the Treasury", "the United States", "the United States of America", "America", "the Biden administration", "the US government", "the U.S. government", "USA", "U.S.A."], demonyms: ["American", "Americans", "U.S.", "US"]),
        StateForms(id: "UKR", name: "Ukraine", forms: ["Kyiv", "Kiev", "the Ukrainian government"], demonyms: ["Ukrainian", "Ukrainians"]),
        StateForms(id: "GBR", name: "United Kingdom", forms: ["London", "Britain", "Great Britain", "the United Kingdom", "the U.K.", "the UK", "U.K.", "UK", "Downing Street"], demonyms: ["British", "Briton", "Britons"]),
        StateForms(id: "DEU", name: "Germany", forms: ["Berlin", "Germany"], demonyms: ["German", "Germans"]),
        StateForms(id: "FRA", name: "France", forms: ["Paris", "France", "the Elysee"], demonyms: ["French"]),
        StateForms(id: "ITA", name: "Italy", forms: ["Rome", "Italy"], demonyms: ["Italian", "Italians"]),
        StateForms(id: "PRK", name: "North Korea", forms: ["Pyongyang", "North Korea", "the DPRK", "DPRK"], demonyms: ["North Korean", "North Koreans"]),
        StateForms(id: "KOR", name: "South Korea", forms: ["Seoul", "South Korea"], demonyms: ["South Korean"]),
        StateForms(id: "CHN", name: "China", forms: ["Beijing", "China", "the People's Republic of China"], demonyms: ["Chinese"]),
        StateForms(id: "BLR", name: "Belarus", forms: ["Minsk", "Belarus"], demonyms: ["Belarusian", "Belarusians"]),
        StateForms(id: "SYR", name: "Syria", forms: ["Damascus", "Syria"], demonyms: ["Syrian", "Syrians"]),
        StateForms(id: "ISR", name: "Israel", forms: ["Jerusalem", "Israel"], demonyms: ["Israeli", "Israelis"]),
        StateForms(id: "TUR", name: "Turkey", forms: ["Ankara", "Turkey", "Turkiye"], demonyms: ["Turkish"]),
        StateForms(id: "IND", name: "India", forms: ["New Delhi", "India"], demonyms: ["Indian"]),
        StateForms(id: "SAU", name: "Saudi Arabia", forms: ["Riyadh", "Saudi Arabia"], demonyms: ["Saudi"]),
        StateForms(id: "JPN", name: "Japan", forms: ["Tokyo", "Japan"], demonyms: ["Japanese"]),
        StateForms(id: "POL", name: "Poland", forms: ["Warsaw", "Poland"], demonyms: ["Polish"]),
        StateForms(id: "VEN", name: "Venezuela", forms: ["Caracas", "Venezuela"], demonyms: ["Venezuelan"]),
        StateForms(id: "ARM", name: "Armenia", forms: ["Yerevan", "Armenia"], demonyms: ["Armenian"]),
        StateForms(id: "AZE", name: "Azerbaijan", forms: ["Baku", "Azerbaijan"], demonyms: ["Azerbaijani"]),
        StateForms(id: "KAZ", name: "Kazakhstan", forms: ["Astana", "Kazakhstan"], demonyms: ["Kazakh"]),
        StateForms(id: "MMR", name: "Myanmar", forms: ["Naypyidaw", "Myanmar"], demonyms: []),
        StateForms(id: "SDN", name: "Sudan", forms: ["Khartoum", "Sudan"], demonyms: ["Sudanese"]),
        StateForms(id: "ERI", name: "Eritrea", forms: ["Asmara", "Eritrea"], demonyms: ["Eritrean"]),
        StateForms(id: "MLI", name: "Mali", forms: ["Bamako", "Mali"], demonyms: ["Malian"]),
    ]

    /// Suffixes that make a demonym say where something was made: "Iranian-made drones".
    static let originSuffixes = ["-made", "-built", "-produced", "-supplied", "-designed", "-manufactured"]
}
