/// Why a budget's expected count cannot be computed (`getExpectedScale`).
struct DisruptionError: Error {
    let message: String
}
