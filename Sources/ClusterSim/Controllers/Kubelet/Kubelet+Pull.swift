import KubeModel

/// Image pulls and their back-off (pkg/kubelet/images/image_manager.go): `Pulling`, then
/// `Pulled` or `Failed` + `ErrImagePull`, then `BackOff` + `ImagePullBackOff` until the back-off
/// (10 s doubling to 300 s) has passed since the failure, then another attempt.
extension Kubelet {
    /// Seconds a pull of an image that does not exist takes to fail (one registry round trip).
    static let failedPullSeconds = 1.0
    /// Seconds after a failed pull at which the pod worker syncs again and reports the back-off.
    static let backOffReportSeconds = 1.0

    func pull(_ key: ObjectKey, in cluster: Cluster) {
        guard let runtime = pods[key] else { return }
        let image = runtime.container.image
        let present = nodeImages[runtime.node]?.contains(image) ?? false
        switch lookup(image) {
        case .found(let profile):
            pods[key]?.profile = profile
            // Companions' images: known ones behave as the catalogue says; their pulls are
            // not modelled apart from the application's.
            for companion in runtime.companions {
                if case .found(let own) = lookup(companion.container.image) {
                    companion.profile = own
                }
            }
            if present, runtime.container.imagePullPolicy != .always {
                event(
                    .normal, "Pulled", "Container image \"\(image)\" already present on machine",
                    key, in: cluster)
                create(key, in: cluster)
                return
            }
            // With `Always` the registry is still asked; layers present make it quick.
            let duration = VirtualTime.seconds(present ? 0.5 : profile.pullSeconds)
            event(.normal, "Pulling", "Pulling image \"\(image)\"", key, in: cluster)
            schedule(key, after: duration, in: cluster) { [self] cluster in
                nodeImages[runtime.node, default: []].insert(image)
                let took = Self.goDuration(duration)
                event(
                    .normal, "Pulled",
                    "Successfully pulled image \"\(image)\" in \(took) (\(took) including waiting)",
                    key, in: cluster)
                create(key, in: cluster)
            }
        case .missingTag(let reference):
            failPull(key, message: Self.notFound(image, reference: reference), in: cluster)
        case .unknownImage(let reference):
            let hint =
                " (LabKit: image \"\(reference)\" is not in the image catalogue"
                + " Labs/images.yaml; to use it, add an entry with its repository, tags and"
                + " profile there)"
            failPull(key, message: Self.notFound(image, reference: reference) + hint, in: cluster)
        }
    }

    private func failPull(_ key: ObjectKey, message: String, in cluster: Cluster) {
        guard let image = pods[key]?.container.image else { return }
        event(.normal, "Pulling", "Pulling image \"\(image)\"", key, in: cluster)
        schedule(key, after: .seconds(Self.failedPullSeconds), in: cluster) { [self] cluster in
            event(
                .warning, "Failed", "Failed to pull image \"\(image)\": \(message)", key,
                in: cluster)
            event(.warning, "Failed", "Error: ErrImagePull", key, in: cluster)
            pods[key]?.pullBackOff.next(at: cluster.now)
            pods[key]?.stage = .pullFailed(reason: "ErrImagePull", message: message)
            publish(key, in: cluster)
            let failedAt = cluster.now
            let backOff = pods[key]?.pullBackOff.duration ?? BackOff.initial
            schedule(key, after: .seconds(Self.backOffReportSeconds), in: cluster) {
                [self] cluster in
                let text = "Back-off pulling image \"\(image)\""
                event(.normal, "BackOff", text, key, in: cluster)
                event(.warning, "Failed", "Error: ImagePullBackOff", key, in: cluster)
                pods[key]?.stage = .pullFailed(reason: "ImagePullBackOff", message: text)
                publish(key, in: cluster)
            }
            schedule(key, after: failedAt + backOff - cluster.now, in: cluster) { [self] cluster in
                pull(key, in: cluster)
            }
        }
    }

    /// containerd's answer for a reference the registry does not have.
    static func notFound(_ image: String, reference: ImageReference) -> String {
        "rpc error: code = NotFound desc = failed to pull and unpack image \"\(image)\":"
            + " failed to resolve reference \"\(image)\": \(image): not found"
    }

    /// Go's `time.Duration` text: `512ms`, `4.5s`.
    static func goDuration(_ time: VirtualTime) -> String {
        time.milliseconds < 1000 ? "\(time.milliseconds)ms" : time.description
    }
}
