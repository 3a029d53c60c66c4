#include "ReviewPanel.h"

#include "ReviewListModel.h"
#include "StatusLabels.h"
#include "Text.h"
#include "TextWrap.h"
#include "Translations.h"
#include "VersionStrip.h"
#include "core/common/UserError.h"
#include "core/review/ReviewRows.h"
#include "core/review/StatusDerivation.h"
#include "core/store/Transaction.h"

#include <Poco/Exception.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <chrono>

namespace gp::gui {

using domain::DecisionKind;
using domain::StudentStatus;

namespace {

wxString decisionLabel(DecisionKind k) {
    switch (k) {
    case DecisionKind::Approve:
        return _("Approved");
    case DecisionKind::Reject:
        return _("Retake");
    case DecisionKind::Reversal:
        return _("Undone");
    }
    return {};
}

wxString verdictMark(const std::string& v) {
    if (v == "pass") {
        return wxString::FromUTF8("✓");
    }
    if (v == "warn") {
        return wxString::FromUTF8("⚠");
    }
    if (v == "fail" || v == "error") {
        return wxString::FromUTF8("✗");
    }
    return "–";
}

wxString faceOutcomeLabel(const std::string& outcome) {
    if (outcome == "match") {
        return _("same person");
    }
    if (outcome == "review") {
        return _("uncertain, look closely");
    }
    if (outcome == "no_match") {
        return _("different person?");
    }
    return wx(outcome);
}

} // namespace

ReviewPanel::ReviewPanel(wxWindow* parent, wxConfigBase& config, const Clock& clock,
                         const std::filesystem::path& templates)
    : wxPanel(parent, wxID_ANY), config_(config), clock_(clock),
      reasons_(review::ReasonCatalog::load(templates / "reasons.json")),
      checkNames_(review::CheckNames::load(templates / "check-names.json")) {
    confirm_ = [this](const wxString& q) {
        return wxMessageBox(q, _("Batch approval"), wxYES_NO | wxICON_QUESTION, this) == wxYES;
    };
    askName_ = [this] {
        return wxGetTextFromUser(_("Your name, recorded with each decision you make:"),
                                 _("Reviewer"), wxEmptyString, this);
    };
    showError_ = [this](const wxString& message, const wxString& hint) {
        wxMessageDialog d(this, message, _("GradPhoto Console"), wxOK | wxICON_ERROR);
        if (!hint.empty()) {
            d.SetExtendedMessage(hint);
        }
        d.ShowModal();
    };
    build();
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        auto* focus = wxWindow::FindFocus();
        const bool typing = focus != nullptr && (dynamic_cast<wxTextCtrl*>(focus) != nullptr ||
                                                 dynamic_cast<wxSearchCtrl*>(focus) != nullptr ||
                                                 focus->GetParent() == search_);
        const int key = e.GetKeyCode();
        if (typing && key != WXK_ESCAPE && !(key == WXK_RETURN && rejecting_ && focus == note_) &&
            !(e.ControlDown() && key == 'F')) {
            e.Skip();
            return;
        }
        if (!handleKey(key, e.GetModifiers())) {
            e.Skip();
        }
    });
}

ReviewPanel::~ReviewPanel() {
    // The model refers to list_: let the control drop it first.
    if (view_ != nullptr) {
        view_->AssociateModel(nullptr);
    }
    if (model_ != nullptr) {
        model_->DecRef();
    }
}

void ReviewPanel::build() {
    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3D);
    auto* left = new wxPanel(outer_);
    inner_ = new wxSplitterWindow(outer_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3D);
    auto* middle = new wxPanel(inner_);
    auto* right = new wxPanel(inner_);

    // Left: filters, search, count, the list.
    centerChoice_ = new wxChoice(left, wxID_ANY);
    statusChoice_ = new wxChoice(left, wxID_ANY);
    verdictChoice_ = new wxChoice(left, wxID_ANY);
    reasonChoice_ = new wxChoice(left, wxID_ANY);
    search_ = new wxSearchCtrl(left, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxTE_PROCESS_ENTER);
    search_->SetDescriptiveText(_("Student no., name, exam or ID number"));
    count_ = new wxStaticText(left, wxID_ANY, wxEmptyString);
    view_ = new wxDataViewCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_SINGLE | wxDV_ROW_LINES);
    model_ = new ReviewListModel(list_, centerNames_);
    view_->AssociateModel(model_);
    const std::pair<const char*, int> columns[] = {
        {"Student no.", 90}, {"Name", 70},       {"Center", 90}, {"Status", 70},
        {"Check", 60},       {"Similarity", 50}, {"Retake", 40}, {"Submitted", 110}};
    const wxString titles[] = {_("Student no."), _("Name"),       _("Center"), _("Status"),
                               _("Check"),       _("Similarity"), _("Retake"), _("Submitted")};
    for (unsigned i = 0; i < ReviewListModel::Count; ++i) {
        view_->AppendTextColumn(titles[i], i, wxDATAVIEW_CELL_INERT, columns[i].second, wxALIGN_NOT,
                                wxDATAVIEW_COL_RESIZABLE);
    }
    auto* filters = new wxFlexGridSizer(2, 4, 4);
    filters->AddGrowableCol(0, 1);
    filters->AddGrowableCol(1, 1);
    filters->Add(centerChoice_, 1, wxEXPAND);
    filters->Add(statusChoice_, 1, wxEXPAND);
    filters->Add(verdictChoice_, 1, wxEXPAND);
    filters->Add(reasonChoice_, 1, wxEXPAND);
    auto* ls = new wxBoxSizer(wxVERTICAL);
    ls->Add(filters, 0, wxEXPAND | wxALL, 4);
    ls->Add(search_, 0, wxEXPAND | wxLEFT | wxRIGHT, 4);
    ls->Add(count_, 0, wxEXPAND | wxALL, 4);
    ls->Add(view_, 1, wxEXPAND);
    left->SetSizer(ls);

    // Middle: the photos, the versions, the decision bar.
    photos_ = new PhotoPairView(middle);
    strip_ = new VersionStrip(middle);
    auto* approve = new wxButton(middle, wxID_ANY, _("&Approve (A)"));
    auto* reject = new wxButton(middle, wxID_ANY, _("&Reject (R, 1-9, Enter)"));
    auto* skip = new wxButton(middle, wxID_ANY, _("&Skip"));
    auto* batch = new wxButton(middle, wxID_ANY, _("&Batch approve..."));
    reasonBox_ = new wxCheckListBox(middle, wxID_ANY, wxDefaultPosition, wxSize(-1, 120));
    note_ = new wxTextCtrl(middle, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_PROCESS_ENTER);
    note_->SetHint(_("Note (optional)"));
    hintText_ = _("Keys: A approve; R reject, then 1-9 and Enter; Down/J, Up/K move; Ctrl+Z "
                  "undo; O overlay; E reference; +/- zoom; Ctrl+F search");
    hint_ = new wxStaticText(middle, wxID_ANY, hintText_);
    hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    buttons->Add(approve, 0, wxEXPAND | wxBOTTOM, 4);
    buttons->Add(reject, 0, wxEXPAND | wxBOTTOM, 4);
    buttons->Add(skip, 0, wxEXPAND | wxBOTTOM, 4);
    buttons->Add(batch, 0, wxEXPAND);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(buttons, 0, wxRIGHT, 6);
    auto* reasonsColumn = new wxBoxSizer(wxVERTICAL);
    reasonsColumn->Add(reasonBox_, 1, wxEXPAND);
    reasonsColumn->Add(note_, 0, wxEXPAND | wxTOP, 4);
    bar->Add(reasonsColumn, 1, wxEXPAND);
    auto* ms = new wxBoxSizer(wxVERTICAL);
    ms->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);
    ms->Add(photos_, 1, wxEXPAND);
    ms->Add(strip_, 0, wxEXPAND);
    ms->Add(bar, 0, wxEXPAND | wxALL, 4);
    middle->SetSizer(ms);
    // The keyboard hint wraps (between Chinese characters too) to the panel's width.
    middle->Bind(wxEVT_SIZE, [this, middle](wxSizeEvent& e) {
        e.Skip();
        // After GTK has placed the children: a label changed while it does is not drawn.
        CallAfter([this, middle] {
            const auto width = middle->GetClientSize().x - 8;
            const auto wrapped = wrapText(*hint_, hintText_, width);
            if (width > 50 && wrapped != hint_->GetLabel()) {
                hint_->SetLabel(wrapped);
                middle->Layout();
            }
        });
    });

    // Right: checks, face comparison, details, history.
    checks_ = new wxListCtrl(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxLC_REPORT | wxLC_SINGLE_SEL);
    checks_->AppendColumn("", wxLIST_FORMAT_LEFT, 24);
    checks_->AppendColumn(_("Check"), wxLIST_FORMAT_LEFT, 100);
    checks_->AppendColumn(_("Measured"), wxLIST_FORMAT_LEFT, 66);
    checks_->AppendColumn(_("Limit"), wxLIST_FORMAT_LEFT, 92);
    checks_->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, 110);
    face_ = new wxStaticText(right, wxID_ANY, wxEmptyString);
    details_ = new wxStaticText(right, wxID_ANY, wxEmptyString);
    history_ = new wxListCtrl(right, wxID_ANY, wxDefaultPosition, wxSize(-1, 110),
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    history_->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, 88);
    history_->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, 60);
    history_->AppendColumn(_("Decision"), wxLIST_FORMAT_LEFT, 56);
    history_->AppendColumn(_("Why"), wxLIST_FORMAT_LEFT, 170);
    history_->AppendColumn(_("Photo"), wxLIST_FORMAT_LEFT, 36);
    auto* rs = new wxBoxSizer(wxVERTICAL);
    rs->Add(new wxStaticText(right, wxID_ANY, _("Automatic checks")), 0, wxALL, 4);
    rs->Add(checks_, 3, wxEXPAND | wxLEFT | wxRIGHT, 4);
    rs->Add(face_, 0, wxEXPAND | wxALL, 4);
    rs->Add(details_, 0, wxEXPAND | wxALL, 4);
    rs->Add(new wxStaticText(right, wxID_ANY, _("Decisions")), 0, wxLEFT | wxTOP, 4);
    rs->Add(history_, 1, wxEXPAND | wxALL, 4);
    right->SetSizer(rs);

    outer_->SetMinimumPaneSize(160);
    inner_->SetMinimumPaneSize(200);
    outer_->SplitVertically(left, inner_,
                            static_cast<int>(config_.ReadLong("/Review/ListWidth", 340)));
    inner_->SplitVertically(middle, right,
                            static_cast<int>(config_.ReadLong("/Review/RightWidth", 440)) * -1);
    inner_->SetSashGravity(1.0);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(outer_, 1, wxEXPAND);
    SetSizer(top);

    for (auto* c : {centerChoice_, statusChoice_, verdictChoice_, reasonChoice_}) {
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilterControls(); });
    }
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyFilterControls(); });
    view_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (selecting_) {
            return;
        }
        const int row = model_->GetRow(view_->GetSelection());
        if (row != wxNOT_FOUND) {
            position_ = static_cast<std::size_t>(row);
            showCurrent();
        }
    });
    checks_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto i = static_cast<std::size_t>(e.GetIndex());
        photos_->highlight(i < checkIds_.size() ? checkIds_[i] : std::string());
    });
    checks_->Bind(wxEVT_LIST_ITEM_DESELECTED,
                  [this](wxListEvent&) { photos_->highlight(std::string()); });
    approve->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(DecisionKind::Approve); });
    reject->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (rejecting_ && !tickedReasons().empty()) {
            decide(DecisionKind::Reject);
        } else {
            handleKey('R', wxMOD_NONE);
        }
    });
    skip->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveBy(1); });
    batch->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { batchApprove(); });
    note_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (rejecting_) {
            decide(DecisionKind::Reject);
        }
    });
    strip_->onChoose([this](int index) {
        if (!workspace_ || !current()) {
            return;
        }
        guarded(_("The photo could not be shown."), [&] {
            const auto versions = workspace_->store().photoVersions().versionsOf(current());
            if (index < 0 || index >= static_cast<int>(versions.size())) {
                return;
            }
            const auto& v = versions[static_cast<std::size_t>(index)];
            auto shown = cache_.get(v.sha256, photoPath(v.sha256), v.image.exifOrientation);
            shown.caption = wxString::Format(_("Submitted photo v%d (%s)"), v.version,
                                             wx(v.importedAt.substr(0, 10)));
            photos_->setPhotos(photos_->reference(), shown);
        });
    });
    fillFilterChoices();
}

bool ReviewPanel::guarded(const wxString& what, const std::function<void()>& f) {
    try {
        f();
        return true;
    } catch (const UserError& e) {
        showError_(what + "\n\n" + wx(std::string(e.what())), wx(e.hint()));
    } catch (const Poco::Exception& e) {
        showError_(what + "\n\n" + wx(e.displayText()),
                   _("This is an internal error. Please report it with the workspace's "
                     "logs/gradphoto.log."));
    } catch (const std::exception& e) {
        showError_(what + "\n\n" + wx(std::string(e.what())),
                   _("This is an internal error. Please report it with the workspace's "
                     "logs/gradphoto.log."));
    }
    return false;
}

std::filesystem::path ReviewPanel::photoPath(const std::string& sha) const {
    return workspace_->photos().pathOf(sha);
}

void ReviewPanel::fillFilterChoices() {
    const auto keepCenter = centerChoice_->GetSelection();
    centerChoice_->Clear();
    centerChoiceIds_.clear();
    centerChoice_->Append(_("All centers"));
    centerChoiceIds_.push_back(-1);
    for (const auto& [id, name] : centerNames_) {
        centerChoice_->Append(name);
        centerChoiceIds_.push_back(id);
    }
    centerChoice_->SetSelection(
        keepCenter > 0 && keepCenter < int(centerChoiceIds_.size()) ? keepCenter : 0);
    if (statusChoice_->IsEmpty()) {
        statusChoice_->Append(_("All statuses"));
        for (auto s : domain::kAllStudentStatuses) {
            statusChoice_->Append(statusLabel(s));
        }
        statusChoice_->SetSelection(0);
        verdictChoice_->Append(_("Any check result"));
        for (const char* v : {"pass", "review", "fail", "error", ""}) {
            verdictChoice_->Append(verdictLabel(v));
        }
        verdictChoice_->SetSelection(0);
        reasonChoice_->Append(_("Any reason"));
        reasonChoiceCodes_.push_back("");
        const auto lang = messageLanguage();
        for (const auto& r : reasons_.all()) {
            reasonChoice_->Append(wx(r.label(lang)));
            reasonChoiceCodes_.push_back(r.code);
        }
        reasonChoice_->SetSelection(0);
    }
}

void ReviewPanel::applyFilterControls() {
    review::ListFilter f;
    const int c = centerChoice_->GetSelection();
    if (c > 0 && c < static_cast<int>(centerChoiceIds_.size())) {
        f.center = centerChoiceIds_[static_cast<std::size_t>(c)];
    }
    const int s = statusChoice_->GetSelection();
    if (s > 0) {
        f.status = domain::kAllStudentStatuses[s - 1];
    }
    static const char* verdicts[] = {"", "pass", "review", "fail", "error", "unchecked"};
    const int v = verdictChoice_->GetSelection();
    if (v > 0 && v < 6) {
        f.verdict = verdicts[v];
    }
    const int r = reasonChoice_->GetSelection();
    if (r > 0 && r < static_cast<int>(reasonChoiceCodes_.size())) {
        f.reason = reasonChoiceCodes_[static_cast<std::size_t>(r)];
    }
    f.search = utf8(search_->GetValue());
    const auto keep = current();
    list_.setFilter(f);
    model_->refresh();
    count_->SetLabel(countText());
    position_.reset();
    if (list_.count() > 0) {
        const auto p = keep != 0 ? list_.positionOf(keep) : std::nullopt;
        select(p.value_or(0));
    } else {
        showCurrent();
    }
}

void ReviewPanel::setFilter(const review::ListFilter& filter) {
    // Mirror it in the controls, then apply.
    centerChoice_->SetSelection(0);
    if (filter.center) {
        for (std::size_t i = 0; i < centerChoiceIds_.size(); ++i) {
            if (centerChoiceIds_[i] == *filter.center) {
                centerChoice_->SetSelection(static_cast<int>(i));
            }
        }
    }
    statusChoice_->SetSelection(0);
    if (filter.status) {
        for (std::size_t i = 0; i < std::size(domain::kAllStudentStatuses); ++i) {
            if (domain::kAllStudentStatuses[i] == *filter.status) {
                statusChoice_->SetSelection(static_cast<int>(i) + 1);
            }
        }
    }
    static const char* verdicts[] = {"", "pass", "review", "fail", "error", "unchecked"};
    verdictChoice_->SetSelection(0);
    for (int i = 1; i < 6; ++i) {
        if (filter.verdict == verdicts[i]) {
            verdictChoice_->SetSelection(i);
        }
    }
    reasonChoice_->SetSelection(0);
    for (std::size_t i = 1; i < reasonChoiceCodes_.size(); ++i) {
        if (reasonChoiceCodes_[i] == filter.reason) {
            reasonChoice_->SetSelection(static_cast<int>(i));
        }
    }
    search_->ChangeValue(wx(filter.search));
    applyFilterControls();
}

void ReviewPanel::filterByCenter(domain::CenterId center) {
    auto f = list_.filter();
    f.center = center;
    setFilter(f);
}

wxString ReviewPanel::countText() const {
    return wxString::Format(_("%zu of %zu students"), list_.count(), list_.total());
}

void ReviewPanel::open(store::Workspace* workspace,
                       std::optional<std::vector<review::ReviewRow>> rows) {
    workspace_ = workspace;
    cache_.clear();
    decidedThisSession_.clear();
    service_.reset();
    centerNames_.clear();
    position_.reset();
    if (!workspace_) {
        list_.reset({});
        model_->refresh();
        showCurrent();
        return;
    }
    profileId_ = workspace_->profileId();
    service_ =
        std::make_unique<review::ReviewService>(workspace_->store(), profileId_, reasons_, clock_);
    guarded(_("The students could not be read."), [&] {
        store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
        for (const auto& c : workspace_->store().centers().all()) {
            centerNames_[c.id] = wx(c.name);
        }
        list_.reset(rows ? std::move(*rows)
                         : review::loadReviewRows(workspace_->store(), profileId_));
        snapshot.commit();
    });
    fillFilterChoices();
    // The filters of last time.
    review::ListFilter f;
    long status = config_.ReadLong("/Review/Filter/Status", -1);
    if (status >= 0 && status < long(std::size(domain::kAllStudentStatuses))) {
        f.status = domain::kAllStudentStatuses[status];
    }
    f.verdict = utf8(config_.Read("/Review/Filter/Verdict", wxString()));
    f.reason = utf8(config_.Read("/Review/Filter/Reason", wxString()));
    setFilter(f);
}

void ReviewPanel::reload() {
    if (!workspace_) {
        return;
    }
    guarded(_("The students could not be read."), [&] {
        profileId_ = workspace_->profileId(); // the settings may have changed it
        service_ = std::make_unique<review::ReviewService>(workspace_->store(), profileId_,
                                                           reasons_, clock_);
        store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
        list_.reset(review::loadReviewRows(workspace_->store(), profileId_));
        snapshot.commit();
    });
    applyFilterControls();
}

void ReviewPanel::saveLayout() {
    config_.Write("/Review/ListWidth", outer_->GetSashPosition());
    config_.Write("/Review/RightWidth", inner_->GetClientSize().x - inner_->GetSashPosition());
    const auto& f = list_.filter();
    long status = -1;
    for (std::size_t i = 0; f.status && i < std::size(domain::kAllStudentStatuses); ++i) {
        if (domain::kAllStudentStatuses[i] == *f.status) {
            status = static_cast<long>(i);
        }
    }
    config_.Write("/Review/Filter/Status", status);
    config_.Write("/Review/Filter/Verdict", wx(f.verdict));
    config_.Write("/Review/Filter/Reason", wx(f.reason));
}

domain::StudentId ReviewPanel::current() const {
    return position_ && *position_ < list_.count() ? list_.at(*position_).id : 0;
}

bool ReviewPanel::select(std::size_t position) {
    if (position >= list_.count()) {
        return false;
    }
    position_ = position;
    selecting_ = true;
    const auto item = model_->GetItem(static_cast<unsigned>(position));
    view_->Select(item);
    view_->EnsureVisible(item);
    selecting_ = false;
    showCurrent();
    return true;
}

void ReviewPanel::moveBy(int step) {
    if (!position_) {
        select(0);
        return;
    }
    const auto to = step > 0 ? list_.next(*position_) : list_.previous(*position_);
    if (to) {
        select(*to);
    } else {
        wxBell();
    }
}

std::vector<std::string> ReviewPanel::tickedReasons() const {
    std::vector<std::string> out;
    for (unsigned i = 0; i < reasonBox_->GetCount() && i < shownReasonCodes_.size(); ++i) {
        if (reasonBox_->IsChecked(i)) {
            out.push_back(shownReasonCodes_[i]);
        }
    }
    return out;
}

void ReviewPanel::fillReasons(const std::vector<std::string>& suggested) {
    // The reasons the checks found first, so that they get the low number keys.
    shownReasonCodes_ = suggested;
    for (const auto& r : reasons_.all()) {
        if (std::find(shownReasonCodes_.begin(), shownReasonCodes_.end(), r.code) ==
            shownReasonCodes_.end()) {
            shownReasonCodes_.push_back(r.code);
        }
    }
    const auto lang = messageLanguage();
    wxArrayString labels;
    for (std::size_t i = 0; i < shownReasonCodes_.size(); ++i) {
        const auto label = wx(reasons_.label(shownReasonCodes_[i], lang));
        labels.Add(i < 9 ? wxString::Format("%zu  %s", i + 1, label) : "    " + label);
    }
    reasonBox_->Freeze();
    reasonBox_->Set(labels);
    reasonBox_->Thaw();
}

void ReviewPanel::showCurrent() {
    const auto started = std::chrono::steady_clock::now();
    rejecting_ = false;
    note_->ChangeValue(wxEmptyString);
    checks_->DeleteAllItems();
    history_->DeleteAllItems();
    const auto id = current();
    if (!workspace_ || id == 0) {
        photos_->setPhotos({}, {});
        photos_->setChecks({});
        strip_->setItems({}, -1);
        face_->SetLabel(wxEmptyString);
        details_->SetLabel(workspace_ ? _("No student matches the filter.") : wxString());
        fillReasons({});
        return;
    }
    const auto row = list_.at(*position_);
    guarded(_("The student could not be shown."), [&] {
        auto& store = workspace_->store();
        store::Transaction snapshot(store, store::Transaction::Kind::Read);
        const auto student = store.students().byId(id);
        const auto versions = store.photoVersions().versionsOf(id);
        const auto refKind =
            showIdCard_ ? domain::ReferenceKind::IdCard : domain::ReferenceKind::Enrollment;
        const auto refs = store.referencePhotos().of(id, refKind);
        std::optional<domain::CheckRun> run;
        std::vector<domain::FaceComparison> comparisons;
        if (!versions.empty()) {
            run = store.checkRuns().latestFor(versions.back().id, profileId_);
            comparisons = store.faces().comparisonsOf(versions.back().id);
        }
        const auto log = store.decisions().historyOf(id);
        snapshot.commit();

        // Photos.
        ShownPhoto reference, submission;
        if (!refs.empty()) {
            reference = cache_.get(refs.front().sha256, photoPath(refs.front().sha256),
                                   refs.front().image.exifOrientation);
        }
        reference.caption =
            showIdCard_ ? _("ID-card photo (E: enrollment)") : _("Enrollment photo (E: ID card)");
        if (refs.empty()) {
            reference.error = showIdCard_ ? _("No ID-card photo") : _("No enrollment photo");
        }
        if (!versions.empty()) {
            const auto& v = versions.back();
            submission = cache_.get(v.sha256, photoPath(v.sha256), v.image.exifOrientation);
            submission.caption = wxString::Format(_("Submitted photo v%d (%s)"), v.version,
                                                  wx(v.importedAt.substr(0, 10)));
        } else {
            submission.caption = _("Submitted photo");
            submission.error = _("Not submitted yet");
        }
        const auto lang = messageLanguage();
        std::vector<review::CheckLine> lines;
        std::vector<std::string> suggested;
        if (run) {
            lines = review::presentChecks(*run, checkNames_, reasons_, lang);
            for (const auto& r : run->results) {
                if (!r.reasonCode.empty() && r.verdict != "pass" &&
                    std::find(suggested.begin(), suggested.end(), r.reasonCode) ==
                        suggested.end()) {
                    suggested.push_back(r.reasonCode);
                }
            }
        }
        photos_->setPhotos(reference, submission);
        photos_->setChecks(lines);

        std::vector<VersionStrip::Item> items;
        for (const auto& v : versions) {
            VersionStrip::Item item;
            if (cache_.has(v.sha256) || &v == &versions.back()) {
                item.image =
                    cache_.get(v.sha256, photoPath(v.sha256), v.image.exifOrientation).image;
            }
            item.caption = wxString::Format("v%d %s", v.version, wx(v.importedAt.substr(5, 5)));
            items.push_back(std::move(item));
        }
        strip_->setItems(std::move(items), static_cast<int>(versions.size()) - 1);

        // Checks.
        if (!run) {
            checks_->InsertItem(0, "–");
            checks_->SetItem(0, 1, versions.empty() ? _("No photo") : _("Not checked yet"));
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto& l = lines[i];
            const long at = checks_->InsertItem(static_cast<long>(i), verdictMark(l.verdict));
            checks_->SetItem(at, 1, wx(l.name));
            checks_->SetItem(at, 2, wx(l.measured));
            checks_->SetItem(at, 3, wx(l.limit));
            checks_->SetItem(at, 4, wx(l.reason));
            if (l.verdict == "fail" || l.verdict == "error") {
                checks_->SetItemTextColour(at, wxColour(190, 40, 40));
            } else if (l.verdict == "warn") {
                checks_->SetItemTextColour(at, wxColour(180, 110, 0));
            }
        }
        checkIds_.clear();
        for (const auto& l : lines) {
            checkIds_.push_back(l.checkId);
        }

        // Face comparison.
        wxString face = _("Face comparison: not compared yet");
        for (const auto& c : comparisons) {
            if (c.state == "compared" && c.similarity) {
                face = wxString::Format(_("Face comparison: similarity %.0f, %s"), *c.similarity,
                                        faceOutcomeLabel(c.outcome));
                break;
            }
            if (c.state == "no_reference") {
                face = _("Face comparison: no reference photo");
            } else if (c.state != "compared") {
                face = wxString::Format(_("Face comparison not possible: %s"), wx(c.state));
            }
        }
        face_->SetLabel(face);

        // Details: the ID number in full here, and only here.
        if (student) {
            const auto centre = centerNames_.count(student->centerId)
                                    ? centerNames_[student->centerId]
                                    : wxString();
            details_->SetLabel(wxString::Format(
                _("%s  %s  %s\nID number: %s\nExam no.: %s\nCenter: %s\n%s %s\nStatus: %s"),
                wx(student->studentNo), wx(student->name), wx(student->sex), wx(student->idNumber),
                wx(student->examNo), centre, wx(student->level), wx(student->major),
                statusLabel(row.status)));
        }

        // History.
        for (std::size_t i = 0; i < log.size(); ++i) {
            const auto& d = log[i];
            // "11-21 08:01": the year is the campaign's.
            auto when = d.decidedAt.size() >= 16 ? d.decidedAt.substr(5, 11) : d.decidedAt;
            std::replace(when.begin(), when.end(), 'T', ' ');
            const long at = history_->InsertItem(static_cast<long>(i), wx(when));
            history_->SetItem(at, 1, wx(d.reviewer));
            history_->SetItem(at, 2, decisionLabel(d.kind));
            wxString why;
            for (const auto& code : d.reasonCodes) {
                why += (why.empty() ? "" : "; ") + wx(reasons_.label(code, lang));
            }
            if (!d.note.empty()) {
                why += (why.empty() ? "" : " – ") + wx(d.note);
            }
            history_->SetItem(at, 3, why);
            int version = 0;
            for (const auto& v : versions) {
                if (v.id == d.submissionId) {
                    version = v.version;
                }
            }
            history_->SetItem(at, 4, version ? wxString::Format("v%d", version) : wxString());
        }
        fillReasons(suggested);
    });
    photos_->Update();
    lastShowMs_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    const auto at = *position_;
    CallAfter([this, at] { prefetch(at); });
}

void ReviewPanel::prefetch(std::size_t position) {
    if (!workspace_) {
        return;
    }
    for (auto p : {list_.next(position), list_.previous(position)}) {
        if (!p) {
            continue;
        }
        const auto id = list_.at(*p).id;
        try {
            store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
            const auto latest = workspace_->store().photoVersions().latestOf(id);
            const auto refs = workspace_->store().referencePhotos().of(
                id,
                showIdCard_ ? domain::ReferenceKind::IdCard : domain::ReferenceKind::Enrollment);
            snapshot.commit();
            if (latest) {
                cache_.get(latest->sha256, photoPath(latest->sha256),
                           latest->image.exifOrientation);
            }
            if (!refs.empty()) {
                cache_.get(refs.front().sha256, photoPath(refs.front().sha256),
                           refs.front().image.exifOrientation);
            }
        } catch (...) {
            // a prefetch is only a help
        }
    }
}

wxString ReviewPanel::reviewerName() {
    wxString name = config_.Read("/Review/Reviewer", wxString());
    if (name.Strip(wxString::both).empty()) {
        name = askName_().Strip(wxString::both);
        if (!name.empty()) {
            config_.Write("/Review/Reviewer", name);
            config_.Flush();
        }
    }
    return name;
}

void ReviewPanel::decide(DecisionKind kind) {
    const auto id = current();
    if (!service_ || id == 0) {
        wxBell();
        return;
    }
    if (kind == DecisionKind::Reject && tickedReasons().empty()) {
        showError_(_("A rejection needs at least one reason."),
                   _("Tick the reasons (number keys 1-9), then press Enter."));
        return;
    }
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    const bool ok = guarded(_("The decision could not be recorded."), [&] {
        if (kind == DecisionKind::Approve) {
            service_->approve(id, utf8(reviewer), utf8(note_->GetValue()));
        } else {
            service_->reject(id, utf8(reviewer), tickedReasons(), utf8(note_->GetValue()));
        }
    });
    if (ok) {
        decidedThisSession_.push_back(id);
        afterDecision(id, true);
    }
}

void ReviewPanel::undoLast() {
    if (!service_ || decidedThisSession_.empty()) {
        wxBell();
        return;
    }
    const auto id = decidedThisSession_.back();
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    if (guarded(_("The decision could not be undone."),
                [&] { service_->undo(id, utf8(reviewer)); })) {
        decidedThisSession_.pop_back();
        afterDecision(id, false);
        if (const auto p = list_.positionOf(id)) {
            select(*p);
        }
    }
}

void ReviewPanel::afterDecision(domain::StudentId student, bool moveOn) {
    guarded(_("The student could not be read again."), [&] {
        store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
        const auto row = review::loadReviewRow(workspace_->store(), profileId_, student);
        snapshot.commit();
        if (row) {
            list_.update(*row);
        }
    });
    if (const auto p = list_.positionOf(student)) {
        model_->RowChanged(static_cast<unsigned>(*p));
    }
    if (moveOn && position_ && list_.next(*position_)) {
        select(*list_.next(*position_));
    } else {
        showCurrent();
    }
}

void ReviewPanel::batchApprove() {
    if (!service_) {
        return;
    }
    std::vector<domain::StudentId> eligible;
    if (!guarded(_("The students for a batch approval could not be read."),
                 [&] { eligible = service_->batchEligible(list_.visibleIds()); })) {
        return;
    }
    if (eligible.empty()) {
        showError_(_("No student in the list can be approved as a batch."),
                   _("A batch approval takes students waiting for review whose photo passed "
                     "every check and matches their enrollment photo."));
        return;
    }
    if (!confirm_(wxString::Format(
            _("Approve %zu students whose photo passed every check and matches their "
              "enrollment photo?\n\nEach gets their own decision record under your name."),
            eligible.size()))) {
        return;
    }
    const auto reviewer = reviewerName();
    if (reviewer.empty()) {
        return;
    }
    guarded(_("The batch approval could not be recorded."),
            [&] { service_->batchApprove(eligible, utf8(reviewer), utf8(_("Batch approval"))); });
    reload();
}

bool ReviewPanel::handleKey(int key, int modifiers) {
    const bool ctrl = (modifiers & wxMOD_CONTROL) != 0;
    if (ctrl && key == 'Z') {
        undoLast();
        return true;
    }
    if (ctrl && key == 'F') {
        search_->SetFocus();
        search_->SelectAll();
        return true;
    }
    if (ctrl || (modifiers & wxMOD_ALT) != 0) {
        return false;
    }
    if (rejecting_) {
        if (key >= '1' && key <= '9') {
            const unsigned i = static_cast<unsigned>(key - '1');
            if (i < reasonBox_->GetCount()) {
                reasonBox_->Check(i, !reasonBox_->IsChecked(i));
                reasonBox_->SetFirstItem(0);
            }
            return true;
        }
        if (key >= WXK_NUMPAD1 && key <= WXK_NUMPAD9) {
            return handleKey('1' + (key - WXK_NUMPAD1), modifiers);
        }
        if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
            decide(DecisionKind::Reject);
            return true;
        }
        if (key == WXK_ESCAPE) {
            rejecting_ = false;
            for (unsigned i = 0; i < reasonBox_->GetCount(); ++i) {
                reasonBox_->Check(i, false);
            }
            return true;
        }
    }
    switch (key) {
    case 'A':
        decide(DecisionKind::Approve);
        return true;
    case 'R':
        if (current() != 0) {
            rejecting_ = true;
            reasonBox_->SetFocus();
        }
        return true;
    case WXK_DOWN:
    case 'J':
    case 'S':
        moveBy(1);
        return true;
    case WXK_UP:
    case 'K':
        moveBy(-1);
        return true;
    case 'O':
        photos_->setOverlay(!photos_->overlay());
        return true;
    case 'E':
        showIdCard_ = !showIdCard_;
        showCurrent();
        return true;
    case '+':
    case '=':
    case WXK_NUMPAD_ADD:
        photos_->zoomIn();
        return true;
    case '-':
    case WXK_NUMPAD_SUBTRACT:
        photos_->zoomOut();
        return true;
    case '0':
        photos_->zoomFit();
        return true;
    case WXK_ESCAPE:
        view_->SetFocus();
        return true;
    default:
        return false;
    }
}

} // namespace gp::gui
