package com.motstudio.store.csv;

/**
 * The columns of the survey imports that are named by a fixed word (the answer columns of SERVQUAL
 * and KANO are named by a prefix and an item or need instead: see {@link SurveyWords}). Each has a
 * name key and a key listing further spellings, in any of the three languages.
 */
enum SurveyColumn {
    RESPONDENT("surveys.import.column.respondent", "surveys.import.columnAlso.respondent"),
    TOUCHPOINT("surveys.import.column.touchpoint", "surveys.import.columnAlso.touchpoint"),
    KIND("surveys.import.column.kind", "surveys.import.columnAlso.kind"),
    VALUE("surveys.import.column.value", "surveys.import.columnAlso.value"),
    COUNT("surveys.import.column.count", "surveys.import.columnAlso.count"),
    SURVEY("surveys.import.column.survey", "surveys.import.columnAlso.survey"),
    IMPORTANCE("surveys.import.column.importance", "surveys.import.columnAlso.importance"),
    PERFORMANCE("surveys.import.column.performance", "surveys.import.columnAlso.performance");

    final String nameKey;
    final String alsoKey;

    SurveyColumn(String nameKey, String alsoKey) {
        this.nameKey = nameKey;
        this.alsoKey = alsoKey;
    }
}
