/// Fixed words of the human reports, in both languages.
enum Labels {
    static func text(_ key: Key, _ language: Language) -> String {
        let pair = key.texts
        return language == .fr ? pair.fr : pair.en
    }

    /// A severity as a word of the language ("erreur", "warning").
    static func severity(_ severity: Severity, _ language: Language) -> String {
        guard language == .fr else { return severity.rawValue }
        switch severity {
        case .error: return "erreur"
        case .warning: return "avertissement"
        case .info: return "information"
        }
    }

    /// What the families of the default rule books are about; another family is shown by its id.
    static func family(_ family: String, _ language: Language) -> String {
        let names: [String: (fr: String, en: String)] = [
            "encoding": ("Encodage", "Encoding"),
            "structure": ("Structure du tableau", "Table structure"),
            "types": ("Types des colonnes", "Column types"),
            "personal-data": ("Données personnelles", "Personal data"),
            "licence": ("Licence", "Licence"),
        ]
        guard let name = names[family] else { return family }
        return language == .fr ? name.fr : name.en
    }

    enum Key {
        case row, line, column, byteColumn, rows, columns, noFinding, more, waived, summary, datasets, files, errors, warnings,
             infos, failing, notTabular, binary, unreadable, pass, fail, header, noHeader, folder, licence, known

        var texts: (fr: String, en: String) {
            switch self {
            case .row: return ("ligne", "row")
            case .line: return ("ligne physique", "line")
            case .column: return ("colonne", "column")
            case .byteColumn: return ("octet", "byte")
            case .rows: return ("lignes", "rows")
            case .columns: return ("colonnes", "columns")
            case .noFinding: return ("aucun problème", "no finding")
            case .more: return ("autres", "more")
            case .waived: return ("dérogation", "waived")
            case .summary: return ("Bilan", "Summary")
            case .datasets: return ("jeux de données", "datasets")
            case .files: return ("fichiers", "files")
            case .errors: return ("erreurs", "errors")
            case .warnings: return ("avertissements", "warnings")
            case .infos: return ("informations", "infos")
            case .failing: return ("en échec", "failing")
            case .notTabular: return ("pas un tableau, non vérifié", "not a table, not checked")
            case .binary: return ("pas un fichier texte", "not a text file")
            case .unreadable: return ("illisible", "unreadable")
            case .pass: return ("conforme", "pass")
            case .fail: return ("non conforme", "fail")
            case .header: return ("en-tête", "header")
            case .noHeader: return ("sans en-tête", "no header")
            case .folder: return ("(dossier)", "(folder)")
            case .licence: return ("Licence :", "Licence:")
            case .known: return ("déjà connus (référence)", "known (baseline)")
            }
        }
    }
}
