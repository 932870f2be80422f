import SupplyNet

/// Why a page cannot be shown: a request that is wrong (400), or a thing that does not exist (404).
struct PageError: Error, Sendable {
    let status: Int
    let message: String

    static func badRequest(_ message: String) -> PageError { PageError(status: 400, message: message) }
    static func notFound(_ message: String) -> PageError { PageError(status: 404, message: message) }

    /// A query error as the page's: a wrong word is a bad request.
    init(_ error: NetworkQueryError) {
        self.init(status: 400, message: error.message)
    }

    init(status: Int, message: String) {
        self.status = status
        self.message = message
    }
}
