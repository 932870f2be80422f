import ArgumentParser
import SupplyNet

extension OptionBound {
    /// Reads a numeric option's value for swift-argument-parser; one out of range is a usage
    /// error (exit 64) that names the option and its range.
    func parse(_ text: String) throws -> Int {
        do { return try value(parsing: text) } catch { throw ValidationError(error.description) }
    }

    /// The range for `--help`, such as `0 to 100`.
    var helpRange: String { "\(range.lowerBound) to \(range.upperBound)" }
}
