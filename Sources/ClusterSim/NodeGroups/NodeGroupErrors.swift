/// AWS's wording for refused node group and cluster requests.
enum NodeGroupErrors {
    static func invalidParameter(_ message: String) -> APIError {
        APIError(code: 400, reason: .invalid, message: "InvalidParameterException: \(message)")
    }

    static func inUse(_ message: String) -> APIError {
        APIError(code: 409, reason: .conflict, message: "ResourceInUseException: \(message)")
    }

    /// EKS `NodegroupScalingConfig` rules: 0 ≤ min ≤ desired ≤ max, max ≥ 1.
    static func checkScaling(min: Int, max: Int, desired: Int) throws(APIError) {
        if min < 0 || desired < 0 {
            throw invalidParameter("Minimum capacity and desired size can't be negative")
        }
        if max < 1 { throw invalidParameter("Maximum capacity \(max) can't be less than 1") }
        if min > max {
            throw invalidParameter("Minimum capacity \(min) can't be greater than max size \(max)")
        }
        if desired > max {
            throw invalidParameter(
                "Desired capacity \(desired) can't be greater than max size \(max)")
        }
        if desired < min {
            throw invalidParameter(
                "Minimum capacity \(min) can't be greater than desired size \(desired)")
        }
    }
}
