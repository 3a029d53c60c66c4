// gradphoto-cli -w WS centers import FILE | centers list: the teaching centers.
#include "Commands.h"
#include "core/common/MessageCatalog.h"
#include "core/intake/CenterImport.h"

#include <Poco/JSON/Array.h>

#include <iomanip>

namespace gp::cli {

void addCentersCommand(CLI::App& app, CliContext& ctx) {
    auto* centers = app.add_subcommand("centers", "Teaching centers (教学点) and their addresses");
    centers->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* importCommand = centers->add_subcommand(
        "import", "Import the centers' sheet: name, contact, phone, email, address, postcode");
    importCommand->add_option("FILE", *file, "The centers' sheet (.xlsx .xls .ods .csv)")
        ->required();
    importCommand->callback([file, &ctx] {
        auto ws = ctx.openWorkspace();
        const auto messages = MessageCatalog::load(ctx.paths.templates / "intake-messages.json");
        const auto r =
            intake::importCenters(*ws, *file, ctx.paths.templates / "center-columns.json");
        if (ctx.json) {
            Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
            o.set("added", r.added);
            o.set("updated", r.updated);
            o.set("unchanged", r.unchanged);
            Poco::JSON::Array problems;
            for (const auto& p : r.problems) {
                Poco::JSON::Object po(Poco::JSON_PRESERVE_KEY_ORDER);
                po.set("row", p.row);
                po.set("code", p.code);
                po.set("value", p.value);
                po.set("problem", messages.text(p.code, "en").problem);
                problems.add(po);
            }
            o.set("problems", problems);
            Poco::JSON::Array missing;
            for (const auto& m : r.missingDetails) {
                missing.add(m);
            }
            o.set("missing_details", missing);
            ctx.printJson(o);
            return;
        }
        ctx.out << "Centers: " << r.added << " added, " << r.updated << " updated, " << r.unchanged
                << " unchanged.\n";
        for (const auto& p : r.problems) {
            ctx.out << "  row " << p.row << " \"" << p.value
                    << "\": " << messages.text(p.code, "en").problem << ".\n";
        }
        if (!r.missingDetails.empty()) {
            ctx.out << "Still without contact, phone or address (mailing packages for them will "
                       "stop):\n";
            for (const auto& m : r.missingDetails) {
                ctx.out << "  " << m << '\n';
            }
        }
    });
    auto* list = centers->add_subcommand("list", "List the centers");
    list->callback([&ctx] {
        auto ws = ctx.openWorkspace();
        const auto all = ws->store().centers().all();
        if (ctx.json) {
            Poco::JSON::Array arr;
            for (const auto& c : all) {
                Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
                o.set("name", c.name);
                o.set("contact", c.contact);
                o.set("phone", c.phone);
                o.set("email", c.email);
                o.set("address", c.address);
                o.set("postcode", c.postcode);
                o.set("mailing_details_complete", c.hasMailingDetails());
                arr.add(o);
            }
            Poco::JSON::Object o;
            o.set("centers", arr);
            ctx.printJson(o);
            return;
        }
        for (const auto& c : all) {
            ctx.out << c.name << (c.hasMailingDetails() ? "" : "  [missing contact details]")
                    << "\n  " << c.contact << "  " << c.phone << "  " << c.address << "  "
                    << c.postcode << '\n';
        }
    });
}

} // namespace gp::cli
