public import Foundation

extension Gradebook {
    /// `gradebook.json`: pretty, key-sorted JSON, the same bytes for the same grades.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// Reads a `gradebook.json`; a version this LabKit does not know is an error.
    public static func decode(_ data: Data) throws -> Gradebook {
        let gradebook = try JSONDecoder().decode(Gradebook.self, from: data)
        guard gradebook.version == currentVersion else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription:
                        "gradebook version \(gradebook.version); this LabKit reads version \(currentVersion)"
                ))
        }
        return gradebook
    }
}
