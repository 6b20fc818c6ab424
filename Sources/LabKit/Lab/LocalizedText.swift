import Foundation
import KubeModel

/// The languages lab text is written in.
public enum Language: String, Sendable, CaseIterable {
    case en
    case ko

    /// The language asked for by the environment, as gettext reads it (`LC_ALL`,
    /// `LC_MESSAGES`, then `LANG`): Korean for `ko_KR.UTF-8` and the like, else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ko") ? .ko : .en
        }
        return .en
    }
}

/// Text written in English and Korean (`{en: ..., ko: ...}`).
///
/// A plain string is accepted as English only; `lab dev check` asks for both languages.
public struct LocalizedText: Sendable, Hashable, Decodable {
    public var en: String?
    public var ko: String?

    public init(en: String?, ko: String? = nil) {
        self.en = en
        self.ko = ko
    }

    public init(from decoder: any Decoder) throws {
        // Read as an opaque value: the strict decoder would record a failed `String` attempt.
        let value = try decoder.singleValueContainer().decode(OpaqueValue.self)
        switch value {
        case .string(let plain):
            self.init(en: plain)
        case .object(let members):
            var texts: [Language: String] = [:]
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                guard let language = Language(rawValue: key), case .string(let text) = member
                else {
                    throw DecodingError.dataCorrupted(
                        .init(
                            codingPath: decoder.codingPath,
                            debugDescription:
                                "expected text in \"en\" and \"ko\", found \"\(key)\""))
                }
                texts[language] = text
            }
            self.init(en: texts[.en], ko: texts[.ko])
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected text, or {en: ..., ko: ...}"))
        }
    }

    /// The text in `language`, falling back to the other language rather than nothing.
    public func text(in language: Language) -> String {
        let preferred = language == .ko ? ko : en
        let fallback = language == .ko ? en : ko
        return (preferred ?? fallback ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The languages this text is missing (empty text counts as missing).
    public var missingLanguages: [Language] {
        Language.allCases.filter { language in
            let value = language == .ko ? ko : en
            return value?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true
        }
    }
}
