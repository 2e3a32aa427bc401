/// How to fix what a custom check reports, for the rule's help.
enum CustomCheckAdvice {
    static func advice(for check: String) -> LocalizedText {
        switch check {
        case "french-siret-value":
            LocalizedText(fr: "Vérifiez chaque SIRET sur annuaire-entreprises.data.gouv.fr : 14 chiffres, le SIREN de l'entreprise puis le NIC de l'établissement, sans erreur de saisie (la clé de Luhn le vérifie).",
                          en: "Check each SIRET on annuaire-entreprises.data.gouv.fr: 14 digits, the company's SIREN then the establishment's NIC, without typing mistakes (the Luhn key checks it).")
        case "french-siren-value":
            LocalizedText(fr: "Vérifiez chaque SIREN sur annuaire-entreprises.data.gouv.fr : 9 chiffres sans erreur de saisie (la clé de Luhn le vérifie).",
                          en: "Check each SIREN on annuaire-entreprises.data.gouv.fr: 9 digits without typing mistakes (the Luhn key checks it).")
        case "phone-number-value":
            LocalizedText(fr: "Écrivez des numéros complets : 10 chiffres commençant par 0 (01 99 00 27 37), ou au format international (+33 1 99 00 27 37).",
                          en: "Write complete numbers: 10 digits starting with 0 (01 99 00 27 37), or in the international form (+33 1 99 00 27 37).")
        case "french-gps-coordinates":
            LocalizedText(fr: "Écrivez les coordonnées en degrés décimaux WGS 84, longitude d'abord ([2.3522, 48.8566] pour Paris) ; échangez-les si elles sont inversées.",
                          en: "Write coordinates in WGS 84 decimal degrees, longitude first ([2.3522, 48.8566] for Paris); swap them if they are reversed.")
        case "year-interval-value":
            LocalizedText(fr: "Écrivez une période AAAA/AAAA dont la seconde année suit la première (2023/2024).",
                          en: "Write a period YYYY/YYYY whose second year follows the first (2023/2024).")
        case "compare-columns-value", "sum-columns-value":
            LocalizedText(fr: "Vérifiez les valeurs des lignes signalées dans les colonnes nommées : l'une d'elles est fausse, ou saisie dans la mauvaise colonne.",
                          en: "Check the values of the reported rows in the named columns: one of them is wrong, or typed in the wrong column.")
        case "cohesive-columns-value":
            LocalizedText(fr: "Sur chaque ligne, remplissez toutes ces colonnes ou laissez-les toutes vides.",
                          en: "On each row, fill all of these columns or leave them all empty.")
        case "one-of-required":
            LocalizedText(fr: "Sur chaque ligne, remplissez au moins l'une des deux colonnes.",
                          en: "On each row, fill at least one of the two columns.")
        default:
            LocalizedText(fr: "Faites ce contrôle avec Validata (https://validata.fr), ou corrigez ses paramètres dans le schéma.",
                          en: "Run this check with Validata (https://validata.fr), or fix its parameters in the schema.")
        }
    }
}
