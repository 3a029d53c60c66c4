#include "CenterImport.h"

#include "../common/UserError.h"
#include "../store/Transaction.h"
#include "RosterColumns.h"
#include "TextNormalization.h"
#include "roster/SheetTable.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <array>
#include <fstream>
#include <map>
#include <optional>
#include <set>

namespace gp::intake {
namespace {

enum Field { Name, Contact, Phone, Email, Address, Postcode, FieldCount };
constexpr std::array<const char*, FieldCount> kFieldCodes{"name",  "contact", "phone",
                                                          "email", "address", "postcode"};

std::map<std::string, Field> loadSynonyms(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("Cannot read the center column list " + file.string() + ".",
                        "Reinstall GradPhoto Console or set GRADPHOTO_TEMPLATES.");
    }
    std::map<std::string, Field> out;
    try {
        Poco::JSON::Parser parser;
        const auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
        const auto fields = root->getArray("fields");
        for (std::size_t i = 0; fields && i < fields->size(); ++i) {
            const auto entry = fields->getObject(static_cast<unsigned>(i));
            const auto code = entry->getValue<std::string>("field");
            for (int f = 0; f < FieldCount; ++f) {
                if (code == kFieldCodes[static_cast<std::size_t>(f)]) {
                    const auto synonyms = entry->getArray("synonyms");
                    for (std::size_t k = 0; synonyms && k < synonyms->size(); ++k) {
                        out.emplace(
                            headerKey(synonyms->getElement<std::string>(static_cast<unsigned>(k))),
                            static_cast<Field>(f));
                    }
                }
            }
        }
    } catch (const Poco::Exception& e) {
        throw UserError("The center column list " + file.string() +
                        " is not valid: " + e.displayText() + ".");
    }
    return out;
}

struct Layout {
    const SheetTable* sheet = nullptr;
    std::size_t headerRow = 0;
    std::array<std::optional<std::size_t>, FieldCount> columns;
};

Layout findLayout(const Workbook& workbook, const std::map<std::string, Field>& synonyms) {
    for (const auto& sheet : workbook.sheets) {
        for (std::size_t r = 0; r < sheet.rows.size() && r < 30; ++r) {
            Layout layout{&sheet, r, {}};
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const auto it = synonyms.find(headerKey(sheet.rows[r][c].text));
                if (it != synonyms.end() && !layout.columns[it->second]) {
                    layout.columns[it->second] = c;
                }
            }
            int found = 0;
            for (const auto& c : layout.columns) {
                found += c ? 1 : 0;
            }
            if (layout.columns[Name] && found >= 2) {
                return layout;
            }
        }
    }
    throw UserError("No header row with a center name column (教学点 / 办学单位 / 学习中心 / "
                    "函授站) and its contact columns was found.",
                    "Check that this is the centers' sheet: one row per center with 联系人, "
                    "联系电话, 邮寄地址, 邮编.");
}

std::string cellText(const std::vector<SheetCell>& row, const std::optional<std::size_t>& col) {
    if (!col || *col >= row.size()) {
        return {};
    }
    const auto& cell = row[*col];
    if (cell.kind == SheetCell::Kind::Number && cell.number >= 0 && cell.number < 1e15 &&
        static_cast<double>(static_cast<long long>(cell.number)) == cell.number) {
        return std::to_string(static_cast<long long>(cell.number)); // postcode, phone
    }
    return normalizeCell(cell.text);
}

} // namespace

CenterImportResult importCenters(store::Workspace& ws, const std::filesystem::path& file,
                                 const std::filesystem::path& columnsFile) {
    const auto synonyms = loadSynonyms(columnsFile);
    const auto workbook = readWorkbook(file);
    const auto layout = findLayout(workbook, synonyms);

    CenterImportResult result;
    auto& store = ws.store();
    store::Transaction tx(store);
    std::set<std::string> seen;
    for (std::size_t r = layout.headerRow + 1; r < layout.sheet->rows.size(); ++r) {
        const auto& row = layout.sheet->rows[r];
        domain::Center c;
        c.name = cellText(row, layout.columns[Name]);
        c.contact = cellText(row, layout.columns[Contact]);
        c.phone = cellText(row, layout.columns[Phone]);
        c.email = cellText(row, layout.columns[Email]);
        c.address = cellText(row, layout.columns[Address]);
        c.postcode = cellText(row, layout.columns[Postcode]);
        const int fileRow = static_cast<int>(r) + 1;
        if (c.name.empty()) {
            if (!c.contact.empty() || !c.phone.empty() || !c.address.empty()) {
                result.problems.push_back({fileRow, "missing_center_name", c.contact});
            }
            continue;
        }
        if (!seen.insert(c.name).second) {
            result.problems.push_back({fileRow, "duplicate_center", c.name});
            continue;
        }
        if (auto existing = store.centers().byName(c.name)) {
            c.id = existing->id;
            if (c.contact == existing->contact && c.phone == existing->phone &&
                c.email == existing->email && c.address == existing->address &&
                c.postcode == existing->postcode) {
                ++result.unchanged;
                continue;
            }
            store.centers().update(c);
            ++result.updated;
        } else {
            store.centers().add(c);
            ++result.added;
        }
    }
    for (const auto& c : store.centers().all()) {
        if (!c.hasMailingDetails()) {
            result.missingDetails.push_back(c.name);
        }
    }
    tx.commit();
    ws.log().information("centers imported from %s: %z added, %z updated, %z unchanged",
                         file.filename().string(), result.added, result.updated, result.unchanged);
    return result;
}

} // namespace gp::intake
