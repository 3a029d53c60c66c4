// A teaching center (办学单位 / 教学点 / 学习中心 / 函授站): where students are enrolled and
// where the printed photos are mailed.
#pragma once

#include "Ids.h"

#include <string>

namespace gp::domain {

struct Center {
    CenterId id = 0;
    std::string name;
    std::string contact; ///< 联系人
    std::string phone;   ///< 联系电话
    std::string email;
    std::string address;  ///< 邮寄地址
    std::string postcode; ///< 邮编

    bool hasMailingDetails() const {
        return !contact.empty() && !phone.empty() && !address.empty();
    }
};

} // namespace gp::domain
