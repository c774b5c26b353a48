#include <sqlite3.h>

/* sqlite3_db_config is variadic, which Swift cannot call: one integer-option form for FolioQuery. */
static inline int folio_sqlite3_db_config_int(sqlite3 *db, int option, int value) {
    return sqlite3_db_config(db, option, value, (int *)0);
}

/* SQLITE_TRANSIENT is a macro around a cast of -1, which Swift does not import. */
static inline sqlite3_destructor_type folio_sqlite3_transient(void) {
    return SQLITE_TRANSIENT;
}
