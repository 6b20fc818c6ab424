import Foundation
import KubeModel

/// Decodes a JSON manifest the way the loader's decoder would.
func decode<T: KubeObject>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Decodes and defaults, as the loader does before validation.
func defaulted<T: KubeObject>(_ type: T.Type, _ json: String) throws -> T {
    var object = try decode(type, json)
    object.applyDefaults()
    return object
}

/// A minimal Deployment with one container; `extra` is spliced into `spec`.
func deploymentJSON(
    labels: String = #"{"app":"web"}"#, selector: String = #"{"matchLabels":{"app":"web"}}"#,
    container: String = #"{"name":"web","image":"nginx:1.27"}"#, extra: String = ""
) -> String {
    """
    {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},
     "spec":{\(extra)"selector":\(selector),
       "template":{"metadata":{"labels":\(labels)},"spec":{"containers":[\(container)]}}}}
    """
}
