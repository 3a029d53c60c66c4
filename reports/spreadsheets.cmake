# The campaign's spreadsheet reports (status, retakes, missing, spotcheck) and the registry of
# report kinds. Included from reports/CMakeLists.txt.
target_sources(gradphoto_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CampaignProgress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LayoutRow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MissingList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportKinds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportRun.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportTemplate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafeFileName.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RetakeList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpotCheckSample.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatusWorkbook.cpp
)
