import ArgumentParser
import Foundation
import SupplyNet

/// A format a command writes, known by the extensions that end its files' names.
protocol FileFormat: CaseIterable, Equatable, RawRepresentable where RawValue == String {
    /// Lowercased, without the dot; the usual one first.
    var extensions: [String] { get }
}

extension FileFormat {
    /// The format to write to `output` (the `-o` value): `format` (the `--format` value), else the
    /// format `output`'s extension names, else `fallback` when writing to standard output (`-o -`
    /// or no `-o`) or to a device, descriptor or FIFO without an extension (`-o /dev/stdout`).
    ///
    /// - Throws: `ValidationError` (exit 64), naming `-o` and the formats `command` writes, when
    ///   the extension names another format than `format`, names a format `command` does not write,
    ///   or names none and there is no `format` to go by.
    static func resolve(_ format: Self?, output: String?, fallback: Self, command: String) throws -> Self {
        guard let output, output != "-" else { return format ?? fallback }
        let fileExtension = Self.fileExtension(of: output)
        if let named = allCases.first(where: { $0.extensions.contains(fileExtension) }) {
            if let format, format != named {
                throw ValidationError(
                    "-o '\(output)' names a \(named.rawValue) file (.\(fileExtension)), but --format is \(format.rawValue); "
                        + "change the extension or leave out --format")
            }
            return named
        }
        if let other = KnownFormats.name(of: fileExtension) {
            throw ValidationError(
                "-o '\(output)' names a \(other) file (.\(fileExtension)), which \(command) does not write; \(writes(command))")
        }
        if let format { return format }
        // A stream or device (/dev/stdout, /dev/null, a FIFO) has no extension to tell: like -, the default.
        if fileExtension.isEmpty, isStream(output) { return fallback }
        let what = fileExtension.isEmpty ? "it has no extension" : ".\(fileExtension) is not a format's extension"
        throw ValidationError(
            "-o: cannot tell the format of '\(output)' from its extension (\(what)); \(writes(command)); "
                + "end the name with one of them or add --format")
    }

    /// The extension of `path`, lowercased: the last one, or two when the file name ends in one
    /// of the two-part extensions a format has (`entities.ftm.json` → `ftm.json`).
    static func fileExtension(of path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        for type in KnownFormats.all {
            if let twoPart = type.twoPartExtensions.first(where: { name.hasSuffix("." + $0) && name.count > $0.count + 1 }) {
                return twoPart
            }
        }
        return URL(fileURLWithPath: path).pathExtension.lowercased()
    }

    /// Whether `path` names a device, a descriptor or a FIFO rather than a file.
    private static func isStream(_ path: String) -> Bool {
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFCHR || info.st_mode & S_IFMT == S_IFIFO
    }

    /// "render writes svg (.svg), png (.png), pdf (.pdf), dot (.dot, .gv)".
    static func writes(_ command: String) -> String {
        "\(command) writes " + allCases.map { "\($0.rawValue) (\($0.extensions.map { "." + $0 }.joined(separator: ", ")))" }.joined(separator: ", ")
    }
}

/// Every format some command writes, by extension, to tell a file meant for another command from
/// a name that is no format at all.
enum KnownFormats {
    static var all: [any FileFormat.Type] {
        [
            ExportCommand.Format.self, RenderCommand.Format.self, PathsCommand.Format.self, ReportCommand.Format.self,
            GenerateCommand.Format.self,
        ]
    }

    /// The name of the format whose files end in `.fileExtension`, if any command writes one.
    static func name(of fileExtension: String) -> String? {
        for type in all {
            if let name = type.formatName(of: fileExtension) { return name }
        }
        return nil
    }
}

extension FileFormat {
    /// The extensions with a dot inside (`ftm.json`).
    fileprivate static var twoPartExtensions: [String] {
        allCases.flatMap(\.extensions).filter { $0.contains(".") }
    }

    fileprivate static func formatName(of fileExtension: String) -> String? {
        allCases.first { $0.extensions.contains(fileExtension) }?.rawValue
    }
}
