import ArgumentParser
import Foundation
import LabKit

extension LabCommand {
    /// `lab list`: the course in order.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the course's labs in order.")

        @OptionGroup var course: CourseOptions

        func run() throws {
            let loaded = try course.loadCourse()
            let language = course.language
            print(loaded.title.text(in: language))
            let width = loaded.labIDs.map(\.count).max() ?? 0
            for unit in loaded.units {
                print("\n\(unit.title.text(in: language))")
                for id in unit.labs {
                    let title = loaded.lab(id, language: language).lab?.title.text(in: language)
                    let padded = id.padding(toLength: width, withPad: " ", startingAt: 0)
                    print("  \(padded)  \(title ?? "(does not load: run lab dev check \(id))")")
                }
            }
            print("\nStart with: lab check \(loaded.labIDs.first ?? "ID") --dir DIR")
        }
    }
}
