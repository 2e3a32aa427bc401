import Foundation
import PackagePlugin

/// Embeds `docs/openapi.json` into the target that uses this plugin (the service serves it at
/// `/v1/openapi.json`), by running EmbedFilesTool before compilation. Rebuilds when it changes.
@main
struct EmbedOpenAPIPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let document = context.package.directoryURL.appending(path: "docs/openapi.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAPIFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding docs/openapi.json",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: ["EmbeddedAPIFiles", document.path, output.path],
                inputFiles: [document],
                outputFiles: [output]
            )
        ]
    }
}
