// A graduating student as the roster lists them. 学号 and ID numbers are text, always.
#pragma once

#include "Ids.h"
#include "StudentStatus.h"

#include <map>
#include <string>

namespace gp::domain {

struct Student {
    StudentId id = 0;
    std::string studentNo;      ///< 学号
    std::string name;           ///< 姓名
    std::string sex;            ///< 性别
    std::string idNumber;       ///< 身份证号 / 证件号码
    std::string idType;         ///< mainland, hk_macao_taiwan_permit, passport, ... ("" = mainland)
    std::string birthDate;      ///< 出生日期, ISO yyyy-mm-dd
    std::string ethnicity;      ///< 民族
    std::string level;          ///< 层次: 专科 / 本科 / 专升本 / ...
    std::string major;          ///< 专业
    std::string grade;          ///< 年级 / 入学年份
    CenterId centerId = 0;      ///< 教学点; 0 when the roster names none
    std::string className;      ///< 班级
    std::string phone;          ///< 联系电话
    std::string examNo;         ///< 考生号
    std::string collectionCode; ///< 图像采集码
    std::string graduationTerm; ///< 毕业届别
    std::string mailingAddress; ///< 邮寄地址
    /// Roster columns that map to no field, kept by their header.
    std::map<std::string, std::string> extra;
    StudentStatus status = StudentStatus::NotSubmitted;
    bool withdrawn = false; ///< no longer on the latest roster; never deleted
};

} // namespace gp::domain
