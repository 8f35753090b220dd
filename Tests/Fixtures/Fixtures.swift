import Foundation

/// Test fixtures: small mail files named for what they test, in `Resources/`.
public enum Fixtures {
    /// The folder that holds `eml/`, `mbox/`, `maildir/` and `eml-dir/`.
    public static var resources: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }

    /// The absolute path of a fixture, e.g. `path("eml/iso-2022-jp.eml")`.
    public static func path(_ relative: String) -> String {
        resources.appendingPathComponent(relative).path
    }

    /// The repository root, found by walking up from this file to `Package.swift`.
    public static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }
}
