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

/// Reads a row of kColumns, in their order.
Student readStudent(const PreparedStatement& r) {
    Student s;
    s.id = r.integer(0);
    s.studentNo = r.text(1);
    s.name = r.text(2);
    s.sex = r.text(3);
    s.idNumber = r.text(4);
    s.idType = r.text(5);
    s.birthDate = r.text(6);
    s.ethnicity = r.text(7);
    s.level = r.text(8);
    s.major = r.text(9);
    s.grade = r.text(10);
    s.centerId = r.integer(11);
    s.className = r.text(12);
    s.phone = r.text(13);
    s.examNo = r.text(14);
    s.collectionCode = r.text(15);
    s.graduationTerm = r.text(16);
    s.mailingAddress = r.text(17);
    const auto extra = r.text(18);
    if (extra != "{}") {
        s.extra = fromJsonObject(extra);
    }
    s.status = domain::studentStatusFromCode(r.text(19)).value_or(StudentStatus::NotSubmitted);
    s.withdrawn = r.integer(20) != 0;
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
    if (!insert_) {
        insert_ = std::make_unique<PreparedStatement>(
            db_,
            "INSERT INTO students(student_no, name, sex, id_number, id_type, birth_date, "
            "ethnicity, level, major, grade, center_id, class_name, phone, exam_no, "
            "collection_code, graduation_term, mailing_address, extra_json, status, withdrawn) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    auto& st = *insert_;
    st.bind(1, s.studentNo).bind(2, s.name).bind(3, s.sex).bind(4, s.idNumber).bind(5, s.idType);
    st.bind(6, s.birthDate)
        .bind(7, s.ethnicity)
        .bind(8, s.level)
        .bind(9, s.major)
        .bind(10, s.grade);
    st.bind(11, static_cast<std::int64_t>(s.centerId)).bind(12, s.className).bind(13, s.phone);
    st.bind(14, s.examNo).bind(15, s.collectionCode).bind(16, s.graduationTerm);
    const auto extraJson = toJsonObject(s.extra);
    const std::string status(domain::toCode(s.status));
    st.bind(17, s.mailingAddress).bind(18, extraJson);
    st.bind(19, status);
    st.bind(20, static_cast<std::int64_t>(s.withdrawn ? 1 : 0));
    st.run();
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
    PreparedStatement st(db_, std::string("SELECT ") + kColumns + " FROM students WHERE " + where);
    st.bind(1, key);
    std::optional<Student> out;
    while (st.next()) {
        out = readStudent(st);
    }
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
    std::string sql = std::string("SELECT ") + kColumns + " FROM students WHERE 1 = 1";
    if (!filter.includeWithdrawn) {
        sql += " AND withdrawn = 0";
    }
    if (filter.centerId) {
        sql += " AND center_id = ?1";
    }
    if (filter.status) {
        sql += " AND status = ?2";
    }
    sql += " ORDER BY student_no";
    PreparedStatement st(db_, sql);
    const std::string status = filter.status ? std::string(domain::toCode(*filter.status)) : "";
    if (filter.centerId) {
        st.bind(1, static_cast<std::int64_t>(*filter.centerId));
    }
    if (filter.status) {
        st.bind(2, status); // bound text must outlive the query
    }
    std::vector<Student> out;
    while (st.next()) {
        out.push_back(readStudent(st));
    }
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
