/// The start tags of an HTML document with their attributes, for checking what a page would do.
///
/// Only for pages whose text escapes every `<` (as the report writers do): then every `<` starts
/// a tag, a comment or a doctype, and nothing a tag scanner skips can hide one.
struct HTMLTag: Hashable {
    let name: String
    let attributes: [Attribute]

    struct Attribute: Hashable {
        let name: String
        let value: String
    }

    func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Every start tag of `html`, in order; end tags, comments and doctypes are skipped.
    static func scan(_ html: String) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else {
                index += 1
                continue
            }
            index += 1
            guard index < characters.count, characters[index].isLetter else { continue }
            var name = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == ":" {
                name.append(characters[index])
                index += 1
            }
            var attributes: [Attribute] = []
            while index < characters.count, characters[index] != ">" {
                if characters[index].isWhitespace || characters[index] == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while index < characters.count, !characters[index].isWhitespace, !"=>/".contains(characters[index]) {
                    attribute.append(characters[index])
                    index += 1
                }
                var value = ""
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        while index < characters.count, characters[index] != quote {
                            value.append(characters[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" {
                            value.append(characters[index])
                            index += 1
                        }
                    }
                }
                if !attribute.isEmpty { attributes.append(Attribute(name: attribute.lowercased(), value: value)) }
            }
            tags.append(HTMLTag(name: name.lowercased(), attributes: attributes))
        }
        return tags
    }

    /// What in `html` could run or fetch: scripts, embedded documents, event-handler attributes,
    /// styles outside the page's one stylesheet, links that are not `#fragment`s, `http(s)` or
    /// relative, sources that fetch. Empty when the page is inert.
    /// An `<img>` is allowed only when `localImages` says so and its `src` is a relative path
    /// (a figure file beside a Markdown page).
    static func activeContent(in html: String, allowedElements: Set<String>? = nil, localImages: Bool = false) -> [String] {
        var problems: [String] = []
        var styles = 0
        for tag in scan(html) {
            if tag.name == "img", localImages, let source = tag.value("src"), !source.contains(":"), !source.hasPrefix("/") {
                // A figure beside the page.
            } else if ["script", "iframe", "object", "embed", "frame", "frameset", "base", "form", "link", "foreignobject", "img", "image", "use", "animate", "set", "video", "audio", "source"].contains(tag.name) {
                problems.append("<\(tag.name)>")
            }
            if tag.name == "style" { styles += 1 }
            if tag.name == "meta", tag.value("http-equiv")?.lowercased() == "refresh" { problems.append("<meta refresh>") }
            if let allowedElements, !allowedElements.contains(tag.name) { problems.append("unexpected <\(tag.name)>") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { problems.append("<\(tag.name) \(attribute.name)=…>") }
                if attribute.name == "style" { problems.append("<\(tag.name) style=…>") }
                if ["href", "xlink:href", "src", "action", "formaction"].contains(attribute.name) {
                    let value = attribute.value.replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces).lowercased()
                    let scheme = value.prefix { $0 != ":" && $0 != "/" && $0 != "#" && $0 != "?" }
                    if value.contains(":") && !(value.hasPrefix("http://") || value.hasPrefix("https://")) || value.hasPrefix("//") || scheme.contains("&") {
                        problems.append("<\(tag.name) \(attribute.name)=\"\(attribute.value)\">")
                    }
                }
            }
        }
        if styles > 1 { problems.append("\(styles) <style> elements") }
        return problems
    }
}

import Foundation
