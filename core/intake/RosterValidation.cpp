#include "RosterValidation.h"

#include "IdNumber.h"
#include "TextNormalization.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace gp::intake {
namespace {

using Kind = SheetCell::Kind;

/// A whole number below 10^15 is held exactly by a spreadsheet; larger ones have lost digits.
bool exactInteger(double v) {
    return v >= 0 && v < 1e15 && std::floor(v) == v;
}

std::string integerText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

/// Days since 1899-12-30 (the spreadsheet epoch) as yyyy-mm-dd.
std::string serialToDate(double serial) {
    const auto days = static_cast<long>(std::floor(serial)) - 25569; // to 1970-01-01
    // Civil-from-days (Howard Hinnant's algorithm).
    long z = days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y) % 10000,
                  static_cast<int>(m) % 100, static_cast<int>(d) % 100);
    return buf;
}

std::string normalizeSex(const std::string& s) {
    if (s == "男" || s == "M" || s == "m" || s == "Male" || s == "male" || s == "男性") {
        return "男";
    }
    if (s == "女" || s == "F" || s == "f" || s == "Female" || s == "female" || s == "女性") {
        return "女";
    }
    return {};
}

std::string idTypeCode(IdKind k) {
    switch (k) {
    case IdKind::Mainland:
    case IdKind::Mainland15:
        return "resident_id";
    case IdKind::ResidencePermit:
        return "residence_permit";
    case IdKind::Passport:
        return "passport";
    case IdKind::Unknown:
        break;
    }
    return {};
}

class RowChecker {
public:
    RowChecker(const RosterSheet& sheet, const RosterColumns& columns, int year,
               RosterValidation& out)
        : sheet_(sheet), columns_(columns), year_(year), out_(out) {}

    void check(RosterRow& row) {
        row_ = &row;
        ValidatedRow v;
        v.fileRow = row.fileRow;
        error_ = false;
        auto& s = v.student;

        s.studentNo =
            keyText(RosterField::StudentNo, "student_no_scientific", "student_no_numeric");
        if (s.studentNo.empty() && !isScientificError_) {
            problem(RosterField::StudentNo, "missing_student_no", true);
        }
        s.name = take(row, RosterField::Name);
        if (s.name.empty()) {
            problem(RosterField::Name, "missing_name", true);
        }
        checkIdentity(v);
        s.ethnicity = take(row, RosterField::Ethnicity);
        s.level = take(row, RosterField::Level);
        s.major = take(row, RosterField::Major);
        s.grade = plain(RosterField::Grade);
        v.centerName = take(row, RosterField::Center);
        s.className = plain(RosterField::ClassName);
        s.phone = plain(RosterField::Phone);
        s.examNo = keyText(RosterField::ExamNo, "exam_no_scientific", "");
        s.collectionCode = take(row, RosterField::CollectionCode);
        s.graduationTerm = plain(RosterField::GraduationTerm);
        s.mailingAddress = take(row, RosterField::MailingAddress);
        for (auto& [header, value] : row.extra) {
            s.extra[header] = std::move(value);
        }
        v.hasError = error_;
        out_.rows.push_back(std::move(v));
    }

private:
    void problem(RosterField f, const std::string& code, bool error) {
        std::string column = columns_.label(f);
        for (const auto& c : sheet_.columns) {
            if (c.field && *c.field == f) {
                column = c.header;
            }
        }
        auto shown = (*row_)[f].text;
        if ((*row_)[f].kind == Kind::Number) {
            for (auto& c : shown) {
                c = c == 'e' ? 'E' : c; // as Excel shows it: 6.10102E+17
            }
        }
        out_.problems.push_back({row_->fileRow, column, std::move(shown), code, error});
        error_ = error_ || error;
    }

    /// Text of a field that may be a number (年级 2024, a phone number).
    std::string plain(RosterField f) {
        const auto& cell = (*row_)[f];
        if (cell.kind == Kind::Number && exactInteger(cell.number)) {
            return integerText(cell.number);
        }
        return cell.text;
    }

    /// Text of an identifying number that must not have passed through floating point.
    std::string keyText(RosterField f, const char* lostCode, const char* numericCode) {
        isScientificError_ = false;
        const auto& cell = (*row_)[f];
        if (cell.kind == Kind::Number) {
            if (!exactInteger(cell.number)) {
                problem(f, lostCode, true);
                isScientificError_ = true;
                return {};
            }
            if (*numericCode != '\0') {
                problem(f, numericCode, false);
            }
            return integerText(cell.number);
        }
        if (looksScientific(cell.text)) {
            problem(f, lostCode, true);
            isScientificError_ = true;
            return {};
        }
        return cell.text;
    }

    void checkIdentity(ValidatedRow& v) {
        auto& s = v.student;
        const auto sexText = row_->text(RosterField::Sex);
        s.sex = normalizeSex(sexText);
        if (!sexText.empty() && s.sex.empty()) {
            problem(RosterField::Sex, "sex_unknown", false);
            s.sex = sexText;
        }
        const auto& birthCell = (*row_)[RosterField::BirthDate];
        std::string birth;
        if (birthCell.kind == Kind::Number) {
            birth = serialToDate(birthCell.number);
        } else if (birthCell.kind != Kind::Empty) {
            birth = parseDate(birthCell.text);
            if (birth.empty()) {
                problem(RosterField::BirthDate, "birth_date_unreadable", false);
            }
        }
        s.birthDate = birth;

        const auto& idCell = (*row_)[RosterField::IdNumber];
        if (idCell.kind == Kind::Empty) {
            return;
        }
        if (idCell.kind == Kind::Number) {
            problem(RosterField::IdNumber, "id_numeric", true);
            return;
        }
        const auto docType = documentTypeFromText(row_->text(RosterField::IdType));
        const auto check = checkIdNumber(idCell.text, docType, year_);
        for (const auto& p : check.problems) {
            problem(RosterField::IdNumber, p.code, p.error);
        }
        if (check.hasError()) {
            return;
        }
        s.idNumber = check.normalized;
        s.idType = idTypeCode(check.kind);
        if (!check.sex.empty() && (s.sex == "男" || s.sex == "女") && s.sex != check.sex) {
            problem(RosterField::Sex, "sex_contradicts_id", true);
        }
        if (!check.birthDate.empty()) {
            if (!birth.empty() && birth != check.birthDate) {
                problem(RosterField::BirthDate, "birth_date_contradicts_id", true);
            }
            if (birth.empty()) {
                s.birthDate = check.birthDate;
            }
        }
        if (s.sex.empty()) {
            s.sex = check.sex;
        }
    }

    const RosterSheet& sheet_;
    const RosterColumns& columns_;
    int year_;
    RosterValidation& out_;
    /// The cell's text, moved out of the sheet (each plain field is read once).
    static std::string take(RosterRow& row, RosterField f) {
        return std::move(row.fields[static_cast<std::size_t>(f)].text);
    }

    const RosterRow* row_ = nullptr;
    bool error_ = false;
    bool isScientificError_ = false;
};

/// The header a field has in this file (or its label when the file has no such column).
std::string columnOf(const RosterSheet& sheet, const RosterColumns& columns, RosterField f) {
    for (const auto& c : sheet.columns) {
        if (c.field && *c.field == f) {
            return c.header;
        }
    }
    return columns.label(f);
}

/// A 学号 or ID number on two or more rows is an error on every one of them: which row is
/// right is for the office to decide, so none of them is imported.
void markDuplicates(const RosterSheet& sheet, const RosterColumns& columns, RosterValidation& out) {
    // Views into the rows, which stay put while counting: no key is copied.
    std::unordered_map<std::string_view, int> countNo;
    std::unordered_map<std::string_view, int> countId;
    countNo.reserve(out.rows.size());
    countId.reserve(out.rows.size());
    for (const auto& v : out.rows) {
        if (!v.student.studentNo.empty()) {
            ++countNo[v.student.studentNo];
        }
        if (!v.student.idNumber.empty()) {
            ++countId[v.student.idNumber];
        }
    }
    const auto noColumn = columnOf(sheet, columns, RosterField::StudentNo);
    const auto idColumn = columnOf(sheet, columns, RosterField::IdNumber);
    for (auto& v : out.rows) {
        if (!v.student.studentNo.empty() && countNo.at(v.student.studentNo) > 1) {
            out.problems.push_back(
                {v.fileRow, noColumn, v.student.studentNo, "duplicate_student_no", true});
            v.hasError = true;
        }
        if (!v.student.idNumber.empty() && countId.at(v.student.idNumber) > 1) {
            out.problems.push_back(
                {v.fileRow, idColumn, v.student.idNumber, "duplicate_id_number", true});
            v.hasError = true;
        }
    }
}

} // namespace

std::size_t RosterValidation::errorRows() const {
    std::size_t n = 0;
    for (const auto& r : rows) {
        n += r.hasError ? 1 : 0;
    }
    return n;
}

std::string parseDate(const std::string& text) {
    // 1990年3月7日 / 1990/3/7 / 1990.03.07 → 1990-3-7; a time part after 'T' or ' ' is dropped.
    std::string t = text;
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"年", "-"},
                                   {"月", "-"},
                                   {"日", ""},
                                   {"/", "-"},
                                   {".", "-"}}) {
        for (auto pos = t.find(from); pos != std::string::npos; pos = t.find(from, pos)) {
            t.replace(pos, from.size(), to);
            pos += to.size();
        }
    }
    if (const auto cut = t.find_first_of("T "); cut != std::string::npos) {
        t.erase(cut);
    }
    int y = 0, m = 0, d = 0;
    if (t.size() == 8 && allDigits(t)) {
        y = std::stoi(t.substr(0, 4));
        m = std::stoi(t.substr(4, 2));
        d = std::stoi(t.substr(6, 2));
    } else {
        const auto a = t.find('-');
        const auto b = a == std::string::npos ? a : t.find('-', a + 1);
        if (b == std::string::npos) {
            return {};
        }
        const auto ys = t.substr(0, a), ms = t.substr(a + 1, b - a - 1), ds = t.substr(b + 1);
        if (ys.size() != 4 || !allDigits(ys) || ms.empty() || ms.size() > 2 || !allDigits(ms) ||
            ds.empty() || ds.size() > 2 || !allDigits(ds)) {
            return {};
        }
        y = std::stoi(ys);
        m = std::stoi(ms);
        d = std::stoi(ds);
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) {
        return {};
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m, d);
    return buf;
}

RosterValidation validateRoster(RosterSheet& sheet, const RosterColumns& columns, int currentYear) {
    // Rows are independent but for duplicates: check two halves on two threads, then look for
    // duplicates in one pass over the whole file.
    const std::size_t half = sheet.rows.size() / 2;
    RosterValidation first;
    RosterValidation second;
    auto checkRange = [&](RosterValidation& out, std::size_t from, std::size_t to) {
        out.rows.reserve(to - from);
        RowChecker checker(sheet, columns, currentYear, out);
        for (std::size_t i = from; i < to; ++i) {
            checker.check(sheet.rows[i]);
        }
    };
    if (half >= 1000) {
        std::thread other(checkRange, std::ref(second), half, sheet.rows.size());
        checkRange(first, 0, half);
        other.join();
    } else {
        checkRange(first, 0, sheet.rows.size());
    }
    first.rows.insert(first.rows.end(), std::make_move_iterator(second.rows.begin()),
                      std::make_move_iterator(second.rows.end()));
    first.problems.insert(first.problems.end(), second.problems.begin(), second.problems.end());
    markDuplicates(sheet, columns, first);
    std::stable_sort(first.problems.begin(), first.problems.end(),
                     [](const auto& a, const auto& b) { return a.row < b.row; });
    return first;
}

} // namespace gp::intake
