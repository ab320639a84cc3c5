/** Command ids the server puts into markdown it composes (kept apart so the client can import them without the server). */
export const OPEN_GLOSSARY_ENTRY_COMMAND = 'zhNews.openGlossaryEntry';
