#include "RosterImport.h"

#include "../common/UserError.h"
#include "../store/Transaction.h"
#include "roster/SheetTable.h"

#include <set>
#include <unordered_map>

namespace gp::intake {
namespace {

using domain::Student;

/// The fields a roster sets, with their codes, for comparing two versions of a student.
std::vector<FieldChange> differences(const Student& before, const std::string& centerBefore,
                                     const Student& after, const std::string& centerAfter) {
    std::vector<FieldChange> out;
    auto cmp = [&](const char* field, const std::string& a, const std::string& b) {
        if (a != b) {
            out.push_back({field, a, b});
        }
    };
    cmp("student_no", before.studentNo, after.studentNo);
    cmp("name", before.name, after.name);
    cmp("sex", before.sex, after.sex);
    cmp("id_number", before.idNumber, after.idNumber);
    cmp("id_type", before.idType, after.idType);
    cmp("birth_date", before.birthDate, after.birthDate);
    cmp("ethnicity", before.ethnicity, after.ethnicity);
    cmp("level", before.level, after.level);
    cmp("major", before.major, after.major);
    cmp("grade", before.grade, after.grade);
    cmp("center", centerBefore, centerAfter);
    cmp("class_name", before.className, after.className);
    cmp("phone", before.phone, after.phone);
    cmp("exam_no", before.examNo, after.examNo);
    cmp("collection_code", before.collectionCode, after.collectionCode);
    cmp("graduation_term", before.graduationTerm, after.graduationTerm);
    cmp("mailing_address", before.mailingAddress, after.mailingAddress);
    std::set<std::string> keys;
    for (const auto& [k, v] : before.extra) {
        keys.insert(k);
    }
    for (const auto& [k, v] : after.extra) {
        keys.insert(k);
    }
    for (const auto& k : keys) {
        const auto a = before.extra.count(k) ? before.extra.at(k) : std::string();
        const auto b = after.extra.count(k) ? after.extra.at(k) : std::string();
        cmp(("extra:" + k).c_str(), a, b);
    }
    if (before.withdrawn) {
        out.push_back({"withdrawn", "yes", "no"});
    }
    return out;
}

/// The stored student with every field the roster row gives (non-empty) written over it. Sex,
/// birth date and document type also come from an ID-number column.
Student mergeRow(const Student& stored, const Student& row, const RosterSheet& sheet) {
    Student out = stored;
    auto take = [&](bool present, std::string Student::*field) {
        if (present && !(row.*field).empty()) {
            out.*field = row.*field;
        }
    };
    using F = RosterField;
    const bool ids = sheet.has(F::IdNumber);
    take(sheet.has(F::StudentNo), &Student::studentNo);
    take(sheet.has(F::Name), &Student::name);
    take(sheet.has(F::Sex) || ids, &Student::sex);
    take(ids, &Student::idNumber);
    take(sheet.has(F::IdType) || ids, &Student::idType);
    take(sheet.has(F::BirthDate) || ids, &Student::birthDate);
    take(sheet.has(F::Ethnicity), &Student::ethnicity);
    take(sheet.has(F::Level), &Student::level);
    take(sheet.has(F::Major), &Student::major);
    take(sheet.has(F::Grade), &Student::grade);
    take(sheet.has(F::ClassName), &Student::className);
    take(sheet.has(F::Phone), &Student::phone);
    take(sheet.has(F::ExamNo), &Student::examNo);
    take(sheet.has(F::CollectionCode), &Student::collectionCode);
    take(sheet.has(F::GraduationTerm), &Student::graduationTerm);
    take(sheet.has(F::MailingAddress), &Student::mailingAddress);
    for (const auto& [header, value] : row.extra) {
        out.extra[header] = value;
    }
    return out;
}

} // namespace

RosterPlan planRosterImport(store::Workspace& ws, const RosterImportRequest& request) {
    auto columns = RosterColumns::load(request.columnsFile);
    if (!request.mappingFile.empty()) {
        columns.applyMapping(request.mappingFile);
    }
    auto workbook = readWorkbook(request.file);
    const auto format = workbook.format;
    const auto encoding = workbook.encoding;
    auto sheet = readRosterSheet(std::move(workbook), columns, request.sheet);
    auto validation = validateRoster(sheet, columns, request.currentYear);

    RosterPlan plan;
    plan.file = request.file;
    plan.format = format;
    plan.encoding = encoding;
    plan.sheetName = sheet.sheetName;
    plan.headerRow = sheet.headerRow;
    plan.columns = sheet.columns;
    plan.duplicateColumns = sheet.duplicateColumns;
    plan.rowsRead = sheet.rows.size();

    auto& store = ws.store();
    store::Transaction snapshot(store, store::Transaction::Kind::Read);
    const auto existing = store.students().list({std::nullopt, std::nullopt, true});
    std::unordered_map<std::string, const Student*> byNo;
    std::unordered_map<std::string, const Student*> byId;
    for (const auto& s : existing) {
        byNo.emplace(s.studentNo, &s);
        if (!s.idNumber.empty()) {
            byId.emplace(s.idNumber, &s);
        }
    }
    std::unordered_map<domain::CenterId, std::string> centerNames;
    std::set<std::string> knownCenters;
    for (const auto& c : store.centers().all()) {
        centerNames.emplace(c.id, c.name);
        knownCenters.insert(c.name);
    }
    snapshot.commit();

    std::set<domain::StudentId> listed;
    std::set<std::string> newCenters;
    for (auto& row : validation.rows) {
        const auto& s = row.student;
        const Student* match = nullptr;
        if (auto it = byNo.find(s.studentNo); !s.studentNo.empty() && it != byNo.end()) {
            match = it->second;
        } else if (auto jt = byId.find(s.idNumber); !s.idNumber.empty() && jt != byId.end()) {
            match = jt->second;
        }
        if (match != nullptr) {
            listed.insert(match->id); // even a row with errors keeps its student on the roster
        }
        if (!s.idNumber.empty()) {
            if (auto jt = byId.find(s.idNumber); jt != byId.end() && jt->second != match) {
                validation.problems.push_back({row.fileRow, columns.label(RosterField::IdNumber),
                                               s.idNumber, "id_used_by_other_student", true});
                row.hasError = true;
            }
        }
        if (row.hasError) {
            continue;
        }
        if (!row.centerName.empty() && !knownCenters.count(row.centerName)) {
            newCenters.insert(row.centerName);
        }
        if (match == nullptr) {
            plan.added.push_back(std::move(row));
            continue;
        }
        // What the file says wins; what it does not say (no such column, or a blank cell) is
        // kept: a roster without an ID column never wipes the ID numbers already on record.
        Student updated = mergeRow(*match, s, sheet);
        updated.withdrawn = false;
        const auto before =
            centerNames.count(match->centerId) ? centerNames.at(match->centerId) : std::string();
        const auto center = row.centerName.empty() ? before : row.centerName;
        auto changes = differences(*match, before, updated, center);
        if (changes.empty()) {
            ++plan.unchanged;
        } else {
            plan.changed.push_back({std::move(updated), center, std::move(changes)});
        }
    }
    std::size_t active = 0;
    for (const auto& s : existing) {
        active += s.withdrawn ? 0 : 1;
        if (!s.withdrawn && !listed.count(s.id)) {
            plan.withdrawn.push_back(s);
        }
    }
    // An empty file, one center's sheet or the wrong sheet would take most students off the
    // roster: that needs saying so.
    plan.withdrawsMany = plan.withdrawn.size() >= 2 && plan.withdrawn.size() * 5 > active;
    plan.problems = std::move(validation.problems);
    plan.errorRows = 0;
    for (const auto& row : validation.rows) {
        plan.errorRows += row.hasError ? 1 : 0;
    }
    plan.newCenters.assign(newCenters.begin(), newCenters.end());
    return plan;
}

RosterImportResult applyRosterPlan(store::Workspace& ws, const RosterPlan& plan, bool acceptValid,
                                   bool allowWithdrawingMany) {
    if (plan.withdrawsMany && !allowWithdrawingMany) {
        throw UserError(std::to_string(plan.withdrawn.size()) +
                            " students on the workspace's "
                            "roster are not in " +
                            plan.file.filename().string() +
                            " and would be marked as no longer listed, so nothing was imported.",
                        "Check that this is the whole roster (not one center's sheet, not the "
                        "wrong sheet). If it is, import again allowing it (--allow-withdraw).");
    }
    if (plan.errorRows > 0 && !acceptValid) {
        throw UserError(std::to_string(plan.errorRows) + " row(s) of " +
                            plan.file.filename().string() +
                            " have errors, so nothing was imported.",
                        "Correct them (see the error workbook) and import again, or import the "
                        "valid rows only with --accept-valid.");
    }
    RosterImportResult result;
    auto& store = ws.store();
    store::Transaction tx(store);
    std::unordered_map<std::string, domain::CenterId> centers;
    for (const auto& c : store.centers().all()) {
        centers.emplace(c.name, c.id);
    }
    auto centerId = [&](const std::string& name) -> domain::CenterId {
        if (name.empty()) {
            return 0;
        }
        if (auto it = centers.find(name); it != centers.end()) {
            return it->second;
        }
        domain::Center bare;
        bare.name = name;
        store.centers().add(bare);
        ++result.centersCreated;
        centers.emplace(name, bare.id);
        return bare.id;
    };
    Student adding;
    for (const auto& row : plan.added) {
        // Assigned into one reused Student: its strings' buffers are reused row after row.
        adding = row.student;
        adding.centerId = centerId(row.centerName);
        adding.status = domain::StudentStatus::NotSubmitted;
        store.students().add(adding);
        ++result.added;
    }
    const auto now = ws.clock().nowIso();
    const auto source = "roster " + plan.file.filename().string();
    for (const auto& change : plan.changed) {
        Student s = change.student;
        s.centerId = centerId(change.centerName);
        store.students().update(s);
        for (const auto& f : change.changes) {
            store.students().appendHistory({s.id, now, source, f.field, f.before, f.after});
        }
        ++result.changed;
    }
    for (auto s : plan.withdrawn) {
        s.withdrawn = true;
        store.students().update(s);
        store.students().appendHistory({s.id, now, source, "withdrawn", "no", "yes"});
        ++result.withdrawn;
    }
    result.skippedRows = plan.errorRows;
    tx.commit();
    ws.log().information("roster %s imported: %z added, %z changed, %z withdrawn, %z rows skipped",
                         plan.file.filename().string(), result.added, result.changed,
                         result.withdrawn, result.skippedRows);
    return result;
}

} // namespace gp::intake
