#include "SqliteCenterRepository.h"

#include "Rows.h"

#include <Poco/Data/Binding.h>

namespace gp::store {

using domain::Center;
using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

namespace {

const char* const kColumns = "id, name, contact, phone, email, address, postcode";

Center readCenter(const Row& r) {
    Center c;
    c.id = r.integer("id");
    c.name = r.text("name");
    c.contact = r.text("contact");
    c.phone = r.text("phone");
    c.email = r.text("email");
    c.address = r.text("address");
    c.postcode = r.text("postcode");
    return c;
}

} // namespace

domain::CenterId SqliteCenterRepository::add(Center& c) {
    db_.session() << "INSERT INTO centers(name, contact, phone, email, address, postcode) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
        bind(c.name), bind(c.contact), bind(c.phone), bind(c.email), bind(c.address),
        bind(c.postcode), now;
    c.id = db_.lastInsertId();
    return c.id;
}

void SqliteCenterRepository::update(const Center& c) {
    db_.session() << "UPDATE centers SET name = ?, contact = ?, phone = ?, email = ?, "
                     "address = ?, postcode = ? WHERE id = ?",
        bind(c.name), bind(c.contact), bind(c.phone), bind(c.email), bind(c.address),
        bind(c.postcode), bind(c.id), now;
}

std::vector<Center> SqliteCenterRepository::select(const std::string& where,
                                                   const std::string& key) {
    Poco::Data::Statement st(db_.session());
    st << "SELECT " << kColumns << " FROM centers " << where << " ORDER BY name";
    if (!key.empty()) {
        st, bind(key);
    }
    std::vector<Center> out;
    forEachRow(st, [&](const Row& r) { out.push_back(readCenter(r)); });
    return out;
}

std::optional<Center> SqliteCenterRepository::byId(domain::CenterId id) {
    auto rows = select("WHERE id = ?", std::to_string(id));
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::optional<Center> SqliteCenterRepository::byName(const std::string& name) {
    auto rows = select("WHERE name = ?", name);
    return rows.empty() ? std::nullopt : std::optional(rows.front());
}

std::vector<Center> SqliteCenterRepository::all() {
    return select("", "");
}

std::size_t SqliteCenterRepository::count() {
    return static_cast<std::size_t>(queryInteger(db_.session(), "SELECT COUNT(*) FROM centers"));
}

} // namespace gp::store
