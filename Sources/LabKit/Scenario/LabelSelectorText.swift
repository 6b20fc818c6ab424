import Foundation
public import KubeModel

/// kubectl's `-l` selector syntax: `app=order,tier!=db` (equality-based only).
public enum LabelSelectorText {
    public static func parse(_ text: String) -> LabelSelector? {
        var labels: [String: String] = [:]
        var expressions: [LabelSelectorRequirement] = []
        for part in text.split(separator: ",") {
            let term = part.trimmingCharacters(in: " ")
            if let range = term.range(of: "!=") {
                let key = String(term[..<range.lowerBound])
                guard !key.isEmpty else { return nil }
                expressions.append(
                    LabelSelectorRequirement(
                        key: key, operator: .notIn, values: [String(term[range.upperBound...])]))
            } else {
                let pieces = term.split(separator: "=", omittingEmptySubsequences: false)
                    .filter { !$0.isEmpty }
                guard pieces.count == 2 else { return nil }
                labels[String(pieces[0])] = String(pieces[1])
            }
        }
        return LabelSelector(
            matchLabels: labels.isEmpty ? nil : labels,
            matchExpressions: expressions.isEmpty ? nil : expressions)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var text = self
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return text
    }
}
