import Foundation
import LabTestSupport
import Testing

/// `lab sim run` as a lab author runs it on a scenario of their own, outside the course.
@Suite("lab sim run from the command line")
struct SimRunCommandTests {
    static let scenario = """
        name: own
        steps:
          - apply:
              manifest: |
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.25
          - expect: {pods: {selector: "", phase: Running}, count: {equals: 1}, within: 1m}

        """

    /// A scenario in a folder of its own, with no `images.yaml` above it.
    static func scenarioOutsideTheCourse() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("own.yaml")
        try Data(scenario.utf8).write(to: file)
        return file
    }

    @Test func aScenarioOutsideTheCoursePullsTheCoursesImages() throws {
        let file = try Self.scenarioOutsideTheCourse()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try LabBinary.run(
            ["sim", "run", file.path], in: file.deletingLastPathComponent(),
            environment: ["LABKIT_COURSE": LabBinary.root.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("pod/web") && !run.stdout.contains("ErrImagePull"))
    }

    @Test func withoutAnyCatalogueItWarnsThatEveryPullFails() throws {
        let file = try Self.scenarioOutsideTheCourse()
        let folder = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try LabBinary.run(
            ["sim", "run", file.path], in: folder, environment: ["LABKIT_COURSE": folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("ErrImagePull"))
        #expect(run.stdout.contains("own.yaml:1:1: warning: no image catalogue"))
    }
}
