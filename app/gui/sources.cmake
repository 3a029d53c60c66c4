# Sources of the console (everything but main(), which is in gui/main.cpp).
target_sources(gradphoto_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/App.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportController.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportResultDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainFrame.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewWorkspaceDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoImportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoIntakeSummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgressWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterFieldLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterImportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterImportPreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterPreviewModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatusLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SummaryPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextWrap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WelcomePanel.cpp
)
