// What the person sending an upload package to CHSI should look at again before uploading: an
// approval that overrode failing automatic checks, and a photo or face the duplicate search
// also found under another student (one person's photo under two students). The photos are
// still packed, since a reviewer approved them; the cautions go on the manifest's 问题 sheet.
// Texts in templates/reports/upload-package.json (messages.*).
#pragma once

#include "ApprovedPhotos.h"
#include "TemplateFile.h"
#include "core/review/CheckPresentation.h"
#include "core/store/WorkspaceStore.h"

#include <string>
#include <vector>

namespace gp::reports {

/// The cautions for one approved photo, in Chinese; call inside a read transaction.
std::vector<std::string> uploadCautions(store::WorkspaceStore& store, const ApprovedPhoto& approved,
                                        const std::string& profileId,
                                        const review::CheckNames& checkNames,
                                        const TemplateFile& tmpl);

} // namespace gp::reports
