import Foundation

/// A bookmark as qpdf reads it: its title, the page it opens (from 1) and the bookmarks under it.
public struct Bookmark: Equatable {
    public var title: String
    public var page: Int
    public var children: [Bookmark]

    public init(title: String, page: Int, children: [Bookmark] = []) {
        self.title = title
        self.page = page
        self.children = children
    }
}

/// Reads what a viewer and a screen reader see in a PDF beyond its text: bookmarks, page labels,
/// links, named destinations, the catalog and the structure tree. Uses `qpdf --json` and
/// `pdfinfo -struct-text`.
public struct PDFStructure {
    /// Every object, from `qpdf --json=1 --json-key=objects`, keyed like `"12 0 R"`.
    public let objects: [String: Any]
    private let document: [String: Any]

    public init(_ url: URL) throws {
        document = try Self.json(["--json", url.path])
        objects = (try Self.json(["--json=1", "--json-key=objects", url.path])["objects"] as? [String: Any]) ?? [:]
    }

    private static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandLineTool.run("qpdf", arguments)
        guard let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return object
    }

    /// The document outline.
    public var bookmarks: [Bookmark] {
        func read(_ list: Any?) -> [Bookmark] {
            ((list as? [[String: Any]]) ?? []).map {
                Bookmark(
                    title: $0["title"] as? String ?? "", page: $0["destpageposfrom1"] as? Int ?? 0,
                    children: read($0["kids"]))
            }
        }
        return read(document["outlines"])
    }

    /// The label a viewer shows for each page, in page order (ISO 32000-1, 12.4.2; decimal
    /// numbers and prefixes, the styles this project writes).
    public var pageLabels: [String] {
        let pages = (document["pages"] as? [Any])?.count ?? 0
        let ranges = ((document["pagelabels"] as? [[String: Any]]) ?? []).compactMap { range -> (Int, [String: Any])? in
            guard let index = range["index"] as? Int, let label = range["label"] as? [String: Any] else { return nil }
            return (index, label)
        }
        return (0..<pages).map { page in
            guard let (start, label) = ranges.last(where: { $0.0 <= page }) else { return String(page + 1) }
            let prefix = (label["/P"] as? String).map(Self.text) ?? ""
            let first = label["/St"] as? Int ?? 1
            let number = label["/S"] as? String == "/D" ? String(first + page - start) : ""
            return prefix + number
        }
    }

    /// The document catalog.
    public var catalog: [String: Any] {
        objects.values.compactMap { $0 as? [String: Any] }.first { $0["/Type"] as? String == "/Catalog" } ?? [:]
    }

    /// The names of the named destinations (the catalog's /Names /Dests tree, one level or with kids).
    public var destinationNames: Set<String> {
        guard let names = catalog["/Names"] as? String, let tree = (objects[names] as? [String: Any])?["/Dests"] as? String
        else { return [] }
        var found: Set<String> = []
        func walk(_ reference: String) {
            guard let node = objects[reference] as? [String: Any] else { return }
            let pairs = node["/Names"] as? [Any] ?? []
            for index in stride(from: 0, to: pairs.count, by: 2) {
                if let name = pairs[index] as? String { found.insert(Self.text(name)) }
            }
            (node["/Kids"] as? [String] ?? []).forEach(walk)
        }
        walk(tree)
        return found
    }

    /// Link annotations: the named destination or the web address each one goes to.
    public var links: [(destination: String?, uri: String?)] {
        objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Subtype"] as? String == "/Link" }.map { link in
            let action = (link["/A"] as? [String: Any]) ?? (link["/A"] as? String).flatMap { objects[$0] as? [String: Any] }
            return ((link["/Dest"] as? String).map(Self.text), (action?["/URI"] as? String).map(Self.text))
        }
    }

    /// Every structure element's dictionary, in no particular order.
    public var structureElements: [[String: Any]] {
        objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Type"] as? String == "/StructElem" }
    }

    /// The structure elements of one kind (`Figure`, `TH`, …).
    public func structureElements(_ kind: String) -> [[String: Any]] {
        structureElements.filter { $0["/S"] as? String == "/" + kind }
    }

    /// The pages (object references such as `"5 0 R"`) that hold marked content of `element` or
    /// of the elements under it, each marked-content reference on its own page or its owner's.
    public func markedPages(of element: [String: Any]) -> Set<String> {
        var pages: Set<String> = []
        func walk(_ kid: Any?, page: String?) {
            switch kid {
            case let list as [Any]: list.forEach { walk($0, page: page) }
            case let reference as String: walk(objects[reference], page: page)
            case is Int: if let page { pages.insert(page) }
            case let dictionary as [String: Any]:
                let own = dictionary["/Pg"] as? String ?? page
                if dictionary["/MCID"] != nil, let own { pages.insert(own) }
                if dictionary["/S"] != nil { walk(dictionary["/K"], page: own) }
            default: return
            }
        }
        walk(element, page: nil)
        return pages
    }

    /// How many structure elements of each kind (`P`, `H1`, `Link`, …) the structure tree has.
    public var structureKinds: [String: Int] {
        var counts: [String: Int] = [:]
        for element in structureElements {
            if let kind = element["/S"] as? String { counts[String(kind.dropFirst()), default: 0] += 1 }
        }
        return counts
    }

    /// A text string as qpdf's JSON writes it, without the `u:` that marks a Unicode one.
    public static func string(_ value: Any?) -> String? {
        (value as? String).map(text)
    }

    /// The structure elements that carry a `/Lang` of their own: each one's role (`P`, `Span`) and language.
    public var elementLanguages: [(role: String, language: String)] {
        objects.values.compactMap { $0 as? [String: Any] }.filter { $0["/Type"] as? String == "/StructElem" }.compactMap { element in
            guard let role = element["/S"] as? String, let language = element["/Lang"] as? String else { return nil }
            return (String(role.dropFirst()), Self.text(language))
        }
    }

    /// The page content streams as qpdf writes them uncompressed (`qpdf --qdf`), with the rest of
    /// the file: for looking at marked content the way a PDF reader meets it.
    public static func uncompressedContent(_ url: URL) throws -> String {
        let out = url.deletingPathExtension().appendingPathExtension("qdf.pdf")
        _ = try CommandLineTool.run("qpdf", ["--qdf", "--object-streams=disable", url.path, out.path])
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
    }

    /// The structure tree with the text of each element, as `pdfinfo -struct-text` prints it.
    public static func structureText(_ url: URL) throws -> String {
        try CommandLineTool.run("pdfinfo", ["-struct-text", url.path]).output
    }

    /// qpdf writes text strings as JSON strings, Unicode ones with a `u:` prefix.
    private static func text(_ value: String) -> String {
        value.hasPrefix("u:") ? String(value.dropFirst(2)) : value
    }
}

extension PDFTools {
    /// The text of each page, as pdftotext reads it.
    public static func pageTexts(_ url: URL, layout: Bool = false, raw: Bool = false) throws -> [String] {
        try text(url, layout: layout, raw: raw).split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
