#include "Rows.h"

#include <Poco/Data/Binding.h>
#include <Poco/Nullable.h>

#include <stdexcept>

namespace gp::store {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

bool Row::isNull(const std::string& column) const {
    for (std::size_t i = 0; i < rs_.columnCount(); ++i) {
        if (rs_.columnName(i) == column) {
            return rs_.isNull(i, row_);
        }
    }
    throw std::out_of_range("no column " + column + " in the result");
}

std::string Row::text(const std::string& column) const {
    if (isNull(column)) {
        return {};
    }
    return rs_.value(column, row_).convert<std::string>();
}

std::int64_t Row::integer(const std::string& column) const {
    if (isNull(column)) {
        return 0;
    }
    return rs_.value(column, row_).convert<Poco::Int64>();
}

std::optional<double> Row::real(const std::string& column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return rs_.value(column, row_).convert<double>();
}

std::int64_t queryInteger(Poco::Data::Session& session, const std::string& sql) {
    Poco::Nullable<Poco::Int64> value;
    session << sql, into(value), now;
    return value.isNull() ? 0 : value.value();
}

} // namespace gp::store
