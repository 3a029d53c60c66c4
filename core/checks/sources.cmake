# The check engine: profiles, the context interface, outcomes, the suite.
find_package(OpenCV REQUIRED COMPONENTS core imgproc)
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Annotation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckOutcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoProfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PhotoVerdict.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/analysis/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/measures/face_sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/measures/image_sources.cmake)
