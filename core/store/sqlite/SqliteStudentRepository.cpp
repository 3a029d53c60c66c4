#include "SqliteStudentRepository.h"

#include "JsonText.h"
#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::Student;
using domain::StudentStatus;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

namespace {

const char* const kColumns =
    "id, student_no, name, sex, id_number, id_type, birth_date, ethnicity, level, major, grade, "
    "center_id, class_name, phone, exam_no, collection_code, graduation_term, mailing_address, "
    "extra_json, status, withdrawn";

Student readStudent(const Row& r) {
    Student s;
    s.id = r.integer("id");
    s.studentNo = r.text("student_no");
    s.name = r.text("name");
    s.sex = r.text("sex");
    s.idNumber = r.text("id_number");
    s.idType = r.text("id_type");
    s.birthDate = r.text("birth_date");
    s.ethnicity = r.text("ethnicity");
    s.level = r.text("level");
    s.major = r.text("major");
    s.grade = r.text("grade");
    s.centerId = r.integer("center_id");
    s.className = r.text("class_name");
    s.phone = r.text("phone");
    s.examNo = r.text("exam_no");
    s.collectionCode = r.text("collection_code");
    s.graduationTerm = r.text("graduation_term");
    s.mailingAddress = r.text("mailing_address");
    s.extra = fromJsonObject(r.text("extra_json"));
    s.status =
        domain::studentStatusFromCode(r.text("status")).value_or(StudentStatus::NotSubmitted);
    s.withdrawn = r.integer("withdrawn") != 0;
    return s;
}

/// Binds the writable fields in the order of kWritable.
void bindFields(Poco::Data::Statement& st, const Student& s) {
    st, bind(s.studentNo), bind(s.name), bind(s.sex), bind(s.idNumber), bind(s.idType),
        bind(s.birthDate), bind(s.ethnicity), bind(s.level), bind(s.major), bind(s.grade),
        bind(static_cast<Poco::Int64>(s.centerId)), bind(s.className), bind(s.phone),
        bind(s.examNo), bind(s.collectionCode), bind(s.graduationTerm), bind(s.mailingAddress),
        bind(toJsonObject(s.extra)), bind(std::string(domain::toCode(s.status))),
        bind(s.withdrawn ? 1 : 0);
}

} // namespace

domain::StudentId SqliteStudentRepository::add(Student& s) {
    using Poco::Data::Keywords::use;
    auto& p = pending_;
    if (!insert_) {
        insert_ = std::make_unique<Poco::Data::Statement>(db_.session());
        auto& st = *insert_;
        auto& v = p.student;
        st << "INSERT INTO students(student_no, name, sex, id_number, id_type, birth_date, "
              "ethnicity, level, major, grade, center_id, class_name, phone, exam_no, "
              "collection_code, graduation_term, mailing_address, extra_json, status, withdrawn) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            use(v.studentNo), use(v.name), use(v.sex), use(v.idNumber), use(v.idType),
            use(v.birthDate), use(v.ethnicity), use(v.level), use(v.major), use(v.grade),
            use(p.centerId), use(v.className), use(v.phone), use(v.examNo), use(v.collectionCode),
            use(v.graduationTerm), use(v.mailingAddress), use(p.extraJson), use(p.status),
            use(p.withdrawn);
    }
    p.student = s;
    p.centerId = s.centerId;
    p.extraJson = toJsonObject(s.extra);
    p.status = std::string(domain::toCode(s.status));
    p.withdrawn = s.withdrawn ? 1 : 0;
    try {
        insert_->execute();
    } catch (...) {
        insert_.reset(); // a failed statement is not reused
        throw;
    }
    s.id = db_.lastInsertId();
    return s.id;
}

void SqliteStudentRepository::update(const Student& s) {
    Poco::Data::Statement st(db_.session());
    st << "UPDATE students SET student_no = ?, name = ?, sex = ?, id_number = ?, id_type = ?, "
          "birth_date = ?, ethnicity = ?, level = ?, major = ?, grade = ?, "
          "center_id = NULLIF(?, 0), class_name = ?, phone = ?, exam_no = ?, "
          "collection_code = ?, graduation_term = ?, mailing_address = ?, extra_json = ?, "
          "status = ?, withdrawn = ? WHERE id = ?";
    bindFields(st, s);
    st, bind(static_cast<Poco::Int64>(s.id));
    st.execute();
}

std::optional<Student> SqliteStudentRepository::one(const std::string& where,
                                                    const std::string& key) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT " << kColumns << " FROM students WHERE " << where, bind(key);
    std::optional<Student> out;
    forEachRow(st, [&](const Row& r) { out = readStudent(r); });
    return out;
}

std::optional<Student> SqliteStudentRepository::byId(domain::StudentId id) {
    return one("id = ?", std::to_string(id));
}

std::optional<Student> SqliteStudentRepository::byStudentNo(const std::string& studentNo) {
    return one("student_no = ?", studentNo);
}

std::optional<Student> SqliteStudentRepository::byIdNumber(const std::string& idNumber) {
    if (idNumber.empty()) {
        return std::nullopt;
    }
    return one("id_number = ?", idNumber);
}

std::vector<Student> SqliteStudentRepository::list(const StudentFilter& filter) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT " << kColumns << " FROM students WHERE 1 = 1";
    if (!filter.includeWithdrawn) {
        st << " AND withdrawn = 0";
    }
    if (filter.centerId) {
        st << " AND center_id = ?", bind(static_cast<Poco::Int64>(*filter.centerId));
    }
    if (filter.status) {
        st << " AND status = ?", bind(std::string(domain::toCode(*filter.status)));
    }
    st << " ORDER BY student_no";
    std::vector<Student> out;
    forEachRow(st, [&](const Row& r) { out.push_back(readStudent(r)); });
    return out;
}

std::size_t SqliteStudentRepository::count(bool includeWithdrawn) {
    return static_cast<std::size_t>(queryInteger(
        db_.session(), includeWithdrawn ? "SELECT COUNT(*) FROM students"
                                        : "SELECT COUNT(*) FROM students WHERE withdrawn = 0"));
}

std::map<StudentStatus, std::size_t> SqliteStudentRepository::countByStatus() {
    std::map<StudentStatus, std::size_t> out;
    for (auto status : domain::kAllStudentStatuses) {
        out[status] = 0;
    }
    Poco::Data::Statement st(db_.session());
    st << "SELECT status, COUNT(*) AS n FROM students WHERE withdrawn = 0 GROUP BY status";
    forEachRow(st, [&](const Row& r) {
        if (auto status = domain::studentStatusFromCode(r.text("status"))) {
            out[*status] = static_cast<std::size_t>(r.integer("n"));
        }
    });
    return out;
}

void SqliteStudentRepository::appendHistory(const domain::StudentHistoryEntry& e) {
    db_.session() << "INSERT INTO student_history(student_id, changed_at, source, field, before, "
                     "after) VALUES (?, ?, ?, ?, ?, ?)",
        bind(static_cast<Poco::Int64>(e.studentId)), bind(e.changedAt), bind(e.source),
        bind(e.field), bind(e.before), bind(e.after), now;
}

std::vector<domain::StudentHistoryEntry> SqliteStudentRepository::historyOf(domain::StudentId id) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT student_id, changed_at, source, field, before, after FROM student_history "
          "WHERE student_id = ? ORDER BY id",
        bind(static_cast<Poco::Int64>(id));
    std::vector<domain::StudentHistoryEntry> out;
    forEachRow(st, [&](const Row& r) {
        out.push_back({r.integer("student_id"), r.text("changed_at"), r.text("source"),
                       r.text("field"), r.text("before"), r.text("after")});
    });
    return out;
}

void SqliteStudentRepository::setStatus(domain::StudentId id, StudentStatus status) {
    db_.session() << "UPDATE students SET status = ? WHERE id = ?",
        bind(std::string(domain::toCode(status))), bind(static_cast<Poco::Int64>(id)), now;
}

} // namespace gp::store
