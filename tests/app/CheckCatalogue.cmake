# Fails when a UI string in app/gui has no translation in templates/i18n/zh_CN.po, or the
# catalogue has untranslated or fuzzy entries. Run with -DSOURCE_DIR=... -DWORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/app/gui/*.cpp ${SOURCE_DIR}/app/gui/*.h)
list(SORT sources)
execute_process(
    COMMAND xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2
            --keyword=wxTRANSLATE --no-location -o ${WORK_DIR}/gradphoto.pot ${sources}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xgettext failed")
endif()
foreach(po ${SOURCE_DIR}/templates/i18n/zh_CN.po)
    execute_process(COMMAND msgcmp ${po} ${WORK_DIR}/gradphoto.pot
        RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${po} lacks translations:\n${err}")
    endif()
    execute_process(COMMAND msgfmt --check --statistics -o /dev/null ${po}
        RESULT_VARIABLE rc ERROR_VARIABLE stats)
    message(STATUS "${po}: ${stats}")
    if(NOT rc EQUAL 0 OR stats MATCHES "untranslated|fuzzy")
        message(FATAL_ERROR "${po} is incomplete: ${stats}")
    endif()
endforeach()
