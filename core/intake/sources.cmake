# Intake: roster columns, validation and import; photo matching and intake.
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IdNumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoIntake.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoIntakeResult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoMatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CenterImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterColumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterSheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterValidation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextNormalization.cpp
)
