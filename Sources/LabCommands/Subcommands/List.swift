import ArgumentParser
import Foundation
import LabKit
import LabWorkspace

extension LabCommand {
    /// `lab list`: the course in order.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the course's labs in order.")

        @OptionGroup var course: CourseOptions

        func run() throws {
            let loaded = try course.loadCourse()
            let language = course.language
            print(loaded.title.text(in: language))
            let width = loaded.labIDs.map(\.count).max() ?? 0
            let states = progressStates(loaded)
            let stateWidth = states.values.map(\.count).max() ?? 0
            for unit in loaded.units {
                print("\n\(unit.title.text(in: language))")
                for id in unit.labs {
                    let title = loaded.header(id, language: language)?.title.text(in: language)
                    let padded = id.padding(toLength: width, withPad: " ", startingAt: 0)
                    // Inside a workspace, a state column between the id and the title.
                    let state =
                        states.isEmpty
                        ? ""
                        : (states[id] ?? "").padding(
                            toLength: stateWidth, withPad: " ", startingAt: 0) + "  "
                    print(
                        "  \(padded)  \(state)"
                            + (title ?? "(does not load: run lab dev check \(id))"))
                }
            }
            if states.isEmpty {
                print("\nStart with: lab start \(loaded.labIDs.first ?? "ID")")
            }
        }

        /// Each lab's state when run inside a workspace (read from its history); none elsewhere,
        /// and none when the workspace cannot be read (`lab status` says why).
        private func progressStates(_ loaded: Course) -> [String: String] {
            let here = URL(
                fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            guard Workspace.mayBeInside(here) else { return [:] }
            let settings = WorkspaceSettings(
                labkitVersion: LabKitVersion.current, language: course.language)
            guard
                let workspace = try? Workspace.discover(
                    from: here, course: loaded, settings: settings),
                let progress = try? workspace.progress()
            else { return [:] }
            return Dictionary(
                progress.labs.map { ($0.id, $0.state.rawValue) }, uniquingKeysWith: { $1 })
        }
    }
}
