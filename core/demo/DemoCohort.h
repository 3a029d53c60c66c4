// The people of the demo campaign: three teaching centers and about sixty graduating students,
// all fictional, made from a seed so that the same seed gives the same cohort on any machine.
//
// ID numbers follow GB 11643-1999 (birth date, sex digit, ISO 7064 MOD 11-2 check character)
// but carry the region code 99xxxx, which belongs to no province (real codes run 11–65, 71 and
// 81–83), so no real person holds one of them. Phone numbers use the 1350000xxxx block and
// addresses lie in 示例省示例市 ("example province, example city"), postcodes 999xxx.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gp::demo {

struct DemoCenter {
    std::string name;
    std::string contact;
    std::string phone;
    std::string email;
    std::string address;
    std::string postcode;
    std::string regionCode; ///< the fictional 6-digit region of its students' ID numbers
    std::string code;       ///< two digits in its students' 学号
};

struct DemoStudent {
    std::string studentNo; ///< 学号
    std::string name;      ///< 姓名
    std::string sex;       ///< 男 / 女
    std::string idNumber;  ///< 18 characters, valid check character, fictional region
    std::string birthDate; ///< yyyy-mm-dd
    std::string ethnicity; ///< 民族
    std::string level;     ///< 层次
    std::string major;     ///< 专业
    std::string grade;     ///< 年级
    std::string center;    ///< the center's name
    std::string className; ///< 班级
    std::string phone;     ///< 联系电话
};

struct DemoCohort {
    std::vector<DemoCenter> centers;
    std::vector<DemoStudent> students; ///< by center, then 学号
};

/// Students per center, in the order of the centers.
inline constexpr int kDemoStudentsPerCenter[] = {24, 20, 16};

/// The cohort for a seed. `women` says, per student in order, whether the student is a woman
/// (the demo's sample faces are all women's; the others get men's or women's names at random).
DemoCohort makeDemoCohort(std::uint32_t seed, const std::vector<bool>& women);

/// The total of kDemoStudentsPerCenter.
int demoStudentCount();

} // namespace gp::demo
