package com.motstudio.store.csv;

/**
 * The columns of a touchpoint CSV. Each has a name key (the name shown, and accepted, in each
 * language) and a key listing further accepted spellings; a header may use any of them, in any of
 * the three languages. Emotion columns are named with a prefix: see {@link TouchpointHeader}.
 */
enum TouchpointColumn {
    STAGE("importing.column.stage", "importing.columnAlso.stage"),
    NAME("importing.column.name", "importing.columnAlso.name"),
    DESCRIPTION("importing.column.description", "importing.columnAlso.description"),
    CHANNEL("importing.column.channel", "importing.columnAlso.channel"),
    PHASE("importing.column.phase", "importing.columnAlso.phase"),
    CATEGORY("importing.column.category", "importing.columnAlso.category"),
    ROLES("importing.column.roles", "importing.columnAlso.roles"),
    OWNER_DEPARTMENT("importing.column.ownerDepartment", "importing.columnAlso.ownerDepartment"),
    CUSTOMER_ACTION("importing.column.customerAction", "importing.columnAlso.customerAction"),
    PAIN_POINTS("importing.column.painPoints", "importing.columnAlso.painPoints"),
    OPPORTUNITIES("importing.column.opportunities", "importing.columnAlso.opportunities"),
    EVIDENCE("importing.column.evidence", "importing.columnAlso.evidence"),
    /** The emotion of the workshop's first customer type; "emotion: name" columns name the type. */
    EMOTION("importing.column.emotion", "importing.columnAlso.emotion");

    final String nameKey;
    final String alsoKey;

    TouchpointColumn(String nameKey, String alsoKey) {
        this.nameKey = nameKey;
        this.alsoKey = alsoKey;
    }

    boolean required() {
        return this == STAGE || this == NAME;
    }
}
