# Sources of gradphoto-cli.
target_sources(gradphoto-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CentersCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CenterProgressOutput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SummaryCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CliContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FacesCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InfoCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InitCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModelsCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoJobProgress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotosCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StudentsCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SummaryOutput.cpp
)
