#include "ReviewPanel.h"

#include "CampaignTime.h"
#include "DecisionBar.h"
#include "ListFilterBar.h"
#include "ReviewListModel.h"
#include "ReviewSidebar.h"
#include "StatusLabels.h"
#include "Text.h"
#include "TextWrap.h"
#include "Translations.h"
#include "VersionStrip.h"
#include "core/common/UserError.h"
#include "core/review/ReviewRows.h"
#include "core/review/StudentRecord.h"
#include "core/store/Transaction.h"

#include <Poco/Exception.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <chrono>
#include <iterator>

namespace gp::gui {

using domain::DecisionKind;

ReviewPanel::ReviewPanel(wxWindow* parent, wxConfigBase& config, const Clock& clock,
                         const std::filesystem::path& templates)
    : wxPanel(parent, wxID_ANY), config_(config), clock_(clock),
      reasons_(review::ReasonCatalog::load(templates / "reasons.json")),
      checkNames_(review::CheckNames::load(templates / "check-names.json")),
      checkTexts_(review::CheckTexts::load(templates / "check-texts.json")),
      faceStates_(review::FaceStateTexts::load(templates / "face-states.json")),
      utcOffset_(campaignUtcOffset(templates)) {
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

    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3D);
    inner_ = new wxSplitterWindow(outer_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3D);
    auto* left = buildList(outer_);
    auto* middle = buildMiddle(inner_);
    sidebar_ = new ReviewSidebar(inner_, reasons_, faceStates_, utcOffset_);
    sidebar_->onCheckChosen([this](const std::string& id) { photos_->highlight(id); });
    outer_->SetMinimumPaneSize(160);
    inner_->SetMinimumPaneSize(200);
    outer_->SplitVertically(left, inner_,
                            static_cast<int>(config_.ReadLong("/Review/ListWidth", 340)));
    inner_->SplitVertically(middle, sidebar_,
                            static_cast<int>(config_.ReadLong("/Review/RightWidth", 440)) * -1);
    inner_->SetSashGravity(1.0);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(outer_, 1, wxEXPAND);
    SetSizer(top);

    // Keys reach the screen before the focused control, except while typing in a text field.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        auto* focus = wxWindow::FindFocus();
        const bool typing = focus != nullptr && (dynamic_cast<wxTextCtrl*>(focus) != nullptr ||
                                                 focus == filters_->search() ||
                                                 focus->GetParent() == filters_->search());
        const int key = e.GetKeyCode();
        const bool confirmsRejection =
            key == WXK_RETURN && rejecting_ && focus == bar_->noteField();
        if (typing && key != WXK_ESCAPE && !confirmsRejection && !(e.ControlDown() && key == 'F')) {
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
    view_->AssociateModel(nullptr);
    model_->DecRef();
}

wxWindow* ReviewPanel::buildList(wxWindow* parent) {
    auto* left = new wxPanel(parent);
    filters_ = new ListFilterBar(left, reasons_);
    filters_->onChange([this] { applyFilter(filters_->filter()); });
    count_ = new wxStaticText(left, wxID_ANY, wxEmptyString);
    view_ = new wxDataViewCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_SINGLE | wxDV_ROW_LINES);
    model_ = new ReviewListModel(list_, centerNames_, utcOffset_);
    view_->AssociateModel(model_);
    const wxString titles[] = {_("Student no."), _("Name"),   _("Center"),
                               _("Status"),      _("Check"),  _("Similarity"),
                               _("Duplicate"),   _("Retake"), _("Submitted")};
    const int widths[] = {90, 70, 90, 70, 60, 75, 80, 40, 110};
    for (unsigned i = 0; i < ReviewListModel::Count; ++i) {
        view_->AppendTextColumn(titles[i], i, wxDATAVIEW_CELL_INERT, widths[i], wxALIGN_NOT,
                                wxDATAVIEW_COL_RESIZABLE);
    }
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
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(filters_, 0, wxEXPAND);
    s->Add(count_, 0, wxEXPAND | wxALL, 4);
    s->Add(view_, 1, wxEXPAND);
    left->SetSizer(s);
    return left;
}

wxWindow* ReviewPanel::buildMiddle(wxWindow* parent) {
    auto* middle = new wxPanel(parent);
    hintText_ = _("Keys: A approve; R reject, then 1-9 and Enter; Down/J, Up/K move; Ctrl+Z "
                  "undo; O overlay; E reference; +/- zoom, 1 100%, 0 fit; Ctrl+F search");
    hint_ = new wxStaticText(middle, wxID_ANY, hintText_);
    hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    photos_ = new PhotoPairView(middle);
    strip_ = new VersionStrip(middle);
    strip_->onChoose([this](int index) { showVersion(index); });
    bar_ = new DecisionBar(middle, reasons_,
                           {[this] { decide(DecisionKind::Approve); },
                            [this] {
                                if (rejecting_ && !tickedReasons().empty()) {
                                    decide(DecisionKind::Reject);
                                } else {
                                    startRejecting();
                                }
                            },
                            [this] { moveBy(1); },
                            [this] {
                                batchApprove();
                            }});
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);
    s->Add(photos_, 1, wxEXPAND);
    s->Add(strip_, 0, wxEXPAND);
    s->Add(bar_, 0, wxEXPAND | wxALL, 4);
    middle->SetSizer(s);
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
    return middle;
}

wxListCtrl* ReviewPanel::checksList() {
    return sidebar_->checksList();
}

wxListCtrl* ReviewPanel::historyList() {
    return sidebar_->historyList();
}

wxString ReviewPanel::faceText() const {
    return sidebar_->faceText();
}

wxString ReviewPanel::checkText() const {
    return sidebar_->checkText();
}

bool ReviewPanel::canDecide() const {
    return bar_->decidable();
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

ShownPhoto ReviewPanel::photo(const std::string& sha, int exifOrientation) {
    return cache_.get(sha, workspace_->photos().pathOf(sha), exifOrientation);
}

domain::ReferenceKind ReviewPanel::referenceKind() const {
    return showIdCard_ ? domain::ReferenceKind::IdCard : domain::ReferenceKind::Enrollment;
}

void ReviewPanel::applyFilter(const review::ListFilter& filter) {
    const auto keep = current();
    list_.setFilter(filter);
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
    filters_->show(filter);
    applyFilter(filters_->filter());
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
    filters_->setCenters(centerNames_);
    // The filters of last time.
    review::ListFilter f;
    const long status = config_.ReadLong("/Review/Filter/Status", -1);
    if (status >= 0 && status < static_cast<long>(std::size(domain::kAllStudentStatuses))) {
        f.status = domain::kAllStudentStatuses[status];
    }
    f.verdict = utf8(config_.Read("/Review/Filter/Verdict", wxString()));
    f.reason = utf8(config_.Read("/Review/Filter/Reason", wxString()));
    f.duplicatesOnly = config_.ReadBool("/Review/Filter/DuplicatesOnly", false);
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
    applyFilter(list_.filter());
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
    config_.Write("/Review/Filter/DuplicatesOnly", f.duplicatesOnly);
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
    return bar_->ticked();
}

void ReviewPanel::showCurrent() {
    const auto started = std::chrono::steady_clock::now();
    rejecting_ = false;
    shownPhoto_ = 0;
    const auto id = current();
    if (!workspace_ || id == 0) {
        photos_->setPhotos({}, {});
        photos_->setChecks({});
        strip_->setItems({}, -1);
        sidebar_->clear(workspace_ ? _("No student matches the filter.") : wxString());
        bar_->reset({});
        bar_->setDecidable(false);
        return;
    }
    const auto row = list_.at(*position_);
    guarded(_("The student could not be shown."), [&] {
        const auto record =
            review::readStudentRecord(workspace_->store(), profileId_, id, referenceKind());
        ShownPhoto reference, submission;
        if (!record.references.empty()) {
            const auto& ref = record.references.front();
            reference = photo(ref.sha256, ref.image.exifOrientation);
        } else {
            reference.error = showIdCard_ ? _("No ID-card photo") : _("No enrollment photo");
        }
        reference.caption =
            showIdCard_ ? _("ID-card photo (E: enrollment)") : _("Enrollment photo (E: ID card)");
        if (const auto* v = record.latest()) {
            shownPhoto_ = v->id;
            submission = photo(v->sha256, v->image.exifOrientation);
            submission.caption =
                wxString::Format(_("Submitted photo v%d (%s)"), v->version,
                                 campaignTime(v->importedAt, utcOffset_, TimeStyle::Date));
        } else {
            submission.caption = _("Submitted photo");
            submission.error = _("Not submitted yet");
        }
        std::vector<review::CheckLine> checks;
        if (record.run) {
            checks = review::presentChecks(*record.run, checkNames_, checkTexts_, reasons_,
                                           messageLanguage());
        }
        photos_->setPhotos(reference, submission);
        photos_->setChecks(checks);

        std::vector<VersionStrip::Item> items;
        for (const auto& v : record.versions) {
            VersionStrip::Item item;
            if (cache_.has(v.sha256) || &v == record.latest()) {
                item.image = photo(v.sha256, v.image.exifOrientation).image;
            }
            item.caption = wxString::Format(
                "v%d %s", v.version, campaignTime(v.importedAt, utcOffset_, TimeStyle::MonthDay));
            items.push_back(std::move(item));
        }
        strip_->setItems(std::move(items), static_cast<int>(record.versions.size()) - 1);
        // Earlier versions not decoded yet get their thumbnails once this screen is drawn.
        std::vector<std::pair<int, std::pair<std::string, int>>> missing;
        for (std::size_t i = 0; i < record.versions.size(); ++i) {
            if (!strip_->hasImage(static_cast<int>(i))) {
                const auto& v = record.versions[i];
                missing.push_back({static_cast<int>(i), {v.sha256, v.image.exifOrientation}});
            }
        }
        if (!missing.empty()) {
            CallAfter([this, id, missing] {
                for (const auto& [index, what] : missing) {
                    if (current() != id) {
                        return; // moved on meanwhile
                    }
                    strip_->setImage(index, photo(what.first, what.second).image);
                }
            });
        }

        const auto center = centerNames_.find(row.centerId);
        sidebar_->show(record, checks, center != centerNames_.end() ? center->second : wxString(),
                       statusLabel(row.status));
        bar_->reset(record.suggestedReasons());
        bar_->setDecidable(record.latest() != nullptr);
    });
    photos_->Update();
    lastShowMs_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    const auto at = *position_;
    CallAfter([this, at] { prefetch(at); });
}

void ReviewPanel::showVersion(int index) {
    if (!workspace_ || current() == 0) {
        return;
    }
    guarded(_("The photo could not be shown."), [&] {
        const auto versions = workspace_->store().photoVersions().versionsOf(current());
        if (index < 0 || index >= static_cast<int>(versions.size())) {
            return;
        }
        if (index + 1 == static_cast<int>(versions.size())) {
            showCurrent(); // the latest, with its checks' marks
            return;
        }
        const auto& v = versions[static_cast<std::size_t>(index)];
        auto shown = photo(v.sha256, v.image.exifOrientation);
        shown.caption = wxString::Format(_("Earlier photo v%d (%s), not the latest"), v.version,
                                         campaignTime(v.importedAt, utcOffset_, TimeStyle::Date));
        photos_->setPhotos(photos_->reference(), shown);
        // The checks measured the latest photo: their marks do not belong on this one.
        photos_->setChecks({});
        strip_->select(index);
    });
}

void ReviewPanel::prefetch(std::size_t position) {
    if (!workspace_) {
        return;
    }
    for (auto p : {list_.next(position), list_.previous(position)}) {
        if (!p || *p >= list_.count()) {
            continue;
        }
        const auto id = list_.at(*p).id;
        try {
            store::Transaction snapshot(workspace_->store(), store::Transaction::Kind::Read);
            const auto latest = workspace_->store().photoVersions().latestOf(id);
            const auto refs = workspace_->store().referencePhotos().of(id, referenceKind());
            snapshot.commit();
            if (latest) {
                photo(latest->sha256, latest->image.exifOrientation);
            }
            if (!refs.empty()) {
                photo(refs.front().sha256, refs.front().image.exifOrientation);
            }
        } catch (...) {
            // a prefetch is only a help
        }
    }
}

} // namespace gp::gui
