// The workbooks intake writes into the workspace's exports/: what went wrong with a roster
// (and what the import will change), and what happened to each photo file. Layout and texts
// come from templates/reports/intake.json (sheets, headers, labels), reports/common.json (the
// campaign's local time, the generated-at label), roster-columns.json (field names) and the problem
// texts from templates/intake-messages.json, in Chinese; ID numbers and 学号 are written as text
// cells so that Excel never turns them into numbers.
#pragma once

#include "core/common/Clock.h"
#include "core/common/MessageCatalog.h"
#include "core/intake/CenterImport.h"
#include "core/intake/PhotoIntake.h"
#include "core/intake/RosterImport.h"

#include <filesystem>

namespace gp::reports {

/// exports/roster-errors-<yyyymmdd-hhmmss, local>.xlsx: a summary sheet (file, sheet, header row,
/// rows read, error rows, added / changed / withdrawn / unchanged, new centers), a problems
/// sheet (row, column, value, severity, problem, what to do, code) and a changes sheet (added,
/// changed field by field old → new, withdrawn). templatesDir is where templates/ is; a missing
/// or broken template is a UserError and nothing is written. Returns the path written.
std::filesystem::path writeRosterReport(const intake::RosterPlan& plan,
                                        const MessageCatalog& messages,
                                        const std::filesystem::path& templatesDir,
                                        const std::filesystem::path& exportsDir,
                                        const Clock& clock);

/// exports/photo-intake-<yyyymmdd-hhmmss, local>.xlsx: a summary sheet (source, kind, files,
/// matched, new versions, unchanged, unmatched, refused per reason) and a files sheet (file,
/// outcome, 学号, 姓名, matched by, version, format, size, problem, what to do, detail).
std::filesystem::path writePhotoIntakeReport(const intake::PhotoIntakeResult& result,
                                             const MessageCatalog& messages,
                                             const std::filesystem::path& templatesDir,
                                             const std::filesystem::path& exportsDir,
                                             const Clock& clock);

} // namespace gp::reports
