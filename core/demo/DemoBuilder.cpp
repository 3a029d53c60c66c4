#include "DemoBuilder.h"

#include "DemoWorkbooks.h"
#include "SampleFaces.h"
#include "core/checks/PhotoVerdict.h"
#include "core/checks/analysis/PhotoAnalysis.h"
#include "core/checks/measures/FaceChecks.h"
#include "core/checks/measures/ImageChecks.h"
#include "core/common/AtomicFile.h"
#include "core/common/UserError.h"
#include "core/faces/ComparisonPolicy.h"
#include "core/faces/DescriptorExtractor.h"
#include "core/intake/CenterImport.h"
#include "core/intake/PhotoIntake.h"
#include "core/intake/RosterImport.h"
#include "core/jobs/WorkspaceCheckJob.h"
#include "core/review/ReasonCatalog.h"
#include "core/review/ReviewService.h"
#include "core/store/Transaction.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace gp::demo {

namespace fs = std::filesystem;

namespace {

/// The demo's reviewer in the decision log.
constexpr const char* kDemoReviewer = "演示审核员";

checks::CheckList allChecks() {
    auto list = checks::faceChecks();
    for (auto& c : checks::imageChecks()) {
        list.push_back(std::move(c));
    }
    return list;
}

void writeBytes(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        throw UserError("Cannot write " + file.string() + ".",
                        "Check the free space and permissions of the demo folder.");
    }
}

/// A folder beside the target where the demo is built; removed with whatever is left in it.
class Scratch {
public:
    explicit Scratch(const fs::path& target) {
        const auto parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        fs::create_directories(parent);
        std::string pattern =
            (parent / ("." + target.filename().string() + ".building-XXXXXX")).string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw UserError("Cannot write in " + parent.string() + ".",
                            "Choose a demo folder you may write to.");
        }
        path_ = pattern;
    }
    ~Scratch() {
        if (!path_.empty()) {
            std::error_code ignored;
            fs::remove_all(path_, ignored);
        }
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

bool isDemoWorkspace(const fs::path& dir) {
    return fs::is_regular_file(dir / kDemoMarker) && fs::is_regular_file(dir / "workspace.db");
}

std::vector<DemoStudentOutcome> describe(const DemoCohort& cohort,
                                         const std::vector<StudentPlan>& plan,
                                         const std::vector<HeadCutout>& heads,
                                         const std::string& strangerLabel) {
    std::vector<DemoStudentOutcome> out;
    for (std::size_t i = 0; i < cohort.students.size(); ++i) {
        const auto& s = cohort.students[i];
        const auto& p = plan[i];
        const auto& shown = heads[static_cast<std::size_t>(p.submittedFace)].label;
        out.push_back({s.studentNo, s.name, s.center, p.role, p.flaw, shown,
                       p.role == Role::DifferentPerson ? strangerLabel : shown});
    }
    return out;
}

double distance(const std::vector<float>& a, const std::vector<float>& b) {
    double sum = 0;
    for (std::size_t k = 0; k < a.size() && k < b.size(); ++k) {
        sum += (a[k] - b[k]) * (a[k] - b[k]);
    }
    return std::sqrt(sum);
}

} // namespace

DemoResult readDemoMarker(const fs::path& dir) {
    DemoResult result;
    result.workspace = dir;
    result.reused = true;
    std::ifstream in(dir / kDemoMarker);
    try {
        const auto marker = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
        const auto students = marker->getArray("students");
        for (std::size_t i = 0; students && i < students->size(); ++i) {
            const auto j = students->getObject(static_cast<unsigned>(i));
            DemoStudentOutcome o;
            o.studentNo = j->getValue<std::string>("student_no");
            o.name = j->getValue<std::string>("name");
            o.center = j->getValue<std::string>("center");
            const auto role = j->getValue<std::string>("role");
            const auto flaw = j->getValue<std::string>("flaw");
            for (auto r : {Role::Compliant, Role::Flawed, Role::NoPhoto, Role::Retake,
                           Role::DifferentPerson, Role::SharedPhoto, Role::OwnFlaw}) {
                if (toCode(r) == role) {
                    o.role = r;
                }
            }
            for (auto f : kAllFlaws) {
                if (toCode(f) == flaw) {
                    o.flaw = f;
                }
            }
            o.face = j->getValue<std::string>("face");
            o.enrollmentFace = j->optValue<std::string>("enrollment_face", o.face);
            result.students.push_back(o);
        }
    } catch (const Poco::Exception& e) {
        throw UserError("The demo's " + (dir / kDemoMarker).string() +
                            " cannot be read: " + e.displayText() + ".",
                        "Build the demo again in a new folder.");
    }
    return result;
}

std::vector<std::vector<std::string>> studentsSharingAFace(const DemoResult& result) {
    std::map<std::string, std::vector<std::string>> byFace;
    std::vector<std::string> order;
    for (const auto& s : result.students) {
        if (s.role == Role::NoPhoto) {
            continue;
        }
        auto& students = byFace[s.face];
        if (students.empty()) {
            order.push_back(s.face);
        }
        students.push_back(s.studentNo);
    }
    std::vector<std::vector<std::string>> groups;
    for (const auto& face : order) {
        if (byFace[face].size() > 1) {
            groups.push_back(byFace[face]);
        }
    }
    return groups;
}

DemoResult buildDemo(const DemoRequest& request, const std::function<DemoModels()>& loadModels,
                     const Clock& clock) {
    const auto say = [&](const std::string& line) {
        if (request.say) {
            request.say(line);
        }
    };
    const fs::path dir = fs::absolute(request.dir).lexically_normal();
    std::error_code ec;
    if (fs::exists(dir, ec)) {
        if (isDemoWorkspace(dir)) {
            say("Reusing the demo workspace " + dir.string());
            return readDemoMarker(dir);
        }
        if (!fs::is_directory(dir) || !fs::is_empty(dir)) {
            throw UserError(dir.string() + " is not empty and is not a demo workspace, so the "
                                           "demo will not write in it.",
                            "Give a new or empty folder, e.g. ~/GradPhoto/demo (a folder the "
                            "demo built before is reused).");
        }
    }

    const auto loaded = loadModels();
    const auto& models = loaded.checks;
    const auto profile =
        checks::PhotoProfile::load(request.templates / "profiles" / "chsi-2017.json");
    const auto checkList = allChecks();

    // Faces: every face in the samples, cut out and framed once, never warped. The ones whose
    // framing passes the checks, or only needs a reviewer's eye, however the photographer
    // placed them, are the demo's usable people (those that pass first); each of the others
    // (turned too far, the mouth open, ...) is one student's own photo that fails, and plays
    // the friend in a two-person photo or the stranger in the different person's enrollment
    // photo. What the checks cannot see as a face at all is left out.
    say("Finding faces in the demo photos in " + request.photos.string());
    const auto samples = findSampleFaces(findSamplePhotos(request.photos), models);
    std::vector<HeadCutout> heads;  // pass when framed: the people of the demo
    std::vector<HeadCutout> review; // need a reviewer's eye when framed: people too
    std::vector<HeadCutout> others; // fail even when framed: a student's own failing photo
    std::map<std::string, std::vector<std::string>> whyFailing;
    std::size_t notAFace = 0;
    const auto policy = faces::ComparisonPolicy::fromProfile(profile);
    faces::DescriptorExtractor describeFace(loaded.recognition, policy.extraction);
    std::vector<std::vector<float>> othersSeen; // the descriptors of the failing faces kept
    std::size_t lookAlikes = 0;
    const Variation sittingsTried[] = {{}, {8, 8, 1.02, 0, 1, true}, {-8, -4, 0.97, 0, 2, false}};
    for (const auto& face : samples) {
        auto head = cutOutHead(face);
        checks::PhotoVerdict trial;
        for (const auto& look : sittingsTried) {
            checks::PhotoAnalysis analysis(
                encodeJpeg(makeSubmission(head, Flaw::None, look), 300, 40000), "trial.jpg",
                profile, models);
            trial = checks::runChecks(checkList, analysis);
            if (trial.verdict == checks::PhotoVerdictKind::Fail) {
                break;
            }
        }
        bool faceFound = true;
        if (trial.verdict == checks::PhotoVerdictKind::Fail) {
            for (const auto& o : trial.outcomes) {
                if (o.verdict == checks::Verdict::Fail) {
                    whyFailing[o.checkId].push_back(head.label);
                    faceFound = faceFound && o.checkId != "faces.count";
                }
            }
        }
        if (!faceFound) {
            ++notAFace;
            continue;
        }
        if (trial.verdict == checks::PhotoVerdictKind::Fail) {
            // Two guests the recognition model takes for one person, framed alike, would be one
            // photo to the duplicate search: a failing face that looks like one kept before is
            // left out, so that each failing face is one student's and nobody else's.
            const auto seen =
                describeFace.extract(encodeJpeg(makeSubmission(head, Flaw::None), 300, 40000));
            bool lookAlike = seen.descriptor.descriptor.empty();
            for (const auto& d : othersSeen) {
                lookAlike =
                    lookAlike || distance(d, seen.descriptor.descriptor) <= policy.matchMaxDistance;
            }
            if (lookAlike) {
                ++lookAlikes;
                continue;
            }
            othersSeen.push_back(seen.descriptor.descriptor);
        }
        (trial.verdict == checks::PhotoVerdictKind::Pass     ? heads
         : trial.verdict == checks::PhotoVerdictKind::Review ? review
                                                             : others)
            .push_back(std::move(head));
    }
    const std::size_t passing = heads.size();
    for (auto& h : review) {
        heads.push_back(std::move(h));
    }
    const std::size_t usable = heads.size();
    say("  " + std::to_string(samples.size()) + " faces: " + std::to_string(passing) +
        " pass the checks when framed to the profile, " + std::to_string(usable - passing) +
        " need review (turned a little, the chin a little high), " + std::to_string(others.size()) +
        " fail however they are framed (each becomes one " + "student's own failing photo), " +
        std::to_string(lookAlikes) + " left out as look-alikes of those, " +
        std::to_string(notAFace) + " not a face:");
    for (const auto& [check, labels] : whyFailing) {
        say("    " + std::to_string(labels.size()) + " fail " + check);
    }
    if (heads.empty()) {
        throw UserError("No face in the demo photos can be framed as an ID photo without "
                        "failing a check.",
                        std::string("Fetch the demo photos again: ") + kFetchDemoPhotosCommand +
                            " --force");
    }
    const HeadCutout& friendBeside = others.empty() ? heads.back() : others.front();
    for (const auto& h : others) {
        heads.push_back(h); // indices usable.. : the faces of the OwnFlaw students
    }

    const int students = demoStudentCount();
    auto plan = makeDemoPlan(request.seed, students, static_cast<int>(usable),
                             static_cast<int>(others.size()));
    // Every student has an enrollment photo, and the sample photos show women only: every name
    // and ID number is a woman's (a man's name over a woman's enrollment photo is the first
    // thing a registry office would notice).
    const std::vector<bool> women(plan.size(), true);
    const auto cohort = makeDemoCohort(request.seed, women);

    Scratch scratch(dir);
    const fs::path inputs = scratch.path() / "inputs";
    fs::create_directories(inputs);
    const auto rosterFile = inputs / "2026届春季毕业生名单.xlsx";
    const auto centersFile = inputs / "教学点通讯录.xlsx";
    writeRosterWorkbook(cohort, rosterFile, clock);
    writeCentersWorkbook(cohort, centersFile, clock);

    // The photos as files named by 学号, the way a vendor's export or a center's folder comes.
    const auto enrollmentDir = inputs / "入学照片";
    const auto firstDir = inputs / "照片-第一批";
    const auto retakeDir = inputs / "照片-重拍";
    std::size_t sharedSize = 0;
    std::string strangerLabel;
    for (std::size_t i = 0; i < cohort.students.size(); ++i) {
        const auto& s = cohort.students[i];
        auto& p = plan[i];
        // Verify: a face framed the default way may fail framed this student's way (a little
        // larger, lower, another jacket). Such a student sits the default way (mirrored and
        // jacket kept); failing that, gets the first usable face that does not fail.
        if (p.role == Role::Compliant) {
            std::vector<std::pair<int, Variation>> candidates{{p.face, p.look}};
            Variation plain;
            plain.mirror = p.look.mirror;
            plain.jacket = p.look.jacket;
            candidates.emplace_back(p.face, plain);
            for (int f = 0; f < static_cast<int>(usable); ++f) {
                candidates.emplace_back((f + static_cast<int>(i)) % static_cast<int>(usable),
                                        plain);
            }
            for (const auto& [f, look] : candidates) {
                checks::PhotoAnalysis trial(
                    encodeJpeg(makeSubmission(heads[static_cast<std::size_t>(f)], Flaw::None, look),
                               300, 40000),
                    "trial.jpg", profile, models);
                if (checks::runChecks(checkList, trial).verdict != checks::PhotoVerdictKind::Fail) {
                    p.face = p.submittedFace = f;
                    p.look = look;
                    break;
                }
            }
        }
        if (p.role != Role::Compliant) {
            // Every other part is sat the way the face was tried (mirror and jacket aside), so
            // the planted flaw, or the face's own, is the only thing wrong: no framing slip
            // from a shift on top.
            p.look.dx = 0;
            p.look.dy = 0;
            p.look.scale = 1;
        }
        if (p.role == Role::Retake) {
            // Sat a little lower than the planted street background on the same face, whose
            // file would otherwise be byte for byte the same (the intake refuses both).
            p.look.dy = 6;
        }
        const auto& own = heads[static_cast<std::size_t>(p.face)];
        const auto& shown = heads[static_cast<std::size_t>(p.submittedFace)];
        if (p.role == Role::DifferentPerson) {
            // The enrollment photo shows a stranger: of the faces that fail when framed, the one
            // farthest from the submission, so that the comparison says no match, not maybe.
            const auto submitted = describeFace.extract(
                encodeJpeg(makeSubmission(shown, Flaw::None, p.look), 300, 40000));
            double farthest = -1;
            std::string enrollmentBytes;
            for (std::size_t f = others.empty() ? 0 : usable; f < heads.size(); ++f) {
                const auto& stranger = heads[f];
                if (&stranger == &own) {
                    continue;
                }
                auto bytes = encodeJpeg(makeEnrollmentPhoto(stranger), 96, 12000);
                const auto face = describeFace.extract(bytes);
                if (face.descriptor.faceCount != 1 || submitted.descriptor.descriptor.empty()) {
                    continue;
                }
                const double d =
                    distance(face.descriptor.descriptor, submitted.descriptor.descriptor);
                if (d > farthest) {
                    farthest = d;
                    enrollmentBytes = std::move(bytes);
                    strangerLabel = stranger.label;
                }
            }
            if (enrollmentBytes.empty()) {
                throw std::logic_error("the demo found no stranger for the different person");
            }
            writeBytes(enrollmentDir / (s.studentNo + ".jpg"), enrollmentBytes);
        } else {
            writeBytes(enrollmentDir / (s.studentNo + ".jpg"),
                       encodeJpeg(makeEnrollmentPhoto(own), 96, 12000));
        }
        switch (p.role) {
        case Role::NoPhoto:
            break;
        case Role::Compliant:
        case Role::DifferentPerson:
        case Role::OwnFlaw:
            writeBytes(firstDir / (s.studentNo + ".jpg"),
                       encodeJpeg(makeSubmission(shown, Flaw::None, p.look), 300, 40000));
            break;
        case Role::Flawed:
            writeBytes(
                firstDir / (s.studentNo + ".jpg"),
                encodeJpeg(makeSubmission(shown, p.flaw, p.look, &friendBeside), 300, 40000));
            break;
        case Role::Retake:
            writeBytes(firstDir / (s.studentNo + ".jpg"),
                       encodeJpeg(makeSubmission(shown, p.flaw, p.look), 300, 40000));
            writeBytes(retakeDir / (s.studentNo + "_2.jpg"),
                       encodeJpeg(makeSubmission(shown, Flaw::None, p.look), 300, 40000));
            break;
        case Role::SharedPhoto: {
            // The second student re-saved the first one's photo: the same picture in other
            // bytes (identical bytes the intake refuses for both), for the duplicate search.
            const auto bytes = encodeJpeg(makeSubmission(shown, Flaw::None, p.look), 300,
                                          sharedSize == 0 ? 40000 : sharedSize - 1);
            sharedSize = bytes.size();
            writeBytes(firstDir / (s.studentNo + ".jpg"), bytes);
            break;
        }
        }
    }

    say("Creating the workspace and importing the roster, the centers' sheet and the photos");
    // The workspace wants a new or empty folder: make it beside the inputs, then move them in.
    const fs::path wsInScratch = scratch.path() / "workspace";
    auto ws = store::Workspace::create(
        wsInScratch, {"演示：2026届春季毕业生图像采集", profile.id(), request.createdBy}, clock);

    intake::RosterImportRequest roster;
    roster.file = rosterFile;
    roster.columnsFile = request.templates / "roster-columns.json";
    const auto rosterPlan = intake::planRosterImport(*ws, roster);
    intake::applyRosterPlan(*ws, rosterPlan, false);
    const auto centers =
        intake::importCenters(*ws, centersFile, request.templates / "center-columns.json");
    if (!centers.problems.empty() || !centers.missingDetails.empty()) {
        throw std::logic_error("the demo centers' sheet did not import cleanly");
    }

    const auto importFolder = [&](const fs::path& folder, intake::PhotoKind kind) {
        intake::PhotoIntakeRequest photos;
        photos.source = folder;
        photos.kind = kind;
        photos.columnsFile = request.templates / "roster-columns.json";
        return intake::importPhotos(*ws, photos);
    };
    const auto enrollment = importFolder(enrollmentDir, intake::PhotoKind::Enrollment);
    const auto first = importFolder(firstDir, intake::PhotoKind::Submission);
    say("  " + std::to_string(cohort.students.size()) + " students, " +
        std::to_string(enrollment.matched()) + " enrollment photos, " +
        std::to_string(first.matched()) + " submissions");

    const auto checkAll = [&] {
        jobs::CheckJobOptions options;
        options.threads = 2;
        const auto factory = [&](const std::string& bytes, const std::string& name) {
            return std::unique_ptr<checks::CheckContext>(
                new checks::PhotoAnalysis(bytes, name, profile, models));
        };
        return jobs::runWorkspaceChecks(*ws, profile, checkList, factory, options);
    };
    say("Checking the photos against " + profile.id());
    checkAll();

    // A reviewer rejects the retake student's snapshot; the student sends a new photo.
    // The demo's reviewer rejects the snapshot through the same service as `decide`.
    const auto reasons = review::ReasonCatalog::load(request.templates / "reasons.json");
    review::ReviewService reviewing(ws->store(), ws->profileId(), reasons, clock);
    for (std::size_t i = 0; i < cohort.students.size(); ++i) {
        if (plan[i].role != Role::Retake) {
            continue;
        }
        const auto& studentNo = cohort.students[i].studentNo;
        const auto student = ws->store().students().byStudentNo(studentNo);
        const auto photo =
            student ? ws->store().photoVersions().latestOf(student->id) : std::nullopt;
        if (!photo) {
            // The import refused the snapshot (its intake report says why): the demo cannot
            // show the retake, and says so rather than stopping half-built.
            throw UserError("The demo's retake student " + studentNo +
                                " has no first photo: the import refused it.",
                            "Look at the photo-intake workbook in the demo's exports/, fix the "
                            "demo photos (./installer/fetch-demo-photos) and run the demo again.");
        }
        reviewing.reject(student->id, photo->id, kDemoReviewer,
                         {"background_invalid", "background_shadow_objects"},
                         "生活照，背景杂乱，请在纯色背景前重拍");
    }
    const auto retakes = importFolder(retakeDir, intake::PhotoKind::Submission);
    say("  " + std::to_string(retakes.matched()) + " retake after a rejection");
    checkAll();
    ws.reset();

    // Everything is in place: the inputs beside the database, the marker, then the rename.
    fs::rename(inputs, wsInScratch / "inputs");
    Poco::JSON::Object marker(Poco::JSON_PRESERVE_KEY_ORDER);
    marker.set("seed", request.seed);
    marker.set("built_by", request.createdBy);
    marker.set("built_at", clock.nowIso());
    marker.set("sample_photos", request.photos.string());
    const auto outcomes = describe(cohort, plan, heads, strangerLabel);
    Poco::JSON::Array planned;
    for (const auto& o : outcomes) {
        Poco::JSON::Object j(Poco::JSON_PRESERVE_KEY_ORDER);
        j.set("student_no", o.studentNo);
        j.set("name", o.name);
        j.set("center", o.center);
        j.set("role", std::string(toCode(o.role)));
        j.set("flaw", std::string(toCode(o.flaw)));
        j.set("face", o.face);
        j.set("enrollment_face", o.enrollmentFace);
        planned.add(j);
    }
    marker.set("students", planned);
    std::ostringstream json;
    marker.stringify(json, 2);
    writeFileAtomically(wsInScratch / kDemoMarker, json.str() + "\n");

    fs::remove(dir, ec); // an empty folder the user made for it
    fs::rename(wsInScratch, dir);
    DemoResult result;
    result.workspace = dir;
    result.faces = usable;
    result.students = outcomes;
    result.photoIntakes = {enrollment, first, retakes};
    // The truth about the faces, for whoever reads the duplicate list next.
    std::vector<std::string> sharedPhoto;
    for (const auto& o : outcomes) {
        if (o.role == Role::SharedPhoto) {
            sharedPhoto.push_back(o.studentNo);
        }
    }
    const auto sharing = studentsSharingAFace(result);
    std::size_t most = 0;
    for (const auto& g : sharing) {
        most = std::max(most, g.size());
    }
    say("  The sample photos hold " + std::to_string(usable) + " face(s) usable for an ID photo (" +
        std::to_string(passing) +
        " pass outright); the compliant and planted photos show them in turn, up to " +
        std::to_string(most) +
        " students each (every other sitting mirrored), so `duplicates` groups those students "
        "by face, as the same face or, framed alike, as near-identical photos: " +
        std::to_string(sharing.size()) + " face(s) shared by design. The " +
        std::to_string(others.size()) + " faces that fail when framed are one student each.");
    if (sharedPhoto.size() == 2) {
        say("  The planted case of one photo submitted for two students: " + sharedPhoto[0] +
            " and " + sharedPhoto[1] + ".");
    }
    for (auto& intake : result.photoIntakes) {
        intake.source = dir / "inputs" / intake.source.filename(); // where the folders are now
    }
    return result;
}

} // namespace gp::demo
