#include "Rows.h"

#include <Poco/Data/Binding.h>
#include <Poco/Nullable.h>

#include <stdexcept>

namespace gp::store {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

ColumnIndex::ColumnIndex(const Poco::Data::RecordSet& rs) {
    for (std::size_t i = 0; i < rs.columnCount(); ++i) {
        positions_.emplace(rs.columnName(i), i);
    }
}

std::size_t ColumnIndex::operator()(const std::string& name) const {
    const auto it = positions_.find(name);
    if (it == positions_.end()) {
        throw std::out_of_range("no column " + name + " in the result");
    }
    return it->second;
}

bool Row::isNull(const std::string& column) const {
    return rs_.isNull(columns_(column), row_);
}

std::string Row::text(const std::string& column) const {
    const auto pos = columns_(column);
    if (rs_.isNull(pos, row_)) {
        return {};
    }
    return rs_.value(pos, row_).convert<std::string>();
}

std::int64_t Row::integer(const std::string& column) const {
    const auto pos = columns_(column);
    if (rs_.isNull(pos, row_)) {
        return 0;
    }
    return rs_.value(pos, row_).convert<Poco::Int64>();
}

std::optional<double> Row::real(const std::string& column) const {
    const auto pos = columns_(column);
    if (rs_.isNull(pos, row_)) {
        return std::nullopt;
    }
    return rs_.value(pos, row_).convert<double>();
}

std::int64_t queryInteger(Poco::Data::Session& session, const std::string& sql) {
    Poco::Nullable<Poco::Int64> value;
    session << sql, into(value), now;
    return value.isNull() ? 0 : value.value();
}

} // namespace gp::store
