internal import CYaml

/// Turns YAML text into node trees with positions, using libyaml's event parser directly so that
/// duplicate keys become diagnostics instead of aborting, and aliases are bounded, not expanded.
struct YAMLComposer {
    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
        let hint: String?
    }

    let limits: ManifestLimits

    /// Every document in the stream, in order; throws the first syntax or limit error.
    ///
    /// Documents before the error are returned through `documents` even when it throws.
    func compose(_ bytes: [UInt8], into documents: inout [YAMLNode]) throws(Failure) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(message: "out of memory", line: 1, column: 1, hint: nil)
        }
        defer { yaml_parser_delete(&parser) }
        var result: Result<Void, Failure> = .success(())
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var session = Session(parser: &parser, limits: limits)
            do throws(YAMLComposer.Failure) {
                while let document = try session.nextDocument() {
                    documents.append(document)
                    guard documents.count <= limits.maxDocuments else {
                        throw Failure(
                            message: "too many documents (more than \(limits.maxDocuments))",
                            line: document.line, column: document.column,
                            hint: "split the manifests into several files")
                    }
                }
            } catch {
                result = .failure(error)
            }
        }
        try result.get()
    }
}

/// One pass over the event stream.
private struct Session {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let limits: ManifestLimits
    var anchors: [String: YAMLNode] = [:]
    var depth = 0

    init(parser: UnsafeMutablePointer<yaml_parser_t>, limits: ManifestLimits) {
        self.parser = parser
        self.limits = limits
    }

    mutating func nextDocument() throws(YAMLComposer.Failure) -> YAMLNode? {
        while true {
            var event = try next()
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_DOCUMENT_START_EVENT:
                anchors = [:]
                var rootEvent = try next()
                defer { yaml_event_delete(&rootEvent) }
                let root = try node(from: rootEvent)
                var end = try next()
                yaml_event_delete(&end)
                return root
            default:
                continue
            }
        }
    }

    private mutating func node(from event: yaml_event_t) throws(YAMLComposer.Failure) -> YAMLNode {
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw .init(
                    message: "unknown alias \"*\(name)\"", line: line, column: column,
                    hint: "define the anchor \"&\(name)\" before using it")
            }
            return target
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = string(scalar.value, length: scalar.length)
            let node = YAMLNode(
                .scalar(
                    YAMLScalar(
                        text: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
                        explicitTag: string(scalar.tag))),
                line: line, column: column, expandedSize: 1)
            register(string(scalar.anchor), node)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let anchor = string(event.data.sequence_start.anchor)
            try enter(line: line, column: column)
            var items: [YAMLNode] = []
            var size = 1
            while true {
                var child = try next()
                defer { yaml_event_delete(&child) }
                if child.type == YAML_SEQUENCE_END_EVENT { break }
                let item = try node(from: child)
                size = try grow(size, by: item, line: line, column: column)
                items.append(item)
            }
            depth -= 1
            let node = YAMLNode(.sequence(items), line: line, column: column, expandedSize: size)
            register(anchor, node)
            return node
        case YAML_MAPPING_START_EVENT:
            let anchor = string(event.data.mapping_start.anchor)
            try enter(line: line, column: column)
            var mapping = YAMLMapping()
            var size = 1
            while true {
                var keyEvent = try next()
                defer { yaml_event_delete(&keyEvent) }
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                let keyNode = try node(from: keyEvent)
                var valueEvent = try next()
                defer { yaml_event_delete(&valueEvent) }
                let value = try node(from: valueEvent)
                size = try grow(size, by: keyNode, line: line, column: column)
                size = try grow(size, by: value, line: line, column: column)
                let key = keyNode.scalar?.text ?? ""
                let entry = YAMLMapping.Entry(key: key, keyNode: keyNode, value: value)
                if mapping.entry(key) == nil {
                    mapping.entries.append(entry)
                } else {
                    mapping.duplicates.append(entry)
                }
            }
            depth -= 1
            let node = YAMLNode(.mapping(mapping), line: line, column: column, expandedSize: size)
            register(anchor, node)
            return node
        default:
            throw .init(message: "unexpected YAML event", line: line, column: column, hint: nil)
        }
    }

    private mutating func enter(line: Int, column: Int) throws(YAMLComposer.Failure) {
        depth += 1
        guard depth <= limits.maxDepth else {
            throw .init(
                message: "nesting deeper than \(limits.maxDepth) levels", line: line,
                column: column, hint: "Kubernetes manifests are never this deep; check the file")
        }
    }

    /// Adds a child's expanded size, refusing documents that aliases would blow up.
    private func grow(
        _ size: Int, by child: YAMLNode, line: Int, column: Int
    ) throws(YAMLComposer.Failure) -> Int {
        let total = size + child.expandedSize
        guard total <= limits.maxNodes else {
            throw .init(
                message: "document expands to more than \(limits.maxNodes) nodes through aliases",
                line: line, column: column,
                hint:
                    "this looks like a \"billion laughs\" file; Kubernetes manifests need no aliases"
            )
        }
        return total
    }

    private mutating func register(_ anchor: String?, _ node: YAMLNode) {
        if let anchor { anchors[anchor] = node }
    }

    private func next() throws(YAMLComposer.Failure) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw SyntaxError.failure(from: parser.pointee)
        }
        return event
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        let buffer = UnsafeBufferPointer(start: pointer, count: length)
        return String(decoding: buffer, as: UTF8.self)
    }
}
