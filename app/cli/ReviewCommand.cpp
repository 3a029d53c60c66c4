// gradphoto-cli -w WS decide STUDENT_NO approve|reject|undo [--reason CODE]... [--note TEXT]
//               [--photo SHA_PREFIX] [--decision ID] [--force] --reviewer NAME
// approve and reject decide on the student's latest photo version (printed with its SHA-256);
// --photo refuses when the latest is not the photo the reviewer looked at. undo reverses the
// decision in force (or --decision ID, which must be it) if it is on the latest photo; an
// approval already in an upload or mailing batch needs --force and a --note.
// gradphoto-cli -w WS history STUDENT_NO
// The console's decisions from the command line, through the same ReviewService.
#include "Commands.h"
#include "core/common/UserError.h"
#include "core/review/CheckPresentation.h"
#include "core/review/ReasonCatalog.h"
#include "core/review/ReviewService.h"
#include "core/review/StatusDerivation.h"
#include "core/store/Transaction.h"

#include <Poco/JSON/Array.h>

namespace gp::cli {

namespace {

domain::Student requireStudent(store::Workspace& ws, const std::string& studentNo) {
    store::Transaction snapshot(ws.store(), store::Transaction::Kind::Read);
    auto s = ws.store().students().byStudentNo(studentNo);
    snapshot.commit();
    if (!s) {
        throw UserError("There is no student " + studentNo + " in this workspace.",
                        "See the roster with: gradphoto-cli -w DIR students list");
    }
    return *s;
}

/// An approval may overrule the automatic checks (a reviewer's eye decides), but not without
/// saying so: the failed checks go to stderr, and the upload package lists the photo again.
void warnIfChecksFailed(CliContext& ctx, store::Workspace& ws, domain::SubmissionId photo) {
    store::Transaction snapshot(ws.store(), store::Transaction::Kind::Read);
    const auto run = ws.store().checkRuns().latestFor(photo, ws.profileId());
    snapshot.commit();
    if (!run || run->verdict != "fail") {
        return;
    }
    const auto names = review::CheckNames::load(ctx.paths.templates / "check-names.json");
    std::string failed;
    for (const auto& r : run->results) {
        if (r.verdict == "fail" || r.verdict == "error") {
            failed += (failed.empty() ? "" : ", ") + names.name(r.checkId, "zh_CN") + " (" +
                      r.checkId + ")";
        }
    }
    ctx.err << "warning: this photo failed the automatic checks: " << failed
            << ". The approval stands; the upload package lists it on its problems sheet.\n";
}

Poco::JSON::Object decisionJson(const domain::Decision& d) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("id", d.id);
    o.set("decision", std::string(domain::toCode(d.kind)));
    o.set("reviewer", d.reviewer);
    o.set("decided_at", d.decidedAt);
    o.set("photo_version_id", d.submissionId);
    o.set("photo_sha256", d.photoSha256);
    Poco::JSON::Array reasons;
    for (const auto& r : d.reasonCodes) {
        reasons.add(r);
    }
    o.set("reasons", reasons);
    o.set("note", d.note);
    if (d.reverses != 0) {
        o.set("reverses", d.reverses);
    }
    return o;
}

/// The latest photo version, checked against the SHA-256 prefix the reviewer gave (if any).
domain::PhotoVersion latestPhoto(store::Workspace& ws, const domain::Student& student,
                                 const std::string& shaPrefix) {
    store::Transaction snapshot(ws.store(), store::Transaction::Kind::Read);
    const auto latest = ws.store().photoVersions().latestOf(student.id);
    snapshot.commit();
    if (!latest) {
        throw UserError("Student " + student.studentNo + " has not submitted a photo yet.",
                        "Import the student's photo first.");
    }
    if (!shaPrefix.empty() && latest->sha256.rfind(shaPrefix, 0) != 0) {
        throw UserError("The latest photo of student " + student.studentNo + " (v" +
                            std::to_string(latest->version) + ", " + latest->sha256.substr(0, 12) +
                            ") is not the photo " + shaPrefix +
                            "; a newer photo arrived, look again.",
                        "Nothing was recorded. Look at the latest photo, then decide with "
                        "--photo " +
                            latest->sha256.substr(0, 12) + ".");
    }
    return *latest;
}

} // namespace

void addReviewCommands(CLI::App& app, CliContext& ctx) {
    struct Options {
        std::string studentNo;
        std::string action;
        std::vector<std::string> reasons;
        std::string note;
        std::string reviewer;
        std::string photo;
        std::int64_t decision = 0;
        bool force = false;
    };
    auto o = std::make_shared<Options>();
    auto* decide = app.add_subcommand("decide", "Approve, reject or undo a student's photo");
    decide->add_option("STUDENT_NO", o->studentNo, "学号")->required();
    decide->add_option("DECISION", o->action, "approve, reject or undo")
        ->required()
        ->check(CLI::IsMember({"approve", "reject", "undo"}));
    decide->add_option("--reason", o->reasons,
                       "A reason code from templates/reasons.json (repeat for several)");
    decide->add_option("--note", o->note, "A note for the record");
    decide->add_option("--reviewer", o->reviewer, "Who decides")->required();
    decide->add_option("--photo", o->photo,
                       "SHA-256 (or a prefix) of the photo looked at; refused when the latest "
                       "photo is another");
    decide->add_option("--decision", o->decision,
                       "undo: the id of the decision to reverse (see history); it must be the "
                       "one in force");
    decide->add_flag("--force", o->force,
                     "undo: reverse an approval whose photo is already in an upload or mailing "
                     "batch (needs --note)");
    decide->callback([o, &ctx] {
        auto ws = ctx.openWorkspace();
        const auto reasons = review::ReasonCatalog::load(ctx.paths.templates / "reasons.json");
        const auto student = requireStudent(*ws, o->studentNo);
        review::ReviewService service(ws->store(), ws->profileId(), reasons, ctx.clock);
        if (o->action != "reject" && !o->reasons.empty()) {
            throw UserError("--reason goes with reject only.");
        }
        if (o->action == "undo" && !o->photo.empty()) {
            throw UserError("--photo goes with approve and reject only.");
        }
        if (o->action != "undo" && (o->decision != 0 || o->force)) {
            throw UserError("--decision and --force go with undo only.");
        }
        review::DecisionOutcome out;
        int version = 0; // of the photo decided on, when known here
        if (o->action == "approve") {
            const auto seen = latestPhoto(*ws, student, o->photo);
            version = seen.version;
            out = service.approve(student.id, seen.id, o->reviewer, o->note);
            warnIfChecksFailed(ctx, *ws, seen.id);
        } else if (o->action == "reject") {
            const auto seen = latestPhoto(*ws, student, o->photo);
            version = seen.version;
            out = service.reject(student.id, seen.id, o->reviewer, o->reasons, o->note);
        } else {
            auto target = static_cast<domain::DecisionId>(o->decision);
            if (target == 0) {
                const auto inForce = review::decisionInForce(service.history(student.id));
                target = inForce ? inForce->id : 0;
            }
            out = service.undo(student.id, target, o->reviewer, o->note, o->force);
        }
        ws->log().information("decision %s on %s by %s",
                              std::string(domain::toCode(out.decision.kind)), student.studentNo,
                              o->reviewer);
        if (ctx.json) {
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("student_no", student.studentNo);
            j.set("decision", decisionJson(out.decision));
            if (version > 0) {
                j.set("photo_version", version);
            }
            j.set("status", std::string(domain::toCode(out.status)));
            ctx.printJson(j);
        } else {
            ctx.out << student.studentNo << ' ' << student.name << ": "
                    << domain::toCode(out.decision.kind) << " recorded (decision "
                    << out.decision.id << ") on photo ";
            if (version > 0) {
                ctx.out << 'v' << version << ' ';
            }
            ctx.out << out.decision.photoSha256.substr(0, 12) << ", status now "
                    << domain::toCode(out.status) << '\n';
        }
    });

    auto h = std::make_shared<std::string>();
    auto* history = app.add_subcommand("history", "A student's decisions, oldest first");
    history->add_option("STUDENT_NO", *h, "学号")->required();
    history->callback([h, &ctx] {
        auto ws = ctx.openWorkspace();
        const auto reasons = review::ReasonCatalog::load(ctx.paths.templates / "reasons.json");
        const auto student = requireStudent(*ws, *h);
        review::ReviewService service(ws->store(), ws->profileId(), reasons, ctx.clock);
        const auto log = service.history(student.id);
        if (ctx.json) {
            Poco::JSON::Array arr;
            for (const auto& d : log) {
                arr.add(decisionJson(d));
            }
            Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
            j.set("student_no", student.studentNo);
            j.set("status", std::string(domain::toCode(student.status)));
            j.set("decisions", arr);
            ctx.printJson(j);
            return;
        }
        ctx.out << student.studentNo << ' ' << student.name << " ("
                << domain::toCode(student.status) << ")\n";
        for (const auto& d : log) {
            ctx.out << "  #" << d.id << ' ' << d.decidedAt << ' ' << d.reviewer << ' '
                    << domain::toCode(d.kind);
            if (d.reverses != 0) {
                ctx.out << " of #" << d.reverses;
            }
            for (const auto& r : d.reasonCodes) {
                ctx.out << ' ' << reasons.label(r, "zh_CN") << " (" << r << ')';
            }
            if (!d.note.empty()) {
                ctx.out << " \"" << d.note << '"';
            }
            ctx.out << " photo " << d.photoSha256.substr(0, 12) << '\n';
        }
        ctx.out << log.size() << " decision(s)\n";
    });
}

} // namespace gp::cli
