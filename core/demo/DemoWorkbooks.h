// The demo cohort written as the files a registry office receives: a roster workbook
// (学生信息表, a title row above the headers, 学号 and 身份证号 as text) and the centers' sheet
// (教学点通讯录). Written with libxlsxwriter, so they are real .xlsx files that Excel and WPS
// open (their document date is the clock's, so the same clock gives the same bytes), and that
// go into the workspace through the same import code users run.
#pragma once

#include "DemoCohort.h"
#include "core/common/Clock.h"

#include <filesystem>

namespace gp::demo {

void writeRosterWorkbook(const DemoCohort& cohort, const std::filesystem::path& file,
                         const Clock& clock);
void writeCentersWorkbook(const DemoCohort& cohort, const std::filesystem::path& file,
                          const Clock& clock);

} // namespace gp::demo
