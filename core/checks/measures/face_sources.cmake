# Face-based checks (faces, framing, pose, expression).
target_sources(gradphoto_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FaceChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaceCountCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FaceInsideCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FramingHeadTopCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FramingEyeLineCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FramingFaceWidthCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FramingCentredCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PoseRollCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PoseYawCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PosePitchCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PoseShouldersCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExpressionEyesOpenCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExpressionMouthClosedCheck.cpp
)
