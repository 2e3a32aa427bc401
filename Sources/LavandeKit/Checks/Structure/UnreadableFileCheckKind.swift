/// An entry of a dataset folder that cannot be read as a file: a folder or a named pipe with a
/// data file's name, a broken symbolic link, a symbolic-link loop, a file without read permission.
public struct UnreadableFileCheckKind: UnreadableFileCheck, CheckKind {
    public static let name = "unreadable-file"
    public static let summary = LocalizedText(
        fr: "Signale une entrée du dossier qui ne peut pas être lue comme un fichier (dossier, tube nommé, lien cassé ou en boucle, droits).",
        en: "Reports a folder entry that cannot be read as a file (folder, named pipe, broken or looping link, permissions).")
    public static let target = CheckTarget.unreadableFiles
    public static let placeholders = ["reason", "detail"]

    public let rule: Rule
    public init(rule: Rule) { self.rule = rule }

    public func evaluate(_ problem: FileAccessProblem) -> FindingDraft? {
        FindingDraft(values: ["reason": problem.kind.rawValue, "detail": problem.detail])
    }
}
