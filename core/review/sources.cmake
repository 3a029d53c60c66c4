# The review: status derivation, decisions, the student list and dashboard presenters. No wx.
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CheckPresentation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckTexts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Dashboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaceOutcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaceStateTexts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReasonCatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatusDerivation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StudentList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StudentRecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateTexts.cpp
)
