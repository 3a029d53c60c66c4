#include "core/review/StudentList.h"

#include <gtest/gtest.h>

namespace gp::review {
namespace {

using domain::StudentStatus;

ReviewRow row(domain::StudentId id, const std::string& no, const std::string& name,
              domain::CenterId center, StudentStatus status, const std::string& verdict,
              const std::string& reasons = "", const std::string& idNumber = "") {
    ReviewRow r;
    r.id = id;
    r.studentNo = no;
    r.name = name;
    r.examNo = "2661" + no;
    r.idNumber = idNumber;
    r.centerId = center;
    r.status = status;
    r.verdict = verdict;
    r.reasonCodes = reasons;
    return r;
}

std::vector<ReviewRow> rows() {
    return {
        row(1, "2021001", "张三", 1, StudentStatus::AwaitingReview, "pass", "",
            "61010419900101123X"),
        row(2, "2021002", "李四", 1, StudentStatus::AwaitingReview, "fail", "head_too_high,blurred",
            "610104199002021234"),
        row(3, "2021003", "王五", 2, StudentStatus::NotSubmitted, ""),
        row(4, "2021004", "张小明", 2, StudentStatus::Retake, "review", "blurred"),
        row(5, "2021005", "赵六", 2, StudentStatus::Approved, "pass"),
    };
}

ListFilter make(void (*set)(ListFilter&)) {
    ListFilter f;
    set(f);
    return f;
}

std::vector<std::string> numbers(const StudentList& list) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.count(); ++i) {
        out.push_back(list.at(i).studentNo);
    }
    return out;
}

TEST(StudentList, FiltersByCenterStatusVerdictAndReason) {
    StudentList list(rows());
    EXPECT_EQ(list.count(), 5u);
    list.setFilter(make([](ListFilter& f) { f.center = 2; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021003", "2021004", "2021005"}));
    list.setFilter(make([](ListFilter& f) {
        f.center = 2;
        f.status = StudentStatus::Retake;
    }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021004"}));
    list.setFilter(make([](ListFilter& f) { f.verdict = "pass"; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021001", "2021005"}));
    list.setFilter(make([](ListFilter& f) { f.verdict = "unchecked"; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021003"}));
    list.setFilter(make([](ListFilter& f) { f.reason = "blurred"; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021002", "2021004"}));
    list.setFilter(make([](ListFilter& f) { f.reason = "head_too"; })); // whole codes only
    EXPECT_EQ(list.count(), 0u);
    EXPECT_EQ(list.total(), 5u);
}

TEST(StudentList, SearchesNumbersNamesExamNumbersAndIdNumbers) {
    StudentList list(rows());
    list.setFilter(make([](ListFilter& f) { f.search = "张"; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021001", "2021004"}));
    list.setFilter(make([](ListFilter& f) { f.search = " 2021003 "; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021003"}));
    list.setFilter(
        make([](ListFilter& f) { f.search = "123x"; })); // the ID's check character, in either case
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021001"}));
    list.setFilter(make([](ListFilter& f) { f.search = "26612021005"; })); // 考生号
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021005"}));
    list.setFilter(make([](ListFilter& f) {
        f.center = 1;
        f.search = "王";
    }));
    EXPECT_EQ(list.count(), 0u);
}

TEST(StudentList, NextAndPreviousWalkTheFilteredList) {
    StudentList list(rows());
    list.setFilter(make([](ListFilter& f) { f.status = StudentStatus::AwaitingReview; }));
    ASSERT_EQ(list.count(), 2u);
    EXPECT_EQ(list.next(0), 1u);
    EXPECT_FALSE(list.next(1));
    EXPECT_EQ(list.previous(1), 0u);
    EXPECT_FALSE(list.previous(0));
    EXPECT_EQ(list.positionOf(2), 1u);
    EXPECT_FALSE(list.positionOf(3));
    EXPECT_EQ(list.visibleIds(), (std::vector<domain::StudentId>{1, 2}));
}

TEST(StudentList, ADecidedRowStaysInViewUntilTheFilterChanges) {
    StudentList list(rows());
    list.setFilter(make([](ListFilter& f) { f.status = StudentStatus::AwaitingReview; }));
    auto decided = list.at(0);
    decided.status = StudentStatus::Approved;
    list.update(decided);
    EXPECT_EQ(list.count(), 2u);
    EXPECT_EQ(list.at(0).status, StudentStatus::Approved);
    EXPECT_EQ(list.next(0), 1u);
    list.setFilter(list.filter());
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021002"}));
}

TEST(StudentList, DuplicatesOnlyKeepsTheFlaggedStudentsWithTheOtherFilters) {
    auto all = rows();
    all[1].duplicate = true; // 2021002 and 2021004 share a face
    all[1].duplicateOf = "2021004";
    all[1].duplicateCount = 1;
    all[3].duplicate = true;
    all[3].duplicateOf = "2021002";
    all[3].duplicateCount = 2; // and 2021004 shares its bytes with one more
    StudentList list(all);
    list.setFilter(make([](ListFilter& f) { f.duplicatesOnly = true; }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021002", "2021004"}));
    list.setFilter(make([](ListFilter& f) {
        f.duplicatesOnly = true;
        f.center = 2;
    }));
    EXPECT_EQ(numbers(list), (std::vector<std::string>{"2021004"}));
    list.setFilter(make([](ListFilter& f) {
        f.duplicatesOnly = true;
        f.search = "2021001";
    }));
    EXPECT_EQ(list.count(), 0u);
    list.setFilter({});
    EXPECT_EQ(list.count(), 5u);
    EXPECT_EQ(listedDuplicate(list.at(0)), "");
    EXPECT_EQ(listedDuplicate(list.at(1)), "2021004");
    EXPECT_EQ(listedDuplicate(list.at(3)), "2021002 +1");
}

TEST(StudentList, ListsShowTheIdNumberMasked) {
    StudentList list(rows());
    EXPECT_EQ(listedIdNumber(list.at(0)), "6101**********123X");
    EXPECT_EQ(listedIdNumber(list.at(2)), "");
}

TEST(StudentList, AHundredThousandRowsFilterAndSearch) {
    std::vector<ReviewRow> many;
    for (int i = 0; i < 100000; ++i) {
        const auto no = std::to_string(2020000000 + i);
        many.push_back(row(i + 1, no, "学生", i % 40 + 1,
                           i % 3 == 0 ? StudentStatus::AwaitingReview : StudentStatus::Approved,
                           "pass"));
    }
    StudentList list(std::move(many));
    list.setFilter(make([](ListFilter& f) { f.center = 7; }));
    EXPECT_EQ(list.count(), 2500u);
    list.setFilter(make([](ListFilter& f) {
        f.center = 7;
        f.status = StudentStatus::AwaitingReview;
    }));
    // i = 6 + 40k with i % 3 == 0: k = 0, 3, 6, ... below 2500
    EXPECT_EQ(list.count(), 834u);
    list.setFilter(make([](ListFilter& f) { f.search = "2020099999"; }));
    ASSERT_EQ(list.count(), 1u);
    EXPECT_EQ(list.at(0).id, 100000);
}

} // namespace
} // namespace gp::review
