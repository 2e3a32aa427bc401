import Foundation
import PackagePlugin

/// Embeds the package's `rules/` folder into the target that uses this plugin, by running
/// EmbedFilesTool before compilation. Rebuilds when any rule file changes.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleFiles.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where !url.hasDirectoryPath {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding rule books from rules/",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: ["EmbeddedRuleFiles", rules.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
