import Foundation
import LabTestSupport
import Testing

/// `lab dev check` through the built binary, on a copy of the course's hpa lab broken on
/// purpose: exit 1 with the problem at its file, a lab not yet listed checked with a warning.
@Suite("lab dev check (built binary)")
struct DevCheckCommandTests {
    /// A course holding only the hpa lab (listed or not), with `edit` applied to its files.
    static func course(listed: Bool = true, edit: (String) throws -> Void = { _ in }) throws
        -> String
    {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-devcheck-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/Labs", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/Solutions", withIntermediateDirectories: true)
        let source = LabBinary.root.path
        try manager.copyItem(atPath: source + "/Labs/hpa", toPath: root + "/Labs/hpa")
        try manager.copyItem(atPath: source + "/Solutions/hpa", toPath: root + "/Solutions/hpa")
        try manager.copyItem(
            atPath: source + "/Labs/images.yaml", toPath: root + "/Labs/images.yaml")
        let course = """
            title: {en: Test, ko: 시험}
            version: "1"
            units:
              - title: {en: One, ko: 하나}
                labs: [\(listed ? "hpa" : "")]
            """
        try Data(course.utf8).write(to: URL(fileURLWithPath: root + "/Labs/course.yaml"))
        try edit(root)
        return root
    }

    @Test func aSolutionThatFailsIsReportedWithExit1() throws {
        let root = try Self.course { root in
            let file = root + "/Solutions/hpa/hpa.yaml"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "maxReplicas: 3", with: "maxReplicas: 2").utf8)
                .write(to: URL(fileURLWithPath: file))
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try LabBinary.run(["dev", "check", "hpa"], environment: ["LABKIT_COURSE": root])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("✗ hpa  solution 2/7, start 0/7\n"))
        #expect(
            run.stdout.contains(
                root + "/Solutions/hpa:1:1: error: the solution does not pass: checks "
                    + "[\"hpa-max\", \"scale-out\", \"scale-in-waits\", \"scale-in\"]"))
        #expect(run.stdout.hasSuffix("0 of 1 labs are sound\n"))
    }

    /// A lab being written, not yet in course.yaml, is checked when named, with a warning;
    /// the whole-course check reports it as unlisted.
    @Test func aLabNotYetListedIsCheckedWithAWarning() throws {
        let root = try Self.course(listed: false)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let named = try LabBinary.run(
            ["dev", "check", "hpa"], environment: ["LABKIT_COURSE": root])
        #expect(named.status == 0, "\(named.stdout)\(named.stderr)")
        #expect(
            named.stderr
                == "warning: Labs/hpa is not listed in Labs/course.yaml: it is checked, but lab "
                + "list and lab start do not offer it until a unit lists it\n")
        #expect(named.stdout.hasSuffix("1 of 1 labs are sound\n"))
        let whole = try LabBinary.run(["dev", "check"], environment: ["LABKIT_COURSE": root])
        #expect(whole.status == 1)
        #expect(whole.stdout.contains("✗ hpa  Labs/hpa is not listed in Labs/course.yaml"))
    }

    /// A counterfeit that passes is reported at its folder: the check it fooled is named.
    @Test func aCounterfeitThatPassesIsReported() throws {
        let root = try Self.course { root in
            let folder = root + "/Labs/hpa/counterfeits/static-replicas"
            for name in ["order.yaml", "hpa.yaml"] {
                try FileManager.default.removeItem(atPath: "\(folder)/\(name)")
                try FileManager.default.copyItem(
                    atPath: "\(root)/Solutions/hpa/\(name)", toPath: "\(folder)/\(name)")
            }
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try LabBinary.run(["dev", "check", "hpa"], environment: ["LABKIT_COURSE": root])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                root + "/Labs/hpa/counterfeits/static-replicas:1:1: error: counterfeit "
                    + "\"static-replicas\" should fail \"scale-out\", but it did not"))
    }
}
