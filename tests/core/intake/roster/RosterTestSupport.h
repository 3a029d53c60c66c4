// Helpers shared by the roster reading tests: writing raw bytes, catching the UserError a
// file must cause, and naming cells.
#pragma once

#include "core/common/UserError.h"
#include "core/intake/roster/SheetTable.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace gp::test {

inline void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// The UserError readWorkbook throws for `file`; a test failure if it throws nothing or
/// something else.
inline std::optional<gp::UserError> readError(const std::filesystem::path& file) {
    try {
        gp::intake::readWorkbook(file);
        ADD_FAILURE() << file << " was read without an error";
    } catch (const gp::UserError& e) {
        return e;
    } catch (const std::exception& e) {
        ADD_FAILURE() << file << " threw a non-user error: " << e.what();
    }
    return std::nullopt;
}

/// The cell at (row, col), zero-based; an Empty cell where the sheet has none.
inline gp::intake::SheetCell cellAt(const gp::intake::SheetTable& sheet, std::size_t row,
                                    std::size_t col) {
    if (row >= sheet.rows.size() || col >= sheet.rows[row].size()) {
        return {};
    }
    return sheet.rows[row][col];
}

} // namespace gp::test
