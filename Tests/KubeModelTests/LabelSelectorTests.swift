import KubeModel
import Testing

@Suite struct LabelSelectorTests {
    let labels = ["app": "web", "tier": "front"]

    @Test func matchLabelsMustAllMatch() {
        #expect(LabelSelector(matchLabels: ["app": "web"]).matches(labels))
        #expect(!LabelSelector(matchLabels: ["app": "web", "tier": "back"]).matches(labels))
        #expect(!LabelSelector(matchLabels: ["env": "prod"]).matches(labels))
    }

    @Test(
        arguments: [
            (LabelSelectorOperator.in, ["web", "api"], true),
            (.in, ["api"], false),
            (.notIn, ["api"], true),
            (.notIn, ["web"], false),
            (.exists, [], true),
            (.doesNotExist, [], false),
        ] as [(LabelSelectorOperator, [String], Bool)])
    func expressionsOnPresentKey(op: LabelSelectorOperator, values: [String], expected: Bool) {
        let selector = LabelSelector(
            matchExpressions: [LabelSelectorRequirement(key: "app", operator: op, values: values)])
        #expect(selector.matches(labels) == expected)
    }

    @Test func expressionsOnAbsentKey() {
        func match(_ op: LabelSelectorOperator) -> Bool {
            LabelSelector(
                matchExpressions: [
                    LabelSelectorRequirement(key: "env", operator: op, values: ["x"])
                ]
            ).matches(labels)
        }
        #expect(!match(.in))
        #expect(match(.notIn))
        #expect(!match(.exists))
        #expect(match(.doesNotExist))
    }

    @Test func emptySelectorMatchesEverythingAndReportsEmpty() {
        #expect(LabelSelector().isEmpty)
        #expect(LabelSelector(matchLabels: [:], matchExpressions: []).isEmpty)
        #expect(LabelSelector().matches(labels))
        #expect(!LabelSelector(matchLabels: ["a": "b"]).isEmpty)
    }
}
