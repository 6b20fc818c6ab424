import Foundation
import KubeYAML

/// What a listing needs of a lab: its id, title and summary, read without decoding and
/// compiling the scenario and checks (which is most of the cost of loading a lab).
///
/// Read from the top-level keys written before the first other key of `lab.yaml`, as every
/// lab of the course writes them; when they are not there, from the whole lab.
public struct LabHeader: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText

    /// The keys a header holds, in the order `lab.yaml` files write them.
    static let keys: Set<String> = ["id", "title", "summary", "prerequisites"]

    /// The header of `DIR/lab.yaml`; nil when the file cannot be read or does not load.
    public static func read(labDirectory: String, language: Language = .en) -> LabHeader? {
        let file = (labDirectory as NSString).appendingPathComponent("lab.yaml")
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        let bytes = Array(data)
        let decoded = StrictYAMLDecoder().decode(
            LabHeaderDocument.self, from: Array(bytes[..<headerEnd(of: bytes)]), file: file)
        if let header = decoded.value {
            return LabHeader(id: header.id, title: header.title, summary: header.summary)
        }
        // Written in another order: the whole lab says what it is.
        let lab = LabParser(language: language).parse(bytes: bytes, file: file).lab
        return lab.map { LabHeader(id: $0.id, title: $0.title, summary: $0.summary) }
    }

    /// Where the first top-level key that is not a header key starts (the end when none).
    static func headerEnd(of bytes: [UInt8]) -> Int {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            if let first = line.first, Self.startsKey(first),
                let colon = line.firstIndex(of: UInt8(ascii: ":"))
            {
                let key = String(decoding: bytes[start..<colon], as: UTF8.self)
                if !keys.contains(key) { return start }
            }
            start = end + 1
        }
        return bytes.count
    }

    /// A line starting with this byte at column 1 begins a top-level key.
    private static func startsKey(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}

/// The header keys of a `lab.yaml` as written.
private struct LabHeaderDocument: Decodable {
    var id: String
    var title: LocalizedText
    var summary: LocalizedText
    var prerequisites: [String]?
}
