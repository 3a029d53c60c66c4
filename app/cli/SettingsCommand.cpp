// gradphoto-cli -w DIR settings [list] | settings set NAME VALUE: the campaign settings the
// console's Settings dialog also edits: the deadline (printed on the retake and missing lists,
// counted down on the dashboard) and the sender printed on mailing covers.
#include "Commands.h"
#include "core/common/UserError.h"
#include "core/store/CampaignSettings.h"
#include "core/store/Transaction.h"

#include <chrono>
#include <map>
#include <sstream>

namespace gp::cli {
namespace {

struct Setting {
    const char* key;
    const char* help;
};

const std::map<std::string, Setting>& knownSettings() {
    static const std::map<std::string, Setting> settings{
        {"deadline",
         {store::CampaignSettings::kDeadline, "collection deadline, yyyy-mm-dd (empty: none)"}},
        {"sender",
         {store::CampaignSettings::kSender, "who sends the prints, on the mailing cover"}},
    };
    return settings;
}

/// A real calendar date written yyyy-mm-dd.
bool isDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    std::istringstream in(text);
    std::chrono::year_month_day date{};
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    char dash1 = 0;
    char dash2 = 0;
    if (!(in >> y >> dash1 >> m >> dash2 >> d)) {
        return false;
    }
    date = std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
    return date.ok();
}

} // namespace

void addSettingsCommand(CLI::App& app, CliContext& ctx) {
    auto* cmd = app.add_subcommand("settings", "Show or set the campaign settings (deadline, "
                                               "sender)");
    cmd->require_subcommand(0, 1);
    auto show = [&ctx] {
        auto ws = ctx.openWorkspace();
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [name, setting] : knownSettings()) {
            const auto value = ws->store().settings().get(setting.key).value_or("");
            if (ctx.json) {
                o.set(name, value);
            } else {
                ctx.out << name << " = " << (value.empty() ? "(not set)" : value) << "   # "
                        << setting.help << '\n';
            }
        }
        if (ctx.json) {
            ctx.printJson(o);
        }
    };
    cmd->callback([cmd, show] {
        if (cmd->get_subcommands().empty()) {
            show();
        }
    });
    cmd->add_subcommand("list", "Show the settings")->callback(show);

    auto name = std::make_shared<std::string>();
    auto value = std::make_shared<std::string>();
    auto* set = cmd->add_subcommand("set", "Set one setting: deadline yyyy-mm-dd, or sender TEXT");
    set->add_option("name", *name, "deadline or sender")->required();
    set->add_option("value", *value, "The value; \"\" clears it")->required();
    set->callback([&ctx, name, value] {
        const auto it = knownSettings().find(*name);
        if (it == knownSettings().end()) {
            throw UserError("There is no setting \"" + *name + "\".",
                            "Settings: deadline (yyyy-mm-dd), sender (text).");
        }
        if (*name == "deadline" && !value->empty() && !isDate(*value)) {
            throw UserError("\"" + *value + "\" is not a date written yyyy-mm-dd.",
                            "Write the deadline like 2026-12-15.");
        }
        auto ws = ctx.openWorkspace();
        store::Transaction tx(ws->store());
        ws->store().settings().set(it->second.key, *value);
        tx.commit();
        ws->log().information("settings: %s set to \"%s\"", *name, *value);
        if (ctx.json) {
            Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
            o.set(*name, *value);
            ctx.printJson(o);
        } else {
            ctx.out << *name << " = " << (value->empty() ? "(not set)" : *value) << '\n';
        }
    });
}

} // namespace gp::cli
