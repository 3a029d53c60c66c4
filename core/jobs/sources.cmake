# Long work run off the UI thread: workspace checks.
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StoredCheckResult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceCheckJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceCompareJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceDuplicates.cpp
)
