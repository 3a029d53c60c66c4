// Migration 4: a check result keeps its limit's numbers by name beside the English limit text
// (limit_json, e.g. {"min":50,"max":110}), so that the console words the limit in the reviewer's
// language. Rows stored before keep '' and are shown with their limit text.
#include "../Migration.h"

namespace gp::store {

extern const Migration kMigration004CheckLimitValues;

const Migration kMigration004CheckLimitValues{4, "check limits as numbers", R"SQL(
ALTER TABLE check_results ADD COLUMN limit_json TEXT NOT NULL DEFAULT '';
)SQL"};

} // namespace gp::store
