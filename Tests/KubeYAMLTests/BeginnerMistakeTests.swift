import Foundation
import KubeYAML
import LabDiagnostics
import Testing

/// Each real beginner mistake gets one precise diagnostic at the right line, not a cascade.
@Suite("Beginner mistakes")
struct BeginnerMistakeTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: order
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: order
          template:
            metadata:
              labels:
                app: order
            spec:
              containers:
                - name: order
                  image: jinyoung/order:stable

        """

    @Test func validDeploymentHasNoDiagnostics() {
        let set = load(Self.deployment)
        #expect(set.found == [])
        #expect(set.objects.count == 1)
    }

    @Test func misspelledFieldSuggestsTheRealOne() throws {
        let yaml = Self.deployment + "          imagePullPolicyy: Always\n"
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error,
                    "unknown field \"spec.template.spec.containers[0].imagePullPolicyy\"", 18, 11)
            ])
        #expect(set.diagnostics.first?.hint == "did you mean \"imagePullPolicy\"?")
        #expect(set.objects.isEmpty)
    }

    @Test func keyIndentedUnderTheWrongParentSaysWhereItBelongs() throws {
        let yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
                name: siege
            spec:
                containers:
                - name: siege
                image: apexacme/siege-nginx

            """
        let set = load(yaml)
        #expect(set.found == [Found(.error, "unknown field \"spec.image\"", 8, 5)])
        let hint = try #require(set.diagnostics.first?.hint)
        #expect(hint.contains("\"image\" belongs under \"spec.containers[0]\" (line 7)"))
        #expect(hint.contains("line up with \"name\" in column 7"))
    }

    @Test func missingApiVersionWithANearMissKey() {
        let yaml =
            "piVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: kubetm/init\n"
        let set = load(yaml)
        #expect(set.found == [Found(.error, "unknown field \"piVersion\"", 1, 1)])
        #expect(set.diagnostics.first?.hint == "did you mean \"apiVersion\"?")
    }

    @Test func missingApiVersion() {
        let set = load("kind: Pod\nmetadata:\n  name: p\n")
        #expect(set.found == [Found(.error, "missing required field \"apiVersion\"", 1, 1)])
    }

    @Test func tabsInIndentationAreOneDiagnostic() {
        let yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n\tlabels: {}\n"
        let set = load(yaml)
        #expect(set.found == [Found(.error, "tab character in indentation", 4, 1)])
        #expect(set.diagnostics.first?.notes == ["tabs also indent line 5"])
    }

    @Test func heredocTerminatorIsReportedAndTheRestStillChecked() {
        let yaml = Self.deployment + "EOF\n"
        let set = load(yaml)
        #expect(
            set.found == [
                Found(.error, "heredoc terminator \"EOF\" pasted into the manifest", 18, 1)
            ])
        #expect(set.objects.count == 1)
    }

    @Test func shellCommandLineIsReported() {
        let yaml = "kubectl apply -f - <<EOF\n" + Self.deployment
        let set = load(yaml)
        #expect(set.found == [Found(.error, "shell command pasted into the manifest", 1, 1)])
    }

    @Test func quotedNumberWhereAnIntegerIsRequired() {
        let yaml = Self.deployment.replacingOccurrences(of: "replicas: 2", with: "replicas: \"3\"")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error,
                    "invalid type for \"spec.replicas\": expected an integer, found string \"3\"",
                    6, 13)
            ])
        #expect(set.diagnostics.first?.hint == "remove the quotes: replicas: 3")
    }

    @Test func numberWhereAStringIsRequired() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "app: order\n    spec", with: "app: order\n        version: 1.0\n    spec")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error,
                    "invalid type for \"spec.template.metadata.labels.version\": expected a string, found number 1.0",
                    14, 18)
            ])
        #expect(set.diagnostics.first?.hint == "quote it: \"1.0\"")
    }

    @Test func listWhereAMapIsExpected() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "  selector:\n    matchLabels:\n      app: order",
            with: "  selector:\n    - matchLabels:\n        app: order")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error, "invalid type for \"spec.selector\": expected a map, found a list", 8, 5
                )
            ])
        #expect(set.diagnostics.first?.hint?.contains("remove the \"- \"") == true)
    }

    @Test func mapWhereAListIsExpected() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "- name: order\n          image", with: "  name: order\n          image")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error,
                    "invalid type for \"spec.template.spec.containers\": expected a list, found a map",
                    16, 11)
            ])
    }

    @Test func duplicateKey() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "  name: order\nspec", with: "  name: order\n  name: orders\nspec")
        let set = load(yaml)
        #expect(set.found == [Found(.error, "duplicate field \"metadata.name\"", 5, 3)])
        #expect(set.diagnostics.first?.notes == ["first defined on line 4"])
    }

    @Test func missingRequiredField() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "          image: jinyoung/order:stable\n", with: "")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error, "missing required field \"spec.template.spec.containers[0].image\"", 16,
                    11)
            ])
    }

    @Test func unsupportedEnumValueListsTheSupportedOnes() {
        let yaml = Self.deployment + "          imagePullPolicy: always\n"
        let set = load(yaml)
        #expect(set.found.count == 1)
        #expect(
            set.found.first?.message
                == "unsupported value \"always\" for \"spec.template.spec.containers[0].imagePullPolicy\": supported values: \"Always\", \"IfNotPresent\", \"Never\""
        )
        #expect(set.diagnostics.first?.hint == "did you mean \"Always\"?")
    }

    @Test func oldApiVersionSaysWhichOneToUse() {
        let yaml = Self.deployment.replacingOccurrences(of: "apps/v1", with: "extensions/v1beta1")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(
                    .error, "no matches for kind \"Deployment\" in version \"extensions/v1beta1\"",
                    1, 13)
            ])
        #expect(set.diagnostics.first?.hint?.contains("apiVersion: apps/v1") == true)
    }

    @Test func misspelledKind() {
        let yaml = Self.deployment.replacingOccurrences(
            of: "kind: Deployment", with: "kind: Deploymnet")
        let set = load(yaml)
        #expect(
            set.found == [
                Found(.error, "no matches for kind \"Deploymnet\" in version \"apps/v1\"", 2, 7)
            ])
        #expect(set.diagnostics.first?.hint == "did you mean \"Deployment\"?")
    }

    @Test func byteOrderMarkIsAWarning() {
        let set = ManifestLoader().load(
            bytes: [0xEF, 0xBB, 0xBF] + Array(Self.deployment.utf8), file: "bom.yaml")
        #expect(
            set.found == [
                Found(.warning, "file starts with a byte order mark (BOM); it was ignored", 1, 1)
            ])
        #expect(set.objects.count == 1)
    }

    @Test func nonUTF8FileNamesTheByte() {
        let bytes = Array("apiVersion: v1\nkind: Pod\nmetadata:\n  name: caf".utf8) + [0xE9, 0x0A]
        let set = ManifestLoader().load(bytes: bytes, file: "latin1.yaml")
        #expect(set.found == [Found(.error, "file is not valid UTF-8 (byte 0xE9)", 4, 12)])
    }

    @Test func syntaxErrorIsReworded() {
        let yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   labels: x\n"
        let set = load(yaml)
        #expect(set.found.count == 1)
        #expect(set.found.first?.line == 5)
        #expect(set.diagnostics.first?.hint != nil)
    }

    @Test func everyProblemOfAFileInOnePass() {
        let yaml =
            Self.deployment.replacingOccurrences(of: "replicas: 2", with: "replicas: \"2\"")
            + "          imagePullPolicyy: Always\n          ports:\n            - containerPort: http\n"
        let set = load(yaml)
        #expect(set.found.map(\.line) == [6, 18, 20])
    }
}
