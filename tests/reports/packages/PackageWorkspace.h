// A workspace for the package tests, built in code: centers with and without an address,
// students, synthetic photos drawn with OpenCV (some in the 20–40 KB band, some too large in
// bytes, some of the wrong pixel size) stored in the photo store, and decisions.
#pragma once

#include "core/common/Sha256.h"
#include "core/domain/Decision.h"
#include "core/store/Workspace.h"
#include "reports/packages/JpegEncoding.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>

namespace gp::test {

/// A 3:4 portrait: a light-blue background, shoulders and a face, and noise whose strength
/// sets how large the JPEG is. The background colour is what the PDF tests look for.
inline cv::Mat portrait(int width, int height, double noise, unsigned seed,
                        cv::Scalar background = {255, 197, 100}) {
    cv::Mat img(height, width, CV_8UC3, background);
    const double s = width / 480.0;
    cv::ellipse(img, {width / 2, int(height * 0.95)}, {int(200 * s), int(140 * s)}, 0, 180, 360,
                {60, 60, 60}, cv::FILLED);
    cv::ellipse(img, {width / 2, int(height * 0.42)}, {int(110 * s), int(140 * s)}, 0, 0, 360,
                {150, 180, 225}, cv::FILLED);
    cv::ellipse(img, {width / 2, int(height * 0.30)}, {int(115 * s), int(80 * s)}, 0, 180, 360,
                {30, 30, 40}, cv::FILLED);
    cv::Mat grain(img.size(), CV_16SC3);
    cv::RNG rng(seed);
    rng.fill(grain, cv::RNG::NORMAL, 0, noise);
    cv::Mat out;
    img.convertTo(out, CV_16SC3);
    out += grain;
    out.convertTo(img, CV_8UC3);
    return img;
}

inline std::string jpegBytes(const cv::Mat& img, int quality, int dpi) {
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    std::string bytes(buf.begin(), buf.end());
    if (dpi > 0) {
        reports::setJfifDensity(bytes, dpi);
    }
    return bytes;
}

/// A 480×640 JPEG of 22–38 KB at 300 dpi (or without a stated dpi when dpi is 0).
inline std::string inBandJpeg(unsigned seed, int dpi = 300) {
    const auto img = portrait(480, 640, 6, seed);
    for (int q = 95; q >= 60; --q) {
        auto bytes = jpegBytes(img, q, dpi);
        if (bytes.size() >= 22 * 1024 && bytes.size() <= 38 * 1024) {
            return bytes;
        }
    }
    ADD_FAILURE() << "no quality gives an in-band photo";
    return {};
}

/// A 480×640 JPEG above 40 KB that quality 60 brings under 40 KB.
inline std::string tooLargeJpeg(unsigned seed) {
    return jpegBytes(portrait(480, 640, 6, seed), 100, 300);
}

class PackageWorkspace {
public:
    PackageWorkspace() : clock_(fixedClock()) { ws_ = newWorkspace(dir_ / "ws", clock_); }

    store::Workspace& ws() { return *ws_; }
    store::WorkspaceStore& store() { return ws_->store(); }
    FixedClock& clock() { return clock_; }
    const TempDir& dir() const { return dir_; }

    domain::CenterId addCenter(const std::string& name, bool withAddress) {
        auto c = center(name);
        if (!withAddress) {
            c.address.clear();
        }
        return store().centers().add(c);
    }

    domain::Student addStudent(const std::string& no, const std::string& name,
                               domain::CenterId centerId, const std::string& idNumber) {
        auto s = student(no, name, centerId);
        s.idNumber = idNumber;
        s.examNo = "26610101" + no.substr(no.size() - 4);
        store().students().add(s);
        return s;
    }

    domain::PhotoVersion addPhoto(const domain::Student& s, const std::string& bytes, int width,
                                  int height) {
        const auto stored = ws_->photos().put(std::string_view(bytes), sha256Hex(bytes));
        domain::PhotoVersion v;
        v.studentId = s.id;
        v.sha256 = stored.sha256;
        v.sourceName = s.studentNo + ".jpg";
        v.byteSize = bytes.size();
        v.image = {"jpeg", width, height, 1};
        v.importedAt = clock_.nowIso();
        store().photoVersions().add(v);
        store().students().setStatus(s.id, domain::StudentStatus::AwaitingReview);
        return v;
    }

    domain::Decision decide(const domain::PhotoVersion& v, domain::DecisionKind kind,
                            domain::DecisionId reverses = 0) {
        domain::Decision d;
        d.studentId = v.studentId;
        d.submissionId = v.id;
        d.photoSha256 = v.sha256;
        d.reviewer = "审核员甲";
        d.decidedAt = clock_.nowIso();
        d.kind = kind;
        d.reverses = reverses;
        if (kind == domain::DecisionKind::Reject) {
            d.reasonCodes = {"background"};
        }
        store().decisions().append(d);
        // The cached status, as the review screen would set it.
        const auto status = kind == domain::DecisionKind::Approve ? domain::StudentStatus::Approved
                            : kind == domain::DecisionKind::Reject
                                ? domain::StudentStatus::Retake
                                : domain::StudentStatus::AwaitingReview;
        store().students().setStatus(v.studentId, status);
        return d;
    }

private:
    TempDir dir_;
    FixedClock clock_;
    std::unique_ptr<store::Workspace> ws_;
};

} // namespace gp::test
