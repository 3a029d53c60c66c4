// The review screen: the filtered student list on the left, the two photos in the middle with
// the decision bar under them, the checks, face comparison, details and decision history on
// the right. Everything is reachable from the keyboard (see handleKey()); decisions go through
// review::ReviewService, the same code as `gradphoto-cli decide`.
#pragma once

#include "PhotoCache.h"
#include "core/common/Clock.h"
#include "core/review/CheckPresentation.h"
#include "core/review/FaceStateTexts.h"
#include "core/review/ReasonCatalog.h"
#include "core/review/ReviewService.h"
#include "core/review/StudentList.h"
#include "core/store/Workspace.h"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class wxConfigBase;
class wxDataViewCtrl;
class wxListCtrl;
class wxSplitterWindow;
class wxStaticText;

namespace gp::gui {

class DecisionBar;
class ListFilterBar;
class ReviewListModel;
class ReviewSidebar;
class VersionStrip;

class ReviewPanel : public wxPanel {
public:
    /// Asks a yes/no question (batch approval); tests answer it.
    using Confirm = std::function<bool(const wxString& question)>;
    /// Asks the reviewer's name; tests answer it.
    using AskName = std::function<wxString()>;
    /// Shows a problem.
    using ShowError = std::function<void(const wxString& message, const wxString& hint)>;

    ReviewPanel(wxWindow* parent, wxConfigBase& config, const Clock& clock,
                const std::filesystem::path& templates);
    ~ReviewPanel() override;

    /// Shows the workspace (nullptr: nothing) with every student's row, read already by the
    /// caller (see review::loadReviewRows) or, when not given, here.
    void open(store::Workspace* workspace,
              std::optional<std::vector<review::ReviewRow>> rows = std::nullopt);
    /// Reads the rows again (after an import or a check run); keeps the filter and selection.
    void reload();

    void setConfirm(Confirm f) { confirm_ = std::move(f); }
    void setAskName(AskName f) { askName_ = std::move(f); }
    void setShowError(ShowError f) { showError_ = std::move(f); }

    /// The keyboard: A, R, 1-9, Enter, Esc, ↓/J, ↑/K, Ctrl+Z, O, E, +/−, 1 (100 %), 0 (fit),
    /// Ctrl+F, S.
    /// Returns true when the key did something.
    bool handleKey(int keyCode, int modifiers);

    void setFilter(const review::ListFilter& filter);
    void filterByCenter(domain::CenterId center);
    const review::StudentList& list() const { return list_; }
    /// The student shown, 0 for none.
    domain::StudentId current() const;
    bool select(std::size_t position);
    bool rejecting() const { return rejecting_; }
    /// Reason codes ticked in the decision bar.
    std::vector<std::string> tickedReasons() const;
    void batchApprove();
    wxString reviewerName();
    const PhotoPairView& photos() const { return *photos_; }
    VersionStrip* versionStrip() { return strip_; }
    wxDataViewCtrl* listView() { return view_; }
    ListFilterBar* filterBar() { return filters_; }
    /// Milliseconds the last select() took to show everything (for the benchmark).
    double lastShowMs() const { return lastShowMs_; }
    wxListCtrl* checksList();
    wxListCtrl* historyList();
    /// The face comparison as the sidebar words it.
    wxString faceText() const;
    /// The check chosen in the sidebar, in one sentence ("" when none is chosen).
    wxString checkText() const;
    /// Whether Approve and Reject are offered: only for a student with a photo.
    bool canDecide() const;
    wxString countText() const;
    void saveLayout();

private:
    wxWindow* buildList(wxWindow* parent);
    wxWindow* buildMiddle(wxWindow* parent);
    void applyFilter(const review::ListFilter& filter);
    void showCurrent();
    void showVersion(int index);
    void prefetch(std::size_t position);
    void decide(domain::DecisionKind kind);
    void startRejecting();
    void undoLast();
    void afterDecision(domain::StudentId student, bool moveOn);
    void moveBy(int step);
    bool guarded(const wxString& what, const std::function<void()>& f);
    ShownPhoto photo(const std::string& sha, int exifOrientation);
    domain::ReferenceKind referenceKind() const;

    wxConfigBase& config_;
    const Clock& clock_;
    review::ReasonCatalog reasons_;
    review::CheckNames checkNames_;
    review::CheckTexts checkTexts_;
    review::FaceStateTexts faceStates_;
    int utcOffset_ = 0; ///< the campaign's clock (Beijing), in which times are shown
    store::Workspace* workspace_ = nullptr;
    std::string profileId_;
    std::unique_ptr<review::ReviewService> service_;
    review::StudentList list_;
    std::map<domain::CenterId, wxString> centerNames_;
    /// The decisions made here, newest last: what Ctrl+Z reverses, and nothing else.
    std::vector<std::pair<domain::StudentId, domain::DecisionId>> decidedThisSession_;
    domain::SubmissionId shownPhoto_ = 0; ///< the photo version on screen, 0 for none
    PhotoCache cache_;
    bool showIdCard_ = false;
    bool rejecting_ = false;
    bool selecting_ = false;
    std::optional<std::size_t> position_;
    double lastShowMs_ = 0;

    Confirm confirm_;
    AskName askName_;
    ShowError showError_;

    wxSplitterWindow* outer_ = nullptr;
    wxSplitterWindow* inner_ = nullptr;
    ListFilterBar* filters_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxDataViewCtrl* view_ = nullptr;
    ReviewListModel* model_ = nullptr;
    PhotoPairView* photos_ = nullptr;
    VersionStrip* strip_ = nullptr;
    DecisionBar* bar_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxString hintText_;
    ReviewSidebar* sidebar_ = nullptr;
};

} // namespace gp::gui
