// Each subcommand registers itself on the CLI11 app and runs through the shared context.
#pragma once

#include "CliContext.h"

#include <CLI/CLI.hpp>

namespace gp::cli {

void addInitCommand(CLI::App& app, CliContext& ctx);
void addInfoCommand(CLI::App& app, CliContext& ctx);
void addModelsCommand(CLI::App& app, CliContext& ctx);
void addRosterCommand(CLI::App& app, CliContext& ctx);
void addCentersCommand(CLI::App& app, CliContext& ctx);
void addPhotosCommand(CLI::App& app, CliContext& ctx);
void addStudentsCommand(CLI::App& app, CliContext& ctx);
void addCheckCommands(CLI::App& app, CliContext& ctx);
void addReportCommand(CLI::App& app, CliContext& ctx);
void addReviewCommands(CLI::App& app, CliContext& ctx);
void addFacesCommands(CLI::App& app, CliContext& ctx);
void addDemoCommand(CLI::App& app, CliContext& ctx);
void addSummaryCommand(CLI::App& app, CliContext& ctx);
void addSettingsCommand(CLI::App& app, CliContext& ctx);

} // namespace gp::cli
