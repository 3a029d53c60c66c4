# The real main frame under a virtual X server; screenshots land in the build folder.
find_program(XVFB_RUN xvfb-run REQUIRED)
add_executable(gui_tests
    ${CMAKE_CURRENT_LIST_DIR}/GuiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportPresenterTest.cpp
)
target_link_libraries(gui_tests PRIVATE gradphoto_gui gradphoto_test_support)
target_compile_definitions(gui_tests PRIVATE SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
add_dependencies(gui_tests gradphoto_translations)
add_test(NAME gui_tests
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" $<TARGET_FILE:gui_tests>)
set_tests_properties(gui_tests PROPERTIES TIMEOUT 300)

# The zh_CN catalogue translates every UI string in app/gui.
add_test(NAME i18n_catalogue_complete
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DWORK_DIR=${CMAKE_BINARY_DIR}/i18n
        -P ${CMAKE_SOURCE_DIR}/tests/app/CheckCatalogue.cmake)

# The review screen: keyboard decisions, undo, batch approval, the dashboard; screenshots.
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs)
add_executable(review_gui_tests ${CMAKE_CURRENT_LIST_DIR}/ReviewGuiTest.cpp)
target_link_libraries(review_gui_tests PRIVATE gradphoto_gui gradphoto_test_support ${OpenCV_LIBS})
target_compile_definitions(review_gui_tests PRIVATE SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
add_dependencies(review_gui_tests gradphoto_translations)
add_test(NAME review_gui_tests
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" $<TARGET_FILE:review_gui_tests>)
set_tests_properties(review_gui_tests PROPERTIES TIMEOUT 300)
